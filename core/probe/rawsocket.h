#pragma once

#include "endpoint/endpoint.h"

#include <QHostAddress>

#ifdef _WIN32
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <sys/socket.h>
#endif

// The socket calls the connect engine makes, kept apart from its state machine: BSD sockets on
// every platform, with what differs (non-blocking sockets, SIGPIPE, error numbers, the
// open-file limit) decided here (docs/porting.md). Waiting on many sockets is SocketPoller's.
namespace RawSocket {
// A socket: a descriptor on POSIX, a SOCKET on Windows; -1 when there is none.
using Handle = qintptr;
constexpr Handle invalid = -1;

// Raises the soft open-file limit to the hard one and returns how many sockets a sweep may hold
// open, keeping a margin for the rest of the process (the store, logs, Qt's own).
int usableDescriptors();
QString systemError(int error);
// The error of the last socket call on this thread (errno; WSAGetLastError() on Windows),
// with Windows' "would block" read as EINPROGRESS.
int lastError();
// What a failed connect's error says about the port.
PortOutcome outcomeOfConnectError(int error);
// The gate result of a connection that ended with `outcome`: any outcome but a connect failure
// means the gate connected.
GateResult gateOf(PortOutcome outcome);
void fillSocketAddress(const QHostAddress &address, sockaddr_storage &storage, socklen_t &length);
void setPort(sockaddr_storage &storage, quint16 port);

// A new non-blocking TCP socket that is not inherited by child processes and never raises
// SIGPIPE; `invalid` (lastError() says why) when none can be made.
Handle openNonBlocking(int family);
// Starts a connect: 0 when it connected at once, EINPROGRESS while it goes on, else the error.
int startConnect(Handle socket, const sockaddr_storage &address, socklen_t length);
// The outcome of a connect that finished (SO_ERROR): 0 when it connected.
int pendingError(Handle socket);
// Closing will reset the connection instead of leaving it in TIME_WAIT (SO_LINGER 0).
void setAbortiveClose(Handle socket);
void close(Handle socket);
// Sends without SIGPIPE; as send(): the bytes sent, or -1 with lastError().
qint64 send(Handle socket, const char *data, qint64 size);
qint64 receive(Handle socket, char *data, qint64 size);
// Whether lastError() only means "not now" (would block, interrupted).
bool isTransient(int error);
} // namespace RawSocket
