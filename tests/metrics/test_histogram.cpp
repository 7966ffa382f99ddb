#include "core/metrics/histogram.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <limits>
#include <memory>
#include <random>

using namespace plateau;

namespace {

const double kQuantiles[] = {0.0, 0.5, 0.9, 0.95, 0.99, 0.999, 1.0};

// The exact nearest-rank quantile, the definition Histogram::percentile documents.
std::int64_t exactPercentile(std::vector<std::int64_t> sorted, double q)
{
    const auto n = static_cast<std::uint64_t>(sorted.size());
    auto rank = static_cast<std::uint64_t>(std::ceil(q * static_cast<double>(n)));
    rank = std::clamp<std::uint64_t>(rank, 1, n);
    return sorted[rank - 1];
}

void expectWithinOnePercent(const std::vector<std::int64_t> &values, const char *name)
{
    auto h = std::make_unique<Histogram>();
    for (std::int64_t v : values)
        h->record(v);
    std::vector<std::int64_t> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    ASSERT_EQ(h->count(), sorted.size());
    EXPECT_EQ(h->min(), sorted.front()) << name;
    EXPECT_EQ(h->max(), sorted.back()) << name;
    for (double q : kQuantiles) {
        const auto exact = static_cast<double>(exactPercentile(sorted, q));
        const auto got = static_cast<double>(h->percentile(q));
        EXPECT_LE(std::abs(got - exact), 0.01 * exact)
            << name << " q=" << q << " exact=" << exact << " got=" << got;
    }
    long double sum = 0;
    for (std::int64_t v : values)
        sum += v;
    EXPECT_NEAR(h->mean(), static_cast<double>(sum / values.size()), 1e-6 * std::abs(h->mean()) + 1e-9)
        << name;
}

} // namespace

TEST(Histogram, UniformWithinOnePercent)
{
    std::mt19937_64 rng(1);
    std::uniform_int_distribution<std::int64_t> d(0, 10'000'000);
    std::vector<std::int64_t> v(200000);
    for (auto &x : v)
        x = d(rng);
    expectWithinOnePercent(v, "uniform");
}

TEST(Histogram, LognormalWithinOnePercent)
{
    for (unsigned seed : {2u, 3u, 4u}) {
        std::mt19937_64 rng(seed);
        std::lognormal_distribution<double> d(std::log(200000.0), 1.2);
        std::vector<std::int64_t> v(100000);
        for (auto &x : v)
            x = static_cast<std::int64_t>(d(rng));
        expectWithinOnePercent(v, "lognormal");
    }
}

TEST(Histogram, BimodalWithinOnePercent)
{
    // Fast failures-like mode at ~5 ms and a slow mode at ~2 s: the percentiles sit on either side of a gap.
    std::mt19937_64 rng(5);
    std::normal_distribution<double> fast(5000, 500), slow(2'000'000, 200'000);
    std::bernoulli_distribution pickSlow(0.3);
    std::vector<std::int64_t> v(150000);
    for (auto &x : v)
        x = std::max<std::int64_t>(0, static_cast<std::int64_t>(pickSlow(rng) ? slow(rng) : fast(rng)));
    expectWithinOnePercent(v, "bimodal");
}

TEST(Histogram, LogUniformOverAnHourWithinOnePercent)
{
    std::mt19937_64 rng(6);
    std::uniform_real_distribution<double> e(0, std::log(3.6e9)); // 1 us .. 1 hour
    std::vector<std::int64_t> v(200000);
    for (auto &x : v)
        x = static_cast<std::int64_t>(std::exp(e(rng)));
    expectWithinOnePercent(v, "log-uniform");
}

TEST(Histogram, SmallValuesAreExact)
{
    std::mt19937_64 rng(7);
    std::uniform_int_distribution<std::int64_t> d(0, 127);
    std::vector<std::int64_t> v(5000);
    for (auto &x : v)
        x = d(rng);
    auto h = std::make_unique<Histogram>();
    for (auto x : v)
        h->record(x);
    std::sort(v.begin(), v.end());
    for (double q : kQuantiles)
        EXPECT_EQ(h->percentile(q), exactPercentile(v, q)) << q;
}

TEST(Histogram, ConstantIsExact)
{
    for (std::int64_t c :
         {std::int64_t{0}, std::int64_t{1}, std::int64_t{127}, std::int64_t{128}, std::int64_t{123457},
          std::int64_t{3'600'000'000}, std::numeric_limits<std::int64_t>::max()}) {
        Histogram h;
        for (int i = 0; i < 1000; ++i)
            h.record(c);
        for (double q : kQuantiles)
            EXPECT_EQ(h.percentile(q), c) << c << " q=" << q;
        EXPECT_EQ(h.min(), c);
        EXPECT_EQ(h.max(), c);
    }
}

TEST(Histogram, SingleValueIsReportedExactly)
{
    std::mt19937_64 rng(8);
    std::uniform_int_distribution<std::int64_t> d(0, std::int64_t{1} << 50);
    for (int i = 0; i < 1000; ++i) {
        Histogram h;
        const std::int64_t v = d(rng);
        h.record(v);
        EXPECT_EQ(h.count(), 1u);
        EXPECT_EQ(h.percentile(0.5), v);
        EXPECT_EQ(h.percentile(0.99), v);
        EXPECT_DOUBLE_EQ(h.mean(), static_cast<double>(v));
    }
}

TEST(Histogram, EmptyReportsZeros)
{
    Histogram h;
    EXPECT_EQ(h.count(), 0u);
    EXPECT_EQ(h.min(), 0);
    EXPECT_EQ(h.max(), 0);
    EXPECT_EQ(h.mean(), 0.0);
    for (double q : kQuantiles)
        EXPECT_EQ(h.percentile(q), 0);
    EXPECT_TRUE(h.nonEmptyBuckets().empty());
    Histogram other;
    h.merge(other);
    EXPECT_EQ(h.count(), 0u);
    EXPECT_EQ(h, other);
}

TEST(Histogram, NegativeValuesAreIgnored)
{
    Histogram h;
    h.record(-1);
    h.record(std::numeric_limits<std::int64_t>::min());
    EXPECT_EQ(h.count(), 0u);
    h.record(10);
    h.record(-5);
    EXPECT_EQ(h.count(), 1u);
    EXPECT_EQ(h.min(), 10);
}

TEST(Histogram, HugeValuesKeepExactMaxAndStayInRange)
{
    const std::int64_t top = std::numeric_limits<std::int64_t>::max();
    EXPECT_LT(Histogram::bucketIndex(top), Histogram::kBuckets);
    Histogram h;
    h.record(1000);
    h.record(std::int64_t{1} << 62);
    h.record(top - 1);
    h.record(top);
    EXPECT_EQ(h.max(), top);
    EXPECT_EQ(h.percentile(1.0), top);
    EXPECT_EQ(h.percentile(0.25), 1000);
    const double p50 = static_cast<double>(h.percentile(0.5));
    EXPECT_LE(std::abs(p50 - std::ldexp(1.0, 62)), 0.01 * std::ldexp(1.0, 62));
    EXPECT_GT(h.mean(), 0.0);
}

TEST(Histogram, BucketsTileTheRangeWithBoundedWidth)
{
    EXPECT_EQ(Histogram::bucketLowerBound(0), 0);
    EXPECT_EQ(Histogram::bucketUpperBound(Histogram::kBuckets - 1), std::numeric_limits<std::int64_t>::max());
    for (std::uint32_t i = 0; i + 1 < Histogram::kBuckets; ++i) {
        ASSERT_EQ(Histogram::bucketLowerBound(i + 1), Histogram::bucketUpperBound(i) + 1) << i;
        const std::int64_t lo = Histogram::bucketLowerBound(i);
        const std::int64_t hi = Histogram::bucketUpperBound(i);
        const std::int64_t rep = Histogram::bucketRepresentative(i);
        ASSERT_EQ(Histogram::bucketIndex(lo), i);
        ASSERT_EQ(Histogram::bucketIndex(hi), i);
        ASSERT_TRUE(lo <= rep && rep <= hi) << i;
        // Any value of the bucket is within 1/128 of the representative, relative to the value.
        const double worst = std::max(static_cast<double>(rep - lo) / std::max<double>(1.0, lo),
                                      static_cast<double>(hi - rep) / std::max<double>(1.0, hi));
        ASSERT_LE(worst, 1.0 / 128 + 1e-12) << i;
    }
}

TEST(Histogram, MergeEqualsHistogramOfTheUnion)
{
    std::mt19937_64 rng(9);
    std::lognormal_distribution<double> da(std::log(50000.0), 0.8), db(std::log(3'000'000.0), 0.5);
    auto a = std::make_unique<Histogram>();
    auto b = std::make_unique<Histogram>();
    auto both = std::make_unique<Histogram>();
    for (int i = 0; i < 50000; ++i) {
        const auto x = static_cast<std::int64_t>(da(rng));
        const auto y = static_cast<std::int64_t>(db(rng));
        a->record(x);
        b->record(y);
        both->record(x);
        both->record(y);
    }
    auto merged = std::make_unique<Histogram>(*a);
    merged->merge(*b);
    EXPECT_EQ(*merged, *both);
    EXPECT_EQ(merged->count(), a->count() + b->count());
    EXPECT_EQ(merged->min(), std::min(a->min(), b->min()));
    EXPECT_EQ(merged->max(), std::max(a->max(), b->max()));
    for (double q : kQuantiles)
        EXPECT_EQ(merged->percentile(q), both->percentile(q));
    // Order does not matter.
    auto other = std::make_unique<Histogram>(*b);
    other->merge(*a);
    EXPECT_EQ(*other, *merged);
}

TEST(Histogram, ResetEqualsFresh)
{
    Histogram h;
    for (int i = 0; i < 1000; ++i)
        h.record(i * 997);
    h.reset();
    EXPECT_EQ(h, Histogram());
    EXPECT_TRUE(h.nonEmptyBuckets().empty());
    h.record(42);
    EXPECT_EQ(h.percentile(0.5), 42);
    EXPECT_EQ(h.count(), 1u);
}

TEST(Histogram, SparseBucketsRoundTrip)
{
    std::mt19937_64 rng(10);
    std::lognormal_distribution<double> d(std::log(300000.0), 1.0);
    auto h = std::make_unique<Histogram>();
    for (int i = 0; i < 20000; ++i)
        h->record(static_cast<std::int64_t>(d(rng)));
    const auto buckets = h->nonEmptyBuckets();
    ASSERT_FALSE(buckets.empty());
    std::uint64_t total = 0;
    for (const auto &[index, n] : buckets) {
        EXPECT_LT(index, Histogram::kBuckets);
        EXPECT_GT(n, 0u);
        total += n;
    }
    EXPECT_EQ(total, h->count());

    auto back = std::make_unique<Histogram>();
    for (const auto &[index, n] : buckets)
        back->addBucket(index, n);
    EXPECT_EQ(back->count(), h->count());
    EXPECT_EQ(back->nonEmptyBuckets(), buckets);
    for (double q : kQuantiles) {
        const auto want = static_cast<double>(h->percentile(q));
        EXPECT_LE(std::abs(static_cast<double>(back->percentile(q)) - want), 0.01 * want) << q;
    }
    EXPECT_NEAR(back->mean(), h->mean(), 0.01 * h->mean());

    back->setExactStats(h->min(), h->max(), h->sum());
    EXPECT_EQ(back->min(), h->min());
    EXPECT_EQ(back->max(), h->max());
    EXPECT_EQ(back->percentile(1.0), h->max());
    EXPECT_DOUBLE_EQ(back->mean(), h->mean());
}

TEST(Histogram, HostileSparseInputIsIgnored)
{
    Histogram h;
    h.addBucket(Histogram::kBuckets, 5);
    h.addBucket(0xffffffffu, 5);
    h.addBucket(10, 0);
    EXPECT_EQ(h.count(), 0u);
    h.setExactStats(1, 2, 3); // nothing to describe
    EXPECT_EQ(h.count(), 0u);
    EXPECT_EQ(h.min(), 0);

    const std::uint32_t index = Histogram::bucketIndex(1'000'000);
    h.addBucket(index, 3);
    // A min/max outside the non-empty buckets would break the min..max walks: ignored.
    h.setExactStats(5, std::numeric_limits<std::int64_t>::max(), 3e6);
    EXPECT_EQ(Histogram::bucketIndex(h.min()), index);
    EXPECT_EQ(Histogram::bucketIndex(h.max()), index);
    Histogram target;
    target.record(7);
    target.merge(h);
    EXPECT_EQ(target.count(), 4u);
    EXPECT_EQ(target.nonEmptyBuckets().size(), 2u);
}
