// A journey in the workbench: the results per tag, the threshold set chosen in the plan editor.
#include "core/plan/planio.h"
#include "screenshot.h"
#include "ui/checkseditor.h"
#include "ui/planeditor.h"
#include "ui/resultsmodel.h"
#include "ui/resultspanel.h"
#include "ui/tagresultsmodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <gtest/gtest.h>

using namespace plateau;

namespace {

TagOutcome tag(const QString &name, std::uint64_t completed, std::uint64_t ok, double p95, bool key = false)
{
    TagOutcome t;
    t.tag = name;
    t.key = key;
    t.total.completed = completed;
    t.total.ok = ok;
    t.total.qps = double(completed) / 10.0;
    t.total.failureRate = completed ? double(completed - ok) / double(completed) : 0.0;
    t.total.latency.count = completed;
    t.total.latency.p95Ms = p95;
    return t;
}

TargetOutcome journeyTarget()
{
    TargetOutcome o;
    o.target = 0;
    o.label = QStringLiteral("backend");
    o.phase = TargetPhase::Completed;
    TagOutcome auth = tag(QStringLiteral("auth"), 20, 18, 85);
    auth.total.checksPassed = 36;
    auth.total.checksFailed = 4;
    auth.checks = {{QStringLiteral("login"), QStringLiteral("status 200"), 18, 2},
                   {QStringLiteral("login"), QStringLiteral("token <- $.access_token"), 18, 2}};
    TagOutcome session = tag(QStringLiteral("session"), 18, 18, 40);
    TagOutcome chat = tag(QStringLiteral("chat"), 400, 400, 1900, true);
    chat.total.ttft.count = 400;
    chat.total.ttft.p95Ms = 310;
    chat.total.checksPassed = 800;
    o.tags = {auth, session, chat};
    o.total = chat.total;
    return o;
}

} // namespace

TEST(TagResultsModel, OneRowPerTagWithItsFiguresAndTheKeyMarked)
{
    TagResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    TargetOutcome plain;
    plain.target = 1;
    plain.label = QStringLiteral("no-journey");
    model.setResults({ResultRow::fromOutcome(journeyTarget(), QStringLiteral("medium")),
                      ResultRow::fromOutcome(plain, QStringLiteral("small"))});
    ASSERT_EQ(model.rowCount(), 3) << "a target without a journey has no tag rows";
    const auto cell = [&](int row, int col) {
        return model.data(model.index(row, col)).toString();
    };
    EXPECT_EQ(cell(0, TagResultsModel::TagColumn), QStringLiteral("auth"));
    EXPECT_EQ(cell(0, TagResultsModel::RequestsColumn), QStringLiteral("20"));
    EXPECT_EQ(cell(0, TagResultsModel::FailureRateColumn), QStringLiteral("10.00%"));
    EXPECT_EQ(cell(0, TagResultsModel::ChecksColumn), QStringLiteral("90.00%"));
    EXPECT_TRUE(model.data(model.index(0, TagResultsModel::ChecksColumn), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("token <- $.access_token")));
    EXPECT_TRUE(cell(0, TagResultsModel::TtftP95Column).isEmpty()) << "a log-in has no TTFT";
    EXPECT_TRUE(cell(1, TagResultsModel::ChecksColumn).isEmpty()) << "no checks, no rate";
    EXPECT_TRUE(cell(2, TagResultsModel::TagColumn).contains(QStringLiteral("chat")));
    EXPECT_NE(cell(2, TagResultsModel::TagColumn), QStringLiteral("chat")) << "the key tag is marked";
    EXPECT_FALSE(cell(2, TagResultsModel::TtftP95Column).isEmpty());

    // The same rows again: no reset (the results change every step during a run).
    int resets = 0;
    QObject::connect(&model, &QAbstractItemModel::modelReset, [&] { ++resets; });
    model.setResults({ResultRow::fromOutcome(journeyTarget(), QStringLiteral("medium"))});
    EXPECT_EQ(resets, 0);
}

TEST(TagResultsModel, TheResultsPanelShowsTheTagsOfAJourneyOnly)
{
    ResultsPanel panel;
    panel.resize(1100, 700);
    TargetOutcome plain;
    plain.label = QStringLiteral("plain");
    panel.model()->setRows({ResultRow::fromOutcome(plain, QStringLiteral("small"))});
    EXPECT_FALSE(panel.tagsShown());
    panel.model()->setRows({ResultRow::fromOutcome(journeyTarget(), QStringLiteral("medium"))});
    EXPECT_TRUE(panel.tagsShown());
    EXPECT_EQ(panel.tagsModel()->rowCount(), 3);
    panel.show();
    plateau::test::saveScreenshot(&panel, QStringLiteral("results-journey-tags"));
}

TEST(ChecksEditor, TheThresholdSetIsChosenAndKept)
{
    PlanEditor editor;
    TestPlan plan;
    Threshold fast;
    fast.metric = QStringLiteral("latency_p95_ms");
    fast.op = QStringLiteral("<");
    fast.value = 500;
    plan.thresholdSets = {{QStringLiteral("live"), {}}, {QStringLiteral("mock"), {fast}}};
    plan.thresholdSet = QStringLiteral("live");
    editor.setPlan(plan);
    auto *combo = editor.checksEditor()->findChild<QComboBox *>(QStringLiteral("threshold_set"));
    ASSERT_TRUE(combo);
    EXPECT_EQ(combo->count(), 3); // none, live, mock
    EXPECT_EQ(editor.plan(), plan) << "a load changes nothing";
    combo->setCurrentIndex(combo->findData(QStringLiteral("mock")));
    EXPECT_EQ(editor.plan().thresholdSet, QStringLiteral("mock"));
    combo->setCurrentIndex(0);
    EXPECT_TRUE(editor.plan().thresholdSet.isEmpty());

    // A set the file names and does not define stays named, for validation to report.
    plan.thresholdSet = QStringLiteral("staging");
    editor.setPlan(plan);
    EXPECT_EQ(editor.plan().thresholdSet, QStringLiteral("staging"));
    EXPECT_FALSE(validatePlan(editor.plan()).empty());

    // A plan without sets shows no selector.
    editor.setPlan(TestPlan{});
    editor.show();
    EXPECT_FALSE(combo->isVisibleTo(editor.checksEditor()));
}
