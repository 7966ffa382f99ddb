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
    double actual = 0;
    bool passed = true;
    QString scope; // "" = the whole target; otherwise e.g. "step 3"
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
    QString runDir; // where the run folder went; empty when none was written
    std::vector<TargetOutcome> targets;
    bool stoppedByUser = false;
    bool thresholdsPassed = true;
    bool healthFailed = false;
    QString error;                       // a run that could not start or could not keep its results
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

Q_DECLARE_METATYPE(plateau::TargetPhase)
Q_DECLARE_METATYPE(plateau::TargetOutcome)
Q_DECLARE_METATYPE(plateau::RunOutcome)
