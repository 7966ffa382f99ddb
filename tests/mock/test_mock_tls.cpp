// The mock agent over https (`plateau mock --tls-cert --tls-key`): the lean transport streams from it
// trusting the certificate, and a certificate or key it cannot use stops it from starting, naming the flag.
#include "core/engine/transport.h"
#include "core/mock/mockagent.h"
#include "tests/engine/test_transport_support.h"
#include "tests/mock/mocktestutil.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace plateau;
using namespace plateau::test;

namespace {

const QString kCert = QStringLiteral(PLATEAU_SOURCE_DIR "/tests/engine/certs/localhost.crt");
const QString kKey = QStringLiteral(PLATEAU_SOURCE_DIR "/tests/engine/certs/localhost.key");

} // namespace

TEST(MockTls, ServesTheStreamOverHttpsToATransportThatTrustsItsCertificate)
{
    MockConfig c;
    c.chunkCount = 5;
    c.chunkDelayMs = 1;
    c.tlsCertificateFile = kCert;
    c.tlsKeyFile = kKey;
    auto mock = startMock(c);
    ASSERT_TRUE(mock);
    EXPECT_TRUE(mock->baseUrl().startsWith(QStringLiteral("https://"))) << mock->baseUrl().toStdString();

    TransportOptions options;
    options.caFile = kCert; // self-signed: it is its own root
    auto transport = makeTransport(TransportKind::Lean, options);
    auto client = transport->createClient();
    for (int i = 0; i < 2; ++i) {
        RecordingObserver o;
        ASSERT_TRUE(runOne(*client, postSpec(QUrl(mock->baseUrl() + QStringLiteral("/invocations"))), o));
        EXPECT_EQ(o.error, TransportError::None) << o.detail.toStdString();
        EXPECT_EQ(o.head.status, 200);
        EXPECT_TRUE(o.body.contains("data: [DONE]")) << o.body.toStdString();
        EXPECT_EQ(o.setup.reused, i == 1);
    }
    EXPECT_EQ(client->connectionsOpened(), 1u);
    EXPECT_EQ(mock->counters().streamsCompleted, 2u);
}

TEST(MockTls, ACertificateOrKeyItCannotUseStopsItNamingTheFlag)
{
    QTemporaryDir dir;
    const QString junk = dir.filePath(QStringLiteral("junk.pem"));
    QFile f(junk);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("not pem\n");
    f.close();

    MockConfig c;
    c.tlsCertificateFile = kCert;
    c.tlsKeyFile = junk;
    MockAgent badKey(c);
    QString error;
    EXPECT_FALSE(badKey.start(&error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("--tls-key:"))) << error.toStdString();

    c.tlsCertificateFile = junk;
    c.tlsKeyFile = kKey;
    MockAgent badCert(c);
    EXPECT_FALSE(badCert.start(&error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("--tls-cert:"))) << error.toStdString();

    c.tlsCertificateFile = kCert;
    c.tlsKeyFile.clear();
    MockAgent half(c);
    EXPECT_FALSE(half.start(&error));
    EXPECT_TRUE(error.contains(QStringLiteral("--tls-key"))) << error.toStdString();
}
