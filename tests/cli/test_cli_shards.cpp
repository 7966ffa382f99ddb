// Shards end to end: N real `plateau run --shard i/N` processes against one mock agent, then `plateau merge`.
// The merged run must hold exactly what the shards and the mock counted, and its percentiles must be those
// of the union of every shard's per-request records, within the histogram's bound.

#include "core/mock/mockagent.h"
#include "core/plan/planio.h"
#include "core/report/kubernetesbundle.h"
#include "core/report/runloader.h"
#include "core/report/runsummary.h"
#include "tests/cli/clitestutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cmath>
#include <csignal>
#include <gtest/gtest.h>
#include <memory>

using namespace plateau;

namespace {

constexpr int kShards = 4;

std::unique_ptr<QProcess> startPlateau(const QStringList &args)
{
    auto p = std::make_unique<QProcess>();
    p->setProgram(QStringLiteral(PLATEAU_BINARY));
    p->setArguments(args);
    p->start();
    EXPECT_TRUE(p->waitForStarted());
    return p;
}

struct Finished
{
    int code = -1;
    QString out, err;
};

Finished finish(QProcess &p)
{
    EXPECT_TRUE(p.waitForFinished(120000)) << p.arguments().join(' ').toStdString();
    Finished f;
    f.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    f.out = QString::fromUtf8(p.readAllStandardOutput());
    f.err = QString::fromUtf8(p.readAllStandardError());
    return f;
}

Finished runPlateau(const QStringList &args)
{
    return finish(*startPlateau(args));
}

// A ramp of 4, 8, 12 users against a mock that serves 6 streams at once: the queue makes latencies spread,
// so the percentiles have something to disagree about.
TestPlan shardPlan(const QString &url, double stepS)
{
    TestPlan plan;
    plan.name = QStringLiteral("sharded");
    Target t;
    t.label = QStringLiteral("mock");
    t.url = url;
    plan.targets.push_back(t);
    plan.profile().maxUsers = 12;
    plan.profile().stepSize = 4;
    plan.profile().stepDurationS = stepS;
    plan.profile().settleS = 0.3;
    plan.profile().spawnRate = 1000;
    plan.prompts = {QStringLiteral("hello")};
    plan.health.warmupRequests = 0;
    plan.thresholds = {Threshold{QStringLiteral("failure_rate"), QStringLiteral("<"), 0.05}};
    return plan;
}

MockConfig queueingMock()
{
    MockConfig c;
    c.chunkCount = 5;
    c.chunkDelayMs = 7;
    c.maxConcurrent = 6;
    c.threads = 2;
    return c;
}

using test::readRun;

QString writePlan(const QTemporaryDir &dir, const QString &name, const TestPlan &plan)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(planToJson(plan));
    return path;
}

// The latency (ms) of every OK request in a requests.csv.
std::vector<double> okLatencies(const QString &path)
{
    std::vector<double> out;
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    const QList<QByteArray> header = f.readLine().trimmed().split(',');
    const qsizetype failure = header.indexOf("failure"), latency = header.indexOf("latency_ms");
    EXPECT_GE(failure, 0);
    EXPECT_GE(latency, 0);
    while (!f.atEnd()) {
        const QList<QByteArray> row = f.readLine().trimmed().split(',');
        if (row.size() > std::max(failure, latency) && row[failure] == "none")
            out.push_back(row[latency].toDouble());
    }
    return out;
}

double nearestRank(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    const auto rank = std::max<std::size_t>(1, std::size_t(std::ceil(q * double(v.size()))));
    return v[rank - 1];
}

QStringList shardArgs(const QString &plan, int i, int n, const QString &runs, const QString &name)
{
    return {QStringLiteral("run"),        plan,
            QStringLiteral("--shard"),    QStringLiteral("%1/%2").arg(i).arg(n),
            QStringLiteral("--start-at"), QStringLiteral("+2"),
            QStringLiteral("--out"),      runs,
            QStringLiteral("--run-name"), name};
}

} // namespace

TEST(Shards, FourProcessesMergeIntoTheMocksCountsAndTheRecordsPercentiles)
{
    MockAgent mock(queueingMock());
    ASSERT_TRUE(mock.start());
    QTemporaryDir dir;
    const QString plan = writePlan(dir, QStringLiteral("plan.plateau.json"), shardPlan(mock.baseUrl(), 2.0));
    const QString runs = dir.filePath(QStringLiteral("runs"));
    std::vector<std::unique_ptr<QProcess>> procs;
    for (int i = 1; i <= kShards; ++i)
        procs.push_back(startPlateau(shardArgs(plan, i, kShards, runs, QStringLiteral("s%1").arg(i))));
    QStringList shardDirs;
    for (int i = 0; i < kShards; ++i) {
        const Finished f = finish(*procs[size_t(i)]);
        EXPECT_EQ(f.code, 0) << f.out.toStdString() << f.err.toStdString();
        shardDirs << QStringLiteral("%1/s%2").arg(runs).arg(i + 1);
    }
    const QString merged = dir.filePath(QStringLiteral("merged"));
    const Finished m = runPlateau(QStringList{QStringLiteral("merge")} + shardDirs +
                                  QStringList{QStringLiteral("--out"), merged});
    ASSERT_EQ(m.code, 0) << m.out.toStdString() << m.err.toStdString();
    EXPECT_TRUE(QFile::exists(merged + QStringLiteral("/dashboard.html")));

    const RunSummary run = readRun(merged);
    ASSERT_EQ(run.targets.size(), 1u);
    EXPECT_EQ(run.mergedShards, kShards);
    EXPECT_TRUE(run.incompleteShards.isEmpty());
    const TargetSummary &t = run.targets[0];
    // Counts: the shards' sums, and what the mock saw (one health check per shard besides the load).
    std::uint64_t requests = 0, ok = 0, cancelled = 0;
    std::vector<double> records;
    for (const QString &s : shardDirs) {
        const RunSummary shard = readRun(s);
        ASSERT_EQ(shard.targets.size(), 1u);
        EXPECT_EQ(shard.shard.count, kShards);
        requests += shard.targets[0].totals.requests;
        ok += shard.targets[0].totals.ok;
        cancelled += shard.targets[0].totals.cancelled;
        const std::vector<double> l = okLatencies(s + QStringLiteral("/mock/requests.csv"));
        records.insert(records.end(), l.begin(), l.end());
    }
    EXPECT_EQ(t.totals.requests, requests);
    EXPECT_EQ(t.totals.ok, ok);
    EXPECT_EQ(t.totals.cancelled, cancelled);
    EXPECT_EQ(mock.counters().invocations, requests + kShards);
    ASSERT_EQ(records.size(), t.totals.ok);
    EXPECT_EQ(okLatencies(merged + QStringLiteral("/mock/requests.csv")).size(), records.size());
    // Percentiles: the merged histogram's against the union of the records (<= 1/128 off, plus the
    // records' 1 µs rounding).
    for (const auto &[q, merged] : {std::pair{0.5, t.latency.p50Ms}, std::pair{0.95, t.latency.p95Ms},
                                    std::pair{0.99, t.latency.p99Ms}}) {
        const double exact = nearestRank(records, q);
        EXPECT_NEAR(merged, exact, exact / 128 + 0.002) << "q " << q;
    }
    EXPECT_NEAR(t.latency.maxMs, *std::max_element(records.begin(), records.end()), 0.002);
    // The ramp as one process would have run it: 4, 8, 12 users, each step's counts the shards' sum.
    LoadedRun lr;
    QString error;
    ASSERT_TRUE(RunLoader::load(merged, &lr, &error)) << error.toStdString();
    ASSERT_EQ(lr.targets.size(), 1u);
    std::vector<int> users;
    std::vector<std::uint64_t> completed;
    for (const StepResult &s : lr.targets[0].steps) {
        users.push_back(s.users);
        completed.push_back(s.completed);
    }
    EXPECT_EQ(users, (std::vector<int>{4, 8, 12}));
    std::vector<std::uint64_t> sums(completed.size(), 0);
    for (const QString &s : shardDirs) {
        LoadedRun sr;
        ASSERT_TRUE(RunLoader::load(s, &sr, &error)) << error.toStdString();
        ASSERT_EQ(sr.targets[0].steps.size(), completed.size());
        for (std::size_t k = 0; k < sums.size(); ++k)
            sums[k] += sr.targets[0].steps[k].completed;
    }
    EXPECT_EQ(completed, sums);
}

TEST(Shards, AMissingShardAndAShardOfAnotherPlanAreRefused)
{
    MockAgent mock(queueingMock());
    ASSERT_TRUE(mock.start());
    QTemporaryDir dir;
    const QString plan = writePlan(dir, QStringLiteral("a.plateau.json"), shardPlan(mock.baseUrl(), 0.6));
    TestPlan otherPlan = shardPlan(mock.baseUrl(), 0.6);
    otherPlan.profile().maxUsers = 8;
    const QString other = writePlan(dir, QStringLiteral("b.plateau.json"), otherPlan);
    const QString runs = dir.filePath(QStringLiteral("runs"));
    std::vector<std::unique_ptr<QProcess>> procs;
    procs.push_back(startPlateau(shardArgs(plan, 1, 3, runs, QStringLiteral("a1"))));
    procs.push_back(startPlateau(shardArgs(plan, 2, 3, runs, QStringLiteral("a2"))));
    procs.push_back(startPlateau(shardArgs(other, 3, 3, runs, QStringLiteral("b3"))));
    for (auto &p : procs)
        EXPECT_EQ(finish(*p).code, 0);
    const QString a1 = runs + QStringLiteral("/a1"), a2 = runs + QStringLiteral("/a2"),
                  b3 = runs + QStringLiteral("/b3");
    const QString out = dir.filePath(QStringLiteral("merged"));

    const Finished missing = runPlateau({QStringLiteral("merge"), a1, a2, QStringLiteral("--out"), out});
    EXPECT_EQ(missing.code, 2);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("shard 3/3 of this run is missing")))
        << missing.err.toStdString();

    const Finished mixed = runPlateau({QStringLiteral("merge"), a1, a2, b3, QStringLiteral("--out"), out});
    EXPECT_EQ(mixed.code, 2);
    EXPECT_TRUE(mixed.err.contains(QStringLiteral("ran another plan"))) << mixed.err.toStdString();

    const Finished twice = runPlateau({QStringLiteral("merge"), a1, a1, a2, QStringLiteral("--out"), out});
    EXPECT_EQ(twice.code, 2);
    EXPECT_TRUE(twice.err.contains(QStringLiteral("are both shard 1/3"))) << twice.err.toStdString();
    EXPECT_FALSE(QFile::exists(out)) << "a refused merge writes nothing";

    // A folder that is no shard, and a plan that cannot be split, are named with the way out.
    const Finished unsharded = runPlateau({QStringLiteral("run"), plan, QStringLiteral("--out"), runs,
                                           QStringLiteral("--run-name"), QStringLiteral("whole")});
    EXPECT_EQ(unsharded.code, 0);
    const Finished notShard = runPlateau(
        {QStringLiteral("merge"), a1, runs + QStringLiteral("/whole"), QStringLiteral("--out"), out});
    EXPECT_EQ(notShard.code, 2);
    EXPECT_TRUE(notShard.err.contains(QStringLiteral("is not a shard's run folder")))
        << notShard.err.toStdString();
    TestPlan sweep = shardPlan(mock.baseUrl(), 0.6);
    sweep.profile().kind = ProfileKind::Sweep;
    const Finished refused =
        runPlateau({QStringLiteral("run"), writePlan(dir, QStringLiteral("sweep.plateau.json"), sweep),
                    QStringLiteral("--shard"), QStringLiteral("1/2"), QStringLiteral("--dry-run")});
    EXPECT_EQ(refused.code, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("phases[0] (load) is a sweep")))
        << refused.err.toStdString();
}

TEST(Shards, AShardKilledMidRunLeavesAMergeableFolderMarkedIncomplete)
{
    MockAgent mock(queueingMock());
    ASSERT_TRUE(mock.start());
    QTemporaryDir dir;
    const QString plan = writePlan(dir, QStringLiteral("plan.plateau.json"), shardPlan(mock.baseUrl(), 2.0));
    const QString runs = dir.filePath(QStringLiteral("runs"));
    auto whole = startPlateau(shardArgs(plan, 1, 2, runs, QStringLiteral("k1")));
    auto killed = startPlateau(shardArgs(plan, 2, 2, runs, QStringLiteral("k2")));
    // Into its second step (2 s of start delay, 2 s steps), then no chance to finish anything.
    QThread::msleep(5000);
    ::kill(pid_t(killed->processId()), SIGKILL);
    finish(*killed);
    EXPECT_EQ(finish(*whole).code, 0);
    const RunSummary k2 = readRun(runs + QStringLiteral("/k2"));
    ASSERT_EQ(k2.status, QStringLiteral("running")) << "a killed shard never finished its run.json";

    const QString out = dir.filePath(QStringLiteral("merged"));
    const Finished m = runPlateau({QStringLiteral("merge"), runs + QStringLiteral("/k1"),
                                   runs + QStringLiteral("/k2"), QStringLiteral("--out"), out});
    EXPECT_EQ(m.code, 1) << m.out.toStdString() << m.err.toStdString();
    EXPECT_TRUE(m.out.contains(QStringLiteral("INCOMPLETE: shard(s) 2/2"))) << m.out.toStdString();
    const RunSummary run = readRun(out);
    EXPECT_EQ(run.status, QStringLiteral("incomplete"));
    EXPECT_EQ(run.incompleteShards, QStringList{QStringLiteral("2/2")});
    ASSERT_EQ(run.targets.size(), 1u);
    const RunSummary k1 = readRun(runs + QStringLiteral("/k1"));
    // What the killed shard had written counts beside the whole shard.
    EXPECT_GT(run.targets[0].totals.ok, k1.targets[0].totals.ok);
    EXPECT_TRUE(QFile::exists(out + QStringLiteral("/dashboard.html")));
    // Merging again replaces the earlier merge (a watcher re-runs it while shards write).
    const Finished again = runPlateau({QStringLiteral("merge"), runs + QStringLiteral("/k1"),
                                       runs + QStringLiteral("/k2"), QStringLiteral("--out"), out});
    EXPECT_EQ(again.code, 1) << again.err.toStdString();
    EXPECT_EQ(readRun(out).targets[0].totals.ok, run.targets[0].totals.ok);

    // A shard whose histograms were tampered with is refused by file and line, and a failed merge leaves no
    // half-merged folder: the earlier merge is still there as it was.
    QFile tampered(runs + QStringLiteral("/k2/mock/histograms.jsonl"));
    ASSERT_TRUE(tampered.open(QIODevice::Append));
    tampered.write(
        "{\"kind\": \"step\", \"step\": 1, \"set\": {\"latency\": {\"count\": 9, \"buckets\": []}}}\n");
    tampered.close();
    const Finished bad = runPlateau({QStringLiteral("merge"), runs + QStringLiteral("/k1"),
                                     runs + QStringLiteral("/k2"), QStringLiteral("--out"), out});
    EXPECT_EQ(bad.code, 2);
    // (the shard was killed: its last line may have been cut, and the tampering then joins it)
    EXPECT_TRUE(bad.err.contains(QStringLiteral("histograms.jsonl, line "))) << bad.err.toStdString();
    EXPECT_EQ(readRun(out).targets[0].totals.ok, run.targets[0].totals.ok);
    EXPECT_FALSE(QFile::exists(out + QStringLiteral(".previous-merge")));
}

// What the Kubernetes Job's pods run, run here: two shell processes with the Job's environment agree on
// the start through the shared folder, and the first merges both when they are done.
TEST(Shards, TheKubernetesPodScriptRunsAndMergesTheShardsOnOneMachine)
{
    MockAgent mock(queueingMock());
    ASSERT_TRUE(mock.start());
    QTemporaryDir dir;
    const TestPlan plan = shardPlan(mock.baseUrl(), 0.8);
    const QString bundle = dir.filePath(QStringLiteral("bundle"));
    KubernetesBundleOptions o;
    o.shards = 2;
    QString error;
    ASSERT_TRUE(writeKubernetesBundle(bundle, plan, o, &error)) << error.toStdString();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), QFileInfo(QStringLiteral(PLATEAU_BINARY)).absolutePath() +
                                           QLatin1Char(':') + env.value(QStringLiteral("PATH")));
    env.insert(QStringLiteral("PLATEAU_PLAN"), bundle + QStringLiteral("/plan.plateau.json"));
    env.insert(QStringLiteral("PLATEAU_RESULTS"), dir.filePath(QStringLiteral("results")));
    env.insert(QStringLiteral("PLATEAU_MERGE_WAIT_S"), QStringLiteral("120"));
    env.insert(QStringLiteral("PLATEAU_START_LEAD_S"), QStringLiteral("3"));
    env.insert(QStringLiteral("RUN_ID"), QStringLiteral("job-uid"));
    env.insert(QStringLiteral("SHARDS"), QStringLiteral("2"));
    std::vector<std::unique_ptr<QProcess>> pods;
    for (int i = 0; i < 2; ++i) {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment e = env;
        e.insert(QStringLiteral("JOB_COMPLETION_INDEX"), QString::number(i));
        p->setProcessEnvironment(e);
        p->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), kubernetesPodScript(false)});
        ASSERT_TRUE(p->waitForStarted());
        pods.push_back(std::move(p));
    }
    for (auto &p : pods) {
        const Finished f = finish(*p);
        EXPECT_EQ(f.code, 0) << f.out.toStdString() << f.err.toStdString();
    }
    const QString results = dir.filePath(QStringLiteral("results/job-uid"));
    const RunSummary merged = readRun(results + QStringLiteral("/merged"));
    EXPECT_EQ(merged.mergedShards, 2);
    EXPECT_EQ(merged.status, QStringLiteral("completed"));
    const RunSummary s1 = readRun(results + QStringLiteral("/shard-1"));
    const RunSummary s2 = readRun(results + QStringLiteral("/shard-2"));
    ASSERT_TRUE(s1.scheduleStart.isValid());
    EXPECT_EQ(s1.scheduleStart, s2.scheduleStart) << "both read the start the first one wrote";
    ASSERT_EQ(merged.targets.size(), 1u);
    EXPECT_EQ(merged.targets[0].totals.requests,
              s1.targets[0].totals.requests + s2.targets[0].totals.requests);
}
