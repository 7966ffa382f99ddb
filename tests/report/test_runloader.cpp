#include "core/metrics/slo.h"
#include "core/report/runloader.h"
#include "core/report/runwriter.h"
#include "reporttestdata.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace plateau;
using namespace plateau::test;

namespace {

constexpr double kMsTol = 0.0005;      // 3 decimals
constexpr double kRateTol = 0.0000005; // 6 decimals

void expectSummaryNear(const Summary &a, const Summary &b, const char *what)
{
    EXPECT_NEAR(a.p50Ms, b.p50Ms, kMsTol) << what;
    EXPECT_NEAR(a.p90Ms, b.p90Ms, kMsTol) << what;
    EXPECT_NEAR(a.p95Ms, b.p95Ms, kMsTol) << what;
    EXPECT_NEAR(a.p99Ms, b.p99Ms, kMsTol) << what;
    EXPECT_NEAR(a.maxMs, b.maxMs, kMsTol) << what;
}

void writeText(const QString &path, const QByteArray &data)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

class RunLoaderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_tmp.isValid());
        m_plan = reportPlan(2);
        for (int i = 0; i < 2; ++i)
            m_targets.push_back(makeTarget(i, m_plan.saturation));
    }
    QString runs() const { return m_tmp.filePath(QStringLiteral("runs")); }
    QTemporaryDir m_tmp;
    TestPlan m_plan;
    std::vector<SyntheticTarget> m_targets;
};

} // namespace

TEST_F(RunLoaderTest, RoundTripEqualsWhatWasWritten)
{
    RunSummary written;
    const QString dir = writeRun(runs(), QStringLiteral("rt"), m_plan, m_targets, &written);
    LoadedRun run;
    QString err;
    ASSERT_TRUE(RunLoader::load(dir, &run, &err)) << err.toStdString();
    EXPECT_TRUE(run.warnings.isEmpty()) << run.warnings.join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(run.interrupted());
    EXPECT_EQ(run.source, QStringLiteral("plateau"));
    ASSERT_TRUE(run.plan.has_value());
    EXPECT_EQ(run.plan->targets.size(), 2u);
    EXPECT_EQ(run.plan->profile().settleS, m_plan.profile().settleS);

    const RunSummary &s = run.summary;
    EXPECT_EQ(s.runName, written.runName);
    EXPECT_EQ(s.toolVersion, written.toolVersion);
    EXPECT_EQ(s.host, written.host);
    EXPECT_EQ(s.status, written.status);
    EXPECT_EQ(s.exitStatus, written.exitStatus);
    EXPECT_EQ(s.startedAt.toMSecsSinceEpoch(), written.startedAt.toMSecsSinceEpoch());
    EXPECT_EQ(s.finishedAt.toMSecsSinceEpoch(), written.finishedAt.toMSecsSinceEpoch());
    EXPECT_EQ(s.exitReason, written.exitReason);
    ASSERT_EQ(run.targets.size(), 2u);
    for (size_t i = 0; i < 2; ++i) {
        const LoadedTarget &t = run.targets[i];
        const SyntheticTarget &src = m_targets[i];
        const TargetSummary &w = written.targets[i];
        EXPECT_EQ(t.summary.label, w.label);
        EXPECT_EQ(t.summary.dir, w.dir);
        EXPECT_EQ(t.summary.authMethod, w.authMethod);
        EXPECT_EQ(t.summary.totals.requests, w.totals.requests);
        EXPECT_EQ(t.summary.totals.failures, w.totals.failures);
        EXPECT_EQ(t.summary.totals.cancelled, src.cancelledCount);
        EXPECT_DOUBLE_EQ(t.summary.verdict.peakQpsOk, src.verdict.peakQpsOk);
        EXPECT_EQ(t.summary.verdict.kneeUsers, src.verdict.kneeUsers);
        EXPECT_EQ(t.summary.verdict.reason, src.verdict.reason);
        EXPECT_EQ(t.summary.verdict.explanation, src.verdict.explanation);
        EXPECT_TRUE(t.summary.verdict.slo.evaluated);
        EXPECT_EQ(t.summary.verdict.slo.met, src.verdict.slo.met);
        EXPECT_DOUBLE_EQ(t.summary.verdict.slo.maxQpsOk, src.verdict.slo.maxQpsOk);
        EXPECT_EQ(t.summary.verdict.slo.users, src.verdict.slo.users);
        EXPECT_EQ(t.summary.verdict.slo.step, src.verdict.slo.step);
        EXPECT_EQ(t.summary.verdict.slo.explanation, src.verdict.slo.explanation);
        EXPECT_EQ(t.summary.totals.deltas, src.total.deltas);
        EXPECT_EQ(t.summary.totals.outputTokens, src.total.outputTokens);
        EXPECT_DOUBLE_EQ(t.summary.totals.outputTokensPerS, w.totals.outputTokensPerS);
        ASSERT_EQ(t.summary.thresholds.size(), 1u);
        EXPECT_EQ(t.summary.thresholds[0].passed, w.thresholds[0].passed);
        EXPECT_DOUBLE_EQ(t.summary.thresholds[0].actual, w.thresholds[0].actual);
        EXPECT_EQ(t.summary.thresholds[0].perStep, w.thresholds[0].perStep);
        EXPECT_EQ(t.summary.thresholds[0].abortOnFail, w.thresholds[0].abortOnFail);
        expectSummaryNear(t.summary.latency, summarize(src.total.latency), "total latency");
        EXPECT_EQ(t.summary.latency.count, src.total.latency.count());

        EXPECT_FALSE(t.stepsDerived);
        ASSERT_EQ(t.steps.size(), src.steps.size());
        for (size_t k = 0; k < t.steps.size(); ++k) {
            const StepResult &a = t.steps[k];
            const StepResult &b = src.steps[k];
            EXPECT_EQ(a.step, b.step);
            EXPECT_EQ(a.users, b.users);
            EXPECT_NEAR(a.windowStartS, b.windowStartS, kMsTol);
            EXPECT_NEAR(a.windowEndS, b.windowEndS, kMsTol);
            EXPECT_EQ(a.completed, b.completed);
            EXPECT_EQ(a.ok, b.ok);
            EXPECT_EQ(a.failures, b.failures);
            EXPECT_NEAR(a.qps, b.qps, kMsTol);
            EXPECT_NEAR(a.qpsOk, b.qpsOk, kMsTol);
            EXPECT_NEAR(a.failureRate, b.failureRate, kRateTol);
            expectSummaryNear(a.latency, b.latency, "step latency");
            EXPECT_NEAR(a.latency.meanMs, b.latency.meanMs, kMsTol);
            EXPECT_EQ(a.latency.count, b.latency.count);
            EXPECT_NEAR(a.ttft.p50Ms, b.ttft.p50Ms, kMsTol);
            EXPECT_NEAR(a.ttft.p95Ms, b.ttft.p95Ms, kMsTol);
            EXPECT_NEAR(a.ttft.p99Ms, b.ttft.p99Ms, kMsTol);
            EXPECT_NEAR(a.headers.p95Ms, b.headers.p95Ms, kMsTol);
            EXPECT_NEAR(a.itl.p50Ms, b.itl.p50Ms, kMsTol);
            EXPECT_NEAR(a.tpot.p50Ms, b.tpot.p50Ms, kMsTol);
            EXPECT_NEAR(a.generatorCpuPercent, b.generatorCpuPercent, kMsTol);
            EXPECT_NEAR(a.generatorLagMaxMs, b.generatorLagMaxMs, kMsTol);
            EXPECT_NEAR(a.deltasPerS, b.deltasPerS, kMsTol);
            EXPECT_NEAR(a.outputTokensPerS, b.outputTokensPerS, kMsTol);
        }
        ASSERT_EQ(t.timeseries.size(), src.snapshots.size());
        for (size_t k = 0; k < t.timeseries.size(); ++k) {
            const IntervalSnapshot &a = t.timeseries[k];
            const IntervalSnapshot &b = src.snapshots[k];
            EXPECT_NEAR(a.tStartS, b.tStartS, kMsTol);
            EXPECT_NEAR(a.tEndS, b.tEndS, kMsTol);
            EXPECT_EQ(a.users, b.users);
            EXPECT_EQ(a.step, b.step);
            EXPECT_EQ(a.started, b.started);
            EXPECT_EQ(a.completed, b.completed);
            EXPECT_EQ(a.ok, b.ok);
            EXPECT_EQ(a.cancelled, b.cancelled);
            EXPECT_EQ(a.failures, b.failures);
            EXPECT_NEAR(a.qps, b.qps, kMsTol);
            EXPECT_NEAR(a.latency.p95Ms, b.latency.p95Ms, kMsTol);
            EXPECT_NEAR(a.ttft.p99Ms, b.ttft.p99Ms, kMsTol);
            EXPECT_NEAR(a.latencyIntended.p95Ms, b.latencyIntended.p95Ms, kMsTol);
            EXPECT_NEAR(a.generator.cpuPercent, b.generator.cpuPercent, kMsTol);
            EXPECT_EQ(a.generator.inFlight, b.generator.inFlight);
            EXPECT_NEAR(a.deltasPerS, b.deltasPerS, kMsTol);
            EXPECT_NEAR(a.outputTokensPerS, b.outputTokensPerS, kMsTol);
        }
    }
}

TEST_F(RunLoaderTest, AWriterDestroyedMidRunLeavesALoadableRun)
{
    QString dir;
    {
        RunWriter w;
        ASSERT_TRUE(w.open(runs(), QStringLiteral("crash"), m_plan));
        streamTarget(w, 0, m_plan.targets[0], m_targets[0]);                     // finished
        streamTarget(w, 1, m_plan.targets[1], m_targets[1], /*finishIt=*/false); // dies mid-target
        dir = w.runDir();
    } // no finish(): the process "crashed"
    LoadedRun run;
    QString err;
    ASSERT_TRUE(RunLoader::load(dir, &run, &err)) << err.toStdString();
    EXPECT_TRUE(run.interrupted());
    EXPECT_EQ(run.summary.status, QStringLiteral("running"));
    EXPECT_FALSE(run.warnings.isEmpty());
    ASSERT_EQ(run.targets.size(), 2u);
    EXPECT_EQ(run.targets[0].summary.status, QStringLiteral("completed"));
    EXPECT_FALSE(run.targets[0].stepsDerived);
    EXPECT_EQ(run.targets[0].summary.totals.requests, m_targets[0].records.size());

    const LoadedTarget &t = run.targets[1];
    const SyntheticTarget &src = m_targets[1];
    EXPECT_EQ(t.summary.status, QStringLiteral("running"));
    EXPECT_TRUE(t.stepsDerived);
    EXPECT_EQ(t.timeseries.size(), src.snapshots.size());
    // Steps rebuilt from the per-second snapshots: counts and QPS match what the engine computed.
    ASSERT_EQ(t.steps.size(), src.steps.size());
    for (size_t k = 0; k < t.steps.size(); ++k) {
        EXPECT_EQ(t.steps[k].users, src.steps[k].users);
        EXPECT_EQ(t.steps[k].completed, src.steps[k].completed);
        EXPECT_EQ(t.steps[k].ok, src.steps[k].ok);
        EXPECT_NEAR(t.steps[k].qps, src.steps[k].qps, 1e-6);
        EXPECT_NEAR(t.steps[k].windowStartS, src.steps[k].windowStartS, 1e-6);
        // Percentiles are approximations (weighted means of the per-second ones): near, not equal.
        EXPECT_NEAR(t.steps[k].latency.p50Ms, src.steps[k].latency.p50Ms, 0.1 * src.steps[k].latency.p50Ms);
    }
    // Totals from the timeseries, a verdict recomputed from the derived steps.
    EXPECT_EQ(t.summary.totals.requests, src.records.size());
    EXPECT_EQ(t.summary.totals.failed, src.failedCount);
    EXPECT_TRUE(t.summary.verdict.hasData);
    EXPECT_NEAR(t.summary.verdict.peakQpsOk, src.verdict.peakQpsOk, 1e-6);
    EXPECT_GT(t.summary.latency.p50Ms, 0);
}

TEST_F(RunLoaderTest, ALastLineCutByACrashIsDroppedWithAWarning)
{
    QString dir;
    {
        RunWriter w;
        ASSERT_TRUE(w.open(runs(), QStringLiteral("cut"), m_plan));
        streamTarget(w, 0, m_plan.targets[0], m_targets[0], false);
        dir = w.runDir();
    }
    QFile f(dir + QStringLiteral("/cfg-1/timeseries.csv"));
    ASSERT_TRUE(f.open(QIODevice::Append));
    f.write("99.000,10,4,3"); // half a row, no line break
    f.close();
    LoadedRun run;
    QString err;
    ASSERT_TRUE(RunLoader::load(dir, &run, &err)) << err.toStdString();
    EXPECT_EQ(run.targets[0].timeseries.size(), m_targets[0].snapshots.size());
    EXPECT_TRUE(run.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("cut short")))
        << run.warnings.join(QLatin1Char('\n')).toStdString();
}

TEST_F(RunLoaderTest, MalformedFilesNameTheFileAndLine)
{
    const QString dir = writeRun(runs(), QStringLiteral("bad"), m_plan, m_targets);
    LoadedRun run;
    QString err;

    // A bad number in the middle of steps.csv.
    const QString steps = dir + QStringLiteral("/cfg-2/steps.csv");
    QByteArray data = readFile(steps);
    QList<QByteArray> lines = data.split('\n');
    QList<QByteArray> cells = lines[3].split(',');
    cells[7] = "fast";
    lines[3] = cells.join(',');
    writeText(steps, lines.join('\n'));
    EXPECT_FALSE(RunLoader::load(dir, &run, &err));
    EXPECT_TRUE(err.contains(QStringLiteral("cfg-2/steps.csv line 4, column qps"))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("\"fast\""))) << err.toStdString();

    // A row with too few fields, terminated (so not a crash artefact).
    cells = lines[3].split(',');
    cells[7] = "1.0";
    lines[3] = cells.mid(0, 5).join(',');
    writeText(steps, lines.join('\n'));
    EXPECT_FALSE(RunLoader::load(dir, &run, &err));
    EXPECT_TRUE(err.contains(QStringLiteral("cfg-2/steps.csv line 4: 5 fields"))) << err.toStdString();
    writeText(steps, data);

    // A missing column.
    const QString ts = dir + QStringLiteral("/cfg-1/timeseries.csv");
    const QByteArray tsData = readFile(ts);
    writeText(ts, QByteArray(tsData).replace("qps_ok", "qps_nope"));
    EXPECT_FALSE(RunLoader::load(dir, &run, &err));
    EXPECT_TRUE(err.contains(QStringLiteral("cfg-1/timeseries.csv line 1: missing column \"qps_ok\"")))
        << err.toStdString();
    writeText(ts, tsData);

    // run.json: a syntax error, then a wrong type.
    const QString runJson = dir + QStringLiteral("/run.json");
    const QByteArray json = readFile(runJson);
    writeText(runJson, QByteArray(json).replace("\"tool\": \"plateau\"", "\"tool\": plateau"));
    EXPECT_FALSE(RunLoader::load(dir, &run, &err));
    // "tool" is the second key, on line 3 of the file.
    EXPECT_TRUE(err.startsWith(QStringLiteral("run.json: line 3, column "))) << err.toStdString();
    writeText(runJson, QByteArray(json).replace("\"peak_qps\": ", "\"peak_qps\": \"x\", \"was\": "));
    EXPECT_FALSE(RunLoader::load(dir, &run, &err));
    EXPECT_TRUE(err.contains(QStringLiteral("targets[0].verdict.peak_qps: not a number")))
        << err.toStdString();
    writeText(runJson, json);
    EXPECT_TRUE(RunLoader::load(dir, &run, &err)) << err.toStdString();

    // Not a run folder at all.
    EXPECT_FALSE(RunLoader::load(m_tmp.path(), &run, &err));
    EXPECT_TRUE(err.contains(QStringLiteral("run.json"))) << err.toStdString();
}

TEST_F(RunLoaderTest, HostileRunJsonCannotPointOutsideTheRun)
{
    const QString dir = writeRun(runs(), QStringLiteral("hostile"), m_plan, m_targets);
    const QString runJson = dir + QStringLiteral("/run.json");
    writeText(runJson, readFile(runJson).replace("\"dir\": \"cfg-1\"", "\"dir\": \"../../..\""));
    LoadedRun run;
    QString err;
    ASSERT_TRUE(RunLoader::load(dir, &run, &err)) << err.toStdString();
    EXPECT_TRUE(run.targets[0].steps.empty());
    EXPECT_TRUE(run.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("not a plain name")));
}

TEST_F(RunLoaderTest, DeriveStepsSkipsTheSettlePeriod)
{
    std::vector<IntervalSnapshot> ts;
    for (int i = 0; i < 10; ++i) {
        IntervalSnapshot s;
        s.tStartS = i;
        s.tEndS = i + 1;
        s.step = i / 5;
        s.users = 10 * (s.step + 1);
        s.completed = s.ok = static_cast<std::uint64_t>(i % 5 < 2 ? 1 : 10); // slow start inside each step
        s.latency.p50Ms = 100.0 * (s.step + 1);
        ts.push_back(s);
    }
    const std::vector<StepResult> steps = RunLoader::deriveSteps(ts, 2.0);
    ASSERT_EQ(steps.size(), 2u);
    EXPECT_EQ(steps[1].users, 20);
    EXPECT_DOUBLE_EQ(steps[1].windowStartS, 7.0);
    EXPECT_DOUBLE_EQ(steps[1].windowEndS, 10.0);
    EXPECT_EQ(steps[1].completed, 30u);
    EXPECT_DOUBLE_EQ(steps[1].qps, 10.0);
    EXPECT_DOUBLE_EQ(steps[1].latency.p50Ms, 200.0);
    // A settle longer than half the step is not applied (nothing would be left).
    EXPECT_DOUBLE_EQ(RunLoader::deriveSteps(ts, 3.0)[0].windowStartS, 0.0);
}

TEST_F(RunLoaderTest, ARunJsonWithoutSloVerdictsIsJudgedAgainstThePlansSlo)
{
    // As an older version wrote it: no "slo" in the verdicts. The loader judges the steps itself, against
    // the SLO of the run's own plan.json.
    m_plan.slo = Slo{900, 0, 0.1};
    const QString dir = writeRun(runs(), QStringLiteral("old"), m_plan, m_targets);
    const QString runJson = dir + QStringLiteral("/run.json");
    QByteArray json = readFile(runJson);
    int removed = 0;
    for (qsizetype at; (at = json.indexOf("\"slo\": {")) >= 0; ++removed) {
        const qsizetype end = json.indexOf('}', at);
        const qsizetype comma = json.lastIndexOf(',', at);
        json.remove(comma, end + 1 - comma);
    }
    ASSERT_EQ(removed, 2);
    writeText(runJson, json);
    LoadedRun run;
    QString err;
    ASSERT_TRUE(RunLoader::load(dir, &run, &err)) << err.toStdString();
    ASSERT_EQ(run.targets.size(), 2u);
    for (const LoadedTarget &t : run.targets) {
        const SloVerdict expected = evaluateSlo(t.steps, m_plan.slo);
        const SloVerdict &got = t.summary.verdict.slo;
        EXPECT_TRUE(got.evaluated);
        EXPECT_EQ(got.met, expected.met);
        EXPECT_EQ(got.step, expected.step);
        EXPECT_EQ(got.explanation, expected.explanation);
        EXPECT_TRUE(got.explanation.contains(QStringLiteral("latency p95 ≤ 900 ms"))) << "the plan's SLO";
    }
}

TEST_F(RunLoaderTest, DerivedStepsKeepDeltasAndTokensPerSecond)
{
    std::vector<IntervalSnapshot> ts;
    for (int i = 0; i < 4; ++i) {
        IntervalSnapshot s;
        s.tStartS = i * 0.5;
        s.tEndS = (i + 1) * 0.5;
        s.completed = s.ok = 5;
        s.deltasPerS = 100.0 * (i + 1);
        s.outputTokensPerS = 300.0 * (i + 1);
        ts.push_back(s);
    }
    const std::vector<StepResult> steps = RunLoader::deriveSteps(ts, 0.0);
    ASSERT_EQ(steps.size(), 1u);
    // (100 + 200 + 300 + 400) deltas/s for 0.5 s each, over 2 s.
    EXPECT_DOUBLE_EQ(steps[0].deltasPerS, 250.0);
    EXPECT_DOUBLE_EQ(steps[0].outputTokensPerS, 750.0);
}
