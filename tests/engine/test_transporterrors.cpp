// The one-line failure details both transports give before any answer (core/engine/transporterrors.h). The
// conformance suite drives refused connects, timeouts and plain-HTTP answers through both transports; a
// host that does not resolve would need a DNS lookup, so its text is checked here.

#include "core/engine/transporterrors.h"

#include <gtest/gtest.h>

using namespace plateau;

TEST(TransportErrors, HostNotFoundSaysCheckTheUrl)
{
    EXPECT_EQ(hostNotFoundDetail(QStringLiteral("agent.example.invalid"), QStringLiteral("Host not found")),
              QStringLiteral("cannot resolve host agent.example.invalid — check the URL (Host not found)"));
}

TEST(TransportErrors, RefusedNamesTheAddressAsAUrlWritesIt)
{
    EXPECT_EQ(connectRefusedDetail(QStringLiteral("::1"), 9, QStringLiteral("Connection refused")),
              QStringLiteral("nothing listens on [::1]:9 — is the app running? (Connection refused)"));
    // Without a reason there are no empty parentheses.
    EXPECT_EQ(connectRefusedDetail(QStringLiteral("127.0.0.1"), 8080, QString()),
              QStringLiteral("nothing listens on 127.0.0.1:8080 — is the app running?"));
}

TEST(TransportErrors, ConnectTimeoutSaysWhatToCheck)
{
    EXPECT_EQ(
        connectTimeoutDetail(QStringLiteral("10.0.0.7"), 443, 10000, false),
        QStringLiteral("connect to 10.0.0.7:443 timed out after 10000 ms — check the host and port, and "
                       "that no firewall drops the connection"));
    EXPECT_EQ(connectTimeoutDetail(QStringLiteral("10.0.0.7"), 443, 300, true),
              QStringLiteral("connect to 10.0.0.7:443 timed out after 300 ms during the TLS handshake — does "
                             "the server speak https?"));
}

TEST(TransportErrors, PlainHttpAnswerIsRecognisedInEveryOpenSslWording)
{
    for (const char *reason : {
             "Error during SSL handshake: error:0A00010B:SSL routines::wrong version number", // OpenSSL 3
             "error:1408F10B:SSL routines:ssl3_get_record:wrong version number",              // 1.1
             "error:1408E0F4:SSL routines:ssl3_get_message:packet length too long",
             "error:140770FC:SSL routines:SSL23_GET_SERVER_HELLO:unknown protocol", // 1.0
         })
        EXPECT_TRUE(isPlainHttpAnswer(QString::fromLatin1(reason))) << reason;
    for (const char *reason : {
             "The certificate is self-signed, and untrusted",
             "The host name did not match any of the valid hosts for this certificate",
             "Error during SSL handshake: error:0A000410:SSL routines::sslv3 alert handshake failure",
         })
        EXPECT_FALSE(isPlainHttpAnswer(QString::fromLatin1(reason))) << reason;
    EXPECT_EQ(plainHttpAnswerDetail(QStringLiteral("wrong version number")),
              QStringLiteral("the server answered in plain HTTP — use http:// instead of https://? (wrong "
                             "version number)"));
}
