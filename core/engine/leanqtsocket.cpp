#include "core/engine/leanqtsocket.h"

#include "core/common/monoclock.h"
#include "core/engine/transporterrors.h"

#include <QSslError>
#include <QSslSocket>
#include <QTcpSocket>

namespace plateau {

LeanQtSocketConnection::LeanQtSocketConnection(LeanShared &shared, LeanConnectionSink &sink)
    : m_shared(shared), m_sink(sink)
{}

LeanQtSocketConnection::~LeanQtSocketConnection()
{
    if (m_deathFlag)
        *m_deathFlag = true;
    close();
}

void LeanQtSocketConnection::open(const LeanTarget &target)
{
    close();
    m_host = target.host;
    m_port = target.port;
    m_tls = target.tls;
    m_tlsErrors.clear();
    m_setup = ConnectionSetup();
    m_openNs = monotonicNs();
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *ssl = new QSslSocket;
        ssl->setSslConfiguration(m_shared.tls);
        connect(ssl, &QSslSocket::encrypted, this, &LeanQtSocketConnection::onEncrypted);
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
    connect(socket, &QTcpSocket::connected, this, &LeanQtSocketConnection::onConnected);
    connect(socket, &QTcpSocket::readyRead, this, &LeanQtSocketConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &LeanQtSocketConnection::onPeerClosed);
    connect(socket, &QTcpSocket::errorOccurred, this, &LeanQtSocketConnection::onSocketError);
    m_handshaking = false; // until the TCP connection stands: a refused https connect is a Connect error
    if (m_tls) {
        static_cast<QSslSocket *>(socket)->connectToHostEncrypted(target.host, target.port, target.host);
    } else {
        // Unbuffered: read() goes straight to recv() into our buffer and write() straight to send(), instead
        // of through Qt's ring buffers (a copy of every byte, and a socket-notifier registration per
        // request).
        socket->connectToHost(target.host, target.port, QIODevice::ReadWrite | QIODevice::Unbuffered);
    }
}

void LeanQtSocketConnection::close()
{
    if (!m_socket)
        return;
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    // We may be inside one of the socket's own signals: delete it from the event loop.
    socket->deleteLater();
}

bool LeanQtSocketConnection::reusable() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState && !m_handshaking &&
           m_socket->bytesAvailable() == 0;
}

bool LeanQtSocketConnection::hasUnreadBytes() const
{
    return m_socket && m_socket->bytesAvailable() > 0;
}

QString LeanQtSocketConnection::errorString() const
{
    return m_socket ? m_socket->errorString() : QString();
}

void LeanQtSocketConnection::send(const QByteArray &request)
{
    // Out now rather than on the next event-loop pass: the engine timestamps the send right here.
    if (m_socket->write(request.constData(), request.size()) < 0) {
        // The peer is gone (a reset kept-alive connection): the retry rule decides, never synchronously
        // reporting from inside start() because a reused connection always has its retry left.
        m_sink.endOfStream(m_socket->error());
        return;
    }
    m_socket->flush();
}

void LeanQtSocketConnection::onConnected()
{
    // Streamed events are small writes: Nagle would hold our request behind the server's delayed ACK.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_tcpNs = monotonicNs();
    m_setup.connectNs = m_tcpNs - m_openNs;
    m_handshaking = m_tls;
    if (!m_tls)
        m_sink.connectionReady();
}

void LeanQtSocketConnection::onEncrypted()
{
    m_handshaking = false;
    m_setup.tlsNs = monotonicNs() - m_tcpNs;
    m_sink.connectionReady();
}

void LeanQtSocketConnection::onReadyRead()
{
    QTcpSocket *const socket = m_socket;
    if (!socket)
        return;
    if (m_sink.state() != LeanRequestState::Waiting) {
        // On an idle connection: the server's close (an unbuffered socket reports it here, as a failed read)
        // or bytes nobody asked for (a 408 before an idle close, garbage). Either way the connection can no
        // longer frame a next response.
        char probe;
        if (m_sink.state() == LeanRequestState::Idle && socket->read(&probe, 1) != 0)
            m_sink.idleConnectionLost();
        return;
    }
    char *const buffer = m_shared.readBuffer.get();
    // Read until the socket is empty: Qt signals readyRead only for new network data, so bytes left behind
    // would wait for the next packet. A request restarted from a callback on this same connection keeps
    // reading here.
    while (m_socket == socket && m_sink.state() == LeanRequestState::Waiting) {
        const qint64 n = socket->read(buffer, kLeanReadBufferBytes);
        if (n > 0) {
            if (!m_sink.responseBytes(buffer, qsizetype(n)))
                return;
            continue;
        }
        // An unbuffered socket reports the peer's close (or a reset) only through this read, with no signal.
        if (n < 0 || socket->state() == QAbstractSocket::UnconnectedState)
            m_sink.endOfStream(socket->error());
        return;
    }
}

bool LeanQtSocketConnection::drainedStillWaiting(const QTcpSocket *socket)
{
    // Reading may finish the request, start the next one, or destroy this connection's owner.
    LifeGuard guard(m_deathFlag);
    const quint64 generation = m_sink.generation();
    onReadyRead();
    return !guard.dead() && m_sink.generation() == generation &&
           m_sink.state() == LeanRequestState::Waiting && m_socket == socket;
}

void LeanQtSocketConnection::onPeerClosed()
{
    QTcpSocket *const socket = m_socket;
    if (!socket)
        return;
    const LeanRequestState state = m_sink.state();
    if (state == LeanRequestState::Idle) {
        m_sink.idleConnectionLost(); // the next start() opens anew
        return;
    }
    if (state == LeanRequestState::Connecting) {
        const bool handshake = m_handshaking;
        m_sink.connectFailed(handshake ? TransportError::Tls : TransportError::Connect,
                             handshake ? QStringLiteral("peer closed the connection during the TLS handshake")
                                       : QStringLiteral("peer closed the connection while connecting"));
        return;
    }
    if (state != LeanRequestState::Waiting)
        return;
    // Bytes may still sit in the socket's buffer: they come before the end of the stream.
    if (drainedStillWaiting(socket))
        m_sink.endOfStream(QAbstractSocket::RemoteHostClosedError);
}

void LeanQtSocketConnection::onSocketError(QAbstractSocket::SocketError error)
{
    QTcpSocket *const socket = m_socket;
    if (!socket)
        return;
    if (error == QAbstractSocket::RemoteHostClosedError && m_sink.state() != LeanRequestState::Connecting) {
        onPeerClosed();
        return;
    }
    const QString text = socket->errorString();
    switch (m_sink.state()) {
    case LeanRequestState::Idle:
        m_sink.idleConnectionLost();
        return;
    case LeanRequestState::Failing:
        return;
    case LeanRequestState::Connecting: {
        const bool tlsError = error == QAbstractSocket::SslHandshakeFailedError ||
                              error == QAbstractSocket::SslInternalError ||
                              error == QAbstractSocket::SslInvalidUserDataError || m_handshaking;
        // A copy: the sink's observer may open a new connection, which clears m_tlsErrors.
        QString detail = tlsError && !m_tlsErrors.isEmpty() ? m_tlsErrors : text;
        if (tlsError && isPlainHttpAnswer(text))
            detail = plainHttpAnswerDetail(text);
        else if (error == QAbstractSocket::ConnectionRefusedError)
            detail = connectRefusedDetail(m_host, m_port, text);
        else if (error == QAbstractSocket::HostNotFoundError)
            detail = hostNotFoundDetail(m_host, text);
        m_sink.connectFailed(tlsError ? TransportError::Tls : TransportError::Connect, detail);
        return;
    }
    case LeanRequestState::Waiting: {
        // A reset or a network failure while reading: drain what arrived, then treat as the end of stream.
        if (drainedStillWaiting(socket))
            m_sink.endOfStream(error);
        return;
    }
    }
}

} // namespace plateau
