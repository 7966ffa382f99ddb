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
    // A journey's think time is the user's pace as the profile's is.
    for (JourneyStep &s : plan.journey.steps) {
        s.thinkMinS *= f;
        s.thinkMaxS *= f;
    }
}

} // namespace plateau
