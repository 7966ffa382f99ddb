#pragma once
// The lean transport's connection over QTcpSocket/QSslSocket (see leanconnection.h), for a thread where epoll
// cannot be set up. Unbuffered, so reads go straight into the shared read buffer.

#include "core/engine/leanconnection.h"

#include <QObject>

class QTcpSocket;

namespace plateau {

class LeanQtSocketConnection : public QObject, public LeanConnection
{
public:
    LeanQtSocketConnection(LeanShared &shared, LeanConnectionSink &sink);
    ~LeanQtSocketConnection() override;

    void open(const LeanTarget &target) override;
    void close() override;
    bool reusable() const override;
    void send(const QByteArray &request) override;
    bool hasUnreadBytes() const override;
    bool handshaking() const override { return m_handshaking; }
    QString errorString() const override;
    ConnectionSetup setup() const override { return m_setup; }

private:
    void onConnected();
    void onEncrypted();
    void onReadyRead();
    // Reads what the socket still holds; true when the same request still waits on the same socket after.
    bool drainedStillWaiting(const QTcpSocket *socket);
    void onPeerClosed();
    void onSocketError(QAbstractSocket::SocketError error);

    LeanShared &m_shared;
    LeanConnectionSink &m_sink;
    QTcpSocket *m_socket = nullptr;
    QString m_host; // of the open connection, for failure details
    quint16 m_port = 0;
    bool m_tls = false;
    bool m_handshaking = false;
    QString m_tlsErrors; // from sslErrors, for the failure detail
    bool *m_deathFlag = nullptr;
    std::int64_t m_openNs = 0;
    std::int64_t m_tcpNs = 0;
    ConnectionSetup m_setup;
};

} // namespace plateau
