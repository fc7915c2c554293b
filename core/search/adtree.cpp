#include "search/adtree.h"

#include <QStringList>

namespace {

// The RDNs of a DN, split at the commas that no backslash escapes.
QList<QStringView> splitRdns(QStringView dn)
{
    QList<QStringView> rdns;
    qsizetype start = 0;
    for (qsizetype i = 0; i < dn.size(); ++i) {
        if (dn[i] == QLatin1Char('\\')) {
            ++i; // the escaped character, whatever it is
            continue;
        }
        if (dn[i] == QLatin1Char(',')) {
            rdns.append(dn.mid(start, i - start));
            start = i + 1;
        }
    }
    rdns.append(dn.mid(start));
    return rdns;
}

} // namespace

QString AdTree::normalize(QStringView dn)
{
    QString result;
    result.reserve(dn.size());
    const QList<QStringView> rdns = splitRdns(dn);
    for (qsizetype i = 0; i < rdns.size(); ++i) {
        if (i > 0)
            result += QLatin1Char(',');
        const QStringView rdn = rdns.at(i);
        const qsizetype equals = rdn.indexOf(QLatin1Char('='));
        if (equals < 0) {
            result += rdn.trimmed().toString().toCaseFolded();
            continue;
        }
        result += rdn.left(equals).trimmed().toString().toCaseFolded();
        result += QLatin1Char('=');
        result += rdn.mid(equals + 1).trimmed().toString().toCaseFolded();
    }
    return result;
}

Result<AdTree> AdTree::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Result<AdTree>::failure(
            tr("the Active Directory tree is empty: give a distinguished name such as "
               "OU=Finance,DC=corp,DC=example"));
    for (QStringView rdn : splitRdns(trimmed)) {
        const qsizetype equals = rdn.indexOf(QLatin1Char('='));
        const QString part = rdn.trimmed().toString();
        if (part.isEmpty())
            return Result<AdTree>::failure(
                tr("\"%1\" is not a distinguished name: it has an empty part between commas")
                    .arg(trimmed));
        if (equals <= 0 || rdn.left(equals).trimmed().isEmpty()
            || rdn.mid(equals + 1).trimmed().isEmpty())
            return Result<AdTree>::failure(
                tr("\"%1\" is not a distinguished name: \"%2\" is not of the form type=value "
                   "(OU=Finance, DC=example)")
                    .arg(trimmed, part));
        for (QChar c : rdn.left(equals).trimmed()) {
            if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != QLatin1Char('-'))
                return Result<AdTree>::failure(
                    tr("\"%1\" is not a distinguished name: \"%2\" is not an attribute type")
                        .arg(trimmed, rdn.left(equals).trimmed().toString()));
        }
    }
    AdTree tree;
    tree.m_text = trimmed;
    tree.m_normalized = normalize(trimmed);
    return tree;
}

bool AdTree::containsNormalized(QStringView adPath) const
{
    if (m_normalized.isEmpty())
        return true;
    if (adPath.size() == m_normalized.size())
        return adPath == QStringView(m_normalized);
    // Under the tree: the path ends with ",<tree>", so "OU=Sales2,..." is not under "OU=Sales,...",
    // and the comma is a separator, not an escaped one inside a value ("CN=a\\,OU=Sales,...").
    const qsizetype comma = adPath.size() - m_normalized.size() - 1;
    return comma > 0 && adPath[comma] == QLatin1Char(',') && adPath[comma - 1] != QLatin1Char('\\')
        && adPath.endsWith(m_normalized);
}
