#include "core/report/regressionhtml.h"

#include "core/report/valueformat.h"

#include <algorithm>

namespace plateau::dashboard {

namespace {

QString verdictClass(ChangeVerdict v)
{
    switch (v) {
    case ChangeVerdict::Worse:
    case ChangeVerdict::Lost:
        return QStringLiteral("bad");
    case ChangeVerdict::Better:
        return QStringLiteral("good");
    case ChangeVerdict::Noise:
    case ChangeVerdict::NoData:
        return QStringLiteral("warn");
    case ChangeVerdict::Unchanged:
        break;
    }
    return QString();
}

QString runs(const QStringList &names)
{
    return names.join(QStringLiteral(", ")) + QStringLiteral(" (%1 run%2)")
                                                  .arg(names.size())
                                                  .arg(names.size() == 1 ? QString() : QStringLiteral("s"));
}

} // namespace

void regressionSection(Html &h, const RegressionReport &r)
{
    const bool repeats = r.baseline.size() > 1 || r.candidate.size() > 1;
    h.raw(QStringLiteral("<section id=\"regression\" data-regression=\"%1\"><h2>Regression check</h2>")
              .arg(r.regression ? QStringLiteral("true") : QStringLiteral("false")));
    QStringList worse;
    for (const ConfigChange &c : r.configs) {
        if (c.regression)
            worse.append(c.label);
    }
    const int compared = static_cast<int>(std::count_if(
        r.configs.begin(), r.configs.end(), [](const ConfigChange &c) { return !c.newInCandidate; }));
    h.raw(QStringLiteral("<div class=\"banner %1\" id=\"regression-verdict\">")
              .arg(r.regression ? QStringLiteral("bad") : QStringLiteral("good")));
    h.el("strong", r.regression ? QStringLiteral("Regression") : QStringLiteral("No regression"));
    h.text(r.regression ? QStringLiteral(" in %1 of %2 configuration(s): %3.")
                              .arg(worse.size())
                              .arg(compared)
                              .arg(worse.join(QStringLiteral(", ")))
                        : QStringLiteral(": %1 configuration(s) compared.").arg(compared));
    h.raw(QStringLiteral("</div>"));
    h.el("p",
         QStringLiteral(
             "Baseline: %1. Candidate: %2. A regression is a change for the worse (QPS down; "
             "latency, TTFT, failures up) by more than %3% of the baseline (failure rate: %4 "
             "percentage point(s))%5. Every candidate run must produce each number the baseline has.")
             .arg(runs(r.baseline), runs(r.candidate), formatValue(r.options.tolerancePct),
                  formatValue(r.options.failureTolerancePp),
                  repeats
                      ? QStringLiteral(" and, with repeats, by more than %1 standard deviations (n − 1) of "
                                       "either group; values are mean ± sd")
                            .arg(formatValue(r.options.noiseSigmas))
                      : QString()),
         QStringLiteral("class=\"muted\""));
    h.raw(QStringLiteral(
        "<div class=\"table-wrap\"><table class=\"regression\"><thead><tr><th "
        "class=\"text\">Configuration</th>"
        "<th class=\"text\">Metric</th><th>Baseline</th><th>Candidate</th><th>Change</th><th>Change %</th>"
        "<th>Allowed</th><th class=\"text\">Verdict</th></tr></thead><tbody>"));
    for (const ConfigChange &c : r.configs) {
        if (c.missingInCandidate || c.newInCandidate) {
            h.raw(QStringLiteral("<tr data-config=") + attr(c.label) + QLatin1Char('>'));
            h.el("td", c.label, QStringLiteral("class=\"text\""));
            h.el("td",
                 c.missingInCandidate ? QStringLiteral("missing in the candidate")
                                      : QStringLiteral("only in the candidate"),
                 QStringLiteral("class=\"text\" colspan=\"6\""));
            h.el("td",
                 c.missingInCandidate ? QStringLiteral("REGRESSION (missing)")
                                      : QStringLiteral("new, not compared"),
                 c.missingInCandidate ? QStringLiteral("class=\"text bad\"")
                                      : QStringLiteral("class=\"text muted\""));
            h.raw(QStringLiteral("</tr>"));
            continue;
        }
        bool first = true;
        for (const MetricChange &m : c.metrics) {
            h.raw(QStringLiteral("<tr data-config=") + attr(c.label) + QStringLiteral(" data-metric=") +
                  attr(QString::fromLatin1(regressionMetricKey(m.metric))) +
                  QStringLiteral(" data-verdict=") + attr(QString::fromLatin1(changeVerdictKey(m.verdict))) +
                  (first ? QStringLiteral(" class=\"first\"") : QString()) + QLatin1Char('>'));
            if (first)
                h.el("td", c.label, QStringLiteral("class=\"text\" rowspan=\"%1\"").arg(c.metrics.size()));
            first = false;
            h.el("td", regressionMetricName(m.metric), QStringLiteral("class=\"text\""));
            h.el("td", formatGroup(m.metric, m.baseline, m.candidate));
            h.el("td", formatGroup(m.metric, m.candidate, m.baseline));
            h.el("td", formatDelta(m));
            h.el("td", formatPct(m));
            h.el("td", formatAllowed(m));
            const QString cls = verdictClass(m.verdict);
            h.el("td", changeVerdictText(m.verdict),
                 QStringLiteral("class=\"text") + (cls.isEmpty() ? QString() : QLatin1Char(' ') + cls) +
                     QLatin1Char('"'));
            h.raw(QStringLiteral("</tr>"));
        }
    }
    h.raw(QStringLiteral("</tbody></table></div></section>"));
}

} // namespace plateau::dashboard
