#pragma once
// Run history: the runs folder's past runs, the command line's as well as this window's; open one into
// the charts, or compare several on the same axes.

#include <QStringList>
#include <QWidget>

class QFileSystemWatcher;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace plateau {

class RunListModel;

class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(QWidget *parent = nullptr);

    RunListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Lists dir and watches it: a run folder that appears there (from this window or from `plateau run`)
    // is listed without a refresh, and one that ends shows its final status.
    void setRunsDir(const QString &dir);
    QString runsDir() const;
    void refresh();
    void setLiveRunDir(const QString &dir); // the run in progress here, listed as running
    QStringList selectedDirs() const;
    void setBusy(bool busy); // a live run: opening past runs would replace its charts

signals:
    // One folder: show that run; several: compare them.
    void openRequested(const QStringList &dirs);

private:
    void updateButtons();
    void importOther();
    void watch();

    RunListModel *m_model = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_rescan = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_folder = nullptr;
    QPushButton *m_open = nullptr, *m_compare = nullptr, *m_import = nullptr;
    bool m_busy = false;
};

} // namespace plateau
