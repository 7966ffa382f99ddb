#include "ui/runprogressmodel.h"

#include "ui/format.h"

#include <QBrush>
#include <QColor>
#include <algorithm>
#include <cmath>

namespace plateau {

RunProgressModel::RunProgressModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_clock.start();
}

void RunProgressModel::reset(const TestPlan &plan)
{
    beginResetModel();
    m_rows.clear();
    for (std::size_t i = 0; i < plan.targets.size(); ++i) {
        if (!plan.targets[i].enabled)
            continue;
        Row r;
        r.target = int(i);
        r.label = plan.targets[i].label;
        m_rows.push_back(r);
    }
    // Every phase runs in sequence; the step count "n / N" is only known for a lone step ramp.
    m_estimateS = estimatedTargetSeconds(plan.phases);
    m_steps =
        plan.phases.size() == 1 && plan.profile().kind == ProfileKind::StepRamp && plan.profile().stepSize > 0
            ? (plan.profile().maxUsers + plan.profile().stepSize - 1) / plan.profile().stepSize
            : 0;
    endResetModel();
}

void RunProgressModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int RunProgressModel::rowForTarget(int target) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].target == target)
            return int(i);
    }
    return -1;
}

TargetPhase RunProgressModel::phase(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[std::size_t(row)].phase : TargetPhase::Pending;
}

void RunProgressModel::setPhase(int target, TargetPhase phase, const QString &detail)
{
    const int i = rowForTarget(target);
    if (i < 0)
        return;
    Row &r = m_rows[std::size_t(i)];
    if (r.phase != phase)
        r.phaseStartMs = m_clock.elapsed();
    r.phase = phase;
    r.detail = detail;
    emitRow(i);
}

void RunProgressModel::addSnapshot(const IntervalSnapshot &s)
{
    const int i = rowForTarget(s.target);
    if (i < 0)
        return;
    Row &r = m_rows[std::size_t(i)];
    r.users = s.users;
    r.step = s.step;
    r.loadElapsedS = s.tEndS;
    emitRow(i);
}

void RunProgressModel::setOutcome(const TargetOutcome &o)
{
    const int i = rowForTarget(o.target);
    if (i < 0)
        return;
    Row &r = m_rows[std::size_t(i)];
    r.phase = o.phase;
    if (!o.detail.isEmpty())
        r.detail = o.detail;
    else if (!o.verdict.explanation.isEmpty())
        r.detail = o.verdict.explanation;
    if (o.loadSeconds > 0)
        r.loadElapsedS = o.loadSeconds;
    emitRow(i);
}

void RunProgressModel::tick()
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const TargetPhase p = m_rows[i].phase;
        if (p == TargetPhase::HealthCheck || p == TargetPhase::Warmup || p == TargetPhase::Load)
            emit dataChanged(index(int(i), ElapsedColumn), index(int(i), ProgressColumn));
    }
}

double RunProgressModel::elapsed(const Row &r) const
{
    switch (r.phase) {
    case TargetPhase::Pending:
    case TargetPhase::Skipped:
        return 0;
    case TargetPhase::HealthCheck:
    case TargetPhase::Warmup:
        return double(m_clock.elapsed() - r.phaseStartMs) / 1000.0;
    case TargetPhase::Load:
    case TargetPhase::Completed:
    case TargetPhase::Cancelled:
        return r.loadElapsedS;
    }
    return 0;
}

double RunProgressModel::remaining(const Row &r) const
{
    switch (r.phase) {
    case TargetPhase::Pending:
    case TargetPhase::HealthCheck:
    case TargetPhase::Warmup:
        return m_estimateS;
    case TargetPhase::Load:
        return std::max(0.0, m_estimateS - r.loadElapsedS);
    default:
        return 0;
    }
}

double RunProgressModel::remainingSeconds() const
{
    double total = 0;
    for (const Row &r : m_rows)
        total += remaining(r);
    return total;
}

int RunProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunProgressModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return QVariant();
    const Row &r = m_rows[std::size_t(index.row())];
    const bool started = r.phase != TargetPhase::Pending && r.phase != TargetPhase::Skipped;
    double progress = 0;
    if (r.phase == TargetPhase::Completed)
        progress = 100;
    else if (m_estimateS > 0 && (r.phase == TargetPhase::Load || r.phase == TargetPhase::Cancelled))
        progress = std::clamp(100.0 * r.loadElapsedS / m_estimateS, 0.0, 100.0);

    if (role == ProgressRole && index.column() == ProgressColumn)
        return progress;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TargetColumn:
            return r.label;
        case PhaseColumn:
            return targetPhaseText(r.phase);
        case UsersColumn:
            return r.phase == TargetPhase::Load || r.users > 0 ? QVariant(r.users) : QVariant(QString());
        case StepColumn:
            if (r.step < 0)
                return QString();
            return m_steps > 0 ? tr("%1 / %2").arg(r.step + 1).arg(m_steps) : QString::number(r.step + 1);
        case ElapsedColumn:
            return started ? formatDuration(elapsed(r)) : QString();
        case RemainingColumn:
            return r.phase == TargetPhase::Skipped ? QString() : formatDuration(remaining(r));
        case ProgressColumn:
            return QStringLiteral("%1%").arg(std::lround(progress));
        case DetailColumn:
            return r.detail;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == DetailColumn && !r.detail.isEmpty())
        return r.detail;
    if (role == Qt::ToolTipRole && index.column() == RemainingColumn)
        return tr("Estimated from the load profile; health check and warm-up not included");
    if (role == Qt::ForegroundRole && index.column() == PhaseColumn) {
        switch (r.phase) {
        case TargetPhase::Load:
            return QBrush(QColor(0x15, 0x65, 0xc0));
        case TargetPhase::Completed:
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        case TargetPhase::Skipped:
        case TargetPhase::Cancelled:
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        default:
            return QVariant();
        }
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == UsersColumn || index.column() == StepColumn || index.column() == ElapsedColumn ||
         index.column() == RemainingColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return QVariant();
}

QVariant RunProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TargetColumn:
        return tr("Target");
    case PhaseColumn:
        return tr("Phase");
    case UsersColumn:
        return tr("Users");
    case StepColumn:
        return tr("Step");
    case ElapsedColumn:
        return tr("Elapsed");
    case RemainingColumn:
        return tr("Remaining");
    case ProgressColumn:
        return tr("Progress");
    case DetailColumn:
        return tr("Detail");
    }
    return QVariant();
}

void RunProgressModel::emitRow(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace plateau
