#include "core/engine/transporterrors.h"

namespace plateau {

namespace {

// "127.0.0.1:9", "[::1]:9", "agent.example.com:443": how a user writes the address of a URL.
QString hostPort(const QString &host, quint16 port)
{
    const QString h = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return h + QLatin1Char(':') + QString::number(port);
}

QString withReason(const QString &text, const QString &reason)
{
    return reason.isEmpty() ? text : text + QStringLiteral(" (") + reason + QLatin1Char(')');
}

} // namespace

QString connectRefusedDetail(const QString &host, quint16 port, const QString &reason)
{
    return withReason(QStringLiteral("nothing listens on %1 — is the app running?").arg(hostPort(host, port)),
                      reason);
}

QString hostNotFoundDetail(const QString &host, const QString &reason)
{
    return withReason(QStringLiteral("cannot resolve host %1 — check the URL").arg(host), reason);
}

QString connectTimeoutDetail(const QString &host, quint16 port, int timeoutMs, bool duringTlsHandshake)
{
    const QString where = hostPort(host, port);
    if (duringTlsHandshake)
        return QStringLiteral(
                   "connect to %1 timed out after %2 ms during the TLS handshake — does the server "
                   "speak https?")
            .arg(where, QString::number(timeoutMs));
    return QStringLiteral("connect to %1 timed out after %2 ms — check the host and port, and that no "
                          "firewall drops the connection")
        .arg(where, QString::number(timeoutMs));
}

bool isPlainHttpAnswer(const QString &tlsReason)
{
    return tlsReason.contains(QLatin1String("wrong version number"), Qt::CaseInsensitive) ||
           tlsReason.contains(QLatin1String("packet length too long"), Qt::CaseInsensitive) ||
           tlsReason.contains(QLatin1String("unknown protocol"), Qt::CaseInsensitive);
}

QString plainHttpAnswerDetail(const QString &tlsReason)
{
    return withReason(QStringLiteral("the server answered in plain HTTP — use http:// instead of https://?"),
                      tlsReason);
}

} // namespace plateau
