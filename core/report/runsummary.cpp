#include "core/report/runsummary.h"

#include "core/report/jsonutil.h"

#include <nlohmann/json.hpp>

namespace plateau {

namespace {

using ojson = nlohmann::ordered_json;
using json = nlohmann::json;
using jsonutil::Reader;

ojson toJson(const Summary &s)
{
    ojson j;
    j["count"] = s.count;
    j["mean"] = jsonutil::number(s.meanMs);
    j["p50"] = jsonutil::number(s.p50Ms);
    j["p90"] = jsonutil::number(s.p90Ms);
    j["p95"] = jsonutil::number(s.p95Ms);
    j["p99"] = jsonutil::number(s.p99Ms);
    j["max"] = jsonutil::number(s.maxMs);
    return j;
}

ojson failuresJson(const FailureCounts &f)
{
    ojson j = ojson::object();
    for (int c = 0; c < kFailureClassCount; ++c) {
        const auto fc = static_cast<FailureClass>(c);
        if (isServerFailure(fc))
            j[failureClassKey(fc)] = f[c];
    }
    return j;
}

ojson toJson(const ThresholdResult &t)
{
    ojson j;
    j["metric"] = t.metric.toStdString();
    j["op"] = t.op.toStdString();
    j["limit"] = jsonutil::number(t.limit);
    j["actual"] = jsonutil::number(t.actual);
    j["passed"] = t.passed;
    j["scope"] = t.scope.toStdString();
    j["per_step"] = t.perStep;
    j["abort_on_fail"] = t.abortOnFail;
    j["aborted"] = t.aborted;
    if (!t.phase.isEmpty())
        j["phase"] = t.phase.toStdString();
    if (!t.tag.isEmpty())
        j["tag"] = t.tag.toStdString();
    return j;
}

ojson toJson(const CheckOutcome &c)
{
    ojson j;
    j["step"] = c.step.toStdString();
    j["name"] = c.name.toStdString();
    j["passed"] = c.passed;
    j["failed"] = c.failed;
    j["rate"] = jsonutil::number(c.rate());
    return j;
}

// One journey tag: its requests as one window (the figures of a step), and its checks.
ojson toJson(const TagOutcome &t)
{
    const StepResult &r = t.total;
    ojson j;
    j["tag"] = t.tag.toStdString();
    j["key"] = t.key;
    j["started"] = t.started;
    j["cancelled"] = t.cancelled;
    j["completed"] = r.completed;
    j["ok"] = r.ok;
    j["failed"] = serverFailureCount(r.failures);
    j["failures"] = failuresJson(r.failures);
    j["failure_rate"] = jsonutil::number(r.failureRate);
    j["qps"] = jsonutil::number(r.qps);
    j["qps_ok"] = jsonutil::number(r.qpsOk);
    j["window_start_s"] = jsonutil::number(r.windowStartS);
    j["window_end_s"] = jsonutil::number(r.windowEndS);
    ojson ms;
    ms["latency"] = toJson(r.latency);
    ms["ttft"] = toJson(r.ttft);
    ms["itl"] = toJson(r.itl);
    j["ms"] = std::move(ms);
    j["checks_passed"] = r.checksPassed;
    j["checks_failed"] = r.checksFailed;
    j["check_rate"] = jsonutil::number(t.checkRate());
    ojson checks = ojson::array();
    for (const CheckOutcome &c : t.checks)
        checks.push_back(toJson(c));
    j["checks"] = std::move(checks);
    return j;
}

ojson tagsJson(const std::vector<TagOutcome> &tags)
{
    ojson out = ojson::array();
    for (const TagOutcome &t : tags)
        out.push_back(toJson(t));
    return out;
}

ojson toJson(const SloVerdict &v)
{
    ojson j;
    j["met"] = v.met;
    j["max_qps_ok"] = jsonutil::number(v.maxQpsOk);
    j["users"] = v.users;
    j["step"] = v.step;
    j["explanation"] = v.explanation.toStdString();
    return j;
}

ojson toJson(const SaturationVerdict &v)
{
    ojson j;
    j["has_data"] = v.hasData;
    j["peak_qps"] = jsonutil::number(v.peakQps);
    j["peak_qps_ok"] = jsonutil::number(v.peakQpsOk);
    j["users_at_peak"] = v.usersAtPeak;
    j["knee_users"] = v.kneeUsers;
    j["knee_step"] = v.kneeStep;
    j["reason"] = kneeReasonKey(v.reason).toStdString();
    j["generator_bound"] = v.generatorBound;
    j["explanation"] = v.explanation.toStdString();
    if (v.slo.evaluated)
        j["slo"] = toJson(v.slo);
    return j;
}

ojson toJson(const StepResult &r)
{
    ojson j;
    j["users"] = r.users;
    j["window_start_s"] = jsonutil::number(r.windowStartS);
    j["window_end_s"] = jsonutil::number(r.windowEndS);
    j["completed"] = r.completed;
    j["ok"] = r.ok;
    j["failed"] = serverFailureCount(r.failures);
    j["failures"] = failuresJson(r.failures);
    j["qps"] = jsonutil::number(r.qps);
    j["qps_ok"] = jsonutil::number(r.qpsOk);
    j["failure_rate"] = jsonutil::number(r.failureRate);
    j["offered_rate"] = jsonutil::number(r.offeredRate);
    j["deltas_per_s"] = jsonutil::number(r.deltasPerS);
    j["output_tokens_per_s"] = jsonutil::number(r.outputTokensPerS);
    ojson ms;
    ms["latency"] = toJson(r.latency);
    ms["latency_intended"] = toJson(r.latencyIntended);
    ms["headers"] = toJson(r.headers);
    ms["first_event"] = toJson(r.firstEvent);
    ms["ttft"] = toJson(r.ttft);
    ms["itl"] = toJson(r.itl);
    ms["tpot"] = toJson(r.tpot);
    ms["connect"] = toJson(r.connect);
    ms["tls_handshake"] = toJson(r.tlsHandshake);
    j["ms"] = std::move(ms);
    j["gen_cpu_pct"] = jsonutil::number(r.generatorCpuPercent);
    j["gen_lag_max_ms"] = jsonutil::number(r.generatorLagMaxMs);
    return j;
}

ojson toJson(const ColdStartVerdict &v)
{
    ojson j;
    j["evaluated"] = v.evaluated;
    j["window_s"] = jsonutil::number(v.windowS);
    j["ttft_cold"] = toJson(v.ttftCold);
    j["ttft_warm"] = toJson(v.ttftWarm);
    j["failure_rate_cold"] = jsonutil::number(v.failureRateCold);
    j["failure_rate_warm"] = jsonutil::number(v.failureRateWarm);
    j["completed_cold"] = v.completedCold;
    j["completed_warm"] = v.completedWarm;
    j["penalty"] = v.penalty;
    j["explanation"] = v.explanation.toStdString();
    return j;
}

ojson toJson(const DriftVerdict &v)
{
    ojson j;
    j["evaluated"] = v.evaluated;
    j["p95_first_ms"] = jsonutil::number(v.p95FirstMs);
    j["p95_last_ms"] = jsonutil::number(v.p95LastMs);
    j["failure_rate_first"] = jsonutil::number(v.failureRateFirst);
    j["failure_rate_last"] = jsonutil::number(v.failureRateLast);
    j["drifting"] = v.drifting;
    j["explanation"] = v.explanation.toStdString();
    return j;
}

ojson toJson(const SweepVerdict &v)
{
    ojson j;
    j["evaluated"] = v.evaluated;
    j["found"] = v.found;
    j["on"] = v.rate ? "rate" : "users";
    j["best_load"] = jsonutil::number(v.bestLoad);
    j["goodput"] = jsonutil::number(v.goodput);
    j["broke_at"] = jsonutil::number(v.brokeAt);
    j["broke_by"] = v.brokeBy.toStdString();
    j["probes"] = v.probes;
    j["explanation"] = v.explanation.toStdString();
    return j;
}

// The verdicts a phase has: a phase that does not ramp has no knee, a sustained one no cold start.
ojson toJson(const PhaseOutcome &p)
{
    ojson j;
    j["index"] = p.index;
    j["name"] = p.name.toStdString();
    j["kind"] = p.kind.toStdString();
    j["state"] = phaseStateKey(p.state).toStdString();
    j["reason"] = p.reason.toStdString();
    j["start_s"] = jsonutil::number(p.startS);
    j["end_s"] = jsonutil::number(p.endS);
    j["first_step"] = p.firstStep;
    j["last_step"] = p.lastStep;
    j["started"] = p.started;
    j["cancelled"] = p.cancelled;
    j["late_arrivals"] = p.lateArrivals;
    j["dropped_arrivals"] = p.droppedArrivals;
    j["total"] = toJson(p.total);
    if (p.verdict.hasData || !p.verdict.explanation.isEmpty() || p.verdict.slo.evaluated)
        j["verdict"] = toJson(p.verdict);
    if (p.coldStart.evaluated || !p.coldStart.explanation.isEmpty())
        j["cold_start"] = toJson(p.coldStart);
    if (p.drift.evaluated || !p.drift.explanation.isEmpty())
        j["drift"] = toJson(p.drift);
    if (p.sweep.evaluated || !p.sweep.explanation.isEmpty())
        j["sweep"] = toJson(p.sweep);
    ojson th = ojson::array();
    for (const ThresholdResult &r : p.thresholds)
        th.push_back(toJson(r));
    j["thresholds"] = std::move(th);
    j["thresholds_passed"] = p.thresholdsPassed();
    if (!p.tags.empty())
        j["tags"] = tagsJson(p.tags);
    return j;
}

ojson toJson(const TargetSummary &t)
{
    ojson j;
    j["index"] = t.index;
    j["label"] = t.label.toStdString();
    j["dir"] = t.dir.toStdString();
    j["url"] = t.url.toStdString();
    j["compute_size"] = t.computeSize.toStdString();
    j["workers"] = t.workers;
    j["auth_method"] = t.authMethod.toStdString();
    j["status"] = t.status.toStdString();
    j["started_at"] = jsonutil::isoTime(t.startedAt);
    j["finished_at"] = jsonutil::isoTime(t.finishedAt);
    j["duration_s"] = jsonutil::number(t.durationS);
    ojson totals;
    totals["requests"] = t.totals.requests;
    totals["ok"] = t.totals.ok;
    totals["failed"] = t.totals.failed;
    totals["cancelled"] = t.totals.cancelled;
    totals["failures"] = failuresJson(t.totals.failures);
    ojson retry;
    retry["count"] = t.totals.retryAfterCount;
    retry["mean_s"] = jsonutil::number(t.totals.retryAfterMeanS);
    retry["max_s"] = t.totals.retryAfterMaxS;
    totals["retry_after"] = std::move(retry);
    totals["deltas"] = t.totals.deltas;
    totals["output_tokens"] = t.totals.outputTokens;
    totals["deltas_per_s"] = jsonutil::number(t.totals.deltasPerS);
    totals["output_tokens_per_s"] = jsonutil::number(t.totals.outputTokensPerS);
    j["totals"] = std::move(totals);
    ojson ms;
    ms["latency"] = toJson(t.latency);
    ms["ttft"] = toJson(t.ttft);
    ms["headers"] = toJson(t.headers);
    ms["first_event"] = toJson(t.firstEvent);
    ms["itl"] = toJson(t.itl);
    ms["tpot"] = toJson(t.tpot);
    ms["connect"] = toJson(t.connect);
    ms["tls_handshake"] = toJson(t.tlsHandshake);
    j["ms"] = std::move(ms);
    j["verdict"] = toJson(t.verdict);
    ojson th = ojson::array();
    for (const ThresholdResult &r : t.thresholds)
        th.push_back(toJson(r));
    j["thresholds"] = std::move(th);
    j["thresholds_passed"] = t.thresholdsPassed();
    if (!t.guardDetail.isEmpty()) {
        ojson g;
        g["detail"] = t.guardDetail.toStdString();
        g["overridden"] = t.guardOverridden;
        j["environment_guard"] = std::move(g);
    }
    if (!t.tags.empty())
        j["tags"] = tagsJson(t.tags);
    if (!t.phases.empty()) {
        ojson phases = ojson::array();
        for (const PhaseOutcome &p : t.phases)
            phases.push_back(toJson(p));
        j["phases"] = std::move(phases);
    }
    return j;
}

void read(Reader &r, const json &j, Summary *s)
{
    r.u64(j, "count", &s->count);
    r.real(j, "mean", &s->meanMs);
    r.real(j, "p50", &s->p50Ms);
    r.real(j, "p90", &s->p90Ms);
    r.real(j, "p95", &s->p95Ms);
    r.real(j, "p99", &s->p99Ms);
    r.real(j, "max", &s->maxMs);
}

void readFailures(Reader &r, const json &j, FailureCounts *f)
{
    if (!j.is_object()) {
        r.fail(QStringLiteral("not an object"));
        return;
    }
    for (auto it = j.begin(); it != j.end(); ++it) {
        FailureClass c;
        // Unknown classes come from a newer version: skip them rather than refuse the whole run.
        if (!failureClassFromKey(QString::fromStdString(it.key()), &c))
            continue;
        r.u64(j, it.key().c_str(), &(*f)[static_cast<int>(c)]);
    }
}

void read(Reader &r, const json &j, ThresholdResult *t)
{
    r.str(j, "metric", &t->metric);
    r.str(j, "op", &t->op);
    r.real(j, "limit", &t->limit);
    r.real(j, "actual", &t->actual);
    r.boolean(j, "passed", &t->passed);
    r.str(j, "scope", &t->scope);
    r.boolean(j, "per_step", &t->perStep);
    r.boolean(j, "abort_on_fail", &t->abortOnFail);
    r.boolean(j, "aborted", &t->aborted);
    r.str(j, "phase", &t->phase);
    r.str(j, "tag", &t->tag);
}

void read(Reader &r, const json &j, CheckOutcome *c)
{
    r.str(j, "step", &c->step);
    r.str(j, "name", &c->name);
    r.u64(j, "passed", &c->passed);
    r.u64(j, "failed", &c->failed);
}

void read(Reader &r, const json &j, TagOutcome *t)
{
    StepResult &s = t->total;
    s.step = -1;
    r.str(j, "tag", &t->tag);
    r.boolean(j, "key", &t->key);
    r.u64(j, "started", &t->started);
    r.u64(j, "cancelled", &t->cancelled);
    r.u64(j, "completed", &s.completed);
    r.u64(j, "ok", &s.ok);
    r.object(j, "failures", [&](const json &f) { readFailures(r, f, &s.failures); });
    r.real(j, "failure_rate", &s.failureRate);
    r.real(j, "qps", &s.qps);
    r.real(j, "qps_ok", &s.qpsOk);
    r.real(j, "window_start_s", &s.windowStartS);
    r.real(j, "window_end_s", &s.windowEndS);
    r.object(j, "ms", [&](const json &o) {
        r.object(o, "latency", [&](const json &x) { read(r, x, &s.latency); });
        r.object(o, "ttft", [&](const json &x) { read(r, x, &s.ttft); });
        r.object(o, "itl", [&](const json &x) { read(r, x, &s.itl); });
    });
    r.u64(j, "checks_passed", &s.checksPassed);
    r.u64(j, "checks_failed", &s.checksFailed);
    r.array(j, "checks", [&](const json &o) {
        CheckOutcome c;
        read(r, o, &c);
        t->checks.push_back(std::move(c));
    });
}

// Absent in a run.json without a journey (or from before journeys): no tags.
void readTags(Reader &r, const json &j, std::vector<TagOutcome> *out)
{
    r.array(j, "tags", [&](const json &o) {
        TagOutcome t;
        read(r, o, &t);
        out->push_back(std::move(t));
    });
}

void read(Reader &r, const json &j, SloVerdict *v)
{
    v->evaluated = true;
    r.boolean(j, "met", &v->met);
    r.real(j, "max_qps_ok", &v->maxQpsOk);
    r.integer(j, "users", &v->users);
    r.integer(j, "step", &v->step);
    r.str(j, "explanation", &v->explanation);
}

void read(Reader &r, const json &j, SaturationVerdict *v)
{
    r.boolean(j, "has_data", &v->hasData);
    r.real(j, "peak_qps", &v->peakQps);
    r.real(j, "peak_qps_ok", &v->peakQpsOk);
    r.integer(j, "users_at_peak", &v->usersAtPeak);
    r.integer(j, "knee_users", &v->kneeUsers);
    r.integer(j, "knee_step", &v->kneeStep);
    QString reason;
    if (r.str(j, "reason", &reason) && !kneeReasonFromKey(reason, &v->reason))
        r.failAt("reason", QStringLiteral("unknown knee reason \"%1\"").arg(reason.left(40)));
    r.boolean(j, "generator_bound", &v->generatorBound);
    r.str(j, "explanation", &v->explanation);
    // Absent in a run.json written before SLOs existed: the loader then judges the steps itself.
    r.object(j, "slo", [&](const json &o) { read(r, o, &v->slo); });
}

void read(Reader &r, const json &j, StepResult *s)
{
    r.integer(j, "users", &s->users);
    r.real(j, "window_start_s", &s->windowStartS);
    r.real(j, "window_end_s", &s->windowEndS);
    r.u64(j, "completed", &s->completed);
    r.u64(j, "ok", &s->ok);
    r.object(j, "failures", [&](const json &f) { readFailures(r, f, &s->failures); });
    r.real(j, "qps", &s->qps);
    r.real(j, "qps_ok", &s->qpsOk);
    r.real(j, "failure_rate", &s->failureRate);
    r.real(j, "offered_rate", &s->offeredRate);
    r.real(j, "deltas_per_s", &s->deltasPerS);
    r.real(j, "output_tokens_per_s", &s->outputTokensPerS);
    r.object(j, "ms", [&](const json &o) {
        r.object(o, "latency", [&](const json &x) { read(r, x, &s->latency); });
        r.object(o, "latency_intended", [&](const json &x) { read(r, x, &s->latencyIntended); });
        r.object(o, "headers", [&](const json &x) { read(r, x, &s->headers); });
        r.object(o, "first_event", [&](const json &x) { read(r, x, &s->firstEvent); });
        r.object(o, "ttft", [&](const json &x) { read(r, x, &s->ttft); });
        r.object(o, "itl", [&](const json &x) { read(r, x, &s->itl); });
        r.object(o, "tpot", [&](const json &x) { read(r, x, &s->tpot); });
        r.object(o, "connect", [&](const json &x) { read(r, x, &s->connect); });
        r.object(o, "tls_handshake", [&](const json &x) { read(r, x, &s->tlsHandshake); });
    });
    r.real(j, "gen_cpu_pct", &s->generatorCpuPercent);
    r.real(j, "gen_lag_max_ms", &s->generatorLagMaxMs);
}

void read(Reader &r, const json &j, ColdStartVerdict *v)
{
    r.boolean(j, "evaluated", &v->evaluated);
    r.real(j, "window_s", &v->windowS);
    r.object(j, "ttft_cold", [&](const json &o) { read(r, o, &v->ttftCold); });
    r.object(j, "ttft_warm", [&](const json &o) { read(r, o, &v->ttftWarm); });
    r.real(j, "failure_rate_cold", &v->failureRateCold);
    r.real(j, "failure_rate_warm", &v->failureRateWarm);
    r.u64(j, "completed_cold", &v->completedCold);
    r.u64(j, "completed_warm", &v->completedWarm);
    r.boolean(j, "penalty", &v->penalty);
    r.str(j, "explanation", &v->explanation);
}

void read(Reader &r, const json &j, DriftVerdict *v)
{
    r.boolean(j, "evaluated", &v->evaluated);
    r.real(j, "p95_first_ms", &v->p95FirstMs);
    r.real(j, "p95_last_ms", &v->p95LastMs);
    r.real(j, "failure_rate_first", &v->failureRateFirst);
    r.real(j, "failure_rate_last", &v->failureRateLast);
    r.boolean(j, "drifting", &v->drifting);
    r.str(j, "explanation", &v->explanation);
}

void read(Reader &r, const json &j, SweepVerdict *v)
{
    r.boolean(j, "evaluated", &v->evaluated);
    r.boolean(j, "found", &v->found);
    QString on;
    if (r.str(j, "on", &on)) {
        if (on != QLatin1String("rate") && on != QLatin1String("users"))
            r.failAt("on",
                     QStringLiteral("unknown sweep load \"%1\": use \"rate\" or \"users\"").arg(on.left(40)));
        v->rate = on == QLatin1String("rate");
    }
    r.real(j, "best_load", &v->bestLoad);
    r.real(j, "goodput", &v->goodput);
    r.real(j, "broke_at", &v->brokeAt);
    r.str(j, "broke_by", &v->brokeBy);
    r.integer(j, "probes", &v->probes);
    r.str(j, "explanation", &v->explanation);
}

void read(Reader &r, const json &j, PhaseOutcome *p)
{
    r.integer(j, "index", &p->index);
    r.str(j, "name", &p->name);
    r.str(j, "kind", &p->kind);
    QString state;
    if (r.str(j, "state", &state) && !phaseStateFromKey(state, &p->state))
        r.failAt("state", QStringLiteral("unknown phase state \"%1\"").arg(state.left(40)));
    r.str(j, "reason", &p->reason);
    r.real(j, "start_s", &p->startS);
    r.real(j, "end_s", &p->endS);
    r.integer(j, "first_step", &p->firstStep);
    r.integer(j, "last_step", &p->lastStep);
    r.u64(j, "started", &p->started);
    r.u64(j, "cancelled", &p->cancelled);
    r.u64(j, "late_arrivals", &p->lateArrivals);
    r.u64(j, "dropped_arrivals", &p->droppedArrivals);
    r.object(j, "total", [&](const json &o) { read(r, o, &p->total); });
    p->total.phase = p->index;
    p->total.step = -1;
    r.object(j, "verdict", [&](const json &o) { read(r, o, &p->verdict); });
    r.object(j, "cold_start", [&](const json &o) { read(r, o, &p->coldStart); });
    r.object(j, "drift", [&](const json &o) { read(r, o, &p->drift); });
    r.object(j, "sweep", [&](const json &o) { read(r, o, &p->sweep); });
    r.array(j, "thresholds", [&](const json &o) {
        ThresholdResult th;
        read(r, o, &th);
        p->thresholds.push_back(th);
    });
    readTags(r, j, &p->tags);
    for (TagOutcome &t : p->tags)
        t.total.phase = p->index;
}

void read(Reader &r, const json &j, TargetSummary *t)
{
    r.integer(j, "index", &t->index);
    r.str(j, "label", &t->label);
    r.str(j, "dir", &t->dir);
    r.str(j, "url", &t->url);
    r.str(j, "compute_size", &t->computeSize);
    r.integer(j, "workers", &t->workers);
    r.str(j, "auth_method", &t->authMethod);
    r.str(j, "status", &t->status);
    r.time(j, "started_at", &t->startedAt);
    r.time(j, "finished_at", &t->finishedAt);
    r.real(j, "duration_s", &t->durationS);
    r.object(j, "totals", [&](const json &o) {
        r.u64(o, "requests", &t->totals.requests);
        r.u64(o, "ok", &t->totals.ok);
        r.u64(o, "failed", &t->totals.failed);
        r.u64(o, "cancelled", &t->totals.cancelled);
        r.object(o, "failures", [&](const json &f) { readFailures(r, f, &t->totals.failures); });
        r.object(o, "retry_after", [&](const json &ra) {
            r.u64(ra, "count", &t->totals.retryAfterCount);
            r.real(ra, "mean_s", &t->totals.retryAfterMeanS);
            std::uint64_t maxS = 0;
            r.u64(ra, "max_s", &maxS);
            t->totals.retryAfterMaxS = std::int64_t(std::min<std::uint64_t>(maxS, INT64_MAX));
        });
        r.u64(o, "deltas", &t->totals.deltas);
        r.u64(o, "output_tokens", &t->totals.outputTokens);
        r.real(o, "deltas_per_s", &t->totals.deltasPerS);
        r.real(o, "output_tokens_per_s", &t->totals.outputTokensPerS);
    });
    r.object(j, "ms", [&](const json &o) {
        r.object(o, "latency", [&](const json &s) { read(r, s, &t->latency); });
        r.object(o, "ttft", [&](const json &s) { read(r, s, &t->ttft); });
        r.object(o, "headers", [&](const json &s) { read(r, s, &t->headers); });
        r.object(o, "first_event", [&](const json &s) { read(r, s, &t->firstEvent); });
        r.object(o, "itl", [&](const json &s) { read(r, s, &t->itl); });
        r.object(o, "tpot", [&](const json &s) { read(r, s, &t->tpot); });
        r.object(o, "connect", [&](const json &s) { read(r, s, &t->connect); });
        r.object(o, "tls_handshake", [&](const json &s) { read(r, s, &t->tlsHandshake); });
    });
    r.object(j, "verdict", [&](const json &o) { read(r, o, &t->verdict); });
    r.array(j, "thresholds", [&](const json &o) {
        ThresholdResult th;
        read(r, o, &th);
        t->thresholds.push_back(th);
    });
    r.object(j, "environment_guard", [&](const json &o) {
        r.str(o, "detail", &t->guardDetail);
        r.boolean(o, "overridden", &t->guardOverridden);
    });
    readTags(r, j, &t->tags);
    r.array(j, "phases", [&](const json &o) {
        PhaseOutcome p;
        read(r, o, &p);
        t->phases.push_back(std::move(p));
    });
}

} // namespace

bool phaseStateFromKey(const QString &key, PhaseState *out)
{
    for (PhaseState s :
         {PhaseState::NotReached, PhaseState::Ran, PhaseState::Cancelled, PhaseState::Skipped}) {
        if (key == phaseStateKey(s)) {
            if (out)
                *out = s;
            return true;
        }
    }
    return false;
}

bool TargetSummary::thresholdsPassed() const
{
    for (const ThresholdResult &t : thresholds) {
        if (!t.passed)
            return false;
    }
    return true;
}

bool RunSummary::thresholdsPassed() const
{
    for (const ThresholdResult &t : thresholds) {
        if (!t.passed)
            return false;
    }
    for (const TargetSummary &t : targets) {
        if (!t.thresholdsPassed())
            return false;
    }
    return true;
}

const TargetSummary *RunSummary::targetByIndex(int index) const
{
    for (const TargetSummary &t : targets) {
        if (t.index == index)
            return &t;
    }
    return nullptr;
}

QByteArray runSummaryToJson(const RunSummary &s)
{
    ojson j;
    j["schema"] = s.schema;
    j["tool"] = "plateau";
    j["tool_version"] = s.toolVersion.toStdString();
    j["host"] = s.host.toStdString();
    j["os"] = s.os.toStdString();
    j["run_name"] = s.runName.toStdString();
    j["status"] = s.status.toStdString();
    j["started_at"] = jsonutil::isoTime(s.startedAt);
    j["finished_at"] = jsonutil::isoTime(s.finishedAt);
    j["exit_status"] = s.exitStatus;
    j["exit_reason"] = s.exitReason.toStdString();
    j["thresholds_passed"] = s.thresholdsPassed();
    if (!s.thresholdSet.isEmpty())
        j["threshold_set"] = s.thresholdSet.toStdString();
    // Said at the top, so nobody reads an unverified run as a production measurement.
    j["tls_verified"] = !s.tlsInsecure;
    if (s.shard.sharded())
        j["shard"] = {{"index", s.shard.index + 1},
                      {"count", s.shard.count},
                      {"schedule_start", jsonutil::isoTime(s.scheduleStart)}};
    if (s.mergedShards > 0) {
        ojson incomplete = ojson::array();
        for (const QString &i : s.incompleteShards)
            incomplete.push_back(i.toStdString());
        j["merged"] = {{"shards", s.mergedShards}, {"incomplete", incomplete}};
    }
    ojson th = ojson::array();
    for (const ThresholdResult &r : s.thresholds)
        th.push_back(toJson(r));
    j["thresholds"] = std::move(th);
    ojson targets = ojson::array();
    for (const TargetSummary &t : s.targets)
        targets.push_back(toJson(t));
    j["targets"] = std::move(targets);
    // Invalid UTF-8 in a label must not make the dump throw: replace it.
    const std::string text = j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    return QByteArray::fromStdString(text) + '\n';
}

bool runSummaryFromJson(const QByteArray &data, RunSummary *out, QString *error)
{
    json j;
    if (!jsonutil::parse(data, &j, error))
        return false;
    if (!j.is_object()) {
        if (error)
            *error = QStringLiteral("the document is not a JSON object");
        return false;
    }
    RunSummary s;
    Reader r;
    r.integer(j, "schema", &s.schema);
    r.str(j, "tool_version", &s.toolVersion);
    r.str(j, "host", &s.host);
    r.str(j, "os", &s.os);
    r.str(j, "run_name", &s.runName);
    r.str(j, "status", &s.status);
    r.time(j, "started_at", &s.startedAt);
    r.time(j, "finished_at", &s.finishedAt);
    r.integer(j, "exit_status", &s.exitStatus);
    r.str(j, "exit_reason", &s.exitReason);
    r.str(j, "threshold_set", &s.thresholdSet);
    bool verified = true; // absent in a run.json written before the tls section
    r.boolean(j, "tls_verified", &verified);
    s.tlsInsecure = !verified;
    r.object(j, "shard", [&](const json &o) {
        int index = 0, count = 0;
        r.integer(o, "index", &index);
        r.integer(o, "count", &count);
        r.time(o, "schedule_start", &s.scheduleStart);
        if (count < 1 || count > ShardSlice::kMaxShards || index < 1 || index > count)
            r.fail(QStringLiteral("index %1 of count %2 is no shard (1 <= index <= count)")
                       .arg(index)
                       .arg(count));
        else
            s.shard = ShardSlice{index - 1, count};
    });
    r.object(j, "merged", [&](const json &o) {
        r.integer(o, "shards", &s.mergedShards);
        const auto it = o.find("incomplete");
        if (it != o.end() && it->is_array())
            for (const json &v : *it)
                if (v.is_string())
                    s.incompleteShards << QString::fromStdString(v.get<std::string>());
    });
    r.array(j, "thresholds", [&](const json &o) {
        ThresholdResult th;
        read(r, o, &th);
        s.thresholds.push_back(th);
    });
    r.array(j, "targets", [&](const json &o) {
        TargetSummary t;
        read(r, o, &t);
        s.targets.push_back(std::move(t));
    });
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return false;
    }
    *out = std::move(s);
    return true;
}

} // namespace plateau
