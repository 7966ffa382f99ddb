#include "core/auth/authref.h"

#include "core/secrets/secretstore.h"

namespace plateau {

bool AuthRef::operator==(const AuthRef &o) const
{
    return name == o.name && kind == o.kind && description == o.description && host == o.host &&
           clientId == o.clientId && scope == o.scope && tokenPath == o.tokenPath &&
           cliCommand == o.cliCommand && usersFile == o.usersFile && loginUrl == o.loginUrl &&
           timeoutS == o.timeoutS;
}

QString authKindName(AuthKind kind)
{
    switch (kind) {
    case AuthKind::None:
        return QStringLiteral("none");
    case AuthKind::StaticToken:
        return QStringLiteral("static-token");
    case AuthKind::OAuthM2M:
        return QStringLiteral("oauth-m2m");
    case AuthKind::CliToken:
        return QStringLiteral("cli-token");
    case AuthKind::PerUserLogin:
        return QStringLiteral("per-user-login");
    }
    return QStringLiteral("none");
}

bool authKindFromName(const QString &name, AuthKind *kind)
{
    static const AuthKind kAll[] = {AuthKind::None, AuthKind::StaticToken, AuthKind::OAuthM2M,
                                    AuthKind::CliToken, AuthKind::PerUserLogin};
    for (AuthKind k : kAll) {
        if (authKindName(k) == name) {
            if (kind)
                *kind = k;
            return true;
        }
    }
    return false;
}

QString authKindLabel(AuthKind kind)
{
    switch (kind) {
    case AuthKind::None:
        return QStringLiteral("No authentication");
    case AuthKind::StaticToken:
        return QStringLiteral("Static token (PAT or short-lived user token)");
    case AuthKind::OAuthM2M:
        return QStringLiteral("OAuth M2M (service principal, refreshed automatically)");
    case AuthKind::CliToken:
        return QStringLiteral("Token from a command (e.g. databricks auth token)");
    case AuthKind::PerUserLogin:
        return QStringLiteral("Per-user login (users file)");
    }
    return {};
}

QStringList secretFieldsFor(AuthKind kind)
{
    switch (kind) {
    case AuthKind::StaticToken:
        return {QString::fromLatin1(kSecretFieldToken)};
    case AuthKind::OAuthM2M:
        return {QString::fromLatin1(kSecretFieldClientSecret)};
    case AuthKind::PerUserLogin:
        return {QString::fromLatin1(kSecretFieldPassword)};
    case AuthKind::None:
    case AuthKind::CliToken:
        break;
    }
    return {};
}

bool secretFieldIsOptional(AuthKind kind, const QString &field)
{
    return kind == AuthKind::PerUserLogin && field == QLatin1String(kSecretFieldPassword);
}

QString tokenUrl(const AuthRef &ref)
{
    QString host = ref.host.trimmed();
    while (host.endsWith(QLatin1Char('/')))
        host.chop(1);
    QString path = ref.tokenPath.trimmed();
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    return host + path;
}

QStringList expandedCliCommand(const AuthRef &ref)
{
    QStringList out;
    out.reserve(ref.cliCommand.size());
    for (const QString &arg : ref.cliCommand) {
        QString a = arg;
        a.replace(QLatin1String("{host}"), ref.host);
        out << a;
    }
    return out;
}

QStringList databricksCliCommand(const QString &host)
{
    return {QStringLiteral("databricks"), QStringLiteral("auth"), QStringLiteral("token"),
            QStringLiteral("--host"), host};
}

QString describeAuthRef(const AuthRef &ref)
{
    QString s = authKindName(ref.kind);
    switch (ref.kind) {
    case AuthKind::OAuthM2M:
        s += QStringLiteral(" (client_id %1 at %2)").arg(ref.clientId, tokenUrl(ref));
        break;
    case AuthKind::CliToken:
        s += QStringLiteral(" (%1)").arg(ref.cliCommand.value(0));
        break;
    case AuthKind::PerUserLogin:
        s += QStringLiteral(" (%1 via %2)").arg(ref.usersFile, ref.loginUrl);
        break;
    case AuthKind::StaticToken:
    case AuthKind::None:
        break;
    }
    return s;
}

void applyDatabricksEnvironment(AuthRef &ref, const QProcessEnvironment &env)
{
    if (ref.host.isEmpty()) {
        QString host = env.value(QStringLiteral("DATABRICKS_HOST")).trimmed();
        // The Databricks CLI accepts a host without a scheme; the token request needs one.
        if (!host.isEmpty() && !host.contains(QLatin1String("://")))
            host.prepend(QStringLiteral("https://"));
        ref.host = host;
    }
    if (ref.kind == AuthKind::OAuthM2M && ref.clientId.isEmpty())
        ref.clientId = env.value(QStringLiteral("DATABRICKS_CLIENT_ID")).trimmed();
}

} // namespace plateau
