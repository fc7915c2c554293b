#include "directory/computerenumerator.h"

#include "directory/distinguishedname.h"

#include <QSet>

const QStringList &ComputerEnumerator::attributes()
{
    // Not `cn`: it is the value of the DN's leaf, which every entry carries anyway; one
    // attribute less for the server to check access to and send, 10,000 times (issue 5,
    // point 6; docs/performance.md).
    static const QStringList names { QStringLiteral("dNSHostName"),
                                     QStringLiteral("operatingSystem") };
    return names;
}

QString ComputerEnumerator::computerFilter()
{
    // objectCategory is indexed in AD; objectClass=computer alone also matches nothing else,
    // but the category keeps the server from scanning every user.
    return QStringLiteral("(&(objectCategory=computer)(objectClass=computer))");
}

AdComputer ComputerEnumerator::fromEntry(const DirectoryEntry &entry)
{
    AdComputer computer;
    computer.dn = entry.dn;
    computer.dnsHostName = entry.first(QStringLiteral("dNSHostName"));
    computer.operatingSystem = entry.first(QStringLiteral("operatingSystem"));
    // One parse of the DN gives the name and the path.
    const auto parts = DistinguishedName::leafAndContainerPath(entry.dn);
    computer.name = parts ? parts->leaf : entry.dn;
    computer.path = parts ? parts->containerPath : QString();
    return computer;
}

DirectoryResult<ComputerEnumerator::Outcome>
ComputerEnumerator::enumerate(DirectoryClient &client, const QStringList &dns,
                              const BatchHandler &onBatch)
{
    Outcome outcome;
    QSet<QString> seen;
    bool stopped = false;
    for (const QString &dn : dns) {
        if (stopped)
            break;
        const DirectoryError error
            = client.searchPaged(dn, DirectoryClient::Scope::Subtree, computerFilter(),
                                 attributes(), [&](const QVector<DirectoryEntry> &page) {
                                     QVector<AdComputer> batch;
                                     batch.reserve(page.size());
                                     for (const DirectoryEntry &entry : page) {
                                         // DNs differ only in case when the same object is reached
                                         // twice.
                                         if (seen.contains(entry.dn.toLower()))
                                             continue;
                                         seen.insert(entry.dn.toLower());
                                         batch.append(fromEntry(entry));
                                     }
                                     outcome.count += int(batch.size());
                                     if (!batch.isEmpty() && !onBatch(batch))
                                         stopped = true;
                                     return !stopped;
                                 });
        if (error.kind() == DirectoryError::Kind::NoSuchObject)
            outcome.missing.append(dn);
        else if (!error.ok())
            return error;
    }
    return outcome;
}
