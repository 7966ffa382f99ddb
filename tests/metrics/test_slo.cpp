// Max QPS under the SLO: the highest step by QPS ok that stays within every limit, and why none did.
#include "core/metrics/slo.h"

#include <gtest/gtest.h>

using namespace plateau;

namespace {

StepResult step(int index, int users, double qpsOk, double p95Ms, double ttftP95Ms = 100,
                double failureRate = 0)
{
    StepResult s;
    s.step = index;
    s.users = users;
    s.ok = 100;
    s.completed = failureRate < 1 ? static_cast<std::uint64_t>(100 / (1 - failureRate) + 0.5) : 100;
    s.qpsOk = qpsOk;
    s.qps = qpsOk / (1 - failureRate);
    s.failureRate = failureRate;
    s.latency.count = s.ok;
    s.latency.p95Ms = p95Ms;
    s.ttft.count = s.ok;
    s.ttft.p95Ms = ttftP95Ms;
    return s;
}

} // namespace

TEST(Slo, HighestStepWithinEveryLimitBesideTheRawPeak)
{
    // QPS keeps rising to 40 users, but latency p95 leaves the SLO after 20 users.
    const std::vector<StepResult> steps = {step(0, 10, 50, 300), step(1, 20, 95, 700), step(2, 30, 120, 950),
                                           step(3, 40, 125, 1400)};
    const SloVerdict v = evaluateSlo(steps, Slo{800, 0, 0.05});
    EXPECT_TRUE(v.evaluated);
    ASSERT_TRUE(v.met) << v.explanation.toStdString();
    EXPECT_DOUBLE_EQ(v.maxQpsOk, 95);
    EXPECT_EQ(v.users, 20);
    EXPECT_EQ(v.step, 1);
    EXPECT_EQ(
        v.explanation,
        QStringLiteral("Max QPS under the SLO (latency p95 ≤ 800 ms, failure rate ≤ 5%): 95.0 QPS ok at "
                       "20 users."));
}

TEST(Slo, EveryLimitCountsAndTheBestIsByQpsNotByPosition)
{
    std::vector<StepResult> steps = {step(0, 10, 50, 300, 100), step(1, 20, 90, 400, 250),
                                     step(2, 30, 80, 450, 120), step(3, 40, 110, 500, 150, 0.08)};
    // TTFT rules out step 1, the failure rate step 3: step 2 is the best left, though step 0 came first.
    SloVerdict v = evaluateSlo(steps, Slo{0, 200, 0.05});
    ASSERT_TRUE(v.met);
    EXPECT_EQ(v.step, 2);
    EXPECT_DOUBLE_EQ(v.maxQpsOk, 80);
    // Without a TTFT limit, step 1 is back; a failure rate exactly at the limit is within it.
    steps[3] = step(3, 40, 110, 500, 150, 0.05);
    v = evaluateSlo(steps, Slo{0, 0, 0.05});
    EXPECT_EQ(v.step, 3);
    EXPECT_EQ(sloBreach(steps[3], Slo{0, 0, 0.05}), SloBreach::None);
    EXPECT_EQ(sloBreach(steps[3], Slo{0, 0, 0.04}), SloBreach::FailureRate);
    EXPECT_EQ(sloBreach(steps[1], Slo{350, 0, 1}), SloBreach::LatencyP95);
    EXPECT_EQ(sloBreach(steps[1], Slo{0, 200, 1}), SloBreach::TtftP95);
}

TEST(Slo, EqualQpsGoesToTheStepWithFewerUsers)
{
    const SloVerdict v = evaluateSlo({step(0, 10, 100, 300), step(1, 20, 100, 300)}, Slo{});
    EXPECT_EQ(v.users, 10);
}

TEST(Slo, SaysWhyNoStepMetIt)
{
    const SloVerdict v = evaluateSlo({step(0, 10, 50, 900), step(1, 20, 60, 1200)}, Slo{800, 0, 0.05});
    EXPECT_TRUE(v.evaluated);
    EXPECT_FALSE(v.met);
    EXPECT_EQ(v.users, 0);
    EXPECT_EQ(v.step, -1);
    EXPECT_EQ(
        v.explanation,
        QStringLiteral("No step met the SLO (latency p95 ≤ 800 ms, failure rate ≤ 5%); the first measured "
                       "step already missed it: latency p95 was 900 ms at 10 users (limit 800 ms)."));
    const SloVerdict none = evaluateSlo({StepResult{}}, Slo{});
    EXPECT_FALSE(none.met);
    EXPECT_TRUE(none.explanation.startsWith(QStringLiteral("No step completed a request")));
}

TEST(Slo, AStepThatServedNothingOrHadNoTtftNeverMeetsIt)
{
    StepResult failedAll = step(0, 10, 0, 0);
    failedAll.ok = 0;
    failedAll.failureRate = 1;
    EXPECT_EQ(sloBreach(failedAll, Slo{0, 0, 1}), SloBreach::NotMeasured) << "a failure limit of 100% too";
    StepResult noText = step(0, 10, 50, 300);
    noText.ttft = Summary{};
    EXPECT_EQ(sloBreach(noText, Slo{0, 500, 0.05}), SloBreach::NoTtft);
    EXPECT_EQ(sloBreach(noText, Slo{0, 0, 0.05}), SloBreach::None) << "no TTFT limit, nothing to measure";
    const SloVerdict v = evaluateSlo({noText}, Slo{0, 500, 0.05});
    EXPECT_FALSE(v.met);
    EXPECT_TRUE(v.explanation.contains(QStringLiteral("TTFT was never measured")))
        << v.explanation.toStdString();
}

TEST(Slo, TextNamesOnlyTheLimitsThatAreSet)
{
    EXPECT_EQ(sloText(Slo{}), QStringLiteral("failure rate ≤ 5%"));
    EXPECT_EQ(sloText(Slo{1200, 350.5, 0.005}),
              QStringLiteral("latency p95 ≤ 1200 ms, TTFT p95 ≤ 350.5 ms, failure rate ≤ 0.5%"));
}
