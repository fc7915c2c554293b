#pragma once

#include "common/result.h"
#include "store/storelocation.h"

#include <QObject>

#include <functional>

// What Settings → Database asks of the store and the keychain before a new store is saved:
// whether a store answers as an osmgmt database this version can use, and keeping its
// PostgreSQL password in the keychain. Each answers on the GUI thread; the store is opened on a
// worker of its own and the keychain asked on its one thread. Views talk to this object, never
// to the store.
class DatabaseSettingsSession : public QObject
{
    Q_OBJECT

public:
    using Answer = std::function<void(const Result<Done> &)>;

    explicit DatabaseSettingsSession(QObject *parent = nullptr);

    // Opens `location` with `typedPassword`, or for PostgreSQL with none typed the password the
    // keychain keeps for it. `done` gets the failure in words the administrator can act on.
    void testConnection(const StoreLocation &location, const QString &typedPassword, Answer done);
    // Keeps `password` in the keychain for `location`.
    void savePassword(const StoreLocation &location, const QString &password, Answer done);
};
