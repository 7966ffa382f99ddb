#include "ui/tagresultsmodel.h"

#include "ui/format.h"
#include "ui/resultsmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace plateau {

namespace {

const QColor kProblemText(0xb7, 0x1c, 0x1c);

QString percentText(double fraction)
{
    return QString::number(fraction * 100.0, 'f', 2) + u'%';
}

bool hasChecks(const TagOutcome &t)
{
    return t.total.checksPassed + t.total.checksFailed > 0;
}

} // namespace

bool TagResultsModel::Row::operator==(const Row &o) const
{
    const StepResult &a = tag.total, &b = o.tag.total;
    return target == o.target && tag.tag == o.tag.tag && tag.key == o.tag.key && a.completed == b.completed &&
           a.ok == b.ok && a.qps == b.qps && a.latency.p95Ms == b.latency.p95Ms &&
           a.ttft.p95Ms == b.ttft.p95Ms && a.failureRate == b.failureRate &&
           a.checksPassed == b.checksPassed && a.checksFailed == b.checksFailed;
}

TagResultsModel::TagResultsModel(QObject *parent) : QAbstractTableModel(parent)
{}

void TagResultsModel::setResults(const std::vector<ResultRow> &rows)
{
    std::vector<Row> next;
    for (const ResultRow &r : rows) {
        const QString target = r.run.isEmpty() ? r.label : r.run + QStringLiteral(" / ") + r.label;
        for (const TagOutcome &t : r.tags)
            next.push_back(Row{target, t});
    }
    if (next == m_rows)
        return;
    beginResetModel();
    m_rows = std::move(next);
    endResetModel();
}

int TagResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TagResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TagResultsModel::value(const Row &r, int column) const
{
    const StepResult &s = r.tag.total;
    switch (column) {
    case TargetColumn:
        return r.target;
    case TagColumn:
        return r.tag.key ? tr("%1 (key)").arg(r.tag.tag) : r.tag.tag;
    case RequestsColumn:
        return qulonglong(s.completed);
    case QpsColumn:
        return s.completed ? QVariant(formatMetric(s.qps)) : QVariant();
    case LatencyP95Column:
        return s.latency.count ? QVariant(formatMetric(s.latency.p95Ms)) : QVariant();
    case TtftP95Column:
        return s.ttft.count ? QVariant(formatMetric(s.ttft.p95Ms)) : QVariant();
    case FailureRateColumn:
        return s.completed ? QVariant(percentText(s.failureRate)) : QVariant();
    case ChecksColumn:
        return hasChecks(r.tag) ? QVariant(percentText(r.tag.checkRate())) : QVariant();
    }
    return QVariant();
}

QVariant TagResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return QVariant();
    const Row &r = m_rows[std::size_t(index.row())];
    const int col = index.column();
    switch (role) {
    case Qt::DisplayRole: {
        const QVariant v = value(r, col);
        return v.isValid() ? v : QVariant(QString());
    }
    case Qt::ToolTipRole:
        if (col == ChecksColumn && !r.tag.checks.empty()) {
            QStringList lines;
            for (const CheckOutcome &c : r.tag.checks)
                lines << tr("%1: %2 — %3 passed, %4 failed").arg(c.step, c.name).arg(c.passed).arg(c.failed);
            return lines.join(u'\n');
        }
        if (col == TagColumn && r.tag.key)
            return tr(
                "The key tag: the results table, the charts and the saturation verdict are its requests");
        return QVariant();
    case Qt::TextAlignmentRole:
        if (col == TargetColumn || col == TagColumn)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if ((col == ChecksColumn && r.tag.total.checksFailed > 0) ||
            (col == FailureRateColumn && r.tag.total.failureRate > 0))
            return QBrush(kProblemText);
        return QVariant();
    case Qt::FontRole:
        if (col == TagColumn && r.tag.key) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return QVariant();
    }
    return QVariant();
}

QVariant TagResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TargetColumn:
        return tr("Target");
    case TagColumn:
        return tr("Tag");
    case RequestsColumn:
        return tr("Requests");
    case QpsColumn:
        return tr("QPS");
    case LatencyP95Column:
        return tr("Latency p95 (ms)");
    case TtftP95Column:
        return tr("TTFT p95 (ms)");
    case FailureRateColumn:
        return tr("Failure rate");
    case ChecksColumn:
        return tr("Checks passed");
    }
    return QVariant();
}

} // namespace plateau
