#include "core/report/locustformat.h"

#include "core/report/csv.h"

namespace plateau::locust {

const char kStatsHeader[] =
    "Type,Name,Request Count,Failure Count,Median Response Time,Average Response Time,Min Response Time,"
    "Max Response Time,Average Content Size,Requests/s,Failures/s,50%,66%,75%,80%,90%,95%,98%,99%,99.9%,"
    "99.99%,100%";
const char kHistoryHeader[] =
    "Timestamp,User Count,Type,Name,Requests/s,Failures/s,50%,66%,75%,80%,90%,95%,98%,99%,99.9%,99.99%,100%,"
    "Total Request Count,Total Failure Count,Total Median Response Time,Total Average Response Time,"
    "Total Min Response Time,Total Max Response Time,Total Average Content Size";
const char kRequestType[] = "POST";
const char kRequestName[] = "/invocations";

namespace {

constexpr double kPercentiles[] = {0.50, 0.66, 0.75, 0.80, 0.90, 0.95, 0.98, 0.99, 0.999, 0.9999, 1.0};
constexpr int kDecimals = 2;
constexpr double kMsPerUs = 1e-3;

double ms(std::int64_t us)
{
    return static_cast<double>(us) * kMsPerUs;
}

// Locust writes "N/A" for percentiles of an entry without requests.
void percentiles(csv::Row &row, const Histogram &h)
{
    for (double q : kPercentiles) {
        if (h.count() == 0)
            row.text("N/A");
        else
            row.fixed(ms(h.percentile(q)), kDecimals);
    }
}

double averageContentSize(const MetricSet &m)
{
    return m.completed ? static_cast<double>(m.bytes) / static_cast<double>(m.completed) : 0.0;
}

void statsRow(QByteArray &out, const char *type, const char *name, const MetricSet &m, double durationS)
{
    csv::Row row(out);
    const Histogram &h = m.latency;
    row.text(type).text(name).unsignedInteger(m.completed).unsignedInteger(m.failed());
    row.fixed(h.count() ? ms(h.percentile(0.5)) : 0.0, kDecimals);
    row.fixed(h.count() ? h.mean() * kMsPerUs : 0.0, kDecimals);
    row.fixed(h.count() ? ms(h.min()) : 0.0, kDecimals);
    row.fixed(h.count() ? ms(h.max()) : 0.0, kDecimals);
    row.fixed(averageContentSize(m), kDecimals);
    row.fixed(durationS > 0 ? static_cast<double>(m.completed) / durationS : 0.0, kDecimals);
    row.fixed(durationS > 0 ? static_cast<double>(m.failed()) / durationS : 0.0, kDecimals);
    percentiles(row, h);
    row.end();
}

void historyRow(QByteArray &out, qint64 unixTimeS, int users, const char *type, const char *name, double rps,
                double fps, const MetricSet &m)
{
    csv::Row row(out);
    const Histogram &h = m.latency;
    row.integer(unixTimeS).integer(users).text(type).text(name);
    row.fixed(rps, kDecimals).fixed(fps, kDecimals);
    percentiles(row, h);
    row.unsignedInteger(m.completed).unsignedInteger(m.failed());
    row.fixed(h.count() ? ms(h.percentile(0.5)) : 0.0, kDecimals);
    row.fixed(h.count() ? h.mean() * kMsPerUs : 0.0, kDecimals);
    row.fixed(h.count() ? ms(h.min()) : 0.0, kDecimals);
    row.fixed(h.count() ? ms(h.max()) : 0.0, kDecimals);
    row.fixed(averageContentSize(m), kDecimals);
    row.end();
}

} // namespace

void appendStatsRows(QByteArray &out, const MetricSet &total, double durationS)
{
    statsRow(out, kRequestType, kRequestName, total, durationS);
    // Locust's aggregated row has an empty Type.
    statsRow(out, "", "Aggregated", total, durationS);
}

void appendHistoryRows(QByteArray &out, qint64 unixTimeS, int users, double requestsPerS, double failuresPerS,
                       const MetricSet &cumulative)
{
    historyRow(out, unixTimeS, users, kRequestType, kRequestName, requestsPerS, failuresPerS, cumulative);
    historyRow(out, unixTimeS, users, "", "Aggregated", requestsPerS, failuresPerS, cumulative);
}

} // namespace plateau::locust
