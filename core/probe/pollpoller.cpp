#include "probe/pollpoller.h"

bool PollPoller::watch(RawSocket::Handle socket, quint64 key, quint32 interest, bool isNew)
{
    short wanted = 0;
    if (interest & Readable)
        wanted |= POLLIN;
    if (interest & Writable)
        wanted |= POLLOUT;
    if (isNew) {
        m_indexOf[socket] = m_sockets.size();
        pollfd entry {};
        entry.fd = decltype(entry.fd)(socket);
        entry.events = wanted;
        m_sockets.push_back(entry);
        m_keys.push_back(key);
        return true;
    }
    const auto found = m_indexOf.find(socket);
    if (found == m_indexOf.end())
        return watch(socket, key, interest, true);
    m_sockets[found->second].events = wanted;
    m_keys[found->second] = key;
    return true;
}

void PollPoller::forget(RawSocket::Handle socket)
{
    const auto found = m_indexOf.find(socket);
    if (found == m_indexOf.end())
        return;
    // The last entry takes the place of the one that leaves: no holes to skip while waiting.
    const size_t index = found->second;
    m_indexOf.erase(found);
    if (index + 1 != m_sockets.size()) {
        m_sockets[index] = m_sockets.back();
        m_keys[index] = m_keys.back();
        m_indexOf[RawSocket::Handle(m_sockets[index].fd)] = index;
    }
    m_sockets.pop_back();
    m_keys.pop_back();
}

int PollPoller::wait(std::vector<Event> &events, int timeoutMs)
{
    events.clear();
#ifdef _WIN32
    // WSAPoll refuses an empty array; nothing to wait for is a plain sleep.
    if (m_sockets.empty()) {
        Sleep(DWORD(timeoutMs));
        return 0;
    }
    const int ready = WSAPoll(m_sockets.data(), ULONG(m_sockets.size()), timeoutMs);
#else
    const int ready = ::poll(m_sockets.data(), nfds_t(m_sockets.size()), timeoutMs);
#endif
    if (ready <= 0)
        return ready;
    for (size_t i = 0; i < m_sockets.size() && int(events.size()) < ready; ++i) {
        const short happened = m_sockets[i].revents;
        if (happened == 0)
            continue;
        quint32 mapped = 0;
        if (happened & POLLIN)
            mapped |= CanRead;
        if (happened & POLLOUT)
            mapped |= CanWrite;
        if (happened & (POLLERR | POLLNVAL))
            mapped |= Failed;
        if (happened & POLLHUP)
            mapped |= HungUp;
        events.push_back({ m_keys[i], mapped });
    }
    return int(events.size());
}
