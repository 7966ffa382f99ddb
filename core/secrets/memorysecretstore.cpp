#include "core/secrets/memorysecretstore.h"

namespace plateau {

namespace {
// Best effort: overwrite the bytes before the memory goes back to the allocator.
void wipe(QByteArray &secret)
{
    if (!secret.isEmpty() && !secret.isDetached())
        secret = QByteArray(); // someone else still holds it; dropping our reference is all we can do
    else if (!secret.isEmpty())
        secret.fill('\0');
}
} // namespace

MemorySecretStore::MemorySecretStore(QObject *parent) : SecretStore(parent)
{}

MemorySecretStore::~MemorySecretStore()
{
    clear();
}

void MemorySecretStore::read(const QString &key, SecretCallback cb)
{
    SecretResult r;
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_secrets.constFind(key);
        if (it == m_secrets.constEnd()) {
            r.notFound = true;
            r.error = QStringLiteral("no secret stored for '%1' in this session").arg(key);
        } else {
            r.ok = true;
            r.value = it.value();
        }
    }
    r.sessionOnly = true;
    deliverLater(std::move(cb), std::move(r));
}

void MemorySecretStore::write(const QString &key, const QByteArray &secret, SecretCallback cb)
{
    set(key, secret);
    SecretResult r = SecretResult::success();
    r.sessionOnly = true;
    deliverLater(std::move(cb), std::move(r));
}

void MemorySecretStore::remove(const QString &key, SecretCallback cb)
{
    take(key);
    SecretResult r = SecretResult::success(); // removing an absent key is not an error
    r.sessionOnly = true;
    deliverLater(std::move(cb), std::move(r));
}

void MemorySecretStore::set(const QString &key, const QByteArray &secret)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_secrets.find(key);
    if (it != m_secrets.end())
        wipe(it.value());
    m_secrets.insert(key, secret);
}

bool MemorySecretStore::contains(const QString &key) const
{
    QMutexLocker lock(&m_mutex);
    return m_secrets.contains(key);
}

QByteArray MemorySecretStore::value(const QString &key) const
{
    QMutexLocker lock(&m_mutex);
    return m_secrets.value(key);
}

bool MemorySecretStore::take(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_secrets.find(key);
    if (it == m_secrets.end())
        return false;
    wipe(it.value());
    m_secrets.erase(it);
    return true;
}

int MemorySecretStore::size() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_secrets.size());
}

void MemorySecretStore::clear()
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it)
        wipe(it.value());
    m_secrets.clear();
}

} // namespace plateau
