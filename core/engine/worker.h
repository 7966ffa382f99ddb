#pragma once
// A Worker owns one QThread's worth of virtual users: its own event loop, its own Transport, its own
// metrics. The controller talks to it only through queued calls and gets a WorkerReport a few times a second.

#include "core/engine/loadshape.h"
#include "core/engine/requestcontext.h"
#include "core/engine/virtualuser.h"
#include "core/metrics/metricset.h"

#include <QObject>
#include <QStringList>
#include <map>
#include <memory>
#include <vector>

class QTimer;

namespace plateau {

class Transport;

struct WorkerReport
{
    int worker = 0;
    MetricSet interval;                           // requests finished since the last report
    std::vector<std::pair<int, MetricSet>> steps; // per step: finished inside the step's measured window
    std::vector<RequestRecord> records;
    QStringList details; // parallel to records: the failure text, empty for successes
    std::uint64_t started = 0;
    int inFlight = 0;
    int users = 0;
    double cpuSeconds = 0; // this thread's CPU time since the last report
    double loopLagMaxMs = 0;
    std::uint64_t lateDispatches = 0; // open loop
    std::uint64_t droppedArrivals = 0;
    // The same per step, by the arrival's intended time, counted inside the step's measured window only
    // (as the step's other figures): step -> (late, dropped).
    std::map<int, std::pair<std::uint64_t, std::uint64_t>> arrivalsByStep;
};

// Result of a health-check or warm-up probe.
struct ProbeResult
{
    bool ok = false;
    int attempts = 0;
    RequestRecord last;
    QString detail;
};

class Worker : public QObject, private VirtualUserHost
{
    Q_OBJECT
public:
    Worker(int index, int workerCount, TransportKind kind, const TransportOptions &options);
    ~Worker() override;

public slots:
    // All slots run on the worker's thread (queued from the controller).
    void beginTarget(std::shared_ptr<const plateau::RequestContext> context,
                     std::vector<plateau::StepWindow> windows);
    // Replaces the step windows records are counted in, keeping users and requests in flight (a sweep
    // appends its probes as it goes).
    void setWindows(std::vector<plateau::StepWindow> windows);
    void setUsers(int users);
    // Open loop: start requests at `perSecond` on a fixed schedule, whatever the answers do, with at most
    // maxInFlight at once (an arrival with no free user is dropped and counted). 0 stops arrivals.
    void setArrivalRate(double perSecond, int maxInFlight);
    void collect();
    void cancelAll(); // abort every request in flight, recording Cancelled, and drop the users
    void drain();     // the same, then take new users and arrivals again (a sweep between its probes)
    void probe(int requests, int attempts, int retryDelayMs); // sequential requests; emits probeFinished
    void shutdown(); // tear down users and transport before the thread quits

signals:
    void reported(std::shared_ptr<plateau::WorkerReport> report);
    // After each request of a probe, before any retry: the result so far (attempts made, the last record
    // and its detail), so a failed health-check attempt is reported when it happens, not after the retries.
    void probeAttempted(int worker, plateau::ProbeResult soFar);
    void probeFinished(int worker, plateau::ProbeResult result);

private:
    void requestFinished(VirtualUser *user, const RequestRecord &record, const QString &detail) override;
    void ensureTransport();
    void scheduleNext(VirtualUser *user);
    void sweep();
    void probeNext();
    void arrive();
    void armArrivalTimer();
    // The step whose measured window holds the monotonic time ns; -1 outside every one.
    int measuredStepAt(std::int64_t ns) const;
    std::unique_ptr<VirtualUser> makeUser(std::uint32_t id);

    int m_index;
    int m_workerCount;
    TransportKind m_kind;
    TransportOptions m_options;
    std::unique_ptr<Transport> m_transport;
    std::shared_ptr<const RequestContext> m_ctx;
    std::vector<StepWindow> m_windows;
    std::vector<std::unique_ptr<VirtualUser>> m_users;   // active, in id order
    std::vector<std::unique_ptr<VirtualUser>> m_retired; // finishing their last request
    std::uint32_t m_nextUserId = 0;
    std::unique_ptr<WorkerReport> m_report;
    QTimer *m_sweepTimer = nullptr;
    std::int64_t m_lastSweepNs = 0;
    double m_threadCpuAtReport = 0;
    bool m_cancelling = false;

    // Open-loop state.
    double m_ratePerS = 0;
    int m_maxInFlight = 0;
    std::int64_t m_nextArrivalNs = 0;
    QTimer *m_arrivalTimer = nullptr;
    std::vector<VirtualUser *> m_idle; // open loop: users waiting for the next arrival

    // Probe state.
    std::unique_ptr<VirtualUser> m_probeUser;
    int m_probeRemaining = 0;
    int m_probeAttemptsLeft = 0;
    int m_probeRetryDelayMs = 0;
    QTimer *m_probeRetryTimer = nullptr;
    ProbeResult m_probeResult;
    bool m_probeHealth = false;
};

} // namespace plateau

Q_DECLARE_METATYPE(std::shared_ptr<plateau::WorkerReport>)
Q_DECLARE_METATYPE(plateau::ProbeResult)
Q_DECLARE_METATYPE(std::shared_ptr<const plateau::RequestContext>)
Q_DECLARE_METATYPE(std::vector<plateau::StepWindow>)
