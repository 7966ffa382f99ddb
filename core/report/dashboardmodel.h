#pragma once
// What the dashboard shows, computed once from loaded runs: one "configuration" per (run, target), the
// KPI picks, compute-size groups and the cross-run comparison. Both the static HTML and the embedded
// JSON blob are built from this, so the tables and the charts can never disagree.

#include "core/report/runloader.h"

#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <vector>

namespace plateau::dashboard {

// A peak or knee marker of the ramp charts. Peak and knee on the same step share one marker and one label,
// so the two never sit on top of each other.
struct Marker
{
    QString kind; // "peak", "knee" or "peak_knee"
    int users = 0;
    QString label; // "peak · 40 users", "knee · 30 users", "peak & knee · 30 users"
};

struct Config
{
    int run = 0;                          // index into the runs
    const LoadedRun *loaded = nullptr;    // not owned
    const LoadedTarget *target = nullptr; // not owned
    QString name;                         // the label, or "run · label" when several runs are shown
    double meanQps = 0;                   // mean of the step QPS over the ramp
    double failureRate = 0;               // failed / (ok + failed) over the whole target
    // Why the target was not load-tested (its run.json status "skipped: <why>"), "" when it was.
    QString skipReason;
    bool skipped = false;
    std::vector<Marker> markers;
};

struct Group
{
    QString compute; // the target's compute size ("" shows as "unspecified")
    std::vector<int> configs;
    int minUsers = 0, maxUsers = 0, userStep = 1; // for the max-users slider
};

struct Comparison
{
    QString label;                                 // the configuration label shared by several runs
    std::vector<int> configs;                      // one per run that has it
    double peakQpsOkMean = 0, peakQpsOkStddev = 0; // sample standard deviation (n - 1); 0 for one run
    double peakQpsMean = 0, peakQpsStddev = 0;
};

struct Kpis
{
    int best = -1;      // config with the highest peak QPS ok
    int lowestP50 = -1; // config with the lowest whole-target latency p50 (with data)
    std::uint64_t totalRequests = 0;
};

struct Model
{
    const std::vector<LoadedRun> *runs = nullptr;
    std::vector<Config> configs;
    std::vector<Group> groups;
    std::vector<Comparison> comparison; // empty for a single run
    Kpis kpis;
    std::vector<FailureClass> failureClasses; // classes with a count in any configuration
};

Model buildModel(const std::vector<LoadedRun> &runs);
// The markers of one verdict: the peak, and the knee when there is one, merged when on the same step.
std::vector<Marker> markersOf(const SaturationVerdict &v);
// "health check failed ..." of a "skipped: health check failed ..." status; "" for a target that ran.
QString skipReasonOf(const QString &status, bool *skipped = nullptr);
// A target's journey tags in order (TagInterval::tag indexes them): the plan's, else those run.json
// lists; empty without a journey.
QStringList tagNamesOf(const LoadedRun &run, const LoadedTarget &t);
// The tag each of the target's tables marks as the key one; empty without a journey.
QString keyTagOf(const LoadedRun &run, const LoadedTarget &t);
// The blob of the page; renderer is "chartjs" or "svg".
nlohmann::ordered_json modelToJson(const Model &m, const QString &renderer);
// JSON text that is safe inside <script type="application/json">: '<', '>' and '&' become \u003c,
// \u003e, \u0026 (only ever inside strings in JSON), so "</script>" or "<!--" in a label cannot end or
// comment out the element. U+2028/2029 are escaped too.
QByteArray scriptSafeJson(const nlohmann::ordered_json &j);

double mean(const std::vector<double> &v);
double sampleStddev(const std::vector<double> &v);

} // namespace plateau::dashboard
