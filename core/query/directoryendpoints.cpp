#include "query/directoryendpoints.h"

#include <algorithm>

QHostAddress DirectoryEndpoints::preferredAddress(const ResolvedComputer &computer)
{
    const auto ipv4 = std::find_if(computer.addresses.cbegin(), computer.addresses.cend(),
                                   [](const QHostAddress &address) {
                                       return address.protocol() == QAbstractSocket::IPv4Protocol;
                                   });
    return ipv4 != computer.addresses.cend() ? *ipv4 : computer.addresses.value(0);
}

Endpoint DirectoryEndpoints::unresolved(const AdComputer &computer, const QString &reason)
{
    Endpoint endpoint;
    endpoint.name = computer.name;
    endpoint.adPath = computer.dn;
    endpoint.status = SecurityStatus::UnresolvedAd;
    endpoint.gate = GateResult::Skipped;
    endpoint.detail = reason;
    return endpoint;
}

DirectoryEndpoints::OnDemand
DirectoryEndpoints::onDemand(const QVector<ResolvedComputer> &computers)
{
    OnDemand result;
    for (const ResolvedComputer &computer : computers) {
        if (!computer.isResolved()) {
            result.unresolved.append(unresolved(computer.computer, computer.unresolvedReason));
            continue;
        }
        const QHostAddress address = preferredAddress(computer);
        const DirectoryTarget *other = result.targets.find(DirectoryTargets::canonical(address));
        if (other) {
            // Two AD objects, one address: the network has one computer there, assessed
            // under the first name; this one cannot be told apart from it.
            result.unresolved.append(
                unresolved(computer.computer,
                           tr("%1 resolves to %2, the address of %3 (assessed under that name)")
                               .arg(computer.computer.dnsHostName,
                                    DirectoryTargets::canonical(address), other->name)));
            continue;
        }
        result.targets.add(address, { computer.computer.name, computer.computer.dn });
    }
    return result;
}

DirectoryEndpoints::FromStore
DirectoryEndpoints::fromStore(const QVector<ResolvedComputer> &computers, const Scope &scope)
{
    FromStore result;
    const TargetList ranges(scope);
    for (const ResolvedComputer &computer : computers) {
        if (computer.isResolved()) {
            const QHostAddress address = preferredAddress(computer);
            const QString text = DirectoryTargets::canonical(address);
            if (ranges.contains(address) && !result.targets.find(text)) {
                result.targets.add(address, { computer.computer.name, computer.computer.dn });
                continue;
            }
        }
        result.lookUp.append(computer);
    }
    return result;
}

QVector<LastAssessment::Wanted>
DirectoryEndpoints::wanted(const QVector<ResolvedComputer> &computers)
{
    QVector<LastAssessment::Wanted> wanted;
    wanted.reserve(computers.size());
    for (const ResolvedComputer &computer : computers) {
        const QString address = computer.isResolved()
            ? DirectoryTargets::canonical(preferredAddress(computer))
            : QString();
        wanted.append({ computer.computer.dn, address });
    }
    return wanted;
}

QVector<Endpoint>
DirectoryEndpoints::stored(const QVector<ResolvedComputer> &computers,
                           const QVector<std::optional<LastAssessment::Found>> &found)
{
    QVector<Endpoint> endpoints;
    endpoints.reserve(computers.size());
    for (int i = 0; i < computers.size(); ++i) {
        const AdComputer &computer = computers[i].computer;
        if (!found.value(i)) {
            Endpoint never = unresolved(
                computer,
                tr("Never assessed; turn on on-demand assessment to assess it (without it, Active "
                   "Directory computers take their last stored result)"));
            if (computers[i].isResolved())
                never.address = DirectoryTargets::canonical(preferredAddress(computers[i]));
            endpoints.append(never);
            continue;
        }
        Endpoint endpoint = found[i]->endpoint;
        if (!computer.name.isEmpty())
            endpoint.name = computer.name;
        endpoint.adPath = computer.dn;
        endpoint.detail = tr("From the stored assessment of %1: %2")
                              .arg(found[i]->assessedAt.toLocalTime().toString(
                                       QStringLiteral("yyyy-MM-dd HH:mm")),
                                   endpoint.detail);
        endpoints.append(endpoint);
    }
    return endpoints;
}
