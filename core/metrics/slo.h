#pragma once
// Max QPS under the SLO (docs/architecture.md, "The saturation verdict"): the capacity a user can promise,
// where the raw peak is only what the endpoint survived. Computed here and nowhere else; the engine stores
// it in the verdict, the run loader computes it for a run.json that lacks it.

#include "core/metrics/snapshot.h"
#include "core/plan/testplan.h"

#include <vector>

namespace plateau {

// Which limit of the SLO a step crossed first (failures first: they are usually why latency looks good).
enum class SloBreach
{
    None,
    NotMeasured, // no request of the step succeeded: it served nothing
    FailureRate,
    LatencyP95,
    TtftP95,
    NoTtft, // a TTFT limit is set but no text delta arrived, so TTFT was never measured
};

// Within = at most the limit; a latency limit of 0 is no limit.
SloBreach sloBreach(const StepResult &step, const Slo &slo);

// The highest step by QPS ok (the first of equal ones: fewer users for the same QPS) among those within
// the SLO, with its users; `met` is false, and the explanation says why, when none was.
SloVerdict evaluateSlo(const std::vector<StepResult> &steps, const Slo &slo);

// "latency p95 ≤ 800 ms, failure rate ≤ 5%" (the limits that are set), translated.
QString sloText(const Slo &slo);

} // namespace plateau
