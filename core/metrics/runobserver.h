#pragma once
// What a consumer of a run's results implements: the run folder writer (core/report/runrecorder.h) is
// one, and a test can be another. The engine calls its observers on the engine's thread, in this order:
// per target either targetSkipped, or targetStarted, any number of requestsRecorded/intervalRecorded,
// then targetFinished; runFinished once at the end. The engine knows nothing of files: an observer that
// can no longer keep what it is given says so through error(), and the engine stops the run (exit 2)
// rather than keep an endpoint under load for results that are lost (docs/architecture.md, "Data flow").

#include "core/metrics/metricset.h"
#include "core/metrics/outcome.h"
#include "core/metrics/requestrecord.h"
#include "core/plan/testplan.h"

#include <QStringList>
#include <cstdint>
#include <vector>

namespace plateau {

class RunObserver
{
public:
    virtual ~RunObserver() = default;

    // authMethod: the kind only ("none", "oauth-m2m", ...), never a credential; empty = not resolved.
    virtual void targetStarted(int index, const Target &target, const QString &authMethod,
                               std::int64_t t0Ns) = 0;
    virtual void targetSkipped(int index, const Target &target, const QString &authMethod,
                               const QString &why) = 0;
    // details[i] belongs to records[i] (failure detail text); empty when there are none.
    virtual void requestsRecorded(const std::vector<RequestRecord> &records, const QStringList &details) = 0;
    virtual void intervalRecorded(const IntervalSnapshot &snapshot, const MetricSet &cumulative) = 0;
    virtual void targetFinished(const TargetOutcome &outcome, const MetricSet &total) = 0;
    // The raw histograms behind a snapshot (the interval's own set, not the cumulative one), a step when it
    // closes and a phase when it ends: what a shard's run folder keeps for `plateau merge`. Called just
    // before intervalRecorded / with the step / before targetFinished; ignored by default.
    virtual void intervalSetRecorded(const IntervalSnapshot &snapshot, const MetricSet &interval)
    {
        (void)snapshot;
        (void)interval;
    }
    virtual void stepSetRecorded(int target, const StepResult &step, const MetricSet &set)
    {
        (void)target;
        (void)step;
        (void)set;
    }
    virtual void phaseSetRecorded(int target, const PhaseOutcome &phase, const MetricSet &set)
    {
        (void)target;
        (void)phase;
        (void)set;
    }
    // The last call. An observer may complete the outcome: set runDir to where it kept the results, or
    // error when it could not keep them (the run then exits 2).
    virtual void runFinished(RunOutcome &outcome) = 0;
    // The first error so far; non-empty means results are being lost.
    virtual QString error() const = 0;
};

} // namespace plateau
