#include "agentlink/agenttls.h"
#include "fleet/fleet.h"
#include "identity/certificateauthority.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// libFuzzer target over the fleet file (docs/fleet-format.md), which `osmgmt-agent --fleet`
// reads, and the certificate files it names: the input's folder holds `ca.pem` (a CA
// certificate), `leaf.pem` (a certificate that is not a CA) and `broken.pem`, so that names the
// fuzzer makes up reach the certificate checks too. Besides crashes, leaks and undefined
// behaviour: a refusal says why, and a fleet that parses keeps the format's promises (every
// address valid and in one entry only, every port 1-65535, at most once per endpoint, the agent
// port not also in `listen`, a pinned CA a CA certificate).
namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_fleetfile: %s\n", what);
    std::abort();
}

const QString &folder()
{
    static QTemporaryDir directory;
    static const bool written = [] {
        const CertificateAuthority ca
            = CertificateAuthority::create(QStringLiteral("osm-fuzz"), 3650).value();
        const IssuedCertificate leaf
            = ca.issue(QStringLiteral("leaf"), CertificateUse::Client, 3650).value();
        const QList<std::pair<QString, QByteArray>> files {
            { QStringLiteral("ca.pem"), ca.certificatePem() },
            { QStringLiteral("leaf.pem"), leaf.certificate.toPem() },
            { QStringLiteral("broken.pem"), QByteArrayLiteral("-----BEGIN CERTIFICATE-----\n") },
        };
        for (const auto &[name, bytes] : files) {
            QFile file(directory.filePath(name));
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
                return false;
        }
        return true;
    }();
    if (!written)
        fail("cannot write the certificate files");
    static const QString path = directory.path();
    return path;
}

void checkPromises(const Fleet &fleet)
{
    QSet<QString> addresses;
    for (const FleetEndpoint &endpoint : fleet.endpoints) {
        if (endpoint.address.isNull())
            fail("a fleet endpoint without an address");
        const QString address = endpoint.address.toString();
        if (addresses.contains(address))
            fail("an address in two entries");
        addresses.insert(address);
        QSet<quint16> ports;
        for (quint16 port : endpoint.listen) {
            if (port == 0 || ports.contains(port))
                fail("a listen port 0 or listed twice");
            ports.insert(port);
        }
        if (!endpoint.agent)
            continue;
        if (endpoint.agent->port == 0 || ports.contains(endpoint.agent->port))
            fail("an agent port 0 or also in listen");
        if (endpoint.agent->ca && !AgentTls::parseCaCertificate(endpoint.agent->ca->toPem()))
            fail("a pinned CA that is not a CA certificate");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Fleet> fleet = parseFleet(json, folder());
    if (!fleet) {
        if (fleet.error().isEmpty())
            fail("a refused fleet without a reason");
        return 0;
    }
    checkPromises(fleet.value());
    return 0;
}
