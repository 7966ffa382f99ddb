#pragma once
// Log-linear histogram (HDR-style): fixed memory, <= 1% relative error, mergeable across threads and hosts.
// Values are non-negative integers (the engine records microseconds).
//
// Layout: values 0..127 have one bucket each (exact). Above that, every power of two [2^e, 2^(e+1)) is
// split into 64 equal sub-buckets, so a bucket is at most 1/64 of its lower bound wide; reporting the
// bucket's midpoint keeps the error <= 1/128 (0.78%). The buckets cover the whole non-negative int64 range
// (no clamping needed): 58 * 64 = 3712 buckets * 8 bytes = 29 KiB per histogram, about 203 KiB for the
// 7 histograms of a MetricSet. merge() and percentile() only walk the bucket range between min and max,
// so merging a typical latency histogram (1 ms .. 10 s) touches about 900 buckets, not 3712.

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

namespace plateau {

class Histogram
{
public:
    static constexpr int kSubBucketBits = 6; // 64 linear sub-buckets per power of two
    static constexpr std::uint32_t kSubBuckets = 1u << kSubBucketBits;
    static constexpr std::uint32_t kBuckets = (63 - kSubBucketBits + 1) * kSubBuckets; // 3712

    Histogram();
    void record(std::int64_t value); // negative values are ignored; O(1), no allocation
    void merge(const Histogram &other);
    void reset();

    std::uint64_t count() const { return m_count; }
    std::int64_t min() const; // 0 when empty
    std::int64_t max() const; // 0 when empty
    double mean() const;      // 0 when empty
    double sum() const { return static_cast<double>(m_sum); }
    // q in [0,1]; nearest-rank: the value of rank max(1, ceil(q * count)) in sorted order, reported as the
    // midpoint of its bucket narrowed to [min, max]; rank 1 is min and rank count is max, exactly. Within 1%
    // (1/128) of the true value. 0 when empty.
    std::int64_t percentile(double q) const;

    // Sparse serialisation (bucket index, count) pairs, for JSON exchange between hosts.
    std::vector<std::pair<std::uint32_t, std::uint64_t>> nonEmptyBuckets() const;
    // Adds count values at the bucket's representative (out-of-range indices and zero counts are ignored).
    // min/max/mean then are the representatives' (within 1%); setExactStats() restores the exact ones.
    void addBucket(std::uint32_t index, std::uint64_t count);
    // Restores the exact min, max and sum saved next to nonEmptyBuckets(). A min or max that does not fall
    // into the lowest / highest non-empty bucket is inconsistent with the buckets and is ignored (hostile
    // input must not break the min..max walk of merge() and percentile()).
    void setExactStats(std::int64_t min, std::int64_t max, double sum);

    static std::uint32_t bucketIndex(std::int64_t value); // value >= 0
    static std::int64_t bucketRepresentative(std::uint32_t index);
    static std::int64_t bucketLowerBound(std::uint32_t index);
    static std::int64_t bucketUpperBound(std::uint32_t index); // inclusive

    // Exact equality (buckets, count, min, max, sum); the sum of integers is exact in a long double up to
    // 2^64, so merge order does not matter.
    bool operator==(const Histogram &o) const;
    bool operator!=(const Histogram &o) const { return !(*this == o); }

private:
    std::array<std::uint64_t, kBuckets> m_counts{};
    std::uint64_t m_count = 0;
    // Sentinels while empty so record() needs no "first value" branch; min()/max() hide them.
    std::int64_t m_min = std::numeric_limits<std::int64_t>::max();
    std::int64_t m_max = -1;
    long double m_sum = 0;
};

inline std::uint32_t Histogram::bucketIndex(std::int64_t value)
{
    // Branch-free: e = floor(log2(v | 64)) >= 6; values below 128 land at shift 0 (exact).
    const auto v = static_cast<std::uint64_t>(value);
    const int e = 63 - __builtin_clzll(v | kSubBuckets);
    const int shift = e - kSubBucketBits;
    return static_cast<std::uint32_t>((static_cast<std::uint64_t>(shift) << kSubBucketBits) + (v >> shift));
}

inline void Histogram::record(std::int64_t value)
{
    if (value < 0)
        return;
    ++m_counts[bucketIndex(value)];
    ++m_count;
    m_min = std::min(m_min, value);
    m_max = std::max(m_max, value);
    m_sum += value;
}

} // namespace plateau
