#include "core/engine/loadengine.h"

#include "core/common/clock.h"
#include "core/common/durations.h"
#include "core/common/monoclock.h"
#include "core/engine/authheadersource.h"
#include "core/engine/environmentcheck.h"
#include "core/engine/journeyrunner.h"
#include "core/engine/loadshape.h"
#include "core/engine/sweepsearch.h"
#include "core/engine/tagbreakdown.h"
#include "core/engine/tlscontext.h"
#include "core/engine/worker.h"
#include "core/metrics/intervalaggregator.h"
#include "core/metrics/phasejudge.h"
#include "core/metrics/phaseverdict.h"
#include "core/metrics/runobserver.h"
#include "core/metrics/saturation.h"
#include "core/metrics/slo.h"
#include "core/metrics/thresholds.h"
#include "core/plan/planio.h"
#include "core/plan/usersfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace plateau {

namespace {
constexpr int kControlTickMs = 50; // how often user counts follow the shape

// A sentence the engine says about a target, twice: its English source text for what observers keep
// (run.json stays English whatever the user's language) and its translation for what the front ends show.
struct EngineText
{
    QString english;
    QString shown;
};

// Text that is the same in every language (a label, a URL, a server's or a library's own words).
EngineText verbatim(const QString &text)
{
    return {text, text};
}

const QString &englishOf(const EngineText &t)
{
    return t.english;
}

const QString &shownOf(const EngineText &t)
{
    return t.shown;
}

// sourceText is marked where it is written with QT_TRANSLATE_NOOP("plateau::LoadEngine", ...), the context
// of LoadEngine::tr, so the catalogue has it. An argument that is itself an EngineText goes in English into
// the English sentence and translated into the translated one. The arguments are filled in one pass: a URL's
// %2F is never taken for a placeholder.
template <typename... Args> EngineText engineText(const char *sourceText, const Args &...args)
{
    const QString english = QString::fromUtf8(sourceText);
    const QString shown = QCoreApplication::translate("plateau::LoadEngine", sourceText);
    if constexpr (sizeof...(Args) == 0)
        return {english, shown};
    else
        return {english.arg(englishOf(args)...), shown.arg(shownOf(args)...)};
}

// Failure details may hold a server's text: a log line stays one line.
QString oneLine(const QString &text)
{
    return text.simplified();
}

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
    std::unique_ptr<LoadShape> shape; // the current phase's
    int phaseIdx = 0;
    std::vector<StepWindow> allWindows; // the step windows of the phases before the current one
    std::unique_ptr<SweepSearch> sweep;
    bool sweepAwaiting = false;
    std::unique_ptr<MetricSet> phaseSet; // what completed in the current phase (about 200 KiB: one)
    std::unique_ptr<PhaseWindows> phaseWindows;
    std::uint64_t phaseStarted = 0, phaseLate = 0, phaseDropped = 0;
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
    // Journeys: the accounts of the users file (read once per run), the current target's compiled steps,
    // the figures per tag, and the environment guard's pre-flight request.
    std::vector<UserAccount> accounts;
    std::shared_ptr<const JourneyContext> journey;
    TagBreakdown tags;
    EnvironmentCheck *environment = nullptr;
    bool guarding = false; // the environment check is in flight

    explicit Impl(LoadEngine *owner) : q(owner) {}

    // The request context of the current target for `p` (the plan, or one of its phases), with its journey.
    std::shared_ptr<RequestContext> contextFor(const TestPlan &p)
    {
        auto ctx = std::make_shared<RequestContext>(
            *makeRequestContext(p, plan.targets[size_t(target)], auth, sessionPrefix()));
        ctx->journey = journey;
        ctx->keyTag = plan.journey.keyTagIndex();
        return ctx;
    }

    // Where the load shape stands: the options' clock (a test's ManualClock moves it on), so users, steps
    // and the end of the load follow it. Requests are timed on the monotonic clock, always.
    Clock &clock() const { return options.clock ? *options.clock : systemClock(); }
    std::int64_t shapeT0Ns = 0;
    double nowS() const { return double(clock().nowNs() - shapeT0Ns) * 1e-9; }

    void startWorkers(int count)
    {
        const TransportOptions topt = transportOptionsFor(plan);
        for (int i = 0; i < count; ++i) {
            auto *thread = new QThread;
            thread->setObjectName(QStringLiteral("plateau-worker-%1").arg(i));
            auto *w = new Worker(i, count, plan.request.transport, topt);
            w->moveToThread(thread);
            QObject::connect(w, &Worker::reported, q,
                             [this](std::shared_ptr<WorkerReport> r) { onReport(std::move(r)); });
            QObject::connect(w, &Worker::probeAttempted, q,
                             [this](int, ProbeResult r) { onProbeAttempt(r); });
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

    void setPhase(TargetPhase p, const EngineText &detail)
    {
        phase = p;
        current().phase = p;
        if (!detail.shown.isEmpty()) {
            current().detail = detail.shown;
            current().detailSource = detail.english;
        }
        emit q->phaseChanged(target, p, detail.shown);
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
                const EngineText why =
                    engineText(QT_TRANSLATE_NOOP("plateau::LoadEngine", "run stopped before this target"));
                o.detail = why.shown;
                o.detailSource = why.english;
                outcome.targets.push_back(o);
                for (RunObserver *obs : options.observers)
                    obs->targetSkipped(idx, plan.targets[size_t(idx)], QString(), why.english);
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
        journey = makeJourneyContext(plan, t, accounts);
        tags.reset(plan.journey);
        auth.reset();
        if (plan.guard.enabled) {
            checkEnvironment();
            return;
        }
        authenticate();
    }

    // The environment guard: before any log-in or load, the target must say it is a test environment.
    void checkEnvironment()
    {
        const Target &t = plan.targets[size_t(target)];
        setPhase(
            TargetPhase::HealthCheck,
            engineText(QT_TRANSLATE_NOOP("plateau::LoadEngine", "checking for a test environment (%1 %2)"),
                       verbatim(plan.guard.field), verbatim(plan.guard.path)));
        if (!environment)
            environment = new EnvironmentCheck(q);
        environment->setTls(transportOptionsFor(plan));
        const int expected = target;
        guarding = true;
        environment->start(
            t, plan.guard, plan.health.timeoutS, [this, expected](const EnvironmentFinding &f) {
                if (target != expected || !running || !guarding)
                    return;
                guarding = false;
                const QString sentence = f.sentence(plan.guard);
                current().guardDetail = sentence;
                if (stopRequested) {
                    skipCurrent(engineText(QT_TRANSLATE_NOOP("plateau::LoadEngine", "run stopped")));
                    return;
                }
                if (f.matches) {
                    emit q->message(LoadEngine::tr("%1: test environment: %2")
                                        .arg(plan.targets[size_t(target)].label, sentence));
                    authenticate();
                    return;
                }
                if (options.allowNonTest) {
                    current().guardOverridden = true;
                    emit q->message(
                        LoadEngine::tr("%1: WARNING: not a test environment (%2); loading it anyway, "
                                       "as the run allows")
                            .arg(plan.targets[size_t(target)].label, sentence));
                    authenticate();
                    return;
                }
                outcome.guardRefused = true;
                skipCurrent(
                    engineText(QT_TRANSLATE_NOOP("plateau::LoadEngine",
                                                 "not a test environment: %1; nothing was sent to it "
                                                 "beyond this check. Start the run with --allow-non-test "
                                                 "(or confirm in the workbench) to load it anyway"),
                               verbatim(sentence)),
                    false, false);
            });
    }

    void authenticate()
    {
        const Target &t = plan.targets[size_t(target)];
        if (!t.authRef.isEmpty()) {
            QString err;
            if (options.authResolver)
                auth = options.authResolver(t.authRef, &err);
            if (!auth) {
                // The resolver's own error is English (core/auth); the sentence around it is translated.
                const EngineText reason =
                    err.isEmpty()
                        ? engineText(QT_TRANSLATE_NOOP("plateau::LoadEngine", "no credentials configured"))
                        : verbatim(err);
                skipCurrent(engineText(
                    QT_TRANSLATE_NOOP("plateau::LoadEngine", "auth reference '%1' could not be resolved: %2"),
                    verbatim(t.authRef), reason));
                return;
            }
        }
        if (auth) {
            setPhase(TargetPhase::HealthCheck,
                     engineText(QT_TRANSLATE_NOOP("plateau::LoadEngine", "authenticating (%1)"),
                                verbatim(auth->method())));
            const int expected = target;
            auth->prepare(usersToPrepare(), [this, expected](bool ok, const QString &error) {
                if (target != expected || !running)
                    return; // a late answer for a target that is gone
                if (stopRequested) {
                    skipCurrent(engineText(QT_TRANSLATE_NOOP("plateau::LoadEngine", "run stopped")));
                } else if (!ok) {
                    skipCurrent(
                        engineText(QT_TRANSLATE_NOOP("plateau::LoadEngine", "authentication failed: %1"),
                                   verbatim(error)));
                } else {
                    emit q->message(LoadEngine::tr("%1: authenticated (%2)")
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
        int users = 0;
        for (const Phase &ph : plan.phases)
            users = std::max(users, ph.profile.peakUsers());
        const int n = std::max(1, int(workers.size()));
        return std::uint32_t((users + n - 1) / n * n);
    }

    void startHealthCheck()
    {
        if (plan.health.enabled) {
            setPhase(TargetPhase::HealthCheck,
                     engineText(QT_TRANSLATE_NOOP("plateau::LoadEngine",
                                                  "health check: a streaming request must reach [DONE]")));
            auto ctx = probeContext(plan.health.timeoutS);
            // Where the probe goes, as the attempt lines name it: without user info and query, which may hold
            // a credential (the secret-name rule lives in report, which the engine does not link).
            healthUrl =
                ctx->url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
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
        p.profile().thinkMaxS = 0;
        return contextFor(p);
    }

    QString authMethod() const { return auth ? auth->method() : QStringLiteral("none"); }

    QString sessionPrefix() const
    {
        return QStringLiteral("plateau-%1-u").arg(plan.targets[size_t(target)].label);
    }

    // logged: the reason is in the log already, line by line (a failed health check's attempts), so the skip
    // adds no line of its own.
    void skipCurrent(const EngineText &why, bool logged = false, bool healthFailed = true)
    {
        setPhase(TargetPhase::Skipped, why);
        if (!logged)
            emit q->message(
                LoadEngine::tr("%1: skipped: %2").arg(plan.targets[size_t(target)].label, why.shown));
        if (healthFailed)
            outcome.healthFailed = true;
        for (RunObserver *obs : options.observers)
            obs->targetSkipped(target, plan.targets[size_t(target)], authMethod(), why.english);
        checkObservers();
        emit q->targetFinished(current());
        QTimer::singleShot(0, q, [this] { nextTarget(); });
    }

    int healthAttempts() const { return std::max(1, plan.health.attempts); }
    QString healthUrl;

    // One line per failed attempt, as it fails: attempt n/N, where it went and why.
    void onProbeAttempt(const ProbeResult &r)
    {
        if (phase != TargetPhase::HealthCheck || r.last.ok() || r.last.failure == FailureClass::Cancelled)
            return;
        emit q->message(LoadEngine::tr("%1: health check attempt %2/%3 to %4 failed: %5: %6")
                            .arg(plan.targets[size_t(target)].label, QString::number(r.attempts),
                                 QString::number(healthAttempts()), healthUrl,
                                 QString::fromLatin1(failureClassKey(r.last.failure)), oneLine(r.detail)));
    }

    void onProbe(ProbeResult r)
    {
        if (stopRequested && phase != TargetPhase::Load) {
            const EngineText why = engineText(QT_TRANSLATE_NOOP("plateau::LoadEngine", "run stopped"));
            setPhase(TargetPhase::Skipped, why);
            for (RunObserver *obs : options.observers)
                obs->targetSkipped(target, plan.targets[size_t(target)], authMethod(), why.english);
            emit q->targetFinished(current());
            nextTarget();
            return;
        }
        if (phase == TargetPhase::HealthCheck) {
            if (!r.ok) {
                // The target's one summary line; each attempt has had its own line already.
                skipCurrent(
                    engineText(QT_TRANSLATE_NOOP("plateau::LoadEngine",
                                                 "health check failed %1 of %2 attempts to %3: %4: %5"),
                               verbatim(QString::number(r.attempts)),
                               verbatim(QString::number(healthAttempts())), verbatim(healthUrl),
                               verbatim(QString::fromLatin1(failureClassKey(r.last.failure))),
                               verbatim(oneLine(r.detail))),
                    true);
                return;
            }
            emit q->message(LoadEngine::tr("%1: health check passed (TTFT %2 ms, %3 deltas)")
                                .arg(plan.targets[size_t(target)].label,
                                     QString::number(double(r.last.ttftNs()) * 1e-6, 'f', 1),
                                     QString::number(r.last.deltas)));
            startWarmup();
        } else if (phase == TargetPhase::Warmup) {
            const QString label = plan.targets[size_t(target)].label;
            emit q->message(
                r.ok ? LoadEngine::tr("%1: warm-up done").arg(label)
                     : LoadEngine::tr("%1: warm-up had failures: %2").arg(label, oneLine(r.detail)));
            startLoadOnSchedule();
        }
    }

    // Shards start their load together: the health check and the warm-up are done before the agreed time.
    QTimer scheduleTimer;
    void startLoadOnSchedule()
    {
        const qint64 wait = options.startAtMsSinceEpoch - QDateTime::currentMSecsSinceEpoch();
        if (wait <= 0) {
            startLoad();
            return;
        }
        emit q->message(LoadEngine::tr("%1: waiting %2 s for the shards' common start at %3")
                            .arg(plan.targets[size_t(target)].label,
                                 QString::number(double(wait) / 1000, 'f', 1),
                                 QDateTime::fromMSecsSinceEpoch(options.startAtMsSinceEpoch, QTimeZone::utc())
                                     .toString(Qt::ISODateWithMs)));
        scheduleTimer.setSingleShot(true);
        scheduleTimer.start(int(std::min<qint64>(wait, std::numeric_limits<int>::max())));
    }

    void startWarmup()
    {
        if (plan.health.warmupRequests <= 0) {
            startLoadOnSchedule();
            return;
        }
        setPhase(TargetPhase::Warmup,
                 engineText(QT_TRANSLATE_NOOP("plateau::LoadEngine", "%1 sequential warm-up requests"),
                            verbatim(QString::number(plan.health.warmupRequests))));
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
        aggregator = IntervalAggregator();
        stepAcc = StepAccumulator();
        steps.clear();
        allWindows.clear();
        arrivalsByStep.clear();
        shape.reset();
        lastSnapshotS = 0;
        intervalCpuSeconds = 0;
        intervalLagMs = 0;
        targetCancelled = false;
        finalCollect = false;
        pendingReports = 0;
        abortedBy = ThresholdAbort{};
        t0Ns = monotonicNs();
        shapeT0Ns = clock().nowNs();
        TargetOutcome &o = current();
        o.phases.clear();
        for (std::size_t i = 0; i < plan.phases.size(); ++i) {
            PhaseOutcome po;
            po.index = int(i);
            po.name = plan.phases[i].name;
            po.kind = profileKindName(plan.phases[i].profile.kind);
            o.phases.push_back(po);
        }
        for (RunObserver *obs : options.observers)
            obs->targetStarted(target, plan.targets[size_t(target)], authMethod(), t0Ns);
        setPhase(TargetPhase::Load,
                 engineText(QT_TRANSLATE_NOOP("plateau::LoadEngine", "%1 s load shape"),
                            verbatim(QString::number(estimatedTargetSeconds(plan.phases), 'f', 0))));
        beginPhase(0);
        checkObservers(); // after the load phase is set up, so a failed target folder stops it cleanly
    }

    // A plan holding only phase i: the request context takes its think time from "the" profile.
    TestPlan planForPhase(int i) const
    {
        TestPlan p = plan;
        p.phases = {plan.phases[size_t(i)]};
        return p;
    }

    // Starts phase i, or the first one after it whose gate is open; ends the target when none is left.
    void beginPhase(int i)
    {
        TargetOutcome &o = current();
        for (; i < int(plan.phases.size()); ++i) {
            if (!plan.phases[size_t(i)].gate || i == 0)
                break;
            const PhaseOutcome &prev = o.phases[size_t(i - 1)];
            if (prev.ran() && prev.thresholdsPassed())
                break;
            PhaseOutcome &po = o.phases[size_t(i)];
            po.state = PhaseState::Skipped;
            po.startS = po.endS = nowS();
            po.reason = prev.ran() ? QStringLiteral("gate closed: phase %1 failed its thresholds (%2)")
                                         .arg(prev.name, failedThresholds(prev))
                                   : QStringLiteral("gate closed: phase %1 did not run").arg(prev.name);
            emit q->message(QStringLiteral("%1: phase %2 skipped: %3")
                                .arg(plan.targets[size_t(target)].label, po.name, po.reason));
        }
        if (i >= int(plan.phases.size())) {
            finishTarget();
            return;
        }
        phaseIdx = i;
        const Phase &ph = plan.phases[size_t(i)];
        PhaseOutcome &po = o.phases[size_t(i)];
        po.state = PhaseState::Ran;
        po.startS = nowS();
        shape = std::make_unique<LoadShape>(ph.profile, po.startS, int(allWindows.size()), i, options.shard);
        sweep.reset();
        sweepAwaiting = false;
        if (ph.profile.kind == ProfileKind::Sweep) {
            sweep = std::make_unique<SweepSearch>(ph.profile, plan.slo);
            shape->appendProbe(sweep->firstLoad(), po.startS);
        }
        const double planned = estimatedTargetSeconds(ph.profile);
        phaseSet = std::make_unique<MetricSet>();
        phaseWindows.reset();
        if (ph.profile.kind == ProfileKind::Burst)
            phaseWindows = std::make_unique<PhaseWindows>(PhaseWindows::coldStart(planned));
        else if (ph.profile.kind == ProfileKind::Sustained || ph.profile.kind == ProfileKind::ConstantRate)
            phaseWindows = std::make_unique<PhaseWindows>(PhaseWindows::equalParts(planned));
        phaseStarted = phaseLate = phaseDropped = 0;
        stepCpu = stepCpuSpan = stepLag = 0;
        nextStepToClose = 0;
        observedUsers.clear();
        usersNow = 0;
        rateNow = 0;
        std::fill(usersPerWorker.begin(), usersPerWorker.end(), 0);
        finalCollect = false;
        phaseCancelled = false;
        draining = false;
        drained = false;
        auto ctx = contextFor(planForPhase(i));
        ctx->t0Ns = t0Ns;
        tags.beginPhase();
        std::shared_ptr<const RequestContext> shared = ctx;
        const std::vector<StepWindow> windows = windowsSoFar();
        for (Worker *w : workers)
            QMetaObject::invokeMethod(w, "beginTarget", Qt::QueuedConnection,
                                      Q_ARG(std::shared_ptr<const plateau::RequestContext>, shared),
                                      Q_ARG(std::vector<plateau::StepWindow>, windows));
        if (plan.phases.size() > 1)
            emit q->message(LoadEngine::tr("%1: phase %2/%3 %4: %5, about %6 s")
                                .arg(plan.targets[size_t(target)].label, QString::number(i + 1),
                                     QString::number(plan.phases.size()), ph.name,
                                     profileKindName(ph.profile.kind), QString::number(planned, 'f', 0)));
        controlTimer.start(kControlTickMs);
        snapshotTimer.start(options.snapshotIntervalMs);
        control();
    }

    // Every step window of the target so far: the phases that ran and the current one. A worker counts a
    // record in the window its end falls in, by index, and windows are numbered from 0 across phases.
    std::vector<StepWindow> windowsSoFar() const
    {
        std::vector<StepWindow> w = allWindows;
        w.insert(w.end(), shape->steps().begin(), shape->steps().end());
        return w;
    }

    static QString failedThresholds(const PhaseOutcome &po)
    {
        QStringList failed;
        for (const ThresholdResult &r : po.thresholds)
            if (!r.passed)
                failed << thresholdExpression(r);
        return failed.join(QStringLiteral(", "));
    }

    std::vector<Threshold> phaseThresholds() const
    {
        return plateau::phaseThresholds(plan.thresholds, plan.phases[size_t(phaseIdx)].name);
    }

    std::vector<StepResult> phaseSteps() const
    {
        std::vector<StepResult> out;
        for (const StepResult &s : steps)
            if (s.phase == phaseIdx)
                out.push_back(s);
        return out;
    }

    SaturationVerdict phaseVerdict(const std::vector<StepResult> &ps) const
    {
        return phaseSaturation(plan.phases[size_t(phaseIdx)].profile, ps, plan.saturation);
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
        outcome.error = QStringLiteral("the results are incomplete: %1").arg(err); // run.json: English
        emit q->message(LoadEngine::tr("the results are incomplete: %1; stopping the run").arg(err));
        requestStop();
    }

    void requestStop()
    {
        if (!running || stopRequested)
            return;
        stopRequested = true;
        if (scheduleTimer.isActive()) {
            // Nothing is in flight while the shard waits for the common start.
            scheduleTimer.stop();
            skipCurrent(engineText(QT_TRANSLATE_NOOP("plateau::LoadEngine", "run stopped")));
        } else if (guarding) {
            // The environment check is the only thing in flight: end it now, not at its timeout.
            guarding = false;
            environment->cancel();
            skipCurrent(engineText(QT_TRANSLATE_NOOP("plateau::LoadEngine", "run stopped")));
        } else if (phase == TargetPhase::Load && !finalCollect)
            endPhase(true);
        else if (phase == TargetPhase::HealthCheck || phase == TargetPhase::Warmup)
            for (Worker *w : workers)
                QMetaObject::invokeMethod(w, &Worker::cancelAll, Qt::QueuedConnection);
    }

    void control()
    {
        if (phase != TargetPhase::Load || finalCollect)
            return;
        const double t = nowS();
        if (stopRequested) {
            endPhase(true);
            return;
        }
        if (draining) {
            // Judged on the regular snapshots: collecting faster would cut the time series into slivers.
            if ((drainCollects > 0 && lastInFlight == 0) || t >= drainDeadlineS) {
                draining = false;
                endPhase(false);
            }
            return;
        }
        if (t >= shape->endS()) {
            if (!sweep) {
                if (phaseIdx + 1 < int(plan.phases.size()))
                    startDrain(t);
                else
                    endPhase(false);
                return;
            }
            // The probe is over: its step closes with the next collection, which decides the next probe.
            // Until then the load stays as it is.
            if (!sweepAwaiting) {
                sweepAwaiting = true;
                requestCollect();
            }
            return;
        }
        if (shape->isOpenLoop()) {
            const double rate = shape->arrivalRateAt(t);
            if (rate != rateNow) {
                rateNow = rate;
                const int n = int(workers.size());
                const int inFlightShare = inFlightPerWorker(n);
                for (Worker *w : workers)
                    QMetaObject::invokeMethod(w, "setArrivalRate", Qt::QueuedConnection,
                                              Q_ARG(double, rate / n), Q_ARG(int, inFlightShare));
            }
            return;
        }
        const int users = shape->usersAt(t);
        // The users that really ran in each step's measured window: what the verdict reports.
        const int k = shape->stepAt(t);
        if (k >= 0 && t >= shape->steps()[size_t(k)].measuredS) {
            const int step = shape->steps()[size_t(k)].step;
            observedUsers[step] = std::max(observedUsers[step], users);
        }
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

    // Between two phases, as k6's gracefulStop between scenarios: no new request starts, and those in
    // flight may finish (up to the request's total timeout, at most kPhaseGraceS) rather than be cut. Only
    // then does the next phase begin, from no load. The last phase of a target is cut as before.
    static constexpr double kPhaseGraceS = 30;
    bool draining = false;
    bool drained = false; // this phase ran on past its shape's end: a sweep's probe judged, or a drain
    // Where the phase's clock stands: its shape ends the phase, unless it ran on past that end.
    double phaseNowS() const { return sweep || drained ? nowS() : std::min(nowS(), shape->endS()); }
    double drainDeadlineS = 0;
    int drainCollects = 0;
    int lastInFlight = -1;
    void startDrain(double t)
    {
        draining = true;
        drained = true;
        drainDeadlineS = t + std::min(kPhaseGraceS, plan.request.totalTimeoutS);
        drainCollects = 0;
        lastInFlight = -1;
        usersNow = 0;
        rateNow = 0;
        std::fill(usersPerWorker.begin(), usersPerWorker.end(), 0);
        const int n = int(workers.size());
        const int inFlightShare = inFlightPerWorker(n);
        // Arrivals stop first, then the users go (those busy finish their request).
        for (Worker *w : workers) {
            QMetaObject::invokeMethod(w, "setArrivalRate", Qt::QueuedConnection, Q_ARG(double, 0.0),
                                      Q_ARG(int, inFlightShare));
            QMetaObject::invokeMethod(w, "setUsers", Qt::QueuedConnection, Q_ARG(int, 0));
        }
    }

    // Open loop: the requests one of n workers may have in flight, from this shard's share of the phase's.
    int inFlightPerWorker(int n) const
    {
        return std::max(1, options.shard.shareOfUsers(plan.phases[size_t(phaseIdx)].profile.maxInFlight) / n);
    }

    void requestCollect()
    {
        if (pendingReports > 0)
            return; // the previous collection is still on its way: never pile up
        pendingReports = int(workers.size());
        for (Worker *w : workers)
            QMetaObject::invokeMethod(w, &Worker::collect, Qt::QueuedConnection);
    }

    // Ends the current phase: in-flight requests are cut (cancelled, not failures), the last reports are
    // collected, then finishPhase judges it.
    void endPhase(bool cancelled)
    {
        draining = false;
        controlTimer.stop();
        snapshotTimer.stop();
        phaseCancelled = cancelled;
        if (cancelled)
            targetCancelled = true;
        finalCollect = true;
        // In-flight requests at the end of the shape are cut, counted as cancelled: not server failures.
        for (Worker *w : workers)
            QMetaObject::invokeMethod(w, &Worker::cancelAll, Qt::QueuedConnection);
        if (pendingReports == 0)
            requestCollect();
        // else: the collection in flight completes, then onReport sees finalCollect and asks once more.
    }
    bool phaseCancelled = false;

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
        phaseStarted += r->started;
        for (const auto &[step, counts] : r->arrivalsByStep) {
            arrivalsByStep[step].first += counts.first;
            arrivalsByStep[step].second += counts.second;
        }
        for (const RequestRecord &rec : r->records)
            tags.add(rec);
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
            finishPhase();
        } else if (phase == TargetPhase::Load && abortOnThreshold(closedBefore)) {
            // endPhase is on its way; the target ends as aborted.
        } else if (phase == TargetPhase::Load && sweepDone) {
            sweepDone = false;
            endPhase(false);
        } else if (plan.phases[size_t(phaseIdx)].profile.stopAtKnee && phase == TargetPhase::Load &&
                   plan.phases[size_t(phaseIdx)].profile.ramps() &&
                   shouldStopAtKnee(stepsByLoad(phaseSteps()), plan.saturation)) {
            emit q->message(LoadEngine::tr("%1: knee confirmed, stopping the ramp as the plan asks")
                                .arg(plan.targets[size_t(target)].label));
            endPhase(false);
        }
    }
    bool collectedAfterCancel = false;
    ThresholdAbort abortedBy; // the abort_on_fail gate that ended this target's ramp, if one did

    // k6's abortOnFail, checked whenever steps close: step-scoped gates on the steps that just closed,
    // run-scoped ones on the load phase so far. A crossed gate ends this target's ramp at once; the run
    // goes on with the next target.
    bool abortOnThreshold(std::size_t firstNewStep)
    {
        const std::vector<Threshold> gates = phaseThresholds();
        if (steps.size() <= firstNewStep ||
            std::none_of(gates.begin(), gates.end(), [](const Threshold &t) { return t.abortOnFail; }))
            return false;
        const std::vector<StepResult> fresh(steps.begin() + std::ptrdiff_t(firstNewStep), steps.end());
        const double t = nowS();
        const double from = current().phases[size_t(phaseIdx)].startS;
        const StepResult soFar = makeStepResult(-1, usersNow, from, t, *phaseSet);
        const ThresholdAbort a = checkAbortOnFail(gates, fresh, soFar, phaseVerdict(phaseSteps()));
        if (!a.triggered())
            return false;
        abortedBy = a;
        emit q->message(QStringLiteral("%1: %2: stopping the ramp as the plan asks (abort_on_fail)")
                            .arg(plan.targets[size_t(target)].label, abortText(a.result)));
        endPhase(false);
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
        // A sweep's probe may run on past its end while its step is judged: its time is real time.
        const double t = phaseNowS();
        const double span = std::max(1e-3, t - lastSnapshotS);
        GeneratorHealth g;
        g.cpuPercent = 100.0 * intervalCpuSeconds / span;
        g.loopLagMaxMs = intervalLagMs;
        g.inFlight = intervalInFlight;
        g.lateDispatches = intervalLate;
        g.droppedArrivals = intervalDropped;
        // Open loop has no user count of its own: report the users that exist (busy or idle).
        const int users = shape->isOpenLoop() ? intervalUsers : usersNow;
        const double phaseStart = current().phases[size_t(phaseIdx)].startS;
        phaseSet->merge(aggregator.interval());
        if (phaseWindows)
            phaseWindows->add(lastSnapshotS - phaseStart, t - phaseStart, aggregator.interval());
        const int k = shape->stepAt(t);
        const int step = k >= 0 ? shape->steps()[size_t(k)].step : int(allWindows.size());
        *lastInterval = aggregator.interval(); // takeSnapshot starts the next one
        IntervalSnapshot s = aggregator.takeSnapshot(target, lastSnapshotS, t, users, step, g);
        s.phase = phaseIdx;
        s.offeredRate = shape->isOpenLoop() ? rateNow : 0;
        s.tags = tags.takeInterval(span);
        phaseLate += g.lateDispatches;
        phaseDropped += g.droppedArrivals;

        lastSnapshotS = t;
        lastInFlight = intervalInFlight;
        if (draining)
            ++drainCollects;
        intervalCpuSeconds = 0;
        intervalLagMs = 0;
        intervalInFlight = 0;
        intervalLate = intervalDropped = 0;
        intervalUsers = 0;
        stepCpu += g.cpuPercent * span;
        stepCpuSpan += span;
        stepLag = std::max(stepLag, g.loopLagMaxMs);
        for (RunObserver *obs : options.observers) {
            obs->intervalSetRecorded(s, *lastInterval);
            obs->intervalRecorded(s, aggregator.total());
        }
        checkObservers();
        emit q->snapshot(s);
    }
    std::unique_ptr<MetricSet> lastInterval = std::make_unique<MetricSet>(); // the raw set of a snapshot
    double stepCpu = 0, stepCpuSpan = 0, stepLag = 0;
    std::map<int, std::pair<std::uint64_t, std::uint64_t>> arrivalsByStep; // step -> (late, dropped)
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
            sr.phase = phaseIdx;
            sr.offeredRate = w.rate;
            sr.lateArrivals = arrivalsByStep[w.step].first;
            sr.droppedArrivals = arrivalsByStep[w.step].second;
            sr.generatorCpuPercent = stepCpuSpan > 0 ? stepCpu / stepCpuSpan : 0;
            sr.generatorLagMaxMs = stepLag;
            stepCpu = stepCpuSpan = stepLag = 0;
            steps.push_back(sr);
            static const MetricSet kNothing; // a step in which nothing completed
            const MetricSet *set = stepAcc.stepSet(w.step);
            for (RunObserver *obs : options.observers)
                obs->stepSetRecorded(target, sr, set ? *set : kNothing);
            emit q->stepFinished(target, sr);
            ++nextStepToClose;
            if (sweep && over && !all)
                nextProbe(w, sr);
            if (!over)
                break;
        }
    }

    // A sweep's probe closed: the search says what to probe next, from now on, or that it is over.
    void nextProbe(const StepWindow &w, const StepResult &sr)
    {
        const double load = sweep->next(w.rate > 0 ? w.rate : double(w.users), sr).value_or(-1);
        sweepAwaiting = false;
        const QString label = plan.targets[size_t(target)].label;
        const QString why = sweep->breach(sr);
        const QString was = w.rate > 0 ? QStringLiteral("%1 req/s").arg(w.rate, 0, 'f', 1)
                                       : QStringLiteral("%1 users").arg(w.users);
        emit q->message(QStringLiteral("%1: sweep probe %2: %3")
                            .arg(label, was,
                                 why.isEmpty() ? QStringLiteral("within the SLO")
                                               : QStringLiteral("broke the SLO (%1)").arg(why)));
        if (load < 0) {
            sweepDone = true; // onReport ends the phase once this report is handled
            return;
        }
        // Each probe starts from an empty server: what queued beyond the capacity in the probe before must
        // not be blamed on a lower load (GuideLLM runs each rate as a benchmark of its own). The requests cut
        // here are cancelled, outside any measured window.
        for (Worker *wk : workers)
            QMetaObject::invokeMethod(wk, &Worker::drain, Qt::QueuedConnection);
        usersNow = 0;
        rateNow = 0;
        std::fill(usersPerWorker.begin(), usersPerWorker.end(), 0);
        shape->appendProbe(load, nowS());
        const std::vector<StepWindow> windows = windowsSoFar();
        for (Worker *wk : workers)
            QMetaObject::invokeMethod(wk, "setWindows", Qt::QueuedConnection,
                                      Q_ARG(std::vector<plateau::StepWindow>, windows));
    }
    bool sweepDone = false;

    // The phase's last reports are in: judge it, then go on with the next phase or end the target.
    void finishPhase()
    {
        finalCollect = false;
        collectedAfterCancel = false;
        TargetOutcome &o = current();
        PhaseOutcome &po = o.phases[size_t(phaseIdx)];
        const LoadProfile &profile = plan.phases[size_t(phaseIdx)].profile;
        po.endS = phaseNowS();
        const std::vector<StepResult> ps = phaseSteps();
        if (!ps.empty()) {
            po.firstStep = ps.front().step;
            po.lastStep = ps.back().step;
        }
        po.total = makeStepResult(-1, ps.empty() ? 0 : ps.back().users, po.startS, po.endS, *phaseSet);
        po.total.phase = phaseIdx;
        po.total.lateArrivals = phaseLate;
        po.total.droppedArrivals = phaseDropped;
        po.started = phaseStarted;
        po.cancelled = phaseSet->cancelled;
        po.lateArrivals = phaseLate;
        po.droppedArrivals = phaseDropped;
        po.verdict = phaseVerdict(ps);
        po.verdict.slo = evaluateSlo(ps, plan.slo);
        if (sweep) {
            // A sweep's knee is where the SLO broke, not where the endpoint stopped keeping up: its verdict
            // says what the search found.
            po.sweep = sweep->verdict();
            applySweepVerdict(po, ps);
        }
        if (phaseWindows && profile.kind == ProfileKind::Burst)
            po.coldStart = coldStartVerdict(*phaseWindows);
        else if (phaseWindows)
            po.drift = driftVerdict(*phaseWindows);
        po.tags = tags.phase(po.startS, po.endS);
        po.thresholds = judgeThresholds(po, ps);
        if (abortedBy.triggered()) {
            // The gate stopped the ramp, so it failed: a few requests that finished after the stop must
            // not turn it green again (a run-wide gate is judged on a little more data at the end).
            ThresholdResult &r = po.thresholds[size_t(abortedBy.index)];
            if (r.passed) {
                r = abortedBy.result;
                r.phase = po.name;
            }
            r.aborted = true;
            o.abortedBy = thresholdExpression(r);
            o.detail = QStringLiteral("aborted: %1; the ramp stopped there").arg(abortText(abortedBy.result));
        }
        po.state = phaseCancelled ? PhaseState::Cancelled : PhaseState::Ran;
        for (RunObserver *obs : options.observers)
            obs->phaseSetRecorded(target, po, *phaseSet);
        // The windows of the steps that closed stay, the last one ending where the phase ended, so the next
        // phase's windows follow on in time and in number (a ramp stopped at its knee never ran the rest).
        const std::size_t closed = std::min(ps.size(), shape->steps().size());
        for (std::size_t k = 0; k < closed; ++k) {
            StepWindow w = shape->steps()[k];
            w.endS = std::min(w.endS, std::max(w.measuredS, po.endS));
            allWindows.push_back(w);
        }
        if (plan.phases.size() > 1)
            emit q->message(QStringLiteral("%1: phase %2 done: %3")
                                .arg(plan.targets[size_t(target)].label, po.name, phaseSentence(po)));
        const bool more = phaseIdx + 1 < int(plan.phases.size());
        if (more && !stopRequested && !targetCancelled && !abortedBy.triggered()) {
            beginPhase(phaseIdx + 1);
            return;
        }
        const QString why = abortedBy.triggered()
                                ? QStringLiteral("the target was aborted by %1").arg(o.abortedBy)
                                : QStringLiteral("run stopped");
        for (std::size_t i = size_t(phaseIdx) + 1; i < o.phases.size(); ++i)
            o.phases[i].reason = why;
        finishTarget();
    }

    // The phase's gates, in plan order (abort_on_fail indexes them).
    std::vector<ThresholdResult> judgeThresholds(const PhaseOutcome &po,
                                                 const std::vector<StepResult> &ps) const
    {
        return judgePhaseThresholds(phaseThresholds(), po, ps);
    }

    static void applySweepVerdict(PhaseOutcome &po, const std::vector<StepResult> &ps)
    {
        SaturationVerdict &v = po.verdict;
        const SweepVerdict &sw = po.sweep;
        v.explanation = sw.explanation;
        if (!sw.found || sw.brokeAt <= 0) {
            v.kneeStep = -1;
            v.kneeUsers = 0;
            v.kneeRate = 0;
            v.reason = KneeReason::None;
            return;
        }
        for (const StepResult &s : ps) {
            const double load = sw.rate ? s.offeredRate : double(s.users);
            if (load == sw.bestLoad) {
                v.kneeStep = s.step;
                v.kneeUsers = sw.rate ? 0 : s.users;
                v.kneeRate = sw.rate ? s.offeredRate : 0;
            }
        }
        v.reason = sw.brokeBy == QLatin1String("latency p95") || sw.brokeBy == QLatin1String("TTFT p95")
                       ? KneeReason::P95Limit
                   : sw.brokeBy == QLatin1String("failure rate") ? KneeReason::ErrorRate
                                                                 : KneeReason::QpsFlat;
    }

    // The one sentence a phase's kind is judged by.
    static QString phaseSentence(const PhaseOutcome &po)
    {
        if (po.sweep.evaluated)
            return po.sweep.explanation;
        if (po.coldStart.evaluated)
            return po.coldStart.explanation;
        if (po.drift.evaluated)
            return po.drift.explanation;
        return po.verdict.explanation;
    }

    void finishTarget()
    {
        finalCollect = false;
        collectedAfterCancel = false;
        TargetOutcome &o = current();
        o.steps = steps;
        o.loadSeconds = nowS();
        for (const PhaseOutcome &po : o.phases)
            if (po.ran())
                o.loadSeconds = po.endS;
        // The verdict belongs to the phase that ramps; without one, to the last phase that ran.
        const PhaseOutcome *judged = judgedPhase(plan.phases, o.phases);
        o.verdict = judged ? judged->verdict : detectSaturation({}, plan.saturation);
        if (!judged)
            o.verdict.slo = evaluateSlo({}, plan.slo);
        o.total =
            makeStepResult(-1, steps.empty() ? 0 : steps.back().users, 0, o.loadSeconds, aggregator.total());
        o.totalCancelled = aggregator.total().cancelled;
        o.tags = tags.target(o.loadSeconds);
        o.totalStarted = aggregator.total().started;
        o.thresholds.clear();
        for (const PhaseOutcome &po : o.phases)
            o.thresholds.insert(o.thresholds.end(), po.thresholds.begin(), po.thresholds.end());
        QString phaseDetail = o.verdict.explanation;
        if (abortedBy.triggered()) {
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
    connect(&d->scheduleTimer, &QTimer::timeout, this, [this] { d->startLoad(); });
    d->scheduleTimer.setTimerType(Qt::PreciseTimer);
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
    if (options.shard.sharded())
        if (const QString why = shardRefusal(plan); !why.isEmpty())
            return fail(tr("--shard %1: %2").arg(options.shard.text(), why));
    d->plan = plan;
    // The chosen threshold set's gates are judged beside the plan's own, in that order.
    d->plan.thresholds = activeThresholds(plan);
    // A CA file or client pair that OpenSSL cannot use would fail every https request: say so now.
    if (const QString tlsError = checkTlsFiles(transportOptionsFor(plan)); !tlsError.isEmpty())
        return fail(tlsError);
    d->accounts.clear();
    if (!plan.journey.usersFile.isEmpty()) {
        const UsersFileResult users = loadUsersFile(plan.journey.usersFile);
        if (!users.ok())
            return fail(tr("journey.users_file: %1").arg(users.error));
        if (users.users.empty())
            return fail(tr("journey.users_file: %1 holds no account").arg(plan.journey.usersFile));
        d->accounts = users.users;
    }
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
