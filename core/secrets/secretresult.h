#pragma once
// The answer of every SecretStore operation: a value type, so it can cross threads and queued calls.

#include <QByteArray>
#include <QString>

namespace plateau {

struct SecretResult
{
    bool ok = false;
    QByteArray value;         // the secret (read only); never log it
    QString error;            // why it failed; on success a warning the user should see (e.g. session-only)
    bool unavailable = false; // no OS keychain at all (no D-Bus secret service, or it did not answer)
    bool notFound = false;    // the store works but holds nothing under that key
    bool sessionOnly = false; // the secret lives in this process's memory only and is gone on exit

    static SecretResult success(QByteArray v = {})
    {
        SecretResult r;
        r.ok = true;
        r.value = std::move(v);
        return r;
    }
    static SecretResult failure(QString why)
    {
        SecretResult r;
        r.error = std::move(why);
        return r;
    }
};

} // namespace plateau
