#pragma once
// One TLS client connection over a non-blocking socket the caller owns and polls (leanepoll.cpp): OpenSSL
// reads and writes the socket itself through a small BIO (send with MSG_NOSIGNAL, so a reset peer never
// raises SIGPIPE), and every call says what readiness it waits for. The object is reused across a user's
// reconnects and keeps the server's last session ticket, so a reconnect to the same host resumes instead of
// paying for a full handshake.

#include "core/engine/tlscontext.h"

#include <QString>

using SSL = struct ssl_st;

namespace plateau {

class TlsStream
{
public:
    enum class Io
    {
        Ok,        // progress: the handshake is done, or bytes were moved
        WantRead,  // call again when the socket is readable
        WantWrite, // call again when the socket is writable
        Closed,    // the peer closed (close_notify or TCP EOF)
        Failed,    // see failure()
    };

    TlsStream() = default;
    ~TlsStream();
    TlsStream(const TlsStream &) = delete;
    TlsStream &operator=(const TlsStream &) = delete;

    // Makes the context keep the sessions servers hand out (called once per context).
    static void enableResumption(SSL_CTX *ctx);

    // Starts a client connection on the connected socket fd. host: the name sent as SNI and checked against
    // the certificate (an IP literal is checked as an address and sends no SNI). False: see failure().
    bool begin(const TlsClientContext &context, int fd, const QString &host);
    Io handshake();
    Io read(char *buffer, qsizetype capacity, qsizetype *got);
    Io write(const char *data, qsizetype size, qsizetype *written);
    // Decrypted or undecrypted bytes OpenSSL holds that the socket will not signal again.
    bool hasBuffered() const;
    // Frees the connection without a close_notify (the socket is closed by the caller); keeps the session.
    void end();

    bool active() const { return m_ssl != nullptr; }
    bool resumed() const; // the last handshake resumed a session
    // After Failed: the reason, in OpenSSL's words (a certificate problem names the check that failed).
    QString failure() const { return m_failure; }
    // The failure is the certificate's (name, expiry, trust), not the connection's.
    bool certificateRejected() const { return m_certificateRejected; }
    // What the user can do about a rejected certificate, in one clause.
    QString certificateAdvice() const;

private:
    friend int storeSession(SSL *ssl, SSL_SESSION *session);
    Io classify(int ret, const char *during);

    SSL *m_ssl = nullptr;
    SslSessionPtr m_session;
    QString m_sessionHost;
    QString m_host;
    QString m_failure;
    bool m_certificateRejected = false;
    long m_verifyResult = 0; // X509_V_OK
};

} // namespace plateau
