#pragma once

#include <QObject>

// One long-lived thread for every keychain call of a process. libsecret (under QtKeychain) keeps
// one shared service object bound to the thread that used it first: a call from a new
// short-lived thread crashed or waited forever once an earlier one had ended (seen in
// tests/integration/query/tst_directorypassword and tests/gui/activedirectory). The query's
// reads and the console's own calls (ui/keychainthread.h) all run here instead, and so does every
// SecretStore call: one made on another thread waits for its job to run here. Before that, a
// move read its credential on the command run's thread after the import had written it on
// another, and the read never returned (tst_secretstore_threads).
class KeychainWorker
{
public:
    // The object living in the keychain thread: post work to it with QMetaObject::invokeMethod.
    // Made on first use, ended with the application.
    static QObject *instance();
};
