#pragma once

#include <QHash>
#include <QHostAddress>
#include <QString>
#include <QVector>

// An Active Directory computer the query probes at an address (issue 5, point 4).
struct DirectoryTarget
{
    QString name; // the AD name, shown as the endpoint's name
    QString dn; // the endpoint's adPath
};

// One address the probe engine connects to, and where it came from (issue 16, point 4): an
// address of the scope's IP ranges, or an AD computer, which stays one from the directory to
// the classifier and the stored endpoint instead of being found again by its address.
struct Target
{
    QHostAddress address;
    // The AD computer at this address (owned by the TargetList), or nullptr for an address of
    // an IP range only. An AD computer inside an IP range is the AD computer.
    const DirectoryTarget *computer = nullptr;
};

// The resolved AD computers of a query, each with the address it is probed at. Only the
// computers are stored, never the addresses of the IP ranges: a /16 with a hundred AD
// computers costs a hundred entries.
class DirectoryTargets
{
public:
    // The first computer given an address keeps it: two AD objects that resolve to one address
    // are one computer for the network, and it is probed once.
    void add(const QHostAddress &address, const DirectoryTarget &computer);
    // The computer at `address` (canonical text, as Endpoint::address), or nullptr: for
    // telling apart two AD objects at one address while the targets are made.
    const DirectoryTarget *find(const QString &address) const;
    int size() const { return int(m_addresses.size()); }
    bool isEmpty() const { return m_addresses.isEmpty(); }
    const QHostAddress &address(int index) const { return m_addresses[index]; }
    const DirectoryTarget &computer(int index) const { return m_computers[index]; }

    // Endpoint::address's spelling of an address (IPv6 as Ipv6Prefix::formatIpv6 writes it).
    static QString canonical(const QHostAddress &address);

private:
    QHash<QString, int> m_byAddress; // index into the vectors below
    QVector<QHostAddress> m_addresses;
    QVector<DirectoryTarget> m_computers;
};
