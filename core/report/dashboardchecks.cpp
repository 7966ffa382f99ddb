#include "core/report/dashboardchecks.h"

#include "core/metrics/thresholds.h"
#include "core/report/valueformat.h"

namespace plateau::dashboard {

namespace {

QString checkName(const QString &reason)
{
    if (reason.startsWith(QLatin1String("health check")))
        return QStringLiteral("health check");
    if (reason.startsWith(QLatin1String("auth")))
        return QStringLiteral("authentication");
    return QStringLiteral("load test");
}

QString scopeText(const QString &scope)
{
    return scope.isEmpty() ? QStringLiteral("whole target") : scope;
}

void thresholdRow(Html &h, const QString &config, const ThresholdResult &t)
{
    h.raw(QStringLiteral("<tr class=\"%1\" data-check=\"threshold\">")
              .arg(t.passed ? QStringLiteral("pass") : QStringLiteral("fail")));
    h.el("td", config, QStringLiteral("class=\"text\""));
    h.el("td", taggedMetric(t), QStringLiteral("class=\"text mono\" title=") + attr(thresholdExpression(t)));
    h.el("td", t.passed ? QStringLiteral("passed") : QStringLiteral("FAILED"),
         t.passed ? QStringLiteral("class=\"text good\"") : QStringLiteral("class=\"text bad\""));
    // The actual gets the digits it takes to differ from the limit: a failure never prints as the limit.
    h.el("td", formatAgainstLimit(t.actual, t.limit), QStringLiteral("class=\"actual\""));
    h.el("td", t.op + QLatin1Char(' ') + formatLimit(t.limit), QStringLiteral("class=\"limit\""));
    // A run of several phases judges each gate per phase: the row names it ("load" is a one-phase run's).
    const QString phase = t.phase.isEmpty() || t.phase == QLatin1String("load")
                              ? QString()
                              : QStringLiteral("phase ") + t.phase;
    h.el("td", phase.isEmpty() ? scopeText(t.scope) : phase + QStringLiteral(", ") + scopeText(t.scope),
         QStringLiteral("class=\"text\""));
    h.raw(QStringLiteral("</tr>"));
}

} // namespace

QString taggedMetric(const ThresholdResult &t)
{
    return t.tag.isEmpty() ? t.metric : t.metric + QStringLiteral("{tag=") + t.tag + QLatin1Char('}');
}

bool skipIsFailure(const QString &reason)
{
    return !reason.startsWith(QLatin1String("run stopped"));
}

CheckCounts countChecks(const Model &m)
{
    CheckCounts c;
    for (const LoadedRun &r : *m.runs) {
        for (const ThresholdResult &t : r.summary.thresholds) {
            ++c.thresholds;
            c.thresholdsFailed += t.passed ? 0 : 1;
        }
    }
    for (const Config &cfg : m.configs) {
        ++c.targets;
        if (cfg.skipped && skipIsFailure(cfg.skipReason))
            ++c.notTested;
        for (const ThresholdResult &t : cfg.target->summary.thresholds) {
            ++c.thresholds;
            c.thresholdsFailed += t.passed ? 0 : 1;
        }
    }
    return c;
}

void skippedBanners(Html &h, const Model &m)
{
    for (size_t i = 0; i < m.configs.size(); ++i) {
        const Config &c = m.configs[i];
        if (!c.skipped)
            continue;
        const bool failure = skipIsFailure(c.skipReason);
        h.raw(QStringLiteral("<div class=\"banner %1\" id=\"skipped-%2\" role=\"alert\">")
                  .arg(failure ? QStringLiteral("bad") : QStringLiteral("warn"))
                  .arg(i));
        h.el("strong", c.name);
        h.text(QStringLiteral(" was not load-tested: ") + c.skipReason +
               (failure ? QStringLiteral(". It counts as failed; its numbers below are empty.")
                        : QStringLiteral(".")));
        h.raw(QStringLiteral("</div>"));
    }
}

void checksSection(Html &h, const Model &m)
{
    const CheckCounts n = countChecks(m);
    h.raw(QStringLiteral("<section id=\"checks\"><h2>Thresholds and health checks</h2>"));
    QStringList summary;
    summary.append(
        n.thresholds == 0 ? QStringLiteral("no thresholds set")
        : n.thresholdsFailed == 0
            ? QStringLiteral("all %1 threshold(s) passed").arg(n.thresholds)
            : QStringLiteral("%1 of %2 threshold(s) failed").arg(n.thresholdsFailed).arg(n.thresholds));
    summary.append(n.notTested == 0
                       ? QStringLiteral("every target passed its health check")
                       : QStringLiteral("%1 of %2 target(s) not load-tested (failed before the load)")
                             .arg(n.notTested)
                             .arg(n.targets));
    const bool bad = n.thresholdsFailed > 0 || n.notTested > 0;
    h.el("p", summary.join(QStringLiteral(" · ")),
         QStringLiteral("class=\"check-summary %1\"")
             .arg(bad ? QStringLiteral("bad") : QStringLiteral("good")));
    // The set of the plan's thresholds the run judged (--threshold-set, or the plan's default).
    const bool severalRuns = m.runs->size() > 1;
    for (const LoadedRun &r : *m.runs) {
        if (r.summary.thresholdSet.isEmpty())
            continue;
        h.raw(QStringLiteral("<p class=\"threshold-set\">"));
        h.text(severalRuns ? r.displayName() + QStringLiteral(": threshold set ")
                           : QStringLiteral("Threshold set "));
        h.el("strong", r.summary.thresholdSet, QStringLiteral("class=\"mono\""));
        h.raw(QStringLiteral("</p>"));
    }
    if (n.thresholds == 0 && n.notTested == 0) {
        h.raw(QStringLiteral("</section>"));
        return;
    }
    h.raw(QStringLiteral("<div class=\"table-wrap\"><table class=\"checks\"><thead><tr>"
                         "<th class=\"text\">Configuration</th><th class=\"text\">Check</th>"
                         "<th class=\"text\">Result</th><th>Actual</th><th>Limit</th>"
                         "<th class=\"text\">Scope</th></tr></thead><tbody>"));
    const bool several = m.runs->size() > 1;
    for (const LoadedRun &r : *m.runs) {
        for (const ThresholdResult &t : r.summary.thresholds)
            thresholdRow(
                h, several ? r.displayName() + QStringLiteral(" (whole run)") : QStringLiteral("whole run"),
                t);
    }
    for (const Config &c : m.configs) {
        if (c.skipped) {
            const bool failure = skipIsFailure(c.skipReason);
            h.raw(QStringLiteral("<tr class=\"%1\" data-check=\"skipped\">")
                      .arg(failure ? QStringLiteral("fail") : QStringLiteral("warn")));
            h.el("td", c.name, QStringLiteral("class=\"text\""));
            h.el("td", checkName(c.skipReason), QStringLiteral("class=\"text\""));
            h.el("td", failure ? QStringLiteral("FAILED") : QStringLiteral("not run"),
                 failure ? QStringLiteral("class=\"text bad\"") : QStringLiteral("class=\"text warn\""));
            h.el("td", c.skipReason, QStringLiteral("class=\"text reason\" colspan=\"3\""));
            h.raw(QStringLiteral("</tr>"));
            continue;
        }
        const std::vector<ThresholdResult> &th = c.target->summary.thresholds;
        if (th.empty() && n.thresholds > 0) {
            h.raw(QStringLiteral("<tr data-check=\"none\">"));
            h.el("td", c.name, QStringLiteral("class=\"text\""));
            h.el("td", QStringLiteral("thresholds"), QStringLiteral("class=\"text\""));
            h.el("td", QStringLiteral("none set"), QStringLiteral("class=\"text muted\""));
            h.raw(QStringLiteral("<td></td><td></td><td></td></tr>"));
        }
        for (const ThresholdResult &t : th)
            thresholdRow(h, c.name, t);
    }
    h.raw(QStringLiteral("</tbody></table></div></section>"));
}

} // namespace plateau::dashboard
