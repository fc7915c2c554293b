#include "probe/socketpoller.h"

// The whole file is Linux's; elsewhere the build has the poll() backend only.
#ifdef OSMGMT_HAVE_EPOLL

#include "probe/epollpoller.h"

#include <cerrno>

#include <unistd.h>

namespace {
constexpr size_t readyPerWait = 4096;
} // namespace

Result<std::unique_ptr<EpollPoller>, int> EpollPoller::create()
{
    const int set = epoll_create1(EPOLL_CLOEXEC);
    if (set < 0)
        return Result<std::unique_ptr<EpollPoller>, int>::failure(errno);
    return std::unique_ptr<EpollPoller>(new EpollPoller(set));
}

EpollPoller::~EpollPoller()
{
    ::close(m_set);
}

bool EpollPoller::watch(RawSocket::Handle socket, quint64 key, quint32 interest, bool isNew)
{
    epoll_event event {};
    if (interest & Readable)
        event.events |= EPOLLIN | EPOLLRDHUP;
    if (interest & Writable)
        event.events |= EPOLLOUT;
    event.data.u64 = key;
    return epoll_ctl(m_set, isNew ? EPOLL_CTL_ADD : EPOLL_CTL_MOD, int(socket), &event) == 0;
}

int EpollPoller::wait(std::vector<Event> &events, int timeoutMs)
{
    events.clear();
    m_ready.resize(readyPerWait);
    const int ready = epoll_wait(m_set, m_ready.data(), int(m_ready.size()), timeoutMs);
    if (ready <= 0)
        return ready;
    for (int i = 0; i < ready; ++i) {
        const quint32 happened = m_ready[size_t(i)].events;
        quint32 mapped = 0;
        if (happened & EPOLLIN)
            mapped |= CanRead;
        if (happened & EPOLLOUT)
            mapped |= CanWrite;
        if (happened & EPOLLERR)
            mapped |= Failed;
        if (happened & (EPOLLHUP | EPOLLRDHUP))
            mapped |= HungUp;
        events.push_back({ m_ready[size_t(i)].data.u64, mapped });
    }
    return ready;
}

#endif
