#pragma once
// Baseline against candidate: did a change make a configuration serve less, answer later or fail more?
// `plateau report A B` (or --baseline r1 r2 r3 --candidate r4 r5 r6 for repeats) compares, per
// configuration (target label), four numbers of the whole target: peak QPS ok, latency p95, TTFT p95 and
// the failure rate.
//
// The rule, per metric, on the means of each group:
//   allowed = max(tolerance, noiseSigmas × max(sd of the baseline, sd of the candidate))
//   tolerance = tolerancePct % of the baseline mean (the failure rate, a fraction that is often 0, takes
//               failureTolerancePp percentage points instead)
//   a regression when the candidate is worse (QPS down; latency, TTFT, failures up) by more than `allowed`;
//   better by more than `allowed` is an improvement; a worse change beyond the tolerance but within the
//   noise of the repeats is reported as noise, not as a regression.
// With one run per side the standard deviations are 0 and only the tolerance counts. sd is the sample
// standard deviation (n - 1) over the runs of a group that have the value.
//
// Every candidate run must produce what the baseline has: a candidate run where the configuration is
// missing, was skipped (health check) or had no successful request makes the metric "lost", a regression.
// Baseline runs without a value are left out of the baseline. A label only the candidate has is new: shown,
// not judged.

#include "core/report/runloader.h"

#include <QString>
#include <QStringList>
#include <limits>
#include <nlohmann/json.hpp>
#include <vector>

namespace plateau {

enum class RegressionMetric
{
    PeakQpsOk,
    LatencyP95,
    TtftP95,
    FailureRate,
};
constexpr int kRegressionMetricCount = 4;

const char *regressionMetricKey(RegressionMetric m); // "peak_qps_ok", "latency_p95_ms", ...
QString regressionMetricName(RegressionMetric m);    // "Peak QPS ok", "Latency p95 ms", ...
bool higherIsBetter(RegressionMetric m);

enum class ChangeVerdict
{
    Unchanged, // within the allowed change
    Better,    // better by more than the allowed change
    Worse,     // worse by more than the allowed change: a regression
    Noise,     // worse by more than the tolerance, but within the noise of the repeats
    NoData,    // the baseline has no value: nothing to compare against
    Lost,      // the baseline has a value, a candidate run has none: a regression
};
const char *changeVerdictKey(ChangeVerdict v); // "unchanged", "better", "regression", "noise", ...
QString changeVerdictText(ChangeVerdict v);    // "ok", "better", "REGRESSION", "noise", ...

struct GroupStats
{
    std::vector<double> values; // one per run of the group that has the value
    double mean = 0;
    double sd = 0; // sample standard deviation (n - 1); 0 for fewer than two values
};

struct MetricChange
{
    RegressionMetric metric = RegressionMetric::PeakQpsOk;
    GroupStats baseline, candidate;
    double delta = 0; // candidate mean − baseline mean
    // delta / |baseline mean| × 100; NaN when the baseline mean is 0 or there is no delta.
    double pct = std::numeric_limits<double>::quiet_NaN();
    double tolerance = 0; // in the metric's unit
    double allowed = 0;   // max(tolerance, noiseSigmas × sd): what a regression must exceed
    ChangeVerdict verdict = ChangeVerdict::NoData;

    bool regression() const { return verdict == ChangeVerdict::Worse || verdict == ChangeVerdict::Lost; }
};

struct ConfigChange
{
    QString label;
    int baselineRuns = 0, candidateRuns = 0; // runs of each group that have the configuration
    bool missingInCandidate = false;         // no candidate run has it: a regression
    bool newInCandidate = false;             // no baseline run has it: not judged
    std::vector<MetricChange> metrics;       // in RegressionMetric order; empty when missing or new
    bool regression = false;
};

struct RegressionOptions
{
    double tolerancePct = 5;       // relative, for QPS, latency and TTFT
    double failureTolerancePp = 1; // percentage points, for the failure rate
    double noiseSigmas = 2;        // with repeats, a regression must also exceed this many sd
};

struct RegressionReport
{
    RegressionOptions options;
    QStringList baseline, candidate; // run names (the folder where two runs share a name)
    std::vector<ConfigChange> configs;
    bool regression = false;

    int regressionCount() const;
};

RegressionReport compareBaseline(const std::vector<LoadedRun> &baseline,
                                 const std::vector<LoadedRun> &candidate,
                                 const RegressionOptions &options = RegressionOptions());

// The per-metric rule above, on the values of each group (exposed for the tests).
MetricChange compareMetric(RegressionMetric metric, const std::vector<double> &baseline,
                           const std::vector<double> &candidate, int candidateRuns,
                           const RegressionOptions &options);

// The numbers as the table prints them (failure rate in percent): mean, "mean ± sd" with repeats; the mean
// with the digits it takes not to print like `other`'s when the two differ.
QString formatGroup(RegressionMetric m, const GroupStats &g, const GroupStats &other);
// Delta and allowed change, each with the digits it takes not to print equal to the other unless they are.
QString formatDelta(const MetricChange &c);
QString formatAllowed(const MetricChange &c);
QString formatPct(const MetricChange &c);

// The plain-text table `plateau report` prints (English, like the dashboard).
QString regressionTable(const RegressionReport &r);
nlohmann::ordered_json regressionToJson(const RegressionReport &r);

} // namespace plateau
