#include "core/mock/mockworker.h"

#include "core/common/monoclock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <algorithm>
#include <functional>
#include <limits>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <cerrno>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace plateau {

namespace {

// Events due within this much of "now" go out in the same tick: the timer has millisecond granularity, so
// this centres the send time on the due time (error within about ±0.5 ms) instead of always late.
constexpr std::int64_t kSlackNs = 500'000;
constexpr std::int64_t kNever = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kLingerNs = 2'000'000'000;

// The accept side: hands each accepted descriptor to a callback instead of queueing a QTcpSocket.
class MockListener : public QTcpServer
{
public:
    MockListener(std::function<void(qintptr)> onIncoming, QObject *parent)
        : QTcpServer(parent), m_onIncoming(std::move(onIncoming))
    {}

protected:
    void incomingConnection(qintptr descriptor) override { m_onIncoming(descriptor); }

private:
    std::function<void(qintptr)> m_onIncoming;
};

void closeDescriptor(qintptr descriptor)
{
#ifdef Q_OS_WIN
    ::closesocket(SOCKET(descriptor));
#else
    ::close(int(descriptor));
#endif
}

bool laterDue(const std::int64_t a, const std::int64_t b)
{
    return a > b;
}

enum class Phase
{
    Reading,   // idle or receiving a request
    Queued,    // invocation waiting for a concurrency slot
    Waiting,   // stream:false invocation, answer due later
    Streaming, // SSE answer in progress
    Stalled,   // injected stall: nothing more will be sent
    Closing,   // answered with Connection: close; waiting for the socket to go
};

} // namespace

struct MockWorker::Connection
{
    QTcpSocket *socket = nullptr;
    std::uint64_t id = 0;
    std::uint32_t slot = 0;
    Phase phase = Phase::Reading;
    QByteArray in; // received bytes; in[pos..] not yet parsed
    qsizetype pos = 0;
    HttpRequestParser parser;
    bool continueSent = false;
    bool finalizePosted = false;
    bool readTimerArmed = false;
    bool halfClosed = false;
    std::uint32_t timerGen = 0; // bumped to invalidate this connection's pending heap entry

    // The invocation in service.
    const MockStreamBytes *bytes = nullptr;
    bool keepAlive = true;
    bool stream = false;
    MockInjection injection = MockInjection::None;
    bool holdsSlot = false;
    int nextDelta = 0;
    std::int64_t startNs = 0;
};

MockWorker::MockWorker(MockShared *shared, int index)
    : m_shared(shared), m_counters(*shared->counters), m_index(index)
{
    setObjectName(QStringLiteral("plateau-mock-worker-%1").arg(m_index));
    m_heap.reserve(1024);
}

MockWorker::~MockWorker() = default;

void MockWorker::init()
{
    m_timer = new QTimer(this);
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &MockWorker::onTick);
    m_armedDue = kNever;
}

bool MockWorker::listen(const QHostAddress &address, quint16 port, QString *error)
{
    auto *server = new MockListener(
        [this](qintptr descriptor) {
            MockWorker *target = m_peers.empty() ? this : m_peers[m_roundRobin++ % m_peers.size()];
            if (target == this)
                adopt(descriptor);
            else
                target->postAdopt(descriptor);
        },
        this);
    // Qt's default backlog (50) drops SYNs when a test opens 1000 connections at once.
    server->setListenBacklogSize(4096);
    if (!server->listen(address, port)) {
        if (error)
            *error = QStringLiteral("mock agent cannot listen on %1:%2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(server->errorString());
        delete server;
        return false;
    }
    // Out of descriptors (EMFILE) Qt pauses accepting for good; retry shortly instead of going deaf.
    connect(server, &QTcpServer::acceptError, server, [server] {
        server->pauseAccepting();
        QTimer::singleShot(100, server, [server] { server->resumeAccepting(); });
    });
    m_server = server;
    m_port = server->serverPort();
    return true;
}

void MockWorker::postAdopt(qintptr descriptor)
{
    QMetaObject::invokeMethod(
        this, [this, descriptor] { adopt(descriptor); }, Qt::QueuedConnection);
}

void MockWorker::postGrant(std::uint32_t slot, std::uint64_t connectionId)
{
    QMetaObject::invokeMethod(
        this, [this, slot, connectionId] { onGrant(slot, connectionId); }, Qt::QueuedConnection);
}

void MockWorker::adopt(qintptr descriptor)
{
    if (m_stopped) {
        closeDescriptor(descriptor);
        return;
    }
    QSslSocket *ssl = m_shared->tls ? new QSslSocket(this) : nullptr;
    QTcpSocket *socket = ssl ? ssl : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        closeDescriptor(descriptor);
        return;
    }
    if (ssl) {
        // Decrypted bytes arrive through readyRead like plain ones; answers written before the handshake
        // ends wait in the socket.
        ssl->setSslConfiguration(m_shared->tlsConfiguration);
        ssl->startServerEncryption();
    }
    // Each event must leave at once, not wait for Nagle to coalesce it with the next one.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    MockAtomicCounters::inc(m_counters.connections);

    std::uint32_t slot;
    if (!m_freeSlots.empty()) {
        slot = m_freeSlots.back();
        m_freeSlots.pop_back();
    } else {
        slot = std::uint32_t(m_connections.size());
        m_connections.emplace_back();
    }
    auto c = std::make_unique<Connection>();
    c->socket = socket;
    c->id = m_nextId++;
    c->slot = slot;
    Connection *raw = c.get();
    m_connections[slot] = std::move(c);

    // Signals may fire from inside a write (a failed flush aborts the socket), so teardown is always
    // posted: the code that was writing finishes with a consistent connection.
    connect(socket, &QIODevice::readyRead, this, [this, raw] { onReadyRead(raw); });
    connect(socket, &QAbstractSocket::disconnected, this, [this, raw] { postFinalize(raw); });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, raw] { postFinalize(raw); });
    if (socket->bytesAvailable() > 0)
        onReadyRead(raw);
}

MockWorker::Connection *MockWorker::lookup(std::uint32_t slot, std::uint64_t id) const
{
    if (slot >= m_connections.size())
        return nullptr;
    Connection *c = m_connections[slot].get();
    return (c && c->id == id) ? c : nullptr;
}

void MockWorker::postFinalize(Connection *c)
{
    if (c->finalizePosted)
        return;
    c->finalizePosted = true;
    const std::uint32_t slot = c->slot;
    const std::uint64_t id = c->id;
    QMetaObject::invokeMethod(
        this, [this, slot, id] { finalize(slot, id); }, Qt::QueuedConnection);
}

void MockWorker::finalize(std::uint32_t slot, std::uint64_t id)
{
    Connection *c = lookup(slot, id);
    if (!c)
        return;
    switch (c->phase) {
    case Phase::Queued:
        // Not in the queue any more means a grant is on its way: that slot is ours to give back.
        if (!m_shared->admission.cancel({this, c->slot, c->id}))
            releaseAdmission();
        MockAtomicCounters::inc(m_counters.clientAborts);
        m_counters.inFlight.fetch_sub(1, std::memory_order_relaxed);
        break;
    case Phase::Waiting:
    case Phase::Streaming:
        MockAtomicCounters::inc(m_counters.clientAborts);
        m_counters.inFlight.fetch_sub(1, std::memory_order_relaxed);
        releaseSlot(c);
        break;
    case Phase::Stalled:
        releaseSlot(c);
        break;
    case Phase::Reading:
    case Phase::Closing:
        break;
    }
    destroy(c);
}

void MockWorker::destroy(Connection *c)
{
    QTcpSocket *socket = c->socket;
    socket->disconnect(this); // no signal may reach a dead Connection
    socket->abort();
    socket->deleteLater();
    const std::uint32_t slot = c->slot;
    m_connections[slot].reset();
    m_freeSlots.push_back(slot);
}

void MockWorker::onReadyRead(Connection *c)
{
    QTcpSocket *socket = c->socket;
    const qint64 available = socket->bytesAvailable();
    if (available <= 0)
        return;
    if (c->phase == Phase::Closing) {
        socket->skip(available); // we are done with this client; drop what it still sends
        return;
    }
    // While an answer is in progress, pipelined bytes wait here; a client that floods them is hostile.
    if (c->phase != Phase::Reading &&
        (c->in.size() - c->pos) + available >
            HttpRequestParser::kMaxHeadBytes + HttpRequestParser::kMaxBodyBytes) {
        socket->abort();
        return;
    }
    if (c->pos > 0 && c->pos == c->in.size()) {
        c->in.resize(0);
        c->pos = 0;
    } else if (c->pos > HttpRequestParser::kMaxHeadBytes) {
        c->in.remove(0, c->pos);
        c->pos = 0;
    }
    const qsizetype old = c->in.size();
    c->in.resize(old + available);
    const qint64 got = socket->read(c->in.data() + old, available);
    c->in.resize(old + std::max<qint64>(got, 0));
    if (c->phase == Phase::Reading)
        processInput(c);
}

void MockWorker::processInput(Connection *c)
{
    while (c->phase == Phase::Reading && c->socket->state() == QAbstractSocket::ConnectedState) {
        const auto st = c->parser.parse(c->in, c->pos);
        if (st == HttpRequestParser::Status::NeedMore) {
            if (c->parser.awaitingBody() && c->parser.request().expectContinue && !c->continueSent) {
                c->continueSent = true;
                send(c, m_shared->wire.continue100, 100);
            }
            // A started request must finish within requestTimeoutMs (slowloris); idle keep-alive is free.
            if (c->parser.inProgress(c->in, c->pos)) {
                if (!c->readTimerArmed) {
                    schedule(c, monotonicNs() + std::int64_t(m_shared->config.requestTimeoutMs) * 1000000);
                    c->readTimerArmed = true;
                }
            } else if (c->readTimerArmed) {
                cancelTimer(c);
            }
            break;
        }
        if (c->readTimerArmed)
            cancelTimer(c);
        if (st == HttpRequestParser::Status::Error) {
            respondError(c, c->parser.errorStatus(), c->parser.errorMessage(), true);
            break;
        }
        handleRequest(c);
        c->parser.reset();
        c->continueSent = false;
    }
    if (c->pos == c->in.size()) {
        c->in.resize(0); // keeps the capacity
        c->pos = 0;
    }
}

void MockWorker::handleRequest(Connection *c)
{
    const HttpRequest &req = c->parser.request();
    MockAtomicCounters::inc(m_counters.requests);
    c->keepAlive = req.keepAlive;
    const QByteArray path = req.path();
    if (path == "/invocations") {
        if (requireMethod(c, "POST", path))
            handleInvocation(c);
    } else if (path == "/health" || path == "/api/health") {
        if (requireMethod(c, "GET", path))
            sendHealth(c);
    } else if (path == "/api/auth/login-json") {
        if (requireMethod(c, "POST", path))
            handleLogin(c);
    } else if (path == "/api/sessions") {
        if (requireMethod(c, "POST", path))
            handleSession(c);
    } else if (path == "/api/chat") {
        if (requireMethod(c, "POST", path))
            handleChat(c);
    } else {
        respondError(c, 404,
                     QStringLiteral("no route for %1; the mock serves POST /invocations, GET /health, "
                                    "GET /api/health, POST /api/auth/login-json, POST /api/sessions and "
                                    "POST /api/chat")
                         .arg(QString::fromLatin1(path.left(200))),
                     !c->keepAlive);
    }
}

bool MockWorker::requireMethod(Connection *c, const char *method, const QByteArray &path)
{
    const HttpRequest &req = c->parser.request();
    if (req.method == method)
        return true;
    respondError(c, 405,
                 QStringLiteral("method %1 not allowed on %2; use %3")
                     .arg(QString::fromLatin1(req.method.left(40)), QString::fromLatin1(path),
                          QString::fromLatin1(method)),
                 !c->keepAlive, "Allow: " + QByteArray(method) + "\r\n");
    return false;
}

void MockWorker::sendHealth(Connection *c)
{
    MockAtomicCounters::inc(m_counters.health);
    send(c, c->keepAlive ? m_shared->wire.healthKeepAlive : m_shared->wire.healthClose, 200);
    if (!c->keepAlive)
        closeAfterAnswer(c);
}

bool MockWorker::jsonBody(Connection *c, const QString &what, QJsonObject *out)
{
    const HttpRequest &req = c->parser.request();
    if (req.body.isEmpty()) {
        respondError(c, 400, QStringLiteral("missing JSON body: %1").arg(what), !c->keepAlive);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(req.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        respondError(c, 400,
                     QStringLiteral("invalid JSON body at offset %1: %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString()),
                     !c->keepAlive);
        return false;
    }
    if (!doc.isObject()) {
        respondError(c, 400, QStringLiteral("JSON body must be an object"), !c->keepAlive);
        return false;
    }
    *out = doc.object();
    return true;
}

void MockWorker::sendApiAnswer(Connection *c, int status, const QByteArray &body)
{
    send(c, mockJsonResponse(status, body, !c->keepAlive), status);
    if (!c->keepAlive)
        closeAfterAnswer(c);
}

void MockWorker::handleLogin(Connection *c)
{
    MockAtomicCounters::inc(m_counters.apiLogins);
    const MockApiAnswer a = m_shared->accounts.login(c->parser.request().body);
    if (a.status == 401)
        MockAtomicCounters::inc(m_counters.loginsRefused);
    sendApiAnswer(c, a.status, a.body);
}

void MockWorker::handleSession(Connection *c)
{
    MockAtomicCounters::inc(m_counters.apiSessions);
    const MockApiAnswer a = m_shared->accounts.createSession(c->parser.request().authorization);
    if (a.status == 401)
        MockAtomicCounters::inc(m_counters.tokensRefused);
    sendApiAnswer(c, a.status, a.body);
}

void MockWorker::handleChat(Connection *c)
{
    MockAtomicCounters::inc(m_counters.apiChats);
    QJsonObject body;
    if (!jsonBody(c, QStringLiteral("POST /api/chat needs {\"session_id\":..,\"message\":..}"), &body))
        return;
    const QJsonValue session = body.value(QLatin1String("session_id"));
    const QJsonValue message = body.value(QLatin1String("message"));
    const QJsonValue stream = body.value(QLatin1String("stream"));
    if (!session.isString() || session.toString().isEmpty()) {
        respondError(c, 400, QStringLiteral("field \"session_id\" must be a non-empty string"),
                     !c->keepAlive);
        return;
    }
    if (!message.isString()) {
        respondError(c, 400, QStringLiteral("field \"message\" must be a string"), !c->keepAlive);
        return;
    }
    if (!stream.isUndefined() && !stream.isBool()) {
        respondError(c, 400, QStringLiteral("field \"stream\" must be a boolean"), !c->keepAlive);
        return;
    }
    const MockApiAnswer a =
        m_shared->accounts.admitChat(c->parser.request().authorization, session.toString().toUtf8());
    if (a.status != 0) {
        MockAtomicCounters::inc(a.status == 401 ? m_counters.tokensRefused : m_counters.sessionsRefused);
        sendApiAnswer(c, a.status, a.body);
        return;
    }
    beginInvocation(c, stream.toBool(false));
}

void MockWorker::handleInvocation(Connection *c)
{
    QJsonObject body;
    if (!jsonBody(c, QStringLiteral("POST /invocations needs {\"input\":[...]} or {\"messages\":[...]}"),
                  &body))
        return;
    const QJsonValue stream = body.value(QLatin1String("stream"));
    if (!stream.isUndefined() && !stream.isBool()) {
        respondError(c, 400, QStringLiteral("field \"stream\" must be a boolean"), !c->keepAlive);
        return;
    }
    if (!body.contains(QLatin1String("input")) && !body.contains(QLatin1String("messages"))) {
        respondError(c, 400, QStringLiteral("JSON body needs an \"input\" or a \"messages\" field"),
                     !c->keepAlive);
        return;
    }
    beginInvocation(c, stream.toBool(false));
}

void MockWorker::beginInvocation(Connection *c, bool stream)
{
    const HttpRequest &req = c->parser.request();
    MockAtomicCounters::inc(m_counters.invocations);
    c->stream = stream;
    c->injection =
        mockInjectionFor(m_shared->config, m_shared->nextInvocation.fetch_add(1, std::memory_order_relaxed));
    const bool http10 = req.minorVersion == 0;
    c->bytes = (c->stream && http10) ? &m_shared->wire.raw : &m_shared->wire.chunked;
    if (c->stream && http10)
        c->keepAlive = false; // a close-delimited body ends with the connection

    const MockWire &w = m_shared->wire;
    if (c->injection == MockInjection::Http429) {
        MockAtomicCounters::inc(m_counters.http429);
        send(c, c->keepAlive ? w.http429KeepAlive : w.http429Close, 429);
        if (!c->keepAlive)
            closeAfterAnswer(c);
        return;
    }
    if (c->injection == MockInjection::Http500) {
        MockAtomicCounters::inc(m_counters.http500);
        send(c, c->keepAlive ? w.http500KeepAlive : w.http500Close, 500);
        if (!c->keepAlive)
            closeAfterAnswer(c);
        return;
    }
    m_counters.inFlight.fetch_add(1, std::memory_order_relaxed);
    if (m_shared->admission.tryEnter({this, c->slot, c->id}))
        startService(c);
    else
        c->phase = Phase::Queued;
}

void MockWorker::onGrant(std::uint32_t slot, std::uint64_t id)
{
    // A connection that closed while its grant was in the post already gave the slot back (finalize).
    Connection *c = lookup(slot, id);
    if (c && c->phase == Phase::Queued)
        startService(c);
}

void MockWorker::startService(Connection *c)
{
    // The stream's clock starts here, when it has a slot: queue time is not part of the chunk timing.
    c->holdsSlot = true;
    c->startNs = monotonicNs();
    c->nextDelta = 0;
    if (c->stream) {
        c->phase = Phase::Streaming;
        send(c, c->keepAlive ? c->bytes->preludeKeepAlive : c->bytes->preludeClose, 200);
        schedule(c, c->startNs + m_shared->delayNs);
    } else {
        c->phase = Phase::Waiting;
        schedule(c, c->startNs + std::int64_t(m_shared->config.chunkCount) * m_shared->delayNs);
    }
}

void MockWorker::fire(Connection *c)
{
    // A socket that went away has its finalize posted; it will count the abort.
    if (c->socket->state() != QAbstractSocket::ConnectedState)
        return;
    switch (c->phase) {
    case Phase::Reading:
        MockAtomicCounters::inc(m_counters.requestTimeouts);
        c->readTimerArmed = false;
        respondError(
            c, 408,
            QStringLiteral("request not complete within %1 ms").arg(m_shared->config.requestTimeoutMs), true);
        break;
    case Phase::Waiting:
        if (c->injection == MockInjection::Stall) {
            MockAtomicCounters::inc(m_counters.stalls);
            m_counters.inFlight.fetch_sub(1, std::memory_order_relaxed);
            c->phase = Phase::Stalled;
            break;
        }
        // Outcomes count before the last bytes go out, so a client that has read its answer also finds it
        // counted (fire() returned above if the socket was already gone).
        MockAtomicCounters::inc(m_counters.nonStreaming);
        m_counters.inFlight.fetch_sub(1, std::memory_order_relaxed);
        releaseSlot(c);
        send(c, c->keepAlive ? m_shared->wire.nonStreamKeepAlive : m_shared->wire.nonStreamClose, 200);
        finishInvocation(c);
        break;
    case Phase::Streaming:
        streamTick(c);
        break;
    case Phase::Closing:
        c->socket->abort(); // the client did not close within kLingerNs
        break;
    case Phase::Queued:
    case Phase::Stalled:
        break;
    }
}

void MockWorker::streamTick(Connection *c)
{
    const int k = c->nextDelta;
    const int n = m_shared->config.chunkCount;
    const int half = n / 2;
    const MockStreamBytes &b = *c->bytes;
    // The outcome counts and the slot frees before the final bytes go out (see fire()): a client holding
    // [DONE] finds its stream counted and its slot free.
    auto complete = [this, c](const QByteArray &lastBytes) {
        MockAtomicCounters::inc(m_counters.streamsCompleted);
        m_counters.inFlight.fetch_sub(1, std::memory_order_relaxed);
        releaseSlot(c);
        send(c, lastBytes);
        finishInvocation(c);
    };

    if (k == half && c->injection == MockInjection::MidStreamError) {
        MockAtomicCounters::inc(m_counters.midStreamErrors);
        complete(b.errorEnd);
        return;
    }
    if (k == half && c->injection == MockInjection::Stall) {
        MockAtomicCounters::inc(m_counters.stalls);
        m_counters.inFlight.fetch_sub(1, std::memory_order_relaxed);
        c->phase = Phase::Stalled; // keeps its slot until the client gives up, like a hung server worker
        return;
    }
    if (k >= n) { // chunkCount == 0: no text at all
        complete(b.end);
        return;
    }
    MockAtomicCounters::inc(m_counters.deltasSent);
    if (k == n - 1) {
        complete(b.finalDelta);
        return;
    }
    if (!send(c, b.deltas[std::size_t(k % int(b.deltas.size()))]))
        return; // the client is gone; finalize counts the abort
    c->nextDelta = k + 1;
    // Absolute schedule from the stream start: a late tick does not push every later delta back.
    schedule(c, c->startNs + std::int64_t(k + 2) * m_shared->delayNs);
}

void MockWorker::finishInvocation(Connection *c)
{
    releaseSlot(c);
    c->injection = MockInjection::None;
    if (!c->keepAlive) {
        closeAfterAnswer(c);
        return;
    }
    c->phase = Phase::Reading;
    processInput(c); // a pipelined request may be waiting
}

void MockWorker::releaseSlot(Connection *c)
{
    if (!c->holdsSlot)
        return;
    c->holdsSlot = false;
    releaseAdmission();
}

void MockWorker::releaseAdmission()
{
    m_granted.clear();
    m_shared->admission.release(m_granted);
    for (const MockAdmission::Ticket &t : m_granted)
        t.worker->postGrant(t.slot, t.connectionId);
}

bool MockWorker::send(Connection *c, const QByteArray &bytes, int status)
{
    QTcpSocket *socket = c->socket;
    if (socket->state() != QAbstractSocket::ConnectedState)
        return false;
    if (status)
        m_counters.countStatus(status);
    if (m_shared->tls) { // the bytes must go through the TLS session, never straight to the kernel
        socket->write(bytes);
        socket->flush();
        return socket->state() == QAbstractSocket::ConnectedState;
    }
#ifdef MSG_NOSIGNAL
    qint64 written = 0;
    // The common case, nothing queued in Qt: one send() straight to the kernel. QIODevice::write + flush
    // would copy into a ring buffer and enable then disable the write notifier on every event, and with the
    // glib dispatcher unregistering a notifier is a linear search over all of this thread's sockets.
    if (socket->bytesToWrite() == 0) {
        const auto fd = int(socket->socketDescriptor());
        ssize_t n;
        do {
            n = ::send(fd, bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL);
        } while (n < 0 && errno == EINTR);
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK) {
            socket->abort(); // the peer is gone; the posted finalize counts the outcome
            return false;
        }
        written = n < 0 ? 0 : qint64(n);
        if (written == bytes.size())
            return true;
    }
    // A slow reader: the kernel buffer is full, so Qt keeps the rest and sends it when the socket is writable
    // again (no flush: it would only fail with EAGAIN once per event).
    socket->write(bytes.constData() + written, bytes.size() - written);
#else
    socket->write(bytes);
    socket->flush(); // out now, in this tick: the timing is the point of the mock
#endif
    return socket->state() == QAbstractSocket::ConnectedState;
}

void MockWorker::respondError(Connection *c, int status, const QString &message, bool close,
                              const QByteArray &extraHeaders)
{
    MockAtomicCounters::inc(m_counters.badRequests);
    send(c, mockJsonResponse(status, mockErrorBody(message), close, extraHeaders), status);
    if (close)
        closeAfterAnswer(c);
}

void MockWorker::closeAfterAnswer(Connection *c)
{
    // A lingering close: half-close once the answer is out, drop what the client still sends, and let the
    // client close (or give up after kLingerMs). Closing at once with unread input would send an RST that
    // can destroy the answer in the client's receive queue (a 413 after an oversized upload, say).
    c->phase = Phase::Closing;
    schedule(c, monotonicNs() + kLingerNs);
    QTcpSocket *socket = c->socket;
    if (socket->bytesToWrite() == 0) {
        halfClose(c);
        return;
    }
    connect(socket, &QIODevice::bytesWritten, this, [this, c] {
        if (c->socket->bytesToWrite() == 0)
            halfClose(c);
    });
}

void MockWorker::halfClose(Connection *c)
{
    if (c->halfClosed || c->socket->state() != QAbstractSocket::ConnectedState)
        return;
    c->halfClosed = true;
#ifdef Q_OS_WIN
    ::shutdown(SOCKET(c->socket->socketDescriptor()), SD_SEND);
#else
    ::shutdown(int(c->socket->socketDescriptor()), SHUT_WR);
#endif
}

void MockWorker::schedule(Connection *c, std::int64_t due)
{
    c->readTimerArmed = false;
    ++c->timerGen;
    m_heap.push_back({due, c->id, c->slot, c->timerGen});
    std::push_heap(m_heap.begin(), m_heap.end(),
                   [](const Due &a, const Due &b) { return laterDue(a.due, b.due); });
    if (!m_inTick && due < m_armedDue)
        arm();
}

void MockWorker::cancelTimer(Connection *c)
{
    c->readTimerArmed = false;
    ++c->timerGen; // the heap entry stays and is skipped when it comes due
}

void MockWorker::onTick()
{
    m_inTick = true;
    m_armedDue = kNever;
    const auto cmp = [](const Due &a, const Due &b) {
        return laterDue(a.due, b.due);
    };
    // Only what is due at the start of this tick, each entry at most once: when the mock falls behind, new
    // (overdue) entries wait for the next tick, so reads, accepts and grants get their turn in between
    // instead of being starved by an endless catch-up loop.
    const std::int64_t horizon = monotonicNs() + kSlackNs;
    std::size_t budget = std::max<std::size_t>(m_heap.size(), 256); // 256: chunkDelayMs 0 streams in bursts
    std::int64_t now = horizon - kSlackNs;
    int sinceClock = 0;
    std::uint64_t fired = 0, late = 0, latenessUs = 0, worstUs = 0;
    while (budget > 0 && !m_heap.empty() && m_heap.front().due <= horizon) {
        --budget;
        const Due e = m_heap.front();
        std::pop_heap(m_heap.begin(), m_heap.end(), cmp);
        m_heap.pop_back();
        Connection *c = lookup(e.slot, e.id);
        if (!c || c->timerGen != e.gen)
            continue;
        if (c->phase == Phase::Streaming || c->phase == Phase::Waiting) {
            const std::uint64_t us = now > e.due ? std::uint64_t(now - e.due) / 1000 : 0;
            ++fired;
            latenessUs += us;
            late += us > 1000 ? 1 : 0;
            worstUs = std::max(worstUs, us);
        }
        fire(c);
        // Writing a thousand events takes a while; refresh "now" so the lateness figures stay honest.
        if (++sinceClock == 32) {
            sinceClock = 0;
            now = monotonicNs();
        }
    }
    if (fired) { // one set of atomic adds per tick, not per event
        m_counters.timedEvents.fetch_add(fired, std::memory_order_relaxed);
        m_counters.lateEvents.fetch_add(late, std::memory_order_relaxed);
        m_counters.latenessSumUs.fetch_add(latenessUs, std::memory_order_relaxed);
        MockAtomicCounters::raiseTo(m_counters.maxLatenessUs, worstUs);
    }
    m_inTick = false;
    arm();
}

void MockWorker::arm()
{
    if (m_stopped || m_heap.empty()) {
        m_timer->stop();
        m_armedDue = kNever;
        return;
    }
    const std::int64_t due = m_heap.front().due;
    if (due == m_armedDue && m_timer->isActive())
        return;
    const std::int64_t wait = due - monotonicNs();
    // Round to the nearest millisecond; onTick's slack sends what is due within half of one.
    const int ms = wait <= 0 ? 0 : int(std::min<std::int64_t>((wait + 500'000) / 1'000'000, 1 << 30));
    m_timer->start(ms);
    m_armedDue = due;
}

void MockWorker::shutdown()
{
    m_stopped = true;
    delete m_server;
    m_server = nullptr;
    if (m_timer)
        m_timer->stop();
    for (auto &owned : m_connections) {
        Connection *c = owned.get();
        if (!c)
            continue;
        switch (c->phase) {
        case Phase::Queued:
            if (!m_shared->admission.cancel({this, c->slot, c->id}))
                releaseAdmission(); // closed: grants nothing, keeps the gauges right
            [[fallthrough]];
        case Phase::Waiting:
        case Phase::Streaming:
            MockAtomicCounters::inc(m_counters.stoppedInFlight);
            m_counters.inFlight.fetch_sub(1, std::memory_order_relaxed);
            releaseSlot(c);
            break;
        case Phase::Stalled:
            releaseSlot(c);
            break;
        case Phase::Reading:
        case Phase::Closing:
            break;
        }
        c->socket->disconnect(this);
        c->socket->abort();
        delete c->socket; // not inside any of its signals: this is a posted call
        owned.reset();
    }
    m_connections.clear();
    m_freeSlots.clear();
    m_heap.clear();
}

} // namespace plateau
