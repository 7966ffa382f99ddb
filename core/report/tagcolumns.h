#pragma once
// The column layouts of a journey's per-tag files, shared by the writer and the loader: tags.csv (one
// row per phase and tag, written when the target ends) and tag_timeseries.csv (one row per interval and
// tag, streamed). Both are written only when the plan has a journey. Milliseconds carry 3 decimals,
// rates 6, as in steps.csv.

#include "core/metrics/outcome.h"
#include "core/metrics/snapshot.h"
#include "core/report/csv.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace plateau::columns {

std::vector<QByteArray> tagsHeader();
void appendTagRow(QByteArray &out, const QString &phase, const TagOutcome &t);

std::vector<QByteArray> tagTimeseriesHeader();
// tagNames: Journey::tags(), for the tag column's text (the index itself where the list has no entry).
void appendTagIntervalRow(QByteArray &out, const IntervalSnapshot &s, const TagInterval &t,
                          const QStringList &phaseNames, const QStringList &tagNames);

// One row of tag_timeseries.csv read back: the interval it belongs to and the tag's figures.
struct TagIntervalRow
{
    double tStartS = 0, tEndS = 0;
    int phase = 0;
    TagInterval value;
};
// Columns are found by name; t_s, tag, completed, ok and failed are required. A tag name is looked up in
// *tagNames; one it lacks is appended (so the index is stable for the whole file).
bool tagTimeseriesFromTable(const csv::Table &t, const QString &file, std::vector<TagIntervalRow> *out,
                            QString *error, const QStringList &phaseNames, QStringList *tagNames);
// Hands each row to the snapshot of the same interval (same end time and phase); rows of an interval
// the snapshots lack are left out. Returns how many rows found their interval.
std::size_t attachTagIntervals(std::vector<IntervalSnapshot> &snapshots,
                               const std::vector<TagIntervalRow> &rows);

} // namespace plateau::columns
