#pragma once
// Synthetic runs for the report tests: records, snapshots, steps and verdicts computed with the real
// metrics code from a deterministic workload that saturates at a known QPS.

#include "core/metrics/metricset.h"
#include "core/metrics/requestrecord.h"
#include "core/metrics/snapshot.h"
#include "core/plan/testplan.h"
#include "core/report/runsummary.h"
#include "core/report/runwriter.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace plateau::test {

constexpr std::int64_t kOriginNs = 5'000'000'000; // engine clock value when the target's load began
// The SLO the synthetic verdicts are judged against: met below the ceiling, missed above it.
const Slo kReportSlo{1000, 0, 0.1};

struct SyntheticTarget
{
    std::vector<RequestRecord> records;
    QStringList details; // parallel to records
    std::vector<IntervalSnapshot> snapshots;
    std::vector<MetricSet> cumulative;        // parallel to snapshots
    std::vector<std::vector<size_t>> batches; // record indices delivered before each snapshot
    std::vector<StepResult> steps;
    MetricSet total;
    SaturationVerdict verdict;
    std::uint64_t failedCount = 0;
    std::uint64_t cancelledCount = 0;
};

// Two targets by default, one with an Authorization header holding a fake secret.
TestPlan reportPlan(int targets = 2);
// A ramp: `steps` steps of `stepS` seconds, users = 10 * (step + 1); QPS saturates at `ceilingQps`.
SyntheticTarget makeTarget(int index, const SaturationSettings &sat, int steps = 5, int stepS = 6,
                           double ceilingQps = 24.0, double settleS = 2.0);

// Streams one target through the writer as the engine would (batches, then snapshots).
void streamTarget(RunWriter &w, int index, const Target &t, const SyntheticTarget &s, bool finishIt = true);
// A whole run; returns the run folder ("" and a gtest failure on error).
QString writeRun(const QString &runsDir, const QString &name, const TestPlan &plan,
                 const std::vector<SyntheticTarget> &targets, RunSummary *summaryOut = nullptr);
RunSummary engineSummary(const TestPlan &plan, const std::vector<SyntheticTarget> &targets);

// A plan of five phases for one target of makeTarget(.., steps = 7): "ramp" (step ramp, steps 0-2),
// "sweep" (arrival-rate sweep, steps 3-4, open loop), "spike" (burst, step 5), "soak" (sustained, step 6)
// and "confirm" (gated, skipped).
TestPlan phasedPlan();
// Marks the steps and snapshots of a 7-step target with their phases, offered rates and late/dropped
// arrivals, and returns its PhaseOutcomes as the engine would report them.
std::vector<PhaseOutcome> makePhased(SyntheticTarget &t);
// A run of phasedPlan() with one phased target; returns the run folder.
QString writePhasedRun(const QString &runsDir, const QString &name, SyntheticTarget *targetOut = nullptr,
                       std::vector<PhaseOutcome> *phasesOut = nullptr);

QByteArray readFile(const QString &path);
QStringList readLines(const QString &path); // without line terminators

} // namespace plateau::test
