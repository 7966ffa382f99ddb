#include "core/auth/tokenproviderfactory.h"

#include "core/auth/clitokenprovider.h"
#include "core/auth/noauthprovider.h"
#include "core/auth/oauthm2mprovider.h"
#include "core/auth/peruserloginprovider.h"
#include "core/auth/statictokenprovider.h"

namespace plateau {

std::unique_ptr<TokenProvider> createTokenProvider(const AuthRef &ref, SecretStore *secrets, QObject *parent)
{
    switch (ref.kind) {
    case AuthKind::StaticToken:
        return std::make_unique<StaticTokenProvider>(ref, secrets, parent);
    case AuthKind::OAuthM2M:
        return std::make_unique<OAuthM2MProvider>(ref, secrets, parent);
    case AuthKind::CliToken:
        return std::make_unique<CliTokenProvider>(ref, parent);
    case AuthKind::PerUserLogin:
        return std::make_unique<PerUserLoginProvider>(ref, secrets, parent);
    case AuthKind::None:
        break;
    }
    return std::make_unique<NoAuthProvider>(ref, parent);
}

} // namespace plateau
