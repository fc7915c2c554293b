#include "identity/certificateauthority.h"
#include "identity/servercredential.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// libFuzzer target over what another server's administrator hands this console
// (docs/commands.md, "The Client Mover"): a PKCS#12 credential file, and the certificates an
// agent or a console presents, checked against a pinned authority. The first byte picks which:
// even, the bytes are a PKCS#12 bundle (password "fuzz-password"); odd, a DER certificate
// checked against a fixed authority. Besides crashes, leaks and undefined behaviour, a refusal
// must say why, and nothing but that authority's own certificates may pass the check.
namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_credential: %s\n", what);
    std::abort();
}

const CertificateAuthority &authority()
{
    static const CertificateAuthority ca
        = CertificateAuthority::create(QStringLiteral("osm-fuzz"), 3650).value();
    return ca;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    if (data[0] % 2 == 0) {
        const Result<MoveCredential> imported
            = ServerCredential::importBundle(bytes, QStringLiteral("fuzz-password"));
        if (!imported && imported.error().isEmpty())
            fail("a refused credential without a reason");
        return 0;
    }
    const QSslCertificate leaf(bytes, QSsl::Der);
    const Result<QString> checked
        = verifyIssuedBy(leaf, authority().certificate(), CertificateUse::Client);
    if (!checked && checked.error().isEmpty())
        fail("a refused certificate without a reason");
    if (checked)
        fail("a certificate the fuzzer made up passed as issued by the authority");
    return 0;
}
