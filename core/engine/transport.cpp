#include "core/engine/transport.h"

#include "core/common/durations.h"
#include "core/engine/leantransport.h"
#include "core/engine/qnamtransport.h"
#include "core/engine/qttlsconfiguration.h"

#include <QFile>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace plateau {

std::unique_ptr<Transport> makeTransport(TransportKind kind, const TransportOptions &options)
{
    switch (kind) {
    case TransportKind::Qnam:
        return std::make_unique<QnamTransport>(options);
    case TransportKind::Lean:
        break;
    }
    return std::make_unique<LeanTransport>(options);
}

TransportOptions transportOptionsFor(const TestPlan &plan)
{
    TransportOptions options;
    options.connectTimeoutMs = msFromSeconds(plan.request.connectTimeoutS);
    options.http2 = plan.request.http2;
    options.ignoreTlsErrors = plan.tls.insecure;
    options.caFile = plan.tls.caFile;
    options.clientCertificateFile = plan.tls.clientCertificate;
    options.clientKeyFile = plan.tls.clientKey;
    options.hosts = plan.hosts;
    return options;
}

QSslConfiguration qtTlsConfiguration(const TransportOptions &options)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!options.caFile.isEmpty())
        tls.addCaCertificates(options.caFile, QSsl::Pem);
    if (!options.clientCertificateFile.isEmpty() && !options.clientKeyFile.isEmpty()) {
        const QList<QSslCertificate> chain =
            QSslCertificate::fromPath(options.clientCertificateFile, QSsl::Pem);
        QFile keyFile(options.clientKeyFile);
        QByteArray pem;
        if (keyFile.open(QIODevice::ReadOnly))
            pem = keyFile.readAll();
        // The key's algorithm is not in the plan: the first one that parses is it.
        QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
        if (!chain.isEmpty() && !key.isNull()) {
            tls.setLocalCertificateChain(chain);
            tls.setPrivateKey(key);
        }
    }
    if (options.ignoreTlsErrors)
        tls.setPeerVerifyMode(QSslSocket::VerifyNone); // no sslErrors, and no verification work
    return tls;
}

QString transportCaveat(TransportKind kind)
{
    if (kind != TransportKind::Qnam)
        return QString();
    return QObject::tr(
        "the Qt network stack hides some server faults: it resends a request whose answer was malformed "
        "(the server sees it more than once), reads a garbage answer or an unparsable chunk size as a "
        "short body (counted as no_done, not protocol), accepts an answer head of any size and drops the "
        "fields of one with more than 100 (counted as content_type). Use the lean transport to judge a "
        "server's HTTP; this one for proxies, redirects and HTTP/2.");
}

} // namespace plateau
