#pragma once

#include "common/result.h"
#include "scope/ipv4range.h"
#include "scope/ipv6prefix.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

// What a computer is, as "Applies to" sees it: its address, its name, and where it sits in
// Active Directory (its computer object's distinguished name; empty for an IP-only endpoint).
struct AppliesToTarget
{
    QString address;
    QString name;
    QString adPath;
};

// The targets of a group of settings (reference 001, "Applies to"): IPv4 ranges, IPv6 prefixes,
// Active Directory containers and individual computers. A computer matches when any one of them
// takes it in. Health evaluation settings use it; heartbeat and quarantine settings are meant
// to reuse it. Ranges and prefixes are parsed by the scope's own parsers (core/scope), so a
// range is written here exactly as in a scope.
class AppliesTo
{
public:
    QVector<Ipv4Range> ipv4Ranges;
    QVector<Ipv6Prefix> ipv6Prefixes;
    // Distinguished names of containers ("OU=Lab,DC=corp,DC=example"): the computers inside,
    // at any depth.
    QStringList adContainers;
    // Computer names (compared without case) or addresses.
    QStringList computers;

    bool isEmpty() const;
    bool matches(const AppliesToTarget &target) const;

    // {"ipv4Ranges": [...], "ipv6Prefixes": [...], "adContainers": [...], "computers": [...]};
    // each key optional on reading. Fails naming the key and the entry that is wrong
    // ("appliesTo.ipv4Ranges[1]: ...").
    QJsonObject toJson() const;
    static Result<AppliesTo> fromJson(const QJsonValue &value, const QString &path);

    bool operator==(const AppliesTo &other) const;
};
