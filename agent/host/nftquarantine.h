#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>

// Quarantine of this Linux host with nftables (reference 001: the quarantined computer keeps
// only its management connection). The agent owns one table, `inet osmgmt_quarantine`, and
// never touches any other: entering quarantine replaces that table in one transaction
// (`nft -f -`), leaving deletes it. The table's chains drop everything in, out and forwarded
// except loopback, the consoles' addresses, the agent's own port (the management channel),
// ICMP errors about connections those rules let through, IPv6 neighbour discovery and DHCP
// (without which the host would lose the address the console reaches it on).
//
// The agent's port is open only to the agent's own sockets, not to whatever binds that port
// (docs/security.md, "No side door"): the agent marks its listening socket (SO_MARK, which
// needs CAP_NET_ADMIN or CAP_NET_RAW), a connection is let in only when its SYN finds a socket
// with that mark (nftables `socket mark`), and the connection then carries the mark in
// conntrack (`ct mark`) for the packets the socket lookup cannot read. Going out, a packet
// from the agent's port passes only with the mark its socket gave it (`meta mark`).
namespace NftQuarantine {

inline constexpr char tableFamily[] = "inet";
inline constexpr char tableName[] = "osmgmt_quarantine";
// "OSMG": the mark of the agent's sockets, which the quarantine's rules require on its port.
inline constexpr quint32 agentSocketMark = 0x4f534d47;

// The script for `nft -f -` that installs the table, replacing any previous one atomically.
// `consoles`: every address that keeps all its traffic with the host (the consoles and the
// allow list's addresses). IPv4-mapped IPv6 consoles (::ffff:a.b.c.d) are written as IPv4. Pure:
// tested on its own.
QByteArray installScript(const QList<QHostAddress> &consoles, quint16 agentPort);
// The script that removes the table, whether it exists or not.
QByteArray removeScript();

// Runs the script through `nft -f -`; the failure in words ("cannot run nft: ...",
// "Operation not permitted").
Result<bool> apply(const QByteArray &script);
// Whether the table is loaded now.
Result<bool> isInstalled();
// The table as the kernel holds it now (`nft -j list table`): what the check after applying
// reads (QuarantineCheck), rather than the script that was sent.
Result<QByteArray> loadedTable();
// Whether another table filters incoming traffic (a chain on the input hook that drops by
// default or holds rules): how the agent tells the host's firewall state when the product
// does not.
Result<bool> otherFirewallActive();

} // namespace NftQuarantine
