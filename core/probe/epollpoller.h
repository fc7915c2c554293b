#pragma once

#include "probe/socketpoller.h"

#include <sys/epoll.h>

// The Linux backend: one epoll set. The engine's measured figures (docs/performance.md) are
// this backend's. Compiled on Linux only (OSMGMT_HAVE_EPOLL).
class EpollPoller : public SocketPoller
{
public:
    // The poller, or the error number of epoll_create1().
    static Result<std::unique_ptr<EpollPoller>, int> create();
    ~EpollPoller() override;

    Kind kind() const override { return Kind::Epoll; }
    bool watch(RawSocket::Handle socket, quint64 key, quint32 interest, bool isNew) override;
    // Nothing to do: closing a descriptor takes it out of the set (it is never shared), which
    // spares one system call per connection.
    void forget(RawSocket::Handle) override { }
    int wait(std::vector<Event> &events, int timeoutMs) override;

private:
    explicit EpollPoller(int set)
        : m_set(set)
    { }

    int m_set;
    std::vector<epoll_event> m_ready; // reused across waits
};
