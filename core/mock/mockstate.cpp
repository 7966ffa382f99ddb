#include "core/mock/mockstate.h"

#include <algorithm>

namespace plateau {

void MockAtomicCounters::raiseTo(Counter &c, std::uint64_t v)
{
    std::uint64_t cur = c.load(std::memory_order_relaxed);
    while (cur < v && !c.compare_exchange_weak(cur, v, std::memory_order_relaxed)) {
    }
}

void MockAtomicCounters::countStatus(int status)
{
    if (status >= 0 && status < int(byStatus.size()))
        inc(byStatus[size_t(status)]);
}

MockCounters MockAtomicCounters::snapshot(int inService, int queued) const
{
    auto ld = [](const Counter &c) {
        return c.load(std::memory_order_relaxed);
    };
    MockCounters m;
    m.connections = ld(connections);
    m.requests = ld(requests);
    m.invocations = ld(invocations);
    m.streamsCompleted = ld(streamsCompleted);
    m.nonStreaming = ld(nonStreaming);
    m.http429 = ld(http429);
    m.http500 = ld(http500);
    m.midStreamErrors = ld(midStreamErrors);
    m.stalls = ld(stalls);
    m.health = ld(health);
    m.badRequests = ld(badRequests);
    m.apiLogins = ld(apiLogins);
    m.apiSessions = ld(apiSessions);
    m.apiChats = ld(apiChats);
    m.loginsRefused = ld(loginsRefused);
    m.tokensRefused = ld(tokensRefused);
    m.sessionsRefused = ld(sessionsRefused);
    m.clientAborts = ld(clientAborts);
    m.stoppedInFlight = ld(stoppedInFlight);
    m.requestTimeouts = ld(requestTimeouts);
    m.deltasSent = ld(deltasSent);
    m.maxConcurrentSeen = ld(maxConcurrentSeen);
    m.maxQueuedSeen = ld(maxQueuedSeen);
    m.timedEvents = ld(timedEvents);
    m.lateEvents = ld(lateEvents);
    m.latenessSumUs = ld(latenessSumUs);
    m.maxLatenessUs = ld(maxLatenessUs);
    m.inFlight = std::uint64_t(std::max<std::int64_t>(0, inFlight.load(std::memory_order_relaxed)));
    m.inService = std::uint64_t(inService);
    m.queued = std::uint64_t(queued);
    for (size_t i = 0; i < byStatus.size(); ++i) {
        if (const auto n = ld(byStatus[i]))
            m.servedByStatus[int(i)] = n;
    }
    return m;
}

void MockAtomicCounters::reset(int inService, int queued)
{
    for (Counter *c : {&connections,    &requests,     &invocations,     &streamsCompleted, &nonStreaming,
                       &http429,        &http500,      &midStreamErrors, &stalls,           &health,
                       &badRequests,    &clientAborts, &stoppedInFlight, &requestTimeouts,  &deltasSent,
                       &apiLogins,      &apiSessions,  &apiChats,        &loginsRefused,    &tokensRefused,
                       &sessionsRefused})
        c->store(0, std::memory_order_relaxed);
    for (Counter &c : byStatus)
        c.store(0, std::memory_order_relaxed);
    // The high-water marks restart from what is live now. inFlight is a gauge of live requests and is kept:
    // reset while idle, or the outcomes of requests in flight at reset time break the invariant.
    maxConcurrentSeen.store(std::uint64_t(inService), std::memory_order_relaxed);
    maxQueuedSeen.store(std::uint64_t(queued), std::memory_order_relaxed);
}

namespace {

std::uint64_t splitmix64(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

} // namespace

MockInjection mockInjectionFor(const MockConfig &config, std::uint64_t requestIndex)
{
    if (config.http429Rate <= 0 && config.http500Rate <= 0 && config.midStreamErrorRate <= 0 &&
        config.stallRate <= 0)
        return MockInjection::None;
    const std::uint64_t h = splitmix64(splitmix64(config.seed) ^ requestIndex);
    const double u = double(h >> 11) * (1.0 / 9007199254740992.0); // [0, 1)
    double edge = config.http429Rate;
    if (u < edge)
        return MockInjection::Http429;
    edge += config.http500Rate;
    if (u < edge)
        return MockInjection::Http500;
    edge += config.midStreamErrorRate;
    if (u < edge)
        return MockInjection::MidStreamError;
    edge += config.stallRate;
    if (u < edge)
        return MockInjection::Stall;
    return MockInjection::None;
}

MockAdmission::MockAdmission(int maxConcurrent, MockAtomicCounters *counters)
    : m_max(maxConcurrent), m_counters(counters)
{}

bool MockAdmission::tryEnter(const Ticket &t)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_max <= 0 || m_closed || (m_inService < m_max && m_queue.empty())) {
        ++m_inService;
        MockAtomicCounters::raiseTo(m_counters->maxConcurrentSeen, std::uint64_t(m_inService));
        return true;
    }
    m_queue.push_back(t);
    MockAtomicCounters::raiseTo(m_counters->maxQueuedSeen, m_queue.size());
    return false;
}

bool MockAdmission::cancel(const Ticket &t)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = std::find_if(m_queue.begin(), m_queue.end(), [&](const Ticket &q) {
        return q.worker == t.worker && q.connectionId == t.connectionId;
    });
    if (it == m_queue.end())
        return false;
    m_queue.erase(it);
    return true;
}

void MockAdmission::release(std::vector<Ticket> &granted)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    --m_inService;
    while (!m_closed && !m_queue.empty() && (m_max <= 0 || m_inService < m_max)) {
        granted.push_back(m_queue.front());
        m_queue.pop_front();
        ++m_inService;
        MockAtomicCounters::raiseTo(m_counters->maxConcurrentSeen, std::uint64_t(m_inService));
    }
}

void MockAdmission::close()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_closed = true;
}

int MockAdmission::inService() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_inService;
}

int MockAdmission::queued() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return int(m_queue.size());
}

MockShared::MockShared(const MockConfig &c, MockAtomicCounters *k)
    : config(c), wire(MockWire::build(c)), counters(k), admission(c.maxConcurrent, k),
      accounts(c.accounts, c.seed), delayNs(std::int64_t(c.chunkDelayMs) * 1000000)
{}

} // namespace plateau
