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

namespace {

StepResult measuredStep(int index, int users, double p95Ms, double failureRate = 0)
{
    StepResult s;
    s.step = index;
    s.users = users;
    s.completed = 100;
    s.ok = static_cast<std::uint64_t>(100 * (1 - failureRate));
    s.failureRate = failureRate;
    s.latency.count = s.ok;
    s.latency.p95Ms = p95Ms;
    return s;
}

Threshold gate(const char *metric, const char *op, double value, ThresholdScope scope = ThresholdScope::Run,
               bool abortOnFail = false)
{
    return Threshold{QString::fromLatin1(metric), QString::fromLatin1(op), value, scope, abortOnFail};
}

} // namespace

TEST(Thresholds, StepScopeFailsAtTheFirstFailingStepAndNamesIt)
{
    // The whole load phase is within the limit (its p95 is dominated by the fast steps); step 3 is not.
    const std::vector<StepResult> steps = {measuredStep(0, 20, 400), measuredStep(1, 40, 600),
                                           measuredStep(2, 60, 1100), measuredStep(3, 80, 1300)};
    StepResult total = measuredStep(-1, 80, 700);
    const auto r = evaluateThresholds(
        {gate("latency_p95_ms", "<", 1000, ThresholdScope::Step), gate("latency_p95_ms", "<", 1000)}, total,
        {}, steps);
    ASSERT_EQ(r.size(), 2u);
    EXPECT_FALSE(r[0].passed);
    EXPECT_TRUE(r[0].perStep);
    EXPECT_DOUBLE_EQ(r[0].actual, 1100) << "the first failing step's value, not the worst";
    EXPECT_EQ(r[0].scope, QStringLiteral("step 3 (60 users)"));
    EXPECT_TRUE(r[1].passed) << "run scope is today's behaviour: the whole load phase";
    EXPECT_TRUE(r[1].scope.isEmpty());
    EXPECT_FALSE(r[1].perStep);
}

TEST(Thresholds, StepScopePassingReportsTheWorstStepAndSkipsEmptyOnes)
{
    std::vector<StepResult> steps = {measuredStep(0, 20, 400, 0.02), measuredStep(1, 40, 600, 0.01)};
    steps.push_back(StepResult{}); // a step cut short before anything finished: no evidence either way
    const auto r = evaluateThresholds({gate("failure_rate", "<", 0.05, ThresholdScope::Step),
                                       gate("latency_p95_ms", "<=", 600, ThresholdScope::Step)},
                                      measuredStep(-1, 40, 500), {}, steps);
    ASSERT_EQ(r.size(), 2u);
    EXPECT_TRUE(r[0].passed);
    EXPECT_DOUBLE_EQ(r[0].actual, 0.02);
    EXPECT_EQ(r[0].scope, QStringLiteral("all 2 steps"));
    EXPECT_TRUE(r[1].passed) << "600 <= 600";
    EXPECT_DOUBLE_EQ(r[1].actual, 600);
    // No measured step at all: nothing measured never passes.
    const auto none =
        evaluateThresholds({gate("failure_rate", "<", 0.05, ThresholdScope::Step)}, StepResult{}, {}, {});
    ASSERT_EQ(none.size(), 1u);
    EXPECT_FALSE(none[0].passed);
    EXPECT_EQ(thresholdActualText(none[0]), QStringLiteral("n/a"));
}

TEST(Thresholds, AbortOnFailChecksStepGatesOnTheNewStepsAndRunGatesOnTheLoadSoFar)
{
    const std::vector<Threshold> gates = {gate("latency_p95_ms", "<", 500), // no abort: never stops a ramp
                                          gate("failure_rate", "<", 0.1, ThresholdScope::Run, true),
                                          gate("latency_p95_ms", "<", 1000, ThresholdScope::Step, true)};
    // Latency over 500 but no abort gate crossed.
    EXPECT_FALSE(
        checkAbortOnFail(gates, {measuredStep(0, 10, 800)}, measuredStep(-1, 10, 800), {}).triggered());
    // A step over 1000 ms stops the ramp, and the result names the step.
    const ThresholdAbort slow =
        checkAbortOnFail(gates, {measuredStep(1, 20, 1200)}, measuredStep(-1, 20, 900), {});
    ASSERT_TRUE(slow.triggered());
    EXPECT_EQ(slow.index, 2);
    EXPECT_TRUE(slow.result.aborted);
    EXPECT_FALSE(slow.result.passed);
    EXPECT_EQ(slow.result.scope, QStringLiteral("step 2 (20 users)"));
    EXPECT_EQ(thresholdExpression(slow.result), QStringLiteral("latency_p95_ms < 1000"));
    // The failure rate of the load phase so far crosses its run-wide gate.
    const ThresholdAbort failing =
        checkAbortOnFail(gates, {measuredStep(1, 20, 300, 0.5)}, measuredStep(-1, 20, 300, 0.12), {});
    ASSERT_TRUE(failing.triggered());
    EXPECT_EQ(failing.index, 1);
    EXPECT_TRUE(failing.result.scope.isEmpty());
    EXPECT_DOUBLE_EQ(failing.result.actual, 0.12);
    // Nothing completed yet (long streams, a short first step): not crossed, however it would end.
    EXPECT_FALSE(checkAbortOnFail(gates, {StepResult{}}, StepResult{}, {}).triggered());
}

TEST(Thresholds, AFailingActualNeverPrintsEqualToItsLimit)
{
    ThresholdResult r;
    r.metric = QStringLiteral("failure_rate");
    r.op = QStringLiteral("<");
    r.limit = 0.05;
    r.actual = 0.0523;
    r.passed = false;
    EXPECT_EQ(thresholdExpression(r), QStringLiteral("failure_rate < 0.05"));
    EXPECT_EQ(thresholdActualText(r), QStringLiteral("0.0523"));
    // Values that round onto the limit at 3 digits get the digits that tell them apart, on the right side.
    r.actual = 0.050004;
    EXPECT_EQ(thresholdActualText(r), QStringLiteral("0.050004"));
    r.actual = 0.0499996;
    EXPECT_EQ(thresholdActualText(r), QStringLiteral("0.0499996"));
    r.limit = 1.0005;
    r.actual = 1.00051; // 3 digits would say "1": below the limit, though the value is above it
    EXPECT_EQ(thresholdActualText(r), QStringLiteral("1.001"));
    // Equal is equal; ordinary values keep 3 significant digits; the limit prints as the plan wrote it.
    r.limit = 1200;
    r.actual = 1200;
    EXPECT_EQ(thresholdActualText(r), QStringLiteral("1200"));
    r.actual = 843.2168;
    EXPECT_EQ(thresholdActualText(r), QStringLiteral("843"));
    r.metric = QStringLiteral("latency_p95_ms");
    r.limit = 1234567.5;
    EXPECT_EQ(thresholdExpression(r), QStringLiteral("latency_p95_ms < 1234567.5"));
    // Every failing result of a sweep of actuals around a limit prints different from it.
    for (double limit : {0.05, 0.1, 1.0, 2000.0, 0.15}) {
        for (int k = -2000; k <= 2000; ++k) {
            ThresholdResult t;
            t.op = QStringLiteral("<");
            t.limit = limit;
            t.actual = limit * (1 + k * 1e-7);
            const QString shown = thresholdActualText(t);
            if (t.actual != limit) {
                EXPECT_NE(shown.toDouble(), limit) << limit << " " << t.actual;
            }
            EXPECT_EQ(shown.toDouble() < limit, t.actual < limit) << shown.toStdString();
        }
    }
}
