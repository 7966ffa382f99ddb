// OAuth M2M against the test token server: first fetch, background refresh, failures, backoff, the
// one-refresh-per-generation rule under concurrent 401s, redirects, and no secret in any message.
#include "core/auth/oauthm2mprovider.h"
#include "core/auth/tokenproviderfactory.h"
#include "core/secrets/memorysecretstore.h"
#include "tests/auth/tokenserver.h"
#include "tests/common/testutil.h"

#include <QSignalSpy>
#include <atomic>
#include <gtest/gtest.h>
#include <thread>

using namespace plateau;
using plateau::test::TokenServer;
using plateau::test::waitUntil;

namespace {

const QByteArray kSecret = "m2m-secret-4c1d9a";

struct M2MFixture
{
    TokenServer server;
    MemorySecretStore store;
    AuthRef ref;
    std::unique_ptr<TokenProvider> provider;

    explicit M2MFixture(double expiresInS = 3600, const QByteArray &storedSecret = kSecret)
    {
        EXPECT_TRUE(server.listen());
        server.setClientCredentials(QStringLiteral("client-1"), kSecret);
        server.setExpiresInS(expiresInS);
        ref.name = QStringLiteral("sp");
        ref.kind = AuthKind::OAuthM2M;
        ref.host = server.baseUrl();
        ref.clientId = QStringLiteral("client-1");
        ref.timeoutS = 10;
        if (!storedSecret.isEmpty())
            store.set(secretKey(ref.name, QStringLiteral("client_secret")), storedSecret);
    }
    TokenProvider *make()
    {
        provider = createTokenProvider(ref, &store);
        return provider.get();
    }
};

} // namespace

TEST(OAuthM2M, FetchesAToken)
{
    M2MFixture f;
    TokenProvider *p = f.make();
    EXPECT_NE(dynamic_cast<OAuthM2MProvider *>(p), nullptr);
    QSignalSpy ready(p, &TokenProvider::ready);
    EXPECT_TRUE(p->authorizationHeader().isEmpty());
    EXPECT_EQ(p->generation(), 0u);
    p->start();
    ASSERT_TRUE(waitUntil([&] { return ready.count() == 1; }));
    EXPECT_TRUE(p->isReady());
    EXPECT_EQ(p->authorizationHeader(), "Bearer " + f.server.lastToken());
    EXPECT_TRUE(f.server.isTokenValid(f.server.lastToken()));
    EXPECT_EQ(p->generation(), 1u);
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(p->expiresAt());
    EXPECT_GT(left, 3000);
    EXPECT_LE(left, 3600);
    // Shared-token providers answer per-user questions with the shared header.
    EXPECT_EQ(p->authorizationHeaderFor(17), p->authorizationHeader());
    QSignalSpy userReady(p, &TokenProvider::userReady);
    p->prepareUser(17);
    ASSERT_TRUE(waitUntil([&] { return userReady.count() == 1; }));
    EXPECT_EQ(userReady.at(0).at(0).toUInt(), 17u);
}

TEST(OAuthM2M, RefreshesInTheBackgroundAcrossShortExpiries)
{
    M2MFixture f(2.0); // refreshed every ~1 s
    TokenProvider *p = f.make();
    QSignalSpy ready(p, &TokenProvider::ready);
    QSignalSpy refreshed(p, &TokenProvider::refreshed);
    QSignalSpy refreshFailed(p, &TokenProvider::refreshFailed);
    p->start();
    ASSERT_TRUE(waitUntil([&] { return ready.count() == 1; }));

    // A "worker" reads the header as fast as it can while the tokens turn over.
    std::atomic<bool> stop{false};
    std::atomic<long> reads{0}, empty{0}, notBearer{0};
    std::thread worker([&] {
        while (!stop.load()) {
            const TokenProvider::Header h = p->currentHeader();
            ++reads;
            if (h.value.isEmpty())
                ++empty;
            else if (!h.value.startsWith("Bearer tok-"))
                ++notBearer;
        }
    });
    QSet<QByteArray> seen;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 7000) {
        const QByteArray h = p->authorizationHeader();
        EXPECT_FALSE(h.isEmpty());
        seen.insert(h);
        QTest::qWait(20);
    }
    stop = true;
    worker.join();
    EXPECT_GT(reads.load(), 0);
    EXPECT_EQ(empty.load(), 0);
    EXPECT_EQ(notBearer.load(), 0);
    EXPECT_GE(f.server.tokensIssued(), 3);
    EXPECT_GE(refreshed.count(), 2);
    EXPECT_GE(seen.size(), 3);
    EXPECT_EQ(refreshFailed.count(), 0);
    EXPECT_EQ(p->generation(), quint64(f.server.tokensIssued()));
}

TEST(OAuthM2M, WrongSecretFailsClearlyWithoutTheSecret)
{
    const QByteArray wrong = "wrong-secret-e81b77";
    M2MFixture f(3600, wrong);
    f.server.setEchoSecretInError(true); // a careless server quotes the secret back
    TokenProvider *p = f.make();
    QSignalSpy failed(p, &TokenProvider::failed);
    p->start();
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }));
    const QString msg = failed.at(0).at(0).toString();
    EXPECT_TRUE(msg.contains(QStringLiteral("401"))) << msg.toStdString();
    EXPECT_TRUE(msg.contains(QStringLiteral("invalid_client"))) << msg.toStdString();
    EXPECT_TRUE(msg.contains(QStringLiteral("auth 'sp'"))) << msg.toStdString();
    EXPECT_TRUE(msg.contains(QStringLiteral("***"))) << msg.toStdString();
    EXPECT_FALSE(msg.contains(QString::fromLatin1(wrong))) << msg.toStdString();
    EXPECT_FALSE(msg.contains(QString::fromLatin1(kSecret)));
    EXPECT_EQ(f.server.tokenRequests(), 1) << "a 401 is not retried";
    EXPECT_EQ(p->state(), TokenProvider::State::Failed);
    EXPECT_FALSE(p->isReady());
    EXPECT_TRUE(p->authorizationHeader().isEmpty());
    QSignalSpy userFailed(p, &TokenProvider::userFailed);
    p->prepareUser(3);
    ASSERT_TRUE(waitUntil([&] { return userFailed.count() == 1; }));
}

TEST(OAuthM2M, MissingSecretInTheStore)
{
    M2MFixture f(3600, QByteArray());
    TokenProvider *p = f.make();
    QSignalSpy failed(p, &TokenProvider::failed);
    p->start();
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }));
    const QString msg = failed.at(0).at(0).toString();
    EXPECT_TRUE(msg.contains(QStringLiteral("client_secret"))) << msg.toStdString();
    EXPECT_TRUE(msg.contains(QStringLiteral("sp/client_secret"))) << msg.toStdString();
    EXPECT_EQ(f.server.tokenRequests(), 0);
}

TEST(OAuthM2M, ConcurrentUnauthorizedReportsCauseExactlyOneRefresh)
{
    M2MFixture f(3600); // long-lived: no scheduled refresh interferes
    TokenProvider *p = f.make();
    QSignalSpy ready(p, &TokenProvider::ready);
    QSignalSpy refreshed(p, &TokenProvider::refreshed);
    p->start();
    ASSERT_TRUE(waitUntil([&] { return ready.count() == 1; }));
    ASSERT_EQ(f.server.tokensIssued(), 1);
    const quint64 gen = p->generation();

    std::vector<std::thread> threads;
    for (int t = 0; t < 10; ++t) {
        threads.emplace_back([p, gen] {
            for (int i = 0; i < 200; ++i)
                p->reportUnauthorized(gen);
        });
    }
    for (std::thread &t : threads)
        t.join();
    ASSERT_TRUE(waitUntil([&] { return refreshed.count() >= 1; }));
    QTest::qWait(500); // room for a wrong second refresh to show up
    EXPECT_EQ(refreshed.count(), 1);
    EXPECT_EQ(f.server.tokenRequests(), 2);
    EXPECT_EQ(p->unauthorizedRefreshes(), 1);
    EXPECT_EQ(p->generation(), gen + 1);

    // Late reports about the old generation change nothing.
    p->reportUnauthorized(gen);
    QTest::qWait(200);
    EXPECT_EQ(f.server.tokenRequests(), 2);
}

TEST(OAuthM2M, UnauthorizedRefreshesAreRateLimited)
{
    M2MFixture f(3600);
    TokenProvider *p = f.make();
    p->setUnauthorizedRefreshIntervalMs(3000);
    QSignalSpy ready(p, &TokenProvider::ready);
    QSignalSpy refreshed(p, &TokenProvider::refreshed);
    p->start();
    ASSERT_TRUE(waitUntil([&] { return ready.count() == 1; }));
    p->reportUnauthorized(p->generation());
    ASSERT_TRUE(waitUntil([&] { return refreshed.count() == 1; }));
    // The new token is refused too (e.g. the principal lacks permission on the target): the next
    // refresh waits for the interval instead of hammering the token endpoint.
    p->reportUnauthorized(p->generation());
    QTest::qWait(200);
    EXPECT_EQ(f.server.tokenRequests(), 2);
    ASSERT_TRUE(waitUntil([&] { return refreshed.count() == 2; }));
    EXPECT_EQ(f.server.tokenRequests(), 3);
    const std::vector<qint64> t = f.server.tokenRequestTimesMs();
    ASSERT_EQ(t.size(), 3u);
    EXPECT_GE(t[2] - t[1], 2000);
}

TEST(OAuthM2M, RefreshFailuresBackOffKeepTheOldTokenAndRecover)
{
    M2MFixture f(2.0);
    TokenProvider *p = f.make();
    p->setBackoff(200, 800);
    QSignalSpy ready(p, &TokenProvider::ready);
    QSignalSpy refreshed(p, &TokenProvider::refreshed);
    QSignalSpy refreshFailed(p, &TokenProvider::refreshFailed);
    p->start();
    ASSERT_TRUE(waitUntil([&] { return ready.count() == 1; }));
    const QByteArray first = p->authorizationHeader();
    f.server.failNext(3, 500);

    ASSERT_TRUE(waitUntil([&] { return refreshed.count() >= 1; }, 20000));
    EXPECT_EQ(refreshFailed.count(), 3);
    EXPECT_EQ(p->refreshFailures(), 3);
    for (const QList<QVariant> &args : refreshFailed) {
        const QString msg = args.at(0).toString();
        EXPECT_TRUE(msg.contains(QStringLiteral("HTTP 500"))) << msg.toStdString();
        EXPECT_TRUE(msg.contains(QStringLiteral("retrying in"))) << msg.toStdString();
        EXPECT_FALSE(msg.contains(QString::fromLatin1(kSecret)));
        EXPECT_FALSE(msg.contains(QString::fromLatin1(first.mid(7))));
    }
    EXPECT_NE(p->authorizationHeader(), first);
    EXPECT_EQ(p->generation(), 2u);

    // Attempts: initial, refresh (fails), +200 ms (fails), +400 ms (fails), +800 ms (works).
    const std::vector<qint64> t = f.server.tokenRequestTimesMs();
    ASSERT_GE(t.size(), 5u);
    EXPECT_GE(t[2] - t[1], 190);
    EXPECT_GE(t[3] - t[2], 380);
    EXPECT_GE(t[4] - t[3], 760);
}

TEST(OAuthM2M, TheOldTokenStaysInUseWhileRefreshesFail)
{
    M2MFixture f(2.0);
    TokenProvider *p = f.make();
    p->setBackoff(300, 300);
    QSignalSpy ready(p, &TokenProvider::ready);
    QSignalSpy refreshFailed(p, &TokenProvider::refreshFailed);
    p->start();
    ASSERT_TRUE(waitUntil([&] { return ready.count() == 1; }));
    const QByteArray first = p->authorizationHeader();
    f.server.failNext(1000, 503);
    ASSERT_TRUE(waitUntil([&] { return refreshFailed.count() >= 2; }));
    EXPECT_EQ(p->authorizationHeader(), first);
    EXPECT_EQ(p->generation(), 1u);
    EXPECT_TRUE(p->isReady());
    // Past expiry the message says so.
    ASSERT_TRUE(
        waitUntil([&] { return refreshFailed.last().at(0).toString().contains(QStringLiteral("expired")); }));
    p->stop();
    const int requests = f.server.tokenRequests();
    QTest::qWait(700);
    EXPECT_EQ(f.server.tokenRequests(), requests) << "stop() ends the retries";
}

TEST(OAuthM2M, TransientStartFailuresAreRetried)
{
    M2MFixture f(3600);
    f.server.failNext(2, 503);
    TokenProvider *p = f.make();
    p->setBackoff(50, 100);
    QSignalSpy ready(p, &TokenProvider::ready);
    p->start();
    ASSERT_TRUE(waitUntil([&] { return ready.count() == 1; }));
    EXPECT_EQ(f.server.tokenRequests(), 3);
    EXPECT_EQ(f.server.tokensIssued(), 1);
}

TEST(OAuthM2M, UnreachableHostFailsAfterItsAttempts)
{
    M2MFixture f(3600);
    f.ref.host = QStringLiteral("http://127.0.0.1:1"); // nothing listens on port 1
    TokenProvider *p = f.make();
    p->setBackoff(20, 40);
    QSignalSpy failed(p, &TokenProvider::failed);
    p->start();
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }, 30000));
    const QString msg = failed.at(0).at(0).toString();
    EXPECT_TRUE(msg.contains(QStringLiteral("could not get a token"))) << msg.toStdString();
    EXPECT_TRUE(msg.contains(QStringLiteral("127.0.0.1:1"))) << msg.toStdString();
}

TEST(OAuthM2M, RedirectToALoginPageMeansOAuthNotAPat)
{
    M2MFixture f(3600);
    f.server.setRedirectTo("https://login.example.com/oidc/authorize?client_id=client-1&state=S3CR3TSTATE");
    TokenProvider *p = f.make();
    QSignalSpy failed(p, &TokenProvider::failed);
    p->start();
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }));
    const QString msg = failed.at(0).at(0).toString();
    EXPECT_TRUE(msg.contains(QStringLiteral("this endpoint wants OAuth, not a personal access token")))
        << msg.toStdString();
    EXPECT_FALSE(msg.contains(QStringLiteral("S3CR3TSTATE")));
    EXPECT_EQ(f.server.tokenRequests(), 1) << "redirects are not followed";
}

TEST(OAuthM2M, ATokenServerThatHangsHitsTheDeadline)
{
    M2MFixture f(3600);
    f.server.setResponseDelayMs(5000);
    f.ref.timeoutS = 0.3;
    TokenProvider *p = f.make();
    p->setStartAttempts(1);
    QSignalSpy failed(p, &TokenProvider::failed);
    p->start();
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }, 10000));
    EXPECT_TRUE(failed.at(0).at(0).toString().contains(QStringLiteral("no answer within 0.3 s")))
        << failed.at(0).at(0).toString().toStdString();
}

TEST(OAuthM2M, DestroyingAProviderMidFetchIsSafe)
{
    M2MFixture f(3600);
    f.server.setResponseDelayMs(300);
    TokenProvider *p = f.make();
    p->start();
    QTest::qWait(50);
    f.provider.reset();
    QTest::qWait(400); // the server's late answer finds nobody
    SUCCEED();
}
