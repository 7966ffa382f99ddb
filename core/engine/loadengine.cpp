#include "core/engine/loadengine.h"

#include "core/common/clock.h"
#include "core/common/durations.h"
#include "core/common/monoclock.h"
#include "core/engine/authheadersource.h"
#include "core/engine/loadshape.h"
#include "core/engine/worker.h"
#include "core/metrics/intervalaggregator.h"
#include "core/metrics/runobserver.h"
#include "core/metrics/saturation.h"
#include "core/metrics/slo.h"
#include "core/metrics/thresholds.h"
#include "core/plan/planio.h"

#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <map>

namespace plateau {

namespace {
constexpr int kControlTickMs = 50; // how often user counts follow the shape

void registerTypes()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    registerMetricTypes();
    qRegisterMetaType<std::shared_ptr<plateau::WorkerReport>>();
    qRegisterMetaType<plateau::ProbeResult>();
    qRegisterMetaType<std::shared_ptr<const plateau::RequestContext>>();
    qRegisterMetaType<std::vector<plateau::StepWindow>>();
    qRegisterMetaType<plateau::TargetPhase>();
    qRegisterMetaType<plateau::TargetOutcome>();
    qRegisterMetaType<plateau::RunOutcome>();
}
} // namespace

struct LoadEngine::Impl
{
    LoadEngine *q;
    TestPlan plan;
    EngineOptions options;
    std::vector<QThread *> threads;
    std::vector<Worker *> workers;
    RunOutcome outcome;
    QTimer controlTimer;
    QTimer snapshotTimer;
    bool running = false;
    bool stopRequested = false;
    bool stoppedForError = false; // the run folder failed: not the user's stop
    int stopExitCode = kExitInterrupted;

    // Current target.
    std::vector<int> targetOrder; // enabled targets, plan indices
    size_t cursor = 0;
    int target = -1;
    TargetPhase phase = TargetPhase::Pending;
    std::unique_ptr<LoadShape> shape;
    std::shared_ptr<AuthHeaderSource> auth;
    std::int64_t t0Ns = 0;
    int usersNow = 0;
    double rateNow = 0; // open loop
    std::uint64_t intervalLate = 0, intervalDropped = 0;
    std::vector<int> usersPerWorker;
    IntervalAggregator aggregator;
    StepAccumulator stepAcc;
    std::vector<StepResult> steps;
    int nextStepToClose = 0;
    double lastSnapshotS = 0;
    double intervalCpuSeconds = 0;
    double intervalLagMs = 0;
    int intervalInFlight = 0;
    int pendingReports = 0;
    bool finalCollect = false;
    bool targetCancelled = false;

    explicit Impl(LoadEngine *owner) : q(owner) {}

    // Where the load shape stands: the options' clock (a test's ManualClock moves it on), so users, steps
    // and the end of the load follow it. Requests are timed on the monotonic clock, always.
    Clock &clock() const { return options.clock ? *options.clock : systemClock(); }
    std::int64_t shapeT0Ns = 0;
    double nowS() const { return double(clock().nowNs() - shapeT0Ns) * 1e-9; }

    void startWorkers(int count)
    {
        TransportOptions topt;
        topt.connectTimeoutMs = msFromSeconds(plan.request.connectTimeoutS);
        topt.http2 = plan.request.http2;
        for (int i = 0; i < count; ++i) {
            auto *thread = new QThread;
            thread->setObjectName(QStringLiteral("plateau-worker-%1").arg(i));
            auto *w = new Worker(i, count, plan.request.transport, topt);
            w->moveToThread(thread);
            QObject::connect(w, &Worker::reported, q,
                             [this](std::shared_ptr<WorkerReport> r) { onReport(std::move(r)); });
            QObject::connect(w, &Worker::probeFinished, q,
                             [this](int, ProbeResult r) { onProbe(std::move(r)); });
            thread->start();
            threads.push_back(thread);
            workers.push_back(w);
        }
        usersPerWorker.assign(size_t(count), 0);
    }

    void stopWorkers()
    {
        for (Worker *w : workers)
            QMetaObject::invokeMethod(w, &Worker::shutdown, Qt::BlockingQueuedConnection);
        for (QThread *t : threads) {
            t->quit();
            t->wait();
        }
        for (Worker *w : workers)
            delete w;
        for (QThread *t : threads)
            delete t;
        workers.clear();
        threads.clear();
    }

    TargetOutcome &current() { return outcome.targets.back(); }

    void setPhase(TargetPhase p, const QString &detail)
    {
        phase = p;
        current().phase = p;
        if (!detail.isEmpty())
            current().detail = detail;
        emit q->phaseChanged(target, p, detail);
    }

    void nextTarget()
    {
        if (stopRequested || cursor >= targetOrder.size()) {
            // Targets never reached are reported as skipped, so the run folder lists every target.
            while (cursor < targetOrder.size()) {
                const int idx = targetOrder[cursor++];
                TargetOutcome o;
                o.target = idx;
                o.label = plan.targets[size_t(idx)].label;
                o.phase = TargetPhase::Skipped;
                o.detail = QStringLiteral("run stopped before this target");
                outcome.targets.push_back(o);
                for (RunObserver *obs : options.observers)
                    obs->targetSkipped(idx, plan.targets[size_t(idx)], QString(), o.detail);
                checkObservers();
                emit q->phaseChanged(idx, TargetPhase::Skipped, o.detail);
            }
            finishRun();
            return;
        }
        target = targetOrder[cursor++];
        const Target &t = plan.targets[size_t(target)];
        TargetOutcome o;
        o.target = target;
        o.label = t.label;
        outcome.targets.push_back(o);

        auth.reset();
        if (!t.authRef.isEmpty()) {
            QString err;
            if (options.authResolver)
                auth = options.authResolver(t.authRef, &err);
            if (!auth) {
                skipCurrent(
                    QStringLiteral("auth reference '%1' could not be resolved: %2")
                        .arg(t.authRef, err.isEmpty() ? QStringLiteral("no credentials configured") : err));
                return;
            }
        }
        if (auth) {
            setPhase(TargetPhase::HealthCheck, QStringLiteral("authenticating (%1)").arg(auth->method()));
            const int expected = target;
            auth->prepare(usersToPrepare(), [this, expected](bool ok, const QString &error) {
                if (target != expected || !running)
                    return; // a late answer for a target that is gone
                if (stopRequested) {
                    skipCurrent(QStringLiteral("run stopped"));
                } else if (!ok) {
                    skipCurrent(QStringLiteral("authentication failed: ") + error);
                } else {
                    emit q->message(QStringLiteral("%1: authenticated (%2)")
                                        .arg(plan.targets[size_t(target)].label, auth->method()));
                    startHealthCheck();
                }
            });
            return;
        }
        startHealthCheck();
    }

    // User ids are k * workers + worker: the largest id the shape can reach, plus one.
    std::uint32_t usersToPrepare() const
    {
        const int users = plan.profile.peakUsers();
        const int n = std::max(1, int(workers.size()));
        return std::uint32_t((users + n - 1) / n * n);
    }

    void startHealthCheck()
    {
        if (plan.health.enabled) {
            setPhase(TargetPhase::HealthCheck,
                     QStringLiteral("health check: a streaming request must reach [DONE]"));
            auto ctx = probeContext(plan.health.timeoutS);
            QMetaObject::invokeMethod(workers[0], "beginTarget", Qt::QueuedConnection,
                                      Q_ARG(std::shared_ptr<const plateau::RequestContext>, ctx),
                                      Q_ARG(std::vector<plateau::StepWindow>, {}));
            QMetaObject::invokeMethod(workers[0], "probe", Qt::QueuedConnection, Q_ARG(int, 1),
                                      Q_ARG(int, std::max(1, plan.health.attempts)),
                                      Q_ARG(int, msFromSeconds(plan.health.retryDelayS)));
        } else {
            startWarmup();
        }
    }

    std::shared_ptr<const RequestContext> probeContext(double totalTimeoutS)
    {
        TestPlan p = plan;
        p.request.totalTimeoutS = std::min(p.request.totalTimeoutS, totalTimeoutS);
        p.request.idleTimeoutS = std::min(p.request.idleTimeoutS, p.request.totalTimeoutS);
        p.profile.thinkMaxS = 0;
        return makeRequestContext(p, plan.targets[size_t(target)], auth, sessionPrefix());
    }

    QString authMethod() const { return auth ? auth->method() : QStringLiteral("none"); }

    QString sessionPrefix() const
    {
        return QStringLiteral("plateau-%1-u").arg(plan.targets[size_t(target)].label);
    }

    void skipCurrent(const QString &why)
    {
        setPhase(TargetPhase::Skipped, why);
        emit q->message(QStringLiteral("%1: skipped: %2").arg(plan.targets[size_t(target)].label, why));
        outcome.healthFailed = true;
        for (RunObserver *obs : options.observers)
            obs->targetSkipped(target, plan.targets[size_t(target)], authMethod(), why);
        checkObservers();
        emit q->targetFinished(current());
        QTimer::singleShot(0, q, [this] { nextTarget(); });
    }

    void onProbe(ProbeResult r)
    {
        if (stopRequested && phase != TargetPhase::Load) {
            setPhase(TargetPhase::Skipped, QStringLiteral("run stopped"));
            for (RunObserver *obs : options.observers)
                obs->targetSkipped(target, plan.targets[size_t(target)], authMethod(),
                                   QStringLiteral("run stopped"));
            emit q->targetFinished(current());
            nextTarget();
            return;
        }
        if (phase == TargetPhase::HealthCheck) {
            if (!r.ok) {
                const QString why = QStringLiteral("health check failed after %1 attempt(s): %2 (%3)")
                                        .arg(r.attempts)
                                        .arg(QString::fromLatin1(failureClassKey(r.last.failure)), r.detail);
                skipCurrent(why);
                return;
            }
            emit q->message(QStringLiteral("%1: health check passed (TTFT %2 ms, %3 deltas)")
                                .arg(plan.targets[size_t(target)].label)
                                .arg(double(r.last.ttftNs()) * 1e-6, 0, 'f', 1)
                                .arg(r.last.deltas));
            startWarmup();
        } else if (phase == TargetPhase::Warmup) {
            emit q->message(
                QStringLiteral("%1: warm-up %2")
                    .arg(plan.targets[size_t(target)].label,
                         r.ok ? QStringLiteral("done") : QStringLiteral("had failures: ") + r.detail));
            startLoad();
        }
    }

    void startWarmup()
    {
        if (plan.health.warmupRequests <= 0) {
            startLoad();
            return;
        }
        setPhase(TargetPhase::Warmup,
                 QStringLiteral("%1 sequential warm-up requests").arg(plan.health.warmupRequests));
        auto ctx = probeContext(plan.request.totalTimeoutS);
        QMetaObject::invokeMethod(workers[0], "beginTarget", Qt::QueuedConnection,
                                  Q_ARG(std::shared_ptr<const plateau::RequestContext>, ctx),
                                  Q_ARG(std::vector<plateau::StepWindow>, {}));
        QMetaObject::invokeMethod(workers[0], "probe", Qt::QueuedConnection,
                                  Q_ARG(int, plan.health.warmupRequests),
                                  Q_ARG(int, plan.health.warmupRequests), Q_ARG(int, 0));
    }

    void startLoad()
    {
        shape = std::make_unique<LoadShape>(plan.profile);
        aggregator = IntervalAggregator();
        stepAcc = StepAccumulator();
        steps.clear();
        nextStepToClose = 0;
        lastSnapshotS = 0;
        intervalCpuSeconds = 0;
        intervalLagMs = 0;
        usersNow = 0;
        rateNow = 0;
        std::fill(usersPerWorker.begin(), usersPerWorker.end(), 0);
        targetCancelled = false;
        finalCollect = false;
        pendingReports = 0;
        abortedBy = ThresholdAbort{};
        t0Ns = monotonicNs();
        shapeT0Ns = clock().nowNs();
        auto base = makeRequestContext(plan, plan.targets[size_t(target)], auth, sessionPrefix());
        auto ctx = std::make_shared<RequestContext>(*base);
        ctx->t0Ns = t0Ns;
        std::shared_ptr<const RequestContext> shared = ctx;
        for (Worker *w : workers)
            QMetaObject::invokeMethod(w, "beginTarget", Qt::QueuedConnection,
                                      Q_ARG(std::shared_ptr<const plateau::RequestContext>, shared),
                                      Q_ARG(std::vector<plateau::StepWindow>, shape->steps()));
        for (RunObserver *obs : options.observers)
            obs->targetStarted(target, plan.targets[size_t(target)], authMethod(), t0Ns);
        observedUsers.clear();
        setPhase(TargetPhase::Load, QStringLiteral("%1 s load shape").arg(shape->durationS(), 0, 'f', 0));
        controlTimer.start(kControlTickMs);
        snapshotTimer.start(options.snapshotIntervalMs);
        control();
        checkObservers(); // after the load phase is set up, so a failed target folder stops it cleanly
    }

    // An observer that cannot keep results (the run folder on a full disk) ends the run at once: the
    // endpoint is not kept under load for results that are lost. The run then exits with a run error.
    void checkObservers()
    {
        if (stoppedForError)
            return;
        QString err;
        for (const RunObserver *obs : options.observers)
            if (err.isEmpty())
                err = obs->error();
        if (err.isEmpty())
            return;
        stoppedForError = true;
        outcome.error = QStringLiteral("the results are incomplete: %1").arg(err);
        emit q->message(outcome.error + QStringLiteral("; stopping the run"));
        requestStop();
    }

    void requestStop()
    {
        if (!running || stopRequested)
            return;
        stopRequested = true;
        if (phase == TargetPhase::Load && !finalCollect)
            endLoad(true);
        else if (phase == TargetPhase::HealthCheck || phase == TargetPhase::Warmup)
            for (Worker *w : workers)
                QMetaObject::invokeMethod(w, &Worker::cancelAll, Qt::QueuedConnection);
    }

    void control()
    {
        if (phase != TargetPhase::Load || finalCollect)
            return;
        const double t = nowS();
        if (t >= shape->durationS() || stopRequested) {
            endLoad(stopRequested);
            return;
        }
        if (shape->isOpenLoop()) {
            const double rate = shape->arrivalRateAt(t);
            if (rate != rateNow) {
                rateNow = rate;
                const int n = int(workers.size());
                const int inFlightShare = std::max(1, plan.profile.maxInFlight / n);
                for (Worker *w : workers)
                    QMetaObject::invokeMethod(w, "setArrivalRate", Qt::QueuedConnection,
                                              Q_ARG(double, rate / n), Q_ARG(int, inFlightShare));
            }
            return;
        }
        const int users = shape->usersAt(t);
        // The users that really ran in each step's measured window: what the verdict reports.
        const int step = shape->stepAt(t);
        if (step >= 0 && t >= shape->steps()[size_t(step)].measuredS)
            observedUsers[step] = std::max(observedUsers[step], users);
        if (users != usersNow) {
            usersNow = users;
            const int n = int(workers.size());
            for (int i = 0; i < n; ++i) {
                const int share = users / n + (i < users % n ? 1 : 0);
                if (share != usersPerWorker[size_t(i)]) {
                    usersPerWorker[size_t(i)] = share;
                    QMetaObject::invokeMethod(workers[size_t(i)], "setUsers", Qt::QueuedConnection,
                                              Q_ARG(int, share));
                }
            }
        }
    }

    void requestCollect()
    {
        if (pendingReports > 0)
            return; // the previous collection is still on its way: never pile up
        pendingReports = int(workers.size());
        for (Worker *w : workers)
            QMetaObject::invokeMethod(w, &Worker::collect, Qt::QueuedConnection);
    }

    void endLoad(bool cancelled)
    {
        controlTimer.stop();
        snapshotTimer.stop();
        targetCancelled = cancelled;
        finalCollect = true;
        // In-flight requests at the end of the shape are cut, counted as cancelled: not server failures.
        for (Worker *w : workers)
            QMetaObject::invokeMethod(w, &Worker::cancelAll, Qt::QueuedConnection);
        if (pendingReports == 0)
            requestCollect();
        // else: the collection in flight completes, then onReport sees finalCollect and asks once more.
    }

    void onReport(std::shared_ptr<WorkerReport> r)
    {
        aggregator.addWorkerDelta(r->interval, r->started);
        for (auto &[step, set] : r->steps)
            stepAcc.add(step, set);
        intervalCpuSeconds += r->cpuSeconds;
        intervalLagMs = std::max(intervalLagMs, r->loopLagMaxMs);
        intervalInFlight += r->inFlight;
        intervalLate += r->lateDispatches;
        intervalDropped += r->droppedArrivals;
        intervalUsers += r->users;
        if (!r->records.empty())
            for (RunObserver *obs : options.observers)
                obs->requestsRecorded(r->records, r->details);
        checkObservers();
        if (--pendingReports > 0)
            return;
        if (finalCollect && !collectedAfterCancel) {
            // This collection may have been queued before cancelAll: ask once more, so that every cancelled
            // record is in before the last snapshot and the verdict.
            collectedAfterCancel = true;
            requestCollect();
            return;
        }
        emitSnapshot();
        const std::size_t closedBefore = steps.size();
        closeFinishedSteps(finalCollect);
        if (finalCollect) {
            finishTarget();
        } else if (phase == TargetPhase::Load && abortOnThreshold(closedBefore)) {
            // endLoad is on its way; the target ends as aborted.
        } else if (plan.profile.stopAtKnee && phase == TargetPhase::Load &&
                   shouldStopAtKnee(steps, plan.saturation)) {
            emit q->message(QStringLiteral("%1: knee confirmed, stopping the ramp as the plan asks")
                                .arg(plan.targets[size_t(target)].label));
            endLoad(false);
        }
    }
    bool collectedAfterCancel = false;
    ThresholdAbort abortedBy; // the abort_on_fail gate that ended this target's ramp, if one did

    // k6's abortOnFail, checked whenever steps close: step-scoped gates on the steps that just closed,
    // run-scoped ones on the load phase so far. A crossed gate ends this target's ramp at once; the run
    // goes on with the next target.
    bool abortOnThreshold(std::size_t firstNewStep)
    {
        if (steps.size() <= firstNewStep || std::none_of(plan.thresholds.begin(), plan.thresholds.end(),
                                                         [](const Threshold &t) { return t.abortOnFail; }))
            return false;
        const std::vector<StepResult> fresh(steps.begin() + std::ptrdiff_t(firstNewStep), steps.end());
        const double t = std::min(nowS(), shape->durationS());
        const StepResult soFar = makeStepResult(-1, usersNow, 0, t, aggregator.total());
        const ThresholdAbort a =
            checkAbortOnFail(plan.thresholds, fresh, soFar, detectSaturation(steps, plan.saturation));
        if (!a.triggered())
            return false;
        abortedBy = a;
        emit q->message(QStringLiteral("%1: %2: stopping the ramp as the plan asks (abort_on_fail)")
                            .arg(plan.targets[size_t(target)].label, abortText(a.result)));
        endLoad(false);
        return true;
    }

    // "threshold latency_p95_ms < 800 crossed at step 2 (40 users), actual 1210": the gate, where, how far.
    static QString abortText(const ThresholdResult &r)
    {
        return QStringLiteral("threshold %1 crossed %2, actual %3")
            .arg(thresholdExpression(r),
                 r.scope.isEmpty() ? QStringLiteral("on the load phase so far")
                                   : QStringLiteral("at ") + r.scope,
                 thresholdActualText(r));
    }

    void emitSnapshot()
    {
        const double t = std::min(nowS(), shape->durationS());
        const double span = std::max(1e-3, t - lastSnapshotS);
        GeneratorHealth g;
        g.cpuPercent = 100.0 * intervalCpuSeconds / span;
        g.loopLagMaxMs = intervalLagMs;
        g.inFlight = intervalInFlight;
        g.lateDispatches = intervalLate;
        g.droppedArrivals = intervalDropped;
        // Open loop has no user count of its own: report the users that exist (busy or idle).
        const int users = shape->isOpenLoop() ? intervalUsers : usersNow;
        IntervalSnapshot s = aggregator.takeSnapshot(target, lastSnapshotS, t, users, shape->stepAt(t), g);
        lastSnapshotS = t;
        intervalCpuSeconds = 0;
        intervalLagMs = 0;
        intervalInFlight = 0;
        intervalLate = intervalDropped = 0;
        intervalUsers = 0;
        stepCpu += g.cpuPercent * span;
        stepCpuSpan += span;
        stepLag = std::max(stepLag, g.loopLagMaxMs);
        for (RunObserver *obs : options.observers)
            obs->intervalRecorded(s, aggregator.total());
        checkObservers();
        emit q->snapshot(s);
    }
    double stepCpu = 0, stepCpuSpan = 0, stepLag = 0;
    int intervalUsers = 0;
    std::map<int, int> observedUsers; // step -> most users during its measured window

    void closeFinishedSteps(bool all)
    {
        // A crossed abort_on_fail gate ends the ramp at the step it was judged on: what the next step
        // measured before the stop took effect (a report's delay) is no step of this ramp.
        if (abortedBy.triggered())
            return;
        const auto &windows = shape->steps();
        const double t = nowS();
        while (nextStepToClose < int(windows.size())) {
            const StepWindow &w = windows[size_t(nextStepToClose)];
            const bool over = t >= w.endS;
            if (!over && !all)
                break;
            // A step cut short (stop, knee) is measured on the part that ran.
            const double end = over ? w.endS : std::max(w.measuredS, t);
            if (end <= w.measuredS) {
                nextStepToClose = int(windows.size());
                break;
            }
            // Closed loop: the users that ran, never the planned number (they differ when the ramp could
            // not reach it). Open loop has no user count of its own.
            const auto seen = observedUsers.find(w.step);
            const int users = shape->isOpenLoop() || seen == observedUsers.end() ? w.users : seen->second;
            StepResult sr = stepAcc.result(w.step, users, w.measuredS, end);
            sr.generatorCpuPercent = stepCpuSpan > 0 ? stepCpu / stepCpuSpan : 0;
            sr.generatorLagMaxMs = stepLag;
            stepCpu = stepCpuSpan = stepLag = 0;
            steps.push_back(sr);
            emit q->stepFinished(target, sr);
            ++nextStepToClose;
            if (!over)
                break;
        }
    }

    void finishTarget()
    {
        finalCollect = false;
        collectedAfterCancel = false;
        TargetOutcome &o = current();
        o.steps = steps;
        o.loadSeconds = std::min(nowS(), shape->durationS());
        o.verdict = detectSaturation(steps, plan.saturation);
        o.verdict.slo = evaluateSlo(steps, plan.slo);
        o.total = makeStepResult(-1, shape->steps().empty() ? 0 : shape->steps().back().users, 0,
                                 o.loadSeconds, aggregator.total());
        o.totalCancelled = aggregator.total().cancelled;
        o.totalStarted = aggregator.total().started;
        o.thresholds = evaluateThresholds(plan.thresholds, o.total, o.verdict, steps);
        QString phaseDetail = o.verdict.explanation;
        if (abortedBy.triggered()) {
            ThresholdResult &r = o.thresholds[size_t(abortedBy.index)];
            // The gate stopped the ramp, so it failed: a few requests that finished after the stop must
            // not turn it green again (a run-wide gate is judged on a little more data at the end).
            if (r.passed)
                r = abortedBy.result;
            r.aborted = true;
            o.abortedBy = thresholdExpression(r);
            o.detail = QStringLiteral("aborted: %1; the ramp stopped there").arg(abortText(abortedBy.result));
            phaseDetail = o.detail + QStringLiteral(". ") + phaseDetail;
            abortedBy = ThresholdAbort{};
        }
        for (const ThresholdResult &tr : o.thresholds)
            if (!tr.passed)
                outcome.thresholdsPassed = false;
        o.phase = targetCancelled ? TargetPhase::Cancelled : TargetPhase::Completed;
        for (RunObserver *obs : options.observers)
            obs->targetFinished(o, aggregator.total());
        checkObservers();
        emit q->phaseChanged(target, o.phase, phaseDetail);
        emit q->targetFinished(o);
        QTimer::singleShot(0, q, [this] { nextTarget(); });
    }

    void finishRun()
    {
        running = false;
        outcome.stoppedByUser = stopRequested && !stoppedForError;
        outcome.stopExitCode = stopExitCode;
        stopWorkers();
        for (RunObserver *obs : options.observers)
            obs->runFinished(outcome);
        emit q->finished(outcome);
    }
};

LoadEngine::LoadEngine(QObject *parent) : QObject(parent), d(std::make_unique<Impl>(this))
{
    registerTypes();
    connect(&d->controlTimer, &QTimer::timeout, this, [this] { d->control(); });
    connect(&d->snapshotTimer, &QTimer::timeout, this, [this] { d->requestCollect(); });
    d->controlTimer.setTimerType(Qt::PreciseTimer);
}

LoadEngine::~LoadEngine()
{
    if (d->running) {
        d->controlTimer.stop();
        d->snapshotTimer.stop();
        d->stopWorkers();
    }
}

bool LoadEngine::start(const TestPlan &plan, const EngineOptions &options, QString *error)
{
    auto fail = [error](const QString &e) {
        if (error)
            *error = e;
        return false;
    };
    if (d->running)
        return fail(tr("a run is already in progress"));
    const std::vector<PlanIssue> issues = validatePlan(plan);
    if (!issues.empty()) {
        QStringList lines;
        for (const PlanIssue &i : issues)
            lines << i.toString();
        return fail(tr("the plan has %n problem(s):\n", nullptr, int(issues.size())) +
                    lines.join(QLatin1Char('\n')));
    }
    d->plan = plan;
    d->options = options;
    d->outcome = RunOutcome{};
    d->stopRequested = false;
    d->stoppedForError = false;
    d->stopExitCode = kExitInterrupted;
    d->targetOrder.clear();
    d->cursor = 0;
    for (size_t i = 0; i < plan.targets.size(); ++i)
        if (plan.targets[i].enabled)
            d->targetOrder.push_back(int(i));
    const int threads =
        plan.engine.threads > 0 ? plan.engine.threads : std::max(1, QThread::idealThreadCount());
    d->startWorkers(threads);
    d->running = true;
    if (const QString caveat = transportCaveat(plan.request.transport); !caveat.isEmpty())
        QTimer::singleShot(0, this, [this, caveat] { emit message(tr("transport: %1").arg(caveat)); });
    QTimer::singleShot(0, this, [this] { d->nextTarget(); });
    return true;
}

void LoadEngine::stop()
{
    stopWithExitCode(kExitInterrupted);
}

void LoadEngine::stopWithExitCode(int exitCode)
{
    if (!d->running || d->stopRequested)
        return;
    d->stopExitCode = exitCode;
    emit message(tr("stopping: cancelling requests in flight and writing results"));
    d->requestStop();
}

bool LoadEngine::isRunning() const
{
    return d->running;
}

} // namespace plateau
