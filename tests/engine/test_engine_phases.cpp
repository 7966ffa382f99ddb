// Phases against the built-in mock agent: order and exact counts per phase, gates, arrival-rate ramps and
// the sweep that finds a known capacity.

#include "core/engine/loadengine.h"
#include "core/mock/mockagent.h"
#include "tests/engine/enginetestutil.h"

#include <QThread>
#include <gtest/gtest.h>

using namespace plateau;
using namespace plateau::test;

namespace {

MockConfig mockConfig(int chunkCount, int chunkDelayMs)
{
    MockConfig c;
    c.chunkCount = chunkCount;
    c.chunkDelayMs = chunkDelayMs;
    c.toolCalls = 1;
    return c;
}

Phase phase(const QString &name, const LoadProfile &p, bool gate = false)
{
    Phase ph;
    ph.name = name;
    ph.profile = p;
    ph.gate = gate;
    return ph;
}

LoadProfile stepRamp(int maxUsers, int stepSize, double stepS)
{
    LoadProfile p;
    p.kind = ProfileKind::StepRamp;
    p.maxUsers = maxUsers;
    p.stepSize = stepSize;
    p.stepDurationS = stepS;
    p.settleS = 0.5;
    p.spawnRate = 1000;
    return p;
}

// Blocks the engine's thread (it calls its observers there) until the mock has accounted for every request
// it received: between two phases nothing is in flight on the engine's side.
std::uint64_t settledInvocations(MockAgent &mock)
{
    for (int i = 0; i < 400; ++i) {
        const MockCounters c = mock.counters();
        if (c.inFlight == 0 && c.queued == 0)
            return c.invocations;
        QThread::msleep(5);
    }
    return mock.counters().invocations;
}

} // namespace

TEST(EnginePhases, ThreePhasesRunInOrderWithExactCountsPerPhase)
{
    MockAgent mock(mockConfig(5, 10));
    ASSERT_TRUE(mock.start());
    TestPlan plan = localPlan(mock.baseUrl());
    LoadProfile burst;
    burst.kind = ProfileKind::Burst;
    burst.burstUsers = 8;
    burst.burstRampS = 1;
    burst.holdS = 2;
    burst.settleS = 0;
    LoadProfile sustained;
    sustained.kind = ProfileKind::Sustained;
    sustained.sustainedUsers = 3;
    sustained.durationS = 2;
    sustained.spawnRate = 1000;
    sustained.settleS = 0;
    plan.phases = {phase(QStringLiteral("ramp"), stepRamp(6, 2, 1)), phase(QStringLiteral("burst"), burst),
                   phase(QStringLiteral("sustained"), sustained)};

    // The mock's count at the start of the load and at the end of each phase.
    std::vector<std::uint64_t> marks;
    const EngineRun run = runEngine(plan, {}, 60000, [&](LoadEngine &e) {
        QObject::connect(&e, &LoadEngine::message, [&](const QString &m) {
            if (m.contains(QStringLiteral(": phase 1/3 ")) || m.contains(QStringLiteral(" done: ")))
                marks.push_back(settledInvocations(mock));
        });
    });
    ASSERT_EQ(run.outcome.targets.size(), 1u);
    const TargetOutcome &o = run.outcome.targets[0];
    ASSERT_EQ(o.phases.size(), 3u);
    ASSERT_EQ(marks.size(), 4u);
    double lastEnd = 0;
    int lastStep = -1;
    for (std::size_t i = 0; i < 3; ++i) {
        const PhaseOutcome &po = o.phases[i];
        SCOPED_TRACE(po.name.toStdString());
        EXPECT_EQ(po.state, PhaseState::Ran);
        EXPECT_EQ(po.index, int(i));
        EXPECT_GE(po.startS, lastEnd) << "phases overlap";
        lastEnd = po.endS;
        ASSERT_GE(po.firstStep, 0);
        EXPECT_EQ(po.firstStep, lastStep + 1) << "steps are numbered on across phases";
        lastStep = po.lastStep;
        // Every request the engine sent in the phase reached the mock in that phase, and nothing else did.
        EXPECT_EQ(po.total.completed + po.cancelled, marks[i + 1] - marks[i]);
        EXPECT_EQ(po.started, po.total.completed + po.cancelled);
        EXPECT_GT(po.total.ok, 0u);
        if (i < 2) {
            EXPECT_EQ(po.cancelled, 0u) << "between phases, requests in flight finish (a graceful stop)";
        }
    }
    EXPECT_EQ(o.phases[0].lastStep - o.phases[0].firstStep, 2) << "the ramp has three steps";
    EXPECT_TRUE(o.phases[1].coldStart.evaluated) << o.phases[1].coldStart.explanation.toStdString();
    EXPECT_TRUE(o.phases[2].drift.evaluated) << o.phases[2].drift.explanation.toStdString();
    // The saturation verdict is the ramp's.
    EXPECT_EQ(o.verdict.explanation, o.phases[0].verdict.explanation);
    // Snapshots name their phase and never go back.
    int seen = 0;
    for (const IntervalSnapshot &s : run.snapshots) {
        EXPECT_GE(s.phase, seen);
        seen = s.phase;
    }
    EXPECT_EQ(seen, 2);
    for (const StepResult &s : o.steps)
        EXPECT_EQ(s.phase, s.step <= o.phases[0].lastStep ? 0 : s.step <= o.phases[1].lastStep ? 1 : 2);
    EXPECT_EQ(o.total.completed + o.totalCancelled, marks.back() - marks.front());
    EXPECT_EQ(run.outcome.exitCode(), 0);
}

TEST(EnginePhases, AGatedPhaseIsSkippedWhenTheSmokeTestFailsAndTheRunSaysWhy)
{
    MockAgent mock(mockConfig(5, 10)); // 50 ms streams
    ASSERT_TRUE(mock.start());
    TestPlan plan = localPlan(mock.baseUrl());
    LoadProfile smoke;
    smoke.kind = ProfileKind::Sustained;
    smoke.sustainedUsers = 2;
    smoke.durationS = 1.5;
    smoke.spawnRate = 1000;
    smoke.settleS = 0;
    plan.phases = {phase(QStringLiteral("smoke"), smoke),
                   phase(QStringLiteral("ramp"), stepRamp(20, 5, 1), true)};
    Threshold t;
    t.metric = QStringLiteral("latency_p95_ms");
    t.op = QStringLiteral("<");
    t.value = 5; // no 50 ms stream meets it
    t.phase = QStringLiteral("smoke");
    plan.thresholds = {t};
    const EngineRun run = runEngine(plan);
    ASSERT_EQ(run.outcome.targets.size(), 1u);
    const TargetOutcome &o = run.outcome.targets[0];
    ASSERT_EQ(o.phases.size(), 2u);
    EXPECT_EQ(o.phases[0].state, PhaseState::Ran);
    EXPECT_FALSE(o.phases[0].thresholdsPassed());
    EXPECT_EQ(o.phases[1].state, PhaseState::Skipped);
    EXPECT_TRUE(o.phases[1].reason.contains(QStringLiteral("smoke"))) << o.phases[1].reason.toStdString();
    EXPECT_TRUE(o.phases[1].reason.contains(QStringLiteral("latency_p95_ms < 5")))
        << o.phases[1].reason.toStdString();
    EXPECT_EQ(o.phases[1].firstStep, -1);
    for (const StepResult &s : o.steps)
        EXPECT_EQ(s.phase, 0) << "the ramp ran a step";
    EXPECT_EQ(run.outcome.exitCode(), 1);
    bool said = false;
    for (const QString &m : run.messages)
        said = said || (m.contains(QStringLiteral("phase ramp skipped")) &&
                        m.contains(QStringLiteral("gate closed")));
    EXPECT_TRUE(said);

    // With the gate open, the ramp runs.
    plan.thresholds[0].value = 5000;
    const EngineRun open = runEngine(plan);
    ASSERT_EQ(open.outcome.targets.size(), 1u);
    EXPECT_EQ(open.outcome.targets[0].phases[1].state, PhaseState::Ran);
    EXPECT_EQ(open.outcome.exitCode(), 0);
}

TEST(EnginePhases, AnArrivalRateRampHitsItsRatesWhenTheServerKeepsUp)
{
    MockAgent mock(mockConfig(4, 10)); // 40 ms streams, no slot limit
    ASSERT_TRUE(mock.start());
    TestPlan plan = localPlan(mock.baseUrl());
    LoadProfile p;
    p.kind = ProfileKind::ArrivalRamp;
    p.startRate = 20;
    p.endRate = 60;
    p.rateSteps = 3;
    p.durationS = 15; // 4 s measured per level: one request more or less is within 2 %
    p.settleS = 1;
    p.maxInFlight = 200;
    plan.phases = {phase(QStringLiteral("rps"), p)};
    const EngineRun run = runEngine(plan);
    ASSERT_EQ(run.outcome.targets.size(), 1u);
    const TargetOutcome &o = run.outcome.targets[0];
    ASSERT_EQ(o.steps.size(), 3u);
    const double rates[] = {20, 40, 60};
    for (std::size_t i = 0; i < 3; ++i) {
        const StepResult &s = o.steps[i];
        EXPECT_DOUBLE_EQ(s.offeredRate, rates[i]);
        EXPECT_NEAR(s.qps, rates[i], rates[i] * 0.02) << "step " << i;
        EXPECT_EQ(s.droppedArrivals, 0u);
    }
    EXPECT_TRUE(o.verdict.openLoop);
    EXPECT_EQ(o.verdict.kneeStep, -1) << o.verdict.explanation.toStdString();
    EXPECT_EQ(o.phases[0].droppedArrivals, 0u);
}

TEST(EnginePhases, AnArrivalRateRampReportsDroppedArrivalsWhenTheServerFallsBehind)
{
    MockConfig mc = mockConfig(10, 20); // 200 ms streams
    mc.maxConcurrent = 4;               // capacity 20 requests/s
    MockAgent mock(mc);
    ASSERT_TRUE(mock.start());
    TestPlan plan = localPlan(mock.baseUrl());
    LoadProfile p;
    p.kind = ProfileKind::ArrivalRamp;
    p.startRate = 10;
    p.endRate = 60;
    p.rateSteps = 3;
    p.durationS = 6;
    p.settleS = 0.5;
    p.maxInFlight = 12;
    plan.phases = {phase(QStringLiteral("rps"), p)};
    const EngineRun run = runEngine(plan);
    ASSERT_EQ(run.outcome.targets.size(), 1u);
    const TargetOutcome &o = run.outcome.targets[0];
    ASSERT_EQ(o.steps.size(), 3u);
    EXPECT_EQ(o.steps[0].droppedArrivals, 0u) << "10 req/s is within the capacity";
    EXPECT_GT(o.steps[2].droppedArrivals, 10u);
    EXPECT_GT(o.phases[0].droppedArrivals, 10u);
    EXPECT_TRUE(o.verdict.openLoop);
    EXPECT_GE(o.verdict.kneeStep, 0) << o.verdict.explanation.toStdString();
    EXPECT_TRUE(o.verdict.explanation.contains(QStringLiteral("dropped")) ||
                o.verdict.explanation.contains(QStringLiteral("fell behind")))
        << o.verdict.explanation.toStdString();
}

TEST(EnginePhases, TheSweepFindsAKnownCapacity)
{
    // C = 10 slots, each stream D = 10 x 40 ms: the capacity is C / D = 25 requests/s. Below it every
    // request is served at once; above it a queue grows and the latency from the intended send with it.
    MockConfig mc = mockConfig(10, 40);
    mc.maxConcurrent = 10;
    MockAgent mock(mc);
    ASSERT_TRUE(mock.start());
    TestPlan plan = localPlan(mock.baseUrl());
    LoadProfile p;
    p.kind = ProfileKind::Sweep;
    p.sweepOn = SweepOn::Rate;
    p.startRate = 8;
    p.endRate = 200;
    p.stepDurationS = 4;
    p.settleS = 1;
    p.sweepTolerance = 0.02;
    p.sweepMaxSteps = 12;
    p.maxInFlight = 400;
    plan.phases = {phase(QStringLiteral("sweep"), p)};
    plan.slo.latencyP95Ms = 480; // D and a little: a queue of two requests breaks it
    plan.slo.failureRate = 0.01;
    const EngineRun run = runEngine(plan);
    ASSERT_EQ(run.outcome.targets.size(), 1u);
    const TargetOutcome &o = run.outcome.targets[0];
    ASSERT_EQ(o.phases.size(), 1u);
    const SweepVerdict &v = o.phases[0].sweep;
    ASSERT_TRUE(v.evaluated);
    ASSERT_TRUE(v.found) << v.explanation.toStdString();
    const double capacity = 10 / 0.4;
    EXPECT_NEAR(v.bestLoad, capacity, capacity * 0.05) << v.explanation.toStdString();
    EXPECT_GT(v.brokeAt, v.bestLoad);
    EXPECT_NEAR(v.goodput, v.bestLoad, v.bestLoad * 0.05);
    EXPECT_EQ(int(o.steps.size()), v.probes);
    EXPECT_LE(v.probes, 12);
    // The target's verdict is the sweep's: its knee is the best load within the SLO.
    EXPECT_EQ(o.verdict.explanation, v.explanation);
    EXPECT_TRUE(o.verdict.openLoop);
    EXPECT_DOUBLE_EQ(o.verdict.kneeRate, v.bestLoad);
    EXPECT_GE(o.verdict.kneeStep, 0);
}
