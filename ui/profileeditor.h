#pragma once
// Load profile editor for one phase: the shape (step ramp, linear ramp, burst, sustained, constant rate,
// arrival-rate ramp, sweep) with the fields that shape uses, pacing, and the estimated run time per target
// and for the whole matrix. The saturation verdict's limits sit with the other checks of a run
// (checkseditor.h); the phase list around it is phaseseditor.h.

#include "core/plan/planio.h"
#include "core/plan/testplan.h"
#include "ui/fieldissues.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace plateau {

class ProfileEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileEditor(QWidget *parent = nullptr);

    void setProfile(const LoadProfile &profile); // no changed()
    LoadProfile profile() const;

    // The total estimate multiplies the per-target estimate by the enabled targets.
    void setEnabledTargets(int count);
    QString estimateText() const;
    // The phase list shows the estimate of all phases itself: it hides this one.
    void setEstimateVisible(bool on);
    // Issues by path ("profile.max_users"): the phase list passes each phase's with this prefix.
    void setIssues(const std::vector<PlanIssue> &issues);
    // Whether the form shows the row of that field now (the chosen kind uses it).
    bool isFieldShown(const QWidget *field) const;

signals:
    void changed();

private:
    void build();
    void updateRows();
    void updateEstimate();
    void onEdited();
    QSpinBox *intField(int min, int max, const QString &suffix, const QString &path);
    QDoubleSpinBox *secondsField(double max, const QString &path);
    QDoubleSpinBox *numberField(double max, int decimals, const QString &suffix, const QString &path);
    ProfileKind currentKind() const;
    SweepOn currentSweepOn() const;

    bool m_loading = false;
    int m_enabledTargets = 1;
    LoadProfile m_base; // unedited fields give back the loaded value exactly (see spinfields.h)
    QComboBox *m_kind = nullptr;
    QLabel *m_kindHint = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_sweepOn = nullptr;
    QSpinBox *m_startUsers = nullptr, *m_maxUsers = nullptr, *m_stepSize = nullptr;
    QDoubleSpinBox *m_startRate = nullptr, *m_endRate = nullptr, *m_arrivalRate = nullptr;
    QSpinBox *m_rateSteps = nullptr;
    QDoubleSpinBox *m_duration = nullptr, *m_stepDuration = nullptr, *m_spawnRate = nullptr,
                   *m_settle = nullptr;
    QCheckBox *m_stopAtKnee = nullptr;
    QSpinBox *m_burstUsers = nullptr;
    QDoubleSpinBox *m_burstRamp = nullptr, *m_hold = nullptr;
    QSpinBox *m_sustainedUsers = nullptr;
    QSpinBox *m_maxInFlight = nullptr;
    QDoubleSpinBox *m_tolerance = nullptr;
    QSpinBox *m_maxProbes = nullptr;
    QDoubleSpinBox *m_thinkMin = nullptr, *m_thinkMax = nullptr;
    QLabel *m_estimate = nullptr;
    FieldIssues m_issues;
};

} // namespace plateau
