// classifyAgentEvent: every kind, the escapes that must not fool the fast path, and a differential check
// of the fast path against the nlohmann DOM reference on a corpus of tricky payloads.
#include "core/engine/agentevent.h"

#include <climits>
#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace plateau::test {
long allocationsOnThisThread(); // test_sseparser.cpp
}

namespace plateau {
namespace {

using K = AgentEventKind;

const char *kindName(K k)
{
    switch (k) {
    case K::Done:
        return "Done";
    case K::TextDelta:
        return "TextDelta";
    case K::ToolCall:
        return "ToolCall";
    case K::Error:
        return "Error";
    case K::Usage:
        return "Usage";
    case K::Other:
        return "Other";
    case K::Invalid:
        return "Invalid";
    }
    return "?";
}

template <std::size_t N> std::string lit(const char (&s)[N])
{
    return std::string(s, N - 1);
}

// Checks the public result and that the fast path (when it decides) and the DOM agree with it.
void expectKind(std::string_view data, K kind, int tokens = 0)
{
    SCOPED_TRACE(std::string(data));
    const AgentEvent e = classifyAgentEvent(data);
    EXPECT_STREQ(kindName(e.kind), kindName(kind));
    EXPECT_EQ(e.outputTokens, tokens);
    const AgentEvent dom = detail::classifyAgentEventDom(data);
    EXPECT_STREQ(kindName(dom.kind), kindName(kind));
    EXPECT_EQ(dom.outputTokens, tokens);
    AgentEvent fast;
    if (detail::classifyAgentEventFast(data, fast)) {
        EXPECT_STREQ(kindName(fast.kind), kindName(kind));
        EXPECT_EQ(fast.outputTokens, tokens);
    }
}

bool fastDecides(std::string_view data)
{
    AgentEvent e;
    return detail::classifyAgentEventFast(data, e);
}

TEST(AgentEvent, Done)
{
    expectKind("[DONE]", K::Done);
    expectKind(" \t[DONE]\r\n", K::Done);
    expectKind("[DONE] x", K::Invalid);
    expectKind("[done]", K::Invalid);
    expectKind("\"[DONE]\"", K::Other); // a JSON string, not the marker
}

TEST(AgentEvent, ResponsesTextDelta)
{
    const std::string typical =
        R"({"type":"response.output_text.delta","sequence_number":5,"item_id":"msg_1",)"
        R"("output_index":0,"content_index":0,"delta":"Hello","logprobs":[]})";
    expectKind(typical, K::TextDelta);
    EXPECT_TRUE(fastDecides(typical));
    expectKind(R"({"delta":"x","type":"response.output_text.delta"})", K::TextDelta); // key order
    expectKind(R"({"type":"response.output_text.delta","delta":""})", K::Other);
    expectKind(R"({"type":"response.output_text.delta","delta":null})", K::Other);
    expectKind(R"({"type":"response.output_text.delta","delta":["x"]})", K::Other);
    expectKind(R"({"type":"response.output_text.delta"})", K::Other);
    expectKind(R"({"type":"response.reasoning_text.delta","delta":"think"})", K::Other);
    expectKind(R"({"type":"response.output_text.delta","delta":"\n"})", K::TextDelta);
    expectKind(R"({"type":"response.output_text.delta","delta":"\u0000"})", K::TextDelta);
}

TEST(AgentEvent, ChatTextDelta)
{
    const std::string typical =
        R"({"id":"chatcmpl-1","object":"chat.completion.chunk","created":1694268190,"model":"m",)"
        R"("choices":[{"index":0,"delta":{"content":"Hi"},"logprobs":null,"finish_reason":null}],"usage":null})";
    expectKind(typical, K::TextDelta);
    EXPECT_TRUE(fastDecides(typical));
    expectKind(R"({"choices":[{"delta":{"role":"assistant","content":""}}]})", K::Other);
    expectKind(R"({"choices":[{"delta":{"content":null}}]})", K::Other);
    expectKind(R"({"choices":[{"delta":{"role":"assistant"}}]})", K::Other);
    expectKind(R"({"choices":[{"delta":{},"finish_reason":"stop"}]})", K::Other);
    expectKind(R"({"choices":[]})", K::Other);
    expectKind(R"({"choices":[{"delta":{"content":""}},{"delta":{"content":"second"}}]})", K::Other);
    expectKind(R"({"choices":{"delta":{"content":"not an array"}}})", K::Other);
}

TEST(AgentEvent, EscapesInsideTextDoNotFoolTheFastPath)
{
    const std::vector<std::string> deltas = {
        R"({"type":"response.output_text.delta","delta":"{\"error\":\"boom\",\"type\":\"error\"}"})",
        R"({"type":"response.output_text.delta","delta":"\"type\":\"response.failed\"\\"})",
        R"({"type":"response.output_text.delta","delta":"}],\"error\":{\"message\":\"x\"}}"})",
        R"({"choices":[{"delta":{"content":"\"error\": \"nope\", \"choices\":[]"}}]})",
        R"({"choices":[{"delta":{"content":"\"tool_calls\":[1]"}}],"x":"\"usage\":{\"output_tokens\":9}"})",
    };
    for (const std::string &d : deltas) {
        expectKind(d, K::TextDelta);
        EXPECT_TRUE(fastDecides(d)) << d;
    }
}

TEST(AgentEvent, ToolCalls)
{
    expectKind(R"({"type":"response.output_item.added","output_index":1,"item":{"type":"function_call",)"
               R"("id":"fc_1","call_id":"call_1","name":"get_weather","arguments":""}})",
               K::ToolCall);
    expectKind(R"({"type":"response.output_item.done","item":{"type":"function_call","arguments":"{}"}})",
               K::ToolCall);
    expectKind(R"({"type":"response.output_item.added","item":{"type":"mcp_call"}})", K::ToolCall);
    expectKind(R"({"type":"response.output_item.added","item":{"type":"message","role":"assistant"}})",
               K::Other);
    expectKind(R"({"type":"response.output_item.added","item":"function_call"})", K::Other);
    expectKind(R"({"type":"response.function_call_arguments.delta","delta":"{\"a\""})", K::Other);
    expectKind(R"({"type":"response.created","item":{"type":"function_call"}})", K::Other);
    expectKind(
        R"({"choices":[{"delta":{"tool_calls":[{"index":0,"id":"call_1","function":{"name":"f"}}]}}]})",
        K::ToolCall);
    expectKind(R"({"choices":[{"delta":{"tool_calls":[]}}]})", K::Other);
    expectKind(R"({"choices":[{"delta":{"content":"t","tool_calls":[{}]}}]})", K::TextDelta); // priority
}

TEST(AgentEvent, Errors)
{
    AgentEvent e = classifyAgentEvent(R"({"error":"upstream timed out"})");
    EXPECT_EQ(e.kind, K::Error);
    EXPECT_EQ(e.detail, "upstream timed out");

    e = classifyAgentEvent(R"({"error":{"message":"Rate limit reached","type":"rate_limit","code":429}})");
    EXPECT_EQ(e.kind, K::Error);
    EXPECT_EQ(e.detail, "Rate limit reached");

    e = classifyAgentEvent(R"({"error":{"code":500}})");
    EXPECT_EQ(e.kind, K::Error);
    EXPECT_EQ(e.detail, R"({"code":500})");

    e = classifyAgentEvent(R"({"type":"error","code":"server_error","message":"The server had an error"})");
    EXPECT_EQ(e.kind, K::Error);
    EXPECT_EQ(e.detail, "The server had an error");

    e = classifyAgentEvent(R"({"type":"response.failed","response":{"status":"failed",)"
                           R"("error":{"code":"server_error","message":"boom"}}})");
    EXPECT_EQ(e.kind, K::Error);
    EXPECT_EQ(e.detail, "boom");

    e = classifyAgentEvent(R"({"type":"response.failed"})");
    EXPECT_EQ(e.kind, K::Error);
    EXPECT_EQ(e.detail, R"({"type":"response.failed"})");

    expectKind(R"({"error":""})", K::Error);
    expectKind(R"({"error":null})", K::Other);
    expectKind(R"({"error":false})", K::Other);
    expectKind(R"({"error":["x"]})", K::Other);
    expectKind(R"({"type":"response.output_text.delta","delta":"x","error":"late"})", K::Error); // priority
    // "error" below the top level is not an error event.
    expectKind(R"({"type":"response.completed","response":{"error":{"message":"x"},"usage":null}})",
               K::Other);
    expectKind(R"({"choices":[{"delta":{"content":"hi","error":"x"}}]})", K::TextDelta);
    expectKind(R"({"data":{"error":"nested"}})", K::Other);
    expectKind(R"([{"error":"in an array"}])", K::Other);
}

TEST(AgentEvent, ErrorDetailIsAShortViewIntoTheInput)
{
    const std::string message = std::string(150, 'a') + "\xC3\xA9" + std::string(300, 'b'); // é at 150..151
    const std::string payload = R"({"error":")" + message + "\"}";
    AgentEvent e = classifyAgentEvent(payload);
    ASSERT_EQ(e.kind, K::Error);
    EXPECT_LE(e.detail.size(), 200u);
    EXPECT_GE(e.detail.data(), payload.data());
    EXPECT_LE(e.detail.data() + e.detail.size(), payload.data() + payload.size());

    const std::string cut = R"({"error":")" + std::string(199, 'a') + "\xC3\xA9\"}"; // é straddles byte 200
    e = classifyAgentEvent(cut);
    EXPECT_EQ(e.detail, std::string(199, 'a'));
}

TEST(AgentEvent, Usage)
{
    expectKind(R"({"type":"response.completed","response":{"id":"r","output":[{"type":"message"}],)"
               R"("usage":{"input_tokens":12,"output_tokens":42,"total_tokens":54}}})",
               K::Usage, 42);
    expectKind(R"({"choices":[],"usage":{"prompt_tokens":5,"completion_tokens":17,"total_tokens":22}})",
               K::Usage, 17);
    expectKind(R"({"choices":[{"delta":{"content":"x"}}],"usage":{"completion_tokens":3}})", K::TextDelta, 3);
    expectKind(R"({"error":"e","usage":{"output_tokens":4}})", K::Error, 4);
    expectKind(R"({"usage":{"output_tokens":"7"}})", K::Other);
    expectKind(R"({"usage":{"output_tokens":7.0}})", K::Other);
    expectKind(R"({"usage":{"output_tokens":-1}})", K::Other);
    expectKind(R"({"usage":{"output_tokens":-0}})", K::Usage, 0);
    expectKind(R"({"usage":{"output_tokens":0}})", K::Usage, 0);
    expectKind(R"({"usage":{"output_tokens":null,"completion_tokens":8}})", K::Usage, 8);
    expectKind(R"({"usage":{"output_tokens":9,"completion_tokens":8}})", K::Usage, 9);
    expectKind(R"({"usage":{"output_tokens":99999999999}})", K::Usage, INT_MAX);
    expectKind(R"({"usage":{"output_tokens":18446744073709551615}})", K::Usage, INT_MAX);
    expectKind(R"({"usage":{"output_tokens":18446744073709551616}})", K::Other); // a double in the DOM
    expectKind(R"({"usage":null,"response":{"usage":{"output_tokens":5}}})", K::Usage, 5);
    expectKind(R"({"usage":{},"response":{"usage":{"output_tokens":5}}})", K::Other); // top-level usage wins
    expectKind(R"({"usage":null})", K::Other);
    expectKind(R"({"response":{"output":[{"usage":{"output_tokens":5}}]}})", K::Other);
    expectKind(R"({"usage":{"output_tokens":1e2}})", K::Other); // exponent: decided by the DOM
}

TEST(AgentEvent, OtherAndNonObjects)
{
    expectKind(R"({"type":"response.created","response":{"id":"r","status":"in_progress"}})", K::Other);
    expectKind("{}", K::Other);
    expectKind("42", K::Other);
    expectKind("[1,2]", K::Other);
    expectKind("\"text\"", K::Other);
    expectKind("null", K::Other);
    expectKind(" \n{\"a\":1}\t", K::Other);
    expectKind("\xEF\xBB\xBF{\"error\":\"x\"}", K::Error);     // nlohmann accepts a leading BOM
    expectKind(lit("{\"error\":\"x\"} \0trailing"), K::Error); // and stops reading at a NUL byte
}

TEST(AgentEvent, Invalid)
{
    for (const std::string &s : {std::string(),
                                 std::string("   "),
                                 std::string("{"),
                                 std::string("{\"a\":}"),
                                 std::string("not json"),
                                 std::string("{\"a\":1}x"),
                                 std::string("{\"a\":1,}"),
                                 std::string("[1,]"),
                                 std::string("{'a':1}"),
                                 std::string("{\"a\":01}"),
                                 std::string("{\"a\":-}"),
                                 std::string("{\"a\":1.}"),
                                 std::string("{\"a\":tru}"),
                                 std::string("{\"a\":\"\x01\"}"),
                                 std::string("{\"a\":\"\xC0\xAF\"}"),
                                 std::string("{\"a\":\"\xED\xA0\x80\"}"),
                                 std::string("{\"a\":\"\\uD800\"}"),
                                 std::string("{\"a\":\"\\uDC00\"}"),
                                 std::string("{\"a\":\"\\x\"}"),
                                 std::string("{\"a\":\"\\u12\"}"),
                                 std::string("{\"a\" 1}"),
                                 std::string("{\"a\":1}{\"b\":2}"),
                                 std::string("\xEF\xBB{}"),
                                 std::string("{\"a\":1e400}"),
                                 lit("{\"a\":\"\0\"}"),
                                 lit("{\"a\":\0}"),
                                 lit("\0{}"),
                                 std::string("data: {\"a\":1}")})
        expectKind(s, K::Invalid);
}

TEST(AgentEvent, EscapedKeysAndDuplicatesFallBackCorrectly)
{
    const std::string escapedKey = R"({"\u0074ype":"response.output_text.delta","delta":"x"})";
    EXPECT_FALSE(fastDecides(escapedKey));
    expectKind(escapedKey, K::TextDelta);
    expectKind(R"({"type":"response.output_text.delt\u0061","delta":"x"})", K::TextDelta);
    expectKind(R"({"choices":[{"delta":{"c\u006fntent":"x"}}]})", K::TextDelta);
    expectKind(R"({"\u0065rror":"x"})", K::Error);
    // Duplicates: the last one wins, as in the DOM.
    expectKind(R"({"type":"response.output_text.delta","delta":"x","type":"response.created"})", K::Other);
    expectKind(R"({"error":"x","error":null})", K::Other);
    expectKind(R"({"delta":"","type":"response.output_text.delta","delta":"y"})", K::TextDelta);
}

TEST(AgentEvent, DeepNestingIsHandled)
{
    std::string deep = "{\"a\":";
    for (int i = 0; i < 5000; ++i)
        deep += "[";
    for (int i = 0; i < 5000; ++i)
        deep += "]";
    deep += ",\"error\":\"x\"}";
    expectKind(deep, K::Error);
    expectKind(std::string(5000, '['), K::Invalid);
}

// Differential corpus: surrogate pairs, UTF-8 edges, whitespace everywhere, numbers, literals.
TEST(AgentEvent, FastPathAgreesWithDomOnTrickyCorpus)
{
    const std::vector<std::string> corpus = {
        R"({ "type" : "response.output_text.delta" , "delta" : "\ud83d\ude00" })",
        "{\"type\":\"response.output_text.delta\",\"delta\":\"\xF0\x9F\x98\x80\"}",
        "{\"type\":\"response.output_text.delta\",\"delta\":\"\xF4\x8F\xBF\xBF\"}",
        "{\"type\":\"response.output_text.delta\",\"delta\":\"\xF4\x90\x80\x80\"}",
        "{\"type\":\"response.output_text.delta\",\"delta\":\"\xE0\x9F\xBF\"}",
        "{\"type\":\"response.output_text.delta\",\"delta\":\"\x7F\"}",
        R"({"type":"response.output_text.delta","delta":"\/\b\f\n\r\t\\\""})",
        R"({"a":[true,false,null,-0.5,0,12,{"b":{}}],"choices":[{"delta":{"content":"z"}}]})",
        "{\r\n\t\"error\"\r\n:\t{}\r\n}",
        R"({"usage":{"completion_tokens":2147483648}})",
        R"({"usage":{"output_tokens":2147483647}})",
        R"({"usage":{"output_tokens":-9223372036854775809}})",
        R"({"usage":{"output_tokens":00}})",
        R"({"type":"response.output_item.done","item":{"type":"web_search_call","status":"completed"}})",
        R"({"type":"response.output_item.done","item":{"type":"_call"}})",
        R"({"type":"response.output_item.done","item":{"type":"call"}})",
        R"({"type":"response.output_item.done","item":{"type":"function_c\u0061ll"}})",
        R"({"choices":[{"delta":{"content":"a"}}],"type":"error"})",
        R"({"choices":[null,{"delta":{"content":"a"}}]})",
        R"({"choices":[{"delta":null}]})",
        R"({"choices":[{"delta":"content"}]})",
        R"({"type":"error"})",
        R"({"type":"ERROR"})",
        R"({"type":["error"]})",
        R"({"response":{"usage":{"output_tokens":3}},"usage":{"completion_tokens":4}})",
        R"({"response":null,"usage":{"output_tokens":3}})",
        std::string("{\"type\":\"response.output_text.delta\",\"delta\":\"") + std::string(10000, 'w') +
            "\"}",
        "{\"a\":" + std::string(400, '1') + "}",
        "{\"a\":" + std::string(200, '1') + "}",
    };
    int decided = 0;
    for (const std::string &s : corpus) {
        SCOPED_TRACE(s.substr(0, 120));
        const AgentEvent dom = detail::classifyAgentEventDom(s);
        AgentEvent fast;
        if (detail::classifyAgentEventFast(s, fast)) {
            ++decided;
            EXPECT_STREQ(kindName(fast.kind), kindName(dom.kind));
            EXPECT_EQ(fast.outputTokens, dom.outputTokens);
        }
        const AgentEvent pub = classifyAgentEvent(s);
        EXPECT_EQ(pub.kind, dom.kind);
        EXPECT_EQ(pub.outputTokens, dom.outputTokens);
    }
    EXPECT_GE(decided, static_cast<int>(corpus.size()) - 3); // only the escaped item type and 400 digits
}

TEST(AgentEvent, FastPathDoesNotAllocate)
{
    const std::vector<std::string> typical = {
        R"({"type":"response.output_text.delta","sequence_number":5,"item_id":"msg_1","output_index":0,)"
        R"("content_index":0,"delta":"Hello","logprobs":[]})",
        R"({"id":"c","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"Hi"}}],"usage":null})",
        R"({"type":"response.completed","response":{"usage":{"output_tokens":42}}})",
        R"({"error":{"message":"boom"}})",
        "[DONE]",
    };
    int kinds = 0;
    const long before = test::allocationsOnThisThread();
    for (int round = 0; round < 100; ++round)
        for (const std::string &s : typical)
            kinds += static_cast<int>(classifyAgentEvent(s).kind);
    EXPECT_EQ(test::allocationsOnThisThread() - before, 0);
    EXPECT_GT(kinds, 0);
}

} // namespace
} // namespace plateau
