#include "core/engine/worker.h"

#include "core/common/monoclock.h"
#include "core/engine/transport.h"

#include <QTimer>
#include <algorithm>
#include <ctime>

namespace plateau {

namespace {
constexpr int kSweepMs = 50; // deadline checks and event-loop lag sampling

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}
} // namespace

Worker::Worker(int index, int workerCount, TransportKind kind, const TransportOptions &options)
    : m_index(index), m_workerCount(std::max(1, workerCount)), m_kind(kind), m_options(options),
      m_report(std::make_unique<WorkerReport>())
{}

Worker::~Worker() = default;

void Worker::ensureTransport()
{
    if (m_transport)
        return;
    // Created here, on the worker's own thread: QNAM and sockets must live where they are used.
    m_transport = makeTransport(m_kind, m_options);
    m_sweepTimer = new QTimer(this);
    m_sweepTimer->setInterval(kSweepMs);
    connect(m_sweepTimer, &QTimer::timeout, this, &Worker::sweep);
    m_sweepTimer->start();
    m_probeRetryTimer = new QTimer(this);
    m_probeRetryTimer->setSingleShot(true);
    connect(m_probeRetryTimer, &QTimer::timeout, this, &Worker::probeNext);
    m_lastSweepNs = monotonicNs();
    m_threadCpuAtReport = threadCpuSeconds();
}

std::unique_ptr<VirtualUser> Worker::makeUser(std::uint32_t id)
{
    VirtualUserHost *host = this; // private base: convert here, where it is accessible
    auto user = std::make_unique<VirtualUser>(host, id, std::uint32_t(m_index), m_transport->createClient());
    user->setContext(m_ctx);
    return user;
}

void Worker::beginTarget(std::shared_ptr<const RequestContext> context, std::vector<StepWindow> windows)
{
    ensureTransport();
    m_ctx = std::move(context);
    m_windows = std::move(windows);
    m_users.clear();
    m_retired.clear();
    m_idle.clear();
    m_ratePerS = 0;
    if (m_arrivalTimer)
        m_arrivalTimer->stop();
    m_nextUserId = 0;
    m_cancelling = false;
    m_report = std::make_unique<WorkerReport>();
    m_report->worker = m_index;
}

void Worker::setWindows(std::vector<StepWindow> windows)
{
    m_windows = std::move(windows);
}

void Worker::setUsers(int users)
{
    ensureTransport();
    users = std::max(0, users);
    while (int(m_users.size()) < users) {
        const auto id = std::uint32_t(m_nextUserId++) * std::uint32_t(m_workerCount) + std::uint32_t(m_index);
        m_users.push_back(makeUser(id));
        VirtualUser *u = m_users.back().get();
        if (u->startRequest())
            ++m_report->started;
    }
    // Users beyond the target finish their current request, then go (a step down never cuts a stream).
    while (int(m_users.size()) > users) {
        std::unique_ptr<VirtualUser> u = std::move(m_users.back());
        m_users.pop_back();
        // An open-loop user waiting for its next arrival must not be handed one once it is gone.
        m_idle.erase(std::remove(m_idle.begin(), m_idle.end(), u.get()), m_idle.end());
        if (u->busy()) {
            u->retiring = true;
            m_retired.push_back(std::move(u));
        }
    }
}

void Worker::setArrivalRate(double perSecond, int maxInFlight)
{
    ensureTransport();
    const bool starting = m_ratePerS <= 0 && perSecond > 0;
    m_ratePerS = std::max(0.0, perSecond);
    m_maxInFlight = std::max(1, maxInFlight);
    if (!m_arrivalTimer) {
        m_arrivalTimer = new QTimer(this);
        m_arrivalTimer->setSingleShot(true);
        m_arrivalTimer->setTimerType(Qt::PreciseTimer);
        connect(m_arrivalTimer, &QTimer::timeout, this, &Worker::arrive);
    }
    if (m_ratePerS <= 0) {
        m_arrivalTimer->stop();
        return;
    }
    if (starting)
        m_nextArrivalNs = monotonicNs();
    armArrivalTimer();
}

void Worker::armArrivalTimer()
{
    const std::int64_t waitNs = m_nextArrivalNs - monotonicNs();
    m_arrivalTimer->start(int(std::max<std::int64_t>(0, waitNs / 1'000'000)));
}

void Worker::arrive()
{
    if (m_ratePerS <= 0 || m_cancelling)
        return;
    const std::int64_t now = monotonicNs();
    const auto periodNs = std::int64_t(1e9 / m_ratePerS);
    // Every arrival that is due is sent now, stamped with the time it was due: latency from the intended
    // time then shows what a queueing generator would hide (coordinated omission).
    while (m_nextArrivalNs <= now) {
        const std::int64_t intended = m_nextArrivalNs;
        m_nextArrivalNs += periodNs;
        const int step = measuredStepAt(intended);
        if (now - intended > 10'000'000) {
            ++m_report->lateDispatches;
            if (step >= 0)
                ++m_report->arrivalsByStep[step].first;
        }
        VirtualUser *user = nullptr;
        if (!m_idle.empty()) {
            user = m_idle.back();
            m_idle.pop_back();
        } else if (int(m_users.size()) < m_maxInFlight) {
            const auto id =
                std::uint32_t(m_nextUserId++) * std::uint32_t(m_workerCount) + std::uint32_t(m_index);
            m_users.push_back(makeUser(id));
            user = m_users.back().get();
        } else {
            ++m_report->droppedArrivals;
            if (step >= 0)
                ++m_report->arrivalsByStep[step].second;
            continue;
        }
        if (user->startRequest(intended))
            ++m_report->started;
    }
    armArrivalTimer();
}

int Worker::measuredStepAt(std::int64_t ns) const
{
    if (!m_ctx)
        return -1;
    const double t = double(ns - m_ctx->t0Ns) * 1e-9;
    auto it = std::upper_bound(m_windows.begin(), m_windows.end(), t,
                               [](double v, const StepWindow &w) { return v < w.endS; });
    return it != m_windows.end() && t >= it->measuredS ? it->step : -1;
}

void Worker::scheduleNext(VirtualUser *user)
{
    const int think = user->thinkTimeMs();
    // Queued even without think time: a server that fails instantly must not recurse through the stack.
    QTimer::singleShot(think, this, [this, user] {
        // The user may have been retired or cancelled meanwhile: only start it if still active and idle.
        auto it =
            std::find_if(m_users.begin(), m_users.end(), [user](const auto &u) { return u.get() == user; });
        if (it == m_users.end() || user->busy() || m_cancelling)
            return;
        if (user->startRequest())
            ++m_report->started;
    });
}

void Worker::requestFinished(VirtualUser *user, const RequestRecord &record, const QString &detail)
{
    if (user == m_probeUser.get()) {
        // A journey's probe walks the steps before the key one (log in, open a session): only the key
        // step's answer is an attempt; a failed step before it is one too, with its reason.
        if (m_ctx && m_ctx->journey && record.ok() && !user->lastWasKey() && !m_cancelling) {
            QTimer::singleShot(0, this, [this] {
                if (m_probeUser && !m_probeUser->busy())
                    m_probeUser->startRequest();
            });
            return;
        }
        m_probeResult.last = record;
        m_probeResult.detail = detail;
        ++m_probeResult.attempts;
        if (record.ok()) {
            --m_probeRemaining;
        } else {
            --m_probeAttemptsLeft;
        }
        emit probeAttempted(m_index, m_probeResult);
        // A member timer, not a single shot: a stop must be able to cut the retry delay short.
        m_probeRetryTimer->start(record.ok() || m_cancelling ? 0 : m_probeRetryDelayMs);
        return;
    }
    WorkerReport &r = *m_report;
    RequestRecord rec = record;
    const double endS = double(rec.endNs - m_ctx->t0Ns) * 1e-9;
    auto it = std::upper_bound(m_windows.begin(), m_windows.end(), endS,
                               [](double v, const StepWindow &w) { return v < w.endS; });
    const int step = it == m_windows.end() ? int(m_windows.size()) - 1 : int(it - m_windows.begin());
    rec.step = std::uint32_t(std::max(0, step));
    // With a journey the steps and intervals are the key tag's; every record still goes out, with its tag.
    const bool key = !m_ctx->journey || int(rec.tag) == m_ctx->keyTag;
    if (key)
        r.interval.add(rec);
    if (key && step >= 0 && it != m_windows.end() && endS >= it->measuredS &&
        rec.failure != FailureClass::Cancelled) {
        if (r.steps.empty() || r.steps.back().first != step)
            r.steps.emplace_back(step, MetricSet{});
        r.steps.back().second.add(rec);
    }
    r.records.push_back(rec);
    // Parallel to records; only failures carry text (a null QString costs nothing).
    r.details.push_back(isServerFailure(rec.failure) ? detail : QString());

    if (user->retiring) {
        auto rit = std::find_if(m_retired.begin(), m_retired.end(),
                                [user](const auto &u) { return u.get() == user; });
        if (rit != m_retired.end()) {
            // Deleting the user from inside its own callback is unsafe: let the event loop do it.
            VirtualUser *raw = rit->release();
            m_retired.erase(rit);
            QTimer::singleShot(0, this, [raw] { delete raw; });
        }
        return;
    }
    if (m_cancelling)
        return;
    if (m_ratePerS > 0)
        m_idle.push_back(user); // open loop: wait for the next arrival
    else
        scheduleNext(user);
}

void Worker::collect()
{
    auto out = std::move(m_report);
    m_report = std::make_unique<WorkerReport>();
    m_report->worker = m_index;
    out->worker = m_index;
    out->users = int(m_users.size());
    out->inFlight =
        int(std::count_if(m_users.begin(), m_users.end(), [](const auto &u) { return u->busy(); })) +
        int(m_retired.size());
    const double cpu = threadCpuSeconds();
    out->cpuSeconds = cpu - m_threadCpuAtReport;
    m_threadCpuAtReport = cpu;
    emit reported(std::shared_ptr<WorkerReport>(out.release()));
}

void Worker::cancelAll()
{
    m_cancelling = true;
    m_ratePerS = 0;
    m_idle.clear();
    if (m_arrivalTimer)
        m_arrivalTimer->stop();
    // Cancelling records a Cancelled outcome through requestFinished, which may touch m_retired: move the
    // users out first.
    auto users = std::move(m_users);
    auto retired = std::move(m_retired);
    m_users.clear();
    m_retired.clear();
    for (auto &u : users)
        u->cancel();
    for (auto &u : retired) {
        u->retiring = false; // report it normally, don't try to find it in m_retired
        u->cancel();
    }
    users.clear();
    retired.clear();
    if (m_probeUser && m_probeUser->busy())
        m_probeUser->cancel();
    else if (m_probeUser && m_probeRetryTimer->isActive())
        m_probeRetryTimer->start(0); // waiting out a retry delay: end the probe now
}

void Worker::drain()
{
    cancelAll();
    m_cancelling = false;
}

void Worker::sweep()
{
    const std::int64_t now = monotonicNs();
    const double lagMs = double(now - m_lastSweepNs) * 1e-6 - kSweepMs;
    m_lastSweepNs = now;
    m_report->loopLagMaxMs = std::max(m_report->loopLagMaxMs, std::max(0.0, lagMs));
    // Deadline checks may finish users (and even retire them): iterate over a snapshot of raw pointers.
    std::vector<VirtualUser *> active;
    active.reserve(m_users.size() + m_retired.size() + 1);
    for (auto &u : m_users)
        if (u->busy())
            active.push_back(u.get());
    for (auto &u : m_retired)
        active.push_back(u.get());
    if (m_probeUser && m_probeUser->busy())
        active.push_back(m_probeUser.get());
    for (VirtualUser *u : active)
        u->checkDeadlines(now);
}

void Worker::probe(int requests, int attempts, int retryDelayMs)
{
    ensureTransport();
    // The probe is user 0 of its worker: with per-user logins it uses an account that was prepared.
    m_probeUser = makeUser(std::uint32_t(m_index));
    m_probeRemaining = std::max(1, requests);
    m_probeAttemptsLeft = std::max(1, attempts);
    m_probeRetryDelayMs = retryDelayMs;
    m_probeResult = ProbeResult{};
    probeNext();
}

void Worker::probeNext()
{
    if (!m_probeUser)
        return;
    if (m_probeRemaining <= 0 || m_probeAttemptsLeft <= 0 || m_cancelling) {
        m_probeResult.ok = m_probeRemaining <= 0;
        std::unique_ptr<VirtualUser> done = std::move(m_probeUser);
        QTimer::singleShot(0, this, [raw = done.release()] { delete raw; });
        emit probeFinished(m_index, m_probeResult);
        return;
    }
    m_probeUser->startRequest();
}

void Worker::shutdown()
{
    cancelAll();
    m_probeUser.reset();
    delete m_sweepTimer;
    m_sweepTimer = nullptr;
    m_transport.reset();
}

} // namespace plateau
