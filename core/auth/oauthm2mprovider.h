#pragma once
// Kind "oauth-m2m": client_credentials grant against {host}{tokenPath} (Databricks: /oidc/v1/token)
// with client_id, client_secret (from "<ref>/client_secret") and scope, as the locustfile.py of Databricks'
// load-testing guide does. Refreshes in the background before expiry; transient failures are retried with
// backoff.

#include "core/auth/tokenprovider.h"

class QNetworkReply;

namespace plateau {

class OAuthM2MProvider : public TokenProvider
{
    Q_OBJECT
public:
    OAuthM2MProvider(const AuthRef &ref, SecretStore *secrets, QObject *parent = nullptr);
    ~OAuthM2MProvider() override;

protected:
    void fetchToken() override;
    void cancelFetch() override;

private:
    QPointer<QNetworkReply> m_reply;
    quint64 m_serial = 0;
};

} // namespace plateau
