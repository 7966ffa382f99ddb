#include "core/engine/leantransport.h"

#include "core/engine/epollpoller.h"
#include "core/engine/httpresponseparser.h"

#include <QBasicTimer>
#include <QHostAddress>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimerEvent>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace plateau {

namespace {

#ifndef PLATEAU_VERSION
#define PLATEAU_VERSION "0"
#endif

constexpr qsizetype kReadBufferBytes = 64 * 1024;

} // namespace

// ---------------------------------------------------------------------------------------------------------
// LeanTransport and its client

struct LeanTransport::Shared
{
    TransportOptions options;
    QSslConfiguration tls;
    // One read buffer for every client of the thread: reads are handed to the observer synchronously, so no
    // two clients ever need it at once, and 1000 users cost 64 KiB instead of 64 MiB.
    std::unique_ptr<char[]> readBuffer{new char[kReadBufferBytes]};
    // Plain-TCP connections to IP-literal hosts bypass QTcpSocket: one epoll for the whole thread, so Qt's
    // dispatcher polls one fd instead of one per virtual user (see epollpoller.h).
    std::shared_ptr<EpollPoller> poller;
};

namespace {

class LeanClient : public QObject, public HttpClient, public EpollHandler
{
    Q_OBJECT
public:
    explicit LeanClient(std::shared_ptr<LeanTransport::Shared> shared)
        : m_shared(std::move(shared)), m_parser(m_shared->options.maxResponseHeaderBytes)
    {}

    ~LeanClient() override
    {
        if (m_deathFlag)
            *m_deathFlag = true;
        dropConnection();
    }

    void start(const HttpRequestSpec &request, TransportObserver *observer) override;
    void abort() override;
    quint64 connectionsOpened() const override { return m_connectionsOpened; }
    void onEpollEvents(std::uint32_t events) override;

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    enum class State
    {
        Idle,       // no request; m_socket, if any, is an idle keep-alive connection
        Connecting, // TCP connect (and TLS handshake) for the request in flight
        Waiting,    // request written, reading the response
        Failing,    // a failure found inside start(), reported from the event loop
    };

    // Set to true by the destructor so a callback that destroyed the client is noticed by its caller.
    // Guards nest: each frame restores the outer flag, or raises it when the client died.
    struct LifeGuard
    {
        explicit LifeGuard(LeanClient *c) : client(c), outer(c->m_deathFlag) { c->m_deathFlag = &dead; }
        ~LifeGuard()
        {
            if (!dead)
                client->m_deathFlag = outer;
            else if (outer)
                *outer = true;
        }
        LeanClient *client;
        bool *outer;
        bool dead = false;
    };

    bool prepare(const HttpRequestSpec &request);
    void openConnection();
    void sendRequest();
    void dropConnection();
    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onPeerClosed();
    void onSocketError(QAbstractSocket::SocketError error);
    void endOfStream(QAbstractSocket::SocketError error); // the connection ended while a response was awaited
    bool consume(const char *data, qsizetype size, LifeGuard &guard);
    void finish(TransportError error, const QString &detail);
    bool retryOnFreshConnection();
    void failLater(const QString &detail);
    // The raw (epoll) path: plain TCP to an IP-literal host, no QTcpSocket.
    void openRaw();
    bool rawIdleAndOpen() const;
    void onRawConnectable();
    void onRawReadable(std::uint32_t events);
    bool rawWrite(); // false when the connection failed (endOfStream ran: touch nothing after)
    void rawWatch(bool wantWrite);

    std::shared_ptr<LeanTransport::Shared> m_shared;
    Http1ResponseParser m_parser;
    QTcpSocket *m_socket = nullptr;
    bool m_socketTls = false;
    QString m_socketHost;
    quint16 m_socketPort = 0;
    bool m_handshaking = false;
    int m_fd = -1;     // the raw connection, or -1
    int m_pollId = -1; // its EpollPoller registration
    bool m_fdConnected = false;
    bool m_fdWantWrite = false;
    int m_connectErrno = 0;     // a connect() that failed at once, reported from the event loop
    qsizetype m_written = 0;    // of m_request, on the raw connection
    QString m_rawError;         // strerror of the raw connection's last failure
    bool m_rawEligible = false; // plain http to an IP literal (or localhost): m_addr holds it
    sockaddr_storage m_addr{};
    socklen_t m_addrLen = 0;

    // The request, preformatted. The request line and Host header are cached while URL and method repeat.
    QUrl m_cachedUrl;
    QByteArray m_cachedMethod;
    QByteArray m_prefix;
    QString m_host;
    quint16 m_port = 0;
    bool m_tls = false;
    bool m_headRequest = false;
    bool m_closeRequested = false;
    QByteArray m_request;
    QString m_failure; // for State::Failing

    TransportObserver *m_observer = nullptr;
    State m_state = State::Idle;
    bool m_reused = false;  // the request went out on a connection an earlier request used
    bool m_retried = false; // the one retry on a fresh connection was spent
    quint64 m_generation = 0;
    quint64 m_connectionsOpened = 0;
    QBasicTimer m_connectTimer;
    QString m_tlsErrors;
    bool *m_deathFlag = nullptr;
};

bool headerIs(const QByteArray &name, const char *lit)
{
    return qstrnicmp(name.constData(), name.size(), lit) == 0;
}

// Appends a decimal without QByteArray::number's temporary.
void appendNumber(QByteArray &out, qint64 value)
{
    char digits[24];
    int n = 0;
    do {
        digits[n++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0);
    while (n > 0)
        out.append(digits[--n]);
}

bool LeanClient::prepare(const HttpRequestSpec &request)
{
    if (request.url != m_cachedUrl || request.method != m_cachedMethod) {
        const QUrl &url = request.url;
        const QString scheme = url.scheme();
        if (!url.isValid() || url.host().isEmpty()) {
            m_failure = QStringLiteral("invalid URL (no host)");
            return false;
        }
        if (scheme == QLatin1String("https"))
            m_tls = true;
        else if (scheme == QLatin1String("http"))
            m_tls = false;
        else {
            m_failure = QStringLiteral("unsupported URL scheme \"%1\" (http and https only)").arg(scheme);
            return false;
        }
        for (char c : request.method) {
            if (c <= ' ' || c >= 0x7f) {
                m_failure = QStringLiteral("invalid HTTP method");
                return false;
            }
        }
        if (request.method.isEmpty()) {
            m_failure = QStringLiteral("invalid HTTP method");
            return false;
        }
        m_host = url.host();
        const int defaultPort = m_tls ? 443 : 80;
        m_port = quint16(url.port(defaultPort));
        // Only IP literals (and localhost) take the epoll path: resolving a real name would need a
        // resolver on this thread; such hosts keep QTcpSocket, which resolves asynchronously.
        m_rawEligible = false;
        if (!m_tls && m_shared->poller && m_shared->poller->available()) {
            QHostAddress address;
            bool literal = false;
            if (m_host == QLatin1String("localhost")) {
                address = QHostAddress(QHostAddress::LocalHost);
                literal = true;
            } else {
                literal = address.setAddress(m_host);
            }
            if (literal && address.protocol() == QAbstractSocket::IPv4Protocol) {
                sockaddr_in sin{};
                sin.sin_family = AF_INET;
                sin.sin_port = htons(m_port);
                sin.sin_addr.s_addr = htonl(address.toIPv4Address());
                std::memcpy(&m_addr, &sin, sizeof sin);
                m_addrLen = sizeof sin;
                m_rawEligible = true;
            } else if (literal && address.protocol() == QAbstractSocket::IPv6Protocol &&
                       address.scopeId().isEmpty()) {
                sockaddr_in6 sin6{};
                sin6.sin6_family = AF_INET6;
                sin6.sin6_port = htons(m_port);
                const Q_IPV6ADDR a = address.toIPv6Address();
                std::memcpy(&sin6.sin6_addr, &a, sizeof a);
                std::memcpy(&m_addr, &sin6, sizeof sin6);
                m_addrLen = sizeof sin6;
                m_rawEligible = true;
            }
        }
        QByteArray target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
        if (target.isEmpty() || target.at(0) != '/')
            target.prepend('/');
        QByteArray hostHeader = url.host(QUrl::FullyEncoded).toLatin1();
        if (hostHeader.contains(':'))
            hostHeader = '[' + hostHeader + ']'; // an IPv6 literal
        if (m_port != defaultPort) {
            hostHeader += ':';
            appendNumber(hostHeader, m_port);
        }
        m_prefix = request.method + ' ' + target + " HTTP/1.1\r\nHost: " + hostHeader + "\r\n";
        m_cachedUrl = url;
        m_cachedMethod = request.method;
        m_headRequest = request.method == "HEAD";
    }

    // One buffer, one write: request line, Host, framing, the caller's headers, blank line, body.
    m_request.resize(0); // keeps the capacity
    bool hasUserAgent = false;
    bool hasContentType = false;
    bool hostOverride = false;
    m_closeRequested = false;
    for (const auto &h : request.headers) {
        if (headerIs(h.first, "host"))
            hostOverride = true;
        else if (headerIs(h.first, "user-agent"))
            hasUserAgent = true;
        else if (headerIs(h.first, "content-type"))
            hasContentType = true;
        else if (headerIs(h.first, "connection"))
            m_closeRequested =
                m_closeRequested || headerHasToken(h.second.constData(), h.second.size(), "close", false);
    }
    if (hostOverride) {
        // The caller names the virtual host: keep the request line, drop our Host line.
        const qsizetype hostLine = m_prefix.indexOf("\r\nHost: ") + 2;
        m_request.append(m_prefix.constData(), hostLine);
    } else {
        m_request.append(m_prefix);
    }
    if (!hasUserAgent)
        m_request.append("User-Agent: Plateau/" PLATEAU_VERSION "\r\n");
    const bool bodyAllowed = !request.body.isEmpty() || request.method == "POST" || request.method == "PUT" ||
                             request.method == "PATCH";
    if (bodyAllowed) {
        m_request.append("Content-Length: ");
        appendNumber(m_request, request.body.size());
        m_request.append("\r\n");
        if (!hasContentType && !request.body.isEmpty())
            m_request.append("Content-Type: application/json\r\n");
    }
    for (const auto &h : request.headers) {
        // We frame the body ourselves: a caller's framing headers would contradict ours.
        if (headerIs(h.first, "content-length") || headerIs(h.first, "transfer-encoding"))
            continue;
        m_request.append(h.first).append(": ", 2).append(h.second).append("\r\n", 2);
    }
    m_request.append("\r\n", 2);
    m_request.append(request.body);
    return true;
}

void LeanClient::start(const HttpRequestSpec &request, TransportObserver *observer)
{
    if (m_state != State::Idle)
        abort(); // one request at a time: a start() over a running one replaces it
    ++m_generation;
    m_observer = observer;
    m_retried = false;
    m_tlsErrors.clear();
    if (!prepare(request)) {
        m_cachedUrl = QUrl();
        m_cachedMethod.clear();
        dropConnection();
        failLater(m_failure);
        return;
    }
    const bool sameTarget = m_socketTls == m_tls && m_socketPort == m_port && m_socketHost == m_host;
    const bool reusable =
        sameTarget && (m_fd >= 0 ? m_fdConnected && rawIdleAndOpen()
                                 : m_socket && m_socket->state() == QAbstractSocket::ConnectedState &&
                                       !m_handshaking && m_socket->bytesAvailable() == 0);
    if (reusable) {
        m_reused = true;
        sendRequest();
    } else {
        openConnection();
    }
}

void LeanClient::failLater(const QString &detail)
{
    m_failure = detail;
    m_state = State::Failing;
    // Reported from the event loop: a synchronous callback would let a caller that restarts from
    // onFinished() recurse without bound on a bad URL.
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (m_generation == generation && m_state == State::Failing)
                finish(TransportError::Connect, m_failure);
        },
        Qt::QueuedConnection);
}

void LeanClient::abort()
{
    ++m_generation;
    m_connectTimer.stop();
    dropConnection();
    m_state = State::Idle;
    m_observer = nullptr;
}

void LeanClient::dropConnection()
{
    if (m_fd >= 0) {
        m_shared->poller->removeAndClose(m_pollId, m_fd);
        m_fd = -1;
        m_pollId = -1;
        m_fdConnected = false;
        m_fdWantWrite = false;
    }
    if (!m_socket)
        return;
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    // We may be inside one of the socket's own signals: delete it from the event loop.
    socket->deleteLater();
}

void LeanClient::openConnection()
{
    dropConnection();
    m_reused = false;
    m_state = State::Connecting;
    ++m_connectionsOpened;
    m_socketHost = m_host;
    m_socketPort = m_port;
    m_socketTls = m_tls;
    if (m_rawEligible) {
        const int timeout = m_shared->options.connectTimeoutMs;
        if (timeout > 0)
            m_connectTimer.start(timeout, Qt::PreciseTimer, this);
        m_handshaking = false;
        openRaw();
        return;
    }
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *ssl = new QSslSocket;
        ssl->setSslConfiguration(m_shared->tls);
        connect(ssl, &QSslSocket::encrypted, this, &LeanClient::onEncrypted);
        connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            // Kept for the failure detail; the handshake fails right after unless errors are ignored (then
            // verification is off and this signal never comes).
            m_tlsErrors.clear();
            for (const QSslError &e : errors) {
                if (!m_tlsErrors.isEmpty())
                    m_tlsErrors += QStringLiteral("; ");
                m_tlsErrors += e.errorString();
            }
        });
        socket = ssl;
    } else {
        socket = new QTcpSocket;
    }
    m_socket = socket;
    connect(socket, &QTcpSocket::connected, this, &LeanClient::onConnected);
    connect(socket, &QTcpSocket::readyRead, this, &LeanClient::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &LeanClient::onPeerClosed);
    connect(socket, &QTcpSocket::errorOccurred, this, &LeanClient::onSocketError);
    const int timeout = m_shared->options.connectTimeoutMs;
    if (timeout > 0)
        m_connectTimer.start(timeout, Qt::PreciseTimer, this);
    m_handshaking = false; // until the TCP connection stands: a refused https connect is a Connect error
    if (m_tls) {
        static_cast<QSslSocket *>(socket)->connectToHostEncrypted(m_host, m_port, m_host);
    } else {
        // Unbuffered: read() goes straight to recv() into our buffer and write() straight to send(), instead
        // of through Qt's ring buffers (a copy of every byte, and a socket-notifier registration per
        // request).
        socket->connectToHost(m_host, m_port, QIODevice::ReadWrite | QIODevice::Unbuffered);
    }
}

void LeanClient::onConnected()
{
    // Streamed events are small writes: Nagle would hold our request behind the server's delayed ACK.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_handshaking = m_tls;
    if (!m_tls) {
        m_connectTimer.stop();
        if (m_state == State::Connecting)
            sendRequest();
    }
}

void LeanClient::onEncrypted()
{
    m_handshaking = false;
    m_connectTimer.stop();
    if (m_state == State::Connecting)
        sendRequest();
}

void LeanClient::sendRequest()
{
    m_state = State::Waiting;
    m_parser.reset(m_headRequest);
    if (m_fd >= 0) {
        m_written = 0;
        rawWrite(); // a failure goes through endOfStream, whose retry rule keeps start() silent
        return;
    }
    // Out now rather than on the next event-loop pass: the engine timestamps the send right here.
    if (m_socket->write(m_request.constData(), m_request.size()) < 0) {
        // The peer is gone (a reset kept-alive connection): the retry rule decides, never synchronously
        // reporting from inside start() because a reused connection always has its retry left.
        endOfStream(m_socket->error());
        return;
    }
    m_socket->flush();
}

void LeanClient::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_connectTimer.timerId())
        return QObject::timerEvent(event);
    m_connectTimer.stop();
    if (m_state != State::Connecting)
        return;
    const bool handshake = m_handshaking;
    dropConnection();
    finish(TransportError::Connect,
           QStringLiteral("connect to %1:%2 timed out after %3 ms%4")
               .arg(m_host)
               .arg(m_port)
               .arg(m_shared->options.connectTimeoutMs)
               .arg(handshake ? QStringLiteral(" (during the TLS handshake)") : QString()));
}

void LeanClient::onReadyRead()
{
    QTcpSocket *const socket = m_socket;
    if (!socket)
        return;
    if (m_state != State::Waiting) {
        // On an idle connection: the server's close (an unbuffered socket reports it here, as a failed read)
        // or bytes nobody asked for (a 408 before an idle close, garbage). Either way the connection can no
        // longer frame a next response.
        char probe;
        if (m_state == State::Idle && socket->read(&probe, 1) != 0)
            dropConnection();
        return;
    }
    LifeGuard guard(this);
    char *const buffer = m_shared->readBuffer.get();
    // Read until the socket is empty: Qt signals readyRead only for new network data, so bytes left behind
    // would wait for the next packet.
    while (m_socket == socket && m_state == State::Waiting) {
        const qint64 n = socket->read(buffer, kReadBufferBytes);
        if (n > 0) {
            if (!consume(buffer, qsizetype(n), guard))
                return;
            continue;
        }
        // An unbuffered socket reports the peer's close (or a reset) only through this read, with no signal.
        if (n < 0 || socket->state() == QAbstractSocket::UnconnectedState)
            endOfStream(socket->error());
        return;
    }
}

// Returns false when the client was destroyed by a callback.
bool LeanClient::consume(const char *data, qsizetype size, LifeGuard &guard)
{
    const char *cursor = data;
    const char *const end = data + size;
    const quint64 generation = m_generation;
    for (;;) {
        const char *body = nullptr;
        qsizetype bodySize = 0;
        switch (m_parser.next(cursor, end, &body, &bodySize)) {
        case Http1ResponseParser::Event::NeedMore:
            return true;
        case Http1ResponseParser::Event::Head:
            m_observer->onHeaders(m_parser.head());
            break;
        case Http1ResponseParser::Event::Body:
            m_observer->onBody(body, bodySize);
            break;
        case Http1ResponseParser::Event::Done: {
            // Bytes past the end of the response were never asked for (no pipelining): the connection's
            // framing is lost, so it is not reused.
            const bool surplus = cursor != end || (m_socket && m_socket->bytesAvailable() > 0);
            if (!m_parser.keepAlive() || m_closeRequested || surplus)
                dropConnection();
            finish(TransportError::None, QString());
            return !guard.dead;
        }
        case Http1ResponseParser::Event::Error:
            dropConnection();
            finish(TransportError::Protocol, m_parser.errorString());
            return !guard.dead;
        }
        if (guard.dead)
            return false;
        if (m_generation != generation)
            return true; // aborted or restarted from the callback: these bytes belong to nobody now
    }
}

void LeanClient::finish(TransportError error, const QString &detail)
{
    m_connectTimer.stop();
    m_state = State::Idle;
    TransportObserver *observer = m_observer;
    m_observer = nullptr;
    if (observer)
        observer->onFinished(error, detail); // may call start() again, or destroy us: touch nothing after
}

bool LeanClient::retryOnFreshConnection()
{
    // A reused connection that fails before any response byte was most likely closed by the server while
    // idle, racing our request: resend once on a new connection, as browsers do. Never after a byte arrived
    // (the server saw the request), never twice.
    if (!m_reused || m_retried || m_parser.startedResponse())
        return false;
    m_retried = true;
    openConnection();
    return true;
}

void LeanClient::onPeerClosed()
{
    QTcpSocket *const socket = m_socket;
    if (!socket)
        return;
    if (m_state == State::Idle) {
        dropConnection(); // the server closed an idle keep-alive connection: the next start() opens anew
        return;
    }
    if (m_state == State::Connecting) {
        const bool handshake = m_handshaking;
        dropConnection();
        finish(handshake ? TransportError::Tls : TransportError::Connect,
               handshake ? QStringLiteral("peer closed the connection during the TLS handshake")
                         : QStringLiteral("peer closed the connection while connecting"));
        return;
    }
    if (m_state != State::Waiting)
        return;
    // Bytes may still sit in the socket's buffer: they come before the end of the stream.
    {
        LifeGuard guard(this);
        const quint64 generation = m_generation;
        onReadyRead();
        if (guard.dead || m_generation != generation || m_state != State::Waiting || m_socket != socket)
            return;
    }
    endOfStream(QAbstractSocket::RemoteHostClosedError);
}

void LeanClient::endOfStream(QAbstractSocket::SocketError error)
{
    if (retryOnFreshConnection())
        return;
    const auto event = m_parser.finishAtEof();
    const QString socketError = m_socket ? m_socket->errorString() : m_rawError;
    dropConnection();
    if (event == Http1ResponseParser::Event::Done) {
        finish(TransportError::None, QString());
    } else if (error == QAbstractSocket::RemoteHostClosedError ||
               error == QAbstractSocket::UnknownSocketError) {
        finish(TransportError::Closed, m_parser.errorString());
    } else {
        const bool tlsError =
            error == QAbstractSocket::SslInternalError || error == QAbstractSocket::SslInvalidUserDataError;
        finish(tlsError ? TransportError::Tls : TransportError::Closed,
               QStringLiteral("%1 (%2)").arg(m_parser.errorString(), socketError));
    }
}

void LeanClient::onSocketError(QAbstractSocket::SocketError error)
{
    QTcpSocket *const socket = m_socket;
    if (!socket)
        return;
    if (error == QAbstractSocket::RemoteHostClosedError && m_state != State::Connecting) {
        onPeerClosed();
        return;
    }
    const QString text = socket->errorString();
    switch (m_state) {
    case State::Idle:
        dropConnection();
        return;
    case State::Failing:
        return;
    case State::Connecting: {
        const bool tlsError = error == QAbstractSocket::SslHandshakeFailedError ||
                              error == QAbstractSocket::SslInternalError ||
                              error == QAbstractSocket::SslInvalidUserDataError || m_handshaking;
        dropConnection();
        if (tlsError)
            finish(TransportError::Tls, m_tlsErrors.isEmpty() ? text : m_tlsErrors);
        else
            finish(TransportError::Connect, text);
        return;
    }
    case State::Waiting: {
        // A reset or a network failure while reading: drain what arrived, then treat as the end of stream.
        {
            LifeGuard guard(this);
            const quint64 generation = m_generation;
            onReadyRead();
            if (guard.dead || m_generation != generation || m_state != State::Waiting || m_socket != socket)
                return;
        }
        endOfStream(error);
        return;
    }
    }
}

// ---------------------------------------------------------------------------------------------------------
// The raw (epoll) path

void LeanClient::openRaw()
{
    m_rawError.clear();
    m_connectErrno = 0;
    m_written = 0;
    // A connection that cannot even be set up fails like a refused connect, from the event loop.
    auto failSetup = [this](int error) {
        m_connectTimer.stop();
        failLater(QStringLiteral("connect to %1:%2 failed: %3")
                      .arg(m_host)
                      .arg(m_port)
                      .arg(QString::fromLocal8Bit(std::strerror(error))));
    };
    const int fd = ::socket(m_addr.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        failSetup(errno);
        return;
    }
    // Streamed events are small writes: Nagle would hold our request behind the server's delayed ACK.
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&m_addr), m_addrLen) != 0 && errno != EINPROGRESS)
        m_connectErrno = errno; // reported when epoll says the socket is done (an unconnected one hangs up)
    // Level-triggered: EPOLLOUT says the connect finished, either way.
    m_pollId = m_shared->poller->add(fd, EPOLLOUT | EPOLLRDHUP, this);
    if (m_pollId < 0) {
        const int e = errno;
        ::close(fd);
        failSetup(e);
        return;
    }
    m_fd = fd;
}

bool LeanClient::rawIdleAndOpen() const
{
    // Nothing to read and no close seen on the idle connection: one cheap syscall per reused request,
    // which also catches a server's idle close that the event loop has not reported yet.
    char probe;
    const ssize_t n = ::recv(m_fd, &probe, 1, MSG_PEEK | MSG_DONTWAIT);
    return n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK);
}

void LeanClient::rawWatch(bool wantWrite)
{
    if (wantWrite == m_fdWantWrite)
        return;
    m_fdWantWrite = wantWrite;
    m_shared->poller->modify(m_pollId, m_fd, EPOLLIN | EPOLLRDHUP | (wantWrite ? EPOLLOUT : 0u));
}

void LeanClient::onEpollEvents(std::uint32_t events)
{
    switch (m_state) {
    case State::Connecting:
        onRawConnectable();
        return;
    case State::Waiting:
        onRawReadable(events);
        return;
    case State::Idle:
    case State::Failing:
        // On an idle connection: the server's close or bytes nobody asked for (a 408 before an idle close,
        // garbage). Either way the connection can no longer frame a next response.
        dropConnection();
        return;
    }
}

void LeanClient::onRawConnectable()
{
    int err = m_connectErrno;
    if (err == 0) {
        socklen_t len = sizeof err;
        if (::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &err, &len) != 0)
            err = errno;
    }
    if (err != 0) {
        dropConnection();
        finish(TransportError::Connect, QStringLiteral("connect to %1:%2 failed: %3")
                                            .arg(m_host)
                                            .arg(m_port)
                                            .arg(QString::fromLocal8Bit(std::strerror(err))));
        return;
    }
    m_connectTimer.stop();
    m_fdConnected = true;
    m_fdWantWrite = true; // registered for EPOLLOUT while connecting
    rawWatch(false);
    sendRequest();
}

bool LeanClient::rawWrite()
{
    const char *const data = m_request.constData();
    const qsizetype size = m_request.size();
    while (m_written < size) {
        // MSG_NOSIGNAL: a peer that reset the connection gives EPIPE, never SIGPIPE.
        const ssize_t n = ::send(m_fd, data + m_written, size_t(size - m_written), MSG_NOSIGNAL);
        if (n > 0) {
            m_written += n;
            continue;
        }
        const int e = errno;
        if (n < 0 && e == EINTR)
            continue;
        if (n < 0 && (e == EAGAIN || e == EWOULDBLOCK)) {
            rawWatch(true); // the rest goes out when the socket drains
            return true;
        }
        m_rawError = QString::fromLocal8Bit(std::strerror(e));
        endOfStream(e == EPIPE || e == ECONNRESET ? QAbstractSocket::RemoteHostClosedError
                                                  : QAbstractSocket::NetworkError);
        return false;
    }
    rawWatch(false);
    return true;
}

void LeanClient::onRawReadable(std::uint32_t events)
{
    LifeGuard guard(this);
    const quint64 generation = m_generation;
    if ((events & EPOLLOUT) && m_written < m_request.size()) {
        if (!rawWrite())
            return;
    }
    if (!(events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)))
        return;
    const bool closing = events & (EPOLLRDHUP | EPOLLHUP | EPOLLERR);
    char *const buffer = m_shared->readBuffer.get();
    for (;;) {
        const ssize_t n = ::recv(m_fd, buffer, size_t(kReadBufferBytes), 0);
        if (n > 0) {
            if (!consume(buffer, qsizetype(n), guard))
                return;
            if (m_generation != generation || m_state != State::Waiting || m_fd < 0)
                return; // finished, restarted or aborted from a callback
            // Level-triggered: a short read emptied the socket, and anything newer is reported again; one
            // recv per event instead of a second one that only says EAGAIN. At the close, drain to the EOF.
            if (n < kReadBufferBytes && !closing)
                return;
            continue;
        }
        if (n == 0) {
            endOfStream(QAbstractSocket::RemoteHostClosedError);
            return;
        }
        const int e = errno;
        if (e == EINTR)
            continue;
        if (e == EAGAIN || e == EWOULDBLOCK)
            return;
        m_rawError = QString::fromLocal8Bit(std::strerror(e));
        endOfStream(e == ECONNRESET || e == EPIPE ? QAbstractSocket::RemoteHostClosedError
                                                  : QAbstractSocket::NetworkError);
        return;
    }
}

} // namespace

LeanTransport::LeanTransport(const TransportOptions &options) : m_shared(std::make_shared<Shared>())
{
    m_shared->options = options;
    m_shared->tls = QSslConfiguration::defaultConfiguration();
    m_shared->poller = std::make_shared<EpollPoller>();
    m_shared->tls.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
    if (options.ignoreTlsErrors)
        m_shared->tls.setPeerVerifyMode(QSslSocket::VerifyNone); // no sslErrors, and no verification work
}

LeanTransport::~LeanTransport() = default;

std::unique_ptr<HttpClient> LeanTransport::createClient()
{
    return std::make_unique<LeanClient>(m_shared);
}

} // namespace plateau

#include "leantransport.moc"
