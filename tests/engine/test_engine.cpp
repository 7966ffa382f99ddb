// The engine against the built-in mock agent: capacity, counts, timing accuracy, failure classes,
// stop and the run folder.

#include "core/common/manualclock.h"
#include "core/engine/loadengine.h"
#include "core/mock/mockagent.h"
#include "tests/engine/enginetestutil.h"
#include "tests/engine/recordedrun.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <cmath>
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

std::uint64_t sum(const FailureCounts &f)
{
    std::uint64_t n = 0;
    for (auto v : f)
        n += v;
    return n;
}

// Every request the engine sent during the load phase: finished or cancelled.
std::uint64_t engineRequests(const TargetOutcome &o)
{
    return o.total.completed + o.totalCancelled;
}

} // namespace

TEST(Engine, SaturationVerdictFindsAKnownCapacity)
{
    // C = 20 streams at once, each D = 10 x 10 ms: the mock's capacity is C / D = 200 requests/s.
    MockConfig mc = mockConfig(10, 10);
    mc.maxConcurrent = 20;
    MockAgent mock(mc);
    ASSERT_TRUE(mock.start());

    TestPlan plan = localPlan(mock.baseUrl());
    plan.profile().maxUsers = 40;
    plan.profile().stepSize = 5;
    plan.profile().stepDurationS = 3;
    plan.profile().settleS = 1;
    plan.profile().spawnRate = 1000;
    EngineOptions opt;
    const EngineRun run = runEngine(plan, opt);
    ASSERT_EQ(run.outcome.targets.size(), 1u);
    const TargetOutcome &o = run.outcome.targets[0];
    ASSERT_EQ(o.steps.size(), 8u);
    const double capacity = 20 / 0.100;
    EXPECT_NEAR(o.verdict.peakQpsOk, capacity, capacity * 0.05) << o.verdict.explanation.toStdString();
    EXPECT_GE(o.verdict.kneeUsers, 15) << o.verdict.explanation.toStdString();
    EXPECT_LE(o.verdict.kneeUsers, 25) << o.verdict.explanation.toStdString();
    EXPECT_EQ(o.total.completed, o.total.ok);
    EXPECT_EQ(mock.counters().maxConcurrentSeen, 20u);
}

struct Injection
{
    const char *name;
    double r429, r500, streamError, stall;
};

class EngineCounts : public ::testing::TestWithParam<Injection>
{};

TEST_P(EngineCounts, EveryRequestIsAccountedForOnBothSides)
{
    const Injection inj = GetParam();
    MockConfig mc = mockConfig(10, 5);
    mc.http429Rate = inj.r429;
    mc.http500Rate = inj.r500;
    mc.midStreamErrorRate = inj.streamError;
    mc.stallRate = inj.stall;
    mc.seed = 42;
    MockAgent mock(mc);
    ASSERT_TRUE(mock.start());

    TestPlan plan = localPlan(mock.baseUrl());
    plan.profile().kind = ProfileKind::Sustained;
    plan.profile().sustainedUsers = 12;
    plan.profile().durationS = 3;
    plan.profile().settleS = 0.5;
    plan.profile().spawnRate = 1000;
    plan.request.idleTimeoutS = 0.3; // stalls end quickly
    EngineOptions opt;
    const EngineRun run = runEngine(plan, opt);
    ASSERT_EQ(run.outcome.targets.size(), 1u);
    const TargetOutcome &o = run.outcome.targets[0];
    const FailureCounts &f = o.total.failures;
    ASSERT_GT(o.total.completed, 50u);

    // The mock sees a client abort for each cancelled request once the socket closes: wait for it.
    ASSERT_TRUE(waitUntil([&] {
        const MockCounters c = mock.counters();
        return c.streamsCompleted + c.nonStreaming + c.http429 + c.http500 + c.stalls + c.clientAborts ==
               c.invocations;
    }));
    const MockCounters c = mock.counters();
    EXPECT_EQ(engineRequests(o), c.invocations) << inj.name;
    EXPECT_EQ(o.total.completed, o.total.ok + sum(f));
    // An error answer the mock sent just as the shape ended may still have been in flight on this side:
    // cancelled here, counted there. Every other one agrees exactly.
    const auto agrees = [&](std::uint64_t engineSide, std::uint64_t mockSide) {
        return engineSide <= mockSide && mockSide <= engineSide + o.totalCancelled;
    };
    EXPECT_TRUE(agrees(f[size_t(FailureClass::RateLimited)], c.http429))
        << f[size_t(FailureClass::RateLimited)] << " vs " << c.http429 << ", cancelled " << o.totalCancelled;
    EXPECT_TRUE(agrees(f[size_t(FailureClass::HttpStatus)], c.http500))
        << f[size_t(FailureClass::HttpStatus)] << " vs " << c.http500 << ", cancelled " << o.totalCancelled;
    EXPECT_TRUE(agrees(f[size_t(FailureClass::StreamError)], c.midStreamErrors))
        << f[size_t(FailureClass::StreamError)] << " vs " << c.midStreamErrors << ", cancelled "
        << o.totalCancelled;
    // The cancelled ones are few: the requests in flight at the end, at most one per user.
    EXPECT_LE(o.totalCancelled, std::uint64_t(plan.profile().sustainedUsers));
    // A stream the mock finished writing just as the shape ended may be cut by the engine before [DONE]
    // arrives: cancelled on this side, completed on the mock's. Every other stream agrees exactly.
    EXPECT_LE(o.total.ok, c.streamsCompleted - c.midStreamErrors);
    EXPECT_LE(c.streamsCompleted - c.midStreamErrors, o.total.ok + o.totalCancelled);
    // A stall still running at the end is cancelled by the engine but was a stall for the mock.
    EXPECT_LE(f[size_t(FailureClass::StallTimeout)], c.stalls);
    EXPECT_LE(c.stalls, f[size_t(FailureClass::StallTimeout)] + o.totalCancelled);
    // Nothing else went wrong.
    const std::uint64_t explained =
        f[size_t(FailureClass::RateLimited)] + f[size_t(FailureClass::HttpStatus)] +
        f[size_t(FailureClass::StreamError)] + f[size_t(FailureClass::StallTimeout)];
    EXPECT_EQ(sum(f), explained);
    // Each injected kind actually happened (otherwise the equalities above prove little).
    EXPECT_EQ(c.http429 > 0, inj.r429 > 0);
    EXPECT_EQ(c.http500 > 0, inj.r500 > 0);
    EXPECT_EQ(c.midStreamErrors > 0, inj.streamError > 0);
    EXPECT_EQ(c.stalls > 0, inj.stall > 0);
}

INSTANTIATE_TEST_SUITE_P(Injections, EngineCounts,
                         ::testing::Values(Injection{"none", 0, 0, 0, 0}, Injection{"http429", 0.2, 0, 0, 0},
                                           Injection{"http500", 0, 0.2, 0, 0},
                                           Injection{"stream_error", 0, 0, 0.2, 0},
                                           Injection{"stall", 0, 0, 0, 0.1},
                                           Injection{"mixed", 0.1, 0.1, 0.1, 0.05}),
                         [](const auto &info) { return std::string(info.param.name); });

TEST(Engine, UnloadedTimingsMatchTheMockWithinTwoMilliseconds)
{
    // One user on an idle mock: TTFT is one chunk delay, latency is chunkCount delays.
    MockAgent mock(mockConfig(20, 10));
    ASSERT_TRUE(mock.start());
    TestPlan plan = localPlan(mock.baseUrl());
    plan.profile().kind = ProfileKind::Sustained;
    plan.profile().sustainedUsers = 1;
    plan.profile().durationS = 3;
    plan.profile().settleS = 0.5;
    plan.engine.threads = 1;
    EngineOptions opt;
    const EngineRun run = runEngine(plan, opt);
    ASSERT_EQ(run.outcome.targets.size(), 1u);
    const StepResult &t = run.outcome.targets[0].total;
    ASSERT_GE(t.ok, 8u);
    EXPECT_NEAR(t.ttft.p50Ms, 10.0, 2.0);
    EXPECT_NEAR(t.latency.p50Ms, 200.0, 2.0);
    EXPECT_NEAR(t.itl.p50Ms, 10.0, 2.0);
    EXPECT_LT(t.headers.p50Ms, t.ttft.p50Ms);
    EXPECT_LE(t.firstEvent.p50Ms, t.ttft.p50Ms); // the tool-call event comes before any text
}

// The load shape follows the engine's clock: a three-minute ramp walks through in the time its requests
// take. Every wait is on the engine's own signals (a snapshot with the expected users, the end of the run).
TEST(Engine, TheLoadShapeFollowsTheEnginesClock)
{
    MockAgent mock(mockConfig(2, 2));
    ASSERT_TRUE(mock.start());
    TestPlan plan = localPlan(mock.baseUrl());
    plan.profile().kind = ProfileKind::StepRamp;
    plan.profile().maxUsers = 6;
    plan.profile().stepSize = 2;
    plan.profile().stepDurationS = 60;
    plan.profile().settleS = 5;
    plan.profile().spawnRate = 100;
    ManualClock clock;
    EngineOptions opt;
    opt.clock = &clock;
    opt.snapshotIntervalMs = 100;

    LoadEngine engine;
    std::vector<int> snapshotUsers;
    std::vector<StepResult> steps;
    std::optional<RunOutcome> outcome;
    QObject::connect(&engine, &LoadEngine::snapshot,
                     [&](const IntervalSnapshot &s) { snapshotUsers.push_back(s.users); });
    QObject::connect(&engine, &LoadEngine::stepFinished,
                     [&](int, const StepResult &s) { steps.push_back(s); });
    QObject::connect(&engine, &LoadEngine::finished, [&](const RunOutcome &o) { outcome = o; });
    QString error;
    ASSERT_TRUE(engine.start(plan, opt, &error)) << error.toStdString();
    ASSERT_TRUE(waitUntil([&] { return !snapshotUsers.empty(); }, 20000)) << "the load phase did not start";
    const auto seesUsers = [&](int users) {
        return waitUntil([&] { return !snapshotUsers.empty() && snapshotUsers.back() == users; }, 20000);
    };

    clock.advance(30000); // t = 30 s: step 0, 2 users
    EXPECT_TRUE(seesUsers(2));
    EXPECT_TRUE(steps.empty()) << "a step closed before the clock reached its end";
    clock.advance(60000); // t = 90 s: step 1, 4 users; step 0 is over
    EXPECT_TRUE(seesUsers(4));
    EXPECT_TRUE(waitUntil([&] { return steps.size() == 1; }, 20000));
    clock.advance(60000); // t = 150 s: step 2, 6 users
    EXPECT_TRUE(seesUsers(6));
    EXPECT_TRUE(waitUntil([&] { return steps.size() == 2; }, 20000));
    clock.advance(60000); // t = 210 s: past the 180 s shape
    ASSERT_TRUE(waitUntil([&] { return outcome.has_value(); }, 30000))
        << "the run did not end with its clock";

    ASSERT_EQ(outcome->targets.size(), 1u);
    const TargetOutcome &o = outcome->targets[0];
    EXPECT_EQ(o.phase, TargetPhase::Completed);
    EXPECT_DOUBLE_EQ(o.loadSeconds, 180.0);
    ASSERT_EQ(o.steps.size(), 3u);
    EXPECT_EQ(o.steps[0].users, 2);
    EXPECT_EQ(o.steps[1].users, 4);
    EXPECT_EQ(o.steps[2].users, 6);
    EXPECT_GT(o.total.completed, 0u); // real requests ran all along
}

TEST(Engine, StopCancelsInFlightRequestsAndKeepsResults)
{
    MockAgent mock(mockConfig(50, 20)); // 1 s streams: most requests are in flight at any moment
    ASSERT_TRUE(mock.start());
    TestPlan plan = localPlan(mock.baseUrl());
    plan.profile().kind = ProfileKind::Sustained;
    plan.profile().sustainedUsers = 10;
    plan.profile().durationS = 60;
    QTemporaryDir dir;
    const EngineRun run =
        runEngineRecorded(plan, dir.path(), QStringLiteral("stopped"), {}, 60000,
                          [](LoadEngine &e) { QTimer::singleShot(2500, &e, [&e] { e.stop(); }); });
    ASSERT_EQ(run.outcome.targets.size(), 1u);
    const TargetOutcome &o = run.outcome.targets[0];
    EXPECT_TRUE(run.outcome.stoppedByUser);
    EXPECT_EQ(o.phase, TargetPhase::Cancelled);
    EXPECT_GT(o.totalCancelled, 0u);
    EXPECT_EQ(o.total.completed, o.total.ok); // cancelled requests are not failures
    EXPECT_LT(o.loadSeconds, 10.0);
    EXPECT_TRUE(QFile::exists(run.outcome.runDir + QStringLiteral("/run.json")));
}

TEST(Engine, UnreachableTargetIsSkippedAndTheMatrixGoesOn)
{
    MockAgent mock(mockConfig(5, 2));
    ASSERT_TRUE(mock.start());
    // A port nobody listens on: take one from the OS, then close it.
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost));
    const quint16 deadPort = probe.serverPort();
    probe.close();

    TestPlan plan = localPlan(QStringLiteral("http://127.0.0.1:%1").arg(deadPort));
    Target good;
    good.label = QStringLiteral("good");
    good.url = mock.baseUrl();
    plan.targets.push_back(good);
    plan.health.enabled = true;
    plan.health.attempts = 2;
    plan.health.retryDelayS = 0.1;
    plan.health.warmupRequests = 2;
    plan.profile().kind = ProfileKind::Sustained;
    plan.profile().sustainedUsers = 2;
    plan.profile().durationS = 1;
    EngineOptions opt;
    const EngineRun run = runEngine(plan, opt);
    ASSERT_EQ(run.outcome.targets.size(), 2u);
    EXPECT_EQ(run.outcome.targets[0].phase, TargetPhase::Skipped);
    EXPECT_TRUE(run.outcome.targets[0].detail.contains(QStringLiteral("connect")))
        << run.outcome.targets[0].detail.toStdString();
    EXPECT_EQ(run.outcome.targets[1].phase, TargetPhase::Completed);
    EXPECT_GT(run.outcome.targets[1].total.ok, 0u);
    EXPECT_TRUE(run.outcome.healthFailed);
    EXPECT_EQ(run.outcome.exitCode(), 1);
}

TEST(Engine, ConstantArrivalRateIsOpenLoop)
{
    // 40 arrivals/s for 3 s against 200 ms streams: about 120 requests whatever the answers do, and about
    // 8 in flight at once.
    MockAgent mock(mockConfig(20, 10));
    ASSERT_TRUE(mock.start());
    TestPlan plan = localPlan(mock.baseUrl());
    plan.profile().kind = ProfileKind::ConstantRate;
    plan.profile().arrivalRate = 40;
    plan.profile().durationS = 3;
    plan.profile().settleS = 0;
    plan.profile().maxInFlight = 100;
    EngineOptions opt;
    const EngineRun run = runEngine(plan, opt);
    ASSERT_EQ(run.outcome.targets.size(), 1u);
    const TargetOutcome &o = run.outcome.targets[0];
    EXPECT_NEAR(double(o.totalStarted), 120.0, 12.0);
    EXPECT_EQ(o.total.completed, o.total.ok);
    // Latency from the intended send time is never below latency from the actual send.
    EXPECT_GE(o.total.latencyIntended.p50Ms, o.total.latency.p50Ms - 0.5);
    std::uint64_t dropped = 0;
    for (const IntervalSnapshot &s : run.snapshots)
        dropped += s.generator.droppedArrivals;
    EXPECT_EQ(dropped, 0u);
}

TEST(Engine, OpenLoopDropsArrivalsBeyondMaxInFlightAndSaysSo)
{
    MockAgent mock(mockConfig(20, 20)); // 400 ms streams
    ASSERT_TRUE(mock.start());
    TestPlan plan = localPlan(mock.baseUrl());
    plan.profile().kind = ProfileKind::ConstantRate;
    plan.profile().arrivalRate = 50; // needs about 20 in flight
    plan.profile().durationS = 2;
    plan.profile().settleS = 0;
    plan.profile().maxInFlight = 4;
    EngineOptions opt;
    const EngineRun run = runEngine(plan, opt);
    std::uint64_t dropped = 0;
    for (const IntervalSnapshot &s : run.snapshots)
        dropped += s.generator.droppedArrivals;
    EXPECT_GT(dropped, 20u);
    EXPECT_LE(mock.counters().maxConcurrentSeen, 4u);
}

TEST(Engine, ATargetUrlEndingInTheRequestPathIsTheEndpoint)
{
    // A URL that already names /invocations used to get the request path again (.../invocations/
    // invocations): a 404 for the health check, the warm-up and every request. The mock answers any other
    // path with 404, so requests that succeed and no bad request on its side prove the path.
    MockAgent mock(mockConfig(5, 5));
    ASSERT_TRUE(mock.start());
    TestPlan plan = localPlan(mock.baseUrl() + QStringLiteral("/invocations"));
    plan.health.enabled = true;
    plan.health.attempts = 1;
    plan.health.warmupRequests = 2;
    plan.profile().kind = ProfileKind::Sustained;
    plan.profile().sustainedUsers = 2;
    plan.profile().durationS = 1;
    plan.profile().settleS = 0;
    plan.profile().spawnRate = 1000;
    const EngineRun run = runEngine(plan);
    ASSERT_EQ(run.outcome.targets.size(), 1u);
    const TargetOutcome &o = run.outcome.targets[0];
    EXPECT_EQ(o.phase, TargetPhase::Completed) << o.detail.toStdString();
    EXPECT_GT(o.total.completed, 0u);
    EXPECT_EQ(o.total.ok, o.total.completed);
    const MockCounters c = mock.counters();
    EXPECT_EQ(c.badRequests, 0u);
    EXPECT_GE(c.invocations, o.total.completed + 3) << "the health check and the warm-up went there too";
}

TEST(Engine, QnamTransportRunsTheSamePlan)
{
    MockAgent mock(mockConfig(10, 5));
    ASSERT_TRUE(mock.start());
    TestPlan plan = localPlan(mock.baseUrl());
    plan.request.transport = TransportKind::Qnam;
    plan.profile().kind = ProfileKind::Sustained;
    plan.profile().sustainedUsers = 16; // more than Qt 6.4's 6 connections per host and manager
    plan.profile().durationS = 2;
    plan.profile().settleS = 0.5;
    plan.health.enabled = true;
    plan.health.warmupRequests = 2;
    EngineOptions opt;
    const EngineRun run = runEngine(plan, opt);
    ASSERT_EQ(run.outcome.targets.size(), 1u);
    const TargetOutcome &o = run.outcome.targets[0];
    EXPECT_EQ(o.phase, TargetPhase::Completed);
    EXPECT_GT(o.total.ok, 100u);
    EXPECT_EQ(o.total.completed, o.total.ok);
    EXPECT_GE(mock.counters().maxConcurrentSeen, 16u);
}

TEST(Engine, StopAtKneeEndsTheRampEarly)
{
    MockConfig mc = mockConfig(10, 10); // D = 100 ms
    mc.maxConcurrent = 10;              // capacity 100/s, reached at 10 users
    MockAgent mock(mc);
    ASSERT_TRUE(mock.start());
    TestPlan plan = localPlan(mock.baseUrl());
    plan.profile().maxUsers = 60;
    plan.profile().stepSize = 5;
    plan.profile().stepDurationS = 2;
    plan.profile().settleS = 0.5;
    plan.profile().spawnRate = 1000;
    plan.profile().stopAtKnee = true;
    EngineOptions opt;
    const EngineRun run = runEngine(plan, opt);
    ASSERT_EQ(run.outcome.targets.size(), 1u);
    const TargetOutcome &o = run.outcome.targets[0];
    EXPECT_EQ(o.phase, TargetPhase::Completed);
    EXPECT_LT(o.steps.size(), 12u) << "the ramp went on past the knee";
    EXPECT_GE(o.verdict.kneeUsers, 5);
    EXPECT_LE(o.verdict.kneeUsers, 15);
    EXPECT_NEAR(o.verdict.peakQpsOk, 100.0, 5.0);
}
