#pragma once
// State shared by the mock's worker threads: lock-free counters, the admission gate that gives the mock a
// known capacity (maxConcurrent slots and a FIFO queue), and the seeded per-request failure draw.

#include "core/mock/mockaccounts.h"
#include "core/mock/mockagent.h"
#include "core/mock/mockwire.h"

#include <QSslConfiguration>
#include <array>
#include <atomic>
#include <cstdint>
#include <deque>
#include <mutex>
#include <vector>

namespace plateau {

class MockWorker;

struct MockAtomicCounters
{
    using Counter = std::atomic<std::uint64_t>;
    Counter connections{0}, requests{0}, invocations{0}, streamsCompleted{0}, nonStreaming{0};
    Counter http429{0}, http500{0}, midStreamErrors{0}, stalls{0}, health{0}, badRequests{0};
    Counter clientAborts{0}, stoppedInFlight{0}, requestTimeouts{0}, deltasSent{0};
    Counter apiLogins{0}, apiSessions{0}, apiChats{0}, loginsRefused{0}, tokensRefused{0}, sessionsRefused{0};
    Counter maxConcurrentSeen{0}, maxQueuedSeen{0};
    Counter timedEvents{0}, lateEvents{0}, latenessSumUs{0}, maxLatenessUs{0};
    std::atomic<std::int64_t> inFlight{0}; // invocations with no outcome yet
    std::array<Counter, 600> byStatus{};   // responses started, by HTTP status

    static void inc(Counter &c) { c.fetch_add(1, std::memory_order_relaxed); }
    static void raiseTo(Counter &c, std::uint64_t v);
    void countStatus(int status);
    MockCounters snapshot(int inService, int queued) const;
    void reset(int inService, int queued);
};

enum class MockInjection
{
    None,
    Http429,
    Http500,
    MidStreamError,
    Stall,
};

// Deterministic for a given seed and request index, whichever thread serves the request: the index comes
// from one atomic sequence, the draw from a splitmix64 hash of (seed, index).
MockInjection mockInjectionFor(const MockConfig &config, std::uint64_t requestIndex);

// At most maxConcurrent invocations in service (0 = unlimited); the rest wait in arrival order. Grants go
// back to the owning worker by its id, so a worker can post them into its own thread.
class MockAdmission
{
public:
    struct Ticket
    {
        MockWorker *worker = nullptr;
        std::uint32_t slot = 0;
        std::uint64_t connectionId = 0;
    };

    MockAdmission(int maxConcurrent, MockAtomicCounters *counters);
    bool tryEnter(const Ticket &t); // true: a slot is held now; false: queued, a grant comes later
    // Removes a queued ticket; false when it had already been granted (the caller then holds a slot).
    bool cancel(const Ticket &t);
    // Frees one slot; appends the tickets that now get a slot (to be posted to their workers).
    void release(std::vector<Ticket> &granted);
    void close(); // stop: grant nothing more
    int inService() const;
    int queued() const;

private:
    mutable std::mutex m_mutex;
    const int m_max;
    MockAtomicCounters *m_counters;
    int m_inService = 0;
    std::deque<Ticket> m_queue;
    bool m_closed = false;
};

// Read-only after start (config, wire) plus the shared counters and admission gate.
struct MockShared
{
    MockConfig config;
    MockWire wire;
    MockAtomicCounters *counters = nullptr;
    MockAdmission admission;
    MockAccounts accounts;
    std::atomic<std::uint64_t> nextInvocation{0};
    std::int64_t delayNs = 0;
    bool tls = false;
    QSslConfiguration tlsConfiguration; // the server side's, when tls

    MockShared(const MockConfig &c, MockAtomicCounters *k);
};

} // namespace plateau
