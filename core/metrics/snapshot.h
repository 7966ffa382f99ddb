#pragma once
// Value types that flow from the engine to the GUI, the CLI and the report. Copyable, no pointers.

#include "core/metrics/failureclass.h"

#include <QMetaType>
#include <QString>
#include <vector>

namespace plateau {

class Histogram;
struct MetricSet;

struct Summary
{
    std::uint64_t count = 0;
    double meanMs = 0, p50Ms = 0, p90Ms = 0, p95Ms = 0, p99Ms = 0, maxMs = 0;
};

struct GeneratorHealth
{
    double cpuPercent = 0;             // process CPU over the interval, 100 = one core
    double loopLagMaxMs = 0;           // worst event-loop lag seen on any worker
    std::uint64_t lateDispatches = 0;  // open loop: sends later than 10 ms behind schedule
    std::uint64_t droppedArrivals = 0; // open loop: arrivals with no free user (max in flight reached)
    int inFlight = 0;
};

// One journey tag over one interval: what the charts' tag selector draws.
struct TagInterval
{
    int tag = 0; // index into Journey::tags()
    std::uint64_t completed = 0, ok = 0, failed = 0;
    std::uint64_t checksPassed = 0, checksFailed = 0;
    double qps = 0, qpsOk = 0;
    Summary latency, ttft;
};

struct IntervalSnapshot
{
    int target = 0;                // index into the plan's targets
    double tStartS = 0, tEndS = 0; // seconds since the target's load phase began
    int users = 0;
    int step = 0;
    int phase = 0;          // index into the plan's phases
    double offeredRate = 0; // open loop: the arrival rate asked for at the interval's end; 0 closed loop
    std::uint64_t started = 0, completed = 0, ok = 0, cancelled = 0;
    FailureCounts failures{};
    double qps = 0, qpsOk = 0, deltasPerS = 0;
    double outputTokensPerS = 0; // 0 when the server reports no usage (core/metrics/tokenrate.h)
    Summary latency, latencyIntended, headers, firstEvent, ttft, itl, tpot;
    GeneratorHealth generator;
    // A journey's other tags over the same interval (the figures above are the key tag's).
    std::vector<struct TagInterval> tags;

    // The interval's server failures (completed = ok + failed) and their share of the completed, 0 without
    // completions: derived from the counts above, so every producer (engine, run loader, tests) agrees,
    // and the views show them without computing them.
    std::uint64_t failed() const { return serverFailureCount(failures); }
    double failureRate() const
    {
        return completed ? static_cast<double>(failed()) / static_cast<double>(completed) : 0.0;
    }
};

struct StepResult
{
    int step = 0;  // numbered across all phases of a target
    int phase = 0; // index into the plan's phases
    int users = 0;
    // Open loop: the arrival rate the step asked for (requests/s) and the arrivals that went out more than
    // 10 ms late or not at all (no free user: max_in_flight reached). 0 for closed-loop steps.
    double offeredRate = 0;
    std::uint64_t lateArrivals = 0, droppedArrivals = 0;
    double windowStartS = 0, windowEndS = 0; // the measured window (after settle)
    std::uint64_t completed = 0, ok = 0;
    FailureCounts failures{};
    double qps = 0, qpsOk = 0, failureRate = 0;
    double deltasPerS = 0, outputTokensPerS = 0; // every non-cancelled request's, over the window
    Summary latency, latencyIntended, headers, firstEvent, ttft, itl, tpot;
    Summary connect{}, tlsHandshake{}; // new connections only: count = connections opened in the window
    double generatorCpuPercent = 0;
    double generatorLagMaxMs = 0;
    std::uint64_t checksPassed = 0, checksFailed = 0; // journey checks of the window's requests
};

enum class KneeReason
{
    None,
    QpsFlat,   // added users raised QPS by less than the set fraction of the linear expectation
    P95Limit,  // latency p95 crossed the plan's limit
    ErrorRate, // failure rate crossed the plan's limit
};

// Max QPS under the SLO (core/metrics/slo.h): the highest QPS ok of a step that stayed within the plan's
// SLO, beside the raw peak of the saturation verdict.
struct SloVerdict
{
    bool evaluated = false; // false: nobody judged the steps against an SLO (a run.json of an older version)
    bool met = false;       // at least one measured step stayed within the SLO
    double maxQpsOk = 0;    // that step's QPS ok
    int users = 0;          // ... and its users
    double rate = 0;        // ... and, open loop, the arrival rate it was offered (requests/s)
    int step = -1;          // ... and its number (StepResult::step)
    QString explanation;    // one human sentence, also when no step met the SLO
};

struct SaturationVerdict
{
    bool hasData = false;
    double peakQps = 0, peakQpsOk = 0;
    int usersAtPeak = 0; // users of the step with the highest QPS ok
    int kneeUsers = 0;   // 0 = no knee found within the ramp
    int kneeStep = -1;
    KneeReason reason = KneeReason::None;
    bool generatorBound = false; // the load generator itself was saturated: numbers are a floor
    // Open loop (an arrival-rate ramp): the load is a rate, not users (detectRateSaturation).
    bool openLoop = false;
    double rateAtPeak = 0; // the offered rate of the peak step
    double kneeRate = 0;   // the highest offered rate the endpoint kept up with; 0 = no knee
    QString explanation;   // one human sentence
    SloVerdict slo;        // filled by evaluateSlo, beside detectSaturation
};

// Histogram of microseconds -> milliseconds (percentiles nearest-rank, within 1%).
Summary summarize(const Histogram &h);
// qps = completed / window and qpsOk = ok / window (completed = ok + failed; cancelled excluded);
// failureRate = failed / completed (0 without completions). A window <= 0 s gives qps 0. The generator
// fields stay 0: the caller (StepAccumulator, engine) fills them.
StepResult makeStepResult(int step, int users, double windowStartS, double windowEndS, const MetricSet &m);
// Stable machine names: "none", "qps_flat", "p95_limit", "error_rate".
QString kneeReasonKey(KneeReason r);
bool kneeReasonFromKey(const QString &key, KneeReason *out); // inverse, for the run loader
// A few words for a table cell ("QPS flat"), translated; empty for None. The source text is what the
// English-only files (the dashboard) show.
QString kneeReasonText(KneeReason r);
const char *kneeReasonSourceText(KneeReason r);
// qRegisterMetaType for IntervalSnapshot, StepResult, SaturationVerdict (queued signals). Idempotent;
// the engine calls it once before connecting across threads.
void registerMetricTypes();

} // namespace plateau

Q_DECLARE_METATYPE(plateau::IntervalSnapshot)
Q_DECLARE_METATYPE(plateau::StepResult)
Q_DECLARE_METATYPE(plateau::SaturationVerdict)
