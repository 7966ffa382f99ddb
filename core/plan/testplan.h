#pragma once
// The test plan: everything a run needs, and nothing secret (a target only names an auth reference).

#include "core/plan/journey.h"
#include "core/plan/promptsource.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>
#include <vector>

namespace plateau {

struct Header
{
    QString name;
    QString value;
    bool operator==(const Header &o) const { return name == o.name && value == o.value; }
    bool operator!=(const Header &o) const { return !(*this == o); }
};

struct Target
{
    QString label;
    // The app's URL. When its path already ends with the request path (https://x/api/invocations with
    // /invocations) it is the full endpoint and is used as it is; otherwise it is a base and the request path
    // is appended to its path (https://x/api + /invocations). endpointUrl() applies this rule.
    QString url;
    QString computeSize = QStringLiteral("medium"); // small/medium/large/xlarge or free text
    int workers = 0;                                // server-side workers, informational (0 = unknown)
    std::vector<Header> headers;
    QString authRef; // name of an auth reference; empty = no auth
    bool enabled = true;
    bool operator==(const Target &o) const;
    bool operator!=(const Target &o) const { return !(*this == o); }
};

enum class ProfileKind
{
    StepRamp,
    Burst,
    Sustained,
    ConstantRate,
    LinearRamp,  // users rise linearly from startUsers to maxUsers over durationS (Locust's spawn rate)
    ArrivalRamp, // open loop: the arrival rate rises from startRate to endRate over durationS
    Sweep,       // searches the load for the highest one within the plan's SLO (see LoadProfile)
};

// What a sweep varies: the arrival rate (open loop) or the users (closed loop).
enum class SweepOn
{
    Rate,
    Users,
};

struct LoadProfile
{
    ProfileKind kind = ProfileKind::StepRamp;
    // Step ramp (the defaults of Databricks' load-testing guide): users = (step+1) * stepSize, each step held
    // stepDurationS.
    int maxUsers = 300;
    int stepSize = 20;
    double stepDurationS = 30;
    double spawnRate = 20; // users per second
    // Head of each step excluded from step statistics. Unset ("settle_s" absent from the file) is "auto":
    // derived from the step, see effectiveSettleS(). An explicit value is kept and validated as it is.
    std::optional<double> settleS;
    double thinkMinS = 0; // closed-loop pause between requests of one user
    double thinkMaxS = 0;
    bool stopAtKnee = false;
    // Burst: 0 -> burstUsers within burstRampS, then hold for holdS.
    int burstUsers = 50;
    double burstRampS = 10;
    double holdS = 120;
    // Sustained: sustainedUsers for durationS.
    int sustainedUsers = 30;
    double durationS = 1200;
    // Constant arrival rate (open loop): arrivalRate requests/s for durationS, at most maxInFlight at once.
    double arrivalRate = 10;
    int maxInFlight = 1000;
    // Linear user ramp: startUsers -> maxUsers over durationS, measured in windows of stepDurationS.
    int startUsers = 1;
    // Arrival-rate ramp (open loop): startRate -> endRate requests/s over durationS. rateSteps = 0 rises
    // linearly and is measured in windows of stepDurationS; N > 0 holds N levels, each durationS / N.
    double startRate = 10;
    double endRate = 100;
    int rateSteps = 0;
    // Sweep: probes from startRate (or startUsers) upwards, doubling while the plan's SLO holds, then
    // bisects between the last load within it and the first beyond, until the two are within
    // sweepTolerance of each other or sweepMaxSteps steps have run. Each probe is held stepDurationS. The
    // search never goes above endRate (or maxUsers).
    SweepOn sweepOn = SweepOn::Rate;
    double sweepTolerance = 0.05;
    int sweepMaxSteps = 12;
    // Open loop: the profile sets an arrival rate, not a number of users.
    bool isOpenLoop() const;
    // Ramps and sweeps search for the knee: the saturation verdict of a phase list belongs to them.
    bool ramps() const;
    // The most virtual users the profile reaches (open loop: requests in flight at once): what per-user
    // log-in prepares for and what the charts' user axis spans.
    int peakUsers() const;
    // The settle time the run uses: settleS when set, otherwise a third of the measured phase (the step of a
    // ramp, the hold of a burst, the duration of the others), at most kAutoSettleMaxS. A third leaves two
    // thirds of a short step measured; the cap is the fixed default that auto replaces, so the defaults
    // (30 s step, 120 s hold, 1200 s duration) settle for 5 s as before.
    double effectiveSettleS() const;
    static constexpr double kAutoSettleMaxS = 5;
    bool operator==(const LoadProfile &o) const;
    bool operator!=(const LoadProfile &o) const { return !(*this == o); }
};

enum class TransportKind
{
    Lean, // HTTP/1.1 on QTcpSocket/QSslSocket, one event loop per worker
    Qnam  // QNetworkAccessManager: proxies, redirects, optional HTTP/2
};

struct RequestTemplate
{
    QString method = QStringLiteral("POST");
    QString path = QStringLiteral("/invocations");
    // JSON text; every {{prompt}} is replaced by a JSON-escaped prompt, {{session}} by the user's session id.
    QString body = QStringLiteral(R"({"input":[{"role":"user","content":"{{prompt}}"}],"stream":true})");
    bool stream = true;
    double connectTimeoutS = 10;
    double idleTimeoutS = 30;   // stall: no byte for this long
    double totalTimeoutS = 120; // whole request deadline
    TransportKind transport = TransportKind::Lean;
    bool http2 = false; // only with the QNAM transport
    bool operator==(const RequestTemplate &o) const;
    bool operator!=(const RequestTemplate &o) const { return !(*this == o); }
};

struct HealthCheck
{
    bool enabled = true;
    int attempts = 3;
    double retryDelayS = 2;
    double timeoutS = 30;
    int warmupRequests = 5;
    bool operator==(const HealthCheck &o) const;
    bool operator!=(const HealthCheck &o) const { return !(*this == o); }
};

enum class ThresholdScope
{
    Run,  // the target's whole load phase (k6's default)
    Step, // every measured step's window on its own: one bad step fails the gate
};

// k6-style gate: "<metric> <op> <value>", e.g. latency_p95_ms < 1200, failure_rate < 0.15.
struct Threshold
{
    QString metric;
    QString op; // one of < <= > >=
    double value = 0;
    ThresholdScope scope = ThresholdScope::Run;
    // k6's abortOnFail: once the gate is crossed (checked at every step's end) the target's ramp stops at
    // once; the run goes on with the next target and exits 1.
    bool abortOnFail = false;
    // The phase (by name) the gate judges; empty = every phase, each on its own.
    QString phase{};
    // The journey tag (by name) whose requests the gate judges, over each phase; empty = the key tag (the
    // requests the steps are made of). Tagged gates judge the whole phase: scope "step" is for untagged ones.
    QString tag{};
    bool operator==(const Threshold &o) const;
    bool operator!=(const Threshold &o) const { return !(*this == o); }
};

struct SaturationSettings
{
    double flatFraction = 0.25; // a step whose QPS gain is below this share of the linear gain is flat
    double p95LimitMs = 0;      // 0 = no latency limit
    double errorRateLimit = 0.05;
    bool operator==(const SaturationSettings &o) const;
    bool operator!=(const SaturationSettings &o) const { return !(*this == o); }
};

// What the endpoint must deliver for a step to count as served: "max QPS under the SLO" is the highest
// QPS ok of a step within all three (core/metrics/slo.h). The saturation settings above define the knee.
struct Slo
{
    double latencyP95Ms = 0; // 0 = no limit
    double ttftP95Ms = 0;    // 0 = no limit
    double failureRate = 0.05;
    bool operator==(const Slo &o) const;
    bool operator!=(const Slo &o) const { return !(*this == o); }
};

struct MockSettings
{
    int chunkCount = 80;
    int chunkDelayMs = 10;
    int toolCalls = 1;
    int maxConcurrent = 0; // 0 = unlimited; otherwise extra requests queue
    double http429Rate = 0;
    double http500Rate = 0;
    double midStreamErrorRate = 0;
    double stallRate = 0;
    // What GET /api/health reports as app_env (the environment guard's usual field).
    QString appEnv = QStringLiteral("test");
    // Accounts POST /api/auth/login-json accepts (core/plan/usersfile.h); empty = any non-empty username
    // with a non-empty password.
    QString usersFile{};
    bool operator==(const MockSettings &o) const;
    bool operator!=(const MockSettings &o) const { return !(*this == o); }
};

// How https targets are trusted (docs/architecture.md, "Names and TLS on the fast path"): verification is
// on against the system store; ca_file adds the roots of an internal or staging CA; the client pair answers
// mutual TLS; insecure turns verification off, and every report of the run says so.
struct TlsSettings
{
    QString caFile{};            // PEM; relative to the plan's folder
    QString clientCertificate{}; // PEM chain
    QString clientKey{};         // PEM, unencrypted
    bool insecure = false;
    bool isDefault() const { return *this == TlsSettings(); }
    bool operator==(const TlsSettings &o) const;
    bool operator!=(const TlsSettings &o) const { return !(*this == o); }
};

struct EngineSettings
{
    int threads = 0; // 0 = one per core
    bool operator==(const EngineSettings &o) const;
    bool operator!=(const EngineSettings &o) const { return !(*this == o); }
};

// The prompt of a plan that names none: one short question that any agent can answer.
inline constexpr char kDefaultPrompt[] = "What can you help me with today? Give three examples in one short "
                                         "paragraph.";

// One load profile of a plan's sequence: every target runs the phases in order (docs/architecture.md,
// "Phases").
struct Phase
{
    QString name = QStringLiteral("load");
    LoadProfile profile;
    // Run this phase only if the phase before it passed its thresholds (k6's smoke test before the ramp);
    // otherwise it and the gated phases after it are skipped, with the reason.
    bool gate = false;
    bool operator==(const Phase &o) const;
    bool operator!=(const Phase &o) const { return !(*this == o); }
};

// Named alternatives of thresholds ("live", "mock"): the k6 runbook's latency profiles. The chosen set's
// gates are judged beside the plan's own `thresholds`.
struct ThresholdSet
{
    QString name;
    std::vector<Threshold> thresholds;
    bool operator==(const ThresholdSet &o) const { return name == o.name && thresholds == o.thresholds; }
    bool operator!=(const ThresholdSet &o) const { return !(*this == o); }
};

struct TestPlan
{
    // 2: a list of phases. A schema-1 file has one "profile", read as a single phase named "load".
    static constexpr int kSchema = 2;
    QString name = QStringLiteral("plateau-run");
    std::vector<Target> targets;
    // Never empty in a plan that validates; a default plan has one phase.
    std::vector<Phase> phases = {Phase{}};
    RequestTemplate request;
    QStringList prompts = {QString::fromLatin1(kDefaultPrompt)};
    PromptSource promptSource; // a prompt file that replaces `prompts` when a run starts, and the order
    HealthCheck health;
    std::vector<Threshold> thresholds;
    std::vector<ThresholdSet> thresholdSets;
    QString thresholdSet;   // the set a run judges unless told otherwise (--threshold-set); empty = none
    Journey journey;        // empty: every user sends `request`
    EnvironmentGuard guard; // checked before each target; off unless the plan has "environment_guard"
    SaturationSettings saturation;
    Slo slo;
    MockSettings mock;
    EngineSettings engine;
    TlsSettings tls;
    // Host names pinned to addresses, as k6's `hosts` and curl's --resolve: the name stays in the URL, Host
    // and SNI, the connection goes to these addresses (tried in order). Lean transport only.
    QMap<QString, QStringList> hosts{};
    // The first phase's profile: the whole load of a one-phase plan, which is what the single-profile
    // editors (the command line's ramp flags, the GUI's profile form for one phase) change. A plan without
    // phases gets one on first non-const use; the const one then reads a default profile.
    LoadProfile &profile();
    const LoadProfile &profile() const;
    bool operator==(const TestPlan &o) const;
    bool operator!=(const TestPlan &o) const { return !(*this == o); }
};

// The names used in plan files and on the command line ("step_ramp", "lean", ...).
QString profileKindName(ProfileKind k);
QString transportKindName(TransportKind k);
QString thresholdScopeName(ThresholdScope s); // "run", "step"
QString sweepOnName(SweepOn s);               // "rate", "users"
// Inverse of the above; std::nullopt for an unknown name (exact, case-sensitive match).
std::optional<ProfileKind> profileKindFromName(const QString &name);
std::optional<TransportKind> transportKindFromName(const QString &name);
std::optional<ThresholdScope> thresholdScopeFromName(const QString &name);
std::optional<SweepOn> sweepOnFromName(const QString &name);

// Metrics a Threshold may name, in display order: latency_p50_ms latency_p95_ms latency_p99_ms
// ttft_p50_ms ttft_p95_ms ttft_p99_ms itl_p95_ms failure_rate peak_qps_ok checks (the check pass rate).
const QStringList &thresholdMetricNames();
// Comparison operators a Threshold may use: < <= > >=.
const QStringList &thresholdOps();

// The gates a run judges: the plan's thresholds, then those of the set named `setName` (empty = the plan's
// thresholdSet). An unknown name sets *error to the names there are and returns the plan's own only.
std::vector<Threshold> activeThresholds(const TestPlan &plan, const QString &setName = QString(),
                                        QString *error = nullptr);
// Chooses `setName` (empty: keeps the plan's default) as plan.thresholdSet: what the engine judges beside the
// plan's own gates (activeThresholds) and the run folder records. False (and *error naming the sets there
// are) for an unknown name; the plan is unchanged then.
bool applyThresholdSet(TestPlan &plan, const QString &setName, QString *error);

// Where the requests of a target go: the rule of Target::url. Trailing slashes of the URL's path are
// ignored; a query in the request path is added to the URL's own.
QUrl endpointUrl(const Target &target, const RequestTemplate &request);
// The URL of a journey step or of the environment guard: `path` when it is an absolute http(s) URL, otherwise
// appended to the target's URL as endpointUrl does.
QUrl stepUrl(const Target &target, const QString &path);

// Estimated wall time of one phase's load for one target (the formula of Databricks' load-testing guide
// for a step ramp; a sweep's bound: sweepMaxSteps probes).
double estimatedTargetSeconds(const LoadProfile &p);
// All phases of one target, in sequence.
double estimatedTargetSeconds(const std::vector<Phase> &phases);

} // namespace plateau
