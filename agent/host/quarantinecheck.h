#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>

// The check the agent makes right after it applies a quarantine (issue 14, point 5): can it
// still answer its consoles? If not, the quarantine is rolled back (LinuxHost::quarantine).
//
// No packet can prove it from inside the host: traffic from the host to itself always enters
// by `lo`, which the rules let through first, so a connection to oneself says nothing about
// the rules for a console. What can be proved is what the kernel holds: the table is read back
// from the kernel (`nft -j list table`, not the script the agent sent), and a console's
// packets are followed through its input and output chains, rule by rule, as nftables would:
// TCP to the agent's port from the console's address, and back. A rule whose match the check
// cannot decide (a socket mark, a connection state) is never counted as letting the packet
// through, and a dropping rule that might match counts as dropping it: the check errs towards
// rolling back. The agent's listening socket must also still carry the mark the rules ask of
// the management channel, or every other console would be shut out.
namespace QuarantineCheck {

// Pure: whether the table, as `nft -j list table` prints it, lets `console` reach the agent's
// `port` and lets the agent answer it. Empty when it does; otherwise the reason in words
// ("the input chain's policy drops it: no rule lets it through").
QString consoleProblem(const QByteArray &tableJson, const QHostAddress &console, quint16 port);

// The mark of a socket (SO_MARK), readable without privileges.
Result<quint32> socketMark(qintptr descriptor);

// The whole check on this host: the loaded table followed for each console, and (when
// `listeningSocket` is not -1) the listening socket's mark. Empty when the agent can still
// answer; otherwise the reason.
QString run(const QList<QHostAddress> &consoles, quint16 port, qintptr listeningSocket);

} // namespace QuarantineCheck
