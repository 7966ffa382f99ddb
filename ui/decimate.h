#pragma once
// Min/max decimation for line charts: a chart needs about two points per pixel column, and an hour of
// per-second snapshots is 3600 points per line.

#include <QList>
#include <QPointF>

namespace plateau {

// in is sorted by x. When it holds more than 2 * buckets points, out gets for each of `buckets` equal x
// ranges the lowest and the highest point (in x order), plus the first and the last point of in, so peaks
// and dips survive. Otherwise out = in.
void decimateMinMax(const QList<QPointF> &in, int buckets, QList<QPointF> &out);

} // namespace plateau
