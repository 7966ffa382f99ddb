#include "core/metrics/histogram.h"

#include <cmath>

namespace plateau {

namespace {

// Bucket i >= 128 covers [sub << shift, ((sub + 1) << shift) - 1] with sub in [64, 128).
inline int bucketShift(std::uint32_t index)
{
    return index < 2 * Histogram::kSubBuckets ? 0 : static_cast<int>(index >> Histogram::kSubBucketBits) - 1;
}

} // namespace

Histogram::Histogram() = default;

std::int64_t Histogram::bucketLowerBound(std::uint32_t index)
{
    index = std::min(index, kBuckets - 1);
    const int shift = bucketShift(index);
    const std::uint64_t sub = index - (static_cast<std::uint64_t>(shift) << kSubBucketBits);
    return static_cast<std::int64_t>(sub << shift);
}

std::int64_t Histogram::bucketUpperBound(std::uint32_t index)
{
    index = std::min(index, kBuckets - 1);
    const int shift = bucketShift(index);
    // Unsigned so the top bucket's bound (2^63 - 1) does not overflow on the way.
    const auto lower = static_cast<std::uint64_t>(bucketLowerBound(index));
    return static_cast<std::int64_t>(lower + ((std::uint64_t{1} << shift) - 1));
}

std::int64_t Histogram::bucketRepresentative(std::uint32_t index)
{
    index = std::min(index, kBuckets - 1);
    const int shift = bucketShift(index);
    return bucketLowerBound(index) + static_cast<std::int64_t>((std::uint64_t{1} << shift) >> 1);
}

void Histogram::merge(const Histogram &other)
{
    if (other.m_count == 0)
        return;
    // Only the other's min..max range can hold counts (an invariant record/addBucket/setExactStats keep).
    const std::uint32_t lo = bucketIndex(other.m_min);
    const std::uint32_t hi = bucketIndex(other.m_max);
    for (std::uint32_t i = lo; i <= hi; ++i)
        m_counts[i] += other.m_counts[i];
    m_count += other.m_count;
    m_min = std::min(m_min, other.m_min);
    m_max = std::max(m_max, other.m_max);
    m_sum += other.m_sum;
}

void Histogram::reset()
{
    if (m_count != 0)
        std::fill(m_counts.begin() + bucketIndex(m_min), m_counts.begin() + bucketIndex(m_max) + 1, 0);
    m_count = 0;
    m_min = std::numeric_limits<std::int64_t>::max();
    m_max = -1;
    m_sum = 0;
}

std::int64_t Histogram::min() const
{
    return m_count ? m_min : 0;
}

std::int64_t Histogram::max() const
{
    return m_count ? m_max : 0;
}

double Histogram::mean() const
{
    return m_count ? static_cast<double>(m_sum / static_cast<long double>(m_count)) : 0.0;
}

std::int64_t Histogram::percentile(double q) const
{
    if (m_count == 0)
        return 0;
    if (!(q > 0)) // also NaN
        q = 0;
    if (q > 1)
        q = 1;
    auto rank = static_cast<std::uint64_t>(std::ceil(q * static_cast<double>(m_count)));
    rank = std::clamp<std::uint64_t>(rank, 1, m_count);
    // The extreme ranks are known exactly: p0 == min and p100 == max.
    if (rank == 1)
        return m_min;
    if (rank == m_count)
        return m_max;
    const std::uint32_t lo = bucketIndex(m_min);
    const std::uint32_t hi = bucketIndex(m_max);
    std::uint64_t seen = 0;
    std::uint32_t i = lo;
    for (; i < hi; ++i) {
        seen += m_counts[i];
        if (seen >= rank)
            break;
    }
    // Midpoint of the bucket narrowed to [min, max]: the edge buckets get tighter, none gets worse than
    // 1/128.
    const std::int64_t from = std::max(bucketLowerBound(i), m_min);
    const std::int64_t to = std::min(bucketUpperBound(i), m_max);
    return from + (to - from) / 2;
}

std::vector<std::pair<std::uint32_t, std::uint64_t>> Histogram::nonEmptyBuckets() const
{
    std::vector<std::pair<std::uint32_t, std::uint64_t>> out;
    if (m_count == 0)
        return out;
    const std::uint32_t hi = bucketIndex(m_max);
    for (std::uint32_t i = bucketIndex(m_min); i <= hi; ++i) {
        if (m_counts[i])
            out.emplace_back(i, m_counts[i]);
    }
    return out;
}

void Histogram::addBucket(std::uint32_t index, std::uint64_t count)
{
    if (index >= kBuckets || count == 0)
        return;
    const std::int64_t rep = bucketRepresentative(index);
    m_counts[index] += count;
    m_count += count;
    m_min = std::min(m_min, rep);
    m_max = std::max(m_max, rep);
    m_sum += static_cast<long double>(rep) * static_cast<long double>(count);
}

void Histogram::setExactStats(std::int64_t min, std::int64_t max, double sum)
{
    if (m_count == 0 || min < 0 || max < min)
        return;
    // Each bound is taken only where it falls into its edge bucket, and only the two together when they
    // stay ordered: a min taken above a max left at its representative would break the min..max walk.
    const std::int64_t lo = bucketIndex(min) == bucketIndex(m_min) ? min : m_min;
    const std::int64_t hi = bucketIndex(max) == bucketIndex(m_max) ? max : m_max;
    if (lo <= hi) {
        m_min = lo;
        m_max = hi;
    }
    if (std::isfinite(sum) && sum >= 0)
        m_sum = sum;
}

bool Histogram::operator==(const Histogram &o) const
{
    if (m_count != o.m_count)
        return false;
    if (m_count == 0)
        return true;
    return m_min == o.m_min && m_max == o.m_max && m_sum == o.m_sum && m_counts == o.m_counts;
}

} // namespace plateau
