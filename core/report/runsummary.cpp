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
    return j;
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
    j["ms"] = std::move(ms);
    j["verdict"] = toJson(t.verdict);
    ojson th = ojson::array();
    for (const ThresholdResult &r : t.thresholds)
        th.push_back(toJson(r));
    j["thresholds"] = std::move(th);
    j["thresholds_passed"] = t.thresholdsPassed();
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
    });
    r.object(j, "verdict", [&](const json &o) { read(r, o, &t->verdict); });
    r.array(j, "thresholds", [&](const json &o) {
        ThresholdResult th;
        read(r, o, &th);
        t->thresholds.push_back(th);
    });
}

} // namespace

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
