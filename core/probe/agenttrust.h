#pragma once

#include "agentlink/agentidentity.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSslCertificate>
#include <QString>

#include <optional>

typedef struct ssl_st SSL;

// Whether an agent that claims this server proves it (docs/security.md, "Managed by this
// server is proven"): the certificate it presented in the TLS session must chain to this
// console's CA (or, during a CA rollover, to its pending CA: "Rolling the CA over"), be made for a
// TLS server, be valid now, and name the address the probe reached (an IP subject alternative name,
// written at registration). Only a claim of this server is checked: an agent of another server is
// shown as such whatever its certificate.
class AgentTrust
{
    Q_DECLARE_TR_FUNCTIONS(AgentTrust)

public:
    struct Verdict
    {
        bool verified = false;
        QString problem; // why not, in words, when not verified
    };

    // `authorities`: this console's CA certificates, the current one first; none when the
    // console has none (then no claim of this server can be verified).
    AgentTrust(QString thisServerName, QList<QSslCertificate> authorities);
    // One CA; null when the console has none.
    AgentTrust(QString thisServerName, const QSslCertificate &authority);

    // A copy that shares no certificate with this one (the CA parsed again from its DER): each
    // engine thread checks with its own, as Qt does not promise that one QSslCertificate may be
    // read from several threads at once.
    AgentTrust detached() const;

    bool isThisServer(const QString &serverName) const;
    // The verdict on the TLS session `ssl` with the agent at `address`, which reported `identity`.
    Verdict verify(SSL *ssl, const QHostAddress &address, const AgentIdentity &identity) const;
    // The same on a presented chain (leaf first): what verify() checks once it has the chain.
    Verdict verifyChain(const QList<QSslCertificate> &chain, const QHostAddress &address) const;

    // This console's CA certificate as the data folder keeps it (server-ca.pem); null when
    // there is none (no identity was ever created) or it cannot be read.
    static QSslCertificate thisConsoleAuthority();
    // That one, and the pending CA of a rollover (server-ca-pending.pem) when there is one.
    static QList<QSslCertificate> thisConsoleAuthorities();

private:
    Verdict verifyWith(const QSslCertificate &authority, const QList<QSslCertificate> &chain,
                       const QHostAddress &address) const;

    QString m_thisServerName;
    QList<QSslCertificate> m_authorities;
};
