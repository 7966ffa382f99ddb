#include "ui/runpanel.h"

#include "ui/kpistrip.h"
#include "ui/runprogressmodel.h"

#include <QApplication>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>
#include <algorithm>

namespace plateau {

namespace {

class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(3, 3, -3, -3);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = int(index.data(RunProgressModel::ProgressRole).toDouble());
        bar.text = index.data().toString();
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        const QWidget *w = option.widget;
        (w ? w->style() : QApplication::style())->drawControl(QStyle::CE_ProgressBar, &bar, painter, w);
    }
};

constexpr int kMaxLogLines = 5000;

} // namespace

RunPanel::RunPanel(QWidget *parent) : QWidget(parent), m_progress(new RunProgressModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #5c3c00; border: 1px solid "
                                            "#e0b000; border-radius: 3px; padding: 6px; }"));
    m_warning->hide();
    layout->addWidget(m_warning);

    m_view = new QTableView(this);
    m_view->setModel(m_progress);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setItemDelegateForColumn(RunProgressModel::ProgressColumn, new ProgressDelegate(m_view));
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setAlternatingRowColors(true);
    QHeaderView *h = m_view->horizontalHeader();
    h->setHighlightSections(false);
    h->setSectionResizeMode(QHeaderView::ResizeToContents);
    h->setSectionResizeMode(RunProgressModel::ProgressColumn, QHeaderView::Fixed);
    h->resizeSection(RunProgressModel::ProgressColumn, 160);
    h->setSectionResizeMode(RunProgressModel::DetailColumn, QHeaderView::Stretch);

    // The numbers beside the table rather than above it: both have a row per target, and the height
    // they save goes to the charts.
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    m_kpis = new KpiStrip(this);
    m_kpis->clear();
    row->addWidget(m_kpis, 0, Qt::AlignTop);
    row->addWidget(m_view, 1);
    layout->addLayout(row);

    connect(m_progress, &QAbstractItemModel::modelReset, this, &RunPanel::fitHeight);
    fitHeight();
}

void RunPanel::fitHeight()
{
    constexpr int kMaxRows = 8; // more targets scroll
    const int rows = std::clamp(m_progress->rowCount(), 1, kMaxRows);
    const int table = m_view->horizontalHeader()->sizeHint().height() +
                      rows * m_view->verticalHeader()->defaultSectionSize() + 2 * m_view->frameWidth() + 2;
    const int kpis = m_kpis->isHidden() ? 0 : m_kpis->sizeHint().height();
    // The warning wraps: its height at this width, not at the width its size hint guesses.
    const int warning = m_warning->isHidden() ? 0 : m_warning->heightForWidth(width()) + layout()->spacing();
    setMaximumHeight(warning + std::max(table, kpis));
}

void RunPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_warning->isHidden())
        fitHeight();
}

void RunPanel::setGeneratorWarning(const QString &text)
{
    m_warning->setText(QStringLiteral("⚠ ") + text);
    m_warning->show();
    fitHeight();
}

void RunPanel::clearGeneratorWarning()
{
    m_warning->clear();
    m_warning->hide();
    fitHeight();
}

bool RunPanel::generatorWarningShown() const
{
    return !m_warning->isHidden();
}

QString RunPanel::generatorWarning() const
{
    return m_warning->text();
}

LogPane::LogPane(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setMaximumBlockCount(kMaxLogLines);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlaceholderText(tr("The engine's log appears here during a run."));
    layout->addWidget(m_text);
}

void LogPane::append(const QString &line)
{
    m_text->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss  ")) + line);
}

void LogPane::clear()
{
    m_text->clear();
}

QString LogPane::text() const
{
    return m_text->toPlainText();
}

} // namespace plateau
