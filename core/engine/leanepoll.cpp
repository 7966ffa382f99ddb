#include "core/engine/leanepoll.h"

#include "core/engine/transporterrors.h"

#include <QHostAddress>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <unistd.h>

namespace plateau {

LeanEpollConnection::LeanEpollConnection(LeanShared &shared, LeanConnectionSink &sink)
    : m_shared(shared), m_sink(sink)
{}

LeanEpollConnection::~LeanEpollConnection()
{
    close();
}

bool LeanEpollConnection::resolveLiteral(LeanTarget &target)
{
    QHostAddress address;
    bool literal = false;
    if (target.host == QLatin1String("localhost")) {
        address = QHostAddress(QHostAddress::LocalHost);
        literal = true;
    } else {
        literal = address.setAddress(target.host);
    }
    if (literal && address.protocol() == QAbstractSocket::IPv4Protocol) {
        sockaddr_in sin{};
        sin.sin_family = AF_INET;
        sin.sin_port = htons(target.port);
        sin.sin_addr.s_addr = htonl(address.toIPv4Address());
        std::memcpy(&target.address, &sin, sizeof sin);
        target.addressLen = sizeof sin;
        return true;
    }
    if (literal && address.protocol() == QAbstractSocket::IPv6Protocol && address.scopeId().isEmpty()) {
        sockaddr_in6 sin6{};
        sin6.sin6_family = AF_INET6;
        sin6.sin6_port = htons(target.port);
        const Q_IPV6ADDR a = address.toIPv6Address();
        std::memcpy(&sin6.sin6_addr, &a, sizeof a);
        std::memcpy(&target.address, &sin6, sizeof sin6);
        target.addressLen = sizeof sin6;
        return true;
    }
    target.addressLen = 0;
    return false;
}

void LeanEpollConnection::open(const LeanTarget &target)
{
    close();
    m_host = target.host;
    m_port = target.port;
    m_error.clear();
    m_connectErrno = 0;
    m_written = 0;
    m_request = nullptr;
    // A connection that cannot even be set up fails like a refused connect, from the event loop.
    auto failSetup = [this](int error) {
        m_sink.setupFailed(QStringLiteral("connect to %1:%2 failed: %3")
                               .arg(m_host)
                               .arg(m_port)
                               .arg(QString::fromLocal8Bit(std::strerror(error))));
    };
    const int fd = ::socket(target.address.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        failSetup(errno);
        return;
    }
    // Streamed events are small writes: Nagle would hold our request behind the server's delayed ACK.
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&target.address), target.addressLen) != 0 &&
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

void LeanEpollConnection::close()
{
    if (m_fd < 0)
        return;
    m_shared.poller->removeAndClose(m_pollId, m_fd);
    m_fd = -1;
    m_pollId = -1;
    m_connected = false;
    m_wantWrite = false;
}

bool LeanEpollConnection::reusable() const
{
    return m_fd >= 0 && m_connected && idleAndOpen();
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
        const QString reason = QString::fromLocal8Bit(std::strerror(err));
        m_sink.connectFailed(
            TransportError::Connect,
            err == ECONNREFUSED
                ? connectRefusedDetail(m_host, m_port, reason)
                : QStringLiteral("connect to %1:%2 failed: %3").arg(m_host).arg(m_port).arg(reason));
        return;
    }
    m_connected = true;
    m_wantWrite = true; // registered for EPOLLOUT while connecting
    watch(false);
    m_sink.connectionReady();
}

bool LeanEpollConnection::write()
{
    const char *const data = m_request->constData();
    const qsizetype size = m_request->size();
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
            watch(true); // the rest goes out when the socket drains
            return true;
        }
        m_error = QString::fromLocal8Bit(std::strerror(e));
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
    if ((events & EPOLLOUT) && m_request && m_written < m_request->size()) {
        if (!write())
            return;
    }
    if (!(events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)))
        return;
    const bool closing = events & (EPOLLRDHUP | EPOLLHUP | EPOLLERR);
    char *const buffer = m_shared.readBuffer.get();
    for (;;) {
        const ssize_t n = ::recv(m_fd, buffer, size_t(kLeanReadBufferBytes), 0);
        if (n > 0) {
            if (!m_sink.responseBytes(buffer, qsizetype(n)))
                return; // the client, and this connection with it, is gone
            if (m_sink.generation() != generation || m_sink.state() != LeanRequestState::Waiting || m_fd < 0)
                return; // finished, restarted or aborted from a callback
            // Level-triggered: a short read emptied the socket, and anything newer is reported again; one
            // recv per event instead of a second one that only says EAGAIN. At the close, drain to the EOF.
            if (n < kLeanReadBufferBytes && !closing)
                return;
            continue;
        }
        if (n == 0) {
            m_sink.endOfStream(QAbstractSocket::RemoteHostClosedError);
            return;
        }
        const int e = errno;
        if (e == EINTR)
            continue;
        if (e == EAGAIN || e == EWOULDBLOCK)
            return;
        m_error = QString::fromLocal8Bit(std::strerror(e));
        m_sink.endOfStream(e == ECONNRESET || e == EPIPE ? QAbstractSocket::RemoteHostClosedError
                                                         : QAbstractSocket::NetworkError);
        return;
    }
}

} // namespace plateau
