#pragma once
// SweepSearch: the search of a sweep phase (docs/architecture.md, "Phases"), as GuideLLM and
// `vllm bench serve` sweep the arrival rate: probe upwards from the start, doubling while the plan's SLO
// holds, then bisect between the highest load within it and the lowest beyond, until the two are within
// the tolerance or the probes run out. Pure: the engine runs each probe and hands back its step.

#include "core/metrics/outcome.h"
#include "core/plan/testplan.h"

#include <limits>
#include <optional>

namespace plateau {

class SweepSearch
{
public:
    SweepSearch(const LoadProfile &profile, const Slo &slo);

    double firstLoad() const { return m_start; }
    // Judges the probe that ran at `load`; the next load to probe, or nothing when the search is over.
    std::optional<double> next(double load, const StepResult &step);
    SweepVerdict verdict() const;
    // Why a probe's step is outside the SLO; empty when it is within. An open-loop probe is judged on the
    // latency from the intended send time (what a queue at the server adds), and one that dropped more than
    // 1 % of its arrivals or served less than 90 % of the rate it was offered did not keep up.
    QString breach(const StepResult &step) const;

private:
    double clampLoad(double v) const;
    bool m_rate = true;
    double m_start = 1, m_bound = 1, m_tolerance = 0.05;
    int m_maxSteps = 12;
    Slo m_slo;
    int m_probes = 0;
    double m_lo = -1;                                      // the highest load within the SLO so far
    double m_hi = std::numeric_limits<double>::infinity(); // the lowest beyond it
    double m_goodput = 0;
    QString m_brokeBy;
    bool m_done = false;
};

} // namespace plateau
