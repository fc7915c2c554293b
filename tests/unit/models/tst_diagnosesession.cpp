#include "diagnosesession.h"
#include "identity/opensslptr.h"

#include <QTest>

#include <cstring>

#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

// The console credentials a DiagnoseSession is given: the private key is read as the kind its
// certificate holds, RSA as well as EC, and a key of another kind is refused with the reason.
class TestDiagnoseSession : public QObject
{
    Q_OBJECT

private slots:
    void takesTheKeyKindFromTheCertificate();
    void refusesAKeyOfAnotherKind();
};

namespace {
// A self-signed certificate for `key`: all the session reads of it is its public key.
QSslCertificate selfSigned(EVP_PKEY *key)
{
    OpenSsl::Certificate certificate(X509_new());
    X509 *x509 = certificate.get();
    X509_set_version(x509, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x509), 1);
    X509_gmtime_adj(X509_getm_notBefore(x509), 0);
    X509_gmtime_adj(X509_getm_notAfter(x509), 3600);
    X509_set_pubkey(x509, key);
    X509_NAME *name = X509_get_subject_name(x509);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("console"), -1, -1, 0);
    X509_set_issuer_name(x509, name);
    if (X509_sign(x509, key, EVP_sha256()) <= 0)
        qFatal("cannot sign the test certificate: %s", qPrintable(OpenSsl::lastError()));
    return QSslCertificate(OpenSsl::certificatePem(x509));
}

} // namespace

void TestDiagnoseSession::takesTheKeyKindFromTheCertificate()
{
    OpenSsl::Key keys[] = { OpenSsl::Key(EVP_RSA_gen(2048)), OpenSsl::Key(EVP_EC_gen("P-256")) };
    for (const OpenSsl::Key &key : keys) {
        QVERIFY(key);
        const QSslCertificate certificate = selfSigned(key.get());
        DiagnoseSession session(nullptr, QStringLiteral("osm-hq"), [] {
            return Result<std::shared_ptr<Database>>::failure(QStringLiteral("no store here"));
        });
        const Result<Done> set
            = session.setCredentials(certificate, certificate, OpenSsl::privateKeyPem(key.get()));
        QVERIFY2(set, qPrintable(set.error()));
    }
}

void TestDiagnoseSession::refusesAKeyOfAnotherKind()
{
    const OpenSsl::Key rsa(EVP_RSA_gen(2048));
    const OpenSsl::Key ec(EVP_EC_gen("P-256"));
    const QSslCertificate rsaCertificate = selfSigned(rsa.get());
    DiagnoseSession session(nullptr, QStringLiteral("osm-hq"), [] {
        return Result<std::shared_ptr<Database>>::failure(QStringLiteral("no store here"));
    });
    const Result<Done> set
        = session.setCredentials(rsaCertificate, rsaCertificate, OpenSsl::privateKeyPem(ec.get()));
    QVERIFY(!set);
    QVERIFY2(set.error().contains(QLatin1String("RSA")), qPrintable(set.error()));
}

QTEST_GUILESS_MAIN(TestDiagnoseSession)
#include "tst_diagnosesession.moc"
