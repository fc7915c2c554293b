#pragma once

#include <QtGlobal>

// The manual's "Declare a computer unreachable by checking port <x>": one TCP connect to
// `port` before anything else; when it is not established the computer is Unreachable at once
// and no agent port is tried. "The default port number is 135."
struct UnreachableCheck
{
    static constexpr quint16 defaultPort = 135;

    bool enabled = true;
    quint16 port = defaultPort;

    bool operator==(const UnreachableCheck &other) const
    {
        return enabled == other.enabled && port == other.port;
    }
    bool operator!=(const UnreachableCheck &other) const { return !(*this == other); }
};
