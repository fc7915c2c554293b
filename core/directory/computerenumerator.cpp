#include "directory/computerenumerator.h"

#include "directory/distinguishedname.h"

#include <QSet>

const QStringList &ComputerEnumerator::attributes()
{
    static const QStringList names { QStringLiteral("cn"), QStringLiteral("dNSHostName"),
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
    computer.name = entry.first(QStringLiteral("cn"));
    if (computer.name.isEmpty())
        computer.name = DistinguishedName::leafValue(entry.dn).ok()
            ? DistinguishedName::leafValue(entry.dn).value()
            : entry.dn;
    computer.dnsHostName = entry.first(QStringLiteral("dNSHostName"));
    computer.operatingSystem = entry.first(QStringLiteral("operatingSystem"));
    const Result<QString> path = DistinguishedName::containerPath(entry.dn);
    computer.path = path ? *path : QString();
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
