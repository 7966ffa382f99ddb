#include "core/metrics/thresholds.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace plateau;

TEST(Thresholds, PassAndFailOnTheWholeLoadPhase)
{
    StepResult total;
    total.completed = 100;
    total.ok = 90;
    total.failureRate = 0.10;
    total.latency.p95Ms = 900;
    SaturationVerdict v;
    v.peakQpsOk = 12;
    const std::vector<Threshold> gates = {{QStringLiteral("latency_p95_ms"), QStringLiteral("<"), 1200},
                                          {QStringLiteral("failure_rate"), QStringLiteral("<"), 0.05},
                                          {QStringLiteral("peak_qps_ok"), QStringLiteral(">="), 12}};
    const auto r = evaluateThresholds(gates, total, v);
    ASSERT_EQ(r.size(), 3u);
    EXPECT_TRUE(r[0].passed);
    EXPECT_DOUBLE_EQ(r[0].actual, 900);
    EXPECT_FALSE(r[1].passed);
    EXPECT_EQ(thresholdExpression(r[1]), QStringLiteral("failure_rate < 0.05"));
    EXPECT_TRUE(r[2].passed);
}

TEST(Thresholds, NothingMeasuredNeverPasses)
{
    StepResult total; // no request completed
    const auto r =
        evaluateThresholds({{QStringLiteral("failure_rate"), QStringLiteral("<"), 0.5}}, total, {});
    ASSERT_EQ(r.size(), 1u);
    EXPECT_FALSE(r[0].passed);
}

TEST(Thresholds, UnknownMetricFailsVisibly)
{
    StepResult total;
    total.completed = 1;
    const auto r = evaluateThresholds({{QStringLiteral("bogus"), QStringLiteral("<"), 1}}, total, {});
    ASSERT_EQ(r.size(), 1u);
    EXPECT_FALSE(r[0].passed);
    EXPECT_TRUE(std::isnan(r[0].actual));
}
