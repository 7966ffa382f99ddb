#pragma once
// k6-style pass/fail gates evaluated on a target's whole load phase (docs/architecture.md, "Thresholds").

#include "core/metrics/outcome.h"
#include "core/plan/testplan.h"

#include <vector>

namespace plateau {

// Known metrics: latency_p50_ms latency_p90_ms latency_p95_ms latency_p99_ms ttft_p50_ms ttft_p95_ms
// ttft_p99_ms itl_p95_ms headers_p95_ms failure_rate peak_qps_ok. Unknown ones fail with a clear expression.
// "latency_p95_ms < 1200"
QString thresholdExpression(const ThresholdResult &r);

std::vector<ThresholdResult> evaluateThresholds(const std::vector<Threshold> &thresholds,
                                                const StepResult &total, const SaturationVerdict &verdict);

} // namespace plateau
