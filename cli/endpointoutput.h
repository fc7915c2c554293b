#pragma once

#include "common/result.h"
#include "results/resultswriter.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>

class CommandLine;

// Where `osmgmt-cli query` and `osmgmt-cli results` write results (--format, --out): standard
// output, or a file written atomically (it appears whole or not at all), through writeResults()
// (core/results) as JSON or as CSV with English headers and stable keys (docs/cli.md).
struct EndpointOutput
{
    Q_DECLARE_TR_FUNCTIONS(EndpointOutput)

public:
    ResultsFormat format = ResultsFormat::Json;
    QString outPath; // empty: standard output

    // --format and --out; `outHelp` says what the file receives.
    static QList<QCommandLineOption> commandLineOptions(const QString &outHelp);
    // The output the parsed options name, or what is wrong with them.
    static Result<EndpointOutput> fromCommandLine(const CommandLine &line);

    // `extra`: columns after the endpoint's own (results --health).
    Result<Done> write(const ResultsRows &rows, const ExtraColumns *extra = nullptr) const;
};
