#pragma once

#include "scope/scope.h"

#include <QVector>

// How many different addresses a scope's IP ranges hold, counted the way a query probes them:
// by the query's own target list (core/probe/targetlist.h), which merges overlapping IPv4 ranges
// and drops IPv6 prefixes inside another. The scope editor shows this count, so that it says
// 254 for two overlapping ranges over 254 addresses, never the 510 its rows add up to.
namespace ScopeAddresses {

// The different addresses of the scope's enabled IP ranges and prefixes.
quint64 distinct(const Scope &scope);

// For each IPv4 range and then each IPv6 prefix of `scope`, in that order: whether it shares an
// address with another one (it adds fewer addresses to distinct() than it holds).
QVector<bool> overlapping(const Scope &scope);

} // namespace ScopeAddresses
