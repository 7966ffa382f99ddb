#pragma once
// Secrets in the OS keychain through QtKeychain 0.13 (Secret Service over D-Bus on Linux, Keychain on
// macOS, Credential Manager on Windows). Service "plateau", key "<ref>/<field>".
//
// Every job runs under a timeout (default 5 s): keychain jobs can hang (a locked collection waiting
// for a prompt nobody sees, a wedged daemon). No plain-text fallback, ever: QtKeychain's
// insecureFallback stays off.

#include "core/secrets/secretstore.h"

namespace QKeychain {
class Job;
}

namespace plateau {

inline constexpr const char kKeychainService[] = "plateau";
inline constexpr int kKeychainDefaultTimeoutMs = 5000;

class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    KeychainSecretStore(const QString &service, int timeoutMs, QObject *parent = nullptr);

    void read(const QString &key, SecretCallback cb) override;
    void write(const QString &key, const QByteArray &secret, SecretCallback cb) override;
    void remove(const QString &key, SecretCallback cb) override;

    QString service() const { return m_service; }
    int timeoutMs() const { return m_timeoutMs; }

    // The message every "no keychain" answer starts with (the GUI may match on unavailable instead).
    static QString unavailableMessage();

private:
    enum class Op
    {
        Read,
        Write,
        Remove
    };
    void run(QKeychain::Job *job, Op op, const QString &key, SecretCallback cb);

    QString m_service;
    int m_timeoutMs;
};

} // namespace plateau
