// A plan's prompt_source: read strictly, written only when it is not the default, validated, and resolved
// against the plan file's folder before a run.
#include "core/plan/planio.h"
#include "core/plan/promptresolve.h"
#include "plantestdata.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace plateau;
using plateau::test::issueStrings;

namespace {

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(data);
}

bool hasIssue(const std::vector<PlanIssue> &issues, const QString &path)
{
    for (const PlanIssue &i : issues) {
        if (i.path == path)
            return true;
    }
    return false;
}

} // namespace

TEST(PromptSource, RoundTripsThroughThePlanFile)
{
    const PlanLoadResult r = planFromJson(R"({"targets":[{"url":"http://127.0.0.1:9"}],
        "prompt_source": {"file": "prompts.csv", "field": "question", "order": "sequential"}})");
    ASSERT_TRUE(r.ok()) << issueStrings(r.issues).join(u'\n').toStdString();
    EXPECT_EQ(r.plan->promptSource.file, QStringLiteral("prompts.csv"));
    EXPECT_EQ(r.plan->promptSource.field, QStringLiteral("question"));
    EXPECT_EQ(r.plan->promptSource.order, PromptOrder::Sequential);
    const QByteArray saved = planToJson(*r.plan);
    EXPECT_TRUE(saved.contains("\"prompt_source\"")) << saved.toStdString();
    const PlanLoadResult again = planFromJson(saved);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again.plan, *r.plan);
    EXPECT_EQ(planToJson(*again.plan), saved);
}

TEST(PromptSource, TheDefaultIsLeftOutSoOldPlansSaveBackUnchanged)
{
    TestPlan plan;
    EXPECT_FALSE(planToJson(plan).contains("prompt_source"));
    const PlanLoadResult r = planFromJson(R"({"prompt_source": {"order": "random"}})");
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r.plan->promptSource.isDefault());
    EXPECT_FALSE(planToJson(*r.plan).contains("prompt_source"));
}

TEST(PromptSource, UnknownKeysAndOrdersAreRejected)
{
    const PlanLoadResult r =
        planFromJson(R"({"prompt_source": {"file": "p.csv", "colum": "q", "order": "shuffled"}})");
    ASSERT_TRUE(r.plan.has_value());
    const QStringList issues = issueStrings(r.issues);
    EXPECT_TRUE(issues.contains(QStringLiteral("prompt_source.colum: unknown field — did you mean field?")) ||
                issues.join(u'\n').contains(QStringLiteral("prompt_source.colum: unknown field")))
        << issues.join(u'\n').toStdString();
    EXPECT_TRUE(
        issues.join(u'\n').contains(QStringLiteral("prompt_source.order: unknown order \"shuffled\"")))
        << issues.join(u'\n').toStdString();
    const PlanLoadResult wrong = planFromJson(R"({"prompt_source": "p.csv"})");
    EXPECT_TRUE(hasIssue(wrong.issues, QStringLiteral("prompt_source")));
}

TEST(PromptSource, ValidationNamesTheField)
{
    TestPlan plan = plateau::test::validPlan();
    ASSERT_TRUE(validatePlan(plan).empty());
    plan.promptSource.field = QStringLiteral("question");
    EXPECT_TRUE(hasIssue(validatePlan(plan), QStringLiteral("prompt_source.field")))
        << "a field without a file";
    plan.promptSource.file = QStringLiteral("prompts.txt");
    EXPECT_TRUE(hasIssue(validatePlan(plan), QStringLiteral("prompt_source.field")))
        << "a text file has none";
    plan.promptSource.file = QStringLiteral("data.v2/prompts.csv");
    EXPECT_TRUE(validatePlan(plan).empty());
    plan.promptSource.file = QStringLiteral("   ");
    EXPECT_TRUE(hasIssue(validatePlan(plan), QStringLiteral("prompt_source.file")));
    plan.promptSource = PromptSource{};
    plan.promptSource.order = PromptOrder(7);
    EXPECT_TRUE(hasIssue(validatePlan(plan), QStringLiteral("prompt_source.order")));
}

TEST(ResolvePrompts, ARelativePathResolvesAgainstThePlansFolder)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("data")));
    writeFile(dir.filePath(QStringLiteral("data/prompts.csv")), "id,question\n1,first\n2,second\n");
    TestPlan plan;
    plan.promptSource.file = QStringLiteral("data/prompts.csv");
    QString error, from;
    ASSERT_TRUE(resolvePrompts(plan, dir.path(), &error, &from)) << error.toStdString();
    EXPECT_EQ(plan.prompts, QStringList({"first", "second"}));
    EXPECT_EQ(from, QDir::cleanPath(dir.filePath(QStringLiteral("data/prompts.csv"))));

    // The same plan saved one folder up names the file from there.
    const PromptSource moved =
        rebasedPromptSource(plan.promptSource, dir.filePath(QStringLiteral("data")), dir.path());
    EXPECT_EQ(rebasedPromptSource(plan.promptSource, dir.path(), dir.filePath(QStringLiteral("data"))).file,
              QStringLiteral("prompts.csv"))
        << "saved into data/, the path is the file's name";
    EXPECT_EQ(moved.file, QStringLiteral("data/data/prompts.csv"));

    TestPlan none;
    const QStringList before = none.prompts;
    EXPECT_TRUE(resolvePrompts(none, dir.path(), &error)) << "no file: nothing to do";
    EXPECT_EQ(none.prompts, before);
}

TEST(ResolvePrompts, AMissingOrBrokenFileStopsWithItsNameAndLine)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    TestPlan plan;
    const QStringList before = plan.prompts;
    plan.promptSource.file = QStringLiteral("nope.csv");
    QString error;
    EXPECT_FALSE(resolvePrompts(plan, dir.path(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("nope.csv"))) << error.toStdString();
    EXPECT_EQ(plan.prompts, before);

    writeFile(dir.filePath(QStringLiteral("broken.jsonl")), "{\"prompt\":\"ok\"}\nnot json\n");
    plan.promptSource.file = QStringLiteral("broken.jsonl");
    EXPECT_FALSE(resolvePrompts(plan, dir.path(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("broken.jsonl"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("line 2"))) << error.toStdString();
    EXPECT_EQ(plan.prompts, before) << "a file with a bad line does not run with part of its prompts";

    writeFile(dir.filePath(QStringLiteral("empty.csv")), "prompt\n");
    plan.promptSource.file = QStringLiteral("empty.csv");
    EXPECT_FALSE(resolvePrompts(plan, dir.path(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("no prompt"))) << error.toStdString();
}
