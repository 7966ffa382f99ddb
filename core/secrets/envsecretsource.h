#pragma once
// Secrets for the headless CLI, from the environment (CI systems inject secrets this way):
//   PLATEAU_SECRET_<REF>_<FIELD>  e.g. PLATEAU_SECRET_PROD_SP_CLIENT_SECRET for "prod-sp/client_secret"
//   (REF and FIELD upper-cased, every character other than A-Z 0-9 becomes '_').
// Then the names the scripts of Databricks' load-testing guide use:
//   client_secret -> DATABRICKS_CLIENT_SECRET, token -> DATABRICKS_TOKEN.
// What the environment lacks is asked of an optional fallback store (e.g. the keychain).
// Read-only: write/remove fail with a clear message.

#include "core/secrets/secretstore.h"

#include <QPointer>
#include <QProcessEnvironment>

namespace plateau {

class EnvSecretSource : public SecretStore
{
    Q_OBJECT
public:
    explicit EnvSecretSource(QObject *parent = nullptr);
    EnvSecretSource(const QProcessEnvironment &env, SecretStore *fallback, QObject *parent = nullptr);

    void read(const QString &key, SecretCallback cb) override;
    void write(const QString &key, const QByteArray &secret, SecretCallback cb) override;
    void remove(const QString &key, SecretCallback cb) override;

    // Synchronous lookup in the environment only (no fallback); false when no variable is set.
    bool lookup(const QString &key, QByteArray *value, QString *variableUsed = nullptr) const;

    // "prod-sp", "client_secret" -> "PLATEAU_SECRET_PROD_SP_CLIENT_SECRET"
    static QString variableName(const QString &refName, const QString &field);
    // The variables lookup() tries for a key, in order (for error messages and --help).
    static QStringList candidateVariables(const QString &key);

private:
    QProcessEnvironment m_env;
    QPointer<SecretStore> m_fallback;
};

} // namespace plateau
