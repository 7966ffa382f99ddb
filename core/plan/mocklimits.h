#pragma once
// The built-in mock agent's limits, in one place: the plan's validation, the mock itself and
// `plateau mock`'s options all check these, so a plan that validates always starts its mock.

namespace plateau {

struct MockLimits
{
    static constexpr int kMaxThreads = 64;
    static constexpr int kMaxChunks = 1000000;
    static constexpr int kMaxChunkDelayMs = 3600000;
    static constexpr int kMaxToolCalls = 10000;
    static constexpr int kMaxConcurrent = 1 << 30;
    static constexpr int kMaxRequestTimeoutMs = 3600000;
};

} // namespace plateau
