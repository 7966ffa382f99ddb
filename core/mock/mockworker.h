#pragma once
// One event-loop thread of the mock agent: it owns its sockets, parses their requests, and paces their
// streams with one per-thread min-heap of due events and one precise timer (no QTimer per stream).
// Worker 0 also owns the listening socket and deals accepted descriptors round-robin to all workers.

#include "core/mock/httprequestparser.h"
#include "core/mock/mockstate.h"

#include <QJsonObject>
#include <QObject>
#include <cstdint>
#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QTcpServer;
class QTimer;
QT_END_NAMESPACE

namespace plateau {

class MockWorker : public QObject
{
    Q_OBJECT
public:
    MockWorker(MockShared *shared, int index);
    ~MockWorker() override;

    // Set from the owning thread before the worker's thread starts.
    void setPeers(const std::vector<MockWorker *> &peers) { m_peers = peers; }

    // In the worker's thread:
    void init();
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 listenPort() const { return m_port; }
    void shutdown(); // closes the listener and every connection; counts cut-off answers

    // From any thread:
    void postAdopt(qintptr descriptor);
    void postGrant(std::uint32_t slot, std::uint64_t connectionId);

private:
    struct Connection;
    struct Due
    {
        std::int64_t due;
        std::uint64_t id;
        std::uint32_t slot;
        std::uint32_t gen;
    };

    void adopt(qintptr descriptor);
    Connection *lookup(std::uint32_t slot, std::uint64_t id) const;
    void postFinalize(Connection *c);
    void finalize(std::uint32_t slot, std::uint64_t id);
    void destroy(Connection *c);
    void onReadyRead(Connection *c);
    void processInput(Connection *c);
    void handleRequest(Connection *c);
    void handleInvocation(Connection *c);
    void handleLogin(Connection *c);
    void handleSession(Connection *c);
    void handleChat(Connection *c);
    // Answers 405 and returns false unless the request uses the method.
    bool requireMethod(Connection *c, const char *method, const QByteArray &path);
    // The body as a JSON object; answers 400 naming the problem and returns false when it is not one.
    bool jsonBody(Connection *c, const QString &what, QJsonObject *out);
    // An accepted invocation or chat: counted, then answered by the injection plan and the admission gate.
    void beginInvocation(Connection *c, bool stream);
    void sendApiAnswer(Connection *c, int status, const QByteArray &body);
    void sendHealth(Connection *c);
    void startService(Connection *c);
    void onGrant(std::uint32_t slot, std::uint64_t id);
    void fire(Connection *c);
    void streamTick(Connection *c);
    void finishInvocation(Connection *c);
    void releaseSlot(Connection *c);
    void releaseAdmission();
    bool send(Connection *c, const QByteArray &bytes, int status = 0);
    void respondError(Connection *c, int status, const QString &message, bool close,
                      const QByteArray &extraHeaders = {});
    void closeAfterAnswer(Connection *c);
    void halfClose(Connection *c);

    void schedule(Connection *c, std::int64_t due);
    void cancelTimer(Connection *c);
    void onTick();
    void arm();

    MockShared *m_shared;
    MockAtomicCounters &m_counters;
    const int m_index;
    std::vector<MockWorker *> m_peers;
    std::size_t m_roundRobin = 0;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    QTimer *m_timer = nullptr;
    std::int64_t m_armedDue = 0;
    bool m_inTick = false;
    bool m_stopped = false;
    std::vector<Due> m_heap;
    std::vector<std::unique_ptr<Connection>> m_connections; // indexed by slot
    std::vector<std::uint32_t> m_freeSlots;
    std::uint64_t m_nextId = 1;
    std::vector<MockAdmission::Ticket> m_granted; // reused by releaseAdmission()
};

} // namespace plateau
