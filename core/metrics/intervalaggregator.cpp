#include "core/metrics/intervalaggregator.h"

#include <algorithm>

namespace plateau {

IntervalAggregator::IntervalAggregator()
    : m_interval(std::make_unique<MetricSet>()), m_total(std::make_unique<MetricSet>())
{}

IntervalAggregator::~IntervalAggregator() = default;
IntervalAggregator::IntervalAggregator(IntervalAggregator &&) noexcept = default;
IntervalAggregator &IntervalAggregator::operator=(IntervalAggregator &&) noexcept = default;

void IntervalAggregator::addWorkerDelta(const MetricSet &delta, std::uint64_t startedDelta)
{
    m_interval->merge(delta);
    m_interval->started += startedDelta;
    m_total->merge(delta);
    m_total->started += startedDelta;
}

IntervalSnapshot IntervalAggregator::takeSnapshot(int target, double tStartS, double tEndS, int users,
                                                  int step, const GeneratorHealth &generator)
{
    const MetricSet &m = *m_interval;
    IntervalSnapshot s;
    s.target = target;
    s.tStartS = tStartS;
    s.tEndS = tEndS;
    s.users = users;
    s.step = step;
    s.started = m.started;
    s.completed = m.completed;
    s.ok = m.ok;
    s.cancelled = m.cancelled;
    s.failures = m.failures;
    const double seconds = tEndS - tStartS;
    if (seconds > 0) {
        s.qps = static_cast<double>(m.completed) / seconds;
        s.qpsOk = static_cast<double>(m.ok) / seconds;
        s.deltasPerS = static_cast<double>(m.deltas) / seconds;
        s.outputTokensPerS = static_cast<double>(m.outputTokens) / seconds;
    }
    s.latency = summarize(m.latency);
    s.latencyIntended = summarize(m.latencyIntended);
    s.headers = summarize(m.headers);
    s.firstEvent = summarize(m.firstEvent);
    s.ttft = summarize(m.ttft);
    s.itl = summarize(m.itl);
    s.tpot = summarize(m.tpot);
    s.generator = generator;
    m_interval->reset();
    return s;
}

void IntervalAggregator::reset()
{
    m_interval->reset();
    m_total->reset();
}

void StepAccumulator::add(int step, const MetricSet &delta)
{
    if (step < 0 || step > kMaxStep)
        return;
    m_sets[step].merge(delta);
}

void StepAccumulator::noteGenerator(int step, const GeneratorHealth &health)
{
    if (step < 0 || step > kMaxStep)
        return;
    Generator &g = m_generator[step];
    g.cpuSum += health.cpuPercent;
    ++g.cpuSamples;
    g.lagMaxMs = std::max(g.lagMaxMs, health.loopLagMaxMs);
}

StepResult StepAccumulator::result(int step, int users, double windowStartS, double windowEndS) const
{
    StepResult r;
    const auto it = m_sets.find(step);
    if (it != m_sets.end()) {
        r = makeStepResult(step, users, windowStartS, windowEndS, it->second);
    } else {
        const auto empty = std::make_unique<MetricSet>();
        r = makeStepResult(step, users, windowStartS, windowEndS, *empty);
    }
    const auto g = m_generator.find(step);
    if (g != m_generator.end()) {
        r.generatorCpuPercent = g->second.cpuSamples ? g->second.cpuSum / g->second.cpuSamples : 0.0;
        r.generatorLagMaxMs = g->second.lagMaxMs;
    }
    return r;
}

const MetricSet *StepAccumulator::stepSet(int step) const
{
    const auto it = m_sets.find(step);
    return it == m_sets.end() ? nullptr : &it->second;
}

void StepAccumulator::mergeAllInto(MetricSet *out) const
{
    if (!out)
        return;
    for (const auto &entry : m_sets)
        out->merge(entry.second);
}

void StepAccumulator::clear()
{
    m_sets.clear();
    m_generator.clear();
}

} // namespace plateau
