#pragma once
// The QNAM transport (docs/architecture.md, "The Transport seam"): the full Qt HTTP stack (proxies, optional
// HTTP/2, TLS) for targets the lean transport cannot reach. Qt 6.4 caps a QNetworkAccessManager at 6
// connections per host, so the transport keeps a pool of managers and gives each 6 clients; each manager runs
// its own hidden thread. HTTP/1.1 unless options.http2 (6.4's h2 has known hangs), no cookies, no redirects
// followed, no cache, Accept-Encoding: identity (a compressed stream would be decoded by Qt out of our
// sight).

#include "core/engine/transport.h"

#include <memory>

namespace plateau {

class QnamTransport : public Transport
{
public:
    static constexpr int kClientsPerManager = 6; // Qt 6.4's fixed per-host connection limit

    explicit QnamTransport(const TransportOptions &options);
    ~QnamTransport() override;
    std::unique_ptr<HttpClient> createClient() override;

    int managerCount() const; // managers created so far: ceil(peak live clients / 6)

    struct Pool; // managers, per-manager client counts, options and the shared read buffer

private:
    std::shared_ptr<Pool> m_pool;
};

} // namespace plateau
