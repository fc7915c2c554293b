#include "identity/servercredential.h"

#include "identity/opensslptr.h"
#include "identity/pkcs12cost.h"

#include <openssl/pkcs12.h>

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ServerCredential", text);
}

// A run such as "abcdefghijkl" or "987654321098": each character one above the last (digits
// wrapping from 9 to 0), or each one below.
bool isRun(const QString &password)
{
    int direction = 0;
    for (qsizetype i = 1; i < password.size(); ++i) {
        const int difference = password.at(i).unicode() - password.at(i - 1).unicode();
        const int step = difference == 1 || difference == -9 ? 1
            : difference == -1 || difference == 9            ? -1
                                                             : 0;
        if (step == 0 || (direction != 0 && step != direction))
            return false;
        direction = step;
    }
    return true;
}

bool isWellKnown(const QString &password)
{
    static const QStringList known {
        QStringLiteral("password"), QStringLiteral("passw0rd"),   QStringLiteral("qwerty"),
        QStringLiteral("letmein"),  QStringLiteral("welcome"),    QStringLiteral("iloveyou"),
        QStringLiteral("admin"),    QStringLiteral("osmgmt"),     QStringLiteral("changeme"),
        QStringLiteral("secret"),   QStringLiteral("qwertyuiop"), QStringLiteral("asdfghjkl"),
    };
    const QString lower = password.toLower();
    for (const QString &word : known) {
        // The word with only digits or punctuation around it ("Password123!") is as weak.
        const qsizetype at = lower.indexOf(word);
        if (at < 0)
            continue;
        const QString rest = lower.left(at) + lower.mid(at + word.size());
        if (std::all_of(rest.cbegin(), rest.cend(), [](QChar c) { return !c.isLetter(); }))
            return true;
    }
    return false;
}
} // namespace

QString MoveCredential::serverName() const
{
    const QStringList names = authority.subjectInfo(QSslCertificate::CommonName);
    return names.isEmpty() ? QString() : names.first();
}

namespace ServerCredential {

QString passwordProblem(const QString &password)
{
    if (password.size() < minimumPasswordLength)
        return tr("The password must have at least %1 characters.").arg(minimumPasswordLength);
    if (password.count(password.at(0)) == password.size())
        return tr("The password is one character repeated.");
    if (isRun(password))
        return tr("The password is a run of consecutive characters.");
    if (isWellKnown(password))
        return tr("The password is built on a well-known password.");
    return {};
}

Result<MoveCredential> issue(const CertificateAuthority &authority, int validityDays)
{
    using R = Result<MoveCredential>;
    if (validityDays < minimumValidityDays || validityDays > maximumValidityDays)
        return R::failure(tr("A move credential is valid for %1 to %2 days, not %3.")
                              .arg(minimumValidityDays)
                              .arg(maximumValidityDays)
                              .arg(validityDays));
    const Result<IssuedCertificate> issued = authority.issue(
        QStringLiteral("osmgmt move credential of %1").arg(authority.serverName()),
        CertificateUse::Move, validityDays);
    if (!issued)
        return R::failure(issued.error());
    return MoveCredential { issued->certificate, issued->key, authority.certificate() };
}

Result<QByteArray> exportBundle(const CertificateAuthority &authority, const QString &password,
                                int validityDays)
{
    using R = Result<QByteArray>;
    const QString problem = passwordProblem(password);
    if (!problem.isEmpty())
        return R::failure(problem);
    const Result<MoveCredential> credential = issue(authority, validityDays);
    if (!credential)
        return R::failure(credential.error());
    OpenSsl::Certificate certificate = OpenSsl::certificateFromPem(credential->certificate.toPem());
    OpenSsl::Key key = OpenSsl::privateKeyFromPem(credential->key.toPem());
    OpenSsl::Certificate ca = OpenSsl::certificateFromPem(authority.certificatePem());
    OpenSsl::CertificateStack chain(sk_X509_new_null());
    if (chain && ca && sk_X509_push(chain.get(), ca.get()) > 0)
        ca.release(); // the stack owns it now
    const QByteArray secret = password.toUtf8();
    const QByteArray name
        = credential->certificate.subjectInfo(QSslCertificate::CommonName).value(0).toUtf8();
    // AES-256-CBC with PBKDF2-HMAC-SHA-256 (OpenSSL 3's PBES2 default PRF) for the key and the
    // certificates; the MAC is set apart below so that its digest and iterations are ours too.
    OpenSsl::Pkcs12 bundle(PKCS12_create_ex(
        secret.constData(), name.constData(), key.get(), certificate.get(), chain.get(),
        NID_aes_256_cbc, NID_aes_256_cbc, kdfIterations, -1, 0, nullptr, nullptr));
    OpenSsl::Bio bio(BIO_new(BIO_s_mem()));
    if (!certificate || !key || !chain || !bundle || !bio
        || PKCS12_set_mac(bundle.get(), secret.constData(), int(secret.size()), nullptr, 0,
                          kdfIterations, EVP_sha256())
            != 1
        || i2d_PKCS12_bio(bio.get(), bundle.get()) != 1)
        return R::failure(tr("Could not write the credential: %1").arg(OpenSsl::lastError()));
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

Result<MoveCredential> importBundle(const QByteArray &bundle, const QString &password)
{
    using R = Result<MoveCredential>;
    OpenSsl::Bio bio(BIO_new_mem_buf(bundle.constData(), int(bundle.size())));
    OpenSsl::Pkcs12 parsed(bio ? d2i_PKCS12_bio(bio.get(), nullptr) : nullptr);
    if (!parsed) {
        OpenSsl::lastError();
        return R::failure(tr("The file is not a server credential (not a PKCS#12 bundle)."));
    }
    const QByteArray secret = password.toUtf8();
    // Before any key derivation runs at the cost the file claims (issue 15).
    const QString tooCostly = Pkcs12Cost::problem(parsed.get(), secret);
    if (!tooCostly.isEmpty())
        return R::failure(tooCostly);
    if (PKCS12_verify_mac(parsed.get(), secret.constData(), int(secret.size())) != 1) {
        OpenSsl::lastError();
        return R::failure(tr("The password of the credential file is wrong."));
    }
    EVP_PKEY *rawKey = nullptr;
    X509 *rawCertificate = nullptr;
    STACK_OF(X509) *rawChain = nullptr;
    const int parsedOk
        = PKCS12_parse(parsed.get(), secret.constData(), &rawKey, &rawCertificate, &rawChain);
    OpenSsl::Key key(rawKey);
    OpenSsl::Certificate certificate(rawCertificate);
    OpenSsl::CertificateStack chain(rawChain);
    if (parsedOk != 1 || !key || !certificate || !chain || sk_X509_num(chain.get()) != 1)
        return R::failure(tr("The credential file holds no move credential with its key and "
                             "its authority: %1")
                              .arg(OpenSsl::lastError()));
    MoveCredential credential {
        QSslCertificate(OpenSsl::certificatePem(certificate.get()), QSsl::Pem),
        QSslKey(OpenSsl::privateKeyPem(key.get()), QSsl::Ec, QSsl::Pem),
        QSslCertificate(OpenSsl::certificatePem(sk_X509_value(chain.get(), 0)), QSsl::Pem),
    };
    if (!isMoveOnly(credential.certificate))
        return R::failure(tr("The credential file holds no move-only certificate (a file from "
                             "an older console, which exported its whole authority?)."));
    const Result<QString> issued
        = verifyIssuedBy(credential.certificate, credential.authority, CertificateUse::Move);
    if (!issued)
        return R::failure(tr("The credential file is not usable: %1").arg(issued.error()));
    return credential;
}

} // namespace ServerCredential
