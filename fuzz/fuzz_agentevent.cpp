// libFuzzer target for classifyAgentEvent: it must never crash, the fast path must agree with the nlohmann
// DOM reference on kind and output tokens whenever it decides (valid JSON or not), and an Error detail
// must be a short view into the input.
#include "core/engine/agentevent.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    using namespace plateau;
    const std::string_view data(reinterpret_cast<const char *>(bytes), size);

    const AgentEvent dom = detail::classifyAgentEventDom(data);
    AgentEvent fast;
    const bool decided = detail::classifyAgentEventFast(data, fast);
    if (decided && (fast.kind != dom.kind || fast.outputTokens != dom.outputTokens)) {
        std::fprintf(stderr, "fast path kind %d tokens %d, DOM kind %d tokens %d\n",
                     static_cast<int>(fast.kind), fast.outputTokens, static_cast<int>(dom.kind),
                     dom.outputTokens);
        std::abort();
    }
    const AgentEvent event = classifyAgentEvent(data);
    if (event.kind != dom.kind || event.outputTokens != dom.outputTokens)
        std::abort();
    if (event.outputTokens < 0)
        std::abort();
    if (!event.detail.empty()) {
        if (event.kind != AgentEventKind::Error || event.detail.size() > 200 ||
            event.detail.data() < data.data() ||
            event.detail.data() + event.detail.size() > data.data() + data.size())
            std::abort();
    }
    return 0;
}
