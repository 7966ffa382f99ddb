// The headless CLI end to end: exit codes 0/1/2, errors that name the field, Ctrl-C that still writes
// the run folder.

#include "core/mock/mockagent.h"
#include "core/plan/planio.h"
#include "core/report/runsummary.h"
#include "tests/cli/clitestutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <csignal>
#include <gtest/gtest.h>

using namespace plateau;

namespace {

struct Result
{
    int code = -1;
    QString out, err;
};

Result runPlateau(const QStringList &args, int timeoutMs = 120000,
                  const std::function<void(QProcess &)> &during = {})
{
    QProcess p;
    p.setProgram(QStringLiteral(PLATEAU_BINARY));
    p.setArguments(args);
    p.start();
    EXPECT_TRUE(p.waitForStarted());
    if (during)
        during(p);
    EXPECT_TRUE(p.waitForFinished(timeoutMs)) << args.join(' ').toStdString();
    Result r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(content);
    return path;
}

QString lastLine(const QString &out)
{
    return out.trimmed().split(QLatin1Char('\n')).last();
}

// Targets at one local mock agent, on a ramp of 2 then 4 users.
TestPlan mockPlan(const QString &baseUrl, const QStringList &labels, double stepS)
{
    TestPlan plan;
    plan.name = QStringLiteral("matrix");
    for (const QString &label : labels) {
        Target t;
        t.label = label;
        t.url = baseUrl;
        plan.targets.push_back(t);
    }
    plan.profile().maxUsers = 4;
    plan.profile().stepSize = 2;
    plan.profile().stepDurationS = stepS;
    plan.profile().settleS = 0.2;
    plan.profile().spawnRate = 1000;
    plan.prompts = {QStringLiteral("hello")};
    plan.health.warmupRequests = 0;
    plan.thresholds = {Threshold{QStringLiteral("failure_rate"), QStringLiteral("<"), 0.05}};
    return plan;
}

MockConfig quickMock()
{
    MockConfig c;
    c.chunkCount = 4;
    c.chunkDelayMs = 2;
    return c;
}

using test::readRun;

} // namespace

TEST(Cli, VersionAndHelp)
{
    const Result v = runPlateau({QStringLiteral("--version")});
    EXPECT_EQ(v.code, 0);
    EXPECT_TRUE(v.out.startsWith(QStringLiteral("plateau "))) << v.out.toStdString();
    // Asked for, the usage goes to stdout (errors go to stderr).
    const Result h = runPlateau({QStringLiteral("--help")});
    EXPECT_EQ(h.code, 0);
    EXPECT_TRUE(h.out.contains(QStringLiteral("plateau run PLAN.plateau.json"))) << h.out.toStdString();
    EXPECT_TRUE(h.out.contains(QStringLiteral("plateau run --app-url URL"))) << h.out.toStdString();
    EXPECT_TRUE(h.err.isEmpty()) << h.err.toStdString();
}

TEST(Cli, UnknownCommandIsBadInput)
{
    EXPECT_EQ(runPlateau({QStringLiteral("run"), QStringLiteral("--bogus")}).code, 2);
    EXPECT_EQ(runPlateau({QStringLiteral("run")}).code, 2);
}

TEST(Cli, MalformedPlanNamesTheByte)
{
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, QStringLiteral("bad.plateau.json"), "{\"schema\": 1, \"targets\": [}");
    const Result r = runPlateau({QStringLiteral("run"), path});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("byte"))) << r.err.toStdString();
}

TEST(Cli, InvalidPlanNamesTheField)
{
    QTemporaryDir dir;
    TestPlan plan = demoPlan(QStringLiteral("http://127.0.0.1:1"));
    plan.targets[0].url = QStringLiteral("ftp://nowhere");
    const QString path = writeFile(dir, QStringLiteral("invalid.plateau.json"), planToJson(plan));
    for (const QString &cmd : {QStringLiteral("validate"), QStringLiteral("run")}) {
        const Result r = runPlateau({cmd, path});
        EXPECT_EQ(r.code, 2) << cmd.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("targets[0].url"))) << r.err.toStdString();
    }
}

TEST(Cli, ValidPlanValidates)
{
    const Result r = runPlateau(
        {QStringLiteral("validate"), QStringLiteral(PLATEAU_SOURCE_DIR "/resources/demo.plateau.json")});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("ok"))) << r.out.toStdString();
}

TEST(Cli, UnreachableTargetFailsItsHealthCheckWithExitCodeOne)
{
    QTemporaryDir dir;
    TestPlan plan = demoPlan(QStringLiteral("http://127.0.0.1:9")); // discard port: nothing listens
    plan.health.attempts = 1;
    plan.request.connectTimeoutS = 2;
    const QString path = writeFile(dir, QStringLiteral("dead.plateau.json"), planToJson(plan));
    const Result r = runPlateau({QStringLiteral("run"), path, QStringLiteral("--out"),
                                 dir.filePath(QStringLiteral("runs")), QStringLiteral("--run-name"),
                                 QStringLiteral("dead")});
    EXPECT_EQ(r.code, 1) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("health check failed"))) << r.out.toStdString();
    // Every target skipped: the run never says PASS, and the summary has no best configuration to offer.
    EXPECT_FALSE(r.out.contains(QStringLiteral("PASS"))) << r.out.toStdString();
    EXPECT_TRUE(lastLine(r.out).startsWith(QStringLiteral("plateau: FAIL"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("plateau: no best configuration"))) << r.out.toStdString();
    const RunSummary s = readRun(dir.filePath(QStringLiteral("runs/dead")));
    ASSERT_EQ(s.targets.size(), 1u);
    EXPECT_TRUE(s.targets[0].status.startsWith(QStringLiteral("skipped")))
        << s.targets[0].status.toStdString();
    EXPECT_EQ(s.exitStatus, 1);
}

TEST(Cli, CtrlCStopsCleanlyAndStillWritesTheRunFolder)
{
    QTemporaryDir dir;
    const QString runs = dir.filePath(QStringLiteral("runs"));
    const Result r = runPlateau({QStringLiteral("run"), QStringLiteral("--demo"), QStringLiteral("--out"),
                                 runs, QStringLiteral("--run-name"), QStringLiteral("interrupted")},
                                60000, [](QProcess &p) {
                                    // Wait until the load phase prints its first progress line, then Ctrl-C.
                                    QByteArray seen;
                                    while (!seen.contains("users=") && p.waitForReadyRead(20000))
                                        seen += p.readAllStandardOutput();
                                    ::kill(pid_t(p.processId()), SIGINT);
                                });
    // 130, as shells report SIGINT: an interrupted CI job is never green. run.json says the same.
    EXPECT_EQ(r.code, 130) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("STOPPED"))) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("stopping"))) << r.err.toStdString();
    const RunSummary s = readRun(runs + QStringLiteral("/interrupted"));
    EXPECT_EQ(s.status, QStringLiteral("cancelled"));
    EXPECT_EQ(s.exitStatus, 130);
    ASSERT_EQ(s.targets.size(), 1u);
    EXPECT_EQ(s.targets[0].status, QStringLiteral("cancelled"));
    EXPECT_GT(s.targets[0].totals.ok, 0u);
    EXPECT_TRUE(QFile::exists(runs + QStringLiteral("/interrupted/mock-local/requests.csv")));
}

TEST(Cli, ARunEndsWithTheMatrixAndTheBestConfigurationBeforeTheVerdict)
{
    MockAgent mock(quickMock());
    ASSERT_TRUE(mock.start());
    QTemporaryDir dir;
    const QString path = writeFile(
        dir, QStringLiteral("matrix.plateau.json"),
        planToJson(mockPlan(mock.baseUrl(), {QStringLiteral("alpha"), QStringLiteral("beta")}, 1.2)));
    const Result r = runPlateau({QStringLiteral("run"), path, QStringLiteral("--no-output")});
    EXPECT_EQ(r.code, 0) << r.out.toStdString() << r.err.toStdString();
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const qsizetype title = lines.indexOf(QStringLiteral("plateau: summary (SLO: failure rate ≤ 5%)"));
    ASSERT_GE(title, 0) << r.out.toStdString();
    ASSERT_GT(lines.size(), title + 4);
    EXPECT_TRUE(lines[title + 1].startsWith(QStringLiteral("  target  peak QPS ok")))
        << lines[title + 1].toStdString();
    EXPECT_TRUE(lines[title + 1].contains(QStringLiteral("output tokens/s"))) << "the mock reports usage";
    EXPECT_TRUE(lines[title + 2].startsWith(QStringLiteral("  alpha "))) << lines[title + 2].toStdString();
    EXPECT_TRUE(lines[title + 2].endsWith(QStringLiteral("✓ 1/1  done"))) << lines[title + 2].toStdString();
    EXPECT_TRUE(lines[title + 3].startsWith(QStringLiteral("  beta "))) << lines[title + 3].toStdString();
    EXPECT_TRUE(lines[title + 4].startsWith(QStringLiteral("plateau: best configuration: ")))
        << lines[title + 4].toStdString();
    EXPECT_TRUE(lines[title + 4].contains(QStringLiteral("within the SLO")))
        << lines[title + 4].toStdString();
    // Four users and no knee: the best one's figure is a floor, and the line says how to see more.
    EXPECT_TRUE(lines[title + 4].contains(QStringLiteral("no knee within 4 users: raise max_users")))
        << lines[title + 4].toStdString();
    EXPECT_EQ(lines.last(), QStringLiteral("plateau: PASS (exit 0)")) << "scripts grep the last line";
}

TEST(Cli, CtrlCWithTargetsLeftSaysHowManyRan)
{
    MockAgent mock(quickMock());
    ASSERT_TRUE(mock.start());
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, QStringLiteral("three.plateau.json"),
                  planToJson(mockPlan(mock.baseUrl(),
                                      {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, 30)));
    const Result r =
        runPlateau({QStringLiteral("run"), path, QStringLiteral("--no-output")}, 60000, [](QProcess &p) {
            QByteArray seen;
            while (!seen.contains("users=") && p.waitForReadyRead(20000))
                seen += p.readAllStandardOutput();
            ::kill(pid_t(p.processId()), SIGINT);
        });
    EXPECT_EQ(r.code, 130) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("plateau: stopped by user: 1 of 3 targets ran")))
        << r.out.toStdString();
    EXPECT_TRUE(lastLine(r.out).startsWith(QStringLiteral("plateau: STOPPED"))) << r.out.toStdString();
}

// The shipped example plans, rehearsed against the built-in mock in a fraction of their time: each runs
// every phase in order, passes, and writes every phase into run.json.
TEST(CliExamples, EachExamplePlanRunsItsPhasesAgainstTheMock)
{
    struct Example
    {
        const char *file;
        const char *scale;
        QStringList phases;
    };
    const Example examples[] = {
        {"stress-ramp-burst-sustained.plateau.json",
         "0.01",
         {QStringLiteral("ramp"), QStringLiteral("burst"), QStringLiteral("sustained")}},
        {"k6-smoke-then-ramp.plateau.json",
         "0.02",
         {QStringLiteral("smoke"), QStringLiteral("ramp"), QStringLiteral("hold")}},
        {"azureml-constant-then-rps-ramp.plateau.json",
         "0.05",
         {QStringLiteral("constant_load"), QStringLiteral("ramp_up")}},
        {"k6-auth-session-chat.plateau.json", "0.05", {QStringLiteral("smoke"), QStringLiteral("ramp")}},
    };
    for (const Example &e : examples) {
        SCOPED_TRACE(e.file);
        QTemporaryDir dir;
        const QString plan =
            QStringLiteral(PLATEAU_SOURCE_DIR "/resources/examples/") + QLatin1String(e.file);
        const Result r =
            runPlateau({QStringLiteral("run"), plan, QStringLiteral("--against-mock"),
                        QStringLiteral("--time-scale"), QLatin1String(e.scale), QStringLiteral("--out"),
                        dir.path(), QStringLiteral("--run-name"), QStringLiteral("example")},
                       180000);
        EXPECT_EQ(r.code, 0) << r.out.toStdString() << r.err.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("against the built-in mock agent")));
        QFile f(dir.filePath(QStringLiteral("example/run.json")));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QJsonObject run = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonArray targets = run.value(QStringLiteral("targets")).toArray();
        ASSERT_EQ(targets.size(), 1);
        const QJsonArray phases = targets[0].toObject().value(QStringLiteral("phases")).toArray();
        ASSERT_EQ(phases.size(), e.phases.size());
        for (qsizetype i = 0; i < phases.size(); ++i) {
            const QJsonObject ph = phases[i].toObject();
            EXPECT_EQ(ph.value(QStringLiteral("name")).toString(), e.phases[i]);
            EXPECT_EQ(ph.value(QStringLiteral("state")).toString(), QStringLiteral("ran")) << i;
        }
    }
}

// The runbook's journey from the command line: its tags in the summary, the mock's threshold set, and the
// environment guard that refuses a production host unless --allow-non-test.
TEST(CliJourney, TheGuardRefusesAProductionHostUnlessAllowed)
{
    QTemporaryDir dir;
    const QString examples = QStringLiteral(PLATEAU_SOURCE_DIR "/resources/examples/");
    QFile source(examples + QStringLiteral("k6-auth-session-chat.plateau.json"));
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    QByteArray text = source.readAll();
    ASSERT_TRUE(text.contains(R"("app_env": "test")"));
    text.replace(R"("app_env": "test")", R"("app_env": "prod")");
    const QString plan = dir.filePath(QStringLiteral("prod.plateau.json"));
    QFile out(plan);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(text);
    out.close();
    ASSERT_TRUE(QFile::copy(examples + QStringLiteral("k6-users.json"),
                            dir.filePath(QStringLiteral("k6-users.json"))));

    const QStringList base = {QStringLiteral("run"),
                              plan,
                              QStringLiteral("--against-mock"),
                              QStringLiteral("--time-scale"),
                              QStringLiteral("0.01"),
                              QStringLiteral("--no-output")};
    const Result refused = runPlateau(base, 120000);
    EXPECT_EQ(refused.code, 1) << refused.out.toStdString() << refused.err.toStdString();
    EXPECT_TRUE(refused.out.contains(QStringLiteral("$.app_env is \"prod\", not \"test\"")))
        << refused.out.toStdString();
    EXPECT_TRUE(refused.out.contains(QStringLiteral("--allow-non-test")));
    EXPECT_FALSE(refused.out.contains(QStringLiteral("mock log-in API")))
        << "nothing but the check reached the host";
    EXPECT_TRUE(refused.out.contains(QStringLiteral("served 0 invocations")));

    const Result allowed = runPlateau(base + QStringList{QStringLiteral("--allow-non-test")}, 120000);
    EXPECT_EQ(allowed.code, 0) << allowed.out.toStdString() << allowed.err.toStdString();
    EXPECT_TRUE(allowed.out.contains(QStringLiteral("WARNING: not a test environment")));
    EXPECT_TRUE(allowed.out.contains(QStringLiteral("threshold set 'mock'")));
    EXPECT_TRUE(allowed.out.contains(QStringLiteral("per journey tag")));
    EXPECT_TRUE(allowed.out.contains(QStringLiteral("latency_p95_ms{tag=auth} < 500")));

    const Result unknown =
        runPlateau(base + QStringList{QStringLiteral("--threshold-set"), QStringLiteral("staging")});
    EXPECT_EQ(unknown.code, 2);
    EXPECT_TRUE(
        unknown.err.contains(QStringLiteral("unknown threshold set \"staging\" (the plan has live, mock)")))
        << unknown.err.toStdString();

    const Result dry = runPlateau({QStringLiteral("run"), plan, QStringLiteral("--dry-run")});
    EXPECT_EQ(dry.code, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("journey of 3 step"))) << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(
        QStringLiteral("login [auth] POST /api/auth/login-json, once per user, gives {{token}}")))
        << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("first GET /api/health must have $.app_env == \"test\"")));
}
