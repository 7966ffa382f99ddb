#include "ui/thresholdtablemodel.h"

#include "ui/metricdefs.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace plateau {

namespace {

// The same marks as the target matrix: a dark text colour of their own, readable on a dark palette too.
const QColor kErrorBackground(0xfd, 0xe2, 0xe1);
const QColor kErrorText(0x8a, 0x14, 0x14);

struct ColumnSpec
{
    const char *field; // the plan key the column shows
    const char *title;
    const char *toolTip;
};

// One entry per Column, in its order.
const ColumnSpec kColumns[ThresholdTableModel::ColumnCount] = {
    {"metric", QT_TRANSLATE_NOOP("plateau::ThresholdTableModel", "Metric"),
     QT_TRANSLATE_NOOP("plateau::ThresholdTableModel",
                       "What is measured, over each target's whole load phase or in each step (see Scope)")},
    {"op", QT_TRANSLATE_NOOP("plateau::ThresholdTableModel", "Must be"),
     QT_TRANSLATE_NOOP("plateau::ThresholdTableModel", "How the measured value must compare: < <= > >=")},
    {"value", QT_TRANSLATE_NOOP("plateau::ThresholdTableModel", "Value"),
     QT_TRANSLATE_NOOP("plateau::ThresholdTableModel",
                       "The limit; latencies in milliseconds, the failure rate as a fraction (0.05 = 5 %)")},
    {"scope", QT_TRANSLATE_NOOP("plateau::ThresholdTableModel", "Scope"),
     QT_TRANSLATE_NOOP("plateau::ThresholdTableModel",
                       "Whole target: the gate is judged once, over the target's whole load phase. Every "
                       "step: each measured step is judged on its own, and one bad step fails the gate")},
    {"abort_on_fail", QT_TRANSLATE_NOOP("plateau::ThresholdTableModel", "Abort"),
     QT_TRANSLATE_NOOP(
         "plateau::ThresholdTableModel",
         "Stop the ramp when crossed: checked at the end of every step; the target's load stops "
         "at once, the run goes on with the next target and exits 1")},
};

bool isMilliseconds(const QString &metric)
{
    return metric.endsWith(QStringLiteral("_ms"));
}

// latency_p95_ms -> latency, peak_qps_ok -> qps_ok: the entry of the definitions table the gate measures.
const MetricDefinition *definitionOf(const QString &metric)
{
    if (const MetricDefinition *d = findMetricDefinition(metric))
        return d;
    static const QRegularExpression percentile(QStringLiteral("_p\\d+_ms$"));
    QString key = metric;
    key.remove(percentile);
    if (key.startsWith(QStringLiteral("peak_")))
        key = key.mid(5);
    return findMetricDefinition(key);
}

} // namespace

ThresholdTableModel::ThresholdTableModel(QObject *parent) : QAbstractTableModel(parent)
{}

int ThresholdTableModel::columnForField(const QString &field)
{
    for (int c = 0; c < ColumnCount; ++c) {
        if (field == QLatin1String(kColumns[c].field))
            return c;
    }
    return -1;
}

QString ThresholdTableModel::columnTitle(int column)
{
    return column >= 0 && column < ColumnCount ? tr(kColumns[column].title) : QString();
}

void ThresholdTableModel::setThresholds(const std::vector<Threshold> &thresholds)
{
    beginResetModel();
    m_thresholds = thresholds;
    m_issues.assign(m_thresholds.size(), RowIssues{});
    endResetModel();
}

void ThresholdTableModel::setIssues(const std::vector<PlanIssue> &issues)
{
    static const QRegularExpression re(QStringLiteral("^thresholds\\[(\\d+)\\](?:\\.([a-z_]+))?$"));
    std::vector<RowIssues> next(m_thresholds.size());
    for (const PlanIssue &issue : issues) {
        const auto m = re.match(issue.path);
        if (!m.hasMatch())
            continue;
        bool ok = false;
        const int row = m.captured(1).toInt(&ok);
        if (!ok || !validRow(row))
            continue;
        const int column = columnForField(m.captured(2));
        QString &cell = next[std::size_t(row)][std::size_t(column < 0 ? MetricColumn : column)];
        if (!cell.isEmpty())
            cell += u'\n';
        cell += issue.message;
    }
    // Only rows whose messages changed repaint: the owner revalidates on every keystroke.
    for (std::size_t r = 0; r < next.size(); ++r) {
        if (next[r] == m_issues[r])
            continue;
        m_issues[r] = next[r];
        emit dataChanged(index(int(r), 0), index(int(r), ColumnCount - 1));
    }
}

QString ThresholdTableModel::issueAt(int row, int column) const
{
    if (!validRow(row) || column < 0 || column >= ColumnCount)
        return QString();
    return m_issues[std::size_t(row)][std::size_t(column)];
}

Threshold ThresholdTableModel::suggestedThreshold(const QString &metric)
{
    Threshold t;
    t.metric = metric;
    t.op = QStringLiteral("<");
    if (metric == u"failure_rate") {
        t.value = 0.05;
    } else if (metric == u"peak_qps_ok") {
        t.op = QStringLiteral(">=");
        t.value = 1;
    } else if (metric == u"checks") {
        // A pass rate over the whole phase, as k6's checks threshold.
        t.op = QStringLiteral(">");
        t.value = 0.99;
        t.scope = ThresholdScope::Run;
    } else {
        t.value = metric.startsWith(QStringLiteral("itl_")) ? 200 : 2000;
    }
    return t;
}

QString ThresholdTableModel::valueText(double value)
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale.toString(value, 'g', 15);
}

QString ThresholdTableModel::scopeText(ThresholdScope scope)
{
    switch (scope) {
    case ThresholdScope::Run:
        return tr("whole target");
    case ThresholdScope::Step:
        return tr("every step");
    }
    return QString();
}

int ThresholdTableModel::addThreshold(int row)
{
    if (row < 0 || row > rowCount())
        row = rowCount();
    QString metric = thresholdMetricNames().first();
    for (const QString &name : thresholdMetricNames()) {
        const bool gated = std::any_of(m_thresholds.begin(), m_thresholds.end(),
                                       [&](const Threshold &t) { return t.metric == name; });
        if (!gated) {
            metric = name;
            break;
        }
    }
    beginInsertRows(QModelIndex(), row, row);
    m_thresholds.insert(m_thresholds.begin() + row, suggestedThreshold(metric));
    m_issues.insert(m_issues.begin() + row, RowIssues{});
    endInsertRows();
    emit edited();
    return row;
}

int ThresholdTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_thresholds.size());
}

int ThresholdTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ThresholdTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !validRow(index.row()) || index.column() >= ColumnCount)
        return QVariant();
    const Threshold &t = m_thresholds[std::size_t(index.row())];
    const QString &issue = m_issues[std::size_t(index.row())][std::size_t(index.column())];

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case MetricColumn:
            return t.metric;
        case OpColumn:
            return t.op;
        case ValueColumn:
            if (role == Qt::EditRole)
                return t.value;
            // Every digit the plan holds: a rounded display would hide what the gate compares against.
            return QString(valueText(t.value) + (isMilliseconds(t.metric) ? tr(" ms") : QString()));
        case ScopeColumn:
            return role == Qt::EditRole ? thresholdScopeName(t.scope) : scopeText(t.scope);
        }
        return QVariant();
    case Qt::CheckStateRole:
        if (index.column() == AbortColumn)
            return t.abortOnFail ? Qt::Checked : Qt::Unchecked;
        return QVariant();
    case Qt::ToolTipRole:
        if (!issue.isEmpty())
            return issue;
        if (index.column() == MetricColumn) {
            if (const MetricDefinition *d = definitionOf(t.metric))
                return metricTooltip(d->id);
        }
        // The two flags are terse in the cell; the tooltip says what they do to the run.
        if (index.column() == ScopeColumn || index.column() == AbortColumn)
            return tr(kColumns[index.column()].toolTip);
        return QVariant();
    case Qt::BackgroundRole:
        return issue.isEmpty() ? QVariant() : QVariant(QBrush(kErrorBackground));
    case Qt::ForegroundRole:
        return issue.isEmpty() ? QVariant() : QVariant(QBrush(kErrorText));
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == OpColumn || index.column() == AbortColumn)
            return int(Qt::AlignCenter);
        return QVariant();
    }
    return QVariant();
}

QVariant ThresholdTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return section + 1;
        return QVariant();
    }
    if (section < 0 || section >= ColumnCount)
        return QVariant();
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::ToolTipRole)
        return tr(kColumns[section].toolTip);
    return QVariant();
}

bool ThresholdTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !validRow(index.row()) || index.column() >= ColumnCount)
        return false;
    // The abort flag is a check box and nothing else; every other cell is edited as text or a number.
    if ((index.column() == AbortColumn) != (role == Qt::CheckStateRole) ||
        (role != Qt::EditRole && role != Qt::CheckStateRole))
        return false;
    Threshold &t = m_thresholds[std::size_t(index.row())];
    const Threshold before = t;
    switch (index.column()) {
    case MetricColumn:
        t.metric = value.toString().trimmed();
        break;
    case OpColumn:
        t.op = value.toString().trimmed();
        break;
    case ValueColumn: {
        bool ok = false;
        double v = 0;
        if (value.userType() == QMetaType::QString) {
            const QString text = value.toString().trimmed();
            v = QLocale().toDouble(text, &ok);
            if (!ok)
                v = QLocale::c().toDouble(text, &ok);
        } else {
            v = value.toDouble(&ok);
        }
        // NaN and infinity cannot be written to a plan file; a negative limit is the validator's to report.
        if (!ok || !std::isfinite(v))
            return false;
        t.value = v;
        break;
    }
    case ScopeColumn: {
        // Only the plan's names: a scope the gate cannot be judged with is refused, not guessed.
        const auto scope = thresholdScopeFromName(value.toString().trimmed());
        if (!scope)
            return false;
        t.scope = *scope;
        break;
    }
    case AbortColumn:
        t.abortOnFail = Qt::CheckState(value.toInt()) == Qt::Checked;
        break;
    default:
        return false;
    }
    if (t == before)
        return true;
    // The value's unit follows the metric, so a metric change repaints the whole row.
    if (index.column() == MetricColumn)
        emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    else
        emit dataChanged(index, index);
    emit edited();
    return true;
}

Qt::ItemFlags ThresholdTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.column() == AbortColumn)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool ThresholdTableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count <= 0)
        return false;
    beginInsertRows(QModelIndex(), row, row + count - 1);
    const Threshold fresh = suggestedThreshold(thresholdMetricNames().first());
    m_thresholds.insert(m_thresholds.begin() + row, std::size_t(count), fresh);
    m_issues.insert(m_issues.begin() + row, std::size_t(count), RowIssues{});
    endInsertRows();
    emit edited();
    return true;
}

bool ThresholdTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    beginRemoveRows(QModelIndex(), row, row + count - 1);
    m_thresholds.erase(m_thresholds.begin() + row, m_thresholds.begin() + row + count);
    m_issues.erase(m_issues.begin() + row, m_issues.begin() + row + count);
    endRemoveRows();
    emit edited();
    return true;
}

} // namespace plateau
