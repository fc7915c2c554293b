#include "probe/agenttrust.h"

#include "identity/certificateauthority.h"

#include <openssl/x509.h>

#include <QHostAddress>
#include <QSslCertificate>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// libFuzzer target over the certificate-chain check that decides *Managed by this server*
// (docs/security.md, "Managed by this server is proven, not claimed"): AgentTrust::verifyChain
// on the chain an agent presents and the address the probe reached. The first byte picks the
// address (127.0.0.1, ::1, 127.0.0.2, 10.0.0.1); the rest is the chain, each certificate as a
// two-byte big-endian length and its DER. The authority is a fixed CA certificate (its key was
// made with openssl for the corpus and thrown away), so that the kept corpus can hold an agent
// certificate it really issued (for 127.0.0.1, valid until 2126). Besides crashes, leaks and
// undefined behaviour: a refusal says why, and an accepted chain's leaf is signed by that CA
// and names the address, checked again with OpenSSL directly.
namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_agenttrust: %s\n", what);
    std::abort();
}

const QByteArray authorityPem
    = QByteArrayLiteral("-----BEGIN CERTIFICATE-----\n"
                        "MIIBjDCCATOgAwIBAgIUT0F3VETrRd9AXC3UzlsTDuH6T8kwCgYIKoZIzj0EAwIw\n"
                        "EzERMA8GA1UEAwwIb3NtLWZ1enowIBcNMjYxMjAzMTIxMjI1WhgPMjEyNjExMDkx\n"
                        "MjEyMjVaMBMxETAPBgNVBAMMCG9zbS1mdXp6MFkwEwYHKoZIzj0CAQYIKoZIzj0D\n"
                        "AQcDQgAESUVrfJlzzanuR/Yhq8TZe3ciM/iIIuxaMjxO47SWzDWqqBVVplbGEamP\n"
                        "5DZHdPiCImLt71qt0ql2nuMWVhCG26NjMGEwHQYDVR0OBBYEFMUkWuSvMZ9cJKwL\n"
                        "/mlJKs5bdkJBMB8GA1UdIwQYMBaAFMUkWuSvMZ9cJKwL/mlJKs5bdkJBMA8GA1Ud\n"
                        "EwEB/wQFMAMBAf8wDgYDVR0PAQH/BAQDAgEGMAoGCCqGSM49BAMCA0cAMEQCIBPQ\n"
                        "ZS3hpBcBhUwTlxoaPr13sSoPQ5DPdsjAEIqTGpYrAiBUhxJzU4SWzJDvIJp05H0y\n"
                        "ydgGJFf3rZeU7c6p7M0Wfw==\n"
                        "-----END CERTIFICATE-----\n");

const QSslCertificate &authority()
{
    static const QSslCertificate ca(authorityPem, QSsl::Pem);
    if (ca.isNull())
        fail("the fixed authority cannot be read");
    return ca;
}

// Whether `leaf` carries a signature the authority's key made, by OpenSSL alone.
bool signedByAuthority(const QSslCertificate &leaf)
{
    const QByteArray der = leaf.toDer();
    const auto *bytes = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *certificate = d2i_X509(nullptr, &bytes, long(der.size()));
    const QByteArray caDer = authority().toDer();
    const auto *caBytes = reinterpret_cast<const unsigned char *>(caDer.constData());
    X509 *ca = d2i_X509(nullptr, &caBytes, long(caDer.size()));
    EVP_PKEY *key = ca ? X509_get0_pubkey(ca) : nullptr;
    const bool verified = certificate && key && X509_verify(certificate, key) == 1;
    X509_free(certificate);
    X509_free(ca);
    return verified;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const QHostAddress addresses[]
        = { QHostAddress(QStringLiteral("127.0.0.1")), QHostAddress(QStringLiteral("::1")),
            QHostAddress(QStringLiteral("127.0.0.2")), QHostAddress(QStringLiteral("10.0.0.1")) };
    const QHostAddress &address = addresses[data[0] % 4];
    QList<QSslCertificate> chain;
    size_t at = 1;
    while (at + 2 <= size && chain.size() < 8) {
        const size_t length = (size_t(data[at]) << 8) | data[at + 1];
        at += 2;
        const size_t taken = std::min(length, size - at);
        chain.append(QSslCertificate(
            QByteArray(reinterpret_cast<const char *>(data + at), qsizetype(taken)), QSsl::Der));
        at += taken;
    }
    static const AgentTrust trust(QStringLiteral("osm-fuzz"), authority());
    const AgentTrust::Verdict verdict = trust.verifyChain(chain, address);
    if (!verdict.verified) {
        if (verdict.problem.isEmpty())
            fail("a refused chain without a reason");
        return 0;
    }
    if (!signedByAuthority(chain.first()))
        fail("a leaf the authority did not sign was accepted");
    if (!certificateNamesAddress(chain.first(), address.toString()))
        fail("a leaf for another address was accepted");
    return 0;
}
