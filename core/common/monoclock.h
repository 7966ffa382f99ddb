#pragma once
// One monotonic clock for every timestamp of a run (docs/architecture.md, "Metric definitions").

#include <chrono>
#include <cstdint>

namespace plateau {

inline std::int64_t monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace plateau
