#pragma once

#include <QHostAddress>
#include <QMetaType>
#include <QString>
#include <QVector>

// One computer object read from Active Directory: what the query needs to assess it and what
// the results table shows about it (issue 5, point 4).
struct AdComputer
{
    QString dn;
    // The cn, unescaped ("Comma, Inc 00050"), as Active Directory Users and Computers shows it.
    QString name;
    // Empty when AD has none; such a computer cannot be resolved and is "Unresolved Active
    // Directory assessment".
    QString dnsHostName;
    QString operatingSystem;
    // The AD path of its container: "corp.example.test/osmgmt lab/Europe/Site 1".
    QString path;

    bool operator==(const AdComputer &other) const
    {
        return dn == other.dn && name == other.name && dnsHostName == other.dnsHostName
            && operatingSystem == other.operatingSystem && path == other.path;
    }
};

// An AD computer after the DNS lookup of its dNSHostName: no address means unresolved.
struct ResolvedComputer
{
    AdComputer computer;
    QVector<QHostAddress> addresses;
    // Why there is no address, in words ("no dNSHostName in AD", "Host not found"); empty
    // when resolved.
    QString unresolvedReason;

    bool isResolved() const { return !addresses.isEmpty(); }
};

// The objects a directory container holds, for the scope editor's lazy tree.
struct DirectoryNode
{
    enum class Kind { Container, OrganizationalUnit, Computer };
    QString dn;
    // The DN normalized and in lower case (DistinguishedName::normalized), made on the worker
    // so that the GUI thread need not parse 10,000 DNs when an OU opens.
    QString key;
    QString name;
    Kind kind = Kind::Container;
};

Q_DECLARE_METATYPE(AdComputer)
Q_DECLARE_METATYPE(ResolvedComputer)
Q_DECLARE_METATYPE(DirectoryNode)
