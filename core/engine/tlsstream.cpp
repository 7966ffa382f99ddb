#include "core/engine/tlsstream.h"

#include <QHostAddress>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#include <sys/socket.h>

namespace plateau {

namespace {

int socketOf(BIO *bio)
{
    return int(reinterpret_cast<std::intptr_t>(BIO_get_data(bio)));
}

int bioWrite(BIO *bio, const char *data, size_t size, size_t *written)
{
    BIO_clear_retry_flags(bio);
    for (;;) {
        const ssize_t n = ::send(socketOf(bio), data, size, MSG_NOSIGNAL);
        if (n >= 0) {
            *written = size_t(n);
            return 1;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            BIO_set_retry_write(bio);
        return 0; // errno stays for SSL_ERROR_SYSCALL
    }
}

int bioRead(BIO *bio, char *data, size_t size, size_t *got)
{
    BIO_clear_retry_flags(bio);
    for (;;) {
        const ssize_t n = ::recv(socketOf(bio), data, size, 0);
        if (n > 0) {
            *got = size_t(n);
            return 1;
        }
        if (n == 0) {
            errno = 0; // end of stream
            return 0;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            BIO_set_retry_read(bio);
        return 0;
    }
}

long bioCtrl(BIO *, int command, long, void *)
{
    return command == BIO_CTRL_FLUSH ? 1 : 0; // writes are never buffered here
}

// A socket BIO that sends with MSG_NOSIGNAL: OpenSSL's own uses write(), which raises SIGPIPE on a reset
// connection, and a library must not change the process's signal handling to avoid that.
BIO_METHOD *socketMethod()
{
    static BIO_METHOD *const method = [] {
        BIO_METHOD *m = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "plateau socket");
        BIO_meth_set_write_ex(m, bioWrite);
        BIO_meth_set_read_ex(m, bioRead);
        BIO_meth_set_ctrl(m, bioCtrl);
        return m;
    }();
    return method;
}

} // namespace

int storeSession(SSL *ssl, SSL_SESSION *session)
{
    auto *stream = static_cast<TlsStream *>(SSL_get_app_data(ssl));
    if (!stream)
        return 0;
    stream->m_session.reset(session); // TLS 1.3 servers send two tickets: the newest wins
    stream->m_sessionHost = stream->m_host;
    return 1; // we own the reference now
}

void TlsStream::enableResumption(SSL_CTX *ctx)
{
    // Sessions live with the user that earned them (one per connection object), not in a shared cache.
    SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_CLIENT | SSL_SESS_CACHE_NO_INTERNAL_STORE);
    SSL_CTX_sess_set_new_cb(ctx, storeSession);
}

TlsStream::~TlsStream()
{
    end();
}

bool TlsStream::begin(const TlsClientContext &context, int fd, const QString &host)
{
    end();
    m_failure.clear();
    m_certificateRejected = false;
    m_verifyResult = X509_V_OK;
    m_host = host;
    ERR_clear_error();
    m_ssl = SSL_new(context.get());
    BIO *bio = m_ssl ? BIO_new(socketMethod()) : nullptr;
    if (!bio) {
        m_failure = takeOpenSslErrors();
        end();
        return false;
    }
    BIO_set_data(bio, reinterpret_cast<void *>(std::intptr_t(fd)));
    BIO_set_init(bio, 1);
    SSL_set_bio(m_ssl, bio, bio);
    SSL_set_app_data(m_ssl, this);
    const QByteArray name = host.toUtf8();
    if (QHostAddress(host).isNull()) {
        SSL_set_tlsext_host_name(m_ssl, name.constData());
        SSL_set1_host(m_ssl, name.constData());
    } else {
        X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(m_ssl), name.constData());
    }
    if (m_session && m_sessionHost == host)
        SSL_set_session(m_ssl, m_session.get());
    SSL_set_connect_state(m_ssl);
    return true;
}

void TlsStream::end()
{
    if (!m_ssl)
        return;
    // Marked shut down, so OpenSSL keeps the session resumable although no close_notify went out.
    SSL_set_shutdown(m_ssl, SSL_SENT_SHUTDOWN | SSL_RECEIVED_SHUTDOWN);
    SSL_free(m_ssl);
    m_ssl = nullptr;
}

bool TlsStream::resumed() const
{
    return m_ssl && SSL_session_reused(m_ssl);
}

bool TlsStream::hasBuffered() const
{
    return m_ssl && SSL_has_pending(m_ssl);
}

TlsStream::Io TlsStream::classify(int ret, const char *during)
{
    const int error = SSL_get_error(m_ssl, ret);
    switch (error) {
    case SSL_ERROR_WANT_READ:
        return Io::WantRead;
    case SSL_ERROR_WANT_WRITE:
        return Io::WantWrite;
    case SSL_ERROR_ZERO_RETURN:
        return Io::Closed;
    case SSL_ERROR_SYSCALL: {
        const int e = errno;
        const QString queued = takeOpenSslErrors();
        if (e == 0 && queued.isEmpty())
            return Io::Closed; // TCP end of stream without close_notify
        m_failure = !queued.isEmpty() ? queued : QString::fromLocal8Bit(std::strerror(e));
        return Io::Failed;
    }
    default:
        break;
    }
    const long verify = SSL_get_verify_result(m_ssl);
    QString queued = takeOpenSslErrors();
    if (verify != X509_V_OK) {
        m_certificateRejected = true;
        m_verifyResult = verify;
        m_failure = QString::fromLatin1(X509_verify_cert_error_string(verify));
    } else if (queued == QLatin1String("unexpected eof while reading")) {
        return Io::Closed;
    } else {
        m_failure = queued.isEmpty() ? QStringLiteral("%1 failed").arg(QLatin1String(during)) : queued;
    }
    return Io::Failed;
}

QString TlsStream::certificateAdvice() const
{
    switch (m_verifyResult) {
    case X509_V_ERR_HOSTNAME_MISMATCH:
    case X509_V_ERR_IP_ADDRESS_MISMATCH:
        return QStringLiteral("the certificate names another host: use a URL with a name it was issued for");
    case X509_V_ERR_CERT_HAS_EXPIRED:
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return QStringLiteral("renew the server's certificate, or check this machine's clock");
    default:
        return QStringLiteral("trust its CA with tls.ca_file, or set tls.insecure for a test host");
    }
}

TlsStream::Io TlsStream::handshake()
{
    ERR_clear_error();
    const int ret = SSL_do_handshake(m_ssl);
    return ret == 1 ? Io::Ok : classify(ret, "the handshake");
}

TlsStream::Io TlsStream::read(char *buffer, qsizetype capacity, qsizetype *got)
{
    size_t n = 0;
    ERR_clear_error();
    const int ret = SSL_read_ex(m_ssl, buffer, size_t(capacity), &n);
    if (ret == 1) {
        *got = qsizetype(n);
        return Io::Ok;
    }
    *got = 0;
    return classify(ret, "reading");
}

TlsStream::Io TlsStream::write(const char *data, qsizetype size, qsizetype *written)
{
    size_t n = 0;
    ERR_clear_error();
    const int ret = SSL_write_ex(m_ssl, data, size_t(size), &n);
    if (ret == 1) {
        *written = qsizetype(n);
        return Io::Ok;
    }
    *written = 0;
    return classify(ret, "writing");
}

} // namespace plateau
