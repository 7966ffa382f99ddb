#pragma once
// Adapts a TokenProvider to the engine's AuthHeaderSource, and resolves a plan's auth reference into one.
// The engine only sees Authorization header values; secrets stay inside the provider and its store.

#include "core/auth/authref.h"
#include "core/engine/authheadersource.h"

#include <QPointer>
#include <memory>
#include <vector>

namespace plateau {

class SecretStore;
class TokenProvider;

class EngineAuthSource : public AuthHeaderSource
{
public:
    // Takes the provider; `keepAlive` owns whatever the provider's SecretStore needs (may be null).
    EngineAuthSource(std::unique_ptr<TokenProvider> provider, std::shared_ptr<void> keepAlive);
    ~EngineAuthSource() override;

    QString method() const override;
    void prepare(std::uint32_t users, std::function<void(bool ok, const QString &error)> done) override;
    Value authorizationFor(std::uint32_t userId) const override;
    void reportUnauthorized(std::uint32_t userId, std::uint64_t generation) override;
    QString redact(const QString &text) const override;

    TokenProvider *provider() const { return m_provider.get(); }

private:
    void prepareUsers(std::uint32_t users, std::function<void(bool, const QString &)> done);

    std::shared_ptr<void> m_keepAlive; // destroyed after the provider (declared first)
    std::unique_ptr<TokenProvider> m_provider;
};

// A source for a resolved reference, with secrets from `store` (core/auth/authresolver.h finds the
// reference).
std::shared_ptr<AuthHeaderSource> makeEngineAuthSource(const AuthRef &ref, SecretStore *store,
                                                       std::shared_ptr<void> keepAlive);

} // namespace plateau
