// The dashboard of a plan with several phases: the "Phases" table per target, and the phase starts
// marked on the time charts (tests/report/test_dashboard.cpp has the rest of the page).
#include "core/report/chartjs.h"
#include "core/report/dashboard.h"
#include "core/report/dashboardhtml.h"
#include "core/report/runloader.h"
#include "reporttestdata.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>
#include <gtest/gtest.h>

using namespace plateau;
using namespace plateau::test;

namespace {

QString section(const QByteArray &html, const char *id)
{
    const QString page = QString::fromUtf8(html);
    const qsizetype a = page.indexOf(QStringLiteral("<section id=\"%1\"").arg(QLatin1String(id)));
    if (a < 0)
        return QString();
    return page.mid(a, page.indexOf(QStringLiteral("</section>"), a) - a);
}

QJsonObject blobOf(const QByteArray &html)
{
    const QByteArray open = "<script type=\"application/json\" id=\"plateau-data\">";
    const qsizetype a = html.indexOf(open) + open.size();
    return QJsonDocument::fromJson(html.mid(a, html.indexOf("</script>", a) - a)).object();
}

class DashboardPhasesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_tmp.isValid());
        const QString dir = writePhasedRun(m_tmp.filePath(QStringLiteral("runs")), QStringLiteral("phased"));
        QString err;
        LoadedRun run;
        ASSERT_TRUE(RunLoader::load(dir, &run, &err)) << err.toStdString();
        m_runs.push_back(std::move(run));
    }
    QTemporaryDir m_tmp;
    std::vector<LoadedRun> m_runs;
};

} // namespace

TEST_F(DashboardPhasesTest, PhasesTableHasEveryPhaseWithItsVerdictAndTheSkippedOnesReason)
{
    QString err;
    const QByteArray html = renderDashboard(m_runs, &err);
    ASSERT_FALSE(html.isEmpty()) << err.toStdString();
    const QString phases = section(html, "phases");
    ASSERT_FALSE(phases.isEmpty());
    for (const char *name : {"ramp", "sweep", "spike", "soak", "confirm"})
        EXPECT_TRUE(phases.contains(QStringLiteral("<td class=\"text\">%1</td>").arg(QLatin1String(name))))
            << name;
    for (const char *kind : {"step_ramp", "sweep", "burst", "sustained"})
        EXPECT_TRUE(phases.contains(QStringLiteral(">%1</td>").arg(QLatin1String(kind)))) << kind;
    for (const char *head : {"Kind", "State", "Duration", "Requests", "QPS ok", "Latency p95 ms",
                             "TTFT p95 ms", "Failure rate", "Late / dropped", "Verdict"})
        EXPECT_TRUE(phases.contains(QLatin1String(head))) << head;
    // The verdict sentence of each kind of phase.
    const PhaseOutcome &ramp = m_runs[0].targets[0].summary.phases[0];
    EXPECT_TRUE(phases.contains(dashboard::escapeHtml(ramp.verdict.explanation)));
    EXPECT_TRUE(phases.contains(
        QStringLiteral("goodput 19.5 req/s at 20.0 req/s; the SLO broke at 30.0 req/s (latency p95)")));
    EXPECT_TRUE(phases.contains(QStringLiteral("Cold-start penalty: TTFT p95 1400 ms")));
    EXPECT_TRUE(phases.contains(QStringLiteral("Drifting: latency p95 900 ms")));
    // Open loop: the sweep's late and dropped arrivals; the skipped phase says why, in its state cell.
    EXPECT_TRUE(phases.contains(QStringLiteral("<td>21 / 3</td>")));
    EXPECT_TRUE(phases.contains(
        QStringLiteral("skipped: the phase &quot;soak&quot; before it failed its thresholds")));
    EXPECT_TRUE(phases.contains(QStringLiteral("class=\"phase-skipped\"")));
    EXPECT_TRUE(phases.contains(QStringLiteral("<td>12 s</td>"))); // the sweep: steps 3-4, 6 s each
    // The plan's phases in the parameters.
    EXPECT_TRUE(section(html, "parameters").contains(QStringLiteral("ramp (step_ramp) → sweep (sweep)")));
}

TEST_F(DashboardPhasesTest, TimeChartsGetThePhasesInTheBlob)
{
    QString err;
    const QByteArray html = renderDashboard(m_runs, &err);
    EXPECT_FALSE(section(html, "over-time").isEmpty());
    EXPECT_TRUE(html.contains("id=\"chart-time-0\""));
    EXPECT_TRUE(html.contains("data-tabs=\"time\""));
    const QJsonObject cfg = blobOf(html).value(QStringLiteral("configs")).toArray().at(0).toObject();
    const QJsonArray phases = cfg.value(QStringLiteral("phases")).toArray();
    ASSERT_EQ(phases.size(), 5);
    EXPECT_EQ(phases.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("sweep"));
    EXPECT_DOUBLE_EQ(phases.at(1).toObject().value(QStringLiteral("start_s")).toDouble(), 18.0);
    EXPECT_FALSE(phases.at(4).toObject().value(QStringLiteral("ran")).toBool());
    const QJsonObject ts = cfg.value(QStringLiteral("timeseries")).toObject();
    EXPECT_EQ(ts.value(QStringLiteral("t")).toArray().size(), 7 * 6);
    EXPECT_EQ(ts.value(QStringLiteral("qps_ok")).toArray().size(), 7 * 6);
}

TEST(DashboardPhases, AOnePhaseRunHasNoPhasesTable)
{
    QTemporaryDir tmp;
    const TestPlan plan = reportPlan(1);
    const QString dir = writeRun(tmp.filePath(QStringLiteral("runs")), QStringLiteral("one"), plan,
                                 {makeTarget(0, plan.saturation)});
    std::vector<LoadedRun> runs(1);
    QString err;
    ASSERT_TRUE(RunLoader::load(dir, &runs[0], &err)) << err.toStdString();
    const QByteArray html = renderDashboard(runs, &err);
    EXPECT_FALSE(html.contains("id=\"phases\""));
    EXPECT_TRUE(html.contains("id=\"chart-time-0\""));
    EXPECT_FALSE(html.contains("A dashed line marks where each phase began"));
}

TEST_F(DashboardPhasesTest, HeadlessChromiumMarksEachPhaseThatRanOnTheTimeChart)
{
    const QString exe = QFileInfo(QStringLiteral("/usr/bin/chromium")).isExecutable()
                            ? QStringLiteral("/usr/bin/chromium")
                            : QString();
    if (exe.isEmpty())
        GTEST_SKIP() << "no /usr/bin/chromium (apt-get install -y chromium)";
    for (bool svg : {false, true}) {
        if (!svg && findChartJs().isEmpty())
            continue;
        const QString html = m_tmp.filePath(svg ? QStringLiteral("svg.html") : QStringLiteral("cjs.html"));
        QString err;
        ASSERT_TRUE(writeDashboardFile(html, m_runs, &err, DashboardOptions{QString(), svg, QString()}))
            << err.toStdString();
        QTemporaryDir profile;
        QProcess p;
        p.start(exe, {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
                      QStringLiteral("--disable-gpu"), QStringLiteral("--no-first-run"),
                      QStringLiteral("--disable-dev-shm-usage"),
                      QStringLiteral("--user-data-dir=") + profile.path(),
                      QStringLiteral("--window-size=1400,2400"), QStringLiteral("--virtual-time-budget=5000"),
                      QStringLiteral("--dump-dom"), QUrl::fromLocalFile(html).toString()});
        ASSERT_TRUE(p.waitForFinished(120000));
        const QString dom = QString::fromUtf8(p.readAllStandardOutput());
        EXPECT_FALSE(dom.contains(QStringLiteral("data-js-errors"))) << (svg ? "svg" : "chartjs");
        const QRegularExpressionMatch marks =
            QRegularExpression(QStringLiteral("id=\"chart-time-0\"[^>]*data-phase-marks=\"([^\"]*)\""))
                .match(dom);
        ASSERT_TRUE(marks.hasMatch()) << (svg ? "svg" : "chartjs");
        QStringList names;
        for (const QString &m : marks.captured(1).split(QLatin1Char(';')))
            names.append(m.section(QLatin1Char(','), 1));
        // The skipped phase never began: no line for it.
        EXPECT_EQ(names, QStringList({"ramp", "sweep", "spike", "soak"})) << (svg ? "svg" : "chartjs");
        const QByteArray keep = qgetenv("PLATEAU_KEEP_DASHBOARD");
        if (!keep.isEmpty() && !svg) {
            QFile::remove(QString::fromLocal8Bit(keep));
            QFile::copy(html, QString::fromLocal8Bit(keep));
        }
    }
}
