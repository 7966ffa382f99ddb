#pragma once
// Plan durations are seconds (double); Qt timers want int milliseconds and the run clock int64
// nanoseconds. These conversions saturate: NaN and negatives give 0, anything beyond the type's range
// gives its maximum, so no plan value can overflow into a negative timer ("Timers cannot have negative
// intervals") or a deadline in the past. Validation bounds every duration far below these limits.

#include <cmath>
#include <cstdint>
#include <limits>

namespace plateau {

inline int msFromSeconds(double seconds)
{
    if (!(seconds > 0))
        return 0;
    const double ms = std::ceil(seconds * 1000.0); // never shorter than asked
    constexpr double kMax = double(std::numeric_limits<int>::max());
    return ms >= kMax ? std::numeric_limits<int>::max() : int(ms);
}

inline std::int64_t nsFromSeconds(double seconds)
{
    if (!(seconds > 0))
        return 0;
    const double ns = seconds * 1e9;
    // 2^63 is exactly representable; anything at or above it saturates.
    constexpr double kMax = 9223372036854775808.0;
    return ns >= kMax ? std::numeric_limits<std::int64_t>::max() : std::int64_t(ns);
}

} // namespace plateau
