#include "directory/connectioncheck.h"

#include "common/tcpreach.h"
#include "directory/computerenumerator.h"
#include "directory/directoryclient.h"

#include <QHostInfo>
#include <QLocale>
#include <QTcpSocket>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace {

ConnectionStep step(ConnectionStep::Kind kind, QString title)
{
    ConnectionStep result;
    result.kind = kind;
    result.title = std::move(title);
    return result;
}

ConnectionStep passed(ConnectionStep result, QString detail)
{
    result.outcome = ConnectionStep::Outcome::Passed;
    result.detail = std::move(detail);
    return result;
}

ConnectionStep failed(ConnectionStep result, QString detail)
{
    result.outcome = ConnectionStep::Outcome::Failed;
    result.detail = std::move(detail);
    return result;
}

int defaultPort(const ActiveDirectoryConnection &connection)
{
    return connection.usesStartTls() ? 389 : 636;
}

} // namespace

ConnectionCheck::ConnectionCheck(ActiveDirectoryConnection connection, QString password)
    : m_connection(std::move(connection))
    , m_password(std::move(password))
{ }

bool ConnectionCheck::allPassed(const QVector<ConnectionStep> &steps)
{
    return !steps.isEmpty()
        && std::all_of(steps.cbegin(), steps.cend(), [](const ConnectionStep &one) {
               return one.outcome == ConnectionStep::Outcome::Passed;
           });
}

QVector<ConnectionStep> ConnectionCheck::run()
{
    const QUrl url(m_connection.url);
    const QString server
        = QStringLiteral("%1:%2").arg(url.host()).arg(url.port(defaultPort(m_connection)));
    QVector<ConnectionStep> steps {
        step(ConnectionStep::Kind::Settings, tr("Connection settings")),
        step(ConnectionStep::Kind::Reach, tr("Server reachable (%1)").arg(server)),
        step(ConnectionStep::Kind::Tls,
             m_connection.usesStartTls() ? tr("TLS (StartTLS)") : tr("TLS (ldaps)")),
        step(ConnectionStep::Kind::Bind, tr("Bind as %1").arg(m_connection.bindUser)),
        step(ConnectionStep::Kind::NamingContext, tr("Naming context")),
        step(ConnectionStep::Kind::Computers, tr("Computers readable")),
    };
    DirectoryClient client;
    for (ConnectionStep &current : steps) {
        const QString title = current.title;
        switch (current.kind) {
        case ConnectionStep::Kind::Settings:
            current = checkSettings();
            break;
        case ConnectionStep::Kind::Reach:
            current = checkReach();
            break;
        case ConnectionStep::Kind::Tls:
            current = checkTls(client);
            break;
        case ConnectionStep::Kind::Bind:
            current = checkBind(client);
            break;
        case ConnectionStep::Kind::NamingContext:
            current = checkNamingContext(client);
            break;
        case ConnectionStep::Kind::Computers:
            current = checkComputers(client);
            break;
        }
        current.title = title; // the titles above name what each step was tried on
        if (current.outcome == ConnectionStep::Outcome::Failed)
            break; // the rest stays NotTried: each step needs the one before
    }
    return steps;
}

ConnectionStep ConnectionCheck::checkSettings() const
{
    ConnectionStep result = step(ConnectionStep::Kind::Settings, QString());
    const Result<Done> usable = m_connection.check();
    if (!usable)
        return failed(result, usable.error());
    // Refused before anything is sent: an empty simple-bind password is an anonymous bind
    // (RFC 4513 5.1.2) that must never pass for a successful login.
    if (m_password.isEmpty()) {
        return failed(result,
                      tr("no password: type it, or save one in the keychain for %1 at %2")
                          .arg(m_connection.bindUser, m_connection.url));
    }
    return passed(result,
                  m_connection.verifyCertificate
                      ? tr("complete")
                      : tr("complete; the server's certificate will not be verified"));
}

ConnectionStep ConnectionCheck::checkReach() const
{
    ConnectionStep result = step(ConnectionStep::Kind::Reach, QString());
    const QUrl url(m_connection.url);
    const int port = url.port(defaultPort(m_connection));
    const QHostInfo host = QHostInfo::fromName(url.host());
    if (host.error() != QHostInfo::NoError || host.addresses().isEmpty()) {
        return failed(result,
                      tr("the name %1 cannot be resolved: %2").arg(url.host(), host.errorString()));
    }
    // A plain TCP connect to each address in turn: the one libldap will reach first.
    const int timeoutMs = qMin(10, m_connection.queryTimeoutS) * 1000;
    QStringList tried;
    for (const QHostAddress &address : host.addresses()) {
        QTcpSocket socket;
        socket.connectToHost(address, quint16(port));
        const bool connected = socket.waitForConnected(timeoutMs);
        const QString where = address.protocol() == QAbstractSocket::IPv6Protocol
            ? QStringLiteral("[%1]:%2").arg(address.toString()).arg(port)
            : QStringLiteral("%1:%2").arg(address.toString()).arg(port);
        if (connected) {
            socket.abort();
            return passed(result, tr("%1 accepts connections").arg(where));
        }
        const TcpReach reach = tcpReachOf(socket.error());
        const QString why = reach == TcpReach::TimedOut
            ? tr("no answer within %1 s").arg(timeoutMs / 1000)
            : reach == TcpReach::Refused ? tr("connection refused: nothing listens on that port")
                                         : socket.errorString();
        tried.append(QStringLiteral("%1: %2").arg(where, why));
    }
    return failed(result, tried.join(QStringLiteral("; ")));
}

ConnectionStep ConnectionCheck::checkTls(DirectoryClient &client) const
{
    ConnectionStep result = step(ConnectionStep::Kind::Tls, QString());
    const DirectoryError error = client.connectSecurely(m_connection);
    if (!error.ok())
        return failed(result, error.text());
    const QString agreed = client.tlsDescription();
    QString trust;
    if (!m_connection.verifyCertificate)
        trust = tr("certificate NOT verified (verification is switched off)");
    else if (m_connection.caFile.isEmpty())
        trust = tr("certificate verified against the system's CAs");
    else
        trust = tr("certificate verified against %1").arg(m_connection.caFile);
    return passed(result, agreed.isEmpty() ? trust : QStringLiteral("%1 (%2)").arg(trust, agreed));
}

ConnectionStep ConnectionCheck::checkBind(DirectoryClient &client) const
{
    ConnectionStep result = step(ConnectionStep::Kind::Bind, QString());
    const DirectoryError error = client.bind(m_password);
    if (!error.ok())
        return failed(result, error.text());
    return passed(result, tr("the server accepted the credentials"));
}

ConnectionStep ConnectionCheck::checkNamingContext(DirectoryClient &client)
{
    ConnectionStep result = step(ConnectionStep::Kind::NamingContext, QString());
    const DirectoryResult<RootDse> dse = client.readRootDse();
    if (!dse)
        return failed(result, dse.error().text());
    if (m_connection.baseDn.isEmpty()) {
        if (dse->defaultNamingContext.isEmpty()) {
            return failed(result,
                          tr("the server names no default naming context: give the "
                             "base DN"));
        }
        m_base = dse->defaultNamingContext;
        return passed(result, tr("%1 (the server's default)").arg(m_base));
    }
    // The base DN given must exist: a base search of it alone.
    bool found = false;
    const DirectoryError error = client.searchPaged(
        m_connection.baseDn, DirectoryClient::Scope::Base, QStringLiteral("(objectClass=*)"),
        { QStringLiteral("1.1") }, [&found](const QVector<DirectoryEntry> &page) {
            found = found || !page.isEmpty();
            return true;
        });
    if (!error.ok() || !found) {
        return failed(result,
                      error.ok() ? tr("the base DN %1 cannot be read").arg(m_connection.baseDn)
                                 : error.text());
    }
    m_base = m_connection.baseDn;
    return passed(result, tr("%1 (the base DN given)").arg(m_base));
}

ConnectionStep ConnectionCheck::checkComputers(DirectoryClient &client) const
{
    ConnectionStep result = step(ConnectionStep::Kind::Computers, QString());
    int count = 0;
    bool more = false;
    // One page of DNs only ("1.1": no attributes); stopping there leaves the rest unread.
    const DirectoryError error = client.searchPaged(
        m_base, DirectoryClient::Scope::Subtree, ComputerEnumerator::computerFilter(),
        { QStringLiteral("1.1") },
        [&](const QVector<DirectoryEntry> &page) {
            count = int(page.size());
            more = count >= computerSample;
            return false;
        },
        computerSample);
    if (!error.ok())
        return failed(result, error.text());
    if (count == 0) {
        return failed(result,
                      tr("no computer can be read under %1: it holds none, or this "
                         "account may not read them")
                          .arg(m_base));
    }
    const QString number = QLocale().toString(count);
    return passed(result,
                  more ? tr("at least %1 computers under %2 (one page counted)").arg(number, m_base)
                       : tr("%1 computers under %2").arg(number, m_base));
}
