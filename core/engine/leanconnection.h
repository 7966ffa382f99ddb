#pragma once
// The seam inside the lean transport (docs/architecture.md): the client in leantransport.cpp runs one request
// at a time (request bytes, the response parser, retries, the connect timeout, observer calls) over a
// LeanConnection, which only moves bytes. Two implementations: raw epoll sockets (leanepoll.h: http and
// https, names and addresses, OpenSSL for TLS) and Qt sockets (leanqtsocket.h), kept for a thread where
// epoll cannot be set up.

#include "core/engine/epollpoller.h"
#include "core/engine/leanresolver.h"
#include "core/engine/tlscontext.h"
#include "core/engine/transport.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QSslConfiguration>
#include <QString>
#include <memory>

namespace plateau {

constexpr qsizetype kLeanReadBufferBytes = 64 * 1024;

// Options, TLS configuration and the read buffer every client of one transport (one thread) shares.
struct LeanShared
{
    TransportOptions options;
    QSslConfiguration tls;
    // One read buffer for every client of the thread: reads are handed to the observer synchronously, so no
    // two clients ever need it at once, and 1000 users cost 64 KiB instead of 64 MiB.
    std::unique_ptr<char[]> readBuffer{new char[kLeanReadBufferBytes]};
    // Connections bypass QTcpSocket: one epoll for the whole thread, so Qt's dispatcher polls one fd
    // instead of one per virtual user (see epollpoller.h).
    std::shared_ptr<EpollPoller> poller;
    LeanResolver resolver;
    // OpenSSL's context for the epoll path's https, or why there is none (a CA file that cannot be read:
    // every https request then fails with that reason; the engine checks the files before a run starts).
    std::shared_ptr<TlsClientContext> tlsContext;
    QString tlsContextError;
};

// Where a connection goes.
struct LeanTarget
{
    QString host;
    quint16 port = 0;
    bool tls = false;
};

// Where the owning client's request stands; a connection treats readiness differently in each.
enum class LeanRequestState
{
    Idle,       // no request; an open connection is an idle keep-alive one
    Connecting, // TCP connect (and TLS handshake) for the request in flight
    Waiting,    // request written, reading the response
    Failing,    // a failure found inside start(), reported from the event loop
};

// Lets a frame notice that a callback destroyed the object it runs in: the object's destructor raises
// *flag. Guards nest: each restores the outer flag, or raises it when the object died.
class LifeGuard
{
public:
    explicit LifeGuard(bool *&flag) : m_flag(flag), m_outer(flag) { flag = &m_dead; }
    ~LifeGuard()
    {
        if (!m_dead)
            m_flag = m_outer; // the object is alive: m_flag still refers to its member
        else if (m_outer)
            *m_outer = true;
    }
    LifeGuard(const LifeGuard &) = delete;
    LifeGuard &operator=(const LifeGuard &) = delete;
    bool dead() const { return m_dead; }

private:
    bool *&m_flag;
    bool *m_outer;
    bool m_dead = false;
};

// What a connection reports to the client that owns it. Any call but state() and generation() may finish,
// restart or abort the request, or destroy the client and the connection with it: a connection touches
// nothing after one unless it knows it survived (a LifeGuard of its own, or responseBytes() returning true).
class LeanConnectionSink
{
public:
    virtual LeanRequestState state() const = 0;
    // Bumped by every start() and abort(): a connection that sees it change knows its request is gone.
    virtual quint64 generation() const = 0;
    // The TCP connection (and the TLS handshake) stands: the request can go out.
    virtual void connectionReady() = 0;
    // Connecting failed; the client drops the connection and reports error.
    virtual void connectFailed(TransportError error, const QString &detail) = 0;
    // The connection could not even be set up (no socket): reported from the event loop, like a refusal.
    virtual void setupFailed(const QString &detail) = 0;
    // Response bytes. False when the caller must touch nothing more: the client is gone. True when alive
    // (the request may have finished or been restarted, which the caller sees from state()/generation()).
    virtual bool responseBytes(const char *data, qsizetype size) = 0;
    // The connection ended (close, reset, failed write) while a response was awaited.
    virtual void endOfStream(QAbstractSocket::SocketError error) = 0;
    // The server closed an idle connection, or sent bytes nobody asked for: it can frame no next response.
    virtual void idleConnectionLost() = 0;

protected:
    ~LeanConnectionSink() = default;
};

// One keep-alive connection. Implementations are reused: open() after close() starts a new one.
class LeanConnection
{
public:
    virtual ~LeanConnection() = default;
    // Starts connecting (any open connection is closed first); progress comes back through the sink.
    virtual void open(const LeanTarget &target) = 0;
    // Closes the connection, if any, without a sink call.
    virtual void close() = 0;
    // Connected, handshake done, nothing unread and no close seen: the next request may reuse it.
    virtual bool reusable() const = 0;
    // Writes request (which must outlive the request: a short write finishes later). A failure is reported
    // through the sink's endOfStream(), synchronously: touch nothing after this call.
    virtual void send(const QByteArray &request) = 0;
    // Bytes the peer sent past the response that were not read yet (framing lost: no reuse).
    virtual bool hasUnreadBytes() const = 0;
    virtual bool handshaking() const = 0;    // a TLS handshake is under way
    virtual QString errorString() const = 0; // the last socket error, for failure details
    // How the open connection was set up (reused false; connect and handshake durations).
    virtual ConnectionSetup setup() const = 0;
};

} // namespace plateau
