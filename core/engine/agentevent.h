#pragma once
// What one SSE data payload of an agent endpoint means (docs/architecture.md, "The wire"): Responses-style
// {"type":"response.output_text.delta","delta":"..."}, chat-style {"choices":[{"delta":{"content":"..."}}]},
// tool-call items, {"error": ...} (often with HTTP 200), usage, and the terminal [DONE].
// Classification has a fast path for the common shapes and falls back to a real JSON parse, so that
// 80 deltas per request do not cost 80 DOM builds.

#include <string_view>

namespace plateau {

enum class AgentEventKind
{
    Done,      // data: [DONE]
    TextDelta, // a non-empty answer text delta
    ToolCall,  // response.output_item.added/done with a function call, or chat tool_calls
    Error,     // an error object or "type":"error"/"response.failed"
    Usage,     // carries output token usage
    Other,     // valid JSON we do not count (created, completed without usage, empty deltas, ...)
    Invalid,   // not JSON and not [DONE]
};

struct AgentEvent
{
    AgentEventKind kind = AgentEventKind::Other;
    int outputTokens = 0;    // when the event reports usage
    std::string_view detail; // for Error: a short excerpt of the message (view into the input)
};

// Never throws; the detail view points into data. Semantics, shared by both paths below (top = the JSON
// object; a path step that has the wrong JSON type counts as absent; duplicate keys: the last one wins):
//   Error     top.error is a string or an object, or top.type is "error" or "response.failed"
//   TextDelta top.type == "response.output_text.delta" with a non-empty string top.delta,
//             or top.choices[0].delta.content is a non-empty string
//   ToolCall  top.type is "response.output_item.added"/".done" and top.item.type is a string ending in
//             "_call" (function_call, mcp_call, ...), or top.choices[0].delta.tool_calls is a non-empty array
//   Usage     outputTokens found: U = top.usage if an object, else top.response.usage; N = U.output_tokens,
//             else U.completion_tokens, when a non-negative integer (clamped to INT_MAX)
// The kind is the first that applies in that order (else Other; a non-object JSON value is Other);
// outputTokens is filled whenever found.
AgentEvent classifyAgentEvent(std::string_view data);

namespace detail {
// Exposed for the differential tests and fuzzers. The fast path scans the bytes once without building a
// DOM; it returns false (leaving out unspecified) when it cannot decide cheaply: escaped object keys, escaped
// strings it must compare, numbers with exponents or over 300 characters, nesting deeper than 1024.
bool classifyAgentEventFast(std::string_view data, AgentEvent &out);
// The reference: nlohmann::json DOM. Its Error detail is an excerpt of the whole payload.
AgentEvent classifyAgentEventDom(std::string_view data);
} // namespace detail

} // namespace plateau
