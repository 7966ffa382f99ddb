#include "core/common/manualclock.h"

#include <algorithm>
#include <limits>

namespace plateau {

ManualClock::ManualClock(std::int64_t wallStartMs) : m_wallStartMs(wallStartMs)
{}

Clock::TimerId ManualClock::callAfter(std::int64_t delayMs, std::function<void()> fn)
{
    const std::int64_t maxMs = (std::numeric_limits<std::int64_t>::max() - m_nowNs) / 1000000;
    const std::int64_t ms = std::clamp<std::int64_t>(delayMs, 0, maxMs);
    const TimerId id = ++m_nextId;
    m_due.emplace(std::make_pair(m_nowNs + ms * 1000000, id), std::move(fn));
    return id;
}

void ManualClock::cancel(TimerId id)
{
    for (auto it = m_due.begin(); it != m_due.end(); ++it) {
        if (it->first.second == id) {
            m_due.erase(it);
            return;
        }
    }
}

void ManualClock::advance(std::int64_t ms)
{
    advanceNs(ms * 1000000);
}

void ManualClock::advanceNs(std::int64_t ns)
{
    const std::int64_t end = m_nowNs + std::max<std::int64_t>(ns, 0);
    // One at a time: a callback may schedule or cancel others, which invalidates any iterator.
    while (!m_due.empty() && m_due.begin()->first.first <= end) {
        auto it = m_due.begin();
        m_nowNs = std::max(m_nowNs, it->first.first);
        std::function<void()> fn = std::move(it->second);
        m_due.erase(it);
        if (fn)
            fn();
    }
    m_nowNs = end;
}

std::int64_t ManualClock::nextDueInMs() const
{
    if (m_due.empty())
        return -1;
    return std::max<std::int64_t>(0, m_due.begin()->first.first - m_nowNs) / 1000000;
}

} // namespace plateau
