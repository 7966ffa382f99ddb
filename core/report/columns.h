#pragma once
// The column layouts of timeseries.csv and steps.csv, shared by the writer and the loader so the two
// can never drift apart. Milliseconds and seconds carry 3 decimals, rates 6.

#include "core/metrics/snapshot.h"
#include "core/report/csv.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace plateau::columns {

std::vector<QByteArray> timeseriesHeader();
void appendTimeseriesRow(QByteArray &out, const IntervalSnapshot &s);
// `file` and the record's line make the error message ("timeseries.csv line 4, column qps: ...").
// Columns are found by name, so extra or reordered columns read fine; a missing one is an error.
bool timeseriesFromTable(const csv::Table &t, const QString &file, std::vector<IntervalSnapshot> *out,
                         QString *error);

std::vector<QByteArray> stepsHeader();
void appendStepRow(QByteArray &out, const StepResult &s);
bool stepsFromTable(const csv::Table &t, const QString &file, std::vector<StepResult> *out, QString *error);

// The failure classes that get a fail_<key> column: every server failure (Cancelled has its own).
std::vector<FailureClass> failureColumns();

} // namespace plateau::columns
