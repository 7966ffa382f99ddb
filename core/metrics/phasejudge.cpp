#include "core/metrics/phasejudge.h"

#include "core/metrics/saturation.h"
#include "core/metrics/thresholds.h"

#include <algorithm>

namespace plateau {

std::vector<StepResult> stepsByLoad(std::vector<StepResult> ps)
{
    std::stable_sort(ps.begin(), ps.end(), [](const StepResult &a, const StepResult &b) {
        return a.offeredRate != b.offeredRate ? a.offeredRate < b.offeredRate : a.users < b.users;
    });
    return ps;
}

SaturationVerdict phaseSaturation(const LoadProfile &profile, const std::vector<StepResult> &steps,
                                  const SaturationSettings &settings)
{
    if (profile.isOpenLoop())
        return detectRateSaturation(stepsByLoad(steps), settings);
    return detectSaturation(stepsByLoad(steps), settings);
}

std::vector<Threshold> phaseThresholds(const std::vector<Threshold> &all, const QString &phase)
{
    std::vector<Threshold> out;
    for (const Threshold &t : all)
        if (t.phase.isEmpty() || t.phase == phase)
            out.push_back(t);
    return out;
}

std::vector<ThresholdResult> judgePhaseThresholds(const std::vector<Threshold> &gates, const PhaseOutcome &po,
                                                  const std::vector<StepResult> &ps)
{
    StepResult all = po.total;
    if (!po.tags.empty()) {
        all.checksPassed = all.checksFailed = 0;
        for (const TagOutcome &t : po.tags) {
            all.checksPassed += t.total.checksPassed;
            all.checksFailed += t.total.checksFailed;
        }
    }
    std::vector<ThresholdResult> out;
    for (const Threshold &t : gates) {
        ThresholdResult r;
        if (t.tag.isEmpty()) {
            r = evaluateThresholds({t}, all, po.verdict, ps).front();
        } else {
            const auto it = std::find_if(po.tags.begin(), po.tags.end(),
                                         [&](const TagOutcome &o) { return o.tag == t.tag; });
            r = evaluateThresholds({t}, it != po.tags.end() ? it->total : StepResult{}, SaturationVerdict{})
                    .front();
        }
        r.phase = po.name;
        r.tag = t.tag;
        out.push_back(r);
    }
    return out;
}

const PhaseOutcome *judgedPhase(const std::vector<Phase> &phases, const std::vector<PhaseOutcome> &outcomes)
{
    const PhaseOutcome *judged = nullptr;
    for (const PhaseOutcome &po : outcomes) {
        if (!po.ran())
            continue;
        if (po.index >= 0 && po.index < int(phases.size()) && phases[size_t(po.index)].profile.ramps())
            return &po;
        judged = &po;
    }
    return judged;
}

} // namespace plateau
