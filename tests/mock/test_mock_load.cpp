// The mock under load: a thousand concurrent streams, the concurrency gate across threads, and stop() with
// a thousand open connections. Clients are non-blocking QTcpSockets on the test's own event loop; the mock
// serves from its threads.
#include "core/common/monoclock.h"
#include "core/mock/mockagent.h"
#include "tests/common/testutil.h"
#include "tests/mock/mocktestutil.h"
#include "tests/mock/rawhttp.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTcpSocket>
#include <QTimer>
#include <algorithm>
#include <ctime>
#include <functional>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace plateau;
using namespace plateau::test;

namespace {

// N clients that each send one request once connected and collect the answer.
class Clients
{
public:
    Clients(quint16 port, int n, const QByteArray &request) : m_request(request), m_readers(size_t(n))
    {
        m_results.resize(size_t(n));
        m_sentNs.resize(size_t(n), 0);
        for (int i = 0; i < n; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            QTcpSocket *s = socket.get();
            QObject::connect(s, &QTcpSocket::connected, s, [this, s, i] {
                ++m_connected;
                m_sentNs[size_t(i)] = monotonicNs();
                s->write(m_request);
            });
            QObject::connect(s, &QIODevice::readyRead, s, [this, s, i] { onData(s, i); });
            QObject::connect(s, &QAbstractSocket::disconnected, s, [this, i] {
                if (!m_results[size_t(i)])
                    ++m_failed;
            });
            s->connectToHost(QHostAddress::LocalHost, port);
            m_sockets.push_back(std::move(socket));
        }
    }

    ~Clients()
    {
        for (auto &s : m_sockets)
            s->disconnect(); // the lambdas use members destroyed before the sockets
    }

    int finished() const { return m_done + m_failed; }
    int done() const { return m_done; }
    int connected() const { return m_connected; }
    int failed() const { return m_failed; }
    const std::optional<RawResponse> &result(int i) const { return m_results[size_t(i)]; }
    std::int64_t sentNs(int i) const { return m_sentNs[size_t(i)]; }
    QTcpSocket &socket(int i) { return *m_sockets[size_t(i)]; }
    int size() const { return int(m_sockets.size()); }

private:
    void onData(QTcpSocket *s, int i)
    {
        ResponseReader &r = m_readers[size_t(i)];
        const QByteArray bytes = s->readAll();
        if (m_results[size_t(i)])
            return;
        if (!r.feed(bytes, monotonicNs())) {
            ++m_failed;
            s->abort();
            return;
        }
        if (r.complete()) {
            m_results[size_t(i)] = r.take();
            ++m_done;
        }
    }

    QByteArray m_request;
    std::vector<std::unique_ptr<QTcpSocket>> m_sockets;
    std::vector<ResponseReader> m_readers;
    std::vector<std::optional<RawResponse>> m_results;
    std::vector<std::int64_t> m_sentNs;
    int m_done = 0;
    int m_failed = 0;
    int m_connected = 0;
};

double processCpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

// CPU seconds of the mock's threads (named plateau-mock-N), from /proc; 0 where that is not available.
double mockThreadsCpuSeconds()
{
    double total = 0;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        if (!comm.open(QIODevice::ReadOnly) || !comm.readAll().startsWith("plateau-mock"))
            continue;
        QFile stat(tasks.filePath(tid + QStringLiteral("/stat")));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // Fields after the ")" that closes the name start at field 3 (state); utime, stime are 14 and 15.
        const QList<QByteArray> f = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (f.size() > 12)
            total += double(f[11].toLongLong() + f[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
    }
    return total;
}

// Like waitUntil, but never sleeps: QTest::qWait (behind waitUntil) sleeps up to 5 ms between event
// batches, which would add that much to every latency the clients on this thread measure.
bool spinUntil(const std::function<bool()> &pred, int timeoutMs)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (pred())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start(2);
    loop.exec();
    return pred();
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

} // namespace

TEST(MockAgentLoad, ThousandConcurrentStreamsAllReachDone)
{
    raiseFileLimit();
    MockConfig cfg;
    cfg.threads = 2;
    cfg.chunkCount = 20;
    cfg.chunkDelayMs = 10;
    auto mock = startMock(cfg);
    constexpr int kClients = 1000;
    QElapsedTimer wall;
    wall.start();
    const double cpu0 = processCpuSeconds();
    const double mockCpu0 = mockThreadsCpuSeconds();
    Clients clients(mock->port(), kClients, httpRequest("POST", "/invocations", invocationBody(true)));
    ASSERT_TRUE(spinUntil([&] { return clients.finished() == kClients; }, 120000))
        << clients.done() << " done, " << clients.failed() << " failed";
    EXPECT_EQ(clients.done(), kClients);
    std::vector<double> ttft, total;
    int problems = 0;
    for (int i = 0; i < kClients; ++i) {
        const auto &r = clients.result(i);
        ASSERT_TRUE(r) << i;
        const StreamSummary s = summarise(*r);
        if (!s.problems.empty() || s.deltas != cfg.chunkCount || !s.done || !s.completed)
            ++problems;
        if (s.firstDeltaIndex >= 0) {
            ttft.push_back(double(r->chunkNs[size_t(s.firstDeltaIndex)] - clients.sentNs(i)) / 1e6);
            total.push_back(double(r->chunkNs.back() - clients.sentNs(i)) / 1e6);
        }
    }
    EXPECT_EQ(problems, 0);
    const double mockCpu = mockThreadsCpuSeconds() - mockCpu0;
    const MockCounters c = mock->counters();
    EXPECT_EQ(c.streamsCompleted, std::uint64_t(kClients));
    EXPECT_EQ(c.invocations, std::uint64_t(kClients));
    EXPECT_EQ(c.deltasSent, std::uint64_t(kClients * cfg.chunkCount));
    EXPECT_EQ(c.connections, std::uint64_t(kClients));
    EXPECT_EQ(c.clientAborts, 0u);
    EXPECT_TRUE(countersBalance(c)) << describe(c).toStdString();
    std::printf("[load] %d streams x %d x %d ms: wall %.0f ms, process CPU %.2f s, mock threads %.2f s; "
                "client-seen TTFT p50 %.2f p99 %.2f ms; end p50 %.1f p99 %.1f ms; mock pacing: %llu timed "
                "events, %llu over 1 ms late, mean %.3f ms, max %.3f ms late\n",
                kClients, cfg.chunkCount, cfg.chunkDelayMs, double(wall.elapsed()),
                processCpuSeconds() - cpu0, mockCpu, percentile(ttft, 0.5), percentile(ttft, 0.99),
                percentile(total, 0.5), percentile(total, 0.99),
                static_cast<unsigned long long>(c.timedEvents), static_cast<unsigned long long>(c.lateEvents),
                c.timedEvents ? double(c.latenessSumUs) / double(c.timedEvents) / 1000.0 : 0.0,
                double(c.maxLatenessUs) / 1000.0);
}

TEST(MockAgentLoad, ConcurrencyGateHoldsAcrossThreadsWithAborts)
{
    MockConfig cfg;
    cfg.threads = 3;
    cfg.chunkCount = 20;
    cfg.chunkDelayMs = 5;
    cfg.maxConcurrent = 5;
    auto mock = startMock(cfg);
    constexpr int kClients = 60;
    Clients clients(mock->port(), kClients, httpRequest("POST", "/invocations", invocationBody(true)));
    ASSERT_TRUE(waitUntil([&] { return mock->counters().queued > 10; }, 5000));
    int aborted = 0;
    for (int i = kClients - 1; i >= 0 && aborted < 8; i -= 7) {
        if (!clients.result(i)) {
            clients.socket(i).abort();
            ++aborted;
        }
    }
    ASSERT_TRUE(waitUntil([&] { return clients.done() + aborted >= kClients; }, 30000))
        << clients.done() << " done";
    ASSERT_TRUE(waitUntil([&] { return mock->counters().inFlight == 0; }, 5000));
    const MockCounters c = mock->counters();
    EXPECT_EQ(c.maxConcurrentSeen, 5u);
    EXPECT_EQ(c.streamsCompleted + c.clientAborts, std::uint64_t(kClients));
    EXPECT_EQ(c.streamsCompleted, std::uint64_t(clients.done()));
    EXPECT_EQ(c.inService, 0u);
    EXPECT_EQ(c.queued, 0u);
    EXPECT_TRUE(countersBalance(c)) << describe(c).toStdString();
}

TEST(MockAgentLoad, StopWithAThousandOpenConnections)
{
    raiseFileLimit();
    MockConfig cfg;
    cfg.threads = 2;
    cfg.chunkCount = 100000; // streams that would outlive the test
    cfg.chunkDelayMs = 10;
    cfg.maxConcurrent = 400;
    auto mock = startMock(cfg);
    const quint16 port = mock->port();
    Clients streaming(port, 600, httpRequest("POST", "/invocations", invocationBody(true)));
    Clients idle(port, 400, httpRequest("GET", "/health")); // keep-alive, then idle
    ASSERT_TRUE(waitUntil(
        [&] {
            const MockCounters c = mock->counters();
            return c.inService == 400 && c.queued == 200 && idle.done() == 400;
        },
        30000))
        << describe(mock->counters()).toStdString() << "; clients connected: " << streaming.connected()
        << " + " << idle.connected() << ", failed " << streaming.failed() << " + " << idle.failed();
    EXPECT_EQ(mock->counters().connections, 1000u);

    QElapsedTimer t;
    t.start();
    mock->stop();
    const qint64 stopMs = t.elapsed();
    EXPECT_LT(stopMs, 10000);
    EXPECT_FALSE(mock->isRunning());
    const MockCounters c = mock->counters();
    EXPECT_EQ(c.stoppedInFlight, 600u);
    EXPECT_EQ(c.inFlight, 0u);
    EXPECT_TRUE(countersBalance(c)) << describe(c).toStdString();
    // Every client sees its connection end.
    EXPECT_TRUE(waitUntil(
        [&] {
            for (int i = 0; i < 600; ++i)
                if (streaming.socket(i).state() != QAbstractSocket::UnconnectedState)
                    return false;
            for (int i = 0; i < 400; ++i)
                if (idle.socket(i).state() != QAbstractSocket::UnconnectedState)
                    return false;
            return true;
        },
        10000));
    std::printf("[stop] stop() with 1000 connections took %lld ms\n", static_cast<long long>(stopMs));

    // A destructor with live streams joins cleanly too.
    {
        std::unique_ptr<Clients> few; // outlives the mock: the mock is destroyed with live connections
        MockConfig small = cfg;
        small.maxConcurrent = 0;
        auto scoped = startMock(small);
        few = std::make_unique<Clients>(scoped->port(), 50,
                                        httpRequest("POST", "/invocations", invocationBody(true)));
        ASSERT_TRUE(waitUntil([&] { return scoped->counters().inService == 50; }, 10000));
    }
}
