#include "cli/timescale.h"

namespace plateau {

void scalePlanTime(TestPlan &plan, double f)
{
    for (Phase &ph : plan.phases) {
        LoadProfile &p = ph.profile;
        p.stepDurationS *= f;
        p.burstRampS *= f;
        p.holdS *= f;
        p.durationS *= f;
        p.thinkMinS *= f;
        p.thinkMaxS *= f;
        p.spawnRate /= f;
        if (p.settleS)
            *p.settleS *= f;
    }
}

} // namespace plateau
