#pragma once
// The store the GUI uses: the OS keychain when there is one; when there is none, the secret is kept in
// memory for this session only and the caller is told so (SecretResult::sessionOnly + a message).
// Never a plain-text file.

#include "core/secrets/memorysecretstore.h"

#include <memory>

namespace plateau {

class SessionFallbackSecretStore : public SecretStore
{
    Q_OBJECT
public:
    // Takes ownership of primary (normally a KeychainSecretStore).
    explicit SessionFallbackSecretStore(std::unique_ptr<SecretStore> primary, QObject *parent = nullptr);
    // Convenience: a KeychainSecretStore with the default service and timeout.
    explicit SessionFallbackSecretStore(QObject *parent = nullptr);
    ~SessionFallbackSecretStore() override;

    void read(const QString &key, SecretCallback cb) override;
    void write(const QString &key, const QByteArray &secret, SecretCallback cb) override;
    void remove(const QString &key, SecretCallback cb) override;

    // False once the keychain answered "unavailable"; it is not asked again in this session
    // (a hung keychain would otherwise cost its timeout on every read).
    bool keychainAvailable() const { return !m_primaryUnavailable; }
    QString keychainProblem() const { return m_problem; }

    // "no OS keychain available (no D-Bus secret service): the secret is kept for this session only"
    static QString sessionOnlyMessage();

signals:
    // Emitted once, the first time the keychain turns out to be unavailable (for a banner in the GUI).
    void keychainUnavailable(const QString &message);

private:
    void markUnavailable(const QString &detail);

    std::unique_ptr<SecretStore> m_primary;
    MemorySecretStore m_session;
    bool m_primaryUnavailable = false;
    QString m_problem;
};

} // namespace plateau
