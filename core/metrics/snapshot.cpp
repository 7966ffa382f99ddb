#include "core/metrics/snapshot.h"

#include "core/metrics/metricset.h"

#include <QCoreApplication>

namespace plateau {

namespace {

constexpr double kMsPerUs = 1e-3;

inline double perSecond(std::uint64_t n, double seconds)
{
    return seconds > 0 ? static_cast<double>(n) / seconds : 0.0;
}

} // namespace

Summary summarize(const Histogram &h)
{
    Summary s;
    s.count = h.count();
    if (s.count == 0)
        return s;
    s.meanMs = h.mean() * kMsPerUs;
    s.p50Ms = static_cast<double>(h.percentile(0.50)) * kMsPerUs;
    s.p90Ms = static_cast<double>(h.percentile(0.90)) * kMsPerUs;
    s.p95Ms = static_cast<double>(h.percentile(0.95)) * kMsPerUs;
    s.p99Ms = static_cast<double>(h.percentile(0.99)) * kMsPerUs;
    s.maxMs = static_cast<double>(h.max()) * kMsPerUs;
    return s;
}

StepResult makeStepResult(int step, int users, double windowStartS, double windowEndS, const MetricSet &m)
{
    StepResult r;
    r.step = step;
    r.users = users;
    r.windowStartS = windowStartS;
    r.windowEndS = windowEndS;
    r.completed = m.completed;
    r.ok = m.ok;
    r.failures = m.failures;
    const double window = windowEndS - windowStartS;
    r.qps = perSecond(m.completed, window);
    r.qpsOk = perSecond(m.ok, window);
    r.failureRate = m.completed ? static_cast<double>(m.failed()) / static_cast<double>(m.completed) : 0.0;
    r.deltasPerS = perSecond(m.deltas, window);
    r.outputTokensPerS = perSecond(m.outputTokens, window);
    r.latency = summarize(m.latency);
    r.latencyIntended = summarize(m.latencyIntended);
    r.headers = summarize(m.headers);
    r.firstEvent = summarize(m.firstEvent);
    r.ttft = summarize(m.ttft);
    r.itl = summarize(m.itl);
    r.tpot = summarize(m.tpot);
    r.connect = summarize(m.connect);
    r.tlsHandshake = summarize(m.tlsHandshake);
    r.checksPassed = m.checksPassed;
    r.checksFailed = m.checksFailed;
    return r;
}

QString kneeReasonKey(KneeReason r)
{
    switch (r) {
    case KneeReason::None:
        return QStringLiteral("none");
    case KneeReason::QpsFlat:
        return QStringLiteral("qps_flat");
    case KneeReason::P95Limit:
        return QStringLiteral("p95_limit");
    case KneeReason::ErrorRate:
        return QStringLiteral("error_rate");
    }
    return QStringLiteral("none");
}

bool kneeReasonFromKey(const QString &key, KneeReason *out)
{
    for (KneeReason r :
         {KneeReason::None, KneeReason::QpsFlat, KneeReason::P95Limit, KneeReason::ErrorRate}) {
        if (key == kneeReasonKey(r)) {
            if (out)
                *out = r;
            return true;
        }
    }
    return false;
}

const char *kneeReasonSourceText(KneeReason r)
{
    switch (r) {
    case KneeReason::None:
        return "";
    case KneeReason::QpsFlat:
        return QT_TRANSLATE_NOOP("KneeReason", "QPS flat");
    case KneeReason::P95Limit:
        return QT_TRANSLATE_NOOP("KneeReason", "p95 over the limit");
    case KneeReason::ErrorRate:
        return QT_TRANSLATE_NOOP("KneeReason", "failure rate over the limit");
    }
    return "";
}

QString kneeReasonText(KneeReason r)
{
    return QCoreApplication::translate("KneeReason", kneeReasonSourceText(r));
}

void registerMetricTypes()
{
    qRegisterMetaType<IntervalSnapshot>();
    qRegisterMetaType<StepResult>();
    qRegisterMetaType<SaturationVerdict>();
}

} // namespace plateau
