#pragma once
// The chart data of one run (live or loaded) or of several runs compared: per track (one target of one
// run) its finished steps, its interval snapshots and its saturation verdict, and the points each chart
// line plots. No widgets: the chart panel turns these points into QtCharts series.

#include "core/metrics/snapshot.h"
#include "core/plan/testplan.h"
#include "ui/metricdefs.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <vector>

namespace plateau {

enum class XAxisMode
{
    Users, // one point per step (the in-progress step included), x = concurrent users
    Time,  // one point per interval snapshot, x = seconds since the target's load phase began
};

// Where a target's load went on to another phase: the start of the first interval of that phase.
struct PhaseMark
{
    double atS = 0; // seconds since the target's load began
    int phase = 0;  // index into the plan's phases
};

struct SeriesTrack
{
    int target = -1; // the engine's target index (live runs); -1 for tracks added from loaded runs
    QString label;
    QString group; // compute size: one chart per group
    std::vector<StepResult> steps;
    std::vector<IntervalSnapshot> snapshots;
    SaturationVerdict verdict;
    std::vector<PhaseMark> phaseMarks; // from the snapshots: one per change of IntervalSnapshot::phase
    int firstPhase = -1;               // the phase of the first snapshot (-1: none yet)
    QStringList phaseNames;            // its plan's, by index (runs compared may differ)
    bool verdictFinal = false;         // the engine's verdict; until then it is recomputed after each step
    quint64 revision = 0;              // bumped on every change, so a chart redraws only tracks that changed
};

class RunSeries
{
public:
    void clear();
    void setSettleSeconds(double settleS) { m_settleS = settleS; }
    void setSaturation(const SaturationSettings &s) { m_saturation = s; }
    void setSlo(const Slo &s) { m_slo = s; }
    // The plan's phase names, by index (plan.phases[i].name), for the tracks added after this call.
    void setPhaseNames(const QStringList &names) { m_phaseNames = names; }
    // A track's phase by name; one its plan does not name reads "phase N".
    QString phaseName(int track, int phase) const;

    int addTrack(const QString &label, const QString &group, int target = -1);
    int trackForTarget(int target) const; // -1 when no track shows that target
    // Live data. Each returns false (and ignores the value) when no track shows its target.
    bool addSnapshot(const IntervalSnapshot &s);
    bool addStep(int target, const StepResult &step);
    bool setVerdict(int target, const SaturationVerdict &verdict);
    // Loaded data for a whole track at once; an empty verdict (hasData false) is computed from the steps.
    void setTrackData(int track, std::vector<StepResult> steps, std::vector<IntervalSnapshot> snapshots,
                      const SaturationVerdict &verdict);

    const std::vector<SeriesTrack> &tracks() const { return m_tracks; }
    QStringList groups() const; // distinct groups, in order of first appearance
    quint64 revision() const { return m_revision; }

    // The points of one line (line < chartMetricLines(m)) of one track, x ascending. Steps or intervals
    // without a value for the metric (no latency sample yet) are left out rather than drawn as 0.
    void points(int track, ChartMetric m, int line, XAxisMode mode, QList<QPointF> &out) const;
    // Where the knee / the peak sit on a chart (on line 0); false when there is none (yet). A peak needs at
    // least two finished steps.
    bool kneePoint(int track, ChartMetric m, XAxisMode mode, QPointF *out) const;
    bool peakPoint(int track, ChartMetric m, XAxisMode mode, QPointF *out) const;

    // Value of metric m (line) for a step / a snapshot; false when it has no sample.
    static bool stepValue(const StepResult &s, ChartMetric m, int line, double *out);
    static bool snapshotValue(const IntervalSnapshot &s, ChartMetric m, int line, double *out);

private:
    bool inProgressPoint(const SeriesTrack &t, ChartMetric m, int line, QPointF *out) const;
    bool stepPoint(const SeriesTrack &t, const StepResult &s, ChartMetric m, XAxisMode mode,
                   QPointF *out) const;
    void touch(SeriesTrack &t);
    SaturationVerdict verdictOf(const std::vector<StepResult> &steps) const;
    static void notePhase(SeriesTrack &t, const IntervalSnapshot &s);

    std::vector<SeriesTrack> m_tracks;
    double m_settleS = 0;
    SaturationSettings m_saturation;
    Slo m_slo;
    QStringList m_phaseNames;
    quint64 m_revision = 0;
};

} // namespace plateau
