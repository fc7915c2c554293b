#pragma once

#include "common/result.h"
#include "endpointoutput.h"
#include "probe/probesettings.h"
#include "scope/queryscope.h"
#include "storeoptions.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

// The options of `osmgmt-cli query`, parsed and checked, with the console's settings as
// defaults.
struct QueryOptions
{
    Q_DECLARE_TR_FUNCTIONS(QueryOptions)

public:
    // The scope file of --scope, read and checked for a query: where a scope enters the CLI.
    // Set unless help is asked for.
    std::optional<QueryScope> scope;
    StoreOptions store;
    EndpointOutput output;
    ProbeSettings probe;
    // The Active Directory bind password comes from the first line of standard input (for
    // scripts) instead of the keychain.
    bool passwordFromStdin = false;
    bool helpRequested = false;

    static QString helpText();
    // A value, or what is wrong with the command line in words.
    static Result<QueryOptions> parse(const QStringList &arguments);
};
