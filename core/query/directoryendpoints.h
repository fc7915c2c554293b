#pragma once

#include "directory/adcomputer.h"
#include "endpoint/endpoint.h"
#include "probe/targetlist.h"
#include "store/lastassessment.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

// How the Active Directory computers of a query become endpoints or targets (DESIGN.md,
// "Resolve"): unresolved ones are Unresolved Active Directory assessment at once; with
// on-demand assessment the others are probed; without it they take their last stored result.
class DirectoryEndpoints
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryEndpoints)

public:
    // The address probed for a computer with several: the first IPv4 one (the IP ranges and
    // most agents are IPv4), else the first.
    static QHostAddress preferredAddress(const ResolvedComputer &computer);

    // On-demand assessment: the resolved computers become probe targets, the others endpoints.
    struct OnDemand
    {
        DirectoryTargets targets;
        QVector<Endpoint> unresolved;
    };
    static OnDemand onDemand(const QVector<ResolvedComputer> &computers);

    // Without it: the computers inside the IP scope are probed all the same (the range is
    // probed anyway, and one address is one endpoint); the others are looked up in the store.
    struct FromStore
    {
        DirectoryTargets targets; // inside the IP scope
        QVector<ResolvedComputer> lookUp; // to look up, in this order
    };
    static FromStore fromStore(const QVector<ResolvedComputer> &computers, const Scope &scope);
    static QVector<LastAssessment::Wanted> wanted(const QVector<ResolvedComputer> &computers);
    // The endpoints of `computers` from what the store answered for each.
    static QVector<Endpoint> stored(const QVector<ResolvedComputer> &computers,
                                    const QVector<std::optional<LastAssessment::Found>> &found);

    static Endpoint unresolved(const AdComputer &computer, const QString &reason);
};
