#include "core/metrics/runmatrix.h"

#include "core/metrics/phaseverdict.h"

#include <algorithm>

namespace plateau {

namespace {

MatrixRow rowOf(const TargetOutcome &o)
{
    MatrixRow r;
    r.target = o.target;
    r.label = o.label;
    r.phase = o.phase;
    r.ran = o.loadRan();
    r.aborted = o.aborted();
    r.detail = o.detail;
    const SaturationVerdict &v = o.verdict;
    r.hasData = r.ran && v.hasData;
    r.peakQpsOk = v.peakQpsOk;
    r.usersAtPeak = v.usersAtPeak;
    r.kneeUsers = v.kneeUsers;
    r.openLoop = v.openLoop;
    r.rateAtPeak = v.rateAtPeak;
    r.kneeRate = v.kneeRate;
    r.hasKnee = v.kneeStep >= 0 || v.kneeUsers > 0;
    r.generatorBound = v.generatorBound;
    r.slo = v.slo;
    const StepResult *peak = nullptr;
    for (const StepResult &s : o.steps) {
        if (s.completed == 0)
            continue;
        r.usersReached = std::max(r.usersReached, s.users);
        r.rateReached = std::max(r.rateReached, s.offeredRate);
        // The same step the verdict calls the peak: the first with the highest QPS ok.
        if (!peak || s.qpsOk > peak->qpsOk)
            peak = &s;
    }
    if (peak)
        r.tokens = tokenRate(*peak);
    r.latencyP95Ms = o.total.latency.p95Ms;
    r.ttftP95Ms = o.total.ttft.p95Ms;
    r.failureRate = o.total.failureRate;
    r.hasLatency = o.total.latency.count > 0;
    r.hasTtft = o.total.ttft.count > 0;
    r.thresholdsTotal = static_cast<int>(o.thresholds.size());
    r.thresholdsPassed = static_cast<int>(std::count_if(o.thresholds.begin(), o.thresholds.end(),
                                                        [](const ThresholdResult &t) { return t.passed; }));
    return r;
}

// One phase of a target: its own figures. A phase that does not ramp has no knee; its peak is its QPS ok.
MatrixRow rowOfPhase(const TargetOutcome &o, const PhaseOutcome &p)
{
    MatrixRow r;
    r.target = o.target;
    r.label = o.label;
    r.phase = o.phase;
    r.phaseName = p.name;
    r.phaseState = p.state;
    r.verdictText = phaseVerdictText(p);
    r.ran = p.ran();
    const StepResult &t = p.total;
    r.hasData = r.ran && t.completed > 0;
    const SaturationVerdict &v = p.verdict;
    r.peakQpsOk = v.hasData ? v.peakQpsOk : t.qpsOk;
    r.usersAtPeak = v.hasData ? v.usersAtPeak : t.users;
    r.kneeUsers = v.hasData ? v.kneeUsers : 0;
    r.openLoop = v.openLoop || t.offeredRate > 0 || p.lateArrivals + p.droppedArrivals > 0;
    r.rateAtPeak = v.hasData ? v.rateAtPeak : 0;
    r.kneeRate = v.hasData ? v.kneeRate : 0;
    r.hasKnee = v.hasData && (v.kneeStep >= 0 || v.kneeUsers > 0);
    r.generatorBound = v.generatorBound;
    r.slo = v.slo;
    for (const StepResult &s : o.steps) {
        if (s.phase == p.index && s.completed > 0) {
            r.usersReached = std::max(r.usersReached, s.users);
            r.rateReached = std::max(r.rateReached, s.offeredRate);
            r.openLoop = r.openLoop || s.offeredRate > 0;
        }
    }
    if (r.openLoop && !v.hasData)
        r.rateAtPeak = r.rateReached;
    r.tokens = tokenRate(t);
    r.latencyP95Ms = t.latency.p95Ms;
    r.ttftP95Ms = t.ttft.p95Ms;
    r.failureRate = t.failureRate;
    r.hasLatency = t.latency.count > 0;
    r.hasTtft = t.ttft.count > 0;
    r.thresholdsTotal = static_cast<int>(p.thresholds.size());
    r.thresholdsPassed = static_cast<int>(std::count_if(p.thresholds.begin(), p.thresholds.end(),
                                                        [](const ThresholdResult &x) { return x.passed; }));
    return r;
}

} // namespace

RunMatrix runMatrix(const RunOutcome &outcome, const TestPlan &plan)
{
    RunMatrix m;
    m.slo = plan.slo;
    m.rampCanGrow = plan.profile().kind == ProfileKind::StepRamp;
    m.stoppedByUser = outcome.stoppedByUser;
    m.targetsRun = outcome.targetsRun();
    m.targetsTotal = static_cast<int>(outcome.targets.size());
    m.phased = plan.phases.size() > 1;
    for (const TargetOutcome &o : outcome.targets) {
        MatrixRow r = rowOf(o);
        if (m.phased) {
            for (const PhaseOutcome &p : o.phases) {
                MatrixRow pr = rowOfPhase(o, p);
                if (pr.hasData) {
                    m.anyTokens = m.anyTokens || pr.tokens.tokens;
                    m.anyDeltas = m.anyDeltas || !pr.tokens.tokens;
                }
                r.phases.push_back(std::move(pr));
            }
        }
        if (r.hasData) {
            m.anyTokens = m.anyTokens || r.tokens.tokens;
            m.anyDeltas = m.anyDeltas || !r.tokens.tokens;
        }
        m.rows.push_back(std::move(r));
    }

    // A target stopped part-way, skipped or aborted by its own gate never finished the ramp: its figures
    // say what it survived so far, not what it can do, so it cannot be the best configuration.
    std::vector<int> eligible;
    for (int i = 0; i < static_cast<int>(m.rows.size()); ++i) {
        const MatrixRow &r = m.rows[static_cast<std::size_t>(i)];
        if (r.phase == TargetPhase::Completed && !r.aborted && r.hasData)
            eligible.push_back(i);
    }
    m.candidates = static_cast<int>(eligible.size());
    for (int i : eligible) {
        const MatrixRow &r = m.rows[static_cast<std::size_t>(i)];
        if (!r.slo.met)
            continue;
        if (m.best < 0 || r.slo.maxQpsOk > m.rows[static_cast<std::size_t>(m.best)].slo.maxQpsOk)
            m.best = i;
    }
    if (m.best >= 0) {
        m.basis = BestBasis::MaxQpsUnderSlo;
    } else {
        for (int i : eligible) {
            const MatrixRow &r = m.rows[static_cast<std::size_t>(i)];
            if (m.best < 0 || r.peakQpsOk > m.rows[static_cast<std::size_t>(m.best)].peakQpsOk)
                m.best = i;
        }
        m.basis = m.best >= 0 ? BestBasis::PeakQpsOk : BestBasis::None;
    }
    if (m.best >= 0)
        m.bestIsLowerBound = !m.rows[static_cast<std::size_t>(m.best)].hasKnee;
    return m;
}

} // namespace plateau
