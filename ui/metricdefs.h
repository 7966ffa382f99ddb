#pragma once
// The metrics the charts plot and their definitions (design.md §3), shown as tooltips in the GUI.

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

QString chartMetricTitle(ChartMetric m); // tab title: "QPS", "Latency", ...
QString chartMetricAxis(ChartMetric m);  // y axis title with its unit
QString chartMetricDefinition(ChartMetric m);
int chartMetricLines(ChartMetric m); // lines per target: latency p50/p95/p99, TTFT p50/p95, else 1
QString chartMetricLineName(ChartMetric m, int line); // "p95"; empty for single-line metrics

// Definitions reused by the results table and the report tooltips.
namespace definitions {
QString latency();
QString ttft();
QString itl();
QString tpot();
QString stepQps();
QString stepQpsOk();
QString failureRate();
QString peak();
QString knee();
} // namespace definitions

} // namespace plateau
