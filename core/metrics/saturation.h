#pragma once
// Saturation verdict from a ramp's step results (docs/architecture.md, "The saturation verdict").

#include "core/metrics/snapshot.h"
#include "core/plan/testplan.h"

#include <vector>

namespace plateau {

// Peak: the step with the highest QPS ok (usersAtPeak, peakQpsOk); peakQps is the highest QPS of any step.
// Knee: walking the steps in ramp order, a step k is "bad" against the last good step p when
//   - its failure rate > errorRateLimit (reason ErrorRate; a limit <= 0 disables the check), or
//   - its latency p95 > p95LimitMs (reason P95Limit; 0 = no limit), or
//   - it added users but qpsOk[k] - qpsOk[p] < flatFraction * (qpsOk[p] / users[p]) * (users[k] - users[p])
//     (reason QpsFlat: less than that share of the linear expectation).
// The knee is users[p], the last step that still scaled within the limits (kneeStep = that step's `step`);
// when the very first step is already over a limit, the knee is that first step. A bad step counts only
// when the next usable step is bad against the same p too (one noisy step is not a knee); a bad last step
// has no next step and counts as it is. Steps with fewer than kMinCompletedForKnee completions, or with
// no users, are too noisy for knee decisions and are skipped (they still count for the peak).
// generatorBound: on any step up to the peak or the knee, the generator used >= 85% of all cores
// (100% = one core; generatorCores <= 0 means QThread::idealThreadCount()) or its event loop lagged
// more than 50 ms; the explanation then says the numbers are a floor.
SaturationVerdict detectSaturation(const std::vector<StepResult> &steps, const SaturationSettings &settings,
                                   int generatorCores = 0);

// The same for open-loop steps (an arrival-rate ramp): the load axis is the offered rate. A step is bad when
// its failure rate or latency p95 (from the intended send time, when measured) crosses the limits, or when
// the endpoint did not keep up: it served less than kKeptUpShare of the offered rate, or more than 1 % of the
// arrivals were dropped. kneeRate is the offered rate of the last good step; one bad step needs a bad next
// step to count, as above.
SaturationVerdict detectRateSaturation(const std::vector<StepResult> &steps,
                                       const SaturationSettings &settings, int generatorCores = 0);
constexpr double kKeptUpShare = 0.9;

// Whether an open-loop step kept up with its offered rate: it dropped at most 1 % of its arrivals, and it
// completed all but kKeptUpShare's remainder of them, or all but those still in flight at the window's edge
// (the rate times the mean latency, plus two), whichever is more: a short window of slow answers is not
// judged short of breath. True for a closed-loop step.
bool keptUpWithArrivals(const StepResult &s);

// For the engine's stop-at-knee option, called after each finished step: true once a knee is confirmed,
// i.e. a bad step was followed by a further step that is also bad (flat or worse). Never on a single step.
bool shouldStopAtKnee(const std::vector<StepResult> &steps, const SaturationSettings &settings);

// A step on which the load generator itself was the limit: it used kGeneratorCpuShare or more of all cores
// (generatorCores <= 0: QThread::idealThreadCount()) or its event loop lagged over kGeneratorLagLimitMs.
// Both verdicts, closed and open loop, judge it so.
bool generatorSaturated(const StepResult &s, int generatorCores = 0);
int generatorCoreCount(int generatorCores);

constexpr std::uint64_t kMinCompletedForKnee = 5;
constexpr double kGeneratorCpuShare = 0.85;
constexpr double kGeneratorLagLimitMs = 50;

} // namespace plateau
