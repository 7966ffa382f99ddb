#include "ui/thresholdseditor.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleValidator>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>

namespace plateau {

namespace {

// A fixed list of choices. A value outside the list (a plan written for a newer version) is offered as
// it is, so opening the editor never changes it behind the user's back.
class ListDelegate : public QStyledItemDelegate
{
public:
    ListDelegate(QStringList choices, QObject *parent)
        : QStyledItemDelegate(parent), m_choices(std::move(choices))
    {}
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &index) const override
    {
        auto *combo = new QComboBox(parent);
        combo->addItems(m_choices);
        const QString current = index.data(Qt::EditRole).toString();
        if (!m_choices.contains(current))
            combo->addItem(current);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(combo->findText(index.data(Qt::EditRole).toString()));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentText());
    }

private:
    QStringList m_choices;
};

// The value as text: a spin box would round it to its decimals (0.0125 shown as 0.01 and saved so).
class NumberDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *edit = new QLineEdit(parent);
        auto *validator = new QDoubleValidator(edit);
        validator->setNotation(QDoubleValidator::StandardNotation);
        validator->setBottom(0); // no metric here is ever negative
        edit->setValidator(validator);
        return edit;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QLineEdit *>(editor)->setText(
            ThresholdTableModel::valueText(index.data(Qt::EditRole).toDouble()));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        // Text the model cannot read as a number is refused there and the cell keeps its value.
        model->setData(index, static_cast<QLineEdit *>(editor)->text());
    }
};

// The scope by its meaning ("every step"), written back as the plan's name ("step").
class ScopeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        for (ThresholdScope s : {ThresholdScope::Run, ThresholdScope::Step})
            combo->addItem(ThresholdTableModel::scopeText(s), thresholdScopeName(s));
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toString()));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData());
    }
};

} // namespace

ThresholdsEditor::ThresholdsEditor(QWidget *parent) : QWidget(parent), m_model(new ThresholdTableModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16));
    QStyle *s = style();
    QAction *add = bar->addAction(s->standardIcon(QStyle::SP_FileIcon), tr("Add"), this,
                                  &ThresholdsEditor::addThreshold);
    add->setToolTip(tr("Add a threshold"));
    m_remove = bar->addAction(s->standardIcon(QStyle::SP_TrashIcon), tr("Remove"), this,
                              &ThresholdsEditor::removeSelected);
    m_remove->setToolTip(tr("Remove the selected thresholds"));
    layout->addWidget(bar);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setItemDelegateForColumn(ThresholdTableModel::MetricColumn,
                                     new ListDelegate(thresholdMetricNames(), m_view));
    m_view->setItemDelegateForColumn(ThresholdTableModel::OpColumn, new ListDelegate(thresholdOps(), m_view));
    m_view->setItemDelegateForColumn(ThresholdTableModel::ValueColumn, new NumberDelegate(m_view));
    m_view->setItemDelegateForColumn(ThresholdTableModel::ScopeColumn, new ScopeDelegate(m_view));
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ThresholdTableModel::MetricColumn, QHeaderView::Stretch);
    header->resizeSection(ThresholdTableModel::OpColumn, 70);
    header->resizeSection(ThresholdTableModel::ValueColumn, 110);
    header->resizeSection(ThresholdTableModel::ScopeColumn, 110);
    header->resizeSection(ThresholdTableModel::AbortColumn, 60);
    layout->addWidget(m_view, 1);

    auto *deleteShortcut = new QAction(tr("Remove"), m_view);
    deleteShortcut->setShortcut(QKeySequence::Delete);
    deleteShortcut->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteShortcut, &QAction::triggered, this, &ThresholdsEditor::removeSelected);
    m_view->addAction(deleteShortcut);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ThresholdsEditor::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ThresholdsEditor::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ThresholdsEditor::updateActions);
    updateActions();
}

void ThresholdsEditor::addThreshold()
{
    const QModelIndex current = m_view->currentIndex();
    const int row = m_model->addThreshold(current.isValid() ? current.row() + 1 : -1);
    m_view->setCurrentIndex(m_model->index(row, ThresholdTableModel::ValueColumn));
    m_view->selectRow(row);
    updateActions();
}

void ThresholdsEditor::removeSelected()
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &idx : selected)
        rows << idx.row();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << m_view->currentIndex().row();
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : rows)
        m_model->removeRows(row, 1);
    if (m_model->rowCount() > 0 && !rows.isEmpty())
        m_view->selectRow(std::min(rows.last(), m_model->rowCount() - 1));
}

void ThresholdsEditor::updateActions()
{
    m_remove->setEnabled(!m_view->selectionModel()->selectedRows().isEmpty() ||
                         m_view->currentIndex().isValid());
}

} // namespace plateau
