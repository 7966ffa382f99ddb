#pragma once
// The Transport seam (docs/architecture.md, "The Transport seam"). A Transport lives in one worker thread and
// is created there; it hands out one HttpClient per virtual user. Both implementations report raw, de-chunked
// body bytes to a TransportObserver; SSE parsing, timestamps, timeouts and failure classes live above the
// seam, shared.

#include "core/plan/testplan.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace plateau {

using HeaderPairs = std::vector<std::pair<QByteArray, QByteArray>>;

struct HttpRequestSpec
{
    QUrl url;
    QByteArray method = "POST";
    HeaderPairs headers; // added as given; transports add Host, Content-Length, Connection as needed
    QByteArray body;
};

enum class TransportError
{
    None,
    Connect,  // refused, unreachable, DNS, connect timeout
    Tls,      // handshake/certificate
    Protocol, // malformed status line, headers, chunking; oversized headers
    Closed,   // peer closed before the body was complete
};

struct ResponseHead
{
    int status = 0;
    QByteArray contentType;
    QByteArray location;        // for 3xx
    QByteArray retryAfter;      // for 429 and 503
    QByteArray contentEncoding; // "gzip" when a proxy compressed the stream although identity was asked
};

// How the request's connection came about: a reused keep-alive one costs nothing; a new one took connectNs
// from the first connect attempt to the TCP connection (a cached name lookup included) and tlsNs for the
// handshake (0 for plain http). Timed on the monotonic clock.
struct ConnectionSetup
{
    bool reused = false;
    std::int64_t connectNs = 0;
    std::int64_t tlsNs = 0;
};

class TransportObserver
{
public:
    virtual ~TransportObserver() = default;
    // When the request is about to be written on a connection (never when connecting failed; a second time
    // when a reused connection failed and the request is sent again on a fresh one: the last call counts).
    // A notification only: the observer must not start, abort or destroy its client from it. The lean
    // transport reports it; QNAM does not expose its connection setup, so it never calls this.
    virtual void onConnection(const ConnectionSetup & /*setup*/) {}
    virtual void onHeaders(const ResponseHead &head) = 0;
    // De-chunked body bytes, in whatever pieces the network delivered. The pointer is valid only during
    // the call (transports read into reused buffers).
    virtual void onBody(const char *data, qsizetype size) = 0;
    // Exactly once per start(), unless abort() was called first. detail is for logs and never holds
    // request headers (they may carry a token).
    virtual void onFinished(TransportError error, const QString &detail) = 0;
};

class HttpClient
{
public:
    virtual ~HttpClient() = default;
    // One request at a time. Keeps the connection alive for the next one where the server allows it.
    virtual void start(const HttpRequestSpec &request, TransportObserver *observer) = 0;
    // Cancels the request in flight (closing its connection); no observer call follows.
    virtual void abort() = 0;
    // TCP connections this client has opened so far (reconnects included): connection churn for the
    // generator's own saturation report. Keep-alive reuse keeps it at 1. QNAM: the connects Qt reports per
    // reply (socketStartedConnecting); its internal resends on a new connection are not reported.
    virtual quint64 connectionsOpened() const = 0;
};

struct TransportOptions
{
    int connectTimeoutMs = 10000;
    bool http2 = false; // QNAM only
    // The plan's `tls` section. Verification is on against the system store unless ignoreTlsErrors (the
    // plan's `insecure`); caFile adds trusted roots (PEM), the client pair is for mutual TLS (PEM, key
    // unencrypted).
    bool ignoreTlsErrors = false;
    QString caFile{};
    QString clientCertificateFile{};
    QString clientKeyFile{};
    // The plan's `hosts`: names connected to these addresses instead of being looked up (lean only).
    QMap<QString, QStringList> hosts{};
    int maxResponseHeaderBytes = 64 * 1024;
};

// The options a plan asks for: its connect timeout, HTTP/2 choice and `tls` section.
TransportOptions transportOptionsFor(const TestPlan &plan);

class Transport
{
public:
    virtual ~Transport() = default;
    virtual std::unique_ptr<HttpClient> createClient() = 0;
};

// Must be called on the thread that will use the transport; createClient(), start() and abort() must be
// called on that thread too, and clients must be destroyed there (they may be destroyed after their
// Transport). Re-entrancy: an observer may call start() or abort() on its client, or destroy it, from inside
// any callback; start() never calls the observer synchronously (even a bad URL is reported from the event
// loop). Observers must not spin a nested event loop inside a callback (body spans point into a shared
// buffer).
std::unique_ptr<Transport> makeTransport(TransportKind kind, const TransportOptions &options);

// What a user must know before judging a server with this transport: empty for the lean one. Qt's stack
// (6.4) hides some server faults that the lean transport reports as protocol errors.
QString transportCaveat(TransportKind kind);

} // namespace plateau
