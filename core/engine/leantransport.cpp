#include "core/engine/leantransport.h"

#include "core/engine/httpresponseparser.h"
#include "core/engine/leanconnection.h"
#include "core/engine/leanepoll.h"
#include "core/engine/leanqtsocket.h"
#include "core/engine/qttlsconfiguration.h"
#include "core/engine/transporterrors.h"

#include <QBasicTimer>
#include <QObject>
#include <QSslSocket>
#include <QTimerEvent>

namespace plateau {

namespace {

#ifndef PLATEAU_VERSION
#define PLATEAU_VERSION "0"
#endif

// One virtual user's client: formats the request, picks the connection (epoll, or Qt sockets on a thread
// without one), reuses it while the server allows, feeds the response parser and reports to the observer.
// The connections only move bytes and report back through LeanConnectionSink.
class LeanClient : public QObject, public HttpClient, public LeanConnectionSink
{
    Q_OBJECT
public:
    explicit LeanClient(std::shared_ptr<LeanShared> shared)
        : m_shared(std::move(shared)), m_parser(m_shared->options.maxResponseHeaderBytes),
          m_qt(*m_shared, *this), m_epoll(*m_shared, *this)
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

    // LeanConnectionSink
    LeanRequestState state() const override { return m_state; }
    quint64 generation() const override { return m_generation; }
    void connectionReady() override;
    void connectFailed(TransportError error, const QString &detail) override;
    void setupFailed(const QString &detail) override;
    bool responseBytes(const char *data, qsizetype size) override;
    void endOfStream(QAbstractSocket::SocketError error) override;
    void idleConnectionLost() override { dropConnection(); }

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    using State = LeanRequestState;

    bool prepare(const HttpRequestSpec &request);
    void openConnection();
    void sendRequest();
    void dropConnection();
    bool consume(const char *data, qsizetype size, LifeGuard &guard);
    void finish(TransportError error, const QString &detail);
    bool retryOnFreshConnection();
    void failLater(const QString &detail);

    // Declared before the connections, which hold a reference to it.
    std::shared_ptr<LeanShared> m_shared;
    Http1ResponseParser m_parser;
    LeanQtSocketConnection m_qt;
    LeanEpollConnection m_epoll;
    LeanConnection *m_connection = nullptr; // the open one of the two, or nullptr
    LeanTarget m_openTarget;                // host, port and scheme of the open connection

    // The request, preformatted. The request line and Host header are cached while URL and method repeat.
    QUrl m_cachedUrl;
    QByteArray m_cachedMethod;
    QByteArray m_prefix;
    LeanTarget m_target;
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
        bool tls = false;
        if (scheme == QLatin1String("https"))
            tls = true;
        else if (scheme == QLatin1String("http"))
            tls = false;
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
        m_target.host = url.host();
        m_target.tls = tls;
        const int defaultPort = tls ? 443 : 80;
        m_target.port = quint16(url.port(defaultPort));
        QByteArray target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
        if (target.isEmpty() || target.at(0) != '/')
            target.prepend('/');
        QByteArray hostHeader = url.host(QUrl::FullyEncoded).toLatin1();
        if (hostHeader.contains(':'))
            hostHeader = '[' + hostHeader + ']'; // an IPv6 literal
        if (m_target.port != defaultPort) {
            hostHeader += ':';
            appendNumber(hostHeader, m_target.port);
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
    if (!prepare(request)) {
        m_cachedUrl = QUrl();
        m_cachedMethod.clear();
        dropConnection();
        failLater(m_failure);
        return;
    }
    const bool sameTarget = m_openTarget.tls == m_target.tls && m_openTarget.port == m_target.port &&
                            m_openTarget.host == m_target.host;
    if (sameTarget && m_connection && m_connection->reusable()) {
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
    m_epoll.close();
    m_qt.close();
    m_connection = nullptr;
}

void LeanClient::openConnection()
{
    dropConnection();
    m_reused = false;
    m_state = State::Connecting;
    ++m_connectionsOpened;
    m_openTarget.host = m_target.host;
    m_openTarget.port = m_target.port;
    m_openTarget.tls = m_target.tls;
    const int timeout = m_shared->options.connectTimeoutMs;
    if (timeout > 0)
        m_connectTimer.start(timeout, Qt::PreciseTimer, this);
    const bool epoll = m_shared->poller && m_shared->poller->available();
    m_connection = epoll ? static_cast<LeanConnection *>(&m_epoll) : &m_qt;
    m_connection->open(m_target);
}

void LeanClient::connectionReady()
{
    m_connectTimer.stop();
    if (m_state == State::Connecting)
        sendRequest();
}

void LeanClient::connectFailed(TransportError error, const QString &detail)
{
    dropConnection();
    finish(error, detail);
}

void LeanClient::setupFailed(const QString &detail)
{
    m_connectTimer.stop();
    failLater(detail);
}

void LeanClient::sendRequest()
{
    m_state = State::Waiting;
    m_parser.reset(m_headRequest);
    if (m_observer)
        m_observer->onConnection(m_reused ? ConnectionSetup{true, 0, 0} : m_connection->setup());
    m_connection->send(
        m_request); // a failure goes through endOfStream, whose retry rule keeps start() silent
}

void LeanClient::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_connectTimer.timerId())
        return QObject::timerEvent(event);
    m_connectTimer.stop();
    if (m_state != State::Connecting)
        return;
    const bool handshake = m_connection && m_connection->handshaking();
    dropConnection();
    finish(TransportError::Connect,
           connectTimeoutDetail(m_target.host, m_target.port, m_shared->options.connectTimeoutMs, handshake));
}

bool LeanClient::responseBytes(const char *data, qsizetype size)
{
    LifeGuard guard(m_deathFlag);
    return consume(data, size, guard);
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
            const bool surplus = cursor != end || (m_connection && m_connection->hasUnreadBytes());
            if (!m_parser.keepAlive() || m_closeRequested || surplus)
                dropConnection();
            finish(TransportError::None, QString());
            return !guard.dead();
        }
        case Http1ResponseParser::Event::Error:
            dropConnection();
            finish(TransportError::Protocol, m_parser.errorString());
            return !guard.dead();
        }
        if (guard.dead())
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

void LeanClient::endOfStream(QAbstractSocket::SocketError error)
{
    if (retryOnFreshConnection())
        return;
    const auto event = m_parser.finishAtEof();
    const QString socketError = m_connection ? m_connection->errorString() : QString();
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

} // namespace

LeanTransport::LeanTransport(const TransportOptions &options) : m_shared(std::make_shared<LeanShared>())
{
    m_shared->options = options;
    m_shared->poller = std::make_shared<EpollPoller>();
    m_shared->resolver.setOverrides(options.hosts);
    m_shared->tlsContext = TlsClientContext::create(options, &m_shared->tlsContextError);
    m_shared->tls = qtTlsConfiguration(options);
    m_shared->tls.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
}

LeanTransport::~LeanTransport() = default;

std::unique_ptr<HttpClient> LeanTransport::createClient()
{
    return std::make_unique<LeanClient>(m_shared);
}

} // namespace plateau

#include "leantransport.moc"
