#include "scope/activedirectoryconnection.h"

#include <QCoreApplication>
#include <QUrl>

bool ActiveDirectoryConnection::usesStartTls() const
{
    return url.startsWith(QLatin1String("ldap://"), Qt::CaseInsensitive);
}

QString ActiveDirectoryConnection::urlProblem() const
{
    if (url.trimmed().isEmpty())
        return QCoreApplication::translate(
            "ActiveDirectoryConnection",
            "no directory server is given (ldaps://server or ldap://server)");
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != QLatin1String("ldap") && scheme != QLatin1String("ldaps")))
        return QCoreApplication::translate("ActiveDirectoryConnection",
                                           "\"%1\" is not an ldaps:// or ldap:// address")
            .arg(url);
    if (parsed.host().isEmpty())
        return QCoreApplication::translate("ActiveDirectoryConnection", "\"%1\" names no server")
            .arg(url);
    if (!parsed.path().isEmpty() && parsed.path() != QLatin1String("/"))
        return QCoreApplication::translate("ActiveDirectoryConnection",
                                           "\"%1\" carries a path; give the base DN separately")
            .arg(url);
    return QString();
}

QString ActiveDirectoryConnection::problem() const
{
    const QString urlError = urlProblem();
    if (!urlError.isEmpty())
        return urlError;
    if (bindUser.trimmed().isEmpty())
        return QCoreApplication::translate(
            "ActiveDirectoryConnection",
            "no bind user is given (user@domain, DOMAIN\\user or a distinguished name)");
    if (queryTimeoutS < minQueryTimeoutS || queryTimeoutS > maxQueryTimeoutS) {
        return QCoreApplication::translate("ActiveDirectoryConnection",
                                           "the query timeout of %1 s is outside %2-%3 s")
            .arg(queryTimeoutS)
            .arg(minQueryTimeoutS)
            .arg(maxQueryTimeoutS);
    }
    return QString();
}
