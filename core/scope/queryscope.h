#pragma once

#include "common/result.h"
#include "scope/scope.h"
#include "scope/scopelimits.h"

// A scope a query can run over. The only way to make one is from(), which checks the scope
// once, where it enters (the console's Start Query, a scheduled query, `osmgmt-cli query
// --scope`); the query runner and the probe engine take this type, so they cannot be handed a
// scope that was never checked, and do not check it again.
class QueryScope
{
public:
    // The scope, or the first thing the administrator must fix, in words for the user
    // interface. The total address limit is this console's (ScopeLimits::configured()).
    static Result<QueryScope> from(Scope scope);
    static Result<QueryScope> from(Scope scope, const ScopeLimits &limits);

    const Scope &scope() const { return m_scope; }
    const Scope *operator->() const { return &m_scope; }

private:
    explicit QueryScope(Scope scope)
        : m_scope(std::move(scope))
    { }

    Scope m_scope;
};
