// Minimal plans: what a file leaves out is a default, or derived from what it gives (a target's label from
// its URL, the settle time from the step), so that one URL is a plan that runs.
#include "core/plan/planio.h"
#include "core/plan/targetguess.h"
#include "plantestdata.h"

#include <QRandomGenerator>
#include <gtest/gtest.h>

using namespace plateau;
using plateau::test::issueStrings;
using json = nlohmann::json;

namespace {

PlanLoadResult load(const QByteArray &text)
{
    return planFromJson(text);
}

TestPlan loaded(const QByteArray &text)
{
    const PlanLoadResult r = load(text);
    EXPECT_TRUE(r.ok()) << issueStrings(r.issues);
    return r.plan.value_or(TestPlan());
}

} // namespace

TEST(PlanMinimal, OneUrlIsAPlanThatValidates)
{
    const PlanLoadResult r = load(R"({"targets": [{"url": "http://127.0.0.1:8080"}]})");
    ASSERT_TRUE(r.ok()) << issueStrings(r.issues);
    const TestPlan &p = *r.plan;
    EXPECT_EQ(issueStrings(validatePlan(p)), QStringList());
    ASSERT_EQ(p.targets.size(), 1u);
    EXPECT_EQ(p.targets[0].label, QStringLiteral("127.0.0.1-8080")) << "named as Add URLs… names it";
    EXPECT_EQ(p.targets[0].computeSize, QStringLiteral("medium")) << "the host names no size";
    EXPECT_FALSE(p.profile().settleS.has_value()) << "settle_s absent is auto";
    EXPECT_EQ(p.profile().effectiveSettleS(), 5.0) << "a third of the 30 s step, at most 5 s";
    EXPECT_EQ(p.prompts, QStringList{QString::fromLatin1(kDefaultPrompt)});
    EXPECT_FALSE(QString::fromLatin1(kDefaultPrompt).trimmed().isEmpty());
}

TEST(PlanMinimal, AutoSettleFollowsAShortStepAndAnExplicitOneIsChecked)
{
    // The default 5 s settle with a 3 s step used to be rejected; auto is derived from the step instead.
    const TestPlan p =
        loaded(R"({"targets":[{"url":"http://127.0.0.1:8080"}],"profile":{"step_duration_s":3}})");
    EXPECT_EQ(issueStrings(validatePlan(p)), QStringList());
    EXPECT_DOUBLE_EQ(p.profile().effectiveSettleS(), 1.0);

    const TestPlan explicitSettle = loaded(
        R"({"targets":[{"url":"http://127.0.0.1:8080"}],"profile":{"step_duration_s":3,"settle_s":3}})");
    EXPECT_EQ(issueStrings(validatePlan(explicitSettle)),
              QStringList{QStringLiteral("profile.settle_s: must be at least 0 and less than step_duration_s "
                                         "(3); leave it out to derive it from the step")});
    EXPECT_EQ(explicitSettle.profile().effectiveSettleS(), 3.0) << "a given value is used as it is";
    const TestPlan zero = loaded(R"({"targets":[{"url":"http://127.0.0.1:8080"}],"profile":{"settle_s":0}})");
    EXPECT_EQ(zero.profile().effectiveSettleS(), 0.0) << "0 is a value, not auto";
}

TEST(PlanMinimal, AutoSettleOfEachShapeComesFromItsMeasuredPhase)
{
    LoadProfile p;
    p.kind = ProfileKind::Burst;
    p.holdS = 6;
    EXPECT_DOUBLE_EQ(p.effectiveSettleS(), 2.0);
    p.holdS = 120;
    EXPECT_DOUBLE_EQ(p.effectiveSettleS(), 5.0);
    p.kind = ProfileKind::Sustained;
    p.durationS = 9;
    EXPECT_DOUBLE_EQ(p.effectiveSettleS(), 3.0);
    p.kind = ProfileKind::ConstantRate;
    p.durationS = 1200;
    EXPECT_DOUBLE_EQ(p.effectiveSettleS(), 5.0);
    p.durationS = 0; // invalid, and reported as such; nothing to settle
    EXPECT_DOUBLE_EQ(p.effectiveSettleS(), 0.0);
    p.settleS = 0.25;
    EXPECT_DOUBLE_EQ(p.effectiveSettleS(), 0.25);
}

TEST(PlanMinimal, AutoSettleRoundTrips)
{
    const QByteArray minimal = R"({"targets":[{"url":"http://127.0.0.1:8080"}]})";
    const TestPlan p = loaded(minimal);
    const QByteArray saved = planToJson(p);
    EXPECT_FALSE(test::parsed(saved).at("phases").at(0).at("profile").contains("settle_s"))
        << "auto is written as absent";
    const TestPlan again = loaded(saved);
    EXPECT_EQ(again, p);
    EXPECT_FALSE(again.profile().settleS.has_value());
    EXPECT_EQ(planToJson(again), saved);

    TestPlan given = p;
    given.profile().settleS = 2;
    EXPECT_EQ(test::parsed(planToJson(given)).at("phases").at(0).at("profile").at("settle_s"), 2.0);
    EXPECT_EQ(loaded(planToJson(given)), given);
}

TEST(PlanMinimal, LabelsAreDerivedUniqueAndGivenOnesWin)
{
    const TestPlan p = loaded(R"({"targets":[
        {"url":"https://my-app-1234567890.aws.databricksapps.com"},
        {"url":"https://my-app-1234567890.aws.databricksapps.com/other"},
        {"url":"http://10.0.0.2:8080", "label":"MY-APP"},
        {"url":"https://agent-large-w8.example.com"},
        {"url":"https://agent-small-w2.example.com", "compute_size":"custom", "workers":0}
    ]})");
    ASSERT_EQ(p.targets.size(), 5u);
    // MY-APP is given, so both derived names avoid it (labels name folders, compared without case).
    EXPECT_EQ(p.targets[0].label, QStringLiteral("my-app-2"));
    EXPECT_EQ(p.targets[1].label, QStringLiteral("my-app-3"));
    EXPECT_EQ(p.targets[2].label, QStringLiteral("MY-APP"));
    EXPECT_EQ(p.targets[3].label, QStringLiteral("agent-large-w8"));
    EXPECT_EQ(p.targets[3].computeSize, QStringLiteral("large"));
    EXPECT_EQ(p.targets[3].workers, 8);
    EXPECT_EQ(p.targets[4].computeSize, QStringLiteral("custom")) << "given keys are never replaced";
    EXPECT_EQ(p.targets[4].workers, 0);
    EXPECT_EQ(issueStrings(validatePlan(p)), QStringList());
}

TEST(PlanMinimal, OnlyAbsentKeysAreDerived)
{
    // An empty label is the file's own choice: validation reports it rather than the loader hiding it.
    const TestPlan empty = loaded(R"({"targets":[{"url":"http://127.0.0.1:8080","label":""}]})");
    EXPECT_TRUE(empty.targets[0].label.isEmpty());
    EXPECT_TRUE(
        issueStrings(validatePlan(empty)).contains(QStringLiteral("targets[0].label: must not be empty")));
    // Nothing to derive from: the label stays empty, and both problems are reported.
    const TestPlan noUrl = loaded(R"({"targets":[{"compute_size":"small"}]})");
    EXPECT_TRUE(noUrl.targets[0].label.isEmpty());
    EXPECT_EQ(issueStrings(validatePlan(noUrl)),
              QStringList({QStringLiteral("targets[0].label: must not be empty"),
                           QStringLiteral("targets[0].url: must not be empty")}));
    // A URL without a scheme still names the target; the URL itself is reported with what to add.
    const TestPlan bare = loaded(R"({"targets":[{"url":"my-app.example.com"}]})");
    EXPECT_EQ(bare.targets[0].label, QStringLiteral("my-app"));
    EXPECT_EQ(issueStrings(validatePlan(bare)),
              QStringList{QStringLiteral("targets[0].url: not an http(s) URL: add http:// or https://")});
}

TEST(PlanMinimal, DefaultPromptOnlyWhenTheKeyIsAbsent)
{
    EXPECT_EQ(loaded(R"({"prompts":["one"]})").prompts, QStringList{QStringLiteral("one")});
    const TestPlan none = loaded(R"({"targets":[{"url":"http://127.0.0.1:8080"}],"prompts":[]})");
    EXPECT_TRUE(none.prompts.isEmpty());
    EXPECT_EQ(issueStrings(validatePlan(none)),
              QStringList{QStringLiteral(
                  "prompts: at least one prompt is needed; leave the key out to use the default prompt")});
}

TEST(PlanMinimal, ThousandsOfUnlabelledTargetsGetDistinctNames)
{
    // One URL many times: each name is picked against all the others, in linear time.
    QByteArray text = "{\"targets\":[";
    constexpr int kTargets = 20000;
    for (int i = 0; i < kTargets; ++i)
        text += QByteArray(i ? "," : "") + "{\"url\":\"http://app.example.com\"}";
    text += "]}";
    const TestPlan p = loaded(text);
    ASSERT_EQ(p.targets.size(), std::size_t(kTargets));
    EXPECT_EQ(p.targets[0].label, QStringLiteral("app"));
    EXPECT_EQ(p.targets[1].label, QStringLiteral("app-2"));
    EXPECT_EQ(p.targets[kTargets - 1].label, QStringLiteral("app-%1").arg(kTargets));
    EXPECT_TRUE(validatePlan(p).empty());
}

TEST(PlanMinimal, UniqueLabelsNamesAsUniqueLabelDoes)
{
    // The set-based picker against the list-based original, on random small worlds.
    QRandomGenerator rng(7);
    const QStringList pool = {"app", "App", "app-2", "app-3", "APP-4", "b", "b-9", "app-2-2", "c-1"};
    for (int round = 0; round < 500; ++round) {
        QStringList taken;
        UniqueLabels labels;
        for (int i = 0; i < 6; ++i) {
            const QString wanted = pool[int(rng.bounded(pool.size()))];
            const QString expected = uniqueLabel(wanted, taken);
            ASSERT_EQ(labels.pick(wanted), expected)
                << "round " << round << " wanted " << wanted.toStdString();
            taken << expected;
        }
    }
}
