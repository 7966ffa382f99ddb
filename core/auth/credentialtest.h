#pragma once
// The token test of the credentials form: tries a reference's settings and secrets against its token
// endpoint, login URL or command, and reports what came back. Nothing is stored and no file is
// written: a test leaves no trace.
//
// The secrets it uses: what the user typed (not saved yet) wins; a renamed or duplicated reference
// reads those of the reference it came from; a cleared or never-stored field reads as absent;
// everything else comes from the store. The provider tries once (a test reports the first failure
// instead of retrying it) and must answer within the reference's timeout plus kMarginS, on the clock.
//
// Every message is redacted twice: by the provider, and once more against the typed secrets, so that
// nothing typed can reach the screen through a server that echoes it back.

#include "core/auth/credentialdraft.h"
#include "core/common/clock.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <memory>

namespace plateau {

class SecretStore;
class TokenProvider;

struct CredentialTestResult
{
    enum class Outcome
    {
        TokenReceived, // expiresAt / expiresInMs say when it ends (invalid / -1: the token did not say)
        StaticToken,   // a static token was found and is usable in a header; it carries no expiry
        LoggedIn,      // per-user login: username, the first of accountCount accounts, logged in
        Failed,        // error says why
        TimedOut       // no answer within limitS
    };
    Outcome outcome = Outcome::Failed;
    QDateTime expiresAt;
    qint64 expiresInMs = -1; // from the clock's now
    QString username;
    int accountCount = 0;
    QString error; // redacted
    int limitS = 0;

    bool ok() const { return outcome != Outcome::Failed && outcome != Outcome::TimedOut; }
};

class CredentialTest : public QObject
{
    Q_OBJECT
public:
    // The test may take the reference's own timeout, plus this for reading secrets and starting up.
    static constexpr int kMarginS = 5;

    explicit CredentialTest(QObject *parent = nullptr);
    ~CredentialTest() override;

    void setClock(Clock *clock); // null: the system clock (also the provider's). Not while running.

    // Starts a test of draft (validated) with store as the source of saved secrets (not owned; it
    // must outlive the test). A test already running is cancelled first. Answers with finished()
    // once, never inside this call.
    void start(const CredentialDraft &draft, SecretStore *store);
    // Stops the running test without an answer.
    void cancel();
    bool isRunning() const { return m_provider != nullptr; }
    int limitS() const { return m_limitS; } // of the running or last test

signals:
    void finished(const CredentialTestResult &result);

private:
    void onReady();
    void finish(CredentialTestResult result);
    void stop();

    Clock *m_clock = &systemClock();
    std::unique_ptr<TokenProvider> m_provider;
    std::unique_ptr<SecretStore> m_store; // the draft's view of the secrets
    AuthKind m_kind = AuthKind::None;
    Clock::TimerId m_deadline = 0;
    int m_limitS = 0;
    QList<QByteArray> m_typed; // typed secrets of the running test, redacted from its messages
};

} // namespace plateau
