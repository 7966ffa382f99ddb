#include "core/metrics/histogram.h"
#include "core/metrics/metricset.h"
#include "core/metrics/snapshot.h"

#include <QMetaType>
#include <QVariant>
#include <gtest/gtest.h>
#include <memory>

using namespace plateau;

TEST(Snapshot, SummarizeConvertsMicrosecondsToMilliseconds)
{
    Histogram h;
    for (int ms = 1; ms <= 1000; ++ms)
        h.record(ms * 1000);
    const Summary s = summarize(h);
    EXPECT_EQ(s.count, 1000u);
    EXPECT_NEAR(s.meanMs, 500.5, 1e-9);
    EXPECT_NEAR(s.p50Ms, 500, 5);
    EXPECT_NEAR(s.p90Ms, 900, 9);
    EXPECT_NEAR(s.p95Ms, 950, 9.5);
    EXPECT_NEAR(s.p99Ms, 990, 9.9);
    EXPECT_DOUBLE_EQ(s.maxMs, 1000);

    const Summary empty = summarize(Histogram());
    EXPECT_EQ(empty.count, 0u);
    EXPECT_EQ(empty.p99Ms, 0);
    EXPECT_EQ(empty.maxMs, 0);
}

TEST(Snapshot, StepResultRatesExcludeCancelled)
{
    auto m = std::make_unique<MetricSet>();
    RequestRecord r;
    r.sendNs = 1'000'000;
    r.endNs = 201'000'000;
    for (int i = 0; i < 80; ++i)
        m->add(r);
    r.failure = FailureClass::HttpStatus;
    for (int i = 0; i < 20; ++i)
        m->add(r);
    r.failure = FailureClass::Cancelled;
    for (int i = 0; i < 30; ++i)
        m->add(r);

    const StepResult s = makeStepResult(3, 40, 15.0, 35.0, *m);
    EXPECT_EQ(s.step, 3);
    EXPECT_EQ(s.users, 40);
    EXPECT_EQ(s.completed, 100u);
    EXPECT_EQ(s.ok, 80u);
    EXPECT_DOUBLE_EQ(s.qps, 100.0 / 20.0);
    EXPECT_DOUBLE_EQ(s.qpsOk, 80.0 / 20.0);
    EXPECT_DOUBLE_EQ(s.failureRate, 0.2);
    EXPECT_EQ(s.failures[static_cast<int>(FailureClass::HttpStatus)], 20u);
    EXPECT_EQ(s.latency.count, 80u);
    EXPECT_NEAR(s.latency.p50Ms, 200, 2);

    EXPECT_EQ(s.deltasPerS, 0);
    EXPECT_EQ(s.outputTokensPerS, 0);

    const StepResult degenerate = makeStepResult(0, 1, 10.0, 10.0, *m);
    EXPECT_EQ(degenerate.qps, 0);
    EXPECT_EQ(degenerate.qpsOk, 0);
    const StepResult none = makeStepResult(0, 1, 0.0, 10.0, MetricSet());
    EXPECT_EQ(none.failureRate, 0);
}

TEST(Snapshot, StepResultCarriesDeltasAndOutputTokensPerSecond)
{
    auto m = std::make_unique<MetricSet>();
    RequestRecord r;
    r.sendNs = 1'000'000;
    r.endNs = 101'000'000;
    r.deltas = 20;
    r.outputTokens = 50;
    for (int i = 0; i < 8; ++i)
        m->add(r);
    r.failure = FailureClass::StreamError; // a failed stream still delivered what it delivered
    r.outputTokens = 0;
    m->add(r);
    r.failure = FailureClass::Cancelled; // cut at the end: not counted
    m->add(r);
    const StepResult s = makeStepResult(0, 4, 10.0, 14.0, *m);
    EXPECT_DOUBLE_EQ(s.deltasPerS, 9 * 20 / 4.0);
    EXPECT_DOUBLE_EQ(s.outputTokensPerS, 8 * 50 / 4.0);
}

TEST(Snapshot, KneeReasonKeysRoundTrip)
{
    EXPECT_EQ(kneeReasonKey(KneeReason::None), QStringLiteral("none"));
    EXPECT_EQ(kneeReasonKey(KneeReason::QpsFlat), QStringLiteral("qps_flat"));
    EXPECT_EQ(kneeReasonKey(KneeReason::P95Limit), QStringLiteral("p95_limit"));
    EXPECT_EQ(kneeReasonKey(KneeReason::ErrorRate), QStringLiteral("error_rate"));
    for (KneeReason r :
         {KneeReason::None, KneeReason::QpsFlat, KneeReason::P95Limit, KneeReason::ErrorRate}) {
        KneeReason back = KneeReason::None;
        EXPECT_TRUE(kneeReasonFromKey(kneeReasonKey(r), &back));
        EXPECT_EQ(back, r);
    }
    EXPECT_FALSE(kneeReasonFromKey(QStringLiteral("flat"), nullptr));
}

TEST(Snapshot, MetaTypesAreRegisteredForQueuedSignals)
{
    registerMetricTypes();
    registerMetricTypes(); // idempotent
    EXPECT_TRUE(QMetaType::fromName("plateau::IntervalSnapshot").isValid());
    EXPECT_TRUE(QMetaType::fromName("plateau::StepResult").isValid());
    EXPECT_TRUE(QMetaType::fromName("plateau::SaturationVerdict").isValid());
    StepResult s;
    s.users = 42;
    s.latency.p95Ms = 12.5;
    const QVariant v = QVariant::fromValue(s);
    EXPECT_EQ(v.value<StepResult>().users, 42);
    EXPECT_EQ(v.value<StepResult>().latency.p95Ms, 12.5);
}
