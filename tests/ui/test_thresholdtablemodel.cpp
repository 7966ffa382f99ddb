// ThresholdTableModel (the Checks tab's thresholds table, always under QAbstractItemModelTester) and the
// text the workbench shows for a plan problem: rows counted from 1, as the tables number them.
#include "core/plan/planio.h"
#include "ui/issuetext.h"
#include "ui/targettablemodel.h"
#include "ui/thresholdtablemodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QLocale>
#include <QSignalSpy>
#include <cmath>
#include <gtest/gtest.h>
#include <limits>
#include <memory>

using namespace plateau;

namespace {

Threshold gate(const char *metric, const char *op, double value)
{
    Threshold t;
    t.metric = QString::fromLatin1(metric);
    t.op = QString::fromLatin1(op);
    t.value = value;
    return t;
}

struct Fixture
{
    ThresholdTableModel model;
    std::unique_ptr<QAbstractItemModelTester> tester = std::make_unique<QAbstractItemModelTester>(
        &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QModelIndex cell(int row, int col) const { return model.index(row, col); }
};

} // namespace

TEST(ThresholdTableModel, ShowsThresholdsAndEditsEveryColumn)
{
    Fixture f;
    const std::vector<Threshold> loaded = {gate("latency_p95_ms", "<", 1200.5),
                                           gate("failure_rate", "<", 0.0125)};
    QSignalSpy edited(&f.model, &ThresholdTableModel::edited);
    f.model.setThresholds(loaded);
    EXPECT_EQ(edited.count(), 0) << "a load is not an edit";
    ASSERT_EQ(f.model.rowCount(), 2);
    ASSERT_EQ(f.model.columnCount(), ThresholdTableModel::ColumnCount);
    EXPECT_EQ(f.model.thresholds(), loaded);
    EXPECT_EQ(f.cell(0, ThresholdTableModel::MetricColumn).data().toString(),
              QStringLiteral("latency_p95_ms"));
    EXPECT_EQ(f.cell(0, ThresholdTableModel::OpColumn).data().toString(), QStringLiteral("<"));
    // Every digit shows, with the unit of a latency; the edit role is the number itself.
    EXPECT_EQ(f.cell(0, ThresholdTableModel::ValueColumn).data().toString(),
              QString(QLocale().toString(1200.5, 'g', 15).remove(QLocale().groupSeparator()) +
                      QStringLiteral(" ms")));
    EXPECT_EQ(f.cell(1, ThresholdTableModel::ValueColumn).data().toString(),
              QLocale().toString(0.0125, 'g', 15));
    // No group separator: the editor reads back what the cell shows.
    EXPECT_EQ(ThresholdTableModel::valueText(2000), QStringLiteral("2000"));
    EXPECT_DOUBLE_EQ(f.cell(1, ThresholdTableModel::ValueColumn).data(Qt::EditRole).toDouble(), 0.0125);
    // The metric's definition, from the one definitions table, is its tooltip.
    EXPECT_TRUE(f.cell(0, ThresholdTableModel::MetricColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Latency")));
    EXPECT_EQ(f.model.headerData(0, Qt::Vertical).toInt(), 1) << "rows are numbered from 1";

    EXPECT_TRUE(f.model.setData(f.cell(0, ThresholdTableModel::MetricColumn), QStringLiteral("ttft_p95_ms")));
    EXPECT_TRUE(f.model.setData(f.cell(0, ThresholdTableModel::OpColumn), QStringLiteral("<=")));
    EXPECT_TRUE(f.model.setData(f.cell(0, ThresholdTableModel::ValueColumn), 800));
    EXPECT_TRUE(f.model.setData(f.cell(1, ThresholdTableModel::ValueColumn), QStringLiteral("0.02")));
    EXPECT_EQ(edited.count(), 4);
    EXPECT_EQ(f.model.thresholds()[0], gate("ttft_p95_ms", "<=", 800));
    EXPECT_DOUBLE_EQ(f.model.thresholds()[1].value, 0.02);

    // Text that is no number, and numbers no plan file can hold, are refused and change nothing.
    EXPECT_FALSE(f.model.setData(f.cell(1, ThresholdTableModel::ValueColumn), QStringLiteral("fast")));
    EXPECT_FALSE(f.model.setData(f.cell(1, ThresholdTableModel::ValueColumn), std::nan("")));
    EXPECT_FALSE(f.model.setData(f.cell(1, ThresholdTableModel::ValueColumn),
                                 std::numeric_limits<double>::infinity()));
    EXPECT_DOUBLE_EQ(f.model.thresholds()[1].value, 0.02);
    // The same value again is not an edit.
    EXPECT_TRUE(f.model.setData(f.cell(0, ThresholdTableModel::OpColumn), QStringLiteral("<=")));
    EXPECT_EQ(edited.count(), 4);
    // An unknown metric is kept as typed, for validation to report, never replaced.
    EXPECT_TRUE(
        f.model.setData(f.cell(1, ThresholdTableModel::MetricColumn), QStringLiteral("latency_p90_ms")));
    EXPECT_EQ(f.model.thresholds()[1].metric, QStringLiteral("latency_p90_ms"));
}

TEST(ThresholdTableModel, ScopeAndAbortColumnsEditThePlanFields)
{
    Fixture f;
    Threshold perStep = gate("latency_p95_ms", "<", 2000);
    perStep.scope = ThresholdScope::Step;
    perStep.abortOnFail = true;
    f.model.setThresholds({gate("failure_rate", "<", 0.05), perStep});
    QSignalSpy edited(&f.model, &ThresholdTableModel::edited);

    // Shown by meaning, edited as the plan's name; the abort flag is a check box and nothing else.
    const QModelIndex scope0 = f.cell(0, ThresholdTableModel::ScopeColumn);
    const QModelIndex abort0 = f.cell(0, ThresholdTableModel::AbortColumn);
    EXPECT_EQ(scope0.data().toString(), QStringLiteral("whole target"));
    EXPECT_EQ(scope0.data(Qt::EditRole).toString(), QStringLiteral("run"));
    EXPECT_EQ(f.cell(1, ThresholdTableModel::ScopeColumn).data().toString(), QStringLiteral("every step"));
    EXPECT_EQ(f.cell(1, ThresholdTableModel::ScopeColumn).data(Qt::EditRole).toString(),
              QStringLiteral("step"));
    EXPECT_EQ(abort0.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    EXPECT_EQ(f.cell(1, ThresholdTableModel::AbortColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    EXPECT_TRUE(f.model.flags(abort0) & Qt::ItemIsUserCheckable);
    EXPECT_FALSE(f.model.flags(abort0) & Qt::ItemIsEditable);
    EXPECT_TRUE(f.model.flags(scope0) & Qt::ItemIsEditable);
    EXPECT_TRUE(scope0.data(Qt::ToolTipRole).toString().contains(QStringLiteral("each measured step")));
    EXPECT_TRUE(abort0.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Stop the ramp")));
    EXPECT_EQ(f.model.headerData(ThresholdTableModel::ScopeColumn, Qt::Horizontal).toString(),
              QStringLiteral("Scope"));
    EXPECT_EQ(f.model.headerData(ThresholdTableModel::AbortColumn, Qt::Horizontal).toString(),
              QStringLiteral("Abort"));
    for (int c = 0; c < ThresholdTableModel::ColumnCount; ++c)
        EXPECT_FALSE(f.model.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty()) << c;

    EXPECT_TRUE(f.model.setData(scope0, QStringLiteral("step")));
    EXPECT_TRUE(f.model.setData(abort0, int(Qt::Checked), Qt::CheckStateRole));
    EXPECT_EQ(edited.count(), 2);
    EXPECT_EQ(f.model.thresholds()[0].scope, ThresholdScope::Step);
    EXPECT_TRUE(f.model.thresholds()[0].abortOnFail);
    EXPECT_EQ(scope0.data().toString(), QStringLiteral("every step"));
    EXPECT_TRUE(
        f.model.setData(f.cell(1, ThresholdTableModel::AbortColumn), int(Qt::Unchecked), Qt::CheckStateRole));
    EXPECT_FALSE(f.model.thresholds()[1].abortOnFail);
    EXPECT_EQ(edited.count(), 3);

    // A scope the gate cannot be judged with is refused, not guessed; the flag takes no text.
    EXPECT_FALSE(f.model.setData(scope0, QStringLiteral("every step")));
    EXPECT_FALSE(f.model.setData(scope0, QStringLiteral("Step")));
    EXPECT_FALSE(f.model.setData(abort0, QStringLiteral("no")));
    EXPECT_FALSE(f.model.setData(scope0, int(Qt::Unchecked), Qt::CheckStateRole));
    EXPECT_EQ(f.model.thresholds()[0].scope, ThresholdScope::Step);
    EXPECT_TRUE(f.model.thresholds()[0].abortOnFail);
    EXPECT_EQ(edited.count(), 3);
}

TEST(ThresholdTableModel, AddsTheNextMetricAndRemovesRows)
{
    Fixture f;
    f.model.setThresholds({gate("latency_p50_ms", "<", 500)});
    QSignalSpy edited(&f.model, &ThresholdTableModel::edited);
    EXPECT_EQ(f.model.addThreshold(), 1);
    // latency_p50_ms is gated already: the next known metric, with a starting value that suits it.
    EXPECT_EQ(f.model.thresholds()[1], gate("latency_p95_ms", "<", 2000));
    EXPECT_EQ(f.model.addThreshold(0), 0);
    EXPECT_EQ(f.model.thresholds()[0].metric, QStringLiteral("latency_p99_ms"));
    EXPECT_EQ(edited.count(), 2);
    EXPECT_EQ(ThresholdTableModel::suggestedThreshold(QStringLiteral("failure_rate")),
              gate("failure_rate", "<", 0.05));
    EXPECT_EQ(ThresholdTableModel::suggestedThreshold(QStringLiteral("peak_qps_ok")),
              gate("peak_qps_ok", ">=", 1));
    EXPECT_EQ(ThresholdTableModel::suggestedThreshold(QStringLiteral("checks")).scope, ThresholdScope::Run);
    // Every suggestion is a threshold the plan accepts (checks: once the plan has a journey).
    for (const QString &metric : thresholdMetricNames()) {
        TestPlan plan = demoPlan(QStringLiteral("http://127.0.0.1:1"));
        plan.thresholds = {ThresholdTableModel::suggestedThreshold(metric)};
        if (metric == u"checks") {
            const auto issues = validatePlan(plan);
            ASSERT_EQ(issues.size(), 1u);
            EXPECT_TRUE(issues[0].toString().contains(QLatin1String("no journey steps")))
                << issues[0].toString().toStdString();
            continue;
        }
        EXPECT_TRUE(validatePlan(plan).empty()) << metric.toStdString();
    }

    EXPECT_TRUE(f.model.insertRows(3, 2));
    EXPECT_EQ(f.model.rowCount(), 5);
    EXPECT_TRUE(f.model.removeRows(0, 2));
    EXPECT_EQ(f.model.rowCount(), 3);
    EXPECT_EQ(f.model.thresholds()[0].metric, QStringLiteral("latency_p95_ms"));
    EXPECT_FALSE(f.model.removeRows(2, 5));
    EXPECT_FALSE(f.model.insertRows(9, 1));
    EXPECT_EQ(edited.count(), 4);
}

TEST(ThresholdTableModel, PaintsEachIssueOnItsOwnRow)
{
    Fixture f;
    TestPlan plan = demoPlan(QStringLiteral("http://127.0.0.1:1"));
    plan.thresholds = {gate("latency_p95_ms", "<", 2000), gate("failure_rate", "<", -1),
                       gate("nonsense", "~", 1)};
    f.model.setThresholds(plan.thresholds);
    f.model.setIssues(validatePlan(plan));

    for (int c = 0; c < ThresholdTableModel::ColumnCount; ++c)
        EXPECT_TRUE(f.model.issueAt(0, c).isEmpty()) << c;
    EXPECT_FALSE(f.model.issueAt(1, ThresholdTableModel::ValueColumn).isEmpty());
    EXPECT_TRUE(f.model.issueAt(1, ThresholdTableModel::MetricColumn).isEmpty());
    const QModelIndex value = f.cell(1, ThresholdTableModel::ValueColumn);
    EXPECT_TRUE(value.data(Qt::ToolTipRole).toString().contains(QStringLiteral("at least 0")))
        << value.data(Qt::ToolTipRole).toString().toStdString();
    EXPECT_NE(value.data(Qt::BackgroundRole).value<QBrush>().style(), Qt::NoBrush);
    EXPECT_TRUE(
        f.model.issueAt(2, ThresholdTableModel::MetricColumn).contains(QStringLiteral("unknown metric")));
    EXPECT_FALSE(f.model.issueAt(2, ThresholdTableModel::OpColumn).isEmpty());

    // Fixed and revalidated: the marks go; an unchanged set repaints nothing.
    ASSERT_TRUE(f.model.setData(value, 0.1));
    plan.thresholds = f.model.thresholds();
    f.model.setIssues(validatePlan(plan));
    EXPECT_TRUE(f.model.issueAt(1, ThresholdTableModel::ValueColumn).isEmpty());
    QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
    f.model.setIssues(validatePlan(plan));
    EXPECT_EQ(changed.count(), 0);

    // The peak is a figure of the whole ramp: a per-step scope, and an abort on a floor, are marked on
    // their own cells of that row.
    Threshold peak = gate("peak_qps_ok", ">=", 1);
    peak.scope = ThresholdScope::Step;
    peak.abortOnFail = true;
    plan.thresholds.push_back(peak);
    f.model.setThresholds(plan.thresholds);
    f.model.setIssues(validatePlan(plan));
    EXPECT_TRUE(f.model.issueAt(3, ThresholdTableModel::ScopeColumn).contains(QStringLiteral("whole ramp")));
    EXPECT_FALSE(f.model.issueAt(3, ThresholdTableModel::AbortColumn).isEmpty());
    EXPECT_TRUE(f.model.issueAt(3, ThresholdTableModel::MetricColumn).isEmpty());
    EXPECT_TRUE(f.model.issueAt(0, ThresholdTableModel::ScopeColumn).isEmpty());
    EXPECT_NE(f.cell(3, ThresholdTableModel::AbortColumn).data(Qt::BackgroundRole).value<QBrush>().style(),
              Qt::NoBrush);
    EXPECT_TRUE(f.cell(3, ThresholdTableModel::ScopeColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("whole ramp")));

    // Hostile paths are ignored.
    f.model.setIssues({{"thresholds[999].value", "x"},
                       {"thresholds[-1].value", "x"},
                       {"thresholds[x]", "x"},
                       {"thresholds", "x"},
                       {"targets[0].url", "x"}});
    for (int r = 0; r < f.model.rowCount(); ++r)
        for (int c = 0; c < ThresholdTableModel::ColumnCount; ++c)
            EXPECT_TRUE(f.model.issueAt(r, c).isEmpty()) << r << "," << c;
}

TEST(IssueText, NamesRowsAsTheTablesNumberThem)
{
    EXPECT_EQ(issueLocation(QStringLiteral("targets[2].url")), QStringLiteral("Target 3, URL"));
    EXPECT_EQ(issueLocation(QStringLiteral("targets[0].label")), QStringLiteral("Target 1, Label"));
    EXPECT_EQ(issueLocation(QStringLiteral("targets[0]")), QStringLiteral("Target 1"));
    EXPECT_EQ(issueLocation(QStringLiteral("targets[4].headers[1].name")),
              QStringLiteral("Target 5, Header 2 name"));
    EXPECT_EQ(issueWithinRow(QStringLiteral("targets[4].headers[1].value")),
              QStringLiteral("Header 2 value"));
    EXPECT_TRUE(issueWithinRow(QStringLiteral("targets[4].url")).isEmpty());
    EXPECT_EQ(issueLocation(QStringLiteral("thresholds[1].value")), QStringLiteral("Threshold 2, Value"));
    EXPECT_EQ(issueLocation(QStringLiteral("prompts[3]")), QStringLiteral("Prompt 4"));
    // Fields without a row, and indexes no table can have, are left as they are.
    EXPECT_EQ(issueLocation(QStringLiteral("profile.max_users")), QStringLiteral("profile.max_users"));
    EXPECT_EQ(issueLocation(QStringLiteral("targets")), QStringLiteral("targets"));
    EXPECT_EQ(issueLocation(QStringLiteral("targets[99999999999999999999].url")),
              QStringLiteral("targets[99999999999999999999].url"));

    // A message that names another row says it the same way.
    EXPECT_EQ(issueMessage(QStringLiteral("duplicate label (same as targets[0].label)")),
              QStringLiteral("duplicate label (same as Target 1, Label)"));
    EXPECT_EQ(issueText({QStringLiteral("targets[2].url"), QStringLiteral("not an http(s) URL")}),
              QStringLiteral("Target 3, URL: not an http(s) URL"));
    EXPECT_EQ(issueText({QString(), QStringLiteral("syntax error at byte 12")}),
              QStringLiteral("syntax error at byte 12"));
    // Every issue validatePlan can report about a row reads without a 0-based index.
    TestPlan plan = demoPlan(QStringLiteral("http://127.0.0.1:1"));
    Target bad;
    bad.label = QStringLiteral("mock-local");
    bad.url = QStringLiteral("ftp://x");
    bad.headers = {{QStringLiteral("Bad Name"), QStringLiteral("v\n")}};
    plan.targets.push_back(bad);
    plan.prompts << QStringLiteral(" ");
    plan.thresholds.push_back(gate("nonsense", "~", -1));
    const auto issues = validatePlan(plan);
    ASSERT_GE(issues.size(), 6u);
    for (const PlanIssue &issue : issues)
        EXPECT_FALSE(issueText(issue).contains(u'[')) << issueText(issue).toStdString();
}

TEST(IssueText, TargetCellsNameTheHeaderAndTheOtherRow)
{
    TargetTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    TestPlan plan = demoPlan(QStringLiteral("http://127.0.0.1:1"));
    Target second = plan.targets[0]; // the same label: a duplicate
    second.headers = {{QStringLiteral("X-Ok"), QStringLiteral("1")},
                      {QStringLiteral("Bad Name"), QStringLiteral("2")}};
    plan.targets.push_back(second);
    model.setTargets(plan.targets);
    model.setIssues(validatePlan(plan));
    EXPECT_TRUE(
        model.issueAt(1, TargetTableModel::LabelColumn).contains(QStringLiteral("(same as Target 1, Label)")))
        << model.issueAt(1, TargetTableModel::LabelColumn).toStdString();
    EXPECT_TRUE(
        model.issueAt(1, TargetTableModel::HeadersColumn).startsWith(QStringLiteral("Header 2 name: ")))
        << model.issueAt(1, TargetTableModel::HeadersColumn).toStdString();
}
