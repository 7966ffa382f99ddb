#pragma once
// Which names carry secrets: one rule for every place that hides values (docs/architecture.md,
// "Secrets"). The run folder's plan.json and URLs, the plan editor's header field, the auth references
// file and the plan's validation all ask here, so a header redacted in one is never shown in another.

#include <QString>

namespace plateau {

// An HTTP header, a JSON field or a URL query parameter whose value would be a credential:
// "Authorization", "X-API-Key", "X-Auth-Key", "Cookie", "client_secret", "access_token", "password", ...
// Case, '-' and '_' do not matter.
bool isSecretName(const QString &name);

// A header that carries the request's credential itself (Authorization, Proxy-Authorization): it never
// belongs in a plan, the plan's auth reference supplies it.
bool isCredentialHeader(const QString &name);

// The environment variable a secret of an auth reference is read from by the CLI (and a pod):
// ("prod-sp", "client_secret") -> "PLATEAU_SECRET_PROD_SP_CLIENT_SECRET".
QString secretVariableName(const QString &refName, const QString &field);

} // namespace plateau
