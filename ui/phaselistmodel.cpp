#include "ui/phaselistmodel.h"

#include "ui/format.h"
#include "ui/issuetext.h"

#include <QBrush>
#include <QColor>
#include <QRegularExpression>
#include <utility>

namespace plateau {

PhaseListModel::PhaseListModel(QObject *parent) : QAbstractTableModel(parent)
{
    setPhases({});
}

QString PhaseListModel::kindText(ProfileKind kind)
{
    switch (kind) {
    case ProfileKind::StepRamp:
        return tr("Step ramp");
    case ProfileKind::LinearRamp:
        return tr("Linear ramp");
    case ProfileKind::Burst:
        return tr("Burst");
    case ProfileKind::Sustained:
        return tr("Sustained");
    case ProfileKind::ConstantRate:
        return tr("Constant rate");
    case ProfileKind::ArrivalRamp:
        return tr("Arrival-rate ramp");
    case ProfileKind::Sweep:
        return tr("Sweep");
    }
    return QString();
}

void PhaseListModel::setPhases(const std::vector<Phase> &phases)
{
    beginResetModel();
    m_phases = phases.empty() ? std::vector<Phase>{Phase{}} : phases;
    m_issues.assign(m_phases.size(), RowIssues{});
    endResetModel();
}

void PhaseListModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void PhaseListModel::setProfile(int row, const LoadProfile &profile)
{
    if (!validRow(row) || m_phases[std::size_t(row)].profile == profile)
        return;
    m_phases[std::size_t(row)].profile = profile;
    emitRowChanged(row);
    emit edited();
}

void PhaseListModel::setGate(int row, bool gate)
{
    if (!validRow(row) || m_phases[std::size_t(row)].gate == gate)
        return;
    m_phases[std::size_t(row)].gate = gate;
    emitRowChanged(row);
    emit edited();
}

void PhaseListModel::setName(int row, const QString &name)
{
    if (!validRow(row) || m_phases[std::size_t(row)].name == name)
        return;
    m_phases[std::size_t(row)].name = name;
    emitRowChanged(row);
    emit edited();
}

QString PhaseListModel::uniqueName() const
{
    // "phase 2", "phase 3": the first number that no phase is named after.
    for (int n = int(m_phases.size()) + 1;; ++n) {
        const QString name = QStringLiteral("phase %1").arg(n);
        bool taken = false;
        for (const Phase &p : m_phases)
            taken = taken || p.name == name;
        if (!taken)
            return name;
    }
}

int PhaseListModel::addPhase(int after)
{
    const int row = after < 0 || after >= int(m_phases.size()) ? int(m_phases.size()) : after + 1;
    Phase p;
    p.name = uniqueName();
    beginInsertRows(QModelIndex(), row, row);
    m_phases.insert(m_phases.begin() + row, p);
    m_issues.insert(m_issues.begin() + row, RowIssues{});
    endInsertRows();
    emit edited();
    return row;
}

bool PhaseListModel::removePhase(int row)
{
    if (!validRow(row) || m_phases.size() <= 1)
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    m_phases.erase(m_phases.begin() + row);
    m_issues.erase(m_issues.begin() + row);
    endRemoveRows();
    emit edited();
    return true;
}

bool PhaseListModel::swap(int row, int other)
{
    if (!validRow(row) || !validRow(other) || row == other)
        return false;
    const int top = std::min(row, other);
    // Moving the upper row below the lower one: Qt's destination is the row before which it lands.
    beginMoveRows(QModelIndex(), top, top, QModelIndex(), top + 2);
    std::swap(m_phases[std::size_t(top)], m_phases[std::size_t(top + 1)]);
    std::swap(m_issues[std::size_t(top)], m_issues[std::size_t(top + 1)]);
    endMoveRows();
    emit edited();
    return true;
}

bool PhaseListModel::moveUp(int row)
{
    return swap(row, row - 1);
}

bool PhaseListModel::moveDown(int row)
{
    return swap(row, row + 1);
}

std::vector<PlanIssue> PhaseListModel::profileIssues(const std::vector<PlanIssue> &issues, int row,
                                                     int phaseCount)
{
    // validatePlan names a one-phase plan's fields "profile.x" (as files before phases did) and each of
    // several phases' "phases[i].profile.x".
    std::vector<PlanIssue> out;
    const QString prefix = QStringLiteral("phases[%1].").arg(row);
    for (const PlanIssue &issue : issues) {
        if (phaseCount <= 1) {
            if (issue.path.startsWith(QLatin1String("profile.")))
                out.push_back(issue);
        } else if (issue.path.startsWith(prefix + QLatin1String("profile."))) {
            PlanIssue mapped = issue;
            mapped.path = issue.path.mid(prefix.size());
            out.push_back(mapped);
        }
    }
    return out;
}

void PhaseListModel::setIssues(const std::vector<PlanIssue> &issues)
{
    static const QRegularExpression re(QStringLiteral("^phases\\[(\\d+)\\](?:\\.([a-z_]+))?"));
    std::vector<RowIssues> next(m_phases.size());
    const auto note = [&](int row, int column, const QString &text) {
        QString &cell = next[std::size_t(row)][std::size_t(column)];
        if (!cell.isEmpty())
            cell += u'\n';
        cell += text;
    };
    for (const PlanIssue &issue : issues) {
        if (m_phases.size() == 1 && issue.path.startsWith(QLatin1String("profile."))) {
            note(0, KindColumn, issue.path.mid(8) + QStringLiteral(": ") + issueMessage(issue.message));
            continue;
        }
        const auto m = re.match(issue.path);
        if (!m.hasMatch())
            continue;
        bool ok = false;
        const int row = m.captured(1).toInt(&ok);
        if (!ok || !validRow(row))
            continue;
        const QString field = m.captured(2);
        if (field == u"gate") {
            note(row, GateColumn, issueMessage(issue.message));
        } else if (field == u"profile") {
            const QString rest = issue.path.mid(m.capturedEnd() + 1); // after "profile."
            note(row, KindColumn, rest + QStringLiteral(": ") + issueMessage(issue.message));
        } else {
            note(row, NameColumn, issueMessage(issue.message));
        }
    }
    for (std::size_t r = 0; r < next.size(); ++r) {
        if (next[r] == m_issues[r])
            continue;
        m_issues[r] = next[r];
        emitRowChanged(int(r));
    }
}

QString PhaseListModel::issueAt(int row, int column) const
{
    if (!validRow(row) || column < 0 || column >= ColumnCount)
        return QString();
    return m_issues[std::size_t(row)][std::size_t(column)];
}

int PhaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_phases.size());
}

int PhaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PhaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !validRow(index.row()) || index.column() >= ColumnCount)
        return QVariant();
    const Phase &p = m_phases[std::size_t(index.row())];
    const QString issue = m_issues[std::size_t(index.row())][std::size_t(index.column())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn:
            return p.name;
        case KindColumn:
            return kindText(p.profile.kind);
        case GateColumn:
            return p.gate ? tr("if the previous passed") : QString();
        case EstimateColumn: {
            const QString time = formatDuration(estimatedTargetSeconds(p.profile));
            // A sweep's estimate is its bound: it usually ends sooner.
            return p.profile.kind == ProfileKind::Sweep ? tr("≤ %1").arg(time) : time;
        }
        }
        return QVariant();
    case Qt::ToolTipRole:
        if (!issue.isEmpty())
            return issue;
        if (index.column() == GateColumn)
            return p.gate ? tr("Runs only if the phase before it passed its thresholds")
                          : tr("Runs whatever the phase before it gave");
        if (index.column() == EstimateColumn)
            return tr("Estimated time of this phase per target");
        return QVariant();
    case Qt::BackgroundRole:
        return issue.isEmpty() ? QVariant() : QVariant(QBrush(QColor(0xfd, 0xe2, 0xe1)));
    case Qt::ForegroundRole:
        return issue.isEmpty() ? QVariant() : QVariant(QBrush(QColor(0x8a, 0x14, 0x14)));
    case Qt::TextAlignmentRole:
        return index.column() == EstimateColumn ? int(Qt::AlignRight | Qt::AlignVCenter)
                                                : int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    return QVariant();
}

QVariant PhaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case NameColumn:
        return tr("Phase");
    case KindColumn:
        return tr("Shape");
    case GateColumn:
        return tr("Runs");
    case EstimateColumn:
        return tr("Time");
    }
    return QVariant();
}

bool PhaseListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != NameColumn || !validRow(index.row()))
        return false;
    setName(index.row(), value.toString().trimmed());
    return true;
}

Qt::ItemFlags PhaseListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace plateau
