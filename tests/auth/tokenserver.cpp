#include "tests/auth/tokenserver.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <chrono>

namespace plateau::test {

namespace {
qint64 nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

TokenServer::TokenServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this]() {
        while (QTcpSocket *s = m_server->nextPendingConnection()) {
            m_buffers.insert(s, QByteArray());
            connect(s, &QTcpSocket::readyRead, this, [this, s]() { onReadyRead(s); });
            connect(s, &QTcpSocket::disconnected, this, [this, s]() {
                m_buffers.remove(s);
                s->deleteLater();
            });
        }
    });
}

TokenServer::~TokenServer() = default;

bool TokenServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 TokenServer::port() const
{
    return m_server->serverPort();
}

QString TokenServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

void TokenServer::setClientCredentials(const QString &clientId, const QByteArray &clientSecret)
{
    m_clientId = clientId;
    m_clientSecret = clientSecret;
}

void TokenServer::setExpiresInS(double seconds)
{
    m_expiresIn = seconds;
}

void TokenServer::addUser(const QString &username, const QByteArray &password)
{
    m_users.insert(username, password);
}

void TokenServer::failNext(int count, int status)
{
    m_failCount = count;
    m_failStatus = status;
}

int TokenServer::loginsIssuedFor(const QString &username) const
{
    return m_loginsPerUser.value(username);
}

QByteArray TokenServer::lastToken() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_lastToken;
}

bool TokenServer::isTokenValid(const QByteArray &token) const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.constEnd())
        return false;
    return it.value() < 0 || nowMs() < it.value();
}

std::vector<qint64> TokenServer::tokenRequestTimesMs() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_tokenTimes;
}

void TokenServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buf = m_buffers[socket];
    buf += socket->readAll();
    if (buf.size() > (1 << 20)) {
        socket->abort();
        return;
    }
    const int headerEnd = buf.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    Request req;
    const QList<QByteArray> lines = buf.left(headerEnd).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    req.method = first.value(0);
    req.path = first.value(1);
    for (int i = 1; i < lines.size(); ++i) {
        const int colon = lines[i].indexOf(':');
        if (colon > 0)
            req.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    const int length = req.headers.value("content-length", "0").toInt();
    if (buf.size() < headerEnd + 4 + length)
        return;
    req.body = buf.mid(headerEnd + 4, length);
    buf.clear(); // one request per connection: every answer closes it
    socket->disconnect(this, nullptr);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    m_buffers.remove(socket);
    ++m_requestsArrived;
    if (m_delayMs > 0) {
        QPointer<QTcpSocket> s(socket);
        QTimer::singleShot(m_delayMs, this, [this, s, req]() {
            if (s)
                handle(s, req);
        });
        return;
    }
    handle(socket, req);
}

bool TokenServer::takeFailure(int *status)
{
    if (m_failCount <= 0)
        return false;
    --m_failCount;
    *status = m_failStatus;
    return true;
}

QByteArray TokenServer::issue(const QByteArray &prefix, double expiresInS)
{
    const QByteArray token = prefix + QByteArray::number(++m_serial);
    std::lock_guard<std::mutex> lock(m_mutex);
    m_tokens.insert(token, expiresInS < 0 ? -1 : nowMs() + qint64(expiresInS * 1000));
    m_lastToken = token;
    return token;
}

void TokenServer::handle(QTcpSocket *socket, const Request &req)
{
    const QString path = QString::fromLatin1(req.path);
    if (path == m_tokenPath) {
        ++m_tokenRequests;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_tokenTimes.push_back(nowMs());
        }
        int status = 0;
        if (!m_redirect.isEmpty()) {
            respond(socket, 302, {}, "Location: " + m_redirect + "\r\n");
            return;
        }
        if (takeFailure(&status)) {
            respond(socket, status,
                    json({{"error", "server_error"}, {"error_description", "try again later"}}));
            return;
        }
        const QUrlQuery form(QString::fromUtf8(req.body));
        const QString grant = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
        const QString id = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
        const QByteArray secret =
            form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded).toUtf8();
        if (req.method != "POST" || grant != QLatin1String("client_credentials")) {
            respond(socket, 400, json({{"error", "unsupported_grant_type"}}));
            return;
        }
        if (id != m_clientId || secret != m_clientSecret) {
            const QString desc = m_echoSecret ? QStringLiteral("Client authentication failed for secret '%1'")
                                                    .arg(QString::fromUtf8(secret))
                                              : QStringLiteral("Client authentication failed");
            respond(socket, 401, json({{"error", "invalid_client"}, {"error_description", desc}}));
            return;
        }
        const QByteArray token = issue("tok-", m_expiresIn);
        ++m_tokensIssued;
        QJsonObject o{{"access_token", QString::fromLatin1(token)}, {"token_type", "Bearer"}};
        const QString scope = form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
        if (!scope.isEmpty())
            o.insert(QStringLiteral("scope"), scope);
        if (m_expiresIn >= 0)
            o.insert(QStringLiteral("expires_in"), m_expiresIn);
        respond(socket, 200, json(o));
        return;
    }
    if (path == m_loginPath) {
        ++m_loginRequests;
        int status = 0;
        if (!m_redirect.isEmpty()) {
            respond(socket, 302, {}, "Location: " + m_redirect + "\r\n");
            return;
        }
        if (takeFailure(&status)) {
            respond(socket, status, json({{"detail", "server error"}}));
            return;
        }
        const QJsonObject body = QJsonDocument::fromJson(req.body).object();
        const QString user = body.value(QLatin1String("username")).toString();
        const QByteArray password = body.value(QLatin1String("password")).toString().toUtf8();
        if (!m_users.contains(user) || m_users.value(user) != password) {
            respond(socket, 401, json({{"detail", "Invalid credentials"}}));
            return;
        }
        const QByteArray token = issue("user-" + user.toUtf8() + "-", m_loginExpiresIn);
        ++m_loginsIssued;
        m_loginsPerUser[user] += 1;
        QJsonObject o{{"access_token", QString::fromLatin1(token)}, {"token_type", "bearer"}};
        if (m_loginExpiresIn >= 0)
            o.insert(QStringLiteral("expires_in"), m_loginExpiresIn);
        respond(socket, 200, json(o));
        return;
    }
    if (path == QLatin1String("/protected")) {
        ++m_protectedRequests;
        const QByteArray auth = req.headers.value("authorization");
        if (auth.startsWith("Bearer ") && isTokenValid(auth.mid(7))) {
            respond(socket, 200, json({{"ok", true}}));
        } else {
            ++m_protectedRejected;
            respond(socket, 401, json({{"error", "invalid_token"}}));
        }
        return;
    }
    respond(socket, 404, json({{"error", "not_found"}}));
}

void TokenServer::respond(QTcpSocket *socket, int status, const QByteArray &body,
                          const QByteArray &extraHeaders)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += extraHeaders;
    out += "Connection: close\r\n\r\n";
    out += body;
    socket->write(out);
    socket->disconnectFromHost();
}

} // namespace plateau::test
