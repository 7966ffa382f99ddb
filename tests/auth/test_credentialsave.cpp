// CredentialSave, the credentials form's save transaction, without widgets: secrets first, then
// authrefs.json, then the secrets nothing refers to any more; a failed or silent store leaves the file
// as it was; renames and duplicates take their secrets along; a failed removal is retried next time.
#include "core/auth/authrefio.h"
#include "core/auth/credentialsave.h"
#include "core/common/manualclock.h"
#include "core/secrets/memorysecretstore.h"
#include "tests/common/testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <optional>

using namespace plateau;
using plateau::test::drainPostedEvents;
using plateau::test::waitUntil;

namespace {

// A memory store whose writes or removals of chosen keys fail (a keychain that refuses them).
class FlakyStore : public MemorySecretStore
{
public:
    QSet<QString> failWrites;
    QSet<QString> failRemoves;
    QStringList calls; // "write a/token", "read a/token", "remove a/token"

    void read(const QString &key, SecretCallback cb) override
    {
        calls << QStringLiteral("read ") + key;
        MemorySecretStore::read(key, std::move(cb));
    }
    void write(const QString &key, const QByteArray &secret, SecretCallback cb) override
    {
        calls << QStringLiteral("write ") + key;
        if (failWrites.contains(key)) {
            deliverLater(std::move(cb), SecretResult::failure(QStringLiteral("the keychain refused it")));
            return;
        }
        MemorySecretStore::write(key, secret, std::move(cb));
    }
    void remove(const QString &key, SecretCallback cb) override
    {
        calls << QStringLiteral("remove ") + key;
        if (failRemoves.contains(key)) {
            deliverLater(std::move(cb), SecretResult::failure(QStringLiteral("the keychain is locked")));
            return;
        }
        MemorySecretStore::remove(key, std::move(cb));
    }
};

// Never answers until told to: a keychain job that hangs.
class SilentStore : public SecretStore
{
public:
    std::vector<SecretCallback> held;
    void read(const QString &, SecretCallback cb) override { held.push_back(std::move(cb)); }
    void write(const QString &, const QByteArray &, SecretCallback cb) override
    {
        held.push_back(std::move(cb));
    }
    void remove(const QString &, SecretCallback cb) override { held.push_back(std::move(cb)); }
};

AuthRef staticRef(const QString &name)
{
    AuthRef r;
    r.name = name;
    r.kind = AuthKind::StaticToken;
    return r;
}

AuthRef m2mRef(const QString &name)
{
    AuthRef r;
    r.name = name;
    r.kind = AuthKind::OAuthM2M;
    r.host = QStringLiteral("https://ws.example.com");
    r.clientId = QStringLiteral("cid-") + name;
    return r;
}

// A reference as loaded from the file: its own stored secrets, nothing typed.
CredentialDraft saved(const AuthRef &ref)
{
    CredentialDraft d;
    d.ref = ref;
    d.secretsFrom = ref.name;
    return d;
}

CredentialDraft typed(const AuthRef &ref, const QString &field, const QByteArray &value,
                      const QString &secretsFrom = QString())
{
    CredentialDraft d;
    d.ref = ref;
    d.secretsFrom = secretsFrom;
    d.secrets[field].typed = value;
    return d;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct SaveFixture
{
    QTemporaryDir dir;
    QString path;
    FlakyStore store;
    std::optional<CredentialSaveResult> result;
    int finishedCount = 0;
    QStringList stored, removed;
    bool removing = false;
    std::unique_ptr<CredentialSave> save;

    SaveFixture()
    {
        path = dir.filePath(QStringLiteral("config/authrefs.json"));
        make(&store);
    }
    void make(SecretStore *s)
    {
        save = std::make_unique<CredentialSave>(path, s);
        QObject::connect(save.get(), &CredentialSave::finished, [this](const CredentialSaveResult &r) {
            result = r;
            ++finishedCount;
        });
        QObject::connect(save.get(), &CredentialSave::secretStored,
                         [this](const QString &key, bool) { stored << key; });
        QObject::connect(save.get(), &CredentialSave::secretRemoved,
                         [this](const QString &key) { removed << key; });
        QObject::connect(save.get(), &CredentialSave::removing, [this] { removing = true; });
    }
    // Runs one save to its end; false if it did not finish.
    bool run(std::vector<CredentialDraft> drafts, const QSet<QString> &knownAbsent = {})
    {
        result.reset();
        stored.clear();
        removed.clear();
        removing = false;
        const int before = finishedCount;
        save->start(std::move(drafts), knownAbsent);
        EXPECT_TRUE(save->isRunning());
        EXPECT_EQ(finishedCount, before) << "never answers inside start()";
        return waitUntil([&] { return finishedCount > before; }) && !save->isRunning();
    }
};

const QByteArray kToken = "tok-static-5f4e3d2c1b";
const QByteArray kClientSecret = "m2m-secret-9a8b7c6d";

} // namespace

TEST(CredentialSave, StoresTheSecretsThenWritesTheFileWithoutThem)
{
    SaveFixture f;
    ASSERT_TRUE(f.run({typed(staticRef(QStringLiteral("pat")), QStringLiteral("token"), kToken),
                       typed(m2mRef(QStringLiteral("sp")), QStringLiteral("client_secret"), kClientSecret)}));
    ASSERT_EQ(f.result->outcome, CredentialSaveResult::Outcome::Saved);
    EXPECT_TRUE(f.result->failures.empty());
    EXPECT_TRUE(f.removing);
    EXPECT_EQ(f.stored, (QStringList{QStringLiteral("pat/token"), QStringLiteral("sp/client_secret")}));
    EXPECT_EQ(f.store.value(QStringLiteral("pat/token")), kToken);
    EXPECT_EQ(f.store.value(QStringLiteral("sp/client_secret")), kClientSecret);
    EXPECT_EQ(f.store.size(), 2);
    // The secrets were stored before the file was written: the writes come first in the call order.
    EXPECT_EQ(f.store.calls.value(0), QStringLiteral("write pat/token"));

    const QByteArray bytes = fileBytes(f.path);
    ASSERT_FALSE(bytes.isEmpty());
    EXPECT_FALSE(bytes.contains(kToken));
    EXPECT_FALSE(bytes.contains(kClientSecret));
    const AuthRefsLoadResult loaded = loadAuthRefsFile(f.path);
    ASSERT_TRUE(loaded.ok());
    ASSERT_EQ(loaded.refs.size(), 2u);
    EXPECT_EQ(loaded.refs[0], staticRef(QStringLiteral("pat")));
    EXPECT_EQ(loaded.refs[1], m2mRef(QStringLiteral("sp")));
}

TEST(CredentialSave, AFailedWriteLeavesTheFileAsItWasAndStopsThere)
{
    SaveFixture f;
    ASSERT_TRUE(saveAuthRefsFile({staticRef(QStringLiteral("old"))}, f.path));
    const QByteArray before = fileBytes(f.path);
    f.store.failWrites.insert(QStringLiteral("sp/client_secret"));
    ASSERT_TRUE(f.run({typed(m2mRef(QStringLiteral("sp")), QStringLiteral("client_secret"), kClientSecret),
                       typed(staticRef(QStringLiteral("pat")), QStringLiteral("token"), kToken)}));
    ASSERT_EQ(f.result->outcome, CredentialSaveResult::Outcome::NotStored);
    ASSERT_EQ(f.result->failures.size(), 1u);
    const CredentialSaveFailure &failure = f.result->failures.front();
    EXPECT_EQ(failure.kind, SecretOp::Write);
    EXPECT_EQ(failure.key, QStringLiteral("sp/client_secret"));
    EXPECT_EQ(failure.refName, QStringLiteral("sp"));
    EXPECT_EQ(failure.field, QStringLiteral("client_secret"));
    EXPECT_EQ(failure.reason, CredentialSaveFailure::Reason::Store);
    EXPECT_EQ(failure.error, QStringLiteral("the keychain refused it"));
    EXPECT_FALSE(failure.error.contains(QString::fromLatin1(kClientSecret)));
    EXPECT_FALSE(f.removing);
    EXPECT_EQ(fileBytes(f.path), before) << "the file must not name a secret that was not stored";
    EXPECT_EQ(f.store.calls, QStringList{QStringLiteral("write sp/client_secret")})
        << "the next write is not tried";
    EXPECT_EQ(f.store.size(), 0);
}

TEST(CredentialSave, ARenameOrDuplicateTakesItsSecretsAlongAndTheOldKeyGoes)
{
    SaveFixture f;
    const AuthRef a = staticRef(QStringLiteral("a"));
    ASSERT_TRUE(saveAuthRefsFile({a}, f.path));
    f.save->setBaseline({a});
    f.store.set(QStringLiteral("a/token"), kToken);

    CredentialDraft renamed = saved(staticRef(QStringLiteral("a2")));
    renamed.secretsFrom = QStringLiteral("a");
    CredentialDraft duplicate = saved(staticRef(QStringLiteral("a2-copy")));
    duplicate.secretsFrom = QStringLiteral("a");
    ASSERT_TRUE(f.run({renamed, duplicate}));
    ASSERT_EQ(f.result->outcome, CredentialSaveResult::Outcome::Saved);
    EXPECT_TRUE(f.result->failures.empty());
    EXPECT_EQ(f.store.value(QStringLiteral("a2/token")), kToken);
    EXPECT_EQ(f.store.value(QStringLiteral("a2-copy/token")), kToken);
    EXPECT_FALSE(f.store.contains(QStringLiteral("a/token")));
    EXPECT_EQ(f.removed, QStringList{QStringLiteral("a/token")});
    EXPECT_EQ(f.store.size(), 2);

    // Saved again unchanged: the baseline moved with the save, so nothing is copied or removed.
    f.store.calls.clear();
    ASSERT_TRUE(f.run({saved(staticRef(QStringLiteral("a2"))), saved(staticRef(QStringLiteral("a2-copy")))}));
    EXPECT_EQ(f.result->outcome, CredentialSaveResult::Outcome::Saved);
    EXPECT_TRUE(f.store.calls.isEmpty()) << f.store.calls.join(QStringLiteral(", ")).toStdString();
    EXPECT_EQ(f.store.size(), 2);
}

TEST(CredentialSave, ClearedSecretsAndDeletedOrRekindedReferencesLoseTheirSecrets)
{
    SaveFixture f;
    const AuthRef keep = staticRef(QStringLiteral("keep"));
    const AuthRef cleared = m2mRef(QStringLiteral("cleared"));
    const AuthRef deleted = m2mRef(QStringLiteral("deleted"));
    const AuthRef rekinded = staticRef(QStringLiteral("rekinded"));
    f.save->setBaseline({keep, cleared, deleted, rekinded});
    f.store.set(QStringLiteral("keep/token"), "k-123456");
    f.store.set(QStringLiteral("cleared/client_secret"), "c-123456");
    f.store.set(QStringLiteral("deleted/client_secret"), "d-123456");
    f.store.set(QStringLiteral("rekinded/token"), "r-123456");

    CredentialDraft clearedDraft = saved(cleared);
    clearedDraft.secrets[QStringLiteral("client_secret")].forget = true;
    AuthRef none = rekinded;
    none.kind = AuthKind::None; // needs no secret any more
    ASSERT_TRUE(f.run({saved(keep), clearedDraft, saved(none)}));
    ASSERT_EQ(f.result->outcome, CredentialSaveResult::Outcome::Saved);
    EXPECT_TRUE(f.result->failures.empty());
    EXPECT_EQ(f.store.value(QStringLiteral("keep/token")), QByteArray("k-123456"));
    EXPECT_FALSE(f.store.contains(QStringLiteral("cleared/client_secret")));
    EXPECT_FALSE(f.store.contains(QStringLiteral("deleted/client_secret")));
    EXPECT_FALSE(f.store.contains(QStringLiteral("rekinded/token")));
    EXPECT_EQ(f.store.size(), 1);
    EXPECT_EQ(f.removed.size(), 3);
}

TEST(CredentialSave, AFailedRemovalIsReportedAndRetriedByTheNextSave)
{
    SaveFixture f;
    const AuthRef gone = staticRef(QStringLiteral("gone"));
    f.save->setBaseline({gone});
    f.store.set(QStringLiteral("gone/token"), kToken);
    f.store.failRemoves.insert(QStringLiteral("gone/token"));
    ASSERT_TRUE(f.run({}));
    ASSERT_EQ(f.result->outcome, CredentialSaveResult::Outcome::Saved) << "the file is saved all the same";
    ASSERT_EQ(f.result->failures.size(), 1u);
    EXPECT_EQ(f.result->failures.front().kind, SecretOp::Remove);
    EXPECT_EQ(f.result->failures.front().key, QStringLiteral("gone/token"));
    EXPECT_EQ(f.result->failures.front().error, QStringLiteral("the keychain is locked"));
    EXPECT_TRUE(loadAuthRefsFile(f.path).refs.empty());
    EXPECT_TRUE(f.store.contains(QStringLiteral("gone/token")));

    // The baseline no longer names it, yet the next save tries again.
    f.store.failRemoves.clear();
    ASSERT_TRUE(f.run({}));
    EXPECT_EQ(f.result->outcome, CredentialSaveResult::Outcome::Saved);
    EXPECT_TRUE(f.result->failures.empty());
    EXPECT_FALSE(f.store.contains(QStringLiteral("gone/token")));
    EXPECT_EQ(f.removed, QStringList{QStringLiteral("gone/token")});
}

TEST(CredentialSave, AStoreThatNeverAnswersTimesOutWithoutWritingTheFile)
{
    SaveFixture f;
    ManualClock clock;
    SilentStore silent;
    f.make(&silent);
    f.save->setClock(&clock);
    f.save->setStoreTimeoutMs(20000);
    f.save->start({typed(staticRef(QStringLiteral("pat")), QStringLiteral("token"), kToken)});
    ASSERT_TRUE(waitUntil([&] { return silent.held.size() == 1; })); // the write was asked for
    EXPECT_EQ(clock.nextDueInMs(), 20000);
    clock.advance(19999);
    EXPECT_EQ(f.finishedCount, 0);
    clock.advance(1);
    ASSERT_EQ(f.finishedCount, 1);
    ASSERT_EQ(f.result->outcome, CredentialSaveResult::Outcome::NotStored);
    ASSERT_EQ(f.result->failures.size(), 1u);
    EXPECT_EQ(f.result->failures.front().reason, CredentialSaveFailure::Reason::Timeout);
    EXPECT_EQ(f.result->failures.front().key, QStringLiteral("pat/token"));
    EXPECT_FALSE(QFile::exists(f.path));
    EXPECT_FALSE(f.save->isRunning());

    // The store's late answer belongs to an operation that is over: it changes nothing.
    silent.held.front()(SecretResult::success());
    ASSERT_TRUE(drainPostedEvents(f.save.get()));
    EXPECT_EQ(f.finishedCount, 1);
    EXPECT_TRUE(f.stored.isEmpty());
    EXPECT_FALSE(QFile::exists(f.path));
}

TEST(CredentialSave, NoStoreAtAll)
{
    SaveFixture f;
    f.make(nullptr);
    ASSERT_TRUE(f.run({typed(staticRef(QStringLiteral("pat")), QStringLiteral("token"), kToken)}));
    ASSERT_EQ(f.result->outcome, CredentialSaveResult::Outcome::NotStored);
    ASSERT_EQ(f.result->failures.size(), 1u);
    EXPECT_EQ(f.result->failures.front().reason, CredentialSaveFailure::Reason::NoStore);
    EXPECT_FALSE(QFile::exists(f.path));

    // Nothing to store: the file is written.
    ASSERT_TRUE(f.run({saved(staticRef(QStringLiteral("x")))}));
    EXPECT_EQ(f.result->outcome, CredentialSaveResult::Outcome::Saved);
    EXPECT_TRUE(QFile::exists(f.path));
}

TEST(CredentialSave, AnUnwritableFileIsReported)
{
    SaveFixture f;
    // The config "directory" is a file: authrefs.json cannot be created under it.
    QFile blocker(f.dir.filePath(QStringLiteral("config")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    ASSERT_TRUE(f.run({typed(staticRef(QStringLiteral("pat")), QStringLiteral("token"), kToken)}));
    ASSERT_EQ(f.result->outcome, CredentialSaveResult::Outcome::FileFailed);
    EXPECT_FALSE(f.result->fileError.isEmpty());
    EXPECT_FALSE(f.result->fileError.contains(QString::fromLatin1(kToken)));
    EXPECT_FALSE(f.removing) << "nothing is removed when the file was not saved";
}

TEST(CredentialSave, AnUnreadableFileIsKeptAsABackupOnce)
{
    SaveFixture f;
    QDir().mkpath(QFileInfo(f.path).absolutePath());
    {
        QFile file(f.path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("{not json");
    }
    f.save->setKeepBackup(true);
    ASSERT_TRUE(f.run({saved(staticRef(QStringLiteral("x")))}));
    EXPECT_EQ(f.result->outcome, CredentialSaveResult::Outcome::Saved);
    EXPECT_EQ(fileBytes(f.path + QStringLiteral(".bak")), QByteArray("{not json"));
    EXPECT_FALSE(f.save->keepsBackup());
    // A second save does not overwrite the backup with the file it wrote itself.
    ASSERT_TRUE(f.run({saved(staticRef(QStringLiteral("pat")))}));
    EXPECT_EQ(fileBytes(f.path + QStringLiteral(".bak")), QByteArray("{not json"));
}

TEST(CredentialSave, WriteOpsTypedWinsCopiesFollowRenamesKnownAbsentIsSkipped)
{
    CredentialDraft renamed = saved(staticRef(QStringLiteral("b")));
    renamed.secretsFrom = QStringLiteral("a");
    CredentialDraft renamedAbsent = saved(staticRef(QStringLiteral("d")));
    renamedAbsent.secretsFrom = QStringLiteral("c");
    CredentialDraft forgotten = saved(staticRef(QStringLiteral("e")));
    forgotten.secrets[QStringLiteral("token")].forget = true;
    const std::vector<SecretOp> ops = CredentialSave::writeOps(
        {typed(staticRef(QStringLiteral("t")), QStringLiteral("token"), kToken, QStringLiteral("t")), renamed,
         renamedAbsent, forgotten, saved(staticRef(QStringLiteral("same")))},
        {QStringLiteral("c/token")});
    ASSERT_EQ(ops.size(), 2u);
    EXPECT_EQ(ops[0].kind, SecretOp::Write);
    EXPECT_EQ(ops[0].key, QStringLiteral("t/token"));
    EXPECT_EQ(ops[0].value, kToken);
    EXPECT_EQ(ops[1].kind, SecretOp::Copy);
    EXPECT_EQ(ops[1].key, QStringLiteral("b/token"));
    EXPECT_EQ(ops[1].fromKey, QStringLiteral("a/token"));
    EXPECT_EQ(ops[1].refName, QStringLiteral("b"));
    EXPECT_EQ(ops[1].field, QStringLiteral("token"));
}
