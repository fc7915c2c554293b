#include "identity/certificateauthority.h"
#include "identity/opensslptr.h"
#include "identity/pkcs12cost.h"
#include "identity/servercredential.h"

#include <openssl/pkcs12.h>
#include <openssl/pkcs7.h>
#include <openssl/x509.h>

#include <QTest>

#include <limits>

// Issue 15, point 4 (docs/security.md, "The Client Mover hands over no master key"): the
// credential file holds a move-only certificate valid for days, never the authority's key, under
// PBKDF2-SHA256 with 600,000 iterations and a password that passed a strength check.
class TestServerCredential : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theFileHoldsAMoveOnlyCertificateNotTheAuthoritysKey();
    void theExporterChoosesOneToFourteenDays();
    void importNeedsThePassword();
    void importRefusesForeignFilesAndWholeAuthorities();
    void anAbsurdIterationCountIsRefusedBeforeAnyWork();
    void theFileUsesPbkdf2Sha256WithTheClaimedIterations();
    void weakPasswordsAreRefusedWithTheReason_data();
    void weakPasswordsAreRefusedWithTheReason();
    void onlyAMoveCertificateIsMoveOnly();

private:
    std::optional<CertificateAuthority> m_ca;
    QByteArray m_bundle;
};

namespace {
const QString password = QStringLiteral("correct horse battery");

// What PBES2 protects a bag or a safe with: its key derivation's PRF and iterations, its cipher.
struct Protection
{
    int scheme = NID_undef;
    int prf = NID_undef;
    long iterations = 0;
    int cipher = NID_undef;
};

Protection protectionOf(const X509_ALGOR *algorithm)
{
    Protection found;
    found.scheme = OBJ_obj2nid(algorithm->algorithm);
    if (found.scheme != NID_pbes2)
        return found;
    auto *pbe2 = static_cast<PBE2PARAM *>(
        ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBE2PARAM), algorithm->parameter));
    if (!pbe2)
        return found;
    found.cipher = OBJ_obj2nid(pbe2->encryption->algorithm);
    if (OBJ_obj2nid(pbe2->keyfunc->algorithm) == NID_id_pbkdf2) {
        auto *kdf = static_cast<PBKDF2PARAM *>(
            ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBKDF2PARAM), pbe2->keyfunc->parameter));
        if (kdf) {
            found.iterations = ASN1_INTEGER_get(kdf->iter);
            // RFC 8018: an absent PRF means HMAC-SHA-1.
            found.prf = kdf->prf ? OBJ_obj2nid(kdf->prf->algorithm) : NID_hmacWithSHA1;
            PBKDF2PARAM_free(kdf);
        }
    }
    PBE2PARAM_free(pbe2);
    return found;
}
} // namespace

void TestServerCredential::initTestCase()
{
    Result<CertificateAuthority> created
        = CertificateAuthority::create(QStringLiteral("osm-branch"));
    QVERIFY2(created, qPrintable(created.error()));
    m_ca = created.value();
    const Result<QByteArray> bundle = ServerCredential::exportBundle(*m_ca, password);
    QVERIFY2(bundle, qPrintable(bundle.error()));
    m_bundle = bundle.value();
}

void TestServerCredential::theFileHoldsAMoveOnlyCertificateNotTheAuthoritysKey()
{
    QVERIFY(!m_bundle.contains("PRIVATE KEY"));
    const Result<MoveCredential> imported = ServerCredential::importBundle(m_bundle, password);
    QVERIFY2(imported, qPrintable(imported.error()));
    QCOMPARE(imported->serverName(), QStringLiteral("osm-branch"));
    QCOMPARE(imported->authority, m_ca->certificate());
    QVERIFY(isMoveOnly(imported->certificate));
    // A leaf of the authority, for a console's TLS client, and not an authority itself.
    QVERIFY(!CertificateAuthority::fromPem(imported->certificate.toPem(), imported->key.toPem()));
    const Result<QString> issued
        = verifyIssuedBy(imported->certificate, m_ca->certificate(), CertificateUse::Client);
    QVERIFY2(issued, qPrintable(issued.error()));
    // Nothing in the file is the authority's key.
    QVERIFY(imported->key.toPem() != m_ca->privateKeyPem());
    QVERIFY(!samePublicKey(imported->certificate, m_ca->certificate()));
    // Valid three days by default (less the five minutes' allowance before).
    const qint64 lifetime
        = imported->certificate.effectiveDate().secsTo(imported->certificate.expiryDate());
    // (The two ends are set a moment apart: a second may tick between them.)
    QVERIFY2(qAbs(lifetime - (3 * 86400 + 5 * 60)) <= 1, qPrintable(QString::number(lifetime)));
}

void TestServerCredential::theExporterChoosesOneToFourteenDays()
{
    for (int days : { 1, 14 }) {
        const Result<MoveCredential> issued = ServerCredential::issue(*m_ca, days);
        QVERIFY2(issued, qPrintable(issued.error()));
        const qint64 lifetime
            = issued->certificate.effectiveDate().secsTo(issued->certificate.expiryDate());
        QVERIFY(qAbs(lifetime - (days * 86400 + 5 * 60)) <= 1);
    }
    for (int days : { 0, 15, 3650 }) {
        const Result<QByteArray> refused = ServerCredential::exportBundle(*m_ca, password, days);
        QVERIFY(!refused);
        QCOMPARE(refused.error(),
                 QStringLiteral("A move credential is valid for 1 to 14 days, not %1.").arg(days));
    }
}

void TestServerCredential::importNeedsThePassword()
{
    const Result<MoveCredential> wrong
        = ServerCredential::importBundle(m_bundle, QStringLiteral("wrong horse battery"));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error(), QStringLiteral("The password of the credential file is wrong."));
}

void TestServerCredential::importRefusesForeignFilesAndWholeAuthorities()
{
    const Result<MoveCredential> notABundle
        = ServerCredential::importBundle(m_ca->certificatePem(), password);
    QVERIFY(!notABundle);
    QVERIFY(notABundle.error().contains(QLatin1String("PKCS#12")));

    // What consoles exported before: the authority itself, key included. Not a move credential.
    OpenSsl::Certificate certificate = OpenSsl::certificateFromPem(m_ca->certificatePem());
    OpenSsl::Key key = OpenSsl::privateKeyFromPem(m_ca->privateKeyPem());
    const QByteArray secret = password.toUtf8();
    OpenSsl::Pkcs12 whole(PKCS12_create(secret.constData(), "osm-branch", key.get(),
                                        certificate.get(), nullptr, 0, 0, 0, 0, 0));
    QVERIFY(whole);
    unsigned char *der = nullptr;
    const int size = i2d_PKCS12(whole.get(), &der);
    QVERIFY(size > 0);
    const QByteArray old(reinterpret_cast<const char *>(der), size);
    OPENSSL_free(der);
    const Result<MoveCredential> refused = ServerCredential::importBundle(old, password);
    QVERIFY(!refused);
    QVERIFY2(refused.error().startsWith(
                 QLatin1String("The credential file holds no move credential with its key")),
             qPrintable(refused.error()));
}

namespace {
QByteArray der(PKCS12 *bundle)
{
    unsigned char *bytes = nullptr;
    const int size = i2d_PKCS12(bundle, &bytes);
    QByteArray result(reinterpret_cast<const char *>(bytes), size);
    OPENSSL_free(bytes);
    return result;
}

OpenSsl::Pkcs12 parse(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    return OpenSsl::Pkcs12(d2i_PKCS12(nullptr, &data, long(bytes.size())));
}

// A credential file whose key bag claims `iterations` (it was written with 1, so writing it
// costs nothing), with a MAC of one iteration.
QByteArray withKeyIterations(const CertificateAuthority &authority, int iterations)
{
    const MoveCredential credential = ServerCredential::issue(authority).value();
    OpenSsl::Certificate certificate = OpenSsl::certificateFromPem(credential.certificate.toPem());
    OpenSsl::Key key = OpenSsl::privateKeyFromPem(credential.key.toPem());
    OpenSsl::CertificateStack chain(sk_X509_new_null());
    sk_X509_push(chain.get(), OpenSsl::certificateFromPem(authority.certificatePem()).release());
    const QByteArray secret = password.toUtf8();
    OpenSsl::Pkcs12 bundle(PKCS12_create_ex(secret.constData(), "move", key.get(),
                                            certificate.get(), chain.get(), NID_aes_256_cbc,
                                            NID_aes_256_cbc, 1, -1, 0, nullptr, nullptr));
    STACK_OF(PKCS7) *safes = PKCS12_unpack_authsafes(bundle.get());
    X509_ALGOR *claimed
        = PKCS5_pbe2_set_iv(EVP_aes_256_cbc(), iterations, nullptr, 0, nullptr, NID_hmacWithSHA256);
    for (int i = 0; i < sk_PKCS7_num(safes); ++i) {
        PKCS7 *safe = sk_PKCS7_value(safes, i);
        if (OBJ_obj2nid(safe->type) != NID_pkcs7_data)
            continue;
        STACK_OF(PKCS12_SAFEBAG) *bags = PKCS12_unpack_p7data(safe);
        for (int j = 0; j < sk_PKCS12_SAFEBAG_num(bags); ++j) {
            auto *shrouded = const_cast<X509_SIG *>(
                PKCS12_SAFEBAG_get0_pkcs8(sk_PKCS12_SAFEBAG_value(bags, j)));
            X509_ALGOR *algorithm = nullptr;
            if (shrouded) {
                X509_SIG_getm(shrouded, &algorithm, nullptr);
                X509_ALGOR_copy(algorithm, claimed);
            }
        }
        sk_PKCS7_set(safes, i, PKCS12_pack_p7data(bags));
        PKCS7_free(safe);
        sk_PKCS12_SAFEBAG_pop_free(bags, PKCS12_SAFEBAG_free);
    }
    X509_ALGOR_free(claimed);
    PKCS12_pack_authsafes(bundle.get(), safes);
    sk_PKCS7_pop_free(safes, PKCS7_free);
    PKCS12_set_mac(bundle.get(), secret.constData(), int(secret.size()), nullptr, 0, 1,
                   EVP_sha256());
    return der(bundle.get());
}
} // namespace

// Issue 15: a file that claims an absurd PBKDF2 iteration count is refused with the reason
// before any derivation runs at that cost (before, OpenSSL ran it: the console hung for hours,
// and this test ran into ctest's timeout). The tests/fuzz/credential regression
// pkcs12-mac-iterations-int-max is the first case as a file.
void TestServerCredential::anAbsurdIterationCountIsRefusedBeforeAnyWork()
{
    // The MAC claims 2^31 - 1 iterations (OpenSSL runs them: hours), or 2^31 (which OpenSSL's
    // int turns negative: it failed at once, as a wrong password).
    for (const qint64 claimed : { qint64(std::numeric_limits<int>::max()), qint64(1) << 31 }) {
        OpenSsl::Pkcs12 parsed = parse(m_bundle);
        QVERIFY(parsed);
        const ASN1_INTEGER *macIterations = nullptr;
        PKCS12_get0_mac(nullptr, nullptr, nullptr, &macIterations, parsed.get());
        QVERIFY(macIterations);
        ASN1_INTEGER_set_int64(const_cast<ASN1_INTEGER *>(macIterations), claimed);
        const Result<MoveCredential> mac
            = ServerCredential::importBundle(der(parsed.get()), password);
        QVERIFY(!mac);
        QCOMPARE(mac.error(),
                 QStringLiteral("The credential file asks for %1 key-derivation iterations for its "
                                "integrity check; osmgmt reads at most 2,000,000 (it writes "
                                "600,000). It was not read.")
                     .arg(claimed == qint64(1) << 31 ? QStringLiteral("2,147,483,648")
                                                     : QStringLiteral("2,147,483,647")));
    }

    // The key's bag claims 2^31 - 1 (the most PKCS5_pbe2_set_iv takes); its MAC is honest.
    const Result<MoveCredential> key = ServerCredential::importBundle(
        withKeyIterations(*m_ca, std::numeric_limits<int>::max()), password);
    QVERIFY(!key);
    QVERIFY2(
        key.error().contains(QLatin1String("2,147,483,647 key-derivation iterations for a key")),
        qPrintable(key.error()));

    // What osmgmt writes is read; a claim at the limit passes the check, one more does not.
    QVERIFY(ServerCredential::importBundle(m_bundle, password));
    const int limit = int(Pkcs12Cost::maximumIterations);
    QCOMPARE(Pkcs12Cost::problem(parse(withKeyIterations(*m_ca, limit)).get(), password.toUtf8()),
             QString());
    QVERIFY(
        !Pkcs12Cost::problem(parse(withKeyIterations(*m_ca, limit + 1)).get(), password.toUtf8())
             .isEmpty());
}

void TestServerCredential::theFileUsesPbkdf2Sha256WithTheClaimedIterations()
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(m_bundle.constData());
    OpenSsl::Pkcs12 parsed(d2i_PKCS12(nullptr, &bytes, long(m_bundle.size())));
    QVERIFY(parsed);

    // The integrity check: HMAC-SHA-256, 600,000 iterations.
    const X509_ALGOR *macAlgorithm = nullptr;
    const ASN1_INTEGER *macIterations = nullptr;
    PKCS12_get0_mac(nullptr, &macAlgorithm, nullptr, &macIterations, parsed.get());
    QVERIFY(macAlgorithm && macIterations);
    const ASN1_OBJECT *digest = nullptr;
    X509_ALGOR_get0(&digest, nullptr, nullptr, macAlgorithm);
    QCOMPARE(OBJ_obj2nid(digest), NID_sha256);
    QCOMPARE(ASN1_INTEGER_get(macIterations), 600000L);

    // Every encrypted part (the certificates' safe, the key's shrouded bag): PBES2 with
    // PBKDF2-HMAC-SHA-256, 600,000 iterations, AES-256-CBC.
    STACK_OF(PKCS7) *safes = PKCS12_unpack_authsafes(parsed.get());
    QVERIFY(safes);
    QVector<Protection> protections;
    for (int i = 0; i < sk_PKCS7_num(safes); ++i) {
        PKCS7 *safe = sk_PKCS7_value(safes, i);
        if (OBJ_obj2nid(safe->type) == NID_pkcs7_encrypted) {
            protections << protectionOf(safe->d.encrypted->enc_data->algorithm);
            continue;
        }
        STACK_OF(PKCS12_SAFEBAG) *bags = PKCS12_unpack_p7data(safe);
        for (int j = 0; bags && j < sk_PKCS12_SAFEBAG_num(bags); ++j) {
            const PKCS12_SAFEBAG *bag = sk_PKCS12_SAFEBAG_value(bags, j);
            // Nothing in plain: a key appears only shrouded.
            QVERIFY(PKCS12_SAFEBAG_get_nid(bag) != NID_keyBag);
            if (PKCS12_SAFEBAG_get_nid(bag) == NID_pkcs8ShroudedKeyBag) {
                const X509_ALGOR *algorithm = nullptr;
                X509_SIG_get0(PKCS12_SAFEBAG_get0_pkcs8(bag), &algorithm, nullptr);
                protections << protectionOf(algorithm);
            }
        }
        sk_PKCS12_SAFEBAG_pop_free(bags, PKCS12_SAFEBAG_free);
    }
    sk_PKCS7_pop_free(safes, PKCS7_free);
    QCOMPARE(protections.size(), 2);
    for (const Protection &protection : protections) {
        QCOMPARE(protection.scheme, NID_pbes2);
        QCOMPARE(protection.prf, NID_hmacWithSHA256);
        QCOMPARE(protection.iterations, long(ServerCredential::kdfIterations));
        QVERIFY(protection.iterations >= 600000);
        QCOMPARE(protection.cipher, NID_aes_256_cbc);
    }
}

void TestServerCredential::weakPasswordsAreRefusedWithTheReason_data()
{
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<QString>("problem");
    const QString tooShort = QStringLiteral("The password must have at least 12 characters.");
    const QString repeated = QStringLiteral("The password is one character repeated.");
    const QString run = QStringLiteral("The password is a run of consecutive characters.");
    const QString known = QStringLiteral("The password is built on a well-known password.");
    QTest::newRow("empty") << QString() << tooShort;
    QTest::newRow("eleven") << QStringLiteral("Tr0ub4dor&3") << tooShort;
    QTest::newRow("repeated") << QStringLiteral("xxxxxxxxxxxxxxxx") << repeated;
    QTest::newRow("digits up") << QStringLiteral("123456789012") << run;
    QTest::newRow("digits down") << QStringLiteral("987654321098") << run;
    QTest::newRow("letters") << QStringLiteral("abcdefghijklm") << run;
    QTest::newRow("password") << QStringLiteral("Password1234!") << known;
    QTest::newRow("keyboard") << QStringLiteral("qwertyuiop12") << known;
    QTest::newRow("product") << QStringLiteral("OSMGMT-2026!!") << known;
    QTest::newRow("good") << QStringLiteral("Tr0ub4dor&3x") << QString();
    QTest::newRow("words") << password << QString();
    QTest::newRow("password in words") << QStringLiteral("my password is long") << QString();
}

void TestServerCredential::weakPasswordsAreRefusedWithTheReason()
{
    QFETCH(QString, candidate);
    QFETCH(QString, problem);
    QCOMPARE(ServerCredential::passwordProblem(candidate), problem);
    if (problem.isEmpty())
        return;
    // The export refuses it with the same words, before it writes anything.
    const Result<QByteArray> refused = ServerCredential::exportBundle(*m_ca, candidate);
    QVERIFY(!refused);
    QCOMPARE(refused.error(), problem);
}

void TestServerCredential::onlyAMoveCertificateIsMoveOnly()
{
    const Result<IssuedCertificate> client
        = m_ca->issue(QStringLiteral("console"), CertificateUse::Client, 1);
    const Result<IssuedCertificate> move
        = m_ca->issue(QStringLiteral("mover"), CertificateUse::Move, 1);
    QVERIFY(client && move);
    QVERIFY(!isMoveOnly(client->certificate));
    QVERIFY(!isMoveOnly(m_ca->certificate()));
    QVERIFY(isMoveOnly(move->certificate));
    // Still a TLS client certificate: the agent's chain check takes it as a console's.
    const Result<QString> verified
        = verifyIssuedBy(move->certificate, m_ca->certificate(), CertificateUse::Client);
    QVERIFY2(verified, qPrintable(verified.error()));
}

QTEST_GUILESS_MAIN(TestServerCredential)
#include "tst_servercredential.moc"
