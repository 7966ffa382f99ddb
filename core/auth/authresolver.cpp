#include "core/auth/authresolver.h"

#include "core/auth/authref.h"
#include "core/auth/authrefio.h"
#include "core/auth/engineauthsource.h"
#include "core/secrets/envsecretsource.h"
#include "core/secrets/keychainsecretstore.h"

namespace plateau {

std::shared_ptr<AuthHeaderSource> resolveAuthRef(const QString &name, const AuthResolverConfig &config,
                                                 QString *error)
{
    const QString path = config.authRefsPath.isEmpty() ? defaultAuthRefsPath() : config.authRefsPath;
    AuthRefsLoadResult loaded;
    const AuthRef *found = findAuthRef(config.refs, name);
    if (!found) {
        loaded = loadAuthRefsFile(path);
        found = findAuthRef(loaded.refs, name);
    }
    if (!found) {
        QString why = QStringLiteral("'%1' is not defined in %2").arg(name, path);
        if (!loaded.issues.empty())
            why += QStringLiteral(" (%1: %2)").arg(loaded.issues.front().path, loaded.issues.front().message);
        if (!config.missingHint.isEmpty())
            why += QStringLiteral(": ") + config.missingHint;
        if (error)
            *error = why;
        return nullptr;
    }
    AuthRef ref = *found;
    if (ref.kind == AuthKind::OAuthM2M)
        applyDatabricksEnvironment(ref, config.environment);
    const std::vector<AuthRefIssue> issues = validateAuthRef(ref, QStringLiteral("authRefs[%1]").arg(name));
    if (!issues.empty()) {
        if (error)
            *error = issues.front().path + QStringLiteral(": ") + issues.front().message;
        return nullptr;
    }
    if (config.store)
        return makeEngineAuthSource(ref, config.store, nullptr);
    // The stores live as long as the source: the keychain behind the environment.
    struct Stores
    {
        std::unique_ptr<KeychainSecretStore> keychain;
        std::unique_ptr<EnvSecretSource> env;
    };
    auto stores = std::make_shared<Stores>();
    if (config.useKeychain)
        stores->keychain =
            std::make_unique<KeychainSecretStore>(QStringLiteral("plateau"), config.keychainTimeoutMs);
    stores->env = std::make_unique<EnvSecretSource>(config.environment, stores->keychain.get());
    SecretStore *store = stores->env.get();
    return makeEngineAuthSource(ref, store, std::move(stores));
}

AuthResolver makeAuthResolver(AuthResolverConfig config)
{
    return [config = std::move(config)](const QString &name, QString *error) {
        return resolveAuthRef(name, config, error);
    };
}

} // namespace plateau
