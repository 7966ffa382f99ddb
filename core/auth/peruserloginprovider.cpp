#include "core/auth/peruserloginprovider.h"

#include "core/auth/authhttp.h"
#include "core/auth/redact.h"
#include "core/auth/tokenresponse.h"
#include "core/secrets/secretstore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace plateau {

PerUserLoginProvider::PerUserLoginProvider(const AuthRef &ref, SecretStore *secrets, QObject *parent)
    : TokenProvider(ref, secrets, parent)
{
    connect(this, &TokenProvider::failed, this, [this](const QString &error) {
        std::vector<quint32> waiting;
        waiting.swap(m_waitingStart);
        for (quint32 u : waiting)
            emit userFailed(u, error);
    });
}

PerUserLoginProvider::~PerUserLoginProvider()
{
    cancelFetch();
}

void PerUserLoginProvider::scheduleSweep(qint64 atMs)
{
    if (m_sweep != 0 && m_sweepAtMs <= atMs)
        return;
    cancelSweep();
    m_sweepAtMs = atMs;
    m_sweep = clock().callAfter(atMs - clock().nowMs(), [this] {
        m_sweep = 0;
        sweep();
    });
}

void PerUserLoginProvider::cancelSweep()
{
    if (m_sweep == 0)
        return;
    clock().cancel(m_sweep);
    m_sweep = 0;
}

QString PerUserLoginProvider::missingUserDiagnosis(const QString &username)
{
    return QStringLiteral("user '%1' was rejected by the login endpoint with 401: seed the users first (the "
                          "k6 runbook's "
                          "seed_users.py step)")
        .arg(username);
}

void PerUserLoginProvider::begin()
{
    const UsersFileResult users = loadUsersFile(authRef().usersFile);
    if (!users.ok()) {
        failStart(prefixed(users.error));
        return;
    }
    const QByteArray shared = secret(QString::fromLatin1(kSecretFieldPassword));
    std::vector<Account> accounts(users.users.size());
    for (size_t i = 0; i < users.users.size(); ++i) {
        accounts[i].username = users.users[i].username;
        accounts[i].password = users.users[i].password.isEmpty() ? shared : users.users[i].password;
        if (accounts[i].password.isEmpty()) {
            failStart(prefixed(
                QStringLiteral("user '%1' (entry %2 of the users file) has no password, and no shared "
                               "password is stored under '%3'")
                    .arg(accounts[i].username)
                    .arg(i)
                    .arg(secretKey(authRef().name, QString::fromLatin1(kSecretFieldPassword)))));
            return;
        }
        addRedaction(accounts[i].password);
    }
    {
        QWriteLocker lock(&m_accountsLock);
        m_accounts = std::move(accounts);
    }
    m_count.store(int(m_accounts.size()), std::memory_order_release);
    becomeReady();
    std::vector<quint32> waiting;
    waiting.swap(m_waitingStart);
    for (quint32 u : waiting)
        doPrepare(u);
}

int PerUserLoginProvider::indexFor(quint32 userId) const
{
    const int n = m_count.load(std::memory_order_acquire);
    return n > 0 ? int(userId % quint32(n)) : -1;
}

QString PerUserLoginProvider::usernameFor(quint32 userId) const
{
    const int i = indexFor(userId);
    return i < 0 ? QString() : m_accounts[size_t(i)].username;
}

TokenProvider::Header PerUserLoginProvider::headerFor(quint32 userId) const
{
    const int i = indexFor(userId);
    if (i < 0)
        return {};
    QReadLocker lock(&m_accountsLock);
    const Account &a = m_accounts[size_t(i)];
    return Header{a.header, a.generation};
}

void PerUserLoginProvider::prepareUser(quint32 userId)
{
    QMetaObject::invokeMethod(
        this, [this, userId]() { doPrepare(userId); }, Qt::QueuedConnection);
}

void PerUserLoginProvider::doPrepare(quint32 userId)
{
    if (state() != State::Ready) {
        if (state() == State::Idle || state() == State::Starting)
            m_waitingStart.push_back(userId); // answered when start() ends
        else
            emit userFailed(userId,
                            lastError().isEmpty() ? prefixed(QStringLiteral("not started")) : lastError());
        return;
    }
    const int i = indexFor(userId);
    Account &a = m_accounts[size_t(i)];
    switch (a.status) {
    case Status::Ready:
        emit userReady(userId);
        return;
    case Status::Failed:
        emit userFailed(userId, a.error);
        return;
    case Status::LoggingIn:
        a.waiters.push_back(userId);
        return;
    case Status::Idle:
        a.waiters.push_back(userId);
        a.status = Status::LoggingIn;
        login(i);
        return;
    }
}

void PerUserLoginProvider::login(int index)
{
    Account &a = m_accounts[size_t(index)];
    if (a.inFlight || state() != State::Ready)
        return;
    a.inFlight = true;
    a.lastLoginMs = clock().nowMs();
    a.renewAtMs = -1;
    QJsonObject body;
    body.insert(QStringLiteral("username"), a.username);
    body.insert(QStringLiteral("password"), QString::fromUtf8(a.password));
    const quint64 serial = ++a.serial;
    QPointer<PerUserLoginProvider> self(this);
    a.reply = postForAuth(network(), clock(), QUrl(authRef().loginUrl), QByteArrayLiteral("application/json"),
                          QJsonDocument(body).toJson(QJsonDocument::Compact), timeoutMs(),
                          [self, index, serial](const AuthHttpAnswer &answer) {
                              if (!self || self->m_accounts[size_t(index)].serial != serial)
                                  return; // cancelled
                              self->onAnswer(index, answer);
                          });
}

void PerUserLoginProvider::onAnswer(int index, const AuthHttpAnswer &ans)
{
    Account &a = m_accounts[size_t(index)];
    a.inFlight = false;
    a.reply = nullptr;
    const QString who = QStringLiteral("user '%1'").arg(a.username);
    if (ans.status == 0) {
        loginFailed(
            index,
            QStringLiteral("login of %1 at %2 failed: %3").arg(who, authRef().loginUrl, ans.networkError),
            true);
        return;
    }
    const QString redirect = diagnoseRedirect(ans.status, ans.location);
    if (!redirect.isEmpty()) {
        loginFailed(index, QStringLiteral("login of %1: %2").arg(who, redirect), false);
        return;
    }
    if (ans.status == 401) {
        loginFailed(index,
                    missingUserDiagnosis(a.username) +
                        QStringLiteral(", or check the password in the users file (") +
                        describeHttpFailure(QStringLiteral("the login endpoint"), ans.status, ans.body, {}) +
                        QLatin1Char(')'),
                    false);
        return;
    }
    if (ans.status < 200 || ans.status > 299) {
        loginFailed(
            index,
            describeHttpFailure(QStringLiteral("login endpoint %1 for %2").arg(authRef().loginUrl, who),
                                ans.status, ans.body, {}),
            isTransientHttpStatus(ans.status));
        return;
    }
    const TokenResponse t = parseTokenResponse(ans.body, nowUtc());
    if (!t.ok) {
        loginFailed(
            index,
            QStringLiteral("login of %1 answered HTTP %2 but %3").arg(who).arg(ans.status).arg(t.error),
            false);
        return;
    }
    {
        QWriteLocker lock(&m_accountsLock);
        a.header = QByteArrayLiteral("Bearer ") + t.accessToken;
        a.generation = ++m_generationCounter;
    }
    a.failures = 0;
    a.error.clear();
    ++m_loginsOk;
    const bool first = a.status != Status::Ready;
    a.status = Status::Ready;
    const qint64 delay = refreshDelayMs(t.lifetimeMs);
    if (delay >= 0) {
        a.renewAtMs = clock().nowMs() + delay;
        scheduleSweep(a.renewAtMs);
    }
    if (first)
        answerWaiters(a, true);
    else
        emit refreshed(a.generation, t.lifetimeMs >= 0 ? nowUtc().addMSecs(t.lifetimeMs) : QDateTime());
}

void PerUserLoginProvider::loginFailed(int index, const QString &message, bool transient)
{
    Account &a = m_accounts[size_t(index)];
    ++a.failures;
    ++m_loginsFailed;
    const QString msg = redact(prefixed(message));
    if (a.status == Status::Ready) {
        // A renewal failed: the old token stays in use; try again later.
        const qint64 delay = backoffFor(a.failures);
        a.renewAtMs = clock().nowMs() + delay;
        scheduleSweep(a.renewAtMs);
        emit refreshFailed(msg + QStringLiteral("; retrying in %1 s").arg(delay / 1000.0));
        return;
    }
    if (transient && a.failures < 3) {
        a.renewAtMs = clock().nowMs() + backoffFor(a.failures); // still LoggingIn: the sweep retries
        scheduleSweep(a.renewAtMs);
        return;
    }
    a.status = Status::Failed;
    a.error = msg;
    answerWaiters(a, false);
}

void PerUserLoginProvider::answerWaiters(Account &account, bool ok)
{
    std::vector<quint32> waiters;
    waiters.swap(account.waiters);
    for (quint32 u : waiters) {
        if (ok)
            emit userReady(u);
        else
            emit userFailed(u, account.error);
    }
}

void PerUserLoginProvider::reportUnauthorizedFor(quint32 userId, quint64 tokenGeneration)
{
    if (tokenGeneration == 0)
        return;
    QMetaObject::invokeMethod(
        this,
        [this, userId, tokenGeneration]() {
            const int i = indexFor(userId);
            if (i < 0 || state() != State::Ready)
                return;
            Account &a = m_accounts[size_t(i)];
            if (a.status != Status::Ready || a.inFlight || a.generation != tokenGeneration)
                return; // already renewed, or renewing
            const qint64 now = clock().nowMs();
            const qint64 earliest =
                a.lastLoginMs < 0 ? now : a.lastLoginMs + unauthorizedIntervalMs(); // no storms
            if (now >= earliest) {
                login(i);
            } else if (a.renewAtMs < 0 || a.renewAtMs > earliest) {
                a.renewAtMs = earliest;
                scheduleSweep(earliest);
            }
        },
        Qt::QueuedConnection);
}

void PerUserLoginProvider::sweep()
{
    if (state() != State::Ready)
        return;
    const qint64 now = clock().nowMs();
    qint64 next = -1;
    for (size_t i = 0; i < m_accounts.size(); ++i) {
        Account &a = m_accounts[i];
        if (a.renewAtMs < 0)
            continue;
        if (a.renewAtMs <= now && !a.inFlight)
            login(int(i)); // clears renewAtMs; its answer schedules what comes next
        else if (!a.inFlight && (next < 0 || a.renewAtMs < next))
            next = a.renewAtMs;
    }
    if (next >= 0)
        scheduleSweep(next);
}

void PerUserLoginProvider::cancelFetch()
{
    cancelSweep();
    for (Account &a : m_accounts) {
        ++a.serial;
        a.inFlight = false;
        if (a.reply) {
            QNetworkReply *r = a.reply;
            a.reply = nullptr;
            r->abort();
        }
        if (a.status == Status::LoggingIn) {
            a.status = Status::Idle;
            a.error = prefixed(QStringLiteral("stopped before user '%1' logged in").arg(a.username));
            answerWaiters(a, false);
        }
    }
}

} // namespace plateau
