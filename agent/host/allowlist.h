#pragma once

#include "common/result.h"

#include <QHostAddress>
#include <QList>
#include <QStringList>

// The hosts a quarantined computer still reaches besides its consoles, from the agent's
// configuration (`quarantine.allow`): reference 001 has the administrator allow "the IP
// address or DNS host" of the servers that must keep talking to a quarantined computer. Each
// entry is an IP address or a DNS host name.
//
// Names are looked up before any traffic is cut, never after: once the quarantine is in force
// the resolver itself may be out of reach, so a name looked up then would silently allow
// nothing. A name that does not resolve fails the quarantine before it starts.
namespace AllowList {

// An IP address, or a host name made of letters, digits, hyphens and dots (no label starting
// or ending with a hyphen, at most 253 characters): checked when the configuration is read,
// so that nothing else ever reaches the resolver's command line.
bool isValidEntry(const QString &entry);

// Every entry as addresses: addresses as they are, names through the system's resolver (as
// every program on the host sees them: /etc/hosts, then DNS), all within `budgetMs`, each
// lookup a separate bounded run of `getent ahosts`, so a stuck resolver cannot hold the
// agent. Fails naming the first name that does not resolve.
Result<QList<QHostAddress>> resolve(const QStringList &entries, int budgetMs = 6000);

} // namespace AllowList
