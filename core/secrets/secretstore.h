#pragma once
// Abstract secret store. Keys are "<auth reference>/<field>", e.g. "prod-sp/client_secret".
//
// Threading: call a store from the thread it lives in (the GUI/controller thread). The callback always
// runs later on that thread (never inside the call), and never after the store is destroyed.

#include "core/secrets/secretresult.h"

#include <QObject>
#include <functional>

namespace plateau {

using SecretCallback = std::function<void(const SecretResult &)>;

// Secret field names the auth library uses.
inline constexpr const char kSecretFieldToken[] = "token";                // static bearer token
inline constexpr const char kSecretFieldClientSecret[] = "client_secret"; // OAuth M2M
inline constexpr const char kSecretFieldPassword[] = "password";          // shared per-user password

// "prod-sp" + "client_secret" -> "prod-sp/client_secret"
QString secretKey(const QString &refName, const QString &field);
// Splits a key made by secretKey(); false when there is no '/'.
bool splitSecretKey(const QString &key, QString *refName, QString *field);

class SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(QObject *parent = nullptr) : QObject(parent) {}
    ~SecretStore() override = default;

    virtual void read(const QString &key, SecretCallback cb) = 0;
    virtual void write(const QString &key, const QByteArray &secret, SecretCallback cb) = 0;
    virtual void remove(const QString &key, SecretCallback cb) = 0;

    // For the CLI and tests: spins a local event loop until the answer comes or timeoutMs passes.
    // Do not use it from GUI code (a nested event loop re-enters widgets).
    SecretResult readBlocking(const QString &key, int timeoutMs = 10000);
    SecretResult writeBlocking(const QString &key, const QByteArray &secret, int timeoutMs = 10000);
    SecretResult removeBlocking(const QString &key, int timeoutMs = 10000);

protected:
    // Delivers cb(result) on this store's thread after the current call returns.
    void deliverLater(SecretCallback cb, SecretResult result);
};

} // namespace plateau
