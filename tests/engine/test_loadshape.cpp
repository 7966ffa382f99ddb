#include "core/engine/loadshape.h"

#include <gtest/gtest.h>

using namespace plateau;

TEST(LoadShape, StepRampFollowsTheDatabricksGuideFormula)
{
    LoadProfile p; // defaults of Databricks' load-testing guide: 300 users, steps of 20, 30 s each
    LoadShape s(p);
    ASSERT_EQ(s.steps().size(), 15u);
    EXPECT_DOUBLE_EQ(s.durationS(), 15 * 30.0);
    EXPECT_DOUBLE_EQ(s.durationS(), estimatedTargetSeconds(p));
    for (size_t k = 0; k < s.steps().size(); ++k) {
        EXPECT_EQ(s.steps()[k].users, int(k + 1) * 20);
        EXPECT_DOUBLE_EQ(s.steps()[k].startS, double(k) * 30);
        EXPECT_DOUBLE_EQ(s.steps()[k].measuredS, double(k) * 30 + 5) << "auto settle of a 30 s step: 5 s";
    }
}

TEST(LoadShape, LastStepIsCappedAtMaxUsers)
{
    LoadProfile p;
    p.maxUsers = 50;
    p.stepSize = 20;
    LoadShape s(p);
    ASSERT_EQ(s.steps().size(), 3u);
    EXPECT_EQ(s.steps().back().users, 50);
}

TEST(LoadShape, SpawnRateLimitsHowFastUsersArrive)
{
    LoadProfile p;
    p.stepSize = 20;
    p.spawnRate = 10; // 2 s to add a step's 20 users
    p.stepDurationS = 30;
    LoadShape s(p);
    EXPECT_EQ(s.usersAt(0), 1);
    EXPECT_EQ(s.usersAt(0.95), 10);
    EXPECT_EQ(s.usersAt(5), 20);
    EXPECT_EQ(s.usersAt(30.0), 21); // the next step starts from the previous level
    EXPECT_EQ(s.usersAt(31.0), 31);
    EXPECT_EQ(s.usersAt(40.0), 40);
}

TEST(LoadShape, StepAtMapsTimesToWindows)
{
    LoadProfile p;
    p.maxUsers = 60;
    p.stepSize = 20;
    p.stepDurationS = 10;
    LoadShape s(p);
    EXPECT_EQ(s.stepAt(0), 0);
    EXPECT_EQ(s.stepAt(9.999), 0);
    EXPECT_EQ(s.stepAt(10), 1);
    EXPECT_EQ(s.stepAt(29.9), 2);
    EXPECT_EQ(s.stepAt(1000), 2);
}

TEST(LoadShape, BurstRampsThenHolds)
{
    LoadProfile p;
    p.kind = ProfileKind::Burst;
    p.burstUsers = 50;
    p.burstRampS = 10;
    p.holdS = 120;
    LoadShape s(p);
    ASSERT_EQ(s.steps().size(), 2u);
    EXPECT_DOUBLE_EQ(s.durationS(), 130);
    EXPECT_EQ(s.usersAt(0), 1);
    EXPECT_EQ(s.usersAt(5), 26);
    EXPECT_EQ(s.usersAt(10), 50);
    EXPECT_EQ(s.usersAt(100), 50);
}

TEST(LoadShape, SustainedHoldsOneLevel)
{
    LoadProfile p;
    p.kind = ProfileKind::Sustained;
    p.sustainedUsers = 30;
    p.durationS = 1200;
    p.spawnRate = 1000;
    LoadShape s(p);
    ASSERT_EQ(s.steps().size(), 1u);
    EXPECT_EQ(s.usersAt(1), 30);
    EXPECT_EQ(s.usersAt(1199), 30);
}

TEST(LoadShape, AutoSettleFollowsAShortStep)
{
    LoadProfile p; // settle_s left out: a third of the step, at most 5 s
    p.stepDurationS = 3;
    p.maxUsers = 40;
    LoadShape s(p);
    ASSERT_EQ(s.steps().size(), 2u);
    EXPECT_DOUBLE_EQ(s.steps()[0].measuredS, 1);
    EXPECT_DOUBLE_EQ(s.steps()[1].measuredS, 4);
}

TEST(LoadShape, SettleNeverSwallowsAWholeStep)
{
    LoadProfile p;
    p.stepDurationS = 4;
    p.settleS = 10;
    LoadShape s(p);
    EXPECT_DOUBLE_EQ(s.steps()[0].measuredS, 2);
}
