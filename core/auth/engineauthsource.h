#pragma once
// Adapts a TokenProvider to the engine's AuthHeaderSource, and resolves a plan's auth reference into one.
// The engine only sees Authorization header values; secrets stay inside the provider and its store.

#include "core/auth/authref.h"
#include "core/engine/authheadersource.h"

#include <QPointer>
#include <QProcessEnvironment>
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

// Where secrets come from for a headless run: PLATEAU_SECRET_<REF>_<FIELD> (and the seed's DATABRICKS_*
// variables), then the OS keychain. Never a file.
struct AuthResolverConfig
{
    QString authRefsPath; // empty = defaultAuthRefsPath()
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    bool useKeychain = true;
    int keychainTimeoutMs = 5000;
};

// Resolves a reference name into a ready-to-prepare source; null with a clear *error otherwise.
std::shared_ptr<AuthHeaderSource> resolveAuthRef(const QString &name, const AuthResolverConfig &config,
                                                 QString *error);
// The same for a reference the caller already has (the GUI's credentials list), with a store of its own.
std::shared_ptr<AuthHeaderSource> makeEngineAuthSource(const AuthRef &ref, SecretStore *store,
                                                       std::shared_ptr<void> keepAlive);

} // namespace plateau
