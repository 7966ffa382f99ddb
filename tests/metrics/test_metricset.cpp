#include "core/metrics/metricset.h"
#include "core/metrics/snapshot.h"

#include <cmath>
#include <gtest/gtest.h>
#include <memory>

using namespace plateau;

namespace {

constexpr std::int64_t kMs = 1'000'000; // ns

// A streamed answer: headers at +5 ms, first event +10 ms, first delta +50 ms, 11 deltas until +1050 ms,
// end at +1100 ms.
RequestRecord streamed(std::int64_t sendNs = 1000 * kMs, FailureClass failure = FailureClass::None)
{
    RequestRecord r;
    r.sendNs = sendNs;
    r.headersNs = sendNs + 5 * kMs;
    r.firstEventNs = sendNs + 10 * kMs;
    r.firstDeltaNs = sendNs + 50 * kMs;
    r.lastDeltaNs = sendNs + 1050 * kMs;
    r.endNs = sendNs + 1100 * kMs;
    r.deltas = 11;
    r.outputTokens = 12;
    r.bytes = 2000;
    r.failure = failure;
    return r;
}

void expectNear1(std::int64_t got, double want)
{
    EXPECT_LE(std::abs(static_cast<double>(got) - want), 0.01 * want) << got << " vs " << want;
}

} // namespace

TEST(MetricSet, OkRecordFeedsEveryHistogramItHasASampleFor)
{
    auto m = std::make_unique<MetricSet>();
    m->add(streamed());
    EXPECT_EQ(m->completed, 1u);
    EXPECT_EQ(m->ok, 1u);
    EXPECT_EQ(m->failed(), 0u);
    EXPECT_EQ(m->started, 0u); // counted by the engine, not by add()
    EXPECT_EQ(m->latency.count(), 1u);
    EXPECT_EQ(m->latency.max(), 1'100'000); // microseconds
    EXPECT_EQ(m->headers.max(), 5'000);
    EXPECT_EQ(m->firstEvent.max(), 10'000);
    EXPECT_EQ(m->ttft.max(), 50'000);
    EXPECT_EQ(m->itl.max(), 100'000);          // (1050 - 50) / (11 - 1) ms
    EXPECT_EQ(m->tpot.max(), 105'000);         // (1100 - 50) / (11 - 1) ms
    EXPECT_EQ(m->latencyIntended.count(), 0u); // closed loop: no intended time
    EXPECT_EQ(m->deltas, 11u);
    EXPECT_EQ(m->outputTokens, 12u);
    EXPECT_EQ(m->bytes, 2000u);
}

TEST(MetricSet, IntendedLatencyWheneverIntendedTimeIsSet)
{
    auto m = std::make_unique<MetricSet>();
    RequestRecord r = streamed();
    r.intendedNs = r.sendNs - 300 * kMs; // sent 300 ms late
    m->add(r);
    RequestRecord onTime = streamed();
    onTime.intendedNs = onTime.sendNs;
    m->add(onTime);
    EXPECT_EQ(m->latencyIntended.count(), 2u);
    EXPECT_EQ(m->latencyIntended.max(), 1'400'000);
    EXPECT_EQ(m->latencyIntended.min(), 1'100'000);
}

TEST(MetricSet, ATtftSampleIsNotARequest)
{
    // The dashboard of Databricks' load-testing guide counted TTFT samples as requests and doubled QPS: one
    // record is one request.
    auto m = std::make_unique<MetricSet>();
    for (int i = 0; i < 100; ++i)
        m->add(streamed(1000 * kMs + i * 10 * kMs));
    EXPECT_EQ(m->completed, 100u);
    EXPECT_EQ(m->ttft.count(), 100u);
    EXPECT_EQ(m->latency.count(), 100u);
    const StepResult s = makeStepResult(0, 10, 0.0, 10.0, *m);
    EXPECT_DOUBLE_EQ(s.qps, 10.0);
    EXPECT_DOUBLE_EQ(s.qpsOk, 10.0);
}

TEST(MetricSet, MissingSamplesAreNotInvented)
{
    auto m = std::make_unique<MetricSet>();
    RequestRecord noDelta = streamed();
    noDelta.firstDeltaNs = noDelta.lastDeltaNs = 0;
    noDelta.deltas = 0;
    m->add(noDelta);
    RequestRecord oneDelta = streamed();
    oneDelta.lastDeltaNs = oneDelta.firstDeltaNs;
    oneDelta.deltas = 1;
    m->add(oneDelta);
    EXPECT_EQ(m->completed, 2u);
    EXPECT_EQ(m->latency.count(), 2u);
    EXPECT_EQ(m->ttft.count(), 1u);
    EXPECT_EQ(m->itl.count(), 0u);
    EXPECT_EQ(m->tpot.count(), 0u);
    EXPECT_EQ(m->deltas, 1u);
}

TEST(MetricSet, FailuresAreCountedByClassAndFeedNoHistogram)
{
    auto m = std::make_unique<MetricSet>();
    m->add(streamed());
    m->add(streamed(1000 * kMs, FailureClass::StreamError));
    m->add(streamed(1000 * kMs, FailureClass::StreamError));
    m->add(streamed(1000 * kMs, FailureClass::RateLimited));
    EXPECT_EQ(m->completed, 4u);
    EXPECT_EQ(m->ok, 1u);
    EXPECT_EQ(m->failed(), 3u);
    EXPECT_EQ(m->failures[static_cast<int>(FailureClass::StreamError)], 2u);
    EXPECT_EQ(m->failures[static_cast<int>(FailureClass::RateLimited)], 1u);
    EXPECT_EQ(m->failures[static_cast<int>(FailureClass::None)], 0u);
    EXPECT_EQ(m->latency.count(), 1u);
    EXPECT_EQ(m->ttft.count(), 1u);
    EXPECT_EQ(m->headers.count(), 1u);
    EXPECT_EQ(m->deltas, 44u); // a failed stream still delivered its deltas
    EXPECT_EQ(m->completed, m->ok + m->failed());
}

TEST(MetricSet, CancelledIsNeitherCompletedNorFailed)
{
    auto m = std::make_unique<MetricSet>();
    m->add(streamed(1000 * kMs, FailureClass::Cancelled));
    EXPECT_EQ(m->cancelled, 1u);
    EXPECT_EQ(m->completed, 0u);
    EXPECT_EQ(m->ok, 0u);
    EXPECT_EQ(m->failed(), 0u);
    EXPECT_EQ(m->latency.count(), 0u);
    EXPECT_EQ(m->ttft.count(), 0u);
    EXPECT_EQ(m->deltas, 0u);
    for (auto n : m->failures)
        EXPECT_EQ(n, 0u);
}

TEST(MetricSet, OutOfRangeClassStillCountsAsAFailure)
{
    auto m = std::make_unique<MetricSet>();
    m->add(streamed(1000 * kMs, FailureClass::Count));
    EXPECT_EQ(m->completed, 1u);
    EXPECT_EQ(m->failed(), 1u);
    EXPECT_EQ(m->failures[static_cast<int>(FailureClass::Protocol)], 1u);
}

TEST(MetricSet, ClockAnomaliesAreIgnoredNotWrapped)
{
    auto m = std::make_unique<MetricSet>();
    RequestRecord r = streamed();
    r.headersNs = r.sendNs - kMs; // before the send: a bug upstream, not a 2^63 us latency
    m->add(r);
    EXPECT_EQ(m->headers.count(), 0u);
    EXPECT_EQ(m->latency.count(), 1u);
}

TEST(MetricSet, MergeEqualsOneSetFedEverything)
{
    auto a = std::make_unique<MetricSet>();
    auto b = std::make_unique<MetricSet>();
    auto all = std::make_unique<MetricSet>();
    const FailureClass classes[] = {FailureClass::None, FailureClass::None, FailureClass::Connect,
                                    FailureClass::Cancelled, FailureClass::StallTimeout};
    for (int i = 0; i < 500; ++i) {
        RequestRecord r = streamed(1000 * kMs + i * 3 * kMs, classes[i % 5]);
        r.endNs += (i % 37) * kMs;
        r.intendedNs = i % 2 ? r.sendNs - i * kMs : 0;
        (i % 3 ? a : b)->add(r);
        all->add(r);
    }
    a->started = 300;
    b->started = 250;
    auto merged = std::make_unique<MetricSet>(*a);
    merged->merge(*b);
    EXPECT_EQ(merged->started, 550u);
    EXPECT_EQ(merged->completed, all->completed);
    EXPECT_EQ(merged->ok, all->ok);
    EXPECT_EQ(merged->cancelled, all->cancelled);
    EXPECT_EQ(merged->failures, all->failures);
    EXPECT_EQ(merged->deltas, all->deltas);
    EXPECT_EQ(merged->bytes, all->bytes);
    EXPECT_EQ(merged->outputTokens, all->outputTokens);
    EXPECT_EQ(merged->latency, all->latency);
    EXPECT_EQ(merged->latencyIntended, all->latencyIntended);
    EXPECT_EQ(merged->headers, all->headers);
    EXPECT_EQ(merged->firstEvent, all->firstEvent);
    EXPECT_EQ(merged->ttft, all->ttft);
    EXPECT_EQ(merged->itl, all->itl);
    EXPECT_EQ(merged->tpot, all->tpot);
    expectNear1(merged->latency.percentile(0.5), static_cast<double>(all->latency.percentile(0.5)));
}

TEST(MetricSet, ResetEqualsFresh)
{
    auto m = std::make_unique<MetricSet>();
    for (int i = 0; i < 10; ++i)
        m->add(streamed(1000 * kMs, i % 2 ? FailureClass::None : FailureClass::Tls));
    m->started = 10;
    m->reset();
    auto fresh = std::make_unique<MetricSet>();
    EXPECT_EQ(m->started, 0u);
    EXPECT_EQ(m->completed, 0u);
    EXPECT_EQ(m->ok, 0u);
    EXPECT_EQ(m->failed(), 0u);
    EXPECT_EQ(m->deltas, 0u);
    EXPECT_EQ(m->latency, fresh->latency);
    EXPECT_EQ(m->ttft, fresh->ttft);
    EXPECT_EQ(m->failures, fresh->failures);
}
