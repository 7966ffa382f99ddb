#pragma once
// Host names on the lean transport's fast path (docs/architecture.md, "Names and TLS on the fast path"): each
// name is looked up once per thread and run (Qt's resolver, off the thread, so a slow DNS server stalls no
// user), then every connection goes to an address. A name with several addresses is tried in order, the one
// that last connected first; when all of them fail, the name is looked up again for the next connection.
// localhost is the loopback without a lookup (RFC 6761), as curl does.

#include <QHash>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <sys/socket.h>
#include <vector>

class QHostInfo;

namespace plateau {

struct LeanAddress
{
    sockaddr_storage address{};
    socklen_t length = 0;
};

// Fills address for an IP literal (IPv6 without a scope id) with the port; false for anything else.
bool literalAddress(const QString &host, quint16 port, LeanAddress &address);
// The address with another port.
void setPort(LeanAddress &address, quint16 port);
// "127.0.0.1" or "[::1]", for messages.
QString addressText(const LeanAddress &address);

class LeanResolveWaiter
{
public:
    // The lookup this waiter asked for has an answer: ask again with lookup().
    virtual void hostResolved() = 0;

protected:
    ~LeanResolveWaiter() = default;
};

class LeanResolver : public QObject
{
public:
    struct Result
    {
        std::vector<LeanAddress> addresses; // port 0; in the order to try
        QString error;                      // the lookup failed (addresses empty)
    };

    // The addresses of host, or nullptr while the lookup runs (waiter->hostResolved() follows on this
    // thread unless cancel(waiter) comes first). A failed lookup is answered as failed for a second, then
    // the name is looked up again.
    const Result *lookup(const QString &host, LeanResolveWaiter *waiter);
    void cancel(LeanResolveWaiter *waiter);
    // The address at index of host's result took a connection: it is tried first from now on.
    void connected(const QString &host, int index);
    // Every address failed: the next connection to host looks the name up again.
    void forget(const QString &host);
    int lookupsStarted() const { return m_lookups; }
    // Names answered from these addresses, never looked up (the plan's `hosts`); invalid ones are skipped
    // (the plan's validation names them).
    void setOverrides(const QMap<QString, QStringList> &hosts);

private:
    struct Entry
    {
        Result result;
        bool pending = true;
        std::int64_t failedAtNs = 0;
        std::vector<LeanResolveWaiter *> waiters;
    };
    void onLookedUp(const QString &host, const QHostInfo &info);

    QHash<QString, Entry> m_hosts;
    QHash<QString, std::vector<LeanAddress>> m_overrides;
    int m_lookups = 0;
};

} // namespace plateau
