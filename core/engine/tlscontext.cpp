#include "core/engine/tlscontext.h"

#include "core/engine/tlsstream.h"

#include <QFile>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

namespace plateau {

namespace {

// OpenSSL reads the files itself; a Qt check first gives the user's own words for the common mistakes.
QString unreadable(const char *field, const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return QStringLiteral("tls.%1: \"%2\" does not exist; give the path of a PEM file (relative paths "
                              "are taken from the plan's folder)")
            .arg(QLatin1String(field), path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("tls.%1: cannot read \"%2\": %3")
            .arg(QLatin1String(field), path, f.errorString());
    return QString();
}

QString load(SSL_CTX *ctx, const TransportOptions &options)
{
    if (!options.caFile.isEmpty()) {
        if (QString e = unreadable("ca_file", options.caFile); !e.isEmpty())
            return e;
        const QByteArray path = QFile::encodeName(options.caFile);
        if (SSL_CTX_load_verify_locations(ctx, path.constData(), nullptr) != 1)
            return QStringLiteral("tls.ca_file: \"%1\" holds no usable PEM certificate (%2)")
                .arg(options.caFile, takeOpenSslErrors());
    }
    const bool hasCert = !options.clientCertificateFile.isEmpty();
    const bool hasKey = !options.clientKeyFile.isEmpty();
    if (hasCert != hasKey)
        return hasCert
                   ? QStringLiteral("tls.client_key: missing; a client certificate needs its private key")
                   : QStringLiteral("tls.client_certificate: missing; a client key needs its certificate");
    if (hasCert) {
        if (QString e = unreadable("client_certificate", options.clientCertificateFile); !e.isEmpty())
            return e;
        if (QString e = unreadable("client_key", options.clientKeyFile); !e.isEmpty())
            return e;
        const QByteArray cert = QFile::encodeName(options.clientCertificateFile);
        if (SSL_CTX_use_certificate_chain_file(ctx, cert.constData()) != 1)
            return QStringLiteral("tls.client_certificate: \"%1\" holds no usable PEM certificate (%2)")
                .arg(options.clientCertificateFile, takeOpenSslErrors());
        const QByteArray key = QFile::encodeName(options.clientKeyFile);
        // An encrypted key would make OpenSSL prompt on the terminal: refuse it instead.
        SSL_CTX_set_default_passwd_cb(ctx, [](char *, int, int, void *) { return 0; });
        if (SSL_CTX_use_PrivateKey_file(ctx, key.constData(), SSL_FILETYPE_PEM) != 1)
            return QStringLiteral("tls.client_key: \"%1\" is no unencrypted PEM private key (%2)")
                .arg(options.clientKeyFile, takeOpenSslErrors());
        if (SSL_CTX_check_private_key(ctx) != 1)
            return QStringLiteral("tls.client_key: \"%1\" does not belong to the certificate in \"%2\"")
                .arg(options.clientKeyFile, options.clientCertificateFile);
    }
    return QString();
}

} // namespace

std::shared_ptr<TlsClientContext> TlsClientContext::create(const TransportOptions &options, QString *error)
{
    std::shared_ptr<TlsClientContext> context(new TlsClientContext);
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    if (!ctx) {
        if (error)
            *error = QStringLiteral("TLS: cannot create a context (%1)").arg(takeOpenSslErrors());
        return nullptr;
    }
    context->m_ctx = ctx;
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    // Partial writes and a moving buffer: the request is written from the client's QByteArray as the socket
    // drains, the way the plain path writes it.
    SSL_CTX_set_mode(ctx, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    // Read-ahead: one recv per readiness instead of one per record header and body. A TCP end of stream
    // without close_notify is an end of stream (HTTP frames the body; the parser judges truncation).
    SSL_CTX_set_read_ahead(ctx, 1);
    SSL_CTX_set_options(ctx, SSL_OP_IGNORE_UNEXPECTED_EOF);
    static const unsigned char alpn[] = {8, 'h', 't', 't', 'p', '/', '1', '.', '1'};
    SSL_CTX_set_alpn_protos(ctx, alpn, sizeof alpn);
    context->m_verify = !options.ignoreTlsErrors;
    SSL_CTX_set_verify(ctx, context->m_verify ? SSL_VERIFY_PEER : SSL_VERIFY_NONE, nullptr);
    if (context->m_verify && SSL_CTX_set_default_verify_paths(ctx) != 1)
        takeOpenSslErrors(); // no system store: only the plan's CA file can vouch for a server
    const QString loadError = load(ctx, options);
    if (!loadError.isEmpty()) {
        if (error)
            *error = loadError;
        return nullptr;
    }
    TlsStream::enableResumption(ctx);
    return context;
}

TlsClientContext::~TlsClientContext()
{
    SSL_CTX_free(m_ctx);
}

QString checkTlsFiles(const TransportOptions &options)
{
    if (options.caFile.isEmpty() && options.clientCertificateFile.isEmpty() &&
        options.clientKeyFile.isEmpty())
        return QString();
    QString error;
    return TlsClientContext::create(options, &error) ? QString() : error;
}

QString takeOpenSslErrors()
{
    QString out;
    while (const unsigned long e = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(e, buffer, sizeof buffer);
        // "error:0A000086:SSL routines::certificate verify failed": the reason is the last field.
        QString line = QString::fromLatin1(buffer);
        const qsizetype colon = line.lastIndexOf(QLatin1Char(':'));
        if (colon >= 0)
            line = line.mid(colon + 1);
        if (!out.contains(line))
            out += (out.isEmpty() ? QString() : QStringLiteral("; ")) + line;
    }
    return out;
}

void SslSessionDeleter::operator()(SSL_SESSION *session) const
{
    SSL_SESSION_free(session);
}

} // namespace plateau
