#pragma once
// LoadShape: how many virtual users should exist at time t of a target's load phase, and which step
// window t belongs to. Pure arithmetic on the plan's profile, so the GUI's estimate, the engine and the
// tests all agree.

#include "core/plan/testplan.h"

#include <vector>

namespace plateau {

struct StepWindow
{
    int step = 0;
    int users = 0;        // users held during this step (closed loop) or 0 (open loop)
    double startS = 0;    // the step begins (users start spawning)
    double measuredS = 0; // start + settle: statistics count from here
    double endS = 0;
};

class LoadShape
{
public:
    explicit LoadShape(const LoadProfile &profile);

    bool isOpenLoop() const { return m_profile.kind == ProfileKind::ConstantRate; }
    double durationS() const;
    const std::vector<StepWindow> &steps() const { return m_steps; }
    // Index of the step whose [startS, endS) holds t; the last step for t >= duration.
    int stepAt(double tS) const;
    // Users that should exist at t, honouring the spawn rate (closed loop).
    int usersAt(double tS) const;
    // Target arrival rate at t in requests/s (open loop).
    double arrivalRateAt(double tS) const;

private:
    LoadProfile m_profile;
    std::vector<StepWindow> m_steps;
};

} // namespace plateau
