#pragma once
// k6-style pass/fail gates, evaluated on a target's whole load phase or on each of its steps, and the
// abort_on_fail check the engine makes at every step's end (docs/architecture.md, "The saturation verdict").

#include "core/metrics/outcome.h"
#include "core/plan/testplan.h"

#include <vector>

namespace plateau {

// Known metrics: latency_p50_ms latency_p90_ms latency_p95_ms latency_p99_ms ttft_p50_ms ttft_p95_ms
// ttft_p99_ms itl_p95_ms headers_p95_ms failure_rate peak_qps_ok. Unknown ones fail with a clear expression.
// "latency_p95_ms < 1200": the limit as the plan holds it (the shortest text that reads back exactly).
QString thresholdExpression(const ThresholdResult &r);
// The actual value with as few significant digits as possible (at least 3) such that the text is on the
// same side of the limit as the value itself: a failing 0.0523 against "< 0.05" prints "0.0523", never
// "0.05", and a passing 0.04996 prints "0.04996". "n/a" when nothing was measured.
QString thresholdActualText(const ThresholdResult &r);

// Run scope: on `total` (peak_qps_ok on the verdict). Step scope: on every measured step of `steps` (one
// that completed a request); the gate fails at the first step that fails it, and the result names that
// step. A gate with nothing measured never passes.
std::vector<ThresholdResult> evaluateThresholds(const std::vector<Threshold> &thresholds,
                                                const StepResult &total, const SaturationVerdict &verdict,
                                                const std::vector<StepResult> &steps = {});

struct ThresholdAbort
{
    int index = -1; // into the plan's thresholds; -1 = none crossed
    ThresholdResult result;
    bool triggered() const { return index >= 0; }
};

// At a step's end: the first abort_on_fail gate that is crossed, step-scoped ones on each of `newSteps`
// (the steps that just closed), run-scoped ones on `loadSoFar` (the load phase up to now) and
// `verdictSoFar`. A gate without a measurement yet (nothing completed) is not crossed: the end of the
// target decides it.
ThresholdAbort checkAbortOnFail(const std::vector<Threshold> &thresholds,
                                const std::vector<StepResult> &newSteps, const StepResult &loadSoFar,
                                const SaturationVerdict &verdictSoFar);

} // namespace plateau
