#include "core/report/safename.h"

#include <QUrl>
#include <QUrlQuery>

namespace plateau {

namespace {

constexpr int kMaxNameBytes = 80;

bool isWindowsDeviceName(const QString &name)
{
    // The device names are reserved with any extension too ("nul.txt").
    const QString stem = name.section(QLatin1Char('.'), 0, 0).toUpper();
    static const QStringList kDevices = {QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"),
                                         QStringLiteral("NUL")};
    if (kDevices.contains(stem))
        return true;
    if (stem.size() == 4 && (stem.startsWith(QLatin1String("COM")) || stem.startsWith(QLatin1String("LPT"))))
        return stem.at(3).isDigit();
    return false;
}

} // namespace

QString sanitizeFileName(const QString &text, const QString &fallback)
{
    const QString nfc = text.normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(nfc.size());
    bool lastUnderscore = false;
    for (int i = 0; i < nfc.size(); ++i) {
        const QChar c = nfc.at(i);
        QChar keep;
        if (c.isHighSurrogate() && i + 1 < nfc.size() && nfc.at(i + 1).isLowSurrogate()) {
            const char32_t ucs = QChar::surrogateToUcs4(c, nfc.at(i + 1));
            ++i;
            if (QChar::isLetterOrNumber(ucs)) {
                out.append(QChar::highSurrogate(ucs));
                out.append(QChar::lowSurrogate(ucs));
                lastUnderscore = false;
                continue;
            }
        } else if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('.') ||
                   (c == QLatin1Char('_'))) {
            keep = c;
        }
        if (keep.isNull() || keep == QLatin1Char('_')) {
            if (!lastUnderscore)
                out.append(QLatin1Char('_'));
            lastUnderscore = true;
        } else {
            out.append(keep);
            lastUnderscore = false;
        }
    }
    // No hidden files, no "..", nothing that reads like a command-line option; Windows drops trailing dots.
    while (!out.isEmpty() && (out.front() == QLatin1Char('.') || out.front() == QLatin1Char('-') ||
                              out.front() == QLatin1Char('_')))
        out.remove(0, 1);
    while (!out.isEmpty() && (out.back() == QLatin1Char('.') || out.back() == QLatin1Char('_')))
        out.chop(1);
    // Cut at a character boundary so the UTF-8 form stays under the limit.
    while (out.toUtf8().size() > kMaxNameBytes) {
        out.chop(out.size() >= 2 && out.at(out.size() - 1).isLowSurrogate() ? 2 : 1);
    }
    while (!out.isEmpty() && (out.back() == QLatin1Char('.') || out.back() == QLatin1Char('_')))
        out.chop(1);
    if (out.isEmpty())
        return fallback;
    if (isWindowsDeviceName(out))
        out.append(QLatin1Char('_'));
    return out;
}

QString uniqueName(const QString &base, const QStringList &taken)
{
    auto isTaken = [&](const QString &n) {
        return taken.contains(n, Qt::CaseInsensitive);
    };
    if (!isTaken(base))
        return base;
    for (int i = 2;; ++i) {
        const QString candidate = base + QLatin1Char('-') + QString::number(i);
        if (!isTaken(candidate))
            return candidate;
    }
}

QString redactUrl(const QString &url)
{
    QUrl u(url);
    if (!u.isValid())
        return url.contains(QLatin1Char('@')) ? redactedValue() : url;
    u.setUserInfo(QString());
    if (u.hasQuery()) {
        QUrlQuery q(u);
        auto items = q.queryItems(QUrl::FullyEncoded);
        for (auto &item : items) {
            if (isSecretName(item.first))
                item.second = QStringLiteral("%3Credacted%3E");
        }
        q.setQueryItems(items);
        u.setQuery(q);
    }
    return u.toString(QUrl::FullyEncoded);
}

} // namespace plateau
