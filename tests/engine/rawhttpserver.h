#pragma once
// A scriptable HTTP/1.1 test server on 127.0.0.1 that can lie: each request is answered by a Script, a list
// of timed raw writes and a final action. It runs on its own thread, so a client under test may block its own
// thread without stalling the server. Plain TCP, TLS with the test-only certificate in tests/engine/certs, or
// TLS with any certificate and key (RawTlsOptions; tests/engine/testpki.h makes them), mutual TLS included.
//
//     RawHttpServer server;
//     ASSERT_TRUE(server.listen());
//     server.setHandler([](const RawRequest &r) {
//         return Script::response(429, "slow down", "text/plain", {{"Retry-After", "3"}});
//     });
//     ... server.url("/invocations") ... server.requestCount() ... server.lastRequest().header("host")

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace plateau::test {

using RawHeaders = std::vector<std::pair<QByteArray, QByteArray>>;

struct RawRequest
{
    int connection = 0;        // 1-based id of the TCP connection it came on, in accept order
    int indexOnConnection = 0; // 0 for the first request on its connection
    QByteArray method;
    QByteArray target; // as sent: "/path?query"
    QByteArray version;
    RawHeaders headers; // in order, exactly as sent
    QByteArray body;
    QByteArray raw; // head and body, byte for byte

    QByteArray header(QByteArrayView name) const; // the first value, case-insensitive; null when absent
    int headerCount(QByteArrayView name) const;
    std::vector<QByteArray> headerNames() const; // in order, as spelled
};

enum class ScriptEnd
{
    KeepOpen, // read and answer the next request on the connection
    Close,    // close the connection after the last write (a FIN once the writes are flushed)
    Stall,    // neither write nor read anything more; hold the connection open until the peer closes
};

struct Script
{
    struct Write
    {
        int delayMs = 0; // after the previous write (or after the request arrived)
        QByteArray bytes;
    };
    std::vector<Write> writes;
    ScriptEnd end = ScriptEnd::KeepOpen;

    Script &write(const QByteArray &bytes, int delayMs = 0);
    // One write per piece of pieceSize bytes, delayMs apart: a response split anywhere, even byte by byte.
    Script &writeInPieces(const QByteArray &bytes, int pieceSize, int delayMs = 1);
    Script &thenClose();
    Script &thenStall();

    // A complete response framed by Content-Length.
    static Script response(int status, const QByteArray &body, const QByteArray &contentType = "text/plain",
                           const RawHeaders &extraHeaders = {});
    // A chunked response, one write per chunk, delayMs apart.
    static Script chunked(int status, const QByteArray &contentType, const std::vector<QByteArray> &chunks,
                          int delayMs = 0, const RawHeaders &extraHeaders = {});
    // An SSE stream, chunked: one "data: <payload>\n\n" event per write, then "data: [DONE]" when withDone.
    static Script sse(const std::vector<QByteArray> &payloads, int delayMs = 0, bool withDone = true);
    // No response at all, then the given end (Close: a server that drops the request).
    static Script nothing(ScriptEnd end);

    // "HTTP/1.1 <status> <reason>\r\n<headers>\r\n" (no framing headers added).
    static QByteArray head(int status, const RawHeaders &headers);
    // "<hex size>[;ext]\r\n<data>\r\n"; an empty data gives the last chunk "0[;ext]\r\n\r\n".
    static QByteArray chunk(const QByteArray &data, const QByteArray &extension = {});
};

struct RawTlsOptions
{
    QString certificateFile{}; // PEM: the leaf, optionally followed by its intermediates
    QString keyFile{};         // PEM, unencrypted; EC or RSA
    // Mutual TLS: the server asks for a client certificate and accepts only one that verifies against
    // clientCaFile (PEM); a client without one fails the handshake.
    QString clientCaFile{};
    bool requireClientCertificate = false;
    // Reads the server name (SNI) off the ClientHello before the handshake starts; see serverNames().
    bool recordServerName = false;
};

class RawHttpServer
{
public:
    using Handler = std::function<Script(const RawRequest &)>;

    RawHttpServer();
    ~RawHttpServer(); // closes every connection and stops the thread
    RawHttpServer(const RawHttpServer &) = delete;
    RawHttpServer &operator=(const RawHttpServer &) = delete;

    // Listens on 127.0.0.1, an ephemeral port. tls: serve HTTPS with tests/engine/certs/localhost.{crt,key}.
    bool listen(bool tls = false);
    // Serves HTTPS with the given material on address (::1 works too), an ephemeral port. False when a file
    // does not load or the address cannot be bound.
    bool listen(const RawTlsOptions &tls,
                const QHostAddress &address = QHostAddress(QHostAddress::LocalHost));
    // Plain HTTP on address.
    bool listenPlain(const QHostAddress &address);
    quint16 port() const;
    // http(s)://<address>:<port><path>, an IPv6 address in brackets; host replaces the address (localhost).
    QUrl url(const QString &path = QStringLiteral("/")) const;
    QUrl url(const QString &path, const QString &host) const;

    // Called on the server thread for each complete request. The default answers 200 "ok". Bytes that cannot
    // begin a request line (a TLS ClientHello to a plain server) are answered 400 and the connection closed,
    // without a call, as real servers do.
    void setHandler(Handler handler);

    int requestCount() const;
    int connectionCount() const;       // accepted
    int closedConnectionCount() const; // closed, by either side
    std::vector<RawRequest> requests() const;
    RawRequest lastRequest() const; // an empty RawRequest when none came
    void clearLog();                // requests and counters
    // With RawTlsOptions::recordServerName: the SNI name of each TLS connection, in accept order; an empty
    // entry for a ClientHello without one (RFC 6066 forbids IP literals there). Cleared by clearLog().
    std::vector<QString> serverNames() const;
    // CPU time the server thread has used, so a benchmark in the same process can subtract it.
    double serverThreadCpuSeconds() const;

    class Core; // lives on the server thread

private:
    std::unique_ptr<Core> m_core;
    struct ThreadHolder;
    std::unique_ptr<ThreadHolder> m_thread;
    bool listenOn(const RawTlsOptions *tls, const QHostAddress &address);

    quint16 m_port = 0;
    bool m_tls = false;
    QHostAddress m_address{QHostAddress::LocalHost};
};

// The test certificate and key paths (self-signed for 127.0.0.1 and localhost, test only).
QString testCertificatePath();
QString testPrivateKeyPath();

} // namespace plateau::test
