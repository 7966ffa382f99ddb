#pragma once
// Parsing what token endpoints and token commands print, and the refresh/backoff arithmetic.
// Pure functions: unit-tested without a network.

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace plateau {

struct TokenResponse
{
    bool ok = false;
    QByteArray accessToken; // never log it
    qint64 lifetimeMs = -1; // -1: the answer said nothing about expiry
    QString error;          // never contains the token
};

// {"access_token":"..","expires_in":3600} (expires_in may be a number or a numeric string), or
// {"access_token":"..","expiry":"2024-05-01T12:00:00.123456789+02:00"} (the Databricks CLI).
// The token must be header-safe (visible ASCII, at most 64 KiB): it goes into an HTTP header.
TokenResponse parseTokenResponse(const QByteArray &json,
                                 const QDateTime &now = QDateTime::currentDateTimeUtc());

// RFC 3339 date-time (any number of fractional digits, 'Z' or ±hh:mm); invalid QDateTime when it is not.
QDateTime parseRfc3339(const QString &text);

// Strips a leading "Bearer " a user may have pasted with the token, and surrounding white space.
QByteArray normalizeToken(const QByteArray &token);
bool isHeaderSafeToken(const QByteArray &token);

// When to refresh a token that lives lifetimeMs: at 80% of its life or 60 s before it ends, whichever
// is earlier, but never sooner than 1 s. -1 (no refresh) when lifetimeMs < 0.
qint64 refreshDelayMs(qint64 lifetimeMs);
// Retry delay after the n-th consecutive failure (n >= 1): first, 2*first, 4*first ... capped at maxMs.
qint64 backoffDelayMs(int failures, qint64 firstMs = 1000, qint64 maxMs = 30000);

} // namespace plateau
