#pragma once
// A clock that code with timers takes instead of reading the time and starting QTimers itself, so
// tests can drive refreshes, backoff and deadlines with ManualClock instead of sleeping.
//
// Kept small on purpose (other layers, e.g. the load engine, are meant to share it): a monotonic
// now, the wall-clock time for what is shown or compared with a server's expiry, and one-shot
// callbacks that can be cancelled.
//
// Threading: schedule and cancel a callback on one thread; the system clock runs it on that thread's
// event loop (so the thread needs one), ManualClock inside advance().

#include <cstdint>
#include <functional>

namespace plateau {

class Clock
{
public:
    using TimerId = std::uint64_t; // 0 is never a valid id: use it for "nothing scheduled"

    virtual ~Clock() = default;

    // Monotonic time in nanoseconds (steady: never jumps when the wall clock is set).
    virtual std::int64_t nowNs() const = 0;
    std::int64_t nowMs() const { return nowNs() / 1000000; }
    // Milliseconds since the Unix epoch (UTC).
    virtual std::int64_t wallMs() const = 0;

    // Runs fn once, no earlier than delayMs (< 0 counts as 0) from now. cancel() before it ran makes
    // sure it never runs; cancelling an id that already ran, or 0, does nothing.
    virtual TimerId callAfter(std::int64_t delayMs, std::function<void()> fn) = 0;
    virtual void cancel(TimerId id) = 0;
};

// The real clock: std::chrono::steady_clock, QDateTime and precise QTimers. Shared, never destroyed.
Clock &systemClock();

} // namespace plateau
