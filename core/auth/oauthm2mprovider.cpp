#include "core/auth/oauthm2mprovider.h"

#include "core/auth/authhttp.h"
#include "core/auth/redact.h"
#include "core/auth/tokenresponse.h"
#include "core/secrets/secretstore.h"

#include <QUrl>

namespace plateau {

OAuthM2MProvider::OAuthM2MProvider(const AuthRef &ref, SecretStore *secrets, QObject *parent)
    : TokenProvider(ref, secrets, parent)
{}

OAuthM2MProvider::~OAuthM2MProvider()
{
    cancelFetch();
}

void OAuthM2MProvider::cancelFetch()
{
    ++m_serial; // the cancelled reply's answer (abort() delivers it at once) is ignored
    if (m_reply) {
        QNetworkReply *r = m_reply;
        m_reply = nullptr;
        r->abort();
    }
}

void OAuthM2MProvider::fetchToken()
{
    const AuthRef &ref = authRef();
    const QString url = tokenUrl(ref);
    QByteArray body =
        QByteArrayLiteral("grant_type=client_credentials&client_id=") +
        QUrl::toPercentEncoding(ref.clientId) + QByteArrayLiteral("&client_secret=") +
        QUrl::toPercentEncoding(QString::fromUtf8(secret(QString::fromLatin1(kSecretFieldClientSecret))));
    if (!ref.scope.isEmpty())
        body += QByteArrayLiteral("&scope=") + QUrl::toPercentEncoding(ref.scope);

    const QString what = QStringLiteral("token endpoint %1").arg(url);
    QPointer<OAuthM2MProvider> self(this);
    const quint64 serial = ++m_serial;
    m_reply = postForAuth(
        network(), clock(), QUrl(url), QByteArrayLiteral("application/x-www-form-urlencoded"), body,
        timeoutMs(), [self, what, serial](const AuthHttpAnswer &a) {
            if (!self || self->m_serial != serial)
                return; // cancelled
            self->m_reply = nullptr;
            if (a.status == 0) {
                self->tokenFailed(
                    QStringLiteral("could not get a token from the %1: %2").arg(what, a.networkError), false);
                return;
            }
            const QString redirect = diagnoseRedirect(a.status, a.location);
            if (!redirect.isEmpty()) {
                self->tokenFailed(what + QStringLiteral(": ") + redirect +
                                      QStringLiteral(" (check that host is the workspace URL, "
                                                     "not an app URL)"),
                                  true);
                return;
            }
            if (a.status < 200 || a.status > 299) {
                self->tokenFailed(describeHttpFailure(what, a.status, a.body, {}),
                                  !isTransientHttpStatus(a.status));
                return;
            }
            const TokenResponse t = parseTokenResponse(a.body, self->nowUtc());
            if (!t.ok) {
                self->tokenFailed(
                    QStringLiteral("%1 answered HTTP %2 but %3").arg(what).arg(a.status).arg(t.error), true);
                return;
            }
            self->tokenReceived(t.accessToken, t.lifetimeMs);
        });
}

} // namespace plateau
