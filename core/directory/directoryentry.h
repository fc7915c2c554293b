#pragma once

#include <QHash>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

// One object of a search answer: its DN and the values of the attributes asked for. Attribute
// names are lower case, since LDAP's are case-insensitive and servers spell them as stored.
struct DirectoryEntry
{
    QString dn;
    QHash<QString, QStringList> attributes;

    QString first(const QString &attribute) const
    {
        const QStringList found = attributes.value(attribute.toLower());
        return found.isEmpty() ? QString() : found.constFirst();
    }
    QStringList all(const QString &attribute) const
    {
        return attributes.value(attribute.toLower());
    }
};

// What the RootDSE says about the server: where the domain's tree is.
struct RootDse
{
    QString defaultNamingContext;
    QStringList namingContexts;
    QString dnsHostName;
    bool supportsPagedResults = false;
};

Q_DECLARE_METATYPE(RootDse)
