#pragma once
// What decides a run's outcome besides its numbers: the health check and warm-up before each target's
// load, the thresholds that pass or fail it, the limits of the saturation verdict and the SLO behind "max QPS
// under the SLO".

#include "core/plan/planio.h"
#include "core/plan/testplan.h"
#include "ui/fieldissues.h"

#include <QWidget>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace plateau {

class ThresholdsEditor;
class ThresholdTableModel;

class ChecksEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ChecksEditor(QWidget *parent = nullptr);

    // A load: no changed().
    void setChecks(const HealthCheck &health, const std::vector<Threshold> &thresholds,
                   const SaturationSettings &saturation, const Slo &slo);
    // The plan's named threshold sets ("live", "mock") and the one a run judges; the selector is hidden when
    // the plan has none. A load: no changed().
    void setThresholdSets(const std::vector<ThresholdSet> &sets, const QString &current);
    QString thresholdSet() const; // empty = none
    HealthCheck health() const;
    std::vector<Threshold> thresholds() const;
    SaturationSettings saturation() const;
    Slo slo() const;

    ThresholdsEditor *thresholdsEditor() const { return m_thresholds; }
    ThresholdTableModel *thresholdModel() const;
    void setIssues(const std::vector<PlanIssue> &issues);

signals:
    void changed();

private:
    void onEdited();
    void updateHealthFields();

    bool m_loading = false;
    HealthCheck m_baseHealth; // unedited fields give back the loaded value exactly (see spinfields.h)
    SaturationSettings m_baseSaturation;
    Slo m_baseSlo;
    QCheckBox *m_healthEnabled = nullptr;
    QSpinBox *m_attempts = nullptr, *m_warmup = nullptr;
    QDoubleSpinBox *m_retryDelay = nullptr, *m_healthTimeout = nullptr;
    QDoubleSpinBox *m_flatFraction = nullptr, *m_p95Limit = nullptr, *m_errorRateLimit = nullptr;
    QDoubleSpinBox *m_sloLatency = nullptr, *m_sloTtft = nullptr, *m_sloFailureRate = nullptr;
    ThresholdsEditor *m_thresholds = nullptr;
    QWidget *m_setRow = nullptr;
    QComboBox *m_thresholdSet = nullptr;
    FieldIssues m_issues;
};

} // namespace plateau
