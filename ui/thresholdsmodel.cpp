#include "ui/thresholdsmodel.h"

#include "core/metrics/thresholds.h"
#include "ui/resultsmodel.h"
#include "ui/targetstatus.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <cmath>

namespace plateau {

namespace {
const QColor kPassText(0x1b, 0x5e, 0x20), kFailText(0xb7, 0x1c, 0x1c), kFailBack(0xfd, 0xec, 0xea);

bool sameValue(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}
} // namespace

bool ThresholdsModel::Row::operator==(const Row &o) const
{
    const ThresholdResult &a = result, &b = o.result;
    return target == o.target && a.metric == b.metric && a.op == b.op && sameValue(a.limit, b.limit) &&
           sameValue(a.actual, b.actual) && a.passed == b.passed && a.scope == b.scope;
}

ThresholdsModel::ThresholdsModel(QObject *parent) : QAbstractTableModel(parent)
{}

void ThresholdsModel::setResults(const std::vector<ResultRow> &rows)
{
    std::vector<Row> next;
    for (const ResultRow &r : rows) {
        const QString target = r.run.isEmpty() ? r.label : r.run + QStringLiteral(" / ") + r.label;
        // With several phases, a gate judges one of them: the row says which.
        for (const ThresholdResult &t : r.thresholds)
            next.push_back(Row{
                r.phases.size() > 1 && !t.phase.isEmpty() ? tr("%1 · %2").arg(target, t.phase) : target, t});
    }
    if (next == m_rows)
        return;
    beginResetModel();
    m_rows = std::move(next);
    endResetModel();
}

int ThresholdsModel::failedCount() const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += r.result.passed ? 0 : 1;
    return n;
}

int ThresholdsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ThresholdsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ThresholdsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return QVariant();
    const Row &row = m_rows[std::size_t(index.row())];
    const ThresholdResult &t = row.result;
    const int col = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (col) {
        case TargetColumn:
            return row.target;
        case ThresholdColumn:
            return t.scope.isEmpty() ? thresholdExpression(t)
                                     : tr("%1 (%2)").arg(thresholdExpression(t), t.scope);
        case ActualColumn:
            return thresholdValueText(t.metric, t.actual);
        case LimitColumn:
            return QString(t.op + u' ' + thresholdLimitText(t.metric, t.limit));
        case ResultColumn:
            return t.passed ? tr("✓ passed") : tr("✗ failed");
        }
        break;
    case Qt::ToolTipRole:
        if (col == ResultColumn || col == ActualColumn) {
            if (!std::isfinite(t.actual))
                return tr("Nothing was measured for %1 (no successful request), so the threshold cannot "
                          "pass.")
                    .arg(t.metric);
            return (t.passed ? tr("%1 is %2 %3: passed.") : tr("%1 is not %2 %3: failed."))
                .arg(thresholdValueText(t.metric, t.actual), t.op, thresholdLimitText(t.metric, t.limit));
        }
        break;
    case Qt::ForegroundRole:
        if (col == ResultColumn)
            return QBrush(t.passed ? kPassText : kFailText);
        break;
    case Qt::BackgroundRole:
        if (!t.passed)
            return QBrush(kFailBack);
        break;
    case Qt::FontRole:
        if (col == ResultColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::TextAlignmentRole:
        if (col == ActualColumn || col == LimitColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    return QVariant();
}

QVariant ThresholdsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TargetColumn:
            return tr("Target");
        case ThresholdColumn:
            return tr("Threshold");
        case ActualColumn:
            return tr("Actual");
        case LimitColumn:
            return tr("Limit");
        case ResultColumn:
            return tr("Result");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case TargetColumn:
            return tr("The configuration (target label)");
        case ThresholdColumn:
            return tr("The plan's gate: over the whole load phase unless it names a step");
        case ActualColumn:
            return tr("What the target measured");
        case LimitColumn:
            return tr("What the gate allows");
        case ResultColumn:
            return tr("Whether the actual value met the limit; a failed threshold makes the run exit 1");
        }
    }
    return QVariant();
}

} // namespace plateau
