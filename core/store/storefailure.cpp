#include "store/storefailure.h"

QString StoreFailure::explain(const StoreLocation &location, const QString &error)
{
    const auto has = [&error](const char *text) {
        return error.contains(QLatin1String(text), Qt::CaseInsensitive);
    };
    QString reason;
    if (has("written by a newer osmgmt"))
        reason = tr("The database was written by a newer version of osmgmt; this version leaves "
                    "it untouched. Update osmgmt on this computer.");
    else if (location.dialect == SqlDialect::PostgreSql
             && (has("password authentication failed") || has("no password supplied")
                 || has("fe_sendauth")))
        reason = tr("The PostgreSQL server refused the password of user %1. Enter the right "
                    "password in Settings → Database.")
                     .arg(location.user);
    else if (location.dialect == SqlDialect::PostgreSql
             && (has("connection refused") || has("could not connect") || has("timeout expired")
                 || has("could not translate host name") || has("no route to host")))
        reason = tr("No PostgreSQL server answers at %1 port %2.")
                     .arg(location.host, QString::number(location.port));
    else if (location.dialect == SqlDialect::PostgreSql && has("does not exist"))
        reason = tr("The PostgreSQL server has no database %1 or no user %2.")
                     .arg(location.database, location.user);
    if (reason.isEmpty())
        return error;
    return tr("%1 (%2)").arg(reason, error);
}
