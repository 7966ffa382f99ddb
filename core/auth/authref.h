#pragma once
// An auth reference: the non-secret half of how Plateau authenticates to a target. A plan's target
// names one (Target::authRef); the secret half (static token, client_secret, shared password) lives in
// a SecretStore under "<name>/<field>", never in a plan, a run folder or authrefs.json.

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace plateau {

enum class AuthKind
{
    None,        // no Authorization header
    StaticToken, // a bearer token the user pasted (PAT, or a U2M token for short runs)
    OAuthM2M,    // service principal: client_credentials grant, refreshed in the background
    CliToken,    // a command that prints a token, e.g. `databricks auth token --host H`
    PerUserLogin // each virtual user logs in as an account of a users file (as in the k6 runbook)
};

struct AuthRef
{
    QString name; // [A-Za-z0-9._-], unique; the prefix of its secret keys
    AuthKind kind = AuthKind::None;
    QString description;

    // OAuthM2M
    QString host; // token host, e.g. https://my-workspace.cloud.databricks.com
    QString clientId;
    QString scope = QStringLiteral("all-apis");
    QString tokenPath = QStringLiteral("/oidc/v1/token");

    // CliToken: program + arguments; "{host}" in an argument is replaced by host.
    QStringList cliCommand;

    // PerUserLogin
    QString usersFile; // JSON [{"username":..,"password":..}] or {"users":[...]}
    QString loginUrl;  // POST {"username":..,"password":..} -> {"access_token":..}

    double timeoutS = 30; // one token request / one CLI run

    bool operator==(const AuthRef &o) const;
    bool operator!=(const AuthRef &o) const { return !(*this == o); }
};

// "none", "static-token", "oauth-m2m", "cli-token", "per-user-login"
QString authKindName(AuthKind kind);
bool authKindFromName(const QString &name, AuthKind *kind);
// Human label for the GUI: "OAuth M2M (service principal)" ...
QString authKindLabel(AuthKind kind);

// The secret fields a kind reads from the SecretStore (for the GUI's password boxes). Per-user login
// lists "password" as an optional shared password for users-file entries that have none.
QStringList secretFieldsFor(AuthKind kind);
bool secretFieldIsOptional(AuthKind kind, const QString &field);

// {host}{tokenPath}, with exactly one '/' between them.
QString tokenUrl(const AuthRef &ref);
// cliCommand with {host} substituted.
QStringList expandedCliCommand(const AuthRef &ref);
// The command the Databricks CLI needs for a U2M token of a host.
QStringList databricksCliCommand(const QString &host);

// One line for run.json and the report: kind and non-secret identifiers only.
QString describeAuthRef(const AuthRef &ref);

// The variables Databricks' load-testing guide uses for M2M: fills host from DATABRICKS_HOST and clientId
// from DATABRICKS_CLIENT_ID where the reference leaves them empty (the secret comes via EnvSecretSource).
void applyDatabricksEnvironment(AuthRef &ref,
                                const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

} // namespace plateau
