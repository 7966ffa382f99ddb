#pragma once
// Kind "per-user-login" (as in the k6 runbook): virtual user i logs in as account i % N of the users file by
// POSTing {"username":..,"password":..} to loginUrl and uses the access_token it gets back. Accounts
// shared by several virtual users log in once. A 401 on login is diagnosed as a user that was never
// seeded (the k6 runbook's seed_users.py step), the usual cause.
//
// start() reads the users file and is ready at once; prepareUser(userId) then logs that user's account
// in (queued, any thread) and answers userReady / userFailed. A login answer with expires_in is
// renewed before it ends; reportUnauthorizedFor() re-logs the account in, at most once per token.

#include "core/auth/tokenprovider.h"
#include "core/plan/usersfile.h"

class QNetworkReply;

namespace plateau {

struct AuthHttpAnswer;

class PerUserLoginProvider : public TokenProvider
{
    Q_OBJECT
public:
    PerUserLoginProvider(const AuthRef &ref, SecretStore *secrets, QObject *parent = nullptr);
    ~PerUserLoginProvider() override;

    bool isPerUser() const override { return true; }
    Header headerFor(quint32 userId) const override; // empty until that user's account logged in
    void prepareUser(quint32 userId) override;
    void reportUnauthorizedFor(quint32 userId, quint64 tokenGeneration) override;

    int accountCount() const { return m_count.load(std::memory_order_acquire); }
    QString usernameFor(quint32 userId) const; // owner thread
    int loginsSucceeded() const { return m_loginsOk; }
    int loginsFailed() const { return m_loginsFailed; }

    // "user 'x' was rejected by the login endpoint with 401: seed the users first (the k6 runbook's
    // seed_users.py step)"
    static QString missingUserDiagnosis(const QString &username);

protected:
    void begin() override;
    void fetchToken() override {}
    void cancelFetch() override;
    bool canRefresh() const override { return false; }

private:
    enum class Status
    {
        Idle,
        LoggingIn, // first login in flight
        Ready,     // has a token (a renewal may be in flight)
        Failed
    };
    struct Account
    {
        QString username;
        QByteArray password;
        QByteArray header;      // guarded by m_accountsLock
        quint64 generation = 0; // guarded by m_accountsLock
        Status status = Status::Idle;
        bool inFlight = false;
        QString error;
        std::vector<quint32> waiters;
        qint64 renewAtMs = -1; // on clock().nowMs(); -1: nothing scheduled
        qint64 lastLoginMs = -1;
        int failures = 0;
        quint64 serial = 0;
        QPointer<QNetworkReply> reply;
    };

    void doPrepare(quint32 userId);
    void login(int index);
    void onAnswer(int index, const AuthHttpAnswer &a);
    void loginFailed(int index, const QString &message, bool transient);
    void sweep();
    // Makes sure a sweep runs no later than atMs (clock().nowMs()).
    void scheduleSweep(qint64 atMs);
    void cancelSweep();
    void answerWaiters(Account &account, bool ok);
    int indexFor(quint32 userId) const;

    std::vector<quint32> m_waitingStart;
    std::vector<Account> m_accounts; // sized once in begin(), never resized after
    std::atomic<int> m_count{0};
    mutable QReadWriteLock m_accountsLock;
    Clock::TimerId m_sweep = 0; // the next renewal or retry sweep; 0: none
    qint64 m_sweepAtMs = 0;
    quint64 m_generationCounter = 0;
    int m_loginsOk = 0;
    int m_loginsFailed = 0;
};

} // namespace plateau
