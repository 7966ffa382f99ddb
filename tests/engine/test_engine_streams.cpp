// Streams that are misread easily: compressed by a proxy, kept open after [DONE], rate limits that say when
// to come back, giant events at many users. Each case on both transports, so they agree.

#include "core/engine/bodydecoder.h"
#include "core/engine/requestcontext.h"
#include "core/engine/retryafter.h"
#include "core/engine/virtualuser.h"
#include "core/report/runsummary.h"
#include "tests/engine/enginetestutil.h"
#include "tests/engine/rawhttpserver.h"
#include "tests/engine/recordedrun.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <atomic>
#include <gtest/gtest.h>
#include <mutex>

using namespace plateau;
using namespace plateau::test;

namespace {

QByteArray delta(const char *text)
{
    return QByteArray(R"({"type":"response.output_text.delta","delta":")") + text + "\"}";
}

QByteArray sseBody(int deltas)
{
    QByteArray body;
    for (int i = 0; i < deltas; ++i)
        body += "data: " + delta("w") + "\n\n";
    return body + "data: [DONE]\n\n";
}

struct StreamRun
{
    TargetOutcome outcome;
    RunSummary summary;
    QByteArray failuresCsv;
};

StreamRun runAgainst(TransportKind transport, const std::function<Script(const RawRequest &)> &handler,
                     int users = 2, double durationS = 1.2)
{
    RawHttpServer server;
    EXPECT_TRUE(server.listen());
    server.setHandler(handler);
    TestPlan plan = localPlan(server.url(QString()).toString());
    plan.request.transport = transport;
    plan.profile().kind = ProfileKind::Sustained;
    plan.profile().sustainedUsers = users;
    plan.profile().spawnRate = 1000;
    plan.profile().durationS = durationS;
    plan.profile().settleS = 0.1;
    plan.request.idleTimeoutS = 1;
    plan.request.totalTimeoutS = 5;
    plan.request.connectTimeoutS = 1;
    QTemporaryDir dir;
    EngineRun run = runEngineRecorded(plan, dir.path(), QStringLiteral("streams"), {}, 60000);
    StreamRun r;
    EXPECT_EQ(run.outcome.targets.size(), 1u);
    if (!run.outcome.targets.empty())
        r.outcome = run.outcome.targets[0];
    QFile f(run.outcome.runDir + QStringLiteral("/run.json"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    QString error;
    EXPECT_TRUE(runSummaryFromJson(f.readAll(), &r.summary, &error)) << error.toStdString();
    QFile failures(run.outcome.runDir + QStringLiteral("/local/failures.csv"));
    if (failures.open(QIODevice::ReadOnly))
        r.failuresCsv = failures.readAll();
    return r;
}

std::uint64_t count(const TargetOutcome &o, FailureClass c)
{
    return o.total.failures[size_t(c)];
}

class EngineStreams : public ::testing::TestWithParam<TransportKind>
{};

} // namespace

TEST(BodyDecoder, GzipAndBothDeflatesDecodeInAnySplit)
{
    const QByteArray plain = sseBody(50);
    for (const int bits : {16 + MAX_WBITS, MAX_WBITS, -MAX_WBITS}) {
        const QByteArray packed = compressed(plain, bits);
        for (const qsizetype piece : {qsizetype(1), qsizetype(7), packed.size()}) {
            BodyDecoder d;
            d.reset(bits > MAX_WBITS ? BodyDecoder::Coding::Gzip : BodyDecoder::Coding::Deflate);
            QByteArray out;
            for (qsizetype at = 0; at < packed.size(); at += piece)
                ASSERT_TRUE(d.feed(packed.constData() + at, std::min(piece, packed.size() - at),
                                   [&](const char *p, qsizetype n) {
                                       out.append(p, n);
                                       return true;
                                   }))
                    << d.error().toStdString() << " bits " << bits << " piece " << piece;
            EXPECT_EQ(out, plain) << "window bits " << bits << ", pieces of " << piece;
        }
    }
}

TEST(BodyDecoder, CorruptInputIsAnErrorAndUnknownCodingsAreNamed)
{
    BodyDecoder d;
    d.reset(BodyDecoder::Coding::Gzip);
    const QByteArray junk("\x1f\x8b\x08\x00garbage that is not deflate at all", 40);
    EXPECT_FALSE(d.feed(junk.constData(), junk.size(), [](const char *, qsizetype) { return true; }));
    EXPECT_TRUE(d.error().contains(QStringLiteral("gzip"))) << d.error().toStdString();
    EXPECT_EQ(BodyDecoder::codingFor("GZip"), BodyDecoder::Coding::Gzip);
    EXPECT_EQ(BodyDecoder::codingFor(""), BodyDecoder::Coding::Identity);
    EXPECT_EQ(BodyDecoder::codingFor("identity"), BodyDecoder::Coding::Identity);
    EXPECT_FALSE(BodyDecoder::codingFor("br").has_value());
    EXPECT_FALSE(BodyDecoder::codingFor("gzip, br").has_value());
}

TEST(RetryAfter, SecondsAndHttpDates)
{
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-12-01T10:00:00Z"), Qt::ISODate);
    EXPECT_EQ(parseRetryAfter("7", now), 7);
    EXPECT_EQ(parseRetryAfter(" 0 ", now), 0);
    EXPECT_EQ(parseRetryAfter("Tue, 01 Dec 2026 10:00:30 GMT", now), 30);
    EXPECT_EQ(parseRetryAfter("Tue, 01 Dec 2026 09:00:00 GMT", now), 0) << "a date in the past: now";
    EXPECT_EQ(parseRetryAfter("99999999999999999999", now), 2147483647);
    EXPECT_EQ(parseRetryAfter("", now), -1);
    EXPECT_EQ(parseRetryAfter("soon", now), -1);
    EXPECT_EQ(parseRetryAfter("-5", now), -1);
}

TEST_P(EngineStreams, GzippedStreamsAreDecodedAndIdentityIsAsked)
{
    const QByteArray body = compressed(sseBody(5), 16 + MAX_WBITS);
    QByteArray acceptEncoding;
    std::mutex lock;
    const StreamRun r = runAgainst(GetParam(), [&](const RawRequest &req) {
        {
            std::lock_guard<std::mutex> g(lock);
            acceptEncoding = req.header("accept-encoding");
        }
        // A proxy that compresses anyway, in small pieces as it flushes.
        Script s = Script::chunked(200, "text/event-stream", {}, 0, {{"Content-Encoding", "gzip"}});
        s.writes.resize(1); // the head only: the chunks follow
        for (qsizetype at = 0; at < body.size(); at += 16)
            s.write(Script::chunk(body.mid(at, 16)));
        return s.write(Script::chunk({}));
    });
    EXPECT_GT(r.outcome.total.completed, 0u);
    EXPECT_EQ(r.outcome.total.ok, r.outcome.total.completed) << "no stream is misread as no_done";
    std::lock_guard<std::mutex> g(lock);
    EXPECT_EQ(acceptEncoding, QByteArray("identity"));
}

TEST_P(EngineStreams, AnEncodingPlateauCannotDecodeIsAProtocolErrorThatSaysSo)
{
    const StreamRun r = runAgainst(GetParam(), [](const RawRequest &) {
        return Script::chunked(200, "text/event-stream", {QByteArray("\x0b\x01\x80garbage", 10)}, 0,
                               {{"Content-Encoding", "br"}});
    });
    EXPECT_GT(r.outcome.total.completed, 0u);
    EXPECT_EQ(count(r.outcome, FailureClass::Protocol), r.outcome.total.completed);
    EXPECT_TRUE(r.failuresCsv.contains("Content-Encoding: br")) << r.failuresCsv.left(400).toStdString();
}

TEST_P(EngineStreams, DoneEndsTheRequestEvenWhenTheServerKeepsItOpen)
{
    const StreamRun r = runAgainst(GetParam(), [](const RawRequest &) {
        Script s = Script::chunked(200, "text/event-stream", {}, 0);
        s.writes.resize(1); // the head only: the chunks follow
        s.write(Script::chunk("data: " + delta("a") + "\n\n"));
        s.write(Script::chunk("data: [DONE]\n\n"));
        return s.thenStall(); // no last chunk, no close
    });
    EXPECT_GT(r.outcome.total.completed, 0u);
    EXPECT_EQ(count(r.outcome, FailureClass::StallTimeout), 0u);
    EXPECT_EQ(r.outcome.total.ok, r.outcome.total.completed);
}

TEST_P(EngineStreams, RetryAfterIsRecordedAndSummarized)
{
    std::atomic<int> n{0};
    const StreamRun r = runAgainst(GetParam(), [&n](const RawRequest &) {
        return (n++ % 2) ? Script::response(429, "slow down", "text/plain", {{"Retry-After", "7"}})
                         : Script::response(503, "busy", "text/plain", {{"Retry-After", "3"}});
    });
    const TargetTotals &t = r.summary.targets.at(0).totals;
    EXPECT_EQ(t.retryAfterCount, r.outcome.total.completed);
    EXPECT_EQ(t.retryAfterMaxS, 7);
    EXPECT_GT(t.retryAfterMeanS, 2.9);
    EXPECT_LT(t.retryAfterMeanS, 7.1);
    EXPECT_TRUE(r.failuresCsv.startsWith("time_ms,user,step,failure,http_status,retry_after_s,detail\n"));
    EXPECT_TRUE(r.failuresCsv.contains(",http_429,429,7,")) << r.failuresCsv.left(300).toStdString();
}

TEST_P(EngineStreams, GiantEventsAtManyUsersStayWithinTheBufferBudget)
{
    // 40 users, each receiving a 10 MB event: alone each parser stops at 4 MiB, together they must
    // stop at the worker's budget. Every request is a protocol error, none an OOM.
    const QByteArray huge = "data: " + QByteArray(10 * 1024 * 1024, 'x');
    const StreamRun r = runAgainst(
        GetParam(),
        [huge](const RawRequest &) {
            Script s = Script::chunked(200, "text/event-stream", {}, 0);
            s.writes.resize(1); // the head only: the chunks follow
            s.writeInPieces(Script::chunk(huge), 256 * 1024, 5);
            return s.thenStall();
        },
        40, 2.5);
    EXPECT_GT(r.outcome.total.completed, 0u);
    EXPECT_EQ(count(r.outcome, FailureClass::Protocol), r.outcome.total.completed);
}

namespace {
class FakeClient final : public HttpClient
{
public:
    void start(const HttpRequestSpec &, TransportObserver *) override {}
    void abort() override { ++aborts; }
    quint64 connectionsOpened() const override { return 0; }
    int aborts = 0;
};

struct Finished final : VirtualUserHost
{
    void requestFinished(VirtualUser *, const RequestRecord &r, const QString &detail) override
    {
        failures.push_back(r.failure);
        details.push_back(detail);
    }
    std::vector<FailureClass> failures;
    QStringList details;
};
} // namespace

TEST(SseBudget, ManyUsersInTheMiddleOfGiantEventsAreBoundedTogether)
{
    TestPlan plan = localPlan(QStringLiteral("http://127.0.0.1:9"));
    const auto ctx = makeRequestContext(plan, plan.targets[0], nullptr, QStringLiteral("u"));
    Finished host;
    std::vector<std::unique_ptr<VirtualUser>> users;
    const std::size_t before = VirtualUser::sseBytesHeldOnThisThread();
    // 3 MiB of one event each: under the 4 MiB bound of one parser, so only the budget can stop them.
    const QByteArray part = "data: " + QByteArray(3 * 1024 * 1024, 'x');
    ResponseHead head;
    head.status = 200;
    head.contentType = "text/event-stream";
    for (int i = 0; i < 40; ++i) {
        users.push_back(
            std::make_unique<VirtualUser>(&host, std::uint32_t(i), 0, std::make_unique<FakeClient>()));
        users.back()->setContext(ctx);
        users.back()->startRequest();
        users.back()->onHeaders(head);
        users.back()->onBody(part.constData(), part.size());
        EXPECT_LE(VirtualUser::sseBytesHeldOnThisThread() - before,
                  VirtualUser::kSseBudgetBytes + 4u * 1024 * 1024);
    }
    // Without a shared budget 40 x 3 MiB = 120 MiB would be held; with it, the users past 64 MiB fail.
    ASSERT_FALSE(host.failures.empty());
    for (size_t i = 0; i < host.failures.size(); ++i) {
        EXPECT_EQ(host.failures[i], FailureClass::Protocol);
        EXPECT_TRUE(host.details[qsizetype(i)].contains(QStringLiteral("stream buffers are used up")))
            << host.details[qsizetype(i)].toStdString();
    }
    EXPECT_GE(host.failures.size(), 15u);
    users.clear();
    EXPECT_EQ(VirtualUser::sseBytesHeldOnThisThread(), before) << "every byte is given back";
}

INSTANTIATE_TEST_SUITE_P(Transports, EngineStreams,
                         ::testing::Values(TransportKind::Lean, TransportKind::Qnam), [](const auto &info) {
                             return std::string(info.param == TransportKind::Lean ? "lean" : "qnam");
                         });

TEST(EngineVerdict, ReportsTheUsersThatRanNotThePlannedNumber)
{
    // 10 users planned, joining at 1 per second for 3 s: at most 4 ever run.
    RawHttpServer server;
    ASSERT_TRUE(server.listen());
    server.setHandler([](const RawRequest &) { return Script::sse({delta("a")}, 5, true); });
    TestPlan plan = localPlan(server.url(QString()).toString());
    plan.profile().kind = ProfileKind::Sustained;
    plan.profile().sustainedUsers = 10;
    plan.profile().spawnRate = 1;
    plan.profile().durationS = 3;
    plan.profile().settleS = 0.5;
    EngineOptions opt;
    const EngineRun run = runEngine(plan, opt);
    ASSERT_EQ(run.outcome.targets.size(), 1u);
    const TargetOutcome &o = run.outcome.targets[0];
    ASSERT_EQ(o.steps.size(), 1u);
    EXPECT_GE(o.steps[0].users, 1);
    EXPECT_LE(o.steps[0].users, 4) << "the planned 10 never ran";
    EXPECT_LE(o.verdict.usersAtPeak, 4);
}
