#pragma once
// Test TLS material made at run time with OpenSSL, so no checked-in certificate ever expires and each case
// (wrong name, expired, untrusted, client) is exactly what its name says. EC P-256 keys: a whole set takes
// milliseconds. Files are PEM, keys unencrypted PKCS#8, written into a directory the caller owns:
//
//     QTemporaryDir dir;
//     QString error;
//     const std::optional<TestPki> pki = TestPki::create(dir.path(), &error);
//     ASSERT_TRUE(pki) << error.toStdString();
//     server.listen(RawTlsOptions{pki->good.certificate, pki->good.key});
//     options.caFile = pki->caFile;

#include <QString>
#include <optional>

namespace plateau::test {

struct TestPki
{
    struct Pair
    {
        QString certificate{}; // PEM, the leaf alone
        QString key{};         // PEM, unencrypted
    };

    // Writes every file into dir (which must exist); nullopt with *error set when OpenSSL or a write fails.
    static std::optional<TestPki> create(const QString &dir, QString *error = nullptr);
    // One set per process, in a temporary directory removed at exit; null (with *error) when create failed.
    static const TestPki *shared(QString *error = nullptr);

    QString caFile{}; // "Plateau Test CA": self-signed, CA:TRUE, keyCertSign
    QString caKey{};  // to sign more leaves in a test that needs an odd one
    Pair good{};      // CA-signed; localhost, plateau.test, 127.0.0.1, ::1; now-1h .. now+1d; serverAuth
    Pair wrongName{}; // CA-signed for other.example only
    Pair expired{};   // CA-signed for localhost and 127.0.0.1; now-2d .. now-1d
    Pair untrusted{}; // self-signed for localhost and 127.0.0.1, under no CA
    Pair client{};    // CA-signed, CN plateau-client, clientAuth
};

} // namespace plateau::test
