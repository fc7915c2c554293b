#pragma once

#include "common/result.h"
#include "probe/rawsocket.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

// Waiting on thousands of sockets at once: the connect engine's one platform call beyond BSD
// sockets (issue 18, point 2). Two backends: epoll (Linux, the default there) and poll(), which
// every platform has (WSAPoll on Windows). One per engine thread, used from that thread only.
class SocketPoller
{
    Q_DECLARE_TR_FUNCTIONS(SocketPoller)

public:
    enum class Kind { Epoll, Poll };
    // What a socket is watched for.
    enum Interest : quint32 { Readable = 1, Writable = 2 };
    // What happened to it; a failed connect shows as Failed and/or HungUp.
    enum Happened : quint32 { CanRead = 1, CanWrite = 2, Failed = 4, HungUp = 8 };
    struct Event
    {
        quint64 key;
        quint32 happened;
    };

    virtual ~SocketPoller() = default;
    virtual Kind kind() const = 0;

    // Watches `socket` for `interest` (Readable and/or Writable); `key` comes back with its
    // events. `isNew`: the socket is not watched yet (else its interest changes). False, with
    // RawSocket::lastError(), when it cannot.
    virtual bool watch(RawSocket::Handle socket, quint64 key, quint32 interest, bool isNew) = 0;
    // Stops watching `socket`; called before it is closed.
    virtual void forget(RawSocket::Handle socket) = 0;
    // Waits up to timeoutMs for events, which replace `events`' contents; the number of
    // events, or -1 with RawSocket::lastError().
    virtual int wait(std::vector<Event> &events, int timeoutMs) = 0;

    static Result<std::unique_ptr<SocketPoller>> create(Kind kind);
    // The backend of this build: epoll where there is one, unless the build chose poll
    // (OSMGMT_PROBE_POLLER=poll).
    static Kind defaultKind();
    static QString nameOf(Kind kind);
    // "epoll" or "poll", if this build has it.
    static std::optional<Kind> kindNamed(const QString &name);
    static QStringList availableNames();
};
