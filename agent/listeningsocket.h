#pragma once

#include "common/result.h"

#include <QHostAddress>

// Listening sockets made by hand rather than by QTcpServer::listen(), for two options Qt does
// not set: IP_FREEBIND / IPV6_FREEBIND, so that an address that is local only through an
// AnyIP route of a lab network namespace can be bound, and a backlog of 1024, so that a probe
// sweep over thousands of endpoints is not refused by a full accept queue.
namespace ListeningSocket {
constexpr int backlog = 1024;

// A bound, listening, non-blocking descriptor for QTcpServer::setSocketDescriptor(), or an
// error naming the address and port.
Result<qintptr> open(const QHostAddress &address, quint16 port);

// Gives the socket a firewall mark (SO_MARK), which the connections it accepts inherit and
// the packets they send carry: the real agent's quarantine lets only marked sockets use the
// agent's port. Needs CAP_NET_ADMIN (or CAP_NET_RAW); the reason in words otherwise.
Result<bool> setMark(qintptr descriptor, quint32 mark);

// Raises the soft limit of open descriptors to the hard limit: one process plays thousands
// of endpoints, and the usual soft limit is 1024. Returns the limit now in force.
Result<quint64> raiseDescriptorLimit();
} // namespace ListeningSocket
