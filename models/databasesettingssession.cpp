#include "databasesettingssession.h"

#include "common/inbackground.h"
#include "secrets/keychainthread.h"
#include "secrets/savedpassword.h"
#include "store/storeconnection.h"
#include "store/storefailure.h"

#include <optional>

DatabaseSettingsSession::DatabaseSettingsSession(QObject *parent)
    : QObject(parent)
{ }

void DatabaseSettingsSession::testConnection(const StoreLocation &location,
                                             const QString &typedPassword, Answer done)
{
    // Opens the store on a worker of its own: a server that does not answer holds it for the
    // connect timeout, and must not hold the keychain thread meanwhile.
    const auto connect = [this, location, done](const QString &password) {
        inBackground<Result<Done>>(
            this,
            [location, password]() -> Result<Done> {
                const auto database = StoreConnection { location, password }.open();
                if (!database)
                    return Result<Done>::failure(StoreFailure::explain(location, database.error()));
                return Done {};
            },
            done);
    };
    if (location.dialect != SqlDialect::PostgreSql || !typedPassword.isEmpty()) {
        connect(typedPassword);
        return;
    }
    using Saved = Result<std::optional<QString>>;
    onKeychainThread<Saved>(
        this, [location] { return SavedPassword::forStore(location).read(); },
        [connect, done](const Saved &saved) {
            if (!saved)
                done(Result<Done>::failure(
                    tr("The keychain cannot be read: %1").arg(saved.error())));
            else if (!saved.value())
                done(Result<Done>::failure(
                    tr("No password is saved for this database: type it above.")));
            else
                connect(*saved.value());
        });
}

void DatabaseSettingsSession::savePassword(const StoreLocation &location, const QString &password,
                                           Answer done)
{
    onKeychainThread<Result<Done>>(
        this, [location, password] { return SavedPassword::forStore(location).write(password); },
        done);
}
