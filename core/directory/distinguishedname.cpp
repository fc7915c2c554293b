#include "directory/distinguishedname.h"

#include <QCoreApplication>

#include <ldap.h>

namespace {

struct ParsedDn
{
    LDAPDN dn = nullptr;
    ~ParsedDn() { ldap_dnfree(dn); }
};

// Each RDN's attribute types and values, leaf first; a multi-valued RDN keeps its first AVA
// (AD never writes those).
Result<QVector<QPair<QString, QString>>> parse(const QString &dn)
{
    using Parts = QVector<QPair<QString, QString>>;
    ParsedDn parsed;
    const QByteArray utf8 = dn.toUtf8();
    if (dn.trimmed().isEmpty() || utf8.contains('\0')
        || ldap_str2dn(utf8.constData(), &parsed.dn, LDAP_DN_FORMAT_LDAPV3) != LDAP_SUCCESS
        || parsed.dn == nullptr) {
        return Result<Parts>::failure(
            QCoreApplication::translate("DistinguishedName", "\"%1\" is not a distinguished name")
                .arg(dn));
    }
    Parts parts;
    for (int i = 0; parsed.dn[i] != nullptr; ++i) {
        const LDAPAVA *ava = parsed.dn[i][0];
        parts.append({ QString::fromUtf8(ava->la_attr.bv_val, int(ava->la_attr.bv_len)),
                       QString::fromUtf8(ava->la_value.bv_val, int(ava->la_value.bv_len)) });
    }
    return parts;
}

} // namespace

Result<QStringList> DistinguishedName::values(const QString &dn)
{
    const auto parts = parse(dn);
    if (!parts)
        return Result<QStringList>::failure(parts.error());
    QStringList result;
    for (const auto &part : *parts)
        result.append(part.second);
    return result;
}

Result<QString> DistinguishedName::leafValue(const QString &dn)
{
    const auto parts = values(dn);
    if (!parts)
        return Result<QString>::failure(parts.error());
    return parts->constFirst();
}

Result<QString> DistinguishedName::containerPath(const QString &dn)
{
    const auto parts = leafAndContainerPath(dn);
    if (!parts)
        return Result<QString>::failure(parts.error());
    return parts->containerPath;
}

Result<DistinguishedName::LeafAndPath> DistinguishedName::leafAndContainerPath(const QString &dn)
{
    const auto parts = parse(dn);
    if (!parts)
        return Result<LeafAndPath>::failure(parts.error());
    QStringList domain;
    QStringList containers;
    // Skip the leaf (the object itself); DC parts make the domain, the rest the path in it.
    for (qsizetype i = parts->size() - 1; i >= 1; --i) {
        const auto &part = parts->at(i);
        if (part.first.compare(QLatin1String("DC"), Qt::CaseInsensitive) == 0)
            domain.prepend(part.second);
        else
            containers.append(part.second);
    }
    containers.prepend(domain.join(QLatin1Char('.')));
    return LeafAndPath { parts->constFirst().second, containers.join(QLatin1Char('/')) };
}

Result<QString> DistinguishedName::normalized(const QString &dn)
{
    const auto parts = parse(dn);
    if (!parts)
        return Result<QString>::failure(parts.error());
    QStringList rdns;
    for (const auto &part : *parts) {
        QString value;
        for (qsizetype i = 0; i < part.second.size(); ++i) {
            const QChar c = part.second.at(i);
            const bool edge = (i == 0 && (c == QLatin1Char(' ') || c == QLatin1Char('#')))
                || (i == part.second.size() - 1 && c == QLatin1Char(' '));
            if (edge || QStringLiteral(",+\"\\<>;=").contains(c))
                value += QLatin1Char('\\');
            value += c;
        }
        rdns.append(part.first.toUpper() + QLatin1Char('=') + value);
    }
    return rdns.join(QLatin1Char(','));
}
