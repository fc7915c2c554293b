#include "scope/scopelimits.h"

#include "settings/settings.h"

ScopeLimits ScopeLimits::configured()
{
    ScopeLimits limits;
    const quint64 configured = Settings::maxScopeAddresses();
    if (configured > 0)
        limits.maxAddresses = configured;
    return limits;
}
