#include "core/auth/tokenprovider.h"

#include "core/auth/redact.h"
#include "core/auth/tokenresponse.h"
#include "core/secrets/secretstore.h"

#include <QNetworkAccessManager>
#include <QTimeZone>
#include <algorithm>
#include <limits>

namespace plateau {

TokenProvider::TokenProvider(const AuthRef &ref, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_ref(ref), m_store(secrets)
{}

TokenProvider::~TokenProvider()
{
    cancelScheduledFetch(); // its callback points at this
}

void TokenProvider::setClock(Clock *clock)
{
    if (m_state == State::Starting || m_state == State::Ready)
        return; // timers already run on the old clock
    cancelScheduledFetch();
    m_clock = clock ? clock : &systemClock();
}

QDateTime TokenProvider::nowUtc() const
{
    return QDateTime::fromMSecsSinceEpoch(m_clock->wallMs(), QTimeZone::utc());
}

TokenProvider::Header TokenProvider::currentHeader() const
{
    QReadLocker lock(&m_lock);
    return Header{m_header, m_generation.load(std::memory_order_relaxed)};
}

QDateTime TokenProvider::expiresAt() const
{
    QReadLocker lock(&m_lock);
    return m_expiresAt;
}

TokenProvider::Header TokenProvider::headerFor(quint32) const
{
    return currentHeader();
}

void TokenProvider::reportUnauthorized(quint64 tokenGeneration)
{
    if (tokenGeneration == 0 || tokenGeneration != generation())
        return; // no token yet, or a newer one is already in use
    // Only the first report of a generation posts to the owner thread; the rest return here.
    quint64 seen = m_unauthorizedGeneration.load(std::memory_order_acquire);
    while (seen < tokenGeneration) {
        if (m_unauthorizedGeneration.compare_exchange_weak(seen, tokenGeneration,
                                                           std::memory_order_acq_rel)) {
            QMetaObject::invokeMethod(
                this, [this, tokenGeneration]() { handleUnauthorized(tokenGeneration); },
                Qt::QueuedConnection);
            return;
        }
    }
}

void TokenProvider::reportUnauthorizedFor(quint32, quint64 tokenGeneration)
{
    reportUnauthorized(tokenGeneration);
}

void TokenProvider::prepareUser(quint32 userId)
{
    QMetaObject::invokeMethod(
        this,
        [this, userId]() {
            switch (m_state) {
            case State::Ready:
                emit userReady(userId);
                break;
            case State::Failed:
            case State::Stopped:
                emit userFailed(userId, m_lastError.isEmpty() ? prefixed(QStringLiteral("not started"))
                                                              : m_lastError);
                break;
            case State::Idle:
            case State::Starting:
                m_pendingUsers.push_back(userId);
                break;
            }
        },
        Qt::QueuedConnection);
}

void TokenProvider::answerPendingUsers()
{
    std::vector<quint32> users;
    users.swap(m_pendingUsers);
    for (quint32 u : users) {
        if (m_state == State::Ready)
            emit userReady(u);
        else
            emit userFailed(u, m_lastError);
    }
}

void TokenProvider::handleUnauthorized(quint64 gen)
{
    if (m_state != State::Ready || gen != generation())
        return;
    if (!canRefresh()) {
        if (m_unauthorizedNoticeGeneration != gen) {
            m_unauthorizedNoticeGeneration = gen;
            emit refreshFailed(redact(prefixed(unauthorizedWithoutRefreshMessage())));
        }
        return;
    }
    if (m_inFlight)
        return; // the fetch in flight brings a new generation
    ++m_unauthorizedRefreshes;
    const qint64 now = m_clock->nowMs();
    if (m_lastUnauthorizedRefreshMs >= 0 && now - m_lastUnauthorizedRefreshMs < m_unauthorizedIntervalMs) {
        const qint64 wait = m_unauthorizedIntervalMs - (now - m_lastUnauthorizedRefreshMs);
        if (m_fetchTimer == 0 || m_fetchDueMs - now > wait)
            scheduleFetch(wait);
        return;
    }
    m_lastUnauthorizedRefreshMs = now;
    cancelScheduledFetch();
    fetchNow();
}

QString TokenProvider::unauthorizedWithoutRefreshMessage() const
{
    return QStringLiteral(
        "the target refused the token (HTTP 401/403) and this kind of auth cannot refresh it");
}

void TokenProvider::start()
{
    if (m_state == State::Starting || m_state == State::Ready)
        return;
    m_state = State::Starting;
    m_failures = 0;
    m_lastError.clear();
    m_secrets.clear();
    readSecrets(0);
}

void TokenProvider::stop()
{
    const bool wasStarting = m_state == State::Starting;
    m_state = State::Stopped;
    m_ready.store(false, std::memory_order_release);
    cancelScheduledFetch();
    m_inFlight = false;
    cancelFetch();
    if (wasStarting) {
        m_lastError = prefixed(QStringLiteral("stopped before a token arrived"));
        answerPendingUsers();
    }
}

QStringList TokenProvider::requiredSecrets() const
{
    QStringList out;
    const QStringList all = secretFieldsFor(m_ref.kind);
    for (const QString &f : all) {
        if (!secretFieldIsOptional(m_ref.kind, f))
            out << f;
    }
    return out;
}

QStringList TokenProvider::optionalSecrets() const
{
    QStringList out;
    const QStringList all = secretFieldsFor(m_ref.kind);
    for (const QString &f : all) {
        if (secretFieldIsOptional(m_ref.kind, f))
            out << f;
    }
    return out;
}

void TokenProvider::readSecrets(int index)
{
    const QStringList required = requiredSecrets();
    const QStringList fields = required + optionalSecrets();
    if (index >= fields.size()) {
        begin();
        return;
    }
    const QString field = fields.at(index);
    const bool isRequired = index < required.size();
    if (!m_store) {
        if (isRequired) {
            failStart(prefixed(QStringLiteral("needs its %1 but no secret store was given").arg(field)));
            return;
        }
        readSecrets(index + 1);
        return;
    }
    QPointer<TokenProvider> self(this);
    m_store->read(secretKey(m_ref.name, field), [self, index, field, isRequired](const SecretResult &r) {
        if (!self || self->m_state != State::Starting)
            return;
        if (r.ok && !r.value.isEmpty()) {
            self->m_secrets.insert(field, r.value);
            self->addRedaction(r.value);
        } else if (isRequired) {
            self->failStart(self->prefixed(QStringLiteral("needs its %1: %2").arg(field, r.error)));
            return;
        }
        self->readSecrets(index + 1);
    });
}

void TokenProvider::begin()
{
    fetchNow();
}

void TokenProvider::fetchNow()
{
    if (m_inFlight || (m_state != State::Starting && m_state != State::Ready))
        return;
    m_inFlight = true;
    fetchToken();
}

void TokenProvider::scheduleFetch(qint64 delayMs)
{
    cancelScheduledFetch();
    const qint64 clamped = std::clamp<qint64>(delayMs, 0, std::numeric_limits<int>::max());
    m_fetchDueMs = m_clock->nowMs() + clamped;
    m_fetchTimer = m_clock->callAfter(clamped, [this] {
        m_fetchTimer = 0;
        fetchNow();
    });
}

void TokenProvider::cancelScheduledFetch()
{
    if (m_fetchTimer == 0)
        return;
    m_clock->cancel(m_fetchTimer);
    m_fetchTimer = 0;
}

qint64 TokenProvider::backoffFor(int failures) const
{
    return backoffDelayMs(failures, m_backoffFirstMs, m_backoffMaxMs);
}

void TokenProvider::setBackoff(int firstMs, int maxMs)
{
    m_backoffFirstMs = std::max(1, firstMs);
    m_backoffMaxMs = std::max(m_backoffFirstMs, maxMs);
}

void TokenProvider::tokenReceived(const QByteArray &token, qint64 lifetimeMs)
{
    if (!m_inFlight)
        return; // cancelled
    m_inFlight = false;
    const QByteArray header = QByteArrayLiteral("Bearer ") + token;
    const QDateTime expires = lifetimeMs >= 0 ? nowUtc().addMSecs(lifetimeMs) : QDateTime();
    quint64 gen = 0;
    {
        QWriteLocker lock(&m_lock);
        m_header = header;
        m_expiresAt = expires;
        // The last few tokens are redacted too; older ones are dead and the list must not grow.
        if (m_recentTokens.size() >= 4)
            m_recentTokens.removeFirst();
        m_recentTokens.append(token);
        gen = m_generation.load(std::memory_order_relaxed) + 1;
        m_generation.store(gen, std::memory_order_release);
    }
    m_failures = 0;
    ++m_tokensFetched;
    m_lastError.clear();
    const qint64 delay = canRefresh() ? refreshDelayMs(lifetimeMs) : -1;
    if (delay >= 0)
        scheduleFetch(delay);
    else
        cancelScheduledFetch();
    if (m_state == State::Starting) {
        m_state = State::Ready;
        m_ready.store(true, std::memory_order_release);
        emit ready();
        answerPendingUsers();
    } else {
        emit refreshed(gen, expires);
    }
}

void TokenProvider::tokenFailed(const QString &error, bool permanent)
{
    if (!m_inFlight)
        return; // cancelled
    m_inFlight = false;
    ++m_failures;
    QString msg = redact(prefixed(error));
    if (m_state == State::Starting) {
        if (permanent || m_failures >= m_startAttempts) {
            failStart(msg);
            return;
        }
        m_lastError = msg;
        scheduleFetch(backoffFor(m_failures));
        return;
    }
    ++m_refreshFailures;
    const qint64 delay = backoffFor(m_failures);
    const QDateTime expires = expiresAt();
    if (expires.isValid() && expires <= nowUtc())
        msg +=
            QStringLiteral("; the current token expired at %1, so requests will be refused until a refresh "
                           "succeeds")
                .arg(expires.toString(Qt::ISODate));
    else if (expires.isValid())
        msg += QStringLiteral("; the current token stays in use until %1").arg(expires.toString(Qt::ISODate));
    msg += QStringLiteral("; retrying in %1 s").arg(delay / 1000.0);
    m_lastError = msg;
    scheduleFetch(delay);
    emit refreshFailed(msg);
}

void TokenProvider::becomeReady()
{
    if (m_state != State::Starting)
        return;
    m_state = State::Ready;
    m_ready.store(true, std::memory_order_release);
    emit ready();
    answerPendingUsers();
}

void TokenProvider::failStart(const QString &error)
{
    m_state = State::Failed;
    m_ready.store(false, std::memory_order_release);
    cancelScheduledFetch();
    m_lastError = redact(error);
    emit failed(m_lastError);
    answerPendingUsers();
}

QNetworkAccessManager *TokenProvider::network()
{
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this); // created on first use, in the owner thread
    return m_nam;
}

int TokenProvider::timeoutMs() const
{
    const double ms = m_ref.timeoutS * 1000.0;
    return int(std::clamp(ms, 100.0, 600000.0));
}

void TokenProvider::addRedaction(const QByteArray &secret)
{
    if (secret.isEmpty())
        return;
    QWriteLocker lock(&m_lock);
    if (!m_secretRedactions.contains(secret))
        m_secretRedactions.append(secret);
}

QString TokenProvider::redact(const QString &text) const
{
    QList<QByteArray> list;
    {
        QReadLocker lock(&m_lock);
        list = m_secretRedactions + m_recentTokens;
    }
    return redactSecrets(text, list);
}

QString TokenProvider::prefixed(const QString &message) const
{
    return QStringLiteral("auth '%1': %2").arg(m_ref.name, message);
}

} // namespace plateau
