#pragma once

#include <QCoreApplication>
#include <QStringList>

// `osmgmt-cli results`: the advanced search over a stored query, headless (docs/cli.md).
class ResultsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ResultsCommand)

public:
    // Exit codes: 0 written (zero matches included), 1 the store could not be read or the output
    // not written, 2 bad usage or a criterion refused, 3 no such database or query.
    int run(const QStringList &arguments);
};
