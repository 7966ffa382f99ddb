#include "core/secrets/sessionfallbacksecretstore.h"

#include "core/secrets/keychainsecretstore.h"

#include <QPointer>

namespace plateau {

SessionFallbackSecretStore::SessionFallbackSecretStore(std::unique_ptr<SecretStore> primary, QObject *parent)
    : SecretStore(parent), m_primary(std::move(primary))
{}

SessionFallbackSecretStore::SessionFallbackSecretStore(QObject *parent)
    : SessionFallbackSecretStore(std::make_unique<KeychainSecretStore>(), parent)
{}

SessionFallbackSecretStore::~SessionFallbackSecretStore() = default;

QString SessionFallbackSecretStore::sessionOnlyMessage()
{
    return KeychainSecretStore::unavailableMessage() +
           QStringLiteral(": the secret is kept for this session only");
}

void SessionFallbackSecretStore::markUnavailable(const QString &detail)
{
    if (m_primaryUnavailable)
        return;
    m_primaryUnavailable = true;
    m_problem = detail;
    emit keychainUnavailable(sessionOnlyMessage());
}

void SessionFallbackSecretStore::read(const QString &key, SecretCallback cb)
{
    // A secret entered in this session wins: it is the newest the user gave us.
    if (m_session.contains(key) || m_primaryUnavailable || !m_primary) {
        SecretResult r;
        if (m_session.contains(key)) {
            r = SecretResult::success(m_session.value(key));
            r.sessionOnly = true;
            if (m_primaryUnavailable)
                r.error = sessionOnlyMessage();
        } else {
            r.notFound = true;
            r.unavailable = m_primaryUnavailable;
            r.error = QStringLiteral("no secret for '%1': %2, and none was entered in this session")
                          .arg(key, KeychainSecretStore::unavailableMessage());
        }
        deliverLater(std::move(cb), std::move(r));
        return;
    }
    QPointer<SessionFallbackSecretStore> self(this);
    m_primary->read(key, [self, key, cb = std::move(cb)](const SecretResult &primary) {
        if (!self)
            return;
        if (!primary.unavailable) {
            if (cb)
                cb(primary);
            return;
        }
        self->markUnavailable(primary.error);
        SecretResult r;
        r.notFound = true;
        r.unavailable = true;
        r.error = QStringLiteral("no secret for '%1': %2, and none was entered in this session")
                      .arg(key, primary.error);
        if (cb)
            cb(r);
    });
}

void SessionFallbackSecretStore::write(const QString &key, const QByteArray &secret, SecretCallback cb)
{
    auto keepForSession = [this, key, secret](SecretCallback done) {
        m_session.set(key, secret);
        SecretResult r = SecretResult::success();
        r.sessionOnly = true;
        r.unavailable = true;
        r.error = sessionOnlyMessage(); // a warning: it worked, but only until the app quits
        if (done)
            done(r);
    };
    if (m_primaryUnavailable || !m_primary) {
        m_session.set(key, secret);
        SecretResult r = SecretResult::success();
        r.sessionOnly = true;
        r.unavailable = true;
        r.error = sessionOnlyMessage();
        deliverLater(std::move(cb), std::move(r));
        return;
    }
    QPointer<SessionFallbackSecretStore> self(this);
    m_primary->write(
        key, secret, [self, key, keepForSession, cb = std::move(cb)](const SecretResult &primary) {
            if (!self)
                return;
            if (primary.ok) {
                self->m_session.take(key); // the keychain holds it now; no second copy in memory
                if (cb)
                    cb(primary);
                return;
            }
            if (primary.unavailable) {
                self->markUnavailable(primary.error);
                keepForSession(cb);
                return;
            }
            if (cb)
                cb(primary); // e.g. access denied by the user: respect it, do not silently keep it anyway
        });
}

void SessionFallbackSecretStore::remove(const QString &key, SecretCallback cb)
{
    m_session.take(key);
    if (m_primaryUnavailable || !m_primary) {
        SecretResult r = SecretResult::success();
        r.sessionOnly = true;
        deliverLater(std::move(cb), std::move(r));
        return;
    }
    QPointer<SessionFallbackSecretStore> self(this);
    m_primary->remove(key, [self, cb = std::move(cb)](const SecretResult &primary) {
        if (!self)
            return;
        if (primary.unavailable) {
            self->markUnavailable(primary.error);
            SecretResult r = SecretResult::success(); // nothing can be in a keychain that does not exist
            r.sessionOnly = true;
            if (cb)
                cb(r);
            return;
        }
        if (cb)
            cb(primary);
    });
}

} // namespace plateau
