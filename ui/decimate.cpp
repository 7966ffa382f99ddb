#include "ui/decimate.h"

#include <algorithm>

namespace plateau {

void decimateMinMax(const QList<QPointF> &in, int buckets, QList<QPointF> &out)
{
    out.clear();
    if (buckets <= 0 || in.size() <= 2 * qsizetype(buckets)) {
        out = in;
        return;
    }
    const double x0 = in.first().x();
    const double x1 = in.last().x();
    const double width = (x1 - x0) / buckets;
    out.reserve(2 * buckets + 2);
    out.append(in.first());
    qsizetype i = 1;
    const qsizetype last = in.size() - 1;
    for (int b = 0; b < buckets && i < last; ++b) {
        const double end = b + 1 == buckets ? x1 : x0 + width * (b + 1);
        qsizetype lo = -1, hi = -1;
        for (; i < last && (in[i].x() < end || b + 1 == buckets); ++i) {
            if (lo < 0 || in[i].y() < in[lo].y())
                lo = i;
            if (hi < 0 || in[i].y() > in[hi].y())
                hi = i;
        }
        if (lo < 0)
            continue;
        out.append(in[std::min(lo, hi)]);
        if (lo != hi)
            out.append(in[std::max(lo, hi)]);
    }
    out.append(in.last());
}

} // namespace plateau
