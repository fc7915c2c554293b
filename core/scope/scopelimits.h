#pragma once

#include <QtGlobal>

// How much one scope may ask for (issue 18, point 3): a typo must give a clear refusal, not a
// query that exhausts the machine. Each limit is named in its error and documented in
// docs/scope-format.md, "Limits".
struct ScopeLimits
{
    // Agent ports tried on each address. The manual's list is typed in one port at a time; 64
    // is far above any real installation and keeps one address's connections a small share of
    // the connection cap.
    static constexpr int maxPorts = 64;
    // Bytes of a scope file, checked before it is read: a few thousand ranges and AD objects
    // take a few hundred KiB (`--scope /dev/zero` is refused after reading this much).
    static constexpr qint64 maxFileBytes = 4 * 1024 * 1024;
    // Addresses of one query's IP ranges, as the scope editor adds them up
    // (Scope::addressCount()): sixteen /16s, the million results the results page is measured
    // at (docs/performance.md). The setting probe/maxAddresses raises it.
    static constexpr quint64 defaultMaxAddresses = quint64(1) << 20;

    quint64 maxAddresses = defaultMaxAddresses;

    // The limits of this console: maxAddresses from Settings::maxScopeAddresses().
    static ScopeLimits configured();
};
