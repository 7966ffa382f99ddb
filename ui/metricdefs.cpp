#include "ui/metricdefs.h"

#include <QCoreApplication>

namespace plateau {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("plateau::Metrics", text);
}
} // namespace

namespace definitions {
QString latency()
{
    return tr("Latency: from the actual send of the request to the end of the stream (data: [DONE]). "
              "Time to headers is reported apart.");
}
QString ttft()
{
    return tr("TTFT (time to first token): from the send to the first text delta of the answer. Time to the "
              "first event of any kind is reported apart.");
}
QString itl()
{
    return tr("ITL (inter-token latency), per request: (last delta − first delta) / (deltas − 1).");
}
QString tpot()
{
    return tr("TPOT (time per output token), per request: (latency − TTFT) / (deltas − 1).");
}
QString stepQps()
{
    return tr(
        "QPS of a step: requests that completed inside the step's window after the settle time, divided "
        "by the window. A TTFT sample is never counted as a request.");
}
QString stepQpsOk()
{
    return tr("QPS ok: like QPS, counting only requests that succeeded (failures excluded).");
}
QString failureRate()
{
    return tr("Failure rate: failed requests / completed requests. Requests cancelled at the end of the test "
              "are not failures.");
}
QString peak()
{
    return tr("Peak: the step with the highest QPS ok, and the users it ran with.");
}
QString knee()
{
    return tr("Knee: the last step before added users raised QPS by less than the set fraction of the "
              "linear expectation, or latency p95 / failure rate crossed their limits.");
}
} // namespace definitions

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

QString chartMetricDefinition(ChartMetric m)
{
    switch (m) {
    case ChartMetric::Qps:
        return definitions::stepQps();
    case ChartMetric::QpsOk:
        return definitions::stepQpsOk();
    case ChartMetric::Latency:
        return definitions::latency();
    case ChartMetric::Ttft:
        return definitions::ttft();
    case ChartMetric::FailurePct:
        return definitions::failureRate();
    }
    return QString();
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
