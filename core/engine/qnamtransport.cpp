#include "core/engine/qnamtransport.h"

#include "core/engine/qttlsconfiguration.h"
#include "core/engine/transporterrors.h"

#include <QBasicTimer>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>
#include <QTimerEvent>

#ifndef PLATEAU_VERSION
#define PLATEAU_VERSION "0"
#endif

namespace plateau {

namespace {

constexpr qsizetype kReadBufferBytes = 64 * 1024;

// A jar that never stores nor returns a cookie: a load test must not carry state from one virtual user's
// response into another's request (all clients of a manager would share the default jar).
class NoCookieJar : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    QList<QNetworkCookie> cookiesForUrl(const QUrl &) const override { return {}; }
    bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override { return false; }
};

bool headerIs(const QByteArray &name, const char *lit)
{
    return qstrnicmp(name.constData(), name.size(), lit) == 0;
}

} // namespace

struct QnamTransport::Pool
{
    TransportOptions options;
    QSslConfiguration tls;
    std::vector<QNetworkAccessManager *> managers;
    std::vector<int> liveClients; // per manager
    std::unique_ptr<char[]> readBuffer{new char[kReadBufferBytes]};

    ~Pool()
    {
        // deleteLater: the last client may be destroyed from inside a reply's signal.
        for (QNetworkAccessManager *m : managers)
            m->deleteLater();
    }

    int acquire()
    {
        for (size_t i = 0; i < managers.size(); ++i) {
            if (liveClients[i] < QnamTransport::kClientsPerManager) {
                ++liveClients[i];
                return int(i);
            }
        }
        auto *manager = new QNetworkAccessManager; // in the calling thread, which must be the worker's
        manager->setCookieJar(new NoCookieJar(manager));
        manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        manager->setAutoDeleteReplies(false);
        managers.push_back(manager);
        liveClients.push_back(1);
        return int(managers.size() - 1);
    }
};

namespace {

TransportError classify(QNetworkReply::NetworkError error, bool headersSeen)
{
    switch (error) {
    case QNetworkReply::NoError:
        return TransportError::None;
    case QNetworkReply::SslHandshakeFailedError:
        return TransportError::Tls;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::OperationCanceledError:
        return TransportError::Closed;
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return TransportError::Protocol;
    default:
        break;
    }
    const int code = int(error);
    if (code < 200) // network layer (refused, DNS, timeout, temporary failure) and proxy errors
        return headersSeen ? TransportError::Closed : TransportError::Connect;
    // Content (2xx codes) and server (4xx codes) errors mirror an HTTP status: not a transport failure when
    // the status arrived; the observer saw it in onHeaders.
    return headersSeen ? TransportError::None : TransportError::Protocol;
}

// Qt's reason, or the one-line detail that says what to check (core/engine/transporterrors.h), the same the
// lean transport gives.
QString failureDetail(QNetworkReply::NetworkError error, const QUrl &url, const QString &reason)
{
    const quint16 port = quint16(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return connectRefusedDetail(url.host(), port, reason);
    case QNetworkReply::HostNotFoundError:
        return hostNotFoundDetail(url.host(), reason);
    case QNetworkReply::SslHandshakeFailedError:
        return isPlainHttpAnswer(reason) ? plainHttpAnswerDetail(reason) : reason;
    default:
        return reason;
    }
}

class QnamClient : public QObject, public HttpClient
{
    Q_OBJECT
public:
    QnamClient(std::shared_ptr<QnamTransport::Pool> pool, int managerIndex)
        : m_pool(std::move(pool)), m_managerIndex(managerIndex)
    {}

    ~QnamClient() override
    {
        if (m_deathFlag)
            *m_deathFlag = true;
        dropReply();
        --m_pool->liveClients[size_t(m_managerIndex)];
    }

    void start(const HttpRequestSpec &request, TransportObserver *observer) override;
    void abort() override;
    quint64 connectionsOpened() const override { return m_connectionsOpened; }

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    struct LifeGuard
    {
        explicit LifeGuard(QnamClient *c) : client(c), outer(c->m_deathFlag) { c->m_deathFlag = &dead; }
        ~LifeGuard()
        {
            if (!dead)
                client->m_deathFlag = outer;
            else if (outer)
                *outer = true;
        }
        QnamClient *client;
        bool *outer;
        bool dead = false;
    };

    QNetworkRequest buildRequest(const HttpRequestSpec &spec) const;
    void dropReply();
    bool deliverHead(LifeGuard &guard, quint64 generation);
    bool drain(LifeGuard &guard, quint64 generation);
    void onReadyRead();
    void onReplyFinished();
    void finish(TransportError error, const QString &detail);

    std::shared_ptr<QnamTransport::Pool> m_pool;
    int m_managerIndex;
    QNetworkReply *m_reply = nullptr;
    TransportObserver *m_observer = nullptr;
    bool m_headDelivered = false;
    bool m_requestSent = false;
    quint64 m_generation = 0;
    quint64 m_connectionsOpened = 0;
    QBasicTimer m_connectTimer;
    ResponseHead m_head;
    bool *m_deathFlag = nullptr;
};

QNetworkRequest QnamClient::buildRequest(const HttpRequestSpec &spec) const
{
    const TransportOptions &options = m_pool->options;
    QNetworkRequest request(spec.url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, options.http2);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (spec.url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(m_pool->tls);
    bool hasUserAgent = false;
    bool hasEncoding = false;
    bool hasContentType = false;
    for (const auto &h : spec.headers) {
        if (headerIs(h.first, "content-length") || headerIs(h.first, "transfer-encoding"))
            continue; // QNAM frames the body
        hasUserAgent = hasUserAgent || headerIs(h.first, "user-agent");
        hasEncoding = hasEncoding || headerIs(h.first, "accept-encoding");
        hasContentType = hasContentType || headerIs(h.first, "content-type");
        request.setRawHeader(h.first, h.second);
    }
    if (!hasUserAgent)
        request.setRawHeader(QByteArrayLiteral("User-Agent"), QByteArrayLiteral("Plateau/" PLATEAU_VERSION));
    if (!hasEncoding)
        request.setRawHeader(QByteArrayLiteral("Accept-Encoding"), QByteArrayLiteral("identity"));
    if (!hasContentType && !spec.body.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    return request;
}

void QnamClient::start(const HttpRequestSpec &spec, TransportObserver *observer)
{
    if (m_reply)
        abort(); // one request at a time: a start() over a running one replaces it
    ++m_generation;
    m_observer = observer;
    m_headDelivered = false;
    m_requestSent = false;

    const QString scheme = spec.url.scheme();
    if (!spec.url.isValid() || spec.url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        // QNAM would also serve file:, data: and qrc: URLs; a load test wants http(s) only. Reported from the
        // event loop like every other failure, so a caller restarting from onFinished() cannot recurse.
        const QString detail =
            spec.url.host().isEmpty() || !spec.url.isValid()
                ? QStringLiteral("invalid URL (no host)")
                : QStringLiteral("unsupported URL scheme \"%1\" (http and https only)").arg(scheme);
        const quint64 generation = m_generation;
        QMetaObject::invokeMethod(
            this,
            [this, generation, detail] {
                if (m_generation == generation && !m_reply)
                    finish(TransportError::Connect, detail);
            },
            Qt::QueuedConnection);
        return;
    }

    QNetworkAccessManager *manager = m_pool->managers[size_t(m_managerIndex)];
    const QNetworkRequest request = buildRequest(spec);
    const QByteArray &method = spec.method;
    QNetworkReply *reply = nullptr;
    if (method == "GET")
        reply = manager->get(request);
    else if (method == "POST")
        reply = manager->post(request, spec.body);
    else if (method == "PUT")
        reply = manager->put(request, spec.body);
    else if (method == "HEAD")
        reply = manager->head(request);
    else if (method == "DELETE" && spec.body.isEmpty())
        reply = manager->deleteResource(request);
    else
        reply = manager->sendCustomRequest(request, method, spec.body);
    m_reply = reply;
    // Replies report everything, bad URLs included, from the event loop: no synchronous callback here.
    connect(reply, &QNetworkReply::socketStartedConnecting, this, [this] { ++m_connectionsOpened; });
    connect(reply, &QNetworkReply::requestSent, this, [this] {
        m_requestSent = true;
        m_connectTimer.stop();
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        LifeGuard guard(this);
        deliverHead(guard, m_generation);
    });
    connect(reply, &QNetworkReply::readyRead, this, &QnamClient::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &QnamClient::onReplyFinished);
    if (m_pool->options.ignoreTlsErrors) {
        // Verification is already off in the request's TLS configuration; this covers what remains
        // (a certificate for another name, say).
        connect(reply, &QNetworkReply::sslErrors, reply,
                [reply](const QList<QSslError> &) { reply->ignoreSslErrors(); });
    }
    if (m_pool->options.connectTimeoutMs > 0)
        m_connectTimer.start(m_pool->options.connectTimeoutMs, Qt::PreciseTimer, this);
}

void QnamClient::abort()
{
    ++m_generation;
    m_connectTimer.stop();
    dropReply();
    m_observer = nullptr;
}

void QnamClient::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater(); // we may be inside one of its signals
}

void QnamClient::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_connectTimer.timerId())
        return QObject::timerEvent(event);
    m_connectTimer.stop();
    if (!m_reply || m_requestSent || m_headDelivered)
        return;
    const QUrl url = m_reply->url();
    dropReply();
    // Qt does not say whether the handshake had begun.
    finish(TransportError::Connect,
           connectTimeoutDetail(url.host(),
                                quint16(url.port(url.scheme() == QLatin1String("https") ? 443 : 80)),
                                m_pool->options.connectTimeoutMs, false));
}

// Returns false when the callback destroyed the client or restarted/aborted the request.
bool QnamClient::deliverHead(LifeGuard &guard, quint64 generation)
{
    if (m_headDelivered || !m_reply)
        return true;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return true;
    m_headDelivered = true;
    m_requestSent = true;
    m_connectTimer.stop();
    m_head.status = status.toInt();
    m_head.contentType = m_reply->rawHeader(QByteArrayLiteral("Content-Type"));
    m_head.location = m_reply->rawHeader(QByteArrayLiteral("Location"));
    m_head.retryAfter = m_reply->rawHeader(QByteArrayLiteral("Retry-After"));
    // Plateau sends its own Accept-Encoding, so QNAM never decodes: the bytes come as the server sent them.
    m_head.contentEncoding = m_reply->rawHeader(QByteArrayLiteral("Content-Encoding"));
    m_observer->onHeaders(m_head);
    return !guard.dead && m_generation == generation;
}

bool QnamClient::drain(LifeGuard &guard, quint64 generation)
{
    if (!deliverHead(guard, generation))
        return false;
    char *const buffer = m_pool->readBuffer.get();
    while (m_reply) {
        const qint64 n = m_reply->read(buffer, kReadBufferBytes);
        if (n <= 0)
            break;
        m_observer->onBody(buffer, qsizetype(n));
        if (guard.dead || m_generation != generation)
            return false;
    }
    return true;
}

void QnamClient::onReadyRead()
{
    LifeGuard guard(this);
    drain(guard, m_generation);
}

void QnamClient::onReplyFinished()
{
    if (!m_reply)
        return;
    {
        LifeGuard guard(this);
        if (!drain(guard, m_generation))
            return;
    }
    const QNetworkReply::NetworkError error = m_reply->error();
    const TransportError kind = classify(error, m_headDelivered);
    const QString detail = kind == TransportError::None
                               ? QString()
                               : failureDetail(error, m_reply->url(), m_reply->errorString());
    dropReply();
    finish(kind, detail);
}

void QnamClient::finish(TransportError error, const QString &detail)
{
    m_connectTimer.stop();
    TransportObserver *observer = m_observer;
    m_observer = nullptr;
    if (observer)
        observer->onFinished(error, detail); // may call start() again, or destroy us: touch nothing after
}

} // namespace

QnamTransport::QnamTransport(const TransportOptions &options) : m_pool(std::make_shared<Pool>())
{
    m_pool->options = options;
    m_pool->tls = qtTlsConfiguration(options);
}

QnamTransport::~QnamTransport() = default;

std::unique_ptr<HttpClient> QnamTransport::createClient()
{
    const int index = m_pool->acquire();
    return std::make_unique<QnamClient>(m_pool, index);
}

int QnamTransport::managerCount() const
{
    return int(m_pool->managers.size());
}

} // namespace plateau

#include "qnamtransport.moc"
