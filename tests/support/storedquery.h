#pragma once

#include "endpoint/endpoint.h"

#include <QDateTime>
#include <QString>
#include <QVector>

// A completed query of `endpoints` stored in the SQLite file `path` (started at `startedAt`,
// ended five seconds later), for tests of the history and its pages. Aborts the test on failure.
qint64 storeCompletedQuery(const QString &path, const QVector<Endpoint> &endpoints,
                           const QDateTime &startedAt);
