#pragma once

#include "common/result.h"

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

#include <optional>

// TLS on the agent port (docs/agent-protocol.md, "TLS"): TLS 1.2 at least, 1.3 preferred.
namespace AgentTls {

struct Credentials
{
    QSslCertificate certificate;
    QSslKey key;
};

// An EC P-256 key and a self-signed server certificate for it, made in memory (the agent's
// side of TLS is agent/tlsserverchannel.h). An agent presents it until it is registered; then
// it presents the agent certificate its server's CA issued for the same key, which is what
// proves it belongs to that server (docs/agent-protocol.md, "Registration").
Result<Credentials> makeSelfSigned(const QString &commonName, int validityDays = 825);

// The console's side of commands and status: TLS 1.2 or later, presenting `client` when given.
// The handshake does not verify the agent's certificate: what the console sends is authorised
// by the agent, a registration needs the certificate the agent presents (whatever it is), and
// a reply is believed only for its request id (AgentCommandClient).
QSslConfiguration clientConfiguration(const std::optional<Credentials> &client);

// Whether `chain` (the peer's, leaf first, as QSslSocket::peerCertificateChain() gives it)
// chains to exactly `pinnedCa` and its leaf may authenticate a TLS client. The leaf's common
// name on success; otherwise the reason, naming what failed: "no client certificate",
// "certificate not issued by the registered server's CA (...)", "certificate not made for a
// console (...)", "certificate not valid now (...)".
Result<QString> verifyClientChain(const QList<QSslCertificate> &chain,
                                  const QSslCertificate &pinnedCa);

// The CA certificate in `pem`, refused unless it is one certificate that may sign others.
Result<QSslCertificate> parseCaCertificate(const QByteArray &pem);

} // namespace AgentTls
