#pragma once

#include <QCoreApplication>
#include <QStringList>

// `osmgmt-cli query`: runs a scope file headless, stores the query and writes its results.
class QueryCommand
{
    Q_DECLARE_TR_FUNCTIONS(QueryCommand)

public:
    // Exit codes: 0 done, 1 the query failed, 2 bad usage or scope, 130 stopped by SIGINT
    // (what finished is still stored, marked cancelled, and written).
    int run(const QStringList &arguments);
};
