#pragma once
// The thresholds table: pass/fail gates on each target's whole load phase or on each of its steps, with add
// and remove. The metric, comparison and scope cells offer the known choices; the value cell takes a number;
// the abort cell is a check box.

#include "ui/thresholdtablemodel.h"

#include <QWidget>

class QAction;
class QTableView;

namespace plateau {

class ThresholdsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ThresholdsEditor(QWidget *parent = nullptr);

    ThresholdTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void addThreshold();
    void removeSelected();

private:
    void updateActions();

    ThresholdTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QAction *m_remove = nullptr;
};

} // namespace plateau
