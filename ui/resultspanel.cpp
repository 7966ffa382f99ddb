#include "ui/resultspanel.h"

#include "ui/format.h"
#include "ui/phaseresultsmodel.h"
#include "ui/resultsmodel.h"
#include "ui/tagresultsmodel.h"
#include "ui/targetstatus.h"
#include "ui/thresholdsmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace plateau {

namespace {

// A bold title over a read-only table of whole rows; hidden until it has rows.
QWidget *titledTable(QWidget *parent, const QString &title, QAbstractItemModel *model, QTableView **view)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *label = new QLabel(title, box);
    label->setTextFormat(Qt::RichText);
    layout->addWidget(label);
    auto *v = new QTableView(box);
    v->setModel(model);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setAlternatingRowColors(true);
    v->setWordWrap(false);
    v->verticalHeader()->hide();
    v->verticalHeader()->setDefaultSectionSize(v->fontMetrics().height() + 8);
    v->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    v->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(v, 1);
    box->hide();
    *view = v;
    return box;
}

} // namespace

ResultsPanel::ResultsPanel(QWidget *parent)
    : QWidget(parent), m_model(new ResultsModel(this)), m_thresholds(new ThresholdsModel(this)),
      m_phases(new PhaseResultsModel(this)), m_tags(new TagResultsModel(this))
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
    // The status right after the target, not in the last column: at 1280 px the table scrolls sideways,
    // and "2 of 4 thresholds failed" must not be the part scrolled away. Only the view moves it; the
    // model's (and the TSV's) column order stays.
    QHeaderView *header = m_view->horizontalHeader();
    header->moveSection(header->visualIndex(ResultsModel::StatusColumn), 1);
    header->setSectionResizeMode(ResultsModel::StatusColumn, QHeaderView::Interactive);

    // The thresholds below the table, in a splitter: a plan with many gates can give them the space.
    m_thresholdsBox = new QWidget(this);
    auto *box = new QVBoxLayout(m_thresholdsBox);
    box->setContentsMargins(0, 4, 0, 0);
    m_thresholdsTitle = new QLabel(m_thresholdsBox);
    m_thresholdsTitle->setTextFormat(Qt::RichText);
    box->addWidget(m_thresholdsTitle);
    m_thresholdsView = new QTableView(m_thresholdsBox);
    m_thresholdsView->setModel(m_thresholds);
    m_thresholdsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_thresholdsView->setWordWrap(false);
    m_thresholdsView->verticalHeader()->hide();
    m_thresholdsView->verticalHeader()->setDefaultSectionSize(m_thresholdsView->fontMetrics().height() + 8);
    m_thresholdsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_thresholdsView->horizontalHeader()->setStretchLastSection(false);
    box->addWidget(m_thresholdsView, 1);

    // The phases between the two: how each phase went reads before the gates that judged it.
    m_phasesBox =
        titledTable(this, tr("<b>Phases</b> — in the order each target ran them"), m_phases, &m_phasesView);
    // A journey's tags beside them: the log-in and session steps that the key tag's figures leave out.
    m_tagsBox =
        titledTable(this, tr("<b>Journey tags</b> — every step's requests by tag, over the whole load"),
                    m_tags, &m_tagsView);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_phasesBox);
    split->addWidget(m_tagsBox);
    split->addWidget(m_thresholdsBox);
    split->setChildrenCollapsible(false);
    for (int i = 0; i < 4; ++i)
        split->setStretchFactor(i, 1);
    layout->addWidget(split, 1);

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

QString ResultsPanel::thresholdsTitle() const
{
    return m_thresholdsTitle->text();
}

bool ResultsPanel::tagsShown() const
{
    return !m_tagsBox->isHidden();
}

bool ResultsPanel::phasesShown() const
{
    return !m_phasesBox->isHidden();
}

void ResultsPanel::updateSummary()
{
    m_thresholds->setResults(m_model->rows());
    m_phases->setResults(m_model->rows());
    m_phasesBox->setVisible(m_phases->rowCount() > 0);
    m_tags->setResults(m_model->rows());
    m_tagsBox->setVisible(m_tags->rowCount() > 0);
    // A skipped target's reason can be a long sentence: the cell shows its start, the tooltip all of it.
    constexpr int kMaxStatusWidth = 340;
    const QAbstractItemView *view = m_view; // QTableView hides the public sizeHintForColumn()
    m_view->horizontalHeader()->resizeSection(
        ResultsModel::StatusColumn,
        std::min(kMaxStatusWidth, view->sizeHintForColumn(ResultsModel::StatusColumn)));
    // The thresholds first: a run that failed its gates must not read as a success under a green "best".
    QStringList failing;
    int total = 0, failed = 0;
    for (const ResultRow &r : m_model->rows()) {
        const int n = failedThresholdCount(r.thresholds);
        total += int(r.thresholds.size());
        failed += n;
        const QString name = r.run.isEmpty() ? r.label : r.run + QStringLiteral(" / ") + r.label;
        if (n > 0)
            failing << tr("%1 (%2 of %3)").arg(name.toHtmlEscaped()).arg(n).arg(r.thresholds.size());
    }
    QStringList skipped;
    for (const ResultRow &r : m_model->rows()) {
        if (r.phase == TargetPhase::Skipped)
            skipped << (r.run.isEmpty() ? r.label : r.run + QStringLiteral(" / ") + r.label).toHtmlEscaped();
    }
    QString gates;
    if (!skipped.isEmpty())
        gates = tr("<span style=\"color:#b71c1c\"><b>✗ Skipped:</b> %1 (see Status)</span>")
                    .arg(skipped.join(QStringLiteral(", ")));
    const auto add = [&gates](const QString &line) {
        gates += (gates.isEmpty() ? QString() : QStringLiteral("<br>")) + line;
    };
    if (failed > 0) {
        add(tr("<span style=\"color:#b71c1c\"><b>✗ %1 of %2 thresholds failed:</b> %3</span>")
                .arg(failed)
                .arg(total)
                .arg(failing.join(QStringLiteral(", "))));
    } else if (total > 0) {
        add(tr("<span style=\"color:#1b5e20\"><b>✓ All %1 thresholds passed.</b></span>").arg(total));
    }
    m_thresholdsBox->setVisible(total > 0);
    m_thresholdsTitle->setText(total == 0   ? QString()
                               : failed > 0 ? tr("<b>Thresholds</b> — %1 of %2 failed").arg(failed).arg(total)
                                            : tr("<b>Thresholds</b> — all %1 passed").arg(total));

    const int best = m_model->bestRow();
    if (best < 0) {
        const QString none =
            m_model->rowCount() == 0 ? tr("No results yet.") : tr("No step has completed a request yet.");
        m_summary->setText(gates.isEmpty() ? none : gates + QStringLiteral("<br>") + none);
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
    m_summary->setText(gates.isEmpty() ? text : gates + QStringLiteral("<br>") + text);
}

} // namespace plateau
