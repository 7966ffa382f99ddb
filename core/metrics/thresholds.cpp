#include "core/metrics/thresholds.h"

#include <cmath>

namespace plateau {

namespace {
bool metricValue(const QString &m, const StepResult &t, const SaturationVerdict &v, double *out)
{
    struct Entry
    {
        const char *key;
        double value;
    };
    const Entry entries[] = {
        {"latency_p50_ms", t.latency.p50Ms}, {"latency_p90_ms", t.latency.p90Ms},
        {"latency_p95_ms", t.latency.p95Ms}, {"latency_p99_ms", t.latency.p99Ms},
        {"ttft_p50_ms", t.ttft.p50Ms},       {"ttft_p95_ms", t.ttft.p95Ms},
        {"ttft_p99_ms", t.ttft.p99Ms},       {"itl_p95_ms", t.itl.p95Ms},
        {"headers_p95_ms", t.headers.p95Ms}, {"failure_rate", t.failureRate},
        {"peak_qps_ok", v.peakQpsOk},
    };
    for (const Entry &e : entries) {
        if (m == QLatin1String(e.key)) {
            *out = e.value;
            return true;
        }
    }
    return false;
}

bool compare(double actual, const QString &op, double limit)
{
    if (op == QLatin1String("<"))
        return actual < limit;
    if (op == QLatin1String("<="))
        return actual <= limit;
    if (op == QLatin1String(">"))
        return actual > limit;
    if (op == QLatin1String(">="))
        return actual >= limit;
    return false;
}
} // namespace

QString thresholdExpression(const ThresholdResult &r)
{
    return r.metric + QLatin1Char(' ') + r.op + QLatin1Char(' ') + QString::number(r.limit);
}

std::vector<ThresholdResult> evaluateThresholds(const std::vector<Threshold> &thresholds,
                                                const StepResult &total, const SaturationVerdict &verdict)
{
    std::vector<ThresholdResult> out;
    for (const Threshold &t : thresholds) {
        ThresholdResult r;
        r.metric = t.metric;
        r.op = t.op;
        r.limit = t.value;
        double actual = 0;
        if (!metricValue(t.metric, total, verdict, &actual)) {
            r.passed = false;
            r.actual = std::nan("");
        } else {
            r.actual = actual;
            // A gate on a metric nobody measured (no successful request) cannot pass.
            r.passed = total.completed > 0 && std::isfinite(actual) && compare(actual, t.op, t.value);
        }
        out.push_back(r);
    }
    return out;
}

} // namespace plateau
