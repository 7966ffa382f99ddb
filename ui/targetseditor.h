#pragma once
// The target matrix editor: a table over TargetTableModel with add, duplicate, remove, move, enable and
// paste-URLs actions.

#include "ui/targettablemodel.h"

#include <QWidget>

class QAction;
class QLabel;
class QTableView;

namespace plateau {

class TargetsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TargetsEditor(QWidget *parent = nullptr);

    TargetTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Pastes one URL per line after the current row; reports the outcome under the table.
    void pasteUrls(const QString &text);
    QString statusText() const;
    // The auth references offered in the Auth column (free text stays possible).
    void setAuthRefNames(const QStringList &names);

private:
    void addTarget();
    void duplicateSelected();
    void removeSelected();
    void moveSelected(int delta);
    void enableSelected(bool enabled);
    void pasteFromClipboard();
    void pasteDialog();
    QList<int> selectedRows() const;
    int currentRow() const;
    void updateActions();
    void selectRow(int row);

    TargetTableModel *m_model = nullptr;
    QStringList m_authRefNames;
    QTableView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_duplicate = nullptr, *m_remove = nullptr, *m_up = nullptr, *m_down = nullptr;
    QAction *m_enable = nullptr, *m_disable = nullptr;
};

} // namespace plateau
