// Journeys in the plan: the file form round-trips, every mistake names its field, the path syntax and the
// templates do what the steps need.
#include "core/plan/jsonpath.h"
#include "core/plan/planio.h"
#include "core/plan/template.h"
#include "plantestdata.h"

#include <gtest/gtest.h>

using namespace plateau;
using plateau::test::issueStrings;
using plateau::test::validPlan;

namespace {

const char *kJourneyPlan = R"({
  "schema": 2,
  "name": "auth-session-chat",
  "targets": [{"label": "backend", "url": "http://127.0.0.1:8000"}],
  "phases": [{"name": "smoke", "profile": {"kind": "sustained", "sustained_users": 5, "duration_s": 45}}],
  "journey": {
    "users_file": "users.json",
    "steps": [
      {"name": "login", "tag": "auth", "once": true, "method": "POST", "path": "/api/auth/login-json",
       "body": {"username": "{{user.username}}", "password": "{{user.password}}"},
       "extract": {"token": "$.access_token"},
       "checks": [{"status": 200}, {"json": "$.access_token", "exists": true}]},
      {"name": "session", "tag": "session", "once": true, "path": "/api/sessions",
       "headers": [{"name": "Authorization", "value": "Bearer {{token}}"}], "body": "{}",
       "extract": {"session_id": "$.id"}, "checks": [{"status": [200, 201]}]},
      {"name": "chat", "tag": "chat", "path": "/api/chat", "stream": true,
       "headers": [{"name": "Authorization", "value": "Bearer {{token}}"}],
       "body": {"session_id": "{{session_id}}", "message": "{{prompt}}", "stream": true},
       "think_min_s": 2, "think_max_s": 8, "checks": [{"status": 200}, {"done": true}]}
    ]
  },
  "environment_guard": {"path": "/api/health", "field": "$.app_env", "equals": "test"},
  "thresholds": [{"metric": "checks", "op": ">", "value": 0.99, "tag": "auth"}],
  "threshold_sets": {
    "live": [{"metric": "latency_p95_ms", "op": "<", "value": 45000, "tag": "chat"}],
    "mock": [{"metric": "latency_p95_ms", "op": "<", "value": 1200}]
  },
  "threshold_set": "live"
})";

TestPlan journeyPlan()
{
    const PlanLoadResult r = planFromJson(QByteArray(kJourneyPlan));
    EXPECT_TRUE(r.ok()) << issueStrings(r.issues).join(QLatin1Char('\n')).toStdString();
    return r.plan.value_or(TestPlan{});
}

QStringList problems(const TestPlan &p)
{
    return issueStrings(validatePlan(p));
}

bool hasProblemAt(const QStringList &problems, const QString &path)
{
    for (const QString &p : problems)
        if (p.startsWith(path + QStringLiteral(": ")))
            return true;
    return false;
}

} // namespace

TEST(Journey, TheRunbookJourneyLoadsAndValidates)
{
    const TestPlan p = journeyPlan();
    ASSERT_EQ(p.journey.steps.size(), 3u);
    EXPECT_EQ(problems(p), QStringList());
    EXPECT_EQ(p.journey.tags(), (QStringList{"auth", "session", "chat"}));
    EXPECT_EQ(p.journey.effectiveKeyTag(), QStringLiteral("chat")); // the repeated streaming step
    EXPECT_EQ(p.journey.keyTagIndex(), 2);
    const JourneyStep &login = p.journey.steps[0];
    EXPECT_TRUE(login.once);
    // A JSON body is kept as its compact text, placeholders and all.
    EXPECT_EQ(login.body,
              QStringLiteral(R"({"password":"{{user.password}}","username":"{{user.username}}"})"));
    ASSERT_EQ(login.extract.size(), 1u);
    EXPECT_EQ(login.extract[0].variable, QStringLiteral("token"));
    ASSERT_EQ(login.checks.size(), 2u);
    EXPECT_EQ(login.checks[1].kind, CheckKind::JsonExists);
    EXPECT_EQ(p.journey.steps[1].checks[0].statuses, (std::vector<int>{200, 201}));
    EXPECT_EQ(p.journey.steps[2].checks[1].kind, CheckKind::StreamDone);
    EXPECT_TRUE(p.guard.enabled);
    EXPECT_EQ(p.thresholds[0].tag, QStringLiteral("auth"));
    ASSERT_EQ(p.thresholdSets.size(), 2u);
    EXPECT_EQ(p.thresholdSet, QStringLiteral("live"));
    EXPECT_EQ(journeyCheckNames(login),
              (QStringList{"status 200", "$.access_token exists", "token <- $.access_token"}));
}

TEST(Journey, SavesAndLoadsBackByteForByte)
{
    const TestPlan p = journeyPlan();
    const QByteArray saved = planToJson(p);
    const PlanLoadResult again = planFromJson(saved);
    ASSERT_TRUE(again.ok()) << issueStrings(again.issues).join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(*again.plan, p);
    EXPECT_EQ(planToJson(*again.plan), saved);
    // A plan without a journey writes none of the new sections, as before.
    const QByteArray plain = planToJson(validPlan());
    EXPECT_FALSE(plain.contains("journey"));
    EXPECT_FALSE(plain.contains("environment_guard"));
    EXPECT_FALSE(plain.contains("threshold_set"));
}

TEST(Journey, UnknownKeysInStepsChecksAndSetsAreReported)
{
    QByteArray text(kJourneyPlan);
    text.replace("\"once\": true, \"method\"", "\"onse\": true, \"method\"");
    text.replace("{\"metric\": \"latency_p95_ms\", \"op\": \"<\", \"value\": 1200}",
                 "{\"metric\": \"latency_p95_ms\", \"op\": \"<\", \"value\": 1200, \"tga\": \"x\"}");
    text.replace("{\"done\": true}", "{\"done\": true, \"nmae\": \"x\"}");
    const QStringList issues = issueStrings(planFromJson(text).issues);
    EXPECT_TRUE(hasProblemAt(issues, QStringLiteral("journey.steps[0].onse")))
        << issues.join('\n').toStdString();
    EXPECT_TRUE(hasProblemAt(issues, QStringLiteral("threshold_sets.mock[0].tga")))
        << issues.join('\n').toStdString();
    EXPECT_TRUE(hasProblemAt(issues, QStringLiteral("journey.steps[2].checks[1].nmae")))
        << issues.join('\n').toStdString();
}

TEST(Journey, ACheckGivesExactlyOneKind)
{
    QByteArray text(kJourneyPlan);
    text.replace("{\"status\": 200}, {\"json\"", "{\"status\": 200, \"done\": true}, {\"json\"");
    const QStringList issues = issueStrings(planFromJson(text).issues);
    EXPECT_TRUE(hasProblemAt(issues, QStringLiteral("journey.steps[0].checks[0]")))
        << issues.join('\n').toStdString();
}

TEST(Journey, EveryMistakeNamesItsField)
{
    TestPlan p = journeyPlan();
    p.journey.steps[2].body.replace(QStringLiteral("{{session_id}}"), QStringLiteral("{{sesion_id}}"));
    p.journey.steps[0].path = QStringLiteral("api/login");
    p.journey.steps[1].extract[0].path = QStringLiteral("$.data[x]");
    JourneyCheck done;
    done.kind = CheckKind::StreamDone;
    p.journey.steps[0].checks.push_back(done);
    p.journey.steps[2].headers.push_back(
        Header{QStringLiteral("Authorization"), QStringLiteral("Bearer abc123")});
    p.thresholds.push_back(Threshold{QStringLiteral("latency_p95_ms"), QStringLiteral("<"), 500});
    p.thresholds.back().tag = QStringLiteral("billing");
    p.thresholdSet = QStringLiteral("staging");
    const QStringList issues = problems(p);
    EXPECT_TRUE(hasProblemAt(issues, QStringLiteral("journey.steps[2].body")))
        << issues.join('\n').toStdString();
    EXPECT_TRUE(
        issues.join('\n').contains(QStringLiteral("{{sesion_id}} is not extracted by an earlier step")));
    EXPECT_TRUE(hasProblemAt(issues, QStringLiteral("journey.steps[0].path")));
    EXPECT_TRUE(hasProblemAt(issues, QStringLiteral("journey.steps[1].extract.session_id")));
    EXPECT_TRUE(hasProblemAt(issues, QStringLiteral("journey.steps[0].checks[2].done")));
    EXPECT_TRUE(hasProblemAt(issues, QStringLiteral("journey.steps[2].headers[1].value")));
    EXPECT_TRUE(hasProblemAt(issues, QStringLiteral("thresholds[1].tag")));
    EXPECT_TRUE(hasProblemAt(issues, QStringLiteral("threshold_set")));
}

TEST(Journey, OnceStepsComeFirstAndOneStepRepeats)
{
    TestPlan p = journeyPlan();
    std::swap(p.journey.steps[0], p.journey.steps[2]);
    EXPECT_TRUE(hasProblemAt(problems(p), QStringLiteral("journey.steps")));
    p = journeyPlan();
    p.journey.steps[2].once = true;
    EXPECT_TRUE(problems(p).join('\n').contains(QStringLiteral("at least one step must repeat")));
}

TEST(Journey, AccountPlaceholdersNeedAUsersFile)
{
    TestPlan p = journeyPlan();
    p.journey.usersFile.clear();
    EXPECT_TRUE(problems(p).join('\n').contains(QStringLiteral("needs the journey's users_file")));
}

TEST(Journey, ThresholdSetsAddTheChosenGates)
{
    const TestPlan p = journeyPlan();
    EXPECT_EQ(activeThresholds(p).size(), 2u); // the plan's one and "live"'s one
    EXPECT_EQ(activeThresholds(p, QStringLiteral("mock")).back().tag, QString());
    TestPlan applied = p;
    QString error;
    ASSERT_TRUE(applyThresholdSet(applied, QStringLiteral("mock"), &error));
    EXPECT_EQ(applied.thresholdSet, QStringLiteral("mock"));
    EXPECT_TRUE(validatePlan(applied).empty());
    const std::vector<Threshold> judged = activeThresholds(applied);
    ASSERT_EQ(judged.size(), 2u);
    EXPECT_EQ(judged[1].value, 1200);
    TestPlan unknown = p;
    EXPECT_FALSE(applyThresholdSet(unknown, QStringLiteral("prod"), &error));
    EXPECT_EQ(unknown, p);
    EXPECT_TRUE(error.contains(QStringLiteral("live, mock"))) << error.toStdString();
}

TEST(JsonPath, DollarPathsAndPointersFindTheSameValues)
{
    const JsonAnswer answer(
        QByteArray(R"({"access_token":"t1","data":[{"id":7},{"id":"s-2"}],"odd key":true})"));
    ASSERT_TRUE(answer.valid());
    const auto find = [&](const char *path) {
        const std::optional<JsonPath> p = JsonPath::compile(QString::fromUtf8(path));
        EXPECT_TRUE(p.has_value()) << path;
        return p ? answer.lookup(*p) : JsonLookup{};
    };
    EXPECT_EQ(find("$.access_token").value, QStringLiteral("t1"));
    EXPECT_EQ(find("$.data[1].id").value, QStringLiteral("s-2"));
    EXPECT_EQ(find("/data/1/id").value, QStringLiteral("s-2"));
    EXPECT_EQ(find("$.data[0].id").value, QStringLiteral("7"));
    EXPECT_EQ(find("$['odd key']").value, QStringLiteral("true"));
    EXPECT_FALSE(find("$.data[5].id").found);
    EXPECT_FALSE(find("$.access_token.x").found);
    EXPECT_FALSE(find("/data/x").found); // not an index of an array: not found, no exception
    EXPECT_TRUE(answer.equals(*JsonPath::compile(QStringLiteral("$.data[0].id")), QStringLiteral("7")));
    EXPECT_TRUE(answer.equals(*JsonPath::compile(QStringLiteral("$.access_token")), QStringLiteral("t1")));
    EXPECT_TRUE(
        answer.equals(*JsonPath::compile(QStringLiteral("$.access_token")), QStringLiteral("\"t1\"")));
    EXPECT_FALSE(answer.equals(*JsonPath::compile(QStringLiteral("$.data[0].id")), QStringLiteral("\"7\"")));
}

TEST(JsonPath, BadPathsNameTheCharacter)
{
    QString error;
    EXPECT_FALSE(JsonPath::compile(QStringLiteral("$.data[x]"), &error));
    EXPECT_EQ(error, QStringLiteral("$.data[x]: character 8: expected a digit or a quote after '['"));
    EXPECT_FALSE(JsonPath::compile(QStringLiteral("access_token"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("starts with")));
    EXPECT_FALSE(JsonPath::compile(QStringLiteral("$..a"), &error));
}

TEST(JsonPath, HostileAnswersAreNotJsonAndNeverThrow)
{
    EXPECT_FALSE(JsonAnswer(QByteArray()).valid());
    EXPECT_FALSE(JsonAnswer(QByteArray("<html>")).valid());
    EXPECT_FALSE(JsonAnswer(QByteArray(100000, '[')).valid()); // deeper than the parser allows
    EXPECT_FALSE(JsonAnswer(QByteArray(JsonAnswer::kMaxBytes + 1, ' ')).valid());
}

TEST(Template, ReplacesKnownNamesAndEscapesForTheirPlace)
{
    const QString token = QStringLiteral("a\"b");
    const QString id = QStringLiteral("s 1/2");
    const TemplateLookup lookup = [&](QStringView n) -> const QString * {
        if (n == u"token")
            return &token;
        if (n == u"session_id")
            return &id;
        return nullptr;
    };
    EXPECT_EQ(renderTemplate(u"{\"t\":\"{{token}}\",\"x\":\"{{other}}\"}", lookup, TemplateEscape::Json),
              QByteArray(R"({"t":"a\"b","x":"{{other}}"})"));
    EXPECT_EQ(renderTemplate(u"Bearer {{token}}", lookup, TemplateEscape::None), QByteArray("Bearer a\"b"));
    EXPECT_EQ(renderTemplate(u"/api/sessions/{{session_id}}", lookup, TemplateEscape::Url),
              QByteArray("/api/sessions/s%201%2F2"));
    EXPECT_EQ(templateNames(u"{{a}} {{ b }} {{user.username}} {{}}"), (QStringList{"a", "user.username"}));
}
