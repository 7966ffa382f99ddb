#include "ui/runseries.h"

#include "core/metrics/saturation.h"
#include "core/metrics/slo.h"

#include <QCoreApplication>
#include <algorithm>

namespace plateau {

namespace {

bool percentile(const Summary &s, int line, double *out)
{
    if (s.count == 0)
        return false;
    *out = line == 0 ? s.p50Ms : line == 1 ? s.p95Ms : s.p99Ms;
    return true;
}

} // namespace

SaturationVerdict RunSeries::verdictOf(const std::vector<StepResult> &steps) const
{
    // The two calls the engine makes when a target finishes: the knee alone would leave verdict.slo empty,
    // and the results' "max QPS under SLO" would stay blank until then.
    SaturationVerdict v = detectSaturation(steps, m_saturation);
    v.slo = evaluateSlo(steps, m_slo);
    return v;
}

QString RunSeries::phaseName(int track, int phase) const
{
    if (track >= 0 && track < int(m_tracks.size())) {
        const QStringList &names = m_tracks[std::size_t(track)].phaseNames;
        if (phase >= 0 && phase < names.size() && !names[phase].isEmpty())
            return names[phase];
    }
    return QCoreApplication::translate("plateau::RunSeries", "phase %1").arg(phase + 1);
}

void RunSeries::notePhase(SeriesTrack &t, const IntervalSnapshot &s)
{
    // Only changes are marked: the first phase starts where the axis does. Kept as the snapshots arrive,
    // so a redraw never scans them.
    const int previous = t.phaseMarks.empty() ? t.firstPhase : t.phaseMarks.back().phase;
    if (t.firstPhase < 0)
        t.firstPhase = s.phase;
    else if (s.phase != previous)
        t.phaseMarks.push_back(PhaseMark{s.tStartS, s.phase});
}

void RunSeries::clear()
{
    m_tracks.clear();
    m_phaseNames.clear();
    ++m_revision;
}

int RunSeries::addTrack(const QString &label, const QString &group, int target)
{
    SeriesTrack t;
    t.target = target;
    t.label = label;
    t.phaseNames = m_phaseNames;
    t.group = group.trimmed().isEmpty() ? QStringLiteral("other") : group.trimmed().toLower();
    m_tracks.push_back(std::move(t));
    ++m_revision;
    return int(m_tracks.size()) - 1;
}

int RunSeries::trackForTarget(int target) const
{
    for (std::size_t i = 0; i < m_tracks.size(); ++i) {
        if (m_tracks[i].target == target && target >= 0)
            return int(i);
    }
    return -1;
}

void RunSeries::touch(SeriesTrack &t)
{
    ++t.revision;
    ++m_revision;
}

bool RunSeries::addSnapshot(const IntervalSnapshot &s)
{
    const int i = trackForTarget(s.target);
    if (i < 0)
        return false;
    SeriesTrack &t = m_tracks[std::size_t(i)];
    notePhase(t, s);
    t.snapshots.push_back(s);
    touch(t);
    return true;
}

bool RunSeries::addStep(int target, const StepResult &step)
{
    const int i = trackForTarget(target);
    if (i < 0)
        return false;
    SeriesTrack &t = m_tracks[std::size_t(i)];
    t.steps.push_back(step);
    // The live knee: the same rule the engine applies at the end, on the steps so far.
    if (!t.verdictFinal)
        t.verdict = verdictOf(t.steps);
    touch(t);
    return true;
}

bool RunSeries::setVerdict(int target, const SaturationVerdict &verdict)
{
    const int i = trackForTarget(target);
    if (i < 0)
        return false;
    SeriesTrack &t = m_tracks[std::size_t(i)];
    t.verdict = verdict;
    t.verdictFinal = true;
    touch(t);
    return true;
}

void RunSeries::setTrackData(int track, std::vector<StepResult> steps,
                             std::vector<IntervalSnapshot> snapshots, const SaturationVerdict &verdict)
{
    if (track < 0 || track >= int(m_tracks.size()))
        return;
    SeriesTrack &t = m_tracks[std::size_t(track)];
    t.steps = std::move(steps);
    t.snapshots = std::move(snapshots);
    t.phaseMarks.clear();
    t.firstPhase = -1;
    for (const IntervalSnapshot &s : t.snapshots)
        notePhase(t, s);
    t.verdict = verdict.hasData ? verdict : verdictOf(t.steps);
    t.verdictFinal = true;
    touch(t);
}

QStringList RunSeries::groups() const
{
    QStringList out;
    for (const SeriesTrack &t : m_tracks) {
        if (!out.contains(t.group))
            out << t.group;
    }
    return out;
}

bool RunSeries::stepValue(const StepResult &s, ChartMetric m, int line, double *out)
{
    switch (m) {
    case ChartMetric::Qps:
        *out = s.qps;
        return true;
    case ChartMetric::QpsOk:
        *out = s.qpsOk;
        return true;
    case ChartMetric::Latency:
        return percentile(s.latency, line, out);
    case ChartMetric::Ttft:
        return percentile(s.ttft, line, out);
    case ChartMetric::FailurePct:
        if (s.completed == 0)
            return false;
        *out = s.failureRate * 100.0;
        return true;
    }
    return false;
}

bool RunSeries::snapshotValue(const IntervalSnapshot &s, ChartMetric m, int line, double *out)
{
    switch (m) {
    case ChartMetric::Qps:
        *out = s.qps;
        return true;
    case ChartMetric::QpsOk:
        *out = s.qpsOk;
        return true;
    case ChartMetric::Latency:
        return percentile(s.latency, line, out);
    case ChartMetric::Ttft:
        return percentile(s.ttft, line, out);
    case ChartMetric::FailurePct:
        if (s.completed == 0)
            return false;
        *out = 100.0 * s.failureRate();
        return true;
    }
    return false;
}

bool RunSeries::inProgressPoint(const SeriesTrack &t, ChartMetric m, int line, QPointF *out) const
{
    // The step still running: its snapshots after the settle time, merged the way the loader derives steps
    // (counts summed, percentiles completion-weighted). The finished StepResult replaces this point.
    if (t.snapshots.empty())
        return false;
    const int step = t.snapshots.back().step;
    if (!t.steps.empty() && t.steps.back().step >= step)
        return false;
    auto first = t.snapshots.end();
    while (first != t.snapshots.begin() && std::prev(first)->step == step)
        --first;
    const double settleEnd = first->tStartS + m_settleS;
    auto from = first;
    while (from != t.snapshots.end() && from->tStartS + 1e-9 < settleEnd)
        ++from;
    if (from == t.snapshots.end())
        from = first; // still settling: show the raw value rather than nothing

    double seconds = 0, weighted = 0, weight = 0;
    std::uint64_t completed = 0, ok = 0, failed = 0;
    int users = 0;
    for (auto it = from; it != t.snapshots.end(); ++it) {
        seconds += it->tEndS - it->tStartS;
        completed += it->completed;
        ok += it->ok;
        failed += serverFailureCount(it->failures);
        users = std::max(users, it->users);
        double v = 0;
        if ((m == ChartMetric::Latency || m == ChartMetric::Ttft) && snapshotValue(*it, m, line, &v)) {
            const double w = double(m == ChartMetric::Latency ? it->latency.count : it->ttft.count);
            weighted += v * w;
            weight += w;
        }
    }
    double y = 0;
    switch (m) {
    case ChartMetric::Qps:
        if (seconds <= 0)
            return false;
        y = double(completed) / seconds;
        break;
    case ChartMetric::QpsOk:
        if (seconds <= 0)
            return false;
        y = double(ok) / seconds;
        break;
    case ChartMetric::Latency:
    case ChartMetric::Ttft:
        if (weight <= 0)
            return false;
        y = weighted / weight;
        break;
    case ChartMetric::FailurePct:
        if (completed == 0)
            return false;
        y = 100.0 * double(failed) / double(completed);
        break;
    }
    *out = QPointF(users, y);
    return true;
}

void RunSeries::points(int track, ChartMetric m, int line, XAxisMode mode, QList<QPointF> &out) const
{
    out.clear();
    if (track < 0 || track >= int(m_tracks.size()))
        return;
    const SeriesTrack &t = m_tracks[std::size_t(track)];
    double y = 0;
    if (mode == XAxisMode::Time) {
        out.reserve(int(t.snapshots.size()));
        for (const IntervalSnapshot &s : t.snapshots) {
            if (snapshotValue(s, m, line, &y))
                out.append(QPointF(s.tEndS, y));
        }
        return;
    }
    out.reserve(int(t.steps.size()) + 1);
    for (const StepResult &s : t.steps) {
        if (stepValue(s, m, line, &y))
            out.append(QPointF(s.users, y));
    }
    QPointF live;
    if (inProgressPoint(t, m, line, &live))
        out.append(live);
}

bool RunSeries::stepPoint(const SeriesTrack &, const StepResult &s, ChartMetric m, XAxisMode mode,
                          QPointF *out) const
{
    double y = 0;
    if (!stepValue(s, m, 0, &y))
        return false;
    *out = QPointF(mode == XAxisMode::Users ? double(s.users) : s.windowEndS, y);
    return true;
}

bool RunSeries::kneePoint(int track, ChartMetric m, XAxisMode mode, QPointF *out) const
{
    if (track < 0 || track >= int(m_tracks.size()))
        return false;
    const SeriesTrack &t = m_tracks[std::size_t(track)];
    if (t.verdict.kneeUsers <= 0)
        return false;
    for (const StepResult &s : t.steps) {
        if (s.step == t.verdict.kneeStep || (t.verdict.kneeStep < 0 && s.users == t.verdict.kneeUsers))
            return stepPoint(t, s, m, mode, out);
    }
    return false;
}

bool RunSeries::peakPoint(int track, ChartMetric m, XAxisMode mode, QPointF *out) const
{
    if (track < 0 || track >= int(m_tracks.size()))
        return false;
    const SeriesTrack &t = m_tracks[std::size_t(track)];
    // A peak needs a step to be higher than: with one finished step, the "peak" would only be the first
    // step, and a star on it while the ramp has barely begun tells the user nothing (or something wrong).
    if (!t.verdict.hasData || t.verdict.usersAtPeak <= 0 || t.steps.size() < 2)
        return false;
    // The peak step: the users at peak with the highest QPS ok (a ramp may revisit a user count).
    const StepResult *best = nullptr;
    for (const StepResult &s : t.steps) {
        if (s.users == t.verdict.usersAtPeak && (!best || s.qpsOk > best->qpsOk))
            best = &s;
    }
    return best && stepPoint(t, *best, m, mode, out);
}

} // namespace plateau
