// The plan model: names, estimates, equality.
#include "core/plan/testplan.h"
#include "plantestdata.h"

#include <functional>
#include <gtest/gtest.h>

using namespace plateau;

TEST(TestPlanModel, KindNamesMatchTheFileFormat)
{
    EXPECT_EQ(profileKindName(ProfileKind::StepRamp), QStringLiteral("step_ramp"));
    EXPECT_EQ(profileKindName(ProfileKind::Burst), QStringLiteral("burst"));
    EXPECT_EQ(profileKindName(ProfileKind::Sustained), QStringLiteral("sustained"));
    EXPECT_EQ(profileKindName(ProfileKind::ConstantRate), QStringLiteral("constant_rate"));
    EXPECT_EQ(transportKindName(TransportKind::Lean), QStringLiteral("lean"));
    EXPECT_EQ(transportKindName(TransportKind::Qnam), QStringLiteral("qnam"));
}

TEST(TestPlanModel, KindNamesParseBackAndUnknownNamesDoNot)
{
    for (ProfileKind k :
         {ProfileKind::StepRamp, ProfileKind::Burst, ProfileKind::Sustained, ProfileKind::ConstantRate})
        EXPECT_EQ(profileKindFromName(profileKindName(k)), k);
    for (TransportKind k : {TransportKind::Lean, TransportKind::Qnam})
        EXPECT_EQ(transportKindFromName(transportKindName(k)), k);
    EXPECT_FALSE(profileKindFromName(QStringLiteral("Step_Ramp")).has_value());
    EXPECT_FALSE(profileKindFromName(QString()).has_value());
    EXPECT_FALSE(transportKindFromName(QStringLiteral("http2")).has_value());
}

TEST(TestPlanModel, StepRampEstimateUsesWholeSteps)
{
    LoadProfile p; // defaults of Databricks' load-testing guide: 300 users, 20 per step, 30 s per step
    EXPECT_DOUBLE_EQ(estimatedTargetSeconds(p), 15 * 30.0);
    p.maxUsers = 301; // a partial 16th step still runs for a full step
    EXPECT_DOUBLE_EQ(estimatedTargetSeconds(p), 16 * 30.0);
    p.maxUsers = 5;
    p.stepSize = 10;
    p.stepDurationS = 2.5;
    EXPECT_DOUBLE_EQ(estimatedTargetSeconds(p), 2.5);
    p.stepSize = 0; // unvalidated plans must not divide by zero
    EXPECT_DOUBLE_EQ(estimatedTargetSeconds(p), 0);
}

TEST(TestPlanModel, OtherKindsEstimateFromTheirOwnFields)
{
    LoadProfile p;
    p.burstRampS = 10;
    p.holdS = 50;
    p.durationS = 600;
    p.kind = ProfileKind::Burst;
    EXPECT_DOUBLE_EQ(estimatedTargetSeconds(p), 60);
    p.kind = ProfileKind::Sustained;
    EXPECT_DOUBLE_EQ(estimatedTargetSeconds(p), 600);
    p.kind = ProfileKind::ConstantRate;
    EXPECT_DOUBLE_EQ(estimatedTargetSeconds(p), 600);
}

TEST(TestPlanModel, EqualityNoticesAChangeInEverySection)
{
    const TestPlan base = test::fullPlan();
    EXPECT_EQ(base, test::fullPlan());
    const std::vector<std::function<void(TestPlan &)>> edits = {
        [](TestPlan &p) { p.name += QLatin1Char('x'); },
        [](TestPlan &p) { p.targets[1].workers++; },
        [](TestPlan &p) { p.targets[0].headers[1].value.clear(); },
        [](TestPlan &p) { p.targets[0].authRef.clear(); },
        [](TestPlan &p) { p.targets[0].enabled = true; },
        [](TestPlan &p) { p.targets.pop_back(); },
        [](TestPlan &p) { p.profile().kind = ProfileKind::Sustained; },
        [](TestPlan &p) { p.profile().maxInFlight++; },
        [](TestPlan &p) { p.profile().thinkMaxS += 1; },
        [](TestPlan &p) { p.request.http2 = false; },
        [](TestPlan &p) { p.request.totalTimeoutS += 1; },
        [](TestPlan &p) { p.request.transport = TransportKind::Lean; },
        [](TestPlan &p) { p.prompts.append(QStringLiteral("three")); },
        [](TestPlan &p) { p.health.warmupRequests++; },
        [](TestPlan &p) { p.thresholds[0].op = QStringLiteral("<"); },
        [](TestPlan &p) { p.saturation.p95LimitMs = 0; },
        [](TestPlan &p) { p.mock.stallRate = 0; },
        [](TestPlan &p) { p.engine.threads = 0; },
    };
    for (std::size_t i = 0; i < edits.size(); ++i) {
        TestPlan changed = base;
        edits[i](changed);
        EXPECT_NE(changed, base) << "edit " << i;
    }
}

TEST(TestPlanModel, ThresholdVocabularyIsDocumented)
{
    EXPECT_EQ(thresholdMetricNames(),
              QStringList({"latency_p50_ms", "latency_p95_ms", "latency_p99_ms", "ttft_p50_ms", "ttft_p95_ms",
                           "ttft_p99_ms", "itl_p95_ms", "failure_rate", "peak_qps_ok", "checks"}));
    EXPECT_EQ(thresholdOps(), QStringList({"<", "<=", ">", ">="}));
}
