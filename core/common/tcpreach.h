#pragma once

#include <QAbstractSocket>

// How an attempt to open a TCP connection ended, kept apart as an administrator acts on them
// differently (STYLE.md, after Veyon: "refused" and "timed out" are not one failure). The one
// reading of a socket's error that Diagnose connection, the agent exchange and the directory's
// connection check share.
enum class TcpReach {
    NotTried,
    Connected,
    Refused, // something answered: nothing listens on that port
    TimedOut, // nothing answered in time (a filter drops the packets, or the host is down)
    NoRoute, // the network cannot reach the host, or its name did not resolve
    Failed, // another error: the connection may have been made
};

// What a socket's error says of the connection attempt.
TcpReach tcpReachOf(QAbstractSocket::SocketError error);
// Whether the error means the connection was never made (refused, timed out, no route).
bool neverConnected(TcpReach reach);
