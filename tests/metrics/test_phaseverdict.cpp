// The verdicts of phases that do not ramp: a burst's cold start and a sustained phase's drift, from
// hand-built intervals (core/metrics/phaseverdict.h).
#include "core/metrics/phaseverdict.h"

#include <gtest/gtest.h>
#include <memory>

using namespace plateau;

namespace {

constexpr std::int64_t kMs = 1'000'000; // ns

// One request answered with TTFT ttftMs and latency latencyMs, or failed with a 500.
RequestRecord request(double ttftMs, double latencyMs, bool ok = true)
{
    RequestRecord r;
    r.sendNs = 1000 * kMs;
    r.headersNs = r.sendNs + kMs;
    r.firstEventNs = r.sendNs + kMs;
    r.firstDeltaNs = r.sendNs + std::int64_t(ttftMs * kMs);
    r.lastDeltaNs = r.sendNs + std::int64_t(latencyMs * kMs) - kMs;
    r.endNs = r.sendNs + std::int64_t(latencyMs * kMs);
    r.deltas = 10;
    r.failure = ok ? FailureClass::None : FailureClass::HttpStatus;
    r.httpStatus = ok ? 200 : 500;
    return r;
}

// An interval of n requests, `failed` of them failed.
std::unique_ptr<MetricSet> interval(int n, double ttftMs, double latencyMs, int failed = 0)
{
    auto m = std::make_unique<MetricSet>();
    for (int i = 0; i < n; ++i)
        m->add(request(ttftMs, latencyMs, i >= failed));
    return m;
}

// A 60 s burst sampled in 1 s intervals: the first 10 s with coldTtftMs (and coldFailed failures per
// interval of 10), the rest with warmTtftMs.
PhaseWindows burst(double coldTtftMs, double warmTtftMs, int coldFailed = 0)
{
    PhaseWindows w = PhaseWindows::coldStart(60);
    for (int s = 0; s < 60; ++s) {
        const bool cold = s < 10;
        w.add(s, s + 1, *interval(10, cold ? coldTtftMs : warmTtftMs, 900, cold ? coldFailed : 0));
    }
    return w;
}

} // namespace

TEST(PhaseWindows, IntervalsGoWholeIntoTheWindowOfTheirMidpoint)
{
    PhaseWindows w({0, 10, 130});
    ASSERT_EQ(w.count(), 2);
    w.add(8, 11, *interval(3, 100, 500));    // midpoint 9.5: the first window, all of it
    w.add(9, 12, *interval(5, 100, 500));    // midpoint 10.5: the second
    w.add(128, 134, *interval(7, 100, 500)); // midpoint 131, past the last boundary: the last window
    w.add(-4, 2, *interval(2, 100, 500));    // midpoint -1, before the first: the first window
    EXPECT_EQ(w.window(0).completed, 5u);
    EXPECT_EQ(w.window(1).completed, 12u);
    EXPECT_DOUBLE_EQ(w.coveredS(0), 3 + 6);
    EXPECT_DOUBLE_EQ(w.coveredS(1), 3 + 6);
    EXPECT_DOUBLE_EQ(w.windowStartS(1), 10);
    EXPECT_DOUBLE_EQ(w.windowEndS(1), 130);
}

TEST(PhaseWindows, ColdWindowIsCappedAtHalfTheDurationAndPartsAreEqual)
{
    const PhaseWindows shortBurst = PhaseWindows::coldStart(12);
    ASSERT_EQ(shortBurst.count(), 2);
    EXPECT_DOUBLE_EQ(shortBurst.windowEndS(0), 6);
    EXPECT_DOUBLE_EQ(shortBurst.windowEndS(1), 12);
    const PhaseWindows longBurst = PhaseWindows::coldStart(120, 15);
    EXPECT_DOUBLE_EQ(longBurst.windowEndS(0), 15);

    const PhaseWindows parts = PhaseWindows::equalParts(100, 4);
    ASSERT_EQ(parts.count(), 4);
    EXPECT_DOUBLE_EQ(parts.windowStartS(2), 50);
    EXPECT_DOUBLE_EQ(parts.windowEndS(3), 100);
}

TEST(ColdStartVerdict, SlowFirstSecondsAreAPenalty)
{
    const ColdStartVerdict v = coldStartVerdict(burst(1200, 300));
    ASSERT_TRUE(v.evaluated);
    EXPECT_TRUE(v.penalty);
    EXPECT_EQ(v.completedCold, 100u);
    EXPECT_EQ(v.completedWarm, 500u);
    EXPECT_NEAR(v.ttftCold.p95Ms, 1200, 12);
    EXPECT_NEAR(v.ttftWarm.p95Ms, 300, 3);
    EXPECT_DOUBLE_EQ(v.windowS, 10);
    EXPECT_TRUE(v.explanation.contains(QStringLiteral("penalty"))) << v.explanation.toStdString();
    EXPECT_FALSE(v.explanation.startsWith(QStringLiteral("No"))) << v.explanation.toStdString();
}

TEST(ColdStartVerdict, FailuresOfTheFirstSecondsAreAPenaltyToo)
{
    // TTFT the same throughout, but 2 of every 10 cold requests failed (20 % against 0 %).
    const ColdStartVerdict v = coldStartVerdict(burst(300, 300, 2));
    ASSERT_TRUE(v.evaluated);
    EXPECT_TRUE(v.penalty);
    EXPECT_DOUBLE_EQ(v.failureRateCold, 0.2);
    EXPECT_DOUBLE_EQ(v.failureRateWarm, 0.0);
}

TEST(ColdStartVerdict, NoPenaltyWhenTheColdWindowIsAboutAsGood)
{
    // Twice as slow but only 40 ms more: under the 50 ms floor, so no penalty.
    const ColdStartVerdict v = coldStartVerdict(burst(80, 40));
    ASSERT_TRUE(v.evaluated);
    EXPECT_FALSE(v.penalty);
    EXPECT_TRUE(v.explanation.startsWith(QStringLiteral("No cold-start penalty")))
        << v.explanation.toStdString();
    EXPECT_FALSE(coldStartVerdict(burst(320, 300)).penalty);
}

TEST(ColdStartVerdict, NotEvaluatedWhenAWindowCompletedNothing)
{
    PhaseWindows onlyWarm = PhaseWindows::coldStart(60);
    onlyWarm.add(30, 31, *interval(10, 100, 500));
    const ColdStartVerdict v = coldStartVerdict(onlyWarm);
    EXPECT_FALSE(v.evaluated);
    EXPECT_FALSE(v.penalty);
    EXPECT_FALSE(v.explanation.isEmpty());
    EXPECT_FALSE(coldStartVerdict(PhaseWindows::coldStart(60)).evaluated);
}

TEST(DriftVerdict, GrowingLatencyIsDrift)
{
    PhaseWindows w = PhaseWindows::equalParts(100);
    for (int s = 0; s < 100; ++s)
        w.add(s, s + 1, *interval(5, 100, 800 + 4 * s)); // 800 ms at the start, about 1200 ms at the end
    const DriftVerdict v = driftVerdict(w);
    ASSERT_TRUE(v.evaluated);
    EXPECT_TRUE(v.drifting);
    EXPECT_GT(v.p95LastMs, 1.2 * v.p95FirstMs);
    EXPECT_TRUE(v.explanation.startsWith(QStringLiteral("Drifting"))) << v.explanation.toStdString();
}

TEST(DriftVerdict, GrowingFailuresAreDriftAndSteadyIsNot)
{
    PhaseWindows failing = PhaseWindows::equalParts(50);
    for (int s = 0; s < 50; ++s)
        failing.add(s, s + 1, *interval(20, 100, 800, s >= 40 ? 2 : 0)); // 10 % failures in the last part
    const DriftVerdict f = driftVerdict(failing);
    ASSERT_TRUE(f.evaluated);
    EXPECT_TRUE(f.drifting);
    EXPECT_DOUBLE_EQ(f.failureRateLast, 0.1);

    PhaseWindows steady = PhaseWindows::equalParts(50);
    for (int s = 0; s < 50; ++s)
        steady.add(s, s + 1, *interval(20, 100, 800 + (s % 3) * 10));
    const DriftVerdict v = driftVerdict(steady);
    ASSERT_TRUE(v.evaluated);
    EXPECT_FALSE(v.drifting);
    EXPECT_TRUE(v.explanation.startsWith(QStringLiteral("Steady"))) << v.explanation.toStdString();
}

TEST(DriftVerdict, UsesTheFirstAndLastNonEmptyWindowAndNeedsTwo)
{
    PhaseWindows w = PhaseWindows::equalParts(100);
    // Only the second and fourth parts hold requests: the phase was cut short or idle in between.
    for (int s = 20; s < 40; ++s)
        w.add(s, s + 1, *interval(5, 100, 500));
    for (int s = 60; s < 80; ++s)
        w.add(s, s + 1, *interval(5, 100, 1500));
    const DriftVerdict v = driftVerdict(w);
    ASSERT_TRUE(v.evaluated);
    EXPECT_NEAR(v.p95FirstMs, 500, 5);
    EXPECT_NEAR(v.p95LastMs, 1500, 15);
    EXPECT_TRUE(v.drifting);

    PhaseWindows one = PhaseWindows::equalParts(100);
    one.add(10, 11, *interval(5, 100, 500));
    EXPECT_FALSE(driftVerdict(one).evaluated);
    EXPECT_FALSE(driftVerdict(PhaseWindows::equalParts(100)).evaluated);
}

TEST(PhaseVerdictText, SkippedPhaseSaysWhyAndARanPhaseJoinsItsVerdicts)
{
    PhaseOutcome skipped;
    skipped.state = PhaseState::Skipped;
    skipped.reason = QStringLiteral("the phase \"smoke\" failed its thresholds");
    EXPECT_EQ(phaseVerdictText(skipped),
              QStringLiteral("skipped: the phase \"smoke\" failed its thresholds"));

    PhaseOutcome sweep;
    sweep.state = PhaseState::Ran;
    sweep.sweep.evaluated = sweep.sweep.found = true;
    sweep.sweep.bestLoad = 50;
    sweep.sweep.goodput = 48.7;
    sweep.sweep.brokeAt = 53.1;
    sweep.sweep.brokeBy = QStringLiteral("latency p95");
    EXPECT_EQ(phaseVerdictText(sweep),
              QStringLiteral("goodput 48.7 req/s at 50.0 req/s; the SLO broke at 53.1 req/s (latency p95)"));

    PhaseOutcome burstPhase;
    burstPhase.state = PhaseState::Ran;
    burstPhase.coldStart = coldStartVerdict(burst(1200, 300));
    EXPECT_EQ(phaseVerdictText(burstPhase), burstPhase.coldStart.explanation);
}
