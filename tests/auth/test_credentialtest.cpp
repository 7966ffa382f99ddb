// CredentialTest, the credentials form's token test, without widgets, against the local token server:
// typed secrets win and are never stored, renames read the old secrets, a new reference never reads a
// stale namesake's, errors are redacted, a hanging store hits the test's limit on a ManualClock.
#include "core/auth/credentialtest.h"
#include "core/common/manualclock.h"
#include "core/secrets/memorysecretstore.h"
#include "tests/auth/tokenserver.h"
#include "tests/common/testutil.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <optional>

using namespace plateau;
using plateau::test::drainPostedEvents;
using plateau::test::TokenServer;
using plateau::test::waitUntil;

namespace {

const QByteArray kRight = "right-secret-5e6f7a8b";

// Holds every read: a keychain that hangs.
class SilentStore : public SecretStore
{
public:
    int reads = 0;
    void read(const QString &, SecretCallback) override { ++reads; }
    void write(const QString &, const QByteArray &, SecretCallback) override {}
    void remove(const QString &, SecretCallback) override {}
};

struct TestFixture
{
    ManualClock clock; // first: it outlives the test and its provider
    TokenServer server;
    MemorySecretStore store;
    CredentialTest test;
    std::optional<CredentialTestResult> result;
    int answers = 0;

    TestFixture()
    {
        EXPECT_TRUE(server.listen());
        server.setClientCredentials(QStringLiteral("client-1"), kRight);
        server.setExpiresInS(3600);
        test.setClock(&clock);
        QObject::connect(&test, &CredentialTest::finished, [this](const CredentialTestResult &r) {
            result = r;
            ++answers;
        });
    }
    CredentialDraft m2m(const QString &name, const QString &secretsFrom = QString()) const
    {
        CredentialDraft d;
        d.ref.name = name;
        d.ref.kind = AuthKind::OAuthM2M;
        d.ref.host = server.baseUrl();
        d.ref.clientId = QStringLiteral("client-1");
        d.ref.timeoutS = 10;
        d.secretsFrom = secretsFrom;
        return d;
    }
    bool run(const CredentialDraft &d, SecretStore *s = nullptr)
    {
        result.reset();
        const int before = answers;
        test.start(d, s ? s : &store);
        EXPECT_TRUE(test.isRunning());
        EXPECT_EQ(answers, before) << "never answers inside start()";
        return waitUntil([&] { return answers > before; }, 20000) && !test.isRunning();
    }
};

} // namespace

TEST(CredentialTest, ATypedSecretGetsATokenAndNothingIsStored)
{
    TestFixture f;
    CredentialDraft d = f.m2m(QStringLiteral("sp"));
    d.secrets[QStringLiteral("client_secret")].typed = kRight;
    ASSERT_TRUE(f.run(d));
    ASSERT_EQ(f.result->outcome, CredentialTestResult::Outcome::TokenReceived)
        << f.result->error.toStdString();
    EXPECT_TRUE(f.result->ok());
    // On the test's clock, which stood still: exactly the lifetime the server gave.
    EXPECT_EQ(f.result->expiresInMs, 3600 * 1000);
    EXPECT_EQ(f.result->expiresAt.toMSecsSinceEpoch(), f.clock.wallMs() + 3600 * 1000);
    EXPECT_EQ(f.server.tokensIssued(), 1);
    EXPECT_EQ(f.store.size(), 0) << "a test stores nothing";
    EXPECT_EQ(f.clock.pendingCount(), 0) << "its limit and the provider's refresh went with it";
}

TEST(CredentialTest, AWrongSecretFailsOnceWithTheSecretRedacted)
{
    TestFixture f;
    f.server.setEchoSecretInError(true); // a careless server quotes the secret it got
    const QByteArray wrong = "wrong-secret-0a9b8c7d6e";
    CredentialDraft d = f.m2m(QStringLiteral("sp"));
    d.secrets[QStringLiteral("client_secret")].typed = wrong;
    ASSERT_TRUE(f.run(d));
    ASSERT_EQ(f.result->outcome, CredentialTestResult::Outcome::Failed);
    EXPECT_FALSE(f.result->ok());
    const QString e = f.result->error;
    EXPECT_TRUE(e.contains(QStringLiteral("401"))) << e.toStdString();
    EXPECT_TRUE(e.contains(QStringLiteral("invalid_client"))) << e.toStdString();
    EXPECT_FALSE(e.contains(QString::fromLatin1(wrong))) << e.toStdString();
    EXPECT_FALSE(e.contains(QString::fromLatin1(kRight))) << e.toStdString();
    EXPECT_EQ(f.server.tokenRequests(), 1) << "a test reports the first failure, it does not retry";
}

TEST(CredentialTest, ARenamedReferenceReadsTheSecretOfItsOldName)
{
    TestFixture f;
    f.store.set(QStringLiteral("old/client_secret"), kRight);
    ASSERT_TRUE(f.run(f.m2m(QStringLiteral("new"), QStringLiteral("old"))));
    EXPECT_EQ(f.result->outcome, CredentialTestResult::Outcome::TokenReceived)
        << f.result->error.toStdString();

    // Its own saved name reads its own key.
    ASSERT_TRUE(f.run(f.m2m(QStringLiteral("old"), QStringLiteral("old"))));
    EXPECT_EQ(f.result->outcome, CredentialTestResult::Outcome::TokenReceived)
        << f.result->error.toStdString();
    EXPECT_EQ(f.server.tokensIssued(), 2);
}

TEST(CredentialTest, ANewOrClearedReferenceNeverUsesAStoredNamesake)
{
    TestFixture f;
    f.store.set(QStringLiteral("sp/client_secret"), kRight); // left by an old reference of that name
    ASSERT_TRUE(f.run(f.m2m(QStringLiteral("sp"))));         // new: secretsFrom is empty
    ASSERT_EQ(f.result->outcome, CredentialTestResult::Outcome::Failed);
    EXPECT_TRUE(f.result->error.contains(QStringLiteral("no secret entered for 'sp/client_secret'")))
        << f.result->error.toStdString();

    CredentialDraft cleared = f.m2m(QStringLiteral("sp"), QStringLiteral("sp"));
    cleared.secrets[QStringLiteral("client_secret")].forget = true;
    ASSERT_TRUE(f.run(cleared));
    EXPECT_EQ(f.result->outcome, CredentialTestResult::Outcome::Failed);
    EXPECT_EQ(f.server.tokenRequests(), 0);
}

TEST(CredentialTest, AStaticTokenIsFoundWithoutAnExpiry)
{
    TestFixture f;
    CredentialDraft d;
    d.ref.name = QStringLiteral("pat");
    d.ref.kind = AuthKind::StaticToken;
    d.secrets[QStringLiteral("token")].typed = "dapi-static-9f8e7d6c";
    ASSERT_TRUE(f.run(d));
    EXPECT_EQ(f.result->outcome, CredentialTestResult::Outcome::StaticToken);
    EXPECT_TRUE(f.result->ok());
    EXPECT_FALSE(f.result->expiresAt.isValid());
}

TEST(CredentialTest, APerUserReferenceLogsTheFirstAccountIn)
{
    TestFixture f;
    f.server.addUser(QStringLiteral("alice"), "pw-alice-123456");
    QTemporaryDir dir;
    const QString usersFile = dir.filePath(QStringLiteral("users.json"));
    {
        QFile u(usersFile);
        ASSERT_TRUE(u.open(QIODevice::WriteOnly));
        u.write(R"([{"username":"alice"},{"username":"bob"}])");
    }
    CredentialDraft d;
    d.ref.name = QStringLiteral("people");
    d.ref.kind = AuthKind::PerUserLogin;
    d.ref.usersFile = usersFile;
    d.ref.loginUrl = f.server.baseUrl() + f.server.loginPath();
    d.secrets[QStringLiteral("password")].typed = "pw-alice-123456";
    ASSERT_TRUE(f.run(d));
    ASSERT_EQ(f.result->outcome, CredentialTestResult::Outcome::LoggedIn) << f.result->error.toStdString();
    EXPECT_EQ(f.result->username, QStringLiteral("alice"));
    EXPECT_EQ(f.result->accountCount, 2);
    EXPECT_EQ(f.server.loginsIssuedFor(QStringLiteral("alice")), 1);
}

TEST(CredentialTest, AHangingStoreHitsTheTestsLimit)
{
    TestFixture f;
    SilentStore silent;
    CredentialDraft d = f.m2m(QStringLiteral("sp"), QStringLiteral("sp")); // reads the stored secret
    d.ref.timeoutS = 2.5;
    f.test.start(d, &silent);
    EXPECT_EQ(f.test.limitS(), 3 + CredentialTest::kMarginS);
    ASSERT_TRUE(waitUntil([&] { return silent.reads == 1; }));
    EXPECT_EQ(f.clock.nextDueInMs(), 8000);
    f.clock.advance(7999);
    EXPECT_EQ(f.answers, 0);
    f.clock.advance(1);
    ASSERT_EQ(f.answers, 1);
    EXPECT_EQ(f.result->outcome, CredentialTestResult::Outcome::TimedOut);
    EXPECT_EQ(f.result->limitS, 8);
    EXPECT_FALSE(f.test.isRunning());
}

TEST(CredentialTest, CancelEndsTheTestWithoutAnAnswer)
{
    TestFixture f;
    f.server.setResponseDelayMs(60000);
    CredentialDraft d = f.m2m(QStringLiteral("sp"));
    d.secrets[QStringLiteral("client_secret")].typed = kRight;
    f.test.start(d, &f.store);
    ASSERT_TRUE(waitUntil([&] { return f.server.requestsArrived() == 1; })); // the request is out
    f.test.cancel();
    EXPECT_FALSE(f.test.isRunning());
    EXPECT_EQ(f.clock.pendingCount(), 0) << "no limit or deadline is left to fire";
    f.clock.advance(600000);
    ASSERT_TRUE(drainPostedEvents(&f.test));
    EXPECT_EQ(f.answers, 0);
}
