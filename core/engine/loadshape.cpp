#include "core/engine/loadshape.h"

#include <algorithm>
#include <cmath>

namespace plateau {

namespace {
// Windows of `window` seconds over `duration`; a remainder shorter than a third of a window joins the last.
std::vector<std::pair<double, double>> windows(double duration, double window)
{
    std::vector<std::pair<double, double>> out;
    if (!(duration > 0) || !(window > 0))
        return out;
    const int n = std::max(1, int(std::floor(duration / window + 1.0 / 3)));
    for (int k = 0; k < n; ++k)
        out.emplace_back(k * window, k + 1 == n ? duration : (k + 1) * window);
    return out;
}
} // namespace

LoadShape::LoadShape(const LoadProfile &p, double startS, int firstStep, int phase, ShardSlice slice)
    : m_profile(p), m_slice(slice), m_startS(startS), m_firstStep(firstStep), m_phase(phase)
{
    const double settle = p.effectiveSettleS();
    switch (p.kind) {
    case ProfileKind::StepRamp: {
        // The StepRampShape of Databricks' load-testing guide's locustfile.py: users = (step+1)*stepSize,
        // capped at maxUsers, each step held stepDuration.
        const int stepSize = std::max(1, p.stepSize);
        const int count = std::max(1, (p.maxUsers + stepSize - 1) / stepSize);
        for (int k = 0; k < count; ++k)
            add(std::min(p.maxUsers, (k + 1) * stepSize), 0, k * p.stepDurationS, (k + 1) * p.stepDurationS,
                settle);
        break;
    }
    case ProfileKind::Burst:
        // Step 0 is the ramp itself (0 -> N), step 1 the hold; only the hold is meant to be judged.
        add(p.burstUsers, 0, 0, p.burstRampS, 0);
        add(p.burstUsers, 0, p.burstRampS, p.burstRampS + p.holdS, settle);
        break;
    case ProfileKind::Sustained:
        add(p.sustainedUsers, 0, 0, p.durationS, settle);
        break;
    case ProfileKind::ConstantRate:
        add(0, p.arrivalRate, 0, p.durationS, settle);
        break;
    case ProfileKind::LinearRamp:
        // A window's users are those at its end: what the verdict reports is the users that ran (the most
        // seen in the measured window), which the engine records.
        for (const auto &[a, b] : windows(p.durationS, p.stepDurationS))
            add(int(std::lround(p.startUsers + (p.maxUsers - p.startUsers) * b / p.durationS)), 0, a, b,
                settle);
        break;
    case ProfileKind::ArrivalRamp:
        if (p.rateSteps > 0) {
            const double len = p.durationS / p.rateSteps;
            for (int k = 0; k < p.rateSteps; ++k) {
                const double rate = p.rateSteps == 1
                                        ? p.endRate
                                        : p.startRate + (p.endRate - p.startRate) * k / (p.rateSteps - 1);
                add(0, rate, k * len, (k + 1) * len, settle);
            }
        } else {
            for (const auto &[a, b] : windows(p.durationS, p.stepDurationS)) {
                // The mean rate of the measured part of the window (the rate rises linearly).
                const double m = a + std::min(settle, (b - a) / 2);
                const double mid = (m + b) / 2;
                add(0, p.startRate + (p.endRate - p.startRate) * mid / p.durationS, a, b, settle);
            }
        }
        break;
    case ProfileKind::Sweep:
        break; // probes are appended as the search goes (appendProbe)
    }
}

void LoadShape::add(int users, double rate, double start, double end, double settle)
{
    StepWindow w;
    w.step = m_firstStep + int(m_steps.size());
    w.phase = m_phase;
    w.users = users;
    w.rate = rate;
    w.startS = m_startS + start;
    w.endS = m_startS + end;
    // A settle longer than the step would leave no window at all: keep at least half the step.
    w.measuredS = w.startS + std::min(settle, (end - start) / 2);
    m_steps.push_back(w);
    w.users = m_slice.shareOfUsers(users);
    w.rate = m_slice.shareOfRate(rate);
    m_slices.push_back(w);
}

void LoadShape::appendProbe(double load, double startS)
{
    const bool rate = m_profile.sweepOn == SweepOn::Rate;
    add(rate ? 0 : int(std::lround(load)), rate ? load : 0, startS - m_startS,
        startS - m_startS + m_profile.stepDurationS, m_profile.effectiveSettleS());
}

double LoadShape::endS() const
{
    return m_steps.empty() ? m_startS : m_steps.back().endS;
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
    return m_slice.shareOfUsers(wholeUsersAt(t));
}

int LoadShape::wholeUsersAt(double t) const
{
    if (m_steps.empty() || t < m_startS)
        return 0;
    const double local = t - m_startS;
    switch (m_profile.kind) {
    case ProfileKind::StepRamp:
    case ProfileKind::Sustained:
    case ProfileKind::Sweep: {
        const int k = stepAt(t);
        const StepWindow &w = m_steps[size_t(k)];
        const int previous = k > 0 ? m_steps[size_t(k - 1)].users : 0;
        const double spawned = m_profile.spawnRate * (t - w.startS);
        // Users are added at the spawn rate from the previous step's level (one at once at the start). A
        // sweep's probe may lie below the one before: the extra users finish their request and go.
        if (w.users <= previous)
            return w.users;
        return std::min(w.users, previous + 1 + int(std::floor(std::max(0.0, spawned))));
    }
    case ProfileKind::Burst: {
        if (local >= m_profile.burstRampS || m_profile.burstRampS <= 0)
            return m_profile.burstUsers;
        return std::min(m_profile.burstUsers,
                        1 + int(std::floor(m_profile.burstUsers * local / m_profile.burstRampS)));
    }
    case ProfileKind::LinearRamp: {
        const double f = std::clamp(local / m_profile.durationS, 0.0, 1.0);
        return std::max(
            1, int(std::floor(m_profile.startUsers + (m_profile.maxUsers - m_profile.startUsers) * f)));
    }
    case ProfileKind::ConstantRate:
    case ProfileKind::ArrivalRamp:
        return 0;
    }
    return 0;
}

double LoadShape::arrivalRateAt(double t) const
{
    return m_slice.shareOfRate(wholeRateAt(t));
}

double LoadShape::wholeRateAt(double t) const
{
    if (!isOpenLoop() || m_steps.empty() || t < m_startS || t >= endS())
        return 0;
    switch (m_profile.kind) {
    case ProfileKind::ArrivalRamp:
        if (m_profile.rateSteps == 0)
            return m_profile.startRate +
                   (m_profile.endRate - m_profile.startRate) * (t - m_startS) / m_profile.durationS;
        return m_steps[size_t(stepAt(t))].rate;
    case ProfileKind::Sweep:
        return m_steps[size_t(stepAt(t))].rate;
    default:
        return m_profile.arrivalRate;
    }
}

} // namespace plateau
