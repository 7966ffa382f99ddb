#pragma once
// The whole plan editor: name, target matrix, load profile, request template, prompts, and the checks
// (health check and warm-up, thresholds, saturation verdict), validated on every edit (problem cells and
// fields marked, all problems listed with rows numbered as the tables number them).

#include "core/plan/planio.h"
#include "core/plan/testplan.h"
#include "ui/fieldissues.h"

#include <QWidget>
#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;
class QTabWidget;

namespace plateau {

class ChecksEditor;
class ProfileEditor;
class PromptEditor;
class RequestEditor;
class TargetsEditor;
class TargetTableModel;
class ThresholdTableModel;

class PlanEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PlanEditor(QWidget *parent = nullptr);

    void setPlan(const TestPlan &plan); // a load: no edited()
    TestPlan plan() const;
    const std::vector<PlanIssue> &issues() const { return m_issues; }

    TargetsEditor *targetsEditor() const { return m_targets; }
    TargetTableModel *targetModel() const;
    ProfileEditor *profileEditor() const { return m_profile; }
    RequestEditor *requestEditor() const { return m_request; }
    PromptEditor *promptEditor() const { return m_prompts; }
    ChecksEditor *checksEditor() const { return m_checks; }
    ThresholdTableModel *thresholdModel() const;
    QTabWidget *tabs() const { return m_tabs; }
    QListWidget *problemList() const { return m_problems; }
    void showProblems(); // brings the problem list into view

signals:
    void edited();

private:
    void onEdited();
    void revalidate();

    TestPlan m_base; // sections without an editor here (mock, engine) pass through
    std::vector<PlanIssue> m_issues;
    QLineEdit *m_name = nullptr;
    TargetsEditor *m_targets = nullptr;
    QTabWidget *m_tabs = nullptr;
    ProfileEditor *m_profile = nullptr;
    RequestEditor *m_request = nullptr;
    PromptEditor *m_prompts = nullptr;
    ChecksEditor *m_checks = nullptr;
    QLabel *m_problemsTitle = nullptr;
    QListWidget *m_problems = nullptr;
    FieldIssues m_nameIssues;
    bool m_loading = false;
};

} // namespace plateau
