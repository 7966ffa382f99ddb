#include "core/auth/authhttp.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimer>
#include <memory>

namespace plateau {

QNetworkReply *postForAuth(QNetworkAccessManager *nam, const QUrl &url, const QByteArray &contentType,
                           const QByteArray &body, int timeoutMs,
                           std::function<void(const AuthHttpAnswer &)> done)
{
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    req.setRawHeader("Accept", "application/json");
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Plateau/" PLATEAU_VERSION));
    // HTTP/2 in Qt 6.4 has known hangs (docs/architecture.md, "The Transport seam"); a token request gains
    // nothing from it.
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // A redirect from a token or login endpoint is a diagnosis, not something to follow.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Per-user logins share one manager: a session cookie of user A must never ride along with user B.
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

    QNetworkReply *reply = nam->post(req, body);
    auto state = std::make_shared<AuthHttpAnswer>();
    auto timer = new QTimer(reply);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, reply, [reply, state]() {
        state->timedOut = true;
        reply->abort();
    });
    timer->start(timeoutMs);
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply, state](qint64 received, qint64) {
        if (received > kMaxAuthBodyBytes && !state->tooLarge) {
            state->tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(
        reply, &QNetworkReply::finished, reply, [reply, state, timeoutMs, done = std::move(done)]() {
            AuthHttpAnswer &a = *state;
            a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (!a.tooLarge)
                a.body = reply->read(kMaxAuthBodyBytes);
            a.location = reply->rawHeader("Location");
            if (a.timedOut || a.tooLarge)
                a.status = 0;
            if (a.status == 0)
                a.networkError = a.timedOut ? QStringLiteral("no answer within %1 s").arg(timeoutMs / 1000.0)
                                 : a.tooLarge ? QStringLiteral("the answer is larger than 1 MiB")
                                              : reply->errorString();
            reply->deleteLater();
            if (done)
                done(a);
        });
    return reply;
}

} // namespace plateau
