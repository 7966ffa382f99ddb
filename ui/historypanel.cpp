#include "ui/historypanel.h"

#include "ui/runlistmodel.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace plateau {

HistoryPanel::HistoryPanel(QWidget *parent) : QWidget(parent), m_model(new RunListModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_folder = new QLabel(this);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_folder, 1);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    auto *reveal = new QPushButton(tr("Open folder"), this);
    m_import = new QPushButton(tr("Open other…"), this);
    m_import->setToolTip(tr("Open a run folder elsewhere, or Locust --csv output (*_stats.csv)"));
    m_open = new QPushButton(tr("Show in charts"), this);
    m_open->setToolTip(tr("Show the selected run in the charts and the results table"));
    m_compare = new QPushButton(tr("Compare selected"), this);
    m_compare->setToolTip(tr("Plot the curves of the selected runs on the same axes"));
    for (QPushButton *b : {refresh, reveal, m_import, m_open, m_compare})
        bar->addWidget(b);
    layout->addLayout(bar);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    auto *hint =
        new QLabel(tr("Select one run to show it, or several (Ctrl+click) to compare their curves."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);

    refresh->setToolTip(tr("List the runs folder again"));
    connect(refresh, &QPushButton::clicked, this, &HistoryPanel::refresh);
    // A run folder fills in several writes (the folder, its plan, run.json): one rescan once they settle,
    // not one per change.
    m_watcher = new QFileSystemWatcher(this);
    m_rescan = new QTimer(this);
    m_rescan->setSingleShot(true);
    m_rescan->setInterval(300);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_rescan, qOverload<>(&QTimer::start));
    connect(m_rescan, &QTimer::timeout, this, &HistoryPanel::refresh);
    connect(reveal, &QPushButton::clicked, this, [this] {
        QDir().mkpath(m_model->runsDir());
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_model->runsDir()));
    });
    connect(m_import, &QPushButton::clicked, this, &HistoryPanel::importOther);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QStringList dirs = selectedDirs();
        if (!dirs.isEmpty())
            emit openRequested(dirs.mid(0, 1));
    });
    connect(m_compare, &QPushButton::clicked, this, [this] {
        const QStringList dirs = selectedDirs();
        if (dirs.size() >= 2)
            emit openRequested(dirs);
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!m_busy)
            emit openRequested({m_model->dirAt(index.row())});
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPanel::updateButtons);
    updateButtons();
}

void HistoryPanel::setRunsDir(const QString &dir)
{
    m_folder->setText(tr("Runs folder: %1").arg(QDir::toNativeSeparators(dir)));
    m_model->scan(dir);
    watch();
}

QString HistoryPanel::runsDir() const
{
    return m_model->runsDir();
}

void HistoryPanel::refresh()
{
    // A rescan that a run elsewhere set off must not drop the runs the user picked to compare.
    const QStringList selected = selectedDirs();
    m_model->scan(m_model->runsDir());
    watch();
    QItemSelection keep;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (selected.contains(m_model->dirAt(row)))
            keep.select(m_model->index(row, 0), m_model->index(row, RunListModel::ColumnCount - 1));
    }
    if (!keep.isEmpty())
        m_view->selectionModel()->select(keep, QItemSelectionModel::ClearAndSelect);
}

void HistoryPanel::setLiveRunDir(const QString &dir)
{
    m_model->setLiveRunDir(dir);
}

void HistoryPanel::watch()
{
    // The runs folder only changes when a run folder is added or removed; a run's end is a new run.json
    // inside its own folder, so the folders still running are watched too (a bounded few). A runs
    // folder that does not exist yet is watched from the refresh after the first run creates it.
    QStringList wanted;
    if (QFileInfo(m_model->runsDir()).isDir())
        wanted << QFileInfo(m_model->runsDir()).absoluteFilePath();
    wanted += m_model->unfinishedDirs();
    const QStringList watched = m_watcher->directories();
    QStringList gone, added;
    for (const QString &d : watched) {
        if (!wanted.contains(d))
            gone << d;
    }
    for (const QString &d : std::as_const(wanted)) {
        if (!watched.contains(d))
            added << d;
    }
    if (!gone.isEmpty())
        m_watcher->removePaths(gone);
    if (!added.isEmpty())
        m_watcher->addPaths(added);
}

QStringList HistoryPanel::selectedDirs() const
{
    QStringList dirs;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        dirs << m_model->dirAt(i.row());
    return dirs;
}

void HistoryPanel::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void HistoryPanel::updateButtons()
{
    const int n = int(m_view->selectionModel()->selectedRows().size());
    m_open->setEnabled(!m_busy && n >= 1);
    m_compare->setEnabled(!m_busy && n >= 2);
    m_import->setEnabled(!m_busy);
}

void HistoryPanel::importOther()
{
    const QString path =
        QFileDialog::getExistingDirectory(this, tr("Open a run folder or Locust CSV folder"));
    if (!path.isEmpty())
        emit openRequested({path});
}

} // namespace plateau
