#include "core/metrics/phaseverdict.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>
#include <cmath>

namespace plateau {

namespace {

// A cold TTFT p95 this many times the warm one, and at least kColdMinExtraMs more, is a penalty; so is a
// cold failure rate more than kColdFailurePoints above the warm one.
constexpr double kColdTtftFactor = 2.0;
constexpr double kColdMinExtraMs = 50;
constexpr double kColdFailurePoints = 0.05;
// Drift: the last part's latency p95 more than kDriftFactor of the first's, and at least kDriftMinExtraMs
// more, or its failure rate more than kDriftFailurePoints above.
constexpr double kDriftFactor = 1.2;
constexpr double kDriftMinExtraMs = 50;
constexpr double kDriftFailurePoints = 0.02;

QString tr(const char *text)
{
    return QCoreApplication::translate("plateau::PhaseVerdict", text);
}

QString num(double v, int decimals = 0)
{
    return QString::number(v, 'f', decimals);
}

QString pct(double rate)
{
    return QString::number(rate * 100.0, 'f', 1) + QLatin1Char('%');
}

double failureRateOf(const MetricSet &m)
{
    return m.completed ? static_cast<double>(m.failed()) / static_cast<double>(m.completed) : 0.0;
}

} // namespace

PhaseWindows::PhaseWindows(std::vector<double> boundaries) : m_bounds(std::move(boundaries))
{
    std::sort(m_bounds.begin(), m_bounds.end());
    const std::size_t n = m_bounds.size() > 1 ? m_bounds.size() - 1 : 0;
    m_sets.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        m_sets.push_back(std::make_unique<MetricSet>()); // on the heap: each is about 200 KiB
    m_covered.assign(n, 0.0);
}

PhaseWindows PhaseWindows::coldStart(double durationS, double coldS)
{
    const double duration = std::max(0.0, durationS);
    const double cold = std::clamp(coldS, 0.0, duration / 2);
    return PhaseWindows({0.0, cold, duration});
}

PhaseWindows PhaseWindows::equalParts(double durationS, int parts)
{
    const double duration = std::max(0.0, durationS);
    const int n = std::max(1, parts);
    std::vector<double> b;
    b.reserve(std::size_t(n) + 1);
    for (int i = 0; i <= n; ++i)
        b.push_back(duration * i / n);
    return PhaseWindows(std::move(b));
}

void PhaseWindows::add(double startS, double endS, const MetricSet &interval)
{
    if (m_sets.empty())
        return;
    // The whole interval goes where its midpoint lies: snapshots never straddle two windows' counts.
    const double mid = (startS + endS) / 2;
    std::size_t w = 0;
    while (w + 1 < m_sets.size() && mid >= m_bounds[w + 1])
        ++w;
    m_sets[w]->merge(interval);
    m_covered[w] += std::max(0.0, endS - startS);
}

ColdStartVerdict coldStartVerdict(const PhaseWindows &windows)
{
    ColdStartVerdict v;
    if (windows.count() < 2) {
        v.explanation = tr("Cold start not judged: the burst has no first seconds to compare.");
        return v;
    }
    v.windowS = windows.windowEndS(0) - windows.windowStartS(0);
    const MetricSet &cold = windows.window(0);
    // Everything after the first window is the warm part.
    auto warm = std::make_unique<MetricSet>();
    for (int i = 1; i < windows.count(); ++i)
        warm->merge(windows.window(i));
    v.completedCold = cold.completed;
    v.completedWarm = warm->completed;
    if (cold.completed == 0 || warm->completed == 0) {
        v.explanation = tr("Cold start not judged: the first %1 s or the rest of the burst completed no "
                           "request.")
                            .arg(num(v.windowS));
        return v;
    }
    v.evaluated = true;
    v.ttftCold = summarize(cold.ttft);
    v.ttftWarm = summarize(warm->ttft);
    v.failureRateCold = failureRateOf(cold);
    v.failureRateWarm = failureRateOf(*warm);
    const bool ttftPenalty = v.ttftCold.count > 0 && v.ttftWarm.count > 0 &&
                             v.ttftCold.p95Ms > kColdTtftFactor * v.ttftWarm.p95Ms &&
                             v.ttftCold.p95Ms - v.ttftWarm.p95Ms >= kColdMinExtraMs;
    const bool failurePenalty = v.failureRateCold - v.failureRateWarm > kColdFailurePoints;
    v.penalty = ttftPenalty || failurePenalty;
    const QString figures = tr("TTFT p95 %1 ms in the first %2 s against %3 ms after, failures %4 against %5")
                                .arg(num(v.ttftCold.p95Ms), num(v.windowS), num(v.ttftWarm.p95Ms),
                                     pct(v.failureRateCold), pct(v.failureRateWarm));
    v.explanation = v.penalty ? tr("Cold-start penalty: %1.").arg(figures)
                              : tr("No cold-start penalty: %1.").arg(figures);
    return v;
}

DriftVerdict driftVerdict(const PhaseWindows &windows)
{
    DriftVerdict v;
    int first = -1, last = -1;
    for (int i = 0; i < windows.count(); ++i) {
        if (windows.window(i).completed == 0)
            continue;
        if (first < 0)
            first = i;
        last = i;
    }
    if (first < 0 || first == last) {
        v.explanation = tr("Drift not judged: fewer than two parts of the phase completed a request.");
        return v;
    }
    v.evaluated = true;
    const MetricSet &a = windows.window(first);
    const MetricSet &b = windows.window(last);
    v.p95FirstMs = summarize(a.latency).p95Ms;
    v.p95LastMs = summarize(b.latency).p95Ms;
    v.failureRateFirst = failureRateOf(a);
    v.failureRateLast = failureRateOf(b);
    const bool slower =
        v.p95LastMs > kDriftFactor * v.p95FirstMs && v.p95LastMs - v.p95FirstMs > kDriftMinExtraMs;
    const bool failing = v.failureRateLast - v.failureRateFirst > kDriftFailurePoints;
    v.drifting = slower || failing;
    const QString figures =
        tr("latency p95 %1 ms in the first part against %2 ms in the last, failures %3 "
           "against %4")
            .arg(num(v.p95FirstMs), num(v.p95LastMs), pct(v.failureRateFirst), pct(v.failureRateLast));
    v.explanation = v.drifting ? tr("Drifting: %1.").arg(figures) : tr("Steady: %1.").arg(figures);
    return v;
}

QString sweepSentence(const SweepVerdict &v)
{
    if (!v.evaluated)
        return QString();
    const QString unit = v.rate ? tr("req/s") : tr("users");
    const auto load = [&](double x) -> QString {
        return v.rate ? num(x, 1) + QLatin1Char(' ') + unit : num(x) + QLatin1Char(' ') + unit;
    };
    QString text = v.found ? tr("goodput %1 req/s at %2").arg(num(v.goodput, 1), load(v.bestLoad))
                           : tr("no probe stayed within the SLO");
    if (v.brokeAt > 0)
        text += QStringLiteral("; ") + (v.brokeBy.isEmpty()
                                            ? tr("the SLO broke at %1").arg(load(v.brokeAt))
                                            : tr("the SLO broke at %1 (%2)").arg(load(v.brokeAt), v.brokeBy));
    else if (v.found)
        text += QStringLiteral("; ") + tr("the SLO held up to the bound");
    return text;
}

QString phaseVerdictText(const PhaseOutcome &p)
{
    switch (p.state) {
    case PhaseState::Skipped:
        return tr("skipped: %1").arg(p.reason.isEmpty() ? tr("its gate was closed") : p.reason);
    case PhaseState::NotReached:
        return tr("not reached: %1").arg(p.reason.isEmpty() ? tr("the target ended before it") : p.reason);
    case PhaseState::Ran:
    case PhaseState::Cancelled:
        break;
    }
    QStringList parts;
    if (p.sweep.evaluated) {
        parts << (p.sweep.explanation.isEmpty() ? sweepSentence(p.sweep) : p.sweep.explanation);
    } else if (p.verdict.hasData) {
        parts << p.verdict.explanation << p.verdict.slo.explanation;
    }
    parts << p.coldStart.explanation << p.drift.explanation;
    parts.removeAll(QString());
    if (p.state == PhaseState::Cancelled)
        parts.prepend(tr("Stopped while it ran."));
    return parts.join(QLatin1Char(' '));
}

} // namespace plateau
