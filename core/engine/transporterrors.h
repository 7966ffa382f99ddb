#pragma once
// The failure details both transports give when a request fails before any answer: nothing listens, the
// host name does not resolve, the connect times out, or a plain-HTTP server sits behind an https:// URL. Each
// is one line that says what to check, with the network stack's own reason kept in parentheses for experts.
// English, like every per-request detail: they are written to failures.csv.

#include <QString>

namespace plateau {

QString connectRefusedDetail(const QString &host, quint16 port, const QString &reason);
QString hostNotFoundDetail(const QString &host, const QString &reason);
// Plateau's own connect timeout (TransportOptions::connectTimeoutMs), which also covers the TLS handshake.
QString connectTimeoutDetail(const QString &host, quint16 port, int timeoutMs, bool duringTlsHandshake);

// True when a failed TLS handshake means that the server's first bytes were no TLS record at all, which is
// what a plain-HTTP server's "HTTP/1.1 400" looks like to OpenSSL: "wrong version number" (1.1 and 3.x),
// "packet length too long" or "unknown protocol" (older releases). QSslSocket consumes the raw bytes itself,
// so its reason is the one place where both transports can see it.
bool isPlainHttpAnswer(const QString &tlsReason);
QString plainHttpAnswerDetail(const QString &tlsReason);

} // namespace plateau
