#include "core/metrics/saturation.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <random>

using namespace plateau;

namespace {

constexpr double kWindowS = 30;

StepResult step(int index, int users, double qpsOk, double failureRate = 0, double p95Ms = 500)
{
    StepResult s;
    s.step = index;
    s.users = users;
    s.windowStartS = index * 40.0 + 10;
    s.windowEndS = s.windowStartS + kWindowS;
    s.ok = static_cast<std::uint64_t>(std::llround(qpsOk * kWindowS));
    s.completed = failureRate < 1 ? static_cast<std::uint64_t>(std::llround(s.ok / (1 - failureRate))) : 0;
    s.failures[static_cast<int>(FailureClass::HttpStatus)] = s.completed - s.ok;
    s.qpsOk = s.ok / kWindowS;
    s.qps = s.completed / kWindowS;
    s.failureRate = s.completed ? static_cast<double>(s.completed - s.ok) / s.completed : 0;
    s.latency.count = s.ok;
    s.latency.p95Ms = p95Ms;
    return s;
}

// Closed-loop users each doing `perUser` QPS against a server that serves at most `capacity` QPS.
std::vector<StepResult> ramp(int stepSize, int steps, double perUser, double capacity, double noise = 0,
                             unsigned seed = 1)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> jitter(-noise, noise);
    std::vector<StepResult> out;
    for (int i = 0; i < steps; ++i) {
        const int users = (i + 1) * stepSize;
        out.push_back(step(i, users, std::min(perUser * users, capacity) * (1 + jitter(rng))));
    }
    return out;
}

std::vector<StepResult> prefix(const std::vector<StepResult> &v, std::size_t n)
{
    return {v.begin(), v.begin() + static_cast<std::ptrdiff_t>(std::min(n, v.size()))};
}

} // namespace

TEST(Saturation, LinearScalingHasNoKnee)
{
    const auto steps = ramp(20, 15, 0.5, 1e9);
    const SaturationVerdict v = detectSaturation(steps, SaturationSettings(), 64);
    EXPECT_TRUE(v.hasData);
    EXPECT_EQ(v.reason, KneeReason::None);
    EXPECT_EQ(v.kneeUsers, 0);
    EXPECT_EQ(v.kneeStep, -1);
    EXPECT_EQ(v.usersAtPeak, 300);
    EXPECT_NEAR(v.peakQpsOk, 150, 0.05);
    EXPECT_FALSE(v.generatorBound);
    EXPECT_TRUE(v.explanation.contains(QStringLiteral("300")));
    for (std::size_t n = 1; n <= steps.size(); ++n)
        EXPECT_FALSE(shouldStopAtKnee(prefix(steps, n), SaturationSettings()));
}

TEST(Saturation, CapacityPlateauGivesKneeNearCapacity)
{
    for (int stepSize : {5, 10, 20}) {
        for (double capacity : {40.0, 65.0, 103.0}) {
            const double perUser = 1.0; // latency 1 s, no think time
            const auto steps = ramp(stepSize, 25, perUser, capacity);
            const SaturationVerdict v = detectSaturation(steps, SaturationSettings(), 64);
            const double saturatingUsers = capacity / perUser;
            SCOPED_TRACE(testing::Message() << "D=" << stepSize << " C=" << capacity);
            EXPECT_EQ(v.reason, KneeReason::QpsFlat);
            EXPECT_LE(std::abs(v.kneeUsers - saturatingUsers), stepSize);
            EXPECT_NEAR(v.peakQpsOk, capacity, 0.05);
            EXPECT_GE(v.usersAtPeak, saturatingUsers - stepSize);
            ASSERT_GE(v.kneeStep, 0);
            EXPECT_EQ(steps[static_cast<std::size_t>(v.kneeStep)].users, v.kneeUsers);
            EXPECT_TRUE(v.explanation.contains(QString::number(v.kneeUsers))) << v.explanation.toStdString();

            // Stop-at-knee waits for one confirming step after the first flat one.
            std::size_t firstStop = 0;
            for (std::size_t n = 1; n <= steps.size() && !firstStop; ++n) {
                if (shouldStopAtKnee(prefix(steps, n), SaturationSettings()))
                    firstStop = n;
            }
            ASSERT_GT(firstStop, 0u);
            const auto kneeIndex = static_cast<std::size_t>(v.kneeStep);
            EXPECT_EQ(firstStop, kneeIndex + 3); // knee step, flat step, confirming step
        }
    }
}

TEST(Saturation, LatencyLimit)
{
    SaturationSettings cfg;
    cfg.p95LimitMs = 1000;
    std::vector<StepResult> steps;
    for (int i = 0; i < 15; ++i) {
        const int users = (i + 1) * 10;
        steps.push_back(step(i, users, users * 0.8, 0, 100 + users * 10)); // crosses 1000 ms above 90 users
    }
    const SaturationVerdict v = detectSaturation(steps, cfg, 64);
    EXPECT_EQ(v.reason, KneeReason::P95Limit);
    EXPECT_EQ(v.kneeUsers, 90);
    EXPECT_EQ(v.kneeStep, 8);
    EXPECT_EQ(v.usersAtPeak, 150); // QPS kept growing: the peak is past the knee
    EXPECT_TRUE(v.explanation.contains(QStringLiteral("1000")));

    SaturationSettings noLimit;
    EXPECT_EQ(detectSaturation(steps, noLimit, 64).reason, KneeReason::None);
}

TEST(Saturation, LatencyOverTheLimitFromTheFirstStep)
{
    SaturationSettings cfg;
    cfg.p95LimitMs = 200;
    std::vector<StepResult> steps;
    for (int i = 0; i < 5; ++i)
        steps.push_back(step(i, (i + 1) * 10, (i + 1) * 5.0, 0, 900));
    const SaturationVerdict v = detectSaturation(steps, cfg, 64);
    EXPECT_EQ(v.reason, KneeReason::P95Limit);
    EXPECT_EQ(v.kneeUsers, 10);
    EXPECT_EQ(v.kneeStep, 0);
    EXPECT_TRUE(shouldStopAtKnee(prefix(steps, 2), cfg));
    EXPECT_FALSE(shouldStopAtKnee(prefix(steps, 1), cfg));
}

TEST(Saturation, ErrorRateLimit)
{
    std::vector<StepResult> steps;
    for (int i = 0; i < 12; ++i) {
        const int users = (i + 1) * 20;
        steps.push_back(step(i, users, users * 0.5, users > 120 ? 0.10 : 0.01));
    }
    SaturationSettings cfg; // errorRateLimit 0.05
    const SaturationVerdict v = detectSaturation(steps, cfg, 64);
    EXPECT_EQ(v.reason, KneeReason::ErrorRate);
    EXPECT_EQ(v.kneeUsers, 120);
    EXPECT_GT(v.peakQps, v.peakQpsOk);

    cfg.errorRateLimit = 0; // disabled
    EXPECT_EQ(detectSaturation(steps, cfg, 64).reason, KneeReason::None);
}

TEST(Saturation, PeakQpsAndPeakQpsOkMayComeFromDifferentSteps)
{
    std::vector<StepResult> steps = {step(0, 10, 10), step(1, 20, 20), step(2, 30, 15, 0.5)};
    const SaturationVerdict v = detectSaturation(steps, SaturationSettings(), 64);
    EXPECT_NEAR(v.peakQpsOk, 20, 0.05);
    EXPECT_EQ(v.usersAtPeak, 20);
    EXPECT_NEAR(v.peakQps, 30, 0.05); // 15 ok + 15 failed per second
}

TEST(Saturation, OneNoisyStepIsNotAKnee)
{
    auto steps = ramp(10, 12, 1.0, 1e9);
    steps[5] = step(5, 60, steps[4].qpsOk); // one step with no gain, then back on the line
    const SaturationVerdict v = detectSaturation(steps, SaturationSettings(), 64);
    EXPECT_EQ(v.reason, KneeReason::None);
    for (std::size_t n = 1; n <= steps.size(); ++n)
        EXPECT_FALSE(shouldStopAtKnee(prefix(steps, n), SaturationSettings()));
}

TEST(Saturation, AFlatLastStepCountsWithoutConfirmation)
{
    auto steps = ramp(10, 8, 1.0, 1e9);
    steps.push_back(step(8, 90, steps.back().qpsOk));
    const SaturationVerdict v = detectSaturation(steps, SaturationSettings(), 64);
    EXPECT_EQ(v.reason, KneeReason::QpsFlat);
    EXPECT_EQ(v.kneeUsers, 80);
    EXPECT_FALSE(shouldStopAtKnee(steps, SaturationSettings()));
}

TEST(Saturation, NoisyRampsWithTolerance)
{
    for (unsigned seed = 1; seed <= 20; ++seed) {
        SCOPED_TRACE(seed);
        // +-3% noise on a linear ramp of 10 steps: no knee.
        const auto linear = ramp(20, 10, 0.5, 1e9, 0.03, seed);
        EXPECT_EQ(detectSaturation(linear, SaturationSettings(), 64).reason, KneeReason::None);
        // The same noise on a plateau at 100 users: the knee lands within [C/D - D, C/D + 2D].
        const auto plateau = ramp(10, 20, 1.0, 100, 0.03, seed);
        const SaturationVerdict v = detectSaturation(plateau, SaturationSettings(), 64);
        EXPECT_EQ(v.reason, KneeReason::QpsFlat);
        EXPECT_GE(v.kneeUsers, 90);
        EXPECT_LE(v.kneeUsers, 120);
        EXPECT_NEAR(v.peakQpsOk, 100, 3.5);
    }
}

TEST(Saturation, EmptyInput)
{
    const SaturationVerdict v = detectSaturation({}, SaturationSettings());
    EXPECT_FALSE(v.hasData);
    EXPECT_EQ(v.kneeUsers, 0);
    EXPECT_EQ(v.usersAtPeak, 0);
    EXPECT_FALSE(v.explanation.isEmpty());
    EXPECT_FALSE(shouldStopAtKnee({}, SaturationSettings()));
}

TEST(Saturation, OneStep)
{
    const SaturationVerdict v = detectSaturation({step(0, 10, 8)}, SaturationSettings(), 64);
    EXPECT_TRUE(v.hasData);
    EXPECT_EQ(v.usersAtPeak, 10);
    EXPECT_NEAR(v.peakQpsOk, 8, 0.05);
    EXPECT_EQ(v.reason, KneeReason::None);
    EXPECT_FALSE(v.explanation.isEmpty());
}

TEST(Saturation, ZeroUsersAndSparseStepsAreSkipped)
{
    std::vector<StepResult> steps;
    StepResult idle = step(0, 0, 0);
    steps.push_back(idle);
    StepResult weird = step(1, 0, 5); // completions with no users: no per-user rate to scale
    steps.push_back(weird);
    steps.push_back(step(2, 10, 10));
    StepResult sparse = step(3, 20, 0.1); // 3 completions: too noisy to call flat
    ASSERT_LT(sparse.completed, kMinCompletedForKnee);
    steps.push_back(sparse);
    steps.push_back(step(4, 30, 30));
    steps.push_back(step(5, 40, 40));
    const SaturationVerdict v = detectSaturation(steps, SaturationSettings(), 64);
    EXPECT_TRUE(v.hasData);
    EXPECT_EQ(v.reason, KneeReason::None);
    EXPECT_EQ(v.usersAtPeak, 40);

    std::vector<StepResult> onlySparse = {step(0, 10, 0.1), step(1, 20, 0.1)};
    const SaturationVerdict s = detectSaturation(onlySparse, SaturationSettings(), 64);
    EXPECT_TRUE(s.hasData);
    EXPECT_EQ(s.reason, KneeReason::None);
    EXPECT_FALSE(s.explanation.isEmpty());
}

TEST(Saturation, GeneratorBoundMakesTheNumbersAFloor)
{
    auto steps = ramp(10, 10, 1.0, 50);
    SaturationVerdict v = detectSaturation(steps, SaturationSettings(), 4);
    EXPECT_FALSE(v.generatorBound);
    const QString plain = v.explanation;

    steps[4].generatorCpuPercent = 360; // 90% of 4 cores, at the peak
    v = detectSaturation(steps, SaturationSettings(), 4);
    EXPECT_TRUE(v.generatorBound);
    EXPECT_GT(v.explanation.size(), plain.size());
    EXPECT_TRUE(v.explanation.startsWith(plain));

    steps[4].generatorCpuPercent = 100;
    v = detectSaturation(steps, SaturationSettings(), 4);
    EXPECT_FALSE(v.generatorBound);

    steps[2].generatorLagMaxMs = 80;
    EXPECT_TRUE(detectSaturation(steps, SaturationSettings(), 4).generatorBound);

    // Saturation after the verdict's steps (here: long past the knee) does not taint it.
    steps[2].generatorLagMaxMs = 0;
    steps[9].generatorLagMaxMs = 80;
    EXPECT_FALSE(detectSaturation(steps, SaturationSettings(), 4).generatorBound);
}
