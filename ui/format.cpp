#include "ui/format.h"

#include <QCoreApplication>
#include <cmath>

namespace plateau {

QString formatDuration(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        return QStringLiteral("—");
    const auto tr = [](const char *s) {
        return QCoreApplication::translate("plateau::Format", s);
    };
    const qint64 total = qint64(std::llround(seconds));
    if (total < 60)
        return tr("%1 s").arg(total);
    if (total < 3600) {
        const qint64 s = total % 60;
        return s == 0 ? tr("%1 min").arg(total / 60) : tr("%1 min %2 s").arg(total / 60).arg(s);
    }
    const qint64 h = total / 3600;
    const qint64 m = (total % 3600) / 60;
    return tr("%1 h %2 min").arg(h).arg(m, 2, 10, QLatin1Char('0'));
}

QString formatMetric(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    const double a = std::fabs(value);
    const int decimals = a >= 1000 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : a == 0 ? 0 : 3;
    return QString::number(value, 'f', decimals);
}

} // namespace plateau
