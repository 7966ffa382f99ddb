// What the engine decides at step ends and at a target's end, against the built-in mock: abort_on_fail
// gates that end a ramp early (and the run going on), max QPS under the SLO, and tokens per second from
// the usage the mock reports.

#include "core/engine/loadengine.h"
#include "core/metrics/tokenrate.h"
#include "core/mock/mockagent.h"
#include "tests/engine/enginetestutil.h"

#include <gtest/gtest.h>

using namespace plateau;
using namespace plateau::test;

namespace {

MockConfig streams(int chunkCount, int chunkDelayMs)
{
    MockConfig c;
    c.chunkCount = chunkCount;
    c.chunkDelayMs = chunkDelayMs;
    c.toolCalls = 1;
    return c;
}

// Three steps of 2, 4 and 6 users, 1.5 s each: long enough for a dozen answers per step, short enough
// for a test.
void tinyRamp(TestPlan &plan)
{
    plan.profile().kind = ProfileKind::StepRamp;
    plan.profile().maxUsers = 6;
    plan.profile().stepSize = 2;
    plan.profile().stepDurationS = 1.5;
    plan.profile().settleS = 0.3;
    plan.profile().spawnRate = 1000;
}

} // namespace

TEST(EngineVerdict, AStepGateWithAbortOnFailEndsThatRampAndTheRunGoesOn)
{
    MockAgent slow(streams(10, 30)); // 300 ms answers: over the gate from the first step on
    MockAgent fast(streams(4, 1));   // a few ms: far within it
    ASSERT_TRUE(slow.start());
    ASSERT_TRUE(fast.start());
    TestPlan plan = localPlan(slow.baseUrl());
    plan.targets[0].label = QStringLiteral("slow");
    Target second;
    second.label = QStringLiteral("fast");
    second.url = fast.baseUrl();
    plan.targets.push_back(second);
    tinyRamp(plan);
    plan.thresholds = {
        Threshold{QStringLiteral("latency_p95_ms"), QStringLiteral("<"), 100, ThresholdScope::Step, true}};
    plan.slo.latencyP95Ms = 100;
    EngineOptions opt;
    opt.snapshotIntervalMs = 100; // steps close within a tenth of a second of their end
    const EngineRun run = runEngine(plan, opt);
    ASSERT_EQ(run.outcome.targets.size(), 2u);

    const TargetOutcome &a = run.outcome.targets[0];
    EXPECT_EQ(a.phase, TargetPhase::Completed);
    EXPECT_EQ(a.steps.size(), 1u) << "the ramp went on past the crossed gate";
    ASSERT_FALSE(a.steps.empty());
    EXPECT_EQ(a.steps[0].step, 0);
    EXPECT_LT(a.loadSeconds, 3.0);
    EXPECT_EQ(a.abortedBy, QStringLiteral("latency_p95_ms < 100"));
    EXPECT_TRUE(a.detail.contains(QStringLiteral("latency_p95_ms < 100"))) << a.detail.toStdString();
    EXPECT_TRUE(a.detail.contains(QStringLiteral("step 1 (2 users)"))) << a.detail.toStdString();
    ASSERT_EQ(a.thresholds.size(), 1u);
    EXPECT_FALSE(a.thresholds[0].passed);
    EXPECT_TRUE(a.thresholds[0].aborted);
    EXPECT_EQ(a.thresholds[0].scope, QStringLiteral("step 1 (2 users)"));
    EXPECT_FALSE(a.verdict.slo.met) << "300 ms answers never meet a 100 ms SLO";
    EXPECT_TRUE(a.verdict.slo.explanation.startsWith(QStringLiteral("No step met the SLO")))
        << a.verdict.slo.explanation.toStdString();
    EXPECT_TRUE(std::any_of(run.messages.begin(), run.messages.end(),
                            [](const QString &m) { return m.contains(QStringLiteral("abort_on_fail")); }));

    const TargetOutcome &b = run.outcome.targets[1];
    EXPECT_EQ(b.phase, TargetPhase::Completed);
    EXPECT_FALSE(b.aborted());
    EXPECT_EQ(b.steps.size(), 3u);
    ASSERT_EQ(b.thresholds.size(), 1u);
    EXPECT_TRUE(b.thresholds[0].passed) << b.thresholds[0].actual;
    EXPECT_EQ(b.thresholds[0].scope, QStringLiteral("all 3 steps"));
    ASSERT_TRUE(b.verdict.slo.met) << b.verdict.slo.explanation.toStdString();
    EXPECT_GT(b.verdict.slo.maxQpsOk, 0);
    EXPECT_LE(b.verdict.slo.maxQpsOk, b.verdict.peakQpsOk);

    EXPECT_FALSE(run.outcome.thresholdsPassed);
    EXPECT_EQ(run.outcome.exitCode(), kExitFailed);
}

TEST(EngineVerdict, ARunGateWithAbortOnFailJudgesTheLoadPhaseSoFar)
{
    MockConfig c = streams(4, 1);
    c.http500Rate = 1; // every answer fails
    MockAgent mock(c);
    ASSERT_TRUE(mock.start());
    TestPlan plan = localPlan(mock.baseUrl());
    tinyRamp(plan);
    plan.thresholds = {
        Threshold{QStringLiteral("failure_rate"), QStringLiteral("<"), 0.5, ThresholdScope::Run, true}};
    EngineOptions opt;
    opt.snapshotIntervalMs = 100;
    const EngineRun run = runEngine(plan, opt);
    ASSERT_EQ(run.outcome.targets.size(), 1u);
    const TargetOutcome &o = run.outcome.targets[0];
    EXPECT_EQ(o.steps.size(), 1u) << "the ramp went on past the crossed gate";
    EXPECT_EQ(o.abortedBy, QStringLiteral("failure_rate < 0.5"));
    EXPECT_TRUE(o.detail.contains(QStringLiteral("on the load phase so far"))) << o.detail.toStdString();
    ASSERT_EQ(o.thresholds.size(), 1u);
    EXPECT_FALSE(o.thresholds[0].passed);
    EXPECT_EQ(run.outcome.exitCode(), kExitFailed);
}

TEST(EngineVerdict, TokensPerSecondComeFromTheUsageTheMockReports)
{
    MockAgent mock(streams(6, 2)); // usage: output_tokens = 6, one per delta
    ASSERT_TRUE(mock.start());
    TestPlan plan = localPlan(mock.baseUrl());
    tinyRamp(plan);
    plan.profile().maxUsers = 2; // one step is enough
    EngineOptions opt;
    opt.snapshotIntervalMs = 100;
    const EngineRun run = runEngine(plan, opt);
    ASSERT_EQ(run.outcome.targets.size(), 1u);
    const TargetOutcome &o = run.outcome.targets[0];
    ASSERT_EQ(o.steps.size(), 1u);
    const StepResult &s = o.steps[0];
    ASSERT_GT(s.ok, 0u);
    EXPECT_EQ(s.ok, s.completed);
    EXPECT_GT(s.outputTokensPerS, 0);
    EXPECT_DOUBLE_EQ(s.outputTokensPerS, s.deltasPerS) << "6 tokens reported for 6 deltas, per answer";
    EXPECT_TRUE(tokenRate(s).tokens);
    EXPECT_EQ(tokenRate(s).label(), QStringLiteral("output tokens/s"));
    EXPECT_DOUBLE_EQ(o.total.outputTokensPerS, o.total.deltasPerS);
    const bool anySnapshotWithTokens =
        std::any_of(run.snapshots.begin(), run.snapshots.end(),
                    [](const IntervalSnapshot &x) { return x.outputTokensPerS > 0; });
    EXPECT_TRUE(anySnapshotWithTokens);
    EXPECT_TRUE(o.verdict.slo.met) << o.verdict.slo.explanation.toStdString();
}
