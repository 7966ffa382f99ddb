#pragma once
// Load profile editor: the shape (step ramp, burst, sustained, constant rate) with the fields of each,
// pacing, and the estimated run time per target and for the whole matrix. The saturation verdict's limits
// sit with the other checks of a run (checkseditor.h).

#include "core/plan/planio.h"
#include "core/plan/testplan.h"
#include "ui/fieldissues.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QStackedWidget;

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
    void setIssues(const std::vector<PlanIssue> &issues);

signals:
    void changed();

private:
    void build();
    void updateEstimate();
    void onEdited();
    QSpinBox *intField(int min, int max, const QString &suffix, const QString &path);
    QDoubleSpinBox *secondsField(double max, const QString &path);

    bool m_loading = false;
    int m_enabledTargets = 1;
    LoadProfile m_base; // unedited fields give back the loaded value exactly (see spinfields.h)
    QComboBox *m_kind = nullptr;
    QLabel *m_kindHint = nullptr;
    QStackedWidget *m_pages = nullptr;
    QSpinBox *m_maxUsers = nullptr, *m_stepSize = nullptr;
    QDoubleSpinBox *m_stepDuration = nullptr, *m_spawnRate = nullptr, *m_settle = nullptr;
    QCheckBox *m_stopAtKnee = nullptr;
    QSpinBox *m_burstUsers = nullptr;
    QDoubleSpinBox *m_burstRamp = nullptr, *m_hold = nullptr;
    QSpinBox *m_sustainedUsers = nullptr;
    QDoubleSpinBox *m_sustainedDuration = nullptr;
    QDoubleSpinBox *m_arrivalRate = nullptr, *m_rateDuration = nullptr;
    QSpinBox *m_maxInFlight = nullptr;
    QDoubleSpinBox *m_thinkMin = nullptr, *m_thinkMax = nullptr;
    QLabel *m_estimate = nullptr;
    FieldIssues m_issues;
};

} // namespace plateau
