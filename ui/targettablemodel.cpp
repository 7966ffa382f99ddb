#include "ui/targettablemodel.h"

#include "core/plan/targetguess.h"
#include "ui/issuetext.h"
#include "ui/targettext.h"

#include <QBrush>
#include <QColor>
#include <QRegularExpression>
#include <algorithm>

namespace plateau {

namespace {

// Error cells keep a dark text colour of their own, so they stay readable on a dark palette too.
const QColor kErrorBackground(0xfd, 0xe2, 0xe1);
const QColor kErrorText(0x8a, 0x14, 0x14);
const QColor kDisabledText(0x8c, 0x8c, 0x8c);

} // namespace

TargetTableModel::TargetTableModel(QObject *parent) : QAbstractTableModel(parent)
{}

int TargetTableModel::columnForField(const QString &field)
{
    if (field == u"enabled")
        return EnabledColumn;
    if (field == u"label")
        return LabelColumn;
    if (field == u"url")
        return UrlColumn;
    if (field == u"compute_size")
        return ComputeSizeColumn;
    if (field == u"workers")
        return WorkersColumn;
    if (field == u"auth_ref")
        return AuthRefColumn;
    if (field == u"headers")
        return HeadersColumn;
    return -1;
}

QString TargetTableModel::columnTitle(int column)
{
    switch (column) {
    case EnabledColumn:
        return tr("On");
    case LabelColumn:
        return tr("Label");
    case UrlColumn:
        return tr("URL");
    case ComputeSizeColumn:
        return tr("Compute");
    case WorkersColumn:
        return tr("Workers");
    case AuthRefColumn:
        return tr("Auth");
    case HeadersColumn:
        return tr("Headers");
    }
    return QString();
}

void TargetTableModel::setTargets(const std::vector<Target> &targets)
{
    beginResetModel();
    m_targets = targets;
    m_issues.assign(m_targets.size(), RowIssues{});
    endResetModel();
}

int TargetTableModel::enabledCount() const
{
    return int(std::count_if(m_targets.begin(), m_targets.end(), [](const Target &t) { return t.enabled; }));
}

void TargetTableModel::setIssues(const std::vector<PlanIssue> &issues)
{
    static const QRegularExpression re(QStringLiteral("^targets\\[(\\d+)\\](?:\\.([a-z_]+))?"));
    std::vector<RowIssues> next(m_targets.size());
    for (const PlanIssue &issue : issues) {
        const auto m = re.match(issue.path);
        if (!m.hasMatch())
            continue;
        bool ok = false;
        const int row = m.captured(1).toInt(&ok);
        if (!ok || !validRow(row))
            continue;
        // "label", the row itself, or a field this table does not show: the label cell.
        const int column = columnForField(m.captured(2));
        QString &cell = next[std::size_t(row)][std::size_t(column < 0 ? LabelColumn : column)];
        if (!cell.isEmpty())
            cell += u'\n';
        // One cell holds all the headers: say which one is meant, counted as the user counts them.
        const QString part = issueWithinRow(issue.path);
        cell += (part.isEmpty() ? QString() : part + QStringLiteral(": ")) + issueMessage(issue.message);
    }
    // Only rows whose messages changed are repainted; an unchanged set emits nothing (the owner may
    // revalidate on every keystroke).
    for (std::size_t r = 0; r < next.size(); ++r) {
        if (next[r] == m_issues[r])
            continue;
        m_issues[r] = next[r];
        emitRowChanged(int(r));
    }
}

QString TargetTableModel::issueAt(int row, int column) const
{
    if (!validRow(row) || column < 0 || column >= ColumnCount)
        return QString();
    return m_issues[std::size_t(row)][std::size_t(column)];
}

int TargetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_targets.size());
}

int TargetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TargetTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !validRow(index.row()) || index.column() >= ColumnCount)
        return QVariant();
    const Target &t = m_targets[std::size_t(index.row())];
    const QString &issue = m_issues[std::size_t(index.row())][std::size_t(index.column())];

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: {
        const bool edit = role == Qt::EditRole;
        switch (index.column()) {
        case EnabledColumn:
            return QVariant();
        case LabelColumn:
            return t.label;
        case UrlColumn:
            return t.url;
        case ComputeSizeColumn:
            return t.computeSize;
        case WorkersColumn:
            if (edit)
                return t.workers;
            return t.workers > 0 ? QVariant(t.workers) : QVariant(QString());
        case AuthRefColumn:
            return t.authRef;
        case HeadersColumn:
            return headersToText(t.headers, !edit);
        }
        return QVariant();
    }
    case Qt::CheckStateRole:
        if (index.column() == EnabledColumn)
            return t.enabled ? Qt::Checked : Qt::Unchecked;
        return QVariant();
    case Qt::ToolTipRole:
        if (!issue.isEmpty())
            return issue;
        if (index.column() == WorkersColumn && t.workers == 0)
            return tr("Server-side workers unknown (informational only)");
        if (index.column() == AuthRefColumn && t.authRef.isEmpty())
            return tr("No authentication");
        return QVariant();
    case Qt::BackgroundRole:
        return issue.isEmpty() ? QVariant() : QVariant(QBrush(kErrorBackground));
    case Qt::ForegroundRole:
        if (!issue.isEmpty())
            return QBrush(kErrorText);
        return t.enabled ? QVariant() : QVariant(QBrush(kDisabledText));
    case Qt::TextAlignmentRole:
        if (index.column() == WorkersColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    }
    return QVariant();
}

QVariant TargetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return section + 1;
        return QVariant();
    }
    if (section < 0 || section >= ColumnCount)
        return QVariant();
    if (role == Qt::DisplayRole) {
        return columnTitle(section);
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case EnabledColumn:
            return tr("Only enabled targets are run, one after another");
        case LabelColumn:
            return tr("Name of the configuration; also the folder name of its results in the run folder");
        case UrlColumn:
            return tr("URL of the app: the request path is appended, unless the URL already ends with it");
        case ComputeSizeColumn:
            return tr(
                "Compute size of the app (small, medium, large, xlarge or free text); charts group by it");
        case WorkersColumn:
            return tr("Server-side worker processes, informational");
        case AuthRefColumn:
            return tr(
                "Name of an auth reference resolved at run time; the secret itself never enters the plan");
        case HeadersColumn:
            return tr("Extra request headers as \"Name: value; Name2: value2\"");
        }
    }
    return QVariant();
}

bool TargetTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !validRow(index.row()) || index.column() >= ColumnCount)
        return false;
    Target &t = m_targets[std::size_t(index.row())];
    const Target before = t;

    if (index.column() == EnabledColumn) {
        if (role != Qt::CheckStateRole)
            return false;
        t.enabled = value.value<Qt::CheckState>() == Qt::Checked;
    } else {
        if (role != Qt::EditRole)
            return false;
        switch (index.column()) {
        case LabelColumn:
            t.label = value.toString().trimmed();
            break;
        case UrlColumn:
            t.url = value.toString().trimmed();
            break;
        case ComputeSizeColumn:
            t.computeSize = value.toString().trimmed();
            break;
        case WorkersColumn: {
            const QString text = value.toString().trimmed();
            bool ok = true;
            const int workers = text.isEmpty() ? 0 : text.toInt(&ok);
            if (!ok || workers < 0)
                return false;
            t.workers = workers;
            break;
        }
        case AuthRefColumn:
            t.authRef = value.toString().trimmed();
            break;
        case HeadersColumn: {
            auto headers = headersFromText(value.toString());
            if (!headers)
                return false;
            t.headers = std::move(*headers);
            break;
        }
        default:
            return false;
        }
    }
    if (t == before)
        return true;
    // Enabling or disabling greys the whole row, so repaint all of it.
    if (index.column() == EnabledColumn)
        emitRowChanged(index.row());
    else
        emit dataChanged(index, index);
    emit edited();
    return true;
}

Qt::ItemFlags TargetTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == EnabledColumn)
        f |= Qt::ItemIsUserCheckable;
    else
        f |= Qt::ItemIsEditable;
    return f;
}

bool TargetTableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count <= 0)
        return false;
    beginInsertRows(QModelIndex(), row, row + count - 1);
    QStringList taken = labels();
    std::vector<Target> fresh(static_cast<std::size_t>(count));
    for (Target &t : fresh) {
        t.label = uniqueLabel(QStringLiteral("target"), taken);
        taken << t.label;
    }
    m_targets.insert(m_targets.begin() + row, fresh.begin(), fresh.end());
    m_issues.insert(m_issues.begin() + row, std::size_t(count), RowIssues{});
    endInsertRows();
    emit edited();
    return true;
}

bool TargetTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    beginRemoveRows(QModelIndex(), row, row + count - 1);
    m_targets.erase(m_targets.begin() + row, m_targets.begin() + row + count);
    m_issues.erase(m_issues.begin() + row, m_issues.begin() + row + count);
    endRemoveRows();
    emit edited();
    return true;
}

bool TargetTableModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceRow < 0 ||
        sourceRow + count > rowCount() || destinationChild < 0 || destinationChild > rowCount())
        return false;
    // Moving a block onto itself is a no-op that beginMoveRows refuses.
    if (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return false;
    if (!beginMoveRows(QModelIndex(), sourceRow, sourceRow + count - 1, QModelIndex(), destinationChild))
        return false;
    const auto moveBlock = [&](auto &v) {
        auto first = v.begin() + sourceRow;
        auto last = first + count;
        if (destinationChild < sourceRow)
            std::rotate(v.begin() + destinationChild, first, last);
        else
            std::rotate(first, last, v.begin() + destinationChild);
    };
    moveBlock(m_targets);
    moveBlock(m_issues);
    endMoveRows();
    emit edited();
    return true;
}

int TargetTableModel::addTarget(Target target, int row)
{
    if (row < 0 || row > rowCount())
        row = rowCount();
    target.label = uniqueLabel(target.label.isEmpty() ? QStringLiteral("target") : target.label, labels());
    beginInsertRows(QModelIndex(), row, row);
    m_targets.insert(m_targets.begin() + row, std::move(target));
    m_issues.insert(m_issues.begin() + row, RowIssues{});
    endInsertRows();
    emit edited();
    return row;
}

int TargetTableModel::duplicateRow(int row)
{
    if (!validRow(row))
        return -1;
    return addTarget(m_targets[std::size_t(row)], row + 1);
}

bool TargetTableModel::moveUp(int row)
{
    return validRow(row) && row > 0 && moveRows(QModelIndex(), row, 1, QModelIndex(), row - 1);
}

bool TargetTableModel::moveDown(int row)
{
    // beginMoveRows counts the destination before the move: one below means index row + 2.
    return validRow(row) && row + 1 < rowCount() && moveRows(QModelIndex(), row, 1, QModelIndex(), row + 2);
}

void TargetTableModel::setRowsEnabled(const QList<int> &rows, bool enabled)
{
    bool any = false;
    for (int row : rows) {
        if (!validRow(row) || m_targets[std::size_t(row)].enabled == enabled)
            continue;
        m_targets[std::size_t(row)].enabled = enabled;
        emitRowChanged(row);
        any = true;
    }
    if (any)
        emit edited();
}

TargetTableModel::PasteResult TargetTableModel::pasteUrls(const QString &text, int row)
{
    PasteResult result;
    std::vector<Target> fresh;
    QStringList taken = labels();
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("[\r\n]+")), Qt::SkipEmptyParts);
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const auto guess = guessTargetFromUrl(line);
        if (!guess) {
            result.rejected << line.left(200);
            continue;
        }
        Target t;
        t.url = guess->url;
        t.label = uniqueLabel(guess->label, taken);
        taken << t.label;
        if (!guess->computeSize.isEmpty())
            t.computeSize = guess->computeSize;
        t.workers = guess->workers;
        fresh.push_back(std::move(t));
    }
    if (fresh.empty())
        return result;
    if (row < 0 || row > rowCount())
        row = rowCount();
    beginInsertRows(QModelIndex(), row, row + int(fresh.size()) - 1);
    m_targets.insert(m_targets.begin() + row, fresh.begin(), fresh.end());
    m_issues.insert(m_issues.begin() + row, fresh.size(), RowIssues{});
    endInsertRows();
    result.added = int(fresh.size());
    emit edited();
    return result;
}

QStringList TargetTableModel::labels() const
{
    QStringList out;
    out.reserve(int(m_targets.size()));
    for (const Target &t : m_targets)
        out << t.label;
    return out;
}

void TargetTableModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace plateau
