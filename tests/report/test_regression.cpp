// The baseline-vs-candidate check (core/report/regression) on synthetic runs built in memory, and the
// number formatting that keeps a printed value from contradicting its verdict (core/report/valueformat).

#include "core/report/dashboard.h"
#include "core/report/regression.h"
#include "core/report/valueformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <gtest/gtest.h>

using namespace plateau;

namespace {

struct Numbers
{
    double peakQpsOk = 100, latencyP95 = 1000, ttftP95 = 200;
    std::uint64_t ok = 990, failed = 10;
};

TargetSummary target(const QString &label, const Numbers &n)
{
    TargetSummary t;
    t.label = label;
    t.dir = label;
    t.status = QStringLiteral("completed");
    t.verdict.hasData = true;
    t.verdict.peakQpsOk = n.peakQpsOk;
    t.verdict.peakQps = n.peakQpsOk;
    t.verdict.usersAtPeak = 40;
    t.latency.count = n.ok;
    t.latency.p95Ms = n.latencyP95;
    t.ttft.count = n.ok;
    t.ttft.p95Ms = n.ttftP95;
    t.totals.ok = n.ok;
    t.totals.failed = n.failed;
    t.totals.requests = n.ok + n.failed;
    return t;
}

// A target whose health check failed: run.json has its line, no numbers.
TargetSummary skipped(const QString &label)
{
    TargetSummary t;
    t.label = label;
    t.dir = label;
    t.status = QStringLiteral("skipped: health check failed after 3 attempt(s): connect (refused)");
    return t;
}

LoadedRun run(const QString &name, std::vector<TargetSummary> targets)
{
    LoadedRun r;
    r.dir = QStringLiteral("/runs/") + name;
    r.summary.runName = name;
    r.summary.status = QStringLiteral("completed");
    for (TargetSummary &t : targets) {
        LoadedTarget lt;
        lt.summary = std::move(t);
        r.targets.push_back(std::move(lt));
    }
    return r;
}

const MetricChange &metric(const ConfigChange &c, RegressionMetric m)
{
    for (const MetricChange &x : c.metrics) {
        if (x.metric == m)
            return x;
    }
    ADD_FAILURE() << "no " << regressionMetricKey(m);
    static MetricChange none;
    return none;
}

const ConfigChange *config(const RegressionReport &r, const QString &label)
{
    for (const ConfigChange &c : r.configs) {
        if (c.label == label)
            return &c;
    }
    return nullptr;
}

} // namespace

TEST(ValueFormat, AnActualNeverPrintsAsItsLimitUnlessItIsIt)
{
    // What two fixed decimals made of these: "0.05" for each.
    EXPECT_EQ(formatAgainstLimit(0.0503, 0.05), QStringLiteral("0.0503"));
    EXPECT_EQ(formatAgainstLimit(0.0482234, 0.05), QStringLiteral("0.0482"));
    EXPECT_EQ(formatAgainstLimit(0.050004, 0.05), QStringLiteral("0.050004"));
    EXPECT_EQ(formatAgainstLimit(0.04999999, 0.05), QStringLiteral("0.04999999"));
    EXPECT_EQ(formatAgainstLimit(0.05, 0.05), QStringLiteral("0.05"));
    // Large values keep their short form unless the limit is that close.
    EXPECT_EQ(formatAgainstLimit(1351.68, 1), QStringLiteral("1352"));
    EXPECT_EQ(formatAgainstLimit(1200.4, 1200), QStringLiteral("1200.4"));
    EXPECT_EQ(formatAgainstLimit(1199.96, 1200), QStringLiteral("1199.96"));
    EXPECT_EQ(formatAgainstLimit(0, 0.05), QStringLiteral("0"));
    EXPECT_EQ(formatAgainstLimit(std::nan(""), 1), QStringLiteral("–"));
    // Limits as a plan states them.
    EXPECT_EQ(formatLimit(0.05), QStringLiteral("0.05"));
    EXPECT_EQ(formatLimit(1200), QStringLiteral("1200"));
    EXPECT_EQ(formatLimit(2.5), QStringLiteral("2.5"));
    EXPECT_EQ(formatValue(197.5), QStringLiteral("198"));
    EXPECT_EQ(formatValue(15.94), QStringLiteral("15.9"));
    EXPECT_EQ(formatValue(0.0804), QStringLiteral("0.0804"));
    // Whatever the values, the printed actual lies on the limit's side the actual does.
    for (double limit : {0.05, 1.0, 1200.0, 0.001}) {
        for (double f : {0.9, 0.999, 0.99999, 1.0, 1.00001, 1.001, 1.1}) {
            const double actual = limit * f;
            const double back = formatAgainstLimit(actual, limit).toDouble();
            EXPECT_EQ(back < limit, actual < limit) << actual << " vs " << limit;
            EXPECT_EQ(back == limit, actual == limit) << actual << " vs " << limit;
        }
    }
}

TEST(Regression, DeltaPercentAndVerdictPerMetricWithTheTolerance)
{
    const RegressionOptions o; // 5 %, failure rate 1 percentage point
    // QPS: lower is worse.
    MetricChange c = compareMetric(RegressionMetric::PeakQpsOk, {100}, {94}, 1, o);
    EXPECT_DOUBLE_EQ(c.delta, -6);
    EXPECT_DOUBLE_EQ(c.pct, -6);
    EXPECT_DOUBLE_EQ(c.tolerance, 5);
    EXPECT_DOUBLE_EQ(c.allowed, 5);
    EXPECT_EQ(c.verdict, ChangeVerdict::Worse);
    EXPECT_TRUE(c.regression());
    EXPECT_EQ(compareMetric(RegressionMetric::PeakQpsOk, {100}, {96}, 1, o).verdict,
              ChangeVerdict::Unchanged);
    EXPECT_EQ(compareMetric(RegressionMetric::PeakQpsOk, {100}, {95}, 1, o).verdict, ChangeVerdict::Unchanged)
        << "exactly the tolerance is still no regression";
    EXPECT_EQ(compareMetric(RegressionMetric::PeakQpsOk, {100}, {106}, 1, o).verdict, ChangeVerdict::Better);
    // Latency and TTFT: higher is worse.
    c = compareMetric(RegressionMetric::LatencyP95, {1000}, {1060}, 1, o);
    EXPECT_DOUBLE_EQ(c.delta, 60);
    EXPECT_DOUBLE_EQ(c.pct, 6);
    EXPECT_EQ(c.verdict, ChangeVerdict::Worse);
    EXPECT_EQ(compareMetric(RegressionMetric::LatencyP95, {1000}, {1040}, 1, o).verdict,
              ChangeVerdict::Unchanged);
    EXPECT_EQ(compareMetric(RegressionMetric::LatencyP95, {1000}, {900}, 1, o).verdict,
              ChangeVerdict::Better);
    EXPECT_EQ(compareMetric(RegressionMetric::TtftP95, {200}, {211}, 1, o).verdict, ChangeVerdict::Worse);
    // Failure rate: in percentage points, because it is a fraction that is often 0.
    c = compareMetric(RegressionMetric::FailureRate, {0.0}, {0.009}, 1, o);
    EXPECT_DOUBLE_EQ(c.tolerance, 0.01);
    EXPECT_TRUE(std::isnan(c.pct)); // no percentage of 0
    EXPECT_EQ(c.verdict, ChangeVerdict::Unchanged);
    c = compareMetric(RegressionMetric::FailureRate, {0.01}, {0.025}, 1, o);
    EXPECT_NEAR(c.delta, 0.015, 1e-12);
    EXPECT_NEAR(c.pct, 150, 1e-9);
    EXPECT_EQ(c.verdict, ChangeVerdict::Worse);
    // A wider tolerance lets the same change through.
    RegressionOptions wide;
    wide.tolerancePct = 10;
    wide.failureTolerancePp = 2;
    EXPECT_EQ(compareMetric(RegressionMetric::PeakQpsOk, {100}, {94}, 1, wide).verdict,
              ChangeVerdict::Unchanged);
    EXPECT_EQ(compareMetric(RegressionMetric::FailureRate, {0.01}, {0.025}, 1, wide).verdict,
              ChangeVerdict::Unchanged);
    // No baseline value: nothing to compare. A baseline value the candidate lacks: lost, a regression.
    EXPECT_EQ(compareMetric(RegressionMetric::PeakQpsOk, {}, {50}, 1, o).verdict, ChangeVerdict::NoData);
    c = compareMetric(RegressionMetric::PeakQpsOk, {100}, {}, 1, o);
    EXPECT_EQ(c.verdict, ChangeVerdict::Lost);
    EXPECT_TRUE(c.regression());
}

TEST(Regression, RepeatsCompareMeansAndAChangeMustExceedTheNoiseToo)
{
    const RegressionOptions o;
    // Baseline mean 100, sd 4; candidate mean 92, sd 4: 8 below, more than 5 % but not more than 2 sd.
    MetricChange c = compareMetric(RegressionMetric::PeakQpsOk, {100, 104, 96}, {92, 96, 88}, 3, o);
    EXPECT_DOUBLE_EQ(c.baseline.mean, 100);
    EXPECT_DOUBLE_EQ(c.baseline.sd, 4);
    EXPECT_DOUBLE_EQ(c.candidate.mean, 92);
    EXPECT_DOUBLE_EQ(c.candidate.sd, 4);
    EXPECT_DOUBLE_EQ(c.delta, -8);
    EXPECT_DOUBLE_EQ(c.tolerance, 5);
    EXPECT_DOUBLE_EQ(c.allowed, 8);
    EXPECT_EQ(c.verdict, ChangeVerdict::Noise);
    EXPECT_FALSE(c.regression());
    // 12 below: beyond the noise as well.
    c = compareMetric(RegressionMetric::PeakQpsOk, {100, 104, 96}, {88, 92, 84}, 3, o);
    EXPECT_DOUBLE_EQ(c.delta, -12);
    EXPECT_EQ(c.verdict, ChangeVerdict::Worse);
    // The noisier group sets the bar: sd 0 on the baseline side, sqrt(3200) = 56.6 on the candidate's.
    c = compareMetric(RegressionMetric::LatencyP95, {1000, 1000}, {1060, 1140, 1100, 1020, 1180, 1100}, 6, o);
    EXPECT_DOUBLE_EQ(c.baseline.sd, 0);
    EXPECT_NEAR(c.candidate.sd, std::sqrt(3200.0), 1e-9);
    EXPECT_DOUBLE_EQ(c.delta, 100);
    EXPECT_NEAR(c.allowed, 2 * std::sqrt(3200.0), 1e-9); // more than the tolerance, 50
    EXPECT_EQ(c.verdict, ChangeVerdict::Noise);
    // Quiet repeats: the tolerance is the bar.
    c = compareMetric(RegressionMetric::PeakQpsOk, {100, 100.5}, {94, 94.5}, 2, o);
    EXPECT_DOUBLE_EQ(c.allowed, c.tolerance);
    EXPECT_EQ(c.verdict, ChangeVerdict::Worse);
    // One of three candidate runs without the number: lost, whatever the other two say.
    c = compareMetric(RegressionMetric::PeakQpsOk, {100, 100, 100}, {101, 102}, 3, o);
    EXPECT_EQ(c.verdict, ChangeVerdict::Lost);
}

TEST(Regression, RunsArePairedByConfigurationLabel)
{
    const std::vector<LoadedRun> base{run(
        QStringLiteral("base"), {target(QStringLiteral("steady"), {}), target(QStringLiteral("slower"), {}),
                                 target(QStringLiteral("gone"), {}), target(QStringLiteral("dies"), {}),
                                 skipped(QStringLiteral("was-down"))})};
    Numbers slower;
    slower.latencyP95 = 1300;
    slower.peakQpsOk = 80;
    const std::vector<LoadedRun> cand{
        run(QStringLiteral("cand"),
            {target(QStringLiteral("steady"), {}), target(QStringLiteral("slower"), slower),
             skipped(QStringLiteral("dies")), target(QStringLiteral("was-down"), {}),
             target(QStringLiteral("added"), {})})};
    const RegressionReport r = compareBaseline(base, cand);
    ASSERT_EQ(r.configs.size(), 6u);
    EXPECT_TRUE(r.regression);
    EXPECT_EQ(r.regressionCount(), 3); // slower, gone, dies
    EXPECT_EQ(r.baseline, QStringList{QStringLiteral("base")});
    EXPECT_EQ(r.candidate, QStringList{QStringLiteral("cand")});

    const ConfigChange *steady = config(r, QStringLiteral("steady"));
    ASSERT_TRUE(steady);
    EXPECT_FALSE(steady->regression);
    ASSERT_EQ(steady->metrics.size(), static_cast<size_t>(kRegressionMetricCount));
    for (const MetricChange &m : steady->metrics) {
        EXPECT_EQ(m.verdict, ChangeVerdict::Unchanged) << regressionMetricKey(m.metric);
        EXPECT_DOUBLE_EQ(m.delta, 0);
    }
    EXPECT_NEAR(metric(*steady, RegressionMetric::FailureRate).baseline.mean, 0.01, 1e-12);

    const ConfigChange *s = config(r, QStringLiteral("slower"));
    ASSERT_TRUE(s);
    EXPECT_TRUE(s->regression);
    EXPECT_EQ(metric(*s, RegressionMetric::PeakQpsOk).verdict, ChangeVerdict::Worse);
    EXPECT_DOUBLE_EQ(metric(*s, RegressionMetric::PeakQpsOk).pct, -20);
    EXPECT_EQ(metric(*s, RegressionMetric::LatencyP95).verdict, ChangeVerdict::Worse);
    EXPECT_DOUBLE_EQ(metric(*s, RegressionMetric::LatencyP95).delta, 300);
    EXPECT_EQ(metric(*s, RegressionMetric::TtftP95).verdict, ChangeVerdict::Unchanged);

    const ConfigChange *gone = config(r, QStringLiteral("gone"));
    ASSERT_TRUE(gone);
    EXPECT_TRUE(gone->missingInCandidate);
    EXPECT_TRUE(gone->regression);
    EXPECT_TRUE(gone->metrics.empty());

    const ConfigChange *dies = config(r, QStringLiteral("dies")); // the candidate's health check failed
    ASSERT_TRUE(dies);
    EXPECT_TRUE(dies->regression);
    for (const MetricChange &m : dies->metrics)
        EXPECT_EQ(m.verdict, ChangeVerdict::Lost) << regressionMetricKey(m.metric);

    const ConfigChange *up = config(r, QStringLiteral("was-down")); // nothing in the baseline to hold against
    ASSERT_TRUE(up);
    EXPECT_FALSE(up->regression);
    for (const MetricChange &m : up->metrics)
        EXPECT_EQ(m.verdict, ChangeVerdict::NoData) << regressionMetricKey(m.metric);

    const ConfigChange *added = config(r, QStringLiteral("added"));
    ASSERT_TRUE(added);
    EXPECT_TRUE(added->newInCandidate);
    EXPECT_FALSE(added->regression);

    // The same runs the other way round: the improvements are not regressions, the new target is.
    const RegressionReport back = compareBaseline(cand, base);
    EXPECT_EQ(metric(*config(back, QStringLiteral("slower")), RegressionMetric::PeakQpsOk).verdict,
              ChangeVerdict::Better);
    EXPECT_TRUE(config(back, QStringLiteral("added"))->missingInCandidate);
}

TEST(Regression, RepeatGroupsGiveMeanAndSdPerConfiguration)
{
    std::vector<LoadedRun> base, cand;
    const double b[] = {100, 104, 96}, c[] = {92, 96, 88}, lat[] = {1000, 1010, 990};
    for (int i = 0; i < 3; ++i) {
        Numbers n;
        n.peakQpsOk = b[i];
        n.latencyP95 = lat[i];
        base.push_back(run(QStringLiteral("r%1").arg(i + 1), {target(QStringLiteral("app"), n)}));
        n.peakQpsOk = c[i];
        cand.push_back(run(QStringLiteral("r%1").arg(i + 4), {target(QStringLiteral("app"), n)}));
    }
    const RegressionReport r = compareBaseline(base, cand);
    ASSERT_EQ(r.configs.size(), 1u);
    EXPECT_EQ(r.configs[0].baselineRuns, 3);
    EXPECT_EQ(r.configs[0].candidateRuns, 3);
    const MetricChange &q = metric(r.configs[0], RegressionMetric::PeakQpsOk);
    EXPECT_EQ(q.verdict, ChangeVerdict::Noise);
    EXPECT_EQ(formatGroup(q.metric, q.baseline, q.candidate), QStringLiteral("100 ± 4"));
    EXPECT_EQ(formatGroup(q.metric, q.candidate, q.baseline), QStringLiteral("92 ± 4"));
    EXPECT_FALSE(r.regression);
    const MetricChange &l = metric(r.configs[0], RegressionMetric::LatencyP95);
    EXPECT_DOUBLE_EQ(l.baseline.sd, 10);
    EXPECT_EQ(l.verdict, ChangeVerdict::Unchanged);

    const QString table = regressionTable(r);
    EXPECT_TRUE(
        table.contains(QStringLiteral("candidate r4, r5, r6 (3 runs) against baseline r1, r2, r3 (3 runs)")))
        << table.toStdString();
    EXPECT_TRUE(table.contains(QStringLiteral("more than 2 sd of the repeats"))) << table.toStdString();
    EXPECT_TRUE(table.contains(QStringLiteral("within noise"))) << table.toStdString();
    EXPECT_TRUE(table.contains(QStringLiteral("Result: no regression (1 configuration(s) compared)")))
        << table.toStdString();
}

TEST(Regression, PrintedNumbersDoNotContradictTheVerdict)
{
    // 197.5 against 198.0 is not "198" against "198"; a change just past the allowed one is not printed
    // as equal to it.
    MetricChange c = compareMetric(RegressionMetric::PeakQpsOk, {198.0}, {197.5}, 1, RegressionOptions());
    EXPECT_EQ(formatGroup(c.metric, c.baseline, c.candidate), QStringLiteral("198"));
    EXPECT_EQ(formatGroup(c.metric, c.candidate, c.baseline), QStringLiteral("197.5"));
    c = compareMetric(RegressionMetric::PeakQpsOk, {100}, {94.9996}, 1, RegressionOptions());
    EXPECT_EQ(c.verdict, ChangeVerdict::Worse);
    EXPECT_EQ(formatDelta(c), QStringLiteral("-5.0004"));
    EXPECT_EQ(formatAllowed(c), QStringLiteral("5"));
    c = compareMetric(RegressionMetric::PeakQpsOk, {100}, {95.0004}, 1, RegressionOptions());
    EXPECT_EQ(c.verdict, ChangeVerdict::Unchanged);
    EXPECT_EQ(formatDelta(c), QStringLiteral("-4.9996"));
    // The failure rate is shown in percent, its change in points.
    c = compareMetric(RegressionMetric::FailureRate, {0.01}, {0.025}, 1, RegressionOptions());
    EXPECT_EQ(formatGroup(c.metric, c.baseline, c.candidate), QStringLiteral("1"));
    EXPECT_EQ(formatGroup(c.metric, c.candidate, c.baseline), QStringLiteral("2.5"));
    EXPECT_EQ(formatDelta(c), QStringLiteral("+1.5"));
    EXPECT_EQ(formatAllowed(c), QStringLiteral("1"));
    EXPECT_EQ(formatPct(c), QStringLiteral("+150.0%"));
}

TEST(Regression, TableJsonAndThePageSection)
{
    Numbers worse;
    worse.peakQpsOk = 90;
    const std::vector<LoadedRun> base{run(QStringLiteral("night-1"), {target(QStringLiteral("app"), {})})};
    const std::vector<LoadedRun> cand{run(QStringLiteral("night-2"), {target(QStringLiteral("app"), worse)})};
    const RegressionReport r = compareBaseline(base, cand);
    const QString table = regressionTable(r);
    for (const char *s : {"Configuration", "Metric", "Baseline", "Candidate", "Change", "Allowed", "Verdict",
                          "Peak QPS ok", "Latency p95 ms", "TTFT p95 ms", "Failure rate %", "REGRESSION",
                          "-10.0%", "Result: REGRESSION in 1 of 1 configuration(s): app (Peak QPS ok)"})
        EXPECT_TRUE(table.contains(QString::fromUtf8(s))) << s << "\n" << table.toStdString();

    const nlohmann::ordered_json j = regressionToJson(r);
    EXPECT_TRUE(j["regression"].get<bool>());
    EXPECT_EQ(j["configs"][0]["metrics"][0]["metric"], "peak_qps_ok");
    EXPECT_EQ(j["configs"][0]["metrics"][0]["verdict"], "regression");
    EXPECT_DOUBLE_EQ(j["configs"][0]["metrics"][0]["delta"].get<double>(), -10);

    // The comparison page shows the check first, and its data blob carries it.
    std::vector<LoadedRun> runs = base;
    runs.insert(runs.end(), cand.begin(), cand.end());
    DashboardOptions options;
    options.forceSvg = true;
    options.regression = &r;
    QString err;
    const QByteArray html = renderDashboard(runs, &err, options);
    ASSERT_FALSE(html.isEmpty()) << err.toStdString();
    const qsizetype section = html.indexOf("<section id=\"regression\" data-regression=\"true\">");
    ASSERT_GE(section, 0);
    EXPECT_LT(section, html.indexOf("id=\"kpis\""));
    EXPECT_TRUE(html.contains("data-metric=\"peak_qps_ok\" data-verdict=\"regression\""));
    EXPECT_TRUE(html.contains("data-metric=\"latency_p95_ms\" data-verdict=\"unchanged\""));
    EXPECT_TRUE(html.contains("Regression</strong> in 1 of 1 configuration(s): app."));
    // The several-runs comparison is still there below it.
    EXPECT_GT(html.indexOf("id=\"comparison\""), section);
    const qsizetype blob = html.indexOf("id=\"plateau-data\">");
    ASSERT_GE(blob, 0);
    const QByteArray json = html.mid(blob + 18, html.indexOf("</script>", blob) - blob - 18);
    const QJsonObject data = QJsonDocument::fromJson(json).object();
    EXPECT_TRUE(
        data.value(QStringLiteral("regression")).toObject().value(QStringLiteral("regression")).toBool());

    // Without a check the page has no such section.
    const QByteArray plain = renderDashboard(runs, &err, DashboardOptions{QString(), true, QString()});
    EXPECT_FALSE(plain.contains("id=\"regression\""));
}

TEST(Regression, TwoFoldersOfTheSameNameAreToldApartByTheirPath)
{
    LoadedRun a = run(QStringLiteral("demo"), {target(QStringLiteral("app"), {})});
    LoadedRun b = run(QStringLiteral("demo"), {target(QStringLiteral("app"), {})});
    a.dir = QStringLiteral("/ci/main/demo");
    b.dir = QStringLiteral("/ci/branch/demo");
    const RegressionReport r = compareBaseline({a}, {b});
    EXPECT_EQ(r.baseline, QStringList{QStringLiteral("/ci/main/demo")});
    EXPECT_EQ(r.candidate, QStringList{QStringLiteral("/ci/branch/demo")});
    EXPECT_FALSE(r.regression);
}
