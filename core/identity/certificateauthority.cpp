#include "identity/certificateauthority.h"

#include "identity/opensslptr.h"

#include <openssl/ec.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

#include <QHostAddress>

namespace {

// Allows for clocks a few minutes apart between the console and its agents.
constexpr long backdateSeconds = 5 * 60;

OpenSsl::Key newKey()
{
    return OpenSsl::Key(EVP_EC_gen("P-256"));
}

bool setRandomSerial(X509 *certificate)
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return false;
    bytes[0] &= 0x7f; // a positive INTEGER (RFC 5280, 4.1.2.2)
    OpenSsl::BigNumber number(BN_bin2bn(bytes, sizeof bytes, nullptr));
    return number && BN_to_ASN1_INTEGER(number.get(), X509_get_serialNumber(certificate));
}

bool setName(X509_NAME *name, const QString &commonName)
{
    const QByteArray organisation = QByteArrayLiteral("osmgmt");
    const QByteArray common = commonName.toUtf8();
    return X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(organisation.data()),
                                      -1, -1, 0)
        && X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(common.data()), -1,
                                      -1, 0);
}

bool addExtension(X509 *certificate, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (!extension)
        return false;
    const bool added = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

// The fields every certificate shares: version 3, a random serial, the validity window.
OpenSsl::Certificate newCertificate(EVP_PKEY *subjectKey, const QString &commonName,
                                    int validityDays)
{
    OpenSsl::Certificate certificate(X509_new());
    if (!certificate || X509_set_version(certificate.get(), 2) != 1
        || !setRandomSerial(certificate.get())
        || !X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -backdateSeconds)
        || !X509_gmtime_adj(X509_getm_notAfter(certificate.get()), long(validityDays) * 86400)
        || X509_set_pubkey(certificate.get(), subjectKey) != 1
        || !setName(X509_get_subject_name(certificate.get()), commonName))
        return nullptr;
    return certificate;
}

// The extended key usage extension's value for `use`: a move-only certificate is a TLS client
// certificate that also carries the product's move-only OID.
QByteArray extendedUsage(CertificateUse use)
{
    switch (use) {
    case CertificateUse::Client:
        return QByteArrayLiteral("clientAuth");
    case CertificateUse::Server:
        return QByteArrayLiteral("serverAuth");
    case CertificateUse::Move:
        return QByteArrayLiteral("clientAuth,") + moveOnlyUsageOid;
    }
    return {};
}

QString commonNameOf(X509 *certificate)
{
    const X509_NAME *name = X509_get_subject_name(certificate);
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index < 0)
        return {};
    const ASN1_STRING *data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, data);
    if (length < 0)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

} // namespace

struct CertificateAuthority::Handles
{
    OpenSsl::Key key;
    OpenSsl::Certificate certificate;
};

CertificateAuthority::CertificateAuthority(std::shared_ptr<const Handles> handles)
    : m_handles(std::move(handles))
{ }

Result<CertificateAuthority> CertificateAuthority::create(const QString &serverName,
                                                          int validityDays)
{
    using R = Result<CertificateAuthority>;
    if (serverName.trimmed().isEmpty())
        return R::failure(QStringLiteral("a certificate authority needs a server name"));
    auto handles = std::make_shared<Handles>();
    handles->key = newKey();
    if (!handles->key)
        return R::failure(
            QStringLiteral("could not create a key pair: %1").arg(OpenSsl::lastError()));
    handles->certificate = newCertificate(handles->key.get(), serverName, validityDays);
    X509 *certificate = handles->certificate.get();
    if (!certificate || X509_set_issuer_name(certificate, X509_get_subject_name(certificate)) != 1
        || !addExtension(certificate, certificate, NID_basic_constraints,
                         "critical,CA:TRUE,pathlen:0")
        || !addExtension(certificate, certificate, NID_key_usage, "critical,keyCertSign,cRLSign")
        || !addExtension(certificate, certificate, NID_subject_key_identifier, "hash")
        || X509_sign(certificate, handles->key.get(), EVP_sha256()) == 0)
        return R::failure(QStringLiteral("could not create the certificate authority: %1")
                              .arg(OpenSsl::lastError()));
    return CertificateAuthority(std::move(handles));
}

Result<CertificateAuthority> CertificateAuthority::fromPem(const QByteArray &certificatePem,
                                                           const QByteArray &privateKeyPem)
{
    using R = Result<CertificateAuthority>;
    auto handles = std::make_shared<Handles>();
    handles->certificate = OpenSsl::certificateFromPem(certificatePem);
    if (!handles->certificate)
        return R::failure(QStringLiteral("the CA certificate is not a PEM certificate: %1")
                              .arg(OpenSsl::lastError()));
    handles->key = OpenSsl::privateKeyFromPem(privateKeyPem);
    if (!handles->key)
        return R::failure(QStringLiteral("the CA private key is not a PEM private key: %1")
                              .arg(OpenSsl::lastError()));
    if (X509_check_ca(handles->certificate.get()) == 0)
        return R::failure(QStringLiteral("the certificate is not a certificate authority"));
    if (X509_check_private_key(handles->certificate.get(), handles->key.get()) != 1) {
        OpenSsl::lastError();
        return R::failure(QStringLiteral("the private key does not belong to the CA certificate"));
    }
    return CertificateAuthority(std::move(handles));
}

QString CertificateAuthority::serverName() const
{
    return commonNameOf(m_handles->certificate.get());
}

QSslCertificate CertificateAuthority::certificate() const
{
    return QSslCertificate(certificatePem(), QSsl::Pem);
}

QByteArray CertificateAuthority::certificatePem() const
{
    return OpenSsl::certificatePem(m_handles->certificate.get());
}

QByteArray CertificateAuthority::privateKeyPem() const
{
    return OpenSsl::privateKeyPem(m_handles->key.get());
}

Result<IssuedCertificate> CertificateAuthority::issue(const QString &commonName, CertificateUse use,
                                                      int validityDays) const
{
    using R = Result<IssuedCertificate>;
    if (commonName.trimmed().isEmpty())
        return R::failure(QStringLiteral("a certificate needs a common name"));
    OpenSsl::Key key = newKey();
    if (!key)
        return R::failure(
            QStringLiteral("could not create a key pair: %1").arg(OpenSsl::lastError()));
    OpenSsl::Certificate certificate = newCertificate(key.get(), commonName, validityDays);
    X509 *issuer = m_handles->certificate.get();
    const QByteArray extendedUse = extendedUsage(use);
    if (!certificate || X509_set_issuer_name(certificate.get(), X509_get_subject_name(issuer)) != 1
        || !addExtension(certificate.get(), issuer, NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(certificate.get(), issuer, NID_key_usage, "critical,digitalSignature")
        || !addExtension(certificate.get(), issuer, NID_ext_key_usage, extendedUse.constData())
        || !addExtension(certificate.get(), issuer, NID_authority_key_identifier, "keyid:always")
        || X509_sign(certificate.get(), m_handles->key.get(), EVP_sha256()) == 0)
        return R::failure(QStringLiteral("could not issue a certificate for \"%1\": %2")
                              .arg(commonName, OpenSsl::lastError()));
    IssuedCertificate issued;
    issued.certificate = QSslCertificate(OpenSsl::certificatePem(certificate.get()), QSsl::Pem);
    issued.key = QSslKey(OpenSsl::privateKeyPem(key.get()), QSsl::Ec, QSsl::Pem);
    if (issued.certificate.isNull() || issued.key.isNull())
        return R::failure(QStringLiteral("Qt could not read the certificate just issued for \"%1\"")
                              .arg(commonName));
    return issued;
}

namespace {
// A host name that may go into a subject alternative name as it is: letters, digits, dots and
// hyphens (anything else, from an agent, is left out rather than escaped).
bool isPlainDnsName(const QString &name)
{
    if (name.isEmpty() || name.size() > 253)
        return false;
    for (QChar c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('.')
            && c != QLatin1Char('-'))
            return false;
    }
    return true;
}
} // namespace

Result<QSslCertificate>
CertificateAuthority::issueAgentCertificate(const QSslCertificate &presented,
                                            const QString &address, const QString &hostName,
                                            int validityDays) const
{
    using R = Result<QSslCertificate>;
    const QHostAddress ip(address);
    if (ip.isNull())
        return R::failure(QStringLiteral("\"%1\" is not an IP address").arg(address));
    OpenSsl::Certificate agent = OpenSsl::certificateFromPem(presented.toPem());
    EVP_PKEY *publicKey = agent ? X509_get0_pubkey(agent.get()) : nullptr;
    if (!publicKey)
        return R::failure(QStringLiteral("the agent presented no readable certificate: %1")
                              .arg(OpenSsl::lastError()));
    const QString commonName = isPlainDnsName(hostName) ? hostName : ip.toString();
    QString names = QStringLiteral("IP:") + ip.toString();
    if (isPlainDnsName(hostName))
        names += QStringLiteral(",DNS:") + hostName;
    OpenSsl::Certificate certificate = newCertificate(publicKey, commonName, validityDays);
    X509 *issuer = m_handles->certificate.get();
    if (!certificate || X509_set_issuer_name(certificate.get(), X509_get_subject_name(issuer)) != 1
        || !addExtension(certificate.get(), issuer, NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(certificate.get(), issuer, NID_key_usage, "critical,digitalSignature")
        || !addExtension(certificate.get(), issuer, NID_ext_key_usage, "serverAuth")
        || !addExtension(certificate.get(), issuer, NID_subject_alt_name,
                         names.toLatin1().constData())
        || !addExtension(certificate.get(), issuer, NID_authority_key_identifier, "keyid:always")
        || X509_sign(certificate.get(), m_handles->key.get(), EVP_sha256()) == 0)
        return R::failure(QStringLiteral("could not issue the agent certificate of %1: %2")
                              .arg(address, OpenSsl::lastError()));
    return QSslCertificate(OpenSsl::certificatePem(certificate.get()), QSsl::Pem);
}

bool certificateNamesAddress(const QSslCertificate &certificate, const QString &address)
{
    const QHostAddress ip(address);
    OpenSsl::Certificate x509 = OpenSsl::certificateFromPem(certificate.toPem());
    if (ip.isNull() || !x509)
        return false;
    const QByteArray text = ip.toString().toLatin1();
    return X509_check_ip_asc(x509.get(), text.constData(), 0) == 1;
}

bool isMoveOnly(const QSslCertificate &certificate)
{
    OpenSsl::Certificate x509 = OpenSsl::certificateFromPem(certificate.toPem());
    if (!x509)
        return false;
    auto *usages = static_cast<EXTENDED_KEY_USAGE *>(
        X509_get_ext_d2i(x509.get(), NID_ext_key_usage, nullptr, nullptr));
    if (!usages)
        return false;
    ASN1_OBJECT *moveOnly = OBJ_txt2obj(moveOnlyUsageOid, 1);
    bool found = false;
    for (int i = 0; moveOnly && i < sk_ASN1_OBJECT_num(usages); ++i)
        found = found || OBJ_cmp(sk_ASN1_OBJECT_value(usages, i), moveOnly) == 0;
    ASN1_OBJECT_free(moveOnly);
    EXTENDED_KEY_USAGE_free(usages);
    return found;
}

QString certificateFingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

bool samePublicKey(const QSslCertificate &a, const QSslCertificate &b)
{
    OpenSsl::Certificate first = OpenSsl::certificateFromPem(a.toPem());
    OpenSsl::Certificate second = OpenSsl::certificateFromPem(b.toPem());
    return first && second
        && EVP_PKEY_eq(X509_get0_pubkey(first.get()), X509_get0_pubkey(second.get())) == 1;
}

Result<IssuedCertificate> selfSignedCertificate(const QString &commonName, CertificateUse use,
                                                int validityDays)
{
    using R = Result<IssuedCertificate>;
    OpenSsl::Key key = newKey();
    OpenSsl::Certificate certificate
        = key ? newCertificate(key.get(), commonName, validityDays) : nullptr;
    X509 *self = certificate.get();
    const QByteArray extendedUse = extendedUsage(use);
    if (!self || X509_set_issuer_name(self, X509_get_subject_name(self)) != 1
        || !addExtension(self, self, NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(self, self, NID_key_usage, "critical,digitalSignature")
        || !addExtension(self, self, NID_ext_key_usage, extendedUse.constData())
        || X509_sign(self, key.get(), EVP_sha256()) == 0)
        return R::failure(QStringLiteral("could not make a certificate for \"%1\": %2")
                              .arg(commonName, OpenSsl::lastError()));
    IssuedCertificate made;
    made.certificate = QSslCertificate(OpenSsl::certificatePem(self), QSsl::Pem);
    made.key = QSslKey(OpenSsl::privateKeyPem(key.get()), QSsl::Ec, QSsl::Pem);
    if (made.certificate.isNull() || made.key.isNull())
        return R::failure(QStringLiteral("Qt could not read the certificate just made for \"%1\"")
                              .arg(commonName));
    return made;
}

namespace {
ChainCheck::Fault faultOf(int error)
{
    switch (error) {
    case X509_V_ERR_INVALID_PURPOSE:
        return ChainCheck::Fault::WrongPurpose;
    case X509_V_ERR_CERT_HAS_EXPIRED:
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return ChainCheck::Fault::NotValidNow;
    default:
        return ChainCheck::Fault::NotIssuedByAuthority;
    }
}
} // namespace

ChainCheck checkIssuedBy(const QList<QSslCertificate> &chain, const QSslCertificate &authority,
                         CertificateUse use)
{
    ChainCheck check;
    if (chain.isEmpty() || chain.first().isNull()) {
        check.fault = ChainCheck::Fault::NoCertificate;
        return check;
    }
    OpenSsl::Certificate leaf = OpenSsl::certificateFromPem(chain.first().toPem());
    OpenSsl::Certificate pinned = OpenSsl::certificateFromPem(authority.toPem());
    OpenSsl::Store store(X509_STORE_new());
    OpenSsl::StoreContext context(X509_STORE_CTX_new());
    OpenSsl::CertificateStack intermediates(sk_X509_new_null());
    if (!leaf || !pinned || !store || !context || !intermediates
        || X509_STORE_add_cert(store.get(), pinned.get()) != 1) {
        check.fault = ChainCheck::Fault::Unreadable;
        check.detail = OpenSsl::lastError();
        return check;
    }
    for (qsizetype i = 1; i < chain.size(); ++i) {
        if (OpenSsl::Certificate intermediate = OpenSsl::certificateFromPem(chain.at(i).toPem()))
            sk_X509_push(intermediates.get(), intermediate.release());
    }
    if (X509_STORE_CTX_init(context.get(), store.get(), leaf.get(), intermediates.get()) != 1) {
        check.fault = ChainCheck::Fault::Unreadable;
        check.detail = OpenSsl::lastError();
        return check;
    }
    X509_STORE_CTX_set_purpose(context.get(),
                               use == CertificateUse::Server ? X509_PURPOSE_SSL_SERVER
                                                             : X509_PURPOSE_SSL_CLIENT);
    if (X509_verify_cert(context.get()) != 1) {
        const int error = X509_STORE_CTX_get_error(context.get());
        OpenSsl::lastError();
        check.fault = faultOf(error);
        check.detail = QString::fromLatin1(X509_verify_cert_error_string(error));
        return check;
    }
    check.commonName = commonNameOf(leaf.get());
    return check;
}

Result<QString> verifyIssuedBy(const QSslCertificate &leaf, const QSslCertificate &authority,
                               CertificateUse use)
{
    using R = Result<QString>;
    const ChainCheck check = checkIssuedBy({ leaf }, authority, use);
    switch (check.fault) {
    case ChainCheck::Fault::None:
        return check.commonName;
    case ChainCheck::Fault::NoCertificate:
        return R::failure(QStringLiteral("no certificate was presented"));
    case ChainCheck::Fault::Unreadable:
        return R::failure(QStringLiteral("the certificates cannot be read: %1").arg(check.detail));
    case ChainCheck::Fault::WrongPurpose:
        return R::failure(
            QStringLiteral("the certificate is not made for this use: %1").arg(check.detail));
    case ChainCheck::Fault::NotValidNow:
        return R::failure(QStringLiteral("the certificate is not valid now: %1").arg(check.detail));
    case ChainCheck::Fault::NotIssuedByAuthority:
        break;
    }
    return R::failure(QStringLiteral("the certificate was not issued by the expected authority: %1")
                          .arg(check.detail));
}
