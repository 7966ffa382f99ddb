// KeychainSecretStore (QtKeychain). Two situations:
//  - no D-Bus session at all: every job must fail fast with unavailable=true and no file may be written
//    (QtKeychain's plain-text fallback stays off). Run in a child process with a scrubbed environment,
//    because the D-Bus connection of a process is made once and cached.
//  - a real Secret Service: scripts/keychain-test.sh starts one (dbus-run-session + gnome-keyring) and
//    sets PLATEAU_KEYCHAIN_TEST=1; without it the round trip is skipped.
#include "core/secrets/keychainsecretstore.h"
#include "core/secrets/sessionfallbacksecretstore.h"
#include "tests/common/testutil.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>
#include <gtest/gtest.h>

using namespace plateau;

namespace {

const QByteArray kChildSecret = "child-secret-5f1c0d2e-never-on-disk";

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

bool anyFileContains(const QString &dir, const QByteArray &needle, QString *where)
{
    const QStringList files = filesUnder(dir);
    for (const QString &f : files) {
        QFile file(f);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle)) {
            *where = f;
            return true;
        }
    }
    return false;
}

} // namespace

// Runs only as the child of KeychainNoDbus.FailsFastAndWritesNothing.
TEST(KeychainNoDbusChild, Run)
{
    if (qEnvironmentVariable("PLATEAU_KEYCHAIN_CHILD") != QLatin1String("1"))
        GTEST_SKIP() << "runs only as a child process of KeychainNoDbus.FailsFastAndWritesNothing";

    KeychainSecretStore keychain;
    QElapsedTimer clock;
    clock.start();
    bool called = false;
    SecretResult written;
    keychain.write(QStringLiteral("child/client_secret"), kChildSecret, [&](const SecretResult &r) {
        called = true;
        written = r;
    });
    EXPECT_FALSE(called) << "the callback must not run inside write()";
    ASSERT_TRUE(plateau::test::waitUntil([&] { return called; }, 20000));
    const qint64 writeMs = clock.elapsed();
    EXPECT_FALSE(written.ok);
    EXPECT_TRUE(written.unavailable) << written.error.toStdString();
    EXPECT_TRUE(
        written.error.startsWith(QStringLiteral("no OS keychain available (no D-Bus secret service)")))
        << written.error.toStdString();
    EXPECT_FALSE(written.error.contains(QString::fromLatin1(kChildSecret)));
    // "Fast" means QtKeychain reported the missing bus itself, rather than our 5 s timeout catching a hang.
    EXPECT_LT(writeMs, 4500) << "took " << writeMs << " ms: the job hung until the timeout";

    const SecretResult read = keychain.readBlocking(QStringLiteral("child/client_secret"), 20000);
    EXPECT_FALSE(read.ok);
    EXPECT_TRUE(read.unavailable) << read.error.toStdString();

    SessionFallbackSecretStore fallback;
    QSignalSpy banner(&fallback, &SessionFallbackSecretStore::keychainUnavailable);
    const SecretResult kept =
        fallback.writeBlocking(QStringLiteral("child/client_secret"), kChildSecret, 20000);
    EXPECT_TRUE(kept.ok);
    EXPECT_TRUE(kept.sessionOnly);
    EXPECT_EQ(kept.error,
              QStringLiteral("no OS keychain available (no D-Bus secret service): the secret is kept "
                             "for this session only"));
    EXPECT_EQ(banner.count(), 1);
    EXPECT_EQ(fallback.readBlocking(QStringLiteral("child/client_secret")).value, kChildSecret);
    // For the parent's log: what QtKeychain said, and how long it took (no secret in either).
    std::printf("PLATEAU_CHILD_WRITE_MS=%lld\nPLATEAU_CHILD_ERROR=%s\n", static_cast<long long>(writeMs),
                qPrintable(written.error));
}

TEST(KeychainNoDbus, FailsFastAndWritesNothing)
{
    QTemporaryDir home;
    QTemporaryDir runtime;
    ASSERT_TRUE(home.isValid() && runtime.isValid());

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "XDG_CONFIG_HOME",
                             "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION",
                             "KDE_FULL_SESSION", "PLATEAU_KEYCHAIN_TEST"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path()); // no <runtime>/bus to find
    env.insert(QStringLiteral("PLATEAU_KEYCHAIN_CHILD"), QStringLiteral("1"));

    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--gtest_filter=KeychainNoDbusChild.Run")});
    ASSERT_TRUE(child.waitForStarted(10000));
    ASSERT_TRUE(child.waitForFinished(60000)) << "the child hung";
    const QString out = QString::fromUtf8(child.readAll());
    EXPECT_EQ(child.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(child.exitCode(), 0) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("[  PASSED  ] 1 test"))) << out.toStdString();
    EXPECT_FALSE(out.contains(QString::fromLatin1(kChildSecret))) << "the secret appeared in the output";

    // Never a plain-text fallback: nothing at all was written under HOME or the runtime dir.
    EXPECT_EQ(filesUnder(home.path()), QStringList());
    QString where;
    EXPECT_FALSE(anyFileContains(home.path(), kChildSecret, &where)) << where.toStdString();
    EXPECT_FALSE(anyFileContains(runtime.path(), kChildSecret, &where)) << where.toStdString();
}

TEST(KeychainRoundTrip, WriteReadOverwriteRemove)
{
    if (qEnvironmentVariable("PLATEAU_KEYCHAIN_TEST") != QLatin1String("1"))
        GTEST_SKIP()
            << "needs a running Secret Service: run scripts/keychain-test.sh (sets PLATEAU_KEYCHAIN_TEST=1)";

    KeychainSecretStore keychain(QStringLiteral("plateau-test"), 10000);
    const QString key =
        QStringLiteral("roundtrip-%1/client_secret").arg(QUuid::createUuid().toString(QUuid::Id128));
    QByteArray secret = "rt-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    secret.append("\xc3\xa9\x01\xff", 4); // not just ASCII

    const SecretResult w = keychain.writeBlocking(key, secret, 20000);
    ASSERT_TRUE(w.ok) << w.error.toStdString();
    EXPECT_FALSE(w.unavailable);
    EXPECT_FALSE(w.sessionOnly);

    const SecretResult r = keychain.readBlocking(key, 20000);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(r.value, secret);

    const QByteArray replaced = secret + "-2";
    ASSERT_TRUE(keychain.writeBlocking(key, replaced, 20000).ok);
    EXPECT_EQ(keychain.readBlocking(key, 20000).value, replaced);

    // The keyring on disk is encrypted: the secret is in no file under HOME in plain text.
    QString where;
    EXPECT_FALSE(anyFileContains(QDir::homePath(), replaced, &where))
        << "plain text in " << where.toStdString();

    const SecretResult del = keychain.removeBlocking(key, 20000);
    EXPECT_TRUE(del.ok) << del.error.toStdString();
    const SecretResult after = keychain.readBlocking(key, 20000);
    EXPECT_FALSE(after.ok);
    EXPECT_TRUE(after.notFound) << after.error.toStdString();
    EXPECT_FALSE(after.unavailable);
    // Removing what is not there is not an error.
    EXPECT_TRUE(keychain.removeBlocking(key, 20000).ok);
}

TEST(KeychainRoundTrip, SessionFallbackUsesTheRealKeychain)
{
    if (qEnvironmentVariable("PLATEAU_KEYCHAIN_TEST") != QLatin1String("1"))
        GTEST_SKIP()
            << "needs a running Secret Service: run scripts/keychain-test.sh (sets PLATEAU_KEYCHAIN_TEST=1)";

    SessionFallbackSecretStore store(
        std::make_unique<KeychainSecretStore>(QStringLiteral("plateau-test"), 10000));
    const QString key = QStringLiteral("fallback-%1/token").arg(QUuid::createUuid().toString(QUuid::Id128));
    const SecretResult w = store.writeBlocking(key, "tok", 20000);
    ASSERT_TRUE(w.ok) << w.error.toStdString();
    EXPECT_FALSE(w.sessionOnly);
    EXPECT_TRUE(store.keychainAvailable());
    const SecretResult r = store.readBlocking(key, 20000);
    EXPECT_EQ(r.value, QByteArray("tok"));
    EXPECT_FALSE(r.sessionOnly);
    EXPECT_TRUE(store.removeBlocking(key, 20000).ok);
}
