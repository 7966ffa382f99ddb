#pragma once
// OpenSSL's client context for the lean transport's fast path (docs/architecture.md, "TLS on the fast
// path"): one SSL_CTX per transport, built from the plan's `tls` section. Verification is on by default
// against the system store; a CA file adds roots, a client pair answers mutual TLS, `insecure` turns
// verification off (the run folder says so). ALPN offers http/1.1 only; TLS 1.2 is the floor.

#include "core/engine/transport.h"

#include <QString>
#include <memory>

using SSL_CTX = struct ssl_ctx_st;
using SSL_SESSION = struct ssl_session_st;

namespace plateau {

class TlsClientContext
{
public:
    // nullptr with *error naming the file and OpenSSL's reason when a CA file or client pair cannot be used.
    static std::shared_ptr<TlsClientContext> create(const TransportOptions &options, QString *error);
    ~TlsClientContext();
    TlsClientContext(const TlsClientContext &) = delete;
    TlsClientContext &operator=(const TlsClientContext &) = delete;

    SSL_CTX *get() const { return m_ctx; }
    bool verifies() const { return m_verify; }

private:
    TlsClientContext() = default;
    SSL_CTX *m_ctx = nullptr;
    bool m_verify = true;
};

// The files of a `tls` section checked the way the transport will load them: empty when usable, else the
// message for the user (names the file, says what is wrong with it).
QString checkTlsFiles(const TransportOptions &options);

// OpenSSL's error queue as one line (and emptied), for failure details.
QString takeOpenSslErrors();

// Owns one SSL_SESSION: a user's ticket for resuming the handshake on its next connection.
struct SslSessionDeleter
{
    void operator()(SSL_SESSION *session) const;
};
using SslSessionPtr = std::unique_ptr<SSL_SESSION, SslSessionDeleter>;

} // namespace plateau
