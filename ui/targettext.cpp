#include "ui/targettext.h"

#include "core/common/secretnames.h"

#include <QCoreApplication>

namespace plateau {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("plateau::TargetText", text);
}

} // namespace

QString headersToText(const std::vector<Header> &headers, bool maskSecrets)
{
    QStringList parts;
    parts.reserve(int(headers.size()));
    for (const Header &h : headers) {
        const QString value =
            maskSecrets && isSecretName(h.name) && !h.value.isEmpty() ? QStringLiteral("••••") : h.value;
        parts << h.name + QStringLiteral(": ") + value;
    }
    return parts.join(QStringLiteral("; "));
}

std::optional<std::vector<Header>> headersFromText(const QString &text, QString *error)
{
    std::vector<Header> out;
    const QStringList entries = text.split(u';');
    for (const QString &entry : entries) {
        const QString trimmed = entry.trimmed();
        if (trimmed.isEmpty())
            continue;
        const int colon = trimmed.indexOf(u':');
        const QString name = colon < 0 ? QString() : trimmed.left(colon).trimmed();
        if (colon < 0 || name.isEmpty()) {
            if (error)
                *error = tr("header \"%1\" is not \"Name: value\"").arg(trimmed.left(60));
            return std::nullopt;
        }
        out.push_back(Header{name, trimmed.mid(colon + 1).trimmed()});
    }
    return out;
}

} // namespace plateau
