#pragma once
// The verdicts of phases that do not ramp (docs/architecture.md, "Phases"): a burst's cold start and a
// sustained phase's drift. Pure functions of a few time windows of the phase, so the engine and the tests
// agree.

#include "core/metrics/metricset.h"
#include "core/metrics/outcome.h"

#include <memory>
#include <vector>

namespace plateau {

// A phase's metrics in a few fixed time windows (a MetricSet is about 200 KiB: one per window, never one
// per interval). Each snapshot interval goes, whole, into the window that holds its midpoint; one past
// the last boundary goes into the last window.
class PhaseWindows
{
public:
    // boundaries: ascending seconds since the phase began, {0, 10, 130} = two windows.
    explicit PhaseWindows(std::vector<double> boundaries);
    // The burst's: [0, coldS) and [coldS, durationS); coldS is capped at half the duration.
    static PhaseWindows coldStart(double durationS, double coldS = 10);
    // The drift check's: the duration in `parts` equal windows.
    static PhaseWindows equalParts(double durationS, int parts = 5);

    void add(double startS, double endS, const MetricSet &interval);
    int count() const { return int(m_sets.size()); }
    const MetricSet &window(int i) const { return *m_sets[std::size_t(i)]; }
    double windowStartS(int i) const { return m_bounds[std::size_t(i)]; }
    double windowEndS(int i) const { return m_bounds[std::size_t(i) + 1]; }
    // Seconds of intervals that went into window i (a phase cut short fills less than the window).
    double coveredS(int i) const { return m_covered[std::size_t(i)]; }

private:
    std::vector<double> m_bounds;
    std::vector<std::unique_ptr<MetricSet>> m_sets;
    std::vector<double> m_covered;
};

// A burst's first window against the second (PhaseWindows::coldStart). A penalty: the cold TTFT p95 over
// twice the warm one (and at least 50 ms more), or a cold failure rate more than 5 points above the warm
// one. Not evaluated when either window completed nothing.
ColdStartVerdict coldStartVerdict(const PhaseWindows &windows);

// A sustained phase's first and last non-empty window (PhaseWindows::equalParts): drifting when the
// latency p95 grew by more than 20 % (and 50 ms), or the failure rate by more than 2 points. Not evaluated
// with fewer than two non-empty windows.
DriftVerdict driftVerdict(const PhaseWindows &windows);

// A sweep's sentence from its figures ("goodput 48.7 req/s at 50.0 req/s; the SLO broke at 53.1 req/s
// (latency p95)"): what a SweepVerdict without an explanation (an older file) is shown with.
QString sweepSentence(const SweepVerdict &v);

// What one phase found, in a line or two for the dashboard and the end-of-run summary: "skipped: <reason>"
// for a phase that did not run, else the explanations of the verdicts it has (the sweep's, or the knee's
// and the SLO's, the cold start's, the drift's), joined.
QString phaseVerdictText(const PhaseOutcome &p);

} // namespace plateau
