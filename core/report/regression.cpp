#include "core/report/regression.h"

#include "core/report/dashboardmodel.h" // mean, sampleStddev
#include "core/report/jsonutil.h"
#include "core/report/valueformat.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace plateau {

namespace {

using ojson = nlohmann::ordered_json;

constexpr RegressionMetric kMetrics[kRegressionMetricCount] = {
    RegressionMetric::PeakQpsOk, RegressionMetric::LatencyP95, RegressionMetric::TtftP95,
    RegressionMetric::FailureRate};

QString labelOf(const TargetSummary &t)
{
    return t.label.isEmpty() ? t.dir : t.label;
}

// The one value of a target for a metric, or none when the target produced no such number (skipped, no
// successful request, no completed step).
std::optional<double> valueOf(const TargetSummary &t, RegressionMetric m)
{
    switch (m) {
    case RegressionMetric::PeakQpsOk:
        if (t.verdict.hasData)
            return t.verdict.peakQpsOk;
        break;
    case RegressionMetric::LatencyP95:
        if (t.latency.count > 0)
            return t.latency.p95Ms;
        break;
    case RegressionMetric::TtftP95:
        if (t.ttft.count > 0)
            return t.ttft.p95Ms;
        break;
    case RegressionMetric::FailureRate: {
        const std::uint64_t done = t.totals.ok + t.totals.failed;
        if (done > 0)
            return static_cast<double>(t.totals.failed) / static_cast<double>(done);
        break;
    }
    }
    return std::nullopt;
}

const TargetSummary *find(const LoadedRun &run, const QString &label)
{
    for (const LoadedTarget &t : run.targets) {
        if (labelOf(t.summary) == label)
            return &t.summary;
    }
    return nullptr;
}

void collectLabels(const std::vector<LoadedRun> &runs, QStringList *labels)
{
    for (const LoadedRun &r : runs) {
        for (const LoadedTarget &t : r.targets) {
            const QString l = labelOf(t.summary);
            if (!labels->contains(l))
                labels->append(l);
        }
    }
}

GroupStats stats(const std::vector<double> &v)
{
    GroupStats g;
    g.values = v;
    g.mean = dashboard::mean(v);
    g.sd = dashboard::sampleStddev(v);
    return g;
}

// Display scale: the failure rate is a fraction in the data and a percentage on screen.
double shown(RegressionMetric m, double v)
{
    return m == RegressionMetric::FailureRate ? v * 100.0 : v;
}

QStringList namesOf(const std::vector<LoadedRun> &runs, const std::vector<LoadedRun> &other)
{
    QStringList all;
    for (const LoadedRun &r : other)
        all.append(r.displayName());
    QStringList out;
    for (const LoadedRun &r : runs)
        all.append(r.displayName());
    for (const LoadedRun &r : runs) {
        // Two folders called "demo": the folder says which is which.
        out.append(all.count(r.displayName()) > 1 ? r.dir : r.displayName());
    }
    return out;
}

QString signedText(double v, const QString &magnitude)
{
    return (v > 0 ? QStringLiteral("+") : v < 0 ? QStringLiteral("-") : QString()) + magnitude;
}

QString pad(const QString &s, int width, bool right)
{
    return right ? s.rightJustified(width) : s.leftJustified(width);
}

} // namespace

const char *regressionMetricKey(RegressionMetric m)
{
    switch (m) {
    case RegressionMetric::PeakQpsOk:
        return "peak_qps_ok";
    case RegressionMetric::LatencyP95:
        return "latency_p95_ms";
    case RegressionMetric::TtftP95:
        return "ttft_p95_ms";
    case RegressionMetric::FailureRate:
        return "failure_rate";
    }
    return "";
}

QString regressionMetricName(RegressionMetric m)
{
    switch (m) {
    case RegressionMetric::PeakQpsOk:
        return QStringLiteral("Peak QPS ok");
    case RegressionMetric::LatencyP95:
        return QStringLiteral("Latency p95 ms");
    case RegressionMetric::TtftP95:
        return QStringLiteral("TTFT p95 ms");
    case RegressionMetric::FailureRate:
        return QStringLiteral("Failure rate %");
    }
    return QString();
}

bool higherIsBetter(RegressionMetric m)
{
    return m == RegressionMetric::PeakQpsOk;
}

const char *changeVerdictKey(ChangeVerdict v)
{
    switch (v) {
    case ChangeVerdict::Unchanged:
        return "unchanged";
    case ChangeVerdict::Better:
        return "better";
    case ChangeVerdict::Worse:
        return "regression";
    case ChangeVerdict::Noise:
        return "noise";
    case ChangeVerdict::NoData:
        return "no_data";
    case ChangeVerdict::Lost:
        return "lost";
    }
    return "";
}

QString changeVerdictText(ChangeVerdict v)
{
    switch (v) {
    case ChangeVerdict::Unchanged:
        return QStringLiteral("ok");
    case ChangeVerdict::Better:
        return QStringLiteral("better");
    case ChangeVerdict::Worse:
        return QStringLiteral("REGRESSION");
    case ChangeVerdict::Noise:
        return QStringLiteral("within noise");
    case ChangeVerdict::NoData:
        return QStringLiteral("no baseline data");
    case ChangeVerdict::Lost:
        return QStringLiteral("REGRESSION (no data)");
    }
    return QString();
}

int RegressionReport::regressionCount() const
{
    return static_cast<int>(
        std::count_if(configs.begin(), configs.end(), [](const ConfigChange &c) { return c.regression; }));
}

MetricChange compareMetric(RegressionMetric metric, const std::vector<double> &baseline,
                           const std::vector<double> &candidate, int candidateRuns,
                           const RegressionOptions &options)
{
    MetricChange c;
    c.metric = metric;
    c.baseline = stats(baseline);
    c.candidate = stats(candidate);
    if (baseline.empty()) {
        c.verdict = ChangeVerdict::NoData;
        return c;
    }
    c.tolerance = metric == RegressionMetric::FailureRate
                      ? options.failureTolerancePp / 100.0
                      : options.tolerancePct / 100.0 * std::fabs(c.baseline.mean);
    const double noise = options.noiseSigmas * std::max(c.baseline.sd, c.candidate.sd);
    c.allowed = std::max(c.tolerance, noise);
    if (candidate.empty() || static_cast<int>(candidate.size()) < candidateRuns) {
        c.verdict = ChangeVerdict::Lost;
        if (!candidate.empty()) {
            c.delta = c.candidate.mean - c.baseline.mean;
            if (c.baseline.mean != 0)
                c.pct = c.delta / std::fabs(c.baseline.mean) * 100.0;
        }
        return c;
    }
    c.delta = c.candidate.mean - c.baseline.mean;
    if (c.baseline.mean != 0)
        c.pct = c.delta / std::fabs(c.baseline.mean) * 100.0;
    const bool worse = higherIsBetter(metric) ? c.delta < 0 : c.delta > 0;
    const double size = std::fabs(c.delta);
    if (size > c.allowed)
        c.verdict = worse ? ChangeVerdict::Worse : ChangeVerdict::Better;
    else if (worse && size > c.tolerance)
        c.verdict = ChangeVerdict::Noise;
    else
        c.verdict = ChangeVerdict::Unchanged;
    return c;
}

RegressionReport compareBaseline(const std::vector<LoadedRun> &baseline,
                                 const std::vector<LoadedRun> &candidate, const RegressionOptions &options)
{
    RegressionReport r;
    r.options = options;
    r.baseline = namesOf(baseline, candidate);
    r.candidate = namesOf(candidate, baseline);
    QStringList labels;
    collectLabels(baseline, &labels);
    collectLabels(candidate, &labels);
    for (const QString &label : labels) {
        ConfigChange cc;
        cc.label = label;
        std::vector<const TargetSummary *> base, cand;
        for (const LoadedRun &run : baseline) {
            if (const TargetSummary *t = find(run, label))
                base.push_back(t);
        }
        for (const LoadedRun &run : candidate) {
            if (const TargetSummary *t = find(run, label))
                cand.push_back(t);
        }
        cc.baselineRuns = static_cast<int>(base.size());
        cc.candidateRuns = static_cast<int>(cand.size());
        cc.newInCandidate = base.empty();
        cc.missingInCandidate = cand.empty();
        if (!cc.newInCandidate && !cc.missingInCandidate) {
            for (RegressionMetric m : kMetrics) {
                std::vector<double> b, c;
                for (const TargetSummary *t : base) {
                    if (const std::optional<double> v = valueOf(*t, m))
                        b.push_back(*v);
                }
                for (const TargetSummary *t : cand) {
                    if (const std::optional<double> v = valueOf(*t, m))
                        c.push_back(*v);
                }
                // Every candidate run counts, also one that lacks the configuration altogether.
                cc.metrics.push_back(compareMetric(m, b, c, static_cast<int>(candidate.size()), options));
            }
        }
        cc.regression =
            cc.missingInCandidate || std::any_of(cc.metrics.begin(), cc.metrics.end(),
                                                 [](const MetricChange &m) { return m.regression(); });
        r.regression = r.regression || cc.regression;
        r.configs.push_back(std::move(cc));
    }
    return r;
}

QString formatGroup(RegressionMetric m, const GroupStats &g, const GroupStats &other)
{
    if (g.values.empty())
        return QStringLiteral("–");
    // Two means that differ never print alike (197.5 and 198.0 are not both "198").
    const QString mean = other.values.empty() ? formatValue(shown(m, g.mean))
                                              : formatAgainstLimit(shown(m, g.mean), shown(m, other.mean));
    if (g.values.size() < 2)
        return mean;
    return mean + QStringLiteral(" ± ") + formatValue(shown(m, g.sd));
}

QString formatDelta(const MetricChange &c)
{
    if (c.baseline.values.empty() || c.candidate.values.empty())
        return QStringLiteral("–");
    const double size = shown(c.metric, std::fabs(c.delta)), allowed = shown(c.metric, c.allowed);
    return signedText(c.delta, formatAgainstLimit(size, allowed));
}

QString formatAllowed(const MetricChange &c)
{
    if (c.baseline.values.empty())
        return QStringLiteral("–");
    const double allowed = shown(c.metric, c.allowed);
    if (c.candidate.values.empty())
        return formatValue(allowed);
    return formatAgainstLimit(allowed, shown(c.metric, std::fabs(c.delta)));
}

QString formatPct(const MetricChange &c)
{
    if (!std::isfinite(c.pct))
        return QStringLiteral("–");
    return signedText(c.pct, QString::number(std::fabs(c.pct), 'f', 1)) + QLatin1Char('%');
}

QString regressionTable(const RegressionReport &r)
{
    QString out;
    out += QStringLiteral("Regression check: candidate %1 (%2 run%3) against baseline %4 (%5 run%6)\n")
               .arg(r.candidate.join(QStringLiteral(", ")))
               .arg(r.candidate.size())
               .arg(r.candidate.size() == 1 ? QString() : QStringLiteral("s"))
               .arg(r.baseline.join(QStringLiteral(", ")))
               .arg(r.baseline.size())
               .arg(r.baseline.size() == 1 ? QString() : QStringLiteral("s"));
    out += QStringLiteral(
               "A regression is a change for the worse (QPS down; latency, TTFT, failures up) by more "
               "than %1% of the baseline (failure rate: %2 percentage point%3)%4.\n\n")
               .arg(formatValue(r.options.tolerancePct), formatValue(r.options.failureTolerancePp),
                    r.options.failureTolerancePp == 1 ? QString() : QStringLiteral("s"),
                    r.baseline.size() > 1 || r.candidate.size() > 1
                        ? QStringLiteral(" and by more than %1 sd of the repeats; values are mean ± sd")
                              .arg(formatValue(r.options.noiseSigmas))
                        : QString());

    const QStringList head = {QStringLiteral("Configuration"), QStringLiteral("Metric"),
                              QStringLiteral("Baseline"),      QStringLiteral("Candidate"),
                              QStringLiteral("Change"),        QStringLiteral("Change %"),
                              QStringLiteral("Allowed"),       QStringLiteral("Verdict")};
    std::vector<QStringList> rows;
    for (const ConfigChange &c : r.configs) {
        if (c.missingInCandidate || c.newInCandidate) {
            rows.push_back({c.label, QStringLiteral("–"),
                            c.newInCandidate ? QStringLiteral("–") : QStringLiteral("present"),
                            c.missingInCandidate ? QStringLiteral("missing") : QStringLiteral("present"),
                            QStringLiteral("–"), QStringLiteral("–"), QStringLiteral("–"),
                            c.missingInCandidate ? QStringLiteral("REGRESSION (missing)")
                                                 : QStringLiteral("new, not compared")});
            continue;
        }
        bool first = true;
        for (const MetricChange &m : c.metrics) {
            rows.push_back({first ? c.label : QString(), regressionMetricName(m.metric),
                            formatGroup(m.metric, m.baseline, m.candidate),
                            formatGroup(m.metric, m.candidate, m.baseline), formatDelta(m), formatPct(m),
                            formatAllowed(m), changeVerdictText(m.verdict)});
            first = false;
        }
    }
    std::vector<int> width(head.size(), 0);
    for (qsizetype i = 0; i < head.size(); ++i)
        width[static_cast<size_t>(i)] = static_cast<int>(head[i].size());
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            width[static_cast<size_t>(i)] =
                std::max(width[static_cast<size_t>(i)], static_cast<int>(row[i].size()));
    }
    auto line = [&](const QStringList &cells) -> QString {
        QStringList parts;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            // Text left, numbers right; the verdict last, unpadded.
            const bool right = i >= 2 && i <= 6;
            parts.append(i + 1 == cells.size() ? cells[i]
                                               : pad(cells[i], width[static_cast<size_t>(i)], right));
        }
        return parts.join(QStringLiteral("  ")) + QLatin1Char('\n');
    };
    out += line(head);
    for (const QStringList &row : rows)
        out += line(row);

    out += QLatin1Char('\n');
    QStringList worse;
    for (const ConfigChange &c : r.configs) {
        if (!c.regression)
            continue;
        QStringList what;
        if (c.missingInCandidate)
            what.append(QStringLiteral("missing in the candidate"));
        for (const MetricChange &m : c.metrics) {
            if (m.regression())
                what.append(regressionMetricName(m.metric) +
                            (m.verdict == ChangeVerdict::Lost ? QStringLiteral(" (no data)") : QString()));
        }
        worse.append(c.label + QStringLiteral(" (") + what.join(QStringLiteral(", ")) + QLatin1Char(')'));
    }
    const int compared = static_cast<int>(std::count_if(
        r.configs.begin(), r.configs.end(), [](const ConfigChange &c) { return !c.newInCandidate; }));
    if (r.regression)
        out += QStringLiteral("Result: REGRESSION in %1 of %2 configuration(s): %3\n")
                   .arg(worse.size())
                   .arg(compared)
                   .arg(worse.join(QStringLiteral("; ")));
    else
        out += QStringLiteral("Result: no regression (%1 configuration(s) compared)\n").arg(compared);
    return out;
}

ojson regressionToJson(const RegressionReport &r)
{
    auto group = [](const GroupStats &g) {
        ojson j;
        ojson values = ojson::array();
        for (double v : g.values)
            values.push_back(jsonutil::number(v));
        j["values"] = std::move(values);
        j["mean"] = g.values.empty() ? ojson(nullptr) : jsonutil::number(g.mean);
        j["sd"] = g.values.size() < 2 ? ojson(nullptr) : jsonutil::number(g.sd);
        return j;
    };
    ojson j;
    j["tolerance_pct"] = jsonutil::number(r.options.tolerancePct);
    j["failure_tolerance_pp"] = jsonutil::number(r.options.failureTolerancePp);
    j["noise_sigmas"] = jsonutil::number(r.options.noiseSigmas);
    ojson b = ojson::array(), c = ojson::array();
    for (const QString &n : r.baseline)
        b.push_back(n.toStdString());
    for (const QString &n : r.candidate)
        c.push_back(n.toStdString());
    j["baseline"] = std::move(b);
    j["candidate"] = std::move(c);
    ojson configs = ojson::array();
    for (const ConfigChange &cc : r.configs) {
        ojson x;
        x["label"] = cc.label.toStdString();
        x["baseline_runs"] = cc.baselineRuns;
        x["candidate_runs"] = cc.candidateRuns;
        x["missing_in_candidate"] = cc.missingInCandidate;
        x["new_in_candidate"] = cc.newInCandidate;
        x["regression"] = cc.regression;
        ojson metrics = ojson::array();
        for (const MetricChange &m : cc.metrics) {
            ojson y;
            y["metric"] = regressionMetricKey(m.metric);
            y["baseline"] = group(m.baseline);
            y["candidate"] = group(m.candidate);
            y["delta"] = jsonutil::number(m.delta);
            y["pct"] = jsonutil::number(m.pct);
            y["tolerance"] = jsonutil::number(m.tolerance);
            y["allowed"] = jsonutil::number(m.allowed);
            y["verdict"] = changeVerdictKey(m.verdict);
            metrics.push_back(std::move(y));
        }
        x["metrics"] = std::move(metrics);
        configs.push_back(std::move(x));
    }
    j["configs"] = std::move(configs);
    j["regression"] = r.regression;
    return j;
}

} // namespace plateau
