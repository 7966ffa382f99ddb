#pragma once
// A Clock for tests: time stands still until advance() moves it, firing every callback that falls due
// on the way, in order of due time (ties in the order they were scheduled), each with now() at its own
// due time. A callback that schedules another one inside the advanced span sees it fire too.
// One thread only.

#include "core/common/clock.h"

#include <map>
#include <utility>

namespace plateau {

class ManualClock : public Clock
{
public:
    // wallStartMs: the wall time now() starts at; the default is 2026-01-01T00:00:00Z.
    explicit ManualClock(std::int64_t wallStartMs = 1767225600000);

    std::int64_t nowNs() const override { return m_nowNs; }
    std::int64_t wallMs() const override { return m_wallStartMs + (m_nowNs - m_startNs) / 1000000; }
    TimerId callAfter(std::int64_t delayMs, std::function<void()> fn) override;
    void cancel(TimerId id) override;

    void advance(std::int64_t ms);
    void advanceNs(std::int64_t ns);
    // Callbacks scheduled and not yet run or cancelled.
    int pendingCount() const { return int(m_due.size()); }
    // Milliseconds from now to the next callback, or -1 when none is scheduled.
    std::int64_t nextDueInMs() const;

private:
    const std::int64_t m_startNs = 1000000000; // 1 s: a zero monotonic time is easy to mistake for "unset"
    std::int64_t m_nowNs = m_startNs;
    std::int64_t m_wallStartMs;
    TimerId m_nextId = 0;
    // (due time ns, id) -> callback; the id breaks ties in scheduling order.
    std::map<std::pair<std::int64_t, TimerId>, std::function<void()>> m_due;
};

} // namespace plateau
