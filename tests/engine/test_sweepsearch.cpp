#include "core/engine/sweepsearch.h"
#include "core/metrics/saturation.h"

#include <gtest/gtest.h>

using namespace plateau;

namespace {

// A step of a server with a sharp capacity: within the SLO up to `capacity`, far over it above.
StepResult probeAt(double load, double capacity)
{
    StepResult s;
    s.offeredRate = load;
    s.windowStartS = 0;
    s.windowEndS = 10;
    s.completed = s.ok = std::uint64_t(load * 10);
    s.qps = s.qpsOk = load;
    s.latency.count = s.completed;
    s.latency.p95Ms = load <= capacity ? 400 : 2000;
    return s;
}

} // namespace

TEST(SweepSearch, DoublesThenBisectsToTheCapacity)
{
    LoadProfile p;
    p.kind = ProfileKind::Sweep;
    p.startRate = 5;
    p.endRate = 1000;
    p.sweepTolerance = 0.05;
    p.sweepMaxSteps = 30;
    Slo slo;
    slo.latencyP95Ms = 800;
    SweepSearch search(p, slo);
    std::vector<double> probes;
    std::optional<double> load = search.firstLoad();
    while (load) {
        probes.push_back(*load);
        load = search.next(*load, probeAt(*load, 63));
    }
    ASSERT_GE(probes.size(), 5u);
    EXPECT_EQ(probes[0], 5);
    EXPECT_EQ(probes[1], 10);
    EXPECT_EQ(probes[4], 80) << "doubling until the SLO broke";
    const SweepVerdict v = search.verdict();
    EXPECT_TRUE(v.found);
    EXPECT_LE(v.bestLoad, 63);
    EXPECT_GE(v.bestLoad, 63 / 1.05);
    EXPECT_GT(v.brokeAt, 63);
    EXPECT_LE((v.brokeAt - v.bestLoad) / v.bestLoad, 0.05);
    EXPECT_EQ(v.goodput, v.bestLoad);
    EXPECT_EQ(v.brokeBy, QStringLiteral("latency p95"));
    EXPECT_EQ(v.probes, int(probes.size()));
}

TEST(SweepSearch, StopsAtTheBoundAndWhenEvenTheStartBreaks)
{
    LoadProfile p;
    p.kind = ProfileKind::Sweep;
    p.startRate = 10;
    p.endRate = 30;
    Slo slo;
    slo.latencyP95Ms = 800;
    SweepSearch up(p, slo);
    EXPECT_EQ(up.next(10, probeAt(10, 100)), std::optional<double>(20));
    EXPECT_EQ(up.next(20, probeAt(20, 100)), std::optional<double>(30));
    EXPECT_EQ(up.next(30, probeAt(30, 100)), std::nullopt);
    EXPECT_TRUE(up.verdict().found);
    EXPECT_EQ(up.verdict().brokeAt, 0) << "nothing broke up to the bound";
    EXPECT_TRUE(up.verdict().explanation.contains(QStringLiteral("lower bound")));

    SweepSearch down(p, slo);
    EXPECT_EQ(down.next(10, probeAt(10, 5)), std::nullopt);
    EXPECT_FALSE(down.verdict().found);
    EXPECT_TRUE(down.verdict().explanation.contains(QStringLiteral("start the sweep lower")));
}

TEST(SweepSearch, AnOpenLoopProbeThatDidNotKeepUpBreaksIt)
{
    LoadProfile p;
    p.kind = ProfileKind::Sweep;
    p.startRate = 10;
    p.endRate = 100;
    Slo slo;
    SweepSearch search(p, slo);
    StepResult s = probeAt(10, 100);
    s.droppedArrivals = 5; // 5 % of 100 arrivals
    EXPECT_EQ(search.breach(s), QStringLiteral("dropped arrivals"));
    s.droppedArrivals = 0;
    s.completed = s.ok = 80;
    s.qps = s.qpsOk = 8;
    EXPECT_EQ(search.breach(s), QStringLiteral("served less than the offered rate"));
    // A short window of slow answers: those still in flight at its edge are not a shortfall.
    StepResult edge = probeAt(20, 100);
    edge.windowEndS = 0.7; // 14 arrivals
    edge.completed = edge.ok = 10;
    edge.latency.meanMs = 120; // 20/s x 0.12 s + 2 = 4.4 may still be on their way
    EXPECT_TRUE(keptUpWithArrivals(edge));
    edge.completed = edge.ok = 9;
    EXPECT_FALSE(keptUpWithArrivals(edge));
    s = probeAt(10, 100);
    s.latencyIntended.count = s.completed;
    s.latencyIntended.p95Ms = 5000; // a queue at the server: judged on the intended send time
    slo.latencyP95Ms = 800;
    SweepSearch judged(p, slo);
    EXPECT_EQ(judged.breach(s), QStringLiteral("latency p95"));
}

TEST(SweepSearch, UsersAreWholeAndTheProbesAreBounded)
{
    LoadProfile p;
    p.kind = ProfileKind::Sweep;
    p.sweepOn = SweepOn::Users;
    p.startUsers = 2;
    p.maxUsers = 1000;
    p.sweepTolerance = 0.005;
    p.sweepMaxSteps = 6;
    Slo slo;
    slo.latencyP95Ms = 800;
    SweepSearch search(p, slo);
    std::optional<double> load = search.firstLoad();
    int probes = 0;
    while (load) {
        ++probes;
        EXPECT_EQ(*load, std::round(*load));
        StepResult s = probeAt(0, 0);
        s.users = int(*load);
        s.completed = s.ok = 100;
        s.latency.count = 100;
        s.latency.p95Ms = *load <= 37 ? 400 : 2000;
        load = search.next(*load, s);
    }
    EXPECT_EQ(probes, 6);
}
