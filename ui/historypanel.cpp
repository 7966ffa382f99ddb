#include "ui/historypanel.h"

#include "ui/runlistmodel.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
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

    connect(refresh, &QPushButton::clicked, this, &HistoryPanel::refresh);
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
}

void HistoryPanel::refresh()
{
    m_model->scan(m_model->runsDir());
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
