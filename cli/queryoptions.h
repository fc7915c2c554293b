#pragma once

#include "common/result.h"
#include "probe/probesettings.h"

#include <QCoreApplication>
#include <QStringList>

// The options of `osmgmt-cli query`, parsed and checked, with the console's settings as
// defaults.
struct QueryOptions
{
    Q_DECLARE_TR_FUNCTIONS(QueryOptions)

public:
    QString scopeFile;
    QString databasePath;
    QString format; // "json" or "csv"
    QString outPath; // empty: standard output
    ProbeSettings probe;
    bool helpRequested = false;

    static QString helpText();
    // A value, or what is wrong with the command line in words.
    static Result<QueryOptions> parse(const QStringList &arguments);
};
