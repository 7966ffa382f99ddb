#include "ui/targetseditor.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>

namespace plateau {

namespace {

// An editable combo: known values offered, free text allowed. Compute size offers the known sizes, the
// auth column the references of the Credentials dialog.
class ChoiceDelegate : public QStyledItemDelegate
{
public:
    ChoiceDelegate(std::function<QStringList()> choices, QObject *parent)
        : QStyledItemDelegate(parent), m_choices(std::move(choices))
    {}
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->addItems(m_choices());
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QComboBox *>(editor)->setCurrentText(index.data(Qt::EditRole).toString());
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentText());
    }

private:
    std::function<QStringList()> m_choices;
};

} // namespace

TargetsEditor::TargetsEditor(QWidget *parent) : QWidget(parent), m_model(new TargetTableModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16));
    QStyle *s = style();
    QAction *add =
        bar->addAction(s->standardIcon(QStyle::SP_FileIcon), tr("Add"), this, &TargetsEditor::addTarget);
    add->setToolTip(tr("Add a target"));
    QAction *paste = bar->addAction(s->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Add URLs…"), this,
                                    &TargetsEditor::pasteDialog);
    paste->setToolTip(tr("Add several targets at once: one URL per line; labels come from the host"));
    m_duplicate = bar->addAction(tr("Duplicate"), this, &TargetsEditor::duplicateSelected);
    m_remove = bar->addAction(s->standardIcon(QStyle::SP_TrashIcon), tr("Remove"), this,
                              &TargetsEditor::removeSelected);
    bar->addSeparator();
    m_up = bar->addAction(s->standardIcon(QStyle::SP_ArrowUp), tr("Up"), this, [this] { moveSelected(-1); });
    m_down =
        bar->addAction(s->standardIcon(QStyle::SP_ArrowDown), tr("Down"), this, [this] { moveSelected(1); });
    bar->addSeparator();
    m_enable = bar->addAction(tr("Enable"), this, [this] { enableSelected(true); });
    m_disable = bar->addAction(tr("Disable"), this, [this] { enableSelected(false); });
    m_up->setToolTip(tr("Move up: targets run in table order"));
    m_down->setToolTip(tr("Move down: targets run in table order"));
    layout->addWidget(bar);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setItemDelegateForColumn(TargetTableModel::ComputeSizeColumn,
                                     new ChoiceDelegate(
                                         [] {
                                             return QStringList{
                                                 QStringLiteral("small"), QStringLiteral("medium"),
                                                 QStringLiteral("large"), QStringLiteral("xlarge")};
                                         },
                                         m_view));
    m_view->setItemDelegateForColumn(
        TargetTableModel::AuthRefColumn,
        new ChoiceDelegate([this] { return QStringList{QString()} + m_authRefNames; }, m_view));
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(TargetTableModel::EnabledColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TargetTableModel::UrlColumn, QHeaderView::Stretch);
    header->resizeSection(TargetTableModel::LabelColumn, 170);
    header->resizeSection(TargetTableModel::ComputeSizeColumn, 90);
    header->resizeSection(TargetTableModel::WorkersColumn, 70);
    header->resizeSection(TargetTableModel::AuthRefColumn, 100);
    header->resizeSection(TargetTableModel::HeadersColumn, 160);
    layout->addWidget(m_view, 1);

    // Ctrl+V on the table adds the clipboard's URLs, the way users paste a list from a spreadsheet or a doc.
    auto *pasteShortcut = new QAction(tr("Paste URLs"), m_view);
    pasteShortcut->setShortcut(QKeySequence::Paste);
    pasteShortcut->setShortcutContext(Qt::WidgetShortcut);
    connect(pasteShortcut, &QAction::triggered, this, &TargetsEditor::pasteFromClipboard);
    m_view->addAction(pasteShortcut);
    auto *deleteShortcut = new QAction(tr("Remove"), m_view);
    deleteShortcut->setShortcut(QKeySequence::Delete);
    deleteShortcut->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteShortcut, &QAction::triggered, this, &TargetsEditor::removeSelected);
    m_view->addAction(deleteShortcut);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TargetsEditor::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TargetsEditor::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TargetsEditor::updateActions);
    updateActions();
}

void TargetsEditor::pasteUrls(const QString &text)
{
    const int row = currentRow();
    const auto result = m_model->pasteUrls(text, row < 0 ? -1 : row + 1);
    QString status;
    if (result.added > 0)
        status = tr("Added %n target(s).", nullptr, result.added);
    if (!result.rejected.isEmpty()) {
        QStringList shown = result.rejected.mid(0, 3);
        if (result.rejected.size() > 3)
            shown << QStringLiteral("…");
        status += (status.isEmpty() ? QString() : QStringLiteral(" ")) +
                  tr("Not an http(s) URL, skipped: %1").arg(shown.join(QStringLiteral(", ")));
    }
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    if (result.added > 0) {
        const int first = row < 0 ? m_model->rowCount() - result.added : row + 1;
        selectRow(first);
    }
}

void TargetsEditor::setAuthRefNames(const QStringList &names)
{
    m_authRefNames = names;
}

QString TargetsEditor::statusText() const
{
    return m_status->text();
}

void TargetsEditor::addTarget()
{
    const int row = m_model->addTarget(Target{}, currentRow() < 0 ? -1 : currentRow() + 1);
    selectRow(row);
    m_view->edit(m_model->index(row, TargetTableModel::UrlColumn));
}

void TargetsEditor::duplicateSelected()
{
    const int row = m_model->duplicateRow(currentRow());
    if (row >= 0)
        selectRow(row);
}

void TargetsEditor::removeSelected()
{
    QList<int> rows = selectedRows();
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : rows)
        m_model->removeRows(row, 1);
    if (m_model->rowCount() > 0 && !rows.isEmpty())
        selectRow(std::min(rows.last(), m_model->rowCount() - 1));
}

void TargetsEditor::moveSelected(int delta)
{
    const int row = currentRow();
    if (row < 0)
        return;
    if (delta < 0 ? m_model->moveUp(row) : m_model->moveDown(row))
        selectRow(row + delta);
}

void TargetsEditor::enableSelected(bool enabled)
{
    m_model->setRowsEnabled(selectedRows(), enabled);
}

void TargetsEditor::pasteFromClipboard()
{
    pasteUrls(QApplication::clipboard()->text());
}

void TargetsEditor::pasteDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add targets from URLs"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("One app URL per line. Labels, compute size and workers are taken from "
                                    "the host name where it says them (my-app-medium-w4)."),
                                 &dialog));
    auto *text = new QPlainTextEdit(&dialog);
    text->setPlaceholderText(QStringLiteral("https://my-app-medium-w2.aws.databricksapps.com\n"
                                            "https://my-app-large-w8.aws.databricksapps.com"));
    const QString clip = QApplication::clipboard()->text();
    if (clip.contains(QStringLiteral("http")))
        text->setPlainText(clip);
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(560, 280);
    if (dialog.exec() == QDialog::Accepted)
        pasteUrls(text->toPlainText());
}

QList<int> TargetsEditor::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &idx : selected)
        rows << idx.row();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << m_view->currentIndex().row();
    return rows;
}

int TargetsEditor::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void TargetsEditor::updateActions()
{
    const bool any = !selectedRows().isEmpty();
    const int row = currentRow();
    m_duplicate->setEnabled(row >= 0);
    m_remove->setEnabled(any);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
    m_enable->setEnabled(any);
    m_disable->setEnabled(any);
}

void TargetsEditor::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_view->setCurrentIndex(m_model->index(row, TargetTableModel::LabelColumn));
    m_view->selectRow(row);
    updateActions();
}

} // namespace plateau
