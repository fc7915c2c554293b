#pragma once

#include "store/storelocation.h"

#include <QCoreApplication>
#include <QString>

// Puts a failure to open the store (Database::open's text, which ends with the driver's own
// words) into a sentence an administrator can act on: a refused password, no server answering,
// a database written by a newer osmgmt. The driver's text is kept after it for the details.
class StoreFailure
{
    Q_DECLARE_TR_FUNCTIONS(StoreFailure)

public:
    static QString explain(const StoreLocation &location, const QString &error);
};
