#include "ui/resultspanel.h"

#include "ui/format.h"
#include "ui/resultsmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace plateau {

ResultsPanel::ResultsPanel(QWidget *parent) : QWidget(parent), m_model(new ResultsModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_summary, 1);
    auto *copy = new QPushButton(tr("Copy as TSV"), this);
    copy->setToolTip(tr("Copy the table, tab separated, for a spreadsheet"));
    bar->addWidget(copy, 0, Qt::AlignTop);
    layout->addLayout(bar);

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ResultsModel::SortRole);
    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // run order until the user sorts
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);

    auto *copyAction = new QAction(tr("Copy as TSV"), m_view);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(copyAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(copyAction, &QAction::triggered, this, &ResultsPanel::copyTsv);
    connect(copy, &QPushButton::clicked, this, &ResultsPanel::copyTsv);

    connect(m_model, &QAbstractItemModel::modelReset, this, &ResultsPanel::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ResultsPanel::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ResultsPanel::updateSummary);
    updateSummary();
}

QString ResultsPanel::summaryText() const
{
    return m_summary->text();
}

void ResultsPanel::copyTsv()
{
    QApplication::clipboard()->setText(m_model->toTsv());
}

void ResultsPanel::updateSummary()
{
    const int best = m_model->bestRow();
    if (best < 0) {
        m_summary->setText(m_model->rowCount() == 0 ? tr("No results yet.")
                                                    : tr("No step has completed a request yet."));
        return;
    }
    const ResultRow &r = m_model->rows()[std::size_t(best)];
    QString text =
        tr("<b>Best configuration: %1</b> — peak %2 QPS ok at %3 users.")
            .arg((r.run.isEmpty() ? r.label : r.run + QStringLiteral(" / ") + r.label).toHtmlEscaped())
            .arg(formatMetric(r.verdict.peakQpsOk))
            .arg(r.verdict.usersAtPeak);
    if (!r.verdict.explanation.isEmpty())
        text += QStringLiteral("<br>") + r.verdict.explanation.toHtmlEscaped();
    m_summary->setText(text);
}

} // namespace plateau
