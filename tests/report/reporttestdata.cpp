#include "reporttestdata.h"

#include "core/metrics/saturation.h"
#include "core/metrics/slo.h"

#include <QFile>
#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>

namespace plateau::test {

namespace {

constexpr std::int64_t kNsPerMs = 1'000'000;
constexpr std::int64_t kNsPerS = 1'000'000'000;

struct Lcg
{
    std::uint64_t s;
    std::uint32_t next()
    {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::uint32_t>(s >> 33);
    }
    double unit() { return next() / 2147483648.0; }
};

Summary summaryOf(const Histogram &h)
{
    return summarize(h);
}

void fillSnapshot(IntervalSnapshot &s, const MetricSet &m)
{
    s.started = m.completed + m.cancelled;
    s.completed = m.completed;
    s.ok = m.ok;
    s.cancelled = m.cancelled;
    s.failures = m.failures;
    const double dt = s.tEndS - s.tStartS;
    s.qps = dt > 0 ? static_cast<double>(m.completed) / dt : 0;
    s.qpsOk = dt > 0 ? static_cast<double>(m.ok) / dt : 0;
    s.deltasPerS = dt > 0 ? static_cast<double>(m.deltas) / dt : 0;
    s.outputTokensPerS = dt > 0 ? static_cast<double>(m.outputTokens) / dt : 0;
    s.latency = summaryOf(m.latency);
    s.latencyIntended = summaryOf(m.latencyIntended);
    s.headers = summaryOf(m.headers);
    s.firstEvent = summaryOf(m.firstEvent);
    s.ttft = summaryOf(m.ttft);
    s.itl = summaryOf(m.itl);
    s.tpot = summaryOf(m.tpot);
}

} // namespace

TestPlan reportPlan(int targets)
{
    TestPlan p;
    p.name = QStringLiteral("report-test");
    const char *sizes[] = {"medium", "large", "medium", "large"};
    for (int i = 0; i < targets; ++i) {
        Target t;
        t.label = QStringLiteral("cfg-%1").arg(i + 1);
        t.url = QStringLiteral("https://app-%1.example.invalid").arg(i + 1);
        t.computeSize = QString::fromLatin1(sizes[i % 4]);
        t.workers = 2 + i;
        if (i == 0) {
            t.headers.push_back({QStringLiteral("Authorization"), QStringLiteral("Bearer sekret-token-123")});
            t.headers.push_back({QStringLiteral("X-Trace"), QStringLiteral("visible-value")});
            t.authRef = QStringLiteral("my-oauth");
        }
        p.targets.push_back(t);
    }
    p.profile().maxUsers = 50;
    p.profile().stepSize = 10;
    p.profile().stepDurationS = 6;
    p.profile().settleS = 2;
    p.thresholds.push_back({QStringLiteral("latency_p95_ms"), QStringLiteral("<"), 1200});
    return p;
}

SyntheticTarget makeTarget(int index, const SaturationSettings &sat, int steps, int stepS, double ceilingQps,
                           double settleS)
{
    SyntheticTarget out;
    Lcg rng{0x1234u + static_cast<std::uint64_t>(index) * 7919u};
    MetricSet cumulative;
    std::uint32_t worker = 0;
    for (int step = 0; step < steps; ++step) {
        const int users = 10 * (step + 1);
        // Closed loop, ~1 s latency that grows past the ceiling: QPS = min(users, ceiling).
        const double qps = std::min<double>(users, ceilingQps + index * 4.0);
        const double latencyMs = 800.0 * std::max(1.0, users / (ceilingQps + index * 4.0));
        MetricSet stepSet;
        for (int sec = 0; sec < stepS; ++sec) {
            const double t0 = step * stepS + sec;
            IntervalSnapshot snap;
            snap.target = index;
            snap.tStartS = t0;
            snap.tEndS = t0 + 1;
            snap.users = users;
            snap.step = step;
            MetricSet interval;
            std::vector<size_t> batch;
            const int n = static_cast<int>(qps);
            for (int k = 0; k < n; ++k) {
                RequestRecord r;
                const std::int64_t end =
                    kOriginNs + static_cast<std::int64_t>((t0 + (k + 0.5) / n) * kNsPerS);
                const auto lat = static_cast<std::int64_t>((latencyMs * (0.8 + 0.4 * rng.unit())) * kNsPerMs);
                r.endNs = end;
                r.sendNs = end - lat;
                r.intendedNs = r.sendNs - 50'000;
                r.headersNs = r.sendNs + 20 * kNsPerMs + (rng.next() % 1000) * 1000;
                r.firstEventNs = r.headersNs + 1 * kNsPerMs;
                r.firstDeltaNs = r.firstEventNs + 30 * kNsPerMs;
                r.deltas = 80;
                r.lastDeltaNs = r.endNs - 1 * kNsPerMs;
                // The second target's server reports usage (tokens/s), the first one's does not (deltas/s).
                r.outputTokens = index == 1 ? 120 : 0;
                r.bytes = 9000 + rng.next() % 500;
                r.userId = static_cast<std::uint32_t>(k % users);
                r.step = static_cast<std::uint32_t>(step);
                r.worker = worker++ % 2;
                r.httpStatus = 200;
                const std::uint32_t roll = rng.next() % 100;
                QString detail;
                if (roll < 3) {
                    r.failure = FailureClass::RateLimited;
                    r.httpStatus = 429;
                    r.retryAfterS = 2;
                    r.firstDeltaNs = r.lastDeltaNs = r.firstEventNs = 0;
                    r.deltas = 0;
                    r.outputTokens = 0;
                    detail = QStringLiteral("HTTP 429, \"slow down\"\nRetry-After: 2");
                } else if (roll < 5) {
                    r.failure = FailureClass::StreamError;
                    detail = QStringLiteral("data: {\"error\":\"upstream, overloaded\"}");
                } else if (roll == 5 && step == steps - 1 && sec == stepS - 1) {
                    r.failure = FailureClass::Cancelled;
                }
                if (isServerFailure(r.failure))
                    ++out.failedCount;
                if (r.failure == FailureClass::Cancelled)
                    ++out.cancelledCount;
                interval.add(r);
                if (sec >= settleS)
                    stepSet.add(r);
                batch.push_back(out.records.size());
                out.records.push_back(r);
                out.details.append(detail);
            }
            cumulative.merge(interval);
            fillSnapshot(snap, interval);
            snap.generator.cpuPercent = 12.5 + step;
            snap.generator.loopLagMaxMs = 0.75;
            snap.generator.inFlight = users;
            out.snapshots.push_back(snap);
            out.cumulative.push_back(cumulative);
            out.batches.push_back(batch);
        }
        StepResult r = makeStepResult(step, users, step * stepS + settleS, (step + 1) * stepS, stepSet);
        r.generatorCpuPercent = 12.5 + step;
        r.generatorLagMaxMs = 0.75;
        out.steps.push_back(r);
    }
    out.total = cumulative;
    out.verdict = detectSaturation(out.steps, sat);
    out.verdict.slo = evaluateSlo(out.steps, kReportSlo);
    return out;
}

void streamTarget(RunWriter &w, int index, const Target &t, const SyntheticTarget &s, bool finishIt)
{
    QString err;
    ASSERT_TRUE(w.beginTarget(index, t, kOriginNs, &err)) << err.toStdString();
    for (size_t i = 0; i < s.snapshots.size(); ++i) {
        const std::vector<size_t> &batch = s.batches[i];
        if (!batch.empty()) {
            QStringList details;
            for (size_t k : batch)
                details.append(s.details[static_cast<qsizetype>(k)]);
            // Batches are contiguous in the synthetic data.
            w.appendRequests(&s.records[batch.front()], batch.size(), &details);
        }
        w.appendInterval(s.snapshots[i], s.cumulative[i]);
    }
    if (finishIt) {
        ASSERT_TRUE(w.finishTarget(s.steps, s.verdict, s.total, QStringLiteral("completed"), &err))
            << err.toStdString();
    }
}

RunSummary engineSummary(const TestPlan &plan, const std::vector<SyntheticTarget> &targets)
{
    RunSummary s;
    s.status = QStringLiteral("completed");
    s.exitStatus = 0;
    s.exitReason = QStringLiteral("all thresholds passed");
    for (size_t i = 0; i < targets.size() && i < plan.targets.size(); ++i) {
        TargetSummary t;
        t.index = static_cast<int>(i);
        t.label = plan.targets[i].label;
        t.url = plan.targets[i].url;
        t.computeSize = plan.targets[i].computeSize;
        t.workers = plan.targets[i].workers;
        t.authMethod =
            plan.targets[i].authRef.isEmpty() ? QStringLiteral("none") : QStringLiteral("oauth-m2m");
        t.status = QStringLiteral("completed");
        t.verdict = targets[i].verdict;
        ThresholdResult th;
        th.metric = QStringLiteral("latency_p95_ms");
        th.op = QStringLiteral("<");
        th.limit = 1200;
        th.actual = summarize(targets[i].total.latency).p95Ms;
        th.passed = th.actual < th.limit;
        th.perStep = i == 1; // the flags of a gate travel with its result
        th.abortOnFail = i == 1;
        t.thresholds.push_back(th);
        if (!th.passed) { // what the engine does: a failed gate fails the run
            s.status = QStringLiteral("failed");
            s.exitStatus = 1;
            s.exitReason = QStringLiteral("a threshold failed");
        }
        s.targets.push_back(t);
    }
    return s;
}

QString writeRun(const QString &runsDir, const QString &name, const TestPlan &plan,
                 const std::vector<SyntheticTarget> &targets, RunSummary *summaryOut)
{
    RunWriter w;
    QString err;
    if (!w.open(runsDir, name, plan, &err)) {
        ADD_FAILURE() << err.toStdString();
        return QString();
    }
    for (size_t i = 0; i < targets.size(); ++i)
        streamTarget(w, static_cast<int>(i), plan.targets[i], targets[i]);
    const RunSummary s = engineSummary(plan, targets);
    if (!w.finish(s, &err)) {
        ADD_FAILURE() << err.toStdString();
        return QString();
    }
    if (summaryOut)
        *summaryOut = w.summary();
    return w.runDir();
}

TestPlan phasedPlan()
{
    TestPlan p = reportPlan(1);
    p.phases.clear();
    Phase ramp;
    ramp.name = QStringLiteral("ramp");
    ramp.profile.kind = ProfileKind::StepRamp;
    ramp.profile.maxUsers = 30;
    ramp.profile.stepSize = 10;
    ramp.profile.stepDurationS = 6;
    ramp.profile.settleS = 2;
    Phase sweep = ramp;
    sweep.name = QStringLiteral("sweep");
    sweep.profile.kind = ProfileKind::Sweep;
    sweep.profile.startRate = 20;
    sweep.profile.endRate = 40;
    Phase spike = ramp;
    spike.name = QStringLiteral("spike");
    spike.profile.kind = ProfileKind::Burst;
    Phase soak = ramp;
    soak.name = QStringLiteral("soak");
    soak.profile.kind = ProfileKind::Sustained;
    Phase confirm = soak;
    confirm.name = QStringLiteral("confirm");
    confirm.gate = true;
    p.phases = {ramp, sweep, spike, soak, confirm};
    p.thresholds.back().phase = QStringLiteral("soak");
    return p;
}

std::vector<PhaseOutcome> makePhased(SyntheticTarget &t)
{
    const int phaseOfStep[] = {0, 0, 0, 1, 1, 2, 3};
    const double rates[] = {0, 0, 0, 20, 30, 0, 0};
    for (StepResult &s : t.steps) {
        const int k = std::clamp(s.step, 0, 6);
        s.phase = phaseOfStep[k];
        s.offeredRate = rates[k];
        s.lateArrivals = s.phase == 1 ? std::uint64_t(3 * k) : 0;
        s.droppedArrivals = s.phase == 1 ? std::uint64_t(k - 2) : 0;
    }
    for (IntervalSnapshot &x : t.snapshots) {
        const int k = std::clamp(x.step, 0, 6);
        x.phase = phaseOfStep[k];
        x.offeredRate = rates[k];
        x.generator.droppedArrivals = x.phase == 1 ? 1 : 0;
    }
    const char *names[] = {"ramp", "sweep", "spike", "soak", "confirm"};
    const char *kinds[] = {"step_ramp", "sweep", "burst", "sustained", "sustained"};
    std::vector<PhaseOutcome> out;
    for (int i = 0; i < 5; ++i) {
        PhaseOutcome p;
        p.index = i;
        p.name = QString::fromLatin1(names[i]);
        p.kind = QString::fromLatin1(kinds[i]);
        std::vector<StepResult> own;
        for (const StepResult &s : t.steps)
            if (s.phase == i)
                own.push_back(s);
        if (own.empty()) {
            p.state = PhaseState::Skipped;
            p.reason = QStringLiteral("the phase \"soak\" before it failed its thresholds");
            out.push_back(p);
            continue;
        }
        p.state = PhaseState::Ran;
        p.firstStep = own.front().step;
        p.lastStep = own.back().step;
        p.startS = p.firstStep * 6.0;
        p.endS = (p.lastStep + 1) * 6.0;
        p.total = own.back();
        p.total.step = -1;
        p.total.completed = p.total.ok = 0;
        for (const StepResult &s : own) {
            p.total.completed += s.completed;
            p.total.ok += s.ok;
            p.lateArrivals += s.lateArrivals;
            p.droppedArrivals += s.droppedArrivals;
        }
        p.started = p.total.completed + 2;
        p.cancelled = 2;
        if (i == 0) {
            p.verdict = detectSaturation(own, SaturationSettings{});
            p.verdict.slo = evaluateSlo(own, kReportSlo);
        } else if (i == 1) {
            p.sweep.evaluated = p.sweep.found = true;
            p.sweep.bestLoad = 20;
            p.sweep.goodput = 19.5;
            p.sweep.brokeAt = 30;
            p.sweep.brokeBy = QStringLiteral("latency p95");
            p.sweep.probes = 2;
            p.sweep.explanation =
                QStringLiteral("goodput 19.5 req/s at 20.0 req/s; the SLO broke at 30.0 req/s (latency p95)");
        } else if (i == 2) {
            p.coldStart.evaluated = p.coldStart.penalty = true;
            p.coldStart.ttftCold.count = 40;
            p.coldStart.ttftCold.p95Ms = 1400;
            p.coldStart.ttftWarm.count = 200;
            p.coldStart.ttftWarm.p95Ms = 320;
            p.coldStart.failureRateCold = 0.1;
            p.coldStart.completedCold = 40;
            p.coldStart.completedWarm = 200;
            p.coldStart.explanation = QStringLiteral("Cold-start penalty: TTFT p95 1400 ms in the first 10 s "
                                                     "against 320 ms after, failures 10.0% against 0.0%.");
        } else {
            p.drift.evaluated = true;
            p.drift.drifting = true;
            p.drift.p95FirstMs = 900;
            p.drift.p95LastMs = 1300;
            p.drift.failureRateLast = 0.03;
            p.drift.explanation = QStringLiteral("Drifting: latency p95 900 ms in the first part against "
                                                 "1300 ms in the last, failures 0.0% against 3.0%.");
            ThresholdResult th;
            th.metric = QStringLiteral("latency_p95_ms");
            th.op = QStringLiteral("<");
            th.limit = 1200;
            th.actual = 1300;
            th.passed = false;
            th.phase = p.name;
            p.thresholds.push_back(th);
        }
        out.push_back(p);
    }
    return out;
}

QString writePhasedRun(const QString &runsDir, const QString &name, SyntheticTarget *targetOut,
                       std::vector<PhaseOutcome> *phasesOut)
{
    const TestPlan plan = phasedPlan();
    SyntheticTarget t = makeTarget(0, plan.saturation, 7);
    const std::vector<PhaseOutcome> phases = makePhased(t);
    t.verdict = phases[0].verdict;
    RunWriter w;
    QString err;
    if (!w.open(runsDir, name, plan, &err)) {
        ADD_FAILURE() << err.toStdString();
        return QString();
    }
    w.setPhases(0, phases);
    streamTarget(w, 0, plan.targets[0], t);
    RunSummary s = engineSummary(plan, {t});
    s.targets[0].thresholds = phases[3].thresholds;
    s.status = QStringLiteral("failed");
    s.exitStatus = 1;
    s.exitReason = QStringLiteral("a threshold failed");
    if (!w.finish(s, &err)) {
        ADD_FAILURE() << err.toStdString();
        return QString();
    }
    if (targetOut)
        *targetOut = t;
    if (phasesOut)
        *phasesOut = phases;
    return w.runDir();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

QStringList readLines(const QString &path)
{
    const QByteArray data = readFile(path);
    QStringList lines = QString::fromUtf8(data).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace plateau::test
