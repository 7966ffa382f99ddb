#include "core/auth/redact.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <algorithm>

namespace plateau {

namespace {

constexpr int kShortSecret = 6;

QString jsonEscaped(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('"'), QLatin1String("\\\""));
    out.replace(QLatin1Char('/'), QLatin1String("\\/"));
    return out;
}

QString fieldText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isObject()) {
        // {"error":{"message":"..."}} (OpenAI style)
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("message")).isString())
            return o.value(QLatin1String("message")).toString();
        return {};
    }
    if (v.isArray()) {
        // FastAPI validation errors: {"detail":[{"msg":"..."}]}
        QStringList parts;
        const QJsonArray a = v.toArray();
        for (const QJsonValue &e : a) {
            const QString m = e.toObject().value(QLatin1String("msg")).toString();
            if (!m.isEmpty())
                parts << m;
            if (parts.size() >= 3)
                break;
        }
        return parts.join(QStringLiteral("; "));
    }
    return {};
}

QString cut(const QString &s, int n = 300)
{
    QString t = s.simplified();
    if (t.size() > n)
        t = t.left(n) + QStringLiteral("…");
    return t;
}

} // namespace

QString redactSecrets(QString text, const QList<QByteArray> &secrets)
{
    QStringList variants;
    for (const QByteArray &secret : secrets) {
        if (secret.isEmpty())
            continue;
        const QString raw = QString::fromUtf8(secret);
        variants << raw;
        const QString pct = QString::fromLatin1(QUrl::toPercentEncoding(raw));
        variants << pct;
        QString form = pct;
        form.replace(QLatin1String("%20"), QLatin1String("+"));
        variants << form;
        variants << jsonEscaped(raw);
        variants << QString::fromLatin1(secret.toBase64());
    }
    // Longest first, so a secret that contains another is replaced whole.
    std::sort(variants.begin(), variants.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    variants.removeDuplicates();
    for (const QString &v : variants) {
        if (v.isEmpty())
            continue;
        if (v.size() >= kShortSecret) {
            text.replace(v, QLatin1String(kRedacted));
        } else {
            // A short secret ("pw") would also hit ordinary words ("password"): whole words only.
            const QRegularExpression word(QStringLiteral("(?<![A-Za-z0-9])") + QRegularExpression::escape(v) +
                                          QStringLiteral("(?![A-Za-z0-9])"));
            text.replace(word, QLatin1String(kRedacted));
        }
    }
    static const QRegularExpression kBearer(QStringLiteral("(Bearer\\s+)[^\\s\"',;]+"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression kJwt(
        QStringLiteral("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*"));
    static const QRegularExpression kPat(QStringLiteral("dapi[0-9a-f]{16,}"));
    text.replace(kBearer, QStringLiteral("\\1***"));
    text.replace(kJwt, QLatin1String(kRedacted));
    text.replace(kPat, QStringLiteral("dapi***"));
    return text;
}

QString diagnoseRedirect(int status, const QByteArray &location)
{
    if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308)
        return {};
    const QUrl url(QString::fromUtf8(location.left(4096)));
    QString where;
    if (url.isValid() && !url.isEmpty())
        where = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString();
    if (where.isEmpty())
        where = QStringLiteral("(no Location)");
    static const QRegularExpression kLogin(
        QStringLiteral("login|signin|sign-in|oauth|oidc|authorize|/auth|sso|saml"),
        QRegularExpression::CaseInsensitiveOption);
    const bool toLogin = kLogin.match(where).hasMatch();
    if (toLogin)
        return QStringLiteral(
                   "the server answered HTTP %1 redirecting to a login page (%2): this endpoint wants "
                   "OAuth, not a personal access token; use an OAuth M2M (service principal) or CLI "
                   "token auth reference")
            .arg(status)
            .arg(cut(where, 200));
    return QStringLiteral(
               "the server answered HTTP %1 redirecting to %2: redirects are not followed; check the URL "
               "(a redirect to a login page means the endpoint wants OAuth, not a personal access token)")
        .arg(status)
        .arg(cut(where, 200));
}

QString describeHttpFailure(const QString &what, int status, const QByteArray &body,
                            const QList<QByteArray> &secrets)
{
    QString msg = QStringLiteral("%1 answered HTTP %2").arg(what).arg(status);
    QStringList details;
    const QJsonDocument doc = QJsonDocument::fromJson(body.left(1 << 20));
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        for (const char *key : {"error", "error_description", "detail", "message"}) {
            const QString t = cut(fieldText(o.value(QLatin1String(key))));
            if (!t.isEmpty() && !details.contains(t))
                details << t;
        }
    }
    if (!details.isEmpty())
        msg += QStringLiteral(": ") + details.join(QStringLiteral(": "));
    return redactSecrets(msg, secrets);
}

bool isTransientHttpStatus(int status)
{
    return status == 0 || status == 408 || status == 425 || status == 429 || (status >= 500 && status <= 599);
}

} // namespace plateau
