#include "probe/target.h"

#include "scope/ipv6prefix.h"

void DirectoryTargets::add(const QHostAddress &address, const DirectoryTarget &computer)
{
    const QString key = canonical(address);
    if (m_byAddress.contains(key))
        return;
    m_byAddress.insert(key, int(m_addresses.size()));
    m_addresses.append(address);
    m_computers.append(computer);
}

const DirectoryTarget *DirectoryTargets::find(const QString &address) const
{
    const auto found = m_byAddress.constFind(address);
    return found == m_byAddress.cend() ? nullptr : &m_computers[found.value()];
}

QString DirectoryTargets::canonical(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return address.toString();
    return Ipv6Prefix::formatIpv6(address.toIPv6Address());
}
