#pragma once

#include "probe/socketpoller.h"

#include <unordered_map>

#ifndef _WIN32
#include <poll.h>
#endif

// The portable backend: poll() (WSAPoll on Windows) over an array that holds every watched
// socket. Each wait costs a pass over all of them, so it is slower than epoll at tens of
// thousands of sockets, but it is on every platform. Tested on Linux by the lab test.
class PollPoller : public SocketPoller
{
public:
    Kind kind() const override { return Kind::Poll; }
    bool watch(RawSocket::Handle socket, quint64 key, quint32 interest, bool isNew) override;
    void forget(RawSocket::Handle socket) override;
    int wait(std::vector<Event> &events, int timeoutMs) override;

private:
    std::vector<pollfd> m_sockets;
    std::vector<quint64> m_keys; // by the index in m_sockets
    std::unordered_map<RawSocket::Handle, size_t> m_indexOf;
};
