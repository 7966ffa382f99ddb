#pragma once
// Synthetic ramp data for the widget tests: step results and interval snapshots shaped like a real
// ramp (QPS grows linearly with users up to a capacity, then flattens; latency grows past it).

#include "core/metrics/snapshot.h"
#include "core/plan/testplan.h"

#include <algorithm>
#include <vector>

namespace plateau::test {

struct SyntheticRamp
{
    int target = 0;
    int stepSize = 20;
    int maxUsers = 1000;
    double stepDurationS = 30;
    double capacityQps = 400; // where QPS flattens
    double baseLatencyMs = 800;
};

inline Summary syntheticSummary(double p50, std::uint64_t count)
{
    Summary s;
    s.count = count;
    s.meanMs = p50 * 1.05;
    s.p50Ms = p50;
    s.p90Ms = p50 * 1.4;
    s.p95Ms = p50 * 1.6;
    s.p99Ms = p50 * 2.2;
    s.maxMs = p50 * 3;
    return s;
}

// QPS a closed-loop ramp would see at `users`: users / latency, capped at the capacity.
inline double syntheticQps(const SyntheticRamp &r, int users)
{
    return std::min(users / (r.baseLatencyMs / 1000.0), r.capacityQps);
}

inline StepResult syntheticStep(const SyntheticRamp &r, int step)
{
    StepResult s;
    s.step = step;
    s.users = (step + 1) * r.stepSize;
    s.windowStartS = step * r.stepDurationS + 5;
    s.windowEndS = (step + 1) * r.stepDurationS;
    const double window = s.windowEndS - s.windowStartS;
    s.qps = syntheticQps(r, s.users);
    s.completed = std::uint64_t(s.qps * window);
    const double failShare = s.qps >= r.capacityQps ? 0.02 : 0.0;
    const auto failed = std::uint64_t(double(s.completed) * failShare);
    s.ok = s.completed - failed;
    s.failures[std::size_t(FailureClass::RateLimited)] = failed;
    s.qpsOk = double(s.ok) / window;
    s.failureRate = s.completed ? double(failed) / double(s.completed) : 0;
    const double latency = std::max(r.baseLatencyMs, s.users / r.capacityQps * 1000.0);
    s.latency = syntheticSummary(latency, s.completed);
    s.ttft = syntheticSummary(latency / 10, s.completed);
    return s;
}

inline IntervalSnapshot syntheticSnapshot(const SyntheticRamp &r, double t)
{
    IntervalSnapshot s;
    s.target = r.target;
    s.tStartS = t;
    s.tEndS = t + 1;
    s.step = int(t / r.stepDurationS);
    s.users = std::min((s.step + 1) * r.stepSize, r.maxUsers);
    s.qps = syntheticQps(r, s.users) * (0.95 + 0.1 * ((int(t) * 7919) % 100) / 100.0);
    s.completed = std::uint64_t(s.qps);
    s.ok = s.completed;
    s.qpsOk = s.qps;
    const double latency = std::max(r.baseLatencyMs, s.users / r.capacityQps * 1000.0);
    s.latency = syntheticSummary(latency, s.completed);
    s.ttft = syntheticSummary(latency / 10, s.completed);
    s.generator.cpuPercent = 20;
    return s;
}

inline int syntheticSteps(const SyntheticRamp &r)
{
    return (r.maxUsers + r.stepSize - 1) / r.stepSize;
}

} // namespace plateau::test
