#pragma once
// The HTTP plumbing the token providers share: one request shape (HTTP/1.1, no redirects followed, no
// cookies shared between logins, JSON accepted) and a POST with a total deadline and a body cap.

#include <QByteArray>
#include <QNetworkReply>
#include <QString>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;

namespace plateau {

class Clock;

struct AuthHttpAnswer
{
    int status = 0;        // 0: no HTTP answer (see networkError)
    QByteArray body;       // capped at kMaxAuthBodyBytes
    QByteArray location;   // Location header of a redirect
    QString networkError;  // set when status == 0
    bool timedOut = false; // the deadline passed
    bool tooLarge = false; // the body passed the cap
};

constexpr qint64 kMaxAuthBodyBytes = 1 << 20;

// Posts body and calls done(answer) once, on the manager's thread, within timeoutMs on clock. The
// returned reply may be aborted by the caller (done is then called with a network error). The reply
// deletes itself after done.
QNetworkReply *postForAuth(QNetworkAccessManager *nam, Clock &clock, const QUrl &url,
                           const QByteArray &contentType, const QByteArray &body, int timeoutMs,
                           std::function<void(const AuthHttpAnswer &)> done);

} // namespace plateau
