// A soak against a server that lies in every way at once: each request gets the next of nine answers
// (gzip, [DONE] then kept open, 429 with Retry-After, a 10 MB event, garbage, a bad chunk size, a 1 MiB
// head, a stall, a clean stream). Every request must land in its own class and the generator's memory
// must stay bounded. PLATEAU_SOAK_S sets the length (20 s by default, so CI runs it; minutes by hand),
// PLATEAU_SOAK_USERS the users (40).

#include "tests/engine/enginetestutil.h"
#include "tests/engine/rawhttpserver.h"

#include <QFile>
#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <gtest/gtest.h>
#include <thread>

using namespace plateau;
using namespace plateau::test;

namespace {

enum Case
{
    Gzip,
    DoneKeptOpen,
    RateLimited,
    HugeEvent,
    Garbage,
    BadChunk,
    HugeHead,
    Stall,
    Clean,
    kCases
};

QByteArray event(const char *text)
{
    return "data: " + QByteArray(R"({"type":"response.output_text.delta","delta":")") + text + "\"}\n\n";
}

Script streamHead(const RawHeaders &extra = {})
{
    Script s = Script::chunked(200, "text/event-stream", {}, 0, extra);
    s.writes.resize(1); // the head only
    return s;
}

Script answer(Case c)
{
    static const QByteArray clean = event("a") + event("b") + "data: [DONE]\n\n";
    static const QByteArray packed = compressed(clean);
    // The 10 MB event's pieces are made once and shared by every answer (implicit sharing), so the test
    // server's own memory does not grow with the users that receive it.
    static const std::vector<QByteArray> hugePieces = [] {
        const QByteArray huge = Script::chunk("data: " + QByteArray(10 * 1024 * 1024, 'x'));
        std::vector<QByteArray> pieces;
        for (qsizetype at = 0; at < huge.size(); at += 512 * 1024)
            pieces.push_back(huge.mid(at, 512 * 1024));
        return pieces;
    }();
    switch (c) {
    case Gzip:
        return streamHead({{"Content-Encoding", "gzip"}})
            .write(Script::chunk(packed))
            .write(Script::chunk({}));
    case DoneKeptOpen:
        return streamHead().write(Script::chunk(clean)).thenStall();
    case RateLimited:
        return Script::response(429, "slow down", "text/plain", {{"Retry-After", "2"}});
    case HugeEvent: {
        Script s = streamHead();
        for (const QByteArray &piece : hugePieces)
            s.write(piece, 2);
        return s.thenStall();
    }
    case Garbage:
        return Script().write("HTTQ/9 two hundred\r\n\r\n").thenClose();
    case BadChunk:
        return Script()
            .write(
                Script::head(200, {{"Content-Type", "text/event-stream"}, {"Transfer-Encoding", "chunked"}}))
            .write("zz\r\n" + event("a") + "\r\n")
            .thenClose();
    case HugeHead:
        return Script()
            .write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nX-Padding: " +
                   QByteArray(1024 * 1024, 'p') + "\r\nContent-Length: 0\r\n\r\n")
            .thenClose();
    case Stall:
        return streamHead().write(Script::chunk(event("a"))).thenStall();
    case Clean:
    case kCases:
        break;
    }
    return streamHead().write(Script::chunk(clean)).write(Script::chunk({}));
}

std::int64_t rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

} // namespace

TEST(HostileSoak, EveryRequestLandsInItsClassAndMemoryStaysBounded)
{
    const double seconds = qEnvironmentVariableIsSet("PLATEAU_SOAK_S")
                               ? std::max(5.0, qEnvironmentVariable("PLATEAU_SOAK_S").toDouble())
                               : 20.0;
    std::array<std::atomic<std::uint64_t>, kCases> sent{};
    std::atomic<std::uint64_t> next{0};
    RawHttpServer server;
    ASSERT_TRUE(server.listen());
    // PLATEAU_SOAK_ONLY=3 answers every request with one case (for finding which one misbehaves).
    const int only = qEnvironmentVariableIsSet("PLATEAU_SOAK_ONLY")
                         ? qEnvironmentVariableIntValue("PLATEAU_SOAK_ONLY")
                         : -1;
    server.setHandler([&](const RawRequest &) {
        const Case c = only >= 0 && only < kCases ? Case(only) : Case(next++ % kCases);
        ++sent[c];
        server.clearLog(); // the test server keeps every request otherwise: its memory, not Plateau's
        return answer(c);
    });
    TestPlan plan = localPlan(server.url(QString()).toString());
    plan.profile().kind = ProfileKind::Sustained;
    const int users = qEnvironmentVariableIsSet("PLATEAU_SOAK_USERS")
                          ? std::clamp(qEnvironmentVariableIntValue("PLATEAU_SOAK_USERS"), 1, 2000)
                          : 40;
    plan.profile().sustainedUsers = users;
    plan.profile().spawnRate = users;
    plan.profile().durationS = seconds;
    plan.profile().settleS = 1;
    plan.request.idleTimeoutS = 1;
    plan.request.totalTimeoutS = 10;
    plan.request.connectTimeoutS = 2;
    EngineOptions opt;

    // RSS every 250 ms on a thread of its own (the engine's threads are busy with the load).
    std::atomic<bool> sampling{true};
    std::vector<std::int64_t> rss;
    std::thread sampler([&] {
        while (sampling) {
            rss.push_back(rssKb());
            std::this_thread::sleep_for(std::chrono::milliseconds(250));
        }
    });
    const EngineRun run = runEngine(plan, opt, int(seconds * 1000) + 120000);
    sampling = false;
    sampler.join();
    ASSERT_EQ(run.outcome.targets.size(), 1u);
    const TargetOutcome &o = run.outcome.targets[0];
    const FailureCounts &f = o.total.failures;
    auto cls = [&](FailureClass c) {
        return f[size_t(c)];
    };

    std::uint64_t handled = 0;
    for (const auto &n : sent)
        handled += n;
    for (int c = 0; c < kCases; ++c)
        EXPECT_GT(sent[c].load(), 0u) << "case " << c << " never happened";
    // Every answer the server gave is one finished or cancelled request, and each class holds exactly the
    // answers of its kind (up to the requests cut at the end, which are cancelled).
    EXPECT_EQ(o.total.completed + o.totalCancelled, handled);
    const std::uint64_t okSent = sent[Gzip] + sent[DoneKeptOpen] + sent[Clean];
    const std::uint64_t protocolSent = sent[HugeEvent] + sent[Garbage] + sent[BadChunk] + sent[HugeHead];
    EXPECT_LE(o.total.ok, okSent);
    EXPECT_LE(cls(FailureClass::RateLimited), sent[RateLimited].load());
    EXPECT_LE(cls(FailureClass::Protocol), protocolSent);
    EXPECT_LE(cls(FailureClass::StallTimeout), sent[Stall].load());
    const std::uint64_t right = o.total.ok + cls(FailureClass::RateLimited) + cls(FailureClass::Protocol) +
                                cls(FailureClass::StallTimeout);
    EXPECT_EQ(right, o.total.completed) << "no request in any other class (no_done, content_type, ...)";
    EXPECT_LE(okSent + sent[RateLimited] + protocolSent + sent[Stall] - right, o.totalCancelled);

    // Memory: the 64 MiB SSE budget per worker (2 workers) bounds what giant events can hold; past the
    // first quarter of the run the resident set must not keep growing.
    ASSERT_GT(rss.size(), 8u);
    const std::int64_t peak = *std::max_element(rss.begin(), rss.end());
    const std::int64_t quarter = *std::max_element(rss.begin(), rss.begin() + qsizetype(rss.size() / 4));
    RecordProperty("rss_peak_kb", int(peak));
    RecordProperty("requests", int(handled));
    std::printf("hostile soak: %.0f s, %llu requests, ok %llu, 429 %llu, protocol %llu, stall %llu, "
                "cancelled %llu, RSS after a quarter %lld kB, peak %lld kB\n",
                seconds, (unsigned long long)handled, (unsigned long long)o.total.ok,
                (unsigned long long)cls(FailureClass::RateLimited),
                (unsigned long long)cls(FailureClass::Protocol),
                (unsigned long long)cls(FailureClass::StallTimeout), (unsigned long long)o.totalCancelled,
                (long long)quarter, (long long)peak);
    if (qEnvironmentVariableIsSet("PLATEAU_SOAK_RSS")) {
        for (size_t i = 0; i < rss.size(); i += 20)
            std::printf("  t=%5.1f s  RSS %lld kB\n", double(i) * 0.25, (long long)rss[i]);
    }
    EXPECT_LT(peak, 600 * 1024) << "kB";
    EXPECT_LT(peak - quarter, 64 * 1024) << "kB of growth after the first quarter";
}
