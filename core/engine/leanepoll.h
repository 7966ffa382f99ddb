#pragma once
// The lean transport's fast path (see leanconnection.h): http and https on a raw non-blocking socket,
// registered with the thread's one EpollPoller. Host names are looked up once per run (leanresolver.h) and
// connected to by address, trying each of a name's addresses in turn; TLS is OpenSSL's, driven by the same
// readiness events (tlsstream.h), with the name kept for SNI and the certificate check.

#include "core/engine/leanconnection.h"
#include "core/engine/leanresolver.h"
#include "core/engine/tlsstream.h"

#include <vector>

namespace plateau {

class LeanEpollConnection : public LeanConnection, public EpollHandler, public LeanResolveWaiter
{
public:
    LeanEpollConnection(LeanShared &shared, LeanConnectionSink &sink);
    ~LeanEpollConnection() override;

    void open(const LeanTarget &target) override;
    void close() override;
    bool reusable() const override;
    void send(const QByteArray &request) override;
    bool hasUnreadBytes() const override { return m_tls.active() && m_tls.hasBuffered(); }
    bool handshaking() const override { return m_handshaking; }
    QString errorString() const override { return m_error; }
    ConnectionSetup setup() const override { return m_setup; }
    void onEpollEvents(std::uint32_t events) override;
    void hostResolved() override;

private:
    bool idleAndOpen() const;
    void connectTo(int index); // the index-th address of m_addresses
    void onConnectable();
    void connectNextOrFail(int error);
    void onHandshake();
    void failHandshake(TlsStream::Io io);
    void onReadable(std::uint32_t events);
    bool write(); // false when the connection failed (endOfStream ran: touch nothing after)
    void watch(bool wantWrite);
    void closeSocket();

    LeanShared &m_shared;
    LeanConnectionSink &m_sink;
    QString m_host; // the name: Host header, SNI, the certificate check, messages
    quint16 m_port = 0;
    bool m_useTls = false;
    std::vector<LeanAddress> m_addresses; // of m_host, in the order to try
    int m_addressIndex = -1;              // the one being connected to
    bool m_resolving = false;
    bool m_opening = false; // inside open(): failures are reported from the event loop
    TlsStream m_tls;
    int m_fd = -1;     // the connection, or -1
    int m_pollId = -1; // its EpollPoller registration
    bool m_connected = false;
    bool m_handshaking = false;
    bool m_wantWrite = false;
    int m_connectErrno = 0;                // a connect() that failed at once, reported from the event loop
    const QByteArray *m_request = nullptr; // being written; owned by the client
    qsizetype m_written = 0;               // of *m_request
    QString m_error;                       // strerror of the last failure
    std::int64_t m_openNs = 0;
    std::int64_t m_tcpNs = 0;
    ConnectionSetup m_setup;
};

} // namespace plateau
