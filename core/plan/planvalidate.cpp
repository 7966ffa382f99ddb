// validatePlan: whether a plan makes sense to run. Every rule names the JSON path of its field, so the GUI
// can point at the cell and the CLI can print one line per problem. Comparisons are written so that NaN
// fails them (!(v > 0) rather than v <= 0): an in-memory plan can hold NaN even though JSON cannot.
#include "core/common/secretnames.h"
#include "core/plan/jsonparse.h"
#include "core/plan/mocklimits.h"
#include "core/plan/planio.h"

#include <QFileInfo>
#include <QHash>
#include <QUrl>
#include <algorithm>
#include <arpa/inet.h>
#include <cmath>
#include <string>

namespace plateau {
namespace {

// An IPv4 or IPv6 address as the resolver takes it (no scope id: "fe80::1%eth0" is refused).
bool isIpLiteral(const QString &text)
{
    const QByteArray a = text.toLatin1();
    unsigned char buffer[16];
    return inet_pton(AF_INET, a.constData(), buffer) == 1 || inet_pton(AF_INET6, a.constData(), buffer) == 1;
}

constexpr int kMaxUsers = 100000;
constexpr double kMaxStepDurationS = 86400; // one day
constexpr double kMaxPhaseS = 7 * 86400;    // a burst hold or a sustained run: one week
constexpr double kMaxArrivalRate = 1e6;     // requests per second
constexpr int kMaxInFlightLimit = 1000000;
constexpr int kMaxThreads = 256;
constexpr int kMaxHealthAttempts = 100;
constexpr double kMaxRetryDelayS = 3600; // between health-check attempts
constexpr double kMaxThinkS = 3600;      // a user's pause between requests
constexpr int kMaxWarmupRequests = 10000;
constexpr int kMaxAuthRefChars = 64;
constexpr std::size_t kMaxPhases = 20;
constexpr int kMaxRateSteps = 1000;
constexpr int kMaxSweepSteps = 100;

// RFC 9110 token: method names and header field names.
bool isToken(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
                        (u < 0x80 && std::char_traits<char>::find("!#$%&'*+-.^_`|~", 15, char(u)));
        if (!ok)
            return false;
    }
    return true;
}

bool hasControl(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

bool isAuthRef(const QString &s)
{
    if (s.isEmpty() || s.size() > kMaxAuthRefChars)
        return false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' ||
              u == '.' || u == '-'))
            return false;
    }
    return true;
}

QString num(double v)
{
    return QString::number(v);
}

class Validator
{
public:
    std::vector<PlanIssue> issues;

    void add(const QString &path, const QString &message) { issues.push_back(PlanIssue{path, message}); }

    void intRange(const QString &path, int v, int lo, int hi)
    {
        if (v < lo || v > hi)
            add(path, QStringLiteral("must be between %1 and %2").arg(lo).arg(hi));
    }
    void atLeast(const QString &path, int v, int lo)
    {
        if (v < lo)
            add(path, QStringLiteral("must be at least %1").arg(lo));
    }
    void atLeast(const QString &path, double v, double lo)
    {
        if (!(v >= lo) || !std::isfinite(v))
            add(path, QStringLiteral("must be at least %1").arg(num(lo)));
    }
    // lo <= v <= hi, NaN fails
    void between(const QString &path, double v, double lo, double hi)
    {
        if (!(v >= lo && v <= hi))
            add(path, QStringLiteral("must be between %1 and %2").arg(num(lo), num(hi)));
    }
    // lo < v <= hi
    void positiveUpTo(const QString &path, double v, double hi)
    {
        if (!(v > 0 && v <= hi))
            add(path, QStringLiteral("must be more than 0 and at most %1").arg(num(hi)));
    }
    void fraction(const QString &path, double v, bool zeroAllowed)
    {
        if (zeroAllowed ? !(v >= 0 && v <= 1) : !(v > 0 && v <= 1))
            add(path, zeroAllowed ? QStringLiteral("must be between 0 and 1")
                                  : QStringLiteral("must be more than 0 and at most 1"));
    }

    void targets(const std::vector<Target> &targets)
    {
        bool anyEnabled = false;
        QHash<QString, int> labels; // case-folded: labels name run folders, and some file systems fold case
        for (std::size_t i = 0; i < targets.size(); ++i) {
            const Target &t = targets[i];
            const QString path = QStringLiteral("targets[%1]").arg(i);
            anyEnabled = anyEnabled || t.enabled;
            label(path + QStringLiteral(".label"), t.label, i, labels);
            url(path + QStringLiteral(".url"), t.url);
            atLeast(path + QStringLiteral(".workers"), t.workers, 0);
            for (std::size_t h = 0; h < t.headers.size(); ++h)
                header(path + QStringLiteral(".headers[%1]").arg(h), t.headers[h]);
            if (!t.authRef.isEmpty() && !isAuthRef(t.authRef))
                add(path + QStringLiteral(".auth_ref"),
                    QStringLiteral("must be 1 to 64 characters from A-Z a-z 0-9 _ . -"));
        }
        if (!anyEnabled)
            add(QStringLiteral("targets"), QStringLiteral("at least one enabled target is needed"));
    }

    void label(const QString &path, const QString &label, std::size_t index, QHash<QString, int> &seen)
    {
        if (label.trimmed().isEmpty()) {
            add(path, QStringLiteral("must not be empty"));
            return;
        }
        if (label.contains(QLatin1Char('/')) || label.contains(QLatin1Char('\\')) || hasControl(label) ||
            label == QLatin1String(".") || label == QLatin1String("..")) {
            add(path, QStringLiteral("must not contain / or \\ or control characters, nor be . or .. "
                                     "(it names the target's folder in a run)"));
        }
        const QString key = label.toCaseFolded();
        const auto it = seen.constFind(key);
        if (it != seen.constEnd())
            add(path, QStringLiteral("duplicate label (same as targets[%1].label)").arg(*it));
        else
            seen.insert(key, int(index));
    }

    void url(const QString &path, const QString &text)
    {
        if (text.isEmpty()) {
            add(path, QStringLiteral("must not be empty"));
            return;
        }
        // "my-app.example.com" or "127.0.0.1:8080": QUrl reads a scheme-less host as a path, or its name
        // as a scheme, so say what is missing rather than what it became.
        if (!text.contains(QLatin1String("://"))) {
            add(path, QStringLiteral("not an http(s) URL: add http:// or https://"));
            return;
        }
        const QUrl u(text, QUrl::StrictMode);
        const QString scheme = u.scheme();
        if (!u.isValid() || text != text.trimmed() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
            add(path, QStringLiteral("not an http(s) URL"));
            return;
        }
        if (u.host().isEmpty()) {
            add(path, QStringLiteral("not an http(s) URL (no host)"));
            return;
        }
        if (!u.userInfo().isEmpty())
            add(path, QStringLiteral("must not hold a user name or password: put the credential in a secret "
                                     "and name it in auth_ref"));
    }

    void header(const QString &path, const Header &h)
    {
        const QString namePath = path + QStringLiteral(".name");
        if (!isToken(h.name))
            add(namePath, QStringLiteral("not a valid HTTP header name"));
        else if (isCredentialHeader(h.name))
            add(namePath,
                QStringLiteral("%1 does not belong in a plan: put the credential in a secret and name "
                               "it in auth_ref (secrets never live in a plan)")
                    .arg(h.name));
        if (h.value.contains(QLatin1Char('\r')) || h.value.contains(QLatin1Char('\n')) ||
            h.value.contains(QChar(0)))
            add(path + QStringLiteral(".value"), QStringLiteral("must not contain CR, LF or NUL"));
    }

    // Every field that the chosen kind uses is checked, with an upper bound: the spawn rate paces the
    // sustained ramp as well as the step ramp. A settle period longer than a short hold measures nothing
    // of it; the engine then judges the part that ran.
    // A one-phase plan's fields are "profile.max_users", as in the files written before phases; each of
    // several phases has its own "phases[2].profile." prefix.
    void phases(const std::vector<Phase> &phases)
    {
        if (phases.empty()) {
            add(QStringLiteral("phases"), QStringLiteral("needs at least one phase"));
            return;
        }
        if (phases.size() > kMaxPhases)
            add(QStringLiteral("phases"), QStringLiteral("at most %1 phases").arg(kMaxPhases));
        QStringList names;
        for (std::size_t i = 0; i < phases.size(); ++i) {
            const Phase &ph = phases[i];
            const QString at = QStringLiteral("phases[%1].").arg(i);
            if (ph.name.trimmed().isEmpty())
                add(at + QStringLiteral("name"), QStringLiteral("must not be empty"));
            else if (names.contains(ph.name))
                add(at + QStringLiteral("name"),
                    QStringLiteral("%1 is the name of an earlier phase: give each phase its own name")
                        .arg(ph.name));
            else if (hasControl(ph.name))
                add(at + QStringLiteral("name"), QStringLiteral("must not contain control characters"));
            names << ph.name;
            if (ph.gate && i == 0)
                add(at + QStringLiteral("gate"),
                    QStringLiteral(
                        "the first phase has no phase before it to pass: set gate on a later one"));
            profile(ph.profile,
                    phases.size() == 1 ? QStringLiteral("profile.") : at + QStringLiteral("profile."));
        }
    }

    void profile(const LoadProfile &p, const QString &at)
    {
        switch (p.kind) {
        case ProfileKind::StepRamp:
            intRange(at + QStringLiteral("max_users"), p.maxUsers, 1, kMaxUsers);
            if (p.stepSize < 1 || p.stepSize > std::max(p.maxUsers, 1))
                add(at + QStringLiteral("step_size"),
                    QStringLiteral("must be between 1 and max_users (%1)").arg(p.maxUsers));
            positiveUpTo(at + QStringLiteral("step_duration_s"), p.stepDurationS, kMaxStepDurationS);
            positiveUpTo(at + QStringLiteral("spawn_rate"), p.spawnRate, kMaxUsers);
            // Auto (unset) is derived from the step and always fits; only a value the plan gives is checked.
            if (p.settleS && !(*p.settleS >= 0 && *p.settleS < p.stepDurationS))
                add(at + QStringLiteral("settle_s"),
                    QStringLiteral("must be at least 0 and less than step_duration_s (%1); leave it out to "
                                   "derive it from the step")
                        .arg(num(p.stepDurationS)));
            break;
        case ProfileKind::Burst:
            settle(at + QStringLiteral("settle_s"), p.settleS);
            intRange(at + QStringLiteral("burst_users"), p.burstUsers, 1, kMaxUsers);
            between(at + QStringLiteral("burst_ramp_s"), p.burstRampS, 0, kMaxStepDurationS);
            positiveUpTo(at + QStringLiteral("hold_s"), p.holdS, kMaxPhaseS);
            break;
        case ProfileKind::Sustained:
            settle(at + QStringLiteral("settle_s"), p.settleS);
            intRange(at + QStringLiteral("sustained_users"), p.sustainedUsers, 1, kMaxUsers);
            positiveUpTo(at + QStringLiteral("duration_s"), p.durationS, kMaxPhaseS);
            // Users join at the spawn rate: without one the run would hold a single user.
            positiveUpTo(at + QStringLiteral("spawn_rate"), p.spawnRate, kMaxUsers);
            break;
        case ProfileKind::ConstantRate:
            settle(at + QStringLiteral("settle_s"), p.settleS);
            positiveUpTo(at + QStringLiteral("arrival_rate"), p.arrivalRate, kMaxArrivalRate);
            intRange(at + QStringLiteral("max_in_flight"), p.maxInFlight, 1, kMaxInFlightLimit);
            positiveUpTo(at + QStringLiteral("duration_s"), p.durationS, kMaxPhaseS);
            break;
        case ProfileKind::LinearRamp:
            intRange(at + QStringLiteral("max_users"), p.maxUsers, 1, kMaxUsers);
            intRange(at + QStringLiteral("start_users"), p.startUsers, 0, std::max(0, p.maxUsers));
            positiveUpTo(at + QStringLiteral("duration_s"), p.durationS, kMaxPhaseS);
            window(at, p, p.durationS);
            break;
        case ProfileKind::ArrivalRamp:
            between(at + QStringLiteral("start_rate"), p.startRate, 0, kMaxArrivalRate);
            positiveUpTo(at + QStringLiteral("end_rate"), p.endRate, kMaxArrivalRate);
            intRange(at + QStringLiteral("max_in_flight"), p.maxInFlight, 1, kMaxInFlightLimit);
            positiveUpTo(at + QStringLiteral("duration_s"), p.durationS, kMaxPhaseS);
            intRange(at + QStringLiteral("rate_steps"), p.rateSteps, 0, kMaxRateSteps);
            if (p.rateSteps == 0)
                window(at, p, p.durationS);
            else
                settle(at + QStringLiteral("settle_s"), p.settleS);
            break;
        case ProfileKind::Sweep:
            if (p.sweepOn == SweepOn::Rate) {
                positiveUpTo(at + QStringLiteral("start_rate"), p.startRate, kMaxArrivalRate);
                if (!(p.endRate > p.startRate && p.endRate <= kMaxArrivalRate))
                    add(at + QStringLiteral("end_rate"),
                        QStringLiteral("must be above start_rate (%1) and at most %2: the sweep searches "
                                       "between the two")
                            .arg(num(p.startRate), QString::number(kMaxArrivalRate, 'f', 0)));
                intRange(at + QStringLiteral("max_in_flight"), p.maxInFlight, 1, kMaxInFlightLimit);
            } else {
                intRange(at + QStringLiteral("start_users"), p.startUsers, 1, kMaxUsers);
                if (p.maxUsers <= p.startUsers || p.maxUsers > kMaxUsers)
                    add(at + QStringLiteral("max_users"),
                        QStringLiteral("must be above start_users (%1) and at most %2: the sweep searches "
                                       "between the two")
                            .arg(p.startUsers)
                            .arg(kMaxUsers));
                positiveUpTo(at + QStringLiteral("spawn_rate"), p.spawnRate, kMaxUsers);
            }
            if (!(p.sweepTolerance >= 0.005 && p.sweepTolerance <= 0.5))
                add(at + QStringLiteral("sweep_tolerance"),
                    QStringLiteral(
                        "must be between 0.005 and 0.5 (0.05 = stop when the bracket is within 5 %)"));
            intRange(at + QStringLiteral("sweep_max_steps"), p.sweepMaxSteps, 2, kMaxSweepSteps);
            window(at, p, kMaxStepDurationS);
            break;
        }
        // Think time paces closed-loop users; an open-loop arrival rate has none.
        if (!p.isOpenLoop()) {
            between(at + QStringLiteral("think_min_s"), p.thinkMinS, 0, kMaxThinkS);
            if (!(p.thinkMaxS >= p.thinkMinS && p.thinkMaxS <= kMaxThinkS))
                add(at + QStringLiteral("think_max_s"),
                    QStringLiteral("must be between think_min_s (%1) and %2")
                        .arg(num(p.thinkMinS), num(kMaxThinkS)));
        }
    }

    // A windowed kind is measured in windows of step_duration_s, which must fit the phase.
    void window(const QString &at, const LoadProfile &p, double phaseS)
    {
        if (!(p.stepDurationS > 0 && p.stepDurationS <= std::min(phaseS, kMaxStepDurationS)))
            add(at + QStringLiteral("step_duration_s"),
                QStringLiteral("must be above 0 and at most the phase's duration (%1 s): it is the window "
                               "each measurement covers")
                    .arg(num(std::min(phaseS, kMaxStepDurationS))));
        else if (p.settleS && !(*p.settleS >= 0 && *p.settleS < p.stepDurationS))
            add(at + QStringLiteral("settle_s"),
                QStringLiteral("must be at least 0 and less than step_duration_s (%1); leave it out to "
                               "derive it from the window")
                    .arg(num(p.stepDurationS)));
    }

    void settle(const QString &path, const std::optional<double> &settleS)
    {
        if (settleS)
            between(path, *settleS, 0, kMaxPhaseS);
    }

    void request(const RequestTemplate &r)
    {
        const QString at = QStringLiteral("request.");
        if (!isToken(r.method))
            add(at + QStringLiteral("method"), QStringLiteral("not a valid HTTP method"));
        if (!r.path.startsWith(QLatin1Char('/')))
            add(at + QStringLiteral("path"), QStringLiteral("must start with /"));
        else if (r.path.contains(QLatin1Char(' ')) || hasControl(r.path))
            add(at + QStringLiteral("path"), QStringLiteral("must not contain spaces or control characters"));
        body(at + QStringLiteral("body"), r.body, r.stream);
        positiveUpTo(at + QStringLiteral("total_timeout_s"), r.totalTimeoutS, kMaxPhaseS);
        timeout(at + QStringLiteral("connect_timeout_s"), r.connectTimeoutS, r.totalTimeoutS);
        timeout(at + QStringLiteral("idle_timeout_s"), r.idleTimeoutS, r.totalTimeoutS);
        if (r.http2 && r.transport != TransportKind::Qnam)
            add(at + QStringLiteral("http2"), QStringLiteral("needs the qnam transport"));
    }

    void timeout(const QString &path, double v, double total)
    {
        if (!(v > 0))
            add(path, QStringLiteral("must be more than 0"));
        else if (!(v <= total))
            add(path, QStringLiteral("must be at most total_timeout_s (%1)").arg(num(total)));
    }

    // What the server is sent must ask for what the engine expects: without {{prompt}} no prompt is ever
    // sent, and a "stream" flag in the body that contradicts request.stream makes every request fail (a
    // JSON answer where a stream was asked for is a content_type failure).
    void body(const QString &path, const QString &body, bool stream)
    {
        if (!body.contains(QLatin1String("{{prompt}}")))
            add(path, QStringLiteral("must contain {{prompt}} where the prompt goes, e.g. "
                                     "\"content\":\"{{prompt}}\", or the prompts are never sent"));
        const QByteArray filled = renderRequestBody(body, QStringLiteral("x"), QStringLiteral("x"));
        nlohmann::json doc;
        if (const auto error = planjson::parse(filled.constData(), std::size_t(filled.size()), &doc)) {
            add(path, QStringLiteral("not valid JSON once {{prompt}} is filled in: %1").arg(error->message));
            return;
        }
        // The plan parser allows comments; the body goes to the server as it is, and JSON has none.
        if (!nlohmann::json::accept(filled.constBegin(), filled.constEnd()))
            add(path, QStringLiteral("holds a comment, which is not JSON and is sent as it is: remove it"));
        if (!doc.is_object())
            return;
        const auto flag = doc.find("stream");
        if (flag == doc.end() || !flag->is_boolean() || flag->get<bool>() == stream)
            return;
        if (stream)
            add(path,
                QStringLiteral("has \"stream\": false while request.stream is true, so the server would "
                               "not stream and every request fail (content_type): set \"stream\": true "
                               "in the body, or request.stream to false"));
        else
            add(path,
                QStringLiteral("has \"stream\": true while request.stream is false, so the server would "
                               "stream an answer that is read as one response: set \"stream\": false in "
                               "the body, or request.stream to true"));
    }

    void prompts(const QStringList &prompts)
    {
        if (prompts.isEmpty())
            add(QStringLiteral("prompts"),
                QStringLiteral("at least one prompt is needed; leave the key out to use the default prompt"));
        for (qsizetype i = 0; i < prompts.size(); ++i) {
            if (prompts[i].trimmed().isEmpty())
                add(QStringLiteral("prompts[%1]").arg(i), QStringLiteral("must not be empty"));
        }
    }

    void promptSource(const PromptSource &s)
    {
        const QString path = QStringLiteral("prompt_source");
        if (s.order != PromptOrder::Random && s.order != PromptOrder::Sequential)
            add(path + QStringLiteral(".order"),
                QStringLiteral("unknown order (expected random or sequential)"));
        if (!s.file.isEmpty() && s.file.trimmed().isEmpty())
            add(path + QStringLiteral(".file"),
                QStringLiteral("is blank: name a prompt file, or leave it out"));
        else if (hasControl(s.file))
            add(path + QStringLiteral(".file"), QStringLiteral("must not contain control characters"));
        if (s.field.isEmpty())
            return;
        if (s.file.trimmed().isEmpty()) {
            add(path + QStringLiteral(".field"),
                QStringLiteral(
                    "names a JSONL field or CSV column, but prompt_source.file names no file: give "
                    "the file, or leave the field out"));
            return;
        }
        const QString suffix = QFileInfo(s.file).suffix().toLower();
        if (suffix != QLatin1String("csv") && suffix != QLatin1String("jsonl") &&
            suffix != QLatin1String("ndjson"))
            add(path + QStringLiteral(".field"),
                QStringLiteral("%1 is read as text, one prompt per line, which has no fields: use a .csv or "
                               ".jsonl file, or leave the field out")
                    .arg(s.file));
        else if (s.field.trimmed().isEmpty() || hasControl(s.field))
            add(path + QStringLiteral(".field"),
                QStringLiteral("must name the column or field, without control characters"));
    }

    void health(const HealthCheck &h)
    {
        if (!h.enabled)
            return;
        intRange(QStringLiteral("health.attempts"), h.attempts, 1, kMaxHealthAttempts);
        between(QStringLiteral("health.retry_delay_s"), h.retryDelayS, 0, kMaxRetryDelayS);
        positiveUpTo(QStringLiteral("health.timeout_s"), h.timeoutS, kMaxStepDurationS);
        intRange(QStringLiteral("health.warmup_requests"), h.warmupRequests, 0, kMaxWarmupRequests);
    }

    void thresholds(const std::vector<Threshold> &thresholds, const std::vector<Phase> &phases,
                    const Journey &journey, const QString &base = QStringLiteral("thresholds"))
    {
        const QStringList tags = journey.tags();
        for (std::size_t i = 0; i < thresholds.size(); ++i) {
            const Threshold &t = thresholds[i];
            const QString path = QStringLiteral("%1[%2].").arg(base).arg(i);
            if (!t.tag.isEmpty() && !tags.contains(t.tag))
                add(path + QStringLiteral("tag"),
                    tags.isEmpty() ? QStringLiteral("the plan has no journey, so no tags: leave it out")
                                   : QStringLiteral("no journey step has the tag %1 (tags: %2)")
                                         .arg(t.tag, tags.join(QStringLiteral(", "))));
            if (!t.tag.isEmpty() && t.scope == ThresholdScope::Step)
                add(path + QStringLiteral("scope"),
                    QStringLiteral("a tagged threshold judges the whole phase: use \"scope\": \"run\"; the "
                                   "steps are made of the key tag's requests"));
            if (t.metric == QLatin1String("checks") && !journey.enabled())
                add(path + QStringLiteral("metric"),
                    QStringLiteral("checks are a journey's: the plan has no journey steps"));
            if ((!t.tag.isEmpty() || t.metric == QLatin1String("checks")) && t.abortOnFail)
                add(path + QStringLiteral("abort_on_fail"),
                    QStringLiteral("is judged at every step on the key tag's requests: a tagged or checks "
                                   "threshold is judged at the phase's end; set it to false"));
            if (t.metric == QLatin1String("checks") && t.scope == ThresholdScope::Step)
                add(path + QStringLiteral("scope"),
                    QStringLiteral("checks are counted over the whole phase: use \"scope\": \"run\""));
            if (!thresholdMetricNames().contains(t.metric))
                add(path + QStringLiteral("metric"),
                    QStringLiteral("unknown metric (known: %1)")
                        .arg(thresholdMetricNames().join(QStringLiteral(", "))));
            if (!thresholdOps().contains(t.op))
                add(path + QStringLiteral("op"), QStringLiteral("must be one of < <= > >="));
            atLeast(path + QStringLiteral("value"), t.value, 0.0);
            if (!t.phase.isEmpty() && std::none_of(phases.begin(), phases.end(),
                                                   [&](const Phase &ph) { return ph.name == t.phase; })) {
                QStringList names;
                for (const Phase &ph : phases)
                    names << ph.name;
                add(path + QStringLiteral("phase"),
                    QStringLiteral("no phase is named %1 (phases: %2); leave it "
                                   "out to judge every phase")
                        .arg(t.phase, names.join(QStringLiteral(", "))));
            }
            // The peak is a figure of the whole ramp: one step has no peak of its own.
            if (t.metric == QLatin1String("peak_qps_ok") && t.scope == ThresholdScope::Step)
                add(path + QStringLiteral("scope"),
                    QStringLiteral("peak_qps_ok is measured over the whole ramp: use \"scope\": \"run\""));
            // The peak so far only grows, so a floor on it is crossed at the first step of every ramp and
            // would stop each one there.
            if (t.metric == QLatin1String("peak_qps_ok") && t.abortOnFail &&
                (t.op == QLatin1String(">") || t.op == QLatin1String(">=")))
                add(path + QStringLiteral("abort_on_fail"),
                    QStringLiteral("cannot be true for peak_qps_ok %1: the peak only grows during the ramp, "
                                   "so it would stop every ramp at its first step; set it to false")
                        .arg(t.op));
        }
    }

    void slo(const Slo &s)
    {
        atLeast(QStringLiteral("slo.latency_p95_ms"), s.latencyP95Ms, 0.0);
        atLeast(QStringLiteral("slo.ttft_p95_ms"), s.ttftP95Ms, 0.0);
        fraction(QStringLiteral("slo.failure_rate"), s.failureRate, true);
    }

    void saturation(const SaturationSettings &s)
    {
        fraction(QStringLiteral("saturation.flat_fraction"), s.flatFraction, false);
        fraction(QStringLiteral("saturation.error_rate_limit"), s.errorRateLimit, false);
        atLeast(QStringLiteral("saturation.p95_limit_ms"), s.p95LimitMs, 0.0);
    }

    void mock(const MockSettings &m)
    {
        intRange(QStringLiteral("mock.chunk_count"), m.chunkCount, 0, MockLimits::kMaxChunks);
        intRange(QStringLiteral("mock.chunk_delay_ms"), m.chunkDelayMs, 0, MockLimits::kMaxChunkDelayMs);
        intRange(QStringLiteral("mock.tool_calls"), m.toolCalls, 0, MockLimits::kMaxToolCalls);
        intRange(QStringLiteral("mock.max_concurrent"), m.maxConcurrent, 0, MockLimits::kMaxConcurrent);
        fraction(QStringLiteral("mock.http429_rate"), m.http429Rate, true);
        fraction(QStringLiteral("mock.http500_rate"), m.http500Rate, true);
        fraction(QStringLiteral("mock.mid_stream_error_rate"), m.midStreamErrorRate, true);
        fraction(QStringLiteral("mock.stall_rate"), m.stallRate, true);
    }
};

} // namespace

std::vector<PlanIssue> validatePlan(const TestPlan &plan)
{
    Validator v;
    if (plan.name.trimmed().isEmpty())
        v.add(QStringLiteral("name"), QStringLiteral("must not be empty"));
    v.targets(plan.targets);
    v.phases(plan.phases);
    v.request(plan.request);
    v.prompts(plan.prompts);
    v.promptSource(plan.promptSource);
    v.health(plan.health);
    v.thresholds(plan.thresholds, plan.phases, plan.journey);
    for (const ThresholdSet &set : plan.thresholdSets) {
        const QString base = QStringLiteral("threshold_sets.") + set.name;
        if (!isAuthRef(set.name))
            v.add(base, QStringLiteral("a set's name uses letters, digits, '_', '.' or '-' (at most %1)")
                            .arg(kMaxAuthRefChars));
        v.thresholds(set.thresholds, plan.phases, plan.journey, base);
    }
    if (!plan.thresholdSet.isEmpty() &&
        std::none_of(plan.thresholdSets.begin(), plan.thresholdSets.end(),
                     [&](const ThresholdSet &s) { return s.name == plan.thresholdSet; })) {
        QStringList names;
        for (const ThresholdSet &s : plan.thresholdSets)
            names << s.name;
        v.add(QStringLiteral("threshold_set"),
              names.isEmpty() ? QStringLiteral("names a set, but the plan has no threshold_sets")
                              : QStringLiteral("no threshold set is named %1 (sets: %2)")
                                    .arg(plan.thresholdSet, names.join(QStringLiteral(", "))));
    }
    for (PlanIssue &issue : validateJourney(plan.journey, plan.guard))
        v.issues.push_back(std::move(issue));
    v.saturation(plan.saturation);
    v.slo(plan.slo);
    v.mock(plan.mock);
    v.intRange(QStringLiteral("engine.threads"), plan.engine.threads, 0, kMaxThreads);
    for (auto it = plan.hosts.cbegin(); it != plan.hosts.cend(); ++it) {
        const QString at = QStringLiteral("hosts.") + it.key();
        if (it.key().trimmed().isEmpty() || it.key().contains(QLatin1Char(' ')) || isIpLiteral(it.key()))
            v.add(at, QStringLiteral("must be a host name (the name in the target's URL)"));
        if (it.value().isEmpty())
            v.add(at, QStringLiteral("needs at least one IP address"));
        for (const QString &a : it.value()) {
            if (!isIpLiteral(a))
                v.add(at,
                      QStringLiteral("\"%1\" is not an IP address (IPv4, or IPv6 without a scope)").arg(a));
        }
    }
    if (!plan.hosts.isEmpty() && plan.request.transport == TransportKind::Qnam)
        v.add(QStringLiteral("hosts"),
              QStringLiteral("the qnam transport looks names up itself: use the lean "
                             "transport (request.transport) or remove hosts"));
    // A client pair is both files or neither; whether the files are usable is checked when a run starts.
    if (plan.tls.clientCertificate.isEmpty() != plan.tls.clientKey.isEmpty())
        v.add(plan.tls.clientKey.isEmpty() ? QStringLiteral("tls.client_key")
                                           : QStringLiteral("tls.client_certificate"),
              plan.tls.clientKey.isEmpty()
                  ? QStringLiteral("missing; a client certificate needs its private key (PEM, unencrypted)")
                  : QStringLiteral("missing; a client key needs its certificate (PEM)"));
    return std::move(v.issues);
}

} // namespace plateau
