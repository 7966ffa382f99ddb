#pragma once
// The column layouts of timeseries.csv and steps.csv, shared by the writer and the loader so the two
// can never drift apart. Milliseconds and seconds carry 3 decimals, rates 6.

#include "core/metrics/snapshot.h"
#include "core/report/csv.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace plateau::columns {

// Both files have a `phase` column holding the phase's name (phaseNames[phase], the plan's phases in
// order; the index itself where the list has no such entry). Readers map a name back to its index in
// phaseNames; a name not in it gets the next free index in the order it appears, and a file without the
// column (an older run) is all phase 0.
std::vector<QByteArray> timeseriesHeader();
void appendTimeseriesRow(QByteArray &out, const IntervalSnapshot &s, const QStringList &phaseNames = {});
// `file` and the record's line make the error message ("timeseries.csv line 4, column qps: ...").
// Columns are found by name, so extra or reordered columns read fine; a missing one is an error.
bool timeseriesFromTable(const csv::Table &t, const QString &file, std::vector<IntervalSnapshot> *out,
                         QString *error, const QStringList &phaseNames = {});

std::vector<QByteArray> stepsHeader();
void appendStepRow(QByteArray &out, const StepResult &s, const QStringList &phaseNames = {});
bool stepsFromTable(const csv::Table &t, const QString &file, std::vector<StepResult> *out, QString *error,
                    const QStringList &phaseNames = {});

// The phase column's text for an index, and the index of a name read back (seen: the names met so far
// that phaseNames lacks).
QString phaseNameOf(const QStringList &phaseNames, int phase);
int phaseIndexOf(const QStringList &phaseNames, QStringList *seen, const QString &name);

// The failure classes that get a fail_<key> column: every server failure (Cancelled has its own).
std::vector<FailureClass> failureColumns();

} // namespace plateau::columns
