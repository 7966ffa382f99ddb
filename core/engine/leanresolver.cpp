#include "core/engine/leanresolver.h"

#include "core/common/monoclock.h"

#include <QHostAddress>
#include <QHostInfo>
#include <algorithm>
#include <cstring>
#include <netinet/in.h>

namespace plateau {

namespace {

constexpr std::int64_t kRetryFailedLookupNs = 1'000'000'000;

bool fromQt(const QHostAddress &address, LeanAddress &out)
{
    out = LeanAddress{};
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        sockaddr_in sin{};
        sin.sin_family = AF_INET;
        sin.sin_addr.s_addr = htonl(address.toIPv4Address());
        std::memcpy(&out.address, &sin, sizeof sin);
        out.length = sizeof sin;
        return true;
    }
    if (address.protocol() == QAbstractSocket::IPv6Protocol && address.scopeId().isEmpty()) {
        sockaddr_in6 sin6{};
        sin6.sin6_family = AF_INET6;
        const Q_IPV6ADDR a = address.toIPv6Address();
        std::memcpy(&sin6.sin6_addr, &a, sizeof a);
        std::memcpy(&out.address, &sin6, sizeof sin6);
        out.length = sizeof sin6;
        return true;
    }
    return false; // a link-local address with a scope: not on this path
}

} // namespace

bool literalAddress(const QString &host, quint16 port, LeanAddress &address)
{
    QHostAddress parsed;
    if (!parsed.setAddress(host) || !fromQt(parsed, address))
        return false;
    setPort(address, port);
    return true;
}

void setPort(LeanAddress &address, quint16 port)
{
    if (address.address.ss_family == AF_INET)
        reinterpret_cast<sockaddr_in *>(&address.address)->sin_port = htons(port);
    else if (address.address.ss_family == AF_INET6)
        reinterpret_cast<sockaddr_in6 *>(&address.address)->sin6_port = htons(port);
}

QString addressText(const LeanAddress &address)
{
    QHostAddress a(reinterpret_cast<const sockaddr *>(&address.address));
    return a.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(a.toString())
                                                         : a.toString();
}

void LeanResolver::setOverrides(const QMap<QString, QStringList> &hosts)
{
    m_overrides.clear();
    for (auto it = hosts.cbegin(); it != hosts.cend(); ++it) {
        std::vector<LeanAddress> addresses;
        for (const QString &a : it.value()) {
            LeanAddress address;
            if (literalAddress(a, 0, address))
                addresses.push_back(address);
        }
        if (!addresses.empty())
            m_overrides.insert(it.key().toLower(), std::move(addresses));
    }
    m_hosts.clear();
}

const LeanResolver::Result *LeanResolver::lookup(const QString &host, LeanResolveWaiter *waiter)
{
    auto it = m_hosts.find(host);
    if (it == m_hosts.end()) {
        const QString name = host.toLower();
        const auto pinned = m_overrides.constFind(name);
        std::vector<LeanAddress> fixed;
        if (pinned != m_overrides.cend()) {
            fixed = *pinned;
        } else if (name == QLatin1String("localhost") || name.endsWith(QLatin1String(".localhost"))) {
            // RFC 6761: localhost is the loopback, whatever the resolver says (a container without
            // /etc/hosts has no answer for it). IPv4 first, where local servers listen most often.
            LeanAddress v4, v6;
            literalAddress(QStringLiteral("127.0.0.1"), 0, v4);
            literalAddress(QStringLiteral("::1"), 0, v6);
            fixed = {v4, v6};
        }
        if (!fixed.empty()) {
            Entry entry;
            entry.pending = false;
            entry.result.addresses = std::move(fixed);
            it = m_hosts.insert(host, std::move(entry));
        }
    }
    if (it != m_hosts.end() && !it->pending) {
        if (it->result.addresses.empty() && monotonicNs() - it->failedAtNs > kRetryFailedLookupNs) {
            m_hosts.erase(it); // look again
            it = m_hosts.end();
        } else {
            return &it->result;
        }
    }
    if (it == m_hosts.end()) {
        it = m_hosts.insert(host, Entry{});
        ++m_lookups;
        QHostInfo::lookupHost(host, this, [this, host](const QHostInfo &info) { onLookedUp(host, info); });
    }
    if (std::find(it->waiters.begin(), it->waiters.end(), waiter) == it->waiters.end())
        it->waiters.push_back(waiter);
    return nullptr;
}

void LeanResolver::cancel(LeanResolveWaiter *waiter)
{
    for (Entry &entry : m_hosts) {
        auto w = std::find(entry.waiters.begin(), entry.waiters.end(), waiter);
        if (w != entry.waiters.end())
            entry.waiters.erase(w);
    }
}

void LeanResolver::onLookedUp(const QString &host, const QHostInfo &info)
{
    auto it = m_hosts.find(host);
    if (it == m_hosts.end())
        return;
    Result result;
    for (const QHostAddress &a : info.addresses()) {
        LeanAddress address;
        if (fromQt(a, address))
            result.addresses.push_back(address);
    }
    if (result.addresses.empty())
        result.error =
            info.error() != QHostInfo::NoError ? info.errorString() : QStringLiteral("no usable address");
    it->result = std::move(result);
    it->pending = false;
    it->failedAtNs = it->result.addresses.empty() ? monotonicNs() : 0;
    // One at a time from the entry itself: a waiter's callback may cancel others or start new lookups.
    for (;;) {
        it = m_hosts.find(host);
        if (it == m_hosts.end() || it->pending || it->waiters.empty())
            return;
        LeanResolveWaiter *waiter = it->waiters.front();
        it->waiters.erase(it->waiters.begin());
        waiter->hostResolved();
    }
}

void LeanResolver::connected(const QString &host, int index)
{
    auto it = m_hosts.find(host);
    if (it == m_hosts.end() || it->pending || index <= 0 || index >= int(it->result.addresses.size()))
        return;
    std::rotate(it->result.addresses.begin(), it->result.addresses.begin() + index,
                it->result.addresses.end());
}

void LeanResolver::forget(const QString &host)
{
    auto it = m_hosts.find(host);
    if (it != m_hosts.end() && !it->pending)
        m_hosts.erase(it);
}

} // namespace plateau
