#pragma once
// Controller-side aggregation (engine thread): worker deltas -> per-interval snapshots and cumulative
// totals; and per-step windows -> StepResults. Both keep their MetricSets on the heap (about 203 KiB each).

#include "core/metrics/metricset.h"
#include "core/metrics/snapshot.h"

#include <cstdint>
#include <map>
#include <memory>

namespace plateau {

class IntervalAggregator
{
public:
    IntervalAggregator();
    ~IntervalAggregator();
    IntervalAggregator(IntervalAggregator &&) noexcept;
    IntervalAggregator &operator=(IntervalAggregator &&) noexcept;
    IntervalAggregator(const IntervalAggregator &) = delete;
    IntervalAggregator &operator=(const IntervalAggregator &) = delete;

    // Merges one worker's delta into the current interval and the totals. `started` grows by
    // delta.started + startedDelta (a worker fills one or the other).
    void addWorkerDelta(const MetricSet &delta, std::uint64_t startedDelta = 0);
    // The current interval as a snapshot (qps = completed / (tEndS - tStartS), summaries in ms), then
    // starts a new interval. The totals are kept.
    IntervalSnapshot takeSnapshot(int target, double tStartS, double tEndS, int users, int step,
                                  const GeneratorHealth &generator);
    const MetricSet &interval() const { return *m_interval; } // since the last takeSnapshot()
    const MetricSet &total() const { return *m_total; }       // since construction or reset()
    void reset();                                             // both

private:
    std::unique_ptr<MetricSet> m_interval;
    std::unique_ptr<MetricSet> m_total;
};

// One MetricSet per step index for the requests that completed inside that step's measured window (the
// engine decides which deltas belong to a window), plus the generator's health over the window.
class StepAccumulator
{
public:
    static constexpr int kMaxStep = 100000; // hostile/buggy step indices are ignored, not allocated

    void add(int step, const MetricSet &delta);
    // Generator health seen during the step's window: CPU is averaged over the calls, lag is the maximum.
    void noteGenerator(int step, const GeneratorHealth &health);
    // makeStepResult() over what add() collected for this step (an empty step gives zeros) plus the
    // generator fields.
    StepResult result(int step, int users, double windowStartS, double windowEndS) const;
    const MetricSet *stepSet(int step) const; // nullptr when nothing was added for the step
    // Everything added to any step, merged: the "whole load phase" row.
    void mergeAllInto(MetricSet *out) const;
    void clear();

private:
    struct Generator
    {
        double cpuSum = 0;
        int cpuSamples = 0;
        double lagMaxMs = 0;
    };
    std::map<int, MetricSet> m_sets;
    std::map<int, Generator> m_generator;
};

} // namespace plateau
