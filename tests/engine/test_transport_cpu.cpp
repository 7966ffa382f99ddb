// CPU per streamed request of each transport (the transports' prototypes measured 0.80 ms lean vs 1.84 ms
// QNAM on a prototype). The server runs in this process on its own thread; its CPU is subtracted, so what
// remains is the client side: our thread plus QNAM's hidden threads. Numbers are printed, not asserted (a
// shared 2-core machine makes timing assertions flaky); only correctness is asserted. Knobs:
// PLATEAU_CPU_REQUESTS (2000), PLATEAU_CPU_CLIENTS (50), PLATEAU_CPU_EVENTS (80), PLATEAU_CPU_DELAY_MS (1,
// between events). Each transport runs to an IP literal, to a host name (localhost) and over TLS (a CA made
// at run time); every client must keep its one connection throughout.

#include "core/engine/transport.h"
#include "tests/engine/rawhttpserver.h"
#include "tests/engine/test_transport_support.h"
#include "tests/engine/testpki.h"

#include <QElapsedTimer>
#include <cstdio>
#include <gtest/gtest.h>
#include <memory>
#include <sys/resource.h>

using namespace plateau;
using namespace plateau::test;

namespace {

int knob(const char *name, int fallback)
{
    const QByteArray v = qgetenv(name);
    bool ok = false;
    const int n = v.toInt(&ok);
    return ok && n > 0 ? n : fallback;
}

double processCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

struct Path
{
    TransportKind kind = TransportKind::Lean;
    bool tls = false;
    bool name = false; // localhost instead of 127.0.0.1
};

class TransportCpu : public ::testing::TestWithParam<Path>
{};

TEST_P(TransportCpu, StreamedRequestCost)
{
    const int requests = knob("PLATEAU_CPU_REQUESTS", 2000);
    const int clients = knob("PLATEAU_CPU_CLIENTS", 50);
    const int events = knob("PLATEAU_CPU_EVENTS", 80);
    const int delayMs = knob("PLATEAU_CPU_DELAY_MS", 1);

    const Path path = GetParam();
    if (path.name && path.kind == TransportKind::Qnam && !systemResolvesLocalhost())
        GTEST_SKIP()
            << "this machine's resolver knows no localhost (QNAM asks it; the lean transport does not)";
    RawHttpServer server;
    TransportOptions options;
    if (path.tls) {
        QString error;
        const TestPki *pki = TestPki::shared(&error);
        ASSERT_NE(pki, nullptr) << error.toStdString();
        RawTlsOptions tls;
        tls.certificateFile = pki->good.certificate;
        tls.keyFile = pki->good.key;
        ASSERT_TRUE(server.listen(tls));
        options.caFile = pki->caFile;
    } else {
        ASSERT_TRUE(server.listen());
    }
    std::vector<QByteArray> payloads;
    for (int i = 0; i < events; ++i)
        payloads.push_back(R"({"type":"response.output_text.delta","delta":"token )" + QByteArray::number(i) +
                           "\"}");
    const Script script = Script::sse(payloads, delayMs);
    server.setHandler([script](const RawRequest &) { return script; });

    auto transport = makeTransport(path.kind, options);
    const HttpRequestSpec spec =
        postSpec(path.name ? server.url(QStringLiteral("/invocations"), QStringLiteral("localhost"))
                           : server.url(QStringLiteral("/invocations")));
    std::vector<std::unique_ptr<HttpClient>> pool;
    std::vector<std::unique_ptr<RecordingObserver>> observers;
    int started = 0;
    int done = 0;
    int failures = 0;
    for (int i = 0; i < clients; ++i) {
        pool.push_back(transport->createClient());
        observers.push_back(std::make_unique<RecordingObserver>());
        observers.back()->keepBody = false;
    }
    // Warm-up: one request per client opens the connections (and QNAM's threads) outside the measurement.
    for (int i = 0; i < clients; ++i)
        pool[size_t(i)]->start(spec, observers[size_t(i)].get());
    ASSERT_TRUE(waitUntil(
        [&] {
            for (const auto &o : observers) {
                if (!o->finished())
                    return false;
            }
            return true;
        },
        60000));
    for (const auto &o : observers)
        ASSERT_EQ(o->error, TransportError::None) << o->detail.toStdString();
    // Then each virtual user starts its next request from inside onFinished(), as the engine's do.
    for (int i = 0; i < clients; ++i) {
        RecordingObserver *o = observers[size_t(i)].get();
        HttpClient *c = pool[size_t(i)].get();
        o->onFinishedHook = [&, o, c] {
            failures += o->error == TransportError::None ? 0 : 1;
            ++done;
            if (started < requests) {
                ++started;
                c->start(spec, o);
            }
        };
    }

    auto bodyPieces = [&] {
        qint64 n = 0;
        for (const auto &o : observers)
            n += o->bodyCalls;
        return n;
    };
    const qint64 pieces0 = bodyPieces();
    const double cpu0 = processCpuSeconds();
    const double server0 = server.serverThreadCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    for (int i = 0; i < clients && started < requests; ++i) {
        ++started;
        pool[size_t(i)]->start(spec, observers[size_t(i)].get());
    }
    ASSERT_TRUE(waitUntil([&] { return done == requests; }, 600000));
    const double seconds = wall.elapsed() / 1000.0;
    const double serverCpu = server.serverThreadCpuSeconds() - server0;
    const double client = processCpuSeconds() - cpu0 - serverCpu;

    const double piecesPerRequest = double(bodyPieces() - pieces0) / requests;

    EXPECT_EQ(failures, 0);
    quint64 connections = 0;
    for (const auto &c : pool)
        connections += c->connectionsOpened();
    if (path.kind == TransportKind::Lean) {
        EXPECT_EQ(connections, quint64(clients)); // keep-alive held, over TLS too
    }
    std::printf(
        "[ cpu      ] %s%s%s: %d requests x %d events every %d ms, %d clients: wall %.2f s, %.0f req/s, "
        "%.1f body reads/req; client CPU %.3f ms/req (%.2f s); server thread %.3f ms/req\n",
        path.kind == TransportKind::Lean ? "lean" : "qnam", path.tls ? " https" : " http",
        path.name ? " localhost" : " 127.0.0.1", requests, events, delayMs, clients, seconds,
        requests / seconds, piecesPerRequest, client * 1000.0 / requests, client,
        serverCpu * 1000.0 / requests);
    RecordProperty("client_cpu_us_per_request", int(client * 1e6 / requests));
}

INSTANTIATE_TEST_SUITE_P(
    Both, TransportCpu,
    ::testing::Values(Path{TransportKind::Lean, false, false}, Path{TransportKind::Qnam, false, false},
                      Path{TransportKind::Lean, false, true}, Path{TransportKind::Qnam, false, true},
                      Path{TransportKind::Lean, true, false}, Path{TransportKind::Qnam, true, false}),
    [](const ::testing::TestParamInfo<Path> &info) {
        std::string name = info.param.kind == TransportKind::Lean ? "Lean" : "Qnam";
        if (info.param.name)
            name += "Name";
        if (info.param.tls)
            name += "Tls";
        return name;
    });

} // namespace
