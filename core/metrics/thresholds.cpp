#include "core/metrics/thresholds.h"

#include <QLocale>
#include <cmath>

namespace plateau {

namespace {
bool metricValue(const QString &m, const StepResult &t, const SaturationVerdict &v, double *out)
{
    struct Entry
    {
        const char *key;
        double value;
    };
    const Entry entries[] = {
        {"latency_p50_ms", t.latency.p50Ms}, {"latency_p90_ms", t.latency.p90Ms},
        {"latency_p95_ms", t.latency.p95Ms}, {"latency_p99_ms", t.latency.p99Ms},
        {"ttft_p50_ms", t.ttft.p50Ms},       {"ttft_p95_ms", t.ttft.p95Ms},
        {"ttft_p99_ms", t.ttft.p99Ms},       {"itl_p95_ms", t.itl.p95Ms},
        {"headers_p95_ms", t.headers.p95Ms}, {"failure_rate", t.failureRate},
        {"peak_qps_ok", v.peakQpsOk},
    };
    for (const Entry &e : entries) {
        if (m == QLatin1String(e.key)) {
            *out = e.value;
            return true;
        }
    }
    return false;
}

bool compare(double actual, const QString &op, double limit)
{
    if (op == QLatin1String("<"))
        return actual < limit;
    if (op == QLatin1String("<="))
        return actual <= limit;
    if (op == QLatin1String(">"))
        return actual > limit;
    if (op == QLatin1String(">="))
        return actual >= limit;
    return false;
}

// Which of two values is the worse for a gate: the larger against an upper limit, the smaller against a
// lower one.
bool worse(double a, double b, const QString &op)
{
    return op.startsWith(QLatin1Char('<')) ? a > b : a < b;
}

QString shortest(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

ThresholdResult resultFor(const Threshold &t)
{
    ThresholdResult r;
    r.metric = t.metric;
    r.op = t.op;
    r.limit = t.value;
    r.perStep = t.scope == ThresholdScope::Step;
    r.abortOnFail = t.abortOnFail;
    r.tag = t.tag;
    return r;
}

// One window (the load phase or one step): the gate's value there and whether it holds.
ThresholdResult evaluateOn(const Threshold &t, const StepResult &window, const SaturationVerdict &verdict)
{
    ThresholdResult r = resultFor(t);
    double actual = 0;
    if (t.metric == QLatin1String("checks")) {
        // The pass rate of the journey checks judged in the window; no check judged is no evidence.
        const std::uint64_t judged = window.checksPassed + window.checksFailed;
        r.actual = judged ? double(window.checksPassed) / double(judged) : std::nan("");
        r.passed = judged > 0 && compare(r.actual, t.op, t.value);
        return r;
    }
    if (!metricValue(t.metric, window, verdict, &actual)) {
        r.passed = false;
        r.actual = std::nan("");
    } else {
        r.actual = actual;
        // A gate on a metric nobody measured (no successful request) cannot pass.
        r.passed = window.completed > 0 && std::isfinite(actual) && compare(actual, t.op, t.value);
    }
    return r;
}

QString stepName(const StepResult &s)
{
    return QStringLiteral("step %1 (%2 users)").arg(s.step + 1).arg(s.users);
}

ThresholdResult evaluatePerStep(const Threshold &t, const std::vector<StepResult> &steps,
                                const SaturationVerdict &verdict)
{
    ThresholdResult out = resultFor(t);
    int measured = 0;
    for (const StepResult &s : steps) {
        if (s.completed == 0)
            continue; // nothing finished in its window: no evidence for or against
        const ThresholdResult r = evaluateOn(t, s, verdict);
        if (!r.passed) {
            out.actual = r.actual;
            out.passed = false;
            out.scope = stepName(s);
            return out;
        }
        if (measured == 0 || worse(r.actual, out.actual, t.op))
            out.actual = r.actual;
        ++measured;
    }
    if (measured == 0) {
        out.passed = false;
        out.actual = std::nan("");
        out.scope = QStringLiteral("no measured step");
        return out;
    }
    out.scope =
        measured == 1 ? QStringLiteral("the only step") : QStringLiteral("all %1 steps").arg(measured);
    return out;
}
} // namespace

QString thresholdExpression(const ThresholdResult &r)
{
    // A tagged gate in k6's notation, so the line names what it judged: latency_p95_ms{tag=auth} < 500.
    const QString metric =
        r.tag.isEmpty() ? r.metric : r.metric + QStringLiteral("{tag=") + r.tag + QLatin1Char('}');
    return metric + QLatin1Char(' ') + r.op + QLatin1Char(' ') + shortest(r.limit);
}

QString thresholdActualText(const ThresholdResult &r)
{
    if (!std::isfinite(r.actual))
        return QStringLiteral("n/a");
    if (r.actual == r.limit)
        return shortest(r.limit);
    // More digits until the printed value differs from the limit and lies on the value's side of it; at
    // 17 significant digits a double prints exactly, so the loop always ends with a true text.
    for (int digits = 3; digits < 17; ++digits) {
        const QString text = QString::number(r.actual, 'g', digits);
        const double shown = text.toDouble();
        if (shown != r.limit && (shown < r.limit) == (r.actual < r.limit))
            return text;
    }
    return shortest(r.actual);
}

std::vector<ThresholdResult> evaluateThresholds(const std::vector<Threshold> &thresholds,
                                                const StepResult &total, const SaturationVerdict &verdict,
                                                const std::vector<StepResult> &steps)
{
    std::vector<ThresholdResult> out;
    out.reserve(thresholds.size());
    for (const Threshold &t : thresholds)
        out.push_back(t.scope == ThresholdScope::Step ? evaluatePerStep(t, steps, verdict)
                                                      : evaluateOn(t, total, verdict));
    return out;
}

ThresholdAbort checkAbortOnFail(const std::vector<Threshold> &thresholds,
                                const std::vector<StepResult> &newSteps, const StepResult &loadSoFar,
                                const SaturationVerdict &verdictSoFar)
{
    ThresholdAbort a;
    for (int i = 0; i < static_cast<int>(thresholds.size()); ++i) {
        const Threshold &t = thresholds[static_cast<std::size_t>(i)];
        if (!t.abortOnFail)
            continue;
        ThresholdResult r;
        if (t.scope == ThresholdScope::Step) {
            for (const StepResult &s : newSteps) {
                if (s.completed == 0)
                    continue;
                r = evaluateOn(t, s, verdictSoFar);
                if (!r.passed) {
                    r.scope = stepName(s);
                    break;
                }
            }
        } else if (loadSoFar.completed > 0) {
            r = evaluateOn(t, loadSoFar, verdictSoFar);
        }
        if (!r.passed) {
            r.perStep = t.scope == ThresholdScope::Step;
            r.abortOnFail = true;
            r.aborted = true;
            a.index = i;
            a.result = r;
            return a;
        }
    }
    return a;
}

} // namespace plateau
