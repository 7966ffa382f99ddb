// libFuzzer target for SseParser: a differential property. The same stream is parsed whole, in the splits
// the input encodes, one byte at a time, after a reset() of a used parser, and by a naive reference written
// straight from the HTML spec; all five must agree on events, error, retry and dispatch count.
//
// Input layout: byte 0: low 5 bits = k split sizes, high 3 bits pick maxEventBytes (small bounds reach the
// error paths); bytes 1..k: chunk sizes, cycled (0 = an empty feed); the rest: the stream.
#include "core/engine/sseparser.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using plateau::SseEvent;
using plateau::SseParser;

struct Ev
{
    std::string type, data, id;
    bool operator==(const Ev &o) const { return type == o.type && data == o.data && id == o.id; }
};

struct Outcome
{
    std::vector<Ev> events;
    SseParser::Error error = SseParser::Error::None;
    int retryMs = -1;
    std::size_t dispatched = 0;
    bool operator==(const Outcome &o) const
    {
        return events == o.events && error == o.error && retryMs == o.retryMs && dispatched == o.dispatched;
    }
};

Outcome run(SseParser &parser, std::string_view stream, const std::vector<std::size_t> &sizes)
{
    Outcome out;
    auto onEvent = [&](const SseEvent &e) {
        out.events.push_back(Ev{std::string(e.type), std::string(e.data), std::string(e.id)});
    };
    bool ok = true;
    if (sizes.empty()) {
        ok = parser.feed(stream.data(), stream.size(), onEvent);
    } else {
        std::size_t at = 0;
        for (std::size_t i = 0; at < stream.size(); ++i) {
            const std::size_t n = std::min(sizes[i % sizes.size()], stream.size() - at);
            ok = parser.feed(stream.data() + at, n, onEvent);
            at += n;
        }
    }
    if (ok != (parser.error() == SseParser::Error::None))
        std::abort(); // feed's result must reflect the error state
    out.error = parser.error();
    out.retryMs = parser.retryMs();
    out.dispatched = parser.eventsDispatched();
    return out;
}

// The spec's algorithm on the whole stream, with no attention to speed.
Outcome reference(std::string_view s, std::size_t maxEventBytes)
{
    const std::size_t max = std::max(maxEventBytes, SseParser::kMinEventBytes);
    Outcome out;
    if (s.substr(0, 3) == "\xEF\xBB\xBF")
        s.remove_prefix(3);
    std::string data, type, lastId;
    std::size_t i = 0;
    for (;;) {
        std::size_t j = i;
        while (j < s.size() && s[j] != '\r' && s[j] != '\n')
            ++j;
        if (j - i > max) {
            out.error = SseParser::Error::LineTooLong;
            break;
        }
        if (j == s.size())
            break; // an incomplete last line is never processed
        const std::string_view line = s.substr(i, j - i);
        i = j + 1;
        if (s[j] == '\r' && i < s.size() && s[i] == '\n')
            ++i;
        if (line.empty()) {
            if (!data.empty()) {
                data.pop_back();
                out.events.push_back(Ev{type.empty() ? "message" : type, data, lastId});
                ++out.dispatched;
            }
            data.clear();
            type.clear();
            continue;
        }
        if (line[0] == ':')
            continue;
        const std::size_t colon = line.find(':');
        const std::string_view field = line.substr(0, colon);
        std::string_view value =
            colon == std::string_view::npos ? std::string_view() : line.substr(colon + 1);
        if (!value.empty() && value[0] == ' ')
            value.remove_prefix(1);
        if (field == "data") {
            if (data.size() + value.size() + 1 > max) {
                out.error = SseParser::Error::EventTooLarge;
                break;
            }
            data.append(value);
            data += '\n';
        } else if (field == "event") {
            type = std::string(value);
        } else if (field == "id") {
            if (value.find('\0') == std::string_view::npos)
                lastId = std::string(value);
        } else if (field == "retry") {
            if (!value.empty() &&
                std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
                long long ms = 0;
                for (const char c : value)
                    ms = std::min<long long>(ms * 10 + (c - '0'), INT_MAX);
                out.retryMs = static_cast<int>(ms);
            }
        }
    }
    return out;
}

void check(const Outcome &a, const Outcome &b, const char *what)
{
    if (a == b)
        return;
    std::fprintf(stderr, "SseParser mismatch: %s (events %zu vs %zu, error %d vs %d, retry %d vs %d)\n", what,
                 a.events.size(), b.events.size(), static_cast<int>(a.error), static_cast<int>(b.error),
                 a.retryMs, b.retryMs);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    if (size == 0)
        return 0;
    static constexpr std::size_t kBounds[8] = {4u << 20, 32, 33, 40, 48, 64, 100, 1000};
    const std::size_t maxEventBytes = kBounds[bytes[0] >> 5];
    const std::size_t k = std::min<std::size_t>(bytes[0] & 31u, size - 1);
    std::vector<std::size_t> sizes(bytes + 1, bytes + 1 + k);
    sizes.push_back(1); // guarantees progress when every encoded size is 0
    const std::string_view stream(reinterpret_cast<const char *>(bytes + 1 + k), size - 1 - k);

    SseParser whole(maxEventBytes);
    const Outcome expected = run(whole, stream, {});
    check(expected, reference(stream, maxEventBytes), "whole vs reference");

    SseParser split(maxEventBytes);
    check(expected, run(split, stream, sizes), "whole vs split");

    SseParser byByte(maxEventBytes);
    check(expected, run(byByte, stream, {1}), "whole vs byte-at-a-time");

    split.reset(); // a used parser (possibly in the error state) must behave like a fresh one
    check(expected, run(split, stream, {7}), "whole vs reset parser");

    if (whole.capacityBytes() > 4 * std::max(maxEventBytes, SseParser::kMinEventBytes))
        std::abort(); // the memory bound
    return 0;
}
