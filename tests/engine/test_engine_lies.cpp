// The engine against servers that lie (docs/architecture.md, "The wire"): every failure class is detected and
// counted apart, nothing crashes, and the run folder stays readable.

#include "core/report/runsummary.h"
#include "tests/engine/enginetestutil.h"
#include "tests/engine/rawhttpserver.h"
#include "tests/engine/recordedrun.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <atomic>
#include <gtest/gtest.h>

using namespace plateau;
using namespace plateau::test;

namespace {

QByteArray delta(const char *text)
{
    return QByteArray(R"({"type":"response.output_text.delta","delta":")") + text + "\"}";
}

// Runs 2 users for about a second against a server that answers every request with `script`.
TargetOutcome runAgainst(const std::function<Script(const RawRequest &)> &handler,
                         const std::function<void(TestPlan &)> &tweak = {}, QString *runDir = nullptr)
{
    RawHttpServer server;
    EXPECT_TRUE(server.listen());
    server.setHandler(handler);
    TestPlan plan = localPlan(server.url(QString()).toString());
    plan.profile().kind = ProfileKind::Sustained;
    plan.profile().sustainedUsers = 2;
    plan.profile().durationS = 1.2;
    plan.profile().settleS = 0.1;
    plan.request.idleTimeoutS = 0.3;
    plan.request.totalTimeoutS = 5;
    plan.request.connectTimeoutS = 0.5;
    if (tweak)
        tweak(plan);
    QTemporaryDir dir;
    EngineRun run = runDir ? runEngineRecorded(plan, dir.path(), QStringLiteral("lies"), {}, 60000)
                           : runEngine(plan, {}, 60000);
    if (runDir) {
        // The caller inspects the folder: keep it.
        dir.setAutoRemove(false);
        *runDir = run.outcome.runDir;
    }
    EXPECT_EQ(run.outcome.targets.size(), 1u);
    return run.outcome.targets.empty() ? TargetOutcome{} : run.outcome.targets[0];
}

std::uint64_t count(const TargetOutcome &o, FailureClass c)
{
    return o.total.failures[size_t(c)];
}

// Every finished request failed, and all of them in class c.
void expectOnly(const TargetOutcome &o, FailureClass c)
{
    EXPECT_GT(o.total.completed, 0u);
    EXPECT_EQ(o.total.ok, 0u);
    EXPECT_EQ(count(o, c), o.total.completed) << "class " << failureClassKey(c);
}

} // namespace

TEST(EngineLies, StreamWithoutDoneIsNoDone)
{
    const auto o = runAgainst([](const RawRequest &) {
        return Script::sse({delta("a"), delta("b")}, 0, false);
    });
    expectOnly(o, FailureClass::NoDone);
}

TEST(EngineLies, DoneWithoutTextIsNoTextDelta)
{
    const auto o = runAgainst(
        [](const RawRequest &) { return Script::sse({R"({"type":"response.created"})"}, 0, true); });
    expectOnly(o, FailureClass::NoTextDelta);
}

TEST(EngineLies, GarbageEventsWithoutDoneFail)
{
    const auto o = runAgainst([](const RawRequest &) {
        return Script::chunked(
            200, "text/event-stream",
            {QByteArray("\x01\xff\xfe garbage\n\n", 15), QByteArray("data: {not json\n\n")});
    });
    expectOnly(o, FailureClass::NoDone);
}

TEST(EngineLies, ErrorEventWithHttp200IsAStreamError)
{
    const auto o = runAgainst([](const RawRequest &) {
        return Script::sse({delta("a"), R"({"error":"upstream model overloaded"})"}, 0, true);
    });
    expectOnly(o, FailureClass::StreamError);
}

TEST(EngineLies, TenMegabyteEventIsAProtocolErrorNotAnOom)
{
    const QByteArray huge = "data: " + QByteArray(10 * 1024 * 1024, 'x');
    const auto o = runAgainst(
        [huge](const RawRequest &) { return Script::chunked(200, "text/event-stream", {huge}, 0); });
    expectOnly(o, FailureClass::Protocol);
}

TEST(EngineLies, StallIsAStallTimeout)
{
    const auto o = runAgainst([](const RawRequest &) {
        Script s = Script::chunked(200, "text/event-stream", {}, 0);
        s.writes.resize(1); // the head only: no chunk, no end
        s.write(Script::chunk("data: " + delta("a") + "\n\n"));
        return s.thenStall();
    });
    expectOnly(o, FailureClass::StallTimeout);
}

TEST(EngineLies, SlowTrickleHitsTheTotalDeadline)
{
    const auto o = runAgainst(
        [](const RawRequest &) {
            std::vector<QByteArray> events(40, delta("a"));
            return Script::sse(events, 100, true); // 4 s of events, one every 100 ms
        },
        [](TestPlan &p) {
            p.request.idleTimeoutS = 0.3;
            p.request.totalTimeoutS = 0.5;
            p.profile().durationS = 2;
        });
    expectOnly(o, FailureClass::TotalTimeout);
}

TEST(EngineLies, WrongContentTypeIsCountedApart)
{
    const auto o = runAgainst([](const RawRequest &) {
        return Script::response(200, R"({"output":"not a stream"})", "application/json");
    });
    expectOnly(o, FailureClass::ContentType);
}

TEST(EngineLies, RedirectToALoginPageIsARedirect)
{
    const auto o = runAgainst([](const RawRequest &) {
        return Script::response(302, "", "text/html", {{"Location", "https://login.example.invalid/oauth"}});
    });
    expectOnly(o, FailureClass::Redirect);
}

TEST(EngineLies, RateLimitIsCountedApartFromOtherStatuses)
{
    std::atomic<int> n{0}; // the handler runs on the server's thread
    const auto o = runAgainst([&n](const RawRequest &) {
        // Alternate 429 and 503: both classes must show up, apart.
        return (n++ % 2) ? Script::response(429, "slow down", "text/plain", {{"Retry-After", "1"}})
                         : Script::response(503, "unavailable");
    });
    EXPECT_GT(count(o, FailureClass::RateLimited), 0u);
    EXPECT_GT(count(o, FailureClass::HttpStatus), 0u);
    EXPECT_EQ(count(o, FailureClass::RateLimited) + count(o, FailureClass::HttpStatus), o.total.completed);
}

TEST(EngineLies, MalformedStatusLineIsAProtocolError)
{
    const auto o = runAgainst(
        [](const RawRequest &) { return Script().write("HTTQ/9 two hundred\r\n\r\n").thenClose(); });
    expectOnly(o, FailureClass::Protocol);
}

TEST(EngineLies, ChatCompletionsStreamsAreUnderstood)
{
    const auto o = runAgainst(
        [](const RawRequest &) {
            return Script::sse(
                {R"({"choices":[{"delta":{"role":"assistant"}}]})",
                 R"({"choices":[{"delta":{"content":"Hel"}}]})",
                 R"({"choices":[{"delta":{"content":"lo"}}],"usage":{"completion_tokens":2}})"},
                2, true);
        },
        [](TestPlan &p) {
            p.request.body =
                QStringLiteral(R"({"messages":[{"role":"user","content":"{{prompt}}"}],"stream":true})");
        });
    EXPECT_GT(o.total.ok, 0u);
    EXPECT_EQ(o.total.ok, o.total.completed);
}

TEST(EngineLies, TheRunFolderOfALyingServerStaysReadable)
{
    QString runDir;
    const auto o =
        runAgainst([](const RawRequest &) { return Script::sse({delta("a")}, 0, false); }, {}, &runDir);
    ASSERT_FALSE(runDir.isEmpty());
    QFile f(runDir + QStringLiteral("/run.json"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    RunSummary summary;
    QString error;
    ASSERT_TRUE(runSummaryFromJson(f.readAll(), &summary, &error)) << error.toStdString();
    ASSERT_EQ(summary.targets.size(), 1u);
    EXPECT_EQ(summary.targets[0].totals.failures[size_t(FailureClass::NoDone)], o.total.completed);
    QFile requests(runDir + QStringLiteral("/local/requests.csv"));
    ASSERT_TRUE(requests.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = requests.readAll().split('\n');
    // Header + one line per finished or cancelled request (+ the empty tail after the last newline).
    EXPECT_EQ(std::uint64_t(lines.size() - 2), o.total.completed + o.totalCancelled);
    QDir(runDir).removeRecursively();
}
