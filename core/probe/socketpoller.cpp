#include "probe/socketpoller.h"

#include "probe/pollpoller.h"

#ifdef OSMGMT_HAVE_EPOLL
#include "probe/epollpoller.h"
#endif

Result<std::unique_ptr<SocketPoller>> SocketPoller::create(Kind kind)
{
#ifdef OSMGMT_HAVE_EPOLL
    if (kind == Kind::Epoll) {
        auto epoll = EpollPoller::create();
        if (!epoll) {
            return Result<std::unique_ptr<SocketPoller>>::failure(
                tr("Cannot create the event set: %1").arg(RawSocket::systemError(epoll.error())));
        }
        return std::unique_ptr<SocketPoller>(std::move(epoll).value());
    }
#endif
    Q_UNUSED(kind)
    return std::unique_ptr<SocketPoller>(std::make_unique<PollPoller>());
}

SocketPoller::Kind SocketPoller::defaultKind()
{
#if defined(OSMGMT_HAVE_EPOLL) && !defined(OSMGMT_POLLER_POLL)
    return Kind::Epoll;
#else
    return Kind::Poll;
#endif
}

QString SocketPoller::nameOf(Kind kind)
{
    return kind == Kind::Epoll ? QStringLiteral("epoll") : QStringLiteral("poll");
}

std::optional<SocketPoller::Kind> SocketPoller::kindNamed(const QString &name)
{
    for (Kind kind : { Kind::Epoll, Kind::Poll }) {
        if (name == nameOf(kind) && availableNames().contains(name))
            return kind;
    }
    return std::nullopt;
}

QStringList SocketPoller::availableNames()
{
#ifdef OSMGMT_HAVE_EPOLL
    return { nameOf(Kind::Epoll), nameOf(Kind::Poll) };
#else
    return { nameOf(Kind::Poll) };
#endif
}
