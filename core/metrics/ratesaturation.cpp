// detectRateSaturation (core/metrics/saturation.h): the knee of an arrival-rate ramp.
#include "core/metrics/saturation.h"

#include <QCoreApplication>

namespace plateau {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("plateau::Saturation", text);
}

QString num(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals);
}

double p95Of(const StepResult &s)
{
    return s.latencyIntended.count > 0 ? s.latencyIntended.p95Ms : s.latency.p95Ms;
}

} // namespace

bool keptUpWithArrivals(const StepResult &s)
{
    if (!(s.offeredRate > 0))
        return true;
    const double window = s.windowEndS - s.windowStartS;
    const double offered = s.offeredRate * window;
    if (offered > 0 && double(s.droppedArrivals) > 0.01 * offered)
        return false;
    const Summary &lat = s.latencyIntended.count > 0 ? s.latencyIntended : s.latency;
    const double atTheEdge = s.offeredRate * lat.meanMs / 1000 + 2;
    return offered - double(s.completed) <= std::max((1 - kKeptUpShare) * offered, atTheEdge);
}

namespace {

KneeReason badStep(const StepResult &s, const SaturationSettings &cfg)
{
    if (cfg.errorRateLimit > 0 && s.failureRate > cfg.errorRateLimit)
        return KneeReason::ErrorRate;
    if (cfg.p95LimitMs > 0 && s.latency.count > 0 && p95Of(s) > cfg.p95LimitMs)
        return KneeReason::P95Limit;
    if (!keptUpWithArrivals(s))
        return KneeReason::QpsFlat;
    return KneeReason::None;
}

} // namespace

SaturationVerdict detectRateSaturation(const std::vector<StepResult> &steps,
                                       const SaturationSettings &settings, int generatorCores)
{
    SaturationVerdict v;
    v.openLoop = true;
    int peak = -1;
    for (int i = 0; i < int(steps.size()); ++i) {
        const StepResult &s = steps[std::size_t(i)];
        if (s.completed == 0)
            continue;
        v.hasData = true;
        v.peakQps = std::max(v.peakQps, s.qps);
        if (peak < 0 || s.qpsOk > steps[std::size_t(peak)].qpsOk)
            peak = i;
    }
    if (!v.hasData) {
        v.explanation = tr("No step completed a request, so there is no saturation verdict.");
        return v;
    }
    const StepResult &peakStep = steps[std::size_t(peak)];
    v.peakQpsOk = peakStep.qpsOk;
    v.rateAtPeak = peakStep.offeredRate;
    const QString peakText =
        tr("peak %1 QPS ok at %2 req/s offered").arg(num(v.peakQpsOk)).arg(num(peakStep.offeredRate));

    int good = -1, bad = -1;
    KneeReason reason = KneeReason::None;
    for (int i = 0; i < int(steps.size()); ++i) {
        const StepResult &s = steps[std::size_t(i)];
        if (s.completed < kMinCompletedForKnee)
            continue;
        const KneeReason r = badStep(s, settings);
        if (bad >= 0) {
            if (r != KneeReason::None)
                break; // confirmed
            bad = -1;  // one noisy step
            reason = KneeReason::None;
            good = i;
            continue;
        }
        if (r == KneeReason::None)
            good = i;
        else {
            bad = i;
            reason = r;
        }
    }
    if (bad >= 0) {
        const StepResult &b = steps[std::size_t(bad)];
        const StepResult &k = steps[std::size_t(good >= 0 ? good : bad)];
        v.kneeStep = k.step;
        v.kneeRate = good >= 0 ? k.offeredRate : 0;
        v.reason = reason;
        const QString at = tr("%1 req/s").arg(num(b.offeredRate));
        QString what;
        switch (reason) {
        case KneeReason::ErrorRate:
            what = tr("the failure rate was %1%").arg(num(b.failureRate * 100));
            break;
        case KneeReason::P95Limit:
            what =
                tr("latency p95 was %1 ms (limit %2 ms)").arg(num(p95Of(b), 0), num(settings.p95LimitMs, 0));
            break;
        default:
            what = tr("it served %1 req/s (%2% of the offered rate), %3 arrivals dropped")
                       .arg(num(b.qps))
                       .arg(num(b.offeredRate > 0 ? 100 * b.qps / b.offeredRate : 0, 0))
                       .arg(b.droppedArrivals);
            break;
        }
        v.explanation = good >= 0
                            ? tr("The endpoint kept up with the arrival rate up to %1 req/s; at %2 %3 (%4).")
                                  .arg(num(k.offeredRate), at, what, peakText)
                            : tr("The endpoint fell behind from the first step on: at %1 %2 (%3).")
                                  .arg(at, what, peakText);
    } else {
        double top = 0;
        for (const StepResult &s : steps)
            top = std::max(top, s.offeredRate);
        v.explanation =
            tr("The endpoint kept up with every arrival rate up to %1 req/s: no knee within the ramp (%2).")
                .arg(num(top), peakText);
    }
    for (const StepResult &s : steps) {
        if (generatorSaturated(s, generatorCores)) {
            v.generatorBound = true;
            v.explanation +=
                QLatin1Char(' ') +
                tr("The load generator itself was saturated at %1 req/s (CPU %2%, "
                   "event-loop lag up to %3 ms): these numbers are a floor.")
                    .arg(num(s.offeredRate), num(s.generatorCpuPercent, 0), num(s.generatorLagMaxMs, 0));
            break;
        }
    }
    return v;
}

} // namespace plateau
