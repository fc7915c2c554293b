#include "common/tcpreach.h"

TcpReach tcpReachOf(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return TcpReach::Refused;
    case QAbstractSocket::SocketTimeoutError:
        return TcpReach::TimedOut;
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::HostNotFoundError:
        return TcpReach::NoRoute;
    default:
        break;
    }
    return TcpReach::Failed;
}

bool neverConnected(TcpReach reach)
{
    return reach == TcpReach::Refused || reach == TcpReach::TimedOut || reach == TcpReach::NoRoute;
}
