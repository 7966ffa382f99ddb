#include "ui/checkseditor.h"

#include "ui/spinfields.h"
#include "ui/thresholdseditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace plateau {

namespace {

QFormLayout *newForm(QWidget *box)
{
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return form;
}

} // namespace

ChecksEditor::ChecksEditor(QWidget *parent) : QWidget(parent)
{
    // The short forms on the left, the thresholds table beside them where it has space to grow. The two sets
    // of per-step limits (knee, SLO) sit side by side under the health check: stacked, the three do not fit
    // the Checks tab of a 1280x800 window, and side by side their rows can be compared.
    auto *columns = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    columns->addLayout(left);

    // The spin boxes' ranges are a little wider than validatePlan allows where a value is invalid (0
    // attempts): the field then shows the problem instead of clamping it away.
    const auto intBox = [this](int max, const QString &suffix, const QString &path) {
        auto *box = new QSpinBox(this);
        box->setRange(0, max);
        box->setSuffix(suffix);
        box->setMinimumWidth(120);
        connect(box, qOverload<int>(&QSpinBox::valueChanged), this, &ChecksEditor::onEdited);
        m_issues.add(path, box);
        return box;
    };
    const auto doubleBox = [this](double max, int decimals, const QString &suffix, const QString &path) {
        auto *box = new QDoubleSpinBox(this);
        box->setRange(0, max);
        box->setDecimals(decimals);
        box->setSuffix(suffix);
        box->setAccelerated(true);
        box->setMinimumWidth(120);
        connect(box, qOverload<double>(&QDoubleSpinBox::valueChanged), this, &ChecksEditor::onEdited);
        m_issues.add(path, box);
        return box;
    };

    auto *healthBox = new QGroupBox(tr("Health check and warm-up"), this);
    auto *health = newForm(healthBox);
    m_healthEnabled = new QCheckBox(tr("Check each target before its load"), healthBox);
    m_healthEnabled->setToolTip(tr("One streaming request must reach [DONE] before the load starts; a "
                                   "target that fails it is skipped and the run fails"));
    connect(m_healthEnabled, &QCheckBox::toggled, this, &ChecksEditor::onEdited);
    m_issues.add(QStringLiteral("health.enabled"), m_healthEnabled);
    m_attempts = intBox(100, tr(" attempts"), QStringLiteral("health.attempts"));
    m_attempts->setToolTip(tr("How many times the check is tried before the target is skipped"));
    m_retryDelay = doubleBox(3600, 1, tr(" s"), QStringLiteral("health.retry_delay_s"));
    m_retryDelay->setToolTip(tr("Pause between two attempts"));
    m_healthTimeout = doubleBox(86400, 1, tr(" s"), QStringLiteral("health.timeout_s"));
    m_healthTimeout->setToolTip(tr("Deadline of one attempt; an app that starts cold may need a minute"));
    m_warmup = intBox(10000, tr(" requests"), QStringLiteral("health.warmup_requests"));
    m_warmup->setToolTip(tr("Requests sent one after another before the load, not counted in the results "
                            "(0 = none); they run whether the check is on or off"));
    health->addRow(QString(), m_healthEnabled);
    health->addRow(tr("Attempts:"), m_attempts);
    health->addRow(tr("Retry delay:"), m_retryDelay);
    health->addRow(tr("Timeout per attempt:"), m_healthTimeout);
    health->addRow(tr("Warm-up:"), m_warmup);
    left->addWidget(healthBox);

    auto *satBox = new QGroupBox(tr("Saturation verdict"), this);
    auto *sat = newForm(satBox);
    m_flatFraction = doubleBox(1, 2, QString(), QStringLiteral("saturation.flat_fraction"));
    m_flatFraction->setSingleStep(0.05);
    m_flatFraction->setToolTip(tr("The knee is the first step whose QPS gain is below this share of the gain "
                                  "expected if QPS grew linearly with users"));
    m_p95Limit = doubleBox(3600000, 0, tr(" ms"), QStringLiteral("saturation.p95_limit_ms"));
    m_p95Limit->setSpecialValueText(tr("no limit"));
    m_p95Limit->setToolTip(tr("A step whose latency p95 crosses this limit is the knee"));
    m_errorRateLimit = doubleBox(1, 3, QString(), QStringLiteral("saturation.error_rate_limit"));
    m_errorRateLimit->setSingleStep(0.01);
    m_errorRateLimit->setToolTip(tr("A step whose failure rate (0..1) crosses this limit is the knee"));
    sat->addRow(tr("Flat fraction:"), m_flatFraction);
    sat->addRow(tr("Latency p95 limit:"), m_p95Limit);
    sat->addRow(tr("Failure rate limit:"), m_errorRateLimit);
    auto *limits = new QHBoxLayout;
    limits->addWidget(satBox);

    auto *sloBox = new QGroupBox(tr("SLO"), this);
    sloBox->setToolTip(tr("What a step must deliver to count as served: the results show the highest QPS ok "
                          "of a step within all three limits as \"max QPS under SLO\""));
    auto *slo = newForm(sloBox);
    m_sloLatency = doubleBox(3600000, 0, tr(" ms"), QStringLiteral("slo.latency_p95_ms"));
    m_sloLatency->setSpecialValueText(tr("no limit"));
    m_sloLatency->setToolTip(tr("A step whose latency p95 is above this limit is not within the SLO"));
    m_sloTtft = doubleBox(3600000, 0, tr(" ms"), QStringLiteral("slo.ttft_p95_ms"));
    m_sloTtft->setSpecialValueText(tr("no limit"));
    m_sloTtft->setToolTip(tr("A step whose time to first token p95 is above this limit is not within the "
                             "SLO; a step without any text delta then never is"));
    m_sloFailureRate = doubleBox(1, 3, QString(), QStringLiteral("slo.failure_rate"));
    m_sloFailureRate->setSingleStep(0.01);
    m_sloFailureRate->setToolTip(tr("A step whose failure rate (0..1) is above this limit is not within the "
                                    "SLO; 0 allows no failure at all"));
    slo->addRow(tr("Latency p95 limit:"), m_sloLatency);
    slo->addRow(tr("TTFT p95 limit:"), m_sloTtft);
    slo->addRow(tr("Failure rate limit:"), m_sloFailureRate);
    limits->addWidget(sloBox);
    left->addLayout(limits);
    left->addStretch(1);
    // Names for tests and for style sheets; the plan key each field edits.
    m_healthEnabled->setObjectName(QStringLiteral("health.enabled"));
    m_attempts->setObjectName(QStringLiteral("health.attempts"));
    m_retryDelay->setObjectName(QStringLiteral("health.retry_delay_s"));
    m_healthTimeout->setObjectName(QStringLiteral("health.timeout_s"));
    m_warmup->setObjectName(QStringLiteral("health.warmup_requests"));
    m_flatFraction->setObjectName(QStringLiteral("saturation.flat_fraction"));
    m_p95Limit->setObjectName(QStringLiteral("saturation.p95_limit_ms"));
    m_errorRateLimit->setObjectName(QStringLiteral("saturation.error_rate_limit"));
    m_sloLatency->setObjectName(QStringLiteral("slo.latency_p95_ms"));
    m_sloTtft->setObjectName(QStringLiteral("slo.ttft_p95_ms"));
    m_sloFailureRate->setObjectName(QStringLiteral("slo.failure_rate"));

    auto *thresholdBox = new QGroupBox(tr("Thresholds"), this);
    auto *thresholdLayout = new QVBoxLayout(thresholdBox);
    auto *hint = new QLabel(tr("Each enabled target passes only when every threshold holds, over its whole "
                               "load phase or in every step; a failed threshold makes the run exit 1."),
                            thresholdBox);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    thresholdLayout->addWidget(hint);
    // The k6 runbook's latency profiles: the chosen set's gates are judged beside the table's.
    m_setRow = new QWidget(thresholdBox);
    auto *setLayout = new QHBoxLayout(m_setRow);
    setLayout->setContentsMargins(0, 0, 0, 0);
    m_thresholdSet = new QComboBox(m_setRow);
    m_thresholdSet->setObjectName(QStringLiteral("threshold_set"));
    m_thresholdSet->setToolTip(tr("The plan's named threshold set judged beside the thresholds below "
                                  "(plateau run --threshold-set NAME)"));
    auto *setLabel = new QLabel(tr("Threshold set:"), m_setRow);
    setLabel->setBuddy(m_thresholdSet);
    setLayout->addWidget(setLabel);
    setLayout->addWidget(m_thresholdSet);
    setLayout->addStretch(1);
    thresholdLayout->addWidget(m_setRow);
    connect(m_thresholdSet, qOverload<int>(&QComboBox::currentIndexChanged), this, &ChecksEditor::onEdited);
    m_thresholds = new ThresholdsEditor(thresholdBox);
    thresholdLayout->addWidget(m_thresholds, 1);
    columns->addWidget(thresholdBox, 1);

    connect(m_thresholds->model(), &ThresholdTableModel::edited, this, &ChecksEditor::onEdited);
    setChecks(HealthCheck{}, {}, SaturationSettings{}, Slo{});
}

void ChecksEditor::setThresholdSets(const std::vector<ThresholdSet> &sets, const QString &current)
{
    const QSignalBlocker block(m_thresholdSet);
    m_thresholdSet->clear();
    m_thresholdSet->addItem(tr("none"), QString());
    for (const ThresholdSet &s : sets)
        m_thresholdSet->addItem(tr("%1 (%n gate(s))", nullptr, int(s.thresholds.size())).arg(s.name), s.name);
    // A name the plan has no set for stays chosen, marked, so validation names it rather than the editor
    // quietly judging none.
    if (!current.isEmpty() && m_thresholdSet->findData(current) < 0)
        m_thresholdSet->addItem(tr("%1 (not in the plan)").arg(current), current);
    m_thresholdSet->setCurrentIndex(std::max(0, m_thresholdSet->findData(current)));
    m_setRow->setVisible(!sets.empty() || !current.isEmpty());
}

QString ChecksEditor::thresholdSet() const
{
    return m_thresholdSet->currentData().toString();
}

ThresholdTableModel *ChecksEditor::thresholdModel() const
{
    return m_thresholds->model();
}

void ChecksEditor::setChecks(const HealthCheck &h, const std::vector<Threshold> &thresholds,
                             const SaturationSettings &s, const Slo &slo)
{
    m_loading = true;
    m_baseHealth = h;
    {
        const QSignalBlocker block(m_healthEnabled);
        m_healthEnabled->setChecked(h.enabled);
    }
    setQuietly(m_attempts, h.attempts);
    setQuietly(m_retryDelay, h.retryDelayS);
    setQuietly(m_healthTimeout, h.timeoutS);
    setQuietly(m_warmup, h.warmupRequests);
    m_baseSaturation = s;
    setQuietly(m_flatFraction, s.flatFraction);
    setQuietly(m_p95Limit, s.p95LimitMs);
    setQuietly(m_errorRateLimit, s.errorRateLimit);
    m_baseSlo = slo;
    setQuietly(m_sloLatency, slo.latencyP95Ms);
    setQuietly(m_sloTtft, slo.ttftP95Ms);
    setQuietly(m_sloFailureRate, slo.failureRate);
    m_thresholds->model()->setThresholds(thresholds);
    m_loading = false;
    updateHealthFields();
}

HealthCheck ChecksEditor::health() const
{
    HealthCheck h = m_baseHealth;
    h.enabled = m_healthEnabled->isChecked();
    h.attempts = keptValue(m_baseHealth.attempts, m_attempts);
    h.retryDelayS = keptValue(m_baseHealth.retryDelayS, m_retryDelay);
    h.timeoutS = keptValue(m_baseHealth.timeoutS, m_healthTimeout);
    h.warmupRequests = keptValue(m_baseHealth.warmupRequests, m_warmup);
    return h;
}

std::vector<Threshold> ChecksEditor::thresholds() const
{
    return m_thresholds->model()->thresholds();
}

SaturationSettings ChecksEditor::saturation() const
{
    SaturationSettings s = m_baseSaturation;
    s.flatFraction = keptValue(m_baseSaturation.flatFraction, m_flatFraction);
    s.p95LimitMs = keptValue(m_baseSaturation.p95LimitMs, m_p95Limit);
    s.errorRateLimit = keptValue(m_baseSaturation.errorRateLimit, m_errorRateLimit);
    return s;
}

Slo ChecksEditor::slo() const
{
    Slo s = m_baseSlo;
    s.latencyP95Ms = keptValue(m_baseSlo.latencyP95Ms, m_sloLatency);
    s.ttftP95Ms = keptValue(m_baseSlo.ttftP95Ms, m_sloTtft);
    s.failureRate = keptValue(m_baseSlo.failureRate, m_sloFailureRate);
    return s;
}

void ChecksEditor::setIssues(const std::vector<PlanIssue> &issues)
{
    m_issues.apply(issues);
    m_thresholds->model()->setIssues(issues);
}

void ChecksEditor::onEdited()
{
    if (m_loading)
        return;
    updateHealthFields();
    emit changed();
}

void ChecksEditor::updateHealthFields()
{
    // The check's own fields mean nothing while it is off; the warm-up runs either way.
    const bool on = m_healthEnabled->isChecked();
    m_attempts->setEnabled(on);
    m_retryDelay->setEnabled(on);
    m_healthTimeout->setEnabled(on);
}

} // namespace plateau
