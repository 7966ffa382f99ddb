// Authenticated runs (issue "auth"): tokens refreshed during a run with no auth failure, a wrong secret
// stopped before the ramp, per-user logins, and not one byte of a secret or token written anywhere.

#include "core/auth/authrefio.h"
#include "core/auth/authresolver.h"
#include "tests/auth/tokenserver.h"
#include "tests/engine/enginetestutil.h"
#include "tests/engine/rawhttpserver.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <atomic>
#include <gtest/gtest.h>

using namespace plateau;
using namespace plateau::test;

namespace {

const QByteArray kSecret = "s3cr3t-Cl1ent-Value-9f8e7d6c5b4a";

QByteArray delta(const char *text)
{
    return QByteArray(R"({"type":"response.output_text.delta","delta":")") + text + "\"}";
}

// An agent endpoint that accepts only live tokens of the token server.
struct ProtectedAgent
{
    RawHttpServer server;
    std::atomic<int> rejected{0};
    std::atomic<int> served{0};

    explicit ProtectedAgent(const TokenServer &tokens)
    {
        EXPECT_TRUE(server.listen());
        server.setHandler([this, &tokens](const RawRequest &r) {
            const QByteArray auth = r.header("authorization");
            if (!auth.startsWith("Bearer ") || !tokens.isTokenValid(auth.mid(7))) {
                ++rejected;
                return Script::response(401, R"({"error":"invalid token"})", "application/json");
            }
            ++served;
            return Script::sse({delta("Hello"), delta(" world")}, 2, true);
        });
    }
    QString url() const { return server.url(QString()).toString(); }
};

AuthRef m2mRef(const TokenServer &tokens)
{
    AuthRef ref;
    ref.name = QStringLiteral("sp");
    ref.kind = AuthKind::OAuthM2M;
    ref.host = tokens.baseUrl();
    ref.clientId = QStringLiteral("plateau-client");
    return ref;
}

QString writeRefs(const QTemporaryDir &dir, const std::vector<AuthRef> &refs)
{
    const QString path = dir.filePath(QStringLiteral("authrefs.json"));
    QString error;
    EXPECT_TRUE(saveAuthRefsFile(refs, path, &error)) << error.toStdString();
    return path;
}

EngineOptions optionsWithAuth(const QString &refsPath, const QByteArray &secret)
{
    EngineOptions opt;
    AuthResolverConfig cfg;
    cfg.authRefsPath = refsPath;
    cfg.useKeychain = false;
    cfg.environment = QProcessEnvironment();
    cfg.environment.insert(QStringLiteral("PLATEAU_SECRET_SP_CLIENT_SECRET"), QString::fromLatin1(secret));
    opt.authResolver = [cfg](const QString &ref, QString *error) {
        return resolveAuthRef(ref, cfg, error);
    };
    return opt;
}

} // namespace

TEST(EngineAuth, TokensRefreshDuringALongRunWithoutAuthFailures)
{
    TokenServer tokens;
    ASSERT_TRUE(tokens.listen());
    tokens.setClientCredentials(QStringLiteral("plateau-client"), kSecret);
    tokens.setExpiresInS(3);
    ProtectedAgent agent(tokens);
    QTemporaryDir dir;
    const QString refs = writeRefs(dir, {m2mRef(tokens)});

    TestPlan plan = localPlan(agent.url());
    plan.targets[0].authRef = QStringLiteral("sp");
    plan.health.enabled = true;
    plan.profile().kind = ProfileKind::Sustained;
    plan.profile().sustainedUsers = 4;
    plan.profile().durationS = 20;
    const EngineRun run = runEngine(plan, optionsWithAuth(refs, kSecret));
    ASSERT_EQ(run.outcome.targets.size(), 1u);
    const TargetOutcome &o = run.outcome.targets[0];
    EXPECT_EQ(o.phase, TargetPhase::Completed) << o.detail.toStdString();
    EXPECT_GT(o.total.ok, 200u);
    EXPECT_EQ(o.total.failures[size_t(FailureClass::Auth)], 0u);
    EXPECT_EQ(o.total.completed, o.total.ok);
    EXPECT_GE(tokens.tokensIssued(), 4) << "a 20 s run with 3 s tokens must refresh several times";
    EXPECT_EQ(agent.rejected.load(), 0);
}

TEST(EngineAuth, WrongSecretStopsTheTargetBeforeTheRamp)
{
    TokenServer tokens;
    ASSERT_TRUE(tokens.listen());
    tokens.setClientCredentials(QStringLiteral("plateau-client"), kSecret);
    ProtectedAgent agent(tokens);
    QTemporaryDir dir;
    const QString refs = writeRefs(dir, {m2mRef(tokens)});
    TestPlan plan = localPlan(agent.url());
    plan.targets[0].authRef = QStringLiteral("sp");
    plan.profile().kind = ProfileKind::Sustained;
    plan.profile().sustainedUsers = 2;
    plan.profile().durationS = 5;
    const QByteArray wrong = "wr0ng-secret-value-that-must-not-leak";
    const EngineRun run = runEngine(plan, optionsWithAuth(refs, wrong));
    ASSERT_EQ(run.outcome.targets.size(), 1u);
    const TargetOutcome &o = run.outcome.targets[0];
    EXPECT_EQ(o.phase, TargetPhase::Skipped);
    EXPECT_TRUE(o.detail.contains(QStringLiteral("authentication failed"))) << o.detail.toStdString();
    EXPECT_TRUE(o.detail.contains(QStringLiteral("401")) ||
                o.detail.contains(QStringLiteral("invalid_client")))
        << o.detail.toStdString();
    EXPECT_FALSE(o.detail.contains(QString::fromLatin1(wrong)));
    EXPECT_EQ(agent.server.requestCount(), 0) << "no request may reach the target without a token";
    EXPECT_EQ(run.outcome.exitCode(), 1);
}

TEST(EngineAuth, UnknownReferenceIsAClearError)
{
    QTemporaryDir dir;
    const QString refs = writeRefs(dir, {});
    TestPlan plan = localPlan(QStringLiteral("http://127.0.0.1:9"));
    plan.targets[0].authRef = QStringLiteral("missing-ref");
    const EngineRun run = runEngine(plan, optionsWithAuth(refs, kSecret));
    ASSERT_EQ(run.outcome.targets.size(), 1u);
    EXPECT_EQ(run.outcome.targets[0].phase, TargetPhase::Skipped);
    EXPECT_TRUE(run.outcome.targets[0].detail.contains(QStringLiteral("missing-ref")));
}

TEST(EngineAuth, PerUserLoginsBeforeTheRamp)
{
    TokenServer tokens;
    ASSERT_TRUE(tokens.listen());
    tokens.addUser(QStringLiteral("alice"), "pw-alice-123456");
    tokens.addUser(QStringLiteral("bob"), "pw-bob-123456");
    ProtectedAgent agent(tokens);
    QTemporaryDir dir;
    QFile users(dir.filePath(QStringLiteral("users.json")));
    ASSERT_TRUE(users.open(QIODevice::WriteOnly));
    users.write(
        R"([{"username":"alice","password":"pw-alice-123456"},{"username":"bob","password":"pw-bob-123456"}])");
    users.close();
    AuthRef ref;
    ref.name = QStringLiteral("sp");
    ref.kind = AuthKind::PerUserLogin;
    ref.usersFile = users.fileName();
    ref.loginUrl = tokens.baseUrl() + tokens.loginPath();
    const QString refs = writeRefs(dir, {ref});
    TestPlan plan = localPlan(agent.url());
    plan.targets[0].authRef = QStringLiteral("sp");
    plan.health.enabled = true;
    plan.profile().kind = ProfileKind::Sustained;
    plan.profile().sustainedUsers = 4;
    plan.profile().durationS = 2;
    const EngineRun run = runEngine(plan, optionsWithAuth(refs, QByteArray()));
    ASSERT_EQ(run.outcome.targets.size(), 1u);
    const TargetOutcome &o = run.outcome.targets[0];
    EXPECT_EQ(o.phase, TargetPhase::Completed) << o.detail.toStdString();
    EXPECT_GT(o.total.ok, 20u);
    EXPECT_EQ(o.total.completed, o.total.ok);
    EXPECT_GT(tokens.loginsIssuedFor(QStringLiteral("alice")), 0);
    EXPECT_GT(tokens.loginsIssuedFor(QStringLiteral("bob")), 0);
}

TEST(EngineAuth, NoSecretOrTokenReachesAnyFileOrOutput)
{
    // A full authenticated run through the CLI; then every byte it wrote is searched.
    TokenServer tokens;
    ASSERT_TRUE(tokens.listen());
    tokens.setClientCredentials(QStringLiteral("plateau-client"), kSecret);
    tokens.setExpiresInS(2);
    ProtectedAgent agent(tokens);
    QTemporaryDir dir;
    const QString refs = writeRefs(dir, {m2mRef(tokens)});
    TestPlan plan = localPlan(agent.url());
    plan.targets[0].authRef = QStringLiteral("sp");
    plan.health.enabled = true;
    plan.profile().kind = ProfileKind::Sustained;
    plan.profile().sustainedUsers = 3;
    plan.profile().durationS = 5;
    const QString planPath = dir.filePath(QStringLiteral("plan.plateau.json"));
    ASSERT_TRUE(savePlanFile(plan, planPath));

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PLATEAU_SECRET_SP_CLIENT_SECRET"), QString::fromLatin1(kSecret));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true")); // debug logs too
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PLATEAU_BINARY),
            {QStringLiteral("run"), planPath, QStringLiteral("--auth-refs"), refs,
             QStringLiteral("--no-keychain"), QStringLiteral("--out"), dir.filePath(QStringLiteral("runs")),
             QStringLiteral("--run-name"), QStringLiteral("secret-check")});
    ASSERT_TRUE(p.waitForStarted());
    // The token server and the agent serve from this thread: keep its event loop turning.
    ASSERT_TRUE(waitUntil([&] { return p.state() == QProcess::NotRunning; }, 60000));
    const QByteArray out = p.readAllStandardOutput() + p.readAllStandardError();
    EXPECT_EQ(p.exitCode(), 0) << out.toStdString();
    EXPECT_GE(tokens.tokensIssued(), 2);
    EXPECT_GT(agent.served.load(), 10);

    // The token server's tokens are "tok-<n>": no such text may appear anywhere, nor the secret.
    const QRegularExpression token(QStringLiteral("tok-[0-9]+"));
    auto check = [&](const QByteArray &bytes, const QString &where) {
        EXPECT_FALSE(bytes.contains(kSecret)) << where.toStdString() << " holds the client secret";
        const auto m = token.match(QString::fromLatin1(bytes));
        EXPECT_FALSE(m.hasMatch()) << where.toStdString() << " holds a token: " << m.captured().toStdString();
    };
    check(out, QStringLiteral("stdout/stderr"));
    int files = 0;
    QDirIterator it(dir.filePath(QStringLiteral("runs")), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        check(f.readAll(), f.fileName());
        ++files;
    }
    EXPECT_GE(files, 8); // plan, run, dashboard and the target's CSV files
    QFile refsFile(refs);
    ASSERT_TRUE(refsFile.open(QIODevice::ReadOnly));
    check(refsFile.readAll(), refs);
}
