#pragma once
// The end-of-run verdict across a plan's targets: one row of figures per target, and which target is the
// best configuration and on what grounds. Chosen here, once; the CLI's summary (cli/summaryprinter) and
// any other front end only format it.

#include "core/metrics/outcome.h"
#include "core/metrics/tokenrate.h"
#include "core/plan/testplan.h"

#include <vector>

namespace plateau {

struct MatrixRow
{
    int target = 0; // plan index
    QString label;
    TargetPhase phase = TargetPhase::Pending;
    bool ran = false;     // the load phase ran, fully or in part
    bool aborted = false; // an abort_on_fail threshold ended the ramp early
    QString detail;       // why it was skipped or aborted
    bool hasData = false; // some step completed a request
    double peakQpsOk = 0;
    int usersAtPeak = 0;
    int kneeUsers = 0;    // 0 = no knee within the ramp
    int usersReached = 0; // the most users of any step that completed a request
    // Open loop (arrival rates): the load is a rate; the user figures above are 0.
    bool openLoop = false;
    double rateAtPeak = 0, kneeRate = 0, rateReached = 0;
    bool hasKnee = false; // a knee was found (for open loop also when it is the first step)
    bool generatorBound = false;
    SloVerdict slo;
    // The whole load phase.
    double latencyP95Ms = 0, ttftP95Ms = 0, failureRate = 0;
    bool hasLatency = false, hasTtft = false; // any sample at all
    TokenRate tokens;                         // at the peak step: the throughput the target reached
    int thresholdsPassed = 0, thresholdsTotal = 0;
    // A plan of several phases: one row per phase of this target (the same figures, of the phase alone),
    // each with its phase's name, state and verdict sentence (phaseVerdictText). Empty for one phase.
    std::vector<MatrixRow> phases;
    QString phaseName;
    PhaseState phaseState = PhaseState::NotReached;
    QString verdictText;
};

enum class BestBasis
{
    None,           // no target completed its load phase with data
    MaxQpsUnderSlo, // the highest max QPS under the SLO
    PeakQpsOk,      // no target met the SLO: the highest peak QPS ok
};

struct RunMatrix
{
    std::vector<MatrixRow> rows; // in run order
    Slo slo;
    int best = -1; // index into rows; -1 with BestBasis::None
    BestBasis basis = BestBasis::None;
    int candidates = 0; // targets the choice was made among: completed, not aborted, with data
    // The best one never reached a knee: its figure is a lower bound, not its ceiling.
    bool bestIsLowerBound = false;
    bool rampCanGrow = false; // a step ramp: raising max_users would show more
    bool anyTokens = false;   // some row's rate is output tokens/s
    bool anyDeltas = false;   // some row with data has only deltas/s
    bool stoppedByUser = false;
    int targetsRun = 0; // load phase ran, fully or in part
    int targetsTotal = 0;
    bool phased = false; // the plan has more than one phase: rows carry their phases
};

// The rows, and the best configuration: among targets that completed their load phase (not stopped, not
// skipped, not aborted by a threshold), the highest max QPS under the SLO; when none met the SLO, the
// highest peak QPS ok. Equal figures go to the earlier target.
RunMatrix runMatrix(const RunOutcome &outcome, const TestPlan &plan);

} // namespace plateau
