#pragma once
// LoadShape: how many virtual users (or which arrival rate) one phase of a target's load asks for at time t,
// and which step window t belongs to. Pure arithmetic on the phase's profile, so the GUI's estimate, the
// engine and the tests all agree. Times are seconds since the target's load began: a phase starts at
// startS, and its steps are numbered on from firstStep, so that the steps of all phases of a target form
// one sequence.
//
// A shard (core/plan/shardslice.h) keeps the whole schedule (every step at the same time, users spawned at
// the whole load's pace) and asks for its slice of the users and of the rate: steps(), usersAt() and
// arrivalRateAt() answer for the slice, so the N shards' answers add up to the unsharded ones.

#include "core/plan/shardslice.h"
#include "core/plan/testplan.h"

#include <vector>

namespace plateau {

struct StepWindow
{
    int step = 0;
    int phase = 0;
    int users = 0;        // users held during this step (closed loop) or 0 (open loop)
    double rate = 0;      // open loop: the mean arrival rate the step asks for, requests/s
    double startS = 0;    // the step begins (users start spawning)
    double measuredS = 0; // start + settle: statistics count from here
    double endS = 0;
};

class LoadShape
{
public:
    explicit LoadShape(const LoadProfile &profile, double startS = 0, int firstStep = 0, int phase = 0,
                       ShardSlice slice = {});

    bool isOpenLoop() const { return m_profile.isOpenLoop(); }
    const LoadProfile &profile() const { return m_profile; }
    double startS() const { return m_startS; }
    // When the phase ends (target time). A sweep's grows with every probe it appends.
    double endS() const;
    double durationS() const { return endS() - m_startS; }
    const std::vector<StepWindow> &steps() const { return m_slices; }
    // Index (into steps()) of the step whose [startS, endS) holds t; the last step for t >= endS, 0 before.
    int stepAt(double tS) const;
    // Users that should exist at t, honouring the spawn rate (closed loop).
    int usersAt(double tS) const;
    // Target arrival rate at t in requests/s (open loop); 0 outside the phase.
    double arrivalRateAt(double tS) const;
    // A sweep: the next probe, held from startS for the profile's step duration. The load is users or
    // requests/s, as the profile's sweepOn says.
    void appendProbe(double load, double startS);

private:
    void add(int users, double rate, double start, double end, double settle);
    int wholeUsersAt(double tS) const;
    double wholeRateAt(double tS) const;
    LoadProfile m_profile;
    ShardSlice m_slice;
    double m_startS = 0;
    int m_firstStep = 0;
    int m_phase = 0;
    std::vector<StepWindow> m_steps;  // the whole load's
    std::vector<StepWindow> m_slices; // the same windows with this shard's users and rate
};

} // namespace plateau
