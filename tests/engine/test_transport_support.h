#pragma once
// Helpers shared by the transport tests: a recording observer and a listener that never completes a connect.

#include "core/engine/transport.h"
#include "tests/common/testutil.h"

#include <QByteArray>
#include <QHostAddress>
#include <QHostInfo>
#include <arpa/inet.h>
#include <fcntl.h>
#include <functional>
#include <netinet/in.h>
#include <ostream>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace plateau {

// Readable parameter names in GoogleTest output (ctest shows them).
inline void PrintTo(TransportKind kind, std::ostream *os)
{
    *os << (kind == TransportKind::Lean ? "Lean" : "Qnam");
}

} // namespace plateau

namespace plateau::test {

// Records every callback; hooks let a test act from inside a callback (restart, abort, destroy).
class RecordingObserver : public TransportObserver
{
public:
    void onConnection(const ConnectionSetup &s) override
    {
        ++connectionCalls;
        setup = s;
    }
    void onHeaders(const ResponseHead &h) override
    {
        ++headersCalls;
        head = h;
        if (onHeadersHook)
            onHeadersHook();
    }
    void onBody(const char *data, qsizetype size) override
    {
        ++bodyCalls;
        bodyBytes += size;
        maxPiece = qMax(maxPiece, size);
        if (keepBody)
            body.append(data, size);
        for (qsizetype i = 0; i < size; ++i)
            checksum = checksum * 31 + static_cast<unsigned char>(data[i]);
        if (onBodyHook)
            onBodyHook();
    }
    void onFinished(TransportError e, const QString &d) override
    {
        ++finishedCalls;
        error = e;
        detail = d;
        if (onFinishedHook)
            onFinishedHook();
    }
    void clear()
    {
        headersCalls = bodyCalls = finishedCalls = connectionCalls = 0;
        setup = ConnectionSetup();
        head = ResponseHead();
        body.clear();
        bodyBytes = maxPiece = 0;
        checksum = 0;
        error = TransportError::None;
        detail.clear();
    }
    bool finished() const { return finishedCalls > 0; }

    int connectionCalls = 0;
    ConnectionSetup setup;
    int headersCalls = 0;
    int bodyCalls = 0;
    int finishedCalls = 0;
    ResponseHead head;
    QByteArray body;
    bool keepBody = true;
    qint64 bodyBytes = 0;
    qsizetype maxPiece = 0;
    quint64 checksum = 0;
    TransportError error = TransportError::None;
    QString detail;
    std::function<void()> onHeadersHook;
    std::function<void()> onBodyHook;
    std::function<void()> onFinishedHook;
};

// Whether this machine's resolver knows localhost (a container without /etc/hosts does not). The lean
// transport answers localhost itself; QNAM asks the system, so its name tests need this.
inline bool systemResolvesLocalhost()
{
    return QHostInfo::fromName(QStringLiteral("localhost"))
        .addresses()
        .contains(QHostAddress(QHostAddress::LocalHost));
}

inline HttpRequestSpec postSpec(const QUrl &url, const QByteArray &body = R"({"input":[],"stream":true})")
{
    HttpRequestSpec spec;
    spec.url = url;
    spec.method = "POST";
    spec.headers = {{"Content-Type", "application/json"}, {"Accept", "text/event-stream"}};
    spec.body = body;
    return spec;
}

// Starts one request and waits for its onFinished; false on timeout.
inline bool runOne(HttpClient &client, const HttpRequestSpec &spec, RecordingObserver &observer,
                   int timeoutMs = 15000)
{
    observer.clear();
    client.start(spec, &observer);
    return waitUntil([&] { return observer.finished(); }, timeoutMs);
}

inline const char *errorName(TransportError e)
{
    switch (e) {
    case TransportError::None:
        return "None";
    case TransportError::Connect:
        return "Connect";
    case TransportError::Tls:
        return "Tls";
    case TransportError::Protocol:
        return "Protocol";
    case TransportError::Closed:
        return "Closed";
    }
    return "?";
}

// A 127.0.0.1 listener whose accept queue is full and never drained: Linux drops further SYNs instead of
// refusing them, so a connect to it hangs until the client's own timeout, without any outside address.
class BlackholeListener
{
public:
    BlackholeListener()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 ||
            ::listen(m_fd, 0) != 0)
            return;
        socklen_t len = sizeof addr;
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&addr), &len);
        m_port = ntohs(addr.sin_port);
        // Fill the accept queue (backlog 0 admits one) and the SYN path with a few stuck connects.
        for (int i = 0; i < 4; ++i) {
            const int c = ::socket(AF_INET, SOCK_STREAM, 0);
            ::fcntl(c, F_SETFL, O_NONBLOCK);
            ::connect(c, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
            m_fillers.push_back(c);
        }
        QTest::qWait(50);
    }
    ~BlackholeListener()
    {
        for (int c : m_fillers)
            ::close(c);
        if (m_fd >= 0)
            ::close(m_fd);
    }
    quint16 port() const { return m_port; }

private:
    int m_fd = -1;
    quint16 m_port = 0;
    std::vector<int> m_fillers;
};

} // namespace plateau::test
