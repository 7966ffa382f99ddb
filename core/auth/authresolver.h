#pragma once
// The one way a plan's auth reference becomes the engine's header source, for the CLI and the GUI alike:
// the reference is read from the auth references file, Databricks' environment variables fill what an
// OAuth M2M reference leaves open, the result is validated, and only then are secrets looked up.

#include "core/auth/authref.h"
#include "core/engine/authheadersource.h"

#include <QProcessEnvironment>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

namespace plateau {

class SecretStore;

struct AuthResolverConfig
{
    QString authRefsPath; // empty = defaultAuthRefsPath()
    // References that exist only for this run (the CLI's --client-id makes one), found before the file's.
    // They go through the same environment fill-in, validation and secret lookup as the file's.
    std::vector<AuthRef> refs;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Where secrets come from. Null: PLATEAU_SECRET_<REF>_<FIELD> (and DATABRICKS_CLIENT_SECRET as
    // Databricks' tools name it) from `environment`, then the OS keychain unless useKeychain is false.
    // The GUI passes its own store (keychain with the session fallback); it must outlive the run.
    SecretStore *store = nullptr;
    bool useKeychain = true;
    int keychainTimeoutMs = 5000;
    // Appended to the error for a reference that is not defined: where the user defines one.
    QString missingHint;
};

// Resolves a reference name into a ready-to-prepare source; null with a clear *error otherwise.
std::shared_ptr<AuthHeaderSource> resolveAuthRef(const QString &name, const AuthResolverConfig &config,
                                                 QString *error);

using AuthResolver = std::function<std::shared_ptr<AuthHeaderSource>(const QString &name, QString *error)>;
// resolveAuthRef bound to `config`, as EngineOptions::authResolver takes it.
AuthResolver makeAuthResolver(AuthResolverConfig config);

} // namespace plateau
