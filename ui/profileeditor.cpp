#include "ui/profileeditor.h"

#include "ui/format.h"
#include "ui/spinfields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <cmath>

namespace plateau {

namespace {

constexpr int kMaxUsersField = 100000;
constexpr double kWeekS = 7 * 86400;
constexpr double kMaxRateField = 1e6; // requests/s

QFormLayout *newForm(QWidget *page)
{
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return form;
}

} // namespace

ProfileEditor::ProfileEditor(QWidget *parent) : QWidget(parent)
{
    build();
    setProfile(LoadProfile{});
}

QSpinBox *ProfileEditor::intField(int min, int max, const QString &suffix, const QString &path)
{
    auto *box = new QSpinBox(this);
    box->setRange(min, max);
    box->setSuffix(suffix);
    box->setAccelerated(true);
    box->setMinimumWidth(120);
    connect(box, qOverload<int>(&QSpinBox::valueChanged), this, &ProfileEditor::onEdited);
    m_issues.add(path, box);
    return box;
}

QDoubleSpinBox *ProfileEditor::numberField(double max, int decimals, const QString &suffix,
                                           const QString &path)
{
    auto *box = new QDoubleSpinBox(this);
    box->setRange(0, max);
    box->setDecimals(decimals);
    box->setSuffix(suffix);
    box->setAccelerated(true);
    box->setMinimumWidth(120);
    connect(box, qOverload<double>(&QDoubleSpinBox::valueChanged), this, &ProfileEditor::onEdited);
    m_issues.add(path, box);
    return box;
}

QDoubleSpinBox *ProfileEditor::secondsField(double max, const QString &path)
{
    return numberField(max, 1, tr(" s"), path);
}

void ProfileEditor::build()
{
    // The estimate on top, the shape on the left, pacing on the right: all of it visible at once on a
    // laptop screen. One form holds every field once and shows the rows the chosen shape uses: fields
    // that several shapes share (the duration, the window) are one widget, so switching shapes shows the
    // value that will be saved.
    auto *layout = new QVBoxLayout(this);
    m_estimate = new QLabel(this);
    m_estimate->setWordWrap(true);
    m_estimate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_estimate->setStyleSheet(QStringLiteral("QLabel { background: #eef4fb; border: 1px solid #c5d7ee; "
                                             "border-radius: 3px; padding: 6px; color: #1a2a40; }"));
    layout->addWidget(m_estimate);
    auto *columns = new QHBoxLayout;
    layout->addLayout(columns, 1);
    auto *right = new QVBoxLayout;

    auto *shapeBox = new QGroupBox(tr("Load shape"), this);
    auto *shapeLayout = new QVBoxLayout(shapeBox);
    auto *kindForm = newForm(nullptr);
    m_kind = new QComboBox(shapeBox);
    m_kind->addItem(tr("Step ramp to saturation"), int(ProfileKind::StepRamp));
    m_kind->addItem(tr("Linear ramp of users"), int(ProfileKind::LinearRamp));
    m_kind->addItem(tr("Burst"), int(ProfileKind::Burst));
    m_kind->addItem(tr("Sustained"), int(ProfileKind::Sustained));
    m_kind->addItem(tr("Constant arrival rate (open loop)"), int(ProfileKind::ConstantRate));
    m_kind->addItem(tr("Arrival-rate ramp (open loop)"), int(ProfileKind::ArrivalRamp));
    m_kind->addItem(tr("Sweep for the highest load within the SLO"), int(ProfileKind::Sweep));
    m_issues.add(QStringLiteral("profile.kind"), m_kind);
    kindForm->addRow(tr("Shape:"), m_kind);
    shapeLayout->addLayout(kindForm);
    m_kindHint = new QLabel(shapeBox);
    m_kindHint->setWordWrap(true);
    m_kindHint->setForegroundRole(QPalette::PlaceholderText);
    shapeLayout->addWidget(m_kindHint);

    auto *fields = new QWidget(shapeBox);
    m_form = newForm(fields);
    m_sweepOn = new QComboBox(this);
    m_sweepOn->addItem(tr("Arrival rate (open loop)"), int(SweepOn::Rate));
    m_sweepOn->addItem(tr("Users (closed loop)"), int(SweepOn::Users));
    m_issues.add(QStringLiteral("profile.sweep_on"), m_sweepOn);
    connect(m_sweepOn, qOverload<int>(&QComboBox::currentIndexChanged), this, &ProfileEditor::onEdited);
    m_startUsers = intField(0, kMaxUsersField, tr(" users"), QStringLiteral("profile.start_users"));
    m_maxUsers = intField(0, kMaxUsersField, tr(" users"), QStringLiteral("profile.max_users"));
    m_stepSize = intField(0, kMaxUsersField, tr(" users"), QStringLiteral("profile.step_size"));
    m_startRate = numberField(kMaxRateField, 2, tr(" req/s"), QStringLiteral("profile.start_rate"));
    m_endRate = numberField(kMaxRateField, 2, tr(" req/s"), QStringLiteral("profile.end_rate"));
    m_arrivalRate = numberField(kMaxRateField, 2, tr(" req/s"), QStringLiteral("profile.arrival_rate"));
    m_burstUsers = intField(0, kMaxUsersField, tr(" users"), QStringLiteral("profile.burst_users"));
    m_burstRamp = secondsField(86400, QStringLiteral("profile.burst_ramp_s"));
    m_hold = secondsField(kWeekS, QStringLiteral("profile.hold_s"));
    m_sustainedUsers = intField(0, kMaxUsersField, tr(" users"), QStringLiteral("profile.sustained_users"));
    m_duration = secondsField(kWeekS, QStringLiteral("profile.duration_s"));
    m_rateSteps = intField(0, 1000, QString(), QStringLiteral("profile.rate_steps"));
    m_rateSteps->setSpecialValueText(tr("linear"));
    m_rateSteps->setToolTip(tr("0 rises linearly, measured in windows; N holds N levels, each an equal part "
                               "of the duration"));
    m_stepDuration = secondsField(86400, QStringLiteral("profile.step_duration_s"));
    m_spawnRate = numberField(kMaxUsersField, 1, tr(" users/s"), QStringLiteral("profile.spawn_rate"));
    m_maxInFlight = intField(0, 1000000, tr(" requests"), QStringLiteral("profile.max_in_flight"));
    m_maxInFlight->setToolTip(tr("An open loop sends at its rate whatever the latency: at most this many "
                                 "requests wait at once, arrivals beyond it are dropped and counted"));
    m_tolerance = numberField(1, 3, QString(), QStringLiteral("profile.sweep_tolerance"));
    m_tolerance->setSingleStep(0.01);
    m_tolerance->setToolTip(tr("The search stops when the last load within the SLO and the first beyond it "
                               "are this close (0.05 = within 5 %)"));
    m_maxProbes = intField(0, 100, tr(" probes"), QStringLiteral("profile.sweep_max_steps"));
    m_settle = secondsField(86400, QStringLiteral("profile.settle_s"));
    // One step below 0 is "auto": the plan leaves settle_s out and the run derives it from the step.
    m_settle->setMinimum(-0.1);
    m_settle->setToolTip(tr("The head of each step is excluded from its statistics while new users "
                            "start. Auto (below 0): a third of the step, at most 5 s"));
    m_stopAtKnee = new QCheckBox(tr("Stop the ramp at the knee"), this);
    m_stopAtKnee->setToolTip(tr("End this target's ramp at the first step after the knee is found (the "
                                "rules that find the knee are on the Checks tab)"));
    connect(m_stopAtKnee, &QCheckBox::toggled, this, &ProfileEditor::onEdited);

    m_form->addRow(tr("Search on:"), m_sweepOn);
    m_form->addRow(tr("Start users:"), m_startUsers);
    m_form->addRow(tr("Max users:"), m_maxUsers);
    m_form->addRow(tr("Step size:"), m_stepSize);
    m_form->addRow(tr("Start rate:"), m_startRate);
    m_form->addRow(tr("End rate:"), m_endRate);
    m_form->addRow(tr("Arrival rate:"), m_arrivalRate);
    m_form->addRow(tr("Users:"), m_burstUsers);
    m_form->addRow(tr("Ramp within:"), m_burstRamp);
    m_form->addRow(tr("Hold for:"), m_hold);
    m_form->addRow(tr("Users:"), m_sustainedUsers);
    m_form->addRow(tr("Duration:"), m_duration);
    m_form->addRow(tr("Levels:"), m_rateSteps);
    m_form->addRow(tr("Step duration:"), m_stepDuration);
    m_form->addRow(tr("Spawn rate:"), m_spawnRate);
    m_form->addRow(tr("Max in flight:"), m_maxInFlight);
    m_form->addRow(tr("Tolerance:"), m_tolerance);
    m_form->addRow(tr("Max probes:"), m_maxProbes);
    m_form->addRow(tr("Settle per step:"), m_settle);
    m_form->addRow(QString(), m_stopAtKnee);
    shapeLayout->addWidget(fields);
    shapeLayout->addStretch(1);
    columns->addWidget(shapeBox, 1);
    columns->addLayout(right, 1);

    auto *pacingBox = new QGroupBox(tr("Pacing (closed loop)"), this);
    auto *pacing = newForm(pacingBox);
    m_thinkMin = secondsField(3600, QStringLiteral("profile.think_min_s"));
    m_thinkMax = secondsField(3600, QStringLiteral("profile.think_max_s"));
    m_thinkMin->setDecimals(2);
    m_thinkMax->setDecimals(2);
    m_thinkMin->setToolTip(tr("Each user pauses a random time between min and max before its next request"));
    pacing->addRow(tr("Think time min:"), m_thinkMin);
    pacing->addRow(tr("Think time max:"), m_thinkMax);
    right->addWidget(pacingBox);

    right->addStretch(1);

    connect(m_kind, qOverload<int>(&QComboBox::currentIndexChanged), this, &ProfileEditor::onEdited);
}

ProfileKind ProfileEditor::currentKind() const
{
    return ProfileKind(m_kind->currentData().toInt());
}

SweepOn ProfileEditor::currentSweepOn() const
{
    return SweepOn(m_sweepOn->currentData().toInt());
}

void ProfileEditor::updateRows()
{
    const ProfileKind k = currentKind();
    const bool sweep = k == ProfileKind::Sweep;
    const bool sweepUsers = sweep && currentSweepOn() == SweepOn::Users;
    const bool sweepRate = sweep && !sweepUsers;
    const bool linear = k == ProfileKind::LinearRamp;
    const bool arrival = k == ProfileKind::ArrivalRamp;
    const bool step = k == ProfileKind::StepRamp;
    // A stepped arrival ramp is measured per level, not in windows.
    const bool windowed = step || linear || sweep || (arrival && m_rateSteps->value() == 0);
    const auto show = [this](QWidget *field, bool on) {
        m_form->setRowVisible(field, on);
    };
    show(m_sweepOn, sweep);
    show(m_startUsers, linear || sweepUsers);
    show(m_maxUsers, step || linear || sweepUsers);
    show(m_stepSize, step);
    show(m_startRate, arrival || sweepRate);
    show(m_endRate, arrival || sweepRate);
    show(m_arrivalRate, k == ProfileKind::ConstantRate);
    show(m_burstUsers, k == ProfileKind::Burst);
    show(m_burstRamp, k == ProfileKind::Burst);
    show(m_hold, k == ProfileKind::Burst);
    show(m_sustainedUsers, k == ProfileKind::Sustained);
    show(m_duration, k == ProfileKind::Sustained || k == ProfileKind::ConstantRate || linear || arrival);
    show(m_rateSteps, arrival);
    show(m_stepDuration, windowed);
    show(m_spawnRate, step || sweepUsers || k == ProfileKind::Sustained);
    show(m_maxInFlight, k == ProfileKind::ConstantRate || arrival || sweepRate);
    show(m_tolerance, sweep);
    show(m_maxProbes, sweep);
    show(m_settle, windowed || arrival);
    show(m_stopAtKnee, step);

    // The same field means a slightly different thing per shape: its label says which.
    const auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field)))
            l->setText(text);
    };
    label(m_maxUsers, sweepUsers ? tr("Up to users:") : tr("Max users:"));
    label(m_endRate, sweepRate ? tr("Up to rate:") : tr("End rate:"));
    label(m_stepDuration, step ? tr("Step duration:") : sweep ? tr("Probe duration:") : tr("Window:"));
    label(m_settle, step       ? tr("Settle per step:")
                    : sweep    ? tr("Settle per probe:")
                    : windowed ? tr("Settle per window:")
                               : tr("Settle per level:"));
}

bool ProfileEditor::isFieldShown(const QWidget *field) const
{
    int row = -1;
    QFormLayout::ItemRole role;
    m_form->getWidgetPosition(const_cast<QWidget *>(field), &row, &role);
    return row >= 0 && m_form->isRowVisible(row);
}

void ProfileEditor::setProfile(const LoadProfile &p)
{
    m_loading = true;
    m_base = p;
    {
        const QSignalBlocker block(m_kind);
        m_kind->setCurrentIndex(m_kind->findData(int(p.kind)));
    }
    {
        const QSignalBlocker block(m_sweepOn);
        m_sweepOn->setCurrentIndex(m_sweepOn->findData(int(p.sweepOn)));
    }
    setQuietly(m_startUsers, p.startUsers);
    setQuietly(m_maxUsers, p.maxUsers);
    setQuietly(m_stepSize, p.stepSize);
    setQuietly(m_startRate, p.startRate);
    setQuietly(m_endRate, p.endRate);
    setQuietly(m_arrivalRate, p.arrivalRate);
    setQuietly(m_rateSteps, p.rateSteps);
    setQuietly(m_stepDuration, p.stepDurationS);
    setQuietly(m_spawnRate, p.spawnRate);
    setQuietly(m_settle, p.settleS ? *p.settleS : m_settle->minimum());
    {
        const QSignalBlocker block(m_stopAtKnee);
        m_stopAtKnee->setChecked(p.stopAtKnee);
    }
    setQuietly(m_burstUsers, p.burstUsers);
    setQuietly(m_burstRamp, p.burstRampS);
    setQuietly(m_hold, p.holdS);
    setQuietly(m_sustainedUsers, p.sustainedUsers);
    setQuietly(m_duration, p.durationS);
    setQuietly(m_maxInFlight, p.maxInFlight);
    setQuietly(m_tolerance, p.sweepTolerance);
    setQuietly(m_maxProbes, p.sweepMaxSteps);
    setQuietly(m_thinkMin, p.thinkMinS);
    setQuietly(m_thinkMax, p.thinkMaxS);
    m_loading = false;
    updateRows();
    updateEstimate();
}

LoadProfile ProfileEditor::profile() const
{
    LoadProfile p = m_base;
    p.kind = currentKind();
    p.sweepOn = currentSweepOn();
    p.startUsers = keptValue(m_base.startUsers, m_startUsers);
    p.maxUsers = keptValue(m_base.maxUsers, m_maxUsers);
    p.stepSize = keptValue(m_base.stepSize, m_stepSize);
    p.startRate = keptValue(m_base.startRate, m_startRate);
    p.endRate = keptValue(m_base.endRate, m_endRate);
    p.arrivalRate = keptValue(m_base.arrivalRate, m_arrivalRate);
    p.rateSteps = keptValue(m_base.rateSteps, m_rateSteps);
    p.stepDurationS = keptValue(m_base.stepDurationS, m_stepDuration);
    p.spawnRate = keptValue(m_base.spawnRate, m_spawnRate);
    // A negative settle_s from the file also shows as auto (the box clamps it): keep it, and its issue,
    // until the user picks a value.
    if (m_settle->value() == m_settle->minimum())
        p.settleS = m_base.settleS && *m_base.settleS < 0 ? m_base.settleS : std::nullopt;
    else
        p.settleS = keptValue(m_base.settleS.value_or(std::nan("")), m_settle);
    p.stopAtKnee = m_stopAtKnee->isChecked();
    p.burstUsers = keptValue(m_base.burstUsers, m_burstUsers);
    p.burstRampS = keptValue(m_base.burstRampS, m_burstRamp);
    p.holdS = keptValue(m_base.holdS, m_hold);
    p.sustainedUsers = keptValue(m_base.sustainedUsers, m_sustainedUsers);
    p.durationS = keptValue(m_base.durationS, m_duration);
    p.maxInFlight = keptValue(m_base.maxInFlight, m_maxInFlight);
    p.sweepTolerance = keptValue(m_base.sweepTolerance, m_tolerance);
    p.sweepMaxSteps = keptValue(m_base.sweepMaxSteps, m_maxProbes);
    p.thinkMinS = keptValue(m_base.thinkMinS, m_thinkMin);
    p.thinkMaxS = keptValue(m_base.thinkMaxS, m_thinkMax);
    return p;
}

void ProfileEditor::setEnabledTargets(int count)
{
    if (count == m_enabledTargets)
        return;
    m_enabledTargets = count;
    updateEstimate();
}

QString ProfileEditor::estimateText() const
{
    return m_estimate->text();
}

void ProfileEditor::setEstimateVisible(bool on)
{
    m_estimate->setVisible(on);
}

void ProfileEditor::setIssues(const std::vector<PlanIssue> &issues)
{
    m_issues.apply(issues);
}

void ProfileEditor::onEdited()
{
    if (m_loading)
        return;
    if (sender() == m_settle) // the user's choice, auto included, replaces the file's value
        m_base.settleS = m_settle->value() == m_settle->minimum() ? std::nullopt
                                                                  : std::optional<double>(m_settle->value());
    updateRows();
    updateEstimate();
    emit changed();
}

void ProfileEditor::updateEstimate()
{
    const LoadProfile p = profile();
    switch (p.kind) {
    case ProfileKind::StepRamp:
        m_kindHint->setText(
            tr("Adds step-size users every step duration up to max users, holding each level; "
               "each step's QPS is measured after the settle time."));
        break;
    case ProfileKind::LinearRamp:
        m_kindHint->setText(tr("Users rise evenly from start users to max users over the duration; QPS is "
                               "measured in windows of the window length."));
        break;
    case ProfileKind::Burst:
        m_kindHint->setText(tr("Starts all users within the ramp time, then holds them."));
        break;
    case ProfileKind::Sustained:
        m_kindHint->setText(tr("Holds a fixed number of users for the whole duration (soak test)."));
        break;
    case ProfileKind::ConstantRate:
        m_kindHint->setText(
            tr("Sends requests at a fixed rate whatever the latency; latency is also reported "
               "from the intended send time (coordinated omission)."));
        break;
    case ProfileKind::ArrivalRamp:
        m_kindHint->setText(tr("The arrival rate rises from the start rate to the end rate over the "
                               "duration, evenly or in levels, whatever the latency (open loop)."));
        break;
    case ProfileKind::Sweep:
        m_kindHint->setText(tr("Probes the load from the start upwards, doubling while the plan's SLO "
                               "holds, then narrows down between the last load within it and the first "
                               "beyond (the SLO is on the Checks tab)."));
        break;
    }
    const bool openLoop = p.isOpenLoop();
    m_thinkMin->setEnabled(!openLoop);
    m_thinkMax->setEnabled(!openLoop);
    // Auto shows what the run will use, which follows the step duration.
    LoadProfile automatic = p;
    automatic.settleS.reset();
    m_settle->setSpecialValueText(tr("auto (%1 s)").arg(automatic.effectiveSettleS(), 0, 'f', 1));

    const double perTarget = estimatedTargetSeconds(p);
    QString text;
    if (p.kind == ProfileKind::StepRamp && p.stepSize > 0) {
        const int steps = (p.maxUsers + p.stepSize - 1) / p.stepSize;
        text = tr("Estimated run time: <b>%1</b> per target (%2 steps × %3)")
                   .arg(formatDuration(perTarget))
                   .arg(steps)
                   .arg(formatDuration(p.stepDurationS));
    } else if (p.kind == ProfileKind::Sweep) {
        text = tr("Estimated run time: at most <b>%1</b> per target (%2 probes × %3)")
                   .arg(formatDuration(perTarget))
                   .arg(p.sweepMaxSteps)
                   .arg(formatDuration(p.stepDurationS));
    } else {
        text = tr("Estimated run time: <b>%1</b> per target").arg(formatDuration(perTarget));
    }
    text += tr(", <b>%1</b> for %n enabled target(s).", nullptr, m_enabledTargets)
                .arg(formatDuration(perTarget * m_enabledTargets));
    text += QStringLiteral(" <span style='color:#5a6b80'>") +
            tr("(load phase only; each target's health check and warm-up add a few seconds)") +
            QStringLiteral("</span>");
    m_estimate->setText(text);
}

} // namespace plateau
