#pragma once
// The verdict part of the dashboard, shown before any chart: a banner per target that was not load-tested
// (health check or auth failed, or the run stopped first), with the reason from run.json, and every
// threshold per target, actual against limit, passed or failed.

#include "core/report/dashboardmodel.h"
#include "core/report/htmlbuilder.h"

namespace plateau::dashboard {

void skippedBanners(Html &h, const Model &m);
// <section id="checks">: right after the KPI cards.
void checksSection(Html &h, const Model &m);

// Counts for the KPI card and the section's summary line.
struct CheckCounts
{
    int thresholds = 0, thresholdsFailed = 0;
    int targets = 0, notTested = 0; // notTested: skipped targets other than those a stop cut off
};
CheckCounts countChecks(const Model &m);
// A gate's metric with the journey tag it judged: "latency_p95_ms{tag=auth}" (the metric alone untagged).
QString taggedMetric(const ThresholdResult &t);
// True for a skip reason the user did not cause: a failed health check or auth, not a stop.
bool skipIsFailure(const QString &reason);

} // namespace plateau::dashboard
