#include "core/engine/tagbreakdown.h"

#include "core/metrics/snapshot.h"

namespace plateau {

void TagBreakdown::clear(Counts &c) const
{
    c.byTag.clear();
    for (qsizetype i = 0; i < m_tags.size(); ++i)
        c.byTag.push_back(std::make_unique<MetricSet>());
    c.checks.assign(m_checkNames.size(), {});
    for (std::size_t s = 0; s < m_checkNames.size(); ++s)
        c.checks[s].assign(std::size_t(m_checkNames[s].size()), {0, 0});
}

void TagBreakdown::reset(const Journey &journey)
{
    m_tags = journey.tags();
    m_key = journey.keyTagIndex();
    m_stepTag.clear();
    m_stepName.clear();
    m_checkNames.clear();
    for (const JourneyStep &s : journey.steps) {
        m_stepTag.push_back(int(m_tags.indexOf(s.effectiveTag())));
        m_stepName.push_back(s.name);
        m_checkNames.push_back(journeyCheckNames(s));
    }
    clear(m_interval);
    clear(m_phase);
    clear(m_target);
}

void TagBreakdown::addTo(Counts &c, const RequestRecord &r)
{
    if (r.tag < c.byTag.size())
        c.byTag[r.tag]->add(r);
    if (r.failure == FailureClass::Cancelled || r.journeyStep < 0 ||
        std::size_t(r.journeyStep) >= c.checks.size())
        return;
    auto &bits = c.checks[std::size_t(r.journeyStep)];
    for (std::size_t b = 0; b < bits.size() && b < r.checksRun; ++b) {
        if (r.checksFailedMask & (1u << b))
            ++bits[b].second;
        else
            ++bits[b].first;
    }
}

void TagBreakdown::add(const RequestRecord &r)
{
    if (!enabled())
        return;
    addTo(m_interval, r);
    addTo(m_phase, r);
    addTo(m_target, r);
}

std::vector<TagInterval> TagBreakdown::takeInterval(double spanS)
{
    std::vector<TagInterval> out;
    if (!enabled())
        return out;
    for (std::size_t i = 0; i < m_interval.byTag.size(); ++i) {
        const MetricSet &m = *m_interval.byTag[i];
        TagInterval t;
        t.tag = int(i);
        t.completed = m.completed;
        t.ok = m.ok;
        t.failed = m.failed();
        t.checksPassed = m.checksPassed;
        t.checksFailed = m.checksFailed;
        t.qps = spanS > 0 ? double(m.completed) / spanS : 0;
        t.qpsOk = spanS > 0 ? double(m.ok) / spanS : 0;
        t.latency = summarize(m.latency);
        t.ttft = summarize(m.ttft);
        out.push_back(t);
    }
    clear(m_interval);
    return out;
}

std::vector<TagOutcome> TagBreakdown::outcomes(const Counts &c, double startS, double endS) const
{
    std::vector<TagOutcome> out;
    for (std::size_t i = 0; i < c.byTag.size(); ++i) {
        const MetricSet &m = *c.byTag[i];
        TagOutcome t;
        t.tag = m_tags[qsizetype(i)];
        t.key = int(i) == m_key;
        t.total = makeStepResult(-1, 0, startS, endS, m);
        t.cancelled = m.cancelled;
        t.started = m.completed + m.cancelled;
        for (std::size_t s = 0; s < m_stepTag.size(); ++s) {
            if (m_stepTag[s] != int(i))
                continue;
            for (std::size_t b = 0; b < c.checks[s].size(); ++b) {
                CheckOutcome k;
                k.step = m_stepName[s];
                k.name = m_checkNames[s][qsizetype(b)];
                k.passed = c.checks[s][b].first;
                k.failed = c.checks[s][b].second;
                t.checks.push_back(k);
            }
        }
        out.push_back(std::move(t));
    }
    return out;
}

std::vector<TagOutcome> TagBreakdown::phase(double startS, double endS) const
{
    return enabled() ? outcomes(m_phase, startS, endS) : std::vector<TagOutcome>{};
}

void TagBreakdown::beginPhase()
{
    if (enabled())
        clear(m_phase);
}

std::vector<TagOutcome> TagBreakdown::target(double endS) const
{
    return enabled() ? outcomes(m_target, 0, endS) : std::vector<TagOutcome>{};
}

} // namespace plateau
