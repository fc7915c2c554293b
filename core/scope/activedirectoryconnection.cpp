#include "scope/activedirectoryconnection.h"

#include <QCoreApplication>
#include <QUrl>

bool ActiveDirectoryConnection::usesStartTls() const
{
    return url.startsWith(QLatin1String("ldap://"), Qt::CaseInsensitive);
}

Result<Done> ActiveDirectoryConnection::checkUrl() const
{
    const auto refused = [](const char *text, const QString &given = {}) {
        const QString words = QCoreApplication::translate("ActiveDirectoryConnection", text);
        return Result<Done>::failure(given.isNull() ? words : words.arg(given));
    };
    if (url.trimmed().isEmpty())
        return refused(QT_TRANSLATE_NOOP("ActiveDirectoryConnection",
                                         "no directory server is given (ldaps://server or "
                                         "ldap://server)"));
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != QLatin1String("ldap") && scheme != QLatin1String("ldaps")))
        return refused(QT_TRANSLATE_NOOP("ActiveDirectoryConnection",
                                         "\"%1\" is not an ldaps:// or ldap:// address"),
                       url);
    if (parsed.host().isEmpty())
        return refused(QT_TRANSLATE_NOOP("ActiveDirectoryConnection", "\"%1\" names no server"),
                       url);
    if (!parsed.path().isEmpty() && parsed.path() != QLatin1String("/"))
        return refused(QT_TRANSLATE_NOOP("ActiveDirectoryConnection",
                                         "\"%1\" carries a path; give the base DN separately"),
                       url);
    return Done {};
}

Result<Done> ActiveDirectoryConnection::check() const
{
    const Result<Done> urlChecked = checkUrl();
    if (!urlChecked)
        return urlChecked;
    if (bindUser.trimmed().isEmpty())
        return Result<Done>::failure(QCoreApplication::translate(
            "ActiveDirectoryConnection",
            "no bind user is given (user@domain, DOMAIN\\user or a distinguished name)"));
    if (queryTimeoutS < minQueryTimeoutS || queryTimeoutS > maxQueryTimeoutS) {
        return Result<Done>::failure(
            QCoreApplication::translate("ActiveDirectoryConnection",
                                        "the query timeout of %1 s is outside %2-%3 s")
                .arg(queryTimeoutS)
                .arg(minQueryTimeoutS)
                .arg(maxQueryTimeoutS));
    }
    return Done {};
}
