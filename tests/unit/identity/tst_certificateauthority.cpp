#include "identity/certificateauthority.h"

#include <QTest>

class TestCertificateAuthority : public QObject
{
    Q_OBJECT

private slots:
    void createsASelfSignedAuthorityNamedAfterTheServer();
    void refusesAnEmptyServerName();
    void issuedClientCertificateVerifiesAgainstItsAuthorityOnly();
    void serverCertificateIsNotAClientCertificate();
    void expiredCertificateIsRefused();
    void missingCertificateIsRefused();
    void pemRoundTripKeepsTheAuthority();
    void pemWithAnotherKeyIsRefused();
    void pemOfALeafIsNotAnAuthority();
};

namespace {
CertificateAuthority authority(const QString &name)
{
    Result<CertificateAuthority> created = CertificateAuthority::create(name);
    if (!created)
        qFatal("cannot create an authority: %s", qPrintable(created.error()));
    return created.value();
}
} // namespace

void TestCertificateAuthority::createsASelfSignedAuthorityNamedAfterTheServer()
{
    const CertificateAuthority ca = authority(QStringLiteral("osm-hq 本社"));
    QCOMPARE(ca.serverName(), QStringLiteral("osm-hq 本社"));
    const QSslCertificate certificate = ca.certificate();
    QVERIFY(!certificate.isNull());
    QVERIFY(certificate.isSelfSigned());
    QCOMPARE(certificate.issuerDisplayName(), certificate.subjectDisplayName());
    QVERIFY(certificate.expiryDate() > QDateTime::currentDateTimeUtc().addYears(9));
    QVERIFY(ca.privateKeyPem().startsWith("-----BEGIN PRIVATE KEY-----"));
    // Two authorities never share a key.
    QVERIFY(authority(QStringLiteral("osm-hq")).privateKeyPem() != ca.privateKeyPem());
}

void TestCertificateAuthority::refusesAnEmptyServerName()
{
    const Result<CertificateAuthority> created = CertificateAuthority::create(QStringLiteral(" "));
    QVERIFY(!created);
    QVERIFY(created.error().contains(QLatin1String("server name")));
}

void TestCertificateAuthority::issuedClientCertificateVerifiesAgainstItsAuthorityOnly()
{
    const CertificateAuthority ca = authority(QStringLiteral("osm-hq"));
    const Result<IssuedCertificate> client
        = ca.issue(QStringLiteral("console of osm-hq"), CertificateUse::Client, 1);
    QVERIFY2(client, qPrintable(client.error()));
    QVERIFY(!client->key.isNull());
    QCOMPARE(client->certificate.issuerDisplayName(), QStringLiteral("osm-hq"));

    const Result<QString> verified
        = verifyIssuedBy(client->certificate, ca.certificate(), CertificateUse::Client);
    QVERIFY2(verified, qPrintable(verified.error()));
    QCOMPARE(verified.value(), QStringLiteral("console of osm-hq"));

    // Same server name, another key: a different authority.
    const CertificateAuthority impostor = authority(QStringLiteral("osm-hq"));
    const Result<QString> refused
        = verifyIssuedBy(client->certificate, impostor.certificate(), CertificateUse::Client);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QLatin1String("not issued by the expected authority")),
             qPrintable(refused.error()));
}

void TestCertificateAuthority::serverCertificateIsNotAClientCertificate()
{
    const CertificateAuthority ca = authority(QStringLiteral("osm-hq"));
    const Result<IssuedCertificate> server
        = ca.issue(QStringLiteral("ws001"), CertificateUse::Server, 30);
    QVERIFY(server);
    QVERIFY(verifyIssuedBy(server->certificate, ca.certificate(), CertificateUse::Server));
    const Result<QString> asClient
        = verifyIssuedBy(server->certificate, ca.certificate(), CertificateUse::Client);
    QVERIFY(!asClient);
    QVERIFY2(asClient.error().contains(QLatin1String("purpose")), qPrintable(asClient.error()));
}

void TestCertificateAuthority::expiredCertificateIsRefused()
{
    const CertificateAuthority ca = authority(QStringLiteral("osm-hq"));
    const Result<IssuedCertificate> old
        = ca.issue(QStringLiteral("console"), CertificateUse::Client, -1);
    QVERIFY(old);
    const Result<QString> refused
        = verifyIssuedBy(old->certificate, ca.certificate(), CertificateUse::Client);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QLatin1String("expired")), qPrintable(refused.error()));
}

void TestCertificateAuthority::missingCertificateIsRefused()
{
    const CertificateAuthority ca = authority(QStringLiteral("osm-hq"));
    const Result<QString> refused
        = verifyIssuedBy(QSslCertificate(), ca.certificate(), CertificateUse::Client);
    QVERIFY(!refused);
    QVERIFY(refused.error().contains(QLatin1String("no certificate")));
}

void TestCertificateAuthority::pemRoundTripKeepsTheAuthority()
{
    const CertificateAuthority ca = authority(QStringLiteral("osm-hq"));
    const Result<CertificateAuthority> loaded
        = CertificateAuthority::fromPem(ca.certificatePem(), ca.privateKeyPem());
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QCOMPARE(loaded->certificate(), ca.certificate());
    // What the loaded copy issues, the original's certificate verifies.
    const Result<IssuedCertificate> client
        = loaded->issue(QStringLiteral("console"), CertificateUse::Client, 1);
    QVERIFY(client);
    QVERIFY(verifyIssuedBy(client->certificate, ca.certificate(), CertificateUse::Client));
}

void TestCertificateAuthority::pemWithAnotherKeyIsRefused()
{
    const CertificateAuthority ca = authority(QStringLiteral("osm-hq"));
    const CertificateAuthority other = authority(QStringLiteral("osm-branch"));
    const Result<CertificateAuthority> mixed
        = CertificateAuthority::fromPem(ca.certificatePem(), other.privateKeyPem());
    QVERIFY(!mixed);
    QVERIFY(mixed.error().contains(QLatin1String("does not belong")));

    const Result<CertificateAuthority> garbage
        = CertificateAuthority::fromPem(QByteArrayLiteral("not pem"), ca.privateKeyPem());
    QVERIFY(!garbage);
    QVERIFY(garbage.error().contains(QLatin1String("not a PEM certificate")));
}

void TestCertificateAuthority::pemOfALeafIsNotAnAuthority()
{
    const CertificateAuthority ca = authority(QStringLiteral("osm-hq"));
    const Result<IssuedCertificate> client
        = ca.issue(QStringLiteral("console"), CertificateUse::Client, 1);
    QVERIFY(client);
    const Result<CertificateAuthority> leaf
        = CertificateAuthority::fromPem(client->certificate.toPem(), client->key.toPem());
    QVERIFY(!leaf);
    QVERIFY(leaf.error().contains(QLatin1String("not a certificate authority")));
}

QTEST_GUILESS_MAIN(TestCertificateAuthority)
#include "tst_certificateauthority.moc"
