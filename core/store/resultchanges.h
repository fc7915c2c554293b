#pragma once

#include "endpoint/endpoint.h"

#include <QVector>

// One endpoint found by both queries, as each saw it.
struct EndpointChange
{
    Endpoint before; // in the previous query
    Endpoint after; // in the current query
};

// What changed between two queries (*Changes since the previous query*). An endpoint is the
// same computer in both when it has the same address; unresolved AD computers, which have none,
// when they have the same AD path. "Protected" is Managed by this server.
struct ResultChanges
{
    qint64 previousQueryId = 0;
    qint64 currentQueryId = 0;
    QVector<EndpointChange> becameUnprotected; // managed by this server before, not now
    QVector<EndpointChange> becameProtected; // managed by this server now, not before
    QVector<Endpoint> appeared; // only in the current query
    QVector<Endpoint> disappeared; // only in the previous query (as it was then)

    bool isEmpty() const
    {
        return becameUnprotected.isEmpty() && becameProtected.isEmpty() && appeared.isEmpty()
            && disappeared.isEmpty();
    }
};
