#include "core/report/dashboardjourney.h"

#include "core/metrics/metricdefinitions.h"

#include <algorithm>
#include <cmath>

namespace plateau::dashboard {

namespace {

// A check below this pass rate is shown as failing; k6 reports any failed check, and so do we.
constexpr double kFullRate = 1.0;

QString num(double v, int decimals = 1)
{
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("–");
}

QString ms(const Summary &s, double v)
{
    return s.count > 0 || v > 0 ? num(v, v >= 100 ? 0 : 1) : QStringLiteral("–");
}

QString pct(double rate)
{
    return num(rate * 100.0, rate * 100.0 < 10 ? 2 : 1) + QLatin1Char('%');
}

void metricTh(Html &h, const char *label, MetricId id)
{
    h.el("th", QString::fromUtf8(label),
         QStringLiteral("title=") + attr(metricSentence(id, DefinitionText::English)));
}

bool hasTags(const TargetSummary &t)
{
    return !t.tags.empty() || std::any_of(t.phases.begin(), t.phases.end(),
                                          [](const PhaseOutcome &p) { return !p.tags.empty(); });
}

std::uint64_t checksOf(const TagOutcome &t)
{
    return t.total.checksPassed + t.total.checksFailed;
}

// One table of tags: the whole load, or one phase.
void tagTable(Html &h, const std::vector<TagOutcome> &tags, const QString &caption)
{
    if (!caption.isEmpty())
        h.el("h4", caption);
    h.raw(QStringLiteral("<div class=\"table-wrap\"><table class=\"tags\"><thead><tr>"
                         "<th class=\"text\">Tag</th><th>Requests</th>"));
    metricTh(h, "QPS", MetricId::StepQps);
    metricTh(h, "Latency p50 ms", MetricId::Latency);
    metricTh(h, "p95", MetricId::Latency);
    metricTh(h, "p99", MetricId::Latency);
    metricTh(h, "TTFT p95 ms", MetricId::Ttft);
    metricTh(h, "Failure rate", MetricId::FailureRate);
    h.raw(QStringLiteral("<th title=\"share of the checks of the tag's steps that passed\">Check rate</th>"
                         "</tr></thead><tbody>"));
    for (const TagOutcome &t : tags) {
        const StepResult &r = t.total;
        h.raw(QStringLiteral("<tr data-tag=") + attr(t.tag) +
              (t.key ? QStringLiteral(" class=\"key\">") : QStringLiteral(">")));
        h.raw(QStringLiteral("<td class=\"text\">"));
        h.text(t.tag);
        if (t.key)
            h.el("span", QStringLiteral("key"),
                 QStringLiteral("class=\"badge\" title=\"the tag the steps, the charts and the saturation "
                                "verdict are made of\""));
        h.raw(QStringLiteral("</td>"));
        h.el("td", QString::number(r.completed + t.cancelled));
        h.el("td", r.completed ? num(r.qps) : QStringLiteral("–"));
        h.el("td", ms(r.latency, r.latency.p50Ms));
        h.el("td", ms(r.latency, r.latency.p95Ms));
        h.el("td", ms(r.latency, r.latency.p99Ms));
        h.el("td", ms(r.ttft, r.ttft.p95Ms));
        h.el("td", r.completed ? pct(r.failureRate) : QStringLiteral("–"),
             r.failureRate > 0.05 ? QStringLiteral("class=\"bad\"") : QString());
        const bool checked = checksOf(t) > 0;
        h.el("td", checked ? pct(t.checkRate()) : QStringLiteral("–"),
             checked && t.checkRate() < kFullRate ? QStringLiteral("class=\"bad\"") : QString());
        h.raw(QStringLiteral("</tr>"));
    }
    h.raw(QStringLiteral("</tbody></table></div>"));
}

// k6's summary of checks: per step and check, passed, failed and the pass rate; a failing one stands out.
void checksTable(Html &h, const std::vector<TagOutcome> &tags)
{
    const bool any =
        std::any_of(tags.begin(), tags.end(), [](const TagOutcome &t) { return !t.checks.empty(); });
    if (!any)
        return;
    h.el("h4", QStringLiteral("Checks"));
    h.raw(
        QStringLiteral("<div class=\"table-wrap\"><table class=\"journey-checks\"><thead><tr>"
                       "<th class=\"text\">Step</th><th class=\"text\">Check</th><th class=\"text\">Tag</th>"
                       "<th>Passed</th><th>Failed</th><th>Rate</th></tr></thead><tbody>"));
    for (const TagOutcome &t : tags) {
        for (const CheckOutcome &c : t.checks) {
            const bool failing = c.failed > 0;
            h.raw(QStringLiteral("<tr class=\"%1\" data-check=\"journey\">")
                      .arg(failing ? QStringLiteral("fail") : QStringLiteral("pass")));
            h.el("td", c.step, QStringLiteral("class=\"text\""));
            h.el("td", c.name, QStringLiteral("class=\"text mono\""));
            h.el("td", t.tag, QStringLiteral("class=\"text\""));
            h.el("td", QString::number(c.passed));
            h.el("td", QString::number(c.failed), failing ? QStringLiteral("class=\"bad\"") : QString());
            h.el("td", c.passed + c.failed ? pct(c.rate()) : QStringLiteral("–"),
                 failing ? QStringLiteral("class=\"rate bad\"") : QStringLiteral("class=\"rate good\""));
            h.raw(QStringLiteral("</tr>"));
        }
    }
    h.raw(QStringLiteral("</tbody></table></div>"));
}

} // namespace

QString guardLine(const TargetSummary &t)
{
    if (t.guardDetail.isEmpty())
        return QString();
    return t.guardOverridden
               ? QStringLiteral("Not a test environment, run allowed by --allow-non-test: ") + t.guardDetail
               : QStringLiteral("Environment: ") + t.guardDetail;
}

void guardBanners(Html &h, const Model &m)
{
    for (std::size_t i = 0; i < m.configs.size(); ++i) {
        const Config &c = m.configs[i];
        const TargetSummary &t = c.target->summary;
        if (!t.guardOverridden || c.skipped)
            continue;
        h.raw(QStringLiteral("<div class=\"banner warn\" id=\"guard-%1\" role=\"alert\">").arg(i));
        h.el("strong", c.name);
        h.text(QStringLiteral(" is not a test environment; the run was allowed by --allow-non-test. ") +
               t.guardDetail);
        h.raw(QStringLiteral("</div>"));
    }
}

bool anyJourney(const Model &m)
{
    return std::any_of(m.configs.begin(), m.configs.end(),
                       [](const Config &c) { return hasTags(c.target->summary); });
}

void journeySection(Html &h, const Model &m)
{
    if (!anyJourney(m))
        return;
    h.raw(QStringLiteral("<section id=\"journey\"><h2>Journey</h2>"));
    h.el(
        "p",
        QStringLiteral("Every request of a virtual user's journey is counted under its step's tag. The key "
                       "tag's requests are what the steps, the charts and the verdict above are made of; the "
                       "other tags are the rest of the journey. A failed check does not fail its request."),
        QStringLiteral("class=\"muted\""));
    for (std::size_t i = 0; i < m.configs.size(); ++i) {
        const Config &c = m.configs[i];
        const TargetSummary &t = c.target->summary;
        if (!hasTags(t))
            continue;
        h.raw(QStringLiteral("<div class=\"card journey-card\" id=\"journey-%1\">").arg(i));
        h.el("h3", c.name);
        const QString guard = guardLine(t);
        if (!guard.isEmpty())
            h.el("p", guard,
                 QStringLiteral("class=\"guard") + (t.guardOverridden ? QStringLiteral(" warn") : QString()) +
                     u'"');
        std::vector<const PhaseOutcome *> phased;
        for (const PhaseOutcome &p : t.phases)
            if (!p.tags.empty())
                phased.push_back(&p);
        // One phase: its table is the whole load's. Several: the whole load first, then each phase.
        if (!t.tags.empty())
            tagTable(h, t.tags, phased.size() > 1 ? QStringLiteral("Whole load") : QString());
        if (phased.size() > 1 || t.tags.empty()) {
            for (const PhaseOutcome *p : phased)
                tagTable(h, p->tags, QStringLiteral("Phase ") + p->name);
        }
        checksTable(h, !t.tags.empty() ? t.tags : phased.front()->tags);
        const bool overTime = std::any_of(c.target->timeseries.begin(), c.target->timeseries.end(),
                                          [](const IntervalSnapshot &s) { return !s.tags.empty(); });
        if (overTime) {
            h.el("h4", QStringLiteral("Latency p95 per tag over time"));
            h.raw(QStringLiteral("<div class=\"chart\" id=\"chart-tags-%1\"></div>").arg(i));
        }
        h.raw(QStringLiteral("</div>"));
    }
    h.raw(QStringLiteral("</section>"));
}

} // namespace plateau::dashboard
