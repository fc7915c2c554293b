#include "identity/pkcs12cost.h"

#include "identity/servercredential.h"

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <QCoreApplication>
#include <QLocale>

#include <memory>
#include <optional>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Pkcs12Cost", text);
}

struct Free
{
    void operator()(PBE2PARAM *p) const { PBE2PARAM_free(p); }
    void operator()(PBKDF2PARAM *p) const { PBKDF2PARAM_free(p); }
    void operator()(PBEPARAM *p) const { PBEPARAM_free(p); }
    void operator()(STACK_OF(PKCS7) * p) const { sk_PKCS7_pop_free(p, PKCS7_free); }
    void operator()(STACK_OF(PKCS12_SAFEBAG) * p) const
    {
        sk_PKCS12_SAFEBAG_pop_free(p, PKCS12_SAFEBAG_free);
    }
};

static_assert(Pkcs12Cost::maximumIterations >= ServerCredential::kdfIterations
                  && Pkcs12Cost::maximumTotalIterations >= 3 * ServerCredential::kdfIterations,
              "osmgmt reads what it writes");

// Safe contents nest (a safeContentsBag holds bags); OpenSSL follows them, so do we, this deep.
constexpr int maximumNesting = 8;

// The iterations an ASN.1 integer claims; nothing when it is negative or does not fit.
std::optional<qint64> count(const ASN1_INTEGER *integer)
{
    int64_t value = 0;
    if (!integer || ASN1_INTEGER_get_int64(&value, integer) != 1 || value < 0)
        return std::nullopt;
    return qint64(value);
}

// The iterations an encryption algorithm claims: PBES2 with PBKDF2 (what osmgmt writes), or the
// PKCS#12 and PKCS#5 v1 schemes (PBEParameter). Nothing for any other key derivation.
std::optional<qint64> iterationsOf(const X509_ALGOR *algorithm)
{
    const ASN1_OBJECT *object = nullptr;
    const void *parameter = nullptr;
    int parameterType = 0;
    X509_ALGOR_get0(&object, &parameterType, &parameter, algorithm);
    if (parameterType != V_ASN1_SEQUENCE)
        return std::nullopt;
    const auto *sequence = static_cast<const ASN1_STRING *>(parameter);
    const int nid = OBJ_obj2nid(object);
    if (nid == NID_pbes2) {
        std::unique_ptr<PBE2PARAM, Free> pbe2(
            static_cast<PBE2PARAM *>(ASN1_item_unpack(sequence, ASN1_ITEM_rptr(PBE2PARAM))));
        if (!pbe2 || OBJ_obj2nid(pbe2->keyfunc->algorithm) != NID_id_pbkdf2
            || !pbe2->keyfunc->parameter || pbe2->keyfunc->parameter->type != V_ASN1_SEQUENCE)
            return std::nullopt;
        std::unique_ptr<PBKDF2PARAM, Free> kdf(static_cast<PBKDF2PARAM *>(ASN1_item_unpack(
            pbe2->keyfunc->parameter->value.sequence, ASN1_ITEM_rptr(PBKDF2PARAM))));
        return kdf ? count(kdf->iter) : std::nullopt;
    }
    if (EVP_PBE_find(EVP_PBE_TYPE_OUTER, nid, nullptr, nullptr, nullptr) != 1)
        return std::nullopt;
    std::unique_ptr<PBEPARAM, Free> pbe(
        static_cast<PBEPARAM *>(ASN1_item_unpack(sequence, ASN1_ITEM_rptr(PBEPARAM))));
    return pbe ? count(pbe->iter) : std::nullopt;
}

class Walk
{
public:
    explicit Walk(QByteArray password)
        : m_password(std::move(password))
    { }

    // Adds one derivation's claim; false (with the problem) when it is too much.
    bool claim(std::optional<qint64> iterations, const QString &where)
    {
        if (!iterations) {
            m_problem = tr("The credential file protects %1 with a key derivation osmgmt does not "
                           "read (only PBKDF2). It was not read.")
                            .arg(where);
            return false;
        }
        QLocale c = QLocale::c();
        c.setNumberOptions(QLocale::DefaultNumberOptions); // with group separators
        if (*iterations > Pkcs12Cost::maximumIterations) {
            m_problem = tr("The credential file asks for %1 key-derivation iterations for %2; "
                           "osmgmt reads at most %3 (it writes %4). It was not read.")
                            .arg(c.toString(*iterations), where,
                                 c.toString(Pkcs12Cost::maximumIterations),
                                 c.toString(ServerCredential::kdfIterations));
            return false;
        }
        m_total += *iterations;
        if (m_total > Pkcs12Cost::maximumTotalIterations) {
            m_problem = tr("The credential file asks for more than %1 key-derivation iterations in "
                           "all; osmgmt writes %2. It was not read.")
                            .arg(c.toString(Pkcs12Cost::maximumTotalIterations),
                                 c.toString(3 * ServerCredential::kdfIterations));
            return false;
        }
        return true;
    }

    bool bags(const STACK_OF(PKCS12_SAFEBAG) * bags, int depth)
    {
        if (depth > maximumNesting) {
            m_problem = tr("The credential file nests its contents too deep. It was not read.");
            return false;
        }
        for (int i = 0; i < sk_PKCS12_SAFEBAG_num(bags); ++i) {
            const PKCS12_SAFEBAG *bag = sk_PKCS12_SAFEBAG_value(bags, i);
            const int kind = PKCS12_SAFEBAG_get_nid(bag);
            if (kind == NID_pkcs8ShroudedKeyBag) {
                const X509_ALGOR *algorithm = nullptr;
                X509_SIG_get0(PKCS12_SAFEBAG_get0_pkcs8(bag), &algorithm, nullptr);
                if (!claim(iterationsOf(algorithm), tr("a key")))
                    return false;
            } else if (kind == NID_safeContentsBag
                       && !this->bags(PKCS12_SAFEBAG_get0_safes(bag), depth + 1)) {
                return false;
            }
        }
        return true;
    }

    bool safe(PKCS7 *safe)
    {
        const int type = OBJ_obj2nid(safe->type);
        std::unique_ptr<STACK_OF(PKCS12_SAFEBAG), Free> contents;
        if (type == NID_pkcs7_data) {
            contents.reset(PKCS12_unpack_p7data(safe));
        } else if (type == NID_pkcs7_encrypted) {
            if (!safe->d.encrypted || !safe->d.encrypted->enc_data
                || !claim(iterationsOf(safe->d.encrypted->enc_data->algorithm),
                          tr("its certificates")))
                return false;
            // Opened at the cost just checked, to see the key bags inside.
            contents.reset(
                PKCS12_unpack_p7encdata(safe, m_password.constData(), int(m_password.size())));
        }
        // What cannot be opened here (a wrong password, another type) PKCS12_parse refuses.
        return !contents || bags(contents.get(), 0);
    }

    QString problem() const { return m_problem; }

private:
    QByteArray m_password;
    qint64 m_total = 0;
    QString m_problem;
};
} // namespace

namespace Pkcs12Cost {

QString problem(const PKCS12 *bundle, const QByteArray &password)
{
    Walk walk(password);
    if (PKCS12_mac_present(bundle)) {
        const ASN1_INTEGER *iterations = nullptr;
        PKCS12_get0_mac(nullptr, nullptr, nullptr, &iterations, bundle);
        // RFC 7292: an absent count means one iteration.
        if (!walk.claim(iterations ? count(iterations) : 1, tr("its integrity check")))
            return walk.problem();
    }
    std::unique_ptr<STACK_OF(PKCS7), Free> safes(PKCS12_unpack_authsafes(bundle));
    if (!safes)
        return {}; // not a bundle PKCS12_parse reads either: it says so
    for (int i = 0; i < sk_PKCS7_num(safes.get()); ++i)
        if (!walk.safe(sk_PKCS7_value(safes.get(), i)))
            return walk.problem();
    return {};
}

} // namespace Pkcs12Cost
