#include "tests/engine/rawhttpserver.h"

#include <QFile>
#include <QHostAddress>
#include <QMutex>
#include <QMutexLocker>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <ctime>
#include <optional>
#include <set>

#ifndef PLATEAU_SOURCE_DIR
#error "PLATEAU_SOURCE_DIR must name the repository root (plateau_add_test defines it)"
#endif

namespace plateau::test {

QString testCertificatePath()
{
    return QStringLiteral(PLATEAU_SOURCE_DIR "/tests/engine/certs/localhost.crt");
}

QString testPrivateKeyPath()
{
    return QStringLiteral(PLATEAU_SOURCE_DIR "/tests/engine/certs/localhost.key");
}

// --- RawRequest
// ----------------------------------------------------------------------------------------------

QByteArray RawRequest::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (qstrnicmp(h.first.constData(), h.first.size(), name.data(), name.size()) == 0)
            return h.second;
    }
    return QByteArray();
}

int RawRequest::headerCount(QByteArrayView name) const
{
    int n = 0;
    for (const auto &h : headers)
        n += qstrnicmp(h.first.constData(), h.first.size(), name.data(), name.size()) == 0 ? 1 : 0;
    return n;
}

std::vector<QByteArray> RawRequest::headerNames() const
{
    std::vector<QByteArray> names;
    for (const auto &h : headers)
        names.push_back(h.first);
    return names;
}

// --- Script
// --------------------------------------------------------------------------------------------------

Script &Script::write(const QByteArray &bytes, int delayMs)
{
    writes.push_back({delayMs, bytes});
    return *this;
}

Script &Script::writeInPieces(const QByteArray &bytes, int pieceSize, int delayMs)
{
    pieceSize = qMax(1, pieceSize);
    for (qsizetype i = 0; i < bytes.size(); i += pieceSize)
        writes.push_back({delayMs, bytes.mid(i, pieceSize)});
    return *this;
}

Script &Script::thenClose()
{
    end = ScriptEnd::Close;
    return *this;
}

Script &Script::thenStall()
{
    end = ScriptEnd::Stall;
    return *this;
}

static const char *reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray Script::head(int status, const RawHeaders &headers)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "\r\n";
    return out;
}

QByteArray Script::chunk(const QByteArray &data, const QByteArray &extension)
{
    QByteArray out = QByteArray::number(data.size(), 16);
    if (!extension.isEmpty())
        out += ';' + extension;
    out += "\r\n" + data + "\r\n";
    return out;
}

Script Script::response(int status, const QByteArray &body, const QByteArray &contentType,
                        const RawHeaders &extraHeaders)
{
    RawHeaders headers{{"Content-Type", contentType}, {"Content-Length", QByteArray::number(body.size())}};
    headers.insert(headers.end(), extraHeaders.begin(), extraHeaders.end());
    Script s;
    s.write(head(status, headers) + body);
    return s;
}

Script Script::chunked(int status, const QByteArray &contentType, const std::vector<QByteArray> &chunks,
                       int delayMs, const RawHeaders &extraHeaders)
{
    RawHeaders headers{{"Content-Type", contentType}, {"Transfer-Encoding", "chunked"}};
    headers.insert(headers.end(), extraHeaders.begin(), extraHeaders.end());
    Script s;
    s.write(head(status, headers));
    for (const QByteArray &c : chunks) {
        if (!c.isEmpty()) // an empty chunk would end the body early
            s.write(chunk(c), delayMs);
    }
    s.write(chunk({}), delayMs);
    return s;
}

Script Script::sse(const std::vector<QByteArray> &payloads, int delayMs, bool withDone)
{
    std::vector<QByteArray> events;
    for (const QByteArray &p : payloads)
        events.push_back("data: " + p + "\n\n");
    if (withDone)
        events.push_back("data: [DONE]\n\n");
    return chunked(200, "text/event-stream", events, delayMs, {{"Cache-Control", "no-cache"}});
}

Script Script::nothing(ScriptEnd end)
{
    Script s;
    s.end = end;
    return s;
}

// --- the server thread
// ---------------------------------------------------------------------------------------

namespace {

class Connection;

} // namespace

class RawHttpServer::Core : public QTcpServer
{
    Q_OBJECT
public:
    // tls null: plain HTTP.
    bool start(const RawTlsOptions *tls, const QHostAddress &address)
    {
        m_tls = tls != nullptr;
        m_recordServerName = tls && tls->recordServerName;
        if (tls) {
            const QList<QSslCertificate> chain = QSslCertificate::fromPath(tls->certificateFile, QSsl::Pem);
            QFile keyFile(tls->keyFile);
            if (chain.isEmpty() || !keyFile.open(QIODevice::ReadOnly))
                return false;
            const QByteArray keyPem = keyFile.readAll();
            QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
            if (key.isNull())
                key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
            m_ssl = QSslConfiguration::defaultConfiguration();
            m_ssl.setLocalCertificateChain(chain);
            m_ssl.setPrivateKey(key);
            if (tls->requireClientCertificate) {
                // Only the test CA, not the system store: a client certificate from anywhere else must fail.
                const QList<QSslCertificate> roots = QSslCertificate::fromPath(tls->clientCaFile, QSsl::Pem);
                if (roots.isEmpty())
                    return false;
                m_ssl.setCaCertificates(roots);
                m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
            } else {
                m_ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
            }
            if (m_ssl.localCertificate().isNull() || m_ssl.privateKey().isNull())
                return false;
        }
        return QTcpServer::listen(address, 0);
    }

    void shutdown(QThread *returnTo);

    Script handle(const RawRequest &request)
    {
        Handler handler;
        {
            QMutexLocker lock(&mutex);
            log.push_back(request);
            handler = this->handler;
        }
        return handler ? handler(request) : Script::response(200, "ok");
    }

    void connectionClosed(Connection *c);

    mutable QMutex mutex;
    Handler handler;
    std::vector<RawRequest> log;
    std::vector<QString> serverNames;
    int accepted = 0;
    int closed = 0;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void awaitClientHello(QSslSocket *ssl);
    void startTls(QSslSocket *ssl);

    bool m_tls = false;
    bool m_recordServerName = false;
    QSslConfiguration m_ssl;
    std::set<Connection *> m_connections;
    std::set<QSslSocket *> m_awaitingHello; // accepted, ClientHello not yet read (recordServerName)
    int m_nextId = 1;
};

namespace {

// One accepted connection: buffers request bytes, parses requests, plays each request's script.
class Connection : public QObject
{
public:
    Connection(RawHttpServer::Core *core, QTcpSocket *socket, int id)
        : m_core(core), m_socket(socket), m_id(id)
    {
        socket->setParent(this);
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // each scripted write its own segment
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_delayDone = true;
            advance();
        });
        connect(socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, this, [this] { m_core->connectionClosed(this); });
    }

    void shutdown()
    {
        m_socket->disconnect(this);
        m_timer.stop();
        m_socket->abort();
    }

private:
    void onReadyRead()
    {
        if (m_stalled || m_closing) {
            m_socket->readAll(); // a stalled server neither reads nor answers; drop what comes
            return;
        }
        m_in += m_socket->readAll();
        processRequests();
    }

    void processRequests()
    {
        while (!m_busy && !m_stalled && !m_closing) {
            if (!m_in.isEmpty() && !startsLikeARequest()) {
                // What real servers do with bytes that cannot begin a request line (a TLS ClientHello starts
                // with 0x16): answer 400 and close. An https:// client sees the plain-HTTP answer.
                m_in.clear();
                run(Script::response(400, "not an HTTP request").thenClose());
                return;
            }
            RawRequest request;
            if (!takeRequest(request))
                return;
            run(m_core->handle(request));
        }
    }

    bool startsLikeARequest() const
    {
        const auto first = static_cast<unsigned char>(m_in.at(0));
        return first > ' ' && first < 0x7f;
    }

    // Parses one complete request off the front of m_in; false when it has not fully arrived.
    bool takeRequest(RawRequest &request)
    {
        const qsizetype headEnd = m_in.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return false;
        const QByteArray head = m_in.left(headEnd);
        const QList<QByteArray> lines = head.split('\n');
        qint64 contentLength = 0;
        for (int i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].endsWith('\r') ? lines[i].chopped(1) : lines[i];
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon);
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.emplace_back(name, value);
            if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                contentLength = value.toLongLong();
        }
        const qsizetype total = headEnd + 4 + contentLength;
        if (m_in.size() < total)
            return false;
        const QByteArray requestLine =
            lines.value(0).endsWith('\r') ? lines.value(0).chopped(1) : lines.value(0);
        const QList<QByteArray> parts = requestLine.split(' ');
        request.method = parts.value(0);
        request.target = parts.value(1);
        request.version = parts.value(2);
        request.body = m_in.mid(headEnd + 4, contentLength);
        request.raw = m_in.left(total);
        request.connection = m_id;
        request.indexOnConnection = m_index++;
        m_in.remove(0, total);
        return true;
    }

    void run(Script script)
    {
        m_script = std::move(script);
        m_step = 0;
        m_busy = true;
        m_delayDone = false;
        advance();
    }

    void advance()
    {
        while (m_step < m_script.writes.size()) {
            const Script::Write &w = m_script.writes[m_step];
            if (w.delayMs > 0 && !m_delayDone) {
                m_timer.start(w.delayMs);
                return;
            }
            m_delayDone = false;
            m_socket->write(w.bytes);
            m_socket->flush();
            ++m_step;
        }
        m_busy = false;
        switch (m_script.end) {
        case ScriptEnd::KeepOpen:
            processRequests();
            break;
        case ScriptEnd::Close:
            m_closing = true;
            m_socket->disconnectFromHost(); // after the writes are flushed
            break;
        case ScriptEnd::Stall:
            m_stalled = true;
            break;
        }
    }

    RawHttpServer::Core *m_core;
    QTcpSocket *m_socket;
    int m_id;
    int m_index = 0;
    QByteArray m_in;
    Script m_script;
    size_t m_step = 0;
    bool m_busy = false;
    bool m_delayDone = false;
    bool m_stalled = false;
    bool m_closing = false;
    QTimer m_timer;
};

} // namespace

namespace {

// The SNI host_name in a ClientHello that starts data: nullopt while the record has not fully arrived, an
// empty string when there is none or the bytes are not a ClientHello (the handshake then fails on its own).
std::optional<QString> serverNameInClientHello(const QByteArray &data)
{
    const auto byte = [&data](qsizetype i) {
        return static_cast<unsigned char>(data.at(i));
    };
    const auto u16 = [&](qsizetype i) {
        return byte(i) << 8 | byte(i + 1);
    };
    if (!data.isEmpty() && byte(0) != 0x16)
        return QString();
    if (data.size() < 5)
        return std::nullopt;
    const qsizetype recordEnd = 5 + u16(3);
    if (data.size() < recordEnd)
        return std::nullopt;
    // Handshake header (type 1, 3-byte length), version, random: 4 + 2 + 32 bytes.
    qsizetype i = 5;
    if (recordEnd < i + 38 || byte(i) != 0x01)
        return QString();
    i += 38;
    const auto skip = [&](int lengthBytes) {
        if (i + lengthBytes > recordEnd)
            return false;
        const int n = lengthBytes == 1 ? byte(i) : u16(i);
        i += lengthBytes + n;
        return i <= recordEnd;
    };
    if (!skip(1) || !skip(2) || !skip(1) || i + 2 > recordEnd) // the legacy id, cipher suites, compression
        return QString();
    const qsizetype extensionsEnd = qMin(recordEnd, i + 2 + u16(i));
    i += 2;
    while (i + 4 <= extensionsEnd) {
        const int type = u16(i);
        const int length = u16(i + 2);
        i += 4;
        if (type == 0 && i + 5 <= extensionsEnd && byte(i + 2) == 0) { // server_name, first entry host_name
            const int nameLength = u16(i + 3);
            if (i + 5 + nameLength <= extensionsEnd)
                return QString::fromLatin1(data.mid(i + 5, nameLength));
        }
        i += length;
    }
    return QString();
}

} // namespace

void RawHttpServer::Core::incomingConnection(qintptr descriptor)
{
    if (m_tls) {
        auto *ssl = new QSslSocket;
        if (!ssl->setSocketDescriptor(descriptor)) {
            delete ssl;
            return;
        }
        ssl->setSslConfiguration(m_ssl);
        {
            QMutexLocker lock(&mutex);
            ++accepted;
        }
        if (m_recordServerName)
            awaitClientHello(ssl);
        else
            startTls(ssl);
        return;
    }
    auto *socket = new QTcpSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    {
        QMutexLocker lock(&mutex);
        ++accepted;
    }
    auto *connection = new Connection(this, socket, m_nextId++);
    m_connections.insert(connection);
}

// The socket stays in unencrypted mode until the whole ClientHello record is buffered: peek() leaves it in
// place, so the handshake that startServerEncryption() begins reads it as if nothing had looked.
void RawHttpServer::Core::awaitClientHello(QSslSocket *ssl)
{
    m_awaitingHello.insert(ssl);
    connect(ssl, &QSslSocket::readyRead, this, [this, ssl] {
        const std::optional<QString> name = serverNameInClientHello(ssl->peek(5 + 0xffff));
        if (!name)
            return;
        {
            QMutexLocker lock(&mutex);
            serverNames.push_back(*name);
        }
        m_awaitingHello.erase(ssl);
        ssl->disconnect(this);
        startTls(ssl);
    });
    connect(ssl, &QSslSocket::disconnected, this, [this, ssl] {
        m_awaitingHello.erase(ssl);
        {
            QMutexLocker lock(&mutex);
            ++closed;
        }
        ssl->disconnect(this);
        ssl->deleteLater();
    });
}

void RawHttpServer::Core::startTls(QSslSocket *ssl)
{
    ssl->startServerEncryption();
    auto *connection = new Connection(this, ssl, m_nextId++);
    m_connections.insert(connection);
}

void RawHttpServer::Core::connectionClosed(Connection *c)
{
    if (m_connections.erase(c) == 0)
        return;
    {
        QMutexLocker lock(&mutex);
        ++closed;
    }
    c->deleteLater();
}

void RawHttpServer::Core::shutdown(QThread *returnTo)
{
    close();
    for (QSslSocket *s : m_awaitingHello) {
        s->disconnect(this);
        s->abort();
        delete s;
    }
    m_awaitingHello.clear();
    for (Connection *c : m_connections) {
        c->shutdown();
        delete c;
    }
    m_connections.clear();
    moveToThread(returnTo); // so the owner can destroy us once this thread has stopped
}

struct RawHttpServer::ThreadHolder
{
    QThread thread;
};

RawHttpServer::RawHttpServer() : m_core(std::make_unique<Core>()), m_thread(std::make_unique<ThreadHolder>())
{
    m_thread->thread.setObjectName(QStringLiteral("RawHttpServer"));
    m_core->moveToThread(&m_thread->thread);
    m_thread->thread.start();
}

RawHttpServer::~RawHttpServer()
{
    QThread *self = QThread::currentThread();
    Core *core = m_core.get();
    QMetaObject::invokeMethod(
        core, [core, self] { core->shutdown(self); }, Qt::BlockingQueuedConnection);
    m_thread->thread.quit();
    m_thread->thread.wait();
}

bool RawHttpServer::listen(bool tls)
{
    if (!tls)
        return listenOn(nullptr, QHostAddress(QHostAddress::LocalHost));
    RawTlsOptions options;
    options.certificateFile = testCertificatePath();
    options.keyFile = testPrivateKeyPath();
    return listenOn(&options, QHostAddress(QHostAddress::LocalHost));
}

bool RawHttpServer::listen(const RawTlsOptions &tls, const QHostAddress &address)
{
    return listenOn(&tls, address);
}

bool RawHttpServer::listenPlain(const QHostAddress &address)
{
    return listenOn(nullptr, address);
}

bool RawHttpServer::listenOn(const RawTlsOptions *tls, const QHostAddress &address)
{
    bool ok = false;
    quint16 port = 0;
    Core *core = m_core.get();
    QMetaObject::invokeMethod(
        core,
        [core, tls, &address, &ok, &port] {
            ok = core->start(tls, address);
            port = core->serverPort();
        },
        Qt::BlockingQueuedConnection);
    m_port = ok ? port : 0;
    m_tls = tls != nullptr;
    m_address = address;
    return ok;
}

quint16 RawHttpServer::port() const
{
    return m_port;
}

QUrl RawHttpServer::url(const QString &path) const
{
    const QString host = m_address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(m_address.toString())
                             : m_address.toString();
    return url(path, host);
}

QUrl RawHttpServer::url(const QString &path, const QString &host) const
{
    return QUrl(QStringLiteral("%1://%2:%3%4")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"), host)
                    .arg(m_port)
                    .arg(path));
}

void RawHttpServer::setHandler(Handler handler)
{
    QMutexLocker lock(&m_core->mutex);
    m_core->handler = std::move(handler);
}

int RawHttpServer::requestCount() const
{
    QMutexLocker lock(&m_core->mutex);
    return int(m_core->log.size());
}

int RawHttpServer::connectionCount() const
{
    QMutexLocker lock(&m_core->mutex);
    return m_core->accepted;
}

int RawHttpServer::closedConnectionCount() const
{
    QMutexLocker lock(&m_core->mutex);
    return m_core->closed;
}

std::vector<RawRequest> RawHttpServer::requests() const
{
    QMutexLocker lock(&m_core->mutex);
    return m_core->log;
}

RawRequest RawHttpServer::lastRequest() const
{
    QMutexLocker lock(&m_core->mutex);
    return m_core->log.empty() ? RawRequest() : m_core->log.back();
}

void RawHttpServer::clearLog()
{
    QMutexLocker lock(&m_core->mutex);
    m_core->log.clear();
    m_core->serverNames.clear();
    m_core->accepted = 0;
    m_core->closed = 0;
}

std::vector<QString> RawHttpServer::serverNames() const
{
    QMutexLocker lock(&m_core->mutex);
    return m_core->serverNames;
}

double RawHttpServer::serverThreadCpuSeconds() const
{
    double seconds = 0;
    QMetaObject::invokeMethod(
        m_core.get(),
        [&seconds] {
            timespec ts{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
            seconds = double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
        },
        Qt::BlockingQueuedConnection);
    return seconds;
}

} // namespace plateau::test

#include "rawhttpserver.moc"
