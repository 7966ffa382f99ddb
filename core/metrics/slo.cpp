#include "core/metrics/slo.h"

#include <QCoreApplication>
#include <QStringList>

namespace plateau {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("plateau::Slo", text);
}

QString num(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals);
}

// A percentage with the digits a limit like 0.5% needs, and no trailing ".0" for 5%.
QString pct(double fraction)
{
    return QString::number(fraction * 100, 'g', 4) + QLatin1Char('%');
}

QString breachText(const StepResult &s, const Slo &slo, SloBreach b)
{
    switch (b) {
    case SloBreach::NotMeasured:
        return tr("no request succeeded at %1 users").arg(s.users);
    case SloBreach::FailureRate:
        return tr("the failure rate was %1 at %2 users (limit %3)")
            .arg(pct(s.failureRate))
            .arg(s.users)
            .arg(pct(slo.failureRate));
    case SloBreach::LatencyP95:
        return tr("latency p95 was %1 ms at %2 users (limit %3 ms)")
            .arg(num(s.latency.p95Ms, 0))
            .arg(s.users)
            .arg(QString::number(slo.latencyP95Ms));
    case SloBreach::TtftP95:
        return tr("TTFT p95 was %1 ms at %2 users (limit %3 ms)")
            .arg(num(s.ttft.p95Ms, 0))
            .arg(s.users)
            .arg(QString::number(slo.ttftP95Ms));
    case SloBreach::NoTtft:
        return tr("no text delta arrived at %1 users, so TTFT was never measured").arg(s.users);
    case SloBreach::None:
        break;
    }
    return QString();
}

} // namespace

SloBreach sloBreach(const StepResult &s, const Slo &slo)
{
    if (s.ok == 0 || s.completed == 0)
        return SloBreach::NotMeasured;
    // Written so that NaN crosses every limit (!(v <= limit)).
    if (!(s.failureRate <= slo.failureRate))
        return SloBreach::FailureRate;
    if (slo.latencyP95Ms > 0 && !(s.latency.p95Ms <= slo.latencyP95Ms))
        return SloBreach::LatencyP95;
    if (slo.ttftP95Ms > 0) {
        if (s.ttft.count == 0)
            return SloBreach::NoTtft;
        if (!(s.ttft.p95Ms <= slo.ttftP95Ms))
            return SloBreach::TtftP95;
    }
    return SloBreach::None;
}

QString sloText(const Slo &slo)
{
    QStringList parts;
    if (slo.latencyP95Ms > 0)
        parts << tr("latency p95 ≤ %1 ms").arg(QString::number(slo.latencyP95Ms));
    if (slo.ttftP95Ms > 0)
        parts << tr("TTFT p95 ≤ %1 ms").arg(QString::number(slo.ttftP95Ms));
    parts << tr("failure rate ≤ %1").arg(pct(slo.failureRate));
    return parts.join(QStringLiteral(", "));
}

SloVerdict evaluateSlo(const std::vector<StepResult> &steps, const Slo &slo)
{
    SloVerdict v;
    v.evaluated = true;
    int best = -1;
    int firstMeasured = -1;
    for (int i = 0; i < static_cast<int>(steps.size()); ++i) {
        const StepResult &s = steps[static_cast<std::size_t>(i)];
        if (s.completed == 0)
            continue; // nothing finished in the window: no evidence either way
        if (firstMeasured < 0)
            firstMeasured = i;
        if (sloBreach(s, slo) != SloBreach::None)
            continue;
        if (best < 0 || s.qpsOk > steps[static_cast<std::size_t>(best)].qpsOk)
            best = i;
    }
    if (best >= 0) {
        const StepResult &s = steps[static_cast<std::size_t>(best)];
        v.met = true;
        v.maxQpsOk = s.qpsOk;
        v.users = s.users;
        v.rate = s.offeredRate;
        v.step = s.step;
        v.explanation = s.offeredRate > 0 ? tr("Max QPS under the SLO (%1): %2 QPS ok at %3 req/s offered.")
                                                .arg(sloText(slo), num(s.qpsOk), num(s.offeredRate))
                                          : tr("Max QPS under the SLO (%1): %2 QPS ok at %3 users.")
                                                .arg(sloText(slo), num(s.qpsOk))
                                                .arg(s.users);
    } else if (firstMeasured >= 0) {
        const StepResult &s = steps[static_cast<std::size_t>(firstMeasured)];
        v.explanation = tr("No step met the SLO (%1); the first measured step already missed it: %2.")
                            .arg(sloText(slo), breachText(s, slo, sloBreach(s, slo)));
    } else {
        v.explanation = tr("No step completed a request, so none met the SLO (%1).").arg(sloText(slo));
    }
    return v;
}

} // namespace plateau
