#include "ui/planeditor.h"

#include "ui/checkseditor.h"
#include "ui/issuetext.h"
#include "ui/phaseseditor.h"
#include "ui/profileeditor.h"
#include "ui/prompteditor.h"
#include "ui/requesteditor.h"
#include "ui/targetseditor.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace plateau {

namespace {

QWidget *scrollable(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace

PlanEditor::PlanEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *nameForm = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setToolTip(tr("Name of the plan; runs are saved as <runs folder>/<name>-<time>"));
    nameForm->addRow(tr("Plan name:"), m_name);
    m_nameIssues.add(QStringLiteral("name"), m_name);
    layout->addLayout(nameForm);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *targetsBox = new QGroupBox(tr("Targets (run one after another, in this order)"), splitter);
    auto *targetsLayout = new QVBoxLayout(targetsBox);
    m_targets = new TargetsEditor(targetsBox);
    targetsLayout->addWidget(m_targets);
    splitter->addWidget(targetsBox);

    m_tabs = new QTabWidget(splitter);
    m_phases = new PhasesEditor;
    m_request = new RequestEditor;
    m_prompts = new PromptEditor;
    m_checks = new ChecksEditor;
    m_tabs->addTab(scrollable(m_phases), tr("Load profile"));
    m_tabs->setTabToolTip(0, tr("The phases every target runs in order, and the load shape of each"));
    m_tabs->addTab(scrollable(m_request), tr("Request"));
    m_tabs->addTab(m_prompts, tr("Prompts"));
    m_tabs->addTab(scrollable(m_checks), tr("Checks"));
    m_tabs->setTabToolTip(m_tabs->count() - 1,
                          tr("Health check and warm-up, thresholds, and the saturation verdict's limits"));
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    m_problemsTitle = new QLabel(this);
    m_problemsTitle->setObjectName(QStringLiteral("problemsTitle"));
    m_problemsTitle->setTextFormat(Qt::RichText);
    m_problemsTitle->setWordWrap(true);
    layout->addWidget(m_problemsTitle);
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("problemsList"));
    m_problems->setMaximumHeight(96);
    m_problems->setAlternatingRowColors(true);
    layout->addWidget(m_problems);

    connect(m_name, &QLineEdit::textEdited, this, &PlanEditor::onEdited);
    connect(m_targets->model(), &TargetTableModel::edited, this, &PlanEditor::onEdited);
    connect(m_phases, &PhasesEditor::changed, this, &PlanEditor::onEdited);
    connect(m_request, &RequestEditor::changed, this, &PlanEditor::onEdited);
    connect(m_prompts, &PromptEditor::changed, this, &PlanEditor::onEdited);
    connect(m_checks, &ChecksEditor::changed, this, &PlanEditor::onEdited);

    setPlan(TestPlan{});
}

ProfileEditor *PlanEditor::profileEditor() const
{
    return m_phases->profileEditor();
}

TargetTableModel *PlanEditor::targetModel() const
{
    return m_targets->model();
}

ThresholdTableModel *PlanEditor::thresholdModel() const
{
    return m_checks->thresholdModel();
}

void PlanEditor::setPlan(const TestPlan &plan, const std::vector<PlanIssue> &loadIssues)
{
    m_loading = true;
    m_base = plan;
    m_loadIssues = loadIssues;
    m_name->setText(plan.name);
    m_targets->model()->setTargets(plan.targets);
    m_phases->setPhases(plan.phases);
    m_request->setRequest(plan.request);
    m_prompts->setPrompts(plan.prompts);
    m_prompts->setSource(plan.promptSource);
    m_checks->setChecks(plan.health, plan.thresholds, plan.saturation, plan.slo);
    m_checks->setThresholdSets(plan.thresholdSets, plan.thresholdSet);
    m_loading = false;
    revalidate();
}

TestPlan PlanEditor::plan() const
{
    TestPlan p = m_base;
    p.name = m_name->text().trimmed();
    p.targets = m_targets->model()->targets();
    p.phases = m_phases->phases();
    p.request = m_request->request();
    p.prompts = m_prompts->prompts();
    p.promptSource = m_prompts->source();
    p.health = m_checks->health();
    p.thresholds = m_checks->thresholds();
    p.thresholdSet = m_checks->thresholdSet();
    p.saturation = m_checks->saturation();
    p.slo = m_checks->slo();
    return p;
}

void PlanEditor::clearLoadIssues()
{
    if (m_loadIssues.empty())
        return;
    m_loadIssues.clear();
    revalidate();
}

void PlanEditor::showProblems()
{
    if (m_problems->count() > 0)
        m_problems->setFocus();
}

void PlanEditor::onEdited()
{
    if (m_loading)
        return;
    revalidate();
    emit edited();
}

void PlanEditor::revalidate()
{
    const TestPlan p = plan();
    // What the file said and the workbench could not take stands beside the plan's own problems: a typo
    // must not look like a plan that is ready to run with the default in its place.
    m_issues = m_loadIssues;
    const std::vector<PlanIssue> semantic = validatePlan(p);
    m_issues.insert(m_issues.end(), semantic.begin(), semantic.end());
    m_targets->model()->setIssues(m_issues);
    m_phases->setIssues(m_issues);
    m_request->setIssues(m_issues);
    m_prompts->setIssues(m_issues);
    m_checks->setIssues(m_issues);
    m_nameIssues.apply(m_issues);
    m_phases->setEnabledTargets(m_targets->model()->enabledCount());

    m_problems->clear();
    for (const PlanIssue &issue : m_issues)
        m_problems->addItem(issueText(issue));
    if (m_issues.empty()) {
        m_problemsTitle->setText(tr("<span style='color:#2e7d32'>✔ The plan is ready to run.</span>"));
        m_problems->hide();
    } else {
        QString title = tr(
            "<span style='color:#b71c1c'><b>%n problem(s)</b></span> — the run cannot start until they are "
            "fixed; the cells and fields concerned are marked red.",
            nullptr, int(m_issues.size()));
        if (!m_loadIssues.empty())
            title += QLatin1Char(' ') +
                     tr("%n of them come from reading the file: fix the file and open it again, or save the "
                        "plan from here, which writes it as shown, without them.",
                        nullptr, int(m_loadIssues.size()));
        m_problemsTitle->setText(title);
        m_problems->show();
    }
}

} // namespace plateau
