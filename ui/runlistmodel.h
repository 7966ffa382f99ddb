#pragma once
// Past runs in the runs folder: one row per folder holding a run.json, newest first. Listing reads only
// each run.json; the CSVs are read when a run is opened.

#include "core/report/runsummary.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <vector>

namespace plateau {

class RunListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        StartedColumn,
        StatusColumn,
        TargetsColumn,
        BestColumn,
        ColumnCount
    };
    static constexpr int DirRole = Qt::UserRole + 1;

    explicit RunListModel(QObject *parent = nullptr);

    // Rescans runsDir. Unreadable run.json files are listed with their error as status, not dropped.
    void scan(const QString &runsDir);
    QString runsDir() const { return m_runsDir; }
    QString dirAt(int row) const;
    // The run this window is running now: "running" rather than "interrupted" (both say "running" in
    // run.json until the run ends).
    void setLiveRunDir(const QString &dir);
    // Run folders that will still change: no run.json yet (a run just opening), or one that says
    // "running". Newest first, at most kMaxUnfinishedDirs; the history watches them for the end.
    QStringList unfinishedDirs() const { return m_unfinished; }
    static constexpr int kMaxUnfinishedDirs = 32;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        QString dir;
        QString name;
        QString status;
        bool unfinished = false; // run.json says "running"
        QString error;
        QDateTime started;
        int targets = 0;
        QString best; // "label: 31.2 QPS ok"
    };
    QString statusText(const Entry &e) const;

    std::vector<Entry> m_entries;
    QString m_runsDir;
    QString m_liveRunDir;
    QStringList m_unfinished;
};

} // namespace plateau
