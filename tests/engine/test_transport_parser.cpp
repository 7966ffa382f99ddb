// The lean transport's HTTP/1.1 response parser on its own: every split point, every framing, hostile input.

#include "core/engine/httpresponseparser.h"

#include <gtest/gtest.h>

using namespace plateau;

namespace {

using Event = Http1ResponseParser::Event;

struct Outcome
{
    Event last = Event::NeedMore;
    int heads = 0;
    ResponseHead head;
    QByteArray body;
    qsizetype consumed = 0; // bytes consumed when the message ended
    QString error;
};

// Feeds `pieces` in order until Done or Error; at eof, calls finishAtEof().
Outcome feed(Http1ResponseParser &p, const std::vector<QByteArray> &pieces, bool eof = false)
{
    Outcome out;
    qsizetype offset = 0;
    for (const QByteArray &piece : pieces) {
        const char *cursor = piece.constData();
        const char *end = cursor + piece.size();
        for (;;) {
            const char *data = nullptr;
            qsizetype size = 0;
            const Event e = p.next(cursor, end, &data, &size);
            out.last = e;
            if (e == Event::Head) {
                ++out.heads;
                out.head = p.head();
            } else if (e == Event::Body) {
                EXPECT_GE(data, piece.constData());
                EXPECT_LE(data + size, end); // zero copy: spans lie inside the input
                out.body.append(data, size);
            } else if (e == Event::NeedMore) {
                break;
            } else {
                out.consumed = offset + (cursor - piece.constData());
                out.error = p.errorString();
                return out;
            }
        }
        offset += piece.size();
    }
    if (eof) {
        out.last = p.finishAtEof();
        out.error = p.errorString();
    }
    return out;
}

Outcome parseWhole(const QByteArray &raw, bool eof = false, bool headRequest = false,
                   int maxHeader = 64 * 1024)
{
    Http1ResponseParser p(maxHeader);
    p.reset(headRequest);
    return feed(p, {raw}, eof);
}

const QByteArray kChunked = "HTTP/1.1 200 OK\r\n"
                            "content-type: text/event-stream\r\n"
                            "TRANSFER-ENCODING: gzip, chunked\r\n"
                            "Retry-After:   5  \r\n"
                            "\r\n"
                            "7;ext=1;other=\"a b\"\r\ndata: a\r\n"
                            "1b   \r\n\ndata: {\"delta\":\"hello\"}\n\n\n\r\n"
                            "0\r\n"
                            "Trailer-One: x\r\n"
                            "\r\n";
const QByteArray kChunkedBody = "data: a\ndata: {\"delta\":\"hello\"}\n\n\n";

TEST(Http1ResponseParser, ChunkedWithExtensionsTrailersAndEveryTwoWaySplit)
{
    for (qsizetype split = 0; split <= kChunked.size(); ++split) {
        Http1ResponseParser p;
        p.reset(false);
        const Outcome o = feed(p, {kChunked.left(split), kChunked.mid(split)});
        ASSERT_EQ(o.last, Event::Done) << "split at " << split << ": " << o.error.toStdString();
        EXPECT_EQ(o.heads, 1);
        EXPECT_EQ(o.head.status, 200);
        EXPECT_EQ(o.head.contentType, "text/event-stream");
        EXPECT_EQ(o.head.retryAfter, "5");
        EXPECT_EQ(o.body, kChunkedBody) << "split at " << split;
        EXPECT_EQ(o.consumed, kChunked.size());
        EXPECT_TRUE(p.keepAlive());
    }
}

TEST(Http1ResponseParser, ByteByByte)
{
    std::vector<QByteArray> bytes;
    for (char c : kChunked)
        bytes.emplace_back(1, c);
    Http1ResponseParser p;
    p.reset(false);
    const Outcome o = feed(p, bytes);
    ASSERT_EQ(o.last, Event::Done) << o.error.toStdString();
    EXPECT_EQ(o.body, kChunkedBody);
}

TEST(Http1ResponseParser, BareLineFeedsAreAccepted)
{
    const Outcome o = parseWhole("HTTP/1.1 200 OK\nContent-Length: 3\n\nabc");
    ASSERT_EQ(o.last, Event::Done) << o.error.toStdString();
    EXPECT_EQ(o.body, "abc");
}

TEST(Http1ResponseParser, ContentLengthStopsAtTheEndOfTheMessage)
{
    const Outcome o = parseWhole("HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabcHTTP/1.1 ...");
    ASSERT_EQ(o.last, Event::Done);
    EXPECT_EQ(o.body, "abc");
    EXPECT_EQ(o.consumed, 41); // the surplus is left for the caller to notice
}

TEST(Http1ResponseParser, ReusedAcrossResponsesClearsOldFields)
{
    Http1ResponseParser p;
    p.reset(false);
    Outcome o = feed(
        p, {"HTTP/1.1 302 Found\r\nLocation: /x\r\nContent-Type: text/html\r\nContent-Length: 0\r\n\r\n"});
    ASSERT_EQ(o.last, Event::Done);
    EXPECT_EQ(o.head.location, "/x");
    p.reset(false);
    o = feed(p, {"HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nz"});
    ASSERT_EQ(o.last, Event::Done);
    EXPECT_TRUE(o.head.location.isEmpty());
    EXPECT_TRUE(o.head.contentType.isEmpty());
    EXPECT_EQ(o.body, "z");
}

TEST(Http1ResponseParser, ConnectionSemantics)
{
    Http1ResponseParser p;
    p.reset(false);
    feed(p, {"HTTP/1.1 200 OK\r\nConnection: Close\r\nContent-Length: 0\r\n\r\n"});
    EXPECT_FALSE(p.keepAlive());
    p.reset(false);
    feed(p, {"HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n"});
    EXPECT_FALSE(p.keepAlive()); // HTTP/1.0 closes unless asked
    p.reset(false);
    feed(p, {"HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 0\r\n\r\n"});
    EXPECT_TRUE(p.keepAlive());
    p.reset(false);
    feed(p, {"HTTP/1.1 200 OK\r\nConnection: upgrade, close\r\nContent-Length: 0\r\n\r\n"});
    EXPECT_FALSE(p.keepAlive());
}

TEST(Http1ResponseParser, CloseDelimitedBodyEndsAtEof)
{
    Http1ResponseParser p;
    p.reset(false);
    Outcome o = feed(p, {"HTTP/1.1 200 OK\r\n\r\nsome", " more"}, true);
    EXPECT_EQ(o.last, Event::Done);
    EXPECT_EQ(o.body, "some more");
    EXPECT_FALSE(p.keepAlive());
    // A coding other than a final chunked also means read-until-close.
    o = parseWhole("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked, gzip\r\n\r\nraw", true);
    EXPECT_EQ(o.last, Event::Done);
    EXPECT_EQ(o.body, "raw");
}

TEST(Http1ResponseParser, NoBodyFor204And304AndHead)
{
    EXPECT_EQ(parseWhole("HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\n").last, Event::Done);
    EXPECT_EQ(parseWhole("HTTP/1.1 304 Not Modified\r\n\r\n").last, Event::Done);
    const Outcome o = parseWhole("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n", false, true);
    EXPECT_EQ(o.last, Event::Done);
    EXPECT_TRUE(o.body.isEmpty());
}

TEST(Http1ResponseParser, InterimResponsesAreSkipped)
{
    const Outcome o = parseWhole("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n"
                                 "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
    ASSERT_EQ(o.last, Event::Done) << o.error.toStdString();
    EXPECT_EQ(o.heads, 1);
    EXPECT_EQ(o.head.status, 200);
    EXPECT_EQ(o.body, "ok");
    EXPECT_EQ(parseWhole("HTTP/1.1 101 Switching Protocols\r\n\r\n").last, Event::Error);
}

TEST(Http1ResponseParser, MalformedInputIsAnErrorNamingTheBytes)
{
    struct Case
    {
        QByteArray raw;
        const char *expect;
    };
    const std::vector<Case> cases = {
        {"garbage", "malformed status line: \"garbage\""},
        {"\x16\x03\x01\x02", "\\x16"},
        {"HTTP/1.1 2OO OK\r\n\r\n", "three digits"},
        {"HTTP/2 200\r\n\r\n", "malformed status line"},
        {"HTTP/1.1 200OK\r\n\r\n", "three digits"},
        {"HTTP/1.1 999 Odd\r\n\r\n", "out of range"},
        {"HTTP/1.1 200 OK\r\nNo colon here\r\n\r\n", "no field name or colon"},
        {"HTTP/1.1 200 OK\r\nBad Name: x\r\n\r\n", "field name"},
        {"HTTP/1.1 200 OK\r\nContent-Length: 12a\r\n\r\n", "invalid Content-Length: \"12a\""},
        {"HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n", "invalid Content-Length"},
        {"HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999\r\n\r\n", "invalid Content-Length"},
        {"HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n", "conflicting Content-Length"},
        {"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nxyz\r\n",
         "malformed chunk-size line: \"xyz\""},
        {"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5 x\r\n", "malformed chunk-size line"},
        {"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffffffffff\r\n",
         "chunk size too large"},
        {"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n", "expected CRLF"},
        {"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + QByteArray(2000, '1'),
         "chunk-size line exceeds"},
    };
    for (const Case &c : cases) {
        const Outcome o = parseWhole(c.raw);
        EXPECT_EQ(o.last, Event::Error) << c.raw.toStdString();
        EXPECT_TRUE(o.error.contains(QLatin1String(c.expect)))
            << "input " << c.raw.left(60).toStdString() << " gave: " << o.error.toStdString();
    }
}

TEST(Http1ResponseParser, HeadSizeIsBounded)
{
    QByteArray raw = "HTTP/1.1 200 OK\r\n";
    while (raw.size() < 5000)
        raw += "X-Filler: " + QByteArray(50, 'f') + "\r\n";
    raw += "\r\n";
    Outcome o = parseWhole(raw, false, false, 4096);
    EXPECT_EQ(o.last, Event::Error);
    EXPECT_TRUE(o.error.contains(QLatin1String("exceeds 4096"))) << o.error.toStdString();
    // An endless header line with no line end is caught too, in small pieces.
    Http1ResponseParser p(4096);
    p.reset(false);
    std::vector<QByteArray> pieces{"HTTP/1.1 200 OK\r\nX: "};
    for (int i = 0; i < 100; ++i)
        pieces.emplace_back(100, 'y');
    o = feed(p, pieces);
    EXPECT_EQ(o.last, Event::Error);
    // Trailers share the bound.
    QByteArray trailers = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n";
    while (trailers.size() < 6000)
        trailers += "T: " + QByteArray(60, 't') + "\r\n";
    o = parseWhole(trailers, false, false, 4096);
    EXPECT_EQ(o.last, Event::Error);
}

TEST(Http1ResponseParser, EofInsideTheMessageIsAnError)
{
    Http1ResponseParser p;
    p.reset(false);
    EXPECT_FALSE(p.startedResponse());
    Outcome o = feed(p, {}, true);
    EXPECT_EQ(o.last, Event::Error);
    EXPECT_TRUE(o.error.contains(QLatin1String("before any response byte"))) << o.error.toStdString();

    p.reset(false);
    o = feed(p, {"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc"}, true);
    EXPECT_TRUE(p.startedResponse());
    EXPECT_EQ(o.last, Event::Error);
    EXPECT_TRUE(o.error.contains(QLatin1String("7 of 10"))) << o.error.toStdString();

    p.reset(false);
    o = feed(p, {"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab"}, true);
    EXPECT_EQ(o.last, Event::Error);
    EXPECT_EQ(o.body, "ab");
}

TEST(Http1ResponseParser, EveryPrefixOfHostileInputIsSafe)
{
    // Truncations of a mixed response must never crash, read out of bounds or report Done early.
    const QByteArray raw = kChunked;
    for (qsizetype n = 0; n < raw.size(); ++n) {
        const Outcome o = parseWhole(raw.left(n), true);
        EXPECT_EQ(o.last, Event::Error) << "prefix " << n;
    }
}

} // namespace
