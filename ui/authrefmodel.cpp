#include "ui/authrefmodel.h"

#include <QApplication>
#include <QStyle>
#include <algorithm>

namespace plateau {

QString authKindShortLabel(AuthKind kind)
{
    switch (kind) {
    case AuthKind::None:
        return AuthRefModel::tr("None");
    case AuthKind::StaticToken:
        return AuthRefModel::tr("Static token");
    case AuthKind::OAuthM2M:
        return AuthRefModel::tr("OAuth M2M");
    case AuthKind::CliToken:
        return AuthRefModel::tr("CLI token");
    case AuthKind::PerUserLogin:
        return AuthRefModel::tr("Per-user login");
    }
    return {};
}

QString authKindComboLabel(AuthKind kind)
{
    switch (kind) {
    case AuthKind::None:
        return AuthRefModel::tr("None (no Authorization header)");
    case AuthKind::StaticToken:
        return AuthRefModel::tr("Static token (PAT or short-lived user token)");
    case AuthKind::OAuthM2M:
        return AuthRefModel::tr("OAuth M2M (service principal)");
    case AuthKind::CliToken:
        return AuthRefModel::tr("CLI token (a command prints it)");
    case AuthKind::PerUserLogin:
        return AuthRefModel::tr("Per-user login (users file)");
    }
    return {};
}

const std::vector<AuthKind> &allAuthKinds()
{
    static const std::vector<AuthKind> kinds = {AuthKind::None, AuthKind::StaticToken, AuthKind::OAuthM2M,
                                                AuthKind::CliToken, AuthKind::PerUserLogin};
    return kinds;
}

void AuthRefEntry::wipeSecrets()
{
    for (PendingSecret &s : secrets)
        wipeSecret(s.typed);
    secrets.clear();
}

AuthRefModel::AuthRefModel(QObject *parent) : QAbstractTableModel(parent)
{}

AuthRefModel::~AuthRefModel()
{
    for (AuthRefEntry &e : m_entries)
        e.wipeSecrets();
}

void AuthRefModel::setEntries(std::vector<AuthRefEntry> entries)
{
    beginResetModel();
    for (AuthRefEntry &e : m_entries)
        e.wipeSecrets();
    m_entries = std::move(entries);
    endResetModel();
}

std::vector<AuthRef> AuthRefModel::refs() const
{
    std::vector<AuthRef> out;
    out.reserve(m_entries.size());
    for (const AuthRefEntry &e : m_entries)
        out.push_back(e.ref);
    return out;
}

void AuthRefModel::entryChanged(int row)
{
    if (row < 0 || row >= count())
        return;
    // A rename can clear or create a name clash on another row, so the whole (short) list repaints.
    emit dataChanged(index(0, 0), index(count() - 1, ColumnCount - 1));
}

int AuthRefModel::insertEntry(int row, AuthRefEntry entry)
{
    row = std::clamp(row, 0, count());
    beginInsertRows(QModelIndex(), row, row);
    m_entries.insert(m_entries.begin() + row, std::move(entry));
    endInsertRows();
    if (count() > 1)
        entryChanged(row);
    return row;
}

void AuthRefModel::removeEntry(int row)
{
    if (row < 0 || row >= count())
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_entries[size_t(row)].wipeSecrets();
    m_entries.erase(m_entries.begin() + row);
    endRemoveRows();
    if (count() > 0)
        entryChanged(0);
}

int AuthRefModel::rowOf(const QString &name) const
{
    for (int i = 0; i < count(); ++i) {
        if (m_entries[size_t(i)].ref.name == name)
            return i;
    }
    return -1;
}

QString AuthRefModel::uniqueName(const QString &base) const
{
    if (rowOf(base) < 0)
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = base + QLatin1Char('-') + QString::number(n);
        if (rowOf(candidate) < 0)
            return candidate;
    }
}

std::vector<AuthRefIssue> AuthRefModel::issuesOf(int row) const
{
    if (row < 0 || row >= count())
        return {};
    const AuthRef &ref = m_entries[size_t(row)].ref;
    std::vector<AuthRefIssue> issues = validateAuthRef(ref);
    if (!ref.name.isEmpty()) {
        for (int i = 0; i < count(); ++i) {
            if (i != row && m_entries[size_t(i)].ref.name == ref.name) {
                issues.push_back({QStringLiteral("name"), tr("another reference already has this name")});
                break;
            }
        }
    }
    return issues;
}

std::vector<AuthRefIssue> AuthRefModel::shownIssuesOf(int row) const
{
    std::vector<AuthRefIssue> issues = issuesOf(row);
    if (issues.empty() || m_entries[size_t(row)].showAllIssues)
        return issues;
    const QSet<QString> &touched = m_entries[size_t(row)].touched;
    issues.erase(std::remove_if(issues.begin(), issues.end(),
                                [&](const AuthRefIssue &i) { return !touched.contains(i.path); }),
                 issues.end());
    return issues;
}

int AuthRefModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

int AuthRefModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuthRefModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= count() || index.column() >= ColumnCount)
        return {};
    const AuthRefEntry &e = m_entries[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == KindColumn)
            return authKindShortLabel(e.ref.kind);
        return e.ref.name.isEmpty() ? tr("(unnamed)") : e.ref.name;
    case Qt::ToolTipRole: {
        const std::vector<AuthRefIssue> issues = shownIssuesOf(index.row());
        if (issues.empty())
            return e.ref.description.isEmpty() ? authKindComboLabel(e.ref.kind) : e.ref.description;
        QStringList lines;
        for (const AuthRefIssue &issue : issues)
            lines << issue.toString();
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::DecorationRole:
        if (index.column() == NameColumn && !shownIssuesOf(index.row()).empty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    default:
        return {};
    }
}

QVariant AuthRefModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    default:
        return {};
    }
}

} // namespace plateau
