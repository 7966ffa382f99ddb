#include "ui/phaseresultsmodel.h"

#include "core/metrics/thresholds.h"
#include "core/plan/testplan.h"
#include "ui/format.h"
#include "ui/phaselistmodel.h"
#include "ui/resultsmodel.h"
#include "ui/targetstatus.h"

#include <QBrush>
#include <QColor>

namespace plateau {

namespace {

const QColor kProblemText(0xb7, 0x1c, 0x1c), kMutedText(0x6b, 0x75, 0x80);

QString kindLabel(const QString &key)
{
    const std::optional<ProfileKind> kind = profileKindFromName(key);
    return kind ? PhaseListModel::kindText(*kind) : key;
}

} // namespace

bool PhaseResultsModel::Row::operator==(const Row &o) const
{
    // What the table shows: a phase whose numbers or sentences changed is shown again.
    const PhaseOutcome &a = phase, &b = o.phase;
    return target == o.target && a.index == b.index && a.name == b.name && a.kind == b.kind &&
           a.state == b.state && a.reason == b.reason && a.startS == b.startS && a.endS == b.endS &&
           a.total.completed == b.total.completed && a.total.ok == b.total.ok &&
           a.total.qpsOk == b.total.qpsOk && a.total.latency.p95Ms == b.total.latency.p95Ms &&
           a.total.latency.count == b.total.latency.count && a.total.failureRate == b.total.failureRate &&
           failedThresholdCount(a.thresholds) == failedThresholdCount(b.thresholds) &&
           a.thresholds.size() == b.thresholds.size() && verdictText(a) == verdictText(b);
}

PhaseResultsModel::PhaseResultsModel(QObject *parent) : QAbstractTableModel(parent)
{}

void PhaseResultsModel::setResults(const std::vector<ResultRow> &rows)
{
    std::vector<Row> next;
    for (const ResultRow &r : rows) {
        // One phase is the target itself: the results table already says all of it.
        if (r.phases.size() < 2)
            continue;
        const QString target = r.run.isEmpty() ? r.label : r.run + QStringLiteral(" / ") + r.label;
        for (const PhaseOutcome &p : r.phases)
            next.push_back(Row{target, p});
    }
    if (next == m_rows)
        return;
    beginResetModel();
    m_rows = std::move(next);
    endResetModel();
}

QString PhaseResultsModel::stateText(PhaseState s)
{
    switch (s) {
    case PhaseState::NotReached:
        return tr("not reached");
    case PhaseState::Ran:
        return tr("ran");
    case PhaseState::Cancelled:
        return tr("stopped");
    case PhaseState::Skipped:
        return tr("skipped");
    }
    return QString();
}

QString PhaseResultsModel::verdictText(const PhaseOutcome &p)
{
    if (!p.ran())
        return p.reason;
    const std::optional<ProfileKind> kind = profileKindFromName(p.kind);
    // The shape's own verdict first; a phase that could not be judged that way may still carry another.
    std::vector<const QString *> order;
    switch (kind.value_or(ProfileKind::StepRamp)) {
    case ProfileKind::Sweep:
        order = {&p.sweep.explanation, &p.verdict.explanation};
        break;
    case ProfileKind::Burst:
        order = {&p.coldStart.explanation, &p.drift.explanation};
        break;
    case ProfileKind::Sustained:
    case ProfileKind::ConstantRate:
        order = {&p.drift.explanation, &p.coldStart.explanation};
        break;
    case ProfileKind::StepRamp:
    case ProfileKind::LinearRamp:
    case ProfileKind::ArrivalRamp:
        order = {&p.verdict.explanation, &p.verdict.slo.explanation};
        break;
    }
    for (const QString *text : order) {
        if (!text->isEmpty())
            return *text;
    }
    return p.reason;
}

int PhaseResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PhaseResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PhaseResultsModel::value(const Row &r, int column) const
{
    const PhaseOutcome &p = r.phase;
    const bool measured = p.ran() && p.total.completed > 0;
    switch (column) {
    case TargetColumn:
        return r.target;
    case PhaseColumn:
        return tr("%1. %2").arg(p.index + 1).arg(p.name);
    case KindColumn:
        return kindLabel(p.kind);
    case StateColumn:
        return stateText(p.state);
    case TimeColumn:
        return p.ran() ? QVariant(tr("%1 – %2").arg(formatDuration(p.startS), formatDuration(p.endS)))
                       : QVariant();
    case RequestsColumn:
        return p.ran() ? QVariant(qulonglong(p.total.completed)) : QVariant();
    case QpsOkColumn:
        return measured ? QVariant(formatMetric(p.total.qpsOk)) : QVariant();
    case LatencyP95Column:
        return measured && p.total.latency.count ? QVariant(formatMetric(p.total.latency.p95Ms)) : QVariant();
    case FailureRateColumn:
        return measured ? QVariant(QString(QString::number(p.total.failureRate * 100.0, 'f', 2) + u'%'))
                        : QVariant();
    case ThresholdsColumn: {
        if (p.thresholds.empty())
            return QVariant();
        const int failed = failedThresholdCount(p.thresholds);
        return failed > 0 ? tr("✗ %1 of %2 failed").arg(failed).arg(p.thresholds.size())
                          : tr("✓ %1 passed").arg(p.thresholds.size());
    }
    case VerdictColumn:
        return verdictText(p);
    }
    return QVariant();
}

QVariant PhaseResultsModel::data(const QModelIndex &index, int role) const
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
        if (col == VerdictColumn || col == StateColumn) {
            const QString text = verdictText(r.phase);
            return text.isEmpty() ? QVariant() : QVariant(text);
        }
        if (col == ThresholdsColumn && !r.phase.thresholds.empty()) {
            QStringList lines;
            for (const ThresholdResult &t : r.phase.thresholds)
                lines << (t.passed ? tr("✓ %1: actual %2") : tr("✗ %1: actual %2"))
                             .arg(thresholdExpression(t), thresholdValueText(t.metric, t.actual));
            return lines.join(u'\n');
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        if (col == RequestsColumn || col == QpsOkColumn || col == LatencyP95Column ||
            col == FailureRateColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if ((col == ThresholdsColumn && failedThresholdCount(r.phase.thresholds) > 0) ||
            (col == StateColumn && r.phase.state == PhaseState::Skipped))
            return QBrush(kProblemText);
        if (!r.phase.ran())
            return QBrush(kMutedText);
        return QVariant();
    }
    return QVariant();
}

QVariant PhaseResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TargetColumn:
        return tr("Target");
    case PhaseColumn:
        return tr("Phase");
    case KindColumn:
        return tr("Shape");
    case StateColumn:
        return tr("State");
    case TimeColumn:
        return tr("Time");
    case RequestsColumn:
        return tr("Requests");
    case QpsOkColumn:
        return tr("QPS ok");
    case LatencyP95Column:
        return tr("Latency\np95 ms");
    case FailureRateColumn:
        return tr("Failure\nrate");
    case ThresholdsColumn:
        return tr("Thresholds");
    case VerdictColumn:
        return tr("Verdict");
    }
    return QVariant();
}

} // namespace plateau
