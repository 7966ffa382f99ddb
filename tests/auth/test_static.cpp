// Static token and no-auth providers.
#include "core/auth/noauthprovider.h"
#include "core/auth/statictokenprovider.h"
#include "core/auth/tokenproviderfactory.h"
#include "core/secrets/memorysecretstore.h"
#include "tests/common/testutil.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace plateau;
using plateau::test::drainPostedEvents;
using plateau::test::waitUntil;

namespace {
AuthRef staticRef()
{
    AuthRef r;
    r.name = QStringLiteral("pat");
    r.kind = AuthKind::StaticToken;
    return r;
}
} // namespace

TEST(StaticToken, UsesTheStoredTokenAndStripsAPastedBearer)
{
    MemorySecretStore store;
    store.set(QStringLiteral("pat/token"), "  Bearer dapi0123456789abcdef0123456789abcdef\n");
    auto p = createTokenProvider(staticRef(), &store);
    EXPECT_NE(dynamic_cast<StaticTokenProvider *>(p.get()), nullptr);
    QSignalSpy ready(p.get(), &TokenProvider::ready);
    p->start();
    ASSERT_TRUE(waitUntil([&] { return ready.count() == 1; }));
    EXPECT_EQ(p->authorizationHeader(), QByteArray("Bearer dapi0123456789abcdef0123456789abcdef"));
    EXPECT_FALSE(p->expiresAt().isValid());
    EXPECT_EQ(p->generation(), 1u);
}

TEST(StaticToken, A401SaysItCannotRefreshOncePerGeneration)
{
    MemorySecretStore store;
    store.set(QStringLiteral("pat/token"), "tok-static-1");
    auto p = createTokenProvider(staticRef(), &store);
    QSignalSpy ready(p.get(), &TokenProvider::ready);
    QSignalSpy refreshFailed(p.get(), &TokenProvider::refreshFailed);
    p->start();
    ASSERT_TRUE(waitUntil([&] { return ready.count() == 1; }));
    for (int i = 0; i < 50; ++i)
        p->reportUnauthorized(p->generation());
    ASSERT_TRUE(waitUntil([&] { return refreshFailed.count() == 1; }));
    // The 50 reports were all queued before this: once it returns, each has been handled.
    ASSERT_TRUE(drainPostedEvents(p.get()));
    EXPECT_EQ(refreshFailed.count(), 1);
    const QString msg = refreshFailed.at(0).at(0).toString();
    EXPECT_TRUE(msg.contains(QStringLiteral("static token"))) << msg.toStdString();
    EXPECT_TRUE(msg.contains(QStringLiteral("OAuth M2M"))) << msg.toStdString();
    EXPECT_FALSE(msg.contains(QStringLiteral("tok-static-1")));
    EXPECT_EQ(p->authorizationHeader(), QByteArray("Bearer tok-static-1")); // still in use
}

TEST(StaticToken, MissingOrUnusableTokenFails)
{
    MemorySecretStore store;
    auto missing = createTokenProvider(staticRef(), &store);
    QSignalSpy failed1(missing.get(), &TokenProvider::failed);
    missing->start();
    ASSERT_TRUE(waitUntil([&] { return failed1.count() == 1; }));
    EXPECT_TRUE(failed1.at(0).at(0).toString().contains(QStringLiteral("pat/token")));

    store.set(QStringLiteral("pat/token"), "two\nlines-secret");
    auto bad = createTokenProvider(staticRef(), &store);
    QSignalSpy failed2(bad.get(), &TokenProvider::failed);
    bad->start();
    ASSERT_TRUE(waitUntil([&] { return failed2.count() == 1; }));
    const QString msg = failed2.at(0).at(0).toString();
    EXPECT_TRUE(msg.contains(QStringLiteral("not usable in an HTTP header"))) << msg.toStdString();
    EXPECT_FALSE(msg.contains(QStringLiteral("lines-secret")));
}

TEST(StaticToken, NoStoreAtAll)
{
    auto p = createTokenProvider(staticRef(), nullptr);
    QSignalSpy failed(p.get(), &TokenProvider::failed);
    p->start();
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }));
    EXPECT_TRUE(failed.at(0).at(0).toString().contains(QStringLiteral("no secret store")));
}

TEST(NoAuth, ReadyAtOnceWithNoHeader)
{
    AuthRef r;
    r.name = QStringLiteral("open");
    auto p = createTokenProvider(r, nullptr);
    EXPECT_NE(dynamic_cast<NoAuthProvider *>(p.get()), nullptr);
    QSignalSpy ready(p.get(), &TokenProvider::ready);
    QSignalSpy userReady(p.get(), &TokenProvider::userReady);
    p->prepareUser(5);
    p->start();
    ASSERT_TRUE(waitUntil([&] { return ready.count() == 1 && userReady.count() == 1; }));
    EXPECT_TRUE(p->authorizationHeader().isEmpty());
    EXPECT_TRUE(p->authorizationHeaderFor(5).isEmpty());
    QSignalSpy refreshFailed(p.get(), &TokenProvider::refreshFailed);
    QSignalSpy refreshed(p.get(), &TokenProvider::refreshed);
    p->reportUnauthorized(0); // harmless
    ASSERT_TRUE(drainPostedEvents(p.get()));
    EXPECT_EQ(refreshFailed.count(), 0);
    EXPECT_EQ(refreshed.count(), 0);
    EXPECT_TRUE(p->isReady());
    EXPECT_EQ(p->generation(), 0u);
    EXPECT_TRUE(p->authorizationHeader().isEmpty());
}
