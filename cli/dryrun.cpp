#include "cli/dryrun.h"

#include "cli/clitr.h"
#include "core/engine/loadshape.h"
#include "core/metrics/thresholds.h"

#include <QDir>
#include <algorithm>
#include <cmath>

namespace plateau {

namespace {

// A ramp of hundreds of steps would fill the screen; the first and last few say what it does.
constexpr std::size_t kStepsShown = 12;

QString number(double v)
{
    return QString::number(v, 'g', 3);
}

QString profileLine(const LoadProfile &p)
{
    switch (p.kind) {
    case ProfileKind::StepRamp:
        return Cli::tr(
                   "step_ramp: %1 more users every %2 s up to %3, %4 users/s, the first %5 s of each step "
                   "not measured")
            .arg(p.stepSize)
            .arg(number(p.stepDurationS))
            .arg(p.maxUsers)
            .arg(number(p.spawnRate))
            .arg(number(p.effectiveSettleS()));
    case ProfileKind::Burst:
        return Cli::tr("burst: %1 users within %2 s, held %3 s")
            .arg(p.burstUsers)
            .arg(number(p.burstRampS))
            .arg(number(p.holdS));
    case ProfileKind::Sustained:
        return Cli::tr("sustained: %1 users for %2 s").arg(p.sustainedUsers).arg(number(p.durationS));
    case ProfileKind::ConstantRate:
        return Cli::tr("constant_rate: %1 requests/s for %2 s, at most %3 in flight")
            .arg(number(p.arrivalRate))
            .arg(number(p.durationS))
            .arg(p.maxInFlight);
    case ProfileKind::LinearRamp:
        return Cli::tr("linear_ramp: %1 -> %2 users over %3 s, measured every %4 s")
            .arg(p.startUsers)
            .arg(p.maxUsers)
            .arg(number(p.durationS))
            .arg(number(p.stepDurationS));
    case ProfileKind::ArrivalRamp:
        return (p.rateSteps > 0
                    ? Cli::tr("arrival_ramp: %1 -> %2 requests/s over %3 s in %4 levels, at most %5 in "
                              "flight")
                          .arg(number(p.startRate), number(p.endRate), number(p.durationS))
                          .arg(p.rateSteps)
                          .arg(p.maxInFlight)
                    : Cli::tr("arrival_ramp: %1 -> %2 requests/s over %3 s, at most %4 in flight")
                          .arg(number(p.startRate), number(p.endRate), number(p.durationS))
                          .arg(p.maxInFlight));
    case ProfileKind::Sweep:
        return (p.sweepOn == SweepOn::Rate
                    ? Cli::tr("sweep: the highest arrival rate within the SLO, %1 to %2 requests/s")
                          .arg(number(p.startRate), number(p.endRate))
                    : Cli::tr("sweep: the most users within the SLO, %1 to %2 users")
                          .arg(p.startUsers)
                          .arg(p.maxUsers)) +
               Cli::tr(", probes of %1 s, at most %2, within %3 %")
                   .arg(number(p.stepDurationS))
                   .arg(p.sweepMaxSteps)
                   .arg(number(p.sweepTolerance * 100));
    }
    return QString();
}

QString stepsLine(const LoadProfile &p)
{
    const std::vector<StepWindow> steps = LoadShape(p).steps();
    if (p.kind != ProfileKind::StepRamp || steps.empty())
        return QString();
    QStringList users;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (steps.size() > kStepsShown && i == kStepsShown / 2) {
            users << QStringLiteral("…");
            i = steps.size() - kStepsShown / 2;
        }
        users << QString::number(steps[i].users);
    }
    return Cli::tr("%n step(s), users: %1", nullptr, int(steps.size())).arg(users.join(QLatin1Char(' ')));
}

// The journey each user walks, the guard before it and the thresholds judged: what a reviewer checks.
QStringList journeyLines(const TestPlan &plan)
{
    QStringList lines;
    if (plan.guard.enabled)
        lines << Cli::tr("  first GET %1 must have %2 == \"%3\" (else the target is skipped)")
                     .arg(plan.guard.path, plan.guard.field, plan.guard.equals);
    if (plan.journey.enabled()) {
        lines << Cli::tr("  journey of %n step(s), key tag %1%2", nullptr, int(plan.journey.steps.size()))
                     .arg(plan.journey.effectiveKeyTag(),
                          plan.journey.usersFile.isEmpty()
                              ? QString()
                              : Cli::tr(", accounts from %1")
                                    .arg(QDir::toNativeSeparators(plan.journey.usersFile)));
        for (const JourneyStep &s : plan.journey.steps) {
            QString line =
                QStringLiteral("    %1 [%2] %3 %4").arg(s.name, s.effectiveTag(), s.method, s.path);
            line += s.once ? Cli::tr(", once per user") : Cli::tr(", every iteration");
            if (s.stream)
                line += Cli::tr(", streamed");
            if (!s.extract.empty()) {
                QStringList vars;
                for (const Extraction &e : s.extract)
                    vars << e.variable;
                line += Cli::tr(", gives {{%1}}").arg(vars.join(QStringLiteral("}}, {{")));
            }
            if (!s.checks.empty())
                line += Cli::tr(", %n check(s)", nullptr, int(s.checks.size()));
            if (s.thinkMaxS > 0)
                line += Cli::tr(", then %1-%2 s think time").arg(number(s.thinkMinS), number(s.thinkMaxS));
            lines << line;
        }
    }
    const std::vector<Threshold> gates = activeThresholds(plan);
    if (!gates.empty()) {
        QStringList shown;
        for (const Threshold &t : gates) {
            ThresholdResult r;
            r.metric = t.metric;
            r.op = t.op;
            r.limit = t.value;
            r.tag = t.tag;
            shown << thresholdExpression(r);
        }
        lines << (plan.thresholdSet.isEmpty()
                      ? Cli::tr("  thresholds: %1").arg(shown.join(QStringLiteral(", ")))
                      : Cli::tr("  thresholds (set '%1' included): %2")
                            .arg(plan.thresholdSet, shown.join(QStringLiteral(", "))));
    }
    return lines;
}

} // namespace

QString humanDuration(double seconds)
{
    const qint64 s = qint64(std::llround(std::max(0.0, seconds)));
    if (s < 60)
        return Cli::tr("%1 s").arg(s);
    if (s < 3600)
        return s % 60 ? Cli::tr("%1 min %2 s").arg(s / 60).arg(s % 60) : Cli::tr("%1 min").arg(s / 60);
    const qint64 min = (s % 3600 + 30) / 60;
    return min ? Cli::tr("%1 h %2 min").arg(s / 3600).arg(min) : Cli::tr("%1 h").arg(s / 3600);
}

QStringList dryRunLines(const TestPlan &plan, const QString &promptFile)
{
    QStringList lines;
    const auto enabled =
        std::count_if(plan.targets.begin(), plan.targets.end(), [](const Target &t) { return t.enabled; });
    lines << Cli::tr("plan '%1': %2 target(s), tested one after another").arg(plan.name).arg(enabled);
    for (const Target &t : plan.targets) {
        QString line = QStringLiteral("  %1  %2  ").arg(t.label, t.url) +
                       (t.workers > 0 ? Cli::tr("compute %1, workers %2").arg(t.computeSize).arg(t.workers)
                                      : Cli::tr("compute %1, workers unknown").arg(t.computeSize));
        if (!t.authRef.isEmpty())
            line += Cli::tr(", auth %1").arg(t.authRef);
        if (!t.enabled)
            line += Cli::tr(" (disabled)");
        lines << line;
    }
    const QString order = promptOrderName(plan.promptSource.order);
    if (promptFile.isEmpty())
        lines << Cli::tr("  %n prompt(s) from the plan, %1 order", nullptr, int(plan.prompts.size()))
                     .arg(order);
    else if (plan.promptSource.field.isEmpty())
        lines << Cli::tr("  %n prompt(s) loaded from %1, %2 order", nullptr, int(plan.prompts.size()))
                     .arg(QDir::toNativeSeparators(promptFile), order);
    else
        lines << Cli::tr("  %n prompt(s) loaded from %1 (field %2), %3 order", nullptr,
                         int(plan.prompts.size()))
                     .arg(QDir::toNativeSeparators(promptFile), plan.promptSource.field, order);
    lines << journeyLines(plan);
    for (std::size_t i = 0; i < plan.phases.size(); ++i) {
        const Phase &ph = plan.phases[i];
        const QString indent = plan.phases.size() > 1 ? QStringLiteral("    ") : QStringLiteral("  ");
        if (plan.phases.size() > 1)
            lines << Cli::tr("  phase %1/%2 %3%4, about %5")
                         .arg(i + 1)
                         .arg(plan.phases.size())
                         .arg(ph.name, ph.gate ? Cli::tr(" (only if the phase before passed its thresholds)")
                                               : QString())
                         .arg(humanDuration(estimatedTargetSeconds(ph.profile)));
        lines << indent + profileLine(ph.profile);
        const QString steps = stepsLine(ph.profile);
        if (!steps.isEmpty())
            lines << indent + steps;
    }
    const double perTarget = estimatedTargetSeconds(plan.phases);
    lines << Cli::tr("  about %1 of load per target, %2 for %3 target(s), plus health checks and warm-up")
                 .arg(humanDuration(perTarget), humanDuration(perTarget * double(enabled)))
                 .arg(enabled);
    return lines;
}

} // namespace plateau
