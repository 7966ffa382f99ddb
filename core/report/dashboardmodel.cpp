#include "core/report/dashboardmodel.h"

#include "core/report/jsonutil.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace plateau::dashboard {

namespace {

using ojson = nlohmann::ordered_json;
using jsonutil::number;

std::string s(const QString &q)
{
    return q.toStdString();
}

ojson summaryJson(const Summary &x)
{
    ojson j;
    j["p50"] = number(x.p50Ms);
    j["p90"] = number(x.p90Ms);
    j["p95"] = number(x.p95Ms);
    j["p99"] = number(x.p99Ms);
    j["mean"] = number(x.meanMs);
    j["max"] = number(x.maxMs);
    j["count"] = x.count;
    return j;
}

// Columns of the ramp charts: one array per metric, parallel to "users". null where a step had no sample.
// The steps the ramp charts draw: those of the phase the verdict belongs to (the first ramp or sweep that
// ran, else the last phase that ran), so that a burst or a soak after the ramp does not fold back over
// its curve. A one-phase run draws all its steps.
std::vector<StepResult> rampSteps(const LoadedTarget &t)
{
    if (t.summary.phases.size() <= 1)
        return t.steps;
    static const QStringList ramps = {QStringLiteral("step_ramp"), QStringLiteral("linear_ramp"),
                                      QStringLiteral("arrival_ramp"), QStringLiteral("sweep")};
    int judged = -1;
    for (const PhaseOutcome &p : t.summary.phases) {
        if (!p.ran())
            continue;
        judged = p.index;
        if (ramps.contains(p.kind))
            break;
    }
    std::vector<StepResult> out;
    for (const StepResult &s : t.steps)
        if (s.phase == judged)
            out.push_back(s);
    return out;
}

ojson stepsJson(const std::vector<StepResult> &steps)
{
    ojson users = ojson::array(), step = ojson::array(), qps = ojson::array(), qpsOk = ojson::array(),
          lat50 = ojson::array(), lat95 = ojson::array(), ttft50 = ojson::array(), ttft95 = ojson::array(),
          fail = ojson::array(), completed = ojson::array();
    auto sample = [](const Summary &x, double v) {
        return x.count || v > 0 ? number(v) : ojson(nullptr);
    };
    for (const StepResult &r : steps) {
        users.push_back(r.users);
        step.push_back(r.step);
        qps.push_back(number(r.qps));
        qpsOk.push_back(number(r.qpsOk));
        lat50.push_back(sample(r.latency, r.latency.p50Ms));
        lat95.push_back(sample(r.latency, r.latency.p95Ms));
        ttft50.push_back(sample(r.ttft, r.ttft.p50Ms));
        ttft95.push_back(sample(r.ttft, r.ttft.p95Ms));
        fail.push_back(number(r.failureRate * 100.0));
        completed.push_back(r.completed);
    }
    ojson j;
    j["users"] = std::move(users);
    j["step"] = std::move(step);
    j["qps"] = std::move(qps);
    j["qps_ok"] = std::move(qpsOk);
    j["latency_p50"] = std::move(lat50);
    j["latency_p95"] = std::move(lat95);
    j["ttft_p50"] = std::move(ttft50);
    j["ttft_p95"] = std::move(ttft95);
    j["failure_pct"] = std::move(fail);
    j["completed"] = std::move(completed);
    return j;
}

// The time charts' columns, thinned to at most kMaxTimePoints (a long soak has thousands of intervals;
// the chart cannot show more than its width anyway). x is the interval's end, seconds since load began.
constexpr std::size_t kMaxTimePoints = 600;

ojson timeseriesJson(const std::vector<IntervalSnapshot> &ts)
{
    ojson t = ojson::array(), qps = ojson::array(), qpsOk = ojson::array(), lat50 = ojson::array(),
          lat95 = ojson::array(), ttft50 = ojson::array(), ttft95 = ojson::array(), fail = ojson::array(),
          users = ojson::array(), offered = ojson::array();
    auto sample = [](const Summary &x, double v) {
        return x.count || v > 0 ? number(v) : ojson(nullptr);
    };
    const std::size_t every =
        ts.size() > kMaxTimePoints ? (ts.size() + kMaxTimePoints - 1) / kMaxTimePoints : 1;
    for (std::size_t i = 0; i < ts.size(); i += every) {
        const IntervalSnapshot &x = ts[i];
        t.push_back(number(x.tEndS));
        qps.push_back(number(x.qps));
        qpsOk.push_back(number(x.qpsOk));
        lat50.push_back(sample(x.latency, x.latency.p50Ms));
        lat95.push_back(sample(x.latency, x.latency.p95Ms));
        ttft50.push_back(sample(x.ttft, x.ttft.p50Ms));
        ttft95.push_back(sample(x.ttft, x.ttft.p95Ms));
        fail.push_back(number(x.failureRate() * 100.0));
        users.push_back(x.users);
        offered.push_back(number(x.offeredRate));
    }
    ojson j;
    j["t"] = std::move(t);
    j["qps"] = std::move(qps);
    j["qps_ok"] = std::move(qpsOk);
    j["latency_p50"] = std::move(lat50);
    j["latency_p95"] = std::move(lat95);
    j["ttft_p50"] = std::move(ttft50);
    j["ttft_p95"] = std::move(ttft95);
    j["failure_pct"] = std::move(fail);
    j["users"] = std::move(users);
    j["offered_rate"] = std::move(offered);
    return j;
}

// Per tag its latency p95 (and QPS) over time, from the intervals' tag figures, thinned like the time
// charts. "tags" names each series; null where a tag had no sample in an interval.
ojson tagTimeseriesJson(const std::vector<IntervalSnapshot> &ts, const QStringList &names, const QString &key)
{
    ojson t = ojson::array(), series = ojson::array();
    bool any = false;
    for (const IntervalSnapshot &x : ts)
        any = any || !x.tags.empty();
    ojson j;
    if (!any || names.isEmpty()) {
        j["t"] = std::move(t);
        j["series"] = std::move(series);
        return j;
    }
    const std::size_t every =
        ts.size() > kMaxTimePoints ? (ts.size() + kMaxTimePoints - 1) / kMaxTimePoints : 1;
    std::vector<ojson> p95(std::size_t(names.size()), ojson::array()),
        qps(std::size_t(names.size()), ojson::array());
    for (std::size_t i = 0; i < ts.size(); i += every) {
        t.push_back(number(ts[i].tEndS));
        for (std::size_t k = 0; k < p95.size(); ++k) {
            const auto it = std::find_if(ts[i].tags.begin(), ts[i].tags.end(),
                                         [&](const TagInterval &x) { return x.tag == int(k); });
            const bool has = it != ts[i].tags.end() && (it->latency.count > 0 || it->latency.p95Ms > 0);
            p95[k].push_back(has ? number(it->latency.p95Ms) : ojson(nullptr));
            qps[k].push_back(it != ts[i].tags.end() ? number(it->qps) : ojson(nullptr));
        }
    }
    for (std::size_t k = 0; k < p95.size(); ++k) {
        ojson x;
        x["tag"] = s(names.at(qsizetype(k)));
        x["key"] = names.at(qsizetype(k)) == key;
        x["latency_p95"] = std::move(p95[k]);
        x["qps"] = std::move(qps[k]);
        series.push_back(std::move(x));
    }
    j["t"] = std::move(t);
    j["series"] = std::move(series);
    return j;
}

// Where each phase that ran began and ended on the time charts.
ojson phasesJson(const std::vector<PhaseOutcome> &phases)
{
    ojson out = ojson::array();
    for (const PhaseOutcome &p : phases) {
        ojson x;
        x["name"] = s(p.name);
        x["kind"] = s(p.kind);
        x["state"] = s(phaseStateKey(p.state));
        x["ran"] = p.ran();
        x["start_s"] = number(p.startS);
        x["end_s"] = number(p.endS);
        out.push_back(std::move(x));
    }
    return out;
}

} // namespace

QStringList tagNamesOf(const LoadedRun &run, const LoadedTarget &t)
{
    if (run.plan && run.plan->journey.enabled())
        return run.plan->journey.tags();
    QStringList out;
    auto add = [&](const std::vector<TagOutcome> &tags) {
        for (const TagOutcome &x : tags)
            if (!out.contains(x.tag))
                out.append(x.tag);
    };
    add(t.summary.tags);
    for (const PhaseOutcome &p : t.summary.phases)
        add(p.tags);
    return out;
}

QString keyTagOf(const LoadedRun &run, const LoadedTarget &t)
{
    for (const TagOutcome &x : t.summary.tags)
        if (x.key)
            return x.tag;
    for (const PhaseOutcome &p : t.summary.phases)
        for (const TagOutcome &x : p.tags)
            if (x.key)
                return x.tag;
    return run.plan && run.plan->journey.enabled() ? run.plan->journey.effectiveKeyTag() : QString();
}

double mean(const std::vector<double> &v)
{
    if (v.empty())
        return 0;
    double sum = 0;
    for (double x : v)
        sum += x;
    return sum / static_cast<double>(v.size());
}

double sampleStddev(const std::vector<double> &v)
{
    if (v.size() < 2)
        return 0;
    const double m = mean(v);
    double sq = 0;
    for (double x : v)
        sq += (x - m) * (x - m);
    return std::sqrt(sq / static_cast<double>(v.size() - 1));
}

std::vector<Marker> markersOf(const SaturationVerdict &v)
{
    std::vector<Marker> out;
    if (!v.hasData)
        return out;
    const bool knee = v.kneeUsers > 0;
    if (knee && v.kneeUsers == v.usersAtPeak) {
        out.push_back({QStringLiteral("peak_knee"), v.usersAtPeak,
                       QStringLiteral("peak & knee · %1 users").arg(v.usersAtPeak)});
        return out;
    }
    if (v.usersAtPeak > 0)
        out.push_back(
            {QStringLiteral("peak"), v.usersAtPeak, QStringLiteral("peak · %1 users").arg(v.usersAtPeak)});
    if (knee)
        out.push_back(
            {QStringLiteral("knee"), v.kneeUsers, QStringLiteral("knee · %1 users").arg(v.kneeUsers)});
    return out;
}

QString skipReasonOf(const QString &status, bool *skipped)
{
    // The recorder writes "skipped: <why>" (health check, auth, a stop before the target began).
    const bool is = status.startsWith(QLatin1String("skipped"));
    if (skipped)
        *skipped = is;
    if (!is)
        return QString();
    QString why = status.mid(7).trimmed();
    if (why.startsWith(QLatin1Char(':')))
        why = why.mid(1).trimmed();
    return why.isEmpty() ? QStringLiteral("no reason recorded") : why;
}

Model buildModel(const std::vector<LoadedRun> &runs)
{
    Model m;
    m.runs = &runs;
    const bool several = runs.size() > 1;
    for (size_t r = 0; r < runs.size(); ++r) {
        for (const LoadedTarget &t : runs[r].targets) {
            Config c;
            c.run = static_cast<int>(r);
            c.loaded = &runs[r];
            c.target = &t;
            const QString label = t.summary.label.isEmpty() ? t.summary.dir : t.summary.label;
            c.name = several ? runs[r].displayName() + QStringLiteral(" · ") + label : label;
            std::vector<double> q;
            for (const StepResult &st : rampSteps(t))
                q.push_back(st.qps);
            c.meanQps = mean(q);
            const std::uint64_t done = t.summary.totals.ok + t.summary.totals.failed;
            c.failureRate =
                done ? static_cast<double>(t.summary.totals.failed) / static_cast<double>(done) : 0;
            c.skipReason = skipReasonOf(t.summary.status, &c.skipped);
            c.markers = markersOf(t.summary.verdict);
            m.configs.push_back(c);
        }
    }
    // Two targets of one run with the same label: tell them apart by their folder.
    for (size_t i = 0; i < m.configs.size(); ++i) {
        for (size_t j = i + 1; j < m.configs.size(); ++j) {
            if (m.configs[i].name == m.configs[j].name)
                m.configs[j].name +=
                    QStringLiteral(" (") + m.configs[j].target->summary.dir + QLatin1Char(')');
        }
    }

    double bestQps = -1, bestP50 = 0;
    for (size_t i = 0; i < m.configs.size(); ++i) {
        const TargetSummary &t = m.configs[i].target->summary;
        m.kpis.totalRequests += t.totals.requests;
        if (t.verdict.hasData && t.verdict.peakQpsOk > bestQps) {
            bestQps = t.verdict.peakQpsOk;
            m.kpis.best = static_cast<int>(i);
        }
        if (t.latency.count > 0 && t.latency.p50Ms > 0 &&
            (m.kpis.lowestP50 < 0 || t.latency.p50Ms < bestP50)) {
            bestP50 = t.latency.p50Ms;
            m.kpis.lowestP50 = static_cast<int>(i);
        }
    }

    // Groups by the explicit compute-size field, in first-seen order.
    for (size_t i = 0; i < m.configs.size(); ++i) {
        const LoadedTarget &t = *m.configs[i].target;
        const QString compute = t.summary.computeSize.trimmed().toLower();
        auto g = std::find_if(m.groups.begin(), m.groups.end(),
                              [&](const Group &x) { return x.compute == compute; });
        if (g == m.groups.end()) {
            m.groups.push_back(Group{compute, {}, 0, 0, 1});
            g = m.groups.end() - 1;
        }
        g->configs.push_back(static_cast<int>(i));
    }
    for (Group &g : m.groups) {
        std::vector<int> users;
        for (int ci : g.configs) {
            for (const StepResult &st : rampSteps(*m.configs[static_cast<size_t>(ci)].target))
                users.push_back(st.users);
        }
        std::sort(users.begin(), users.end());
        users.erase(std::unique(users.begin(), users.end()), users.end());
        if (!users.empty()) {
            g.minUsers = users.front();
            g.maxUsers = users.back();
            int step = 0;
            for (size_t k = 1; k < users.size(); ++k)
                step = step == 0 ? users[k] - users[k - 1] : std::min(step, users[k] - users[k - 1]);
            g.userStep = std::max(1, step);
        }
    }

    for (const Config &c : m.configs) {
        for (int k = 0; k < kFailureClassCount; ++k) {
            const auto fc = static_cast<FailureClass>(k);
            if (isServerFailure(fc) && c.target->summary.totals.failures[k] > 0 &&
                std::find(m.failureClasses.begin(), m.failureClasses.end(), fc) == m.failureClasses.end())
                m.failureClasses.push_back(fc);
        }
    }
    std::sort(m.failureClasses.begin(), m.failureClasses.end());

    if (several) {
        // Same label in several runs: r1..r5 of one app, or config vs config across nights.
        std::vector<QString> order;
        std::map<QString, std::vector<int>> byLabel;
        for (size_t i = 0; i < m.configs.size(); ++i) {
            const QString label = m.configs[i].target->summary.label;
            if (!byLabel.count(label))
                order.push_back(label);
            byLabel[label].push_back(static_cast<int>(i));
        }
        for (const QString &label : order) {
            Comparison c;
            c.label = label;
            c.configs = byLabel[label];
            std::vector<double> ok, all;
            for (int ci : c.configs) {
                const SaturationVerdict &v = m.configs[static_cast<size_t>(ci)].target->summary.verdict;
                if (!v.hasData)
                    continue;
                ok.push_back(v.peakQpsOk);
                all.push_back(v.peakQps);
            }
            c.peakQpsOkMean = mean(ok);
            c.peakQpsOkStddev = sampleStddev(ok);
            c.peakQpsMean = mean(all);
            c.peakQpsStddev = sampleStddev(all);
            m.comparison.push_back(c);
        }
    }
    return m;
}

ojson modelToJson(const Model &m, const QString &renderer)
{
    ojson j;
    j["generator"] = "Plateau " PLATEAU_VERSION;
    j["renderer"] = s(renderer);
    ojson runs = ojson::array();
    for (const LoadedRun &r : *m.runs) {
        ojson x;
        x["name"] = s(r.displayName());
        x["source"] = s(r.source);
        x["status"] = s(r.summary.status);
        x["started_at"] = jsonutil::isoTime(r.summary.startedAt);
        x["finished_at"] = jsonutil::isoTime(r.summary.finishedAt);
        x["tool_version"] = s(r.summary.toolVersion);
        runs.push_back(std::move(x));
    }
    j["runs"] = std::move(runs);

    ojson classes = ojson::array();
    for (FailureClass c : m.failureClasses) {
        ojson x;
        x["key"] = failureClassKey(c);
        x["label"] = s(failureClassLabel(c));
        classes.push_back(std::move(x));
    }
    j["failure_classes"] = std::move(classes);

    ojson configs = ojson::array();
    for (const Config &c : m.configs) {
        const TargetSummary &t = c.target->summary;
        ojson x;
        x["name"] = s(c.name);
        x["run"] = c.run;
        x["run_name"] = s(c.loaded->displayName());
        x["label"] = s(t.label);
        x["compute"] = s(t.computeSize);
        x["workers"] = t.workers;
        x["status"] = s(t.status);
        x["peak_qps"] = number(t.verdict.peakQps);
        x["peak_qps_ok"] = number(t.verdict.peakQpsOk);
        x["users_at_peak"] = t.verdict.usersAtPeak;
        x["knee_users"] = t.verdict.kneeUsers;
        x["knee_reason"] = s(kneeReasonKey(t.verdict.reason));
        x["generator_bound"] = t.verdict.generatorBound;
        ojson markers = ojson::array();
        for (const Marker &mk : c.markers) {
            ojson y;
            y["kind"] = s(mk.kind);
            y["users"] = mk.users;
            y["label"] = s(mk.label);
            markers.push_back(std::move(y));
        }
        x["markers"] = std::move(markers);
        x["skipped"] = c.skipped;
        x["skip_reason"] = s(c.skipReason);
        x["mean_qps"] = number(c.meanQps);
        x["requests"] = t.totals.requests;
        x["ok"] = t.totals.ok;
        x["failed"] = t.totals.failed;
        x["cancelled"] = t.totals.cancelled;
        x["failure_rate"] = number(c.failureRate);
        ojson f = ojson::object();
        for (FailureClass fc : m.failureClasses)
            f[failureClassKey(fc)] = t.totals.failures[static_cast<int>(fc)];
        x["failures"] = std::move(f);
        x["latency"] = summaryJson(t.latency);
        x["ttft"] = summaryJson(t.ttft);
        x["itl"] = summaryJson(t.itl);
        x["steps_derived"] = c.target->stepsDerived;
        x["steps"] = stepsJson(rampSteps(*c.target));
        x["timeseries"] = timeseriesJson(c.target->timeseries);
        x["phases"] = phasesJson(t.phases);
        x["tag_timeseries"] = tagTimeseriesJson(c.target->timeseries, tagNamesOf(*c.loaded, *c.target),
                                                keyTagOf(*c.loaded, *c.target));
        configs.push_back(std::move(x));
    }
    j["configs"] = std::move(configs);

    ojson groups = ojson::array();
    for (const Group &g : m.groups) {
        ojson x;
        x["compute"] = s(g.compute);
        x["configs"] = g.configs;
        x["min_users"] = g.minUsers;
        x["max_users"] = g.maxUsers;
        x["user_step"] = g.userStep;
        groups.push_back(std::move(x));
    }
    j["groups"] = std::move(groups);

    ojson cmp = ojson::array();
    for (const Comparison &c : m.comparison) {
        ojson x;
        x["label"] = s(c.label);
        x["configs"] = c.configs;
        x["peak_qps_ok_mean"] = number(c.peakQpsOkMean);
        x["peak_qps_ok_stddev"] = number(c.peakQpsOkStddev);
        x["peak_qps_mean"] = number(c.peakQpsMean);
        x["peak_qps_stddev"] = number(c.peakQpsStddev);
        cmp.push_back(std::move(x));
    }
    j["comparison"] = std::move(cmp);
    return j;
}

QByteArray scriptSafeJson(const ojson &j)
{
    const std::string text = j.dump(-1, ' ', false, ojson::error_handler_t::replace);
    QByteArray out;
    out.reserve(static_cast<qsizetype>(text.size() + text.size() / 16));
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '<') {
            out.append("\\u003c");
        } else if (c == '>') {
            out.append("\\u003e");
        } else if (c == '&') {
            out.append("\\u0026");
        } else if (c == '\xE2' && i + 2 < text.size() && text[i + 1] == '\x80' &&
                   (text[i + 2] == '\xA8' || text[i + 2] == '\xA9')) {
            out.append(text[i + 2] == '\xA8' ? "\\u2028" : "\\u2029");
            i += 2;
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace plateau::dashboard
