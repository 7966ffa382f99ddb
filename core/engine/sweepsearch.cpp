#include "core/engine/sweepsearch.h"

#include "core/metrics/saturation.h"
#include "core/metrics/slo.h"

#include <algorithm>
#include <cmath>

namespace plateau {

namespace {
QString loadText(double load, bool rate)
{
    return rate ? QStringLiteral("%1 req/s").arg(QString::number(load, 'f', 1))
                : QStringLiteral("%1 users").arg(QString::number(load, 'f', 0));
}

QString breachName(SloBreach b)
{
    switch (b) {
    case SloBreach::NotMeasured:
        return QStringLiteral("nothing succeeded");
    case SloBreach::FailureRate:
        return QStringLiteral("failure rate");
    case SloBreach::LatencyP95:
        return QStringLiteral("latency p95");
    case SloBreach::TtftP95:
        return QStringLiteral("TTFT p95");
    case SloBreach::NoTtft:
        return QStringLiteral("no TTFT measured");
    case SloBreach::None:
        break;
    }
    return QString();
}
} // namespace

SweepSearch::SweepSearch(const LoadProfile &p, const Slo &slo)
    : m_rate(p.sweepOn == SweepOn::Rate), m_tolerance(p.sweepTolerance), m_maxSteps(p.sweepMaxSteps),
      m_slo(slo)
{
    m_start = m_rate ? p.startRate : double(std::max(1, p.startUsers));
    m_bound = m_rate ? p.endRate : double(std::max(1, p.maxUsers));
}

double SweepSearch::clampLoad(double v) const
{
    v = std::min(v, m_bound);
    return m_rate ? v : std::max(1.0, std::round(v));
}

QString SweepSearch::breach(const StepResult &step) const
{
    StepResult judged = step;
    if (m_rate) {
        if (step.latencyIntended.count > 0)
            judged.latency = step.latencyIntended;
        const double offered = step.offeredRate * (step.windowEndS - step.windowStartS);
        if (offered > 0 && double(step.droppedArrivals) > 0.01 * offered)
            return QStringLiteral("dropped arrivals");
        if (!keptUpWithArrivals(step))
            return QStringLiteral("served less than the offered rate");
    }
    return breachName(sloBreach(judged, m_slo));
}

std::optional<double> SweepSearch::next(double load, const StepResult &step)
{
    if (m_done)
        return std::nullopt;
    ++m_probes;
    const QString why = breach(step);
    if (why.isEmpty()) {
        if (load > m_lo) {
            m_lo = load;
            m_goodput = step.qpsOk;
        }
    } else if (load < m_hi) {
        m_hi = load;
        m_brokeBy = why;
    }
    std::optional<double> next;
    if (m_lo < 0) {
        // Even the start broke the SLO: there is nothing below it to search.
        next = std::nullopt;
    } else if (std::isinf(m_hi)) {
        next = m_lo >= m_bound ? std::nullopt : std::optional<double>(clampLoad(m_lo * 2));
    } else if ((m_hi - m_lo) / m_lo > m_tolerance) {
        const double mid = clampLoad((m_lo + m_hi) / 2);
        // Users are whole: a bracket of neighbours cannot be split further.
        if (mid > m_lo && mid < m_hi)
            next = mid;
    }
    if (next && m_probes >= m_maxSteps)
        next = std::nullopt;
    if (!next)
        m_done = true;
    return next;
}

SweepVerdict SweepSearch::verdict() const
{
    SweepVerdict v;
    v.evaluated = m_probes > 0;
    v.rate = m_rate;
    v.probes = m_probes;
    v.found = m_lo >= 0;
    v.bestLoad = std::max(0.0, m_lo);
    v.goodput = m_goodput;
    v.brokeAt = std::isinf(m_hi) ? 0 : m_hi;
    v.brokeBy = m_brokeBy;
    if (!v.evaluated) {
        v.explanation = QStringLiteral("The sweep ran no probe.");
    } else if (!v.found) {
        v.explanation = QStringLiteral("Even the lowest load, %1, broke the SLO (%2): start the sweep lower.")
                            .arg(loadText(m_start, m_rate), m_brokeBy);
    } else if (v.brokeAt <= 0) {
        v.explanation =
            QStringLiteral(
                "Goodput %1 req/s at %2, the sweep's upper bound: the SLO held throughout; raise the "
                "bound to find where it breaks (lower bound).")
                .arg(QString::number(v.goodput, 'f', 1), loadText(v.bestLoad, m_rate));
    } else {
        v.explanation = QStringLiteral("Goodput %1 req/s at %2 within the SLO; it broke at %3 (%4), after %5 "
                                       "probes.")
                            .arg(QString::number(v.goodput, 'f', 1), loadText(v.bestLoad, m_rate),
                                 loadText(v.brokeAt, m_rate), m_brokeBy, QString::number(m_probes));
    }
    return v;
}

} // namespace plateau
