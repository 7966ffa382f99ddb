#include "core/secrets/keychainsecretstore.h"

#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace plateau {

namespace {

// QtKeychain reports a missing D-Bus session or Secret Service as OtherError with a D-Bus text
// (or NoBackendAvailable); both mean "there is no keychain on this machine", not "this key failed".
bool looksLikeNoBackend(const QString &errorString)
{
    static const char *const kHints[] = {
        "D-Bus",          "DBus",           "dbus",           "autolaunch",        "org.freedesktop",
        "ServiceUnknown", "secret service", "Secret Service", "No such interface", "kwallet",
        "KWallet"};
    for (const char *hint : kHints) {
        if (errorString.contains(QLatin1String(hint), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

SecretResult resultOf(QKeychain::Job *job, const QString &key, bool isRead)
{
    SecretResult r;
    const QKeychain::Error err = job->error();
    const QString detail = job->errorString();
    switch (err) {
    case QKeychain::NoError:
        r.ok = true;
        if (isRead)
            r.value = static_cast<QKeychain::ReadPasswordJob *>(job)->binaryData();
        break;
    case QKeychain::EntryNotFound:
        r.notFound = true;
        r.error = QStringLiteral("no secret stored for '%1' in the OS keychain").arg(key);
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        r.unavailable = true;
        r.error =
            KeychainSecretStore::unavailableMessage() + QStringLiteral(" (") + detail + QLatin1Char(')');
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        r.error = QStringLiteral("the OS keychain denied access to '%1': %2").arg(key, detail);
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
    default:
        if (looksLikeNoBackend(detail)) {
            r.unavailable = true;
            r.error =
                KeychainSecretStore::unavailableMessage() + QStringLiteral(" (") + detail + QLatin1Char(')');
        } else {
            r.error = QStringLiteral("the OS keychain failed on '%1': %2").arg(key, detail);
        }
        break;
    }
    return r;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(QString::fromLatin1(kKeychainService), kKeychainDefaultTimeoutMs, parent)
{}

KeychainSecretStore::KeychainSecretStore(const QString &service, int timeoutMs, QObject *parent)
    : SecretStore(parent), m_service(service),
      m_timeoutMs(timeoutMs > 0 ? timeoutMs : kKeychainDefaultTimeoutMs)
{}

QString KeychainSecretStore::unavailableMessage()
{
    return QStringLiteral("no OS keychain available (no D-Bus secret service)");
}

void KeychainSecretStore::read(const QString &key, SecretCallback cb)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    run(job, Op::Read, key, std::move(cb));
}

void KeychainSecretStore::write(const QString &key, const QByteArray &secret, SecretCallback cb)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setBinaryData(secret);
    run(job, Op::Write, key, std::move(cb));
}

void KeychainSecretStore::remove(const QString &key, SecretCallback cb)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    run(job, Op::Remove, key, std::move(cb));
}

void KeychainSecretStore::run(QKeychain::Job *job, Op op, const QString &key, SecretCallback cb)
{
    // The job deletes itself when it finishes. If it never finishes (hung daemon) it leaks one small
    // object: deleting a running job from outside is not safe in QtKeychain.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);

    // Whichever comes first, the job's answer or the timeout, answers the caller; the other is dropped.
    auto done = std::make_shared<bool>(false);
    auto callback = std::make_shared<SecretCallback>(std::move(cb));

    connect(job, &QKeychain::Job::finished, this, [done, callback, key, op](QKeychain::Job *j) {
        if (*done)
            return;
        *done = true;
        SecretResult r = resultOf(j, key, op == Op::Read);
        if (op == Op::Remove && r.notFound) {
            r = SecretResult::success(); // removing an absent key is not an error
        }
        if (*callback)
            (*callback)(r);
    });
    const int timeoutMs = m_timeoutMs;
    QTimer::singleShot(timeoutMs, this, [done, callback, timeoutMs]() {
        if (*done)
            return;
        *done = true;
        SecretResult r;
        r.unavailable = true;
        r.error = QStringLiteral("the OS keychain did not answer within %1 s (locked, or its service hung)")
                      .arg(timeoutMs / 1000.0);
        if (*callback)
            (*callback)(r);
    });
    job->start();
}

} // namespace plateau
