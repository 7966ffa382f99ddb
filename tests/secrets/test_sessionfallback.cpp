// SessionFallbackSecretStore against fake primaries: keychain present, keychain absent.
#include "core/secrets/sessionfallbacksecretstore.h"
#include "tests/common/testutil.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace plateau;

namespace {

// Answers every call "no keychain", counting how often it was asked.
class NoKeychainStore : public SecretStore
{
public:
    int *calls;
    explicit NoKeychainStore(int *c) : calls(c) {}
    void answer(SecretCallback cb)
    {
        ++*calls;
        SecretResult r;
        r.unavailable = true;
        r.error = QStringLiteral("no OS keychain available (no D-Bus secret service) (fake)");
        deliverLater(std::move(cb), r);
    }
    void read(const QString &, SecretCallback cb) override { answer(std::move(cb)); }
    void write(const QString &, const QByteArray &, SecretCallback cb) override { answer(std::move(cb)); }
    void remove(const QString &, SecretCallback cb) override { answer(std::move(cb)); }
};

} // namespace

TEST(SessionFallbackSecretStore, KeychainPresentIsUsedAndNothingStaysInMemory)
{
    auto primary = std::make_unique<MemorySecretStore>();
    MemorySecretStore *keychain = primary.get();
    SessionFallbackSecretStore store(std::move(primary));
    const SecretResult w = store.writeBlocking(QStringLiteral("p/client_secret"), "abc");
    EXPECT_TRUE(w.ok);
    EXPECT_EQ(keychain->value(QStringLiteral("p/client_secret")), QByteArray("abc"));
    const SecretResult r = store.readBlocking(QStringLiteral("p/client_secret"));
    EXPECT_TRUE(r.ok);
    EXPECT_EQ(r.value, QByteArray("abc"));
    EXPECT_TRUE(store.keychainAvailable());
    EXPECT_TRUE(store.removeBlocking(QStringLiteral("p/client_secret")).ok);
    EXPECT_FALSE(keychain->contains(QStringLiteral("p/client_secret")));
}

TEST(SessionFallbackSecretStore, NoKeychainKeepsTheSecretForTheSessionAndSaysSo)
{
    int calls = 0;
    SessionFallbackSecretStore store(std::make_unique<NoKeychainStore>(&calls));
    QSignalSpy unavailable(&store, &SessionFallbackSecretStore::keychainUnavailable);

    const SecretResult w = store.writeBlocking(QStringLiteral("p/client_secret"), "abc");
    EXPECT_TRUE(w.ok);
    EXPECT_TRUE(w.sessionOnly);
    EXPECT_TRUE(w.unavailable);
    EXPECT_EQ(w.error,
              QStringLiteral("no OS keychain available (no D-Bus secret service): the secret is kept for "
                             "this session only"));
    EXPECT_FALSE(store.keychainAvailable());
    EXPECT_EQ(unavailable.count(), 1);

    const SecretResult r = store.readBlocking(QStringLiteral("p/client_secret"));
    EXPECT_TRUE(r.ok);
    EXPECT_TRUE(r.sessionOnly);
    EXPECT_EQ(r.value, QByteArray("abc"));

    // The keychain is not asked again once it said it does not exist (a hung one would cost 5 s a time).
    const int before = calls;
    EXPECT_TRUE(store.writeBlocking(QStringLiteral("p/token"), "t").ok);
    const SecretResult missing = store.readBlocking(QStringLiteral("other/token"));
    EXPECT_FALSE(missing.ok);
    EXPECT_TRUE(missing.notFound);
    EXPECT_TRUE(missing.error.contains(QStringLiteral("no OS keychain available")));
    EXPECT_EQ(calls, before);
    EXPECT_EQ(unavailable.count(), 1);

    EXPECT_TRUE(store.removeBlocking(QStringLiteral("p/client_secret")).ok);
    EXPECT_FALSE(store.readBlocking(QStringLiteral("p/client_secret")).ok);
}

TEST(SessionFallbackSecretStore, ReadFirstWithoutKeychainReportsNotFoundAndUnavailable)
{
    int calls = 0;
    SessionFallbackSecretStore store(std::make_unique<NoKeychainStore>(&calls));
    const SecretResult r = store.readBlocking(QStringLiteral("p/client_secret"));
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.notFound);
    EXPECT_TRUE(r.unavailable);
    EXPECT_EQ(calls, 1);
}
