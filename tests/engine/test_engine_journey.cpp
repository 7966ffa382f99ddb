// A journey against the built-in mock agent: log-in -> session -> chat. Per-tag counts match what the mock
// served per endpoint, extracted tokens and session ids reach the next step, a tagged threshold fails the
// run naming its tag, and the environment guard keeps the load off a host that is not a test one.

#include "core/engine/loadengine.h"
#include "core/metrics/runobserver.h"
#include "core/mock/mockagent.h"
#include "tests/engine/enginetestutil.h"

#include <QFile>
#include <QThread>
#include <gtest/gtest.h>

using namespace plateau;
using namespace plateau::test;

namespace {

const std::vector<UserAccount> kAccounts = {{QStringLiteral("ana"), QByteArrayLiteral("pw-a")},
                                            {QStringLiteral("bob"), QByteArrayLiteral("pw-b")}};

MockConfig mockConfig(std::vector<UserAccount> accounts = kAccounts)
{
    MockConfig c;
    c.chunkCount = 4;
    c.chunkDelayMs = 5;
    c.toolCalls = 0;
    c.accounts = std::move(accounts);
    return c;
}

QString writeUsers(const QTemporaryDir &dir, const QByteArray &json)
{
    const QString path = dir.filePath(QStringLiteral("users.json"));
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(json);
    return path;
}

JourneyStep step(const QString &name, const QString &path, bool once)
{
    JourneyStep s;
    s.name = name;
    s.tag = name;
    s.path = path;
    s.once = once;
    return s;
}

Header header(const QString &name, const QString &value)
{
    Header h;
    h.name = name;
    h.value = value;
    return h;
}

// The runbook's journey: a log-in with the user's account, a session with the token, then chats in it.
// tokenPath: where the log-in answer's token is read from ($.token_type is a plan's mistake: a wrong token).
Journey runbookJourney(const QString &usersFile, const QString &tokenPath = QStringLiteral("$.access_token"))
{
    Journey j;
    j.usersFile = usersFile;
    JourneyStep login = step(QStringLiteral("auth"), QStringLiteral("/api/auth/login-json"), true);
    login.body = QStringLiteral(R"({"username":"{{user.username}}","password":"{{user.password}}"})");
    login.extract = {{QStringLiteral("token"), tokenPath}};
    JourneyStep session = step(QStringLiteral("session"), QStringLiteral("/api/sessions"), true);
    session.headers = {header(QStringLiteral("Authorization"), QStringLiteral("Bearer {{token}}"))};
    session.body = QStringLiteral("{}");
    session.extract = {{QStringLiteral("session_id"), QStringLiteral("$.id")}};
    JourneyCheck created;
    created.statuses = {201};
    session.checks = {created};
    JourneyStep chat = step(QStringLiteral("chat"), QStringLiteral("/api/chat"), false);
    chat.stream = true;
    chat.headers = {header(QStringLiteral("Authorization"), QStringLiteral("Bearer {{token}}"))};
    chat.body = QStringLiteral(R"({"session_id":"{{session_id}}","message":"{{prompt}}","stream":true})");
    JourneyCheck done;
    done.kind = CheckKind::StreamDone;
    chat.checks = {JourneyCheck{}, done};
    j.steps = {login, session, chat};
    return j;
}

TestPlan journeyPlan(const MockAgent &mock, const Journey &journey, int users = 3, double seconds = 2)
{
    TestPlan plan = localPlan(mock.baseUrl());
    LoadProfile p;
    p.kind = ProfileKind::Sustained;
    p.sustainedUsers = users;
    p.durationS = seconds;
    p.spawnRate = 1000;
    p.settleS = 0;
    plan.profile() = p;
    plan.journey = journey;
    return plan;
}

// Waits until the mock holds nothing in flight: every request the engine sent has been counted.
MockCounters settled(MockAgent &mock)
{
    for (int i = 0; i < 400; ++i) {
        const MockCounters c = mock.counters();
        if (c.inFlight == 0 && c.queued == 0)
            return c;
        QThread::msleep(5);
    }
    return mock.counters();
}

const TagOutcome *tagOf(const TargetOutcome &o, const QString &tag)
{
    for (const TagOutcome &t : o.tags)
        if (t.tag == tag)
            return &t;
    return nullptr;
}

// Keeps the failure details the workers wrote, which is where a log-in's diagnosis goes.
class DetailCollector : public RunObserver
{
public:
    void targetStarted(int, const Target &, const QString &, std::int64_t) override {}
    void targetSkipped(int, const Target &, const QString &, const QString &) override {}
    void requestsRecorded(const std::vector<RequestRecord> &, const QStringList &details) override
    {
        for (const QString &d : details)
            if (!d.isEmpty())
                m_details.append(d);
    }
    void intervalRecorded(const IntervalSnapshot &, const MetricSet &) override {}
    void targetFinished(const TargetOutcome &, const MetricSet &) override {}
    void runFinished(RunOutcome &) override {}
    QString error() const override { return {}; }
    QStringList m_details;
};

std::uint64_t sent(const TagOutcome &t)
{
    return t.total.completed + t.cancelled;
}

} // namespace

TEST(EngineJourney, PerTagCountsEqualWhatTheMockServedPerEndpoint)
{
    MockAgent mock(mockConfig());
    ASSERT_TRUE(mock.start());
    QTemporaryDir dir;
    const QString users =
        writeUsers(dir, R"([{"username":"ana","password":"pw-a"},{"username":"bob","password":"pw-b"}])");
    const EngineRun run = runEngine(journeyPlan(mock, runbookJourney(users)));
    const MockCounters c = settled(mock);
    ASSERT_EQ(run.outcome.targets.size(), 1u);
    const TargetOutcome &o = run.outcome.targets[0];
    ASSERT_EQ(o.tags.size(), 3u);
    const TagOutcome *auth = tagOf(o, QStringLiteral("auth"));
    const TagOutcome *session = tagOf(o, QStringLiteral("session"));
    const TagOutcome *chat = tagOf(o, QStringLiteral("chat"));
    ASSERT_TRUE(auth && session && chat);
    EXPECT_TRUE(chat->key);
    EXPECT_FALSE(auth->key);

    EXPECT_EQ(sent(*auth), c.apiLogins);
    EXPECT_EQ(sent(*session), c.apiSessions);
    EXPECT_EQ(sent(*chat), c.apiChats);
    EXPECT_EQ(auth->total.completed, 3u) << "each of the three users logs in once";
    EXPECT_EQ(session->total.completed, 3u);
    EXPECT_GT(chat->total.ok, 3u);
    // The tokens and session ids the mock handed out are the ones the next steps sent.
    EXPECT_EQ(c.loginsRefused, 0u);
    EXPECT_EQ(c.tokensRefused, 0u);
    EXPECT_EQ(c.sessionsRefused, 0u);
    EXPECT_EQ(auth->total.ok, 3u);
    EXPECT_EQ(chat->checkRate(), 1.0);
    EXPECT_EQ(session->checkRate(), 1.0);
    // The key tag makes the run's own figures.
    EXPECT_EQ(o.total.completed, chat->total.completed);
    EXPECT_EQ(run.outcome.exitCode(), kExitPassed);
}

TEST(EngineJourney, AWrongTokenIsRejectedAndTheUserNeverChats)
{
    MockAgent mock(mockConfig());
    ASSERT_TRUE(mock.start());
    QTemporaryDir dir;
    const QString users = writeUsers(dir, R"([{"username":"ana","password":"pw-a"}])");
    const EngineRun run =
        runEngine(journeyPlan(mock, runbookJourney(users, QStringLiteral("$.token_type")), 2, 1.5));
    const MockCounters c = settled(mock);
    const TargetOutcome &o = run.outcome.targets.at(0);
    const TagOutcome *session = tagOf(o, QStringLiteral("session"));
    ASSERT_TRUE(session);
    EXPECT_GT(c.tokensRefused, 0u);
    EXPECT_EQ(c.tokensRefused, c.apiSessions);
    EXPECT_EQ(session->total.ok, 0u);
    EXPECT_EQ(c.apiChats, 0u) << "a user whose session failed starts over; it never chats without one";
    EXPECT_NE(run.outcome.exitCode(), kExitPassed);
}

TEST(EngineJourney, AnAccountTheServerDoesNotKnowIsDiagnosed)
{
    MockAgent mock(mockConfig());
    ASSERT_TRUE(mock.start());
    QTemporaryDir dir;
    const QString users = writeUsers(dir, R"([{"username":"carol","password":"pw-c"}])");
    DetailCollector details;
    EngineOptions options;
    options.observers = {&details};
    const EngineRun run = runEngine(journeyPlan(mock, runbookJourney(users), 1, 1.5), options);
    const MockCounters c = settled(mock);
    ASSERT_FALSE(details.m_details.isEmpty());
    EXPECT_TRUE(details.m_details.front().contains(QLatin1String("log-in failed for user 'carol'")))
        << details.m_details.front().toStdString();
    EXPECT_TRUE(details.m_details.front().contains(QLatin1String("create the account first")));
    EXPECT_FALSE(details.m_details.join(QLatin1Char(' ')).contains(QLatin1String("pw-c"))) << "no password";
    EXPECT_GT(c.loginsRefused, 0u);
    EXPECT_EQ(c.apiSessions, 0u);
    const TagOutcome *auth = tagOf(run.outcome.targets.at(0), QStringLiteral("auth"));
    ASSERT_TRUE(auth);
    EXPECT_EQ(auth->total.ok, 0u);
    EXPECT_GT(serverFailureCount(auth->total.failures), 0u);
}

TEST(EngineJourney, ATaggedThresholdFailsTheRunAndNamesItsTag)
{
    MockAgent mock(mockConfig());
    ASSERT_TRUE(mock.start());
    QTemporaryDir dir;
    const QString users = writeUsers(dir, R"([{"username":"ana","password":"pw-a"}])");
    TestPlan plan = journeyPlan(mock, runbookJourney(users), 2, 1.5);
    Threshold tight;
    tight.metric = QStringLiteral("latency_p95_ms");
    tight.op = QStringLiteral("<");
    tight.value = 0.001; // no log-in answers in a microsecond
    tight.tag = QStringLiteral("auth");
    tight.scope = ThresholdScope::Run;
    Threshold loose = tight;
    loose.tag = QStringLiteral("chat");
    loose.value = 60000;
    plan.thresholds = {tight, loose};
    const EngineRun run = runEngine(plan);
    ASSERT_EQ(run.outcome.targets.size(), 1u);
    const std::vector<ThresholdResult> &r = run.outcome.targets[0].thresholds;
    ASSERT_EQ(r.size(), 2u);
    EXPECT_EQ(r[0].tag, QStringLiteral("auth"));
    EXPECT_FALSE(r[0].passed);
    EXPECT_GT(r[0].actual, 0.001);
    EXPECT_EQ(r[1].tag, QStringLiteral("chat"));
    EXPECT_TRUE(r[1].passed);
    EXPECT_FALSE(run.outcome.thresholdsPassed);
    EXPECT_EQ(run.outcome.exitCode(), kExitFailed);
}

TEST(EngineJourney, TheThresholdSetTheRunChoosesIsJudged)
{
    MockAgent mock(mockConfig());
    ASSERT_TRUE(mock.start());
    QTemporaryDir dir;
    const QString users = writeUsers(dir, R"([{"username":"ana","password":"pw-a"}])");
    TestPlan plan = journeyPlan(mock, runbookJourney(users), 1, 1);
    Threshold never;
    never.metric = QStringLiteral("failure_rate");
    never.op = QStringLiteral(">");
    never.value = 2; // no run has more than all of its requests failed
    plan.thresholdSets = {{QStringLiteral("live"), {never}}, {QStringLiteral("mock"), {}}};
    plan.thresholdSet = QStringLiteral("live");
    EXPECT_EQ(runEngine(plan).outcome.exitCode(), kExitFailed);
    QString error;
    ASSERT_TRUE(applyThresholdSet(plan, QStringLiteral("mock"), &error)) << error.toStdString();
    EXPECT_EQ(runEngine(plan).outcome.exitCode(), kExitPassed);
    EXPECT_FALSE(applyThresholdSet(plan, QStringLiteral("staging"), &error));
    EXPECT_TRUE(error.contains(QLatin1String("live, mock"))) << error.toStdString();
}

TEST(EngineJourney, TheGuardSkipsAProductionHostUnlessTheRunAllowsIt)
{
    MockConfig cfg = mockConfig();
    cfg.appEnv = QStringLiteral("prod");
    MockAgent mock(cfg);
    ASSERT_TRUE(mock.start());
    QTemporaryDir dir;
    const QString users = writeUsers(dir, R"([{"username":"ana","password":"pw-a"}])");
    TestPlan plan = journeyPlan(mock, runbookJourney(users), 1, 1);
    plan.guard.enabled = true;

    const EngineRun refused = runEngine(plan);
    MockCounters c = settled(mock);
    EXPECT_TRUE(refused.outcome.guardRefused);
    EXPECT_EQ(refused.outcome.exitCode(), kExitFailed);
    EXPECT_EQ(c.health, 1u);
    EXPECT_EQ(c.apiLogins + c.apiSessions + c.apiChats + c.invocations, 0u)
        << "nothing but the check was sent";
    const TargetOutcome &o = refused.outcome.targets.at(0);
    EXPECT_EQ(o.phase, TargetPhase::Skipped);
    EXPECT_TRUE(o.guardDetail.contains(QLatin1String("prod"))) << o.guardDetail.toStdString();
    EXPECT_TRUE(o.detail.contains(QLatin1String("--allow-non-test"))) << o.detail.toStdString();

    EngineOptions allow;
    allow.allowNonTest = true;
    const EngineRun allowed = runEngine(plan, allow);
    c = settled(mock);
    EXPECT_FALSE(allowed.outcome.guardRefused);
    EXPECT_TRUE(allowed.outcome.targets.at(0).guardOverridden);
    EXPECT_GT(c.apiChats, 0u);
    EXPECT_EQ(allowed.outcome.exitCode(), kExitPassed);
}

TEST(EngineJourney, TheGuardLetsATestHostThrough)
{
    MockAgent mock(mockConfig());
    ASSERT_TRUE(mock.start());
    QTemporaryDir dir;
    const QString users = writeUsers(dir, R"([{"username":"bob","password":"pw-b"}])");
    TestPlan plan = journeyPlan(mock, runbookJourney(users), 1, 1);
    plan.guard.enabled = true;
    const EngineRun run = runEngine(plan);
    EXPECT_FALSE(run.outcome.guardRefused);
    EXPECT_FALSE(run.outcome.targets.at(0).guardOverridden);
    EXPECT_TRUE(run.outcome.targets.at(0).guardDetail.contains(QLatin1String("test")));
    EXPECT_EQ(run.outcome.exitCode(), kExitPassed);
}
