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

TEST(LoadShape, APhaseStartsWhereItIsPutAndNumbersItsStepsOn)
{
    LoadProfile p;
    p.maxUsers = 40;
    p.stepSize = 20;
    p.stepDurationS = 10;
    LoadShape s(p, 100, 7, 2);
    ASSERT_EQ(s.steps().size(), 2u);
    EXPECT_EQ(s.steps()[0].step, 7);
    EXPECT_EQ(s.steps()[1].step, 8);
    EXPECT_EQ(s.steps()[1].phase, 2);
    EXPECT_DOUBLE_EQ(s.steps()[0].startS, 100);
    EXPECT_DOUBLE_EQ(s.endS(), 120);
    EXPECT_DOUBLE_EQ(s.durationS(), 20);
    EXPECT_EQ(s.usersAt(99), 0) << "before the phase";
    EXPECT_EQ(s.usersAt(115), 40);
}

TEST(LoadShape, ALinearRampRisesSteadilyAndIsMeasuredInWindows)
{
    LoadProfile p; // the stress-test pattern's ramp: 1 -> 100 users over 5 min
    p.kind = ProfileKind::LinearRamp;
    p.startUsers = 1;
    p.maxUsers = 100;
    p.durationS = 300;
    p.stepDurationS = 30;
    LoadShape s(p);
    ASSERT_EQ(s.steps().size(), 10u);
    EXPECT_EQ(s.usersAt(0), 1);
    EXPECT_EQ(s.usersAt(150), 50);
    EXPECT_EQ(s.usersAt(299.9), 99);
    EXPECT_EQ(s.steps().back().users, 100);
    EXPECT_EQ(s.steps()[4].users, 51); // users at the window's end
    EXPECT_DOUBLE_EQ(s.durationS(), estimatedTargetSeconds(p));
}

TEST(LoadShape, AnArrivalRampRisesLinearlyOrInLevels)
{
    LoadProfile p; // the Azure ML script's requests-per-second ramp: 10 -> 100 req/s over 120 s
    p.kind = ProfileKind::ArrivalRamp;
    p.startRate = 10;
    p.endRate = 100;
    p.durationS = 120;
    p.stepDurationS = 30;
    p.settleS = 0;
    LoadShape linear(p);
    EXPECT_TRUE(linear.isOpenLoop());
    ASSERT_EQ(linear.steps().size(), 4u);
    EXPECT_DOUBLE_EQ(linear.arrivalRateAt(0), 10);
    EXPECT_DOUBLE_EQ(linear.arrivalRateAt(60), 55);
    EXPECT_DOUBLE_EQ(linear.arrivalRateAt(120), 0) << "after the phase";
    EXPECT_DOUBLE_EQ(linear.steps()[0].rate, 10 + 90 * 15.0 / 120) << "the window's mean rate";

    p.rateSteps = 4;
    LoadShape levels(p);
    ASSERT_EQ(levels.steps().size(), 4u);
    EXPECT_DOUBLE_EQ(levels.steps()[0].rate, 10);
    EXPECT_DOUBLE_EQ(levels.steps()[3].rate, 100);
    EXPECT_DOUBLE_EQ(levels.arrivalRateAt(35), 40);
}

TEST(LoadShape, ASweepGrowsProbeByProbe)
{
    LoadProfile p;
    p.kind = ProfileKind::Sweep;
    p.sweepOn = SweepOn::Users;
    p.stepDurationS = 10;
    p.settleS = 2;
    p.spawnRate = 1000;
    LoadShape s(p, 50, 3, 1);
    EXPECT_TRUE(s.steps().empty());
    s.appendProbe(8, 50);
    s.appendProbe(16, 61);
    ASSERT_EQ(s.steps().size(), 2u);
    EXPECT_EQ(s.steps()[1].step, 4);
    EXPECT_EQ(s.steps()[1].users, 16);
    EXPECT_DOUBLE_EQ(s.steps()[1].measuredS, 63);
    EXPECT_DOUBLE_EQ(s.endS(), 71);
    EXPECT_EQ(s.usersAt(55), 8);
    s.appendProbe(12, 71);
    EXPECT_EQ(s.usersAt(72), 12) << "a lower probe drops the extra users at once";
}

TEST(LoadShape, ShardsTogetherRunTheWholeLoadOnTheWholeSchedule)
{
    LoadProfile ramp;
    ramp.maxUsers = 50;
    ramp.stepSize = 15;
    ramp.stepDurationS = 10;
    ramp.spawnRate = 4;
    LoadProfile rate;
    rate.kind = ProfileKind::ArrivalRamp;
    rate.startRate = 10;
    rate.endRate = 70;
    rate.durationS = 40;
    rate.stepDurationS = 10;
    for (const LoadProfile &p : {ramp, rate}) {
        const LoadShape whole(p, 3);
        std::vector<LoadShape> shards;
        for (int i = 0; i < 3; ++i)
            shards.emplace_back(p, 3, 0, 0, ShardSlice{i, 3});
        for (const LoadShape &s : shards) {
            ASSERT_EQ(s.steps().size(), whole.steps().size());
            for (std::size_t k = 0; k < s.steps().size(); ++k) {
                EXPECT_EQ(s.steps()[k].startS, whole.steps()[k].startS);
                EXPECT_EQ(s.steps()[k].measuredS, whole.steps()[k].measuredS);
                EXPECT_EQ(s.steps()[k].endS, whole.steps()[k].endS);
            }
        }
        for (std::size_t k = 0; k < whole.steps().size(); ++k) {
            int users = 0;
            double r = 0;
            for (const LoadShape &s : shards) {
                users += s.steps()[k].users;
                r += s.steps()[k].rate;
            }
            EXPECT_EQ(users, whole.steps()[k].users);
            EXPECT_NEAR(r, whole.steps()[k].rate, 1e-9);
        }
        // Users spawn at the whole load's pace: at every moment the shards hold what one process would.
        for (double t = 0; t < whole.endS() + 1; t += 0.25) {
            int users = 0;
            double r = 0;
            for (const LoadShape &s : shards) {
                users += s.usersAt(t);
                r += s.arrivalRateAt(t);
            }
            EXPECT_EQ(users, whole.usersAt(t)) << "t " << t;
            EXPECT_NEAR(r, whole.arrivalRateAt(t), 1e-9) << "t " << t;
        }
    }
}
