// Plan <-> JSON. The writer uses ordered_json so a file reads in a human order (schema, name, targets, ...)
// and is deterministic. The reader looks up the keys it knows and notes each one; every other key of an
// object it read is an unknown field, found by one walk at the end, so a field added to a reader is known
// without a second list to keep in step.
#include "core/plan/planio.h"

#include "core/common/fileio.h"
#include "core/plan/jsonparse.h"
#include "core/plan/targetguess.h"
#include "core/plan/unknownfield.h"

#include <QFile>
#include <QFileInfo>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>

namespace plateau {
namespace {

using json = nlohmann::json;
using ojson = nlohmann::ordered_json;

constexpr int kQuoteChars = 60;       // how much of a bad string value an issue message repeats
constexpr int kMaxUnknownIssues = 50; // a hostile plan with a million unknown keys gets 50 lines and a count

std::string utf8(const QString &s)
{
    return s.toStdString();
}

QString fromUtf8(const std::string &s)
{
    return QString::fromStdString(s);
}

QString tooBigMessage(qint64 bytes)
{
    return QStringLiteral("%1 bytes is too large: a plan may be at most 16 MiB (%2 bytes)")
        .arg(bytes)
        .arg(kMaxPlanBytes);
}

// ---- writing ----

ojson toJson(const Target &t)
{
    ojson headers = ojson::array();
    for (const Header &h : t.headers) {
        ojson jh;
        jh["name"] = utf8(h.name);
        jh["value"] = utf8(h.value);
        headers.push_back(std::move(jh));
    }
    ojson j;
    j["label"] = utf8(t.label);
    j["url"] = utf8(t.url);
    j["compute_size"] = utf8(t.computeSize);
    j["workers"] = t.workers;
    j["headers"] = std::move(headers);
    j["auth_ref"] = utf8(t.authRef);
    j["enabled"] = t.enabled;
    return j;
}

ojson toJson(const LoadProfile &p)
{
    ojson j;
    j["kind"] = utf8(profileKindName(p.kind));
    j["max_users"] = p.maxUsers;
    j["step_size"] = p.stepSize;
    j["step_duration_s"] = p.stepDurationS;
    j["spawn_rate"] = p.spawnRate;
    if (p.settleS) // absent means auto, and reads back as auto
        j["settle_s"] = *p.settleS;
    j["think_min_s"] = p.thinkMinS;
    j["think_max_s"] = p.thinkMaxS;
    j["stop_at_knee"] = p.stopAtKnee;
    j["burst_users"] = p.burstUsers;
    j["burst_ramp_s"] = p.burstRampS;
    j["hold_s"] = p.holdS;
    j["sustained_users"] = p.sustainedUsers;
    j["duration_s"] = p.durationS;
    j["arrival_rate"] = p.arrivalRate;
    j["max_in_flight"] = p.maxInFlight;
    j["start_users"] = p.startUsers;
    j["start_rate"] = p.startRate;
    j["end_rate"] = p.endRate;
    j["rate_steps"] = p.rateSteps;
    j["sweep_on"] = utf8(sweepOnName(p.sweepOn));
    j["sweep_tolerance"] = p.sweepTolerance;
    j["sweep_max_steps"] = p.sweepMaxSteps;
    return j;
}

ojson toJson(const Phase &ph)
{
    ojson j;
    j["name"] = utf8(ph.name);
    j["gate"] = ph.gate;
    j["profile"] = toJson(ph.profile);
    return j;
}

ojson toJson(const RequestTemplate &r)
{
    ojson j;
    j["method"] = utf8(r.method);
    j["path"] = utf8(r.path);
    j["body"] = utf8(r.body);
    j["stream"] = r.stream;
    j["connect_timeout_s"] = r.connectTimeoutS;
    j["idle_timeout_s"] = r.idleTimeoutS;
    j["total_timeout_s"] = r.totalTimeoutS;
    j["transport"] = utf8(transportKindName(r.transport));
    j["http2"] = r.http2;
    return j;
}

ojson toJson(const HealthCheck &h)
{
    ojson j;
    j["enabled"] = h.enabled;
    j["attempts"] = h.attempts;
    j["retry_delay_s"] = h.retryDelayS;
    j["timeout_s"] = h.timeoutS;
    j["warmup_requests"] = h.warmupRequests;
    return j;
}

ojson toJson(const Threshold &t)
{
    ojson j;
    j["metric"] = utf8(t.metric);
    j["op"] = utf8(t.op);
    j["value"] = t.value;
    j["scope"] = utf8(thresholdScopeName(t.scope));
    j["abort_on_fail"] = t.abortOnFail;
    if (!t.phase.isEmpty()) // every phase: left out, as in files written before phases
        j["phase"] = utf8(t.phase);
    if (!t.tag.isEmpty()) // the key tag: left out
        j["tag"] = utf8(t.tag);
    return j;
}

ojson toJson(const Header &h)
{
    ojson j;
    j["name"] = utf8(h.name);
    j["value"] = utf8(h.value);
    return j;
}

// A body that is a JSON object or array is written as JSON, so a plan file shows it as the server gets it;
// any other text as a string.
ojson bodyJson(const QString &body)
{
    const std::string text = utf8(body);
    ojson parsed = ojson::parse(text, nullptr, false);
    if (!parsed.is_discarded() && parsed.is_structured())
        return parsed;
    return ojson(text);
}

ojson toJson(const JourneyCheck &c)
{
    ojson j;
    if (!c.name.isEmpty())
        j["name"] = utf8(c.name);
    switch (c.kind) {
    case CheckKind::Status:
        if (c.statuses.size() == 1) {
            j["status"] = c.statuses.front();
        } else {
            ojson a = ojson::array();
            for (int st : c.statuses)
                a.push_back(st);
            j["status"] = std::move(a);
        }
        break;
    case CheckKind::JsonExists:
        j["json"] = utf8(c.path);
        j["exists"] = true;
        break;
    case CheckKind::JsonEquals: {
        j["json"] = utf8(c.path);
        ojson v = ojson::parse(utf8(c.equals), nullptr, false);
        j["equals"] = v.is_discarded() ? ojson(utf8(c.equals)) : v;
        break;
    }
    case CheckKind::StreamDone:
        j["done"] = true;
        break;
    }
    return j;
}

ojson toJson(const JourneyStep &st)
{
    ojson j;
    j["name"] = utf8(st.name);
    if (!st.tag.isEmpty())
        j["tag"] = utf8(st.tag);
    j["once"] = st.once;
    j["method"] = utf8(st.method);
    j["path"] = utf8(st.path);
    if (!st.headers.empty()) {
        ojson headers = ojson::array();
        for (const Header &h : st.headers)
            headers.push_back(toJson(h));
        j["headers"] = std::move(headers);
    }
    if (!st.body.isEmpty())
        j["body"] = bodyJson(st.body);
    j["stream"] = st.stream;
    if (st.thinkMinS > 0 || st.thinkMaxS > 0) {
        j["think_min_s"] = st.thinkMinS;
        j["think_max_s"] = st.thinkMaxS;
    }
    if (!st.extract.empty()) {
        ojson e = ojson::object();
        for (const Extraction &x : st.extract)
            e[utf8(x.variable)] = utf8(x.path);
        j["extract"] = std::move(e);
    }
    if (!st.checks.empty()) {
        ojson checks = ojson::array();
        for (const JourneyCheck &c : st.checks)
            checks.push_back(toJson(c));
        j["checks"] = std::move(checks);
    }
    return j;
}

ojson toJson(const Journey &jr)
{
    ojson j;
    if (!jr.usersFile.isEmpty())
        j["users_file"] = utf8(jr.usersFile);
    if (!jr.keyTag.isEmpty())
        j["key_tag"] = utf8(jr.keyTag);
    ojson steps = ojson::array();
    for (const JourneyStep &st : jr.steps)
        steps.push_back(toJson(st));
    j["steps"] = std::move(steps);
    return j;
}

ojson toJson(const EnvironmentGuard &g)
{
    ojson j;
    j["path"] = utf8(g.path);
    j["field"] = utf8(g.field);
    j["equals"] = utf8(g.equals);
    return j;
}

ojson toJson(const SaturationSettings &s)
{
    ojson j;
    j["flat_fraction"] = s.flatFraction;
    j["p95_limit_ms"] = s.p95LimitMs;
    j["error_rate_limit"] = s.errorRateLimit;
    return j;
}

ojson toJson(const Slo &s)
{
    ojson j;
    j["latency_p95_ms"] = s.latencyP95Ms;
    j["ttft_p95_ms"] = s.ttftP95Ms;
    j["failure_rate"] = s.failureRate;
    return j;
}

ojson toJson(const MockSettings &m)
{
    ojson j;
    j["chunk_count"] = m.chunkCount;
    j["chunk_delay_ms"] = m.chunkDelayMs;
    j["tool_calls"] = m.toolCalls;
    j["max_concurrent"] = m.maxConcurrent;
    j["http429_rate"] = m.http429Rate;
    j["http500_rate"] = m.http500Rate;
    j["mid_stream_error_rate"] = m.midStreamErrorRate;
    j["stall_rate"] = m.stallRate;
    j["app_env"] = utf8(m.appEnv);
    if (!m.usersFile.isEmpty())
        j["users_file"] = utf8(m.usersFile);
    return j;
}

ojson toJson(const PromptSource &s)
{
    ojson j;
    if (!s.file.isEmpty())
        j["file"] = utf8(s.file);
    if (!s.field.isEmpty())
        j["field"] = utf8(s.field);
    j["order"] = utf8(promptOrderName(s.order));
    return j;
}

ojson toJson(const TlsSettings &t)
{
    ojson j;
    if (!t.caFile.isEmpty())
        j["ca_file"] = utf8(t.caFile);
    if (!t.clientCertificate.isEmpty())
        j["client_certificate"] = utf8(t.clientCertificate);
    if (!t.clientKey.isEmpty())
        j["client_key"] = utf8(t.clientKey);
    j["insecure"] = t.insecure;
    return j;
}

ojson toJson(const EngineSettings &e)
{
    ojson j;
    j["threads"] = e.threads;
    return j;
}

// ---- reading ----

QString quoted(const QString &s)
{
    if (s.size() <= kQuoteChars)
        return QLatin1Char('"') + s + QLatin1Char('"');
    return QLatin1Char('"') + s.left(kQuoteChars) + QStringLiteral("...\"");
}

QString member(const QString &parent, const char *key)
{
    if (parent.isEmpty())
        return QLatin1String(key);
    return parent + QLatin1Char('.') + QLatin1String(key);
}

QString member(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

QString element(const QString &parent, std::size_t i)
{
    return parent + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

// "targets[2].headers[0]" -> "targets[].headers[]": all objects of one kind share their known keys.
QString shapeOf(const QString &path)
{
    QString out;
    out.reserve(path.size());
    bool index = false;
    for (const QChar c : path) {
        if (c == u'[' || c == u']')
            index = c == u'[';
        else if (index)
            continue;
        out += c;
    }
    return out;
}

// An unknown key as its issue's path shows it: at most kQuoteChars characters, control characters escaped,
// so the issue stays one short line whatever the key holds.
QString shownKey(const QString &key)
{
    QString out;
    for (const QChar c : key.left(kQuoteChars)) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    if (key.size() > kQuoteChars)
        out += QStringLiteral("...");
    return out;
}

// Which target keys the file gave: what it leaves out is guessed from the URL.
struct GivenTargetKeys
{
    bool label = false;
    bool computeSize = false;
    bool workers = false;
};

// A target the file leaves unnamed is named from its URL as "Add URLs…" would name it (unique among the
// plan's labels, those the file gives first), and gets the compute size and workers its host names unless
// the file gives them. A URL that is not one leaves the label empty for validation to report.
void guessFromUrls(std::vector<Target> &targets, const std::vector<GivenTargetKeys> &given)
{
    UniqueLabels labels;
    for (std::size_t i = 0; i < targets.size(); ++i) {
        if (given[i].label)
            labels.take(targets[i].label);
    }
    for (std::size_t i = 0; i < targets.size(); ++i) {
        Target &t = targets[i];
        if (given[i].label && given[i].computeSize && given[i].workers)
            continue;
        const std::optional<UrlGuess> guess = guessTargetFromUrl(t.url);
        if (!guess)
            continue;
        if (!given[i].label)
            t.label = labels.pick(guess->label);
        if (!given[i].computeSize && !guess->computeSize.isEmpty())
            t.computeSize = guess->computeSize;
        if (!given[i].workers && guess->workers > 0)
            t.workers = guess->workers;
    }
}

// Reads known keys into a struct that already holds the defaults; a missing key keeps its default, a key of
// the wrong type keeps it too and leaves an issue with its path.
class Reader
{
public:
    std::vector<PlanIssue> issues;

    void readPlan(const json &doc, TestPlan &p)
    {
        int schema = TestPlan::kSchema;
        if (integer(doc, "schema", QString(), schema)) {
            if (schema > TestPlan::kSchema)
                add(QStringLiteral("schema"),
                    QStringLiteral("version %1 is newer than this Plateau supports (%2)")
                        .arg(schema)
                        .arg(TestPlan::kSchema));
            else if (schema < 1)
                add(QStringLiteral("schema"), QStringLiteral("version %1 does not exist (expected %2)")
                                                  .arg(schema)
                                                  .arg(TestPlan::kSchema));
        }
        string(doc, "name", QString(), p.name);
        if (const json *a = array(doc, "targets", QString())) {
            p.targets.clear();
            std::vector<GivenTargetKeys> given;
            forEachObject(*a, QStringLiteral("targets"), [&](const json &j, const QString &path) {
                Target t;
                readTarget(j, path, t);
                p.targets.push_back(std::move(t));
                given.push_back(
                    GivenTargetKeys{j.contains("label"), j.contains("compute_size"), j.contains("workers")});
            });
            guessFromUrls(p.targets, given);
        }
        readPhases(doc, schema, p);
        if (const json *o = object(doc, "request", QString()))
            readRequest(*o, QStringLiteral("request"), p.request);
        if (const json *a = array(doc, "prompts", QString())) {
            p.prompts.clear();
            for (std::size_t i = 0; i < a->size(); ++i) {
                const json &v = (*a)[i];
                if (v.is_string())
                    p.prompts.append(fromUtf8(v.get_ref<const std::string &>()));
                else
                    wrongType(element(QStringLiteral("prompts"), i), "a string", v);
            }
        }
        if (const json *o = object(doc, "prompt_source", QString()))
            readPromptSource(*o, QStringLiteral("prompt_source"), p.promptSource);
        if (const json *o = object(doc, "health", QString()))
            readHealth(*o, QStringLiteral("health"), p.health);
        if (const json *a = array(doc, "thresholds", QString())) {
            p.thresholds.clear();
            forEachObject(*a, QStringLiteral("thresholds"), [&](const json &j, const QString &path) {
                p.thresholds.push_back(readThreshold(j, path));
            });
        }
        readThresholdSets(doc, p);
        string(doc, "threshold_set", QString(), p.thresholdSet);
        if (const json *o = object(doc, "journey", QString()))
            readJourney(*o, QStringLiteral("journey"), p.journey);
        if (const json *o = object(doc, "environment_guard", QString())) {
            const QString path = QStringLiteral("environment_guard");
            p.guard.enabled = true;
            boolean(*o, "enabled", path, p.guard.enabled);
            string(*o, "path", path, p.guard.path);
            string(*o, "field", path, p.guard.field);
            string(*o, "equals", path, p.guard.equals);
        }
        if (const json *o = object(doc, "saturation", QString())) {
            const QString path = QStringLiteral("saturation");
            number(*o, "flat_fraction", path, p.saturation.flatFraction);
            number(*o, "p95_limit_ms", path, p.saturation.p95LimitMs);
            number(*o, "error_rate_limit", path, p.saturation.errorRateLimit);
        }
        if (const json *o = object(doc, "slo", QString())) {
            const QString path = QStringLiteral("slo");
            number(*o, "latency_p95_ms", path, p.slo.latencyP95Ms);
            number(*o, "ttft_p95_ms", path, p.slo.ttftP95Ms);
            number(*o, "failure_rate", path, p.slo.failureRate);
        }
        if (const json *o = object(doc, "mock", QString()))
            readMock(*o, QStringLiteral("mock"), p.mock);
        if (const json *o = object(doc, "engine", QString()))
            integer(*o, "threads", QStringLiteral("engine"), p.engine.threads);
        if (const json *o = object(doc, "tls", QString())) {
            const QString path = QStringLiteral("tls");
            string(*o, "ca_file", path, p.tls.caFile);
            string(*o, "client_certificate", path, p.tls.clientCertificate);
            string(*o, "client_key", path, p.tls.clientKey);
            boolean(*o, "insecure", path, p.tls.insecure);
        }
        readHosts(doc, p);

        unknownKeys(doc, QString(), QString());
        if (m_unknown > kMaxUnknownIssues)
            add(QString(),
                QStringLiteral("... and %1 more unknown fields").arg(m_unknown - kMaxUnknownIssues));
    }

private:
    // The keys looked up in objects of each shape (see shapeOf), in the order the reader asks for them.
    std::map<QString, QStringList> m_known;
    QString m_lastParent;               // find() is called many times in a row for one object: its entry,
    QStringList *m_lastKnown = nullptr; // found once
    qint64 m_unknown = 0;

    // Reports the keys of obj that the reader never looked up for an object of its shape, then does the same
    // inside the values it did look up. An object of a shape never looked into is left alone: it is the
    // value of an unknown key (reported with that key) or of a key that wanted another type (reported too).
    void unknownKeys(const json &obj, const QString &path, const QString &shape)
    {
        const auto known = m_known.find(shape);
        if (known == m_known.end())
            return;
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            const QString key = fromUtf8(it.key());
            if (!known->second.contains(key)) {
                if (++m_unknown <= kMaxUnknownIssues)
                    add(member(path, shownKey(key)), unknownFieldMessage(key, known->second));
            } else if (it->is_structured()) {
                unknownKeysIn(*it, member(path, key), member(shape, key));
            }
        }
    }

    void unknownKeysIn(const json &v, const QString &path, const QString &shape)
    {
        if (v.is_object()) {
            unknownKeys(v, path, shape);
            return;
        }
        const QString elementShape = shape + QStringLiteral("[]");
        if (m_known.find(elementShape) == m_known.end())
            return; // no element of this array was read as an object (prompts, a wrong type)
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (v[i].is_object())
                unknownKeys(v[i], element(path, i), elementShape);
        }
    }

    Threshold readThreshold(const json &j, const QString &path)
    {
        Threshold t;
        // Each part is required: a threshold without a value would silently compare against 0.
        if (!string(j, "metric", path, t.metric))
            missing(path, "metric", "\"metric\": \"latency_p95_ms\"");
        if (!string(j, "op", path, t.op))
            missing(path, "op", "\"op\": \"<\"");
        if (!number(j, "value", path, t.value))
            missing(path, "value", "\"value\": 2000");
        QString scope;
        if (string(j, "scope", path, scope)) {
            if (const auto s = thresholdScopeFromName(scope))
                t.scope = *s;
            else
                add(member(path, "scope"),
                    QStringLiteral("unknown scope %1 (expected run or step)").arg(quoted(scope)));
        }
        boolean(j, "abort_on_fail", path, t.abortOnFail);
        string(j, "phase", path, t.phase);
        string(j, "tag", path, t.tag);
        return t;
    }

    // {"live": [thresholds], "mock": [...]}: the names are the user's, so the object is walked here and its
    // arrays' objects are checked for unknown keys here too (the general walk never looks into it).
    void readThresholdSets(const json &doc, TestPlan &p)
    {
        const json *o = object(doc, "threshold_sets", QString());
        if (!o)
            return;
        p.thresholdSets.clear();
        for (auto it = o->begin(); it != o->end(); ++it) {
            ThresholdSet set;
            set.name = fromUtf8(it.key());
            const QString path = member(QStringLiteral("threshold_sets"), shownKey(set.name));
            if (!it->is_array()) {
                wrongType(path, "an array of thresholds", *it);
                continue;
            }
            forEachObject(*it, path, [&](const json &j, const QString &tp) {
                set.thresholds.push_back(readThreshold(j, tp));
            });
            unknownKeysIn(*it, path, shapeOf(path));
            p.thresholdSets.push_back(std::move(set));
        }
    }

    void readHosts(const json &doc, TestPlan &p)
    {
        const json *o = object(doc, "hosts", QString());
        if (!o)
            return;
        p.hosts.clear();
        for (auto it = o->begin(); it != o->end(); ++it) {
            const QString name = fromUtf8(it.key());
            const QString path = member(QStringLiteral("hosts"), shownKey(name));
            QStringList addresses;
            if (it->is_string()) {
                addresses << fromUtf8(it->get_ref<const std::string &>());
            } else if (it->is_array()) {
                for (std::size_t i = 0; i < it->size(); ++i) {
                    const json &v = (*it)[i];
                    if (v.is_string())
                        addresses << fromUtf8(v.get_ref<const std::string &>());
                    else
                        wrongType(element(path, i), "an IP address", v);
                }
            } else {
                wrongType(path, "an IP address or an array of them", *it);
                continue;
            }
            p.hosts.insert(name, addresses);
        }
    }

    void readJourney(const json &j, const QString &path, Journey &jr)
    {
        string(j, "users_file", path, jr.usersFile);
        string(j, "key_tag", path, jr.keyTag);
        if (const json *a = array(j, "steps", path)) {
            jr.steps.clear();
            forEachObject(*a, member(path, "steps"), [&](const json &js, const QString &sp) {
                JourneyStep st;
                readStep(js, sp, st);
                jr.steps.push_back(std::move(st));
            });
        }
    }

    void readStep(const json &j, const QString &path, JourneyStep &st)
    {
        string(j, "name", path, st.name);
        string(j, "tag", path, st.tag);
        boolean(j, "once", path, st.once);
        string(j, "method", path, st.method);
        string(j, "path", path, st.path);
        if (const json *a = array(j, "headers", path)) {
            forEachObject(*a, member(path, "headers"), [&](const json &jh, const QString &hp) {
                Header h;
                string(jh, "name", hp, h.name);
                string(jh, "value", hp, h.value);
                st.headers.push_back(std::move(h));
            });
        }
        if (const json *b = find(j, "body", path)) {
            if (b->is_string())
                st.body = fromUtf8(b->get_ref<const std::string &>());
            else if (b->is_structured())
                st.body = fromUtf8(b->dump(-1, ' ', false, json::error_handler_t::replace));
            else
                wrongType(member(path, "body"), "a string or a JSON object", *b);
        }
        boolean(j, "stream", path, st.stream);
        number(j, "think_min_s", path, st.thinkMinS);
        number(j, "think_max_s", path, st.thinkMaxS);
        // Its keys are variable names, the user's own: read here, never walked for unknown keys.
        if (const json *o = object(j, "extract", path)) {
            for (auto it = o->begin(); it != o->end(); ++it) {
                Extraction x;
                x.variable = fromUtf8(it.key());
                if (it->is_string())
                    x.path = fromUtf8(it->get_ref<const std::string &>());
                else
                    wrongType(member(member(path, "extract"), shownKey(x.variable)), "a path string", *it);
                st.extract.push_back(std::move(x));
            }
        }
        if (const json *a = array(j, "checks", path)) {
            forEachObject(*a, member(path, "checks"),
                          [&](const json &jc, const QString &cp) { st.checks.push_back(readCheck(jc, cp)); });
        }
    }

    JourneyCheck readCheck(const json &j, const QString &path)
    {
        JourneyCheck c;
        string(j, "name", path, c.name);
        const json *status = find(j, "status", path);
        const json *field = find(j, "json", path);
        const json *done = find(j, "done", path);
        const json *exists = find(j, "exists", path);
        const json *equals = find(j, "equals", path);
        if (int(status != nullptr) + int(field != nullptr) + int(done != nullptr) != 1) {
            add(path, QStringLiteral("give exactly one of \"status\": 200, \"json\": \"$.field\" (with "
                                     "\"exists\": true or \"equals\": value) or \"done\": true"));
            return c;
        }
        if (status) {
            c.kind = CheckKind::Status;
            c.statuses.clear();
            const auto take = [&](const json &v, const QString &vp) {
                if (v.is_number_integer() && v.get<std::int64_t>() >= 100 && v.get<std::int64_t>() <= 599)
                    c.statuses.push_back(int(v.get<std::int64_t>()));
                else
                    add(vp, QStringLiteral("expected an HTTP status from 100 to 599"));
            };
            if (status->is_array()) {
                for (std::size_t i = 0; i < status->size(); ++i)
                    take((*status)[i], element(member(path, "status"), i));
                if (status->empty())
                    add(member(path, "status"), QStringLiteral("give at least one status"));
            } else {
                take(*status, member(path, "status"));
            }
        } else if (field) {
            if (!field->is_string()) {
                wrongType(member(path, "json"), "a path string", *field);
                return c;
            }
            c.path = fromUtf8(field->get_ref<const std::string &>());
            if (equals) {
                c.kind = CheckKind::JsonEquals;
                c.equals = fromUtf8(equals->dump(-1, ' ', false, json::error_handler_t::replace));
            } else {
                c.kind = CheckKind::JsonExists;
                if (exists && !(exists->is_boolean() && exists->get<bool>()))
                    add(member(path, "exists"), QStringLiteral("only \"exists\": true is a check"));
            }
        } else {
            c.kind = CheckKind::StreamDone;
            if (!(done->is_boolean() && done->get<bool>()))
                add(member(path, "done"), QStringLiteral("only \"done\": true is a check"));
        }
        if ((exists || equals) && !field)
            add(path, QStringLiteral("\"exists\" and \"equals\" go with \"json\": \"$.field\""));
        return c;
    }

    void readTarget(const json &j, const QString &path, Target &t)
    {
        string(j, "label", path, t.label);
        string(j, "url", path, t.url);
        string(j, "compute_size", path, t.computeSize);
        integer(j, "workers", path, t.workers);
        if (const json *a = array(j, "headers", path)) {
            forEachObject(*a, member(path, "headers"), [&](const json &jh, const QString &hp) {
                Header h;
                string(jh, "name", hp, h.name);
                string(jh, "value", hp, h.value);
                t.headers.push_back(std::move(h));
            });
        }
        string(j, "auth_ref", path, t.authRef);
        boolean(j, "enabled", path, t.enabled);
    }

    // Schema 2 lists "phases"; schema 1 has one "profile", which becomes the phase "load" (a schema-2 file
    // may use that short form too). Both at once would leave it open which one runs: an error.
    void readPhases(const json &doc, int schema, TestPlan &p)
    {
        const bool hasPhases = doc.contains("phases");
        if (hasPhases && object(doc, "profile", QString()))
            add(QStringLiteral("profile"),
                QStringLiteral("give either \"profile\" (one phase) or \"phases\", not both"));
        if (hasPhases && doc.contains("schema") && schema < 2)
            add(QStringLiteral("phases"),
                QStringLiteral("phases need \"schema\": 2 (schema 1 has one \"profile\")"));
        if (const json *a = hasPhases ? array(doc, "phases", QString()) : nullptr) {
            p.phases.clear();
            forEachObject(*a, QStringLiteral("phases"), [&](const json &j, const QString &path) {
                Phase ph;
                ph.name.clear();
                if (!string(j, "name", path, ph.name) || ph.name.isEmpty())
                    ph.name = QStringLiteral("phase %1").arg(p.phases.size() + 1);
                boolean(j, "gate", path, ph.gate);
                if (const json *o = object(j, "profile", path))
                    readProfile(*o, member(path, "profile"), ph.profile);
                p.phases.push_back(std::move(ph));
            });
        } else if (const json *o = object(doc, "profile", QString())) {
            readProfile(*o, QStringLiteral("profile"), p.profile());
        }
    }

    void readProfile(const json &j, const QString &path, LoadProfile &p)
    {
        QString kind;
        if (string(j, "kind", path, kind)) {
            if (const auto k = profileKindFromName(kind))
                p.kind = *k;
            else
                add(member(path, "kind"),
                    QStringLiteral("unknown kind %1 (expected step_ramp, linear_ramp, burst, sustained, "
                                   "constant_rate, arrival_ramp or sweep)")
                        .arg(quoted(kind)));
        }
        integer(j, "max_users", path, p.maxUsers);
        integer(j, "step_size", path, p.stepSize);
        number(j, "step_duration_s", path, p.stepDurationS);
        number(j, "spawn_rate", path, p.spawnRate);
        double settle = 0;
        if (number(j, "settle_s", path, settle))
            p.settleS = settle;
        number(j, "think_min_s", path, p.thinkMinS);
        number(j, "think_max_s", path, p.thinkMaxS);
        boolean(j, "stop_at_knee", path, p.stopAtKnee);
        integer(j, "burst_users", path, p.burstUsers);
        number(j, "burst_ramp_s", path, p.burstRampS);
        number(j, "hold_s", path, p.holdS);
        integer(j, "sustained_users", path, p.sustainedUsers);
        number(j, "duration_s", path, p.durationS);
        number(j, "arrival_rate", path, p.arrivalRate);
        integer(j, "max_in_flight", path, p.maxInFlight);
        integer(j, "start_users", path, p.startUsers);
        number(j, "start_rate", path, p.startRate);
        number(j, "end_rate", path, p.endRate);
        integer(j, "rate_steps", path, p.rateSteps);
        QString on;
        if (string(j, "sweep_on", path, on)) {
            if (const auto v = sweepOnFromName(on))
                p.sweepOn = *v;
            else
                add(member(path, "sweep_on"),
                    QStringLiteral("unknown value %1 (expected rate or users)").arg(quoted(on)));
        }
        number(j, "sweep_tolerance", path, p.sweepTolerance);
        integer(j, "sweep_max_steps", path, p.sweepMaxSteps);
    }

    void readRequest(const json &j, const QString &path, RequestTemplate &r)
    {
        string(j, "method", path, r.method);
        string(j, "path", path, r.path);
        string(j, "body", path, r.body);
        boolean(j, "stream", path, r.stream);
        number(j, "connect_timeout_s", path, r.connectTimeoutS);
        number(j, "idle_timeout_s", path, r.idleTimeoutS);
        number(j, "total_timeout_s", path, r.totalTimeoutS);
        QString transport;
        if (string(j, "transport", path, transport)) {
            if (const auto t = transportKindFromName(transport))
                r.transport = *t;
            else
                add(member(path, "transport"),
                    QStringLiteral("unknown transport %1 (expected lean or qnam)").arg(quoted(transport)));
        }
        boolean(j, "http2", path, r.http2);
    }

    void readPromptSource(const json &j, const QString &path, PromptSource &s)
    {
        string(j, "file", path, s.file);
        string(j, "field", path, s.field);
        QString order;
        if (string(j, "order", path, order)) {
            if (const auto o = promptOrderFromName(order))
                s.order = *o;
            else
                add(member(path, "order"),
                    QStringLiteral("unknown order %1 (expected random or sequential)").arg(quoted(order)));
        }
    }

    void readHealth(const json &j, const QString &path, HealthCheck &h)
    {
        boolean(j, "enabled", path, h.enabled);
        integer(j, "attempts", path, h.attempts);
        number(j, "retry_delay_s", path, h.retryDelayS);
        number(j, "timeout_s", path, h.timeoutS);
        integer(j, "warmup_requests", path, h.warmupRequests);
    }

    void readMock(const json &j, const QString &path, MockSettings &m)
    {
        integer(j, "chunk_count", path, m.chunkCount);
        integer(j, "chunk_delay_ms", path, m.chunkDelayMs);
        integer(j, "tool_calls", path, m.toolCalls);
        integer(j, "max_concurrent", path, m.maxConcurrent);
        number(j, "http429_rate", path, m.http429Rate);
        number(j, "http500_rate", path, m.http500Rate);
        number(j, "mid_stream_error_rate", path, m.midStreamErrorRate);
        number(j, "stall_rate", path, m.stallRate);
        string(j, "app_env", path, m.appEnv);
        string(j, "users_file", path, m.usersFile);
    }

    template <typename F> void forEachObject(const json &a, const QString &path, F &&f)
    {
        for (std::size_t i = 0; i < a.size(); ++i) {
            const QString p = element(path, i);
            if (a[i].is_object())
                f(a[i], p);
            else
                wrongType(p, "an object", a[i]);
        }
    }

    void add(const QString &path, const QString &message) { issues.push_back(PlanIssue{path, message}); }

    // A required member is absent (a wrong type is reported by the reader itself).
    void missing(const QString &parent, const char *key, const char *example)
    {
        const QString path = member(parent, key);
        for (const PlanIssue &i : issues)
            if (i.path == path)
                return;
        add(path, QStringLiteral("missing: give it, e.g. %1").arg(QLatin1String(example)));
    }

    void wrongType(const QString &path, const char *expected, const json &got)
    {
        add(path, QStringLiteral("expected %1, got %2")
                      .arg(QLatin1String(expected), QLatin1String(got.type_name())));
    }

    // Every lookup goes through here, so the keys it notes are exactly the keys the reader knows.
    const json *find(const json &obj, const char *key, const QString &parent)
    {
        if (!m_lastKnown || parent != m_lastParent) {
            m_lastParent = parent;
            m_lastKnown = &m_known[shapeOf(parent)];
        }
        const QLatin1String name(key);
        if (!m_lastKnown->contains(name))
            m_lastKnown->append(name);
        const auto it = obj.find(key);
        return it == obj.end() ? nullptr : &*it;
    }

    const json *object(const json &obj, const char *key, const QString &parent)
    {
        const json *v = find(obj, key, parent);
        if (v && !v->is_object()) {
            wrongType(member(parent, key), "an object", *v);
            return nullptr;
        }
        return v;
    }

    const json *array(const json &obj, const char *key, const QString &parent)
    {
        const json *v = find(obj, key, parent);
        if (v && !v->is_array()) {
            wrongType(member(parent, key), "an array", *v);
            return nullptr;
        }
        return v;
    }

    // Each returns true when the key was present and read.
    bool string(const json &obj, const char *key, const QString &parent, QString &out)
    {
        const json *v = find(obj, key, parent);
        if (!v)
            return false;
        if (!v->is_string()) {
            wrongType(member(parent, key), "a string", *v);
            return false;
        }
        out = fromUtf8(v->get_ref<const std::string &>());
        return true;
    }

    bool boolean(const json &obj, const char *key, const QString &parent, bool &out)
    {
        const json *v = find(obj, key, parent);
        if (!v)
            return false;
        if (!v->is_boolean()) {
            wrongType(member(parent, key), "true or false", *v);
            return false;
        }
        out = v->get<bool>();
        return true;
    }

    bool number(const json &obj, const char *key, const QString &parent, double &out)
    {
        const json *v = find(obj, key, parent);
        if (!v)
            return false;
        if (!v->is_number()) {
            wrongType(member(parent, key), "a number", *v);
            return false;
        }
        out = v->get<double>(); // the parser rejects non-finite numbers, and every integer fits a double
        return true;
    }

    // JSON has one number type: 30 and 30.0 are both the integer 30, 30.5 is not an integer, and anything
    // that does not fit an int is a range error (converting it would be undefined behaviour).
    bool integer(const json &obj, const char *key, const QString &parent, int &out)
    {
        const json *v = find(obj, key, parent);
        if (!v)
            return false;
        const QString path = member(parent, key);
        constexpr std::int64_t lo = std::numeric_limits<int>::min();
        constexpr std::int64_t hi = std::numeric_limits<int>::max();
        if (v->is_number_unsigned()) {
            const std::uint64_t u = v->get<std::uint64_t>();
            if (u > std::uint64_t(hi))
                return outOfRange(path, QString::number(u));
            out = int(u);
            return true;
        }
        if (v->is_number_integer()) {
            const std::int64_t i = v->get<std::int64_t>();
            if (i < lo || i > hi)
                return outOfRange(path, QString::number(i));
            out = int(i);
            return true;
        }
        if (v->is_number_float()) {
            const double d = v->get<double>();
            if (d != std::floor(d)) {
                add(path, QStringLiteral("expected an integer, got %1").arg(d));
                return false;
            }
            if (d < double(lo) || d > double(hi))
                return outOfRange(path, QString::number(d));
            out = int(d);
            return true;
        }
        wrongType(path, "an integer", *v);
        return false;
    }

    bool outOfRange(const QString &path, const QString &shown)
    {
        add(path, QStringLiteral("%1 is out of range for an integer").arg(shown));
        return false;
    }
};

} // namespace

QByteArray planToJson(const TestPlan &plan)
{
    ojson doc;
    doc["schema"] = TestPlan::kSchema;
    doc["name"] = utf8(plan.name);
    ojson targets = ojson::array();
    for (const Target &t : plan.targets)
        targets.push_back(toJson(t));
    doc["targets"] = std::move(targets);
    ojson phases = ojson::array();
    for (const Phase &ph : plan.phases)
        phases.push_back(toJson(ph));
    doc["phases"] = std::move(phases);
    doc["request"] = toJson(plan.request);
    ojson prompts = ojson::array();
    for (const QString &p : plan.prompts)
        prompts.push_back(utf8(p));
    doc["prompts"] = std::move(prompts);
    if (!plan.promptSource.isDefault()) // absent means inline prompts at random, as before the key existed
        doc["prompt_source"] = toJson(plan.promptSource);
    doc["health"] = toJson(plan.health);
    ojson thresholds = ojson::array();
    for (const Threshold &t : plan.thresholds)
        thresholds.push_back(toJson(t));
    doc["thresholds"] = std::move(thresholds);
    if (!plan.thresholdSets.empty()) {
        ojson sets = ojson::object();
        for (const ThresholdSet &set : plan.thresholdSets) {
            ojson a = ojson::array();
            for (const Threshold &t : set.thresholds)
                a.push_back(toJson(t));
            sets[utf8(set.name)] = std::move(a);
        }
        doc["threshold_sets"] = std::move(sets);
    }
    if (!plan.thresholdSet.isEmpty())
        doc["threshold_set"] = utf8(plan.thresholdSet);
    if (plan.journey.enabled() || !plan.journey.usersFile.isEmpty())
        doc["journey"] = toJson(plan.journey);
    if (plan.guard.enabled)
        doc["environment_guard"] = toJson(plan.guard);
    doc["saturation"] = toJson(plan.saturation);
    doc["slo"] = toJson(plan.slo);
    doc["mock"] = toJson(plan.mock);
    doc["engine"] = toJson(plan.engine);
    if (!plan.tls.isDefault())
        doc["tls"] = toJson(plan.tls);
    if (!plan.hosts.isEmpty()) {
        ojson hosts = ojson::object();
        for (auto it = plan.hosts.cbegin(); it != plan.hosts.cend(); ++it) {
            ojson a = ojson::array();
            for (const QString &address : it.value())
                a.push_back(utf8(address));
            hosts[utf8(it.key())] = std::move(a);
        }
        doc["hosts"] = std::move(hosts);
    }
    // QString::toStdString always yields valid UTF-8 (lone surrogates become U+FFFD), so dump() cannot meet
    // invalid UTF-8; the replace handler makes sure that it still could not throw if it did.
    std::string text = doc.dump(2, ' ', false, ojson::error_handler_t::replace);
    text += '\n';
    return QByteArray::fromStdString(text);
}

PlanLoadResult planFromJson(const QByteArray &data)
{
    PlanLoadResult result;
    if (data.size() > kMaxPlanBytes) {
        result.issues.push_back(PlanIssue{QString(), tooBigMessage(data.size())});
        return result;
    }
    if (data.trimmed().isEmpty()) {
        result.issues.push_back(PlanIssue{QString(), QStringLiteral("the document is empty")});
        return result;
    }
    json doc;
    try {
        if (const auto error = planjson::parse(data.constData(), std::size_t(data.size()), &doc)) {
            result.issues.push_back(PlanIssue{QString(), error->message});
            return result;
        }
        if (!doc.is_object()) {
            result.issues.push_back(
                PlanIssue{QString(), QStringLiteral("expected a JSON object at the top level, got %1")
                                         .arg(QLatin1String(doc.type_name()))});
            return result;
        }
        TestPlan plan;
        Reader reader;
        reader.readPlan(doc, plan);
        result.plan = std::move(plan);
        result.issues = std::move(reader.issues);
    } catch (const std::exception &e) {
        // Nothing above throws on any input; only memory exhaustion could land here.
        result.plan.reset();
        result.issues.push_back(PlanIssue{
            QString(), QStringLiteral("cannot read the plan: %1").arg(QString::fromUtf8(e.what()))});
    }
    return result;
}

PlanLoadResult loadPlanFile(const QString &path)
{
    PlanLoadResult result;
    const auto fail = [&](const QString &message) {
        result.issues.push_back(PlanIssue{QString(), message});
        return result;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(QStringLiteral("cannot open %1: no such file").arg(path));
    if (info.isDir())
        return fail(QStringLiteral("cannot open %1: it is a directory").arg(path));
    if (info.size() > kMaxPlanBytes)
        return fail(QStringLiteral("%1: %2").arg(path, tooBigMessage(info.size())));
    // Bounded even for a device or a file that grows after the size check.
    QByteArray data;
    QString why;
    if (!fileio::readAll(path, kMaxPlanBytes, &data, &why))
        return fail(QStringLiteral("cannot read %1").arg(why));
    return planFromJson(data);
}

bool savePlanFile(const TestPlan &plan, const QString &path, QString *error)
{
    return fileio::writeAtomic(path, planToJson(plan), error);
}

} // namespace plateau
