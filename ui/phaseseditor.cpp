#include "ui/phaseseditor.h"

#include "ui/format.h"
#include "ui/phaselistmodel.h"
#include "ui/profileeditor.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace plateau {

PhasesEditor::PhasesEditor(QWidget *parent) : QWidget(parent), m_model(new PhaseListModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_estimate = new QLabel(this);
    m_estimate->setObjectName(QStringLiteral("phasesEstimate"));
    m_estimate->setWordWrap(true);
    m_estimate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_estimate->setStyleSheet(QStringLiteral("QLabel { background: #eef4fb; border: 1px solid #c5d7ee; "
                                             "border-radius: 3px; padding: 6px; color: #1a2a40; }"));
    layout->addWidget(m_estimate);

    auto *listRow = new QHBoxLayout;
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    // The name takes the spare width: the time stays next to the shape it belongs to.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PhaseListModel::NameColumn, QHeaderView::Stretch);
    m_view->setToolTip(tr("Every target runs these phases in order; double-click a name to rename it"));
    // A few phases fit without a scroll bar, no more: the form below needs the height.
    m_view->setMaximumHeight(m_view->verticalHeader()->defaultSectionSize() * 5 +
                             m_view->horizontalHeader()->sizeHint().height() + 4);
    listRow->addWidget(m_view, 1);

    auto *buttons = new QVBoxLayout;
    m_add = new QPushButton(tr("Add"), this);
    m_add->setToolTip(tr("Add a phase after the selected one"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setToolTip(tr("Remove the selected phase (a plan keeps at least one)"));
    m_up = new QPushButton(tr("Move up"), this);
    m_down = new QPushButton(tr("Move down"), this);
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch(1);
    listRow->addLayout(buttons);
    layout->addLayout(listRow);

    auto *selectedRow = new QHBoxLayout;
    m_selected = new QLabel(this);
    QFont bold = m_selected->font();
    bold.setBold(true);
    m_selected->setFont(bold);
    selectedRow->addWidget(m_selected);
    m_gate = new QCheckBox(tr("Run only if the previous phase passed its thresholds"), this);
    m_gate->setToolTip(tr("Otherwise this phase, and the gated phases after it, are skipped with the "
                          "reason (a smoke test before the ramp)"));
    selectedRow->addWidget(m_gate);
    selectedRow->addStretch(1);
    layout->addLayout(selectedRow);

    m_profile = new ProfileEditor(this);
    layout->addWidget(m_profile, 1);

    connect(m_add, &QPushButton::clicked, this, &PhasesEditor::addPhase);
    connect(m_remove, &QPushButton::clicked, this, &PhasesEditor::removePhase);
    connect(m_up, &QPushButton::clicked, this, &PhasesEditor::moveUp);
    connect(m_down, &QPushButton::clicked, this, &PhasesEditor::moveDown);
    connect(m_gate, &QCheckBox::toggled, this, [this](bool on) { m_model->setGate(m_current, on); });
    connect(m_profile, &ProfileEditor::changed, this,
            [this] { m_model->setProfile(m_current, m_profile->profile()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && current.row() != m_current)
                    showPhase(current.row());
            });
    connect(m_model, &PhaseListModel::edited, this, [this] {
        updateControls();
        updateEstimate();
        if (!m_loading)
            emit changed();
    });

    setPhases({Phase{}});
}

void PhasesEditor::setPhases(const std::vector<Phase> &phases)
{
    m_loading = true;
    m_model->setPhases(phases);
    m_loading = false;
    m_current = -1;
    selectPhase(0);
    updateEstimate();
}

std::vector<Phase> PhasesEditor::phases() const
{
    return m_model->phases();
}

void PhasesEditor::selectPhase(int row)
{
    row = std::clamp(row, 0, m_model->rowCount() - 1);
    showPhase(row);
    const QSignalBlocker block(m_view->selectionModel());
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, PhaseListModel::NameColumn),
                                              QItemSelectionModel::ClearAndSelect |
                                                  QItemSelectionModel::Rows);
}

void PhasesEditor::showPhase(int row)
{
    m_current = row;
    m_loading = true;
    m_profile->setProfile(m_model->phase(row).profile);
    m_loading = false;
    updateControls();
    applyIssues();
}

void PhasesEditor::updateControls()
{
    const int n = m_model->rowCount();
    const Phase &p = m_model->phase(m_current);
    m_selected->setText(n > 1 ? tr("Phase %1 — %2:").arg(m_current + 1).arg(p.name) : QString());
    m_selected->setVisible(n > 1);
    {
        const QSignalBlocker block(m_gate);
        m_gate->setChecked(p.gate);
    }
    // The first phase has none before it to pass; a file that gates it anyway can still clear it here.
    m_gate->setEnabled(m_current > 0 || p.gate);
    m_remove->setEnabled(n > 1);
    m_up->setEnabled(m_current > 0);
    m_down->setEnabled(m_current < n - 1);
}

void PhasesEditor::addPhase()
{
    const int row = m_model->addPhase(m_current);
    selectPhase(row);
}

void PhasesEditor::removePhase()
{
    const int row = m_current;
    if (m_model->removePhase(row))
        selectPhase(std::min(row, m_model->rowCount() - 1));
}

void PhasesEditor::moveUp()
{
    // The selection may follow the moved row on its own: the row to select is the one from before.
    const int row = m_current;
    if (m_model->moveUp(row))
        selectPhase(row - 1);
}

void PhasesEditor::moveDown()
{
    const int row = m_current;
    if (m_model->moveDown(row))
        selectPhase(row + 1);
}

void PhasesEditor::setEnabledTargets(int count)
{
    m_enabledTargets = count;
    m_profile->setEnabledTargets(count);
    updateEstimate();
}

void PhasesEditor::setIssues(const std::vector<PlanIssue> &issues)
{
    m_issues = issues;
    m_model->setIssues(issues);
    applyIssues();
}

void PhasesEditor::applyIssues()
{
    m_profile->setIssues(PhaseListModel::profileIssues(m_issues, m_current, m_model->rowCount()));
}

QString PhasesEditor::estimateText() const
{
    return m_model->rowCount() > 1 ? m_estimate->text() : m_profile->estimateText();
}

void PhasesEditor::updateEstimate()
{
    const std::vector<Phase> &phases = m_model->phases();
    const bool several = phases.size() > 1;
    // One phase: the profile form's estimate, with its steps, as before phases.
    m_estimate->setVisible(several);
    m_profile->setEstimateVisible(!several);
    if (!several)
        return;
    const double perTarget = estimatedTargetSeconds(phases);
    QStringList parts;
    for (const Phase &p : phases)
        parts << tr("%1 %2").arg(p.name.toHtmlEscaped(), formatDuration(estimatedTargetSeconds(p.profile)));
    QString text =
        tr("Estimated run time: <b>%1</b> per target (%n phase(s): %2)", nullptr, int(phases.size()))
            .arg(formatDuration(perTarget), parts.join(QStringLiteral(", ")));
    text += tr(", <b>%1</b> for %n enabled target(s).", nullptr, m_enabledTargets)
                .arg(formatDuration(perTarget * m_enabledTargets));
    text += QStringLiteral(" <span style='color:#5a6b80'>") +
            tr("(load only; a sweep counts at its bound, a gated phase as if it runs; each target's health "
               "check and warm-up add a few seconds)") +
            QStringLiteral("</span>");
    m_estimate->setText(text);
}

} // namespace plateau
