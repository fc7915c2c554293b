#pragma once

#include "scope/activedirectoryconnection.h"

#include <QString>
#include <QStringList>

// The Active Directory part of a scope (the manual's "Active Directory Scope" section). Only
// carried here; the directory area resolves the objects into computers.
struct ActiveDirectoryScope
{
    // "Use on-demand assessment": probe each computer. Off, AD computers take their last stored
    // result instead, which is quicker but less accurate (the manual).
    bool onDemand = true;
    // Distinguished names of the selected containers and computers.
    QStringList objects;
    // The domain controller these objects are read from (never the password).
    ActiveDirectoryConnection connection;

    bool operator==(const ActiveDirectoryScope &other) const
    {
        return onDemand == other.onDemand && objects == other.objects
            && connection == other.connection;
    }
    bool operator!=(const ActiveDirectoryScope &other) const { return !(*this == other); }
};
