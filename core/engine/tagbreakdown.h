#pragma once
// A journey's figures per tag (docs/architecture.md, "Journeys"): every record the workers send, counted by
// its tag into the current interval, the current phase and the whole target, with each step's checks bit
// by bit. The steps and intervals of the run are the key tag's; this is the breakdown beside them.

#include "core/metrics/metricset.h"
#include "core/metrics/outcome.h"
#include "core/plan/journey.h"

#include <memory>
#include <vector>

namespace plateau {

class TagBreakdown
{
public:
    // Sets the tags and checks up for a target's journey; a plan without one leaves it disabled.
    void reset(const Journey &journey);
    bool enabled() const { return !m_tags.isEmpty(); }
    void add(const RequestRecord &r);
    // The interval since the last call, per tag (every tag, also one with nothing in it).
    std::vector<TagInterval> takeInterval(double spanS);
    // The phase since beginPhase(), per tag, over the window [startS, endS].
    std::vector<TagOutcome> phase(double startS, double endS) const;
    void beginPhase();
    // The whole target so far, over [0, endS].
    std::vector<TagOutcome> target(double endS) const;

private:
    struct Counts
    {
        std::vector<std::unique_ptr<MetricSet>> byTag;
        std::vector<std::vector<std::pair<std::uint64_t, std::uint64_t>>>
            checks; // [step][bit] passed, failed
    };
    void clear(Counts &c) const;
    static void addTo(Counts &c, const RequestRecord &r);
    std::vector<TagOutcome> outcomes(const Counts &c, double startS, double endS) const;

    QStringList m_tags;
    int m_key = 0;
    std::vector<int> m_stepTag;            // journey step -> tag index
    std::vector<QString> m_stepName;       // journey step -> name
    std::vector<QStringList> m_checkNames; // journey step -> its check bits' names
    Counts m_interval, m_phase, m_target;
};

} // namespace plateau
