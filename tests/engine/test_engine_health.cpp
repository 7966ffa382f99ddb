// The health check as a user reads it: one line per failed attempt (n/N, where it went, why, what to check),
// one summary line for the target, and the summary in English in run.json whatever language the front end
// shows.

#include "core/report/runsummary.h"
#include "tests/engine/enginetestutil.h"
#include "tests/engine/rawhttpserver.h"
#include "tests/engine/recordedrun.h"

#include <QCoreApplication>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace plateau;
using namespace plateau::test;

namespace {

// A port nobody listens on: one the OS handed out, closed again.
quint16 deadPort()
{
    QTcpServer probe;
    EXPECT_TRUE(probe.listen(QHostAddress::LocalHost));
    return probe.serverPort();
}

TestPlan healthPlan(const QString &url, int attempts)
{
    TestPlan plan = localPlan(url);
    plan.health.enabled = true;
    plan.health.attempts = attempts;
    plan.health.retryDelayS = 0.05;
    plan.request.connectTimeoutS = 5;
    return plan;
}

std::vector<QString> attemptLines(const EngineRun &run)
{
    std::vector<QString> lines;
    for (const QString &m : run.messages)
        if (m.contains(QStringLiteral("health check attempt")))
            lines.push_back(m);
    return lines;
}

// Stands in for a catalogue: every text of the engine's context comes back marked, placeholders kept.
class MarkingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "plateau::LoadEngine") != 0)
            return QString();
        return QStringLiteral("[de] ") + QString::fromUtf8(sourceText);
    }
};

RunSummary readRun(const QString &runDir)
{
    QFile f(runDir + QStringLiteral("/run.json"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << runDir.toStdString();
    RunSummary s;
    QString error;
    EXPECT_TRUE(runSummaryFromJson(f.readAll(), &s, &error)) << error.toStdString();
    return s;
}

} // namespace

TEST(EngineHealth, EachFailedAttemptIsOneLineAndTheTargetOneSummary)
{
    const quint16 port = deadPort();
    TestPlan plan = healthPlan(QStringLiteral("http://127.0.0.1:%1").arg(port), 3);
    // A credential in the query must not reach a log line: the lines name the URL without its query.
    plan.request.path = QStringLiteral("/invocations?api_key=do-not-show");
    QTemporaryDir dir;
    const EngineRun run = runEngineRecorded(plan, dir.path(), QStringLiteral("health"));
    ASSERT_EQ(run.outcome.targets.size(), 1u);
    const TargetOutcome &o = run.outcome.targets[0];
    EXPECT_EQ(o.phase, TargetPhase::Skipped);
    EXPECT_EQ(run.outcome.exitCode(), kExitFailed);

    const QString url = QStringLiteral("http://127.0.0.1:%1/invocations").arg(port);
    const QString why =
        QStringLiteral("connect: nothing listens on 127.0.0.1:%1 — is the app running? (").arg(port);
    const std::vector<QString> lines = attemptLines(run);
    ASSERT_EQ(lines.size(), 3u);
    for (int n = 1; n <= 3; ++n) {
        const QString &line = lines[size_t(n - 1)];
        EXPECT_TRUE(line.startsWith(QStringLiteral("local: health check attempt %1/3 to %2 failed: %3")
                                        .arg(QString::number(n), url, why)))
            << line.toStdString();
        EXPECT_TRUE(line.endsWith(QLatin1Char(')'))) << line.toStdString();
    }
    for (const QString &m : run.messages) {
        EXPECT_FALSE(m.contains(QLatin1Char('\n'))) << m.toStdString();
        EXPECT_FALSE(m.contains(QStringLiteral("do-not-show"))) << m.toStdString();
        // The summary is the target's detail, not one more log line.
        EXPECT_FALSE(m.contains(QStringLiteral("skipped"))) << m.toStdString();
    }

    EXPECT_TRUE(
        o.detail.startsWith(QStringLiteral("health check failed 3 of 3 attempts to %1: %2").arg(url, why)))
        << o.detail.toStdString();
    EXPECT_FALSE(o.detail.contains(QLatin1Char('\n'))) << o.detail.toStdString();
    EXPECT_EQ(o.detailSource, o.detail); // no translator installed
    const RunSummary s = readRun(run.outcome.runDir);
    ASSERT_EQ(s.targets.size(), 1u);
    EXPECT_EQ(s.targets[0].status, QStringLiteral("skipped: ") + o.detail);
}

TEST(EngineHealth, HttpsToAPlainHttpServerSaysUseHttpInBothTransports)
{
    RawHttpServer server; // plain HTTP: it answers the TLS ClientHello 400 and closes, as real servers do
    ASSERT_TRUE(server.listen());
    for (TransportKind kind : {TransportKind::Lean, TransportKind::Qnam}) {
        TestPlan plan = healthPlan(QStringLiteral("https://127.0.0.1:%1").arg(server.port()), 1);
        plan.request.transport = kind;
        const EngineRun run = runEngine(plan);
        ASSERT_EQ(run.outcome.targets.size(), 1u);
        const TargetOutcome &o = run.outcome.targets[0];
        const char *name = kind == TransportKind::Lean ? "lean" : "qnam";
        EXPECT_EQ(o.phase, TargetPhase::Skipped) << name;
        const QString expected =
            QStringLiteral("tls: the server answered in plain HTTP — use http:// instead of https://? (");
        EXPECT_TRUE(o.detail.contains(expected)) << name << " " << o.detail.toStdString();
        const std::vector<QString> lines = attemptLines(run);
        ASSERT_EQ(lines.size(), 1u) << name;
        EXPECT_TRUE(lines[0].contains(QStringLiteral("attempt 1/1"))) << lines[0].toStdString();
        EXPECT_TRUE(lines[0].contains(expected)) << name << " " << lines[0].toStdString();
    }
    EXPECT_EQ(server.requestCount(), 0);
}

TEST(EngineHealth, FrontEndsGetTranslatedTextsAndRunJsonStaysEnglish)
{
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    const quint16 port = deadPort();
    const TestPlan plan = healthPlan(QStringLiteral("http://127.0.0.1:%1").arg(port), 1);
    std::vector<QString> phaseDetails;
    QTemporaryDir dir;
    const EngineRun run =
        runEngineRecorded(plan, dir.path(), QStringLiteral("translated"), {}, 60000, [&](LoadEngine &engine) {
            QObject::connect(
                &engine, &LoadEngine::phaseChanged,
                [&](int, TargetPhase, const QString &detail) { phaseDetails.push_back(detail); });
        });
    QCoreApplication::removeTranslator(&translator);
    ASSERT_EQ(run.outcome.targets.size(), 1u);
    const TargetOutcome &o = run.outcome.targets[0];

    // What the front ends show: the health-check phase, the attempt line and the summary, translated.
    ASSERT_EQ(phaseDetails.size(), 2u);
    EXPECT_EQ(phaseDetails[0], QStringLiteral("[de] health check: a streaming request must reach [DONE]"));
    EXPECT_EQ(phaseDetails[1], o.detail);
    EXPECT_TRUE(o.detail.startsWith(QStringLiteral("[de] health check failed 1 of 1 attempts to ")))
        << o.detail.toStdString();
    const std::vector<QString> lines = attemptLines(run);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("[de] local: health check attempt 1/1 to ")))
        << lines[0].toStdString();

    // What files keep: the English source text with the same arguments.
    EXPECT_EQ(QStringLiteral("[de] ") + o.detailSource, o.detail);
    const RunSummary s = readRun(run.outcome.runDir);
    ASSERT_EQ(s.targets.size(), 1u);
    EXPECT_EQ(s.targets[0].status, QStringLiteral("skipped: ") + o.detailSource);
    EXPECT_FALSE(s.targets[0].status.contains(QStringLiteral("[de]"))) << s.targets[0].status.toStdString();
}
