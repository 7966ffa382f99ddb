#pragma once
// The plan's sequence of phases: the phase list (name, shape, gate, estimated time) with Add, Remove,
// Move up and Move down, the gate of the selected phase, and the profile form of the selected phase. The
// estimate of all phases for every enabled target stands on top.

#include "core/plan/planio.h"
#include "core/plan/testplan.h"

#include <QWidget>
#include <vector>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace plateau {

class PhaseListModel;
class ProfileEditor;

class PhasesEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PhasesEditor(QWidget *parent = nullptr);

    void setPhases(const std::vector<Phase> &phases); // no changed(); selects the first phase
    std::vector<Phase> phases() const;

    void setEnabledTargets(int count);
    void setIssues(const std::vector<PlanIssue> &issues);
    // The plan's estimate: the profile form's own with one phase, the sum of all phases with several.
    QString estimateText() const;

    PhaseListModel *model() const { return m_model; }
    ProfileEditor *profileEditor() const { return m_profile; }
    QTableView *view() const { return m_view; }
    QCheckBox *gateBox() const { return m_gate; }
    int currentPhase() const { return m_current; }
    void selectPhase(int row);

    // The buttons' actions, on the selected phase.
    void addPhase();
    void removePhase();
    void moveUp();
    void moveDown();

signals:
    void changed();

private:
    void showPhase(int row);
    void updateControls();
    void updateEstimate();
    void applyIssues();

    PhaseListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    ProfileEditor *m_profile = nullptr;
    QCheckBox *m_gate = nullptr;
    QLabel *m_estimate = nullptr;
    QLabel *m_selected = nullptr;
    QPushButton *m_add = nullptr, *m_remove = nullptr, *m_up = nullptr, *m_down = nullptr;
    std::vector<PlanIssue> m_issues;
    int m_current = 0;
    int m_enabledTargets = 1;
    bool m_loading = false;
};

} // namespace plateau
