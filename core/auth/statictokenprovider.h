#pragma once
// Kind "static-token": the token stored under "<ref>/token" (a PAT, or a user token for a short run).
// It cannot be refreshed: a 401 yields one refreshFailed() per token generation that says so.

#include "core/auth/tokenprovider.h"

namespace plateau {

class StaticTokenProvider : public TokenProvider
{
    Q_OBJECT
public:
    StaticTokenProvider(const AuthRef &ref, SecretStore *secrets, QObject *parent = nullptr);

protected:
    void fetchToken() override;
    bool canRefresh() const override { return false; }
    QString unauthorizedWithoutRefreshMessage() const override;
};

} // namespace plateau
