#pragma once
// Every auth message goes through here before anyone sees it: no secret or token in a log, a dialog,
// a report or a test failure.

#include <QByteArray>
#include <QList>
#include <QString>

namespace plateau {

inline constexpr const char kRedacted[] = "***";

// Replaces every occurrence of each secret (raw, URL-encoded, form-encoded and JSON-escaped) with "***",
// and anything shaped like a bearer token ("Bearer x", JWTs, Databricks PATs) too. Secrets shorter
// than 6 characters are replaced only where they stand as a whole word.
QString redactSecrets(QString text, const QList<QByteArray> &secrets);

// For a 3xx answer: a sentence saying where it points and what that means; empty for other statuses.
// A redirect to a login page means "this endpoint wants OAuth, not a personal access token".
// Only scheme, host and path of the location are shown (the query may carry state or codes).
QString diagnoseRedirect(int status, const QByteArray &location);

// "<what> answered HTTP 401: invalid_client: Client authentication failed". Only the server's
// error / error_description (and detail / message, which FastAPI-style login endpoints use) are
// quoted, each cut to 300 characters and redacted; any other body text is never shown.
QString describeHttpFailure(const QString &what, int status, const QByteArray &body,
                            const QList<QByteArray> &secrets);

// True for statuses worth retrying (408, 425, 429, 5xx) and for status 0 (no HTTP answer).
bool isTransientHttpStatus(int status);

} // namespace plateau
