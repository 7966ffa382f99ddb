// EnvSecretSource: the CLI's secrets from PLATEAU_SECRET_<REF>_<FIELD> and the DATABRICKS_* variables of
// Databricks' load-testing guide.
#include "core/secrets/envsecretsource.h"
#include "core/secrets/memorysecretstore.h"

#include <gtest/gtest.h>

using namespace plateau;

TEST(EnvSecretSource, VariableNames)
{
    EXPECT_EQ(EnvSecretSource::variableName(QStringLiteral("prod-sp"), QStringLiteral("client_secret")),
              QStringLiteral("PLATEAU_SECRET_PROD_SP_CLIENT_SECRET"));
    EXPECT_EQ(EnvSecretSource::variableName(QStringLiteral("a.b c/é"), QStringLiteral("token")),
              QStringLiteral("PLATEAU_SECRET_A_B_C___TOKEN"));
    EXPECT_EQ(EnvSecretSource::candidateVariables(QStringLiteral("x/client_secret")),
              (QStringList{QStringLiteral("PLATEAU_SECRET_X_CLIENT_SECRET"),
                           QStringLiteral("DATABRICKS_CLIENT_SECRET")}));
}

TEST(EnvSecretSource, ExplicitVariableWinsOverDatabricks)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PLATEAU_SECRET_PROD_SP_CLIENT_SECRET"), QStringLiteral("explicit"));
    env.insert(QStringLiteral("DATABRICKS_CLIENT_SECRET"), QStringLiteral("from-databricks-env"));
    EnvSecretSource src(env, nullptr);
    EXPECT_EQ(src.readBlocking(QStringLiteral("prod-sp/client_secret")).value, QByteArray("explicit"));
    // Another reference has no explicit variable: the DATABRICKS_* variable serves it.
    EXPECT_EQ(src.readBlocking(QStringLiteral("other/client_secret")).value,
              QByteArray("from-databricks-env"));
}

TEST(EnvSecretSource, MissingSecretNamesTheVariables)
{
    EnvSecretSource src(QProcessEnvironment(), nullptr);
    const SecretResult r = src.readBlocking(QStringLiteral("prod-sp/token"));
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.notFound);
    EXPECT_TRUE(r.error.contains(QStringLiteral("PLATEAU_SECRET_PROD_SP_TOKEN")));
    EXPECT_TRUE(r.error.contains(QStringLiteral("DATABRICKS_TOKEN")));
}

TEST(EnvSecretSource, EmptyVariableCountsAsUnset)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PLATEAU_SECRET_P_TOKEN"), QString());
    EnvSecretSource src(env, nullptr);
    EXPECT_FALSE(src.readBlocking(QStringLiteral("p/token")).ok);
}

TEST(EnvSecretSource, FallsBackToAnotherStoreAndIsReadOnly)
{
    MemorySecretStore keychain;
    keychain.set(QStringLiteral("p/password"), "shared");
    EnvSecretSource src(QProcessEnvironment(), &keychain);
    EXPECT_EQ(src.readBlocking(QStringLiteral("p/password")).value, QByteArray("shared"));
    const SecretResult w = src.writeBlocking(QStringLiteral("p/password"), "x");
    EXPECT_FALSE(w.ok);
    EXPECT_TRUE(w.error.contains(QStringLiteral("read-only")));
    EXPECT_FALSE(src.removeBlocking(QStringLiteral("p/password")).ok);
    EXPECT_EQ(keychain.value(QStringLiteral("p/password")), QByteArray("shared"));
}
