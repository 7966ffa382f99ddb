#include "core/auth/statictokenprovider.h"

#include "core/auth/tokenresponse.h"
#include "core/secrets/secretstore.h"

namespace plateau {

StaticTokenProvider::StaticTokenProvider(const AuthRef &ref, SecretStore *secrets, QObject *parent)
    : TokenProvider(ref, secrets, parent)
{}

void StaticTokenProvider::fetchToken()
{
    const QByteArray token = normalizeToken(secret(QString::fromLatin1(kSecretFieldToken)));
    if (!isHeaderSafeToken(token)) {
        tokenFailed(
            QStringLiteral("the stored token is not usable in an HTTP header (empty, over 64 KiB, or has "
                           "spaces or control characters)"),
            true);
        return;
    }
    tokenReceived(token, -1);
}

QString StaticTokenProvider::unauthorizedWithoutRefreshMessage() const
{
    return QStringLiteral(
        "the target refused the static token (HTTP 401/403): it expired or lacks permission. "
        "Store a new one; for runs longer than about an hour use OAuth M2M (service principal)");
}

} // namespace plateau
