#pragma once
// The lean transport's fast path (see leanconnection.h): plain http to an IP literal or localhost on a raw
// non-blocking socket, registered with the thread's one EpollPoller. No resolver runs on this path, which is
// why only literal addresses take it.

#include "core/engine/leanconnection.h"

namespace plateau {

class LeanEpollConnection : public LeanConnection, public EpollHandler
{
public:
    LeanEpollConnection(LeanShared &shared, LeanConnectionSink &sink);
    ~LeanEpollConnection() override;

    // Fills target.address for an IP literal (IPv6 without a scope) or localhost; false for anything else.
    static bool resolveLiteral(LeanTarget &target);

    void open(const LeanTarget &target) override;
    void close() override;
    bool reusable() const override;
    void send(const QByteArray &request) override;
    bool hasUnreadBytes() const override { return false; } // unread bytes are never left behind here
    bool handshaking() const override { return false; }
    QString errorString() const override { return m_error; }
    void onEpollEvents(std::uint32_t events) override;

private:
    bool idleAndOpen() const;
    void onConnectable();
    void onReadable(std::uint32_t events);
    bool write(); // false when the connection failed (endOfStream ran: touch nothing after)
    void watch(bool wantWrite);

    LeanShared &m_shared;
    LeanConnectionSink &m_sink;
    QString m_host; // for messages
    quint16 m_port = 0;
    int m_fd = -1;     // the connection, or -1
    int m_pollId = -1; // its EpollPoller registration
    bool m_connected = false;
    bool m_wantWrite = false;
    int m_connectErrno = 0;                // a connect() that failed at once, reported from the event loop
    const QByteArray *m_request = nullptr; // being written; owned by the client
    qsizetype m_written = 0;               // of *m_request
    QString m_error;                       // strerror of the last failure
};

} // namespace plateau
