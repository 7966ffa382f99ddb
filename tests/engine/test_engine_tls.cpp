// A whole run over https on the lean transport's fast path: the plan's `tls` section trusts a CA made at run
// time, connection setup lands in requests.csv and run.json, an unusable CA file stops the run before it
// starts, and `insecure` is recorded in the run folder.

#include "core/report/runsummary.h"
#include "tests/engine/rawhttpserver.h"
#include "tests/engine/recordedrun.h"
#include "tests/engine/testpki.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace plateau;
using namespace plateau::test;

namespace {

QByteArray sse()
{
    QByteArray body;
    for (int i = 0; i < 5; ++i)
        body += R"(data: {"type":"response.output_text.delta","delta":"w"})"
                "\n\n";
    return body + "data: [DONE]\n\n";
}

TestPlan httpsPlan(const QUrl &url)
{
    TestPlan plan = localPlan(url.toString());
    plan.profile().kind = ProfileKind::Sustained;
    plan.profile().sustainedUsers = 3;
    plan.profile().spawnRate = 1000;
    plan.profile().durationS = 2.0;
    plan.profile().settleS = 0.1;
    plan.request.connectTimeoutS = 2;
    return plan;
}

RunSummary readSummary(const QString &runDir)
{
    QFile f(runDir + QStringLiteral("/run.json"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    RunSummary s;
    QString error;
    EXPECT_TRUE(runSummaryFromJson(f.readAll(), &s, &error)) << error.toStdString();
    return s;
}

} // namespace

TEST(EngineTls, AnHttpsTargetTrustedByThePlansCaRecordsItsConnectionSetup)
{
    QString error;
    const TestPki *pki = TestPki::shared(&error);
    ASSERT_NE(pki, nullptr) << error.toStdString();
    RawHttpServer server;
    RawTlsOptions tls;
    tls.certificateFile = pki->good.certificate;
    tls.keyFile = pki->good.key;
    ASSERT_TRUE(server.listen(tls));
    server.setHandler(
        [](const RawRequest &) { return Script::chunked(200, "text/event-stream", {sse()}, 5); });
    // A name, so the run goes through the resolver as well as the handshake.
    TestPlan plan = httpsPlan(server.url(QString(), QStringLiteral("localhost")));
    plan.tls.caFile = pki->caFile;
    QTemporaryDir dir;
    const EngineRun run = runEngineRecorded(plan, dir.path(), QStringLiteral("tls"), {}, 60000);
    ASSERT_EQ(run.outcome.targets.size(), 1u);
    const TargetOutcome &o = run.outcome.targets[0];
    EXPECT_EQ(o.phase, TargetPhase::Completed) << o.detail.toStdString();
    EXPECT_GT(o.total.ok, 0u);
    EXPECT_EQ(serverFailureCount(o.total.failures), 0u);
    // Keep-alive over TLS: no user connected twice (how many requests fit in the load depends on the
    // machine: a sanitizer build is slow).
    EXPECT_LE(server.connectionCount(), 3);

    QFile requests(run.outcome.runDir + QStringLiteral("/local/requests.csv"));
    ASSERT_TRUE(requests.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = requests.readAll().split('\n');
    const QList<QByteArray> header = lines.first().split(',');
    const qsizetype connectAt = header.indexOf("connect_ms");
    const qsizetype tlsAt = header.indexOf("tls_ms");
    ASSERT_GE(connectAt, 0);
    ASSERT_GE(tlsAt, 0);
    int handshakes = 0, reused = 0, rows = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines[i].split(',');
        if (f.size() <= tlsAt)
            continue;
        ++rows;
        const double tlsMs = f[tlsAt].toDouble();
        const double connectMs = f[connectAt].toDouble();
        if (tlsMs > 0) {
            ++handshakes;
            EXPECT_GT(connectMs, 0.0);
        } else {
            ++reused;
            EXPECT_EQ(connectMs, 0.0) << lines[i].toStdString();
        }
    }
    // One handshake per connection, never one on a reused connection.
    EXPECT_GE(handshakes, 1);
    EXPECT_LE(handshakes, server.connectionCount());
    EXPECT_EQ(reused, rows - handshakes);

    const RunSummary s = readSummary(run.outcome.runDir);
    EXPECT_FALSE(s.tlsInsecure);
    ASSERT_EQ(s.targets.size(), 1u);
    // The whole load's distribution counts the connections opened in it (the warm-up's are outside it).
    EXPECT_LE(s.targets[0].tlsHandshake.count, 3u);
    EXPECT_GT(s.targets[0].tlsHandshake.count, 0u);
    EXPECT_GT(s.targets[0].tlsHandshake.p50Ms, 0.0);
}

TEST(EngineTls, ACaFileThatCannotBeUsedStopsTheRunBeforeItStarts)
{
    TestPlan plan = httpsPlan(QUrl(QStringLiteral("https://127.0.0.1:9/")));
    QTemporaryDir dir;
    plan.tls.caFile = dir.filePath(QStringLiteral("missing-ca.pem"));
    LoadEngine engine;
    QString error;
    EXPECT_FALSE(engine.start(plan, {}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("tls.ca_file"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("missing-ca.pem"))) << error.toStdString();

    QFile notPem(dir.filePath(QStringLiteral("not-a-certificate.pem")));
    ASSERT_TRUE(notPem.open(QIODevice::WriteOnly));
    notPem.write("this is no certificate\n");
    notPem.close();
    plan.tls.caFile = notPem.fileName();
    EXPECT_FALSE(engine.start(plan, {}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("holds no usable PEM certificate"))) << error.toStdString();
}

TEST(EngineTls, InsecureRunsAnUntrustedHostAndTheRunFolderSaysSo)
{
    QString error;
    const TestPki *pki = TestPki::shared(&error);
    ASSERT_NE(pki, nullptr) << error.toStdString();
    RawHttpServer server;
    RawTlsOptions tls;
    tls.certificateFile = pki->untrusted.certificate;
    tls.keyFile = pki->untrusted.key;
    ASSERT_TRUE(server.listen(tls));
    server.setHandler(
        [](const RawRequest &) { return Script::chunked(200, "text/event-stream", {sse()}, 5); });
    TestPlan plan = httpsPlan(server.url());
    plan.profile().sustainedUsers = 1;

    QTemporaryDir dir;
    const EngineRun refused = runEngineRecorded(plan, dir.path(), QStringLiteral("verified"), {}, 60000);
    ASSERT_EQ(refused.outcome.targets.size(), 1u);
    EXPECT_EQ(refused.outcome.targets[0].total.ok, 0u);
    EXPECT_GT(refused.outcome.targets[0].total.failures[size_t(FailureClass::Tls)], 0u);
    EXPECT_EQ(server.requestCount(), 0);

    plan.tls.insecure = true;
    const EngineRun run = runEngineRecorded(plan, dir.path(), QStringLiteral("insecure"), {}, 60000);
    ASSERT_EQ(run.outcome.targets.size(), 1u);
    EXPECT_GT(run.outcome.targets[0].total.ok, 0u);
    EXPECT_TRUE(readSummary(run.outcome.runDir).tlsInsecure);
}
