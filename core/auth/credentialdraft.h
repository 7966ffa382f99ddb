#pragma once
// A reference as the credentials form holds it when the user saves or tests it: its settings plus
// what was done to each of its secrets since the last save. The save transaction (credentialsave.h)
// and the token test (credentialtest.h) take it; neither knows about widgets.

#include "core/auth/authref.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace plateau {

struct PendingSecret
{
    QByteArray typed;    // replaces the stored value on save; empty keeps what is stored
    bool forget = false; // removes the stored value on save
};

struct CredentialDraft
{
    AuthRef ref;
    // Whose stored secrets this reference starts with: its own saved name, the saved name of the
    // reference it was duplicated from, or empty for a new reference. A rename or a duplicate copies
    // them on save.
    QString secretsFrom;
    QHash<QString, PendingSecret> secrets; // by secret field ("client_secret")
};

// Overwrites a secret we hold alone before dropping it; a buffer shared with another copy is only
// released (the last holder overwrites it).
inline void wipeSecret(QByteArray &secret)
{
    if (!secret.isEmpty() && secret.isDetached())
        secret.fill('\0');
    secret = QByteArray();
}

} // namespace plateau
