#include "core/engine/leanepoll.h"

#include "core/common/monoclock.h"
#include "core/engine/transporterrors.h"

#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <unistd.h>

namespace plateau {

namespace {

QString strerrorText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

LeanEpollConnection::LeanEpollConnection(LeanShared &shared, LeanConnectionSink &sink)
    : m_shared(shared), m_sink(sink)
{}

LeanEpollConnection::~LeanEpollConnection()
{
    close();
}

void LeanEpollConnection::open(const LeanTarget &target)
{
    close();
    m_host = target.host;
    m_port = target.port;
    m_useTls = target.tls;
    m_error.clear();
    m_written = 0;
    m_request = nullptr;
    m_setup = ConnectionSetup();
    m_openNs = monotonicNs();
    m_addresses.clear();
    if (m_useTls && !m_shared.tlsContext) {
        m_sink.setupFailed(QStringLiteral("TLS to %1:%2 cannot start: %3")
                               .arg(m_host)
                               .arg(m_port)
                               .arg(m_shared.tlsContextError));
        return;
    }
    LeanAddress literal;
    if (literalAddress(m_host, m_port, literal)) {
        m_addresses.push_back(literal);
        connectTo(0);
        return;
    }
    m_resolving = true;
    m_opening = true;
    hostResolved(); // answered at once when the name is known; otherwise later, from the resolver
    m_opening = false;
}

void LeanEpollConnection::hostResolved()
{
    if (!m_resolving)
        return;
    const LeanResolver::Result *result = m_shared.resolver.lookup(m_host, this);
    if (!result)
        return; // waiting for the lookup
    m_resolving = false;
    if (result->addresses.empty()) {
        // Inside open() (a lookup that failed a moment ago) the failure must wait for the event loop.
        if (m_opening)
            m_sink.setupFailed(hostNotFoundDetail(m_host, result->error));
        else
            m_sink.connectFailed(TransportError::Connect, hostNotFoundDetail(m_host, result->error));
        return;
    }
    m_addresses = result->addresses; // a copy: the resolver reorders its own list as connections succeed
    for (LeanAddress &a : m_addresses)
        setPort(a, m_port);
    connectTo(0);
}

void LeanEpollConnection::connectTo(int index)
{
    m_addressIndex = index;
    m_connectErrno = 0;
    const LeanAddress &target = m_addresses[size_t(index)];
    // A connection that cannot even be set up fails like a refused connect, from the event loop.
    auto failSetup = [this](int error) {
        m_sink.setupFailed(
            QStringLiteral("connect to %1:%2 failed: %3").arg(m_host).arg(m_port).arg(strerrorText(error)));
    };
    const int fd = ::socket(target.address.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        failSetup(errno);
        return;
    }
    // Streamed events are small writes: Nagle would hold our request behind the server's delayed ACK.
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&target.address), target.length) != 0 &&
        errno != EINPROGRESS)
        m_connectErrno = errno; // reported when epoll says the socket is done (an unconnected one hangs up)
    // Level-triggered: EPOLLOUT says the connect finished, either way.
    m_pollId = m_shared.poller->add(fd, EPOLLOUT | EPOLLRDHUP, this);
    if (m_pollId < 0) {
        const int e = errno;
        ::close(fd);
        failSetup(e);
        return;
    }
    m_fd = fd;
}

void LeanEpollConnection::closeSocket()
{
    if (m_fd < 0)
        return;
    m_tls.end();
    m_shared.poller->removeAndClose(m_pollId, m_fd);
    m_fd = -1;
    m_pollId = -1;
    m_connected = false;
    m_handshaking = false;
    m_wantWrite = false;
}

void LeanEpollConnection::close()
{
    if (m_resolving) {
        m_shared.resolver.cancel(this);
        m_resolving = false;
    }
    closeSocket();
}

bool LeanEpollConnection::reusable() const
{
    return m_fd >= 0 && m_connected && !hasUnreadBytes() && idleAndOpen();
}

bool LeanEpollConnection::idleAndOpen() const
{
    // Nothing to read and no close seen on the idle connection: one cheap syscall per reused request,
    // which also catches a server's idle close that the event loop has not reported yet.
    char probe;
    const ssize_t n = ::recv(m_fd, &probe, 1, MSG_PEEK | MSG_DONTWAIT);
    return n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK);
}

void LeanEpollConnection::watch(bool wantWrite)
{
    if (wantWrite == m_wantWrite)
        return;
    m_wantWrite = wantWrite;
    m_shared.poller->modify(m_pollId, m_fd, EPOLLIN | EPOLLRDHUP | (wantWrite ? EPOLLOUT : 0u));
}

void LeanEpollConnection::send(const QByteArray &request)
{
    m_request = &request;
    m_written = 0;
    write(); // a failure goes through endOfStream, whose retry rule keeps start() silent
}

void LeanEpollConnection::onEpollEvents(std::uint32_t events)
{
    switch (m_sink.state()) {
    case LeanRequestState::Connecting:
        if (m_handshaking)
            onHandshake();
        else
            onConnectable();
        return;
    case LeanRequestState::Waiting:
        onReadable(events);
        return;
    case LeanRequestState::Idle:
    case LeanRequestState::Failing:
        // On an idle connection: the server's close or bytes nobody asked for (a 408 before an idle close,
        // garbage). Either way the connection can no longer frame a next response.
        m_sink.idleConnectionLost();
        return;
    }
}

void LeanEpollConnection::onConnectable()
{
    int err = m_connectErrno;
    if (err == 0) {
        socklen_t len = sizeof err;
        if (::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &err, &len) != 0)
            err = errno;
    }
    if (err != 0) {
        connectNextOrFail(err);
        return;
    }
    m_shared.resolver.connected(m_host, m_addressIndex);
    m_tcpNs = monotonicNs();
    m_setup.connectNs = m_tcpNs - m_openNs;
    m_wantWrite = true; // registered for EPOLLOUT while connecting
    if (!m_useTls) {
        m_connected = true;
        watch(false);
        m_sink.connectionReady();
        return;
    }
    if (!m_tls.begin(*m_shared.tlsContext, m_fd, m_host)) {
        const QString reason = m_tls.failure();
        closeSocket();
        m_sink.connectFailed(
            TransportError::Tls,
            QStringLiteral("TLS to %1:%2 cannot start: %3").arg(m_host).arg(m_port).arg(reason));
        return;
    }
    m_handshaking = true;
    onHandshake(); // the ClientHello goes out now
}

void LeanEpollConnection::connectNextOrFail(int error)
{
    const QString reason = strerrorText(error);
    // A name's next address (an IPv6 one that nothing listens on, then the IPv4 one, say), within the same
    // connect timeout.
    if (m_addressIndex + 1 < int(m_addresses.size())) {
        closeSocket();
        connectTo(m_addressIndex + 1);
        return;
    }
    if (m_addresses.size() > 1)
        m_shared.resolver.forget(m_host); // every address failed: look the name up again next time
    const QString where = m_addresses.size() > 1 ? QStringLiteral("%1 (%2 addresses, the last %3)")
                                                       .arg(m_host)
                                                       .arg(m_addresses.size())
                                                       .arg(addressText(m_addresses.back()))
                                                 : m_host;
    m_sink.connectFailed(
        TransportError::Connect,
        error == ECONNREFUSED
            ? connectRefusedDetail(where, m_port, reason)
            : QStringLiteral("connect to %1:%2 failed: %3").arg(where).arg(m_port).arg(reason));
}

void LeanEpollConnection::onHandshake()
{
    const TlsStream::Io io = m_tls.handshake();
    switch (io) {
    case TlsStream::Io::Ok:
        m_handshaking = false;
        m_connected = true;
        m_setup.tlsNs = monotonicNs() - m_tcpNs;
        watch(false);
        m_sink.connectionReady();
        return;
    case TlsStream::Io::WantRead:
        watch(false);
        return;
    case TlsStream::Io::WantWrite:
        watch(true);
        return;
    case TlsStream::Io::Closed:
    case TlsStream::Io::Failed:
        failHandshake(io);
        return;
    }
}

void LeanEpollConnection::failHandshake(TlsStream::Io io)
{
    const QString reason = m_tls.failure();
    const bool certificate = m_tls.certificateRejected();
    const QString advice = m_tls.certificateAdvice();
    closeSocket();
    QString detail;
    if (io == TlsStream::Io::Closed)
        detail =
            QStringLiteral("TLS handshake with %1:%2 failed: the server closed the connection during the "
                           "handshake — does it speak https on this port, and accept this client?")
                .arg(m_host)
                .arg(m_port);
    else if (isPlainHttpAnswer(reason))
        detail = plainHttpAnswerDetail(reason);
    else if (certificate)
        detail = QStringLiteral("TLS: the certificate of %1:%2 was refused: %3 — %4")
                     .arg(m_host)
                     .arg(m_port)
                     .arg(reason, advice);
    else
        detail = QStringLiteral("TLS handshake with %1:%2 failed: %3").arg(m_host).arg(m_port).arg(reason);
    m_error = reason;
    m_sink.connectFailed(TransportError::Tls, detail);
}

bool LeanEpollConnection::write()
{
    const char *const data = m_request->constData();
    const qsizetype size = m_request->size();
    while (m_written < size) {
        if (m_tls.active()) {
            qsizetype n = 0;
            switch (m_tls.write(data + m_written, size - m_written, &n)) {
            case TlsStream::Io::Ok:
                m_written += n;
                continue;
            case TlsStream::Io::WantWrite:
                watch(true);
                return true;
            case TlsStream::Io::WantRead: // the rest goes out on the next readable event
                return true;
            case TlsStream::Io::Closed:
                m_error = QStringLiteral("the server closed the connection");
                m_sink.endOfStream(QAbstractSocket::RemoteHostClosedError);
                return false;
            case TlsStream::Io::Failed:
                m_error = m_tls.failure();
                m_sink.endOfStream(QAbstractSocket::SslInternalError);
                return false;
            }
        }
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
            watch(true); // the rest goes out when the socket drains
            return true;
        }
        m_error = strerrorText(e);
        m_sink.endOfStream(e == EPIPE || e == ECONNRESET ? QAbstractSocket::RemoteHostClosedError
                                                         : QAbstractSocket::NetworkError);
        return false;
    }
    watch(false);
    return true;
}

void LeanEpollConnection::onReadable(std::uint32_t events)
{
    const quint64 generation = m_sink.generation();
    if (m_request && m_written < m_request->size()) {
        if (!write())
            return;
        if (m_written < m_request->size() && !(events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)))
            return;
    }
    if (!(events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)))
        return;
    const bool closing = events & (EPOLLRDHUP | EPOLLHUP | EPOLLERR);
    char *const buffer = m_shared.readBuffer.get();
    for (;;) {
        qsizetype got = 0;
        int error = 0;
        bool eof = false;
        if (m_tls.active()) {
            switch (m_tls.read(buffer, kLeanReadBufferBytes, &got)) {
            case TlsStream::Io::Ok:
                break;
            case TlsStream::Io::WantRead:
                return;
            case TlsStream::Io::WantWrite:
                watch(true);
                return;
            case TlsStream::Io::Closed:
                eof = true;
                break;
            case TlsStream::Io::Failed:
                m_error = m_tls.failure();
                m_sink.endOfStream(QAbstractSocket::SslInternalError);
                return;
            }
        } else {
            const ssize_t n = ::recv(m_fd, buffer, size_t(kLeanReadBufferBytes), 0);
            if (n > 0)
                got = n;
            else if (n == 0)
                eof = true;
            else
                error = errno;
        }
        if (got > 0) {
            if (!m_sink.responseBytes(buffer, got))
                return; // the client, and this connection with it, is gone
            if (m_sink.generation() != generation || m_sink.state() != LeanRequestState::Waiting || m_fd < 0)
                return; // finished, restarted or aborted from a callback
            // Level-triggered: a short read emptied the socket, and anything newer is reported again; one
            // recv per event instead of a second one that only says EAGAIN. OpenSSL may hold records it read
            // ahead, which no event reports. At the close, drain to the EOF.
            if (got < kLeanReadBufferBytes && !closing && !m_tls.hasBuffered())
                return;
            continue;
        }
        if (eof) {
            m_sink.endOfStream(QAbstractSocket::RemoteHostClosedError);
            return;
        }
        if (error == EINTR)
            continue;
        if (error == EAGAIN || error == EWOULDBLOCK)
            return;
        m_error = strerrorText(error);
        m_sink.endOfStream(error == ECONNRESET || error == EPIPE ? QAbstractSocket::RemoteHostClosedError
                                                                 : QAbstractSocket::NetworkError);
        return;
    }
}

} // namespace plateau
