#pragma once
// Which of a target's prompts the next request sends (the plan's prompt_source.order).
//  - random: uniform, each user drawing from its own generator, so nothing is shared between threads;
//  - sequential: the prompts in file order, round robin across all users of the target: one counter for the
//    target, shared by every user of every worker, so the n-th request the target starts sends prompt
//    n mod count whichever worker starts it. One relaxed atomic increment per request: the workers never
//    wait for each other, and a worker with more users simply takes more of the turns.

#include "core/plan/promptsource.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <random>

namespace plateau {

class PromptPicker
{
public:
    PromptPicker(PromptOrder order, std::size_t count) : m_order(order), m_count(count ? count : 1) {}

    PromptOrder order() const { return m_order; }
    std::size_t count() const { return m_count; }

    // Thread-safe; rng is the calling user's own (only random order uses it).
    std::size_t next(std::minstd_rand &rng)
    {
        if (m_order == PromptOrder::Sequential)
            return std::size_t(m_next.fetch_add(1, std::memory_order_relaxed) % m_count);
        return std::size_t(rng() % std::uint32_t(m_count));
    }

private:
    PromptOrder m_order;
    std::size_t m_count;
    std::atomic<std::uint64_t> m_next{0};
};

} // namespace plateau
