#include "core/engine/loadshape.h"

#include <algorithm>
#include <cmath>

namespace plateau {

LoadShape::LoadShape(const LoadProfile &p) : m_profile(p)
{
    auto add = [this](int users, double start, double end, double settle) {
        StepWindow w;
        w.step = int(m_steps.size());
        w.users = users;
        w.startS = start;
        w.endS = end;
        // A settle longer than the step would leave no window at all: keep at least half the step.
        w.measuredS = start + std::min(settle, (end - start) / 2);
        m_steps.push_back(w);
    };
    const double settle = p.effectiveSettleS();
    switch (p.kind) {
    case ProfileKind::StepRamp: {
        // The StepRampShape of Databricks' load-testing guide's locustfile.py: users = (step+1)*stepSize,
        // capped at maxUsers, each step held stepDuration.
        const int stepSize = std::max(1, p.stepSize);
        const int count = std::max(1, (p.maxUsers + stepSize - 1) / stepSize);
        for (int k = 0; k < count; ++k)
            add(std::min(p.maxUsers, (k + 1) * stepSize), k * p.stepDurationS, (k + 1) * p.stepDurationS,
                settle);
        break;
    }
    case ProfileKind::Burst:
        // Step 0 is the ramp itself (0 -> N), step 1 the hold; only the hold is meant to be judged.
        add(p.burstUsers, 0, p.burstRampS, 0);
        add(p.burstUsers, p.burstRampS, p.burstRampS + p.holdS, settle);
        break;
    case ProfileKind::Sustained:
        add(p.sustainedUsers, 0, p.durationS, settle);
        break;
    case ProfileKind::ConstantRate:
        add(0, 0, p.durationS, settle);
        break;
    }
}

double LoadShape::durationS() const
{
    return m_steps.empty() ? 0 : m_steps.back().endS;
}

int LoadShape::stepAt(double t) const
{
    auto it = std::upper_bound(m_steps.begin(), m_steps.end(), t,
                               [](double v, const StepWindow &w) { return v < w.endS; });
    if (it == m_steps.end())
        return int(m_steps.size()) - 1;
    return int(it - m_steps.begin());
}

int LoadShape::usersAt(double t) const
{
    if (m_steps.empty() || t < 0)
        return 0;
    switch (m_profile.kind) {
    case ProfileKind::StepRamp:
    case ProfileKind::Sustained: {
        const int k = stepAt(t);
        const StepWindow &w = m_steps[size_t(k)];
        const int previous = k > 0 ? m_steps[size_t(k - 1)].users : 0;
        const double spawned = m_profile.spawnRate * (t - w.startS);
        // Users are added at the spawn rate from the previous step's level (one at once at the start).
        return std::min(w.users, previous + 1 + int(std::floor(std::max(0.0, spawned))));
    }
    case ProfileKind::Burst: {
        if (t >= m_profile.burstRampS || m_profile.burstRampS <= 0)
            return m_profile.burstUsers;
        return std::min(m_profile.burstUsers,
                        1 + int(std::floor(m_profile.burstUsers * t / m_profile.burstRampS)));
    }
    case ProfileKind::ConstantRate:
        return 0;
    }
    return 0;
}

double LoadShape::arrivalRateAt(double t) const
{
    if (m_profile.kind != ProfileKind::ConstantRate || t < 0 || t >= durationS())
        return 0;
    return m_profile.arrivalRate;
}

} // namespace plateau
