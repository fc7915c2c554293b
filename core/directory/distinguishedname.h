#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

// Distinguished names as AD writes them (RFC 4514), parsed by libldap's ldap_str2dn so that
// escapes (`\,`, `\"`, `\5C`, UTF-8 as `\C3\BC`) are undone the way the server means them.
class DistinguishedName
{
public:
    // The attribute values of the RDNs, leaf first, unescaped: for
    // `CN=Comma\, Inc,OU=Lab,DC=corp,DC=test` {"Comma, Inc", "Lab", "corp", "test"}.
    static Result<QStringList> values(const QString &dn);
    // The value of the leaf RDN ("Comma, Inc"), or the error why the DN does not parse.
    static Result<QString> leafValue(const QString &dn);
    // AD's canonical name of the object's container, the path the console shows and groups by:
    // `corp.test/Lab` for the example (the DC parts joined by dots, then the rest root first).
    static Result<QString> containerPath(const QString &dn);
    // Both of the above from one parse: what the enumerator needs of each computer's DN, so
    // it need not ask the server for `cn` (the leaf's value is the cn).
    struct LeafAndPath
    {
        QString leaf;
        QString containerPath;
    };
    static Result<LeafAndPath> leafAndContainerPath(const QString &dn);
    // One spelling per DN (RFC 4514 escapes, attribute types in upper case), for comparing
    // DNs written by different programs: `cn=a\2C b,dc=x` and `CN=a\, b,DC=x` are the same.
    static Result<QString> normalized(const QString &dn);
};
