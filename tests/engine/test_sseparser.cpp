// SseParser: every rule of the HTML spec's event stream interpretation, arbitrary feed splits, the memory
// bound, and no allocation per event.
#include "core/engine/sseparser.h"

#include <climits>
#include <cstdlib>
#include <gtest/gtest.h>
#include <new>
#include <ostream>
#include <random>
#include <string>
#include <vector>

// ---- allocation counter (this thread only, so Qt's threads do not disturb it) -------------------------
namespace {
thread_local long t_allocations = 0;
}

void *operator new(std::size_t size)
{
    ++t_allocations;
    if (void *p = std::malloc(size ? size : 1))
        return p;
    throw std::bad_alloc();
}
void *operator new[](std::size_t size)
{
    return operator new(size);
}
void operator delete(void *p) noexcept
{
    std::free(p);
}
void operator delete[](void *p) noexcept
{
    std::free(p);
}
void operator delete(void *p, std::size_t) noexcept
{
    std::free(p);
}
void operator delete[](void *p, std::size_t) noexcept
{
    std::free(p);
}

namespace plateau::test {
// Also used by test_agentevent.cpp (same binary).
long allocationsOnThisThread()
{
    return t_allocations;
}
} // namespace plateau::test

namespace plateau {
namespace {

struct Ev
{
    std::string type, data, id;
    bool operator==(const Ev &o) const { return type == o.type && data == o.data && id == o.id; }
};

void PrintTo(const Ev &e, std::ostream *os)
{
    *os << "{type=" << ::testing::PrintToString(e.type) << " data=" << ::testing::PrintToString(e.data)
        << " id=" << ::testing::PrintToString(e.id) << "}";
}

struct Result
{
    std::vector<Ev> events;
    SseParser::Error error = SseParser::Error::None;
    int retryMs = -1;
    bool lastFeedOk = true;
};

auto collector(std::vector<Ev> &out)
{
    return [&out](const SseEvent &e) {
        out.push_back(Ev{std::string(e.type), std::string(e.data), std::string(e.id)});
    };
}

// Feeds `stream` in chunks of the given sizes (cycled); an empty `sizes` feeds it whole.
Result parseInChunks(std::string_view stream, const std::vector<std::size_t> &sizes,
                     std::size_t maxEventBytes = 4u << 20)
{
    SseParser parser(maxEventBytes);
    Result r;
    auto onEvent = collector(r.events);
    if (sizes.empty()) {
        r.lastFeedOk = parser.feed(stream.data(), stream.size(), onEvent);
    } else {
        std::size_t at = 0;
        for (std::size_t i = 0; at < stream.size(); ++i) {
            const std::size_t n = std::min(sizes[i % sizes.size()], stream.size() - at);
            r.lastFeedOk = parser.feed(stream.data() + at, n, onEvent);
            at += n;
        }
    }
    r.error = parser.error();
    r.retryMs = parser.retryMs();
    EXPECT_EQ(parser.eventsDispatched(), r.events.size());
    return r;
}

std::vector<Ev> parse(std::string_view stream)
{
    return parseInChunks(stream, {}).events;
}

// A string literal with embedded NULs, without its terminator.
template <std::size_t N> std::string lit(const char (&s)[N])
{
    return std::string(s, N - 1);
}

Ev msg(std::string data, std::string id = {})
{
    return Ev{"message", std::move(data), std::move(id)};
}

// ---- line ends ------------------------------------------------------------------------------------------

TEST(SseParser, LfLineEnds)
{
    EXPECT_EQ(parse("data: a\n\ndata: b\n\n"), (std::vector<Ev>{msg("a"), msg("b")}));
}

TEST(SseParser, CrLfLineEnds)
{
    EXPECT_EQ(parse("data: a\r\n\r\ndata: b\r\n\r\n"), (std::vector<Ev>{msg("a"), msg("b")}));
}

TEST(SseParser, CrLineEnds)
{
    EXPECT_EQ(parse("data: a\r\rdata: b\r\r"), (std::vector<Ev>{msg("a"), msg("b")}));
}

TEST(SseParser, MixedLineEndsInOneEvent)
{
    EXPECT_EQ(parse("data: a\r\ndata: b\rdata: c\n\r\n"), (std::vector<Ev>{msg("a\nb\nc")}));
}

TEST(SseParser, CrLfSplitAcrossFeedsCountsOnce)
{
    // Counted twice, the \n would be a blank line dispatching "a" on its own.
    std::vector<Ev> events;
    SseParser parser;
    EXPECT_TRUE(parser.feed("data: a\r", 8, collector(events)));
    EXPECT_TRUE(parser.feed("", 0, collector(events))); // an empty feed keeps the pending \r
    EXPECT_TRUE(parser.feed("\ndata: b\r\n\r\n", 13, collector(events)));
    EXPECT_EQ(events, (std::vector<Ev>{msg("a\nb")}));
}

TEST(SseParser, CrAtFeedEndFollowedByCrIsABlankLine)
{
    std::vector<Ev> events;
    SseParser parser;
    parser.feed("data: a\r", 8, collector(events));
    EXPECT_TRUE(events.empty());
    parser.feed("\r", 1, collector(events));
    EXPECT_EQ(events, (std::vector<Ev>{msg("a")}));
}

// ---- BOM ------------------------------------------------------------------------------------------------

TEST(SseParser, LeadingBomSkipped)
{
    EXPECT_EQ(parse("\xEF\xBB\xBF"
                    "data: x\n\n"),
              (std::vector<Ev>{msg("x")}));
}

TEST(SseParser, BomSplitAcrossFeedsSkipped)
{
    const std::string stream = "\xEF\xBB\xBF"
                               "data: x\n\n";
    EXPECT_EQ(parseInChunks(stream, {1}).events, (std::vector<Ev>{msg("x")}));
    EXPECT_EQ(parseInChunks(stream, {2, 5}).events, (std::vector<Ev>{msg("x")}));
}

TEST(SseParser, BomOnlySkippedAtStreamStart)
{
    // A BOM later (or a second one) is part of the field name, which makes the field unknown.
    EXPECT_EQ(parse("data: a\n\n\xEF\xBB\xBF"
                    "data: b\n\n"),
              (std::vector<Ev>{msg("a")}));
    EXPECT_TRUE(parse("\xEF\xBB\xBF\xEF\xBB\xBF"
                      "data: b\n\n")
                    .empty());
}

TEST(SseParser, PartialBomBytesStartTheFirstLine)
{
    // "\xEF\xBB" + "event: z" is the unknown field "\xEF\xBBevent": the held bytes are not dropped.
    const std::string stream = "\xEF\xBB"
                               "event: z\ndata: y\n\n";
    for (const auto &sizes : std::vector<std::vector<std::size_t>>{{}, {1}, {2, 100}, {3}})
        EXPECT_EQ(parseInChunks(stream, sizes).events, (std::vector<Ev>{msg("y")}));
}

// ---- fields ---------------------------------------------------------------------------------------------

TEST(SseParser, CommentsIgnored)
{
    EXPECT_EQ(parse(": keep-alive\ndata: a\n:\n: x: y\n\n"), (std::vector<Ev>{msg("a")}));
    EXPECT_TRUE(parse(":only a comment\n\n").empty());
}

TEST(SseParser, MultiLineDataJoinedWithNewline)
{
    EXPECT_EQ(parse("data: a\ndata:\ndata: b\n\n"), (std::vector<Ev>{msg("a\n\nb")}));
}

TEST(SseParser, FieldWithoutColonHasEmptyValue)
{
    EXPECT_EQ(parse("data\n\n"), (std::vector<Ev>{msg("")}));
    EXPECT_EQ(parse("data\ndata\n\n"), (std::vector<Ev>{msg("\n")}));
    EXPECT_EQ(parse("event: x\nevent\ndata: a\n\n"), (std::vector<Ev>{msg("a")})); // empty type -> message
    EXPECT_EQ(parse("id: 5\nid\ndata: a\n\n"), (std::vector<Ev>{msg("a", "")}));
}

TEST(SseParser, OneLeadingSpaceStrippedOnly)
{
    EXPECT_EQ(parse("data:  two\n\n"), (std::vector<Ev>{msg(" two")}));
    EXPECT_EQ(parse("data:none\n\n"), (std::vector<Ev>{msg("none")}));
    EXPECT_EQ(parse("data:\ttab\n\n"), (std::vector<Ev>{msg("\ttab")}));
    EXPECT_EQ(parse("data: trailing \n\n"), (std::vector<Ev>{msg("trailing ")}));
    EXPECT_EQ(parse("event:  sp\ndata: a\n\n"), (std::vector<Ev>{Ev{" sp", "a", ""}}));
}

TEST(SseParser, ValueKeepsLaterColons)
{
    EXPECT_EQ(parse("data: {\"a\":1}\n\n"), (std::vector<Ev>{msg("{\"a\":1}")}));
}

TEST(SseParser, EventTypeSetAndResetAfterDispatch)
{
    EXPECT_EQ(parse("event: add\ndata: 1\n\ndata: 2\n\n"), (std::vector<Ev>{Ev{"add", "1", ""}, msg("2")}));
}

TEST(SseParser, BlankLineWithoutDataDispatchesNothingButResetsType)
{
    SseParser parser;
    std::vector<Ev> events;
    const std::string stream = "\n\n\nevent: x\n\ndata: 1\n\n";
    parser.feed(stream.data(), stream.size(), collector(events));
    EXPECT_EQ(events, (std::vector<Ev>{msg("1")}));
    EXPECT_EQ(parser.eventsDispatched(), 1u);
}

TEST(SseParser, LastEventIdPersistsAcrossEvents)
{
    EXPECT_EQ(parse("id: 7\ndata: a\n\ndata: b\n\nid: 8\ndata: c\n\n"),
              (std::vector<Ev>{msg("a", "7"), msg("b", "7"), msg("c", "8")}));
}

TEST(SseParser, IdContainingNulIgnored)
{
    const std::string stream = lit("id: 1\ndata: a\n\nid: 2\0x\ndata: b\n\n");
    EXPECT_EQ(parse(stream), (std::vector<Ev>{msg("a", "1"), msg("b", "1")}));
}

TEST(SseParser, RetryOnlyAsciiDigits)
{
    struct Case
    {
        const char *stream;
        int expected;
    };
    for (const Case &c :
         {Case{"retry: 1500\n", 1500}, Case{"retry:0\n", 0}, Case{"retry: 15a\n", -1},
          Case{"retry: -5\n", -1}, Case{"retry: 1.5\n", -1}, Case{"retry:\n", -1}, Case{"retry\n", -1},
          Case{"retry:  10\n", -1}, Case{"retry: 99999999999999999999\n", INT_MAX},
          Case{"retry: 10\nretry: x\n", 10}, Case{"retry: 10\nretry: 20\n", 20}}) {
        const Result r = parseInChunks(c.stream, {});
        EXPECT_EQ(r.retryMs, c.expected) << c.stream;
        EXPECT_TRUE(r.events.empty());
    }
}

TEST(SseParser, UnknownAndMiscasedFieldsIgnored)
{
    EXPECT_EQ(parse("foo: bar\nData: x\nDATA: y\n data: z\ndata: a\n\n"), (std::vector<Ev>{msg("a")}));
}

TEST(SseParser, NulAndBinaryBytesInDataPassThrough)
{
    const std::string stream = lit("data: a\0b\xff\n\n");
    EXPECT_EQ(parse(stream), (std::vector<Ev>{msg(lit("a\0b\xff"))}));
}

TEST(SseParser, TrailingEventWithoutBlankLineIsNotDispatched)
{
    EXPECT_EQ(parse("data: a\n\ndata: b\n"), (std::vector<Ev>{msg("a")}));
    EXPECT_EQ(parse("data: a\n\ndata: b"), (std::vector<Ev>{msg("a")}));
}

TEST(SseParser, FiftyEventsInOneFeed)
{
    std::string stream;
    for (int i = 0; i < 50; ++i)
        stream += "data: {\"i\":" + std::to_string(i) + "}\n\n";
    const std::vector<Ev> events = parse(stream);
    ASSERT_EQ(events.size(), 50u);
    for (int i = 0; i < 50; ++i)
        EXPECT_EQ(events[i], msg("{\"i\":" + std::to_string(i) + "}"));
}

// ---- splits ---------------------------------------------------------------------------------------------

// Every rule at once, with all three line ends, a BOM, ids, retries, comments and binary bytes.
std::string referenceStream()
{
    std::string s = "\xEF\xBB\xBF: hello\r\n";
    s += "retry: 2500\n";
    s += "data: {\"type\":\"response.output_text.delta\",\"delta\":\"Hi\"}\n\n";
    s += "event: add\r\ndata: line1\r\ndata:line2\r\ndata:  spaced\r\n\r\n";
    s += "id: 42\rdata: cr only\r\r";
    s += "data\n\n";
    s += "event: ignored\n\n";
    s += lit("id: bad\0id\ndata: keeps 42\n\n");
    s += "retry: 3x\nunknown: field\nfield-without-colon\n: comment\ndata: after\n\n";
    s += "id\ndata: no id\r\n\n";
    for (int i = 0; i < 30; ++i)
        s += "data: {\"choices\":[{\"delta\":{\"content\":\"tok" + std::to_string(i) + "\"}}]}\r\n\r\n";
    s += lit("data: bin \0\xff\xfe\r\n\r");
    s += "\ndata: trailing, never dispatched\n";
    return s;
}

TEST(SseParser, ReferenceStreamWhole)
{
    const Result r = parseInChunks(referenceStream(), {});
    EXPECT_EQ(r.retryMs, 2500);
    EXPECT_EQ(r.error, SseParser::Error::None);
    ASSERT_EQ(r.events.size(), 38u);
    EXPECT_EQ(r.events[0], msg("{\"type\":\"response.output_text.delta\",\"delta\":\"Hi\"}"));
    EXPECT_EQ(r.events[1], (Ev{"add", "line1\nline2\n spaced", ""}));
    EXPECT_EQ(r.events[2], msg("cr only", "42"));
    EXPECT_EQ(r.events[3], msg("", "42"));
    EXPECT_EQ(r.events[4], msg("keeps 42", "42"));
    EXPECT_EQ(r.events[5], msg("after", "42"));
    EXPECT_EQ(r.events[6], msg("no id", ""));
    EXPECT_EQ(r.events[7], msg("{\"choices\":[{\"delta\":{\"content\":\"tok0\"}}]}"));
    EXPECT_EQ(r.events[37], msg(lit("bin \0\xff\xfe")));
}

TEST(SseParser, ByteAtATimeEqualsWhole)
{
    const std::string stream = referenceStream();
    const Result whole = parseInChunks(stream, {});
    const Result bytes = parseInChunks(stream, {1});
    EXPECT_EQ(bytes.events, whole.events);
    EXPECT_EQ(bytes.retryMs, whole.retryMs);
}

TEST(SseParser, RandomSplitsEqualWhole)
{
    const std::string stream = referenceStream();
    const Result whole = parseInChunks(stream, {});
    std::mt19937 rng(20240611); // fixed seed: failures reproduce
    for (int round = 0; round < 300; ++round) {
        std::vector<std::size_t> sizes(1 + rng() % 20);
        for (auto &n : sizes)
            n = rng() % (round % 2 ? 8 : 200); // zero-size feeds included
        sizes.push_back(1);                    // guarantees progress
        const Result split = parseInChunks(stream, sizes);
        ASSERT_EQ(split.events, whole.events) << "round " << round;
        ASSERT_EQ(split.retryMs, whole.retryMs);
        ASSERT_EQ(split.error, whole.error);
    }
}

// ---- bounds and errors ----------------------------------------------------------------------------------

TEST(SseParser, TenMegabyteEventIsEventTooLargeWithinTheBound)
{
    SseParser parser; // default bound: 4 MiB
    std::string chunk;
    for (int i = 0; i < 64; ++i)
        chunk += "data: " + std::string(1000, 'x') + "\n"; // 64 KB of data lines, no blank line
    std::size_t fed = 0;
    int events = 0;
    bool ok = true;
    while (fed < (10u << 20) && ok) {
        ok = parser.feed(chunk.data(), chunk.size(), [&](const SseEvent &) { ++events; });
        fed += chunk.size();
    }
    EXPECT_FALSE(ok);
    EXPECT_LT(fed, 10u << 20); // stopped at the bound, not at the end
    EXPECT_EQ(parser.error(), SseParser::Error::EventTooLarge);
    EXPECT_EQ(events, 0);
    EXPECT_LE(parser.capacityBytes(), (4u << 20) + 4096);
}

TEST(SseParser, EndlessLineIsLineTooLongWithinTheBound)
{
    const std::size_t bound = 1u << 20;
    SseParser parser(bound);
    const std::string head = "data: ";
    const std::string chunk(65536, 'y');
    auto ignore = [](const SseEvent &) {
    };
    ASSERT_TRUE(parser.feed(head.data(), head.size(), ignore));
    bool ok = true;
    std::size_t fed = head.size();
    while (ok && fed < 4 * bound) {
        ok = parser.feed(chunk.data(), chunk.size(), ignore);
        fed += chunk.size();
    }
    EXPECT_FALSE(ok);
    EXPECT_EQ(parser.error(), SseParser::Error::LineTooLong);
    EXPECT_LE(parser.capacityBytes(), bound + 4096);
}

TEST(SseParser, LongLineInsideOneBufferIsLineTooLong)
{
    const std::string stream = "data: a\n\ndata: " + std::string(100, 'z') + "\ndata: b\n\n";
    const Result r = parseInChunks(stream, {}, 64);
    EXPECT_EQ(r.events, (std::vector<Ev>{msg("a")}));
    EXPECT_EQ(r.error, SseParser::Error::LineTooLong);
    EXPECT_FALSE(r.lastFeedOk);
}

TEST(SseParser, BoundIsExact)
{
    const std::size_t bound = 64;
    // A line of exactly `bound` bytes is fine; one more byte is not, whatever the split.
    const std::string exact = ": " + std::string(bound - 2, 'c') + "\ndata: ok\n\n";
    const std::string over = ": " + std::string(bound - 1, 'c') + "\ndata: ok\n\n";
    for (const auto &sizes : std::vector<std::vector<std::size_t>>{{}, {1}, {7}}) {
        EXPECT_EQ(parseInChunks(exact, sizes, bound).events, (std::vector<Ev>{msg("ok")}));
        EXPECT_EQ(parseInChunks(over, sizes, bound).error, SseParser::Error::LineTooLong);
    }
    // The data buffer (each value plus its \n) may hold exactly `bound` bytes.
    const std::string value(bound / 2 - 1, 'd');
    const std::string fits = "data:" + value + "\ndata:" + value + "\n\n";
    const std::string tooBig = "data:" + value + "\ndata:" + value + "d\n\n";
    EXPECT_EQ(parseInChunks(fits, {}, bound).events, (std::vector<Ev>{msg(value + "\n" + value)}));
    EXPECT_EQ(parseInChunks(tooBig, {}, bound).error, SseParser::Error::EventTooLarge);
}

TEST(SseParser, AfterAnErrorFeedReturnsFalseAndIgnoresInput)
{
    SseParser parser(32);
    std::vector<Ev> events;
    const std::string bad = "data: " + std::string(100, 'x') + "\n";
    EXPECT_FALSE(parser.feed(bad.data(), bad.size(), collector(events)));
    EXPECT_FALSE(parser.feed("data: a\n\n", 9, collector(events)));
    EXPECT_TRUE(events.empty());
    EXPECT_EQ(parser.error(), SseParser::Error::LineTooLong);
    EXPECT_STRNE(SseParser::errorString(parser.error()), SseParser::errorString(SseParser::Error::None));

    parser.reset();
    EXPECT_EQ(parser.error(), SseParser::Error::None);
    EXPECT_TRUE(parser.feed("data: a\n\n", 9, collector(events)));
    EXPECT_EQ(events, (std::vector<Ev>{msg("a")}));
}

TEST(SseParser, TinyBoundRaisedToMinimum)
{
    EXPECT_EQ(parseInChunks("data: 0123456789\n\n", {}, 1).events, (std::vector<Ev>{msg("0123456789")}));
}

TEST(SseParser, ResetStartsAFreshStream)
{
    SseParser parser;
    std::vector<Ev> events;
    const std::string first = "retry: 10\nid: 3\ndata: a\n\ndata: partial";
    parser.feed(first.data(), first.size(), collector(events));
    parser.reset();
    EXPECT_EQ(parser.retryMs(), -1);
    EXPECT_EQ(parser.eventsDispatched(), 0u);
    const std::string second = "\xEF\xBB\xBF"
                               "data: b\n\n";
    parser.feed(second.data(), second.size(), collector(events));
    EXPECT_EQ(events, (std::vector<Ev>{msg("a", "3"), msg("b", "")}));
}

// ---- allocation ------------------------------------------------------------------------------------------

TEST(SseParser, NoAllocationPerEventOnceWarm)
{
    std::string stream;
    for (int i = 0; i < 80; ++i)
        stream += "id: " + std::to_string(i) +
                  "\nevent: delta\ndata: {\"type\":\"response.output_text.delta\",\"delta\":\"w" +
                  std::to_string(i) + "\"}\n\n";
    SseParser parser;
    std::size_t bytes = 0;
    auto onEvent = [&](const SseEvent &e) {
        bytes += e.data.size();
    };
    parser.feed(stream.data(), stream.size(), onEvent); // warm-up
    const long before = test::allocationsOnThisThread();
    for (int round = 0; round < 50; ++round) {
        parser.reset();
        // Split feeds exercise the partial-line copy too.
        for (std::size_t at = 0; at < stream.size(); at += 333)
            parser.feed(stream.data() + at, std::min<std::size_t>(333, stream.size() - at), onEvent);
    }
    EXPECT_EQ(test::allocationsOnThisThread() - before, 0);
    EXPECT_GT(bytes, 0u);
}

} // namespace
} // namespace plateau
