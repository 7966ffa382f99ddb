#include "core/plan/targetguess.h"

#include <QRegularExpression>
#include <QUrl>
#include <algorithm>

namespace plateau {

namespace {

// Folder-safe: letters, digits, '.', '_' and '-'; everything else becomes '-'.
QString sanitizeLabel(const QString &raw)
{
    QString out;
    out.reserve(raw.size());
    for (const QChar c : raw) {
        const bool safe = (c.isLetterOrNumber() && c.unicode() < 128) || c == u'.' || c == u'_' || c == u'-';
        out += safe ? c : QChar(u'-');
    }
    while (out.contains(QStringLiteral("--")))
        out.replace(QStringLiteral("--"), QStringLiteral("-"));
    while (out.startsWith(u'-') || out.startsWith(u'.'))
        out.remove(0, 1);
    while (out.endsWith(u'-') || out.endsWith(u'.'))
        out.chop(1);
    return out;
}

// An IPv4 or IPv6 literal, as QUrl::host() gives it (IPv6 without brackets): such a host has no name
// to take a label from, so its port joins the label instead.
bool isAddressLiteral(const QString &host)
{
    static const QRegularExpression ipv4(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}$"));
    return host.contains(u':') || ipv4.match(host).hasMatch();
}

} // namespace

std::optional<UrlGuess> guessTargetFromUrl(const QString &line)
{
    QString text = line.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (!text.contains(QStringLiteral("://")))
        text.prepend(QStringLiteral("https://"));
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"https"))
        return std::nullopt;

    UrlGuess g;
    g.url = text;
    const QString host = url.host().toLower();
    const bool numericHost = isAddressLiteral(host) || host == u"localhost";
    QString base;
    if (numericHost) {
        base = url.port() > 0 ? host + u'-' + QString::number(url.port()) : host;
    } else {
        base = host.section(u'.', 0, 0);
        // Databricks app hosts end in the workspace id ("my-app-1234567890"): noise in a label.
        static const QRegularExpression workspaceId(QStringLiteral("-\\d{6,}$"));
        base.remove(workspaceId);
    }
    g.label = sanitizeLabel(base);
    if (g.label.isEmpty())
        g.label = QStringLiteral("target");

    static const QRegularExpression tokenSplit(QStringLiteral("[-_.]"));
    static const QRegularExpression workersToken(QStringLiteral("^(?:w|workers?)(\\d{1,4})$"));
    const QStringList tokens = host.split(tokenSplit, Qt::SkipEmptyParts);
    for (const QString &t : tokens) {
        if (g.computeSize.isEmpty() && (t == u"small" || t == u"medium" || t == u"large" || t == u"xlarge"))
            g.computeSize = t;
        const auto m = workersToken.match(t);
        if (g.workers == 0 && m.hasMatch())
            g.workers = m.captured(1).toInt();
    }
    return g;
}

QString uniqueLabel(const QString &wanted, const QStringList &taken)
{
    UniqueLabels labels;
    for (const QString &l : taken)
        labels.take(l);
    return labels.pick(wanted);
}

void UniqueLabels::take(const QString &label)
{
    m_taken.insert(label.toCaseFolded());
}

QString UniqueLabels::pick(const QString &wanted)
{
    if (!m_taken.contains(wanted.toCaseFolded())) {
        take(wanted);
        return wanted;
    }
    // "app-2" duplicated again becomes "app-3", not "app-2-2".
    static const QRegularExpression suffix(QStringLiteral("^(.*)-(\\d+)$"));
    QString stem = wanted;
    int first = 2;
    if (const auto m = suffix.match(wanted); m.hasMatch()) {
        stem = m.captured(1);
        first = m.captured(2).toInt() + 1;
    }
    // Labels are only ever added, so every name from first up to the remembered number is still taken.
    int &next = m_next[stem.toCaseFolded() + u'/' + QString::number(first)];
    for (int n = std::max(next, first);; ++n) {
        const QString candidate = stem + u'-' + QString::number(n);
        if (!m_taken.contains(candidate.toCaseFolded())) {
            next = n + 1;
            take(candidate);
            return candidate;
        }
    }
}

} // namespace plateau
