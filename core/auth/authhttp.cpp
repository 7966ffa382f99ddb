#include "core/auth/authhttp.h"

#include "core/common/clock.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPointer>
#include <memory>

namespace plateau {

QNetworkReply *postForAuth(QNetworkAccessManager *nam, Clock &clock, const QUrl &url,
                           const QByteArray &contentType, const QByteArray &body, int timeoutMs,
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
    // The deadline is cancelled when the reply finishes; should the reply be deleted unfinished (its
    // manager went away), the QPointer makes the late deadline a no-op.
    QPointer<QNetworkReply> guarded(reply);
    const Clock::TimerId deadline = clock.callAfter(timeoutMs, [guarded, state]() {
        if (!guarded)
            return;
        state->timedOut = true;
        guarded->abort();
    });
    // A reply deleted unfinished (with its manager, i.e. its provider) takes its deadline along; the
    // clock outlives the provider, so it is still there to be told.
    QObject::connect(reply, &QObject::destroyed, [&clock, deadline]() { clock.cancel(deadline); });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply, state](qint64 received, qint64) {
        if (received > kMaxAuthBodyBytes && !state->tooLarge) {
            state->tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, reply,
                     [reply, state, timeoutMs, &clock, deadline, done = std::move(done)]() {
                         clock.cancel(deadline);
                         AuthHttpAnswer &a = *state;
                         a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                         if (!a.tooLarge)
                             a.body = reply->read(kMaxAuthBodyBytes);
                         a.location = reply->rawHeader("Location");
                         if (a.timedOut || a.tooLarge)
                             a.status = 0;
                         if (a.status == 0)
                             a.networkError =
                                 a.timedOut ? QStringLiteral("no answer within %1 s").arg(timeoutMs / 1000.0)
                                 : a.tooLarge ? QStringLiteral("the answer is larger than 1 MiB")
                                              : reply->errorString();
                         reply->deleteLater();
                         if (done)
                             done(a);
                     });
    return reply;
}

} // namespace plateau
