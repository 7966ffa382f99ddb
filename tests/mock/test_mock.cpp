// The mock agent's wire behaviour, checked over raw sockets with an independent response parser.
#include "core/common/monoclock.h"
#include "core/mock/mockagent.h"
#include "core/plan/testplan.h"
#include "tests/common/testutil.h"
#include "tests/mock/mocktestutil.h"
#include "tests/mock/rawhttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <gtest/gtest.h>

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#endif

using namespace plateau;
using namespace plateau::test;

namespace {

MockConfig quickConfig(int chunks = 5, int delayMs = 2, int tools = 1)
{
    MockConfig c;
    c.chunkCount = chunks;
    c.chunkDelayMs = delayMs;
    c.toolCalls = tools;
    return c;
}

QJsonObject jsonBody(const RawResponse &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

QString errorText(const RawResponse &r)
{
    return jsonBody(r).value(QLatin1String("error")).toString();
}

void expectCleanStream(const StreamSummary &s, int deltas, int tools)
{
    for (const QString &p : s.problems)
        ADD_FAILURE() << p.toStdString();
    EXPECT_EQ(s.toolAdded, tools);
    EXPECT_EQ(s.toolDone, tools);
    EXPECT_EQ(s.deltas, deltas);
    EXPECT_TRUE(s.completed);
    EXPECT_EQ(s.outputTokens, deltas);
    EXPECT_FALSE(s.error);
    EXPECT_TRUE(s.done);
}

} // namespace

TEST(MockAgent, HealthAnswersOk)
{
    auto mock = startMock(quickConfig());
    EXPECT_TRUE(mock->isRunning());
    EXPECT_EQ(mock->baseUrl(), QStringLiteral("http://127.0.0.1:%1").arg(mock->port()));
    const auto r = roundTrip(mock->port(), httpRequest("GET", "/health"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
    EXPECT_EQ(r->header("Content-Type"), "application/json");
    EXPECT_EQ(r->header("Content-Length").toInt(), r->body.size());
    EXPECT_EQ(jsonBody(*r).value(QLatin1String("status")).toString(), QLatin1String("ok"));
    EXPECT_EQ(jsonBody(*r).value(QLatin1String("app_env")).toString(), QLatin1String("test"));
    const MockCounters c = mock->counters();
    EXPECT_EQ(c.health, 1u);
    EXPECT_EQ(c.requests, 1u);
    EXPECT_EQ(c.invocations, 0u);
    EXPECT_EQ(c.servedByStatus.at(200), 1u);
}

TEST(MockAgent, StreamSendsToolCallsDeltasUsageAndDoneOneChunkPerEvent)
{
    const MockConfig cfg = quickConfig(7, 2, 2);
    auto mock = startMock(cfg);
    const auto r = roundTrip(mock->port(), httpRequest("POST", "/invocations", invocationBody(true)));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
    EXPECT_EQ(r->header("Content-Type"), "text/event-stream");
    EXPECT_EQ(r->header("Cache-Control"), "no-cache");
    EXPECT_TRUE(r->chunked);
    EXPECT_TRUE(r->header("Content-Length").isEmpty());
    // 2 x (added + done) + 7 deltas + completed + [DONE], one chunk each; the reader saw the 0-chunk.
    EXPECT_EQ(r->chunks.size(), 4u + 7u + 1u + 1u);
    const StreamSummary s = summarise(*r);
    expectCleanStream(s, 7, 2);
    EXPECT_EQ(s.firstDeltaIndex, 4);
    EXPECT_EQ(r->chunks.back(), "data: [DONE]\n\n");
    QByteArray text;
    for (int i = 0; i < 7; ++i)
        text += mockDeltaText(i);
    EXPECT_EQ(s.text, text);

    const MockCounters c = mock->counters();
    EXPECT_EQ(c.invocations, 1u);
    EXPECT_EQ(c.streamsCompleted, 1u);
    EXPECT_EQ(c.deltasSent, 7u);
    EXPECT_EQ(c.inFlight, 0u);
    EXPECT_TRUE(countersBalance(c)) << describe(c).toStdString();
}

TEST(MockAgent, SlowReaderStillGetsEveryEventInOrder)
{
#ifdef Q_OS_UNIX
    // Megabytes with no delay to a client that does not read at first, with a small receive window: the
    // kernel buffers fill, send() would block, and the mock must queue the rest without losing or reordering
    // a byte.
    auto mock = startMock(quickConfig(150000, 0, 0));
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(fd, 0);
    const int rcvbuf = 64 * 1024; // before connect(), so the window is small from the first byte
    ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &rcvbuf, sizeof rcvbuf);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(mock->port());
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ASSERT_EQ(::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr), 0);
    QTcpSocket s;
    ASSERT_TRUE(s.setSocketDescriptor(fd));
    s.setReadBufferSize(4096); // Qt stops reading from the kernel once it holds this much
    s.write(httpRequest("POST", "/invocations", invocationBody(true)));
    s.flush();
    // Not reading until the mock has handed every event over: most of them wait in the mock's own buffer.
    ASSERT_TRUE(waitUntil([&] { return mock->counters().deltasSent == 150000; }, 30000));
    s.setReadBufferSize(0);
    ResponseReader reader;
    const auto r = readResponse(s, reader, 60000);
    ASSERT_TRUE(r) << reader.error().toStdString();
    const StreamSummary sum = summarise(*r);
    EXPECT_TRUE(sum.problems.empty()) << (sum.problems.empty() ? "" : sum.problems.front().toStdString());
    EXPECT_EQ(sum.deltas, 150000);
    EXPECT_TRUE(sum.done);
#else
    GTEST_SKIP() << "needs POSIX sockets to shrink the receive window before connecting";
#endif
}

TEST(MockAgent, ZeroChunksStillEndsWithUsageAndDone)
{
    auto mock = startMock(quickConfig(0, 1, 0));
    const auto r = roundTrip(mock->port(), httpRequest("POST", "/invocations", invocationBody(true)));
    ASSERT_TRUE(r);
    expectCleanStream(summarise(*r), 0, 0);
}

TEST(MockAgent, KeepAliveServesThreeSequentialRequestsOnOneConnection)
{
    auto mock = startMock(quickConfig(3, 1));
    QTcpSocket s;
    ASSERT_TRUE(connectTo(s, mock->port()));
    ResponseReader reader;
    const QByteArray requests[] = {httpRequest("POST", "/invocations", invocationBody(true)),
                                   httpRequest("POST", "/invocations", invocationBody(false)),
                                   httpRequest("GET", "/health")};
    for (const QByteArray &req : requests) {
        s.write(req);
        const auto r = readResponse(s, reader);
        ASSERT_TRUE(r) << reader.error().toStdString();
        EXPECT_EQ(r->status, 200);
        EXPECT_EQ(s.state(), QAbstractSocket::ConnectedState);
    }
    const MockCounters c = mock->counters();
    EXPECT_EQ(c.connections, 1u);
    EXPECT_EQ(c.requests, 3u);
    EXPECT_EQ(c.streamsCompleted, 1u);
    EXPECT_EQ(c.nonStreaming, 1u);
    EXPECT_EQ(c.health, 1u);
}

TEST(MockAgent, PipelinedRequestsAreAnsweredInOrder)
{
    auto mock = startMock(quickConfig(3, 1));
    QTcpSocket s;
    ASSERT_TRUE(connectTo(s, mock->port()));
    s.write(httpRequest("POST", "/invocations", invocationBody(true)) + httpRequest("GET", "/health") +
            httpRequest("GET", "/nope"));
    ResponseReader reader;
    const auto first = readResponse(s, reader);
    const auto second = readResponse(s, reader);
    const auto third = readResponse(s, reader);
    ASSERT_TRUE(first && second && third);
    EXPECT_EQ(first->header("Content-Type"), "text/event-stream");
    expectCleanStream(summarise(*first), 3, 1);
    EXPECT_EQ(jsonBody(*second).value(QLatin1String("status")).toString(), QLatin1String("ok"));
    EXPECT_EQ(third->status, 404);
}

TEST(MockAgent, NonStreamingAnswerIsOneJsonWithContentLength)
{
    const MockConfig cfg = quickConfig(6, 10);
    auto mock = startMock(cfg);
    const std::int64_t t0 = monotonicNs();
    const auto r = roundTrip(mock->port(), httpRequest("POST", "/invocations", invocationBody(false)));
    const double ms = double(monotonicNs() - t0) / 1e6;
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
    EXPECT_FALSE(r->chunked);
    EXPECT_EQ(r->header("Content-Length").toInt(), r->body.size());
    const QJsonArray output = jsonBody(*r).value(QLatin1String("output")).toArray();
    ASSERT_EQ(output.size(), 1);
    const QJsonObject message = output.at(0).toObject();
    EXPECT_EQ(message.value(QLatin1String("type")).toString(), QLatin1String("message"));
    const QJsonObject part = message.value(QLatin1String("content")).toArray().at(0).toObject();
    EXPECT_EQ(part.value(QLatin1String("type")).toString(), QLatin1String("output_text"));
    QByteArray text;
    for (int i = 0; i < cfg.chunkCount; ++i)
        text += mockDeltaText(i);
    EXPECT_EQ(part.value(QLatin1String("text")).toString().toUtf8(), text);
    EXPECT_GE(ms, 0.5 * cfg.chunkCount * cfg.chunkDelayMs); // the answer waits D = chunkCount * delay
    EXPECT_EQ(mock->counters().nonStreaming, 1u);
}

TEST(MockAgent, ChatStyleBodyStreamsToo)
{
    auto mock = startMock(quickConfig(4, 1));
    const QByteArray body = R"({"messages":[{"role":"user","content":"hi"}],"stream":true})";
    const auto r = roundTrip(mock->port(), httpRequest("POST", "/invocations", body));
    ASSERT_TRUE(r);
    expectCleanStream(summarise(*r), 4, 1);
}

TEST(MockAgent, ChunkedRequestBodyAndExpectContinue)
{
    auto mock = startMock(quickConfig(2, 1));
    const QByteArray body = invocationBody(true);
    QByteArray req = "POST /invocations?x=1 HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n"
                     "Expect: 100-continue\r\n\r\n";
    QTcpSocket s;
    ASSERT_TRUE(connectTo(s, mock->port()));
    s.write(req);
    ASSERT_TRUE(s.waitForReadyRead(5000));
    EXPECT_EQ(s.readAll(), "HTTP/1.1 100 Continue\r\n\r\n");
    // The body in three chunks, one with an extension, then a trailer.
    const QByteArray a = body.left(10), b = body.mid(10, 7), c = body.mid(17);
    s.write(QByteArray::number(a.size(), 16) + "\r\n" + a + "\r\n" + QByteArray::number(b.size(), 16) +
            ";ext=1\r\n" + b + "\r\n" + QByteArray::number(c.size(), 16) + "\r\n" + c + "\r\n" +
            "0\r\nX-Trailer: 1\r\n\r\n");
    ResponseReader reader;
    const auto r = readResponse(s, reader);
    ASSERT_TRUE(r) << reader.error().toStdString();
    EXPECT_EQ(r->status, 200);
    expectCleanStream(summarise(*r), 2, 1);
    EXPECT_EQ(mock->counters().servedByStatus.at(100), 1u);
}

TEST(MockAgent, Http10StreamIsCloseDelimited)
{
    auto mock = startMock(quickConfig(3, 1));
    const QByteArray body = invocationBody(true);
    QTcpSocket s;
    ASSERT_TRUE(connectTo(s, mock->port()));
    s.write("POST /invocations HTTP/1.0\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" +
            body);
    ResponseReader reader;
    const auto r = readResponse(s, reader);
    ASSERT_TRUE(r) << reader.error().toStdString();
    EXPECT_FALSE(r->chunked);
    EXPECT_EQ(r->header("Connection"), "close");
    expectCleanStream(summarise(*r), 3, 1);
    EXPECT_EQ(mock->counters().streamsCompleted, 1u);
}

TEST(MockAgent, ConnectionCloseIsHonoured)
{
    auto mock = startMock(quickConfig(2, 1));
    QTcpSocket s;
    ASSERT_TRUE(connectTo(s, mock->port()));
    s.write(httpRequest("POST", "/invocations", invocationBody(true), "Connection: close\r\n"));
    ResponseReader reader;
    const auto r = readResponse(s, reader);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->header("Connection"), "close");
    expectCleanStream(summarise(*r), 2, 1);
    EXPECT_TRUE(waitClosed(s));
}

TEST(MockAgent, UnknownPathIs404AndKeepsTheConnection)
{
    auto mock = startMock(quickConfig());
    QTcpSocket s;
    ASSERT_TRUE(connectTo(s, mock->port()));
    ResponseReader reader;
    s.write(httpRequest("GET", "/v1/chat"));
    const auto r = readResponse(s, reader);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 404);
    EXPECT_TRUE(errorText(*r).contains(QLatin1String("/v1/chat")));
    s.write(httpRequest("GET", "/health"));
    const auto again = readResponse(s, reader);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->status, 200);
    EXPECT_EQ(mock->counters().badRequests, 1u);
}

TEST(MockAgent, WrongMethodIs405WithAllow)
{
    auto mock = startMock(quickConfig());
    const auto get = roundTrip(mock->port(), httpRequest("GET", "/invocations"));
    ASSERT_TRUE(get);
    EXPECT_EQ(get->status, 405);
    EXPECT_EQ(get->header("Allow"), "POST");
    const auto post = roundTrip(mock->port(), httpRequest("POST", "/health", "{}"));
    ASSERT_TRUE(post);
    EXPECT_EQ(post->status, 405);
    EXPECT_EQ(post->header("Allow"), "GET");
    EXPECT_EQ(mock->counters().invocations, 0u);
}

TEST(MockAgent, BadBodiesAre400WithAMessage)
{
    auto mock = startMock(quickConfig());
    struct Case
    {
        QByteArray body;
        const char *mentions;
    } cases[] = {{"", "missing JSON body"},
                 {R"({"input":[}")", "offset"},
                 {"[1,2]", "object"},
                 {R"({"input":[],"stream":"yes"})", "stream"},
                 {R"({"prompt":"x"})", "input"}};
    for (const Case &c : cases) {
        const auto r = roundTrip(mock->port(), httpRequest("POST", "/invocations", c.body));
        ASSERT_TRUE(r);
        EXPECT_EQ(r->status, 400) << c.body.toStdString();
        EXPECT_TRUE(errorText(*r).contains(QLatin1String(c.mentions))) << errorText(*r).toStdString();
    }
    const MockCounters k = mock->counters();
    EXPECT_EQ(k.badRequests, 5u);
    EXPECT_EQ(k.invocations, 0u);
}

TEST(MockAgent, BodyOver8MiBIs413AndCloses)
{
    auto mock = startMock(quickConfig());
    QTcpSocket s;
    ASSERT_TRUE(connectTo(s, mock->port()));
    s.write("POST /invocations HTTP/1.1\r\nContent-Length: 9000000\r\n\r\n{");
    ResponseReader reader;
    const auto r = readResponse(s, reader);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 413);
    EXPECT_TRUE(waitClosed(s));

    // A chunked body that grows past the limit is cut off too.
    QTcpSocket t;
    ASSERT_TRUE(connectTo(t, mock->port()));
    t.write("POST /invocations HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n");
    const QByteArray piece(1 << 20, 'x');
    for (int i = 0; i < 9 && t.state() == QAbstractSocket::ConnectedState; ++i) {
        t.write("100000\r\n" + piece + "\r\n");
        t.waitForBytesWritten(2000);
    }
    ResponseReader reader2;
    const auto r2 = readResponse(t, reader2);
    ASSERT_TRUE(r2);
    EXPECT_EQ(r2->status, 413);
}

TEST(MockAgent, HeadOver64KiBIs431AndCloses)
{
    auto mock = startMock(quickConfig());
    QTcpSocket s;
    ASSERT_TRUE(connectTo(s, mock->port()));
    s.write("GET /health HTTP/1.1\r\nX-Big: " + QByteArray(70 * 1024, 'a') + "\r\n\r\n");
    ResponseReader reader;
    const auto r = readResponse(s, reader);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 431);
    EXPECT_TRUE(waitClosed(s));
}

TEST(MockAgent, MalformedRequestsGetTheirStatusAndClose)
{
    auto mock = startMock(quickConfig());
    struct Case
    {
        QByteArray request;
        int status;
    } cases[] = {{"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 400}, // a TLS ClientHello
                 {"GET /health HTTP/2.0\r\n\r\n", 505},
                 {"GET /health\r\n\r\n", 400},
                 {"GET /health HTTP/1.1\r\nBad Header\r\n\r\n", 400},
                 {"GET /health HTTP/1.1\r\nX: a\x01z\r\n\r\n", 400},
                 {"GET /health HTTP/1.1\r\n folded\r\n\r\n", 400},
                 {"POST /invocations HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n", 501},
                 {"POST /invocations HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}", 400},
                 {"POST /invocations HTTP/1.1\r\nContent-Length: -1\r\n\r\n", 400},
                 {"POST /invocations HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", 400}};
    for (const Case &c : cases) {
        QTcpSocket s;
        ASSERT_TRUE(connectTo(s, mock->port()));
        s.write(c.request);
        ResponseReader reader;
        const auto r = readResponse(s, reader);
        ASSERT_TRUE(r) << c.request.toStdString();
        EXPECT_EQ(r->status, c.status) << c.request.toStdString() << " -> " << errorText(*r).toStdString();
        EXPECT_FALSE(errorText(*r).isEmpty());
        EXPECT_TRUE(waitClosed(s)) << c.request.toStdString();
    }
    // Still serving.
    const auto ok = roundTrip(mock->port(), httpRequest("GET", "/health"));
    ASSERT_TRUE(ok);
    EXPECT_EQ(ok->status, 200);
}

TEST(MockAgent, Injected429HasRetryAfterAndJson)
{
    MockConfig cfg = quickConfig();
    cfg.http429Rate = 1.0;
    auto mock = startMock(cfg);
    QTcpSocket s;
    ASSERT_TRUE(connectTo(s, mock->port()));
    ResponseReader reader;
    for (int i = 0; i < 2; ++i) { // keep-alive survives a 429
        s.write(httpRequest("POST", "/invocations", invocationBody(true)));
        const auto r = readResponse(s, reader);
        ASSERT_TRUE(r);
        EXPECT_EQ(r->status, 429);
        EXPECT_EQ(r->header("Retry-After"), "1");
        EXPECT_FALSE(errorText(*r).isEmpty());
    }
    const MockCounters c = mock->counters();
    EXPECT_EQ(c.http429, 2u);
    EXPECT_TRUE(countersBalance(c)) << describe(c).toStdString();
}

TEST(MockAgent, Injected500)
{
    MockConfig cfg = quickConfig();
    cfg.http500Rate = 1.0;
    auto mock = startMock(cfg);
    const auto r = roundTrip(mock->port(), httpRequest("POST", "/invocations", invocationBody(true)));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 500);
    EXPECT_FALSE(errorText(*r).isEmpty());
    EXPECT_EQ(mock->counters().http500, 1u);
}

TEST(MockAgent, InjectedMidStreamErrorIsHttp200ThenErrorThenDone)
{
    MockConfig cfg = quickConfig(8, 1);
    cfg.midStreamErrorRate = 1.0;
    auto mock = startMock(cfg);
    const auto r = roundTrip(mock->port(), httpRequest("POST", "/invocations", invocationBody(true)));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
    const StreamSummary s = summarise(*r);
    for (const QString &p : s.problems)
        ADD_FAILURE() << p.toStdString();
    EXPECT_EQ(s.deltas, 4);
    EXPECT_TRUE(s.error);
    EXPECT_FALSE(s.completed);
    EXPECT_TRUE(s.done);
    const auto events = sseData(r->body);
    ASSERT_TRUE(events);
    ASSERT_GE(events->size(), 2u);
    EXPECT_EQ((*events)[events->size() - 2], R"({"error":"mock: injected failure"})");
    const MockCounters c = mock->counters();
    EXPECT_EQ(c.midStreamErrors, 1u);
    EXPECT_EQ(c.streamsCompleted, 1u);
    EXPECT_TRUE(countersBalance(c)) << describe(c).toStdString();
}

TEST(MockAgent, InjectedStallHoldsTheConnectionAfterHalfTheDeltas)
{
    MockConfig cfg = quickConfig(6, 1);
    cfg.stallRate = 1.0;
    auto mock = startMock(cfg);
    QTcpSocket s;
    ASSERT_TRUE(connectTo(s, mock->port()));
    s.write(httpRequest("POST", "/invocations", invocationBody(true)));
    ResponseReader reader;
    // The answer never completes; after a while the stream holds exactly half the deltas.
    EXPECT_FALSE(readResponse(s, reader, 300));
    EXPECT_EQ(s.state(), QAbstractSocket::ConnectedState);
    const StreamSummary partial = summarise(reader.response());
    EXPECT_EQ(partial.deltas, 3);
    EXPECT_FALSE(partial.done);
    MockCounters c = mock->counters();
    EXPECT_EQ(c.stalls, 1u);
    EXPECT_EQ(c.inService, 1u); // a stalled request keeps its slot until the client leaves
    s.abort();
    EXPECT_TRUE(waitUntil([&] { return mock->counters().inService == 0; }, 5000));
    c = mock->counters();
    EXPECT_EQ(c.clientAborts, 0u); // the stall is its outcome
    EXPECT_TRUE(countersBalance(c)) << describe(c).toStdString();
}

TEST(MockAgent, InjectedStallOfNonStreamingRequestSendsNothing)
{
    MockConfig cfg = quickConfig(2, 1);
    cfg.stallRate = 1.0;
    auto mock = startMock(cfg);
    QTcpSocket s;
    ASSERT_TRUE(connectTo(s, mock->port()));
    s.write(httpRequest("POST", "/invocations", invocationBody(false)));
    EXPECT_FALSE(s.waitForReadyRead(200));
    EXPECT_EQ(mock->counters().stalls, 1u);
}

TEST(MockAgent, InjectionIsSeededAndCountersBalanceAfterAMixedRun)
{
    MockConfig cfg = quickConfig(4, 1);
    cfg.http429Rate = 0.2;
    cfg.http500Rate = 0.1;
    cfg.midStreamErrorRate = 0.2;
    cfg.seed = 42;
    auto outcomes = [&](std::uint64_t seed) {
        MockConfig c = cfg;
        c.seed = seed;
        auto mock = startMock(c);
        QTcpSocket s;
        EXPECT_TRUE(connectTo(s, mock->port()));
        ResponseReader reader;
        QByteArray seq;
        for (int i = 0; i < 60; ++i) {
            const bool stream = i % 5 != 0;
            s.write(httpRequest("POST", "/invocations", invocationBody(stream)));
            if (i % 7 == 0)
                s.write(httpRequest("GET", "/health"));
            const auto r = readResponse(s, reader);
            if (!r)
                return QByteArray("lost");
            if (i % 7 == 0 && !readResponse(s, reader))
                return QByteArray("lost");
            seq += r->status == 429 ? 'T' : r->status == 500 ? 'F' : summarise(*r).error ? 'E' : 'o';
        }
        const MockCounters k = mock->counters();
        EXPECT_EQ(k.invocations, 60u);
        EXPECT_EQ(k.health, 9u);
        EXPECT_EQ(k.http429 + k.http500 + k.midStreamErrors,
                  std::uint64_t(seq.count('T') + seq.count('F') + seq.count('E')));
        EXPECT_EQ(k.inFlight, 0u);
        EXPECT_TRUE(countersBalance(k)) << describe(k).toStdString();
        return seq;
    };
    const QByteArray a = outcomes(42);
    const QByteArray b = outcomes(42);
    const QByteArray other = outcomes(7);
    EXPECT_EQ(a, b); // same seed, same failures on the same requests
    EXPECT_NE(a, other);
    EXPECT_GT(a.count('T'), 0);
    EXPECT_GT(a.count('E'), 0);
    EXPECT_GT(a.count('o'), 0);
}

TEST(MockAgent, StreamTimingFollowsTheConfig)
{
    // Generous bounds: this checks the schedule's shape (first delta after one delay, [DONE] after D), not
    // the 2 ms precision, which a loaded 2-core machine cannot promise.
    const MockConfig cfg = quickConfig(10, 20, 1);
    auto mock = startMock(cfg);
    QTcpSocket s;
    ASSERT_TRUE(connectTo(s, mock->port()));
    ResponseReader reader;
    double worstTtftErr = 0, worstEndErr = 0;
    for (int i = 0; i < 3; ++i) {
        const std::int64_t t0 = monotonicNs();
        s.write(httpRequest("POST", "/invocations", invocationBody(true)));
        s.flush();
        const auto r = readResponse(s, reader);
        ASSERT_TRUE(r);
        const StreamSummary sum = summarise(*r);
        ASSERT_EQ(sum.firstDeltaIndex, 2);
        const double ttft = double(r->chunkNs[size_t(sum.firstDeltaIndex)] - t0) / 1e6;
        const double end = double(r->chunkNs.back() - t0) / 1e6;
        const double toolMs = double(r->chunkNs.front() - t0) / 1e6;
        EXPECT_LT(toolMs, ttft); // tool calls come with the headers, before the first delay
        EXPECT_GE(ttft, 0.5 * cfg.chunkDelayMs);
        EXPECT_LE(ttft, 2.0 * cfg.chunkDelayMs + 100); // upper bounds leave slack for a loaded machine
        EXPECT_GE(end, 0.5 * cfg.chunkCount * cfg.chunkDelayMs);
        EXPECT_LE(end, 2.0 * cfg.chunkCount * cfg.chunkDelayMs + 200);
        worstTtftErr = std::max(worstTtftErr, std::abs(ttft - cfg.chunkDelayMs));
        worstEndErr = std::max(worstEndErr, std::abs(end - cfg.chunkCount * cfg.chunkDelayMs));
    }
    std::printf("[timing] worst |TTFT-%d ms| = %.3f ms, worst |end-%d ms| = %.3f ms\n", cfg.chunkDelayMs,
                worstTtftErr, cfg.chunkCount * cfg.chunkDelayMs, worstEndErr);
}

TEST(MockAgent, MaxConcurrentQueuesTheRestInOrder)
{
    MockConfig cfg = quickConfig(10, 10); // D = 100 ms
    cfg.maxConcurrent = 2;
    auto mock = startMock(cfg);
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    std::vector<ResponseReader> readers(6);
    std::vector<std::int64_t> doneNs(6, 0);
    const std::int64_t t0 = monotonicNs();
    for (int i = 0; i < 6; ++i) {
        clients.push_back(std::make_unique<QTcpSocket>());
        ASSERT_TRUE(connectTo(*clients.back(), mock->port()));
        clients.back()->write(httpRequest("POST", "/invocations", invocationBody(true)));
        clients.back()->flush();
    }
    for (int i = 0; i < 6; ++i) {
        const auto r = readResponse(*clients[size_t(i)], readers[size_t(i)], 10000);
        ASSERT_TRUE(r);
        expectCleanStream(summarise(*r), 10, 1);
        doneNs[size_t(i)] = r->chunkNs.back();
    }
    // Three waves of two: the whole batch takes at least about 3 D.
    const double totalMs = double(*std::max_element(doneNs.begin(), doneNs.end()) - t0) / 1e6;
    EXPECT_GE(totalMs, 250.0);
    const MockCounters c = mock->counters();
    EXPECT_EQ(c.maxConcurrentSeen, 2u);
    EXPECT_GE(c.maxQueuedSeen, 1u);
    EXPECT_EQ(c.streamsCompleted, 6u);
    EXPECT_EQ(c.queued, 0u);
    EXPECT_EQ(c.inService, 0u);
}

TEST(MockAgent, HealthBypassesTheQueue)
{
    // The only slot is held for good by a stalled stream and a second invocation waits behind it, so a
    // health answer can only come from outside the queue.
    MockConfig cfg = quickConfig(4, 1);
    cfg.maxConcurrent = 1;
    cfg.stallRate = 1.0;
    auto mock = startMock(cfg);
    QTcpSocket a, b;
    ASSERT_TRUE(connectTo(a, mock->port()));
    ASSERT_TRUE(connectTo(b, mock->port()));
    a.write(httpRequest("POST", "/invocations", invocationBody(true)));
    ASSERT_TRUE(waitUntil([&] { return mock->counters().stalls == 1; }, 5000));
    b.write(httpRequest("POST", "/invocations", invocationBody(true)));
    ASSERT_TRUE(waitUntil([&] { return mock->counters().queued == 1; }, 5000));
    const auto h = roundTrip(mock->port(), httpRequest("GET", "/health"));
    ASSERT_TRUE(h);
    EXPECT_EQ(h->status, 200);
    EXPECT_EQ(mock->counters().queued, 1u);
}

TEST(MockAgent, ConfigFromSettingsAndEnvironment)
{
    MockSettings settings;
    settings.chunkCount = 12;
    settings.chunkDelayMs = 3;
    settings.toolCalls = 2;
    settings.maxConcurrent = 4;
    settings.http429Rate = 0.1;
    settings.http500Rate = 0.2;
    settings.midStreamErrorRate = 0.3;
    settings.stallRate = 0.05;
    qunsetenv("MOCK_CHUNK_COUNT");
    qunsetenv("MOCK_CHUNK_DELAY_MS");
    MockConfig c = mockConfigFrom(settings);
    EXPECT_EQ(c.chunkCount, 12);
    EXPECT_EQ(c.chunkDelayMs, 3);
    EXPECT_EQ(c.toolCalls, 2);
    EXPECT_EQ(c.maxConcurrent, 4);
    EXPECT_DOUBLE_EQ(c.http429Rate, 0.1);
    EXPECT_DOUBLE_EQ(c.http500Rate, 0.2);
    EXPECT_DOUBLE_EQ(c.midStreamErrorRate, 0.3);
    EXPECT_DOUBLE_EQ(c.stallRate, 0.05);

    qputenv("MOCK_CHUNK_COUNT", "40");
    qputenv("MOCK_CHUNK_DELAY_MS", " 7 ");
    c = mockConfigFrom(settings);
    EXPECT_EQ(c.chunkCount, 40);
    EXPECT_EQ(c.chunkDelayMs, 7);

    qputenv("MOCK_CHUNK_COUNT", "lots");
    qputenv("MOCK_CHUNK_DELAY_MS", "-5");
    c = mockConfigFrom(settings);
    EXPECT_EQ(c.chunkCount, 12);
    EXPECT_EQ(c.chunkDelayMs, 3);
    qunsetenv("MOCK_CHUNK_COUNT");
    qunsetenv("MOCK_CHUNK_DELAY_MS");
}

TEST(MockAgent, StartRejectsBadConfigNamingTheField)
{
    MockConfig cfg = quickConfig();
    cfg.http429Rate = 1.5;
    MockAgent bad(cfg);
    QString error;
    EXPECT_FALSE(bad.start(&error));
    EXPECT_TRUE(error.contains(QLatin1String("http429Rate"))) << error.toStdString();
    EXPECT_FALSE(bad.isRunning());

    cfg = quickConfig(-1);
    MockAgent negative(cfg);
    EXPECT_FALSE(negative.start(&error));
    EXPECT_TRUE(error.contains(QLatin1String("chunkCount"))) << error.toStdString();
}

TEST(MockAgent, StartFailsWhenThePortIsTaken)
{
    QTcpServer holder;
    ASSERT_TRUE(holder.listen(QHostAddress::LocalHost));
    MockConfig cfg = quickConfig();
    cfg.port = holder.serverPort();
    MockAgent mock(cfg);
    QString error;
    EXPECT_FALSE(mock.start(&error));
    EXPECT_TRUE(error.contains(QString::number(cfg.port))) << error.toStdString();
    EXPECT_FALSE(mock.isRunning());
}

TEST(MockAgent, StopAndRestart)
{
    auto mock = startMock(quickConfig());
    ASSERT_TRUE(roundTrip(mock->port(), httpRequest("GET", "/health")));
    mock->stop();
    EXPECT_FALSE(mock->isRunning());
    mock->stop(); // idempotent
    QString error;
    ASSERT_TRUE(mock->start(&error)) << error.toStdString();
    const auto r = roundTrip(mock->port(), httpRequest("GET", "/health"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
    EXPECT_EQ(mock->counters().health, 2u); // counters survive a restart
    mock->resetCounters();
    EXPECT_EQ(mock->counters().health, 0u);
    EXPECT_EQ(mock->counters().requests, 0u);
}
