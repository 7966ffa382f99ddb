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
#include <QStackedWidget>
#include <QVBoxLayout>
#include <cmath>

namespace plateau {

namespace {

constexpr int kMaxUsersField = 100000;
constexpr double kWeekS = 7 * 86400;

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

QDoubleSpinBox *ProfileEditor::secondsField(double max, const QString &path)
{
    auto *box = new QDoubleSpinBox(this);
    box->setRange(0, max);
    box->setDecimals(1);
    box->setSuffix(tr(" s"));
    box->setAccelerated(true);
    box->setMinimumWidth(120);
    connect(box, qOverload<double>(&QDoubleSpinBox::valueChanged), this, &ProfileEditor::onEdited);
    m_issues.add(path, box);
    return box;
}

void ProfileEditor::build()
{
    // The estimate on top, the shape on the left, pacing on the right: all of it visible at once on a
    // laptop screen.
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
    m_kind->addItem(tr("Burst"), int(ProfileKind::Burst));
    m_kind->addItem(tr("Sustained"), int(ProfileKind::Sustained));
    m_kind->addItem(tr("Constant arrival rate (open loop)"), int(ProfileKind::ConstantRate));
    m_issues.add(QStringLiteral("profile.kind"), m_kind);
    kindForm->addRow(tr("Shape:"), m_kind);
    shapeLayout->addLayout(kindForm);
    m_kindHint = new QLabel(shapeBox);
    m_kindHint->setWordWrap(true);
    m_kindHint->setForegroundRole(QPalette::PlaceholderText);
    shapeLayout->addWidget(m_kindHint);

    m_pages = new QStackedWidget(shapeBox);
    {
        auto *page = new QWidget(m_pages);
        auto *form = newForm(page);
        m_maxUsers = intField(0, kMaxUsersField, tr(" users"), QStringLiteral("profile.max_users"));
        m_stepSize = intField(0, kMaxUsersField, tr(" users"), QStringLiteral("profile.step_size"));
        m_stepDuration = secondsField(86400, QStringLiteral("profile.step_duration_s"));
        m_spawnRate = new QDoubleSpinBox(this);
        m_spawnRate->setRange(0, kMaxUsersField);
        m_spawnRate->setDecimals(1);
        m_spawnRate->setSuffix(tr(" users/s"));
        m_spawnRate->setMinimumWidth(120);
        connect(m_spawnRate, qOverload<double>(&QDoubleSpinBox::valueChanged), this,
                &ProfileEditor::onEdited);
        m_issues.add(QStringLiteral("profile.spawn_rate"), m_spawnRate);
        m_settle = secondsField(86400, QStringLiteral("profile.settle_s"));
        // One step below 0 is "auto": the plan leaves settle_s out and the run derives it from the step.
        m_settle->setMinimum(-0.1);
        m_settle->setToolTip(tr("The head of each step is excluded from its statistics while new users "
                                "start. Auto (below 0): a third of the step, at most 5 s"));
        m_stopAtKnee = new QCheckBox(tr("Stop the ramp at the knee"), this);
        m_stopAtKnee->setToolTip(tr("End this target's ramp at the first step after the knee is found (the "
                                    "rules that find the knee are on the Checks tab)"));
        connect(m_stopAtKnee, &QCheckBox::toggled, this, &ProfileEditor::onEdited);
        form->addRow(tr("Max users:"), m_maxUsers);
        form->addRow(tr("Step size:"), m_stepSize);
        form->addRow(tr("Step duration:"), m_stepDuration);
        form->addRow(tr("Spawn rate:"), m_spawnRate);
        form->addRow(tr("Settle per step:"), m_settle);
        form->addRow(QString(), m_stopAtKnee);
        m_pages->addWidget(page);
    }
    {
        auto *page = new QWidget(m_pages);
        auto *form = newForm(page);
        m_burstUsers = intField(0, kMaxUsersField, tr(" users"), QStringLiteral("profile.burst_users"));
        m_burstRamp = secondsField(86400, QStringLiteral("profile.burst_ramp_s"));
        m_hold = secondsField(kWeekS, QStringLiteral("profile.hold_s"));
        form->addRow(tr("Users:"), m_burstUsers);
        form->addRow(tr("Ramp within:"), m_burstRamp);
        form->addRow(tr("Hold for:"), m_hold);
        m_pages->addWidget(page);
    }
    {
        auto *page = new QWidget(m_pages);
        auto *form = newForm(page);
        m_sustainedUsers =
            intField(0, kMaxUsersField, tr(" users"), QStringLiteral("profile.sustained_users"));
        m_sustainedDuration = secondsField(kWeekS, QStringLiteral("profile.duration_s"));
        form->addRow(tr("Users:"), m_sustainedUsers);
        form->addRow(tr("Duration:"), m_sustainedDuration);
        m_pages->addWidget(page);
    }
    {
        auto *page = new QWidget(m_pages);
        auto *form = newForm(page);
        m_arrivalRate = new QDoubleSpinBox(this);
        m_arrivalRate->setRange(0, 1e6);
        m_arrivalRate->setDecimals(2);
        m_arrivalRate->setSuffix(tr(" req/s"));
        m_arrivalRate->setMinimumWidth(120);
        connect(m_arrivalRate, qOverload<double>(&QDoubleSpinBox::valueChanged), this,
                &ProfileEditor::onEdited);
        m_issues.add(QStringLiteral("profile.arrival_rate"), m_arrivalRate);
        m_maxInFlight = intField(0, 1000000, tr(" requests"), QStringLiteral("profile.max_in_flight"));
        m_rateDuration = secondsField(kWeekS, QStringLiteral("profile.duration_s"));
        form->addRow(tr("Arrival rate:"), m_arrivalRate);
        form->addRow(tr("Max in flight:"), m_maxInFlight);
        form->addRow(tr("Duration:"), m_rateDuration);
        m_pages->addWidget(page);
    }
    shapeLayout->addWidget(m_pages);
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

    connect(m_kind, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int index) {
        m_pages->setCurrentIndex(index);
        onEdited();
    });
}

void ProfileEditor::setProfile(const LoadProfile &p)
{
    m_loading = true;
    m_base = p;
    {
        const QSignalBlocker block(m_kind);
        m_kind->setCurrentIndex(m_kind->findData(int(p.kind)));
    }
    m_pages->setCurrentIndex(m_kind->currentIndex());
    setQuietly(m_maxUsers, p.maxUsers);
    setQuietly(m_stepSize, p.stepSize);
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
    setQuietly(m_sustainedDuration, p.durationS);
    setQuietly(m_arrivalRate, p.arrivalRate);
    setQuietly(m_maxInFlight, p.maxInFlight);
    setQuietly(m_rateDuration, p.durationS);
    setQuietly(m_thinkMin, p.thinkMinS);
    setQuietly(m_thinkMax, p.thinkMaxS);
    m_loading = false;
    updateEstimate();
}

LoadProfile ProfileEditor::profile() const
{
    LoadProfile p = m_base;
    p.kind = ProfileKind(m_kind->currentData().toInt());
    p.maxUsers = keptValue(m_base.maxUsers, m_maxUsers);
    p.stepSize = keptValue(m_base.stepSize, m_stepSize);
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
    p.arrivalRate = keptValue(m_base.arrivalRate, m_arrivalRate);
    p.maxInFlight = keptValue(m_base.maxInFlight, m_maxInFlight);
    // Sustained and constant rate share duration_s: the page on show owns it.
    p.durationS = keptValue(m_base.durationS,
                            p.kind == ProfileKind::ConstantRate ? m_rateDuration : m_sustainedDuration);
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

void ProfileEditor::setIssues(const std::vector<PlanIssue> &issues)
{
    m_issues.apply(issues);
}

void ProfileEditor::onEdited()
{
    if (m_loading)
        return;
    // Keep the two duration fields in step so switching shapes shows the value that will be saved.
    if (sender() == m_settle) // the user's choice, auto included, replaces the file's value
        m_base.settleS = m_settle->value() == m_settle->minimum() ? std::nullopt
                                                                  : std::optional<double>(m_settle->value());
    if (sender() == m_sustainedDuration)
        setQuietly(m_rateDuration, m_sustainedDuration->value());
    else if (sender() == m_rateDuration)
        setQuietly(m_sustainedDuration, m_rateDuration->value());
    const bool openLoop = m_kind->currentData().toInt() == int(ProfileKind::ConstantRate);
    m_thinkMin->setEnabled(!openLoop);
    m_thinkMax->setEnabled(!openLoop);
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
    }
    const bool openLoop = p.kind == ProfileKind::ConstantRate;
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
