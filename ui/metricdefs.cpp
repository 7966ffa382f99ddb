#include "ui/metricdefs.h"

#include <QCoreApplication>

namespace plateau {

// The context is written at every call, so lupdate reads the one the runtime asks for. "plateau" is where
// the catalogue holds these texts: lupdate files a free function's tr() under its namespace, and a helper
// tr() that asked for "plateau::Metrics" never found them (the tab titles stayed English in German).

QString chartMetricTitle(ChartMetric m)
{
    switch (m) {
    case ChartMetric::Qps:
        return QCoreApplication::translate("plateau", "QPS");
    case ChartMetric::QpsOk:
        return QCoreApplication::translate("plateau", "QPS ok");
    case ChartMetric::Latency:
        return QCoreApplication::translate("plateau", "Latency");
    case ChartMetric::Ttft:
        return QCoreApplication::translate("plateau", "TTFT");
    case ChartMetric::FailurePct:
        return QCoreApplication::translate("plateau", "Failures %");
    }
    return QString();
}

QString chartMetricAxis(ChartMetric m)
{
    switch (m) {
    case ChartMetric::Qps:
        return QCoreApplication::translate("plateau", "QPS (completed/s)");
    case ChartMetric::QpsOk:
        return QCoreApplication::translate("plateau", "QPS ok (succeeded/s)");
    case ChartMetric::Latency:
        return QCoreApplication::translate("plateau", "Latency (ms)");
    case ChartMetric::Ttft:
        return QCoreApplication::translate("plateau", "TTFT (ms)");
    case ChartMetric::FailurePct:
        return QCoreApplication::translate("plateau", "Failures (%)");
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
