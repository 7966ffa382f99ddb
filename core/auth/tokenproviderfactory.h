#pragma once
// One entry point for the engine, the CLI and the GUI: the provider for an auth reference.

#include "core/auth/tokenprovider.h"

#include <memory>

namespace plateau {

// secrets: the store the reference's secrets come from (GUI: SessionFallbackSecretStore; CLI:
// EnvSecretSource, optionally falling back to the keychain). Not owned; must outlive start().
std::unique_ptr<TokenProvider> createTokenProvider(const AuthRef &ref, SecretStore *secrets,
                                                   QObject *parent = nullptr);

} // namespace plateau
