#include "core/engine/agentevent.h"

#include <climits>
#include <cstdint>
#include <cstring>
#include <nlohmann/json.hpp>
#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace plateau {

namespace {

using u8 = unsigned char;

constexpr std::size_t kMaxDepth = 1024;      // deeper nesting goes to the DOM (never seen from real agents)
constexpr std::size_t kMaxNumberChars = 300; // a longer number could overflow a double: DOM decides
constexpr std::size_t kDetailMax = 200;

bool isWs(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && isWs(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isWs(s.back()))
        s.remove_suffix(1);
    return s;
}

bool isDone(std::string_view data)
{
    return trimmed(data) == "[DONE]";
}

// A short excerpt that does not end inside a UTF-8 sequence.
std::string_view excerpt(std::string_view s)
{
    if (s.size() <= kDetailMax)
        return s;
    std::size_t n = kDetailMax;
    while (n > 0 && (static_cast<u8>(s[n]) & 0xC0) == 0x80)
        --n;
    return s.substr(0, n);
}

bool endsWith(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// ---- validating scanner ------------------------------------------------------------------------------
// Accepts exactly what nlohmann::json::parse accepts (RFC 8259 plus a leading UTF-8 BOM; strings checked
// for control characters, escapes, surrogate pairs and well-formed UTF-8), so the fast path and the DOM
// agree on Invalid. Cases where agreement would need a real number conversion answer Unsure.

enum class Scan
{
    Ok,
    Bad,
    Unsure,
};

// A value's bytes inside the validated input; empty data() when absent.
struct Span
{
    const char *begin = nullptr;
    const char *end = nullptr;

    bool present() const { return begin != nullptr; }
    bool isObject() const { return begin && *begin == '{'; }
    bool isArray() const { return begin && *begin == '['; }
    bool isString() const { return begin && *begin == '"'; }
    std::string_view raw() const { return {begin, static_cast<std::size_t>(end - begin)}; }
    // The raw (still escaped) contents of a string value.
    std::string_view contents() const { return {begin + 1, static_cast<std::size_t>(end - begin - 2)}; }
};

int hexValue(u8 c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

int hex4(const u8 *p, const u8 *end)
{
    if (end - p < 4)
        return -1;
    int v = 0;
    for (int i = 0; i < 4; ++i) {
        const int h = hexValue(p[i]);
        if (h < 0)
            return -1;
        v = v * 16 + h;
    }
    return v;
}

// Length of the well-formed UTF-8 sequence at p (RFC 3629, as nlohmann checks it), 0 when ill-formed.
std::size_t utf8Length(const u8 *p, const u8 *end)
{
    const std::size_t avail = static_cast<std::size_t>(end - p);
    auto in = [&](std::size_t i, u8 lo, u8 hi) {
        return i < avail && p[i] >= lo && p[i] <= hi;
    };
    const u8 c = p[0];
    if (c >= 0xC2 && c <= 0xDF)
        return in(1, 0x80, 0xBF) ? 2 : 0;
    if (c == 0xE0)
        return in(1, 0xA0, 0xBF) && in(2, 0x80, 0xBF) ? 3 : 0;
    if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF)
        return in(1, 0x80, 0xBF) && in(2, 0x80, 0xBF) ? 3 : 0;
    if (c == 0xED)
        return in(1, 0x80, 0x9F) && in(2, 0x80, 0xBF) ? 3 : 0;
    if (c == 0xF0)
        return in(1, 0x90, 0xBF) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
    if (c >= 0xF1 && c <= 0xF3)
        return in(1, 0x80, 0xBF) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
    if (c == 0xF4)
        return in(1, 0x80, 0x8F) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
    return 0;
}

// Printable ASCII other than the quote and the backslash: the bytes a string scan can pass without a look.
struct PlainStringBytes
{
    bool bytes[256] = {};
    constexpr PlainStringBytes()
    {
        for (int c = 0x20; c < 0x80; ++c)
            bytes[c] = c != '"' && c != '\\';
    }
};
constexpr PlainStringBytes kPlainStringByte;

// Bytes that matter when skipping over validated JSON: quotes and brackets (and, inside strings, escapes).
struct SkipBytes
{
    bool container[256] = {};
    bool string[256] = {};
    constexpr SkipBytes()
    {
        container[static_cast<u8>('"')] = container[static_cast<u8>('{')] = container[static_cast<u8>('[')] =
            true;
        container[static_cast<u8>('}')] = container[static_cast<u8>(']')] = true;
        string[static_cast<u8>('"')] = string[static_cast<u8>('\\')] = true;
    }
};
constexpr SkipBytes kSkip;

// Advances p over plain string bytes (kPlainStringByte), 16 at a time where SSE2 exists: string contents
// are most of an agent event's bytes.
inline void skipPlainStringBytes(const u8 *&p, const u8 *end)
{
#if defined(__SSE2__)
    const __m128i space = _mm_set1_epi8(0x20);
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        // A signed compare flags both control bytes (< 0x20) and non-ASCII bytes (negative as int8).
        const __m128i stop = _mm_or_si128(
            _mm_cmplt_epi8(v, space), _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
        const int mask = _mm_movemask_epi8(stop);
        if (mask != 0) {
            p += __builtin_ctz(static_cast<unsigned>(mask));
            return;
        }
        p += 16;
    }
#endif
    while (p != end && kPlainStringByte.bytes[*p])
        ++p;
}

// p is just after the opening quote; on Ok it is just after the closing quote.
Scan scanString(const u8 *&p, const u8 *end, bool &escaped)
{
    for (;;) {
        skipPlainStringBytes(p, end);
        if (p == end)
            return Scan::Bad;
        const u8 c = *p;
        if (c == '"') {
            ++p;
            return Scan::Ok;
        }
        if (c == '\\') {
            escaped = true;
            if (end - p < 2)
                return Scan::Bad;
            switch (p[1]) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                p += 2;
                break;
            case 'u': {
                const int cp = hex4(p + 2, end);
                if (cp < 0)
                    return Scan::Bad;
                p += 6;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    if (end - p < 2 || p[0] != '\\' || p[1] != 'u')
                        return Scan::Bad;
                    const int low = hex4(p + 2, end);
                    if (low < 0xDC00 || low > 0xDFFF)
                        return Scan::Bad;
                    p += 6;
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    return Scan::Bad;
                }
                break;
            }
            default:
                return Scan::Bad;
            }
            continue;
        }
        if (c < 0x20)
            return Scan::Bad; // raw control characters must be escaped
        const std::size_t n = utf8Length(p, end);
        if (n == 0)
            return Scan::Bad;
        p += n;
    }
}

bool isDigit(u8 c)
{
    return c >= '0' && c <= '9';
}

Scan scanNumber(const u8 *&p, const u8 *end)
{
    const u8 *const start = p;
    if (*p == '-')
        ++p;
    if (p == end)
        return Scan::Bad;
    if (*p == '0') {
        ++p;
    } else if (*p >= '1' && *p <= '9') {
        while (p != end && isDigit(*p))
            ++p;
    } else {
        return Scan::Bad;
    }
    if (p != end && *p == '.') {
        ++p;
        if (p == end || !isDigit(*p))
            return Scan::Bad;
        while (p != end && isDigit(*p))
            ++p;
    }
    if (p != end && (*p == 'e' || *p == 'E'))
        return Scan::Unsure; // nlohmann rejects values that overflow a double; let it decide
    if (static_cast<std::size_t>(p - start) > kMaxNumberChars)
        return Scan::Unsure;
    return Scan::Ok;
}

Scan scanLiteral(const u8 *&p, const u8 *end, const char *word, std::size_t n)
{
    if (static_cast<std::size_t>(end - p) < n || std::memcmp(p, word, n) != 0)
        return Scan::Bad;
    p += n;
    return Scan::Ok;
}

// The top-level members the classification looks at (the last duplicate wins, as in nlohmann).
struct TopLevel
{
    bool isObject = false;
    Span type, delta, error, choices, usage, response, item, message;

    void record(std::string_view key, Span value)
    {
        switch (key.size()) {
        case 4:
            if (key == "type")
                type = value;
            else if (key == "item")
                item = value;
            break;
        case 5:
            if (key == "delta")
                delta = value;
            else if (key == "error")
                error = value;
            else if (key == "usage")
                usage = value;
            break;
        case 7:
            if (key == "choices")
                choices = value;
            else if (key == "message")
                message = value;
            break;
        case 8:
            if (key == "response")
                response = value;
            break;
        default:
            break;
        }
    }
};

// One pass over the whole payload: validates it and records the top-level members of interest.
Scan scanDocument(std::string_view data, TopLevel &top)
{
    const u8 *p = reinterpret_cast<const u8 *>(data.data());
    const u8 *const end = p + data.size();
    if (end - p >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
        p += 3; // nlohmann skips a leading BOM
    std::uint64_t isObjectBits[kMaxDepth / 64] = {};
    std::size_t depth = 0;
    auto inObject = [&] {
        return (isObjectBits[(depth - 1) / 64] >> ((depth - 1) % 64)) & 1u;
    };
    auto push = [&](bool object) {
        if (object)
            isObjectBits[depth / 64] |= std::uint64_t(1) << (depth % 64);
        else
            isObjectBits[depth / 64] &= ~(std::uint64_t(1) << (depth % 64));
        ++depth;
    };
    auto skipWs = [&] {
        while (p != end && isWs(static_cast<char>(*p)))
            ++p;
    };

    enum class State
    {
        Value,
        Key,
        AfterValue,
    };
    State state = State::Value;
    std::string_view key;
    const u8 *valueStart = nullptr;
    for (;;) {
        switch (state) {
        case State::Value: {
            skipWs();
            if (p == end)
                return Scan::Bad;
            if (depth == 1)
                valueStart = p;
            Scan s = Scan::Ok;
            switch (*p) {
            case '{':
            case '[': {
                const bool object = *p == '{';
                if (depth == kMaxDepth)
                    return Scan::Unsure;
                if (depth == 0)
                    top.isObject = object;
                push(object);
                ++p;
                skipWs();
                if (p != end && *p == (object ? '}' : ']')) {
                    ++p;
                    --depth;
                    state = State::AfterValue;
                } else {
                    state = object ? State::Key : State::Value;
                }
                continue;
            }
            case '"': {
                ++p;
                bool escaped = false;
                s = scanString(p, end, escaped);
                break;
            }
            case 't':
                s = scanLiteral(p, end, "true", 4);
                break;
            case 'f':
                s = scanLiteral(p, end, "false", 5);
                break;
            case 'n':
                s = scanLiteral(p, end, "null", 4);
                break;
            default:
                if (*p == '-' || isDigit(*p))
                    s = scanNumber(p, end);
                else
                    s = Scan::Bad;
                break;
            }
            if (s != Scan::Ok)
                return s;
            state = State::AfterValue;
            break;
        }
        case State::Key: {
            skipWs();
            if (p == end || *p != '"')
                return Scan::Bad;
            const u8 *const keyStart = ++p;
            bool escaped = false;
            const Scan s = scanString(p, end, escaped);
            if (s != Scan::Ok)
                return s;
            if (depth == 1) {
                if (escaped)
                    return Scan::Unsure; // "\u0074ype" is "type": only a real decode can tell
                key = std::string_view(reinterpret_cast<const char *>(keyStart),
                                       static_cast<std::size_t>(p - 1 - keyStart));
            }
            skipWs();
            if (p == end || *p != ':')
                return Scan::Bad;
            ++p;
            state = State::Value;
            break;
        }
        case State::AfterValue:
            if (depth == 0) {
                skipWs();
                // nlohmann reads a NUL byte as the end of input (for C strings), so anything after it
                // is never looked at.
                return p == end || *p == '\0' ? Scan::Ok : Scan::Bad;
            }
            if (depth == 1 && top.isObject)
                top.record(
                    key, Span{reinterpret_cast<const char *>(valueStart), reinterpret_cast<const char *>(p)});
            skipWs();
            if (p == end)
                return Scan::Bad;
            if (*p == ',') {
                ++p;
                state = inObject() ? State::Key : State::Value;
            } else if (*p == (inObject() ? '}' : ']')) {
                ++p;
                --depth;
            } else {
                return Scan::Bad;
            }
            break;
        }
    }
}

// ---- navigation inside an already validated value --------------------------------------------------

const char *skipWsFrom(const char *p, const char *end)
{
    while (p != end && isWs(*p))
        ++p;
    return p;
}

// p is just after an opening quote; returns just after the closing one.
const char *skipString(const char *p, const char *end)
{
    for (;;) {
#if defined(__SSE2__)
        const __m128i quote = _mm_set1_epi8('"');
        const __m128i backslash = _mm_set1_epi8('\\');
        while (end - p >= 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            const int mask =
                _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
            if (mask != 0) {
                p += __builtin_ctz(static_cast<unsigned>(mask));
                break;
            }
            p += 16;
        }
#endif
        while (p != end && !kSkip.string[static_cast<u8>(*p)])
            ++p;
        if (p == end)
            return end;
        if (*p == '"')
            return p + 1;
        p += 2; // an escape: the next byte is never the closing quote
    }
}

const char *skipValue(const char *p, const char *end)
{
    if (*p == '"')
        return skipString(p + 1, end);
    if (*p == '{' || *p == '[') {
        std::size_t depth = 0;
        while (p != end) {
            if (!kSkip.container[static_cast<u8>(*p)]) {
                ++p;
                continue;
            }
            const char c = *p;
            if (c == '"') {
                p = skipString(p + 1, end);
                continue;
            }
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return p + 1;
            }
            ++p;
        }
        return end;
    }
    while (p != end && *p != ',' && *p != '}' && *p != ']' && !isWs(*p))
        ++p;
    return p;
}

// Looks up each of names[0..n) among the members of a validated object in one pass (the last duplicate
// wins). Unsure when a key is escaped, since it might decode to one of the names.
Scan findMembers(Span object, const std::string_view *names, Span *found, std::size_t n)
{
    for (std::size_t i = 0; i < n; ++i)
        found[i] = Span{};
    const char *p = object.begin + 1;
    const char *const end = object.end;
    for (;;) {
        p = skipWsFrom(p, end);
        if (p == end || *p == '}')
            return Scan::Ok;
        if (*p == ',') {
            ++p;
            continue;
        }
        const char *const keyStart = p + 1;
        p = skipString(keyStart, end);
        const std::string_view key(keyStart, static_cast<std::size_t>(p - 1 - keyStart));
        if (key.find('\\') != std::string_view::npos)
            return Scan::Unsure;
        p = skipWsFrom(p, end) + 1; // the colon
        p = skipWsFrom(p, end);
        const char *const valueStart = p;
        p = skipValue(p, end);
        for (std::size_t i = 0; i < n; ++i) {
            if (key == names[i])
                found[i] = Span{valueStart, p};
        }
    }
}

Scan findMember(Span object, std::string_view name, Span &found)
{
    return findMembers(object, &name, &found, 1);
}

Span firstElement(Span array)
{
    const char *p = skipWsFrom(array.begin + 1, array.end);
    if (p == array.end || *p == ']')
        return {};
    return Span{p, skipValue(p, array.end)};
}

// A non-negative integer token (no fraction; exponents never reach here) as nlohmann would store it:
// beyond uint64 it becomes a double, which does not count.
bool tokenCount(Span number, int &out)
{
    if (!number.present())
        return false;
    const std::string_view raw = number.raw();
    if (raw.front() != '-' && !isDigit(static_cast<u8>(raw.front())))
        return false;
    if (raw.find('.') != std::string_view::npos)
        return false;
    if (raw.front() == '-') {
        if (raw != "-0")
            return false; // negative
        out = 0;
        return true;
    }
    std::uint64_t value = 0;
    for (const char c : raw) {
        const std::uint64_t digit = static_cast<std::uint64_t>(c - '0');
        if (value > (UINT64_MAX - digit) / 10)
            return false;
        value = value * 10 + digit;
    }
    out = value > static_cast<std::uint64_t>(INT_MAX) ? INT_MAX : static_cast<int>(value);
    return true;
}

// Sets `out` to the raw contents of object.message when it is a string.
bool messageOf(Span object, std::string_view &out)
{
    Span message;
    if (!object.isObject() || findMember(object, "message", message) != Scan::Ok || !message.isString())
        return false;
    out = message.contents();
    return true;
}

// {"type":"error","message":...} or {"type":"response.failed","response":{"error":{"message":...}}};
// the whole payload when the message is not where expected.
std::string_view typedErrorDetail(const TopLevel &top, std::string_view type, std::string_view data)
{
    if (type == "error" && top.message.isString())
        return top.message.contents();
    Span responseError;
    std::string_view message;
    if (type == "response.failed" && top.response.isObject() &&
        findMember(top.response, "error", responseError) == Scan::Ok && messageOf(responseError, message))
        return message;
    return trimmed(data);
}

} // namespace

namespace detail {

bool classifyAgentEventFast(std::string_view data, AgentEvent &out)
{
    out = AgentEvent{};
    if (isDone(data)) {
        out.kind = AgentEventKind::Done;
        return true;
    }
    TopLevel top;
    const Scan scan = scanDocument(data, top);
    if (scan == Scan::Unsure)
        return false;
    if (scan == Scan::Bad) {
        out.kind = AgentEventKind::Invalid;
        return true;
    }
    if (!top.isObject) {
        out.kind = AgentEventKind::Other;
        return true;
    }

    std::string_view type;
    if (top.type.isString()) {
        type = top.type.contents();
        if (type.find('\\') != std::string_view::npos)
            return false;
    }

    // Chat completions: choices[0].delta.{content,tool_calls}.
    Span content, toolCalls;
    if (top.choices.isArray()) {
        const Span first = firstElement(top.choices);
        Span delta;
        if (first.isObject() && findMember(first, "delta", delta) != Scan::Ok)
            return false;
        if (delta.isObject()) {
            static constexpr std::string_view kNames[] = {"content", "tool_calls"};
            Span found[2];
            if (findMembers(delta, kNames, found, 2) != Scan::Ok)
                return false;
            content = found[0];
            toolCalls = found[1];
        }
    }

    // Usage: top.usage, else top.response.usage.
    Span usage = top.usage.isObject() ? top.usage : Span{};
    if (!usage.present() && top.response.isObject()) {
        if (findMember(top.response, "usage", usage) != Scan::Ok)
            return false;
        if (!usage.isObject())
            usage = Span{};
    }
    bool hasTokens = false;
    if (usage.present()) {
        static constexpr std::string_view kNames[] = {"output_tokens", "completion_tokens"};
        Span found[2];
        if (findMembers(usage, kNames, found, 2) != Scan::Ok)
            return false;
        hasTokens = tokenCount(found[0], out.outputTokens) || tokenCount(found[1], out.outputTokens);
    }

    bool isToolCall = false;
    if (type == "response.output_item.added" || type == "response.output_item.done") {
        Span itemType;
        if (top.item.isObject()) {
            if (findMember(top.item, "type", itemType) != Scan::Ok)
                return false;
            if (itemType.isString()) {
                if (itemType.contents().find('\\') != std::string_view::npos)
                    return false;
                isToolCall = endsWith(itemType.contents(), "_call");
            }
        }
    }
    if (toolCalls.isArray() && firstElement(toolCalls).present())
        isToolCall = true;

    const bool isText =
        (type == "response.output_text.delta" && top.delta.isString() && top.delta.raw().size() > 2) ||
        (content.isString() && content.raw().size() > 2);

    if (top.error.isString()) {
        out.kind = AgentEventKind::Error;
        out.detail = excerpt(top.error.contents());
    } else if (top.error.isObject()) {
        out.kind = AgentEventKind::Error;
        if (!messageOf(top.error, out.detail))
            out.detail = top.error.raw();
        out.detail = excerpt(out.detail);
    } else if (type == "error" || type == "response.failed") {
        out.kind = AgentEventKind::Error;
        out.detail = excerpt(typedErrorDetail(top, type, data));
    } else if (isText) {
        out.kind = AgentEventKind::TextDelta;
    } else if (isToolCall) {
        out.kind = AgentEventKind::ToolCall;
    } else if (hasTokens) {
        out.kind = AgentEventKind::Usage;
    } else {
        out.kind = AgentEventKind::Other;
    }
    return true;
}

AgentEvent classifyAgentEventDom(std::string_view data)
{
    using nlohmann::json;
    AgentEvent out;
    if (isDone(data)) {
        out.kind = AgentEventKind::Done;
        return out;
    }
    const json top = json::parse(data.begin(), data.end(), nullptr, /*allow_exceptions=*/false);
    if (top.is_discarded()) {
        out.kind = AgentEventKind::Invalid;
        return out;
    }
    if (!top.is_object()) {
        out.kind = AgentEventKind::Other;
        return out;
    }
    auto member = [](const json *object, const char *name) -> const json * {
        if (!object || !object->is_object())
            return nullptr;
        const auto it = object->find(name);
        return it == object->end() ? nullptr : &*it;
    };
    auto stringOf = [](const json *v) -> std::string_view {
        return v && v->is_string() ? std::string_view(v->get_ref<const std::string &>()) : std::string_view();
    };
    auto nonEmptyString = [](const json *v) {
        return v && v->is_string() && !v->get_ref<const std::string &>().empty();
    };
    auto tokens = [](const json *v, int &n) {
        if (!v)
            return false;
        if (v->is_number_unsigned()) {
            const auto u = v->get<std::uint64_t>();
            n = u > static_cast<std::uint64_t>(INT_MAX) ? INT_MAX : static_cast<int>(u);
            return true;
        }
        if (v->is_number_integer() && v->get<std::int64_t>() >= 0) {
            const auto i = v->get<std::int64_t>();
            n = i > INT_MAX ? INT_MAX : static_cast<int>(i);
            return true;
        }
        return false;
    };

    const std::string_view type = stringOf(member(&top, "type"));
    const json *choices = member(&top, "choices");
    const json *firstChoice =
        choices && choices->is_array() && !choices->empty() ? &choices->front() : nullptr;
    const json *delta = member(firstChoice, "delta");

    const json *usage = member(&top, "usage");
    if (!usage || !usage->is_object())
        usage = member(member(&top, "response"), "usage");
    const bool hasTokens = tokens(member(usage, "output_tokens"), out.outputTokens) ||
                           tokens(member(usage, "completion_tokens"), out.outputTokens);

    const json *error = member(&top, "error");
    const json *toolCalls = member(delta, "tool_calls");
    const bool isToolCall = ((type == "response.output_item.added" || type == "response.output_item.done") &&
                             endsWith(stringOf(member(member(&top, "item"), "type")), "_call")) ||
                            (toolCalls && toolCalls->is_array() && !toolCalls->empty());
    const bool isText = (type == "response.output_text.delta" && nonEmptyString(member(&top, "delta"))) ||
                        nonEmptyString(member(delta, "content"));

    if ((error && (error->is_string() || error->is_object())) || type == "error" ||
        type == "response.failed") {
        out.kind = AgentEventKind::Error;
        out.detail = excerpt(trimmed(data)); // the DOM holds decoded copies; point at the payload instead
    } else if (isText) {
        out.kind = AgentEventKind::TextDelta;
    } else if (isToolCall) {
        out.kind = AgentEventKind::ToolCall;
    } else if (hasTokens) {
        out.kind = AgentEventKind::Usage;
    } else {
        out.kind = AgentEventKind::Other;
    }
    return out;
}

} // namespace detail

AgentEvent classifyAgentEvent(std::string_view data)
{
    AgentEvent event;
    if (detail::classifyAgentEventFast(data, event))
        return event;
    return detail::classifyAgentEventDom(data);
}

} // namespace plateau
