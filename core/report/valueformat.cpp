#include "core/report/valueformat.h"

#include <algorithm>
#include <cmath>

namespace plateau {

namespace {

int defaultDecimals(double v)
{
    const double a = std::fabs(v);
    if (a == 0 || a >= 100)
        return 0;
    if (a >= 10)
        return 1;
    if (a >= 1)
        return 2;
    // Three significant digits: 0.0803 -> 4 decimals.
    return std::min(15, 2 - static_cast<int>(std::floor(std::log10(a))));
}

QString trimZeros(QString s)
{
    if (!s.contains(QLatin1Char('.')))
        return s;
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s == QLatin1String("-0") ? QStringLiteral("0") : s;
}

int side(double a, double b)
{
    return a < b ? -1 : a > b ? 1 : 0;
}

} // namespace

QString formatLimit(double limit)
{
    if (!std::isfinite(limit))
        return QStringLiteral("–");
    return QString::number(limit, 'g', 12);
}

QString formatValue(double v)
{
    if (!std::isfinite(v))
        return QStringLiteral("–");
    return trimZeros(QString::number(v, 'f', defaultDecimals(v)));
}

QString formatAgainstLimit(double actual, double limit)
{
    if (!std::isfinite(actual))
        return QStringLiteral("–");
    if (!std::isfinite(limit))
        return formatValue(actual);
    const int want = side(actual, limit);
    for (int d = defaultDecimals(actual); d <= 15; ++d) {
        const QString s = QString::number(actual, 'f', d);
        if (side(s.toDouble(), limit) == want)
            return trimZeros(s);
    }
    // Closer than 15 decimals tell: the shortest text that reads back as the very same double.
    return QString::number(actual, 'g', 17);
}

} // namespace plateau
