// MemorySecretStore and the SecretStore contract: callbacks arrive later, never inside the call, and
// never after the store is gone; the blocking helpers.
#include "core/secrets/memorysecretstore.h"
#include "tests/common/testutil.h"

#include <gtest/gtest.h>
#include <memory>

using namespace plateau;

TEST(MemorySecretStore, WriteReadRemove)
{
    MemorySecretStore store;
    EXPECT_TRUE(store.writeBlocking(QStringLiteral("prod-sp/client_secret"), "s3cr3t").ok);
    const SecretResult r = store.readBlocking(QStringLiteral("prod-sp/client_secret"));
    EXPECT_TRUE(r.ok);
    EXPECT_EQ(r.value, QByteArray("s3cr3t"));
    EXPECT_TRUE(r.sessionOnly);

    EXPECT_TRUE(store.writeBlocking(QStringLiteral("prod-sp/client_secret"), "new").ok);
    EXPECT_EQ(store.readBlocking(QStringLiteral("prod-sp/client_secret")).value, QByteArray("new"));

    EXPECT_TRUE(store.removeBlocking(QStringLiteral("prod-sp/client_secret")).ok);
    const SecretResult gone = store.readBlocking(QStringLiteral("prod-sp/client_secret"));
    EXPECT_FALSE(gone.ok);
    EXPECT_TRUE(gone.notFound);
    EXPECT_FALSE(gone.unavailable);
    EXPECT_TRUE(gone.error.contains(QStringLiteral("prod-sp/client_secret")));
    EXPECT_EQ(store.size(), 0);
}

TEST(MemorySecretStore, BinarySecretsSurvive)
{
    MemorySecretStore store;
    QByteArray secret;
    for (int i = 0; i < 256; ++i)
        secret.append(char(i));
    ASSERT_TRUE(store.writeBlocking(QStringLiteral("a/b"), secret).ok);
    EXPECT_EQ(store.readBlocking(QStringLiteral("a/b")).value, secret);
}

TEST(MemorySecretStore, CallbackNeverRunsInsideTheCall)
{
    MemorySecretStore store;
    store.set(QStringLiteral("k/token"), "v");
    bool called = false;
    store.read(QStringLiteral("k/token"), [&](const SecretResult &r) {
        called = true;
        EXPECT_EQ(r.value, QByteArray("v"));
    });
    EXPECT_FALSE(called);
    EXPECT_TRUE(plateau::test::waitUntil([&] { return called; }, 5000));
}

TEST(MemorySecretStore, NoCallbackAfterTheStoreIsGone)
{
    auto store = std::make_unique<MemorySecretStore>();
    bool called = false;
    store->write(QStringLiteral("k/token"), "v", [&](const SecretResult &) { called = true; });
    // A second store's answer, queued after the first one's: once it arrived, the first one's would have.
    MemorySecretStore other;
    bool otherCalled = false;
    other.write(QStringLiteral("k/token"), "v", [&](const SecretResult &) { otherCalled = true; });
    store.reset();
    ASSERT_TRUE(plateau::test::waitUntil([&] { return otherCalled; }, 5000));
    EXPECT_FALSE(called);
}

namespace {
// A store that never answers: readBlocking must still come back.
class SilentStore : public SecretStore
{
public:
    void read(const QString &, SecretCallback) override {}
    void write(const QString &, const QByteArray &, SecretCallback) override {}
    void remove(const QString &, SecretCallback) override {}
};
} // namespace

TEST(SecretStore, ReadBlockingTimesOut)
{
    SilentStore store;
    const SecretResult r = store.readBlocking(QStringLiteral("x/token"), 100);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.unavailable);
    EXPECT_TRUE(r.error.contains(QStringLiteral("did not answer")));
}

TEST(SecretStore, KeysJoinAndSplit)
{
    EXPECT_EQ(secretKey(QStringLiteral("prod-sp"), QStringLiteral("client_secret")),
              QStringLiteral("prod-sp/client_secret"));
    QString ref, field;
    ASSERT_TRUE(splitSecretKey(QStringLiteral("prod-sp/client_secret"), &ref, &field));
    EXPECT_EQ(ref, QStringLiteral("prod-sp"));
    EXPECT_EQ(field, QStringLiteral("client_secret"));
    EXPECT_FALSE(splitSecretKey(QStringLiteral("noslash"), &ref, &field));
}
