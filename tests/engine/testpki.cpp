#include "tests/engine/testpki.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <memory>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace plateau::test {

namespace {

struct KeyFree
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct CertFree
{
    void operator()(X509 *c) const { X509_free(c); }
};
struct BioFree
{
    void operator()(BIO *b) const { BIO_free(b); }
};
using Key = std::unique_ptr<EVP_PKEY, KeyFree>;
using Cert = std::unique_ptr<X509, CertFree>;
using Bio = std::unique_ptr<BIO, BioFree>;

constexpr long kHour = 3600;
constexpr long kDay = 24 * kHour;

// OpenSSL's own reason, so a failure says more than "false".
QString opensslReason(const char *what)
{
    QString reason = QString::fromLatin1(what);
    while (const unsigned long e = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(e, buffer, sizeof buffer);
        reason += QStringLiteral(": ") + QString::fromLatin1(buffer);
    }
    return reason;
}

struct Spec
{
    QString commonName{};
    QString subjectAltName{}; // OpenSSL config syntax, "DNS:a,IP:1.2.3.4"; empty for none
    long notBeforeOffset = -kHour;
    long notAfterOffset = kDay;
    bool ca = false;
    const char *extendedKeyUsage = nullptr; // "serverAuth", "clientAuth"
};

bool addExtension(X509 *cert, X509V3_CTX *ctx, int nid, const QString &value)
{
    const QByteArray v = value.toLatin1();
    X509_EXTENSION *ext = X509V3_EXT_nconf_nid(nullptr, ctx, nid, v.constData());
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

// A certificate for key, signed by signerKey as signerCert (both null: self-signed).
Cert makeCertificate(const Spec &spec, EVP_PKEY *key, X509 *signerCert, EVP_PKEY *signerKey)
{
    Cert cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1)
        return nullptr;
    // Random serials: a client that caches certificates by signer and serial must not mix two test runs'
    // leaves up.
    unsigned char serial[8];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return nullptr;
    serial[0] &= 0x7f; // positive
    uint64_t serialValue = 0;
    for (unsigned char b : serial)
        serialValue = serialValue << 8 | b;
    if (ASN1_INTEGER_set_uint64(X509_get_serialNumber(cert.get()), serialValue) != 1)
        return nullptr;
    if (!X509_gmtime_adj(X509_getm_notBefore(cert.get()), spec.notBeforeOffset) ||
        !X509_gmtime_adj(X509_getm_notAfter(cert.get()), spec.notAfterOffset))
        return nullptr;
    if (X509_set_pubkey(cert.get(), key) != 1)
        return nullptr;
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = spec.commonName.toUtf8();
    if (X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                                   reinterpret_cast<const unsigned char *>("Plateau"), -1, -1, 0) != 1 ||
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0) != 1)
        return nullptr;
    X509 *signer = signerCert ? signerCert : cert.get();
    if (X509_set_issuer_name(cert.get(), X509_get_subject_name(signer)) != 1)
        return nullptr;

    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, signer, cert.get(), nullptr, nullptr, 0);
    bool ok =
        addExtension(cert.get(), &ctx, NID_basic_constraints,
                     spec.ca ? QStringLiteral("critical,CA:TRUE") : QStringLiteral("critical,CA:FALSE"));
    // A self-signed leaf gets no keyUsage, as quick self-signed certificates usually have none: a leaf-only
    // digitalSignature would keep OpenSSL from seeing it as self-signed at all (no keyCertSign to sign
    // itself).
    if (spec.ca)
        ok = ok &&
             addExtension(cert.get(), &ctx, NID_key_usage, QStringLiteral("critical,keyCertSign,cRLSign"));
    else if (signerCert)
        ok = ok && addExtension(cert.get(), &ctx, NID_key_usage, QStringLiteral("critical,digitalSignature"));
    ok = ok && addExtension(cert.get(), &ctx, NID_subject_key_identifier, QStringLiteral("hash"));
    // Chain builders match a leaf to its signer by key identifier first; a self-signed one names itself.
    if (signerCert)
        ok = ok &&
             addExtension(cert.get(), &ctx, NID_authority_key_identifier, QStringLiteral("keyid:always"));
    if (spec.extendedKeyUsage)
        ok = ok &&
             addExtension(cert.get(), &ctx, NID_ext_key_usage, QString::fromLatin1(spec.extendedKeyUsage));
    if (!spec.subjectAltName.isEmpty())
        ok = ok && addExtension(cert.get(), &ctx, NID_subject_alt_name, spec.subjectAltName);
    if (!ok)
        return nullptr;
    if (X509_sign(cert.get(), signerKey ? signerKey : key, EVP_sha256()) <= 0)
        return nullptr;
    return cert;
}

bool writeCertificate(const QString &path, X509 *cert)
{
    Bio bio(BIO_new_file(QFile::encodeName(path).constData(), "w"));
    return bio && PEM_write_bio_X509(bio.get(), cert) == 1;
}

bool writeKey(const QString &path, EVP_PKEY *key)
{
    Bio bio(BIO_new_file(QFile::encodeName(path).constData(), "w"));
    return bio && PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) == 1;
}

} // namespace

std::optional<TestPki> TestPki::create(const QString &dirPath, QString *error)
{
    auto fail = [error](const char *what) -> std::optional<TestPki> {
        const QString reason = opensslReason(what);
        if (error)
            *error = reason;
        return std::nullopt;
    };
    const QDir dir(dirPath);
    if (!dir.exists())
        return fail("the directory does not exist");
    ERR_clear_error();

    TestPki pki;
    Key caKey(EVP_EC_gen("P-256"));
    if (!caKey)
        return fail("EC key generation");
    Spec caSpec;
    caSpec.commonName = QStringLiteral("Plateau Test CA");
    caSpec.ca = true;
    caSpec.notAfterOffset = 7 * kDay;
    const Cert ca = makeCertificate(caSpec, caKey.get(), nullptr, nullptr);
    if (!ca)
        return fail("the CA certificate");
    pki.caFile = dir.filePath(QStringLiteral("ca.crt"));
    pki.caKey = dir.filePath(QStringLiteral("ca.key"));
    if (!writeCertificate(pki.caFile, ca.get()) || !writeKey(pki.caKey, caKey.get()))
        return fail("writing the CA");

    const QString localNames = QStringLiteral("DNS:localhost,IP:127.0.0.1");
    struct Leaf
    {
        Pair *pair;
        const char *name;
        Spec spec;
        bool selfSigned;
    };
    Spec good{QStringLiteral("localhost"),
              QStringLiteral("DNS:localhost,DNS:plateau.test,IP:127.0.0.1,IP:::1"),
              -kHour,
              kDay,
              false,
              "serverAuth"};
    Spec wrongName{QStringLiteral("other.example"),
                   QStringLiteral("DNS:other.example"),
                   -kHour,
                   kDay,
                   false,
                   "serverAuth"};
    Spec expired{QStringLiteral("localhost"), localNames, -2 * kDay, -kDay, false, "serverAuth"};
    Spec untrusted{QStringLiteral("localhost"), localNames, -kHour, kDay, false, "serverAuth"};
    Spec client{QStringLiteral("plateau-client"), QString(), -kHour, kDay, false, "clientAuth"};
    const Leaf leaves[] = {
        {&pki.good, "good", good, false},          {&pki.wrongName, "wrongname", wrongName, false},
        {&pki.expired, "expired", expired, false}, {&pki.untrusted, "untrusted", untrusted, true},
        {&pki.client, "client", client, false},
    };
    for (const Leaf &leaf : leaves) {
        Key key(EVP_EC_gen("P-256"));
        if (!key)
            return fail("EC key generation");
        const Cert cert = leaf.selfSigned ? makeCertificate(leaf.spec, key.get(), nullptr, nullptr)
                                          : makeCertificate(leaf.spec, key.get(), ca.get(), caKey.get());
        if (!cert)
            return fail(leaf.name);
        leaf.pair->certificate = dir.filePath(QString::fromLatin1(leaf.name) + QStringLiteral(".crt"));
        leaf.pair->key = dir.filePath(QString::fromLatin1(leaf.name) + QStringLiteral(".key"));
        if (!writeCertificate(leaf.pair->certificate, cert.get()) || !writeKey(leaf.pair->key, key.get()))
            return fail(leaf.name);
    }
    return pki;
}

const TestPki *TestPki::shared(QString *error)
{
    static QTemporaryDir dir;
    static QString failure;
    static const std::optional<TestPki> pki = [] {
        if (!dir.isValid()) {
            failure = QStringLiteral("no temporary directory: ") + dir.errorString();
            return std::optional<TestPki>();
        }
        return create(dir.path(), &failure);
    }();
    if (!pki && error)
        *error = failure;
    return pki ? &*pki : nullptr;
}

} // namespace plateau::test
