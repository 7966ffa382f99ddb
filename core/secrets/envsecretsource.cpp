#include "core/secrets/envsecretsource.h"

#include "core/common/secretnames.h"

namespace plateau {

EnvSecretSource::EnvSecretSource(QObject *parent)
    : EnvSecretSource(QProcessEnvironment::systemEnvironment(), nullptr, parent)
{}

EnvSecretSource::EnvSecretSource(const QProcessEnvironment &env, SecretStore *fallback, QObject *parent)
    : SecretStore(parent), m_env(env), m_fallback(fallback)
{}

QString EnvSecretSource::variableName(const QString &refName, const QString &field)
{
    return secretVariableName(refName, field);
}

QStringList EnvSecretSource::candidateVariables(const QString &key)
{
    QString ref, field;
    if (!splitSecretKey(key, &ref, &field))
        return {};
    QStringList names{variableName(ref, field)};
    if (field == QLatin1String(kSecretFieldClientSecret))
        names << QStringLiteral("DATABRICKS_CLIENT_SECRET");
    else if (field == QLatin1String(kSecretFieldToken))
        names << QStringLiteral("DATABRICKS_TOKEN");
    return names;
}

bool EnvSecretSource::lookup(const QString &key, QByteArray *value, QString *variableUsed) const
{
    const QStringList names = candidateVariables(key);
    for (const QString &name : names) {
        if (!m_env.contains(name))
            continue;
        const QString v = m_env.value(name);
        if (v.isEmpty())
            continue; // an empty variable is "not set" for a secret
        if (value)
            *value = v.toUtf8();
        if (variableUsed)
            *variableUsed = name;
        return true;
    }
    return false;
}

void EnvSecretSource::read(const QString &key, SecretCallback cb)
{
    QByteArray value;
    if (lookup(key, &value)) {
        deliverLater(std::move(cb), SecretResult::success(std::move(value)));
        return;
    }
    if (m_fallback) {
        m_fallback->read(key, std::move(cb));
        return;
    }
    SecretResult r;
    r.notFound = true;
    const QStringList names = candidateVariables(key);
    r.error = names.isEmpty()
                  ? QStringLiteral("'%1' is not a secret key of the form <reference>/<field>").arg(key)
                  : QStringLiteral("no secret for '%1': set %2").arg(key, names.join(QStringLiteral(" or ")));
    deliverLater(std::move(cb), std::move(r));
}

void EnvSecretSource::write(const QString &key, const QByteArray &, SecretCallback cb)
{
    deliverLater(
        std::move(cb),
        SecretResult::failure(
            QStringLiteral("cannot store '%1': secrets from the environment are read-only").arg(key)));
}

void EnvSecretSource::remove(const QString &key, SecretCallback cb)
{
    deliverLater(
        std::move(cb),
        SecretResult::failure(
            QStringLiteral("cannot remove '%1': secrets from the environment are read-only").arg(key)));
}

} // namespace plateau
