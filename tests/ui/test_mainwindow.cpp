// The main window: load a plan, edit it through the model, save/load round trip through the window's save
// path, unsaved-changes questions, drag and drop, the mock agent toggle, a synthetic run into the charts
// and the results table, shortcuts. Screenshots of the main states go to screenshots/.
#include "core/metrics/saturation.h"
#include "core/plan/planio.h"
#include "core/report/runrecorder.h"
#include "screenshot.h"
#include "synthetic.h"
#include "ui/chartpanel.h"
#include "ui/checkseditor.h"
#include "ui/historypanel.h"
#include "ui/kpistrip.h"
#include "ui/mainwindow.h"
#include "ui/mockcontrol.h"
#include "ui/planeditor.h"
#include "ui/resultsmodel.h"
#include "ui/resultspanel.h"
#include "ui/runcontroller.h"
#include "ui/runlistmodel.h"
#include "ui/runpanel.h"
#include "ui/settingsdialog.h"
#include "ui/targettablemodel.h"
#include "ui/thresholdsmodel.h"
#include "ui/thresholdtablemodel.h"
#include "ui/uisettings.h"
#include "ui/workbench.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QClipboard>
#include <QDoubleSpinBox>
#include <QDropEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace plateau;
using namespace plateau::test;

namespace {

struct Window
{
    QTemporaryDir dir;
    MainWindow w;
    std::unique_ptr<QAbstractItemModelTester> targetsTester;
    std::unique_ptr<QAbstractItemModelTester> resultsTester;
    std::unique_ptr<QAbstractItemModelTester> thresholdsTester;
    QStringList asked;
    QStringList informed;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;

    Window()
    {
        UiSettings s = w.uiSettings();
        s.runsDir = dir.filePath(QStringLiteral("runs"));
        w.setUiSettings(s);
        w.setAskHook([this](const QString &title, const QString &, QMessageBox::StandardButtons) {
            asked << title;
            return answer;
        });
        w.setInformHook(
            [this](const QString &title, const QString &text) { informed << title + u'\n' + text; });
        targetsTester = std::make_unique<QAbstractItemModelTester>(
            w.planEditor()->targetModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        resultsTester = std::make_unique<QAbstractItemModelTester>(
            w.resultsPanel()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        thresholdsTester = std::make_unique<QAbstractItemModelTester>(
            w.resultsPanel()->thresholdsModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        w.resize(1360, 860);
        w.show();
    }
};

TestPlan matrixPlan()
{
    TestPlan p = demoPlan(QStringLiteral("http://127.0.0.1:9"));
    p.name = QStringLiteral("matrix");
    p.targets.clear();
    const QStringList names = {"app-medium-w2", "app-medium-w4", "app-large-w8"};
    for (const QString &n : names) {
        Target t;
        t.label = n;
        t.url = QStringLiteral("https://%1.example.com").arg(n);
        t.computeSize =
            n.contains(QStringLiteral("large")) ? QStringLiteral("large") : QStringLiteral("medium");
        t.workers = n.right(1).toInt();
        p.targets.push_back(t);
    }
    p.profile().maxUsers = 300;
    p.profile().stepSize = 20;
    p.profile().stepDurationS = 30;
    return p;
}

std::string issueText(const std::vector<PlanIssue> &issues)
{
    std::string text;
    for (const PlanIssue &i : issues)
        text += i.toString().toStdString() + '\n';
    return text;
}

} // namespace

TEST(MainWindow, EditSaveAndLoadRoundTrip)
{
    Window win;
    MainWindow &w = win.w;
    w.setPlan(matrixPlan());
    EXPECT_FALSE(w.isModified());
    EXPECT_TRUE(w.planEditor()->issues().empty());
    w.showPage(MainWindow::PlanPage);
    saveScreenshot(&w, QStringLiteral("window_plan"));

    TargetTableModel *model = w.planEditor()->targetModel();
    ASSERT_EQ(model->rowCount(), 3);
    ASSERT_TRUE(model->setData(model->index(1, TargetTableModel::UrlColumn),
                               QStringLiteral("https://edited.example.com")));
    ASSERT_TRUE(
        model->setData(model->index(2, TargetTableModel::EnabledColumn), Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_TRUE(w.isModified());
    EXPECT_TRUE(w.isWindowModified());
    EXPECT_EQ(w.plan().targets[1].url, QStringLiteral("https://edited.example.com"));
    EXPECT_FALSE(w.plan().targets[2].enabled);

    const QString path = win.dir.filePath(QStringLiteral("edited.plateau.json"));
    ASSERT_TRUE(w.saveTo(path));
    EXPECT_FALSE(w.isModified());
    EXPECT_EQ(w.filePath(), path);
    EXPECT_TRUE(recentFiles().contains(path));
    // Saved exactly what the window showed.
    const PlanLoadResult saved = loadPlanFile(path);
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(*saved.plan, w.plan());

    // A second edit saved through Save (the known path, no dialog).
    ASSERT_TRUE(model->setData(model->index(0, TargetTableModel::WorkersColumn), 3));
    ASSERT_TRUE(w.save());

    Window other;
    ASSERT_TRUE(other.w.openFile(path));
    EXPECT_EQ(other.w.plan(), w.plan());
    EXPECT_EQ(other.w.plan().targets[0].workers, 3);
    EXPECT_FALSE(other.w.isModified());
    EXPECT_TRUE(other.w.windowTitle().contains(QStringLiteral("edited.plateau.json")));

    // A file that is not a plan is refused with its reason, and the window keeps its plan.
    const QString junk = win.dir.filePath(QStringLiteral("junk.json"));
    QFile f(junk);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{\"targets\": [1, 2");
    f.close();
    EXPECT_FALSE(other.w.openFile(junk));
    ASSERT_FALSE(other.informed.isEmpty());
    EXPECT_TRUE(other.informed.last().contains(QStringLiteral("byte")))
        << other.informed.last().toStdString();
    EXPECT_EQ(other.w.plan(), w.plan());
}

TEST(MainWindow, AsksBeforeDroppingUnsavedChanges)
{
    Window win;
    MainWindow &w = win.w;
    w.setPlan(matrixPlan());
    TargetTableModel *model = w.planEditor()->targetModel();
    model->setData(model->index(0, TargetTableModel::LabelColumn), QStringLiteral("renamed"));
    ASSERT_TRUE(w.isModified());

    win.answer = QMessageBox::Cancel;
    w.newPlan();
    EXPECT_EQ(win.asked.size(), 1);
    EXPECT_EQ(w.plan().targets[0].label, QStringLiteral("renamed"));

    win.answer = QMessageBox::Discard;
    w.newPlan();
    EXPECT_EQ(win.asked.size(), 2);
    EXPECT_FALSE(w.isModified());
    ASSERT_EQ(w.plan().targets.size(), 1u);
    EXPECT_TRUE(w.plan().targets[0].url.isEmpty());
    // The new plan's empty URL is flagged in its cell.
    EXPECT_FALSE(model->issueAt(0, TargetTableModel::UrlColumn).isEmpty());
    EXPECT_TRUE(win.w.close()); // not modified: closes without a question
    EXPECT_EQ(win.asked.size(), 2);
}

TEST(MainWindow, OpensADroppedPlanFile)
{
    Window win;
    const QString path = win.dir.filePath(QStringLiteral("dropped.plateau.json"));
    ASSERT_TRUE(savePlanFile(matrixPlan(), path));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&win.w, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&win.w, &drop);
    EXPECT_EQ(win.w.filePath(), path);
    EXPECT_EQ(win.w.plan(), matrixPlan());

    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(win.dir.filePath(QStringLiteral("picture.png")))});
    QDragEnterEvent refuse(QPoint(10, 10), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    refuse.setAccepted(false);
    QApplication::sendEvent(&win.w, &refuse);
    EXPECT_FALSE(refuse.isAccepted());
}

TEST(MainWindow, DemoPlanAndMockToggle)
{
    Window win;
    MainWindow &w = win.w;
    w.openDemo();
    ASSERT_TRUE(w.mock()->isRunning());
    const QString url = w.mock()->baseUrl();
    ASSERT_FALSE(w.plan().targets.empty());
    EXPECT_TRUE(w.plan().targets[0].url.startsWith(url));
    EXPECT_TRUE(w.mockAction()->isChecked());
    EXPECT_TRUE(w.planEditor()->issues().empty());

    w.mockAction()->trigger(); // off
    EXPECT_FALSE(w.mock()->isRunning());
    EXPECT_FALSE(w.mockAction()->isChecked());
    w.mockAction()->trigger(); // on again: same port when it is free, and the plan still points at it
    ASSERT_TRUE(w.mock()->isRunning());
    EXPECT_TRUE(w.plan().targets[0].url.startsWith(w.mock()->baseUrl()));
    saveScreenshot(&w, QStringLiteral("window_demo_plan"));
}

TEST(MainWindow, RefusesToStartAnInvalidPlan)
{
    Window win;
    TestPlan p = matrixPlan();
    p.targets[0].url = QStringLiteral("not a url");
    p.profile().stepSize = 0;
    win.w.setPlan(p);
    win.w.showPage(MainWindow::RunPage);
    EXPECT_FALSE(win.w.startRun());
    EXPECT_FALSE(win.w.isRunning());
    EXPECT_EQ(win.w.pages()->currentIndex(), int(MainWindow::PlanPage));
    ASSERT_FALSE(win.informed.isEmpty());
    // The window names the row as its table numbers it; paths without a row stay as the file has them.
    EXPECT_TRUE(win.informed.last().contains(QStringLiteral("Target 1, URL: not an http(s) URL")))
        << win.informed.last().toStdString();
    EXPECT_FALSE(win.informed.last().contains(QStringLiteral("targets[0]")));
    EXPECT_TRUE(win.informed.last().contains(QStringLiteral("profile.step_size")));
    saveScreenshot(&win.w, QStringLiteral("window_plan_with_problems"));
}

TEST(MainWindow, ProblemsReadingTheFileStandUntilReloadedOrSaved)
{
    Window win;
    MainWindow &w = win.w;
    const QString path = win.dir.filePath(QStringLiteral("typo.plateau.json"));
    const auto write = [&](const char *typo) {
        nlohmann::json doc = nlohmann::json::parse(planToJson(matrixPlan()).toStdString());
        // A file of one profile, as written before phases: its fields are "profile.x".
        doc["schema"] = 1;
        doc["profile"] = doc["phases"][0]["profile"];
        doc.erase("phases");
        doc["profile"].erase("max_users");
        doc["profile"][typo] = 60;
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray::fromStdString(doc.dump(2)));
    };
    const auto title = [&] {
        return w.planEditor()->findChild<QLabel *>(QStringLiteral("problemsTitle"))->text();
    };
    const auto listed = [&] {
        QStringList lines;
        const auto *list = w.planEditor()->findChild<QListWidget *>(QStringLiteral("problemsList"));
        for (int i = 0; i < list->count(); ++i)
            lines << list->item(i)->text();
        return lines;
    };
    const QString typo = QStringLiteral("profile.max_user: unknown field — did you mean max_users?");

    // A typo used to open as a plan "ready to run" with 300 users.
    write("max_user");
    ASSERT_TRUE(w.openFile(path));
    EXPECT_EQ(listed(), QStringList{typo});
    EXPECT_FALSE(title().contains(QStringLiteral("ready to run"))) << title().toStdString();
    EXPECT_TRUE(title().contains(QStringLiteral("1 problem"))) << title().toStdString();
    ASSERT_FALSE(win.informed.isEmpty());
    EXPECT_TRUE(win.informed.last().contains(typo)) << win.informed.last().toStdString();
    saveScreenshot(&w, QStringLiteral("window_plan_with_load_problems"));

    // Editing something else does not make it go away, and the run is refused while it stands.
    TargetTableModel *model = w.planEditor()->targetModel();
    ASSERT_TRUE(model->setData(model->index(0, TargetTableModel::WorkersColumn), 5));
    EXPECT_EQ(listed(), QStringList{typo});
    win.informed.clear();
    EXPECT_FALSE(w.startRun());
    EXPECT_FALSE(w.isRunning());
    ASSERT_FALSE(win.informed.isEmpty());
    EXPECT_TRUE(win.informed.last().contains(typo)) << win.informed.last().toStdString();

    // Reloaded without the typo, the file is clean.
    write("max_users");
    win.answer = QMessageBox::Discard;
    ASSERT_TRUE(w.openFile(path));
    EXPECT_TRUE(w.planEditor()->issues().empty()) << issueText(w.planEditor()->issues());
    EXPECT_TRUE(title().contains(QStringLiteral("ready to run"))) << title().toStdString();
    EXPECT_EQ(w.plan().profile().maxUsers, 60);

    // Saving from the workbench writes the plan as it was understood, and says what was left out.
    write("max_user");
    ASSERT_TRUE(w.openFile(path));
    ASSERT_FALSE(w.planEditor()->loadIssues().empty());
    ASSERT_TRUE(w.save());
    EXPECT_TRUE(w.planEditor()->issues().empty()) << issueText(w.planEditor()->issues());
    EXPECT_TRUE(title().contains(QStringLiteral("ready to run"))) << title().toStdString();
    EXPECT_TRUE(w.statusBar()->currentMessage().contains(QStringLiteral("without what it could not read "
                                                                        "(profile.max_user)")))
        << w.statusBar()->currentMessage().toStdString();
    const PlanLoadResult saved = loadPlanFile(path);
    ASSERT_TRUE(saved.ok()) << issueText(saved.issues);
    EXPECT_EQ(saved.plan->profile().maxUsers, TestPlan().profile().maxUsers) << "the default it ran with";
    EXPECT_EQ(*saved.plan, w.plan());
}

TEST(MainWindow, SyntheticRunReachesChartsAndResults)
{
    Window win;
    MainWindow &w = win.w;
    const TestPlan plan = matrixPlan();
    w.setPlan(plan);
    RunController *run = w.runController();
    run->prepare(plan);
    w.showPage(MainWindow::RunPage);
    for (int target = 0; target < 3; ++target) {
        SyntheticRamp r;
        r.target = target;
        r.maxUsers = 300;
        r.capacityQps = 90 + 70 * target;
        run->onPhase(target, TargetPhase::HealthCheck, QStringLiteral("health check"));
        run->onMessage(
            QStringLiteral("%1: health check passed").arg(plan.targets[std::size_t(target)].label));
        run->onPhase(target, TargetPhase::Load, QString());
        TargetOutcome o;
        o.target = target;
        o.label = plan.targets[std::size_t(target)].label;
        o.phase = TargetPhase::Completed;
        const int steps = target == 2 ? 9 : syntheticSteps(r); // the last one is still running
        for (int step = 0; step < steps; ++step) {
            for (double t = step * r.stepDurationS; t < (step + 1) * r.stepDurationS; t += 1)
                run->onSnapshot(syntheticSnapshot(r, t));
            const StepResult s = syntheticStep(r, step);
            run->onStep(target, s);
            o.steps.push_back(s);
        }
        if (target == 2) {
            for (double t = 270; t < 282; t += 1)
                run->onSnapshot(syntheticSnapshot(r, t));
            break;
        }
        o.verdict = detectSaturation(o.steps, plan.saturation);
        o.total = o.steps.back();
        o.loadSeconds = r.stepDurationS * steps;
        run->onTargetFinished(o);
    }
    ChartPanel *charts = w.chartPanel();
    charts->flush(true);
    EXPECT_EQ(charts->chartCount(ChartMetric::Qps), 2); // medium and large
    EXPECT_EQ(charts->linePointCount(ChartMetric::Qps, 0, 0), 15);
    EXPECT_EQ(charts->linePointCount(ChartMetric::Qps, 2, 0), 10); // 9 steps + the one in progress
    EXPECT_TRUE(charts->hasKneeMarker(ChartMetric::QpsOk, 0));
    EXPECT_TRUE(charts->hasKneeMarker(ChartMetric::QpsOk, 1));

    // A snapshot that shows the generator saturated raises the warning.
    EXPECT_FALSE(w.runPanel()->generatorWarningShown());
    SyntheticRamp r;
    r.target = 2;
    IntervalSnapshot hot = syntheticSnapshot(r, 282);
    hot.generator.loopLagMaxMs = 180;
    run->onSnapshot(hot);
    EXPECT_TRUE(w.runPanel()->generatorWarningShown());
    EXPECT_TRUE(w.runPanel()->generatorWarning().contains(QStringLiteral("180 ms")));
    charts->setCurrentMetric(ChartMetric::QpsOk);
    charts->flush();
    saveScreenshot(&w, QStringLiteral("window_run_live"));

    ResultsModel *results = w.resultsPanel()->model();
    ASSERT_EQ(results->rowCount(), 3);
    // The running third target's provisional verdict (from its steps so far) already beats the others.
    EXPECT_EQ(results->bestRow(), 2);
    EXPECT_FALSE(results->index(0, ResultsModel::KneeColumn).data().toString().isEmpty());
    EXPECT_FALSE(results->index(1, ResultsModel::PeakQpsOkColumn).data().toString().isEmpty());
    EXPECT_TRUE(w.resultsPanel()->summaryText().contains(QStringLiteral("app-large-w8")));
    w.resultsPanel()->copyTsv();
    EXPECT_TRUE(QApplication::clipboard()->text().startsWith(QStringLiteral("Target\t")));
    w.showPage(MainWindow::ResultsPage);
    saveScreenshot(&w, QStringLiteral("window_results"));
}

TEST(MainWindow, RunPageShowsFourChartsAndTheLiveNumbersAtOnce)
{
    Window win;
    MainWindow &w = win.w;
    TestPlan plan = matrixPlan();
    plan.targets.resize(2); // two medium targets: one chart per cell
    w.setPlan(plan);
    RunController *run = w.runController();
    run->prepare(plan);
    w.showPage(MainWindow::RunPage);
    std::vector<SyntheticRamp> ramps(2);
    IntervalSnapshot last[2];
    // The first target done, the second mid-ramp: four of its steps finished, the fifth running.
    for (int target = 0; target < 2; ++target) {
        SyntheticRamp &r = ramps[std::size_t(target)];
        r.target = target;
        r.maxUsers = 300;
        r.capacityQps = 60 + 40 * target;
        run->onPhase(target, TargetPhase::Load, QString());
        const int steps = target == 0 ? syntheticSteps(r) : 4;
        for (int step = 0; step < steps; ++step) {
            for (double t = step * r.stepDurationS; t < (step + 1) * r.stepDurationS; t += 1)
                run->onSnapshot(last[target] = syntheticSnapshot(r, t));
            run->onStep(target, syntheticStep(r, step));
        }
    }
    // The second target's latest interval had failures: 3 rate-limited of its completed requests.
    IntervalSnapshot s = syntheticSnapshot(ramps[1], 4 * ramps[1].stepDurationS + 7);
    s.failures[std::size_t(FailureClass::RateLimited)] = 3;
    s.ok = s.completed - 3;
    s.qpsOk = double(s.ok) / (s.tEndS - s.tStartS);
    run->onSnapshot(s);
    last[1] = s;

    for (const QSize size : {QSize(1280, 800), QSize(1600, 1000)}) {
        w.resize(size);
        QApplication::processEvents();
        w.chartPanel()->flush();
        QApplication::processEvents();
        // All four cells and the numbers on screen together, none over another.
        EXPECT_EQ(w.chartPanel()->chartLayout(), ChartLayout::Grid);
        KpiStrip *kpis = w.runPanel()->kpiStrip();
        ASSERT_TRUE(kpis->isVisible());
        QList<QRect> areas{QRect(kpis->mapTo(&w, QPoint(0, 0)), kpis->size())};
        for (const GridCell cell : {GridCell::Qps, GridCell::Latency, GridCell::Ttft, GridCell::Failures}) {
            QChartView *view = w.chartPanel()->chartView(cell, 0);
            ASSERT_TRUE(view);
            EXPECT_TRUE(view->isVisible());
            const QRect area(view->mapTo(&w, QPoint(0, 0)), view->size());
            EXPECT_TRUE(w.rect().contains(area)) << size.width() << " " << int(cell);
            EXPECT_GE(area.height(), 150) << size.width() << " " << int(cell);
            for (const QRect &other : std::as_const(areas))
                EXPECT_FALSE(other.intersects(area)) << size.width() << " " << int(cell);
            areas << area;
            EXPECT_EQ(w.chartPanel()->linePointCount(cell, 1, 0), 5)
                << int(cell); // 4 steps + the one running
        }
        saveScreenshot(&w, QStringLiteral("window_run_grid_%1").arg(size.width()));
    }

    // The numbers are the latest snapshot's, as the progress line of plateau run prints them.
    KpiStrip *kpis = w.runPanel()->kpiStrip();
    ASSERT_EQ(kpis->rowCount(), 2);
    for (int target = 0; target < 2; ++target) {
        const IntervalSnapshot &l = last[target];
        const int row = kpis->rowForTarget(target);
        ASSERT_GE(row, 0);
        const auto ms = [](double v) -> QString {
            return QString::number(v, 'f', v < 10 ? 1 : 0) + QStringLiteral(" ms");
        };
        EXPECT_EQ(kpis->text(row, KpiStrip::UsersKpi), QString::number(l.users));
        EXPECT_EQ(kpis->text(row, KpiStrip::QpsOkKpi), QString::number(l.qpsOk, 'f', 1));
        EXPECT_EQ(kpis->text(row, KpiStrip::LatencyP95Kpi), ms(l.latency.p95Ms));
        EXPECT_EQ(kpis->text(row, KpiStrip::TtftP95Kpi), ms(l.ttft.p95Ms));
        EXPECT_EQ(kpis->text(row, KpiStrip::FailuresKpi),
                  QStringLiteral("%1 (%2%)").arg(l.failed()).arg(100.0 * l.failureRate(), 0, 'f', 1));
    }
    EXPECT_EQ(kpis->text(1, KpiStrip::UsersKpi), QStringLiteral("100"));
    EXPECT_TRUE(kpis->text(1, KpiStrip::FailuresKpi).startsWith(QStringLiteral("3 (")));
    EXPECT_EQ(kpis->text(0, KpiStrip::FailuresKpi), QStringLiteral("0 (0.0%)"));

    // An interval without a success has no latency: a dash, not 0 ms.
    IntervalSnapshot idle = s;
    idle.tStartS += 1;
    idle.tEndS += 1;
    idle.ok = 0;
    idle.latency = Summary{};
    idle.ttft = Summary{};
    run->onSnapshot(idle);
    EXPECT_EQ(kpis->text(1, KpiStrip::LatencyP95Kpi), QStringLiteral("—"));
    EXPECT_EQ(kpis->text(1, KpiStrip::TtftP95Kpi), QStringLiteral("—"));

    // A finished target keeps its last numbers, marked as no longer live.
    TargetOutcome done;
    done.target = 0;
    done.label = plan.targets[0].label;
    done.phase = TargetPhase::Completed;
    run->onTargetFinished(done);
    EXPECT_TRUE(kpis->isFinished(kpis->rowForTarget(0)));
    EXPECT_FALSE(kpis->isFinished(kpis->rowForTarget(1)));
    EXPECT_EQ(kpis->text(kpis->rowForTarget(0), KpiStrip::UsersKpi), QString::number(last[0].users));
}

TEST(MainWindow, ResultsShowFailedThresholdsWithActualAndLimit)
{
    Window win;
    MainWindow &w = win.w;
    TestPlan plan = matrixPlan();
    w.setPlan(plan);
    RunController *run = w.runController();
    run->prepare(plan);
    const auto gate = [](const char *metric, const char *op, double limit, double actual, bool passed) {
        ThresholdResult t;
        t.metric = QString::fromLatin1(metric);
        t.op = QString::fromLatin1(op);
        t.limit = limit;
        t.actual = actual;
        t.passed = passed;
        return t;
    };
    for (int target = 0; target < 2; ++target) {
        SyntheticRamp r;
        r.target = target;
        r.maxUsers = 300;
        TargetOutcome o;
        o.target = target;
        o.label = plan.targets[std::size_t(target)].label;
        o.phase = TargetPhase::Completed;
        for (int step = 0; step < syntheticSteps(r); ++step)
            o.steps.push_back(syntheticStep(r, step));
        o.verdict = detectSaturation(o.steps, plan.saturation);
        o.total = o.steps.back();
        // As the engine evaluated them: the first target failed two of its four gates.
        o.thresholds = {gate("latency_p95_ms", "<", 1200, target == 0 ? 1920 : 900, target != 0),
                        gate("failure_rate", "<", 0.05, 0.02, true),
                        gate("ttft_p95_ms", "<", 300, target == 0 ? 312 : 190, target != 0),
                        gate("peak_qps_ok", ">", 100, 392, true)};
        run->onTargetFinished(o);
    }
    run->onPhase(2, TargetPhase::HealthCheck, QString());
    TargetOutcome skipped;
    skipped.target = 2;
    skipped.label = plan.targets[2].label;
    skipped.phase = TargetPhase::Skipped;
    skipped.detail = QStringLiteral("health check failed after 3 attempt(s): connect (connection refused)");
    run->onPhase(2, TargetPhase::Skipped, skipped.detail);
    run->onTargetFinished(skipped);
    w.showPage(MainWindow::ResultsPage);
    QApplication::processEvents();

    ResultsModel *results = w.resultsPanel()->model();
    const auto status = [&](int row) {
        return results->index(row, ResultsModel::StatusColumn).data().toString();
    };
    EXPECT_EQ(status(0), QStringLiteral("completed — 2 of 4 thresholds failed"));
    EXPECT_EQ(status(1), QStringLiteral("completed — all 4 thresholds passed"));
    EXPECT_EQ(status(2), QStringLiteral("skipped — ") + skipped.detail);
    EXPECT_TRUE(w.resultsPanel()->summaryText().contains(QStringLiteral("2 of 8 thresholds failed")))
        << w.resultsPanel()->summaryText().toStdString();
    EXPECT_TRUE(w.resultsPanel()->thresholdsTitle().contains(QStringLiteral("2 of 8 failed")));

    // The failed gates, each with its actual value against its limit.
    ThresholdsModel *gates = w.resultsPanel()->thresholdsModel();
    ASSERT_EQ(gates->rowCount(), 8);
    EXPECT_TRUE(w.resultsPanel()->thresholdsView()->isVisible());
    QStringList failed;
    for (int row = 0; row < gates->rowCount(); ++row) {
        if (gates->index(row, ThresholdsModel::ResultColumn).data().toString() != QStringLiteral("✗ failed"))
            continue;
        QStringList cells;
        for (int c = 0; c < ThresholdsModel::ColumnCount; ++c)
            cells << gates->index(row, c).data().toString();
        failed << cells.join(QStringLiteral(" | "));
    }
    EXPECT_EQ(
        failed,
        (QStringList{QStringLiteral("app-medium-w2 | latency_p95_ms < 1200 | 1920 ms | < 1200 ms | ✗ failed"),
                     QStringLiteral("app-medium-w2 | ttft_p95_ms < 300 | 312.0 ms | < 300 ms | ✗ failed")}));
    w.resize(1280, 800);
    QApplication::processEvents();
    saveScreenshot(&w, QStringLiteral("window_results_thresholds"));
}

TEST(MainWindow, ShortcutsAndTitles)
{
    Window win;
    EXPECT_EQ(win.w.startAction()->shortcut(), QKeySequence(Qt::Key_F5));
    EXPECT_EQ(win.w.stopAction()->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F5));
    EXPECT_FALSE(win.w.stopAction()->isEnabled());
    const auto actions = win.w.findChildren<QAction *>();
    QStringList shortcuts;
    for (QAction *a : actions)
        shortcuts << a->shortcut().toString(QKeySequence::PortableText);
    for (const char *s : {"Ctrl+N", "Ctrl+O", "Ctrl+S", "Ctrl+Shift+S", "F5", "Shift+F5"})
        EXPECT_TRUE(shortcuts.contains(QString::fromLatin1(s))) << s;
}

TEST(MainWindow, FirstLaunchOpensTheDemoLaterANewPlanOrTheGivenFile)
{
    QSettings().remove(QStringLiteral("ui/launched"));
    ASSERT_TRUE(isFirstLaunch());
    {
        Window win;
        openInitialPlan(win.w, {QStringLiteral("--some-option"), QStringLiteral("missing.json")});
        EXPECT_TRUE(win.w.mock()->isRunning());
        ASSERT_EQ(win.w.plan().targets.size(), 1u);
        EXPECT_TRUE(win.w.plan().targets[0].url.startsWith(win.w.mock()->baseUrl()));
    }
    EXPECT_FALSE(isFirstLaunch());
    Window later;
    openInitialPlan(later.w, {});
    EXPECT_FALSE(later.w.mock()->isRunning());
    EXPECT_EQ(later.w.plan().name, QStringLiteral("untitled"));
    const QString path = later.dir.filePath(QStringLiteral("given.plateau.json"));
    ASSERT_TRUE(savePlanFile(matrixPlan(), path));
    Window withFile;
    openInitialPlan(withFile.w, {path});
    EXPECT_EQ(withFile.w.plan(), matrixPlan());
}

TEST(MainWindow, SettingsAndRecentFilesPersist)
{
    Window win;
    UiSettings s = win.w.uiSettings();
    s.chartRefreshHz = 2.5;
    s.openGlCharts = false;
    win.w.setUiSettings(s);
    const UiSettings loaded = UiSettings::load();
    EXPECT_EQ(loaded.runsDir, s.runsDir);
    EXPECT_DOUBLE_EQ(loaded.chartRefreshHz, 2.5);
    EXPECT_FALSE(loaded.openGlCharts);
    // Out-of-range values in the settings file are clamped, not trusted.
    QSettings().setValue(QStringLiteral("ui/chartRefreshHz"), 1e9);
    EXPECT_DOUBLE_EQ(UiSettings::load().chartRefreshHz, 20);

    for (int i = 0; i < kMaxRecentFiles + 3; ++i)
        addRecentFile(win.dir.filePath(QStringLiteral("plan%1.plateau.json").arg(i)));
    addRecentFile(win.dir.filePath(QStringLiteral("plan5.plateau.json")));
    const QStringList recent = recentFiles();
    ASSERT_EQ(recent.size(), kMaxRecentFiles);
    EXPECT_TRUE(recent.first().endsWith(QStringLiteral("plan5.plateau.json")));
    EXPECT_EQ(recent.count(recent.first()), 1);
}

namespace {

// What `plateau run` leaves behind, written by the same RunRecorder: open() makes the folder and a
// run.json that says "running"; finishRun() ends it as a completed run.
std::unique_ptr<RunRecorder> openRun(const QString &runsDir, const QString &name)
{
    auto recorder = std::make_unique<RunRecorder>();
    QString error;
    EXPECT_TRUE(recorder->open(runsDir, name, demoPlan(QStringLiteral("http://127.0.0.1:9")), &error))
        << error.toStdString();
    return recorder;
}

void finishRun(RunRecorder &recorder)
{
    const TestPlan plan = demoPlan(QStringLiteral("http://127.0.0.1:9"));
    recorder.targetStarted(0, plan.targets[0], QStringLiteral("none"), 0);
    TargetOutcome o;
    o.target = 0;
    o.label = plan.targets[0].label;
    o.phase = TargetPhase::Completed;
    o.total.completed = o.total.ok = 1; // a run that measured nothing is a failed run
    recorder.targetFinished(o, MetricSet{});
    RunOutcome outcome;
    outcome.targets.push_back(o);
    recorder.runFinished(outcome);
    EXPECT_TRUE(outcome.error.isEmpty()) << outcome.error.toStdString();
}

void recordRun(const QString &runsDir, const QString &name)
{
    finishRun(*openRun(runsDir, name));
}

int rowOf(const RunListModel *model, const QString &name)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, RunListModel::NameColumn).data().toString() == name)
            return r;
    }
    return -1;
}

} // namespace

TEST(MainWindow, EditingTheChecksChangesThePlanAndMarksItModified)
{
    Window win;
    MainWindow &w = win.w;
    ChecksEditor *checks = w.planEditor()->checksEditor();
    ThresholdTableModel *thresholds = w.planEditor()->thresholdModel();
    QAbstractItemModelTester tester(thresholds, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const TestPlan base = matrixPlan();
    const auto check = [&](const char *what, const std::function<void()> &edit,
                           const std::function<bool(const TestPlan &)> &applied) {
        w.setPlan(base);
        ASSERT_FALSE(w.isModified()) << what;
        edit();
        EXPECT_TRUE(w.isModified()) << what;
        EXPECT_TRUE(w.isWindowModified()) << what;
        EXPECT_NE(w.plan(), base) << what;
        EXPECT_TRUE(applied(w.plan())) << what;
    };
    const auto spin = [&](const char *name) {
        return checks->findChild<QSpinBox *>(QString::fromLatin1(name));
    };
    const auto dspin = [&](const char *name) {
        return checks->findChild<QDoubleSpinBox *>(QString::fromLatin1(name));
    };
    ASSERT_NE(checks->findChild<QCheckBox *>(QStringLiteral("health.enabled")), nullptr);
    check(
        "health enabled",
        [&] { checks->findChild<QCheckBox *>(QStringLiteral("health.enabled"))->setChecked(false); },
        [](const TestPlan &p) { return !p.health.enabled; });
    check(
        "attempts", [&] { spin("health.attempts")->setValue(6); },
        [](const TestPlan &p) { return p.health.attempts == 6; });
    check(
        "retry delay", [&] { dspin("health.retry_delay_s")->setValue(5); },
        [](const TestPlan &p) { return p.health.retryDelayS == 5; });
    check(
        "timeout", [&] { dspin("health.timeout_s")->setValue(75); },
        [](const TestPlan &p) { return p.health.timeoutS == 75; });
    check(
        "warm-up", [&] { spin("health.warmup_requests")->setValue(20); },
        [](const TestPlan &p) { return p.health.warmupRequests == 20; });
    check(
        "flat fraction", [&] { dspin("saturation.flat_fraction")->setValue(0.5); },
        [](const TestPlan &p) { return p.saturation.flatFraction == 0.5; });
    check(
        "p95 limit", [&] { dspin("saturation.p95_limit_ms")->setValue(3000); },
        [](const TestPlan &p) { return p.saturation.p95LimitMs == 3000; });
    check(
        "failure rate limit", [&] { dspin("saturation.error_rate_limit")->setValue(0.2); },
        [](const TestPlan &p) { return p.saturation.errorRateLimit == 0.2; });
    check(
        "SLO latency", [&] { dspin("slo.latency_p95_ms")->setValue(2500); },
        [](const TestPlan &p) { return p.slo.latencyP95Ms == 2500; });
    check(
        "SLO TTFT", [&] { dspin("slo.ttft_p95_ms")->setValue(700); },
        [](const TestPlan &p) { return p.slo.ttftP95Ms == 700; });
    check(
        "SLO failure rate", [&] { dspin("slo.failure_rate")->setValue(0.01); },
        [](const TestPlan &p) { return p.slo.failureRate == 0.01; });
    ASSERT_EQ(base.thresholds.size(), 2u);
    check(
        "threshold metric",
        [&] {
            thresholds->setData(thresholds->index(0, ThresholdTableModel::MetricColumn),
                                QStringLiteral("ttft_p95_ms"));
        },
        [](const TestPlan &p) { return p.thresholds[0].metric == u"ttft_p95_ms"; });
    check(
        "threshold op",
        [&] {
            thresholds->setData(thresholds->index(0, ThresholdTableModel::OpColumn), QStringLiteral("<="));
        },
        [](const TestPlan &p) { return p.thresholds[0].op == u"<="; });
    check(
        "threshold value",
        [&] { thresholds->setData(thresholds->index(1, ThresholdTableModel::ValueColumn), 0.1); },
        [](const TestPlan &p) { return p.thresholds[1].value == 0.1; });
    check(
        "threshold scope",
        [&] {
            thresholds->setData(thresholds->index(1, ThresholdTableModel::ScopeColumn),
                                QStringLiteral("step"));
        },
        [](const TestPlan &p) { return p.thresholds[1].scope == ThresholdScope::Step; });
    check(
        "threshold abort",
        [&] {
            thresholds->setData(thresholds->index(0, ThresholdTableModel::AbortColumn), int(Qt::Checked),
                                Qt::CheckStateRole);
        },
        [](const TestPlan &p) { return p.thresholds[0].abortOnFail; });
    check(
        "threshold added", [&] { thresholds->addThreshold(); },
        [](const TestPlan &p) {
            return p.thresholds.size() == 3 && p.thresholds[2].metric == u"latency_p50_ms";
        });
    check(
        "threshold removed", [&] { thresholds->removeRows(0, 1); },
        [](const TestPlan &p) {
            return p.thresholds.size() == 1 && p.thresholds[0].metric == u"failure_rate";
        });

    // What the Checks tab shows is what is saved, and it loads back the same.
    dspin("health.timeout_s")->setValue(45);
    thresholds->addThreshold();
    const QString path = win.dir.filePath(QStringLiteral("checks.plateau.json"));
    ASSERT_TRUE(w.saveTo(path));
    EXPECT_FALSE(w.isModified());
    const PlanLoadResult saved = loadPlanFile(path);
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(*saved.plan, w.plan());
    Window other;
    ASSERT_TRUE(other.w.openFile(path));
    EXPECT_EQ(other.w.plan(), w.plan());
    EXPECT_DOUBLE_EQ(other.w.plan().health.timeoutS, 45);
    ASSERT_EQ(other.w.plan().thresholds.size(), 2u); // the one left by the last check, and the one added
    EXPECT_EQ(other.w.plan().thresholds[1].metric, QStringLiteral("latency_p50_ms"));
}

TEST(MainWindow, ThePlanPageShowsTheChecks)
{
    Window win;
    MainWindow &w = win.w;
    w.resize(1280, 800);
    w.setPlan(matrixPlan());
    w.showPage(MainWindow::PlanPage);
    QTabWidget *tabs = w.planEditor()->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabText(i) == QStringLiteral("Checks"))
            tabs->setCurrentIndex(i);
    }
    ASSERT_EQ(tabs->tabText(tabs->currentIndex()), QStringLiteral("Checks"));
    ChecksEditor *checks = w.planEditor()->checksEditor();
    QApplication::processEvents();
    EXPECT_TRUE(checks->isVisible());
    // Nothing of the three parts is cut off at the window's smallest usual size.
    for (const char *name : {"health.warmup_requests", "saturation.error_rate_limit", "slo.failure_rate"}) {
        QWidget *field = checks->findChild<QWidget *>(QString::fromLatin1(name));
        ASSERT_NE(field, nullptr) << name;
        const QRect shown = QRect(field->mapTo(tabs, QPoint(0, 0)), field->size());
        EXPECT_TRUE(tabs->rect().contains(shown)) << name;
    }
    // The table's last column, the abort check box, is in sight without scrolling.
    QTableView *table = w.planEditor()->checksEditor()->findChild<QTableView *>();
    ASSERT_NE(table, nullptr);
    const QHeaderView *header = table->horizontalHeader();
    EXPECT_LE(header->sectionViewportPosition(ThresholdTableModel::AbortColumn) +
                  header->sectionSize(ThresholdTableModel::AbortColumn),
              table->viewport()->width());
    saveScreenshot(&w, QStringLiteral("planpage-after"));
    saveScreenshot(&w, QStringLiteral("checks-slo"));

    // A bad value: its row is marked and the list names it as the table numbers it.
    ThresholdTableModel *thresholds = w.planEditor()->thresholdModel();
    ASSERT_TRUE(
        thresholds->setData(thresholds->index(1, ThresholdTableModel::ValueColumn), QStringLiteral("-5")));
    ASSERT_EQ(w.planEditor()->issues().size(), 1u);
    saveScreenshot(&w, QStringLiteral("planpage-after-problem"));
}

TEST(MainWindow, HistoryListsRunsThatTheCommandLineWrote)
{
    Window win;
    MainWindow &w = win.w;
    HistoryPanel *history = w.historyPanel();
    QAbstractItemModelTester tester(history->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QString runs = w.runsDir();
    EXPECT_EQ(history->runsDir(), runs);
    EXPECT_EQ(history->model()->rowCount(), 0);

    recordRun(runs, QStringLiteral("cli-run"));
    history->refresh();
    ASSERT_EQ(history->model()->rowCount(), 1);
    EXPECT_EQ(history->model()->index(0, RunListModel::NameColumn).data().toString(),
              QStringLiteral("cli-run"));
    EXPECT_EQ(history->model()->index(0, RunListModel::StatusColumn).data().toString(),
              QStringLiteral("completed"));

    // The folder is watched: a run that starts there is listed without a refresh, and its end shows.
    const auto live = openRun(runs, QStringLiteral("cli-live"));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return rowOf(history->model(), QStringLiteral("cli-live")) >= 0; }, 10000));
    const auto status = [&] {
        return history->model()
            ->index(rowOf(history->model(), QStringLiteral("cli-live")), RunListModel::StatusColumn)
            .data()
            .toString();
    };
    EXPECT_EQ(status(), QStringLiteral("interrupted"))
        << "run.json says running, and it is no run of this window";
    // The run this window runs says so instead.
    history->setLiveRunDir(live->runDir());
    EXPECT_EQ(status(), QStringLiteral("running"));
    history->setLiveRunDir(QString());
    finishRun(*live);
    EXPECT_TRUE(QTest::qWaitFor([&] { return status() == u"completed"; }, 10000)) << status().toStdString();
}

TEST(MainWindow, TheRunsFolderFollowsTheWorkingDirectoryUnlessOneIsChosen)
{
    QTemporaryDir project;
    ASSERT_TRUE(project.isValid());
    UiSettings automatic;
    // No runs folder where Plateau started: its own folder under Documents.
    EXPECT_EQ(automatic.effectiveRunsDir(project.path()), UiSettings::documentsRunsDir());
    ASSERT_TRUE(QDir(project.path()).mkdir(QStringLiteral("runs")));
    EXPECT_EQ(automatic.effectiveRunsDir(project.path()), project.filePath(QStringLiteral("runs")));
    UiSettings chosen;
    chosen.runsDir = project.filePath(QStringLiteral("elsewhere"));
    EXPECT_EQ(chosen.effectiveRunsDir(project.path()), chosen.runsDir);

    // The window started there lists what `plateau run` wrote into ./runs.
    recordRun(project.filePath(QStringLiteral("runs")), QStringLiteral("from-cli"));
    const QString before = QDir::currentPath();
    ASSERT_TRUE(QDir::setCurrent(project.path()));
    {
        Window win;
        win.w.setUiSettings(UiSettings{});
        EXPECT_EQ(QDir(win.w.runsDir()).canonicalPath(),
                  QDir(project.filePath(QStringLiteral("runs"))).canonicalPath());
        EXPECT_GE(rowOf(win.w.historyPanel()->model(), QStringLiteral("from-cli")), 0);
        // Automatic is stored as automatic, so the next start in another folder follows that one.
        EXPECT_TRUE(UiSettings::load().runsDir.isEmpty());
    }
    QDir::setCurrent(before);

    // Earlier versions stored the Documents folder on every start: that is read as automatic.
    QSettings().setValue(QStringLiteral("ui/runsDir"), UiSettings::documentsRunsDir());
    EXPECT_TRUE(UiSettings::load().runsDir.isEmpty());
    QSettings().setValue(QStringLiteral("ui/runsDir"), chosen.runsDir);
    EXPECT_EQ(UiSettings::load().runsDir, chosen.runsDir);

    // The Settings dialog: an empty field is the automatic choice, and says where that is.
    SettingsDialog dialog(automatic);
    auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("runsDir"));
    ASSERT_NE(field, nullptr);
    EXPECT_TRUE(field->text().isEmpty());
    EXPECT_TRUE(field->placeholderText().contains(QDir::toNativeSeparators(automatic.effectiveRunsDir())))
        << field->placeholderText().toStdString();
    EXPECT_TRUE(dialog.settings().runsDir.isEmpty());
    field->setText(QStringLiteral("  ") + chosen.runsDir + QStringLiteral(" "));
    EXPECT_EQ(dialog.settings().runsDir, chosen.runsDir);
}
