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
    QString phase{};          // the phase it judged (its name)
    QString tag{};            // the journey tag it judged; empty = the key tag
};

// A burst's cold start: TTFT and failures of its first seconds against the rest of the phase.
struct ColdStartVerdict
{
    bool evaluated = false;
    double windowS = 10; // "the first seconds"
    Summary ttftCold, ttftWarm;
    double failureRateCold = 0, failureRateWarm = 0;
    std::uint64_t completedCold = 0, completedWarm = 0;
    bool penalty = false; // the cold window was clearly worse (see core/metrics/phaseverdict.h)
    QString explanation;  // one English sentence
};

// A sustained phase's drift: latency p95 and failure rate of its first and last part.
struct DriftVerdict
{
    bool evaluated = false;
    double p95FirstMs = 0, p95LastMs = 0;
    double failureRateFirst = 0, failureRateLast = 0;
    bool drifting = false;
    QString explanation; // one English sentence
};

// What a sweep found: the highest load within the plan's SLO and the first beyond it.
struct SweepVerdict
{
    bool evaluated = false;
    bool found = false;  // some probe stayed within the SLO
    bool rate = true;    // the load is an arrival rate (requests/s); false: users
    double bestLoad = 0; // the highest load within the SLO
    double goodput = 0;  // requests/s within the SLO at that load (QPS ok of its step)
    double brokeAt = 0;  // the lowest load that broke the SLO; 0 = none did up to the bound
    QString brokeBy;     // which limit it broke first ("latency p95")
    int probes = 0;      // steps the search ran
    QString explanation; // one English sentence
};

// One check of one journey step over a phase: k6's "✓ status is 200  99% ✓ 990 ✗ 10".
struct CheckOutcome
{
    QString step; // the journey step's name
    QString name; // describeCheck()
    std::uint64_t passed = 0, failed = 0;
    double rate() const { return passed + failed ? double(passed) / double(passed + failed) : 0.0; }
};

// One journey tag over a phase (or the whole load): its requests as one window, and its checks.
struct TagOutcome
{
    QString tag;
    bool key = false; // the tag the steps, the charts and the saturation verdict are made of
    StepResult total; // checksPassed/checksFailed: every check of the tag's steps
    std::uint64_t started = 0, cancelled = 0;
    std::vector<CheckOutcome> checks;
    double checkRate() const
    {
        const std::uint64_t n = total.checksPassed + total.checksFailed;
        return n ? double(total.checksPassed) / double(n) : 0.0;
    }
};

enum class PhaseState
{
    NotReached, // the target ended before it (stopped, skipped, aborted)
    Ran,
    Cancelled, // stopped while it ran (results so far kept)
    Skipped,   // its gate was closed: the phase before it failed its thresholds
};
QString phaseStateKey(PhaseState s); // "not_reached", "ran", "cancelled", "skipped"

// One phase of one target: its steps are TargetOutcome::steps[firstStep..lastStep] by StepResult::step.
struct PhaseOutcome
{
    int index = 0;
    QString name;
    QString kind; // profileKindName: "step_ramp", "burst", ...
    PhaseState state = PhaseState::NotReached;
    QString reason;                    // why skipped or not reached (English)
    double startS = 0, endS = 0;       // seconds since the target's load began
    int firstStep = -1, lastStep = -1; // -1 = no step closed
    StepResult total;                  // the phase as one window
    std::uint64_t started = 0, cancelled = 0;
    std::uint64_t lateArrivals = 0, droppedArrivals = 0; // open loop
    SaturationVerdict verdict;    // ramps and sweeps: the knee, and the SLO verdict of its steps
    ColdStartVerdict coldStart;   // bursts
    DriftVerdict drift;           // sustained phases (and constant rates)
    SweepVerdict sweep;           // sweeps
    std::vector<TagOutcome> tags; // a journey's tags in Journey::tags() order; empty without a journey
    std::vector<ThresholdResult> thresholds;
    bool thresholdsPassed() const;
    bool ran() const { return state == PhaseState::Ran || state == PhaseState::Cancelled; }
};

struct TargetOutcome
{
    int target = 0;
    QString label;
    TargetPhase phase = TargetPhase::Pending;
    QString detail;                // why skipped, health verdict, ...: translated, for the front ends to show
    QString detailSource;          // the same in English (its source text), for files: run.json stays English
    std::vector<StepResult> steps; // every phase's, in order, numbered across phases
    // The verdict of the phase that ramps (the first ramp or sweep; the last phase when none ramps). A
    // one-phase plan's is its only phase's.
    SaturationVerdict verdict;
    std::vector<PhaseOutcome> phases; // one per plan phase, in order
    std::vector<TagOutcome> tags;     // a journey's tags over the whole load; empty without a journey
    // The environment guard's finding ("GET http://h/api/health: app_env is \"prod\", not \"test\""), when
    // the plan has one; guardOverridden: it did not match and the run was allowed to go on
    // (--allow-non-test).
    QString guardDetail{};
    bool guardOverridden = false;
    StepResult total;                 // the whole load (all phases) as one window
    std::uint64_t totalCancelled = 0; // in flight when the load phase ended or was stopped
    std::uint64_t totalStarted = 0;
    std::vector<ThresholdResult> thresholds; // every phase's, in phase order
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
    bool guardRefused = false; // a target's environment guard found no test environment: it was skipped
    QString error;             // a run that could not start or could not keep its results
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
        return !error.isEmpty()                                                             ? kExitRunError
               : stoppedByUser                                                              ? stopExitCode
               : (healthFailed || guardRefused || !thresholdsPassed || !measuredAnything()) ? kExitFailed
                                                                                            : kExitPassed;
    }
};

} // namespace plateau

Q_DECLARE_METATYPE(plateau::TargetPhase)
Q_DECLARE_METATYPE(plateau::TargetOutcome)
Q_DECLARE_METATYPE(plateau::RunOutcome)
