// Plan <-> JSON: lossless round trips, defaults, schema, type errors with paths, files.
#include "core/plan/planio.h"
#include "plantestdata.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace plateau;
using plateau::test::issueStrings;
using json = nlohmann::json;

namespace {

PlanLoadResult load(const char *text)
{
    return planFromJson(QByteArray(text));
}

} // namespace

TEST(PlanIo, DefaultPlanRoundTrips)
{
    const TestPlan plan;
    const PlanLoadResult r = planFromJson(planToJson(plan));
    ASSERT_TRUE(r.ok()) << issueStrings(r.issues);
    EXPECT_EQ(*r.plan, plan);
}

TEST(PlanIo, FullyPopulatedPlanRoundTrips)
{
    const TestPlan plan = test::fullPlan();
    const PlanLoadResult r = planFromJson(planToJson(plan));
    ASSERT_TRUE(r.ok()) << issueStrings(r.issues);
    EXPECT_EQ(*r.plan, plan);
    EXPECT_EQ(r.plan->profile().arrivalRate, 0.1 + 0.2); // bit-exact, not just close
}

TEST(PlanIo, EveryKindAndTransportRoundTrips)
{
    for (ProfileKind k :
         {ProfileKind::StepRamp, ProfileKind::Burst, ProfileKind::Sustained, ProfileKind::ConstantRate}) {
        for (TransportKind t : {TransportKind::Lean, TransportKind::Qnam}) {
            TestPlan plan = test::fullPlan();
            plan.profile().kind = k;
            plan.request.transport = t;
            const PlanLoadResult r = planFromJson(planToJson(plan));
            ASSERT_TRUE(r.ok()) << issueStrings(r.issues);
            EXPECT_EQ(*r.plan, plan);
        }
    }
}

TEST(PlanIo, SavedFileLoadsAndSavesBackByteForByte)
{
    for (const TestPlan &plan : {TestPlan(), test::fullPlan(), test::validPlan()}) {
        const QByteArray saved = planToJson(plan);
        const PlanLoadResult r = planFromJson(saved);
        ASSERT_TRUE(r.plan.has_value());
        EXPECT_EQ(planToJson(*r.plan), saved);
    }
}

TEST(PlanIo, WritesSchemaAndSnakeCaseKeys)
{
    const json j = test::parsed(planToJson(test::fullPlan()));
    EXPECT_EQ(j.at("schema"), 2);
    EXPECT_TRUE(planToJson(test::fullPlan()).startsWith("{\n  \"schema\": 2,\n  \"name\": "))
        << "schema comes first so a reader sees the version at once";
    const json &t = j.at("targets").at(0);
    for (const char *key : {"label", "url", "compute_size", "workers", "headers", "auth_ref", "enabled"})
        EXPECT_TRUE(t.contains(key)) << key;
    EXPECT_EQ(t.at("headers").at(0), json({{"name", "X-Trace"}, {"value", "on"}}));
    EXPECT_EQ(t.at("auth_ref"), "prod.token_1");
    const json &profile = j.at("phases").at(0).at("profile");
    EXPECT_EQ(j.at("phases").at(0).at("name"), "load");
    EXPECT_EQ(j.at("phases").at(0).at("gate"), false);
    EXPECT_EQ(profile.at("kind"), "burst");
    for (const char *key :
         {"max_users",   "step_size",    "step_duration_s", "spawn_rate",     "settle_s",   "think_min_s",
          "think_max_s", "stop_at_knee", "burst_users",     "burst_ramp_s",   "hold_s",     "sustained_users",
          "duration_s",  "arrival_rate", "max_in_flight",   "start_users",    "start_rate", "end_rate",
          "rate_steps",  "sweep_on",     "sweep_tolerance", "sweep_max_steps"})
        EXPECT_TRUE(profile.contains(key)) << key;
    EXPECT_EQ(j.at("request").at("transport"), "qnam");
    EXPECT_EQ(j.at("prompts").size(), 2u);
    EXPECT_EQ(j.at("thresholds").at(0), json({{"metric", "ttft_p95_ms"},
                                              {"op", "<="},
                                              {"value", 850.5},
                                              {"scope", "step"},
                                              {"abort_on_fail", true}}));
    EXPECT_EQ(j.at("thresholds").at(1).at("scope"), "run");
    EXPECT_EQ(j.at("thresholds").at(1).at("abort_on_fail"), false);
    EXPECT_EQ(j.at("health").at("attempts"), 9);
    EXPECT_EQ(j.at("saturation").at("flat_fraction"), 0.4);
    EXPECT_EQ(j.at("slo"), json({{"latency_p95_ms", 640.5}, {"ttft_p95_ms", 210}, {"failure_rate", 0.02}}));
    EXPECT_EQ(j.at("mock").at("mid_stream_error_rate"), 0.03);
    EXPECT_EQ(j.at("engine").at("threads"), 3);
}

TEST(PlanIo, EmptyObjectTakesTheDatabricksGuideDefaults)
{
    const PlanLoadResult r = load("{}");
    ASSERT_TRUE(r.ok()) << issueStrings(r.issues);
    EXPECT_EQ(*r.plan, TestPlan());
    EXPECT_EQ(r.plan->profile().maxUsers, 300);
    EXPECT_EQ(r.plan->profile().stepSize, 20);
    EXPECT_EQ(r.plan->profile().stepDurationS, 30);
    EXPECT_EQ(r.plan->profile().spawnRate, 20);
}

TEST(PlanIo, MissingKeysInsideASectionKeepTheirDefaults)
{
    const PlanLoadResult r = load(R"({"profile":{"max_users":50},"targets":[{"label":"a"}],"request":{}})");
    ASSERT_TRUE(r.ok()) << issueStrings(r.issues);
    EXPECT_EQ(r.plan->profile().maxUsers, 50);
    EXPECT_EQ(r.plan->profile().stepSize, 20);
    ASSERT_EQ(r.plan->targets.size(), 1u);
    EXPECT_EQ(r.plan->targets[0].computeSize, QStringLiteral("medium"));
    EXPECT_TRUE(r.plan->targets[0].enabled);
    EXPECT_EQ(r.plan->request, RequestTemplate());
}

TEST(PlanIo, UnknownKeysAreErrorsButTheRestIsRead)
{
    // Unknown keys used to be ignored, so a typo ran as the default; see test_planstrict.cpp for the rules.
    const PlanLoadResult r = load(
        R"({"comment":"hi","profile":{"max_users":60,"colour":[1,2]},"targets":[{"label":"a","x":{}}]})");
    ASSERT_TRUE(r.plan.has_value());
    EXPECT_EQ(test::issuePaths(r.issues), QStringList({"comment", "profile.colour", "targets[0].x"}));
    EXPECT_EQ(r.plan->profile().maxUsers, 60);
}

TEST(PlanIo, IntegralNumbersReadIntoEitherType)
{
    const PlanLoadResult r = load(R"({"profile":{"max_users":50.0,"step_duration_s":7,"spawn_rate":1e1}})");
    ASSERT_TRUE(r.ok()) << issueStrings(r.issues);
    EXPECT_EQ(r.plan->profile().maxUsers, 50);
    EXPECT_EQ(r.plan->profile().stepDurationS, 7);
    EXPECT_EQ(r.plan->profile().spawnRate, 10);
}

TEST(PlanIo, MissingSchemaMeansVersionOne)
{
    EXPECT_TRUE(load(R"({"name":"x"})").ok());
    EXPECT_TRUE(load(R"({"schema":1,"name":"x"})").ok());
}

TEST(PlanIo, NewerOrImpossibleSchemaIsReported)
{
    const PlanLoadResult newer = load(R"({"schema":3,"name":"x"})");
    ASSERT_TRUE(newer.plan.has_value()) << "the rest is still read, so the user can see what was there";
    EXPECT_EQ(newer.plan->name, QStringLiteral("x"));
    EXPECT_EQ(issueStrings(newer.issues),
              QStringList{QStringLiteral("schema: version 3 is newer than this Plateau supports (2)")});
    EXPECT_EQ(issueStrings(load(R"({"schema":0})").issues),
              QStringList{QStringLiteral("schema: version 0 does not exist (expected 2)")});
    EXPECT_EQ(issueStrings(load(R"({"schema":"1"})").issues),
              QStringList{QStringLiteral("schema: expected an integer, got string")});
}

TEST(PlanIo, WrongTypeNamesItsPath)
{
    const PlanLoadResult r =
        load(R"({"targets":[{"label":"a"},{"label":"b"},{"label":"c","workers":"four"}]})");
    ASSERT_TRUE(r.plan.has_value());
    EXPECT_EQ(issueStrings(r.issues),
              QStringList{QStringLiteral("targets[2].workers: expected an integer, got string")});
    EXPECT_EQ(r.plan->targets[2].workers, 0) << "a wrong type keeps the default";
}

// Replace every leaf of a fully populated plan with a value of another type: each must be reported once,
// with its own path, and the plan must keep every default.
TEST(PlanIo, WrongTypesEverywhereAreEachReported)
{
    json doc = test::parsed(planToJson(test::fullPlan()));
    doc.erase("schema");
    QStringList expected;
    std::function<void(json &, const QString &)> spoil = [&](json &j, const QString &path) {
        if (j.is_object()) {
            for (auto it = j.begin(); it != j.end(); ++it)
                spoil(it.value(), path.isEmpty() ? QString::fromStdString(it.key())
                                                 : path + '.' + QString::fromStdString(it.key()));
        } else if (j.is_array()) {
            for (std::size_t i = 0; i < j.size(); ++i)
                spoil(j[i], path + QStringLiteral("[%1]").arg(i));
        } else {
            j = j.is_string() ? json(false) : json("text");
            expected.append(path);
        }
    };
    spoil(doc, QString());
    const PlanLoadResult r = planFromJson(test::bytes(doc));
    ASSERT_TRUE(r.plan.has_value());
    QStringList paths = test::issuePaths(r.issues);
    paths.sort(); // the reader reports in its own order, the walk above in key order
    expected.sort();
    EXPECT_EQ(paths, expected);
    EXPECT_EQ(expected.size(), 84) << "every leaf of the full plan, minus the schema";
    TestPlan defaults;
    // Array elements that are objects still exist (with default fields); everything else is a default.
    EXPECT_EQ(r.plan->targets.size(), 2u);
    const Target defaultsWithTwoHeaders{
        QString(), QString(), QStringLiteral("medium"), 0, {Header{}, Header{}}, QString(), true};
    EXPECT_EQ(r.plan->targets[0], defaultsWithTwoHeaders);
    EXPECT_EQ(r.plan->profile(), defaults.profile());
    EXPECT_EQ(r.plan->request, defaults.request);
    EXPECT_TRUE(r.plan->prompts.isEmpty());
    EXPECT_EQ(r.plan->mock, defaults.mock);
    for (const PlanIssue &i : r.issues)
        EXPECT_TRUE(i.message.startsWith(QStringLiteral("expected "))) << i.toString().toStdString();
}

TEST(PlanIo, SectionsAndElementsOfTheWrongTypeAreReported)
{
    const PlanLoadResult r = load(
        R"({"profile":[],"targets":{"a":1},"prompts":["ok",7],"thresholds":["x"],"request":{"headers":1},
            "mock":null})");
    ASSERT_TRUE(r.plan.has_value());
    EXPECT_EQ(issueStrings(r.issues),
              QStringList({
                  QStringLiteral("targets: expected an array, got object"),
                  QStringLiteral("profile: expected an object, got array"),
                  QStringLiteral("prompts[1]: expected a string, got number"),
                  QStringLiteral("thresholds[0]: expected an object, got string"),
                  QStringLiteral("mock: expected an object, got null"),
                  QStringLiteral("request.headers: unknown field (known here: method, "
                                 "path, body, stream, connect_timeout_s, "
                                 "idle_timeout_s, total_timeout_s, transport, http2)"),
              }));
    EXPECT_EQ(r.plan->prompts, QStringList{QStringLiteral("ok")});
}

TEST(PlanIo, FractionalIntegersAndUnknownNamesAreReported)
{
    const PlanLoadResult r = load(R"({"targets":[{"workers":3.5}],"profile":{"kind":"ramp"},
                                      "request":{"transport":"curl"}})");
    EXPECT_EQ(
        issueStrings(r.issues),
        QStringList({
            QStringLiteral("targets[0].workers: expected an integer, got 3.5"),
            QStringLiteral(
                "profile.kind: unknown kind \"ramp\" (expected step_ramp, linear_ramp, burst, sustained, "
                "constant_rate, arrival_ramp or sweep)"),
            QStringLiteral("request.transport: unknown transport \"curl\" (expected lean or qnam)"),
        }));
}

TEST(PlanIo, SloAndThresholdScopeTakeTheirDefaultsWhenAbsent)
{
    const PlanLoadResult r = load(R"({"thresholds":[{"metric":"failure_rate","op":"<","value":0.1}]})");
    ASSERT_TRUE(r.ok()) << issueStrings(r.issues);
    EXPECT_EQ(r.plan->slo, Slo());
    EXPECT_EQ(r.plan->slo.latencyP95Ms, 0) << "no latency limit unless the plan sets one";
    EXPECT_EQ(r.plan->slo.ttftP95Ms, 0);
    EXPECT_EQ(r.plan->slo.failureRate, 0.05);
    ASSERT_EQ(r.plan->thresholds.size(), 1u);
    EXPECT_EQ(r.plan->thresholds[0].scope, ThresholdScope::Run) << "today's behaviour: the whole load phase";
    EXPECT_FALSE(r.plan->thresholds[0].abortOnFail);
}

TEST(PlanIo, SloAndStepThresholdsAreRead)
{
    const PlanLoadResult r = load(R"({"slo":{"latency_p95_ms":800,"ttft_p95_ms":300,"failure_rate":0.01},
        "thresholds":[{"metric":"latency_p95_ms","op":"<","value":900,"scope":"step","abort_on_fail":true}]})");
    ASSERT_TRUE(r.ok()) << issueStrings(r.issues);
    EXPECT_EQ(r.plan->slo, (Slo{800, 300, 0.01}));
    ASSERT_EQ(r.plan->thresholds.size(), 1u);
    EXPECT_EQ(r.plan->thresholds[0].scope, ThresholdScope::Step);
    EXPECT_TRUE(r.plan->thresholds[0].abortOnFail);
}

TEST(PlanIo, UnknownThresholdScopeAndWrongSloTypesAreReported)
{
    const PlanLoadResult r =
        load(R"({"slo":{"failure_rate":"5%"},"thresholds":[{"metric":"failure_rate","op":"<","value":0.1,
                 "scope":"steps","abort_on_fail":"yes"}]})");
    EXPECT_EQ(issueStrings(r.issues),
              QStringList({
                  QStringLiteral("thresholds[0].scope: unknown scope \"steps\" (expected run or step)"),
                  QStringLiteral("thresholds[0].abort_on_fail: expected true or false, got string"),
                  QStringLiteral("slo.failure_rate: expected a number, got string"),
              }));
    ASSERT_TRUE(r.plan.has_value());
    EXPECT_EQ(r.plan->thresholds[0].scope, ThresholdScope::Run) << "a bad value keeps the default";
    EXPECT_EQ(r.plan->slo.failureRate, 0.05);
}

TEST(PlanIo, TopLevelMustBeAnObject)
{
    EXPECT_EQ(issueStrings(load("[]").issues),
              QStringList{QStringLiteral("expected a JSON object at the top level, got array")});
    EXPECT_EQ(issueStrings(load(" 42 ").issues),
              QStringList{QStringLiteral("expected a JSON object at the top level, got number")});
    EXPECT_FALSE(load("null").plan.has_value());
}

TEST(PlanIo, SaveAndLoadAFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.plateau.json"));
    QString error;
    ASSERT_TRUE(savePlanFile(test::fullPlan(), path, &error)) << error.toStdString();
    const PlanLoadResult r = loadPlanFile(path);
    ASSERT_TRUE(r.ok()) << issueStrings(r.issues);
    EXPECT_EQ(*r.plan, test::fullPlan());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), planToJson(test::fullPlan()));
}

TEST(PlanIo, SaveIntoAMissingFolderFailsWithAReason)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/p.json"));
    QString error;
    EXPECT_FALSE(savePlanFile(TestPlan(), path, &error));
    EXPECT_TRUE(error.contains(path)) << error.toStdString();
    EXPECT_FALSE(QFile::exists(path));
}

TEST(PlanIo, MissingFileOrFolderIsReported)
{
    QTemporaryDir dir;
    const PlanLoadResult missing = loadPlanFile(dir.filePath(QStringLiteral("absent.json")));
    EXPECT_FALSE(missing.plan.has_value());
    ASSERT_EQ(missing.issues.size(), 1u);
    EXPECT_TRUE(missing.issues[0].message.contains(QStringLiteral("no such file")));
    const PlanLoadResult folder = loadPlanFile(dir.path());
    ASSERT_EQ(folder.issues.size(), 1u);
    EXPECT_TRUE(folder.issues[0].message.contains(QStringLiteral("directory")));
}

TEST(PlanIo, ShippedDemoFileLoadsCleanAndMatchesDemoPlan)
{
    const QString path = QStringLiteral(PLATEAU_SOURCE_DIR "/resources/demo.plateau.json");
    const TestPlan expected = demoPlan(QStringLiteral("http://127.0.0.1:8765"));
    // Regenerate after changing demoPlan(): PLATEAU_REGENERATE_DEMO=1 ./test_plan --gtest_filter=*Shipped*
    if (qEnvironmentVariableIsSet("PLATEAU_REGENERATE_DEMO")) {
        ASSERT_TRUE(savePlanFile(expected, path));
    }
    const PlanLoadResult r = loadPlanFile(path);
    ASSERT_TRUE(r.ok()) << issueStrings(r.issues);
    EXPECT_EQ(*r.plan, expected)
        << "resources/demo.plateau.json is stale; see the comment above to regenerate";
    EXPECT_TRUE(validatePlan(*r.plan).empty()) << issueStrings(validatePlan(*r.plan));
}

TEST(PlanIo, DuplicateKeysAreErrorsNamedByTheirPath)
{
    // nlohmann alone lets the last one win: a plan that says max_users twice would run one of them.
    const PlanLoadResult r = load(R"({"profile":{"max_users":60,"step_size":10,"max_users":600}})");
    EXPECT_FALSE(r.ok());
    ASSERT_EQ(r.issues.size(), 1u) << issueStrings(r.issues);
    EXPECT_TRUE(r.issues[0].toString().contains(QStringLiteral("profile.max_users: duplicate key")))
        << r.issues[0].toString();

    const PlanLoadResult inArray =
        load(R"({"targets":[{"label":"a"},{"label":"b","url":"http://x","label":"c"}]})");
    ASSERT_FALSE(inArray.issues.empty());
    EXPECT_TRUE(inArray.issues[0].toString().contains(QStringLiteral("targets[1].label: duplicate key")))
        << inArray.issues[0].toString();
    const PlanLoadResult top = load(R"({"name":"a","name":"b"})");
    ASSERT_FALSE(top.issues.empty());
    EXPECT_TRUE(top.issues[0].toString().contains(QStringLiteral("name: duplicate key")));
    // The same key in two different objects is not a duplicate.
    EXPECT_TRUE(load(R"({"targets":[{"label":"a"},{"label":"b"}]})").issues.empty());
}

TEST(PlanIo, AThresholdNeedsEveryPart)
{
    const PlanLoadResult r = load(R"({"thresholds":[{"metric":"latency_p95_ms","op":"<"},{"value":3}]})");
    EXPECT_EQ(issueStrings(r.issues),
              (QStringList{QStringLiteral("thresholds[0].value: missing: give it, e.g. \"value\": 2000"),
                           QStringLiteral(
                               "thresholds[1].metric: missing: give it, e.g. \"metric\": \"latency_p95_ms\""),
                           QStringLiteral("thresholds[1].op: missing: give it, e.g. \"op\": \"<\"")}));
    // A wrong type is reported once, as a wrong type.
    const PlanLoadResult wrong = load(R"({"thresholds":[{"metric":"failure_rate","op":"<","value":"x"}]})");
    EXPECT_EQ(issueStrings(wrong.issues),
              QStringList{QStringLiteral("thresholds[0].value: expected a number, got string")});
}

TEST(PlanIo, ASchemaOnePlanLoadsAsOnePhaseAndSavesAsSchemaTwo)
{
    const PlanLoadResult old =
        load(R"({"schema":1,"name":"x","targets":[{"label":"a","url":"http://127.0.0.1:1"}],
        "profile":{"kind":"step_ramp","max_users":40,"step_size":10,"step_duration_s":5},
        "thresholds":[{"metric":"latency_p95_ms","op":"<","value":900}]})");
    ASSERT_TRUE(old.ok()) << issueStrings(old.issues).join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(old.plan->phases.size(), 1u);
    EXPECT_EQ(old.plan->phases[0].name, QStringLiteral("load"));
    EXPECT_FALSE(old.plan->phases[0].gate);
    EXPECT_EQ(old.plan->profile().maxUsers, 40);
    EXPECT_EQ(old.plan->profile().stepSize, 10);
    EXPECT_TRUE(old.plan->thresholds[0].phase.isEmpty()) << "judged on every phase, as before";
    EXPECT_TRUE(validatePlan(*old.plan).empty());

    // Saved, it is a schema-2 plan with the same one phase, and loads back equal.
    const QByteArray saved = planToJson(*old.plan);
    const json doc = json::parse(saved.toStdString());
    EXPECT_EQ(doc["schema"], 2);
    EXPECT_FALSE(doc.contains("profile"));
    ASSERT_EQ(doc["phases"].size(), 1u);
    EXPECT_EQ(doc["phases"][0]["profile"]["max_users"], 40);
    const PlanLoadResult again = planFromJson(saved);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again.plan, *old.plan);
    EXPECT_EQ(planToJson(*again.plan), saved);
}

TEST(PlanIo, PhasesRoundTripWithGatesKindsAndThresholdPhases)
{
    TestPlan plan;
    plan.targets.push_back(Target{});
    plan.targets[0].label = QStringLiteral("a");
    plan.targets[0].url = QStringLiteral("http://127.0.0.1:1");
    Phase smoke;
    smoke.name = QStringLiteral("smoke");
    smoke.profile.kind = ProfileKind::Sustained;
    Phase rps;
    rps.name = QStringLiteral("rps");
    rps.gate = true;
    rps.profile.kind = ProfileKind::ArrivalRamp;
    rps.profile.startRate = 10;
    rps.profile.endRate = 100;
    rps.profile.rateSteps = 4;
    Phase sweep;
    sweep.name = QStringLiteral("sweep");
    sweep.profile.kind = ProfileKind::Sweep;
    sweep.profile.sweepOn = SweepOn::Users;
    sweep.profile.startUsers = 4;
    sweep.profile.sweepTolerance = 0.1;
    sweep.profile.sweepMaxSteps = 9;
    Phase linear;
    linear.name = QStringLiteral("linear");
    linear.profile.kind = ProfileKind::LinearRamp;
    plan.phases = {smoke, rps, sweep, linear};
    Threshold t;
    t.metric = QStringLiteral("failure_rate");
    t.op = QStringLiteral("<");
    t.value = 0.01;
    t.phase = QStringLiteral("smoke");
    plan.thresholds = {t};
    const PlanLoadResult back = planFromJson(planToJson(plan));
    ASSERT_TRUE(back.ok()) << issueStrings(back.issues).join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(*back.plan, plan);
}

TEST(PlanIo, PhasesAndProfileTogetherOrPhasesInSchemaOneAreErrors)
{
    EXPECT_EQ(
        issueStrings(load(R"({"schema":2,"profile":{},"phases":[{"name":"a"}]})").issues),
        QStringList{QStringLiteral("profile: give either \"profile\" (one phase) or \"phases\", not both")});
    EXPECT_EQ(
        issueStrings(load(R"({"schema":1,"phases":[{"name":"a"}]})").issues),
        QStringList{QStringLiteral("phases: phases need \"schema\": 2 (schema 1 has one \"profile\")")});
    const PlanLoadResult typo = load(
        R"({"schema":2,"phases":[{"name":"a","gates":true,"profile":{"kind":"sweep","sweep_of":"rate"}}]})");
    EXPECT_EQ(
        issueStrings(typo.issues),
        (QStringList{QStringLiteral("phases[0].gates: unknown field — did you mean gate?"),
                     QStringLiteral("phases[0].profile.sweep_of: unknown field — did you mean sweep_on?")}));
}

TEST(PlanIo, TheTlsSectionRoundTripsAndNamesItsFields)
{
    const PlanLoadResult r = load(R"({"tls":{"ca_file":"certs/ca.pem","client_certificate":"me.crt",
                                          "client_key":"me.key","insecure":true}})");
    ASSERT_TRUE(r.ok()) << issueStrings(r.issues);
    EXPECT_EQ(r.plan->tls.caFile, QStringLiteral("certs/ca.pem"));
    EXPECT_EQ(r.plan->tls.clientCertificate, QStringLiteral("me.crt"));
    EXPECT_EQ(r.plan->tls.clientKey, QStringLiteral("me.key"));
    EXPECT_TRUE(r.plan->tls.insecure);
    const PlanLoadResult again = planFromJson(planToJson(*r.plan));
    ASSERT_TRUE(again.ok()) << issueStrings(again.issues);
    EXPECT_EQ(*again.plan, *r.plan);
    // A default section is not written: plans without https stay as they were.
    EXPECT_FALSE(planToJson(TestPlan()).contains("\"tls\""));

    const PlanLoadResult typo = load(R"({"tls":{"ca_fle":"ca.pem"}})");
    ASSERT_FALSE(typo.issues.empty());
    EXPECT_TRUE(typo.issues[0].toString().startsWith(QStringLiteral("tls.ca_fle")))
        << typo.issues[0].toString();
    const PlanLoadResult wrongType = load(R"({"tls":{"insecure":"yes"}})");
    ASSERT_FALSE(wrongType.issues.empty());
    EXPECT_TRUE(wrongType.issues[0].toString().contains(QStringLiteral("tls.insecure")))
        << wrongType.issues[0].toString();

    TestPlan half;
    half.targets.push_back(Target{});
    half.targets.back().label = QStringLiteral("a");
    half.targets.back().url = QStringLiteral("https://agent.example");
    half.tls.clientCertificate = QStringLiteral("me.crt");
    bool named = false;
    for (const PlanIssue &i : validatePlan(half))
        named = named || i.toString().startsWith(QStringLiteral("tls.client_key: missing"));
    EXPECT_TRUE(named);
}

TEST(PlanIo, HostsPinNamesToAddressesAndAreChecked)
{
    const PlanLoadResult r = load(R"({"hosts":{"agent.example":["10.0.0.5","::1"],"b.example":"10.0.0.6"}})");
    ASSERT_TRUE(r.ok()) << issueStrings(r.issues);
    EXPECT_EQ(r.plan->hosts.value(QStringLiteral("agent.example")),
              (QStringList{QStringLiteral("10.0.0.5"), QStringLiteral("::1")}));
    EXPECT_EQ(r.plan->hosts.value(QStringLiteral("b.example")), QStringList{QStringLiteral("10.0.0.6")});
    const PlanLoadResult again = planFromJson(planToJson(*r.plan));
    ASSERT_TRUE(again.ok()) << issueStrings(again.issues);
    EXPECT_EQ(again.plan->hosts, r.plan->hosts);

    TestPlan plan;
    plan.targets.push_back(Target{});
    plan.targets.back().label = QStringLiteral("a");
    plan.targets.back().url = QStringLiteral("https://agent.example");
    plan.hosts.insert(QStringLiteral("agent.example"), {QStringLiteral("not-an-address")});
    plan.hosts.insert(QStringLiteral("10.0.0.1"), {QStringLiteral("10.0.0.2")});
    const QString issues = issueStrings(validatePlan(plan)).join(QLatin1Char('\n'));
    EXPECT_TRUE(
        issues.contains(QStringLiteral("hosts.agent.example: \"not-an-address\" is not an IP address")))
        << issues.toStdString();
    EXPECT_TRUE(issues.contains(QStringLiteral("hosts.10.0.0.1: must be a host name")))
        << issues.toStdString();
    plan.hosts.clear();
    plan.hosts.insert(QStringLiteral("agent.example"), {QStringLiteral("10.0.0.5")});
    plan.request.transport = TransportKind::Qnam;
    EXPECT_TRUE(issueStrings(validatePlan(plan))
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("hosts: the qnam transport")));
}
