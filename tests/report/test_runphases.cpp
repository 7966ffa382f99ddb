// Phases in the run folder: the phase columns of steps.csv and timeseries.csv, run.json's "phases", and
// what the loader makes of an older folder without them.
#include "core/report/columns.h"
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

constexpr double kTol = 0.0005;

void expectSameSummary(const Summary &a, const Summary &b, const std::string &what)
{
    EXPECT_EQ(a.count, b.count) << what;
    EXPECT_NEAR(a.p50Ms, b.p50Ms, kTol) << what;
    EXPECT_NEAR(a.p95Ms, b.p95Ms, kTol) << what;
    EXPECT_NEAR(a.p99Ms, b.p99Ms, kTol) << what;
}

void expectSamePhase(const PhaseOutcome &a, const PhaseOutcome &b)
{
    const std::string n = b.name.toStdString();
    EXPECT_EQ(a.index, b.index) << n;
    EXPECT_EQ(a.name, b.name) << n;
    EXPECT_EQ(a.kind, b.kind) << n;
    EXPECT_EQ(a.state, b.state) << n;
    EXPECT_EQ(a.reason, b.reason) << n;
    EXPECT_NEAR(a.startS, b.startS, kTol) << n;
    EXPECT_NEAR(a.endS, b.endS, kTol) << n;
    EXPECT_EQ(a.firstStep, b.firstStep) << n;
    EXPECT_EQ(a.lastStep, b.lastStep) << n;
    EXPECT_EQ(a.started, b.started) << n;
    EXPECT_EQ(a.cancelled, b.cancelled) << n;
    EXPECT_EQ(a.lateArrivals, b.lateArrivals) << n;
    EXPECT_EQ(a.droppedArrivals, b.droppedArrivals) << n;
    EXPECT_EQ(a.total.completed, b.total.completed) << n;
    EXPECT_EQ(a.total.ok, b.total.ok) << n;
    EXPECT_EQ(a.total.failures, b.total.failures) << n;
    EXPECT_NEAR(a.total.qpsOk, b.total.qpsOk, kTol) << n;
    EXPECT_NEAR(a.total.offeredRate, b.total.offeredRate, kTol) << n;
    expectSameSummary(a.total.latency, b.total.latency, n + " latency");
    expectSameSummary(a.total.ttft, b.total.ttft, n + " ttft");
    EXPECT_EQ(a.verdict.hasData, b.verdict.hasData) << n;
    EXPECT_NEAR(a.verdict.peakQpsOk, b.verdict.peakQpsOk, kTol) << n;
    EXPECT_EQ(a.verdict.kneeUsers, b.verdict.kneeUsers) << n;
    EXPECT_EQ(a.verdict.explanation, b.verdict.explanation) << n;
    EXPECT_EQ(a.verdict.slo.evaluated, b.verdict.slo.evaluated) << n;
    EXPECT_EQ(a.verdict.slo.explanation, b.verdict.slo.explanation) << n;
    EXPECT_EQ(a.coldStart.evaluated, b.coldStart.evaluated) << n;
    EXPECT_EQ(a.coldStart.penalty, b.coldStart.penalty) << n;
    EXPECT_EQ(a.coldStart.completedCold, b.coldStart.completedCold) << n;
    EXPECT_NEAR(a.coldStart.ttftCold.p95Ms, b.coldStart.ttftCold.p95Ms, kTol) << n;
    EXPECT_NEAR(a.coldStart.failureRateCold, b.coldStart.failureRateCold, kTol) << n;
    EXPECT_EQ(a.coldStart.explanation, b.coldStart.explanation) << n;
    EXPECT_EQ(a.drift.evaluated, b.drift.evaluated) << n;
    EXPECT_EQ(a.drift.drifting, b.drift.drifting) << n;
    EXPECT_NEAR(a.drift.p95LastMs, b.drift.p95LastMs, kTol) << n;
    EXPECT_EQ(a.drift.explanation, b.drift.explanation) << n;
    EXPECT_EQ(a.sweep.evaluated, b.sweep.evaluated) << n;
    EXPECT_EQ(a.sweep.found, b.sweep.found) << n;
    EXPECT_EQ(a.sweep.rate, b.sweep.rate) << n;
    EXPECT_NEAR(a.sweep.bestLoad, b.sweep.bestLoad, kTol) << n;
    EXPECT_NEAR(a.sweep.goodput, b.sweep.goodput, kTol) << n;
    EXPECT_NEAR(a.sweep.brokeAt, b.sweep.brokeAt, kTol) << n;
    EXPECT_EQ(a.sweep.brokeBy, b.sweep.brokeBy) << n;
    EXPECT_EQ(a.sweep.probes, b.sweep.probes) << n;
    EXPECT_EQ(a.sweep.explanation, b.sweep.explanation) << n;
    ASSERT_EQ(a.thresholds.size(), b.thresholds.size()) << n;
    for (std::size_t i = 0; i < a.thresholds.size(); ++i) {
        EXPECT_EQ(a.thresholds[i].metric, b.thresholds[i].metric) << n;
        EXPECT_EQ(a.thresholds[i].passed, b.thresholds[i].passed) << n;
        EXPECT_NEAR(a.thresholds[i].actual, b.thresholds[i].actual, kTol) << n;
        EXPECT_EQ(a.thresholds[i].phase, b.thresholds[i].phase) << n;
    }
}

// The values of one column of a CSV file, by name.
QStringList columnOf(const QString &path, const QString &name)
{
    const QStringList lines = readLines(path);
    const qsizetype col = lines.value(0).split(QLatin1Char(',')).indexOf(name);
    QStringList out;
    if (col < 0)
        return out;
    for (qsizetype i = 1; i < lines.size(); ++i)
        out.append(lines[i].split(QLatin1Char(',')).value(col));
    return out;
}

// Cuts the last n columns off every line: an older file, from before they existed.
void dropLastColumns(const QString &path, int n)
{
    QStringList lines = readLines(path);
    for (QString &l : lines) {
        QStringList f = l.split(QLatin1Char(','));
        f = f.mid(0, f.size() - n);
        l = f.join(QLatin1Char(','));
    }
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
}

class RunPhasesTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_tmp.isValid()); }
    QString runs() const { return m_tmp.filePath(QStringLiteral("runs")); }
    QTemporaryDir m_tmp;
};

} // namespace

TEST_F(RunPhasesTest, StepsAndTimeseriesNameTheirPhaseAndCarryTheOpenLoopFigures)
{
    const QString dir = writePhasedRun(runs(), QStringLiteral("phased"));
    const QString steps = dir + QStringLiteral("/cfg-1/steps.csv");
    EXPECT_EQ(columnOf(steps, QStringLiteral("phase")),
              QStringList({"ramp", "ramp", "ramp", "sweep", "sweep", "spike", "soak"}));
    EXPECT_EQ(columnOf(steps, QStringLiteral("offered_rate")),
              QStringList({"0.000", "0.000", "0.000", "20.000", "30.000", "0.000", "0.000"}));
    EXPECT_EQ(columnOf(steps, QStringLiteral("late_arrivals")),
              QStringList({"0", "0", "0", "9", "12", "0", "0"}));
    EXPECT_EQ(columnOf(steps, QStringLiteral("dropped_arrivals")),
              QStringList({"0", "0", "0", "1", "2", "0", "0"}));
    const QString ts = dir + QStringLiteral("/cfg-1/timeseries.csv");
    const QStringList phases = columnOf(ts, QStringLiteral("phase"));
    ASSERT_EQ(phases.size(), 7 * 6);
    EXPECT_EQ(phases.front(), QStringLiteral("ramp"));
    EXPECT_EQ(phases[3 * 6], QStringLiteral("sweep"));
    EXPECT_EQ(phases.back(), QStringLiteral("soak"));
    EXPECT_EQ(columnOf(ts, QStringLiteral("offered_rate")).value(4 * 6), QStringLiteral("30.000"));
    EXPECT_EQ(columnOf(ts, QStringLiteral("gen_dropped")).value(4 * 6), QStringLiteral("1"));
}

TEST_F(RunPhasesTest, RunJsonPhasesRoundTripThroughTheLoader)
{
    SyntheticTarget src;
    std::vector<PhaseOutcome> written;
    const QString dir = writePhasedRun(runs(), QStringLiteral("phased"), &src, &written);
    const QByteArray json = readFile(dir + QStringLiteral("/run.json"));
    EXPECT_TRUE(json.contains("\"phases\": ["));
    EXPECT_TRUE(json.contains("\"state\": \"skipped\""));
    EXPECT_TRUE(json.contains("\"cold_start\": {"));
    EXPECT_TRUE(json.contains("\"late_arrivals\": 21"));

    LoadedRun run;
    QString err;
    ASSERT_TRUE(RunLoader::load(dir, &run, &err)) << err.toStdString();
    ASSERT_EQ(run.targets.size(), 1u);
    const LoadedTarget &t = run.targets[0];
    ASSERT_EQ(t.summary.phases.size(), written.size());
    for (std::size_t i = 0; i < written.size(); ++i)
        expectSamePhase(t.summary.phases[i], written[i]);

    ASSERT_EQ(t.steps.size(), src.steps.size());
    for (std::size_t k = 0; k < t.steps.size(); ++k) {
        EXPECT_EQ(t.steps[k].phase, src.steps[k].phase) << k;
        EXPECT_NEAR(t.steps[k].offeredRate, src.steps[k].offeredRate, kTol) << k;
        EXPECT_EQ(t.steps[k].lateArrivals, src.steps[k].lateArrivals) << k;
        EXPECT_EQ(t.steps[k].droppedArrivals, src.steps[k].droppedArrivals) << k;
    }
    ASSERT_EQ(t.timeseries.size(), src.snapshots.size());
    for (std::size_t k = 0; k < t.timeseries.size(); ++k) {
        EXPECT_EQ(t.timeseries[k].phase, src.snapshots[k].phase) << k;
        EXPECT_NEAR(t.timeseries[k].offeredRate, src.snapshots[k].offeredRate, kTol) << k;
        EXPECT_EQ(t.timeseries[k].generator.droppedArrivals, src.snapshots[k].generator.droppedArrivals) << k;
    }
    // The target's thresholds keep the phase they judged.
    ASSERT_EQ(t.summary.thresholds.size(), 1u);
    EXPECT_EQ(t.summary.thresholds[0].phase, QStringLiteral("soak"));
}

TEST_F(RunPhasesTest, AnOldRunFolderLoadsAsOnePhaseNamedLoad)
{
    // A one-phase run written without phases, and its CSV files cut back to the columns of before.
    const TestPlan plan = reportPlan(1);
    const SyntheticTarget src = makeTarget(0, plan.saturation);
    const QString dir = writeRun(runs(), QStringLiteral("old"), plan, {src});
    ASSERT_FALSE(readFile(dir + QStringLiteral("/run.json")).contains("\"phases\""));
    dropLastColumns(dir + QStringLiteral("/cfg-1/steps.csv"), 4);
    dropLastColumns(dir + QStringLiteral("/cfg-1/timeseries.csv"), 3);
    ASSERT_FALSE(
        readLines(dir + QStringLiteral("/cfg-1/steps.csv")).value(0).contains(QStringLiteral("phase")));

    LoadedRun run;
    QString err;
    ASSERT_TRUE(RunLoader::load(dir, &run, &err)) << err.toStdString();
    ASSERT_EQ(run.targets.size(), 1u);
    const LoadedTarget &t = run.targets[0];
    ASSERT_EQ(t.steps.size(), src.steps.size());
    for (const StepResult &s : t.steps)
        EXPECT_EQ(s.phase, 0);
    ASSERT_EQ(t.summary.phases.size(), 1u);
    const PhaseOutcome &p = t.summary.phases[0];
    EXPECT_EQ(p.name, QStringLiteral("load"));
    EXPECT_EQ(p.kind, QStringLiteral("step_ramp"));
    EXPECT_EQ(p.state, PhaseState::Ran);
    EXPECT_EQ(p.firstStep, src.steps.front().step);
    EXPECT_EQ(p.lastStep, src.steps.back().step);
    // The whole target: its exact totals and its verdict.
    EXPECT_EQ(p.total.ok, src.total.ok);
    EXPECT_EQ(p.total.completed, src.total.completed);
    EXPECT_EQ(p.cancelled, src.cancelledCount);
    EXPECT_EQ(p.total.latency.count, src.total.latency.count());
    EXPECT_DOUBLE_EQ(p.verdict.peakQpsOk, src.verdict.peakQpsOk);
    EXPECT_EQ(p.verdict.explanation, src.verdict.explanation);
    ASSERT_EQ(p.thresholds.size(), 1u);
    EXPECT_EQ(p.thresholds[0].phase, QStringLiteral("load"));
}

TEST_F(RunPhasesTest, AFolderWithoutPhasesInRunJsonSplitsItsStepsByThePlansPhases)
{
    // What a target that never finished leaves: steps with phases in the files, nothing in run.json.
    const TestPlan plan = phasedPlan();
    SyntheticTarget src = makeTarget(0, plan.saturation, 7);
    makePhased(src);
    RunWriter w;
    QString err;
    ASSERT_TRUE(w.open(runs(), QStringLiteral("crashed"), plan, &err)) << err.toStdString();
    streamTarget(w, 0, plan.targets[0], src, /*finishIt=*/false);
    w.flush();

    LoadedRun run;
    ASSERT_TRUE(RunLoader::load(w.runDir(), &run, &err)) << err.toStdString();
    ASSERT_EQ(run.targets.size(), 1u);
    const LoadedTarget &t = run.targets[0];
    EXPECT_TRUE(t.stepsDerived);
    ASSERT_EQ(t.summary.phases.size(), 5u);
    EXPECT_EQ(t.summary.phases[0].name, QStringLiteral("ramp"));
    EXPECT_EQ(t.summary.phases[0].firstStep, 0);
    EXPECT_EQ(t.summary.phases[0].lastStep, 2);
    EXPECT_TRUE(t.summary.phases[0].verdict.hasData);
    EXPECT_EQ(t.summary.phases[1].firstStep, 3);
    EXPECT_EQ(t.summary.phases[1].lastStep, 4);
    EXPECT_NEAR(t.summary.phases[1].total.offeredRate, 30, kTol);
    EXPECT_EQ(t.summary.phases[3].firstStep, 6);
    EXPECT_EQ(t.summary.phases[4].state, PhaseState::NotReached);
    EXPECT_EQ(t.summary.phases[4].firstStep, -1);
    std::uint64_t ok = 0;
    for (const PhaseOutcome &p : t.summary.phases)
        ok += p.total.ok;
    std::uint64_t stepOk = 0;
    for (const StepResult &s : t.steps)
        stepOk += s.ok;
    EXPECT_EQ(ok, stepOk);
}

TEST(PhaseColumn, NamesMapBackToTheirIndexAndUnknownOnesFollowInOrder)
{
    const QStringList names = {QStringLiteral("ramp"), QStringLiteral("soak")};
    QStringList seen;
    EXPECT_EQ(columns::phaseIndexOf(names, &seen, QStringLiteral("soak")), 1);
    EXPECT_EQ(columns::phaseIndexOf(names, &seen, QStringLiteral("3")), 3);
    EXPECT_EQ(columns::phaseIndexOf(names, &seen, QStringLiteral("extra")), 2);
    EXPECT_EQ(columns::phaseIndexOf(names, &seen, QStringLiteral("more")), 3);
    EXPECT_EQ(columns::phaseIndexOf(names, &seen, QStringLiteral("extra")), 2);
    EXPECT_EQ(columns::phaseNameOf(names, 0), QStringLiteral("ramp"));
    EXPECT_EQ(columns::phaseNameOf(names, 4), QStringLiteral("4"));
}
