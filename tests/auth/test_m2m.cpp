// OAuth M2M against the test token server: first fetch, background refresh, failures, backoff, the
// one-refresh-per-generation rule under concurrent 401s, redirects, and no secret in any message.
// Refresh, backoff and deadline times are driven by a ManualClock: the tests advance it instead of
// sleeping, and wait only for what really travels over the loopback.
#include "core/auth/oauthm2mprovider.h"
#include "core/auth/tokenproviderfactory.h"
#include "core/common/manualclock.h"
#include "core/secrets/memorysecretstore.h"
#include "tests/auth/tokenserver.h"
#include "tests/common/testutil.h"

#include <QSignalSpy>
#include <QTimeZone>
#include <atomic>
#include <gtest/gtest.h>
#include <thread>

using namespace plateau;
using plateau::test::drainPostedEvents;
using plateau::test::TokenServer;
using plateau::test::waitUntil;

namespace {

const QByteArray kSecret = "m2m-secret-4c1d9a";

struct M2MFixture
{
    ManualClock clock; // declared first: it outlives the provider, whose timers it holds
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
    // manualClock: the provider's timers run on `clock`; false: on the system clock.
    TokenProvider *make(bool manualClock = true)
    {
        provider = createTokenProvider(ref, &store);
        if (manualClock)
            provider->setClock(&clock);
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
    // On the provider's clock, which stood still: exactly the lifetime the server gave.
    const qint64 left =
        QDateTime::fromMSecsSinceEpoch(f.clock.wallMs(), QTimeZone::utc()).secsTo(p->expiresAt());
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
    M2MFixture f(2.0); // refreshed 1 s into each token's 2 s
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
    seen.insert(p->authorizationHeader());
    for (int i = 1; i <= 6; ++i) {
        // Refresh before expiry: the next fetch is due halfway through the token's life, not at its end.
        ASSERT_EQ(f.clock.nextDueInMs(), 1000) << i;
        f.clock.advance(999);
        EXPECT_EQ(refreshed.count(), i - 1);
        f.clock.advance(1);
        ASSERT_TRUE(waitUntil([&] { return refreshed.count() == i; })) << i;
        const QByteArray h = p->authorizationHeader();
        EXPECT_FALSE(h.isEmpty());
        seen.insert(h);
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
    // Each refresh says when its token ends, on the provider's clock.
    const QDateTime expires = refreshed.last().at(1).toDateTime();
    EXPECT_EQ(expires.toMSecsSinceEpoch(), f.clock.wallMs() + 2000);
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
    M2MFixture f(3600); // long-lived, and the clock stands still: no scheduled refresh interferes
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
    // Every report the threads posted has been handled once this returns; with the clock standing
    // still nothing else can start a fetch, so the counts below are final.
    ASSERT_TRUE(drainPostedEvents(p));
    EXPECT_EQ(p->unauthorizedRefreshes(), 1);
    ASSERT_TRUE(waitUntil([&] { return refreshed.count() >= 1; }));
    ASSERT_TRUE(drainPostedEvents(p));
    EXPECT_EQ(refreshed.count(), 1);
    EXPECT_EQ(f.server.tokenRequests(), 2);
    EXPECT_EQ(p->unauthorizedRefreshes(), 1);
    EXPECT_EQ(p->generation(), gen + 1);

    // Late reports about the old generation change nothing.
    p->reportUnauthorized(gen);
    ASSERT_TRUE(drainPostedEvents(p));
    EXPECT_EQ(p->unauthorizedRefreshes(), 1);
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
    ASSERT_TRUE(drainPostedEvents(p));
    EXPECT_EQ(f.server.tokenRequests(), 2);
    EXPECT_EQ(f.clock.nextDueInMs(), 3000);
    f.clock.advance(2999);
    ASSERT_TRUE(drainPostedEvents(p));
    EXPECT_EQ(f.server.tokenRequests(), 2);
    EXPECT_EQ(refreshed.count(), 1);
    f.clock.advance(1);
    ASSERT_TRUE(waitUntil([&] { return refreshed.count() == 2; }));
    EXPECT_EQ(f.server.tokenRequests(), 3);
    const std::vector<qint64> t = f.server.tokenRequestTimesMs();
    ASSERT_EQ(t.size(), 3u);
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

    // Attempts: initial, refresh (fails), +200 ms (fails), +400 ms (fails), +800 ms (works).
    ASSERT_EQ(f.clock.nextDueInMs(), 1000);
    f.clock.advance(1000);
    ASSERT_TRUE(waitUntil([&] { return refreshFailed.count() == 1; }));
    int failures = 1;
    for (const qint64 backoff : {200, 400, 800}) {
        ASSERT_EQ(f.clock.nextDueInMs(), backoff) << "after failure " << failures;
        f.clock.advance(backoff - 1);
        ASSERT_TRUE(drainPostedEvents(p));
        EXPECT_EQ(f.server.tokenRequests(), 1 + failures) << "not before its backoff";
        f.clock.advance(1);
        if (++failures <= 3) {
            ASSERT_TRUE(waitUntil([&] { return refreshFailed.count() == failures; }));
        }
    }
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
    EXPECT_TRUE(refreshFailed.at(0).at(0).toString().contains(QStringLiteral("retrying in 0.2 s")));
    EXPECT_TRUE(refreshFailed.at(2).at(0).toString().contains(QStringLiteral("retrying in 0.8 s")));
    EXPECT_NE(p->authorizationHeader(), first);
    EXPECT_EQ(p->generation(), 2u);
    EXPECT_EQ(f.server.tokenRequestTimesMs().size(), 5u);
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
    f.clock.advance(1000); // the refresh, halfway through the token's 2 s
    ASSERT_TRUE(waitUntil([&] { return refreshFailed.count() == 1; }));
    EXPECT_TRUE(refreshFailed.last().at(0).toString().contains(QStringLiteral("stays in use until")))
        << refreshFailed.last().at(0).toString().toStdString();
    f.clock.advance(300);
    ASSERT_TRUE(waitUntil([&] { return refreshFailed.count() == 2; }));
    EXPECT_EQ(p->authorizationHeader(), first);
    EXPECT_EQ(p->generation(), 1u);
    EXPECT_TRUE(p->isReady());
    // Past expiry (2 s after the token came; retries at 1.6, 1.9, 2.2 s) the message says so.
    for (int n = 3; n <= 5; ++n) {
        f.clock.advance(300);
        ASSERT_TRUE(waitUntil([&] { return refreshFailed.count() == n; }));
    }
    EXPECT_FALSE(refreshFailed.at(3).at(0).toString().contains(QStringLiteral("expired")));
    EXPECT_TRUE(refreshFailed.last().at(0).toString().contains(QStringLiteral("expired")))
        << refreshFailed.last().at(0).toString().toStdString();
    EXPECT_EQ(p->authorizationHeader(), first);
    p->stop();
    EXPECT_EQ(f.clock.pendingCount(), 0) << "stop() ends the retries";
    const int requests = f.server.tokenRequests();
    f.clock.advance(60000);
    ASSERT_TRUE(drainPostedEvents(p));
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
    // Each failed attempt schedules the next one after its backoff: 50 ms, then 100 ms.
    for (const qint64 backoff : {50, 100}) {
        // (While an attempt is in flight its 10 s request deadline is the one thing pending.)
        ASSERT_TRUE(waitUntil([&] {
            return f.clock.pendingCount() == 1 && f.clock.nextDueInMs() == backoff;
        })) << backoff;
        f.clock.advance(backoff);
    }
    ASSERT_TRUE(waitUntil([&] { return ready.count() == 1; }));
    EXPECT_EQ(f.server.tokenRequests(), 3);
    EXPECT_EQ(f.server.tokensIssued(), 1);
}

TEST(OAuthM2M, UnreachableHostFailsAfterItsAttempts)
{
    M2MFixture f(3600);
    f.ref.host = QStringLiteral("http://127.0.0.1:1"); // nothing listens on port 1
    TokenProvider *p = f.make(false); // connection errors come from the network stack: real time
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
    f.server.setResponseDelayMs(60000);
    f.ref.timeoutS = 0.3;
    TokenProvider *p = f.make();
    p->setStartAttempts(1);
    QSignalSpy failed(p, &TokenProvider::failed);
    p->start();
    // The request is out (its deadline runs from here) once the server saw it.
    ASSERT_TRUE(waitUntil([&] { return f.server.requestsArrived() == 1; }));
    EXPECT_EQ(f.clock.nextDueInMs(), 300);
    f.clock.advance(299);
    ASSERT_TRUE(drainPostedEvents(p));
    EXPECT_EQ(failed.count(), 0);
    f.clock.advance(1);
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }, 10000));
    EXPECT_TRUE(failed.at(0).at(0).toString().contains(QStringLiteral("no answer within 0.3 s")))
        << failed.at(0).at(0).toString().toStdString();
    EXPECT_EQ(f.clock.pendingCount(), 0);
}

TEST(OAuthM2M, DestroyingAProviderMidFetchIsSafe)
{
    M2MFixture f(3600);
    f.server.setResponseDelayMs(300);
    TokenProvider *p = f.make();
    p->start();
    ASSERT_TRUE(waitUntil([&] { return f.server.requestsArrived() == 1; })); // the fetch is in flight
    f.provider.reset();
    EXPECT_EQ(f.clock.pendingCount(), 0) << "no timer of the dead provider is left to fire";
    f.clock.advance(60000);

    // A second provider asks the same server, which holds every answer back for the same delay: once
    // this one has its token, the server's late turn for the first request has come too, and found its
    // connection gone with the provider.
    TokenProvider *second = f.make();
    QSignalSpy ready(second, &TokenProvider::ready);
    second->start();
    ASSERT_TRUE(waitUntil([&] { return ready.count() == 1; }));
    EXPECT_EQ(f.server.requestsArrived(), 2);
    EXPECT_EQ(f.server.tokensIssued(), 1);
    EXPECT_EQ(second->generation(), 1u);
    EXPECT_EQ(second->authorizationHeader(), "Bearer " + f.server.lastToken());
}
