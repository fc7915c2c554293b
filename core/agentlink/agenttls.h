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
// side of TLS is agent/tlsserverchannel.h). An agent's own
// certificate authenticates nothing in osmgmt (the console reads identities without checking
// it, and commands are authorised by the console's client certificate), so an agent without
// one makes this at start instead of keeping a private key in a file.
Result<Credentials> makeSelfSigned(const QString &commonName, int validityDays = 825);

// The console's side: TLS 1.2 or later, presenting `client` when given. The agent's
// certificate is not verified (see makeSelfSigned); what the console sends is authorised by
// the agent, and nothing the agent answers is trusted beyond classification and display.
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
