#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

// An Active Directory tree of the advanced search: a distinguished name such as
// "OU=Finance,DC=corp,DC=example,DC=test". An endpoint is in the tree when its AD path is that
// DN or lies under it. DNs compare as AD compares them: attribute types and values ignore case,
// and spaces around "=" and "," do not count ("ou=finance, dc=corp" is the same DN).
class AdTree
{
    Q_DECLARE_TR_FUNCTIONS(AdTree)

public:
    AdTree() = default;
    // Refuses text that is not a DN, naming the part that is wrong.
    static Result<AdTree> parse(const QString &text);
    // The comparable form of a DN: RDNs trimmed and case-folded, joined by ",". Escaped commas
    // ("\,") stay inside their value.
    static QString normalize(QStringView dn);

    bool contains(QStringView adPath) const { return containsNormalized(normalize(adPath)); }
    // `adPath` must be normalize() of the path.
    bool containsNormalized(QStringView adPath) const;

    QString toString() const { return m_text; }
    QString normalized() const { return m_normalized; }
    bool operator==(const AdTree &other) const { return m_normalized == other.m_normalized; }

private:
    QString m_text;
    QString m_normalized;
};
