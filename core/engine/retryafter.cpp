#include "core/engine/retryafter.h"

#include <algorithm>
#include <limits>

namespace plateau {

std::int32_t parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool digits = true;
    for (const char c : v)
        digits = digits && c >= '0' && c <= '9';
    if (digits) {
        bool ok = false;
        const qulonglong s = v.left(12).toULongLong(&ok); // more than 12 digits saturates below anyway
        if (!ok || v.size() > 12)
            return std::numeric_limits<std::int32_t>::max();
        return std::int32_t(std::min<qulonglong>(s, std::numeric_limits<std::int32_t>::max()));
    }
    // IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT") is an RFC 2822 date-time.
    // Qt reads the zone only as a numeric offset; HTTP dates always end in "GMT".
    QString text = QString::fromLatin1(v);
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text = text.left(text.size() - 4) + QLatin1String(" +0000");
    const QDateTime at = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!at.isValid())
        return -1;
    const qint64 s = nowUtc.secsTo(at);
    return std::int32_t(std::clamp<qint64>(s, 0, std::numeric_limits<std::int32_t>::max()));
}

} // namespace plateau
