// TargetTableModel: the matrix editor's model, always under QAbstractItemModelTester.
#include "core/plan/planio.h"
#include "ui/targettablemodel.h"
#include "ui/targettext.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <gtest/gtest.h>
#include <memory>

using namespace plateau;

namespace {

Target makeTarget(const QString &label, const QString &url)
{
    Target t;
    t.label = label;
    t.url = url;
    return t;
}

struct Fixture
{
    TargetTableModel model;
    std::unique_ptr<QAbstractItemModelTester> tester = std::make_unique<QAbstractItemModelTester>(
        &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QModelIndex cell(int row, int col) const { return model.index(row, col); }
};

} // namespace

TEST(TargetText, HeadersRoundTripAndMask)
{
    const std::vector<Header> headers = {{"X-Team", "perf"}, {"Authorization", "Bearer abc"}};
    EXPECT_EQ(headersToText(headers, false), QStringLiteral("X-Team: perf; Authorization: Bearer abc"));
    const QString masked = headersToText(headers, true);
    EXPECT_FALSE(masked.contains(QStringLiteral("abc")));
    EXPECT_TRUE(masked.contains(QStringLiteral("X-Team: perf")));
    // The editor hides what the run folder's plan.json redacts: the same rule decides both.
    const QString other = headersToText({{"X-Auth-Key", "k3y"}, {"X-Trace", "t1"}}, true);
    EXPECT_FALSE(other.contains(QStringLiteral("k3y"))) << other.toStdString();
    EXPECT_TRUE(other.contains(QStringLiteral("X-Trace: t1")));
    const auto parsed = headersFromText(headersToText(headers, false));
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(*parsed, headers);
    // A value may hold ':' (only the first one splits); empty entries are skipped.
    const auto withColon = headersFromText(QStringLiteral(" X-Url : http://a:1 ;; "));
    ASSERT_TRUE(withColon.has_value());
    ASSERT_EQ(withColon->size(), 1u);
    EXPECT_EQ(withColon->front().value, QStringLiteral("http://a:1"));
    QString error;
    EXPECT_FALSE(headersFromText(QStringLiteral("X-Ok: 1; broken"), &error).has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("broken")));
    EXPECT_FALSE(headersFromText(QStringLiteral(": value")).has_value());
}

TEST(TargetTableModel, ShowsTargetsAndEditsEveryColumn)
{
    Fixture f;
    f.model.setTargets({makeTarget("a", "http://a"), makeTarget("b", "http://b")});
    ASSERT_EQ(f.model.rowCount(), 2);
    ASSERT_EQ(f.model.columnCount(), TargetTableModel::ColumnCount);
    EXPECT_EQ(f.cell(1, TargetTableModel::UrlColumn).data().toString(), QStringLiteral("http://b"));
    EXPECT_EQ(f.cell(0, TargetTableModel::EnabledColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(),
              Qt::Checked);
    EXPECT_TRUE(f.model.flags(f.cell(0, TargetTableModel::EnabledColumn)) & Qt::ItemIsUserCheckable);
    EXPECT_TRUE(f.model.flags(f.cell(0, TargetTableModel::UrlColumn)) & Qt::ItemIsEditable);

    QSignalSpy edited(&f.model, &TargetTableModel::edited);
    EXPECT_TRUE(f.model.setData(f.cell(0, TargetTableModel::LabelColumn), QStringLiteral("  alpha ")));
    EXPECT_TRUE(f.model.setData(f.cell(0, TargetTableModel::UrlColumn), QStringLiteral("https://x.example")));
    EXPECT_TRUE(f.model.setData(f.cell(0, TargetTableModel::ComputeSizeColumn), QStringLiteral("large")));
    EXPECT_TRUE(f.model.setData(f.cell(0, TargetTableModel::WorkersColumn), 8));
    EXPECT_TRUE(f.model.setData(f.cell(0, TargetTableModel::AuthRefColumn), QStringLiteral("prod-sp")));
    EXPECT_TRUE(
        f.model.setData(f.cell(0, TargetTableModel::HeadersColumn), QStringLiteral("X-A: 1; X-B: two")));
    EXPECT_TRUE(
        f.model.setData(f.cell(1, TargetTableModel::EnabledColumn), Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_EQ(edited.count(), 7);

    const Target &a = f.model.targets()[0];
    EXPECT_EQ(a.label, QStringLiteral("alpha"));
    EXPECT_EQ(a.url, QStringLiteral("https://x.example"));
    EXPECT_EQ(a.computeSize, QStringLiteral("large"));
    EXPECT_EQ(a.workers, 8);
    EXPECT_EQ(a.authRef, QStringLiteral("prod-sp"));
    ASSERT_EQ(a.headers.size(), 2u);
    EXPECT_EQ(a.headers[1].value, QStringLiteral("two"));
    EXPECT_FALSE(f.model.targets()[1].enabled);
    EXPECT_EQ(f.model.enabledCount(), 1);
    // A disabled row is greyed.
    EXPECT_TRUE(f.cell(1, TargetTableModel::LabelColumn).data(Qt::ForegroundRole).isValid());

    // Bad input is refused and changes nothing.
    EXPECT_FALSE(f.model.setData(f.cell(0, TargetTableModel::WorkersColumn), QStringLiteral("many")));
    EXPECT_FALSE(f.model.setData(f.cell(0, TargetTableModel::WorkersColumn), -2));
    EXPECT_FALSE(f.model.setData(f.cell(0, TargetTableModel::HeadersColumn), QStringLiteral("no colon")));
    EXPECT_EQ(f.model.targets()[0].workers, 8);
    EXPECT_EQ(f.model.targets()[0].headers.size(), 2u);
    // Setting the same value again is not an edit.
    EXPECT_TRUE(f.model.setData(f.cell(0, TargetTableModel::LabelColumn), QStringLiteral("alpha")));
    EXPECT_EQ(edited.count(), 7);
}

TEST(TargetTableModel, MasksSecretHeadersInDisplayOnly)
{
    Fixture f;
    Target t = makeTarget("a", "http://a");
    t.headers = {{"Authorization", "Bearer s3cr3t"}};
    f.model.setTargets({t});
    const QModelIndex idx = f.cell(0, TargetTableModel::HeadersColumn);
    EXPECT_FALSE(idx.data(Qt::DisplayRole).toString().contains(QStringLiteral("s3cr3t")));
    EXPECT_TRUE(idx.data(Qt::EditRole).toString().contains(QStringLiteral("s3cr3t")));
}

TEST(TargetTableModel, AddDuplicateRemoveMove)
{
    Fixture f;
    f.model.setTargets(
        {makeTarget("a", "http://a"), makeTarget("b", "http://b"), makeTarget("c", "http://c")});
    EXPECT_EQ(f.model.duplicateRow(0), 1);
    EXPECT_EQ(f.model.labels(), QStringList({"a", "a-2", "b", "c"}));
    EXPECT_EQ(f.model.targets()[1].url, QStringLiteral("http://a"));

    EXPECT_EQ(f.model.addTarget(Target{}), 4);
    EXPECT_EQ(f.model.labels().last(), QStringLiteral("target"));
    EXPECT_EQ(f.model.addTarget(Target{}, 0), 0);
    EXPECT_EQ(f.model.labels().first(), QStringLiteral("target-2"));

    EXPECT_TRUE(f.model.removeRows(0, 1));
    EXPECT_TRUE(f.model.removeRows(3, 2));
    EXPECT_EQ(f.model.labels(), QStringList({"a", "a-2", "b"}));
    EXPECT_FALSE(f.model.removeRows(2, 5));

    EXPECT_TRUE(f.model.moveDown(0));
    EXPECT_EQ(f.model.labels(), QStringList({"a-2", "a", "b"}));
    EXPECT_TRUE(f.model.moveUp(2));
    EXPECT_EQ(f.model.labels(), QStringList({"a-2", "b", "a"}));
    EXPECT_FALSE(f.model.moveUp(0));
    EXPECT_FALSE(f.model.moveDown(2));
    EXPECT_TRUE(f.model.moveRows(QModelIndex(), 0, 2, QModelIndex(), 3));
    EXPECT_EQ(f.model.labels(), QStringList({"a", "a-2", "b"}));

    EXPECT_TRUE(f.model.insertRows(1, 2));
    EXPECT_EQ(f.model.rowCount(), 5);

    f.model.setRowsEnabled({0, 2, 99}, false);
    EXPECT_EQ(f.model.enabledCount(), 3);
    f.model.setRowsEnabled({0}, true);
    EXPECT_EQ(f.model.enabledCount(), 4);
}

TEST(TargetTableModel, PastesSeveralUrls)
{
    Fixture f;
    f.model.setTargets({makeTarget("app-medium-w2", "https://old")});
    const QString text = QStringLiteral("https://app-medium-w2.example.com\r\n"
                                        "\n"
                                        "# a comment\n"
                                        "https://app-large-w8.example.com/\n"
                                        "this is not a url\n"
                                        "http://127.0.0.1:9000\n");
    const auto result = f.model.pasteUrls(text, 0);
    EXPECT_EQ(result.added, 3);
    ASSERT_EQ(result.rejected.size(), 1);
    EXPECT_EQ(result.rejected.first(), QStringLiteral("this is not a url"));
    EXPECT_EQ(f.model.labels(),
              QStringList({"app-medium-w2-2", "app-large-w8", "127.0.0.1-9000", "app-medium-w2"}));
    EXPECT_EQ(f.model.targets()[1].computeSize, QStringLiteral("large"));
    EXPECT_EQ(f.model.targets()[1].workers, 8);
    EXPECT_EQ(f.model.pasteUrls(QStringLiteral("\n\n")).added, 0);
}

TEST(TargetTableModel, PaintsValidationIssues)
{
    Fixture f;
    TestPlan plan = demoPlan(QStringLiteral("http://127.0.0.1:1"));
    plan.targets.push_back(makeTarget("", "ftp://nope"));
    plan.targets.push_back(makeTarget("ok", "http://ok"));
    f.model.setTargets(plan.targets);
    const auto issues = validatePlan(plan);
    ASSERT_FALSE(issues.empty());
    f.model.setIssues(issues);

    // Every issue validatePlan reports for a target row shows on that row, message as tooltip.
    int shown = 0;
    for (const PlanIssue &issue : issues) {
        if (!issue.path.startsWith(QStringLiteral("targets[")))
            continue;
        const int row = issue.path.mid(8, issue.path.indexOf(u']') - 8).toInt();
        bool found = false;
        for (int c = 0; c < TargetTableModel::ColumnCount; ++c) {
            const QModelIndex idx = f.cell(row, c);
            if (idx.data(Qt::ToolTipRole).toString().contains(issue.message)) {
                EXPECT_TRUE(idx.data(Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush);
                found = true;
            }
        }
        EXPECT_TRUE(found) << issue.toString().toStdString();
        ++shown;
    }
    EXPECT_GT(shown, 0);
    const int bad = int(plan.targets.size()) - 2;
    EXPECT_FALSE(f.model.issueAt(bad, TargetTableModel::UrlColumn).isEmpty());
    EXPECT_TRUE(f.model.issueAt(bad + 1, TargetTableModel::UrlColumn).isEmpty());
    EXPECT_FALSE(f.cell(bad + 1, TargetTableModel::UrlColumn).data(Qt::BackgroundRole).isValid());

    // Issues travel with their row until the next validation.
    EXPECT_TRUE(f.model.moveUp(bad));
    EXPECT_FALSE(f.model.issueAt(bad - 1, TargetTableModel::UrlColumn).isEmpty());

    // Fixing the plan and revalidating clears the marks; an unchanged issue set emits nothing.
    std::vector<Target> fixed = f.model.targets();
    fixed[std::size_t(bad - 1)].url = QStringLiteral("http://fixed");
    fixed[std::size_t(bad - 1)].label = QStringLiteral("fixed");
    plan.targets = fixed;
    f.model.setTargets(fixed);
    f.model.setIssues(validatePlan(plan));
    EXPECT_TRUE(f.model.issueAt(bad - 1, TargetTableModel::UrlColumn).isEmpty());
    QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
    f.model.setIssues(validatePlan(plan));
    EXPECT_EQ(changed.count(), 0);

    // Hostile paths are ignored.
    f.model.setIssues(
        {{"targets[999].url", "x"}, {"targets[-1].url", "x"}, {"targets[abc]", "x"}, {"name", "x"}});
    EXPECT_TRUE(f.model.issueAt(0, TargetTableModel::UrlColumn).isEmpty());
}
