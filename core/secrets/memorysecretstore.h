#pragma once
// Secrets in this process's memory only: for tests, and as the session-only fallback when the machine
// has no OS keychain. Never writes anything to disk.

#include "core/secrets/secretstore.h"

#include <QHash>
#include <QMutex>

namespace plateau {

class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    void read(const QString &key, SecretCallback cb) override;
    void write(const QString &key, const QByteArray &secret, SecretCallback cb) override;
    void remove(const QString &key, SecretCallback cb) override;

    // Synchronous helpers (thread-safe) for tests and for the fallback store.
    void set(const QString &key, const QByteArray &secret);
    bool contains(const QString &key) const;
    QByteArray value(const QString &key) const;
    bool take(const QString &key);
    int size() const;
    void clear();

private:
    mutable QMutex m_mutex;
    QHash<QString, QByteArray> m_secrets;
};

} // namespace plateau
