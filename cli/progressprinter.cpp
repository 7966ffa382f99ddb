#include "cli/progressprinter.h"

#include "core/engine/loadengine.h"
#include "core/engine/loadshape.h"
#include "core/metrics/thresholds.h"
#include "core/metrics/tokenrate.h"

namespace plateau {

namespace {
QString clock(double s)
{
    const int t = int(s + 0.5);
    return QStringLiteral("%1:%2").arg(t / 60, 2, 10, QLatin1Char('0')).arg(t % 60, 2, 10, QLatin1Char('0'));
}

QString ms(double v)
{
    return QString::number(v, 'f', v < 10 ? 1 : 0);
}
} // namespace

ProgressPrinter::ProgressPrinter(LoadEngine *engine, const TestPlan &plan, QTextStream &out, QObject *parent)
    : QObject(parent), m_plan(plan), m_out(out)
{
    connect(engine, &LoadEngine::phaseChanged, this,
            [this](int target, TargetPhase phase, const QString &detail) {
                const QString label = target >= 0 && size_t(target) < m_plan.targets.size()
                                          ? m_plan.targets[size_t(target)].label
                                          : QString();
                m_out << "[" << label << "] " << targetPhaseKey(phase);
                if (!detail.isEmpty())
                    m_out << ": " << detail;
                m_out << Qt::endl;
            });
    connect(engine, &LoadEngine::snapshot, this,
            [this](const IntervalSnapshot &s) { m_out << formatSnapshot(s, m_plan) << Qt::endl; });
    connect(engine, &LoadEngine::message, this, [this](const QString &text) { m_out << text << Qt::endl; });
    // A skipped target has said why in its phase line already; its outcome would repeat it.
    connect(engine, &LoadEngine::targetFinished, this, [this](const TargetOutcome &o) {
        if (o.phase != TargetPhase::Skipped)
            m_out << formatOutcome(o) << Qt::endl;
    });
}

QString ProgressPrinter::formatSnapshot(const IntervalSnapshot &s, const TestPlan &plan)
{
    const QString label =
        size_t(s.target) < plan.targets.size() ? plan.targets[size_t(s.target)].label : QString();
    if (plan.phases.size() > 1)
        return formatPhasedSnapshot(s, plan, label);
    const LoadShape shape(plan.profile());
    const std::uint64_t failed = s.failed();
    const double failPct = 100.0 * s.failureRate();
    QString line =
        QStringLiteral("[%1] %2/%3 users=%4 step=%5/%6 qps=%7 ok=%8 p50=%9ms p95=%10ms ttft_p50=%11ms "
                       "fail=%12 (%13%)")
            .arg(label, clock(s.tEndS), clock(shape.durationS()))
            .arg(s.users)
            .arg(s.step + 1)
            .arg(shape.steps().size())
            .arg(s.qps, 0, 'f', 1)
            .arg(s.qpsOk, 0, 'f', 1)
            .arg(ms(s.latency.p50Ms), ms(s.latency.p95Ms), ms(s.ttft.p50Ms))
            .arg(failed)
            .arg(failPct, 0, 'f', 1);
    if (s.cancelled)
        line += QStringLiteral(" cancelled=%1").arg(s.cancelled);
    // The generator's own load is shown only when it may distort the numbers.
    if (s.generator.cpuPercent > 85.0 || s.generator.loopLagMaxMs > 50)
        line += QStringLiteral(" gen_cpu=%1% lag=%2ms")
                    .arg(s.generator.cpuPercent, 0, 'f', 0)
                    .arg(s.generator.loopLagMaxMs, 0, 'f', 0);
    return line;
}

// Several phases: the line names the phase (steps are numbered across phases, so no "of N" for them),
// and the estimate is the whole sequence's.
QString ProgressPrinter::formatPhasedSnapshot(const IntervalSnapshot &s, const TestPlan &plan,
                                              const QString &label)
{
    const int n = int(plan.phases.size());
    const QString phase =
        s.phase >= 0 && s.phase < n ? plan.phases[size_t(s.phase)].name : QString::number(s.phase);
    QString line = QStringLiteral("[%1] %2/%3 phase=%4 (%5/%6) users=%7 step=%8")
                       .arg(label, clock(s.tEndS), clock(estimatedTargetSeconds(plan.phases)), phase)
                       .arg(s.phase + 1)
                       .arg(n)
                       .arg(s.users)
                       .arg(s.step + 1);
    if (s.offeredRate > 0)
        line += QStringLiteral(" rate=%1/s").arg(s.offeredRate, 0, 'f', 1);
    line += QStringLiteral(" qps=%1 ok=%2 p50=%3ms p95=%4ms ttft_p50=%5ms fail=%6 (%7%)")
                .arg(s.qps, 0, 'f', 1)
                .arg(s.qpsOk, 0, 'f', 1)
                .arg(ms(s.latency.p50Ms), ms(s.latency.p95Ms), ms(s.ttft.p50Ms))
                .arg(s.failed())
                .arg(100.0 * s.failureRate(), 0, 'f', 1);
    if (s.cancelled)
        line += QStringLiteral(" cancelled=%1").arg(s.cancelled);
    if (s.generator.droppedArrivals)
        line += QStringLiteral(" dropped=%1").arg(s.generator.droppedArrivals);
    if (s.generator.cpuPercent > 85.0 || s.generator.loopLagMaxMs > 50)
        line += QStringLiteral(" gen_cpu=%1% lag=%2ms")
                    .arg(s.generator.cpuPercent, 0, 'f', 0)
                    .arg(s.generator.loopLagMaxMs, 0, 'f', 0);
    return line;
}

QString ProgressPrinter::formatOutcome(const TargetOutcome &o)
{
    QString text = QStringLiteral("[%1] %2").arg(o.label, targetPhaseKey(o.phase));
    if (o.phase == TargetPhase::Skipped) {
        text += QStringLiteral(": ") + o.detail;
        return text;
    }
    const StepResult &t = o.total;
    text += QStringLiteral(": %1 requests completed, %2 ok, %3 failed in %4 s\n")
                .arg(t.completed)
                .arg(t.ok)
                .arg(t.completed - t.ok)
                .arg(o.loadSeconds, 0, 'f', 1);
    text += QStringLiteral("  latency p50/p95/p99 %1/%2/%3 ms, TTFT p50/p95 %4/%5 ms, ITL p50 %6 ms\n")
                .arg(ms(t.latency.p50Ms), ms(t.latency.p95Ms), ms(t.latency.p99Ms), ms(t.ttft.p50Ms),
                     ms(t.ttft.p95Ms), ms(t.itl.p50Ms));
    const SaturationVerdict &v = o.verdict;
    text += QStringLiteral("  peak %1 QPS ok (%2 QPS) at %3 users; knee: %4\n")
                .arg(v.peakQpsOk, 0, 'f', 1)
                .arg(v.peakQps, 0, 'f', 1)
                .arg(v.usersAtPeak)
                .arg(v.kneeUsers > 0
                         ? QStringLiteral("%1 users (%2)").arg(v.kneeUsers).arg(kneeReasonKey(v.reason))
                         : QStringLiteral("none within the ramp"));
    if (!v.explanation.isEmpty())
        text += QStringLiteral("  ") + v.explanation + QLatin1Char('\n');
    if (!v.slo.explanation.isEmpty())
        text += QStringLiteral("  ") + v.slo.explanation + QLatin1Char('\n');
    if (t.completed > 0) {
        const TokenRate tokens = tokenRate(t);
        text += tr("  %1 %2 over the load phase\n").arg(tokens.perS, 0, 'f', 1).arg(tokens.label());
    }
    if (o.aborted())
        text += QStringLiteral("  ") + o.detail + QLatin1Char('\n');
    for (int c = 1; c < kFailureClassCount; ++c)
        if (t.failures[size_t(c)])
            text += QStringLiteral("  failures %1: %2\n")
                        .arg(QString::fromLatin1(failureClassKey(FailureClass(c))))
                        .arg(t.failures[size_t(c)]);
    // The actual value with the digits that keep it on its side of the limit: never "FAIL (0.05)" for a
    // failing 0.0523 against "< 0.05".
    // With several phases each gate is judged per phase: the line names it.
    for (const ThresholdResult &r : o.thresholds)
        text += QStringLiteral("  threshold %1%2: %3 (actual %4%5)\n")
                    .arg(thresholdExpression(r),
                         o.phases.size() > 1 && !r.phase.isEmpty() ? QStringLiteral(" in phase ") + r.phase
                                                                   : QString(),
                         r.passed ? QStringLiteral("pass") : QStringLiteral("FAIL"), thresholdActualText(r),
                         r.scope.isEmpty() ? QString() : QStringLiteral(", ") + r.scope);
    text.chop(1);
    return text;
}

} // namespace plateau
