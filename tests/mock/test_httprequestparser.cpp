// The mock's request parser on its own: framing, limits, arbitrary splits and garbage.
#include "core/mock/httprequestparser.h"

#include <QRandomGenerator>
#include <gtest/gtest.h>

using namespace plateau;
using Status = HttpRequestParser::Status;

namespace {

// Feeds `wire` in pieces of `step` bytes (as a socket would deliver them); returns the statuses seen at the
// end of each complete request, or at the first error.
struct Fed
{
    std::vector<HttpRequest> requests;
    int errorStatus = 0;
    QString errorMessage;
};

Fed feed(const QByteArray &wire, int step)
{
    Fed out;
    HttpRequestParser p;
    QByteArray buf;
    qsizetype pos = 0;
    for (qsizetype off = 0; off < wire.size(); off += step) {
        buf += wire.mid(off, step);
        for (;;) {
            const Status st = p.parse(buf, pos);
            EXPECT_LE(pos, buf.size());
            if (st == Status::NeedMore)
                break;
            if (st == Status::Error) {
                out.errorStatus = p.errorStatus();
                out.errorMessage = p.errorMessage();
                return out;
            }
            out.requests.push_back(p.request());
            p.reset();
        }
    }
    return out;
}

} // namespace

TEST(HttpRequestParser, ParsesAContentLengthRequestInAnySplit)
{
    const QByteArray wire = "POST /invocations?a=b HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello";
    for (int step : {1, 2, 3, 7, 64, 1000}) {
        const Fed f = feed(wire, step);
        ASSERT_EQ(f.requests.size(), 1u) << step;
        EXPECT_EQ(f.requests[0].method, "POST");
        EXPECT_EQ(f.requests[0].target, "/invocations?a=b");
        EXPECT_EQ(f.requests[0].path(), "/invocations");
        EXPECT_EQ(f.requests[0].body, "hello");
        EXPECT_TRUE(f.requests[0].keepAlive);
    }
}

TEST(HttpRequestParser, DechunksBodiesWithExtensionsAndTrailers)
{
    const QByteArray wire = "POST /x HTTP/1.1\r\nTransfer-Encoding: Chunked\r\n\r\n"
                            "3;a=b\r\nabc\r\nA\r\n0123456789\r\n0\r\nT: 1\r\n\r\n";
    for (int step : {1, 5, 1000}) {
        const Fed f = feed(wire, step);
        ASSERT_EQ(f.requests.size(), 1u) << step << f.errorMessage.toStdString();
        EXPECT_EQ(f.requests[0].body, "abc0123456789");
    }
}

TEST(HttpRequestParser, PipelinedRequestsAndLeadingBlankLines)
{
    const QByteArray wire = "GET /a HTTP/1.1\r\n\r\n\r\nGET /b HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"
                            "GET /c HTTP/1.0\n\n";
    const Fed f = feed(wire, 4);
    ASSERT_EQ(f.requests.size(), 3u);
    EXPECT_EQ(f.requests[0].path(), "/a");
    EXPECT_EQ(f.requests[1].path(), "/b");
    EXPECT_TRUE(f.requests[1].keepAlive); // HTTP/1.0 with keep-alive
    EXPECT_EQ(f.requests[2].path(), "/c");
    EXPECT_FALSE(f.requests[2].keepAlive); // bare LF line ends accepted; HTTP/1.0 closes by default
}

TEST(HttpRequestParser, ConnectionCloseAndExpect)
{
    const Fed f = feed("POST /x HTTP/1.1\r\nConnection: foo, Close\r\nExpect: 100-continue\r\n"
                       "Content-Length: 0\r\n\r\n",
                       1000);
    ASSERT_EQ(f.requests.size(), 1u);
    EXPECT_FALSE(f.requests[0].keepAlive);
    EXPECT_TRUE(f.requests[0].expectContinue);
}

TEST(HttpRequestParser, AbsoluteFormTargetRoutesOnItsPath)
{
    const Fed f = feed("GET http://h:1/health?x HTTP/1.1\r\n\r\n", 1000);
    ASSERT_EQ(f.requests.size(), 1u);
    EXPECT_EQ(f.requests[0].path(), "/health");
}

TEST(HttpRequestParser, LimitsAndErrorsNameTheProblem)
{
    struct Case
    {
        QByteArray wire;
        int status;
        const char *mentions;
    } cases[] = {
        {"GET / HTTP/1.1\r\nX: " + QByteArray(70000, 'a') + "\r\n\r\n", 431, "64"},
        {"GET / HTTP/1.1\r\nX: " + QByteArray(70000, 'a'), 431, "exceeds"},
        {"POST / HTTP/1.1\r\nContent-Length: 8388609\r\n\r\n", 413, "Content-Length"},
        {"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n800001\r\n", 413, "limit"},
        {"G\x01T / HTTP/1.1\r\n\r\n", 400, "0x01"},
        {"GET / HTTP/1.1\r\nX\x7fY: 1\r\n\r\n", 400, "0x7f"},
        {QByteArray("GET / HTTP/1.1\r\nX: a\0b\r\n\r\n", 26), 400, "0x00"},
        {"GET / HTTP/3.0\r\n\r\n", 505, "HTTP/3.0"},
        {"GET / FTP/1.0\r\n\r\n", 400, "version"},
        {"GET  HTTP/1.1\r\n\r\n", 400, "request line"},
        {"POST / HTTP/1.1\r\nContent-Length: 1x\r\n\r\n", 400, "Content-Length"},
        {"POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n", 400, "both"},
        {"POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", 501, "gzip"},
        {"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n", 400, "CRLF"},
        {"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3 x\r\nabc\r\n", 400, "0x78"},
        {"AVERYVERYVERYVERYVERYVERYVERYLONGMETHOD / HTTP/1.1\r\n\r\n", 400, "32"},
    };
    for (const Case &c : cases) {
        const QByteArray &wire = c.wire;
        const Fed f = feed(wire, 997);
        EXPECT_EQ(f.errorStatus, c.status) << wire.left(80).toStdString();
        EXPECT_TRUE(f.errorMessage.contains(QLatin1String(c.mentions)))
            << f.errorMessage.toStdString() << " / " << c.mentions;
    }
}

TEST(HttpRequestParser, TrailerFloodIsBounded)
{
    QByteArray wire = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n";
    for (int i = 0; i < 5000; ++i)
        wire += "X-T: 0123456789\r\n";
    const Fed f = feed(wire, 4096);
    EXPECT_EQ(f.errorStatus, 431);
}

TEST(HttpRequestParser, RandomInputNeverHangsOrOverruns)
{
    QRandomGenerator rng(1234);
    const QByteArray valid =
        "POST /invocations HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n";
    for (int round = 0; round < 3000; ++round) {
        QByteArray wire;
        if (round % 2) {
            wire.resize(int(rng.bounded(1, 600)));
            for (char &ch : wire)
                ch = char(rng.bounded(256));
        } else {
            wire = valid;
            const int edits = int(rng.bounded(1, 6));
            for (int e = 0; e < edits; ++e)
                wire[int(rng.bounded(wire.size()))] = char(rng.bounded(256));
        }
        const Fed f = feed(wire, int(rng.bounded(1, 40)));
        if (f.errorStatus) {
            EXPECT_FALSE(f.errorMessage.isEmpty());
        }
    }
}
