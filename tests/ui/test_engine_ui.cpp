// The window drives the real LoadEngine against an embedded MockAgent: a short ramp reaches the charts,
// the results table and the history; a run can be stopped; past runs reopen and compare.
#include "core/engine/loadengine.h"
#include "core/metrics/thresholds.h"
#include "core/plan/planio.h"
#include "core/report/runrecorder.h"
#include "core/report/runsummary.h"
#include "core/report/shardmerge.h"
#include "screenshot.h"
#include "tests/common/testutil.h"
#include "ui/chartpanel.h"
#include "ui/historypanel.h"
#include "ui/kpistrip.h"
#include "ui/mainwindow.h"
#include "ui/mockcontrol.h"
#include "ui/phaseresultsmodel.h"
#include "ui/planeditor.h"
#include "ui/resultsmodel.h"
#include "ui/resultspanel.h"
#include "ui/runcontroller.h"
#include "ui/runlistmodel.h"
#include "ui/runpanel.h"
#include "ui/targetstatus.h"
#include "ui/targettablemodel.h"
#include "ui/thresholdsmodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QTcpServer>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace plateau;

namespace {

constexpr int kRunTimeoutMs = 120000; // generous: a shared 2-core machine

struct Window
{
    QTemporaryDir dir;
    MainWindow w;
    QStringList informed;
    std::unique_ptr<QAbstractItemModelTester> resultsTester;
    std::unique_ptr<QAbstractItemModelTester> historyTester;

    Window()
    {
        UiSettings s = w.uiSettings();
        s.runsDir = dir.filePath(QStringLiteral("runs"));
        s.chartRefreshHz = 10;
        w.setUiSettings(s);
        w.setAskHook([](const QString &, const QString &, QMessageBox::StandardButtons) {
            return QMessageBox::Discard;
        });
        w.setInformHook(
            [this](const QString &title, const QString &text) { informed << title + u'\n' + text; });
        resultsTester = std::make_unique<QAbstractItemModelTester>(
            w.resultsPanel()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        historyTester = std::make_unique<QAbstractItemModelTester>(
            w.historyPanel()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        w.resize(1360, 860);
        w.show();
    }

    // The brief's short ramp: 2 then 4 users, 1.5 s steps, a fast mock (5 chunks x 5 ms).
    void loadShortRamp(double stepDurationS = 1.5)
    {
        TestPlan p = demoPlan(QStringLiteral("http://127.0.0.1:1"));
        p.name = QStringLiteral("ui-engine-test");
        p.profile().maxUsers = 4;
        p.profile().stepSize = 2;
        p.profile().stepDurationS = stepDurationS;
        p.profile().settleS = 0.2;
        p.profile().spawnRate = 100;
        p.health.warmupRequests = 2;
        p.health.retryDelayS = 0.2;
        p.mock.chunkCount = 5;
        p.mock.chunkDelayMs = 5;
        p.thresholds.clear();
        w.setPlan(p);
        QString error;
        ASSERT_TRUE(w.startMock(&error)) << error.toStdString();
        TargetTableModel *m = w.planEditor()->targetModel();
        ASSERT_TRUE(m->setData(m->index(0, TargetTableModel::UrlColumn), w.mock()->baseUrl()));
        ASSERT_TRUE(w.planEditor()->issues().empty())
            << w.planEditor()->issues().front().toString().toStdString();
    }

    bool runToEnd()
    {
        if (!w.startRun())
            return false;
        return test::waitUntil([&] { return !w.isRunning(); }, kRunTimeoutMs);
    }
};

} // namespace

TEST(EngineUi, ShortRampReachesChartsResultsAndHistory)
{
    Window win;
    MainWindow &w = win.w;
    win.loadShortRamp();
    ASSERT_TRUE(win.runToEnd()) << win.informed.join(u'\n').toStdString();
    ASSERT_TRUE(win.informed.isEmpty()) << win.informed.join(u'\n').toStdString();
    EXPECT_EQ(w.pages()->currentIndex(), int(MainWindow::RunPage));

    const RunOutcome &outcome = w.runController()->lastOutcome();
    EXPECT_TRUE(outcome.error.isEmpty()) << outcome.error.toStdString();
    ASSERT_EQ(outcome.targets.size(), 1u);
    EXPECT_EQ(outcome.targets[0].phase, TargetPhase::Completed);

    ChartPanel *charts = w.chartPanel();
    charts->flush(true);
    EXPECT_EQ(charts->linePointCount(ChartMetric::Qps, 0, 0), int(outcome.targets[0].steps.size()));
    EXPECT_GE(charts->linePointCount(ChartMetric::Qps, 0, 0), 2);
    EXPECT_GE(charts->linePointCount(ChartMetric::Latency, 0, 1), 1);
    EXPECT_GT(w.chartPanel()->series().tracks()[0].snapshots.size(), 0u);
    EXPECT_TRUE(charts->hasPeakMarker(ChartMetric::QpsOk, 0));

    ResultsModel *results = w.resultsPanel()->model();
    ASSERT_EQ(results->rowCount(), 1);
    EXPECT_TRUE(results->rows()[0].verdict.hasData);
    EXPECT_FALSE(results->index(0, ResultsModel::PeakQpsOkColumn).data().toString().isEmpty());
    EXPECT_FALSE(results->index(0, ResultsModel::LatencyP95Column).data().toString().isEmpty());
    EXPECT_GT(results->rows()[0].requests, 0u);
    EXPECT_TRUE(w.resultsPanel()->summaryText().contains(QStringLiteral("Best configuration")));
    EXPECT_TRUE(w.logPane()->text().contains(QStringLiteral("Run finished")));
    charts->setCurrentMetric(ChartMetric::Qps);
    test::saveScreenshot(&w, QStringLiteral("engine_run_finished"));

    // The run folder is listed in History and reopens into the charts.
    ASSERT_FALSE(outcome.runDir.isEmpty());
    EXPECT_TRUE(QFileInfo::exists(QDir(outcome.runDir).filePath(QStringLiteral("run.json"))));
    ASSERT_EQ(w.historyPanel()->model()->rowCount(), 1);
    const QString runDir = w.historyPanel()->model()->dirAt(0);
    EXPECT_EQ(QFileInfo(runDir).canonicalFilePath(), QFileInfo(outcome.runDir).canonicalFilePath());

    // A second run, then both compared on the same axes.
    ASSERT_TRUE(win.runToEnd());
    w.historyPanel()->refresh();
    ASSERT_EQ(w.historyPanel()->model()->rowCount(), 2);
    QString error;
    ASSERT_TRUE(w.showRuns({runDir}, &error)) << error.toStdString();
    charts->flush(true);
    ASSERT_EQ(charts->series().tracks().size(), 1u);
    EXPECT_EQ(charts->linePointCount(ChartMetric::Qps, 0, 0), int(outcome.targets[0].steps.size()));
    ASSERT_TRUE(
        w.showRuns({w.historyPanel()->model()->dirAt(0), w.historyPanel()->model()->dirAt(1)}, &error))
        << error.toStdString();
    charts->flush(true);
    ASSERT_EQ(charts->series().tracks().size(), 2u);
    EXPECT_GE(charts->linePointCount(ChartMetric::Qps, 0, 0), 2);
    EXPECT_GE(charts->linePointCount(ChartMetric::Qps, 1, 0), 2);
    EXPECT_EQ(results->rowCount(), 2);
    EXPECT_FALSE(results->rows()[0].run.isEmpty());
    test::saveScreenshot(&w, QStringLiteral("history_compare_two_runs"));
    w.showPage(MainWindow::HistoryPage);
    test::saveScreenshot(&w, QStringLiteral("window_history"));
}

// The engine's threshold results reach the Results page, and read back the same from the run folder.
TEST(EngineUi, FailedThresholdsAndAFailedHealthCheckShowInResultsLiveAndReopened)
{
    Window win;
    MainWindow &w = win.w;
    win.loadShortRamp();
    // A second target where nothing listens: a port that was free a moment ago.
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const QString nowhere = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
    probe.close();
    TestPlan p = w.plan();
    Target dead = p.targets[0];
    dead.label = QStringLiteral("nobody-home");
    dead.url = nowhere;
    p.targets.push_back(dead);
    const auto gate = [](const char *metric, const char *op, double value) {
        Threshold t;
        t.metric = QString::fromLatin1(metric);
        t.op = QString::fromLatin1(op);
        t.value = value;
        return t;
    };
    // Two gates no streamed answer meets (the mock streams for about 25 ms), two every run meets.
    p.thresholds = {gate("latency_p95_ms", "<", 1), gate("failure_rate", "<", 0.5),
                    gate("peak_qps_ok", ">", 1e9), gate("latency_p95_ms", "<", 600000)};
    w.setPlan(p);
    ASSERT_TRUE(win.runToEnd()) << win.informed.join(u'\n').toStdString();
    const RunOutcome &outcome = w.runController()->lastOutcome();
    ASSERT_EQ(outcome.targets.size(), 2u);
    ASSERT_EQ(outcome.targets[0].thresholds.size(), 4u);

    const auto check = [&](const char *when) {
        ResultsModel *results = w.resultsPanel()->model();
        ASSERT_EQ(results->rowCount(), 2) << when;
        EXPECT_EQ(results->index(0, ResultsModel::StatusColumn).data().toString(),
                  QStringLiteral("completed — 2 of 4 thresholds failed"))
            << when;
        const QString skipped = results->index(1, ResultsModel::StatusColumn).data().toString();
        EXPECT_TRUE(skipped.startsWith(QStringLiteral("skipped — health check failed")))
            << skipped.toStdString();
        EXPECT_TRUE(skipped.contains(QStringLiteral("connect"))) << skipped.toStdString();
        // The failed ones with the values the engine measured.
        ThresholdsModel *gates = w.resultsPanel()->thresholdsModel();
        ASSERT_EQ(gates->rowCount(), 4) << when;
        EXPECT_EQ(gates->failedCount(), 2) << when;
        for (int row = 0; row < 4; ++row) {
            const ThresholdResult &t = outcome.targets[0].thresholds[std::size_t(row)];
            EXPECT_EQ(gates->index(row, ThresholdsModel::ResultColumn).data().toString(),
                      t.passed ? QStringLiteral("✓ passed") : QStringLiteral("✗ failed"))
                << when << " " << row;
            EXPECT_EQ(gates->index(row, ThresholdsModel::ThresholdColumn).data().toString(),
                      thresholdExpression(t));
            EXPECT_EQ(gates->index(row, ThresholdsModel::ActualColumn).data().toString(),
                      thresholdValueText(t.metric, t.actual))
                << when << " " << row;
        }
        EXPECT_EQ(gates->index(0, ThresholdsModel::LimitColumn).data().toString(), QStringLiteral("< 1 ms"));
        EXPECT_EQ(gates->index(2, ThresholdsModel::LimitColumn).data().toString(), QStringLiteral("> 1e+09"));
    };
    check("live");
    w.showPage(MainWindow::ResultsPage);
    test::saveScreenshot(&w, QStringLiteral("engine_results_thresholds"));

    QString error;
    ASSERT_TRUE(w.showRuns({outcome.runDir}, &error)) << error.toStdString();
    check("reopened");
    // A past run is not live: no live numbers for it.
    EXPECT_TRUE(w.runPanel()->kpiStrip()->isHidden());
}

TEST(EngineUi, StopKeepsTheResultsSoFar)
{
    Window win;
    MainWindow &w = win.w;
    win.loadShortRamp(30); // would take a minute
    ASSERT_TRUE(w.startRun()) << win.informed.join(u'\n').toStdString();
    EXPECT_TRUE(w.stopAction()->isEnabled());
    EXPECT_FALSE(w.startAction()->isEnabled());
    ASSERT_TRUE(test::waitUntil([&] { return !w.chartPanel()->series().tracks()[0].snapshots.empty(); },
                                kRunTimeoutMs));
    // The step in progress is on the charts before it finishes (after the next refresh tick), in every
    // cell of the grid the Run page shows.
    ASSERT_TRUE(test::waitUntil([&] { return w.chartPanel()->linePointCount(GridCell::Qps, 0, 0) >= 1; },
                                kRunTimeoutMs));
    EXPECT_GE(w.chartPanel()->linePointCount(GridCell::Failures, 0, 0), 1);
    // The live numbers are the latest snapshot's.
    const IntervalSnapshot &latest = w.chartPanel()->series().tracks()[0].snapshots.back();
    EXPECT_EQ(w.runPanel()->kpiStrip()->text(0, KpiStrip::UsersKpi), QString::number(latest.users));
    test::saveScreenshot(&w, QStringLiteral("engine_run_in_progress"));
    w.stopAction()->trigger();
    ASSERT_TRUE(test::waitUntil([&] { return !w.isRunning(); }, kRunTimeoutMs));
    EXPECT_TRUE(w.runController()->lastOutcome().stoppedByUser);
    EXPECT_TRUE(w.startAction()->isEnabled());
    EXPECT_EQ(w.resultsPanel()->model()->rowCount(), 1);
    EXPECT_TRUE(w.logPane()->text().contains(QStringLiteral("stopped")));
}

TEST(EngineUi, ExportsTheShownRun)
{
    Window win;
    MainWindow &w = win.w;
    QString error;
    // Nothing shown yet: a clear refusal, no file.
    EXPECT_FALSE(w.exportReport(win.dir.filePath(QStringLiteral("none.html")), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(win.dir.filePath(QStringLiteral("none.html"))));

    win.loadShortRamp();
    ASSERT_TRUE(win.runToEnd()) << win.informed.join(u'\n').toStdString();
    const RunOutcome &outcome = w.runController()->lastOutcome();
    ASSERT_EQ(w.shownRunDirs(), QStringList{outcome.runDir});

    const QString html = win.dir.filePath(QStringLiteral("report.html"));
    ASSERT_TRUE(w.exportReport(html, &error)) << error.toStdString();
    QFile h(html);
    ASSERT_TRUE(h.open(QIODevice::ReadOnly));
    const QByteArray page = h.readAll();
    EXPECT_TRUE(page.contains("mock-local"));
    EXPECT_FALSE(page.contains("src=\"http")); // offline

    const QString csvPath = win.dir.filePath(QStringLiteral("results.csv"));
    ASSERT_TRUE(w.exportResultsCsv(csvPath, &error)) << error.toStdString();
    QFile c(csvPath);
    ASSERT_TRUE(c.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = c.readAll().split('\n');
    ASSERT_GE(lines.size(), 2);
    EXPECT_TRUE(lines[1].startsWith("mock-local") || lines[1].contains("mock-local"))
        << lines[1].toStdString();

    const QString jsonPath = win.dir.filePath(QStringLiteral("run.json"));
    ASSERT_TRUE(w.exportRunJson(jsonPath, &error)) << error.toStdString();
    QFile j(jsonPath);
    ASSERT_TRUE(j.open(QIODevice::ReadOnly));
    RunSummary summary;
    ASSERT_TRUE(runSummaryFromJson(j.readAll(), &summary, &error)) << error.toStdString();
    ASSERT_EQ(summary.targets.size(), 1u);
    EXPECT_EQ(summary.targets[0].totals.ok, outcome.targets[0].total.ok);

    const QString pngPath = win.dir.filePath(QStringLiteral("chart.png"));
    ASSERT_TRUE(w.exportChartPng(pngPath, &error)) << error.toStdString();
    QImage image(pngPath);
    EXPECT_FALSE(image.isNull());
    EXPECT_GT(image.width(), 100);
}

// A plan of three phases run from the window: the charts mark where each phase began, Results has a row
// per phase with its verdict.
TEST(EngineUi, APhasedRunMarksItsPhasesOnTheChartsAndInResults)
{
    Window win;
    MainWindow &w = win.w;
    win.loadShortRamp(1);
    TestPlan p = w.planEditor()->plan();
    Phase burst;
    burst.name = QStringLiteral("burst");
    burst.profile.kind = ProfileKind::Burst;
    burst.profile.burstUsers = 6;
    burst.profile.burstRampS = 0.5;
    burst.profile.holdS = 2;
    burst.profile.settleS = 0;
    Phase sustained;
    sustained.name = QStringLiteral("sustained");
    sustained.profile.kind = ProfileKind::Sustained;
    sustained.profile.sustainedUsers = 3;
    sustained.profile.durationS = 2;
    sustained.profile.spawnRate = 100;
    sustained.profile.settleS = 0;
    p.phases[0].name = QStringLiteral("ramp");
    p.phases.push_back(burst);
    p.phases.push_back(sustained);
    w.setPlan(p);
    ASSERT_TRUE(w.planEditor()->issues().empty())
        << w.planEditor()->issues().front().toString().toStdString();
    ASSERT_TRUE(win.runToEnd()) << win.informed.join(u'\n').toStdString();
    const RunOutcome &outcome = w.runController()->lastOutcome();
    ASSERT_EQ(outcome.targets.size(), 1u);
    ASSERT_EQ(outcome.targets[0].phases.size(), 3u);

    ChartPanel *charts = w.chartPanel();
    charts->setXAxisMode(XAxisMode::Time);
    charts->flush(true);
    EXPECT_EQ(charts->phaseMarkerNames(ChartMetric::Qps, 0),
              (QStringList{QStringLiteral("burst"), QStringLiteral("sustained")}));
    test::saveScreenshot(&w, QStringLiteral("engine_run_phases"));
    w.showPage(MainWindow::ResultsPage);
    EXPECT_EQ(w.resultsPanel()->phasesModel()->rowCount(), 3);
    test::saveScreenshot(&w, QStringLiteral("engine_results_phases"));
}

TEST(EngineUi, TheGuardAsksBeforeLoadingAHostThatIsNotATestOne)
{
    Window win;
    MainWindow &w = win.w;
    TestPlan p = demoPlan(QStringLiteral("http://127.0.0.1:1"));
    p.mock.appEnv = QStringLiteral("prod");
    p.guard.enabled = true;
    p.phases.front().profile.maxUsers = 2;
    p.phases.front().profile.stepSize = 2;
    p.phases.front().profile.stepDurationS = 1;
    p.phases.front().profile.settleS = 0.2;
    p.health.warmupRequests = 0;
    p.thresholds.clear();
    w.setPlan(p);
    QString error;
    ASSERT_TRUE(w.startMock(&error)) << error.toStdString();
    TargetTableModel *m = w.planEditor()->targetModel();
    ASSERT_TRUE(m->setData(m->index(0, TargetTableModel::UrlColumn), w.mock()->baseUrl()));

    QStringList asked;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    w.setAskHook([&](const QString &title, const QString &text, QMessageBox::StandardButtons) {
        asked << title + u'\n' + text;
        return answer;
    });
    EXPECT_FALSE(w.startRun()) << "cancelled: nothing starts";
    ASSERT_TRUE(win.informed.isEmpty()) << win.informed.join(u'\n').toStdString();
    ASSERT_EQ(asked.size(), 1);
    EXPECT_TRUE(asked[0].contains(QStringLiteral("127.0.0.1"))) << asked[0].toStdString();
    EXPECT_TRUE(asked[0].contains(QStringLiteral("\"prod\""))) << asked[0].toStdString();
    EXPECT_EQ(w.mock()->counters().invocations, 0u);

    answer = QMessageBox::Yes;
    ASSERT_TRUE(win.runToEnd()) << win.informed.join(u'\n').toStdString();
    const RunOutcome &o = w.runController()->lastOutcome();
    ASSERT_EQ(o.targets.size(), 1u);
    EXPECT_TRUE(o.targets[0].guardOverridden);
    EXPECT_FALSE(o.guardRefused);
    EXPECT_GT(w.mock()->counters().invocations, 0u);
}

// Two shards of one plan, run by the engine with their slices, merged: the merged folder opens in the
// workbench as any run does, with the whole load's users.
TEST(EngineUi, AMergedRunOfShardsOpensLikeAnyRun)
{
    Window win;
    MainWindow &w = win.w;
    win.loadShortRamp();
    const TestPlan plan = w.plan();
    QStringList shards;
    for (int i = 0; i < 2; ++i) {
        LoadEngine engine;
        RunRecorder recorder;
        QString error;
        ASSERT_TRUE(recorder.open(win.dir.filePath(QStringLiteral("shards")),
                                  QStringLiteral("s%1").arg(i + 1), plan, &error))
            << error.toStdString();
        recorder.setShard(ShardSlice{i, 2}, {});
        EngineOptions options;
        options.shard = ShardSlice{i, 2};
        options.observers.push_back(&recorder);
        bool done = false;
        QObject::connect(&engine, &LoadEngine::finished, [&](RunOutcome o) {
            recorder.runFinished(o);
            done = true;
        });
        ASSERT_TRUE(engine.start(plan, options, &error)) << error.toStdString();
        ASSERT_TRUE(test::waitUntil([&] { return done; }, kRunTimeoutMs));
        shards << recorder.runDir();
    }
    MergeReport report;
    QString error;
    ASSERT_TRUE(mergeShards(shards, win.dir.filePath(QStringLiteral("runs/merged")), &report, &error))
        << error.toStdString();
    ASSERT_TRUE(w.showRuns({report.runDir}, &error)) << error.toStdString();
    ResultsModel *results = w.resultsPanel()->model();
    ASSERT_EQ(results->rowCount(), 1);
    // Each shard ran 1 then 2 users: the merged run shows the plan's 4 at its peak.
    EXPECT_EQ(results->rows()[0].verdict.usersAtPeak, 4);
    w.showPage(MainWindow::ResultsPage);
    test::saveScreenshot(&w, QStringLiteral("results_merged_shards"));
}
