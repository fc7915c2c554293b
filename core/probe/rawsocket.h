#pragma once

#include "endpoint/endpoint.h"

#include <QHostAddress>

#include <sys/socket.h>

// The few POSIX socket facts the connect engine needs, kept apart from its state machine.
namespace RawSocket {
// Raises the soft open-file limit to the hard one and returns how many sockets a sweep may hold
// open, keeping a margin for the rest of the process (the store, logs, Qt's own).
int usableDescriptors();
QString systemError(int error);
// What a failed connect's errno says about the port.
PortOutcome outcomeOfConnectError(int error);
// The gate result of a connection that ended with `outcome`: any outcome but a connect failure
// means the gate connected.
GateResult gateOf(PortOutcome outcome);
void fillSocketAddress(const QHostAddress &address, sockaddr_storage &storage, socklen_t &length);
void setPort(sockaddr_storage &storage, quint16 port);
} // namespace RawSocket
