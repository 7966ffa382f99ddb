// validatePlan: each rule, with the exact path it reports.
#include "core/plan/planio.h"
#include "plantestdata.h"

#include <cmath>
#include <gtest/gtest.h>
#include <limits>

using namespace plateau;
using plateau::test::issueStrings;
using plateau::test::validPlan;

namespace {

QStringList problems(const TestPlan &p)
{
    return issueStrings(validatePlan(p));
}

// The issues of a plan that starts valid and gets one edit.
template <typename F> QStringList after(F &&edit)
{
    TestPlan p = validPlan();
    edit(p);
    return problems(p);
}

Header header(const char *name, const char *value)
{
    return Header{QString::fromUtf8(name), QString::fromUtf8(value)};
}

} // namespace

TEST(PlanValidate, DemoPlanIsValid)
{
    EXPECT_EQ(problems(validPlan()), QStringList());
    const TestPlan demo = demoPlan(QStringLiteral("http://127.0.0.1:8765"));
    EXPECT_EQ(demo.name, QStringLiteral("demo"));
    ASSERT_EQ(demo.targets.size(), 1u);
    EXPECT_EQ(demo.targets[0].label, QStringLiteral("mock-local"));
    EXPECT_EQ(demo.targets[0].computeSize, QStringLiteral("local"));
    EXPECT_EQ(demo.prompts.size(), 8);
    EXPECT_EQ(demo.thresholds.size(), 2u);
    EXPECT_EQ(demo.mock.chunkCount, 20);
}

TEST(PlanValidate, DefaultPlanNeedsOnlyATarget)
{
    // The default prompt and the auto settle time make everything else of a default plan runnable.
    EXPECT_EQ(problems(TestPlan()),
              QStringList({QStringLiteral("targets: at least one enabled target is needed")}));
}

TEST(PlanValidate, NameMustNotBeEmpty)
{
    EXPECT_EQ(after([](TestPlan &p) { p.name = QStringLiteral("  "); }),
              QStringList{QStringLiteral("name: must not be empty")});
}

TEST(PlanValidate, AtLeastOneTargetMustBeEnabled)
{
    EXPECT_EQ(after([](TestPlan &p) { p.targets[0].enabled = false; }),
              QStringList{QStringLiteral("targets: at least one enabled target is needed")});
}

TEST(PlanValidate, LabelsAreNonEmptyUniqueAndSafeAsFolderNames)
{
    const QStringList issues = after([](TestPlan &p) {
        Target t = p.targets[0];
        p.targets.push_back(t); // [1] same label
        t.label = QStringLiteral("MOCK-local");
        p.targets.push_back(t); // [2] same label, other case
        t.label = QString();
        p.targets.push_back(t); // [3]
        t.label = QStringLiteral("../etc");
        p.targets.push_back(t); // [4]
    });
    EXPECT_EQ(issues,
              QStringList({
                  QStringLiteral("targets[1].label: duplicate label (same as targets[0].label)"),
                  QStringLiteral("targets[2].label: duplicate label (same as targets[0].label)"),
                  QStringLiteral("targets[3].label: must not be empty"),
                  QStringLiteral("targets[4].label: must not contain / or \\ or control characters, nor "
                                 "be . or .. (it names the target's folder in a run)"),
              }));
}

TEST(PlanValidate, UrlMustBeAbsoluteHttpWithAHost)
{
    const QStringList bad = {QStringLiteral("ftp://h/x"), QStringLiteral("http://exa mple.com"),
                             QStringLiteral(" http://h")};
    for (const QString &url : bad)
        EXPECT_EQ(after([&](TestPlan &p) { p.targets[0].url = url; }),
                  QStringList{QStringLiteral("targets[0].url: not an http(s) URL")})
            << url.toStdString();
    EXPECT_EQ(after([](TestPlan &p) { p.targets[0].url = QStringLiteral("http:///path"); }),
              QStringList{QStringLiteral("targets[0].url: not an http(s) URL (no host)")});
    EXPECT_EQ(after([](TestPlan &p) { p.targets[0].url.clear(); }),
              QStringList{QStringLiteral("targets[0].url: must not be empty")});
    for (const char *good : {"https://adb-1.azuredatabricks.net/serving-endpoints/x", "http://[::1]:8080",
                             "HTTP://Example.COM", "http://127.0.0.1:8765/"})
        EXPECT_EQ(after([&](TestPlan &p) { p.targets[0].url = QString::fromUtf8(good); }), QStringList())
            << good;
}

TEST(PlanValidate, UrlWithoutASchemeSaysWhatToAdd)
{
    // QUrl reads these as a path or as a scheme named after the host; the user only left out the scheme.
    for (const char *url : {"my-app.example.com", "127.0.0.1:8080", "localhost:8080", "h:80",
                            "my-app.example.com/api", "/relative"})
        EXPECT_EQ(after([&](TestPlan &p) { p.targets[0].url = QString::fromUtf8(url); }),
                  QStringList{QStringLiteral("targets[0].url: not an http(s) URL: add http:// or https://")})
            << url;
}

TEST(PlanValidate, UrlMustNotCarryCredentials)
{
    EXPECT_EQ(after([](TestPlan &p) { p.targets[0].url = QStringLiteral("https://user:pw@h.example/"); }),
              QStringList{QStringLiteral("targets[0].url: must not hold a user name or password: put the "
                                         "credential in a secret and name it in auth_ref")});
}

TEST(PlanValidate, WorkersMustNotBeNegative)
{
    EXPECT_EQ(after([](TestPlan &p) { p.targets[0].workers = -1; }),
              QStringList{QStringLiteral("targets[0].workers: must be at least 0")});
}

TEST(PlanValidate, HeaderNamesAreTokensAndValuesAreOneLine)
{
    const QStringList issues = after([](TestPlan &p) {
        p.targets[0].headers = {header("X-Ok_1.a~", "fine: ok"), header("Bad Name", "v"), header("", "v"),
                                header("X-Inject", "a\r\nEvil: 1"), header("X-Nul", "a\0b")};
        p.targets[0].headers[4].value = QStringLiteral("a") + QChar(0);
    });
    EXPECT_EQ(issues, QStringList({
                          QStringLiteral("targets[0].headers[1].name: not a valid HTTP header name"),
                          QStringLiteral("targets[0].headers[2].name: not a valid HTTP header name"),
                          QStringLiteral("targets[0].headers[3].value: must not contain CR, LF or NUL"),
                          QStringLiteral("targets[0].headers[4].value: must not contain CR, LF or NUL"),
                      }));
}

TEST(PlanValidate, AuthorizationHeaderPointsAtAuthRef)
{
    const std::vector<PlanIssue> issues = [] {
        TestPlan p = validPlan();
        p.targets[0].headers = {header("authorization", "Bearer x"),
                                header("Proxy-Authorization", "Basic y")};
        return validatePlan(p);
    }();
    ASSERT_EQ(issues.size(), 2u);
    EXPECT_EQ(issues[0].path, QStringLiteral("targets[0].headers[0].name"));
    EXPECT_EQ(issues[1].path, QStringLiteral("targets[0].headers[1].name"));
    for (const PlanIssue &i : issues) {
        EXPECT_TRUE(i.message.contains(QStringLiteral("auth_ref"))) << i.toString().toStdString();
        EXPECT_FALSE(i.message.contains(QStringLiteral("Bearer"))) << "never repeat the secret";
    }
}

TEST(PlanValidate, AuthRefHasASafeShape)
{
    EXPECT_EQ(after([](TestPlan &p) { p.targets[0].authRef = QStringLiteral("prod-app_1.token"); }),
              QStringList());
    for (const QString &bad : {QStringLiteral("has space"), QStringLiteral("a/b"),
                               QString(65, QLatin1Char('a')), QString::fromUtf8("caf\xc3\xa9")})
        EXPECT_EQ(after([&](TestPlan &p) { p.targets[0].authRef = bad; }),
                  QStringList{QStringLiteral(
                      "targets[0].auth_ref: must be 1 to 64 characters from A-Z a-z 0-9 _ . -")})
            << bad.toStdString();
}

TEST(PlanValidate, StepRampRanges)
{
    EXPECT_EQ(after([](TestPlan &p) { p.profile().maxUsers = 0; }),
              QStringList({QStringLiteral("profile.max_users: must be between 1 and 100000"),
                           QStringLiteral("profile.step_size: must be between 1 and max_users (0)")}));
    EXPECT_EQ(after([](TestPlan &p) { p.profile().maxUsers = 100001; }),
              QStringList{QStringLiteral("profile.max_users: must be between 1 and 100000")});
    EXPECT_EQ(after([](TestPlan &p) { p.profile().stepSize = 41; }),
              QStringList{QStringLiteral("profile.step_size: must be between 1 and max_users (40)")});
    EXPECT_EQ(after([](TestPlan &p) { p.profile().stepDurationS = 86401; }),
              QStringList{QStringLiteral("profile.step_duration_s: must be more than 0 and at most 86400")});
    EXPECT_EQ(after([](TestPlan &p) { p.profile().spawnRate = 0; }),
              QStringList{QStringLiteral("profile.spawn_rate: must be more than 0 and at most 100000")});
    EXPECT_EQ(
        after([](TestPlan &p) { p.profile().settleS = 5; }),
        QStringList{QStringLiteral("profile.settle_s: must be at least 0 and less than step_duration_s (5); "
                                   "leave it out to derive it from the step")});
    EXPECT_EQ(
        after([](TestPlan &p) { p.profile().settleS = -1; }),
        QStringList{QStringLiteral("profile.settle_s: must be at least 0 and less than step_duration_s (5); "
                                   "leave it out to derive it from the step")});
}

TEST(PlanValidate, NotANumberFailsEveryRangeItMeets)
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const QStringList issues = after([&](TestPlan &p) {
        p.profile().stepDurationS = nan;
        p.request.totalTimeoutS = std::numeric_limits<double>::infinity();
        p.thresholds[0].value = nan;
    });
    EXPECT_TRUE(
        issues.contains(QStringLiteral("profile.step_duration_s: must be more than 0 and at most 86400")));
    EXPECT_TRUE(
        issues.contains(QStringLiteral("request.total_timeout_s: must be more than 0 and at most 604800")));
    EXPECT_TRUE(issues.contains(QStringLiteral("thresholds[0].value: must be at least 0")));
}

TEST(PlanValidate, ThinkTimesMustBeOrdered)
{
    EXPECT_EQ(after([](TestPlan &p) {
                  p.profile().thinkMinS = 2;
                  p.profile().thinkMaxS = 1;
              }),
              QStringList{QStringLiteral("profile.think_max_s: must be between think_min_s (2) and 3600")});
    EXPECT_EQ(after([](TestPlan &p) { p.profile().thinkMinS = -1; }),
              QStringList{QStringLiteral("profile.think_min_s: must be between 0 and 3600")});
}

TEST(PlanValidate, BurstFieldsAreCheckedOnlyForABurst)
{
    const auto broken = [](TestPlan &p) {
        p.profile().burstUsers = 0;
        p.profile().burstRampS = -1;
        p.profile().holdS = 0;
    };
    EXPECT_EQ(after(broken), QStringList()) << "a step ramp does not use burst fields";
    EXPECT_EQ(after([&](TestPlan &p) {
                  broken(p);
                  p.profile().kind = ProfileKind::Burst;
                  p.profile().maxUsers = 0; // step fields are not used by a burst
              }),
              QStringList({QStringLiteral("profile.burst_users: must be between 1 and 100000"),
                           QStringLiteral("profile.burst_ramp_s: must be between 0 and 86400"),
                           QStringLiteral("profile.hold_s: must be more than 0 and at most 604800")}));
}

TEST(PlanValidate, SustainedFields)
{
    EXPECT_EQ(after([](TestPlan &p) {
                  p.profile().kind = ProfileKind::Sustained;
                  p.profile().sustainedUsers = 0;
                  p.profile().durationS = -5;
              }),
              QStringList({QStringLiteral("profile.sustained_users: must be between 1 and 100000"),
                           QStringLiteral("profile.duration_s: must be more than 0 and at most 604800")}));
}

TEST(PlanValidate, ConstantRateFields)
{
    EXPECT_EQ(after([](TestPlan &p) {
                  p.profile().kind = ProfileKind::ConstantRate;
                  p.profile().arrivalRate = 0;
                  p.profile().maxInFlight = 0;
                  p.profile().durationS = 0;
                  p.profile().thinkMinS = 5; // open loop: think time does not apply
              }),
              QStringList({QStringLiteral("profile.arrival_rate: must be more than 0 and at most 1e+06"),
                           QStringLiteral("profile.max_in_flight: must be between 1 and 1000000"),
                           QStringLiteral("profile.duration_s: must be more than 0 and at most 604800")}));
}

TEST(PlanValidate, RequestMethodAndPath)
{
    EXPECT_EQ(after([](TestPlan &p) { p.request.method = QStringLiteral("PO ST"); }),
              QStringList{QStringLiteral("request.method: not a valid HTTP method")});
    EXPECT_EQ(after([](TestPlan &p) { p.request.path = QStringLiteral("invocations"); }),
              QStringList{QStringLiteral("request.path: must start with /")});
    EXPECT_EQ(after([](TestPlan &p) { p.request.path = QStringLiteral("/a b"); }),
              QStringList{QStringLiteral("request.path: must not contain spaces or control characters")});
    EXPECT_EQ(after([](TestPlan &p) { p.request.path = QStringLiteral("/a\r\nHost: evil"); }),
              QStringList{QStringLiteral("request.path: must not contain spaces or control characters")});
}

TEST(PlanValidate, BodyMustCarryThePromptAndBeJson)
{
    EXPECT_EQ(after([](TestPlan &p) { p.request.body = QStringLiteral(R"({"input":"fixed"})"); }),
              QStringList{QStringLiteral("request.body: must contain {{prompt}} where the prompt goes, e.g. "
                                         "\"content\":\"{{prompt}}\", or the prompts are never sent")});
    const QStringList broken =
        after([](TestPlan &p) { p.request.body = QStringLiteral(R"({"input":"{{prompt}}",})"); });
    ASSERT_EQ(broken.size(), 1);
    EXPECT_TRUE(broken[0].startsWith(
        QStringLiteral("request.body: not valid JSON once {{prompt}} is filled in: byte 14:")))
        << broken[0].toStdString();
    // A placeholder outside a string literal leaves bare text behind: not JSON.
    EXPECT_EQ(after([](TestPlan &p) { p.request.body = QStringLiteral(R"({"input":{{prompt}}})"); }).size(),
              1);
    EXPECT_EQ(after([](TestPlan &p) {
                  p.request.body = QStringLiteral(R"({"messages":[{"role":"user","content":"{{prompt}}"}],)"
                                                  R"("user":"{{session}}","stream":true})");
              }),
              QStringList());
}

TEST(PlanValidate, BodyWithoutThePromptIsAnErrorEvenWithoutPrompts)
{
    // Without {{prompt}} not one prompt reaches the server, whichever prompts the plan holds.
    const QStringList issues = after([](TestPlan &p) {
        p.request.body = QStringLiteral(R"({"input":"fixed","stream":true})");
        p.prompts.clear();
    });
    EXPECT_TRUE(
        issues.contains(QStringLiteral("request.body: must contain {{prompt}} where the prompt goes, e.g. "
                                       "\"content\":\"{{prompt}}\", or the prompts are never sent")))
        << issues.join('\n').toStdString();
}

TEST(PlanValidate, BodyStreamFlagMustAgreeWithRequestStream)
{
    const QString noStream =
        QStringLiteral(R"({"input":[{"role":"user","content":"{{prompt}}"}],"stream":false})");
    EXPECT_EQ(after([&](TestPlan &p) { p.request.body = noStream; }),
              QStringList{QStringLiteral(
                  "request.body: has \"stream\": false while request.stream is true, so the server would not "
                  "stream and every request fail (content_type): set \"stream\": true in the body, or "
                  "request.stream to false")});
    EXPECT_EQ(after([&](TestPlan &p) {
                  p.request.body = noStream;
                  p.request.stream = false;
              }),
              QStringList());
    EXPECT_EQ(after([](TestPlan &p) { p.request.stream = false; }), // the default body says "stream": true
              QStringList{QStringLiteral(
                  "request.body: has \"stream\": true while request.stream is false, so the server would "
                  "stream an answer that is read as one response: set \"stream\": false in the body, or "
                  "request.stream to true")});
    // Only the top level's boolean counts: a nested "stream" or one of another type is the server's business.
    EXPECT_EQ(after([](TestPlan &p) {
                  p.request.body = QStringLiteral(R"({"input":"{{prompt}}","options":{"stream":false}})");
              }),
              QStringList());
    EXPECT_EQ(after([](TestPlan &p) {
                  p.request.body = QStringLiteral(R"({"input":"{{prompt}}","stream":"no"})");
              }),
              QStringList());
    EXPECT_EQ(after([](TestPlan &p) { p.request.body = QStringLiteral(R"(["{{prompt}}"])"); }),
              QStringList());
}

TEST(PlanValidate, BodyMustNotHoldAComment)
{
    // Plan files may carry comments; a body is sent as it is, and a server's JSON parser refuses them.
    EXPECT_EQ(after([](TestPlan &p) {
                  p.request.body = QStringLiteral("{\"input\":\"{{prompt}}\", /* why */ \"stream\":true}");
              }),
              QStringList{QStringLiteral(
                  "request.body: holds a comment, which is not JSON and is sent as it is: remove it")});
}

TEST(PlanValidate, TimeoutsArePositiveAndWithinTheTotal)
{
    EXPECT_EQ(after([](TestPlan &p) { p.request.connectTimeoutS = 0; }),
              QStringList{QStringLiteral("request.connect_timeout_s: must be more than 0")});
    EXPECT_EQ(after([](TestPlan &p) { p.request.idleTimeoutS = 121; }),
              QStringList{QStringLiteral("request.idle_timeout_s: must be at most total_timeout_s (120)")});
    EXPECT_EQ(after([](TestPlan &p) { p.request.totalTimeoutS = -1; }),
              QStringList({QStringLiteral("request.total_timeout_s: must be more than 0 and at most 604800"),
                           QStringLiteral("request.connect_timeout_s: must be at most total_timeout_s (-1)"),
                           QStringLiteral("request.idle_timeout_s: must be at most total_timeout_s (-1)")}));
}

TEST(PlanValidate, Http2NeedsQnam)
{
    EXPECT_EQ(after([](TestPlan &p) { p.request.http2 = true; }),
              QStringList{QStringLiteral("request.http2: needs the qnam transport")});
    EXPECT_EQ(after([](TestPlan &p) {
                  p.request.http2 = true;
                  p.request.transport = TransportKind::Qnam;
              }),
              QStringList());
}

TEST(PlanValidate, PromptsMustNotBeEmpty)
{
    EXPECT_EQ(after([](TestPlan &p) { p.prompts.append(QStringLiteral(" \n")); }),
              QStringList{QStringLiteral("prompts[8]: must not be empty")});
    EXPECT_EQ(after([](TestPlan &p) { p.prompts.clear(); }),
              QStringList{QStringLiteral(
                  "prompts: at least one prompt is needed; leave the key out to use the default prompt")});
}

TEST(PlanValidate, HealthCheckRangesApplyWhenEnabled)
{
    const auto broken = [](TestPlan &p) {
        p.health.attempts = 0;
        p.health.retryDelayS = -1;
        p.health.timeoutS = 0;
        p.health.warmupRequests = -1;
    };
    EXPECT_EQ(after(broken),
              QStringList({QStringLiteral("health.attempts: must be between 1 and 100"),
                           QStringLiteral("health.retry_delay_s: must be between 0 and 3600"),
                           QStringLiteral("health.timeout_s: must be more than 0 and at most 86400"),
                           QStringLiteral("health.warmup_requests: must be between 0 and 10000")}));
    EXPECT_EQ(after([&](TestPlan &p) {
                  broken(p);
                  p.health.enabled = false;
              }),
              QStringList());
}

TEST(PlanValidate, ThresholdsUseKnownMetricsAndOperators)
{
    const QStringList issues = after([](TestPlan &p) {
        p.thresholds.push_back({QStringLiteral("p95"), QStringLiteral("=="), 1});
        for (const QString &m : thresholdMetricNames())
            for (const QString &op : thresholdOps())
                if (m != QLatin1String("checks")) // a journey's metric: the journey tests judge it
                    p.thresholds.push_back({m, op, 1});
    });
    ASSERT_EQ(issues.size(), 2) << issues.join('\n').toStdString();
    EXPECT_TRUE(issues[0].startsWith(
        QStringLiteral("thresholds[2].metric: unknown metric (known: latency_p50_ms, ")));
    EXPECT_EQ(issues[1], QStringLiteral("thresholds[2].op: must be one of < <= > >="));
}

TEST(PlanValidate, SaturationFractions)
{
    EXPECT_EQ(after([](TestPlan &p) {
                  p.saturation.flatFraction = 0;
                  p.saturation.errorRateLimit = 1.5;
                  p.saturation.p95LimitMs = -1;
              }),
              QStringList({QStringLiteral("saturation.flat_fraction: must be more than 0 and at most 1"),
                           QStringLiteral("saturation.error_rate_limit: must be more than 0 and at most 1"),
                           QStringLiteral("saturation.p95_limit_ms: must be at least 0")}));
    EXPECT_EQ(after([](TestPlan &p) { p.saturation.flatFraction = 1; }), QStringList());
}

TEST(PlanValidate, SloLimits)
{
    EXPECT_EQ(after([](TestPlan &p) {
                  p.slo.latencyP95Ms = -1;
                  p.slo.ttftP95Ms = std::nan("");
                  p.slo.failureRate = 1.5;
              }),
              QStringList({QStringLiteral("slo.latency_p95_ms: must be at least 0"),
                           QStringLiteral("slo.ttft_p95_ms: must be at least 0"),
                           QStringLiteral("slo.failure_rate: must be between 0 and 1")}));
    // 0 = no limit for the latencies; a failure rate of 0 allows no failure at all.
    EXPECT_EQ(after([](TestPlan &p) { p.slo = Slo{0, 0, 0}; }), QStringList());
    EXPECT_EQ(after([](TestPlan &p) { p.slo = Slo{800, 250, 1}; }), QStringList());
}

TEST(PlanValidate, PeakQpsOkIsARunWideGateThatCannotAbortOnAFloor)
{
    const auto peak = [](const char *op, ThresholdScope scope, bool abort) {
        return Threshold{QStringLiteral("peak_qps_ok"), QString::fromLatin1(op), 10, scope, abort};
    };
    EXPECT_EQ(
        after([&](TestPlan &p) { p.thresholds = {peak(">=", ThresholdScope::Step, false)}; }),
        QStringList{QStringLiteral(
            "thresholds[0].scope: peak_qps_ok is measured over the whole ramp: use \"scope\": \"run\"")});
    EXPECT_EQ(after([&](TestPlan &p) { p.thresholds = {peak(">", ThresholdScope::Run, true)}; }),
              QStringList{QStringLiteral("thresholds[0].abort_on_fail: cannot be true for peak_qps_ok >: the "
                                         "peak only grows during the ramp, so it would stop every ramp at "
                                         "its first step; set it to false")});
    // A ceiling on the peak is final once crossed, and every other metric may abort at either scope.
    EXPECT_EQ(
        after([&](TestPlan &p) {
            p.thresholds = {
                peak("<", ThresholdScope::Run, true),
                {QStringLiteral("latency_p95_ms"), QStringLiteral("<"), 900, ThresholdScope::Step, true},
                {QStringLiteral("failure_rate"), QStringLiteral("<"), 0.1, ThresholdScope::Run, true}};
        }),
        QStringList());
}

TEST(PlanValidate, MockValues)
{
    EXPECT_EQ(after([](TestPlan &p) { p.mock = MockSettings{-1, -1, -1, -1, -0.1, 1.1, 2, -1}; }),
              QStringList({QStringLiteral("mock.chunk_count: must be between 0 and 1000000"),
                           QStringLiteral("mock.chunk_delay_ms: must be between 0 and 3600000"),
                           QStringLiteral("mock.tool_calls: must be between 0 and 10000"),
                           QStringLiteral("mock.max_concurrent: must be between 0 and 1073741824"),
                           QStringLiteral("mock.http429_rate: must be between 0 and 1"),
                           QStringLiteral("mock.http500_rate: must be between 0 and 1"),
                           QStringLiteral("mock.mid_stream_error_rate: must be between 0 and 1"),
                           QStringLiteral("mock.stall_rate: must be between 0 and 1")}));
    EXPECT_EQ(after([](TestPlan &p) { p.mock = MockSettings{0, 0, 0, 0, 0, 1, 0, 1}; }), QStringList());
}

TEST(PlanValidate, EngineThreads)
{
    EXPECT_EQ(after([](TestPlan &p) { p.engine.threads = 257; }),
              QStringList{QStringLiteral("engine.threads: must be between 0 and 256")});
    EXPECT_EQ(after([](TestPlan &p) { p.engine.threads = -1; }),
              QStringList{QStringLiteral("engine.threads: must be between 0 and 256")});
    EXPECT_EQ(after([](TestPlan &p) { p.engine.threads = 256; }), QStringList());
}

TEST(PlanValidate, AllProblemsAreReportedAtOnce)
{
    TestPlan p = validPlan();
    p.name.clear();
    p.targets[0].url = QStringLiteral("nope");
    p.profile().maxUsers = 40;
    p.profile().stepSize = 0;
    p.request.path = QStringLiteral("x");
    p.engine.threads = 1000;
    EXPECT_EQ(test::issuePaths(validatePlan(p)),
              QStringList({"name", "targets[0].url", "profile.step_size", "request.path", "engine.threads"}));
}

TEST(PlanValidate, EveryDurationHasAnUpperBound)
{
    // A retry delay of 1e12 s used to overflow the timer's int milliseconds into a negative interval.
    EXPECT_EQ(after([](TestPlan &p) { p.health.retryDelayS = 1e12; }),
              QStringList{QStringLiteral("health.retry_delay_s: must be between 0 and 3600")});
    EXPECT_EQ(after([](TestPlan &p) { p.profile().thinkMaxS = 1e9; }),
              QStringList{QStringLiteral("profile.think_max_s: must be between think_min_s (0) and 3600")});
    EXPECT_EQ(after([](TestPlan &p) { p.request.totalTimeoutS = 1e300; }),
              QStringList{QStringLiteral("request.total_timeout_s: must be more than 0 and at most 604800")});
}

TEST(PlanValidate, SustainedNeedsASpawnRate)
{
    // With no spawn rate the sustained ramp never gets past its first user.
    EXPECT_EQ(after([](TestPlan &p) {
                  p.profile().kind = ProfileKind::Sustained;
                  p.profile().spawnRate = 0;
              }),
              QStringList{QStringLiteral("profile.spawn_rate: must be more than 0 and at most 100000")});
}

TEST(PlanValidate, PhasesHaveUniqueNamesAndNoGateOnTheFirst)
{
    EXPECT_EQ(after([](TestPlan &p) { p.phases.clear(); }),
              QStringList{QStringLiteral("phases: needs at least one phase")});
    EXPECT_EQ(
        after([](TestPlan &p) {
            p.phases.push_back(p.phases[0]);
            p.phases[0].gate = true;
        }),
        (QStringList{QStringLiteral("phases[0].gate: the first phase has no phase before it to pass: set "
                                    "gate on a later one"),
                     QStringLiteral("phases[1].name: load is the name of an earlier phase: give each phase "
                                    "its own name")}));
}

TEST(PlanValidate, SeveralPhasesNameTheirFieldsByPhase)
{
    EXPECT_EQ(after([](TestPlan &p) { p.profile().maxUsers = 0; }),
              (QStringList{QStringLiteral("profile.max_users: must be between 1 and 100000"),
                           QStringLiteral("profile.step_size: must be between 1 and max_users (0)")}))
        << "one phase: the path of the files written before phases";
    EXPECT_EQ(
        after([](TestPlan &p) {
            Phase second = p.phases[0];
            second.name = QStringLiteral("second");
            second.profile.maxUsers = 0;
            p.phases.push_back(second);
        }),
        (QStringList{QStringLiteral("phases[1].profile.max_users: must be between 1 and 100000"),
                     QStringLiteral("phases[1].profile.step_size: must be between 1 and max_users (0)")}));
}

TEST(PlanValidate, NewKindsCheckTheirFields)
{
    EXPECT_EQ(
        after([](TestPlan &p) {
            p.profile().kind = ProfileKind::Sweep;
            p.profile().startRate = 50;
            p.profile().endRate = 20;
            p.profile().sweepTolerance = 0.9;
        }),
        (QStringList{QStringLiteral("profile.end_rate: must be above start_rate (50) and at most 1000000: "
                                    "the sweep searches between the two"),
                     QStringLiteral("profile.sweep_tolerance: must be between 0.005 and 0.5 (0.05 = stop "
                                    "when the bracket is within 5 %)")}));
    EXPECT_EQ(after([](TestPlan &p) {
                  p.profile().kind = ProfileKind::ArrivalRamp;
                  p.profile().durationS = 20;
                  p.profile().stepDurationS = 30;
              }),
              QStringList{QStringLiteral("profile.step_duration_s: must be above 0 and at most the phase's "
                                         "duration (20 s): it is the window each measurement covers")});
    EXPECT_EQ(after([](TestPlan &p) {
                  p.profile().kind = ProfileKind::LinearRamp;
                  p.profile().startUsers = 500;
                  p.profile().maxUsers = 100;
                  p.profile().durationS = 300;
              }),
              QStringList{QStringLiteral("profile.start_users: must be between 0 and 100")});
}

TEST(PlanValidate, AThresholdPhaseMustNameAPhase)
{
    EXPECT_EQ(
        after([](TestPlan &p) {
            Threshold t;
            t.metric = QStringLiteral("failure_rate");
            t.op = QStringLiteral("<");
            t.value = 0.1;
            t.phase = QStringLiteral("smoke");
            p.thresholds.push_back(t);
        }),
        QStringList{QStringLiteral("thresholds[2].phase: no phase is named smoke (phases: load); leave it "
                                   "out to judge every phase")});
}
