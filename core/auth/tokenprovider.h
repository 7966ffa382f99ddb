#pragma once
// TokenProvider: supplies the Authorization header for one auth reference during a run.
//
// It lives on the controller (main) thread: fetching, refreshing and retrying happen there, with a
// QNetworkAccessManager / QProcess it owns. The load engine's worker threads only use the hot path:
// currentHeader() / authorizationHeader() copy an implicitly shared QByteArray under a read lock (no
// allocation), and reportUnauthorized(generation) on a 401/403 asks for at most ONE refresh per token
// generation however many users hit the 401 at once.
//
// Lifecycle: start() -> ready() or failed(error). While ready: refreshed(generation, expiresAt) after
// each new token, refreshFailed(error) when a refresh fails (the old token stays in use; retries back
// off 1, 2, 4 .. 30 s). Every message is redacted: it never holds a secret or a token.
//
// Lock-free per request: a worker may keep its own copy and refresh it only when generation() (one
// atomic load) differs from the copy's:
//     if (p->generation() != m_auth.generation) m_auth = p->currentHeader();
//
// Destroy a provider only after the workers stopped calling it.
//
// Time: every timer (refresh, backoff, request deadlines) and every "now" goes through a Clock, the
// system clock unless setClock() gives another (tests drive a ManualClock instead of sleeping).

#include "core/auth/authref.h"
#include "core/common/clock.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QReadWriteLock>
#include <atomic>
#include <vector>

class QNetworkAccessManager;

namespace plateau {

class SecretStore;

class TokenProvider : public QObject
{
    Q_OBJECT
public:
    struct Header
    {
        QByteArray value;       // "Bearer xyz"; empty: send no Authorization header
        quint64 generation = 0; // pass it back to reportUnauthorized*(); 0 = no token yet
    };
    enum class State
    {
        Idle,
        Starting,
        Ready,
        Failed,
        Stopped
    };

    // secrets may be null for kinds that need none; it must outlive start()'s secret reads.
    TokenProvider(const AuthRef &ref, SecretStore *secrets, QObject *parent = nullptr);
    ~TokenProvider() override;

    const AuthRef &authRef() const { return m_ref; }

    // ---- Hot path: callable from any thread ----
    QByteArray authorizationHeader() const { return currentHeader().value; }
    Header currentHeader() const;
    quint64 generation() const { return m_generation.load(std::memory_order_acquire); }
    QDateTime expiresAt() const; // invalid when the token did not say
    bool isReady() const { return m_ready.load(std::memory_order_acquire); }
    // A request sent with the token of tokenGeneration got 401/403.
    void reportUnauthorized(quint64 tokenGeneration);

    // Per-user API. For shared-token providers every user gets the shared header and is ready as soon
    // as the provider is; PerUserLoginProvider logs each account in.
    virtual bool isPerUser() const { return false; }
    virtual Header headerFor(quint32 userId) const;
    QByteArray authorizationHeaderFor(quint32 userId) const { return headerFor(userId).value; }
    // Any thread. Answers with userReady(userId) or userFailed(userId, error), always queued.
    virtual void prepareUser(quint32 userId);
    virtual void reportUnauthorizedFor(quint32 userId, quint64 tokenGeneration);

    // ---- Owner thread ----
    void start();
    void stop(); // no more refreshes; in-flight work is cancelled; the header stays readable
    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }
    int tokensFetched() const { return m_tokensFetched; }     // successful fetches, start included
    int refreshFailures() const { return m_refreshFailures; } // failed refresh attempts while ready
    int unauthorizedRefreshes() const { return m_unauthorizedRefreshes; }
    // Redacts this provider's secrets and tokens (and token-shaped text) from text. Any thread.
    QString redact(const QString &text) const;

    // Tuning, mainly for tests. Call before start().
    // The clock of every timer and timestamp; null: the system clock. Not owned; it must outlive this.
    void setClock(Clock *clock);
    Clock &clock() const { return *m_clock; }
    void setBackoff(int firstMs, int maxMs);
    // At most one 401-triggered refresh per this interval (default 5 s): a credential that is valid at
    // the token endpoint but refused by the target must not turn into a refresh storm.
    void setUnauthorizedRefreshIntervalMs(int ms) { m_unauthorizedIntervalMs = ms; }
    // Transient failures (5xx, timeouts, connection errors) of the first fetch retried this often
    // (default 3 attempts) before failed().
    void setStartAttempts(int attempts) { m_startAttempts = attempts < 1 ? 1 : attempts; }

signals:
    void ready();
    void failed(const QString &error);
    void refreshed(quint64 generation, const QDateTime &expiresAt);
    void refreshFailed(const QString &error);
    void userReady(quint32 userId);
    void userFailed(quint32 userId, const QString &error);

protected:
    // Secrets read from the store before begin(): "<ref>/<field>". A missing optional one is no error.
    virtual QStringList requiredSecrets() const;
    virtual QStringList optionalSecrets() const;
    // After the secrets are read. Default: fetch the first token.
    virtual void begin();
    // Start fetching a token; end with tokenReceived() or tokenFailed() (may be called synchronously).
    virtual void fetchToken() = 0;
    // Abandon the fetch in flight (stop(), destruction); its late answer must not arrive.
    virtual void cancelFetch() {}
    virtual bool canRefresh() const { return true; }
    virtual QString unauthorizedWithoutRefreshMessage() const;

    QByteArray secret(const QString &field) const { return m_secrets.value(field); }
    void tokenReceived(const QByteArray &token, qint64 lifetimeMs);
    void tokenFailed(const QString &error, bool permanent);
    // For providers without a shared token (none, per-user): ready without a fetch.
    void becomeReady();
    void failStart(const QString &error);
    QNetworkAccessManager *network();
    int timeoutMs() const;
    QDateTime nowUtc() const; // the clock's wall time
    void addRedaction(const QByteArray &secret);
    QString prefixed(const QString &message) const;
    qint64 backoffFor(int failures) const;
    int unauthorizedIntervalMs() const { return m_unauthorizedIntervalMs; }

private:
    void readSecrets(int index);
    void fetchNow();
    void scheduleFetch(qint64 delayMs);
    void cancelScheduledFetch();
    void handleUnauthorized(quint64 generation);
    void answerPendingUsers();

    AuthRef m_ref;
    Clock *m_clock = &systemClock();
    QPointer<SecretStore> m_store;
    QHash<QString, QByteArray> m_secrets;
    QNetworkAccessManager *m_nam = nullptr;

    mutable QReadWriteLock m_lock; // guards m_header, m_expiresAt and the redaction lists
    QByteArray m_header;
    QDateTime m_expiresAt;
    QList<QByteArray> m_secretRedactions;
    QList<QByteArray> m_recentTokens;
    std::atomic<quint64> m_generation{0};
    std::atomic<quint64> m_unauthorizedGeneration{0};
    std::atomic<bool> m_ready{false};

    State m_state = State::Idle;
    bool m_inFlight = false;
    QString m_lastError;
    Clock::TimerId m_fetchTimer = 0; // the scheduled refresh or retry; 0: none
    qint64 m_fetchDueMs = 0;         // when it runs, on clock().nowMs()
    int m_failures = 0;
    int m_tokensFetched = 0;
    int m_refreshFailures = 0;
    int m_unauthorizedRefreshes = 0;
    quint64 m_unauthorizedNoticeGeneration = 0;
    qint64 m_lastUnauthorizedRefreshMs = -1; // clock().nowMs(); -1: none yet
    int m_backoffFirstMs = 1000;
    int m_backoffMaxMs = 30000;
    int m_unauthorizedIntervalMs = 5000;
    int m_startAttempts = 3;
    std::vector<quint32> m_pendingUsers;
};

} // namespace plateau
