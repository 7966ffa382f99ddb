// One conformance suite for both transports (docs/architecture.md, "The Transport seam"), against servers
// that lie. Where QNAM's behaviour is Qt's and differs from the lean transport's, the test says so and
// asserts what each does. The lean transport runs it a second time over TLS (LeanTls): its https path is its
// own code on epoll, and every lie a server can tell in plain text it can tell through TLS too.

#include "core/engine/leantransport.h"
#include "core/engine/qnamtransport.h"
#include "core/engine/transport.h"
#include "tests/engine/rawhttpserver.h"
#include "tests/engine/test_transport_support.h"
#include "tests/engine/testpki.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <gtest/gtest.h>
#include <memory>
#include <ostream>

using namespace plateau;
using namespace plateau::test;

namespace {

struct Variant
{
    TransportKind kind = TransportKind::Lean;
    bool tls = false; // the server speaks https with the test PKI's `good` pair, the client trusts its CA
};

void PrintTo(const Variant &v, std::ostream *os)
{
    *os << (v.kind == TransportKind::Lean ? "Lean" : "Qnam") << (v.tls ? "Tls" : "");
}

class TransportConformance : public ::testing::TestWithParam<Variant>
{
protected:
    void SetUp() override
    {
        if (!tls()) {
            ASSERT_TRUE(server.listen());
            return;
        }
        QString error;
        m_pki = TestPki::shared(&error);
        ASSERT_NE(m_pki, nullptr) << error.toStdString();
        RawTlsOptions options;
        options.certificateFile = m_pki->good.certificate;
        options.keyFile = m_pki->good.key;
        ASSERT_TRUE(server.listen(options));
    }

    bool lean() const { return GetParam().kind == TransportKind::Lean; }
    bool tls() const { return GetParam().tls; }
    // The scheme of the server's URLs, for tests that build their own.
    QString scheme() const { return tls() ? QStringLiteral("https") : QStringLiteral("http"); }

    std::unique_ptr<Transport> transport(TransportOptions options = {})
    {
        if (options.connectTimeoutMs == TransportOptions().connectTimeoutMs)
            options.connectTimeoutMs = 5000;
        if (tls() && options.caFile.isEmpty())
            options.caFile = m_pki->caFile;
        return makeTransport(GetParam().kind, options);
    }

    // One request on a fresh transport and client.
    RecordingObserver fetch(const HttpRequestSpec &spec, TransportOptions options = {})
    {
        auto t = transport(options);
        auto client = t->createClient();
        RecordingObserver observer;
        EXPECT_TRUE(runOne(*client, spec, observer));
        return observer;
    }

    RawHttpServer server;

private:
    const TestPki *m_pki = nullptr;
};

std::string variantName(const ::testing::TestParamInfo<Variant> &info)
{
    return std::string(info.param.kind == TransportKind::Lean ? "Lean" : "Qnam") +
           (info.param.tls ? "Tls" : "");
}

QByteArray pattern(qsizetype size)
{
    QByteArray b(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        b[i] = char('a' + (i * 7 + i / 251) % 26);
    return b;
}

// --- bodies
// ---------------------------------------------------------------------------------------------------

TEST_P(TransportConformance, ContentLengthBodyAndHeadAreDelivered)
{
    server.setHandler([](const RawRequest &) {
        return Script::response(200, "hello world", "application/json; charset=utf-8");
    });
    const RecordingObserver o = fetch(postSpec(server.url("/invocations")));
    EXPECT_EQ(o.error, TransportError::None) << o.detail.toStdString();
    EXPECT_EQ(o.headersCalls, 1);
    EXPECT_EQ(o.head.status, 200);
    EXPECT_EQ(o.head.contentType, "application/json; charset=utf-8");
    EXPECT_TRUE(o.head.location.isEmpty());
    EXPECT_EQ(o.body, "hello world");
    EXPECT_EQ(o.finishedCalls, 1);
}

TEST_P(TransportConformance, ChunkedWithOddSizesExtensionsAndTrailers)
{
    const QByteArray big = pattern(4096 + 3);
    server.setHandler([big](const RawRequest &) {
        Script s;
        s.write(Script::head(200, {{"Content-Type", "text/event-stream"}, {"Transfer-Encoding", "chunked"}}));
        s.write(Script::chunk("a"), 2);
        s.write(Script::chunk("data: 1\n\n", "name=value"), 2);
        s.write(Script::chunk(big, "x;y=\"quoted\""), 2);
        s.write("1F\r\n" + QByteArray(31, 'z') + "\r\n", 2); // upper-case hex
        s.write("0;last\r\nX-Trailer: yes\r\nX-Other: 2\r\n\r\n", 2);
        return s;
    });
    const RecordingObserver o = fetch(postSpec(server.url()));
    EXPECT_EQ(o.error, TransportError::None) << o.detail.toStdString();
    EXPECT_EQ(o.head.contentType, "text/event-stream");
    EXPECT_EQ(o.body, "a" + QByteArray("data: 1\n\n") + big + QByteArray(31, 'z'));
}

TEST_P(TransportConformance, ResponseSplitByteByByte)
{
    QByteArray raw =
        Script::head(200, {{"Content-Type", "text/event-stream"}, {"Transfer-Encoding", "chunked"}});
    raw += Script::chunk("data: {\"delta\":\"hi\"}\n\n", "e=1");
    raw += Script::chunk("data: [DONE]\n\n");
    raw += "0\r\nX-T: 1\r\n\r\n";
    server.setHandler([raw](const RawRequest &) { return Script().writeInPieces(raw, 1, 1); });
    const RecordingObserver o = fetch(postSpec(server.url()));
    EXPECT_EQ(o.error, TransportError::None) << o.detail.toStdString();
    EXPECT_EQ(o.head.status, 200);
    EXPECT_EQ(o.body, "data: {\"delta\":\"hi\"}\n\ndata: [DONE]\n\n");
}

TEST_P(TransportConformance, CloseDelimitedBody)
{
    server.setHandler([](const RawRequest &) {
        return Script()
            .write(Script::head(200, {{"Content-Type", "text/plain"}}))
            .write("part one, ", 5)
            .write("part two", 5)
            .thenClose();
    });
    const RecordingObserver o = fetch(postSpec(server.url()));
    EXPECT_EQ(o.error, TransportError::None) << o.detail.toStdString();
    EXPECT_EQ(o.body, "part one, part two");
}

TEST_P(TransportConformance, TenMegabyteSingleEventArrivesInBoundedPieces)
{
    const QByteArray event = "data: " + pattern(10 * 1024 * 1024) + "\n\n";
    quint64 expected = 0;
    for (char c : event)
        expected = expected * 31 + static_cast<unsigned char>(c);
    server.setHandler(
        [event](const RawRequest &) { return Script::chunked(200, "text/event-stream", {event}); });
    auto t = transport();
    auto client = t->createClient();
    RecordingObserver o;
    o.keepBody = false; // the observer keeps nothing either: what is measured is the transport's buffering
    ASSERT_TRUE(runOne(*client, postSpec(server.url()), o, 60000));
    EXPECT_EQ(o.error, TransportError::None) << o.detail.toStdString();
    EXPECT_EQ(o.bodyBytes, event.size());
    EXPECT_EQ(o.checksum, expected);
    EXPECT_LE(o.maxPiece, 64 * 1024); // read into a 64 KiB buffer, never the whole body
    EXPECT_GE(o.bodyCalls, event.size() / (64 * 1024));
}

TEST_P(TransportConformance, HttpErrorStatusIsNotATransportError)
{
    server.setHandler([](const RawRequest &r) {
        return r.target == "/missing" ? Script::response(404, "no such thing")
                                      : Script::response(500, "{\"error\":\"boom\"}", "application/json");
    });
    RecordingObserver o = fetch(postSpec(server.url("/missing")));
    EXPECT_EQ(o.error, TransportError::None) << o.detail.toStdString();
    EXPECT_EQ(o.head.status, 404);
    EXPECT_EQ(o.body, "no such thing");
    o = fetch(postSpec(server.url("/x")));
    EXPECT_EQ(o.error, TransportError::None) << o.detail.toStdString();
    EXPECT_EQ(o.head.status, 500);
    EXPECT_EQ(o.body, "{\"error\":\"boom\"}");
}

TEST_P(TransportConformance, RedirectIsReportedNotFollowed)
{
    server.setHandler([](const RawRequest &) {
        return Script::response(302, "", "text/html", {{"Location", "https://login.example.invalid/oauth"}});
    });
    const RecordingObserver o = fetch(postSpec(server.url()));
    EXPECT_EQ(o.error, TransportError::None) << o.detail.toStdString();
    EXPECT_EQ(o.head.status, 302);
    EXPECT_EQ(o.head.location, "https://login.example.invalid/oauth");
    QTest::qWait(100);
    EXPECT_EQ(server.requestCount(), 1);
}

TEST_P(TransportConformance, TooManyRequestsCarriesRetryAfter)
{
    server.setHandler([](const RawRequest &) {
        return Script::response(429, "slow down", "text/plain", {{"Retry-After", "7"}});
    });
    const RecordingObserver o = fetch(postSpec(server.url()));
    EXPECT_EQ(o.error, TransportError::None) << o.detail.toStdString();
    EXPECT_EQ(o.head.status, 429);
    EXPECT_EQ(o.head.retryAfter, "7");
    EXPECT_EQ(o.body, "slow down");
}

TEST_P(TransportConformance, WrongContentTypeIsReportedAsSent)
{
    server.setHandler([](const RawRequest &) { return Script::response(200, "<html></html>", "text/html"); });
    const RecordingObserver o = fetch(postSpec(server.url()));
    EXPECT_EQ(o.error, TransportError::None);
    EXPECT_EQ(o.head.contentType, "text/html");
}

TEST_P(TransportConformance, HeadFieldsDoNotLeakIntoTheNextResponse)
{
    server.setHandler([](const RawRequest &r) {
        return r.indexOnConnection == 0
                   ? Script::response(302, "", "text/html", {{"Location", "/a"}, {"Retry-After", "1"}})
                   : Script::response(200, "ok", "text/plain");
    });
    auto t = transport();
    auto client = t->createClient();
    RecordingObserver o;
    ASSERT_TRUE(runOne(*client, postSpec(server.url()), o));
    EXPECT_EQ(o.head.location, "/a");
    ASSERT_TRUE(runOne(*client, postSpec(server.url()), o));
    EXPECT_EQ(o.head.status, 200);
    EXPECT_TRUE(o.head.location.isEmpty());
    EXPECT_TRUE(o.head.retryAfter.isEmpty());
}

TEST_P(TransportConformance, InterimContinueResponseIsSkipped)
{
    server.setHandler([](const RawRequest &) {
        Script s;
        s.write("HTTP/1.1 100 Continue\r\n\r\n");
        s.write(Script::head(200, {{"Content-Length", "2"}, {"Content-Type", "text/plain"}}) + "ok", 5);
        return s;
    });
    const RecordingObserver o = fetch(postSpec(server.url()));
    EXPECT_EQ(o.error, TransportError::None) << o.detail.toStdString();
    EXPECT_EQ(o.headersCalls, 1);
    EXPECT_EQ(o.head.status, 200);
    EXPECT_EQ(o.body, "ok");
}

// --- connections
// ----------------------------------------------------------------------------------------------

TEST_P(TransportConformance, KeepAliveReusesTheConnection)
{
    auto t = transport();
    auto client = t->createClient();
    RecordingObserver o;
    for (int i = 0; i < 5; ++i) {
        ASSERT_TRUE(runOne(*client, postSpec(server.url()), o));
        ASSERT_EQ(o.error, TransportError::None) << o.detail.toStdString();
        ASSERT_EQ(o.body, "ok");
    }
    EXPECT_EQ(server.requestCount(), 5);
    EXPECT_EQ(server.connectionCount(), 1);
    EXPECT_EQ(client->connectionsOpened(), 1u);
}

TEST_P(TransportConformance, ServerClosingAnIdleConnectionIsTransparent)
{
    // Keep-alive implied, then the server closes right after the response (an idle timeout of ~0).
    server.setHandler([](const RawRequest &) { return Script::response(200, "ok").thenClose(); });
    auto t = transport();
    auto client = t->createClient();
    RecordingObserver o;
    ASSERT_TRUE(runOne(*client, postSpec(server.url()), o));
    ASSERT_EQ(o.error, TransportError::None);
    ASSERT_TRUE(waitUntil([&] { return server.closedConnectionCount() == 1; }));
    QTest::qWait(50);
    ASSERT_TRUE(runOne(*client, postSpec(server.url()), o));
    EXPECT_EQ(o.error, TransportError::None) << o.detail.toStdString();
    EXPECT_EQ(o.body, "ok");
    EXPECT_EQ(server.connectionCount(), 2);
    EXPECT_EQ(server.requestCount(), 2);
}

TEST_P(TransportConformance, ReusedConnectionDroppedBeforeAnyByteIsRetriedOnce)
{
    // The race the retry rule exists for: the request goes out on a kept-alive connection that the server
    // closes without answering. The client resends once on a fresh connection.
    server.setHandler([](const RawRequest &r) {
        if (r.connection == 1 && r.indexOnConnection == 1)
            return Script::nothing(ScriptEnd::Close);
        return Script::response(200, "ok");
    });
    auto t = transport();
    auto client = t->createClient();
    RecordingObserver o;
    ASSERT_TRUE(runOne(*client, postSpec(server.url()), o));
    ASSERT_EQ(o.error, TransportError::None);
    ASSERT_TRUE(runOne(*client, postSpec(server.url()), o));
    EXPECT_EQ(o.error, TransportError::None) << o.detail.toStdString();
    EXPECT_EQ(o.body, "ok");
    EXPECT_EQ(server.requestCount(), 3);
    EXPECT_EQ(server.connectionCount(), 2);
    if (lean()) {
        EXPECT_EQ(client->connectionsOpened(), 2u);
    } else {
        // Qt resends internally and reports socketStartedConnecting once per reply: the count says 1.
        EXPECT_GE(client->connectionsOpened(), 1u);
    }
}

TEST_P(TransportConformance, NoRetryOnceResponseBytesArrived)
{
    server.setHandler([](const RawRequest &r) {
        if (r.indexOnConnection == 1)
            return Script().write("HTTP/1.1 200 OK\r\nContent-").thenClose();
        return Script::response(200, "ok");
    });
    auto t = transport();
    auto client = t->createClient();
    RecordingObserver o;
    ASSERT_TRUE(runOne(*client, postSpec(server.url()), o));
    ASSERT_EQ(o.error, TransportError::None);
    ASSERT_TRUE(runOne(*client, postSpec(server.url()), o));
    if (lean()) {
        EXPECT_EQ(o.error, TransportError::Closed) << errorName(o.error) << " " << o.detail.toStdString();
        EXPECT_EQ(o.headersCalls, 0);
        QTest::qWait(100);
        EXPECT_EQ(server.requestCount(), 2);
    } else {
        // Qt 6.4 resends a request whose response head was cut short, so the server sees it again and the
        // failure is hidden behind the retry's answer. A reason to prefer the lean transport for measuring.
        QTest::qWait(100);
        EXPECT_GE(server.requestCount(), 3);
    }
}

TEST_P(TransportConformance, NoRetryOnAFreshConnection)
{
    server.setHandler([](const RawRequest &) { return Script::nothing(ScriptEnd::Close); });
    const RecordingObserver o = fetch(postSpec(server.url()));
    EXPECT_EQ(o.error, TransportError::Closed) << errorName(o.error) << " " << o.detail.toStdString();
    QTest::qWait(100);
    if (lean()) {
        EXPECT_EQ(server.requestCount(), 1);
    } else {
        // Qt resends a request whose connection closed before any response byte, fresh connection or not
        // (QHttpNetworkConnectionChannel's reconnect attempts), so the server sees it more than once.
        EXPECT_GE(server.requestCount(), 1);
    }
}

TEST_P(TransportConformance, ResponseConnectionCloseIsHonoured)
{
    // The server says close but keeps its side open: the client must close and use a new connection.
    server.setHandler([](const RawRequest &) {
        return Script::response(200, "ok", "text/plain", {{"Connection", "close"}});
    });
    auto t = transport();
    auto client = t->createClient();
    RecordingObserver o;
    ASSERT_TRUE(runOne(*client, postSpec(server.url()), o));
    ASSERT_EQ(o.error, TransportError::None) << o.detail.toStdString();
    EXPECT_TRUE(waitUntil([&] { return server.closedConnectionCount() == 1; }));
    ASSERT_TRUE(runOne(*client, postSpec(server.url()), o));
    EXPECT_EQ(o.error, TransportError::None) << o.detail.toStdString();
    EXPECT_EQ(server.connectionCount(), 2);
}

TEST_P(TransportConformance, RequestConnectionCloseIsHonoured)
{
    auto t = transport();
    auto client = t->createClient();
    RecordingObserver o;
    HttpRequestSpec spec = postSpec(server.url());
    spec.headers.emplace_back("Connection", "close");
    ASSERT_TRUE(runOne(*client, spec, o));
    ASSERT_EQ(o.error, TransportError::None) << o.detail.toStdString();
    EXPECT_EQ(server.lastRequest().header("connection").toLower(), "close");
    if (lean()) {
        EXPECT_TRUE(waitUntil([&] { return server.closedConnectionCount() == 1; }));
        ASSERT_TRUE(runOne(*client, spec, o));
        EXPECT_EQ(server.connectionCount(), 2);
    }
    // QNAM passes the header on but keeps its side open: it closes only when the response says so, which
    // every real server does after a request that said close (our test server does not).
}

TEST_P(TransportConformance, ConnectionRefused)
{
    quint16 port = 0;
    {
        QTcpServer probe; // a port that was free a moment ago and has nobody listening now
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    const RecordingObserver o =
        fetch(postSpec(QUrl(QStringLiteral("%1://127.0.0.1:%2/").arg(scheme()).arg(port))));
    EXPECT_EQ(o.error, TransportError::Connect) << errorName(o.error) << " " << o.detail.toStdString();
    EXPECT_FALSE(o.detail.isEmpty());
    EXPECT_EQ(o.headersCalls, 0);
}

TEST_P(TransportConformance, ConnectTimeout)
{
    BlackholeListener blackhole;
    ASSERT_NE(blackhole.port(), 0);
    TransportOptions options;
    options.connectTimeoutMs = 300;
    QElapsedTimer clock;
    clock.start();
    const RecordingObserver o = fetch(
        postSpec(QUrl(QStringLiteral("%1://127.0.0.1:%2/").arg(scheme()).arg(blackhole.port()))), options);
    EXPECT_EQ(o.error, TransportError::Connect) << errorName(o.error) << " " << o.detail.toStdString();
    EXPECT_TRUE(o.detail.contains(QStringLiteral("timed out"))) << o.detail.toStdString();
    EXPECT_GE(clock.elapsed(), 250); // the timer, not some other failure, ended it
}

TEST_P(TransportConformance, SlowHeadersAreNotAConnectTimeout)
{
    // The connect timeout covers connecting only: a server slow to answer (a cold model) is not a connect
    // failure, on a fresh connection or a reused one.
    server.setHandler(
        [](const RawRequest &) { return Script().write(Script::response(200, "ok").writes[0].bytes, 600); });
    TransportOptions options;
    options.connectTimeoutMs = 200;
    auto t = transport(options);
    auto client = t->createClient();
    RecordingObserver o;
    for (int i = 0; i < 2; ++i) {
        ASSERT_TRUE(runOne(*client, postSpec(server.url()), o));
        EXPECT_EQ(o.error, TransportError::None)
            << i << ": " << errorName(o.error) << " " << o.detail.toStdString();
        EXPECT_EQ(o.body, "ok");
    }
    EXPECT_EQ(server.connectionCount(), 1);
}

TEST_P(TransportConformance, UnsupportedSchemeIsReportedFromTheEventLoop)
{
    auto t = transport();
    auto client = t->createClient();
    RecordingObserver o;
    HttpRequestSpec spec = postSpec(QUrl(QStringLiteral("ftp://127.0.0.1/x")));
    client->start(spec, &o);
    EXPECT_EQ(o.finishedCalls, 0); // never synchronously from start()
    ASSERT_TRUE(waitUntil([&] { return o.finished(); }));
    EXPECT_EQ(o.error, TransportError::Connect);
    EXPECT_TRUE(o.detail.contains(QStringLiteral("scheme"))) << o.detail.toStdString();
}

// --- lying servers
// ----------------------------------------------------------------------------------------------

TEST_P(TransportConformance, MalformedStatusLine)
{
    server.setHandler([](const RawRequest &) {
        return Script().write("HTTP/1.1 2OO OK\r\nContent-Length: 2\r\n\r\nok").thenClose();
    });
    const RecordingObserver o = fetch(postSpec(server.url()));
    if (lean()) {
        EXPECT_EQ(o.error, TransportError::Protocol) << errorName(o.error);
        EXPECT_TRUE(o.detail.contains(QStringLiteral("status"))) << o.detail.toStdString();
    } else {
        // Qt 6.4 rejects it too, but resends the request (the server sees it several times) and then reports
        // "Connection closed": a Closed, not a Protocol, failure.
        EXPECT_EQ(o.error, TransportError::Closed) << errorName(o.error) << " " << o.detail.toStdString();
    }
    EXPECT_EQ(o.headersCalls, 0);
}

TEST_P(TransportConformance, GarbageInsteadOfHttp)
{
    server.setHandler(
        [](const RawRequest &) { return Script().write("\x16\x03\x01garbage\0\xff").thenStall(); });
    const RecordingObserver o = fetch(postSpec(server.url()));
    EXPECT_NE(o.error, TransportError::None);
    if (lean()) {
        // Rejected at the first bytes, without waiting for a line end or a close that never comes.
        EXPECT_EQ(o.error, TransportError::Protocol) << errorName(o.error);
        EXPECT_TRUE(o.detail.contains(QStringLiteral("\\x16"))) << o.detail.toStdString();
    }
}

TEST_P(TransportConformance, OversizedHeaders)
{
    server.setHandler([](const RawRequest &) {
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n";
        for (int i = 0; i < 80; ++i)
            head += "X-Filler-" + QByteArray::number(i) + ": " + QByteArray(250, 'f') + "\r\n";
        return Script().write(head + "\r\nok");
    });
    TransportOptions options;
    options.maxResponseHeaderBytes = 8 * 1024;
    const RecordingObserver o = fetch(postSpec(server.url()), options);
    if (lean()) {
        EXPECT_EQ(o.error, TransportError::Protocol) << errorName(o.error);
        EXPECT_TRUE(o.detail.contains(QStringLiteral("maxResponseHeaderBytes"))) << o.detail.toStdString();
        EXPECT_EQ(o.headersCalls, 0);
    } else {
        // Qt 6.4 has no byte limit on a response head (it caps the field count, see the next test): a 20 KiB
        // head is accepted.
        EXPECT_EQ(o.error, TransportError::None) << o.detail.toStdString();
    }
}

TEST_P(TransportConformance, HeaderFieldsPastTheHundredth)
{
    server.setHandler([](const RawRequest &) {
        QByteArray head = "HTTP/1.1 429 Too Many Requests\r\nContent-Length: 2\r\n";
        for (int i = 0; i < 120; ++i)
            head += "X-Filler-" + QByteArray::number(i) + ": f\r\n";
        return Script().write(head + "Retry-After: 9\r\n\r\nno").thenClose();
    });
    const RecordingObserver o = fetch(postSpec(server.url()));
    EXPECT_EQ(o.error, TransportError::None) << o.detail.toStdString();
    EXPECT_EQ(o.head.status, 429);
    if (lean()) {
        EXPECT_EQ(o.head.retryAfter, "9");
    } else {
        // Qt 6.4 keeps the status of a response with more than 100 header fields but silently drops all its
        // fields, Content-Length included: the body turns close-delimited, so on a kept-alive connection the
        // reply never finishes (this server closes, so it does). Only a total deadline above the seam helps.
        EXPECT_TRUE(o.head.retryAfter.isEmpty());
    }
}

TEST_P(TransportConformance, PrematureCloseInsideContentLengthBody)
{
    server.setHandler([](const RawRequest &) {
        return Script()
            .write(Script::head(200, {{"Content-Type", "text/plain"}, {"Content-Length", "100"}}))
            .write(QByteArray(40, 'x'), 5)
            .thenClose();
    });
    const RecordingObserver o = fetch(postSpec(server.url()));
    EXPECT_EQ(o.error, TransportError::Closed) << errorName(o.error) << " " << o.detail.toStdString();
    EXPECT_EQ(o.head.status, 200);
    EXPECT_EQ(o.bodyBytes, 40);
}

TEST_P(TransportConformance, PrematureCloseInsideChunkedBody)
{
    server.setHandler([](const RawRequest &) {
        return Script()
            .write(
                Script::head(200, {{"Content-Type", "text/event-stream"}, {"Transfer-Encoding", "chunked"}}))
            .write(Script::chunk("data: {\"delta\":\"a\"}\n\n"), 5)
            .thenClose(); // no [DONE], no last chunk
    });
    const RecordingObserver o = fetch(postSpec(server.url()));
    EXPECT_EQ(o.error, TransportError::Closed) << errorName(o.error) << " " << o.detail.toStdString();
    EXPECT_EQ(o.body, "data: {\"delta\":\"a\"}\n\n");
}

TEST_P(TransportConformance, MalformedChunkSize)
{
    server.setHandler([](const RawRequest &) {
        return Script()
            .write(Script::head(200, {{"Transfer-Encoding", "chunked"}}))
            .write("zz\r\nhello\r\n0\r\n\r\n", 2)
            .thenClose();
    });
    const RecordingObserver o = fetch(postSpec(server.url()));
    if (lean()) {
        EXPECT_EQ(o.error, TransportError::Protocol) << o.detail.toStdString();
        EXPECT_TRUE(o.detail.contains(QStringLiteral("\"zz\""))) << o.detail.toStdString();
    } else {
        // Qt 6.4 reads an unparsable chunk size as 0, the last chunk: an empty body and no error.
        EXPECT_TRUE(o.finished());
    }
}

// --- abort and re-entrancy
// --------------------------------------------------------------------------------------

TEST_P(TransportConformance, AbortMidStreamMeansNoCallbackAndNextRequestWorks)
{
    server.setHandler([](const RawRequest &r) {
        if (r.target == "/stall")
            return Script()
                .write(Script::head(
                    200, {{"Content-Type", "text/event-stream"}, {"Transfer-Encoding", "chunked"}}))
                .write(Script::chunk("data: {}\n\n"), 5)
                .thenStall();
        return Script::response(200, "ok");
    });
    auto t = transport();
    auto client = t->createClient();
    RecordingObserver o;
    client->start(postSpec(server.url("/stall")), &o);
    ASSERT_TRUE(waitUntil([&] { return o.bodyCalls > 0; }));
    client->abort();
    EXPECT_TRUE(waitUntil([&] { return server.closedConnectionCount() == 1; })); // the connection was dropped
    QTest::qWait(100);
    EXPECT_EQ(o.finishedCalls, 0);

    RecordingObserver again;
    ASSERT_TRUE(runOne(*client, postSpec(server.url()), again));
    EXPECT_EQ(again.error, TransportError::None) << again.detail.toStdString();
    EXPECT_EQ(again.body, "ok");
    auto other = t->createClient();
    ASSERT_TRUE(runOne(*other, postSpec(server.url()), again));
    EXPECT_EQ(again.error, TransportError::None) << again.detail.toStdString();
    EXPECT_EQ(o.finishedCalls, 0);
}

TEST_P(TransportConformance, AbortBeforeConnectedMeansNoCallback)
{
    auto t = transport();
    auto client = t->createClient();
    RecordingObserver o;
    client->start(postSpec(server.url()), &o);
    client->abort();
    QTest::qWait(200);
    EXPECT_EQ(o.finishedCalls + o.headersCalls + o.bodyCalls, 0);
}

TEST_P(TransportConformance, StartFromInsideOnFinishedChainsRequests)
{
    server.setHandler([](const RawRequest &) {
        return Script::sse({"{\"delta\":\"a\"}", "{\"delta\":\"b\"}"});
    });
    auto t = transport();
    auto client = t->createClient();
    RecordingObserver o;
    const HttpRequestSpec spec = postSpec(server.url());
    int completed = 0;
    int failures = 0;
    o.onFinishedHook = [&] {
        ++completed;
        failures += o.error == TransportError::None && o.body.endsWith("data: [DONE]\n\n") ? 0 : 1;
        o.body.clear();
        if (completed < 50)
            client->start(spec, &o); // the engine's virtual user does exactly this
    };
    client->start(spec, &o);
    ASSERT_TRUE(waitUntil([&] { return completed == 50; }, 30000));
    QTest::qWait(50);
    EXPECT_EQ(completed, 50);
    EXPECT_EQ(failures, 0);
    EXPECT_EQ(server.requestCount(), 50);
    if (lean()) {
        EXPECT_EQ(client->connectionsOpened(), 1u);
    }
}

TEST_P(TransportConformance, AbortFromInsideOnHeadersStopsCallbacks)
{
    server.setHandler([](const RawRequest &) { return Script::sse({"{}", "{}", "{}"}); });
    auto t = transport();
    auto client = t->createClient();
    RecordingObserver o;
    o.onHeadersHook = [&] {
        client->abort();
    };
    client->start(postSpec(server.url()), &o);
    ASSERT_TRUE(waitUntil([&] { return o.headersCalls == 1; }));
    QTest::qWait(200);
    EXPECT_EQ(o.bodyCalls, 0);
    EXPECT_EQ(o.finishedCalls, 0);
}

TEST_P(TransportConformance, DestroyingTheClientFromCallbacksIsSafe)
{
    server.setHandler([](const RawRequest &) { return Script::sse({"{}", "{}", "{}"}, 2); });
    auto t = transport();
    for (int where = 0; where < 3; ++where) {
        std::unique_ptr<HttpClient> client = t->createClient();
        RecordingObserver o;
        auto destroy = [&] {
            client.reset();
        };
        if (where == 0)
            o.onHeadersHook = destroy;
        else if (where == 1)
            o.onBodyHook = destroy;
        else
            o.onFinishedHook = destroy;
        client->start(postSpec(server.url()), &o);
        ASSERT_TRUE(waitUntil([&] { return !client; })) << "where=" << where;
        QTest::qWait(50);
        EXPECT_EQ(o.finishedCalls, where == 2 ? 1 : 0) << "where=" << where;
        EXPECT_LE(o.bodyCalls, where == 1 ? 1 : 1000);
    }
}

TEST_P(TransportConformance, ClientsMayOutliveTheirTransport)
{
    auto t = transport();
    auto client = t->createClient();
    t.reset();
    RecordingObserver o;
    ASSERT_TRUE(runOne(*client, postSpec(server.url()), o));
    EXPECT_EQ(o.error, TransportError::None) << o.detail.toStdString();
}

TEST_P(TransportConformance, ManySequentialRequestsOnOneClient)
{
    const int n = lean() ? 1000 : 200;
    auto t = transport();
    auto client = t->createClient();
    RecordingObserver o;
    const HttpRequestSpec spec = postSpec(server.url());
    int done = 0;
    int failures = 0;
    o.onFinishedHook = [&] {
        failures += o.error == TransportError::None && o.body == "ok" ? 0 : 1;
        o.body.clear();
        if (++done < n)
            client->start(spec, &o);
    };
    client->start(spec, &o);
    ASSERT_TRUE(waitUntil([&] { return done == n; }, 120000));
    EXPECT_EQ(failures, 0);
    EXPECT_EQ(server.requestCount(), n);
    if (lean()) {
        EXPECT_EQ(server.connectionCount(), 1);
        EXPECT_EQ(client->connectionsOpened(), 1u);
    }
}

TEST_P(TransportConformance, FiftyConcurrentClientsStreaming)
{
    server.setHandler([](const RawRequest &) {
        return Script::sse({"{\"delta\":\"a\"}", "{\"delta\":\"b\"}", "{\"delta\":\"c\"}"}, 3);
    });
    auto t = transport();
    const int clients = 50;
    const int perClient = 3;
    std::vector<std::unique_ptr<HttpClient>> pool;
    std::vector<std::unique_ptr<RecordingObserver>> observers;
    int done = 0;
    int failures = 0;
    const HttpRequestSpec spec = postSpec(server.url());
    for (int i = 0; i < clients; ++i) {
        pool.push_back(t->createClient());
        observers.push_back(std::make_unique<RecordingObserver>());
        RecordingObserver *o = observers.back().get();
        HttpClient *c = pool.back().get();
        auto count = std::make_shared<int>(0);
        o->onFinishedHook = [=, &done, &failures] {
            failures += o->error == TransportError::None && o->body.endsWith("[DONE]\n\n") ? 0 : 1;
            o->body.clear();
            ++done;
            if (++*count < perClient)
                c->start(spec, o);
        };
    }
    for (int i = 0; i < clients; ++i)
        pool[size_t(i)]->start(spec, observers[size_t(i)].get());
    ASSERT_TRUE(waitUntil([&] { return done == clients * perClient; }, 60000));
    EXPECT_EQ(failures, 0);
    EXPECT_EQ(server.requestCount(), clients * perClient);
    if (lean()) {
        EXPECT_EQ(server.connectionCount(), clients);
    } else {
        EXPECT_EQ(static_cast<QnamTransport *>(t.get())->managerCount(), (clients + 5) / 6);
    }
}

// --- what to check when nothing answers
// ----------------------------------------------------------------------------------

const QString kPlainHttpAnswer =
    QStringLiteral("the server answered in plain HTTP — use http:// instead of https://? (");

TEST_P(TransportConformance, HttpsToAPlainHttpServerSaysUseHttp)
{
    if (tls())
        GTEST_SKIP() << "needs the plain-HTTP server; this variant's server speaks TLS";
    // The plain server answers the ClientHello 400 and closes; OpenSSL reads "HTTP/1.1" as a broken record.
    QUrl url = server.url("/invocations");
    url.setScheme(QStringLiteral("https"));
    const RecordingObserver o = fetch(postSpec(url));
    EXPECT_EQ(o.error, TransportError::Tls) << errorName(o.error) << " " << o.detail.toStdString();
    // One line, with the TLS stack's own reason in parentheses for experts.
    EXPECT_TRUE(o.detail.startsWith(kPlainHttpAnswer)) << o.detail.toStdString();
    EXPECT_TRUE(o.detail.endsWith(QLatin1Char(')'))) << o.detail.toStdString();
    EXPECT_GT(o.detail.size(), kPlainHttpAnswer.size() + 1) << o.detail.toStdString();
    EXPECT_FALSE(o.detail.contains(QLatin1Char('\n'))) << o.detail.toStdString();
    EXPECT_EQ(server.requestCount(), 0);
}

TEST_P(TransportConformance, RefusedConnectSaysNothingListens)
{
    if (tls())
        GTEST_SKIP() << "uses no server and already tries http and https; the plain variant covers it";
    quint16 port = 0;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    const QString expected =
        QStringLiteral("nothing listens on 127.0.0.1:%1 — is the app running? (").arg(port);
    // Plain http to an IP literal takes the lean transport's epoll path, https its Qt-socket path.
    for (const char *scheme : {"http", "https"}) {
        const RecordingObserver o =
            fetch(postSpec(QUrl(QStringLiteral("%1://127.0.0.1:%2/").arg(QLatin1String(scheme)).arg(port))));
        EXPECT_EQ(o.error, TransportError::Connect) << scheme << " " << o.detail.toStdString();
        EXPECT_TRUE(o.detail.startsWith(expected)) << scheme << " " << o.detail.toStdString();
        EXPECT_TRUE(o.detail.endsWith(QLatin1Char(')'))) << scheme << " " << o.detail.toStdString();
    }
}

// --- TLS
// ---------------------------------------------------------------------------------------------------------

class TransportTls : public TransportConformance
{
protected:
    void SetUp() override { ASSERT_TRUE(server.listen(true)); }
};

TEST_P(TransportTls, SelfSignedCertificateIsATlsError)
{
    const RecordingObserver o = fetch(postSpec(server.url()));
    EXPECT_EQ(o.error, TransportError::Tls) << errorName(o.error) << " " << o.detail.toStdString();
    EXPECT_FALSE(o.detail.isEmpty());
    EXPECT_EQ(server.requestCount(), 0);
}

TEST_P(TransportTls, IgnoringTlsErrorsServesHttpsWithKeepAlive)
{
    server.setHandler([](const RawRequest &) { return Script::sse({"{\"delta\":\"secure\"}"}, 2); });
    TransportOptions options;
    options.ignoreTlsErrors = true;
    auto t = transport(options);
    auto client = t->createClient();
    RecordingObserver o;
    for (int i = 0; i < 3; ++i) {
        ASSERT_TRUE(runOne(*client, postSpec(server.url()), o));
        EXPECT_EQ(o.error, TransportError::None) << o.detail.toStdString();
        EXPECT_EQ(o.body, "data: {\"delta\":\"secure\"}\n\ndata: [DONE]\n\n");
    }
    EXPECT_EQ(server.connectionCount(), 1);
    EXPECT_EQ(server.lastRequest().version, "HTTP/1.1"); // no h2 unless asked
}

TEST_P(TransportTls, RefusedHttpsConnectIsAConnectError)
{
    quint16 port = 0;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    const RecordingObserver o = fetch(postSpec(QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(port))));
    EXPECT_EQ(o.error, TransportError::Connect) << errorName(o.error) << " " << o.detail.toStdString();
}

TEST_P(TransportTls, StalledHandshakeHitsTheConnectTimeout)
{
    QTcpServer silent; // accepts the TCP connection, never answers the ClientHello
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost, 0));
    TransportOptions options;
    options.connectTimeoutMs = 300;
    options.ignoreTlsErrors = true;
    const RecordingObserver o =
        fetch(postSpec(QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(silent.serverPort()))), options);
    EXPECT_EQ(o.error, TransportError::Connect) << errorName(o.error) << " " << o.detail.toStdString();
    EXPECT_TRUE(o.detail.contains(QStringLiteral("timed out"))) << o.detail.toStdString();
    if (lean()) {
        EXPECT_TRUE(
            o.detail.contains(QStringLiteral("during the TLS handshake — does the server speak https?")))
            << o.detail.toStdString();
    }
}

TEST_P(TransportTls, PlainHttpServerBehindHttpsUrlIsATlsError)
{
    // A plain HTTP server answers the TLS ClientHello with a 400 and closes, as real ones do.
    QTcpServer plain;
    ASSERT_TRUE(plain.listen(QHostAddress::LocalHost, 0));
    QObject::connect(&plain, &QTcpServer::newConnection, &plain, [&plain] {
        while (QTcpSocket *s = plain.nextPendingConnection()) {
            s->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            s->disconnectFromHost();
        }
    });
    const QUrl url(QStringLiteral("https://127.0.0.1:%1/").arg(plain.serverPort()));
    TransportOptions options;
    options.ignoreTlsErrors = true;
    const RecordingObserver o = fetch(postSpec(url), options);
    EXPECT_EQ(o.error, TransportError::Tls) << errorName(o.error) << " " << o.detail.toStdString();
    EXPECT_TRUE(o.detail.startsWith(kPlainHttpAnswer)) << o.detail.toStdString();
}

// --- request bytes
// -----------------------------------------------------------------------------------------------

TEST_P(TransportConformance, RequestCarriesPlateauDefaultsAndNoCookies)
{
    server.setHandler([](const RawRequest &) {
        return Script::response(200, "ok", "text/plain", {{"Set-Cookie", "session=abc; Path=/"}});
    });
    auto t = transport();
    auto client = t->createClient();
    RecordingObserver o;
    HttpRequestSpec spec = postSpec(server.url("/invocations?x=1"));
    spec.headers.emplace_back("Authorization", "Bearer test-token");
    ASSERT_TRUE(runOne(*client, spec, o));
    ASSERT_TRUE(runOne(*client, spec, o));
    const RawRequest r = server.lastRequest();
    EXPECT_EQ(r.method, "POST");
    EXPECT_EQ(r.target, "/invocations?x=1");
    EXPECT_EQ(r.version, "HTTP/1.1");
    EXPECT_EQ(r.headerCount("cookie"), 0);
    EXPECT_EQ(r.header("user-agent"), "Plateau/" PLATEAU_VERSION);
    EXPECT_EQ(r.header("content-type"), "application/json");
    EXPECT_EQ(r.header("authorization"), "Bearer test-token");
    EXPECT_EQ(r.header("accept"), "text/event-stream");
    EXPECT_EQ(r.header("content-length"), QByteArray::number(spec.body.size()));
    EXPECT_EQ(r.headerCount("content-length"), 1);
    EXPECT_EQ(r.header("host"), "127.0.0.1:" + QByteArray::number(server.port()));
    EXPECT_EQ(r.body, spec.body);
    if (!lean()) {
        // Qt adds Accept-Language and Connection: Keep-Alive and cannot be told not to in 6.4; compression
        // is refused explicitly so bodies reach us as sent.
        EXPECT_EQ(r.header("accept-encoding"), "identity");
    }
}

// "Both" names the two transports; LeanTls is the lean one again over TLS. The names stay what CI filters on.
INSTANTIATE_TEST_SUITE_P(Both, TransportConformance,
                         ::testing::Values(Variant{TransportKind::Lean, false},
                                           Variant{TransportKind::Qnam, false},
                                           Variant{TransportKind::Lean, true}),
                         variantName);
// TransportTls brings its own server (the checked-in self-signed certificate): plain variants only.
INSTANTIATE_TEST_SUITE_P(Both, TransportTls,
                         ::testing::Values(Variant{TransportKind::Lean, false},
                                           Variant{TransportKind::Qnam, false}),
                         variantName);

// --- lean only
// ---------------------------------------------------------------------------------------------------

TEST(LeanTransport, SendsExactlyTheExpectedRequest)
{
    RawHttpServer server;
    ASSERT_TRUE(server.listen());
    auto t = makeTransport(TransportKind::Lean, {});
    auto client = t->createClient();
    RecordingObserver o;
    HttpRequestSpec spec;
    spec.url = server.url("/invocations");
    spec.headers = {{"Authorization", "Bearer t"}};
    spec.body = "{}";
    ASSERT_TRUE(runOne(*client, spec, o));
    const QByteArray expected = "POST /invocations HTTP/1.1\r\n"
                                "Host: 127.0.0.1:" +
                                QByteArray::number(server.port()) +
                                "\r\n"
                                "User-Agent: Plateau/" PLATEAU_VERSION "\r\n"
                                "Content-Length: 2\r\n"
                                "Content-Type: application/json\r\n"
                                "Authorization: Bearer t\r\n"
                                "\r\n"
                                "{}";
    EXPECT_EQ(server.lastRequest().raw, expected);
}

TEST(LeanTransport, CallerHostAndFramingHeadersAreHandled)
{
    RawHttpServer server;
    ASSERT_TRUE(server.listen());
    auto t = makeTransport(TransportKind::Lean, {});
    auto client = t->createClient();
    RecordingObserver o;
    HttpRequestSpec spec;
    spec.url = server.url("/");
    spec.method = "GET";
    spec.headers = {{"Host", "agent.internal"}, {"Content-Length", "99"}, {"User-Agent", "custom"}};
    ASSERT_TRUE(runOne(*client, spec, o));
    const RawRequest r = server.lastRequest();
    EXPECT_EQ(r.raw, "GET / HTTP/1.1\r\nHost: agent.internal\r\nUser-Agent: custom\r\n\r\n");
}

TEST(LeanTransport, HeadResponseHasNoBody)
{
    RawHttpServer server;
    ASSERT_TRUE(server.listen());
    server.setHandler([](const RawRequest &) {
        return Script().write(
            Script::head(200, {{"Content-Length", "1000"}, {"Content-Type", "text/plain"}}));
    });
    auto t = makeTransport(TransportKind::Lean, {});
    auto client = t->createClient();
    RecordingObserver o;
    HttpRequestSpec spec;
    spec.url = server.url();
    spec.method = "HEAD";
    ASSERT_TRUE(runOne(*client, spec, o));
    EXPECT_EQ(o.error, TransportError::None);
    EXPECT_EQ(o.bodyBytes, 0);
    ASSERT_TRUE(runOne(*client, spec, o)); // and the connection is still in step
    EXPECT_EQ(o.error, TransportError::None);
    EXPECT_EQ(server.connectionCount(), 1);
}

TEST(LeanTransport, SurplusBytesAfterAResponseRetireTheConnection)
{
    RawHttpServer server;
    ASSERT_TRUE(server.listen());
    server.setHandler([](const RawRequest &) {
        return Script().write(Script::head(200, {{"Content-Length", "2"}}) + "okEXTRA");
    });
    auto t = makeTransport(TransportKind::Lean, {});
    auto client = t->createClient();
    RecordingObserver o;
    ASSERT_TRUE(runOne(*client, postSpec(server.url()), o));
    EXPECT_EQ(o.body, "ok");
    ASSERT_TRUE(runOne(*client, postSpec(server.url()), o));
    EXPECT_EQ(o.body, "ok");
    EXPECT_EQ(client->connectionsOpened(), 2u);
}

} // namespace
