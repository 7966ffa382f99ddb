#include "core/report/dashboardhtml.h"

#include "core/metrics/metricdefinitions.h"
#include "core/metrics/phaseverdict.h"
#include "core/report/dashboardassets_data.h" // generated from assets/ by embedassets.cmake
#include "core/report/dashboardchecks.h"
#include "core/report/dashboardjourney.h"
#include "core/report/htmlbuilder.h"
#include "core/report/regressionhtml.h"

#include <QDateTime>
#include <QFileInfo>
#include <algorithm>
#include <cmath>

namespace plateau::dashboard {

namespace {

QString num(double v, int decimals = 1)
{
    if (!std::isfinite(v))
        return QStringLiteral("–");
    return QString::number(v, 'f', decimals);
}

// A latency or percentile that only means something when samples exist.
QString ms(const Summary &s, double v)
{
    return s.count > 0 || v > 0 ? num(v, v >= 100 ? 0 : 1) : QStringLiteral("–");
}

QString time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                       : QStringLiteral("–");
}

QString pct(double rate)
{
    return num(rate * 100.0, rate * 100.0 < 10 ? 2 : 1) + QLatin1Char('%');
}

void kpiCard(Html &h, const QString &label, const QString &value, const QString &detail,
             const QString &cls = QString())
{
    h.raw(QStringLiteral("<div class=\"card kpi\">"));
    h.el("div", label, QStringLiteral("class=\"label\""));
    h.el("div", value,
         QStringLiteral("class=\"value") + (cls.isEmpty() ? QString() : QLatin1Char(' ') + cls) +
             QLatin1Char('"'));
    h.el("div", detail, QStringLiteral("class=\"detail\""));
    h.raw(QStringLiteral("</div>"));
}

QString sloCell(const SloVerdict &slo)
{
    if (!slo.evaluated)
        return QStringLiteral("–");
    if (!slo.met)
        return QStringLiteral("no step met it");
    return QStringLiteral("%1 at %2 users").arg(num(slo.maxQpsOk), QString::number(slo.users));
}

void kpis(Html &h, const Model &m)
{
    h.raw(QStringLiteral("<section id=\"kpis\"><h2>Summary</h2><div class=\"cards\">"));
    if (m.kpis.best >= 0) {
        const Config &c = m.configs[static_cast<size_t>(m.kpis.best)];
        const SaturationVerdict &v = c.target->summary.verdict;
        kpiCard(
            h, QStringLiteral("Best configuration (peak QPS ok)"), c.name,
            QStringLiteral("%1 QPS ok at %2 users").arg(num(v.peakQpsOk), QString::number(v.usersAtPeak)));
        kpiCard(
            h, QStringLiteral("Peak QPS ok"), num(v.peakQpsOk),
            QStringLiteral("at %1 users (%2)").arg(QString::number(v.usersAtPeak), c.name) +
                (v.kneeUsers > 0 ? QStringLiteral("; knee at %1 users").arg(v.kneeUsers) : QString()) +
                (v.slo.evaluated ? QStringLiteral("; under its SLO: %1").arg(sloCell(v.slo)) : QString()));
    } else {
        kpiCard(h, QStringLiteral("Best configuration (peak QPS ok)"), QStringLiteral("–"),
                QStringLiteral("no configuration completed a step"));
    }
    if (m.kpis.lowestP50 >= 0) {
        const Config &c = m.configs[static_cast<size_t>(m.kpis.lowestP50)];
        kpiCard(h, QStringLiteral("Lowest latency p50"),
                num(c.target->summary.latency.p50Ms, 0) + QStringLiteral(" ms"), c.name);
    } else {
        kpiCard(h, QStringLiteral("Lowest latency p50"), QStringLiteral("–"),
                QStringLiteral("no successful request"));
    }
    std::uint64_t failed = 0, done = 0;
    for (const Config &c : m.configs) {
        failed += c.target->summary.totals.failed;
        done += c.target->summary.totals.ok + c.target->summary.totals.failed;
    }
    kpiCard(h, QStringLiteral("Total requests"), QString::number(m.kpis.totalRequests),
            QStringLiteral("%1 configuration(s), %2 run(s); %3 failed (%4)")
                .arg(m.configs.size())
                .arg(m.runs->size())
                .arg(failed)
                .arg(pct(done ? static_cast<double>(failed) / static_cast<double>(done) : 0)));
    bool bound = false;
    for (const Config &c : m.configs)
        bound = bound || c.target->summary.verdict.generatorBound;
    // The verdict of the checks: thresholds, and the targets that never got load (their health check or
    // auth failed), which fail a run just as a threshold does.
    const CheckCounts n = countChecks(m);
    const bool checksFailed = n.thresholdsFailed > 0 || n.notTested > 0;
    QStringList why;
    if (n.thresholds > 0)
        why.append(QStringLiteral("%1 of %2 threshold(s) failed").arg(n.thresholdsFailed).arg(n.thresholds));
    if (n.notTested > 0)
        why.append(QStringLiteral("%1 target(s) not load-tested").arg(n.notTested));
    why.append(bound ? QStringLiteral("the load generator was saturated: numbers are a floor")
                     : QStringLiteral("load generator kept up"));
    kpiCard(h, QStringLiteral("Thresholds and health"),
            checksFailed       ? QStringLiteral("failed")
            : n.thresholds > 0 ? QStringLiteral("passed")
                               : QStringLiteral("none set"),
            why.join(QStringLiteral("; ")),
            checksFailed ? QStringLiteral("bad") : (n.thresholds > 0 ? QStringLiteral("good") : QString()));
    h.raw(QStringLiteral("</div></section>"));
}

void chartCard(Html &h, const QString &title, const QString &id, const QString &note = QString())
{
    h.raw(QStringLiteral("<div class=\"card\">"));
    h.el("h3", title);
    if (!note.isEmpty())
        h.el("p", note, QStringLiteral("class=\"muted\""));
    h.raw(QStringLiteral("<div class=\"chart\" id=") + attr(id) + QStringLiteral("></div></div>"));
}

void byConfig(Html &h)
{
    h.raw(QStringLiteral("<section id=\"by-config\"><h2>By configuration</h2><div class=\"grid2\">"));
    chartCard(h, QStringLiteral("QPS by configuration"), QStringLiteral("chart-qps-by-config"),
              QStringLiteral("Mean of the step QPS over the ramp, peak QPS excluding failures, peak QPS."));
    chartCard(h, QStringLiteral("Latency by configuration (send → end of stream)"),
              QStringLiteral("chart-latency-by-config"));
    chartCard(h, QStringLiteral("TTFT by configuration (send → first text delta)"),
              QStringLiteral("chart-ttft-by-config"));
    chartCard(h, QStringLiteral("Total requests served"), QStringLiteral("chart-requests-by-config"));
    h.raw(QStringLiteral("</div></section>"));
}

void tabs(Html &h, const char *panel, const char *initial)
{
    static const char *const kTabs[][2] = {{"qps", "QPS"},
                                           {"qps_ok", "QPS ok"},
                                           {"latency", "Latency"},
                                           {"ttft", "TTFT"},
                                           {"failures", "Failures %"}};
    h.raw(QStringLiteral("<div class=\"tabs\" role=\"tablist\" data-tabs=\"%1\">").arg(QLatin1String(panel)));
    for (const auto &t : kTabs) {
        h.raw(QStringLiteral(
                  "<button type=\"button\" role=\"tab\" data-metric=\"%1\" aria-selected=\"%2\">%3</button>")
                  .arg(QLatin1String(t[0]),
                       qstrcmp(t[0], initial) == 0 ? QStringLiteral("true") : QStringLiteral("false"),
                       QLatin1String(t[1])));
    }
    h.raw(QStringLiteral("</div>"));
}

// A column header whose tooltip is the metric's definition (English, like the whole dashboard).
void metricTh(Html &h, const char *label, MetricId id, const QString &cls = QString())
{
    h.el("th", QString::fromUtf8(label),
         (cls.isEmpty() ? QString() : QStringLiteral("class=") + attr(cls) + u' ') +
             QStringLiteral("title=") + attr(metricSentence(id, DefinitionText::English)));
}

void slider(Html &h, const QString &id, int minUsers, int maxUsers, int step)
{
    h.raw(
        QStringLiteral("<label class=\"slider\">Max users <input type=\"range\" id=\"ramp-slider-%1\" "
                       "min=\"%2\" max=\"%3\" step=\"%4\" value=\"%3\"><output id=\"ramp-slider-value-%1\">%3"
                       "</output></label>")
            .arg(id)
            .arg(minUsers)
            .arg(maxUsers)
            .arg(step));
}

void ramp(Html &h, const Model &m)
{
    h.raw(QStringLiteral("<section id=\"ramp\"><h2>Ramp progression</h2>"));
    tabs(h, "ramp", "qps");
    // Several compute sizes: one chart each (as Databricks' guide lays them out), or every configuration on
    // one axis to compare across sizes. One size: its chart already holds them all.
    const bool toggle = m.groups.size() > 1;
    h.el("p",
         QStringLiteral(
             "★ peak (the step with the highest QPS ok) · ▲ knee (the last step that still scaled); "
             "on the same step they share one marker and one label. Latency and TTFT: p50 solid, "
             "p95 dashed.") +
             (toggle ? QStringLiteral(" Grouped by compute size, or all on one chart.") : QString()),
         QStringLiteral("class=\"markers\""));
    if (toggle) {
        h.raw(QStringLiteral(
            "<div class=\"tabs layout\" role=\"group\" aria-label=\"Chart layout\" "
            "data-layout-toggle=\"ramp\">"
            "<button type=\"button\" data-layout=\"grouped\" aria-pressed=\"true\">By compute size</button>"
            "<button type=\"button\" data-layout=\"all\" aria-pressed=\"false\">All on one "
            "chart</button></div>"));
    }
    h.raw(QStringLiteral("<div class=\"grid2\" id=\"ramp-grouped\">"));
    int minAll = 0, maxAll = 0, stepAll = 0;
    for (size_t g = 0; g < m.groups.size(); ++g) {
        const Group &grp = m.groups[g];
        h.raw(QStringLiteral("<div class=\"card\">"));
        h.el("h3", QStringLiteral("Compute: ") +
                       (grp.compute.isEmpty() ? QStringLiteral("unspecified") : grp.compute));
        if (grp.maxUsers > 0) {
            slider(h, QString::number(g), grp.minUsers, grp.maxUsers, grp.userStep);
            minAll = minAll == 0 ? grp.minUsers : std::min(minAll, grp.minUsers);
            maxAll = std::max(maxAll, grp.maxUsers);
            stepAll = stepAll == 0 ? grp.userStep : std::min(stepAll, grp.userStep);
        } else {
            h.el("p", QStringLiteral("No step completed in this group."), QStringLiteral("class=\"muted\""));
        }
        h.raw(QStringLiteral("<div class=\"chart tall\" id=\"chart-ramp-%1\"></div></div>").arg(g));
    }
    h.raw(QStringLiteral("</div>"));
    if (toggle) {
        h.raw(QStringLiteral("<div id=\"ramp-all\" hidden><div class=\"card\">"));
        h.el("h3", QStringLiteral("All configurations"));
        if (maxAll > 0)
            slider(h, QStringLiteral("all"), minAll, maxAll, std::max(1, stepAll));
        h.raw(QStringLiteral("<div class=\"chart tall\" id=\"chart-ramp-all\"></div></div></div>"));
    }
    h.raw(QStringLiteral("</section>"));
}

bool anyPhased(const Model &m)
{
    return std::any_of(m.configs.begin(), m.configs.end(),
                       [](const Config &c) { return c.target->summary.phases.size() > 1; });
}

// Per target, its load over time: the phases are easiest to tell apart here, each one's start marked.
void overTime(Html &h, const Model &m)
{
    const bool any = std::any_of(m.configs.begin(), m.configs.end(),
                                 [](const Config &c) { return !c.target->timeseries.empty(); });
    if (!any)
        return;
    h.raw(QStringLiteral("<section id=\"over-time\"><h2>Over time</h2>"));
    tabs(h, "time", "qps_ok");
    if (anyPhased(m))
        h.el("p",
             QStringLiteral("A dashed line marks where each phase began, with its name. Seconds since the "
                            "target's load began."),
             QStringLiteral("class=\"markers\""));
    h.raw(QStringLiteral("<div class=\"grid2\">"));
    for (std::size_t i = 0; i < m.configs.size(); ++i) {
        const Config &c = m.configs[i];
        if (c.target->timeseries.empty())
            continue;
        h.raw(QStringLiteral("<div class=\"card\">"));
        h.el("h3", c.name);
        h.raw(QStringLiteral("<div class=\"chart tall\" id=\"chart-time-%1\"></div></div>").arg(i));
    }
    h.raw(QStringLiteral("</div></section>"));
}

QString durationText(double s)
{
    if (!(s > 0))
        return QStringLiteral("–");
    const int t = int(std::lround(s));
    return t >= 60 ? QStringLiteral("%1 min %2 s").arg(t / 60).arg(t % 60) : QStringLiteral("%1 s").arg(t);
}

// One table per target that ran more than one phase: what each phase did and what it found.
void phasesSection(Html &h, const Model &m)
{
    if (!anyPhased(m))
        return;
    h.raw(QStringLiteral("<section id=\"phases\"><h2>Phases</h2>"));
    for (const Config &c : m.configs) {
        const std::vector<PhaseOutcome> &phases = c.target->summary.phases;
        if (phases.size() < 2)
            continue;
        const bool openLoop = std::any_of(phases.begin(), phases.end(), [](const PhaseOutcome &p) {
            return p.lateArrivals > 0 || p.droppedArrivals > 0 || p.total.offeredRate > 0;
        });
        h.raw(QStringLiteral("<div class=\"card phase-card\">"));
        h.el("h3", c.name);
        h.raw(QStringLiteral("<div class=\"table-wrap\"><table class=\"phases\"><thead><tr>"
                             "<th class=\"text\">Phase</th><th class=\"text\">Kind</th>"
                             "<th class=\"text\">State</th><th>Duration</th><th>Requests</th>"));
        metricTh(h, "QPS ok", MetricId::StepQpsOk);
        metricTh(h, "Latency p95 ms", MetricId::Latency);
        metricTh(h, "TTFT p95 ms", MetricId::Ttft);
        metricTh(h, "Failure rate", MetricId::FailureRate);
        if (openLoop)
            h.raw(QStringLiteral("<th title=\"open loop: arrivals sent more than 10 ms late / not sent "
                                 "(no free user)\">Late / dropped</th>"));
        h.raw(QStringLiteral("<th class=\"text\">Verdict</th></tr></thead><tbody>"));
        for (const PhaseOutcome &p : phases) {
            const StepResult &t = p.total;
            const bool ran = p.ran();
            h.raw(QStringLiteral("<tr class=") + attr(QStringLiteral("phase-") + phaseStateKey(p.state)) +
                  QLatin1Char('>'));
            h.el("td", p.name, QStringLiteral("class=\"text\""));
            h.el("td", p.kind.isEmpty() ? QStringLiteral("–") : p.kind, QStringLiteral("class=\"text\""));
            const QString state = phaseStateKey(p.state).replace(QLatin1Char('_'), QLatin1Char(' '));
            h.el("td", ran || p.reason.isEmpty() ? state : state + QStringLiteral(": ") + p.reason,
                 QStringLiteral("class=\"text") + (ran ? QString() : QStringLiteral(" warn")) + u'"');
            h.el("td", ran ? durationText(p.endS - p.startS) : QStringLiteral("–"));
            h.el("td", ran ? QString::number(t.completed + p.cancelled) : QStringLiteral("–"));
            h.el("td", ran && t.completed ? num(t.qpsOk) : QStringLiteral("–"));
            h.el("td", ran ? ms(t.latency, t.latency.p95Ms) : QStringLiteral("–"));
            h.el("td", ran ? ms(t.ttft, t.ttft.p95Ms) : QStringLiteral("–"));
            h.el("td", ran && t.completed ? pct(t.failureRate) : QStringLiteral("–"),
                 ran && t.failureRate > 0.05 ? QStringLiteral("class=\"bad\"") : QString());
            if (openLoop)
                h.el("td", ran ? QStringLiteral("%1 / %2").arg(p.lateArrivals).arg(p.droppedArrivals)
                               : QStringLiteral("–"));
            // A skipped phase's reason is already in its state cell.
            h.el("td", ran ? phaseVerdictText(p) : QString(), QStringLiteral("class=\"text wide\""));
            h.raw(QStringLiteral("</tr>"));
        }
        h.raw(QStringLiteral("</tbody></table></div></div>"));
    }
    h.raw(QStringLiteral("</section>"));
}

void comparison(Html &h, const Model &m)
{
    if (m.comparison.empty())
        return;
    h.raw(QStringLiteral("<section id=\"comparison\"><h2>Comparison of runs</h2>"));
    h.el(
        "p",
        QStringLiteral("The same configuration label across runs; one line per run. Mean and sample standard "
                       "deviation (n − 1) of the peak QPS across the runs that have the label."),
        QStringLiteral("class=\"muted\""));
    h.raw(QStringLiteral("<div class=\"table-wrap\"><table><thead><tr><th class=\"text\">Configuration</th>"
                         "<th>Runs</th><th class=\"text\">Peak QPS ok per run</th><th>Peak QPS ok mean</th>"
                         "<th>stddev</th><th>Peak QPS mean</th><th>stddev</th></tr></thead><tbody>"));
    for (const Comparison &c : m.comparison) {
        QStringList perRun;
        for (int ci : c.configs) {
            const Config &cfg = m.configs[static_cast<size_t>(ci)];
            perRun.append(cfg.loaded->displayName() + QStringLiteral(": ") +
                          num(cfg.target->summary.verdict.peakQpsOk));
        }
        h.raw(QStringLiteral("<tr>"));
        h.el("td", c.label, QStringLiteral("class=\"text\""));
        h.el("td", QString::number(c.configs.size()));
        h.el("td", perRun.join(QStringLiteral(", ")), QStringLiteral("class=\"text wide\""));
        h.el("td", num(c.peakQpsOkMean, 2));
        h.el("td", num(c.peakQpsOkStddev, 2));
        h.el("td", num(c.peakQpsMean, 2));
        h.el("td", num(c.peakQpsStddev, 2));
        h.raw(QStringLiteral("</tr>"));
    }
    h.raw(QStringLiteral("</tbody></table></div>"));
    tabs(h, "comparison", "qps_ok");
    h.raw(QStringLiteral("<div class=\"grid2\">"));
    for (size_t i = 0; i < m.comparison.size(); ++i) {
        h.raw(QStringLiteral("<div class=\"card\">"));
        h.el("h3", m.comparison[i].label);
        h.raw(QStringLiteral("<div class=\"chart tall\" id=\"chart-compare-%1\"></div></div>").arg(i));
    }
    h.raw(QStringLiteral("</div></section>"));
}

void results(Html &h, const Model &m)
{
    const bool several = m.runs->size() > 1;
    h.raw(QStringLiteral(
        "<section id=\"results\"><h2>Full results</h2><div class=\"table-wrap\"><table><thead><tr>"));
    if (several)
        h.raw(QStringLiteral("<th class=\"text\">Run</th>"));
    h.raw(QStringLiteral(
        "<th class=\"text\">Configuration</th><th class=\"text\">Compute</th><th>Workers</th><th "
        "class=\"text\">Status</th>"));
    // Hovering a metric's column shows its definition, the same text as the list at the end.
    metricTh(h, "Peak QPS", MetricId::StepQps);
    metricTh(h, "Peak QPS ok", MetricId::StepQpsOk);
    metricTh(h, "Users at peak", MetricId::Peak);
    metricTh(h, "Max QPS under SLO", MetricId::MaxQpsUnderSlo, QStringLiteral("text"));
    metricTh(h, "Knee", MetricId::Knee, QStringLiteral("text"));
    metricTh(h, "Mean QPS", MetricId::StepQps);
    metricTh(h, "Latency p50 ms", MetricId::Latency);
    metricTh(h, "p95", MetricId::Latency);
    metricTh(h, "p99", MetricId::Latency);
    metricTh(h, "TTFT p50 ms", MetricId::Ttft);
    metricTh(h, "p95", MetricId::Ttft);
    metricTh(h, "ITL p50 ms", MetricId::Itl);
    h.raw(QStringLiteral("<th>Requests</th>"));
    metricTh(h, "Failure rate", MetricId::FailureRate);
    // Thresholds are in their own section near the top (#checks), not in a column one scrolls to.
    h.raw(QStringLiteral("</tr></thead><tbody>"));
    for (const Config &c : m.configs) {
        const TargetSummary &t = c.target->summary;
        const SaturationVerdict &v = t.verdict;
        h.raw(QStringLiteral("<tr>"));
        if (several)
            h.el("td", c.loaded->displayName(), QStringLiteral("class=\"text\""));
        h.el("td", t.label.isEmpty() ? t.dir : t.label, QStringLiteral("class=\"text\""));
        h.el("td", t.computeSize, QStringLiteral("class=\"text\""));
        h.el("td", t.workers > 0 ? QString::number(t.workers) : QStringLiteral("–"));
        if (c.skipped) { // the reason is in the banner at the top; the cell keeps the table narrow
            h.el("td", QStringLiteral("skipped"),
                 QStringLiteral("class=\"text bad\" title=") + attr(c.skipReason));
        } else {
            h.el("td", t.status + (c.target->stepsDerived ? QStringLiteral(" (steps derived)") : QString()),
                 QStringLiteral("class=\"text") +
                     (t.status == QLatin1String("completed") ? QString() : QStringLiteral(" warn")) +
                     QLatin1Char('"'));
        }
        h.el("td", v.hasData ? num(v.peakQps) : QStringLiteral("–"));
        h.el("td", v.hasData ? num(v.peakQpsOk) : QStringLiteral("–"));
        h.el("td", v.hasData ? QString::number(v.usersAtPeak) : QStringLiteral("–"));
        // The number a team quotes: the most it sustained within its SLO, beside the peak it survived.
        h.el("td", sloCell(v.slo), QStringLiteral("class=\"text\" title=") + attr(v.slo.explanation));
        h.el("td",
             v.kneeUsers > 0 ? QStringLiteral("%1 users (%2)")
                                   .arg(v.kneeUsers)
                                   .arg(QLatin1String(kneeReasonSourceText(v.reason)))
                             : (v.hasData ? QStringLiteral("none within the ramp") : QStringLiteral("–")),
             QStringLiteral("class=\"text wide\""));
        h.el("td", c.target->steps.empty() ? QStringLiteral("–") : num(c.meanQps));
        h.el("td", ms(t.latency, t.latency.p50Ms));
        h.el("td", ms(t.latency, t.latency.p95Ms));
        h.el("td", ms(t.latency, t.latency.p99Ms));
        h.el("td", ms(t.ttft, t.ttft.p50Ms));
        h.el("td", ms(t.ttft, t.ttft.p95Ms));
        h.el("td", ms(t.itl, t.itl.p50Ms));
        h.el("td", QString::number(t.totals.requests));
        h.el("td", pct(c.failureRate), c.failureRate > 0.05 ? QStringLiteral("class=\"bad\"") : QString());
        h.raw(QStringLiteral("</tr>"));
    }
    h.raw(QStringLiteral("</tbody></table></div><ul class=\"verdicts\">"));
    for (const Config &c : m.configs) {
        const SaturationVerdict &v = c.target->summary.verdict;
        if (v.explanation.isEmpty() && !v.generatorBound)
            continue;
        h.raw(QStringLiteral("<li>"));
        h.el("strong", c.name);
        h.text(QStringLiteral(": ") + v.explanation);
        if (v.generatorBound)
            h.el("span", QStringLiteral(" The load generator was saturated: these numbers are a floor."),
                 QStringLiteral("class=\"warn\""));
        h.raw(QStringLiteral("</li>"));
    }
    h.raw(QStringLiteral("</ul></section>"));
}

void failures(Html &h, const Model &m)
{
    h.raw(QStringLiteral("<section id=\"failures\"><h2>Failures by class</h2>"));
    if (m.failureClasses.empty()) {
        h.el("p",
             QStringLiteral("No request failed. (Requests cancelled at the end of a test are not failures.)"),
             QStringLiteral("class=\"muted\""));
    } else {
        h.raw(QStringLiteral(
            "<div class=\"card single\"><div class=\"chart\" id=\"chart-failures-by-class\"></div></div>"));
    }
    h.raw(
        QStringLiteral("<div class=\"table-wrap\"><table><thead><tr><th class=\"text\">Configuration</th>"));
    for (FailureClass fc : m.failureClasses)
        h.el("th", failureClassLabel(fc),
             QStringLiteral("title=") + attr(QString::fromLatin1(failureClassKey(fc))));
    // Retry-After is what a rate-limited server asked for: shown when any answer carried one.
    bool anyRetryAfter = false;
    for (const Config &c : m.configs)
        anyRetryAfter = anyRetryAfter || c.target->summary.totals.retryAfterCount > 0;
    h.raw(QStringLiteral("<th>Failed</th>"));
    metricTh(h, "Failure rate", MetricId::FailureRate);
    h.raw(QStringLiteral("<th>Cancelled at test end</th>"));
    if (anyRetryAfter)
        h.raw(QStringLiteral("<th title=\"429/503 answers with a Retry-After header\">Retry-After "
                             "(answers, mean / max)</th>"));
    h.raw(QStringLiteral("</tr></thead><tbody>"));
    for (const Config &c : m.configs) {
        const TargetTotals &t = c.target->summary.totals;
        h.raw(QStringLiteral("<tr>"));
        h.el("td", c.name, QStringLiteral("class=\"text\""));
        for (FailureClass fc : m.failureClasses)
            h.el("td", QString::number(t.failures[static_cast<int>(fc)]));
        h.el("td", QString::number(t.failed));
        h.el("td", pct(c.failureRate));
        h.el("td", QString::number(t.cancelled));
        if (anyRetryAfter)
            h.el("td", t.retryAfterCount == 0 ? QStringLiteral("—")
                                              : QStringLiteral("%1, %2 / %3 s")
                                                    .arg(t.retryAfterCount)
                                                    .arg(num(t.retryAfterMeanS, 1))
                                                    .arg(t.retryAfterMaxS));
        h.raw(QStringLiteral("</tr>"));
    }
    h.raw(QStringLiteral("</tbody></table></div></section>"));
}

void param(Html &h, const QString &name, const QString &value)
{
    h.el("dt", name);
    h.el("dd", value);
}

QString seconds(double s)
{
    return num(s, s == std::floor(s) ? 0 : 1) + QStringLiteral(" s");
}

void planParams(Html &h, const TestPlan &p)
{
    const LoadProfile &lp = p.profile();
    if (p.phases.size() > 1) {
        QStringList list;
        for (const Phase &ph : p.phases)
            list.append(QStringLiteral("%1 (%2%3)")
                            .arg(ph.name, profileKindName(ph.profile.kind),
                                 ph.gate ? QStringLiteral(", gated") : QString()));
        param(h, QStringLiteral("Phases"), list.join(QStringLiteral(" → ")));
        param(h, QStringLiteral("First phase"), QString());
    }
    param(h, QStringLiteral("Profile"), profileKindName(lp.kind));
    switch (lp.kind) {
    case ProfileKind::StepRamp:
        param(h, QStringLiteral("Ramp"),
              QStringLiteral("+%1 users per step up to %2, each step %3, spawn rate %4 users/s")
                  .arg(lp.stepSize)
                  .arg(lp.maxUsers)
                  .arg(seconds(lp.stepDurationS), num(lp.spawnRate, 1)));
        break;
    case ProfileKind::Burst:
        param(h, QStringLiteral("Burst"),
              QStringLiteral("0 → %1 users in %2, held %3")
                  .arg(lp.burstUsers)
                  .arg(seconds(lp.burstRampS), seconds(lp.holdS)));
        break;
    case ProfileKind::Sustained:
        param(h, QStringLiteral("Sustained"),
              QStringLiteral("%1 users for %2").arg(lp.sustainedUsers).arg(seconds(lp.durationS)));
        break;
    case ProfileKind::ConstantRate:
        param(h, QStringLiteral("Arrival rate"),
              QStringLiteral("%1 requests/s for %2, at most %3 in flight")
                  .arg(num(lp.arrivalRate, 1), seconds(lp.durationS))
                  .arg(lp.maxInFlight));
        break;
    case ProfileKind::LinearRamp:
        param(h, QStringLiteral("Linear ramp"),
              QStringLiteral("%1 → %2 users over %3, measured every %4")
                  .arg(lp.startUsers)
                  .arg(lp.maxUsers)
                  .arg(seconds(lp.durationS), seconds(lp.stepDurationS)));
        break;
    case ProfileKind::ArrivalRamp:
        param(h, QStringLiteral("Arrival-rate ramp"),
              QStringLiteral("%1 → %2 requests/s over %3%4, at most %5 in flight")
                  .arg(num(lp.startRate, 1), num(lp.endRate, 1), seconds(lp.durationS),
                       lp.rateSteps > 0 ? QStringLiteral(" in %1 levels").arg(lp.rateSteps) : QString())
                  .arg(lp.maxInFlight));
        break;
    case ProfileKind::Sweep:
        param(h, QStringLiteral("Sweep"),
              (lp.sweepOn == SweepOn::Rate
                   ? QStringLiteral("arrival rate %1 – %2 requests/s")
                         .arg(num(lp.startRate, 1), num(lp.endRate, 1))
                   : QStringLiteral("%1 – %2 users").arg(lp.startUsers).arg(lp.maxUsers)) +
                  QStringLiteral(", probes of %1, at most %2, until within %3 %")
                      .arg(seconds(lp.stepDurationS))
                      .arg(lp.sweepMaxSteps)
                      .arg(num(lp.sweepTolerance * 100, 1)));
        break;
    }
    param(h, QStringLiteral("Settle period"),
          seconds(lp.effectiveSettleS()) + (lp.settleS ? QString() : QStringLiteral(" (auto)")) +
              QStringLiteral(" at the start of each step, left out of its statistics"));
    param(h, QStringLiteral("Think time"),
          lp.thinkMaxS > 0 ? seconds(lp.thinkMinS) + QStringLiteral(" – ") + seconds(lp.thinkMaxS)
                           : QStringLiteral("none (closed loop)"));
    const RequestTemplate &rq = p.request;
    param(h, QStringLiteral("Request"),
          QStringLiteral("%1 %2, %3, %4 transport%5")
              .arg(rq.method, rq.path,
                   rq.stream ? QStringLiteral("streaming") : QStringLiteral("not streaming"),
                   transportKindName(rq.transport), rq.http2 ? QStringLiteral(", HTTP/2") : QString()));
    QString tls = p.tls.insecure
                      ? QStringLiteral("certificates NOT verified (tls.insecure): a test host only")
                      : QStringLiteral("certificates verified against the system store");
    if (!p.tls.insecure && !p.tls.caFile.isEmpty())
        tls += QStringLiteral(" and %1").arg(QFileInfo(p.tls.caFile).fileName());
    if (!p.tls.clientCertificate.isEmpty())
        tls += QStringLiteral("; client certificate %1").arg(QFileInfo(p.tls.clientCertificate).fileName());
    param(h, QStringLiteral("TLS"), tls);
    if (!p.hosts.isEmpty()) {
        QStringList pinned;
        for (auto it = p.hosts.cbegin(); it != p.hosts.cend(); ++it)
            pinned << it.key() + QStringLiteral(" → ") + it.value().join(QStringLiteral(", "));
        param(h, QStringLiteral("Hosts pinned"), pinned.join(QStringLiteral("; ")));
    }
    param(h, QStringLiteral("Timeouts"),
          QStringLiteral("connect %1, stall %2, total %3")
              .arg(seconds(rq.connectTimeoutS), seconds(rq.idleTimeoutS), seconds(rq.totalTimeoutS)));
    param(h, QStringLiteral("Prompts"), QString::number(p.prompts.size()));
    param(h, QStringLiteral("Health check"),
          p.health.enabled ? QStringLiteral("%1 attempts, %2 warm-up requests")
                                 .arg(p.health.attempts)
                                 .arg(p.health.warmupRequests)
                           : QStringLiteral("off"));
    param(h, QStringLiteral("Knee detection"),
          QStringLiteral("flat below %1 of linear gain; p95 limit %2; failure-rate limit %3")
              .arg(pct(p.saturation.flatFraction),
                   p.saturation.p95LimitMs > 0 ? num(p.saturation.p95LimitMs, 0) + QStringLiteral(" ms")
                                               : QStringLiteral("none"),
                   p.saturation.errorRateLimit > 0 ? pct(p.saturation.errorRateLimit)
                                                   : QStringLiteral("none")));
    QStringList th;
    for (const Threshold &t : p.thresholds)
        th.append(QStringLiteral("%1%2 %3 %4")
                      .arg(t.metric, t.tag.isEmpty() ? QString() : QStringLiteral("{tag=%1}").arg(t.tag),
                           t.op, QString::number(t.value)));
    param(h, QStringLiteral("Thresholds"),
          (th.isEmpty() ? QStringLiteral("none") : th.join(QStringLiteral(", "))) +
              (p.thresholdSet.isEmpty() ? QString()
                                        : QStringLiteral(" (threshold set %1)").arg(p.thresholdSet)));
    if (p.journey.enabled()) {
        QStringList steps;
        for (const JourneyStep &st : p.journey.steps)
            steps.append(
                QStringLiteral("%1 [%2]%3")
                    .arg(st.name, st.effectiveTag(), st.once ? QStringLiteral(" (once)") : QString()));
        param(h, QStringLiteral("Journey"),
              steps.join(QStringLiteral(" → ")) + QStringLiteral("; key tag ") + p.journey.effectiveKeyTag());
    }
    if (p.guard.enabled)
        param(h, QStringLiteral("Environment guard"),
              QStringLiteral("GET %1: %2 must be %3").arg(p.guard.path, p.guard.field, p.guard.equals));
}

void parameters(Html &h, const Model &m)
{
    h.raw(QStringLiteral("<section id=\"parameters\"><h2>Test parameters</h2><div class=\"grid2\">"));
    for (const LoadedRun &r : *m.runs) {
        const RunSummary &s = r.summary;
        h.raw(QStringLiteral("<div class=\"card\">"));
        h.el("h3", QStringLiteral("Run ") + r.displayName());
        h.raw(QStringLiteral("<dl class=\"params\">"));
        param(h, QStringLiteral("Tool"),
              r.source == QLatin1String("locust") ? QStringLiteral("Locust (imported CSV)")
                                                  : QStringLiteral("Plateau ") + s.toolVersion);
        param(h, QStringLiteral("Status"),
              s.status + (s.exitReason.isEmpty() ? QString() : QStringLiteral(" — ") + s.exitReason));
        if (r.source != QLatin1String("locust"))
            param(h, QStringLiteral("Exit status"), QString::number(s.exitStatus));
        param(h, QStringLiteral("Host"), s.host.isEmpty() ? QStringLiteral("–") : s.host);
        param(h, QStringLiteral("OS"), s.os.isEmpty() ? QStringLiteral("–") : s.os);
        param(h, QStringLiteral("Started"), time(s.startedAt));
        param(h, QStringLiteral("Finished"), time(s.finishedAt));
        param(h, QStringLiteral("Folder"), r.dir);
        if (r.plan)
            planParams(h, *r.plan);
        h.raw(QStringLiteral("</dl>"));
        const bool guarded = std::any_of(r.targets.begin(), r.targets.end(), [](const LoadedTarget &t) {
            return !t.summary.guardDetail.isEmpty();
        });
        h.raw(QStringLiteral(
            "<div class=\"table-wrap\"><table><thead><tr><th class=\"text\">Target</th><th class=\"text\">URL"
            "</th><th class=\"text\">Compute</th><th>Workers</th><th class=\"text\">Auth</th><th>Duration"
            "</th>"));
        if (guarded)
            h.raw(QStringLiteral("<th class=\"text\">Environment</th>"));
        h.raw(QStringLiteral("</tr></thead><tbody>"));
        for (const LoadedTarget &t : r.targets) {
            h.raw(QStringLiteral("<tr>"));
            h.el("td", t.summary.label, QStringLiteral("class=\"text\""));
            h.el("td", t.summary.url, QStringLiteral("class=\"text\""));
            h.el("td", t.summary.computeSize, QStringLiteral("class=\"text\""));
            h.el("td", t.summary.workers > 0 ? QString::number(t.summary.workers) : QStringLiteral("–"));
            h.el("td", t.summary.authMethod.isEmpty() ? QStringLiteral("–") : t.summary.authMethod,
                 QStringLiteral("class=\"text\""));
            h.el("td",
                 t.summary.durationS > 0 ? seconds(std::round(t.summary.durationS)) : QStringLiteral("–"));
            if (guarded)
                h.el("td", guardLine(t.summary),
                     QStringLiteral("class=\"text") +
                         (t.summary.guardOverridden ? QStringLiteral(" warn") : QString()) + u'"');
            h.raw(QStringLiteral("</tr>"));
        }
        h.raw(QStringLiteral("</tbody></table></div>"));
        if (!r.warnings.isEmpty()) {
            h.el("h3", QStringLiteral("Notes from loading"));
            h.raw(QStringLiteral("<ul>"));
            for (const QString &w : r.warnings)
                h.el("li", w);
            h.raw(QStringLiteral("</ul>"));
        }
        h.raw(QStringLiteral("</div>"));
    }
    h.raw(QStringLiteral("</div></section>"));
}

// The list comes from the one definitions table (core/metrics/metricdefinitions), in English like the
// rest of the dashboard, so it says what the GUI's tooltips and the README say.
void definitions(Html &h)
{
    h.raw(QStringLiteral(
        "<section id=\"definitions\"><h2>Metric definitions</h2><div class=\"card\"><dl class=\"defs\">"));
    std::size_t count = 0;
    const MetricDefinition *defs = metricDefinitions(&count);
    for (std::size_t i = 0; i < count; ++i) {
        const MetricId id = defs[i].id;
        const QString unit = metricUnit(id, DefinitionText::English);
        h.el("dt", metricName(id, DefinitionText::English));
        h.raw(QStringLiteral("<dd id=\"def-%1\">").arg(QLatin1String(defs[i].key)));
        if (!unit.isEmpty())
            h.el("span", unit, QStringLiteral("class=\"unit\""));
        h.text(metricDefinitionText(id, DefinitionText::English));
        h.raw(QStringLiteral("</dd>"));
    }
    h.raw(QStringLiteral("</dl></div></section>"));
}

void banners(Html &h, const Model &m)
{
    for (const LoadedRun &r : *m.runs) {
        if (r.interrupted()) {
            h.el("div",
                 QStringLiteral(
                     "Run %1 did not finish (it was interrupted): what it recorded up to then is shown; "
                     "steps of an unfinished target are derived from its per-second data.")
                     .arg(r.displayName()),
                 QStringLiteral("class=\"banner warn\""));
        }
        const RunSummary &s = r.summary;
        if (s.mergedShards > 0 && !s.incompleteShards.isEmpty())
            h.el(
                "div",
                QStringLiteral("Run %1 merges %2 shards, of which %3 had not finished: the figures hold what "
                               "they had written; merge again when they are done.")
                    .arg(r.displayName())
                    .arg(s.mergedShards)
                    .arg(s.incompleteShards.join(QStringLiteral(", "))),
                QStringLiteral("class=\"banner warn\""));
        else if (s.mergedShards > 0)
            h.el("div",
                 QStringLiteral("Run %1 merges %2 shards (plateau run --shard): counts summed, percentiles "
                                "from the merged histograms.")
                     .arg(r.displayName())
                     .arg(s.mergedShards),
                 QStringLiteral("class=\"banner info\""));
        else if (s.shard.sharded())
            h.el("div",
                 QStringLiteral("Run %1 is shard %2 of a run: its figures are its slice of the load only; "
                                "plateau merge makes the whole run.")
                     .arg(r.displayName(), s.shard.text()),
                 QStringLiteral("class=\"banner warn\""));
    }
}

} // namespace

QString escapeHtml(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QStringLiteral("&amp;");
            break;
        case '<':
            out += QStringLiteral("&lt;");
            break;
        case '>':
            out += QStringLiteral("&gt;");
            break;
        case '"':
            out += QStringLiteral("&quot;");
            break;
        case '\'':
            out += QStringLiteral("&#39;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QByteArray buildHtml(const Model &m, const Page &page)
{
    Html h;
    h.raw(QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                         // Offline by construction: the page may load nothing from anywhere.
                         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                         "script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:\">\n"
                         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                         "<meta name=\"generator\" content=\"Plateau " PLATEAU_VERSION "\">\n"));
    h.el("title", page.title);
    h.raw(QStringLiteral("\n<style>\n") + QString::fromUtf8(reinterpret_cast<const char *>(kDashboardCss)) +
          QStringLiteral("</style>\n</head>\n<body>\n"));
    // Installed first, so even an error while Chart.js itself evaluates is shown and counted.
    h.raw(QStringLiteral(
        "<div id=\"js-errors\" class=\"banner bad\" hidden><strong>Script errors</strong><ul></ul></div>\n"
        "<script>window.onerror=function(m,s,l,c){var b=document.getElementById('js-errors');b.hidden=false;"
        "var li=document.createElement('li');li.textContent=String(m)+(l?' (line '+l+')':'');"
        "b.querySelector('ul').appendChild(li);document.body.dataset.jsErrors="
        "String(Number(document.body.dataset.jsErrors||0)+1);};</script>\n"));
    h.raw(QStringLiteral("<header>"));
    h.el("h1", page.title);
    QStringList sub;
    for (const LoadedRun &r : *m.runs)
        sub.append(r.displayName() + QStringLiteral(" (") + r.summary.status + QStringLiteral(", ") +
                   time(r.summary.startedAt) + QLatin1Char(')'));
    h.el("div", sub.join(QStringLiteral(" · ")), QStringLiteral("class=\"sub\""));
    h.raw(QStringLiteral("</header>\n<main>\n"));
    banners(h, m);
    skippedBanners(h, m);
    guardBanners(h, m);
    h.raw(QStringLiteral("<div id=\"renderer-note\" class=\"banner warn\"") +
          (page.rendererNote.isEmpty() ? QStringLiteral(" hidden>") : QStringLiteral(">")));
    h.text(page.rendererNote);
    h.raw(QStringLiteral(
        "</div>\n<noscript><div class=\"banner warn\">Charts need JavaScript; the tables below hold "
        "every number.</div></noscript>\n"));
    // The verdict first: a regression check's result, the KPIs, then every threshold and health check.
    if (page.regression)
        regressionSection(h, *page.regression);
    kpis(h, m);
    checksSection(h, m);
    phasesSection(h, m);
    journeySection(h, m);
    byConfig(h);
    ramp(h, m);
    overTime(h, m);
    comparison(h, m);
    results(h, m);
    failures(h, m);
    parameters(h, m);
    definitions(h);
    h.raw(QStringLiteral("\n</main>\n<footer>"));
    h.text(QStringLiteral(
               "Generated by Plateau %1 on %2. A self-contained file: it loads nothing from the network.")
               .arg(QStringLiteral(PLATEAU_VERSION), time(QDateTime::currentDateTimeUtc())));
    h.raw(QStringLiteral("</footer>\n"));

    QByteArray out = h.str().toUtf8();
    if (!page.chartJs.isEmpty())
        out += "<script>\n" + page.chartJs + "\n</script>\n";
    out += "<script type=\"application/json\" id=\"plateau-data\">" + page.dataJson + "</script>\n";
    out += "<script>\n" + QByteArray(reinterpret_cast<const char *>(kDashboardJs)) +
           "</script>\n</body>\n</html>\n";
    return out;
}

} // namespace plateau::dashboard
