#pragma once

#include <QString>

// Search filters built from values that come from outside (a computer name typed by the
// administrator, a DN from a scope file). Every such value goes through escapeValue(): a name
// like "Star*" must match that computer, not every computer starting with "Star".
class LdapFilter
{
public:
    // RFC 4515, section 3: `*`, `(`, `)`, `\` and NUL become \2a, \28, \29, \5c and \00. Bytes
    // of non-ASCII characters are escaped as well (\c3\bc for "ü"): the RFC allows it, and the
    // filter then travels as plain ASCII whatever the server's or the terminal's encoding.
    static QString escapeValue(const QString &value);
    // "(attribute=value)" with the value escaped; the attribute is a name osmgmt chose.
    static QString equals(const QString &attribute, const QString &value);
};
