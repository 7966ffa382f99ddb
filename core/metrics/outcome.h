#pragma once
// What a run produced, as plain values: the engine fills them, the run folder, the CLI and the GUI read
// them. They live beside the metrics, not in the engine, so that no consumer of results depends on the
// engine (docs/architecture.md, "Data flow").

#include "core/metrics/snapshot.h"

#include <QMetaType>
#include <QString>
#include <vector>

namespace plateau {

enum class TargetPhase
{
    Pending,
    HealthCheck,
    Warmup,
    Load,
    Completed,
    Skipped,   // health check failed, or the run was stopped before this target
    Cancelled, // stopped during its load phase (results so far are kept)
};
// Stable machine name ("health_check"), for files and logs.
QString targetPhaseKey(TargetPhase p);
// What a user reads ("health check", "running", "done"), translated; the CLI and the GUI both show it.
QString targetPhaseText(TargetPhase p);

// A k6-style gate as evaluated at the end of a target ("latency_p95_ms < 1200" -> actual 840, passed).
struct ThresholdResult
{
    QString metric;
    QString op; // < <= > >=
    double limit = 0;
    double actual = 0; // per step: the first failing step's value, or the worst step's when all passed
    bool passed = true;
    // "" = the whole load phase; per step: the first failing step ("step 7 (140 users)"), or "all 8 steps"
    QString scope;
    bool perStep = false;     // the plan's "scope": "step"
    bool abortOnFail = false; // the plan's "abort_on_fail"
    bool aborted = false;     // this gate stopped the target's ramp
};

struct TargetOutcome
{
    int target = 0;
    QString label;
    TargetPhase phase = TargetPhase::Pending;
    QString detail;       // why skipped, health verdict, ...: translated, for the front ends to show
    QString detailSource; // the same in English (its source text), for files: run.json stays English
    std::vector<StepResult> steps;
    SaturationVerdict verdict;
    StepResult total;                 // the whole load phase as one window
    std::uint64_t totalCancelled = 0; // in flight when the load phase ended or was stopped
    std::uint64_t totalStarted = 0;
    std::vector<ThresholdResult> thresholds;
    double loadSeconds = 0;
    // The abort_on_fail gate that ended the ramp early ("latency_p95_ms < 800"); empty = it ran its course.
    QString abortedBy;
    bool aborted() const { return !abortedBy.isEmpty(); }
    // The load phase ran, fully or in part (not skipped, not stopped before it).
    bool loadRan() const { return phase == TargetPhase::Completed || phase == TargetPhase::Cancelled; }
};

// Exit codes, the same for `plateau run` and run.json's exit_status: 0 all passed, 1 a threshold or a
// health check failed (or nothing was measured at all), 2 the run could not start or could not write its
// folder, 130 stopped by Ctrl-C (SIGINT, as shells report it), 143 stopped by SIGTERM.
constexpr int kExitPassed = 0;
constexpr int kExitFailed = 1;
constexpr int kExitRunError = 2;
constexpr int kExitInterrupted = 130;
constexpr int kExitTerminated = 143;

struct RunOutcome
{
    QString runDir; // where the run folder went; empty when none was written
    std::vector<TargetOutcome> targets;
    bool stoppedByUser = false;
    bool thresholdsPassed = true;
    bool healthFailed = false;
    QString error;                       // a run that could not start or could not keep its results
    int stopExitCode = kExitInterrupted; // what a stop exits with (130 for Ctrl-C, 143 for SIGTERM)
    // Targets whose load phase ran, fully or in part.
    int targetsRun() const;
    // Some target completed a request in its load phase. A run that measured nothing (every target
    // skipped, or nothing finished) has nothing to pass on.
    bool measuredAnything() const;
    // A stopped run is never green: what ran is kept, but a CI job that was interrupted must not pass.
    // Nor is a run that measured nothing, whatever the reason each target was skipped for.
    int exitCode() const
    {
        return !error.isEmpty()                                             ? kExitRunError
               : stoppedByUser                                              ? stopExitCode
               : (healthFailed || !thresholdsPassed || !measuredAnything()) ? kExitFailed
                                                                            : kExitPassed;
    }
};

} // namespace plateau

Q_DECLARE_METATYPE(plateau::TargetPhase)
Q_DECLARE_METATYPE(plateau::TargetOutcome)
Q_DECLARE_METATYPE(plateau::RunOutcome)
