#pragma once

#include <openssl/pkcs12.h>

#include <QByteArray>
#include <QString>

// What reading a PKCS#12 file would cost before it is read (docs/security.md, "The Client
// Mover hands over no master key"). Every key derivation in the file (the MAC's, each encrypted
// safe's, each shrouded key's) runs as many PBKDF2 iterations as the file claims: a file that
// claims 2^31 would hold the console for hours. The claims are read from the file's parameters,
// and a file that claims too much is refused before any derivation runs at that cost.
namespace Pkcs12Cost {

// Iterations one derivation may claim: above what osmgmt writes (ServerCredential::kdfIterations,
// 600,000), far below what would hold the console (about a second per million here).
constexpr qint64 maximumIterations = 2'000'000;
// Iterations all derivations together may claim (osmgmt writes three of 600,000).
constexpr qint64 maximumTotalIterations = 4'000'000;

// Why `bundle` may not be read, in words; empty when it may. `password` opens the encrypted
// safes (each after its own claim was checked) to see the key bags inside them.
QString problem(const PKCS12 *bundle, const QByteArray &password);

} // namespace Pkcs12Cost
