// Auth references: JSON round trip, validation with field paths, and authrefs.json never holding a secret.
#include "core/auth/authrefio.h"
#include "core/secrets/memorysecretstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace plateau;

namespace {

std::vector<AuthRef> sampleRefs()
{
    AuthRef m2m;
    m2m.name = QStringLiteral("prod-sp");
    m2m.kind = AuthKind::OAuthM2M;
    m2m.host = QStringLiteral("https://my-ws.cloud.databricks.com");
    m2m.clientId = QStringLiteral("6f0c-client");
    m2m.description = QStringLiteral("service principal for overnight runs");
    AuthRef pat;
    pat.name = QStringLiteral("my.pat");
    pat.kind = AuthKind::StaticToken;
    AuthRef cli;
    cli.name = QStringLiteral("cli_u2m");
    cli.kind = AuthKind::CliToken;
    cli.host = QStringLiteral("https://my-ws.cloud.databricks.com");
    cli.cliCommand = databricksCliCommand(QStringLiteral("{host}"));
    cli.timeoutS = 20;
    AuthRef users;
    users.name = QStringLiteral("chatbot-users");
    users.kind = AuthKind::PerUserLogin;
    users.usersFile = QStringLiteral("load-tests/users.json");
    users.loginUrl = QStringLiteral("http://127.0.0.1:8000/api/auth/login-json");
    AuthRef none;
    none.name = QStringLiteral("open");
    return {m2m, pat, cli, users, none};
}

bool hasIssue(const std::vector<AuthRefIssue> &issues, const QString &path)
{
    for (const AuthRefIssue &i : issues) {
        if (i.path == path)
            return true;
    }
    return false;
}

QString joined(const std::vector<AuthRefIssue> &issues)
{
    QStringList l;
    for (const AuthRefIssue &i : issues)
        l << i.toString();
    return l.join(QStringLiteral("\n"));
}

} // namespace

TEST(AuthRefs, RoundTripThroughAFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cfg/authrefs.json"));
    const std::vector<AuthRef> refs = sampleRefs();
    EXPECT_TRUE(validateAuthRefs(refs).empty()) << joined(validateAuthRefs(refs)).toStdString();
    QString error;
    ASSERT_TRUE(saveAuthRefsFile(refs, path, &error)) << error.toStdString();
    EXPECT_EQ(QFile(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
              QFileDevice::Permissions());
    const AuthRefsLoadResult loaded = loadAuthRefsFile(path);
    EXPECT_TRUE(loaded.ok()) << joined(loaded.issues).toStdString();
    ASSERT_EQ(loaded.refs.size(), refs.size());
    for (size_t i = 0; i < refs.size(); ++i)
        EXPECT_TRUE(loaded.refs[i] == refs[i]) << "ref " << i;
}

TEST(AuthRefs, MissingFileIsEmptyNotAnError)
{
    QTemporaryDir dir;
    const AuthRefsLoadResult r = loadAuthRefsFile(dir.filePath(QStringLiteral("nope.json")));
    EXPECT_TRUE(r.ok());
    EXPECT_TRUE(r.refs.empty());
}

TEST(AuthRefs, TheWrittenFileNeverHoldsASecret)
{
    // The secrets live in a store under the references' names...
    MemorySecretStore store;
    const QByteArray clientSecret = "dose-9f8e7d6c5b4a-client-secret";
    const QByteArray pat = "dapi0123456789abcdef0123456789abcdef";
    const QByteArray shared = "shared-user-password-77";
    store.set(secretKey(QStringLiteral("prod-sp"), QStringLiteral("client_secret")), clientSecret);
    store.set(secretKey(QStringLiteral("my.pat"), QStringLiteral("token")), pat);
    store.set(secretKey(QStringLiteral("chatbot-users"), QStringLiteral("password")), shared);
    // ...and the file written next to them holds none of them.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("authrefs.json"));
    ASSERT_TRUE(saveAuthRefsFile(sampleRefs(), path));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    for (const QByteArray &s : {clientSecret, pat, shared})
        EXPECT_FALSE(bytes.contains(s));
    // No key that could hold one either ("token" appears only as an argument of the CLI command).
    EXPECT_FALSE(bytes.toLower().contains("secret\":"));
    EXPECT_FALSE(bytes.toLower().contains("password"));
    EXPECT_FALSE(bytes.toLower().contains("token\":"));
}

TEST(AuthRefs, ASecretPutIntoTheFileByHandIsReportedAndDropped)
{
    const QByteArray json = R"({"schema":1,"authRefs":[{"name":"sp","kind":"oauth-m2m",
        "host":"https://h.example.com","clientId":"c","client_secret":"hand-typed-secret-123"}]})";
    const AuthRefsLoadResult r = authRefsFromJson(json);
    ASSERT_EQ(r.refs.size(), 1u);
    EXPECT_TRUE(hasIssue(r.issues, QStringLiteral("authRefs[0].client_secret")))
        << joined(r.issues).toStdString();
    EXPECT_FALSE(joined(r.issues).contains(QStringLiteral("hand-typed-secret-123")));
    EXPECT_FALSE(authRefsToJson(r.refs).contains("hand-typed-secret-123"));
}

TEST(AuthRefs, ValidationNamesTheField)
{
    const QByteArray json = R"({"schema":1,"authRefs":[
        {"name":"a b","kind":"oauth-m2m","host":"ftp://x","tokenPath":"oidc"},
        {"name":"c","kind":"cli-token","cliCommand":[]},
        {"name":"d","kind":"per-user-login","loginUrl":"not a url"},
        {"name":"c","kind":"static-token","timeoutS":0},
        {"kind":"magic","extra":1},
        {"name":"e","kind":"cli-token","cliCommand":["databricks",7,"--host","{host}"]},
        "junk"]})";
    const AuthRefsLoadResult r = authRefsFromJson(json);
    const QString all = joined(r.issues);
    for (const char *path :
         {"authRefs[0].name", "authRefs[0].host", "authRefs[0].clientId", "authRefs[0].tokenPath",
          "authRefs[1].cliCommand", "authRefs[2].usersFile", "authRefs[2].loginUrl", "authRefs[3].name",
          "authRefs[3].timeoutS", "authRefs[4].kind", "authRefs[4].extra", "authRefs[4].name",
          "authRefs[5].cliCommand[1]", "authRefs[5].host", "authRefs[6]"})
        EXPECT_TRUE(hasIssue(r.issues, QString::fromLatin1(path))) << path << "\n" << all.toStdString();
}

TEST(AuthRefs, DocumentLevelProblems)
{
    EXPECT_FALSE(authRefsFromJson("{").ok());
    EXPECT_TRUE(authRefsFromJson("{").issues.front().message.contains(QStringLiteral("byte")));
    EXPECT_FALSE(authRefsFromJson("[]").ok());
    EXPECT_TRUE(hasIssue(authRefsFromJson(R"({"schema":2,"authRefs":[]})").issues, QStringLiteral("schema")));
    EXPECT_TRUE(hasIssue(authRefsFromJson(R"({"authRefs":[]})").issues, QStringLiteral("schema")));
    EXPECT_TRUE(
        hasIssue(authRefsFromJson(R"({"schema":1,"authRefs":{}})").issues, QStringLiteral("authRefs")));
    EXPECT_TRUE(authRefsFromJson(R"({"schema":1})").ok());
    EXPECT_FALSE(authRefsFromJson(QByteArray(kMaxAuthRefsBytes + 1, ' ')).ok());
}

TEST(AuthRefs, Helpers)
{
    AuthRef r;
    r.kind = AuthKind::OAuthM2M;
    r.host = QStringLiteral("https://h.example.com//");
    r.tokenPath = QStringLiteral("/oidc/v1/token");
    EXPECT_EQ(tokenUrl(r), QStringLiteral("https://h.example.com/oidc/v1/token"));
    r.cliCommand = databricksCliCommand(QStringLiteral("{host}"));
    EXPECT_EQ(expandedCliCommand(r).last(), r.host);
    for (AuthKind k : {AuthKind::None, AuthKind::StaticToken, AuthKind::OAuthM2M, AuthKind::CliToken,
                       AuthKind::PerUserLogin}) {
        AuthKind back = AuthKind::None;
        EXPECT_TRUE(authKindFromName(authKindName(k), &back));
        EXPECT_EQ(back, k);
    }
    EXPECT_FALSE(authKindFromName(QStringLiteral("basic"), nullptr));
    EXPECT_EQ(secretFieldsFor(AuthKind::OAuthM2M), QStringList{QStringLiteral("client_secret")});
    EXPECT_TRUE(secretFieldIsOptional(AuthKind::PerUserLogin, QStringLiteral("password")));
    EXPECT_FALSE(describeAuthRef(r).isEmpty());
}

TEST(AuthRefs, DatabricksEnvironmentFillsTheGaps)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("DATABRICKS_HOST"), QStringLiteral("my-ws.cloud.databricks.com"));
    env.insert(QStringLiteral("DATABRICKS_CLIENT_ID"), QStringLiteral("cid"));
    AuthRef r;
    r.name = QStringLiteral("env");
    r.kind = AuthKind::OAuthM2M;
    applyDatabricksEnvironment(r, env);
    EXPECT_EQ(r.host, QStringLiteral("https://my-ws.cloud.databricks.com"));
    EXPECT_EQ(r.clientId, QStringLiteral("cid"));
    EXPECT_TRUE(validateAuthRef(r).empty());
    AuthRef given = r;
    given.host = QStringLiteral("https://other.example.com");
    given.clientId = QStringLiteral("mine");
    applyDatabricksEnvironment(given, env);
    EXPECT_EQ(given.host, QStringLiteral("https://other.example.com"));
    EXPECT_EQ(given.clientId, QStringLiteral("mine"));
}
