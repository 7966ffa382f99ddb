// Phases in the workbench: the phase list model and editor, the profile form's new shapes, issues of
// several phases on the right phase's fields, phase boundaries on the time charts, and the phases of the
// results.
#include "core/plan/planio.h"
#include "screenshot.h"
#include "synthetic.h"
#include "ui/chartpanel.h"
#include "ui/issuetext.h"
#include "ui/phaselistmodel.h"
#include "ui/phaseresultsmodel.h"
#include "ui/phaseseditor.h"
#include "ui/planeditor.h"
#include "ui/profileeditor.h"
#include "ui/resultsmodel.h"
#include "ui/resultspanel.h"
#include "ui/thresholdsmodel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <gtest/gtest.h>

using namespace plateau;
using namespace plateau::test;

namespace {

// warm-up (burst) -> ramp (step ramp, gated) -> soak (sustained, gated): what a release check runs.
std::vector<Phase> threePhases()
{
    Phase warm;
    warm.name = QStringLiteral("warm-up");
    warm.profile.kind = ProfileKind::Burst;
    warm.profile.burstUsers = 10;
    warm.profile.burstRampS = 5;
    warm.profile.holdS = 55;
    Phase ramp;
    ramp.name = QStringLiteral("ramp");
    ramp.gate = true;
    ramp.profile.kind = ProfileKind::ArrivalRamp;
    ramp.profile.startRate = 5;
    ramp.profile.endRate = 50;
    ramp.profile.durationS = 300;
    ramp.profile.stepDurationS = 30;
    Phase soak;
    soak.name = QStringLiteral("soak");
    soak.gate = true;
    soak.profile.kind = ProfileKind::Sustained;
    soak.profile.sustainedUsers = 40;
    soak.profile.durationS = 600;
    return {warm, ramp, soak};
}

TestPlan threePhasePlan()
{
    TestPlan plan = demoPlan(QStringLiteral("http://127.0.0.1:1"));
    plan.phases = threePhases();
    return plan;
}

QSpinBox *spinWithValue(QWidget *root, int value)
{
    for (QSpinBox *s : root->findChildren<QSpinBox *>()) {
        if (s->value() == value && s->isVisibleTo(root))
            return s;
    }
    return nullptr;
}

} // namespace

TEST(PhaseListModel, AddsRemovesAndMovesPhasesKeepingOne)
{
    PhaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 1) << "a plan always has a phase";
    QSignalSpy edited(&model, &PhaseListModel::edited);
    model.setPhases(threePhases());
    EXPECT_EQ(edited.count(), 0) << "a load is not an edit";
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.data(model.index(1, PhaseListModel::NameColumn)).toString(), QStringLiteral("ramp"));
    EXPECT_EQ(model.data(model.index(1, PhaseListModel::KindColumn)).toString(),
              PhaseListModel::kindText(ProfileKind::ArrivalRamp));
    EXPECT_FALSE(model.data(model.index(1, PhaseListModel::GateColumn)).toString().isEmpty());
    EXPECT_TRUE(model.data(model.index(0, PhaseListModel::GateColumn)).toString().isEmpty());
    EXPECT_EQ(model.data(model.index(2, PhaseListModel::EstimateColumn)).toString(),
              QStringLiteral("10 min"));

    const int added = model.addPhase(0);
    EXPECT_EQ(added, 1);
    EXPECT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.phase(1).name, QStringLiteral("phase 4")) << "a name no phase has";
    EXPECT_TRUE(model.moveDown(1));
    EXPECT_EQ(model.phase(2).name, QStringLiteral("phase 4"));
    EXPECT_EQ(model.phase(1).name, QStringLiteral("ramp"));
    EXPECT_TRUE(model.moveUp(2));
    EXPECT_FALSE(model.moveUp(0));
    EXPECT_FALSE(model.moveDown(3));
    EXPECT_TRUE(model.setData(model.index(1, PhaseListModel::NameColumn), QStringLiteral(" probe ")));
    EXPECT_EQ(model.phase(1).name, QStringLiteral("probe"));
    EXPECT_FALSE(model.flags(model.index(1, PhaseListModel::KindColumn)) & Qt::ItemIsEditable);
    while (model.rowCount() > 1)
        EXPECT_TRUE(model.removePhase(0));
    EXPECT_FALSE(model.removePhase(0)) << "the last phase stays";
    EXPECT_EQ(model.phase(0).name, QStringLiteral("soak"));
    EXPECT_GE(edited.count(), 7);
}

TEST(PhaseListModel, IssuesOfSeveralPhasesGoToTheirRowAndTheirProfile)
{
    TestPlan plan = threePhasePlan();
    plan.phases[2].profile.sustainedUsers = 0;       // out of range
    plan.phases[1].name = QStringLiteral("warm-up"); // a duplicate
    plan.phases[0].gate = true;                      // nothing before it to pass
    const auto issues = validatePlan(plan);
    PhaseListModel model;
    model.setPhases(plan.phases);
    model.setIssues(issues);
    EXPECT_TRUE(model.issueAt(2, PhaseListModel::KindColumn).contains(QStringLiteral("sustained_users")))
        << model.issueAt(2, PhaseListModel::KindColumn).toStdString();
    EXPECT_FALSE(model.issueAt(1, PhaseListModel::NameColumn).isEmpty());
    EXPECT_FALSE(model.issueAt(0, PhaseListModel::GateColumn).isEmpty());
    EXPECT_TRUE(model.issueAt(0, PhaseListModel::KindColumn).isEmpty());
    EXPECT_TRUE(model.data(model.index(2, PhaseListModel::KindColumn), Qt::BackgroundRole).isValid());

    const auto mine = PhaseListModel::profileIssues(issues, 2, 3);
    ASSERT_EQ(mine.size(), 1u);
    EXPECT_EQ(mine[0].path, QStringLiteral("profile.sustained_users"));
    EXPECT_TRUE(PhaseListModel::profileIssues(issues, 1, 3).empty());

    // A one-phase plan's fields keep their old path.
    TestPlan one = demoPlan(QStringLiteral("http://127.0.0.1:1"));
    one.profile().stepSize = 0;
    const auto oneIssues = validatePlan(one);
    const auto oneMine = PhaseListModel::profileIssues(oneIssues, 0, 1);
    ASSERT_FALSE(oneMine.empty());
    EXPECT_EQ(oneMine[0].path, QStringLiteral("profile.step_size"));
}

TEST(IssueText, NamesThePhaseAsTheListCountsIt)
{
    EXPECT_EQ(issueLocation(QStringLiteral("phases[2].profile.max_users")),
              QStringLiteral("Phase 3, max_users"));
    EXPECT_EQ(issueLocation(QStringLiteral("phases[0].gate")), QStringLiteral("Phase 1, Gate"));
    EXPECT_EQ(issueLocation(QStringLiteral("profile.max_users")), QStringLiteral("profile.max_users"));
}

TEST(ProfileEditor, NewShapesShowTheirFieldsAndGiveBackWhatTheyWereGiven)
{
    ProfileEditor editor;
    LoadProfile linear;
    linear.kind = ProfileKind::LinearRamp;
    linear.startUsers = 3;
    linear.maxUsers = 77;
    linear.durationS = 240;
    linear.stepDurationS = 20;
    editor.setProfile(linear);
    EXPECT_EQ(editor.profile(), linear);
    QSpinBox *start = spinWithValue(&editor, 3);
    ASSERT_NE(start, nullptr);
    EXPECT_TRUE(editor.isFieldShown(start));
    EXPECT_TRUE(editor.isFieldShown(spinWithValue(&editor, 77)));

    LoadProfile arrival;
    arrival.kind = ProfileKind::ArrivalRamp;
    arrival.startRate = 2.5;
    arrival.endRate = 40;
    arrival.rateSteps = 4;
    arrival.durationS = 400;
    arrival.maxInFlight = 321;
    editor.setProfile(arrival);
    EXPECT_EQ(editor.profile(), arrival);
    EXPECT_FALSE(editor.isFieldShown(start)) << "an arrival ramp has no users to start with";
    QSpinBox *levels = spinWithValue(&editor, 4);
    ASSERT_NE(levels, nullptr);
    EXPECT_TRUE(editor.isFieldShown(spinWithValue(&editor, 321)));
    // Levels measure themselves; a linear rise is measured in windows, which then show.
    QDoubleSpinBox *window = nullptr;
    for (QDoubleSpinBox *d : editor.findChildren<QDoubleSpinBox *>()) {
        if (d->value() == arrival.stepDurationS)
            window = d;
    }
    ASSERT_NE(window, nullptr);
    EXPECT_FALSE(editor.isFieldShown(window));
    levels->setValue(0);
    EXPECT_TRUE(editor.isFieldShown(window));
    EXPECT_EQ(editor.profile().rateSteps, 0);

    LoadProfile sweep;
    sweep.kind = ProfileKind::Sweep;
    sweep.sweepOn = SweepOn::Users;
    sweep.startUsers = 5;
    sweep.maxUsers = 500;
    sweep.sweepTolerance = 0.1;
    sweep.sweepMaxSteps = 9;
    editor.setProfile(sweep);
    EXPECT_EQ(editor.profile(), sweep);
    QSpinBox *probes = spinWithValue(&editor, 9);
    ASSERT_NE(probes, nullptr);
    EXPECT_TRUE(editor.estimateText().contains(QStringLiteral("9 probes")))
        << editor.estimateText().toStdString();
    EXPECT_TRUE(editor.isFieldShown(spinWithValue(&editor, 5)));
    // Searching on the rate swaps the users for rates.
    QComboBox *on = nullptr;
    for (QComboBox *c : editor.findChildren<QComboBox *>()) {
        if (c->findData(int(SweepOn::Users)) >= 0 && c->count() == 2)
            on = c;
    }
    ASSERT_NE(on, nullptr);
    on->setCurrentIndex(on->findData(int(SweepOn::Rate)));
    EXPECT_EQ(editor.profile().sweepOn, SweepOn::Rate);
    EXPECT_FALSE(editor.isFieldShown(spinWithValue(&editor, 5)));
    EXPECT_TRUE(editor.isFieldShown(spinWithValue(&editor, sweep.maxInFlight)));
}

TEST(PhasesEditor, EditsTheSelectedPhaseItsGateAndTheTotalEstimate)
{
    PhasesEditor editor;
    editor.setPhases(threePhases());
    editor.setEnabledTargets(2);
    QSignalSpy changed(&editor, &PhasesEditor::changed);
    EXPECT_EQ(editor.currentPhase(), 0);
    EXPECT_FALSE(editor.gateBox()->isEnabled()) << "the first phase has nothing before it";
    // 1 min + 5 min + 10 min per target, two targets.
    EXPECT_TRUE(editor.estimateText().contains(QStringLiteral("16 min")))
        << editor.estimateText().toStdString();
    EXPECT_TRUE(editor.estimateText().contains(QStringLiteral("32 min")))
        << editor.estimateText().toStdString();

    editor.view()->setCurrentIndex(editor.model()->index(2, 0));
    EXPECT_EQ(editor.currentPhase(), 2);
    EXPECT_EQ(editor.profileEditor()->profile(), threePhases()[2].profile);
    EXPECT_TRUE(editor.gateBox()->isEnabled());
    EXPECT_TRUE(editor.gateBox()->isChecked());
    QSpinBox *users = spinWithValue(editor.profileEditor(), 40);
    ASSERT_NE(users, nullptr);
    users->setValue(60);
    EXPECT_EQ(editor.phases()[2].profile.sustainedUsers, 60);
    EXPECT_EQ(editor.phases()[0].profile, threePhases()[0].profile) << "other phases keep theirs";
    editor.gateBox()->setChecked(false);
    EXPECT_FALSE(editor.phases()[2].gate);
    EXPECT_GE(changed.count(), 2);

    editor.moveUp();
    EXPECT_EQ(editor.currentPhase(), 1);
    EXPECT_EQ(editor.phases()[1].name, QStringLiteral("soak"));
    editor.addPhase();
    EXPECT_EQ(editor.phases().size(), 4u);
    EXPECT_EQ(editor.currentPhase(), 2);
    editor.removePhase();
    editor.removePhase();
    editor.removePhase();
    EXPECT_EQ(editor.phases().size(), 1u);
    editor.removePhase();
    EXPECT_EQ(editor.phases().size(), 1u) << "one phase always remains";
    // One phase: the estimate is the profile form's own.
    EXPECT_EQ(editor.estimateText(), editor.profileEditor()->estimateText());
}

TEST(PlanEditor, AThreePhasePlanRoundTripsAndMarksTheRightPhasesField)
{
    PlanEditor editor;
    editor.resize(1280, 860);
    TestPlan plan = threePhasePlan();
    editor.setPlan(plan);
    EXPECT_EQ(editor.plan(), plan);
    EXPECT_TRUE(editor.issues().empty()) << issueText(editor.issues().front()).toStdString();

    plan.phases[2].profile.sustainedUsers = 0;
    editor.setPlan(plan);
    ASSERT_EQ(editor.issues().size(), 1u);
    ASSERT_GE(editor.problemList()->count(), 1);
    EXPECT_TRUE(editor.problemList()->item(0)->text().startsWith(QStringLiteral("Phase 3")))
        << editor.problemList()->item(0)->text().toStdString();
    PhasesEditor *phases = editor.phasesEditor();
    // The first phase shows: its form marks nothing.
    for (QSpinBox *s : phases->profileEditor()->findChildren<QSpinBox *>())
        EXPECT_FALSE(s->toolTip().contains(QStringLiteral("must be"))) << s->toolTip().toStdString();
    phases->selectPhase(2);
    QSpinBox *users = spinWithValue(phases->profileEditor(), 0);
    ASSERT_NE(users, nullptr);
    EXPECT_TRUE(users->toolTip().contains(QStringLiteral("must be"))) << users->toolTip().toStdString();
    QSignalSpy edited(&editor, &PlanEditor::edited);
    users->setValue(25);
    EXPECT_EQ(edited.count(), 1);
    EXPECT_TRUE(editor.issues().empty());
    EXPECT_EQ(editor.plan().phases[2].profile.sustainedUsers, 25);
    EXPECT_EQ(editor.plan().phases[1], plan.phases[1]);

    // The Plan page with a three-phase plan, for the eye.
    editor.setPlan(threePhasePlan());
    editor.phasesEditor()->selectPhase(1);
    editor.tabs()->setCurrentIndex(0);
    editor.show();
    saveScreenshot(&editor, QStringLiteral("plan-phases"));
}

TEST(RunSeries, MarksWhereATargetWentOnToItsNextPhase)
{
    RunSeries series;
    series.setPhaseNames({QStringLiteral("warm-up"), QStringLiteral("ramp")});
    series.addTrack(QStringLiteral("a"), QStringLiteral("medium"), 0);
    series.setPhaseNames({}); // later tracks (another run) have names of their own
    series.addTrack(QStringLiteral("b"), QStringLiteral("medium"), -1);
    SyntheticRamp r;
    for (double t = 0; t < 40; t += 1) {
        IntervalSnapshot s = syntheticSnapshot(r, t);
        s.phase = t < 15 ? 0 : 1;
        series.addSnapshot(s);
    }
    const SeriesTrack &a = series.tracks()[0];
    ASSERT_EQ(a.phaseMarks.size(), 1u);
    EXPECT_EQ(a.phaseMarks[0].phase, 1);
    EXPECT_DOUBLE_EQ(a.phaseMarks[0].atS, 15);
    EXPECT_EQ(series.phaseName(0, 1), QStringLiteral("ramp"));
    EXPECT_EQ(series.phaseName(1, 1), QStringLiteral("phase 2"));

    std::vector<IntervalSnapshot> loaded = a.snapshots;
    for (IntervalSnapshot &s : loaded)
        s.phase = s.tStartS < 10 ? 0 : s.tStartS < 30 ? 1 : 2;
    series.setTrackData(1, {}, loaded, SaturationVerdict{});
    const SeriesTrack &b = series.tracks()[1];
    ASSERT_EQ(b.phaseMarks.size(), 2u);
    EXPECT_DOUBLE_EQ(b.phaseMarks[0].atS, 10);
    EXPECT_DOUBLE_EQ(b.phaseMarks[1].atS, 30);
}

TEST(ChartPanel, TimeAxisShowsPhaseBoundariesWithTheirNames)
{
    ChartPanel panel;
    panel.resize(1200, 600);
    panel.show();
    panel.series().setPhaseNames({QStringLiteral("warm-up"), QStringLiteral("ramp")});
    panel.series().addTrack(QStringLiteral("a"), QStringLiteral("medium"), 0);
    panel.series().addTrack(QStringLiteral("b"), QStringLiteral("medium"), 1);
    panel.rebuild();
    for (int target = 0; target < 2; ++target) {
        SyntheticRamp r;
        r.target = target;
        for (double t = 0; t < 60; t += 1) {
            IntervalSnapshot s = syntheticSnapshot(r, t);
            s.phase = t < 20 + target * 0.2 ? 0 : 1; // the two change phase at about the same time
            panel.series().addSnapshot(s);
        }
    }
    panel.dataChanged();
    panel.flush();
    EXPECT_TRUE(panel.phaseMarkerTimes(GridCell::Qps, 0).isEmpty()) << "the users axis has no time";

    panel.setXAxisMode(XAxisMode::Time);
    QCoreApplication::processEvents();
    const QList<double> times = panel.phaseMarkerTimes(GridCell::Qps, 0);
    ASSERT_EQ(times.size(), 1) << "one line for targets that change phase together";
    EXPECT_NEAR(times[0], 20, 1);
    EXPECT_EQ(panel.phaseMarkerNames(GridCell::Qps, 0), QStringList{QStringLiteral("ramp")});
    EXPECT_EQ(panel.phaseMarkerTimes(GridCell::Failures, 0).size(), 1);
    EXPECT_EQ(panel.phaseMarkerNames(GridCell::Failures, 0), QStringList{QString()})
        << "the bottom row draws the line, the top row names it";
    panel.setChartLayout(ChartLayout::Tabs);
    panel.flush(true);
    EXPECT_EQ(panel.phaseMarkerNames(ChartMetric::Latency, 0), QStringList{QStringLiteral("ramp")});
    panel.setXAxisMode(XAxisMode::Users);
    panel.flush(true); // the tabs not on show are drawn when shown
    EXPECT_TRUE(panel.phaseMarkerTimes(ChartMetric::Latency, 0).isEmpty());
}

TEST(PhaseResultsModel, OneRowPerPhaseWithItsStateAndVerdict)
{
    TargetOutcome o;
    o.target = 0;
    o.label = QStringLiteral("api");
    o.phase = TargetPhase::Completed;
    PhaseOutcome warm;
    warm.index = 0;
    warm.name = QStringLiteral("warm-up");
    warm.kind = QStringLiteral("burst");
    warm.state = PhaseState::Ran;
    warm.endS = 60;
    warm.total.completed = 600;
    warm.total.ok = 600;
    warm.total.qpsOk = 10;
    warm.coldStart.evaluated = true;
    warm.coldStart.explanation = QStringLiteral("No cold-start penalty: TTFT p95 120 ms cold, 110 ms warm.");
    ThresholdResult gate;
    gate.metric = QStringLiteral("failure_rate");
    gate.op = QStringLiteral("<");
    gate.limit = 0.01;
    gate.actual = 0.2;
    gate.passed = false;
    gate.phase = warm.name;
    warm.thresholds = {gate};
    PhaseOutcome ramp;
    ramp.index = 1;
    ramp.name = QStringLiteral("ramp");
    ramp.kind = QStringLiteral("arrival_ramp");
    ramp.state = PhaseState::Skipped;
    ramp.reason = QStringLiteral("skipped: warm-up failed its thresholds");
    ramp.verdict.explanation = QStringLiteral("not this one");
    PhaseOutcome sweep;
    sweep.index = 2;
    sweep.name = QStringLiteral("find");
    sweep.kind = QStringLiteral("sweep");
    sweep.state = PhaseState::Ran;
    sweep.sweep.explanation = QStringLiteral("Highest rate within the SLO: 42 req/s.");
    o.phases = {warm, ramp, sweep};
    o.thresholds = {gate};

    TargetOutcome single;
    single.target = 1;
    single.label = QStringLiteral("solo");
    single.phases = {warm};

    PhaseResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setResults({ResultRow::fromOutcome(o, QStringLiteral("medium")),
                      ResultRow::fromOutcome(single, QStringLiteral("small"))});
    ASSERT_EQ(model.rowCount(), 3) << "a target of one phase needs no phase rows";
    const auto cell = [&](int row, int col) {
        return model.data(model.index(row, col)).toString();
    };
    EXPECT_EQ(cell(0, PhaseResultsModel::PhaseColumn), QStringLiteral("1. warm-up"));
    EXPECT_EQ(cell(0, PhaseResultsModel::KindColumn), PhaseListModel::kindText(ProfileKind::Burst));
    EXPECT_EQ(cell(0, PhaseResultsModel::VerdictColumn), warm.coldStart.explanation);
    EXPECT_TRUE(cell(0, PhaseResultsModel::ThresholdsColumn).contains(QStringLiteral("1 of 1")));
    EXPECT_EQ(cell(0, PhaseResultsModel::RequestsColumn), QStringLiteral("600"));
    EXPECT_EQ(cell(1, PhaseResultsModel::StateColumn), PhaseResultsModel::stateText(PhaseState::Skipped));
    EXPECT_EQ(cell(1, PhaseResultsModel::VerdictColumn), ramp.reason) << "a skipped phase says why";
    EXPECT_TRUE(cell(1, PhaseResultsModel::RequestsColumn).isEmpty());
    EXPECT_EQ(cell(2, PhaseResultsModel::VerdictColumn), sweep.sweep.explanation);

    // The panel shows the phases only when some target has several, and the thresholds say which phase.
    ResultsPanel panel;
    panel.model()->setRows({ResultRow::fromOutcome(single, QStringLiteral("small"))});
    EXPECT_FALSE(panel.phasesShown());
    panel.model()->setRows({ResultRow::fromOutcome(o, QStringLiteral("medium"))});
    EXPECT_TRUE(panel.phasesShown());
    EXPECT_EQ(panel.phasesModel()->rowCount(), 3);
    EXPECT_TRUE(panel.thresholdsModel()
                    ->data(panel.thresholdsModel()->index(0, ThresholdsModel::TargetColumn))
                    .toString()
                    .contains(QStringLiteral("warm-up")));
}
