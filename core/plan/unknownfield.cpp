#include "core/plan/unknownfield.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace plateau {

int editDistance(QStringView a, QStringView b, int cap)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > cap)
        return cap + 1;
    // Three rows of the classic table; cells further than cap from the diagonal can only hold more than cap.
    const int over = cap + 1;
    std::vector<int> before(std::size_t(m + 1), over), prev(std::size_t(m + 1)), row(std::size_t(m + 1));
    for (qsizetype j = 0; j <= m; ++j)
        prev[std::size_t(j)] = int(std::min<qsizetype>(j, over));
    for (qsizetype i = 1; i <= n; ++i) {
        std::fill(row.begin(), row.end(), over);
        row[0] = int(std::min<qsizetype>(i, over));
        const qsizetype from = std::max<qsizetype>(1, i - cap);
        const qsizetype to = std::min<qsizetype>(m, i + cap);
        int best = row[0];
        for (qsizetype j = from; j <= to; ++j) {
            const std::size_t uj = std::size_t(j);
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int d = std::min({prev[uj] + 1, row[uj - 1] + 1, prev[uj - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d = std::min(d, before[uj - 2] + 1);
            row[uj] = std::min(d, over);
            best = std::min(best, row[uj]);
        }
        if (best > cap)
            return over;
        std::swap(before, prev);
        std::swap(prev, row);
    }
    return std::min(prev[std::size_t(m)], over);
}

QString closestKey(const QString &key, const QStringList &known)
{
    for (const QString &k : known) {
        if (k.compare(key, Qt::CaseInsensitive) == 0)
            return k;
    }
    const int cap = key.size() <= 3 ? 1 : 2;
    QString best;
    int bestDistance = cap + 1;
    for (const QString &k : known) {
        const int d = editDistance(key, k, cap);
        if (d < bestDistance) {
            best = k;
            bestDistance = d;
        }
    }
    return best;
}

QString unknownFieldMessage(const QString &key, const QStringList &known)
{
    const QString close = closestKey(key, known);
    if (!close.isEmpty())
        return QStringLiteral("unknown field — did you mean %1?").arg(close);
    return QStringLiteral("unknown field (known here: %1)").arg(known.join(QStringLiteral(", ")));
}

} // namespace plateau
