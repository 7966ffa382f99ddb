#include "core/metrics/saturation.h"

#include <QCoreApplication>
#include <QThread>

namespace plateau {

namespace {

struct Knee
{
    int good = -1; // index of the last good step; -1 when the first usable step is already bad
    int bad = -1;  // index of the first bad step; -1 = no knee
    KneeReason reason = KneeReason::None;
    bool confirmed = false;
};

bool usable(const StepResult &s)
{
    return s.completed >= kMinCompletedForKnee && s.users > 0;
}

// Why step k is bad against the good step p (p = -1: no earlier good step, so only the limits apply).
// Explicit limits come first: failures or slow answers usually are why QPS stopped growing.
KneeReason badAgainst(const std::vector<StepResult> &steps, int p, int k, const SaturationSettings &cfg)
{
    const StepResult &s = steps[static_cast<std::size_t>(k)];
    if (cfg.errorRateLimit > 0 && s.failureRate > cfg.errorRateLimit)
        return KneeReason::ErrorRate;
    if (cfg.p95LimitMs > 0 && s.latency.count > 0 && s.latency.p95Ms > cfg.p95LimitMs)
        return KneeReason::P95Limit;
    if (p >= 0 && cfg.flatFraction > 0) {
        const StepResult &g = steps[static_cast<std::size_t>(p)];
        if (s.users > g.users) {
            const double expected = g.qpsOk / g.users * (s.users - g.users);
            if (s.qpsOk - g.qpsOk < cfg.flatFraction * expected)
                return KneeReason::QpsFlat;
        }
    }
    return KneeReason::None;
}

Knee findKnee(const std::vector<StepResult> &steps, const SaturationSettings &cfg, bool needConfirmation)
{
    Knee candidate;
    int good = -1;
    for (int i = 0; i < static_cast<int>(steps.size()); ++i) {
        if (!usable(steps[static_cast<std::size_t>(i)]))
            continue;
        if (candidate.bad >= 0) {
            if (badAgainst(steps, candidate.good, i, cfg) != KneeReason::None) {
                candidate.confirmed = true;
                return candidate;
            }
            // The bad step was noise: this one is back on track and becomes the baseline.
            candidate = Knee{};
            good = i;
            continue;
        }
        const KneeReason r = badAgainst(steps, good, i, cfg);
        if (r == KneeReason::None) {
            good = i;
        } else {
            candidate.good = good;
            candidate.bad = i;
            candidate.reason = r;
        }
    }
    if (needConfirmation)
        return Knee{};
    return candidate;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("plateau::Saturation", text);
}

QString num(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals);
}

} // namespace

SaturationVerdict detectSaturation(const std::vector<StepResult> &steps, const SaturationSettings &settings,
                                   int generatorCores)
{
    SaturationVerdict v;
    int peak = -1;
    int lastUsable = -1;
    for (int i = 0; i < static_cast<int>(steps.size()); ++i) {
        const StepResult &s = steps[static_cast<std::size_t>(i)];
        if (s.completed == 0)
            continue;
        v.hasData = true;
        if (usable(s))
            lastUsable = i;
        v.peakQps = std::max(v.peakQps, s.qps);
        if (peak < 0 || s.qpsOk > steps[static_cast<std::size_t>(peak)].qpsOk)
            peak = i;
    }
    if (!v.hasData) {
        v.explanation = tr("No step completed a request, so there is no saturation verdict.");
        return v;
    }
    const StepResult &peakStep = steps[static_cast<std::size_t>(peak)];
    v.peakQpsOk = peakStep.qpsOk;
    v.usersAtPeak = peakStep.users;
    const QString peakText = tr("peak %1 QPS ok at %2 users").arg(num(v.peakQpsOk)).arg(v.usersAtPeak);

    const Knee knee = findKnee(steps, settings, false);
    if (knee.bad >= 0) {
        const StepResult &bad = steps[static_cast<std::size_t>(knee.bad)];
        const StepResult &kneeStep = steps[static_cast<std::size_t>(knee.good >= 0 ? knee.good : knee.bad)];
        v.kneeUsers = kneeStep.users;
        v.kneeStep = kneeStep.step;
        v.reason = knee.reason;
        switch (knee.reason) {
        case KneeReason::QpsFlat: {
            const double expected = kneeStep.qpsOk / kneeStep.users * (bad.users - kneeStep.users);
            v.explanation = tr("QPS flattened after %1 users: %1→%2 users added %3 QPS where linear scaling "
                               "predicts %4 (%5).")
                                .arg(kneeStep.users)
                                .arg(bad.users)
                                .arg(num(bad.qpsOk - kneeStep.qpsOk))
                                .arg(num(expected))
                                .arg(peakText);
            break;
        }
        case KneeReason::P95Limit:
            v.explanation =
                (knee.good >= 0 ? tr("Latency p95 crossed the %1 ms limit after %2 users: %3 ms at %4 "
                                     "users (%5).")
                                : tr("Latency p95 was over the %1 ms limit from the first step on: "
                                     "%2 users, %3 ms at %4 users (%5)."))
                    .arg(num(settings.p95LimitMs, 0))
                    .arg(kneeStep.users)
                    .arg(num(bad.latency.p95Ms, 0))
                    .arg(bad.users)
                    .arg(peakText);
            break;
        case KneeReason::ErrorRate:
            v.explanation =
                (knee.good >= 0 ? tr("The failure rate crossed the %1% limit after %2 users: %3% at "
                                     "%4 users (%5).")
                                : tr("The failure rate was over the %1% limit from the first step "
                                     "on: %2 users, %3% at %4 users (%5)."))
                    .arg(num(settings.errorRateLimit * 100))
                    .arg(kneeStep.users)
                    .arg(num(bad.failureRate * 100))
                    .arg(bad.users)
                    .arg(peakText);
            break;
        case KneeReason::None:
            break;
        }
    } else if (lastUsable >= 0) {
        v.explanation = tr("QPS kept scaling up to %1 users: no knee within the ramp (%2).")
                            .arg(steps[static_cast<std::size_t>(lastUsable)].users)
                            .arg(peakText);
    } else {
        v.explanation = tr("Too few requests completed per step to find a knee (%1).").arg(peakText);
    }

    // Generator saturation on any step up to what the verdict rests on makes the numbers a floor.
    const int cores = generatorCoreCount(generatorCores);
    const int last = std::max(peak, knee.bad);
    for (int i = 0; i <= last; ++i) {
        const StepResult &s = steps[static_cast<std::size_t>(i)];
        if (generatorSaturated(s, cores)) {
            v.generatorBound = true;
            v.explanation +=
                QLatin1Char(' ') +
                tr("The load generator itself was saturated at %1 users (CPU %2% of %3%, event-loop "
                   "lag up to %4 ms): these numbers are a floor, not the server's capacity.")
                    .arg(s.users)
                    .arg(num(s.generatorCpuPercent, 0))
                    .arg(100 * cores)
                    .arg(num(s.generatorLagMaxMs, 0));
            break;
        }
    }
    return v;
}

int generatorCoreCount(int generatorCores)
{
    return generatorCores > 0 ? generatorCores : std::max(1, QThread::idealThreadCount());
}

bool generatorSaturated(const StepResult &s, int generatorCores)
{
    const int cores = generatorCoreCount(generatorCores);
    return s.generatorCpuPercent >= kGeneratorCpuShare * 100.0 * cores ||
           s.generatorLagMaxMs > kGeneratorLagLimitMs;
}

bool shouldStopAtKnee(const std::vector<StepResult> &steps, const SaturationSettings &settings)
{
    return findKnee(steps, settings, true).confirmed;
}

} // namespace plateau
