#include "core/metrics/intervalaggregator.h"

#include <gtest/gtest.h>
#include <memory>
#include <thread>
#include <vector>

using namespace plateau;

namespace {

constexpr std::int64_t kMs = 1'000'000;

RequestRecord record(std::int64_t latencyMs, FailureClass failure = FailureClass::None)
{
    RequestRecord r;
    r.sendNs = 10 * kMs;
    r.firstDeltaNs = r.sendNs + kMs;
    r.lastDeltaNs = r.sendNs + (latencyMs - 1) * kMs;
    r.endNs = r.sendNs + latencyMs * kMs;
    r.deltas = 4;
    r.failure = failure;
    return r;
}

std::unique_ptr<MetricSet> setOf(int okCount, int failedCount, std::int64_t latencyMs)
{
    auto m = std::make_unique<MetricSet>();
    for (int i = 0; i < okCount; ++i)
        m->add(record(latencyMs));
    for (int i = 0; i < failedCount; ++i)
        m->add(record(latencyMs, FailureClass::Connect));
    return m;
}

} // namespace

TEST(IntervalAggregator, SnapshotSumsWorkersAndResetsTheInterval)
{
    IntervalAggregator agg;
    auto w1 = setOf(30, 2, 100);
    auto w2 = setOf(20, 0, 300);
    w2->started = 5; // a worker may fill started itself...
    agg.addWorkerDelta(*w1, 40);
    agg.addWorkerDelta(*w2, 20); // ...or pass it alongside
    GeneratorHealth health;
    health.cpuPercent = 120;
    health.loopLagMaxMs = 3;
    health.inFlight = 17;

    const IntervalSnapshot s = agg.takeSnapshot(1, 10.0, 10.5, 60, 2, health);
    EXPECT_EQ(s.target, 1);
    EXPECT_EQ(s.users, 60);
    EXPECT_EQ(s.step, 2);
    EXPECT_EQ(s.started, 65u);
    EXPECT_EQ(s.completed, 52u);
    EXPECT_EQ(s.ok, 50u);
    EXPECT_EQ(s.failures[static_cast<int>(FailureClass::Connect)], 2u);
    EXPECT_DOUBLE_EQ(s.qps, 52 / 0.5);
    EXPECT_DOUBLE_EQ(s.qpsOk, 50 / 0.5);
    EXPECT_DOUBLE_EQ(s.deltasPerS, 52 * 4 / 0.5);
    EXPECT_EQ(s.outputTokensPerS, 0) << "these records carry no usage";
    EXPECT_EQ(s.latency.count, 50u);
    EXPECT_NEAR(s.latency.p50Ms, 100, 1);
    EXPECT_NEAR(s.latency.maxMs, 300, 1e-9);
    EXPECT_EQ(s.generator.inFlight, 17);
    EXPECT_EQ(s.generator.cpuPercent, 120);

    EXPECT_EQ(agg.interval().completed, 0u);
    EXPECT_EQ(agg.total().completed, 52u);
    EXPECT_EQ(agg.total().started, 65u);

    agg.addWorkerDelta(*setOf(10, 0, 50), 10);
    const IntervalSnapshot next = agg.takeSnapshot(1, 10.5, 11.5, 60, 2, GeneratorHealth());
    EXPECT_EQ(next.completed, 10u);
    EXPECT_DOUBLE_EQ(next.qps, 10.0);
    EXPECT_NEAR(next.latency.maxMs, 50, 1e-9);
    EXPECT_EQ(agg.total().completed, 62u);
    EXPECT_EQ(agg.total().latency.count(), 60u);

    const IntervalSnapshot idle = agg.takeSnapshot(1, 11.5, 11.5, 60, 2, GeneratorHealth());
    EXPECT_EQ(idle.completed, 0u);
    EXPECT_EQ(idle.qps, 0);
    EXPECT_EQ(idle.latency.count, 0u);

    agg.reset();
    EXPECT_EQ(agg.total().completed, 0u);
}

TEST(IntervalAggregator, WorkerThreadsBuildDeltasIndependently)
{
    // Each worker owns its MetricSet; only the finished delta crosses threads.
    constexpr int kWorkers = 4, kPerWorker = 2000;
    std::vector<std::unique_ptr<MetricSet>> deltas;
    for (int i = 0; i < kWorkers; ++i)
        deltas.push_back(std::make_unique<MetricSet>());
    std::vector<std::thread> threads;
    for (int w = 0; w < kWorkers; ++w) {
        threads.emplace_back([&, w] {
            for (int i = 0; i < kPerWorker; ++i)
                deltas[w]->add(record(10 + (i % 90)));
        });
    }
    for (auto &t : threads)
        t.join();
    IntervalAggregator agg;
    for (const auto &d : deltas)
        agg.addWorkerDelta(*d, kPerWorker);
    EXPECT_EQ(agg.total().completed, static_cast<std::uint64_t>(kWorkers * kPerWorker));
    EXPECT_EQ(agg.total().started, static_cast<std::uint64_t>(kWorkers * kPerWorker));
    EXPECT_EQ(agg.total().latency.min(), 10'000);
    EXPECT_EQ(agg.total().latency.max(), 99'000);
}

TEST(StepAccumulator, CollectsPerStepWindows)
{
    StepAccumulator acc;
    acc.add(0, *setOf(100, 0, 100));
    acc.add(1, *setOf(150, 10, 200));
    acc.add(1, *setOf(50, 0, 400));
    GeneratorHealth g;
    g.cpuPercent = 100;
    g.loopLagMaxMs = 4;
    acc.noteGenerator(1, g);
    g.cpuPercent = 200;
    g.loopLagMaxMs = 2;
    acc.noteGenerator(1, g);

    const StepResult s0 = acc.result(0, 10, 5.0, 25.0);
    EXPECT_EQ(s0.completed, 100u);
    EXPECT_DOUBLE_EQ(s0.qps, 5.0);
    EXPECT_EQ(s0.generatorCpuPercent, 0);

    const StepResult s1 = acc.result(1, 20, 35.0, 55.0);
    EXPECT_EQ(s1.step, 1);
    EXPECT_EQ(s1.users, 20);
    EXPECT_EQ(s1.completed, 210u);
    EXPECT_EQ(s1.ok, 200u);
    EXPECT_DOUBLE_EQ(s1.qps, 210 / 20.0);
    EXPECT_DOUBLE_EQ(s1.qpsOk, 10.0);
    EXPECT_DOUBLE_EQ(s1.failureRate, 10 / 210.0);
    EXPECT_NEAR(s1.latency.maxMs, 400, 1e-9);
    EXPECT_DOUBLE_EQ(s1.generatorCpuPercent, 150);
    EXPECT_DOUBLE_EQ(s1.generatorLagMaxMs, 4);
    ASSERT_NE(acc.stepSet(1), nullptr);
    EXPECT_EQ(acc.stepSet(1)->ok, 200u);

    const StepResult empty = acc.result(7, 80, 100.0, 120.0);
    EXPECT_EQ(empty.completed, 0u);
    EXPECT_EQ(empty.qps, 0);
    EXPECT_EQ(empty.step, 7);
    EXPECT_EQ(acc.stepSet(7), nullptr);

    auto all = std::make_unique<MetricSet>();
    acc.mergeAllInto(all.get());
    EXPECT_EQ(all->completed, 310u);

    acc.add(-1, *setOf(1, 0, 1));
    acc.add(StepAccumulator::kMaxStep + 1, *setOf(1, 0, 1));
    acc.noteGenerator(-3, g);
    EXPECT_EQ(acc.stepSet(-1), nullptr);
    acc.clear();
    EXPECT_EQ(acc.stepSet(0), nullptr);
    EXPECT_EQ(acc.result(1, 20, 35.0, 55.0).generatorCpuPercent, 0);
}

TEST(IntervalAggregator, OutputTokensPerSecondComeFromTheUsageTheServerReported)
{
    IntervalAggregator agg;
    auto m = std::make_unique<MetricSet>();
    RequestRecord r = record(100);
    r.outputTokens = 9; // e.g. 4 deltas of a few tokens each
    for (int i = 0; i < 10; ++i)
        m->add(r);
    agg.addWorkerDelta(*m);
    const IntervalSnapshot s = agg.takeSnapshot(0, 0.0, 2.0, 5, 0, GeneratorHealth());
    EXPECT_DOUBLE_EQ(s.outputTokensPerS, 10 * 9 / 2.0);
    EXPECT_DOUBLE_EQ(s.deltasPerS, 10 * 4 / 2.0);
}

TEST(IntervalAggregator, SnapshotFailuresAndTheirShareComeFromItsCounts)
{
    // What the CLI's progress line and the GUI's live numbers show: server failures over completed;
    // cancelled requests are neither.
    IntervalAggregator agg;
    auto m = setOf(48, 2, 100);
    m->add(record(100, FailureClass::Cancelled));
    agg.addWorkerDelta(*m);
    const IntervalSnapshot s = agg.takeSnapshot(0, 0, 1, 10, 0, GeneratorHealth());
    EXPECT_EQ(s.completed, 50u);
    EXPECT_EQ(s.cancelled, 1u);
    EXPECT_EQ(s.failed(), 2u);
    EXPECT_EQ(s.failed(), s.completed - s.ok);
    EXPECT_DOUBLE_EQ(s.failureRate(), 0.04);
    const IntervalSnapshot idle = agg.takeSnapshot(0, 1, 2, 10, 0, GeneratorHealth());
    EXPECT_EQ(idle.failed(), 0u);
    EXPECT_EQ(idle.failureRate(), 0.0);
}
