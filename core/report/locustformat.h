#pragma once
// Locust 2.x compatible CSV files, so scripts written for Locust's --csv output read Plateau runs.
// Differences, on purpose: Locust rounds times to whole milliseconds and its percentiles to two
// significant digits; Plateau writes the real values with 2 decimals. "Response time" here is Plateau's
// latency (send -> end of stream), not Locust's time to headers.

#include "core/metrics/metricset.h"

#include <QByteArray>

namespace plateau::locust {

// Exact header lines of locust 2.x (without the line break).
extern const char kStatsHeader[];
extern const char kHistoryHeader[];
// The single request type a Plateau target sends.
extern const char kRequestType[]; // "POST"
extern const char kRequestName[]; // "/invocations"

// One "POST,/invocations" row and one ",Aggregated" row; requests/s over durationS.
void appendStatsRows(QByteArray &out, const MetricSet &total, double durationS);
// One history row each for the request and "Aggregated"; percentiles and totals from the cumulative
// set, the rates from the interval.
void appendHistoryRows(QByteArray &out, qint64 unixTimeS, int users, double requestsPerS, double failuresPerS,
                       const MetricSet &cumulative);

} // namespace plateau::locust
