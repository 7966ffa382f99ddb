#include "ui/runlistmodel.h"

#include "core/common/fileio.h"
#include "ui/format.h"

#include <QBrush>
#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <algorithm>

namespace plateau {

namespace {
constexpr qint64 kMaxRunJsonBytes = 16 * 1024 * 1024;
constexpr int kMaxRunsListed = 2000; // a runs folder of a CI box may hold thousands
} // namespace

RunListModel::RunListModel(QObject *parent) : QAbstractTableModel(parent)
{}

void RunListModel::scan(const QString &runsDir)
{
    std::vector<Entry> entries;
    QStringList unfinished;
    const QDir root(runsDir);
    const QFileInfoList dirs = root.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Time);
    for (const QFileInfo &info : dirs) {
        if (int(entries.size()) >= kMaxRunsListed)
            break;
        const QString runJson = QDir(info.absoluteFilePath()).filePath(QStringLiteral("run.json"));
        if (!QFileInfo::exists(runJson)) {
            if (unfinished.size() < kMaxUnfinishedDirs)
                unfinished << info.absoluteFilePath();
            continue;
        }
        Entry e;
        e.dir = info.absoluteFilePath();
        e.name = info.fileName();
        e.started = info.lastModified();
        QByteArray data;
        QString error;
        RunSummary s;
        if (!fileio::readAll(runJson, kMaxRunJsonBytes, &data, &error) ||
            !runSummaryFromJson(data, &s, &error)) {
            e.error = error;
            e.status = tr("unreadable");
        } else {
            if (!s.runName.isEmpty())
                e.name = s.runName;
            if (s.startedAt.isValid())
                e.started = s.startedAt;
            e.unfinished = s.status == u"running";
            e.status = e.unfinished ? tr("interrupted") : s.status;
            if (e.unfinished && unfinished.size() < kMaxUnfinishedDirs)
                unfinished << e.dir;
            e.targets = int(s.targets.size());
            const TargetSummary *best = nullptr;
            for (const TargetSummary &t : s.targets) {
                if (t.verdict.hasData && (!best || t.verdict.peakQpsOk > best->verdict.peakQpsOk))
                    best = &t;
            }
            if (best)
                e.best = tr("%1: %2 QPS ok").arg(best->label, formatMetric(best->verdict.peakQpsOk));
        }
        entries.push_back(std::move(e));
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.started > b.started; });
    beginResetModel();
    m_runsDir = runsDir;
    m_entries = std::move(entries);
    m_unfinished = std::move(unfinished);
    endResetModel();
}

void RunListModel::setLiveRunDir(const QString &dir)
{
    const QString clean = dir.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    if (clean == m_liveRunDir)
        return;
    m_liveRunDir = clean;
    if (!m_entries.empty())
        emit dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
}

QString RunListModel::statusText(const Entry &e) const
{
    if (e.unfinished && !m_liveRunDir.isEmpty() && QDir::cleanPath(e.dir) == m_liveRunDir)
        return tr("running");
    return e.status;
}

QString RunListModel::dirAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_entries[std::size_t(row)].dir : QString();
}

int RunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return QVariant();
    const Entry &e = m_entries[std::size_t(index.row())];
    if (role == DirRole)
        return e.dir;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return e.name;
        case StartedColumn:
            return e.started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case StatusColumn:
            return statusText(e);
        case TargetsColumn:
            return e.error.isEmpty() ? QVariant(e.targets) : QVariant(QString());
        case BestColumn:
            return e.best;
        }
    }
    if (role == Qt::ToolTipRole)
        return e.error.isEmpty() ? e.dir : e.error;
    if (role == Qt::ForegroundRole && index.column() == StatusColumn && !e.error.isEmpty())
        return QBrush(QColor(0xb7, 0x1c, 0x1c));
    return QVariant();
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Run");
    case StartedColumn:
        return tr("Started");
    case StatusColumn:
        return tr("Status");
    case TargetsColumn:
        return tr("Targets");
    case BestColumn:
        return tr("Best configuration");
    }
    return QVariant();
}

} // namespace plateau
