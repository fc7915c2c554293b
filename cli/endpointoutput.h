#pragma once

#include "results/resultswriter.h"

#include <QString>

// Where `osmgmt-cli query` and `osmgmt-cli results` write results: standard output, or a file
// written atomically (it appears whole or not at all), through writeResults() (core/results) as
// JSON or as CSV with English headers and stable keys (docs/cli.md). `format` is "json" or
// "csv", as the options checked it. Returns the error text, or an empty string.
QString writeEndpointOutput(const QString &format, const QString &outPath, const ResultsRows &rows);
