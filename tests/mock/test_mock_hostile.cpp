// Hostile and careless clients: garbage, half requests, slowloris, aborts at every stage. After each, the
// mock must still serve, and its outcome counters must still add up.
#include "core/mock/mockagent.h"
#include "tests/common/testutil.h"
#include "tests/mock/mocktestutil.h"
#include "tests/mock/rawhttp.h"

#include <QRandomGenerator>
#include <gtest/gtest.h>

using namespace plateau;
using namespace plateau::test;

namespace {

MockConfig hostileConfig()
{
    MockConfig c;
    c.chunkCount = 6;
    c.chunkDelayMs = 2;
    c.requestTimeoutMs = 300;
    return c;
}

void expectStillServing(MockAgent &mock)
{
    const auto health = roundTrip(mock.port(), httpRequest("GET", "/health"));
    ASSERT_TRUE(health);
    EXPECT_EQ(health->status, 200);
    const auto stream = roundTrip(mock.port(), httpRequest("POST", "/invocations", invocationBody(true)));
    ASSERT_TRUE(stream);
    EXPECT_TRUE(summarise(*stream).done);
}

void expectBalancedWhenIdle(MockAgent &mock)
{
    EXPECT_TRUE(waitUntil([&] { return mock.counters().inFlight == 0; }, 5000));
    const MockCounters c = mock.counters();
    EXPECT_TRUE(countersBalance(c)) << describe(c).toStdString();
}

// Reads until the first text delta has arrived (or timeout); returns whether it did.
bool readUntilDelta(QTcpSocket &s, int timeoutMs = 5000)
{
    QByteArray seen;
    QDeadlineTimer deadline(timeoutMs);
    while (!seen.contains("output_text.delta")) {
        if (deadline.hasExpired() || s.state() != QAbstractSocket::ConnectedState)
            return false;
        s.waitForReadyRead(50);
        seen += s.readAll();
    }
    return true;
}

} // namespace

TEST(MockAgentHostile, RandomBytesGetA400OrACloseAndTheServerCarriesOn)
{
    auto mock = startMock(hostileConfig());
    QRandomGenerator rng(99);
    int answered = 0;
    for (int i = 0; i < 60; ++i) {
        QTcpSocket s;
        ASSERT_TRUE(connectTo(s, mock->port()));
        QByteArray junk(int(rng.bounded(1, 4096)), '\0');
        for (char &ch : junk)
            ch = char(rng.bounded(256));
        s.write(junk);
        if (i % 3 == 0) {
            s.abort(); // and sometimes leave at once
            continue;
        }
        ResponseReader reader;
        const auto r = readResponse(s, reader, 2000);
        if (r) {
            EXPECT_GE(r->status, 400);
            ++answered;
        }
    }
    EXPECT_GT(answered, 0);
    expectStillServing(*mock);
    EXPECT_EQ(mock->counters().invocations, 1u); // only expectStillServing's
}

TEST(MockAgentHostile, PartialHeadsAndBodiesThenClose)
{
    auto mock = startMock(hostileConfig());
    const QByteArray body = invocationBody(true);
    const QByteArray full = httpRequest("POST", "/invocations", body);
    for (int cut = 1; cut < full.size(); cut += 7) {
        QTcpSocket s;
        ASSERT_TRUE(connectTo(s, mock->port()));
        s.write(full.left(cut));
        s.flush();
        s.abort();
    }
    expectStillServing(*mock);
    expectBalancedWhenIdle(*mock);
}

TEST(MockAgentHostile, SlowlorisGets408WhileOthersAreServed)
{
    auto mock = startMock(hostileConfig());
    QTcpSocket slow;
    ASSERT_TRUE(connectTo(slow, mock->port()));
    const QByteArray head = "GET /health HTTP/1.1\r\nX-Drip: ";
    slow.write(head);
    slow.flush();
    // Others are served while the slow client dribbles.
    expectStillServing(*mock);
    ResponseReader reader;
    for (int i = 0; i < 40 && slow.state() == QAbstractSocket::ConnectedState && !reader.complete(); ++i) {
        slow.write("a");
        slow.flush();
        if (slow.waitForReadyRead(25))
            reader.feed(slow.readAll(), 0);
    }
    const auto r = readResponse(slow, reader, 3000);
    ASSERT_TRUE(r) << reader.error().toStdString();
    EXPECT_EQ(r->status, 408);
    EXPECT_TRUE(waitClosed(slow));
    EXPECT_EQ(mock->counters().requestTimeouts, 1u);
}

TEST(MockAgentHostile, IdleKeepAliveConnectionIsNotTimedOut)
{
    auto mock = startMock(hostileConfig()); // requestTimeoutMs 300 applies to started requests only
    QTcpSocket s;
    ASSERT_TRUE(connectTo(s, mock->port()));
    ResponseReader reader;
    s.write(httpRequest("GET", "/health"));
    ASSERT_TRUE(readResponse(s, reader));
    EXPECT_FALSE(s.waitForReadyRead(600)); // idle longer than the request timeout: nothing happens
    EXPECT_EQ(s.state(), QAbstractSocket::ConnectedState);
    s.write(httpRequest("GET", "/health"));
    const auto again = readResponse(s, reader);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->status, 200);
}

TEST(MockAgentHostile, CloseMidStreamCountsOneClientAbort)
{
    MockConfig cfg = hostileConfig();
    cfg.chunkCount = 200;
    cfg.chunkDelayMs = 5;
    auto mock = startMock(cfg);
    for (int i = 0; i < 5; ++i) {
        QTcpSocket s;
        ASSERT_TRUE(connectTo(s, mock->port()));
        s.write(httpRequest("POST", "/invocations", invocationBody(i % 2 == 0)));
        if (i % 2 == 0)
            ASSERT_TRUE(readUntilDelta(s));
        else
            s.waitForReadyRead(20); // non-streaming: leave while the answer is pending
        s.abort();
    }
    EXPECT_TRUE(waitUntil([&] { return mock->counters().clientAborts == 5; }, 5000));
    expectBalancedWhenIdle(*mock);
    EXPECT_EQ(mock->counters().streamsCompleted, 0u);
    expectStillServing(*mock);
}

TEST(MockAgentHostile, CloseWhileQueuedFreesNothingTwice)
{
    MockConfig cfg = hostileConfig();
    cfg.chunkCount = 100; // one second: time enough to see the queue
    cfg.chunkDelayMs = 10;
    cfg.maxConcurrent = 1;
    auto mock = startMock(cfg);
    QTcpSocket a, b, c;
    ASSERT_TRUE(connectTo(a, mock->port()));
    ASSERT_TRUE(connectTo(b, mock->port()));
    ASSERT_TRUE(connectTo(c, mock->port()));
    a.write(httpRequest("POST", "/invocations", invocationBody(true)));
    ASSERT_TRUE(waitUntil([&] { return mock->counters().inService == 1; }, 2000));
    b.write(httpRequest("POST", "/invocations", invocationBody(true)));
    c.write(httpRequest("POST", "/invocations", invocationBody(true)));
    ASSERT_TRUE(waitUntil([&] { return mock->counters().queued == 2; }, 2000));
    b.abort();
    ResponseReader ra, rc;
    const auto first = readResponse(a, ra);
    const auto third = readResponse(c, rc);
    ASSERT_TRUE(first && third);
    EXPECT_TRUE(summarise(*first).done);
    EXPECT_TRUE(summarise(*third).done);
    const MockCounters k = mock->counters();
    EXPECT_EQ(k.clientAborts, 1u);
    EXPECT_EQ(k.maxConcurrentSeen, 1u);
    EXPECT_EQ(k.inService, 0u);
    EXPECT_EQ(k.queued, 0u);
    expectBalancedWhenIdle(*mock);
}

TEST(MockAgentHostile, FloodWhileStreamingDropsTheConnection)
{
    MockConfig cfg = hostileConfig();
    cfg.chunkCount = 400;
    cfg.chunkDelayMs = 5;
    auto mock = startMock(cfg);
    QTcpSocket s;
    ASSERT_TRUE(connectTo(s, mock->port()));
    s.write(httpRequest("POST", "/invocations", invocationBody(true)));
    ASSERT_TRUE(readUntilDelta(s));
    const QByteArray junk(1 << 20, 'j');
    for (int i = 0; i < 12 && s.state() == QAbstractSocket::ConnectedState; ++i) {
        s.write(junk);
        s.waitForBytesWritten(1000);
        s.readAll();
    }
    EXPECT_TRUE(waitClosed(s, 5000));
    EXPECT_TRUE(waitUntil([&] { return mock->counters().clientAborts == 1; }, 5000));
    expectBalancedWhenIdle(*mock);
    expectStillServing(*mock);
}

TEST(MockAgentHostile, MutatedRequestsNeverBreakTheServer)
{
    auto mock = startMock(hostileConfig());
    QRandomGenerator rng(7);
    const QByteArray valid = httpRequest("POST", "/invocations", invocationBody(true));
    for (int i = 0; i < 150; ++i) {
        QTcpSocket s;
        ASSERT_TRUE(connectTo(s, mock->port()));
        QByteArray wire = valid;
        const int edits = int(rng.bounded(1, 4));
        for (int e = 0; e < edits; ++e) {
            const int at = int(rng.bounded(wire.size()));
            switch (rng.bounded(3)) {
            case 0:
                wire[at] = char(rng.bounded(256));
                break;
            case 1:
                wire.remove(at, int(rng.bounded(1, 8)));
                break;
            default:
                wire.insert(at, QByteArray(int(rng.bounded(1, 8)), char(rng.bounded(256))));
            }
        }
        s.write(wire);
        s.waitForReadyRead(int(rng.bounded(0, 30)));
        s.abort();
    }
    expectStillServing(*mock);
    expectBalancedWhenIdle(*mock);
}
