#include "core/auth/tokenresponse.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace plateau {

namespace {
constexpr int kMaxTokenBytes = 64 * 1024;
constexpr qint64 kMaxLifetimeMs = qint64(10) * 365 * 24 * 3600 * 1000; // ten years: beyond is nonsense
} // namespace

QByteArray normalizeToken(const QByteArray &token)
{
    QByteArray t = token.trimmed();
    if (t.size() > 7 && t.left(7).toLower() == "bearer ")
        t = t.mid(7).trimmed();
    return t;
}

bool isHeaderSafeToken(const QByteArray &token)
{
    if (token.isEmpty() || token.size() > kMaxTokenBytes)
        return false;
    for (const char c : token) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x21 || u > 0x7e)
            return false; // no spaces, no CR/LF (header injection), no non-ASCII
    }
    return true;
}

QDateTime parseRfc3339(const QString &text)
{
    static const QRegularExpression kRe(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})[Tt "
                       "](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,12}))?(Z|z|[+-]\\d{2}:\\d{2})$"));
    const QRegularExpressionMatch m = kRe.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    int sec = m.captured(6).toInt();
    if (sec == 60)
        sec = 59; // a leap second: close enough for token expiry
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), sec);
    if (!date.isValid() || !time.isValid())
        return {};
    int ms = 0;
    if (m.capturedLength(7) > 0)
        ms = m.captured(7).append(QStringLiteral("00")).left(3).toInt();
    int offsetS = 0;
    const QString zone = m.captured(8);
    if (zone != QLatin1String("Z") && zone != QLatin1String("z")) {
        const int h = zone.mid(1, 2).toInt();
        const int mi = zone.mid(4, 2).toInt();
        if (h > 23 || mi > 59)
            return {};
        offsetS = (h * 3600 + mi * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    // Local wall time minus its offset is UTC (QTimeZone::fromSecondsAheadOfUtc needs Qt 6.5).
    return QDateTime(date, time.addMSecs(ms), Qt::UTC).addSecs(-offsetS);
}

TokenResponse parseTokenResponse(const QByteArray &json, const QDateTime &now)
{
    TokenResponse r;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        r.error = QStringLiteral("the answer is not a JSON object");
        return r;
    }
    const QJsonObject o = doc.object();
    const QJsonValue tok = o.value(QLatin1String("access_token"));
    if (!tok.isString() || tok.toString().isEmpty()) {
        r.error = QStringLiteral("the answer has no access_token");
        return r;
    }
    const QByteArray token = tok.toString().toUtf8();
    if (!isHeaderSafeToken(token)) {
        r.error =
            QStringLiteral("the access_token is not usable in an HTTP header (empty, over 64 KiB, or has "
                           "spaces or control characters)");
        return r;
    }
    const QJsonValue expiresIn = o.value(QLatin1String("expires_in"));
    const QJsonValue expiry = o.value(QLatin1String("expiry"));
    if (!expiresIn.isUndefined() && !expiresIn.isNull()) {
        double seconds = -1;
        bool ok = false;
        if (expiresIn.isDouble()) {
            seconds = expiresIn.toDouble();
            ok = true;
        } else if (expiresIn.isString()) {
            seconds = expiresIn.toString().toDouble(&ok);
        }
        if (!ok || !std::isfinite(seconds) || seconds < 0) {
            r.error = QStringLiteral("expires_in is not a non-negative number");
            return r;
        }
        r.lifetimeMs = std::min<qint64>(qint64(seconds * 1000.0), kMaxLifetimeMs);
    } else if (expiry.isString() && !expiry.toString().isEmpty()) {
        const QDateTime at = parseRfc3339(expiry.toString());
        if (!at.isValid()) {
            r.error = QStringLiteral("expiry '%1' is not an RFC 3339 time").arg(expiry.toString().left(64));
            return r;
        }
        r.lifetimeMs = std::clamp<qint64>(now.msecsTo(at), 0, kMaxLifetimeMs);
    }
    r.accessToken = token;
    r.ok = true;
    return r;
}

qint64 refreshDelayMs(qint64 lifetimeMs)
{
    if (lifetimeMs < 0)
        return -1;
    const qint64 at80 = lifetimeMs * 8 / 10;
    const qint64 minus60 = lifetimeMs - 60000;
    return std::max<qint64>(std::min(at80, minus60), 1000);
}

qint64 backoffDelayMs(int failures, qint64 firstMs, qint64 maxMs)
{
    if (failures < 1)
        failures = 1;
    qint64 d = firstMs;
    for (int i = 1; i < failures && d < maxMs; ++i)
        d *= 2;
    return std::min(d, maxMs);
}

} // namespace plateau
