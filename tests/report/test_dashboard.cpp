#include "core/report/chartjs.h"
#include "core/report/dashboard.h"
#include "core/report/dashboardhtml.h"
#include "core/report/dashboardmodel.h"
#include "core/report/runloader.h"
#include "core/report/valueformat.h"
#include "reporttestdata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>
#include <cmath>
#include <gtest/gtest.h>
#include <map>

using namespace plateau;
using namespace plateau::test;

namespace {

const char kDataOpen[] = "<script type=\"application/json\" id=\"plateau-data\">";

QByteArray dataBlob(const QByteArray &html)
{
    const qsizetype a = html.indexOf(kDataOpen);
    if (a < 0)
        return QByteArray();
    const qsizetype from = a + qsizetype(sizeof kDataOpen) - 1;
    const qsizetype b = html.indexOf("</script>", from);
    return html.mid(from, b - from);
}

QJsonObject parseBlob(const QByteArray &html)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(dataBlob(html), &e);
    EXPECT_EQ(e.error, QJsonParseError::NoError) << e.errorString().toStdString();
    return d.object();
}

class DashboardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_tmp.isValid());
        m_plan = reportPlan(3);
        m_plan.targets[2].label = QStringLiteral("</script><script>alert('x')</script> & \"q\"");
        for (int i = 0; i < 3; ++i)
            m_targets.push_back(makeTarget(i, m_plan.saturation));
    }
    LoadedRun writeAndLoad(const QString &name)
    {
        const QString dir = writeRun(m_tmp.filePath(QStringLiteral("runs")), name, m_plan, m_targets);
        LoadedRun run;
        QString err;
        EXPECT_TRUE(RunLoader::load(dir, &run, &err)) << err.toStdString();
        return run;
    }
    QTemporaryDir m_tmp;
    TestPlan m_plan;
    std::vector<SyntheticTarget> m_targets;
};

// How many charts the page should draw: 4 bar charts by configuration, failures by class when any
// failed, one ramp chart per compute size, one comparison chart per label shared across runs.
int expectedCharts(const std::vector<LoadedRun> &runs)
{
    const dashboard::Model m = dashboard::buildModel(runs);
    int overTime = 0; // one time chart per configuration with intervals
    for (const dashboard::Config &c : m.configs)
        overTime += c.target->timeseries.empty() ? 0 : 1;
    return 4 + (m.failureClasses.empty() ? 0 : 1) + static_cast<int>(m.groups.size()) +
           static_cast<int>(m.comparison.size()) + overTime;
}

} // namespace

TEST_F(DashboardTest, EverySectionAndEveryLabelIsThereEscaped)
{
    const std::vector<LoadedRun> runs{writeAndLoad(QStringLiteral("one"))};
    QString err;
    const QByteArray html = renderDashboard(runs, &err);
    ASSERT_FALSE(html.isEmpty()) << err.toStdString();
    for (const char *id : {"kpis", "by-config", "ramp", "results", "failures", "parameters", "definitions",
                           "chart-qps-by-config", "chart-latency-by-config", "chart-ttft-by-config",
                           "chart-requests-by-config", "chart-failures-by-class", "chart-ramp-0",
                           "chart-ramp-1", "ramp-slider-0", "ramp-slider-1", "plateau-data", "js-errors"})
        EXPECT_TRUE(html.contains(QByteArray(QByteArray("id=\"") + id + '"'))) << id;
    EXPECT_FALSE(html.contains("id=\"comparison\"")); // one run: nothing to compare
    for (const Target &t : m_plan.targets)
        EXPECT_TRUE(html.contains(dashboard::escapeHtml(t.label).toUtf8())) << t.label.toStdString();
    // The tabs of the ramp, as the dashboard of Databricks' load-testing guide has them plus TTFT.
    for (const char *tab : {"data-metric=\"qps\"", "data-metric=\"qps_ok\"", "data-metric=\"latency\"",
                            "data-metric=\"ttft\"", "data-metric=\"failures\""})
        EXPECT_TRUE(html.contains(tab)) << tab;
    // The metric definitions (core/metrics/metricdefinitions) are stated.
    for (const char *term : {"<dt>Latency</dt>", "<dt>TTFT</dt>", "<dt>ITL</dt>", "<dt>QPS of a step</dt>"})
        EXPECT_TRUE(html.contains(term)) << term;
    EXPECT_TRUE(html.contains("Plateau " PLATEAU_VERSION));
    // Test parameters from plan.json.
    EXPECT_TRUE(html.contains("+10 users per step up to 50"));
    EXPECT_TRUE(html.contains("oauth-m2m"));
}

TEST_F(DashboardTest, AScriptTagInALabelCannotBreakOut)
{
    const std::vector<LoadedRun> runs{writeAndLoad(QStringLiteral("xss"))};
    QString err;
    const QByteArray html = renderDashboard(runs, &err, DashboardOptions{QString(), true, QString()});
    // Every "</script" closes one of our own script elements: as many as open.
    EXPECT_EQ(html.count("</script"), html.count("<script"));
    EXPECT_FALSE(html.contains("<script>alert"));
    EXPECT_TRUE(
        html.contains("&lt;/script&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"));
    const QByteArray blob = dataBlob(html);
    EXPECT_FALSE(blob.contains('<'));
    EXPECT_TRUE(blob.contains("\\u003c/script\\u003e"));
    // ... and the JSON still says exactly what the label is.
    const QJsonArray configs = parseBlob(html).value(QStringLiteral("configs")).toArray();
    ASSERT_EQ(configs.size(), 3);
    EXPECT_EQ(configs[2].toObject().value(QStringLiteral("label")).toString(), m_plan.targets[2].label);
}

TEST_F(DashboardTest, EmbeddedJsonEqualsTheRun)
{
    const std::vector<LoadedRun> runs{writeAndLoad(QStringLiteral("numbers"))};
    QString err;
    const QByteArray html = renderDashboard(runs, &err);
    const QJsonObject blob = parseBlob(html);
    const QJsonObject runJson =
        QJsonDocument::fromJson(readFile(runs[0].dir + QStringLiteral("/run.json"))).object();
    const QJsonArray configs = blob.value(QStringLiteral("configs")).toArray();
    const QJsonArray targets = runJson.value(QStringLiteral("targets")).toArray();
    ASSERT_EQ(configs.size(), targets.size());
    for (int i = 0; i < configs.size(); ++i) {
        const QJsonObject c = configs[i].toObject();
        const QJsonObject t = targets[i].toObject();
        const QJsonObject v = t.value(QStringLiteral("verdict")).toObject();
        EXPECT_EQ(c.value(QStringLiteral("label")), t.value(QStringLiteral("label")));
        EXPECT_EQ(c.value(QStringLiteral("compute")), t.value(QStringLiteral("compute_size")));
        EXPECT_EQ(c.value(QStringLiteral("peak_qps")), v.value(QStringLiteral("peak_qps")));
        EXPECT_EQ(c.value(QStringLiteral("peak_qps_ok")), v.value(QStringLiteral("peak_qps_ok")));
        EXPECT_EQ(c.value(QStringLiteral("users_at_peak")), v.value(QStringLiteral("users_at_peak")));
        EXPECT_EQ(c.value(QStringLiteral("knee_users")), v.value(QStringLiteral("knee_users")));
        const QJsonObject totals = t.value(QStringLiteral("totals")).toObject();
        EXPECT_EQ(c.value(QStringLiteral("requests")), totals.value(QStringLiteral("requests")));
        EXPECT_EQ(c.value(QStringLiteral("failed")), totals.value(QStringLiteral("failed")));
        const QJsonObject lat =
            t.value(QStringLiteral("ms")).toObject().value(QStringLiteral("latency")).toObject();
        EXPECT_EQ(c.value(QStringLiteral("latency")).toObject().value(QStringLiteral("p50")),
                  lat.value(QStringLiteral("p50")));
        EXPECT_EQ(c.value(QStringLiteral("latency")).toObject().value(QStringLiteral("p95")),
                  lat.value(QStringLiteral("p95")));
        // The ramp series are the steps as written to steps.csv.
        const QJsonObject steps = c.value(QStringLiteral("steps")).toObject();
        const SyntheticTarget &src = m_targets[static_cast<size_t>(i)];
        const QJsonArray qps = steps.value(QStringLiteral("qps")).toArray();
        const QJsonArray users = steps.value(QStringLiteral("users")).toArray();
        ASSERT_EQ(qps.size(), static_cast<qsizetype>(src.steps.size()));
        double mean = 0;
        for (int k = 0; k < qps.size(); ++k) {
            EXPECT_NEAR(qps[k].toDouble(), src.steps[static_cast<size_t>(k)].qps, 0.0005);
            EXPECT_EQ(users[k].toInt(), src.steps[static_cast<size_t>(k)].users);
            mean += qps[k].toDouble() / qps.size();
        }
        EXPECT_NEAR(c.value(QStringLiteral("mean_qps")).toDouble(), mean, 1e-9);
    }
    // The KPI "best configuration" is the one with the highest peak QPS ok.
    int best = 0;
    for (int i = 1; i < configs.size(); ++i) {
        if (configs[i].toObject().value(QStringLiteral("peak_qps_ok")).toDouble() >
            configs[best].toObject().value(QStringLiteral("peak_qps_ok")).toDouble())
            best = i;
    }
    const QByteArray kpis = html.mid(html.indexOf("id=\"kpis\""), 1200);
    EXPECT_TRUE(
        kpis.contains(dashboard::escapeHtml(m_plan.targets[static_cast<size_t>(best)].label).toUtf8()))
        << kpis.constData();
}

TEST_F(DashboardTest, OfflineNoResourceIsFetched)
{
    const std::vector<LoadedRun> runs{writeAndLoad(QStringLiteral("offline"))};
    QString err;
    for (bool svg : {false, true}) {
        const QByteArray html = renderDashboard(runs, &err, DashboardOptions{QString(), svg, QString()});
        const QString text = QString::fromUtf8(html);
        EXPECT_FALSE(
            text.contains(QRegularExpression(QStringLiteral("(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//"),
                                             QRegularExpression::CaseInsensitiveOption)));
        EXPECT_FALSE(text.contains(QRegularExpression(QStringLiteral("url\\(\\s*[\"']?\\s*(https?:)?//"),
                                                      QRegularExpression::CaseInsensitiveOption)));
        EXPECT_FALSE(text.contains(QStringLiteral("<link"), Qt::CaseInsensitive));
        EXPECT_FALSE(text.contains(QStringLiteral("@import"), Qt::CaseInsensitive));
        EXPECT_FALSE(
            text.contains(QRegularExpression(QStringLiteral("\\b(fetch|importScripts)\\s*\\(|XMLHttpRequest|"
                                                            "WebSocket|EventSource|<iframe|<img"))));
        // And the browser is told to refuse anything that would go out.
        EXPECT_TRUE(text.contains(QStringLiteral("Content-Security-Policy\" content=\"default-src 'none';")));
    }
}

TEST_F(DashboardTest, ChartJsIsEmbeddedWhenFoundElseTheSvgRendererDraws)
{
    const std::vector<LoadedRun> runs{writeAndLoad(QStringLiteral("renderers"))};
    QString err;
    const QString chartJs = findChartJs();
    if (!chartJs.isEmpty()) {
        const QByteArray html = renderDashboard(runs, &err);
        EXPECT_EQ(parseBlob(html).value(QStringLiteral("renderer")).toString(), QStringLiteral("chartjs"));
        EXPECT_TRUE(html.contains("Chart.js v"));
    }
    const QByteArray svg = renderDashboard(runs, &err, DashboardOptions{QString(), true, QString()});
    EXPECT_EQ(parseBlob(svg).value(QStringLiteral("renderer")).toString(), QStringLiteral("svg"));
    EXPECT_FALSE(svg.contains("Chart.js v"));
    // A Chart.js that is missing or not a UMD build: the report still renders, says so, and uses SVG.
    const QString esm = m_tmp.filePath(QStringLiteral("chart.esm.js"));
    QFile f(esm);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("export { Chart };\n");
    f.close();
    for (const QString &path : {m_tmp.filePath(QStringLiteral("missing.js")), esm}) {
        const QByteArray html = renderDashboard(runs, &err, DashboardOptions{path, false, QString()});
        ASSERT_FALSE(html.isEmpty());
        EXPECT_EQ(parseBlob(html).value(QStringLiteral("renderer")).toString(), QStringLiteral("svg"));
        EXPECT_TRUE(html.contains("the built-in SVG charts are shown instead")) << path.toStdString();
    }
    EXPECT_TRUE(findChartJs({m_tmp.filePath(QStringLiteral("missing.js")), esm}).isEmpty());
}

TEST_F(DashboardTest, SeveralRunsGetAComparisonWithMeanAndStddev)
{
    std::vector<LoadedRun> runs;
    for (int r = 0; r < 3; ++r) {
        // Each "night" the configurations run a little faster.
        m_targets.clear();
        for (int i = 0; i < 3; ++i)
            m_targets.push_back(makeTarget(i, m_plan.saturation, 5, 6, 24.0 + 2.0 * r));
        runs.push_back(writeAndLoad(QStringLiteral("r%1").arg(r + 1)));
    }
    QString err;
    const QByteArray html = renderDashboard(runs, &err, DashboardOptions{QString(), true, QString()});
    ASSERT_TRUE(html.contains("id=\"comparison\""));
    const QJsonObject blob = parseBlob(html);
    const QJsonArray cmp = blob.value(QStringLiteral("comparison")).toArray();
    ASSERT_EQ(cmp.size(), 3);
    for (int i = 0; i < 3; ++i) {
        std::vector<double> peaks;
        for (const LoadedRun &r : runs)
            peaks.push_back(r.targets[static_cast<size_t>(i)].summary.verdict.peakQpsOk);
        const double mean = (peaks[0] + peaks[1] + peaks[2]) / 3;
        double sq = 0;
        for (double p : peaks)
            sq += (p - mean) * (p - mean);
        const QJsonObject c = cmp[i].toObject();
        EXPECT_EQ(c.value(QStringLiteral("label")).toString(), m_plan.targets[static_cast<size_t>(i)].label);
        EXPECT_EQ(c.value(QStringLiteral("configs")).toArray().size(), 3);
        EXPECT_NEAR(c.value(QStringLiteral("peak_qps_ok_mean")).toDouble(), mean, 1e-9);
        EXPECT_NEAR(c.value(QStringLiteral("peak_qps_ok_stddev")).toDouble(), std::sqrt(sq / 2), 1e-9);
        EXPECT_GT(c.value(QStringLiteral("peak_qps_ok_stddev")).toDouble(), 0);
        EXPECT_TRUE(
            html.contains(QByteArray(QByteArray("id=\"chart-compare-") + QByteArray::number(i) + '"')));
    }
    // Configurations are named run · label so the overlaid charts tell them apart.
    EXPECT_EQ(blob.value(QStringLiteral("configs"))
                  .toArray()[0]
                  .toObject()
                  .value(QStringLiteral("name"))
                  .toString(),
              QStringLiteral("r1 · cfg-1"));
    const QString keep = qEnvironmentVariable("PLATEAU_TEST_ARTIFACTS");
    const QString out = keep.isEmpty() ? m_tmp.filePath(QStringLiteral("compare.html"))
                                       : keep + QStringLiteral("/compare.html");
    QDir().mkpath(QFileInfo(out).absolutePath());
    EXPECT_TRUE(writeDashboardFile(out, runs, &err)) << err.toStdString();
}

TEST_F(DashboardTest, InterruptedAndLocustRunsRenderToo)
{
    QString dir;
    {
        RunWriter w;
        ASSERT_TRUE(w.open(m_tmp.filePath(QStringLiteral("runs")), QStringLiteral("crashed"), m_plan));
        streamTarget(w, 0, m_plan.targets[0], m_targets[0]);
        streamTarget(w, 1, m_plan.targets[1], m_targets[1], false);
        dir = w.runDir();
    }
    QString err;
    ASSERT_TRUE(writeDashboard(dir, &err)) << err.toStdString();
    const QByteArray html = readFile(dir + QStringLiteral("/dashboard.html"));
    EXPECT_TRUE(html.contains("did not finish"));
    EXPECT_TRUE(html.contains("steps derived"));

    // A Locust import next to the Plateau run, on the same charts.
    std::vector<LoadedRun> runs(2);
    ASSERT_TRUE(RunLoader::load(dir, &runs[0], &err)) << err.toStdString();
    ASSERT_TRUE(RunLoader::loadLocust(dir, &runs[1], &err)) << err.toStdString();
    const QByteArray both = renderDashboard(runs, &err);
    ASSERT_FALSE(both.isEmpty());
    EXPECT_TRUE(both.contains("Locust (imported CSV)"));

    EXPECT_TRUE(renderDashboard({}, &err).isEmpty());
    EXPECT_FALSE(err.isEmpty());
    EXPECT_FALSE(writeDashboard(m_tmp.filePath(QStringLiteral("nope")), &err));
}

TEST(DashboardModel, ScriptSafeJsonAndStats)
{
    nlohmann::ordered_json j;
    j["a"] = "</script><!-- & \xE2\x80\xA8";
    const QByteArray s = dashboard::scriptSafeJson(j);
    EXPECT_EQ(s, QByteArray("{\"a\":\"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\"}"));
    EXPECT_EQ(QJsonDocument::fromJson(s).object().value(QStringLiteral("a")).toString(),
              QString::fromUtf8("</script><!-- & \xE2\x80\xA8"));
    EXPECT_DOUBLE_EQ(dashboard::mean({2, 4, 6}), 4);
    EXPECT_DOUBLE_EQ(dashboard::sampleStddev({2, 4, 6}), 2);
    EXPECT_DOUBLE_EQ(dashboard::sampleStddev({5}), 0);
}

// ---- the verdict first: thresholds, health checks, markers, the ramp layout ----

namespace {

const char kHealthFailed[] =
    "health check failed after 3 attempt(s): connect (connect to 127.0.0.1:9 failed: Connection refused)";

// A run as the recorder writes one whose target 1 failed its health check: its folder and its line in
// run.json with the reason, no numbers, no thresholds.
QString writeRunWithSkippedTarget(const QString &runsDir, const QString &name, const TestPlan &plan,
                                  const std::vector<SyntheticTarget> &targets, const QString &why)
{
    RunWriter w;
    QString err;
    EXPECT_TRUE(w.open(runsDir, name, plan, &err)) << err.toStdString();
    for (size_t i = 0; i < targets.size(); ++i) {
        if (i == 1) {
            EXPECT_TRUE(w.beginTarget(1, plan.targets[1], 0, &err)) << err.toStdString();
            EXPECT_TRUE(
                w.finishTarget({}, SaturationVerdict{}, MetricSet{}, QStringLiteral("skipped: ") + why, &err))
                << err.toStdString();
        } else {
            streamTarget(w, static_cast<int>(i), plan.targets[i], targets[i]);
        }
    }
    RunSummary s = engineSummary(plan, targets);
    s.targets[1].status = QStringLiteral("skipped: ") + why;
    s.targets[1].verdict = SaturationVerdict{};
    s.targets[1].thresholds.clear();
    s.status = QStringLiteral("failed");
    s.exitStatus = 1;
    s.exitReason = QStringLiteral("a target failed its health check");
    EXPECT_TRUE(w.finish(s, &err)) << err.toStdString();
    return w.runDir();
}

QString section(const QByteArray &html, const char *id)
{
    const qsizetype a = html.indexOf(QByteArray(QByteArray("<section id=\"") + id + '"'));
    if (a < 0)
        return QString();
    return QString::fromUtf8(html.mid(a, html.indexOf("</section>", a) - a));
}

} // namespace

TEST_F(DashboardTest, ThresholdsComeRightAfterTheKpisBeforeChartsAndTheTable)
{
    const std::vector<LoadedRun> runs{writeAndLoad(QStringLiteral("order"))};
    QString err;
    const QByteArray html = renderDashboard(runs, &err, DashboardOptions{QString(), true, QString()});
    const qsizetype kpis = html.indexOf("<section id=\"kpis\""),
                    checks = html.indexOf("<section id=\"checks\""),
                    charts = html.indexOf("<section id=\"by-config\""),
                    table = html.indexOf("<section id=\"results\"");
    ASSERT_GE(kpis, 0);
    ASSERT_GE(checks, 0);
    EXPECT_LT(kpis, checks);
    EXPECT_LT(checks, charts);
    EXPECT_LT(checks, table);
    // Every threshold of every target, with its actual and its limit in cells of their own.
    const QString sec = section(html, "checks");
    int rows = 0;
    for (const LoadedRun &r : runs) {
        for (const LoadedTarget &t : r.targets) {
            for (const ThresholdResult &th : t.summary.thresholds) {
                ++rows;
                EXPECT_TRUE(sec.contains(QStringLiteral("<td class=\"actual\">%1</td>")
                                             .arg(formatAgainstLimit(th.actual, th.limit))))
                    << sec.toStdString();
            }
        }
    }
    EXPECT_EQ(rows, 3);
    EXPECT_EQ(sec.count(QStringLiteral("data-check=\"threshold\"")), rows);
    EXPECT_TRUE(sec.contains(QStringLiteral("<td class=\"limit\">&lt; 1200</td>"))) << sec.toStdString();
    // ... and no longer in the last column of the wide table.
    EXPECT_FALSE(section(html, "results").contains(QStringLiteral(">Thresholds</th>")));
}

TEST_F(DashboardTest, AFailingActualNeverPrintsAsItsLimit)
{
    std::vector<LoadedRun> runs{writeAndLoad(QStringLiteral("format"))};
    auto gate = [](const char *metric, double limit, double actual) {
        ThresholdResult t;
        t.metric = QString::fromLatin1(metric);
        t.op = QStringLiteral("<");
        t.limit = limit;
        t.actual = actual;
        t.passed = actual < limit;
        return t;
    };
    runs[0].targets[0].summary.thresholds = {
        gate("failure_rate", 0.05, 0.0503), gate("failure_rate", 0.05, 0.0482),
        gate("latency_p95_ms", 1200, 1200.4), gate("ttft_p95_ms", 500, 500)};
    QString err;
    const QByteArray html = renderDashboard(runs, &err, DashboardOptions{QString(), true, QString()});
    const QString sec = section(html, "checks");
    // Two decimals made "FAIL (0.05)" of the first and "pass (0.05)" of the second.
    for (const char *cell : {"<td class=\"actual\">0.0503</td>", "<td class=\"actual\">0.0482</td>",
                             "<td class=\"actual\">1200.4</td>", "<td class=\"actual\">500</td>"})
        EXPECT_TRUE(sec.contains(QString::fromLatin1(cell))) << cell << "\n" << sec.toStdString();
    // Row by row: a failed gate whose actual differs from its limit never shows the limit's number.
    const QRegularExpression row(
        QStringLiteral("<tr class=\"(pass|fail)\" data-check=\"threshold\">.*?"
                       "<td class=\"actual\">([^<]*)</td><td class=\"limit\">&lt; ([^<]*)</td>"));
    int seen = 0;
    for (auto it = row.globalMatch(sec); it.hasNext(); ++seen) {
        const QRegularExpressionMatch m = it.next();
        const double actual = m.captured(2).toDouble(), limit = m.captured(3).toDouble();
        EXPECT_EQ(m.captured(1) == QLatin1String("pass"), actual < limit) << m.captured(0).toStdString();
    }
    EXPECT_EQ(seen, 4 + 2); // four here, one on each other target
    EXPECT_FALSE(html.contains("FAIL (0.05)"));
}

TEST_F(DashboardTest, ATargetThatFailedItsHealthCheckGetsABannerWithTheReason)
{
    const QString dir =
        writeRunWithSkippedTarget(m_tmp.filePath(QStringLiteral("runs")), QStringLiteral("health"), m_plan,
                                  m_targets, QString::fromLatin1(kHealthFailed));
    std::vector<LoadedRun> runs(1);
    QString err;
    ASSERT_TRUE(RunLoader::load(dir, &runs[0], &err)) << err.toStdString();
    ASSERT_TRUE(runs[0].targets[1].summary.status.startsWith(QStringLiteral("skipped: health check")));
    const QByteArray html = renderDashboard(runs, &err, DashboardOptions{QString(), true, QString()});
    const qsizetype banner = html.indexOf("<div class=\"banner bad\" id=\"skipped-1\" role=\"alert\">");
    ASSERT_GE(banner, 0) << html.left(4000).constData();
    EXPECT_LT(banner, html.indexOf("<section id=\"kpis\""));
    const QByteArray text = html.mid(banner, html.indexOf("</div>", banner) - banner);
    EXPECT_TRUE(text.contains("<strong>cfg-2</strong> was not load-tested: "));
    EXPECT_TRUE(text.contains(dashboard::escapeHtml(QString::fromLatin1(kHealthFailed)).toUtf8()))
        << text.constData();
    // No other target gets one.
    EXPECT_FALSE(html.contains("id=\"skipped-0\""));
    EXPECT_FALSE(html.contains("id=\"skipped-2\""));
    // The checks list it as failed, and the KPI card counts it.
    const QString sec = section(html, "checks");
    EXPECT_TRUE(sec.contains(
        QStringLiteral("<td class=\"text\">health check</td><td class=\"text bad\">FAILED</td>")))
        << sec.toStdString();
    EXPECT_TRUE(sec.contains(QStringLiteral("1 of 3 target(s) not load-tested"))) << sec.toStdString();
    const QString kpis = section(html, "kpis");
    EXPECT_TRUE(kpis.contains(QStringLiteral("<div class=\"value bad\">failed</div>"))) << kpis.toStdString();
    EXPECT_TRUE(kpis.contains(QStringLiteral("1 target(s) not load-tested"))) << kpis.toStdString();
    // The wide table keeps a short status; the reason is its tooltip.
    EXPECT_TRUE(section(html, "results").contains(QStringLiteral(">skipped</td>")));

    // A target a stop cut off is not a failure of the target: a warning, not counted.
    const QString stopped =
        writeRunWithSkippedTarget(m_tmp.filePath(QStringLiteral("runs")), QStringLiteral("stopped"), m_plan,
                                  m_targets, QStringLiteral("run stopped before this target"));
    ASSERT_TRUE(RunLoader::load(stopped, &runs[0], &err)) << err.toStdString();
    const QByteArray html2 = renderDashboard(runs, &err, DashboardOptions{QString(), true, QString()});
    EXPECT_TRUE(html2.contains("<div class=\"banner warn\" id=\"skipped-1\" role=\"alert\">"));
    EXPECT_TRUE(section(html2, "checks").contains(QStringLiteral("every target passed its health check")));
}

TEST(DashboardModel, PeakAndKneeOnTheSameStepShareOneMarker)
{
    SaturationVerdict v;
    v.hasData = true;
    v.usersAtPeak = 30;
    v.kneeUsers = 30;
    std::vector<dashboard::Marker> m = dashboard::markersOf(v);
    ASSERT_EQ(m.size(), 1u);
    EXPECT_EQ(m[0].kind, QStringLiteral("peak_knee"));
    EXPECT_EQ(m[0].users, 30);
    EXPECT_EQ(m[0].label, QStringLiteral("peak & knee · 30 users"));
    v.usersAtPeak = 40;
    m = dashboard::markersOf(v);
    ASSERT_EQ(m.size(), 2u);
    EXPECT_EQ(m[0].kind, QStringLiteral("peak"));
    EXPECT_EQ(m[1].kind, QStringLiteral("knee"));
    EXPECT_NE(m[0].users, m[1].users);
    EXPECT_NE(m[0].label, m[1].label);
    v.kneeUsers = 0; // no knee within the ramp
    m = dashboard::markersOf(v);
    ASSERT_EQ(m.size(), 1u);
    EXPECT_EQ(m[0].kind, QStringLiteral("peak"));
    v.hasData = false;
    EXPECT_TRUE(dashboard::markersOf(v).empty());
    EXPECT_EQ(dashboard::skipReasonOf(QStringLiteral("skipped: run stopped")), QStringLiteral("run stopped"));
    bool skipped = true;
    EXPECT_TRUE(dashboard::skipReasonOf(QStringLiteral("completed"), &skipped).isEmpty());
    EXPECT_FALSE(skipped);
}

TEST_F(DashboardTest, TheRampCanShowEveryConfigurationOnOneAxis)
{
    const std::vector<LoadedRun> runs{writeAndLoad(QStringLiteral("layout"))};
    QString err;
    const QByteArray html = renderDashboard(runs, &err, DashboardOptions{QString(), true, QString()});
    const QString ramp = section(html, "ramp");
    EXPECT_TRUE(ramp.contains(QStringLiteral("data-layout-toggle=\"ramp\"")));
    EXPECT_TRUE(ramp.contains(QStringLiteral("data-layout=\"all\"")));
    EXPECT_TRUE(ramp.contains(QStringLiteral("<div id=\"ramp-all\" hidden>")));
    EXPECT_TRUE(ramp.contains(QStringLiteral("id=\"chart-ramp-all\"")));
    EXPECT_TRUE(ramp.contains(QStringLiteral("id=\"ramp-slider-all\" min=\"10\" max=\"50\"")));
    // Every configuration's markers travel in the blob, from the verdict.
    const QJsonArray configs = parseBlob(html).value(QStringLiteral("configs")).toArray();
    for (int i = 0; i < configs.size(); ++i) {
        const QJsonArray mk = configs[i].toObject().value(QStringLiteral("markers")).toArray();
        EXPECT_EQ(mk.size(), static_cast<qsizetype>(
                                 dashboard::markersOf(runs[0].targets[size_t(i)].summary.verdict).size()));
        ASSERT_FALSE(mk.isEmpty());
        EXPECT_EQ(mk[0].toObject().value(QStringLiteral("users")).toInt() > 0, true);
    }
    // One compute size: its chart already holds them all, no toggle.
    for (Target &t : m_plan.targets)
        t.computeSize = QStringLiteral("medium");
    const std::vector<LoadedRun> one{writeAndLoad(QStringLiteral("one-size"))};
    const QByteArray single = renderDashboard(one, &err, DashboardOptions{QString(), true, QString()});
    EXPECT_FALSE(section(single, "ramp").contains(QStringLiteral("data-layout-toggle")));
    EXPECT_FALSE(section(single, "ramp").contains(QStringLiteral("chart-ramp-all")));
    EXPECT_TRUE(section(single, "ramp").contains(QStringLiteral("chart-ramp-0")));
}

// ---- headless Chromium: the page really draws, without script errors ----

namespace {

QString chromium()
{
    for (const char *p : {"/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
        if (QFileInfo(QString::fromLatin1(p)).isExecutable())
            return QString::fromLatin1(p);
    }
    return QString();
}

bool runChromium(const QString &exe, const QStringList &extra, const QString &htmlPath, QByteArray *out,
                 QString *diag)
{
    QTemporaryDir profile;
    QStringList args = {QStringLiteral("--headless"),
                        QStringLiteral("--no-sandbox"),
                        QStringLiteral("--disable-gpu"),
                        QStringLiteral("--disable-background-networking"),
                        QStringLiteral("--disable-component-update"),
                        QStringLiteral("--no-first-run"),
                        QStringLiteral("--disable-dev-shm-usage"),
                        QStringLiteral("--user-data-dir=") + profile.path(),
                        QStringLiteral("--window-size=1400,2400"),
                        QStringLiteral("--virtual-time-budget=5000")};
    args += extra;
    args.append(QUrl::fromLocalFile(htmlPath).toString());
    QProcess p;
    p.start(exe, args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        *diag = QStringLiteral("chromium timed out");
        return false;
    }
    *out = p.readAllStandardOutput();
    *diag = QString::fromUtf8(p.readAllStandardError().right(3000));
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

TEST_F(DashboardTest, HeadlessChromiumDrawsEveryChartWithoutErrors)
{
    const QString exe = chromium();
    if (exe.isEmpty())
        GTEST_SKIP() << "no /usr/bin/chromium (apt-get install -y chromium)";
    std::vector<LoadedRun> runs{writeAndLoad(QStringLiteral("browser"))};
    const int expected = expectedCharts(runs);
    for (bool svg : {false, true}) {
        if (!svg && findChartJs().isEmpty())
            continue;
        QString err;
        const QString html =
            m_tmp.filePath(svg ? QStringLiteral("svg.html") : QStringLiteral("chartjs.html"));
        ASSERT_TRUE(writeDashboardFile(html, runs, &err, DashboardOptions{QString(), svg, QString()}))
            << err.toStdString();
        QByteArray dom;
        QString diag;
        ASSERT_TRUE(runChromium(exe, {QStringLiteral("--dump-dom")}, html, &dom, &diag))
            << diag.toStdString();
        const QRegularExpressionMatch count =
            QRegularExpression(QStringLiteral("data-charts-rendered=\"(\\d+)\""))
                .match(QString::fromUtf8(dom));
        ASSERT_TRUE(count.hasMatch()) << "the page script did not finish; stderr: " << diag.toStdString();
        EXPECT_EQ(count.captured(1).toInt(), expected) << (svg ? "svg" : "chartjs");
        EXPECT_TRUE(dom.contains(svg ? "data-renderer=\"svg\"" : "data-renderer=\"chartjs\""))
            << (svg ? "svg" : "chartjs");
        EXPECT_FALSE(dom.contains("data-js-errors")) << dom.mid(dom.indexOf("js-errors"), 600).constData();
        if (svg) { // the SVG renderer leaves real elements to count
            EXPECT_GE(dom.count("<svg"), expected);
        } else {
            EXPECT_GE(dom.count("<canvas"), expected);
        }
        // Interaction: click every ramp tab, then pull the max-users slider down, as a user would.
        // The script is appended to a copy of the page; errors land in data-js-errors as before.
        QByteArray page = readFile(html);
        page.replace("</body>",
                     "<script>(function(){var box=document.getElementById('chart-ramp-0');"
                     "var before=box.querySelectorAll('circle').length;"
                     "var tabs=document.querySelectorAll('[data-tabs=\\'ramp\\'] button');"
                     "tabs.forEach(function(t){t.click();});"
                     "var s=document.getElementById('ramp-slider-0');s.value=s.min;"
                     "s.dispatchEvent(new Event('input'));"
                     "document.body.dataset.interaction=[tabs.length,before,"
                     "box.querySelectorAll('circle').length,box.querySelectorAll('svg,canvas').length,"
                     "document.querySelector('[data-tabs=\\'ramp\\'] [aria-selected=true]')"
                     ".getAttribute('data-metric'),document.getElementById('ramp-slider-value-0')"
                     ".textContent].join(' ');})();</script></body>");
        const QString clicked = m_tmp.filePath(QStringLiteral("clicked.html"));
        QFile cf(clicked);
        ASSERT_TRUE(cf.open(QIODevice::WriteOnly | QIODevice::Truncate));
        cf.write(page);
        cf.close();
        ASSERT_TRUE(runChromium(exe, {QStringLiteral("--dump-dom")}, clicked, &dom, &diag))
            << diag.toStdString();
        EXPECT_FALSE(dom.contains("data-js-errors")) << dom.mid(dom.indexOf("js-errors"), 600).constData();
        const QRegularExpressionMatch inter =
            QRegularExpression(QStringLiteral("data-interaction=\"([^\"]*)\"")).match(QString::fromUtf8(dom));
        ASSERT_TRUE(inter.hasMatch());
        const QStringList f = inter.captured(1).split(QLatin1Char(' '));
        ASSERT_EQ(f.size(), 6) << inter.captured(1).toStdString();
        EXPECT_EQ(f[0], QStringLiteral("5")); // QPS, QPS ok, latency, TTFT, failures %
        EXPECT_EQ(f[3], QStringLiteral("1")); // still exactly one chart in the box
        EXPECT_EQ(f[4], QStringLiteral("failures"));
        EXPECT_EQ(f[5], QStringLiteral("10")); // the slider's minimum: the first step's users
        if (svg) {                             // fewer points once the x range ends at the first step
            EXPECT_GT(f[1].toInt(), f[2].toInt()) << inter.captured(1).toStdString();
            EXPECT_GT(f[2].toInt(), 0) << inter.captured(1).toStdString();
        }

        // A screenshot for people to look at (kept when PLATEAU_TEST_ARTIFACTS names a folder).
        const QString png = m_tmp.filePath(svg ? QStringLiteral("svg.png") : QStringLiteral("chartjs.png"));
        QByteArray ignored;
        ASSERT_TRUE(runChromium(exe, {QStringLiteral("--screenshot=") + png}, html, &ignored, &diag))
            << diag.toStdString();
        EXPECT_GT(QFileInfo(png).size(), 10000);
        const QString keep = qEnvironmentVariable("PLATEAU_TEST_ARTIFACTS");
        if (!keep.isEmpty()) {
            QDir().mkpath(keep);
            QFile::remove(keep + QLatin1Char('/') + QFileInfo(png).fileName());
            QFile::copy(png, keep + QLatin1Char('/') + QFileInfo(png).fileName());
            QFile::remove(keep + QLatin1Char('/') + QFileInfo(html).fileName());
            QFile::copy(html, keep + QLatin1Char('/') + QFileInfo(html).fileName());
        }
    }
}

// Peak and knee labels: two configurations with the very same curve put their markers on the same spot,
// and a configuration whose peak is its knee has one marker. No two labels may overlap, in the grouped
// charts or with every configuration on one chart, in either renderer.
TEST_F(DashboardTest, HeadlessChromiumMarkerLabelsNeverShareAPlace)
{
    const QString exe = chromium();
    if (exe.isEmpty())
        GTEST_SKIP() << "no /usr/bin/chromium (apt-get install -y chromium)";
    m_targets[2] = makeTarget(2, m_plan.saturation, 5, 6, 16.0); // the ceiling of cfg-1 (24 + 2 × 4 = 32 - 8)
    std::vector<LoadedRun> runs{writeAndLoad(QStringLiteral("labels"))};
    const dashboard::Model model = dashboard::buildModel(runs);
    ASSERT_EQ(model.groups.size(), 2u);
    std::map<QString, int> expected; // labels per chart
    int all = 0;
    for (size_t g = 0; g < model.groups.size(); ++g) {
        int n = 0;
        for (int ci : model.groups[g].configs)
            n += static_cast<int>(model.configs[size_t(ci)].markers.size());
        expected[QStringLiteral("chart-ramp-%1").arg(g)] = n;
        all += n;
    }
    expected[QStringLiteral("chart-ramp-all")] = all;
    ASSERT_GE(expected[QStringLiteral("chart-ramp-0")], 2); // cfg-1 and cfg-3 on one chart
    const int charts = expectedCharts(runs);
    for (bool svg : {false, true}) {
        if (!svg && findChartJs().isEmpty())
            continue;
        QString err;
        const QString html =
            m_tmp.filePath(svg ? QStringLiteral("labels-svg.html") : QStringLiteral("labels-cjs.html"));
        ASSERT_TRUE(writeDashboardFile(html, runs, &err, DashboardOptions{QString(), svg, QString()}))
            << err.toStdString();
        QByteArray page = readFile(html);
        page.replace("</body>",
                     "<script>document.querySelector('[data-layout=all]').click();"
                     "setTimeout(function(){var out=[];['chart-ramp-0','chart-ramp-1','chart-ramp-all']"
                     ".forEach(function(id){out.push(id+'='+(document.getElementById(id).dataset."
                     "markerLabels||''));});"
                     "document.body.dataset.labels=out.join('|');"
                     "document.body.dataset.layout=[document.getElementById('ramp-grouped').hidden,"
                     "document.getElementById('ramp-all').hidden].join(' ');},300);</script></body>");
        QFile f(html);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(page);
        f.close();
        QByteArray dom;
        QString diag;
        ASSERT_TRUE(runChromium(exe, {QStringLiteral("--dump-dom")}, html, &dom, &diag))
            << diag.toStdString();
        EXPECT_FALSE(dom.contains("data-js-errors")) << dom.mid(dom.indexOf("js-errors"), 600).constData();
        const QString text = QString::fromUtf8(dom);
        // The all-on-one chart was drawn when shown: one chart more than the page draws at first.
        const QRegularExpressionMatch count =
            QRegularExpression(QStringLiteral("data-charts-rendered=\"(\\d+)\"")).match(text);
        ASSERT_TRUE(count.hasMatch());
        EXPECT_EQ(count.captured(1).toInt(), charts + 1);
        EXPECT_TRUE(text.contains(QStringLiteral("data-layout=\"true false\"")))
            << "grouped hidden, all shown";
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("data-labels=\"([^\"]*)\"")).match(text);
        ASSERT_TRUE(m.hasMatch()) << diag.toStdString();
        const QStringList perChart =
            m.captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&")).split(u'|');
        ASSERT_EQ(perChart.size(), 3);
        for (const QString &c : perChart) {
            const QString id = c.section(u'=', 0, 0), list = c.section(u'=', 1);
            struct Box
            {
                double x, y, w, h;
                QString text;
            };
            std::vector<Box> boxes;
            for (const QString &one : list.split(u';', Qt::SkipEmptyParts)) {
                const QStringList f = one.split(u',');
                ASSERT_EQ(f.size(), 5) << one.toStdString();
                boxes.push_back({f[0].toDouble(), f[1].toDouble(), f[2].toDouble(), f[3].toDouble(), f[4]});
            }
            EXPECT_EQ(static_cast<int>(boxes.size()), expected[id])
                << id.toStdString() << (svg ? " svg" : " chartjs");
            for (size_t i = 0; i < boxes.size(); ++i) {
                for (size_t j = i + 1; j < boxes.size(); ++j) {
                    const Box &a = boxes[i], &b = boxes[j];
                    const bool overlap =
                        a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
                    EXPECT_FALSE(overlap) << id.toStdString() << (svg ? " svg: " : " chartjs: ")
                                          << a.text.toStdString() << " at " << a.x << "," << a.y << " and "
                                          << b.text.toStdString() << " at " << b.x << "," << b.y;
                }
            }
        }
    }
}

TEST_F(DashboardTest, TheResultsTableShowsTheMaxQpsUnderTheSloBesideThePeak)
{
    const std::vector<LoadedRun> runs{writeAndLoad(QStringLiteral("slo"))};
    QString err;
    const QByteArray html = renderDashboard(runs, &err);
    ASSERT_FALSE(html.isEmpty()) << err.toStdString();
    const qsizetype results = html.indexOf("<section id=\"results\"");
    ASSERT_GE(results, 0);
    EXPECT_GT(html.indexOf(">Max QPS under SLO<", results), results);
    // Each target's cell says what run.json's verdict says: the value and its users, or that no step met it.
    for (const LoadedTarget &t : runs.front().targets) {
        const SloVerdict &slo = t.summary.verdict.slo;
        ASSERT_TRUE(slo.evaluated) << t.summary.label.toStdString();
        const QString cell =
            slo.met
                ? QStringLiteral("%1 at %2 users").arg(QString::number(slo.maxQpsOk, 'f', 1)).arg(slo.users)
                : QStringLiteral("no step met it");
        EXPECT_GT(html.indexOf(cell.toUtf8(), results), results) << cell.toStdString();
    }
}
