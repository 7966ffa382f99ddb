// Certificate verification and mutual TLS on both transports, against certificates made at run time
// (tests/engine/testpki.h): what the plan's `tls` section (caFile, insecure, the client pair) promises. Where
// QNAM's wording is Qt's, only the failure class is asserted; the lean transport's detail must name the
// reason.

#include "core/engine/transport.h"
#include "tests/engine/rawhttpserver.h"
#include "tests/engine/test_transport_support.h"
#include "tests/engine/testpki.h"

#include <QDateTime>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <gtest/gtest.h>
#include <memory>

using namespace plateau;
using namespace plateau::test;

namespace {

const TestPki &pki()
{
    QString error;
    const TestPki *p = TestPki::shared(&error);
    if (!p) {
        ADD_FAILURE() << "test PKI: " << error.toStdString();
        static const TestPki empty;
        return empty;
    }
    return *p;
}

RawTlsOptions serving(const TestPki::Pair &pair)
{
    RawTlsOptions tls;
    tls.certificateFile = pair.certificate;
    tls.keyFile = pair.key;
    return tls;
}

TransportOptions trustingTheTestCa()
{
    TransportOptions options;
    options.caFile = pki().caFile;
    return options;
}

bool containsAny(const QString &text, std::initializer_list<const char *> words)
{
    for (const char *w : words) {
        if (text.contains(QLatin1String(w), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// --- the material itself
// ---------------------------------------------------------------------------------------------

TEST(TestPki, MaterialIsWhatItsNamesSay)
{
    const TestPki &p = pki();
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(p.caFile);
    ASSERT_EQ(ca.size(), 1);
    EXPECT_TRUE(ca[0].isSelfSigned());
    EXPECT_EQ(ca[0].subjectInfo(QSslCertificate::CommonName).value(0), QStringLiteral("Plateau Test CA"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const TestPki::Pair *pair : {&p.good, &p.wrongName, &p.expired, &p.untrusted, &p.client}) {
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(pair->certificate);
        ASSERT_EQ(certs.size(), 1) << pair->certificate.toStdString();
        QFile keyFile(pair->key);
        ASSERT_TRUE(keyFile.open(QIODevice::ReadOnly)) << pair->key.toStdString();
        const QSslKey key(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
        EXPECT_FALSE(key.isNull()) << pair->key.toStdString();
        const bool underCa = pair != &p.untrusted;
        EXPECT_EQ(certs[0].issuerDisplayName(),
                  underCa ? QStringLiteral("Plateau Test CA") : certs[0].subjectDisplayName())
            << pair->certificate.toStdString();
        EXPECT_EQ(certs[0].isSelfSigned(), !underCa) << pair->certificate.toStdString();
        if (pair == &p.expired)
            EXPECT_LT(certs[0].expiryDate(), now);
        else
            EXPECT_GT(certs[0].expiryDate(), now);
    }
    const auto names = QSslCertificate::fromPath(p.good.certificate)
                           .value(0)
                           .subjectAlternativeNames()
                           .values(QSsl::DnsEntry);
    EXPECT_TRUE(names.contains(QStringLiteral("localhost")));
    EXPECT_TRUE(names.contains(QStringLiteral("plateau.test")));
    const auto ips = QSslCertificate::fromPath(p.good.certificate)
                         .value(0)
                         .subjectAlternativeNames()
                         .values(QSsl::IpAddressEntry);
    EXPECT_TRUE(ips.contains(QStringLiteral("127.0.0.1")));
    EXPECT_TRUE(ips.contains(QStringLiteral("0:0:0:0:0:0:0:1")) || ips.contains(QStringLiteral("::1")))
        << ips.join(QLatin1Char(',')).toStdString();
}

// --- both transports
// -------------------------------------------------------------------------------------------------

class TransportTlsVerification : public ::testing::TestWithParam<TransportKind>
{
protected:
    bool lean() const { return GetParam() == TransportKind::Lean; }

    std::unique_ptr<Transport> transport(TransportOptions options = {})
    {
        options.connectTimeoutMs = 5000;
        return makeTransport(GetParam(), options);
    }

    RecordingObserver fetch(const QUrl &url, const TransportOptions &options = {})
    {
        auto t = transport(options);
        auto client = t->createClient();
        RecordingObserver observer;
        EXPECT_TRUE(runOne(*client, postSpec(url), observer));
        return observer;
    }

    // A certificate failure: Tls, a one-line reason, and no request got through.
    void expectRefused(const RecordingObserver &o)
    {
        EXPECT_EQ(o.error, TransportError::Tls) << errorName(o.error) << " " << o.detail.toStdString();
        EXPECT_FALSE(o.detail.isEmpty());
        EXPECT_EQ(o.headersCalls, 0);
        // Each transport's wording, in --gtest_output=xml, to compare what users will read.
        ::testing::Test::RecordProperty("detail", o.detail.toStdString());
        QTest::qWait(50);
        EXPECT_EQ(server.requestCount(), 0);
    }

    RawHttpServer server;
};

std::string kindName(const ::testing::TestParamInfo<TransportKind> &info)
{
    return info.param == TransportKind::Lean ? "Lean" : "Qnam";
}

TEST_P(TransportTlsVerification, CaFileTrustsTheServerByAddressAndByName)
{
    ASSERT_TRUE(server.listen(serving(pki().good)));
    for (const char *host : {"127.0.0.1", "localhost"}) {
        if (!lean() && QLatin1String(host) == QLatin1String("localhost") && !systemResolvesLocalhost())
            continue; // QNAM asks the system resolver, which knows no localhost here
        server.clearLog();
        auto t = transport(trustingTheTestCa());
        auto client = t->createClient();
        RecordingObserver o;
        const QUrl url = server.url(QStringLiteral("/invocations"), QLatin1String(host));
        for (int i = 0; i < 3; ++i) {
            ASSERT_TRUE(runOne(*client, postSpec(url), o)) << host;
            EXPECT_EQ(o.error, TransportError::None)
                << host << ": " << errorName(o.error) << " " << o.detail.toStdString();
            EXPECT_EQ(o.head.status, 200) << host;
            EXPECT_EQ(o.body, "ok") << host;
        }
        EXPECT_EQ(server.requestCount(), 3) << host;
        EXPECT_EQ(server.connectionCount(), 1) << host; // keep-alive over TLS
        EXPECT_EQ(server.lastRequest().version, "HTTP/1.1") << host;
        EXPECT_EQ(server.lastRequest().target, "/invocations") << host;
    }
}

TEST_P(TransportTlsVerification, CaFileTrustsAnIpv6Server)
{
    if (!server.listen(serving(pki().good), QHostAddress(QHostAddress::LocalHostIPv6)))
        GTEST_SKIP() << "no IPv6 loopback here";
    const RecordingObserver o = fetch(server.url(), trustingTheTestCa());
    EXPECT_EQ(o.error, TransportError::None) << errorName(o.error) << " " << o.detail.toStdString();
    EXPECT_EQ(o.body, "ok");
}

TEST_P(TransportTlsVerification, WithoutCaFileTheServerIsUntrusted)
{
    ASSERT_TRUE(server.listen(serving(pki().good)));
    const RecordingObserver o = fetch(server.url());
    expectRefused(o);
    if (lean()) {
        // OpenSSL: "unable to get local ... certificate"
        EXPECT_TRUE(o.detail.contains(QStringLiteral("certificate"), Qt::CaseInsensitive))
            << o.detail.toStdString();
    }
}

TEST_P(TransportTlsVerification, WrongNameIsATlsError)
{
    ASSERT_TRUE(server.listen(serving(pki().wrongName)));
    for (const char *host : {"127.0.0.1", "localhost"}) {
        if (!lean() && QLatin1String(host) == QLatin1String("localhost") && !systemResolvesLocalhost())
            continue; // QNAM asks the system resolver, which knows no localhost here
        server.clearLog();
        const RecordingObserver o =
            fetch(server.url(QStringLiteral("/"), QLatin1String(host)), trustingTheTestCa());
        SCOPED_TRACE(host);
        expectRefused(o);
        if (lean()) {
            // OpenSSL: "hostname mismatch" / "IP address mismatch"
            EXPECT_TRUE(containsAny(o.detail, {"name", "mismatch"}))
                << host << ": " << o.detail.toStdString();
        }
    }
}

TEST_P(TransportTlsVerification, ExpiredCertificateIsATlsError)
{
    ASSERT_TRUE(server.listen(serving(pki().expired)));
    const RecordingObserver o = fetch(server.url(), trustingTheTestCa());
    expectRefused(o);
    if (lean()) {
        EXPECT_TRUE(o.detail.contains(QStringLiteral("expired"), Qt::CaseInsensitive))
            << o.detail.toStdString();
    }
}

TEST_P(TransportTlsVerification, SelfSignedOutsideTheCaIsATlsError)
{
    ASSERT_TRUE(server.listen(serving(pki().untrusted)));
    const RecordingObserver o =
        fetch(server.url(), trustingTheTestCa()); // a caFile adds roots, not exceptions
    expectRefused(o);
}

TEST_P(TransportTlsVerification, IgnoringTlsErrorsAcceptsEveryBadCertificate)
{
    const TestPki &p = pki();
    const std::pair<const char *, const TestPki::Pair *> cases[] = {
        {"expired", &p.expired}, {"wrongName", &p.wrongName}, {"untrusted", &p.untrusted}};
    for (const auto &[name, pair] : cases) {
        RawHttpServer bad;
        ASSERT_TRUE(bad.listen(serving(*pair))) << name;
        TransportOptions options;
        options.ignoreTlsErrors = true;
        auto t = transport(options);
        auto client = t->createClient();
        RecordingObserver o;
        ASSERT_TRUE(runOne(*client, postSpec(bad.url()), o)) << name;
        EXPECT_EQ(o.error, TransportError::None)
            << name << ": " << errorName(o.error) << " " << o.detail.toStdString();
        EXPECT_EQ(o.head.status, 200) << name;
        EXPECT_EQ(bad.requestCount(), 1) << name;
    }
}

TEST_P(TransportTlsVerification, MutualTlsNeedsTheClientCertificate)
{
    RawTlsOptions tls = serving(pki().good);
    tls.clientCaFile = pki().caFile;
    tls.requireClientCertificate = true;
    ASSERT_TRUE(server.listen(tls));

    // Without one the server ends the handshake. In TLS 1.3 the client has finished its side by then, so it
    // may see the alert (Tls) or just the close (Closed).
    RecordingObserver o = fetch(server.url(), trustingTheTestCa());
    EXPECT_NE(o.error, TransportError::None);
    EXPECT_TRUE(o.error == TransportError::Tls || o.error == TransportError::Closed)
        << errorName(o.error) << " " << o.detail.toStdString();
    EXPECT_FALSE(o.detail.isEmpty());
    QTest::qWait(50);
    EXPECT_EQ(server.requestCount(), 0);

    // One the server's CA did not sign is refused the same way.
    TransportOptions stranger = trustingTheTestCa();
    stranger.clientCertificateFile = pki().untrusted.certificate;
    stranger.clientKeyFile = pki().untrusted.key;
    o = fetch(server.url(), stranger);
    EXPECT_NE(o.error, TransportError::None) << o.detail.toStdString();
    QTest::qWait(50);
    EXPECT_EQ(server.requestCount(), 0);

    TransportOptions options = trustingTheTestCa();
    options.clientCertificateFile = pki().client.certificate;
    options.clientKeyFile = pki().client.key;
    auto t = transport(options);
    auto client = t->createClient();
    for (int i = 0; i < 2; ++i) {
        ASSERT_TRUE(runOne(*client, postSpec(server.url()), o));
        EXPECT_EQ(o.error, TransportError::None)
            << i << ": " << errorName(o.error) << " " << o.detail.toStdString();
        EXPECT_EQ(o.head.status, 200) << i;
    }
    EXPECT_EQ(server.requestCount(), 2);
}

TEST_P(TransportTlsVerification, HandshakeCutShortLeavesTheClientUsable)
{
    // Reads the ClientHello, then closes: a TLS terminator that dislikes the client or is restarting.
    QTcpServer rude;
    ASSERT_TRUE(rude.listen(QHostAddress::LocalHost, 0));
    QObject::connect(&rude, &QTcpServer::newConnection, &rude, [&rude] {
        while (QTcpSocket *s = rude.nextPendingConnection()) {
            QObject::connect(s, &QTcpSocket::readyRead, s, [s] {
                s->readAll();
                s->close();
                s->deleteLater();
            });
        }
    });
    ASSERT_TRUE(server.listen(serving(pki().good)));

    auto t = transport(trustingTheTestCa());
    auto client = t->createClient();
    RecordingObserver o;
    ASSERT_TRUE(
        runOne(*client, postSpec(QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(rude.serverPort()))), o));
    EXPECT_TRUE(o.error == TransportError::Tls || o.error == TransportError::Closed)
        << errorName(o.error) << " " << o.detail.toStdString();
    EXPECT_FALSE(o.detail.isEmpty());
    EXPECT_EQ(o.headersCalls, 0);

    ASSERT_TRUE(runOne(*client, postSpec(server.url()), o));
    EXPECT_EQ(o.error, TransportError::None) << errorName(o.error) << " " << o.detail.toStdString();
    EXPECT_EQ(o.body, "ok");
}

TEST_P(TransportTlsVerification, ServerNameIsSentForNamesOnly)
{
    // RFC 6066: SNI carries a host name, never an IP literal. A shared TLS front picks its certificate by it.
    RawTlsOptions tls = serving(pki().good);
    tls.recordServerName = true;
    ASSERT_TRUE(server.listen(tls));
    for (const char *host : {"localhost", "127.0.0.1"}) {
        if (!lean() && QLatin1String(host) == QLatin1String("localhost") && !systemResolvesLocalhost())
            continue; // QNAM asks the system resolver, which knows no localhost here
        server.clearLog();
        const RecordingObserver o =
            fetch(server.url(QStringLiteral("/"), QLatin1String(host)), trustingTheTestCa());
        EXPECT_EQ(o.error, TransportError::None)
            << host << ": " << errorName(o.error) << " " << o.detail.toStdString();
        const std::vector<QString> names = server.serverNames();
        ASSERT_EQ(names.size(), 1u) << host;
        EXPECT_EQ(names[0], QString::fromLatin1(host) == QStringLiteral("localhost")
                                ? QStringLiteral("localhost")
                                : QString())
            << host;
    }
}

INSTANTIATE_TEST_SUITE_P(Both, TransportTlsVerification,
                         ::testing::Values(TransportKind::Lean, TransportKind::Qnam), kindName);

// --- the lean transport's connection timings
// ----------------------------------------------------------------------------------

TEST(LeanConnectionSetup, HttpsReportsTheHandshakeOnceThenReuse)
{
    RawHttpServer server;
    ASSERT_TRUE(server.listen(serving(pki().good)));
    TransportOptions options = trustingTheTestCa();
    auto t = makeTransport(TransportKind::Lean, options);
    auto client = t->createClient();
    RecordingObserver o;
    ASSERT_TRUE(runOne(*client, postSpec(server.url()), o));
    ASSERT_EQ(o.error, TransportError::None) << o.detail.toStdString();
    EXPECT_EQ(o.connectionCalls, 1);
    EXPECT_FALSE(o.setup.reused);
    EXPECT_GT(o.setup.connectNs, 0);
    EXPECT_GT(o.setup.tlsNs, 0);

    ASSERT_TRUE(runOne(*client, postSpec(server.url()), o));
    ASSERT_EQ(o.error, TransportError::None) << o.detail.toStdString();
    EXPECT_EQ(o.connectionCalls, 1);
    EXPECT_TRUE(o.setup.reused);
    EXPECT_EQ(o.setup.connectNs, 0);
    EXPECT_EQ(o.setup.tlsNs, 0);
    EXPECT_EQ(server.connectionCount(), 1);
}

TEST(LeanConnectionSetup, PlainHttpHasNoHandshake)
{
    RawHttpServer server;
    ASSERT_TRUE(server.listen());
    auto t = makeTransport(TransportKind::Lean, {});
    auto client = t->createClient();
    RecordingObserver o;
    ASSERT_TRUE(runOne(*client, postSpec(server.url()), o));
    ASSERT_EQ(o.error, TransportError::None) << o.detail.toStdString();
    EXPECT_EQ(o.connectionCalls, 1);
    EXPECT_FALSE(o.setup.reused);
    EXPECT_GT(o.setup.connectNs, 0);
    EXPECT_EQ(o.setup.tlsNs, 0);

    ASSERT_TRUE(runOne(*client, postSpec(server.url()), o));
    EXPECT_EQ(o.connectionCalls, 1);
    EXPECT_TRUE(o.setup.reused);
    EXPECT_EQ(o.setup.tlsNs, 0);
}

TEST(LeanConnectionSetup, AFailedHandshakeReportsNoConnection)
{
    RawHttpServer server;
    ASSERT_TRUE(server.listen(serving(pki().expired)));
    auto t = makeTransport(TransportKind::Lean, trustingTheTestCa());
    auto client = t->createClient();
    RecordingObserver o;
    ASSERT_TRUE(runOne(*client, postSpec(server.url()), o));
    EXPECT_EQ(o.error, TransportError::Tls) << errorName(o.error) << " " << o.detail.toStdString();
    EXPECT_EQ(o.connectionCalls, 0); // onConnection comes only when the request is about to be written
}

} // namespace

// --- names pinned to several addresses (the plan's `hosts`)
// ------------------------------------------------------------------

namespace {

// 127.0.0.2 is loopback too, but nothing listens there: a name's first address that refuses.
QMap<QString, QStringList> pinned(const QString &name)
{
    return {{name, {QStringLiteral("127.0.0.2"), QStringLiteral("127.0.0.1")}}};
}

} // namespace

TEST(LeanNames, ANameWithSeveralAddressesIsTriedAddressByAddressKeepingItForSniAndTheCertificate)
{
    RawHttpServer server;
    RawTlsOptions tls = serving(pki().good);
    tls.recordServerName = true;
    ASSERT_TRUE(server.listen(tls));
    TransportOptions options = trustingTheTestCa();
    options.hosts = pinned(QStringLiteral("plateau.test")); // a name in the good certificate
    auto transport = makeTransport(TransportKind::Lean, options);
    const QUrl url(QStringLiteral("https://plateau.test:%1/invocations").arg(server.port()));
    for (int user = 0; user < 2; ++user) {
        auto client = transport->createClient();
        RecordingObserver o;
        ASSERT_TRUE(runOne(*client, postSpec(url), o));
        EXPECT_EQ(o.error, TransportError::None) << errorName(o.error) << " " << o.detail.toStdString();
        EXPECT_EQ(o.head.status, 200);
    }
    EXPECT_EQ(server.connectionCount(), 2);
    const std::vector<QString> names = server.serverNames();
    ASSERT_EQ(names.size(), 2u);
    EXPECT_EQ(names[0], QStringLiteral("plateau.test"));
    EXPECT_EQ(server.lastRequest().header("host"), "plateau.test:" + QByteArray::number(server.port()));
}

TEST(LeanNames, WhenEveryAddressRefusesTheFailureSaysHowManyWereTried)
{
    quint16 port = 0;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    TransportOptions options;
    options.hosts = pinned(QStringLiteral("agent.test"));
    auto transport = makeTransport(TransportKind::Lean, options);
    auto client = transport->createClient();
    RecordingObserver o;
    ASSERT_TRUE(runOne(*client, postSpec(QUrl(QStringLiteral("http://agent.test:%1/").arg(port))), o));
    EXPECT_EQ(o.error, TransportError::Connect);
    EXPECT_TRUE(o.detail.contains(QStringLiteral("agent.test (2 addresses, the last 127.0.0.1)")))
        << o.detail.toStdString();
}
