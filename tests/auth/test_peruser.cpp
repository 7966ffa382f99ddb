// Per-user login (as in the k6 runbook) against the test server: accounts shared round-robin, one login per
// account, a missing user diagnosed, renewals, and no password in any message.
#include "core/auth/peruserloginprovider.h"
#include "core/auth/tokenproviderfactory.h"
#include "core/common/manualclock.h"
#include "core/secrets/memorysecretstore.h"
#include "tests/auth/tokenserver.h"
#include "tests/common/testutil.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace plateau;
using plateau::test::drainPostedEvents;
using plateau::test::TokenServer;
using plateau::test::waitUntil;

namespace {

struct PerUserFixture
{
    ManualClock clock; // first: it outlives the provider
    TokenServer server;
    MemorySecretStore store;
    QTemporaryDir dir;
    AuthRef ref;
    std::unique_ptr<TokenProvider> provider;

    explicit PerUserFixture(const QByteArray &usersJson)
    {
        EXPECT_TRUE(server.listen());
        server.addUser(QStringLiteral("alice"), "pa-111");
        server.addUser(QStringLiteral("bob"), "pb-222");
        ref.name = QStringLiteral("chatbot");
        ref.kind = AuthKind::PerUserLogin;
        ref.usersFile = dir.filePath(QStringLiteral("users.json"));
        ref.loginUrl = server.baseUrl() + server.loginPath();
        QFile f(ref.usersFile);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(usersJson);
    }
    // manualClock: renewals, retries and deadlines run on `clock`; false: on the system clock.
    PerUserLoginProvider *make(bool manualClock = false)
    {
        provider = createTokenProvider(ref, &store);
        if (manualClock)
            provider->setClock(&clock);
        return dynamic_cast<PerUserLoginProvider *>(provider.get());
    }
};

const QByteArray kUsers = R"([{"username":"alice","password":"pa-111"},{"username":"bob","password":"pb-222"},
                               {"username":"carol","password":"pc-333"}])";

} // namespace

TEST(PerUserLogin, LogsEachAccountInOnceAndDiagnosesAMissingUser)
{
    PerUserFixture f(kUsers);
    PerUserLoginProvider *p = f.make();
    ASSERT_NE(p, nullptr);
    EXPECT_TRUE(p->isPerUser());
    QSignalSpy ready(p, &TokenProvider::ready);
    QSignalSpy userReady(p, &TokenProvider::userReady);
    QSignalSpy userFailed(p, &TokenProvider::userFailed);
    // Users asked for before start() are answered once it is done.
    p->prepareUser(0);
    p->start();
    ASSERT_TRUE(waitUntil([&] { return ready.count() == 1; }));
    EXPECT_EQ(p->accountCount(), 3);
    for (quint32 u : {1u, 2u, 3u, 4u, 5u, 6u})
        p->prepareUser(u);
    ASSERT_TRUE(waitUntil([&] { return userReady.count() + userFailed.count() == 7; }));

    QSet<quint32> ok, bad;
    for (const QList<QVariant> &a : userReady)
        ok.insert(a.at(0).toUInt());
    for (const QList<QVariant> &a : userFailed)
        bad.insert(a.at(0).toUInt());
    EXPECT_EQ(ok, (QSet<quint32>{0, 1, 3, 4, 6}));
    EXPECT_EQ(bad, (QSet<quint32>{2, 5})); // user i logs in as account i % 3: carol was never seeded

    const QString msg = userFailed.at(0).at(1).toString();
    EXPECT_TRUE(msg.contains(PerUserLoginProvider::missingUserDiagnosis(QStringLiteral("carol"))))
        << msg.toStdString();
    EXPECT_TRUE(msg.contains(QStringLiteral("user 'carol' was rejected by the login endpoint with 401: seed "
                                            "the users first (the k6 runbook's seed_users.py step)")));
    EXPECT_TRUE(msg.contains(QStringLiteral("Invalid credentials"))) << msg.toStdString();
    for (const char *pw : {"pa-111", "pb-222", "pc-333"})
        EXPECT_FALSE(msg.contains(QLatin1String(pw)));

    // One login per account, however many virtual users share it.
    EXPECT_EQ(f.server.loginsIssuedFor(QStringLiteral("alice")), 1);
    EXPECT_EQ(f.server.loginsIssuedFor(QStringLiteral("bob")), 1);
    EXPECT_EQ(f.server.loginRequests(), 3);

    EXPECT_FALSE(p->authorizationHeaderFor(0).isEmpty());
    EXPECT_EQ(p->authorizationHeaderFor(0), p->authorizationHeaderFor(3));
    EXPECT_NE(p->authorizationHeaderFor(0), p->authorizationHeaderFor(1));
    EXPECT_TRUE(p->authorizationHeaderFor(2).isEmpty());
    EXPECT_TRUE(p->authorizationHeaderFor(0).startsWith("Bearer user-alice-"));
    EXPECT_TRUE(f.server.isTokenValid(p->authorizationHeaderFor(1).mid(7)));
    EXPECT_TRUE(p->authorizationHeader().isEmpty()) << "there is no shared token";
}

TEST(PerUserLogin, SharedPasswordFromTheStoreAndObjectForm)
{
    PerUserFixture f(R"({"users":[{"username":"alice"}]})");
    f.server.addUser(QStringLiteral("alice"), "shared-pw-9");
    f.store.set(secretKey(f.ref.name, QStringLiteral("password")), "shared-pw-9");
    PerUserLoginProvider *p = f.make();
    QSignalSpy userReady(p, &TokenProvider::userReady);
    p->start();
    p->prepareUser(42);
    ASSERT_TRUE(waitUntil([&] { return userReady.count() == 1; }));
    EXPECT_TRUE(p->authorizationHeaderFor(42).startsWith("Bearer user-alice-"));
}

TEST(PerUserLogin, NoPasswordAnywhereFailsTheStart)
{
    PerUserFixture f(R"([{"username":"alice"}])");
    PerUserLoginProvider *p = f.make();
    QSignalSpy failed(p, &TokenProvider::failed);
    QSignalSpy userFailed(p, &TokenProvider::userFailed);
    p->prepareUser(0);
    p->start();
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1 && userFailed.count() == 1; }));
    EXPECT_TRUE(failed.at(0).at(0).toString().contains(QStringLiteral("chatbot/password")))
        << failed.at(0).at(0).toString().toStdString();
}

TEST(PerUserLogin, BadUsersFileNamesTheEntry)
{
    PerUserFixture f(R"([{"username":"alice","password":"pa-111"},{"password":"x"}])");
    PerUserLoginProvider *p = f.make();
    QSignalSpy failed(p, &TokenProvider::failed);
    p->start();
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }));
    const QString msg = failed.at(0).at(0).toString();
    EXPECT_TRUE(msg.contains(QStringLiteral("[1].username"))) << msg.toStdString();
    EXPECT_TRUE(msg.contains(f.ref.usersFile)) << msg.toStdString();
}

TEST(PerUserLogin, UnauthorizedReLogsInOncePerToken)
{
    PerUserFixture f(kUsers);
    PerUserLoginProvider *p = f.make();
    p->setUnauthorizedRefreshIntervalMs(0);
    QSignalSpy userReady(p, &TokenProvider::userReady);
    QSignalSpy refreshed(p, &TokenProvider::refreshed);
    p->start();
    p->prepareUser(1);
    ASSERT_TRUE(waitUntil([&] { return userReady.count() == 1; }));
    const TokenProvider::Header before = p->headerFor(1);
    for (int i = 0; i < 20; ++i)
        p->reportUnauthorizedFor(1, before.generation);
    // All 20 reports are handled once this returns: the first started the one re-login, the rest
    // found it in flight. Nothing else can start another.
    ASSERT_TRUE(drainPostedEvents(p));
    ASSERT_TRUE(waitUntil([&] { return refreshed.count() == 1; }));
    ASSERT_TRUE(drainPostedEvents(p));
    EXPECT_EQ(refreshed.count(), 1);
    EXPECT_EQ(f.server.loginRequests(), 2);
    EXPECT_EQ(f.server.loginsIssuedFor(QStringLiteral("bob")), 2);
    const TokenProvider::Header after = p->headerFor(1);
    EXPECT_NE(after.value, before.value);
    EXPECT_GT(after.generation, before.generation);
}

TEST(PerUserLogin, TokensWithExpiryAreRenewed)
{
    PerUserFixture f(kUsers);
    f.server.setLoginExpiresInS(2.0);
    PerUserLoginProvider *p = f.make(true);
    QSignalSpy userReady(p, &TokenProvider::userReady);
    QSignalSpy refreshed(p, &TokenProvider::refreshed);
    p->start();
    p->prepareUser(0);
    ASSERT_TRUE(waitUntil([&] { return userReady.count() == 1; }));
    const QByteArray first = p->authorizationHeaderFor(0);
    // Renewed halfway through the login's 2 s, not when it has run out.
    ASSERT_EQ(f.clock.nextDueInMs(), 1000);
    f.clock.advance(999);
    ASSERT_TRUE(drainPostedEvents(p));
    EXPECT_EQ(f.server.loginRequests(), 1);
    f.clock.advance(1);
    ASSERT_TRUE(waitUntil([&] { return p->authorizationHeaderFor(0) != first; }, 15000));
    EXPECT_EQ(refreshed.count(), 1);
    EXPECT_FALSE(p->authorizationHeaderFor(0).isEmpty());
    EXPECT_GE(f.server.loginsIssuedFor(QStringLiteral("alice")), 2);
}

TEST(PerUserLogin, LoginRedirectIsDiagnosed)
{
    PerUserFixture f(kUsers);
    f.server.setRedirectTo("https://sso.example.com/login?next=%2F");
    PerUserLoginProvider *p = f.make();
    QSignalSpy userFailed(p, &TokenProvider::userFailed);
    p->start();
    p->prepareUser(0);
    ASSERT_TRUE(waitUntil([&] { return userFailed.count() == 1; }));
    EXPECT_TRUE(userFailed.at(0).at(1).toString().contains(QStringLiteral("wants OAuth")))
        << userFailed.at(0).at(1).toString().toStdString();
}

TEST(PerUserLogin, TransientLoginFailuresAreRetried)
{
    PerUserFixture f(kUsers);
    f.server.failNext(1, 503);
    PerUserLoginProvider *p = f.make(true);
    p->setBackoff(50, 100);
    QSignalSpy userReady(p, &TokenProvider::userReady);
    p->start();
    p->prepareUser(0);
    // The failed login schedules its retry after the backoff (its request deadline is gone).
    ASSERT_TRUE(waitUntil([&] {
        return f.server.loginRequests() == 1 && f.clock.pendingCount() == 1 && f.clock.nextDueInMs() == 50;
    }));
    EXPECT_EQ(userReady.count(), 0);
    f.clock.advance(50);
    ASSERT_TRUE(waitUntil([&] { return userReady.count() == 1; }, 15000));
    EXPECT_EQ(f.server.loginRequests(), 2);
}
