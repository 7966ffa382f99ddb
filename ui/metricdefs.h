#pragma once
// The metrics the charts plot: titles, axes and lines are view concerns and live here; what a metric
// means comes from core/metrics/metricdefinitions, the table the dashboard and the README use too.

#include "core/metrics/metricdefinitions.h"

#include <QString>

namespace plateau {

enum class ChartMetric
{
    Qps,
    QpsOk,
    Latency,
    Ttft,
    FailurePct,
};
constexpr int kChartMetricCount = 5;

QString chartMetricTitle(ChartMetric m);      // tab title: "QPS", "Latency", ...
QString chartMetricAxis(ChartMetric m);       // y axis title with its unit
QString chartMetricDefinition(ChartMetric m); // metricTooltip(chartMetricId(m))
int chartMetricLines(ChartMetric m);          // lines per target: latency p50/p95/p99, TTFT p50/p95, else 1
QString chartMetricLineName(ChartMetric m, int line); // "p95"; empty for single-line metrics

// The entry of the definitions table a chart plots.
MetricId chartMetricId(ChartMetric m);

// A tooltip's text: "Latency (ms): Actual send → …", translated.
inline QString metricTooltip(MetricId id)
{
    return metricSentence(id, DefinitionText::Translated);
}

} // namespace plateau
