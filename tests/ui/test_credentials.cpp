// CredentialsDialog: references of every kind typed through the widgets, saved to authrefs.json (which
// never holds a secret) and to the secret store; reopened; validation marks; the Test button against a
// local token server; the no-keychain banner; rename, duplicate, delete and clear move or remove secrets.
#include "core/auth/authrefio.h"
#include "core/secrets/memorysecretstore.h"
#include "core/secrets/sessionfallbacksecretstore.h"
#include "tests/auth/tokenserver.h"
#include "tests/common/testutil.h"
#include "tests/ui/screenshot.h"
#include "ui/credentialsdialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace plateau;
using plateau::test::drainPostedEvents;
using plateau::test::TokenServer;
using plateau::test::waitUntil;

namespace {

// Behaves like a working OS keychain (answers are not "session only"), in memory.
class FakeKeychain : public MemorySecretStore
{
public:
    void read(const QString &key, SecretCallback cb) override
    {
        MemorySecretStore::read(key, [cb](const SecretResult &r) {
            SecretResult k = r;
            k.sessionOnly = false;
            cb(k);
        });
    }
    void write(const QString &key, const QByteArray &secret, SecretCallback cb) override
    {
        MemorySecretStore::write(key, secret, [cb](const SecretResult &r) {
            SecretResult k = r;
            k.sessionOnly = false;
            cb(k);
        });
    }
};

// A machine without a keychain: every job fails as "unavailable", as QtKeychain does with no D-Bus.
class NoKeychain : public SecretStore
{
public:
    int calls = 0;
    void read(const QString &, SecretCallback cb) override { answer(std::move(cb)); }
    void write(const QString &, const QByteArray &, SecretCallback cb) override { answer(std::move(cb)); }
    void remove(const QString &, SecretCallback cb) override { answer(std::move(cb)); }

private:
    void answer(SecretCallback cb)
    {
        ++calls;
        SecretResult r = SecretResult::failure(QStringLiteral("no OS keychain available (test: no D-Bus)"));
        r.unavailable = true;
        deliverLater(std::move(cb), std::move(r));
    }
};

template <typename W> W *child(QWidget *root, const char *name)
{
    W *w = root->findChild<W *>(QLatin1String(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

// Types like a user: replaces the field's text with keystrokes.
void type(QWidget *root, const char *name, const QString &text)
{
    auto *e = child<QLineEdit>(root, name);
    if (!e)
        return;
    e->setFocus();
    e->selectAll();
    if (text.isEmpty())
        QTest::keyClick(e, Qt::Key_Delete);
    else
        QTest::keyClicks(e, text);
    EXPECT_EQ(e->text(), text) << name;
}

void chooseKind(QWidget *root, AuthKind kind)
{
    auto *combo = child<QComboBox>(root, "kindCombo");
    combo->setCurrentIndex(combo->findData(int(kind)));
}

void click(QWidget *root, const char *name)
{
    auto *b = root->findChild<QAbstractButton *>(QLatin1String(name));
    ASSERT_NE(b, nullptr) << name;
    ASSERT_TRUE(b->isEnabled()) << name;
    b->click();
}

QString textOf(QWidget *root, const char *name)
{
    auto *l = child<QLabel>(root, name);
    return l ? l->text() : QString();
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Layout changes after a kind switch settle over a few event-loop passes; the picture waits for them.
void shot(QWidget *w, const QString &name)
{
    QTest::qWait(30);
    plateau::test::saveScreenshot(w, name);
}

bool visible(QWidget *root, const char *name)
{
    QWidget *w = root->findChild<QWidget *>(QLatin1String(name));
    return w && w->isVisibleTo(root);
}

struct DialogFixture
{
    QTemporaryDir dir;
    QString path;
    FakeKeychain store;

    DialogFixture() { path = dir.filePath(QStringLiteral("config/authrefs.json")); }

    std::unique_ptr<CredentialsDialog> open(SecretStore *s = nullptr)
    {
        auto d = std::make_unique<CredentialsDialog>(path, s ? s : &store);
        d->show();
        auto *view = d->findChild<QTreeView *>(QStringLiteral("refList"));
        EXPECT_NE(view, nullptr);
        if (view)
            new QAbstractItemModelTester(view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal,
                                         d.get());
        return d;
    }
};

void selectRow(CredentialsDialog &d, const QString &name)
{
    d.selectReference(name);
    EXPECT_EQ(d.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(), name);
}

bool saveAndWait(CredentialsDialog &d)
{
    click(&d, "saveButton");
    return waitUntil([&] { return !d.isVisible(); }, 15000) && d.result() == QDialog::Accepted;
}

const QByteArray kStaticToken = "dapi-static-9f8e7d6c5b4a3210";
const QByteArray kClientSecret = "m2m-secret-1a2b3c4d5e6f";
const QByteArray kSharedPassword = "shared-pw-77aa88bb";

} // namespace

TEST(CredentialsDialog, SavesEveryKindTypedWithoutASecretInTheFileAndRestoresIt)
{
    DialogFixture f;
    const QString usersFile = f.dir.filePath(QStringLiteral("users.json"));
    std::vector<AuthRef> expected;
    {
        auto d = f.open();
        EXPECT_TRUE(visible(d.get(), "emptyLabel"));

        click(d.get(), "addButton");
        type(d.get(), "nameEdit", QStringLiteral("open"));
        chooseKind(d.get(), AuthKind::None);
        EXPECT_FALSE(visible(d.get(), "connectionBox"));
        EXPECT_FALSE(visible(d.get(), "secretsBox"));
        EXPECT_FALSE(child<QPushButton>(d.get(), "testButton")->isEnabled());
        shot(d.get(), QStringLiteral("credentials-none"));
        AuthRef none;
        none.name = QStringLiteral("open");
        expected.push_back(none);

        click(d.get(), "addButton");
        type(d.get(), "nameEdit", QStringLiteral("pat"));
        chooseKind(d.get(), AuthKind::StaticToken);
        type(d.get(), "descriptionEdit", QStringLiteral("My PAT for short runs"));
        EXPECT_FALSE(visible(d.get(), "connectionBox"));
        EXPECT_TRUE(visible(d.get(), "secret_token"));
        EXPECT_FALSE(visible(d.get(), "secret_client_secret"));
        auto *token = child<QLineEdit>(d.get(), "secret_token");
        EXPECT_EQ(token->echoMode(), QLineEdit::Password);
        type(d.get(), "secret_token", QString::fromLatin1(kStaticToken));
        click(d.get(), "secret_token_show");
        EXPECT_EQ(token->echoMode(), QLineEdit::Normal);
        click(d.get(), "secret_token_show");
        EXPECT_EQ(token->echoMode(), QLineEdit::Password);
        shot(d.get(), QStringLiteral("credentials-static-token"));
        AuthRef pat;
        pat.name = QStringLiteral("pat");
        pat.kind = AuthKind::StaticToken;
        pat.description = QStringLiteral("My PAT for short runs");
        expected.push_back(pat);

        click(d.get(), "addButton");
        type(d.get(), "nameEdit", QStringLiteral("prod-sp"));
        chooseKind(d.get(), AuthKind::OAuthM2M);
        EXPECT_TRUE(visible(d.get(), "hostEdit"));
        EXPECT_TRUE(visible(d.get(), "clientIdEdit"));
        EXPECT_FALSE(visible(d.get(), "cliCommandEdit"));
        EXPECT_FALSE(visible(d.get(), "loginUrlEdit"));
        EXPECT_TRUE(visible(d.get(), "secret_client_secret"));
        EXPECT_FALSE(visible(d.get(), "secret_token"));
        type(d.get(), "hostEdit", QStringLiteral("https://ws.example.com"));
        type(d.get(), "clientIdEdit", QStringLiteral("client-42"));
        type(d.get(), "scopeEdit", QStringLiteral("all-apis sql"));
        type(d.get(), "tokenPathEdit", QStringLiteral("/oidc/v2/token"));
        child<QDoubleSpinBox>(d.get(), "timeoutSpin")->setValue(12.5);
        type(d.get(), "secret_client_secret", QString::fromLatin1(kClientSecret));
        shot(d.get(), QStringLiteral("credentials-oauth-m2m"));
        AuthRef m2m;
        m2m.name = QStringLiteral("prod-sp");
        m2m.kind = AuthKind::OAuthM2M;
        m2m.host = QStringLiteral("https://ws.example.com");
        m2m.clientId = QStringLiteral("client-42");
        m2m.scope = QStringLiteral("all-apis sql");
        m2m.tokenPath = QStringLiteral("/oidc/v2/token");
        m2m.timeoutS = 12.5;
        expected.push_back(m2m);

        click(d.get(), "addButton");
        type(d.get(), "nameEdit", QStringLiteral("cli"));
        chooseKind(d.get(), AuthKind::CliToken);
        EXPECT_TRUE(visible(d.get(), "cliCommandEdit"));
        EXPECT_TRUE(visible(d.get(), "hostEdit"));
        EXPECT_FALSE(visible(d.get(), "clientIdEdit"));
        EXPECT_FALSE(visible(d.get(), "secretsBox"));
        type(d.get(), "hostEdit", QStringLiteral("https://ws2.example.com"));
        type(d.get(), "cliCommandEdit",
             QStringLiteral("databricks auth token --host {host} --profile \"my profile\""));
        shot(d.get(), QStringLiteral("credentials-cli-token"));
        AuthRef cli;
        cli.name = QStringLiteral("cli");
        cli.kind = AuthKind::CliToken;
        cli.host = QStringLiteral("https://ws2.example.com");
        cli.cliCommand =
            QStringList{QStringLiteral("databricks"), QStringLiteral("auth"),   QStringLiteral("token"),
                        QStringLiteral("--host"),     QStringLiteral("{host}"), QStringLiteral("--profile"),
                        QStringLiteral("my profile")};
        expected.push_back(cli);

        click(d.get(), "addButton");
        type(d.get(), "nameEdit", QStringLiteral("users"));
        chooseKind(d.get(), AuthKind::PerUserLogin);
        EXPECT_TRUE(visible(d.get(), "usersFileEdit"));
        EXPECT_TRUE(visible(d.get(), "usersFileBrowse"));
        EXPECT_TRUE(visible(d.get(), "loginUrlEdit"));
        EXPECT_FALSE(visible(d.get(), "hostEdit"));
        type(d.get(), "usersFileEdit", usersFile);
        type(d.get(), "loginUrlEdit", QStringLiteral("http://127.0.0.1:9/api/auth/login-json"));
        type(d.get(), "secret_password", QString::fromLatin1(kSharedPassword));
        shot(d.get(), QStringLiteral("credentials-per-user-login"));
        AuthRef users;
        users.name = QStringLiteral("users");
        users.kind = AuthKind::PerUserLogin;
        users.usersFile = usersFile;
        users.loginUrl = QStringLiteral("http://127.0.0.1:9/api/auth/login-json");
        expected.push_back(users);

        EXPECT_EQ(child<QTreeView>(d.get(), "refList")->model()->rowCount(), 5);
        QSignalSpy saved(d.get(), &CredentialsDialog::saved);
        ASSERT_TRUE(saveAndWait(*d)) << textOf(d.get(), "messageLabel").toStdString();
        EXPECT_EQ(saved.count(), 1);
    }

    // authrefs.json holds exactly what was typed, and no secret.
    const QByteArray bytes = fileBytes(f.path);
    ASSERT_FALSE(bytes.isEmpty());
    for (const QByteArray &secret : {kStaticToken, kClientSecret, kSharedPassword})
        EXPECT_FALSE(bytes.contains(secret)) << secret.constData();
    EXPECT_EQ(QFile(f.path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), 0);
    const AuthRefsLoadResult loaded = loadAuthRefsFile(f.path);
    EXPECT_TRUE(loaded.ok());
    ASSERT_EQ(loaded.refs.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i)
        EXPECT_EQ(loaded.refs[i], expected[i]) << i << " " << describeAuthRef(loaded.refs[i]).toStdString();

    // The secrets are in the store, under <name>/<field>, and nothing else is.
    EXPECT_EQ(f.store.value(secretKey(QStringLiteral("pat"), QStringLiteral("token"))), kStaticToken);
    EXPECT_EQ(f.store.value(secretKey(QStringLiteral("prod-sp"), QStringLiteral("client_secret"))),
              kClientSecret);
    EXPECT_EQ(f.store.value(secretKey(QStringLiteral("users"), QStringLiteral("password"))), kSharedPassword);
    EXPECT_EQ(f.store.size(), 3);

    EXPECT_EQ(CredentialsDialog::referenceNames(f.path),
              (QStringList{QStringLiteral("open"), QStringLiteral("pat"), QStringLiteral("prod-sp"),
                           QStringLiteral("cli"), QStringLiteral("users")}));

    // Reopened: fields restored, secrets shown as stored but never read back into the widget.
    auto d = f.open();
    EXPECT_EQ(child<QTreeView>(d.get(), "refList")->model()->rowCount(), 5);
    selectRow(*d, QStringLiteral("prod-sp"));
    EXPECT_EQ(child<QComboBox>(d.get(), "kindCombo")->currentData().toInt(), int(AuthKind::OAuthM2M));
    EXPECT_EQ(child<QLineEdit>(d.get(), "hostEdit")->text(), QStringLiteral("https://ws.example.com"));
    EXPECT_EQ(child<QLineEdit>(d.get(), "clientIdEdit")->text(), QStringLiteral("client-42"));
    EXPECT_EQ(child<QLineEdit>(d.get(), "scopeEdit")->text(), QStringLiteral("all-apis sql"));
    EXPECT_EQ(child<QLineEdit>(d.get(), "tokenPathEdit")->text(), QStringLiteral("/oidc/v2/token"));
    EXPECT_DOUBLE_EQ(child<QDoubleSpinBox>(d.get(), "timeoutSpin")->value(), 12.5);
    auto *secret = child<QLineEdit>(d.get(), "secret_client_secret");
    ASSERT_TRUE(waitUntil([&] {
        return secret->placeholderText().contains(QStringLiteral("stored in the keychain"));
    })) << secret->placeholderText().toStdString();
    EXPECT_TRUE(secret->text().isEmpty());
    EXPECT_TRUE(child<QToolButton>(d.get(), "secret_client_secret_forget")->isEnabled());
    shot(d.get(), QStringLiteral("credentials-reopened"));

    selectRow(*d, QStringLiteral("cli"));
    EXPECT_EQ(QProcess::splitCommand(child<QLineEdit>(d.get(), "cliCommandEdit")->text()),
              expected[3].cliCommand);
    selectRow(*d, QStringLiteral("users"));
    EXPECT_EQ(child<QLineEdit>(d.get(), "usersFileEdit")->text(), usersFile);
    auto *password = child<QLineEdit>(d.get(), "secret_password");
    ASSERT_TRUE(waitUntil(
        [&] { return password->placeholderText().contains(QStringLiteral("stored in the keychain")); }));
    EXPECT_TRUE(password->text().isEmpty());
    selectRow(*d, QStringLiteral("pat"));
    EXPECT_EQ(child<QLineEdit>(d.get(), "descriptionEdit")->text(), QStringLiteral("My PAT for short runs"));
    EXPECT_TRUE(child<QLineEdit>(d.get(), "secret_token")->text().isEmpty());

    // Saving again without touching a secret keeps every secret.
    ASSERT_TRUE(saveAndWait(*d));
    EXPECT_EQ(f.store.size(), 3);
    EXPECT_EQ(fileBytes(f.path), bytes);
}

TEST(CredentialsDialog, InvalidHostIsMarkedAndSaveRefuses)
{
    DialogFixture f;
    auto d = f.open();
    click(d.get(), "addButton");
    chooseKind(d.get(), AuthKind::OAuthM2M);
    auto *host = child<QLineEdit>(d.get(), "hostEdit");
    // A fresh reference is not painted red before the user touched anything.
    EXPECT_TRUE(host->property("issue").toString().isEmpty());
    EXPECT_FALSE(visible(d.get(), "issuesLabel"));

    type(d.get(), "nameEdit", QStringLiteral("sp"));
    type(d.get(), "hostEdit", QStringLiteral("ws.example.com"));
    EXPECT_EQ(host->property("issue").toString(), QStringLiteral("not an http(s) URL"));
    EXPECT_EQ(host->toolTip(), QStringLiteral("not an http(s) URL"));
    EXPECT_NE(host->palette().color(QPalette::Base), d->palette().color(QPalette::Base));
    EXPECT_TRUE(visible(d.get(), "issuesLabel"));
    EXPECT_TRUE(textOf(d.get(), "issuesLabel").contains(QStringLiteral("Host: not an http(s) URL")));
    type(d.get(), "secret_client_secret", QStringLiteral("secret-not-saved-123"));
    shot(d.get(), QStringLiteral("credentials-invalid-host"));

    click(d.get(), "saveButton");
    ASSERT_TRUE(drainPostedEvents(d.get())); // a refused save posts nothing that could still write
    EXPECT_TRUE(d->isVisible());
    EXPECT_TRUE(textOf(d.get(), "messageLabel").contains(QStringLiteral("Host: not an http(s) URL")))
        << textOf(d.get(), "messageLabel").toStdString();
    // The refused save also shows what was not touched yet.
    EXPECT_EQ(child<QLineEdit>(d.get(), "clientIdEdit")->property("issue").toString(),
              QStringLiteral("missing"));
    EXPECT_FALSE(QFile::exists(f.path));
    EXPECT_EQ(f.store.size(), 0);

    type(d.get(), "hostEdit", QStringLiteral("https://ws.example.com"));
    type(d.get(), "clientIdEdit", QStringLiteral("c"));
    EXPECT_TRUE(host->property("issue").toString().isEmpty());
    EXPECT_EQ(host->toolTip(), host->property("baseToolTip").toString());
    EXPECT_EQ(host->palette().color(QPalette::Base), d->palette().color(QPalette::Base));
    EXPECT_FALSE(visible(d.get(), "issuesLabel"));

    // Two references with one name are refused too.
    click(d.get(), "duplicateButton");
    type(d.get(), "nameEdit", QStringLiteral("sp"));
    EXPECT_FALSE(child<QLineEdit>(d.get(), "nameEdit")->property("issue").toString().isEmpty());
    click(d.get(), "saveButton");
    ASSERT_TRUE(drainPostedEvents(d.get())); // a refused save posts nothing that could still write
    EXPECT_TRUE(d->isVisible());
    EXPECT_FALSE(QFile::exists(f.path));
    type(d.get(), "nameEdit", QStringLiteral("sp-2"));
    ASSERT_TRUE(saveAndWait(*d)) << textOf(d.get(), "messageLabel").toStdString();
    // The duplicate got the secret typed into the original.
    EXPECT_EQ(f.store.value(QStringLiteral("sp/client_secret")), QByteArray("secret-not-saved-123"));
    EXPECT_EQ(f.store.value(QStringLiteral("sp-2/client_secret")), QByteArray("secret-not-saved-123"));
}

TEST(CredentialsDialog, TestButtonShowsTheTokenExpiry)
{
    TokenServer server;
    ASSERT_TRUE(server.listen());
    server.setClientCredentials(QStringLiteral("client-1"), "right-secret-5e6f7a8b");
    server.setExpiresInS(3600);
    DialogFixture f;
    auto d = f.open();
    click(d.get(), "addButton");
    type(d.get(), "nameEdit", QStringLiteral("local-sp"));
    chooseKind(d.get(), AuthKind::OAuthM2M);
    type(d.get(), "hostEdit", server.baseUrl());
    type(d.get(), "clientIdEdit", QStringLiteral("client-1"));
    type(d.get(), "secret_client_secret", QStringLiteral("right-secret-5e6f7a8b"));
    click(d.get(), "testButton");
    EXPECT_TRUE(d->isTesting());
    auto *result = child<QLabel>(d.get(), "testResult");
    ASSERT_TRUE(waitUntil([&] { return !d->isTesting(); }, 20000));
    const QRegularExpression shape(
        QStringLiteral("^Token received, expires at \\d\\d:\\d\\d:\\d\\d \\(in (59|60) min\\)$"));
    EXPECT_TRUE(shape.match(result->text()).hasMatch()) << result->text().toStdString();
    EXPECT_FALSE(visible(d.get(), "testBusy"));
    EXPECT_EQ(server.tokensIssued(), 1);
    shot(d.get(), QStringLiteral("credentials-test-ok"));
    // A test stores nothing and writes no file.
    EXPECT_EQ(f.store.size(), 0);
    EXPECT_FALSE(QFile::exists(f.path));

    // Saved, reopened: the test reads the secret from the store.
    ASSERT_TRUE(saveAndWait(*d));
    auto again = f.open();
    click(again.get(), "testButton");
    ASSERT_TRUE(waitUntil([&] { return !again->isTesting(); }, 20000));
    EXPECT_TRUE(textOf(again.get(), "testResult").startsWith(QStringLiteral("Token received")))
        << textOf(again.get(), "testResult").toStdString();
    EXPECT_EQ(server.tokensIssued(), 2);
}

TEST(CredentialsDialog, WrongSecretShowsTheRedactedError)
{
    TokenServer server;
    ASSERT_TRUE(server.listen());
    server.setClientCredentials(QStringLiteral("client-1"), "right-secret-5e6f7a8b");
    server.setEchoSecretInError(true); // a careless server quotes the secret it got
    DialogFixture f;
    auto d = f.open();
    click(d.get(), "addButton");
    type(d.get(), "nameEdit", QStringLiteral("local-sp"));
    type(d.get(), "hostEdit", server.baseUrl());
    type(d.get(), "clientIdEdit", QStringLiteral("client-1"));
    const QString wrong = QStringLiteral("wrong-secret-0a9b8c7d6e");
    type(d.get(), "secret_client_secret", wrong);
    click(d.get(), "testButton");
    ASSERT_TRUE(waitUntil([&] { return !d->isTesting(); }, 20000));
    const QString shown = textOf(d.get(), "testResult");
    EXPECT_TRUE(shown.contains(QStringLiteral("401"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("invalid_client"))) << shown.toStdString();
    EXPECT_FALSE(shown.contains(wrong)) << shown.toStdString();
    EXPECT_FALSE(shown.contains(QStringLiteral("right-secret"))) << shown.toStdString();
    EXPECT_EQ(server.tokenRequests(), 1); // a test reports the first failure, it does not retry
    shot(d.get(), QStringLiteral("credentials-test-failed"));
}

TEST(CredentialsDialog, TestLogsTheFirstAccountOfAUsersFileIn)
{
    TokenServer server;
    ASSERT_TRUE(server.listen());
    server.addUser(QStringLiteral("alice"), "pw-alice-123456");
    DialogFixture f;
    const QString usersFile = f.dir.filePath(QStringLiteral("users.json"));
    {
        QFile u(usersFile);
        ASSERT_TRUE(u.open(QIODevice::WriteOnly));
        u.write(R"([{"username":"alice"},{"username":"bob"}])");
    }
    auto d = f.open();
    click(d.get(), "addButton");
    type(d.get(), "nameEdit", QStringLiteral("people"));
    chooseKind(d.get(), AuthKind::PerUserLogin);
    type(d.get(), "usersFileEdit", usersFile);
    type(d.get(), "loginUrlEdit", server.baseUrl() + server.loginPath());
    type(d.get(), "secret_password", QStringLiteral("pw-alice-123456"));
    click(d.get(), "testButton");
    ASSERT_TRUE(waitUntil([&] { return !d->isTesting(); }, 20000));
    EXPECT_EQ(textOf(d.get(), "testResult"),
              QStringLiteral("Logged in as 'alice', the first of 2 account(s) in the users file."));
    EXPECT_EQ(server.loginsIssuedFor(QStringLiteral("alice")), 1);
}

TEST(CredentialsDialog, BannerWhenNoKeychainAndSecretsKeptForTheSession)
{
    DialogFixture f;
    auto *noKeychain = new NoKeychain;
    SessionFallbackSecretStore fallback{std::unique_ptr<SecretStore>(noKeychain)};
    auto d = f.open(&fallback);
    // Even with nothing to read, the dialog finds out before the user types a secret.
    ASSERT_TRUE(waitUntil([&] { return visible(d.get(), "keychainBanner"); }));
    EXPECT_EQ(
        textOf(d.get(), "keychainBanner"),
        QStringLiteral(
            "No system keychain is available: secrets are kept for this session only and are not saved."));

    click(d.get(), "addButton");
    chooseKind(d.get(), AuthKind::StaticToken);
    type(d.get(), "nameEdit", QStringLiteral("pat"));
    type(d.get(), "secret_token", QString::fromLatin1(kStaticToken));
    shot(d.get(), QStringLiteral("credentials-no-keychain"));
    ASSERT_TRUE(saveAndWait(*d));
    EXPECT_FALSE(fileBytes(f.path).contains(kStaticToken));
    const SecretResult r = fallback.readBlocking(QStringLiteral("pat/token"));
    EXPECT_TRUE(r.ok);
    EXPECT_TRUE(r.sessionOnly);
    EXPECT_EQ(r.value, kStaticToken);

    // A dialog opened later in the same session shows the banner at once and the session placeholder.
    const int callsBefore = noKeychain->calls;
    auto later = f.open(&fallback);
    EXPECT_TRUE(visible(later.get(), "keychainBanner"));
    auto *token = child<QLineEdit>(later.get(), "secret_token");
    ASSERT_TRUE(waitUntil([&] {
        return token->placeholderText().contains(QStringLiteral("this session only"));
    })) << token->placeholderText().toStdString();
    EXPECT_EQ(noKeychain->calls, callsBefore); // the dead keychain is not asked again
}

TEST(CredentialsDialog, RenameDuplicateDeleteAndClearMoveOrRemoveSecrets)
{
    DialogFixture f;
    AuthRef a;
    a.name = QStringLiteral("a");
    a.kind = AuthKind::StaticToken;
    AuthRef b;
    b.name = QStringLiteral("b");
    b.kind = AuthKind::OAuthM2M;
    b.host = QStringLiteral("https://h.example.com");
    b.clientId = QStringLiteral("cid");
    AuthRef c;
    c.name = QStringLiteral("c");
    c.kind = AuthKind::OAuthM2M;
    c.host = QStringLiteral("https://h.example.com");
    c.clientId = QStringLiteral("cid2");
    ASSERT_TRUE(saveAuthRefsFile({a, b, c}, f.path));
    f.store.set(QStringLiteral("a/token"), "token-of-a-123456");
    f.store.set(QStringLiteral("b/client_secret"), "secret-of-b-123456");
    f.store.set(QStringLiteral("c/client_secret"), "secret-of-c-123456");

    auto d = f.open();
    selectRow(*d, QStringLiteral("a"));
    type(d.get(), "nameEdit", QStringLiteral("a2"));
    auto *token = child<QLineEdit>(d.get(), "secret_token");
    ASSERT_TRUE(waitUntil([&] { return token->placeholderText().contains(QStringLiteral("'a'")); }))
        << token->placeholderText().toStdString();
    click(d.get(), "duplicateButton");
    EXPECT_EQ(child<QLineEdit>(d.get(), "nameEdit")->text(), QStringLiteral("a2-copy"));
    selectRow(*d, QStringLiteral("b"));
    click(d.get(), "deleteButton");
    selectRow(*d, QStringLiteral("c"));
    auto *clear = child<QToolButton>(d.get(), "secret_client_secret_forget");
    ASSERT_TRUE(waitUntil([&] { return clear->isEnabled(); }));
    clear->click();
    EXPECT_TRUE(child<QLineEdit>(d.get(), "secret_client_secret")
                    ->placeholderText()
                    .contains(QStringLiteral("removed")));
    ASSERT_TRUE(saveAndWait(*d)) << textOf(d.get(), "messageLabel").toStdString();

    EXPECT_EQ(CredentialsDialog::referenceNames(f.path),
              (QStringList{QStringLiteral("a2"), QStringLiteral("a2-copy"), QStringLiteral("c")}));
    EXPECT_EQ(f.store.value(QStringLiteral("a2/token")), QByteArray("token-of-a-123456"));
    EXPECT_EQ(f.store.value(QStringLiteral("a2-copy/token")), QByteArray("token-of-a-123456"));
    EXPECT_FALSE(f.store.contains(QStringLiteral("a/token")));
    EXPECT_FALSE(f.store.contains(QStringLiteral("b/client_secret")));
    EXPECT_FALSE(f.store.contains(QStringLiteral("c/client_secret")));
    EXPECT_EQ(f.store.size(), 2);
}

TEST(CredentialsDialog, CancelDiscardsEverything)
{
    DialogFixture f;
    AuthRef a;
    a.name = QStringLiteral("a");
    a.kind = AuthKind::StaticToken;
    ASSERT_TRUE(saveAuthRefsFile({a}, f.path));
    f.store.set(QStringLiteral("a/token"), "token-of-a-123456");
    const QByteArray before = fileBytes(f.path);

    auto d = f.open();
    type(d.get(), "nameEdit", QStringLiteral("renamed"));
    type(d.get(), "secret_token", QStringLiteral("new-token-7890abcdef"));
    click(d.get(), "addButton");
    click(d.get(), "cancelButton");
    EXPECT_FALSE(d->isVisible());
    EXPECT_EQ(d->result(), QDialog::Rejected);
    ASSERT_TRUE(drainPostedEvents(d.get()));
    EXPECT_EQ(fileBytes(f.path), before);
    EXPECT_EQ(f.store.value(QStringLiteral("a/token")), QByteArray("token-of-a-123456"));
    EXPECT_EQ(f.store.size(), 1);
}

TEST(CredentialsDialog, SecretFieldsInTheFileAreReportedAndDroppedOnSave)
{
    DialogFixture f;
    QDir().mkpath(QFileInfo(f.path).absolutePath());
    {
        QFile file(f.path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"schema":1,"authRefs":[{"name":"pat","kind":"static-token","token":"leaked-token-abcdef"}]})");
    }
    auto d = f.open();
    EXPECT_TRUE(textOf(d.get(), "messageLabel").contains(QStringLiteral("authRefs[0].token")))
        << textOf(d.get(), "messageLabel").toStdString();
    ASSERT_TRUE(saveAndWait(*d));
    EXPECT_FALSE(fileBytes(f.path).contains("leaked-token"));
    EXPECT_EQ(CredentialsDialog::referenceNames(f.path), QStringList{QStringLiteral("pat")});
}

TEST(CredentialsDialog, AnUnreadableFileIsKeptAsABackup)
{
    DialogFixture f;
    QDir().mkpath(QFileInfo(f.path).absolutePath());
    {
        QFile file(f.path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("{not json");
    }
    EXPECT_TRUE(CredentialsDialog::referenceNames(f.path).isEmpty());
    auto d = f.open();
    EXPECT_TRUE(textOf(d.get(), "messageLabel").contains(QStringLiteral("authrefs.json.bak")));
    click(d.get(), "addButton");
    chooseKind(d.get(), AuthKind::None);
    ASSERT_TRUE(saveAndWait(*d));
    EXPECT_EQ(fileBytes(f.path + QStringLiteral(".bak")), QByteArray("{not json"));
    EXPECT_EQ(CredentialsDialog::referenceNames(f.path), QStringList{QStringLiteral("auth")});
}

TEST(CredentialsDialog, APlainMemoryStoreIsShownAsSessionOnly)
{
    DialogFixture f;
    AuthRef a;
    a.name = QStringLiteral("a");
    a.kind = AuthKind::StaticToken;
    ASSERT_TRUE(saveAuthRefsFile({a}, f.path));
    MemorySecretStore memory;
    memory.set(QStringLiteral("a/token"), "token-of-a-123456");
    auto d = f.open(&memory);
    auto *token = child<QLineEdit>(d.get(), "secret_token");
    ASSERT_TRUE(waitUntil([&] {
        return token->placeholderText().contains(QStringLiteral("this session only"));
    })) << token->placeholderText().toStdString();
    EXPECT_TRUE(token->text().isEmpty());
}
