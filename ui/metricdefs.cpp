#include "ui/metricdefs.h"

#include <QCoreApplication>

namespace plateau {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("plateau::Metrics", text);
}
} // namespace

QString chartMetricTitle(ChartMetric m)
{
    switch (m) {
    case ChartMetric::Qps:
        return tr("QPS");
    case ChartMetric::QpsOk:
        return tr("QPS ok");
    case ChartMetric::Latency:
        return tr("Latency");
    case ChartMetric::Ttft:
        return tr("TTFT");
    case ChartMetric::FailurePct:
        return tr("Failures %");
    }
    return QString();
}

QString chartMetricAxis(ChartMetric m)
{
    switch (m) {
    case ChartMetric::Qps:
        return tr("QPS (completed/s)");
    case ChartMetric::QpsOk:
        return tr("QPS ok (succeeded/s)");
    case ChartMetric::Latency:
        return tr("Latency (ms)");
    case ChartMetric::Ttft:
        return tr("TTFT (ms)");
    case ChartMetric::FailurePct:
        return tr("Failures (%)");
    }
    return QString();
}

MetricId chartMetricId(ChartMetric m)
{
    switch (m) {
    case ChartMetric::Qps:
        return MetricId::StepQps;
    case ChartMetric::QpsOk:
        return MetricId::StepQpsOk;
    case ChartMetric::Latency:
        return MetricId::Latency;
    case ChartMetric::Ttft:
        return MetricId::Ttft;
    case ChartMetric::FailurePct:
        return MetricId::FailureRate;
    }
    return MetricId::StepQps;
}

QString chartMetricDefinition(ChartMetric m)
{
    return metricTooltip(chartMetricId(m));
}

int chartMetricLines(ChartMetric m)
{
    switch (m) {
    case ChartMetric::Latency:
        return 3;
    case ChartMetric::Ttft:
        return 2;
    default:
        return 1;
    }
}

QString chartMetricLineName(ChartMetric m, int line)
{
    if (chartMetricLines(m) == 1)
        return QString();
    static const char *const names[] = {"p50", "p95", "p99"};
    return line >= 0 && line < 3 ? QString::fromLatin1(names[line]) : QString();
}

} // namespace plateau
