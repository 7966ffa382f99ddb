#pragma once
// What the engine tells its observers (GUI, CLI, report) about a run, as plain values.

#include "core/metrics/snapshot.h"
#include "core/report/runsummary.h" // ThresholdResult

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
QString targetPhaseKey(TargetPhase p);

struct TargetOutcome
{
    int target = 0;
    QString label;
    TargetPhase phase = TargetPhase::Pending;
    QString detail; // why skipped, health verdict, ...
    std::vector<StepResult> steps;
    SaturationVerdict verdict;
    StepResult total;                 // the whole load phase as one window
    std::uint64_t totalCancelled = 0; // in flight when the load phase ended or was stopped
    std::uint64_t totalStarted = 0;
    std::vector<ThresholdResult> thresholds;
    double loadSeconds = 0;
};

// Exit codes, the same for `plateau run` and run.json's exit_status: 0 all passed, 1 a threshold or a
// health check failed, 2 the run could not start or could not write its folder, 130 stopped by Ctrl-C
// (SIGINT, as shells report it), 143 stopped by SIGTERM.
constexpr int kExitPassed = 0;
constexpr int kExitFailed = 1;
constexpr int kExitRunError = 2;
constexpr int kExitInterrupted = 130;
constexpr int kExitTerminated = 143;

struct RunOutcome
{
    QString runDir; // empty when no run folder was written
    std::vector<TargetOutcome> targets;
    bool stoppedByUser = false;
    bool thresholdsPassed = true;
    bool healthFailed = false;
    QString error;                       // a run that could not start or write its folder
    int stopExitCode = kExitInterrupted; // what a stop exits with (130 for Ctrl-C, 143 for SIGTERM)
    // A stopped run is never green: what ran is kept, but a CI job that was interrupted must not pass.
    int exitCode() const
    {
        return !error.isEmpty()                      ? kExitRunError
               : stoppedByUser                       ? stopExitCode
               : (healthFailed || !thresholdsPassed) ? kExitFailed
                                                     : kExitPassed;
    }
};

} // namespace plateau

Q_DECLARE_METATYPE(plateau::TargetOutcome)
Q_DECLARE_METATYPE(plateau::RunOutcome)
