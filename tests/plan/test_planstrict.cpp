// Strict plans: an unknown field is an error at every level, with the key that was probably meant; plan
// files may carry comments.
#include "core/plan/planio.h"
#include "core/plan/unknownfield.h"
#include "plantestdata.h"

#include <gtest/gtest.h>

using namespace plateau;
using plateau::test::issueStrings;
using json = nlohmann::json;

namespace {

PlanLoadResult load(const QByteArray &text)
{
    return planFromJson(text);
}

QStringList loadIssues(const QByteArray &text)
{
    const PlanLoadResult r = load(text);
    EXPECT_TRUE(r.plan.has_value()) << issueStrings(r.issues);
    return issueStrings(r.issues);
}

} // namespace

TEST(PlanStrict, ATypoInTheProfileIsAnErrorThatNamesTheField)
{
    // The plan that ran the default 300 users while the file said 60.
    const PlanLoadResult r =
        load(R"({"targets":[{"url":"http://127.0.0.1:8080"}],"profile":{"max_user":60}})");
    ASSERT_TRUE(r.plan.has_value());
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(issueStrings(r.issues),
              QStringList{QStringLiteral("profile.max_user: unknown field — did you mean max_users?")});
}

TEST(PlanStrict, UnknownFieldsAreFoundInEverySection)
{
    const QStringList issues = loadIssues(R"({
        "nmae": "x",
        "targets": [{"url": "http://h", "lable": "a", "headers": [{"name": "X-A", "valeu": "1"}]}],
        "profile": {"kind": "step_ramp", "settle": 1},
        "request": {"metod": "POST"},
        "health": {"attempt": 2},
        "thresholds": [{"metric": "failure_rate", "op": "<", "value": 0.1, "vlaue": 2}],
        "saturation": {"flat_fractions": 0.3},
        "mock": {"chunk_cnt": 3},
        "engine": {"thread": 2}
    })");
    EXPECT_EQ(issues, QStringList({
                          // The walk reports in key order, the reader's own issues (none here) come first.
                          QStringLiteral("engine.thread: unknown field — did you mean threads?"),
                          QStringLiteral("health.attempt: unknown field — did you mean attempts?"),
                          QStringLiteral("mock.chunk_cnt: unknown field — did you mean chunk_count?"),
                          QStringLiteral("nmae: unknown field — did you mean name?"),
                          QStringLiteral("profile.settle: unknown field — did you mean settle_s?"),
                          QStringLiteral("request.metod: unknown field — did you mean method?"),
                          QStringLiteral("saturation.flat_fractions: unknown field — did you mean "
                                         "flat_fraction?"),
                          QStringLiteral("targets[0].headers[0].valeu: unknown field — did you mean value?"),
                          QStringLiteral("targets[0].lable: unknown field — did you mean label?"),
                          QStringLiteral("thresholds[0].vlaue: unknown field — did you mean value?"),
                      }));
}

TEST(PlanStrict, AFieldWithNoCloseNameListsTheKnownOnes)
{
    EXPECT_EQ(loadIssues(R"({"engine":{"cores":2}})"),
              QStringList{QStringLiteral("engine.cores: unknown field (known here: threads)")});
    EXPECT_EQ(loadIssues(R"({"thresholds":[{"metric":"failure_rate","op":"<","value":1,"id":3}]})"),
              QStringList{QStringLiteral("thresholds[0].id: unknown field (known here: metric, op, value, "
                                         "scope, abort_on_fail, phase, tag)")})
        << "a short key needs a close match: id is two edits from op";
    const QStringList top = loadIssues(R"({"comment":"why"})");
    ASSERT_EQ(top.size(), 1);
    EXPECT_EQ(
        top[0],
        QStringLiteral("comment: unknown field (known here: schema, name, targets, profile, request, "
                       "prompts, prompt_source, health, thresholds, threshold_sets, threshold_set, journey, "
                       "environment_guard, saturation, slo, mock, engine, tls, hosts)"));
}

TEST(PlanStrict, EveryElementOfAnArrayIsChecked)
{
    const QStringList issues = loadIssues(R"({"targets":[{"url":"http://a"},{"url":"http://b","Label":"b"},
                                                           {"url":"http://c","enabled":true,"enable":true}]})");
    EXPECT_EQ(issues, QStringList({
                          QStringLiteral("targets[1].Label: unknown field — did you mean label?"),
                          QStringLiteral("targets[2].enable: unknown field — did you mean enabled?"),
                      }));
}

TEST(PlanStrict, AKnownFieldOfTheWrongTypeIsOneIssueNotMore)
{
    // Inside a value the reader could not take, nothing more is reported: the user fixes the type first.
    EXPECT_EQ(loadIssues(R"({"profile":[{"max_user":1}],"targets":{"url":1},"thresholds":[7]})"),
              QStringList({QStringLiteral("targets: expected an array, got object"),
                           QStringLiteral("profile: expected an object, got array"),
                           QStringLiteral("thresholds[0]: expected an object, got number")}));
    // Inside an unknown field, nothing more either.
    EXPECT_EQ(loadIssues(R"({"profiles":{"max_user":1,"x":{"y":2}}})"),
              QStringList{QStringLiteral("profiles: unknown field — did you mean profile?")});
}

TEST(PlanStrict, ASavedPlanHasNoUnknownField)
{
    for (const TestPlan &plan : {TestPlan(), test::fullPlan(), test::validPlan()}) {
        const PlanLoadResult r = load(planToJson(plan));
        EXPECT_TRUE(r.ok()) << issueStrings(r.issues);
    }
}

TEST(PlanStrict, ManyUnknownFieldsAreCappedWithACount)
{
    // A hostile plan with a million unknown keys gets 50 lines and one count, not a million lines.
    QByteArray text = "{\"profile\":{";
    constexpr int kKeys = 1000000;
    for (int i = 0; i < kKeys; ++i)
        text += "\"k" + QByteArray::number(i) + "\":0,";
    text += "\"max_users\":7}}";
    ASSERT_LT(text.size(), kMaxPlanBytes);
    const PlanLoadResult r = load(text);
    ASSERT_TRUE(r.plan.has_value());
    EXPECT_EQ(r.plan->profile().maxUsers, 7) << "the known key is still read";
    ASSERT_EQ(r.issues.size(), 51u);
    for (std::size_t i = 0; i < 50; ++i)
        EXPECT_TRUE(r.issues[i].path.startsWith(QStringLiteral("profile.k"))) << r.issues[i].toString();
    EXPECT_TRUE(r.issues[0].message.startsWith(QStringLiteral("unknown field (known here: kind, max_users")))
        << r.issues[0].message;
    EXPECT_EQ(r.issues[50].toString(), QStringLiteral("... and %1 more unknown fields").arg(kKeys - 50));
}

TEST(PlanStrict, AnOddKeyShowsShortAndOnOneLine)
{
    const QByteArray longKey = QByteArray(5000, 'q');
    const PlanLoadResult r = load("{\"engine\":{\"" + longKey + "\":1,\"a\\nb\":2}}");
    ASSERT_EQ(r.issues.size(), 2u) << issueStrings(r.issues);
    // Keys in key order: "a\nb" sorts before "qqq...".
    EXPECT_EQ(r.issues[0].path, QStringLiteral("engine.a\\u000ab"));
    EXPECT_EQ(r.issues[1].path, QStringLiteral("engine.") + QString(60, u'q') + QStringLiteral("..."));
    EXPECT_LT(r.issues[1].toString().size(), 200);
}

TEST(PlanStrict, ClosestKeyRules)
{
    const QStringList known = {QStringLiteral("max_users"), QStringLiteral("step_size"),
                               QStringLiteral("max_in_flight"), QStringLiteral("op")};
    EXPECT_EQ(closestKey(QStringLiteral("max_user"), known), QStringLiteral("max_users"));  // deletion
    EXPECT_EQ(closestKey(QStringLiteral("max_usres"), known), QStringLiteral("max_users")); // swap
    EXPECT_EQ(closestKey(QStringLiteral("MAX_USERS"), known), QStringLiteral("max_users")); // case only
    EXPECT_EQ(closestKey(QStringLiteral("stepsize"), known), QStringLiteral("step_size"));  // insertion
    EXPECT_EQ(closestKey(QStringLiteral("step_sighs"), known), QString());                  // three edits
    EXPECT_EQ(closestKey(QStringLiteral("ops"), known), QStringLiteral("op"));              // short: one
    EXPECT_EQ(closestKey(QStringLiteral("id"), known), QString());                          // short: not two
    EXPECT_EQ(closestKey(QString(100000, u'x'), known), QString());
    EXPECT_EQ(editDistance(u"kitten", u"sitting", 5), 3);
    EXPECT_EQ(editDistance(u"kitten", u"sitting", 2), 3) << "capped at cap + 1";
    EXPECT_EQ(editDistance(u"ab", u"ba", 2), 1);
    EXPECT_EQ(editDistance(u"", u"abc", 3), 3);
    EXPECT_EQ(editDistance(u"same", u"same", 0), 0);
}

TEST(PlanStrict, CommentsAreAllowedInPlanFiles)
{
    const PlanLoadResult r = load(R"(// a ramp for the nightly check
{
  /* the app under test */
  "targets": [{"url": "http://127.0.0.1:8080"}], // one is enough
  "profile": {
    "max_users": 60 /* not 300 */
  }
  // trailing remark
})");
    ASSERT_TRUE(r.ok()) << issueStrings(r.issues);
    EXPECT_EQ(r.plan->profile().maxUsers, 60);
    const QByteArray saved = planToJson(*r.plan);
    EXPECT_TRUE(json::accept(saved.constBegin(), saved.constEnd())) << "the writer emits plain JSON";
    EXPECT_FALSE(saved.contains("one is enough"));
    // A string that looks like a comment is still a string.
    const PlanLoadResult s = load(R"({"name": "a // b /* c */"})");
    ASSERT_TRUE(s.ok()) << issueStrings(s.issues);
    EXPECT_EQ(s.plan->name, QStringLiteral("a // b /* c */"));
}

TEST(PlanStrict, AnUnclosedCommentIsASyntaxErrorWithItsByte)
{
    const PlanLoadResult r = load(R"({"name": "x" /* never closed })");
    ASSERT_FALSE(r.plan.has_value());
    ASSERT_EQ(r.issues.size(), 1u);
    EXPECT_TRUE(r.issues[0].message.startsWith(QStringLiteral("byte "))) << r.issues[0].message;
}
