// The CLI-token provider against small shell scripts standing in for `databricks auth token`.
// Refreshes and deadlines run on a ManualClock where a test would otherwise wait for them.
#include "core/auth/clitokenprovider.h"
#include "core/auth/tokenproviderfactory.h"
#include "core/common/manualclock.h"
#include "tests/common/testutil.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace plateau;
using plateau::test::waitUntil;

namespace {

// Writes an executable script into dir and returns its path.
QString script(const QTemporaryDir &dir, const QString &name, const QByteArray &body)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("#!/bin/sh\n" + body);
    f.close();
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

AuthRef cliRef(const QStringList &command)
{
    AuthRef r;
    r.name = QStringLiteral("u2m");
    r.kind = AuthKind::CliToken;
    r.host = QStringLiteral("https://ws.example.com");
    r.cliCommand = command;
    r.timeoutS = 10;
    return r;
}

} // namespace

TEST(CliToken, RunsTheCommandAndRefreshes)
{
    QTemporaryDir dir;
    // Each run prints a new token that lives 2 s; the host argument is checked.
    const QString counter = dir.filePath(QStringLiteral("count"));
    const QString path =
        script(dir, QStringLiteral("fake-cli"),
               "[ \"$1\" = \"--host\" ] && [ \"$2\" = \"https://ws.example.com\" ] || exit 9\n"
               "n=$(cat '" +
                   counter.toUtf8() +
                   "' 2>/dev/null || echo 0); n=$((n+1))\n"
                   "echo $n > '" +
                   counter.toUtf8() +
                   "'\n"
                   "printf '{\"access_token\":\"cli-%s\",\"token_type\":\"Bearer\",\"expires_in\":2}' $n\n");
    ManualClock clock;
    auto p = createTokenProvider(cliRef({path, QStringLiteral("--host"), QStringLiteral("{host}")}), nullptr);
    EXPECT_NE(dynamic_cast<CliTokenProvider *>(p.get()), nullptr);
    p->setClock(&clock);
    QSignalSpy ready(p.get(), &TokenProvider::ready);
    QSignalSpy refreshed(p.get(), &TokenProvider::refreshed);
    p->start();
    ASSERT_TRUE(waitUntil([&] { return ready.count() == 1; }));
    EXPECT_EQ(p->authorizationHeader(), QByteArray("Bearer cli-1"));
    for (int i = 1; i <= 2; ++i) {
        // Refreshed before the token's 2 s are up; the run's own deadline ended with the run.
        ASSERT_EQ(clock.pendingCount(), 1) << i;
        ASSERT_EQ(clock.nextDueInMs(), 1000) << i;
        clock.advance(1000);
        ASSERT_TRUE(waitUntil([&] { return refreshed.count() == i; }, 15000)) << i;
    }
    EXPECT_TRUE(p->authorizationHeader().startsWith("Bearer cli-"));
    EXPECT_NE(p->authorizationHeader(), QByteArray("Bearer cli-1"));
    EXPECT_GE(p->generation(), 3u);
}

TEST(CliToken, ParsesTheDatabricksExpiryFormat)
{
    QTemporaryDir dir;
    const QString path =
        script(dir, QStringLiteral("dbx"),
               "printf '{\"access_token\":\"eyJabc\",\"token_type\":\"Bearer\",\"expiry\":\"%s\"}' "
               "\"$(date -u -d '+1 hour' +%Y-%m-%dT%H:%M:%S.123456789+00:00)\"\n");
    auto p = createTokenProvider(cliRef({path}), nullptr);
    QSignalSpy ready(p.get(), &TokenProvider::ready);
    p->start();
    ASSERT_TRUE(waitUntil([&] { return ready.count() == 1; }));
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(p->expiresAt());
    EXPECT_GT(left, 3300);
    EXPECT_LE(left, 3601);
}

TEST(CliToken, AFailingCommandReportsItsExitCodeAndStderrRedacted)
{
    QTemporaryDir dir;
    const QString path = script(
        dir, QStringLiteral("databricks"),
        "echo 'Error: cannot get access token: not logged in (old eyJhbGciOi.eyJzdWIiOi.c2lnbmF0dXJl)' >&2\n"
        "exit 3\n");
    auto p = createTokenProvider(cliRef({path, QStringLiteral("auth"), QStringLiteral("token")}), nullptr);
    QSignalSpy failed(p.get(), &TokenProvider::failed);
    p->start();
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }));
    const QString msg = failed.at(0).at(0).toString();
    EXPECT_TRUE(msg.contains(QStringLiteral("exited with code 3"))) << msg.toStdString();
    EXPECT_TRUE(msg.contains(QStringLiteral("not logged in"))) << msg.toStdString();
    EXPECT_TRUE(msg.contains(QStringLiteral("databricks auth login --host https://ws.example.com")))
        << msg.toStdString();
    EXPECT_FALSE(msg.contains(QStringLiteral("eyJhbGciOi"))) << msg.toStdString();
}

TEST(CliToken, OutputWithoutATokenIsRejected)
{
    QTemporaryDir dir;
    const QString path = script(dir, QStringLiteral("noisy"), "echo 'Token: hello'\n");
    auto p = createTokenProvider(cliRef({path}), nullptr);
    QSignalSpy failed(p.get(), &TokenProvider::failed);
    p->start();
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }));
    const QString msg = failed.at(0).at(0).toString();
    EXPECT_TRUE(msg.contains(QStringLiteral("not a JSON object"))) << msg.toStdString();
    EXPECT_FALSE(msg.contains(QStringLiteral("hello")));
}

TEST(CliToken, AMissingProgram)
{
    auto p = createTokenProvider(cliRef({QStringLiteral("/nonexistent/plateau-no-such-cli")}), nullptr);
    QSignalSpy failed(p.get(), &TokenProvider::failed);
    p->start();
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }));
    const QString msg = failed.at(0).at(0).toString();
    EXPECT_TRUE(msg.contains(QStringLiteral("could not start '/nonexistent/plateau-no-such-cli'")))
        << msg.toStdString();
}

TEST(CliToken, AHangingCommandHitsTheDeadline)
{
    QTemporaryDir dir;
    const QString path = script(dir, QStringLiteral("hang"), "exec sleep 30\n");
    AuthRef ref = cliRef({path});
    ref.timeoutS = 0.5;
    ManualClock clock;
    auto p = createTokenProvider(ref, nullptr);
    p->setClock(&clock);
    p->setStartAttempts(1);
    QSignalSpy failed(p.get(), &TokenProvider::failed);
    p->start(); // no secrets to read: the command starts here, and its deadline with it
    EXPECT_EQ(clock.nextDueInMs(), 500);
    clock.advance(499);
    EXPECT_EQ(failed.count(), 0);
    clock.advance(1);
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }, 15000));
    EXPECT_EQ(clock.pendingCount(), 0);
    EXPECT_TRUE(failed.at(0).at(0).toString().contains(QStringLiteral("did not finish within 0.5 s")))
        << failed.at(0).at(0).toString().toStdString();
}

TEST(CliToken, DestroyingAProviderWhileTheCommandRunsIsSafe)
{
    QTemporaryDir dir;
    const QString pidFile = dir.filePath(QStringLiteral("pid"));
    // Writes its pid, then becomes the sleep (exec keeps the pid).
    const QString path = script(dir, QStringLiteral("slow"),
                                "echo $$ > '" + pidFile.toUtf8() + "'.tmp && mv '" + pidFile.toUtf8() +
                                    "'.tmp '" + pidFile.toUtf8() + "'\nexec sleep 30\n");
    ManualClock clock;
    auto p = createTokenProvider(cliRef({path}), nullptr);
    p->setClock(&clock);
    QSignalSpy ready(p.get(), &TokenProvider::ready);
    QSignalSpy failed(p.get(), &TokenProvider::failed);
    p->start();
    ASSERT_TRUE(waitUntil([&] { return QFileInfo::exists(pidFile); })); // the command runs
    QFile f(pidFile);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray pid = f.readAll().trimmed();
    ASSERT_FALSE(pid.isEmpty());
    ASSERT_TRUE(QFileInfo::exists(QStringLiteral("/proc/") + QString::fromLatin1(pid)));
    EXPECT_EQ(clock.pendingCount(), 1); // its deadline

    p.reset(); // kills the command, no callback into a dead object
    EXPECT_EQ(ready.count(), 0);
    EXPECT_EQ(failed.count(), 0);
    EXPECT_EQ(clock.pendingCount(), 0) << "the deadline went with the provider";
    // Killed and reaped before reset() returned: no sleep 30 left behind.
    EXPECT_FALSE(QFileInfo::exists(QStringLiteral("/proc/") + QString::fromLatin1(pid)));
    clock.advance(60000); // a deadline that survived would fire into freed memory here
}
