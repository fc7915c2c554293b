#include "probe/agenttrust.h"

#include "agentlink/agenttlscontext.h"
#include "identity/certificateauthority.h"
#include "secrets/identityfiles.h"
#include "settings/settings.h"

#include <QFile>

#include <openssl/ssl.h>
#include <openssl/x509.h>

AgentTrust::AgentTrust(QString thisServerName, QList<QSslCertificate> authorities)
    : m_thisServerName(std::move(thisServerName).trimmed())
{
    for (QSslCertificate &authority : authorities) {
        if (!authority.isNull())
            m_authorities.append(std::move(authority));
    }
}

AgentTrust::AgentTrust(QString thisServerName, const QSslCertificate &authority)
    : AgentTrust(std::move(thisServerName), QList<QSslCertificate> { authority })
{ }

AgentTrust AgentTrust::detached() const
{
    QList<QSslCertificate> authorities;
    for (const QSslCertificate &authority : m_authorities)
        authorities.append(QSslCertificate(authority.toDer(), QSsl::Der));
    return AgentTrust(QString(m_thisServerName.constData(), m_thisServerName.size()), authorities);
}

bool AgentTrust::isThisServer(const QString &serverName) const
{
    // Server names are host-like names: compare them as DNS does, without regard to case.
    return !serverName.isEmpty() && serverName.compare(m_thisServerName, Qt::CaseInsensitive) == 0;
}

AgentTrust::Verdict AgentTrust::verify(SSL *ssl, const QHostAddress &address,
                                       const AgentIdentity &identity) const
{
    if (!isThisServer(identity.server))
        return {};
    // On the client side the peer's chain starts with its leaf.
    QList<QSslCertificate> chain;
    if (STACK_OF(X509) *presented = SSL_get_peer_cert_chain(ssl)) {
        for (int i = 0; i < sk_X509_num(presented); ++i)
            chain.append(AgentTls::toQt(sk_X509_value(presented, i)));
    }
    return verifyChain(chain, address);
}

AgentTrust::Verdict AgentTrust::verifyChain(const QList<QSslCertificate> &chain,
                                            const QHostAddress &address) const
{
    if (m_authorities.isEmpty())
        return { false, tr("this console has no certificate authority to check it against") };
    // During a rollover an agent is on the current CA or on the pending one: either proves it.
    // When neither does, the current CA's verdict is the one shown.
    Verdict first;
    for (qsizetype i = 0; i < m_authorities.size(); ++i) {
        const Verdict verdict = verifyWith(m_authorities.at(i), chain, address);
        if (verdict.verified)
            return verdict;
        if (i == 0)
            first = verdict;
    }
    return first;
}

AgentTrust::Verdict AgentTrust::verifyWith(const QSslCertificate &authority,
                                           const QList<QSslCertificate> &chain,
                                           const QHostAddress &address) const
{
    const ChainCheck check = checkIssuedBy(chain, authority, CertificateUse::Server);
    switch (check.fault) {
    case ChainCheck::Fault::None:
        break;
    case ChainCheck::Fault::NoCertificate:
        return { false, tr("the agent presented no certificate") };
    case ChainCheck::Fault::Unreadable:
        return { false, tr("its certificate cannot be read (%1)").arg(check.detail) };
    case ChainCheck::Fault::WrongPurpose:
        return { false, tr("its certificate is not an agent certificate (%1)").arg(check.detail) };
    case ChainCheck::Fault::NotValidNow:
        return { false, tr("its certificate is not valid now (%1)").arg(check.detail) };
    case ChainCheck::Fault::NotIssuedByAuthority:
        return { false,
                 tr("its certificate was not issued by this server's CA (%1)").arg(check.detail) };
    }
    if (!certificateNamesAddress(chain.first(), address.toString()))
        return {
            false,
            tr("its certificate was issued for another computer, not %1").arg(address.toString())
        };
    return { true, {} };
}

namespace {
QSslCertificate certificateIn(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QSslCertificate();
    return QSslCertificate(file.readAll(), QSsl::Pem);
}
} // namespace

QSslCertificate AgentTrust::thisConsoleAuthority()
{
    return certificateIn(IdentityFiles::serverCertificate(Settings::dataDirectory()));
}

QList<QSslCertificate> AgentTrust::thisConsoleAuthorities()
{
    QList<QSslCertificate> authorities { thisConsoleAuthority() };
    const QSslCertificate pending
        = certificateIn(IdentityFiles::pendingServerCertificate(Settings::dataDirectory()));
    if (!pending.isNull())
        authorities.append(pending);
    return authorities;
}
