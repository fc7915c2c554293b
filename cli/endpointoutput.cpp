#include "endpointoutput.h"

#include <QCoreApplication>
#include <QFile>

QString writeEndpointOutput(const QString &format, const QString &outPath, const ResultsRows &rows)
{
    const ResultsFormat resultsFormat = resultsFormatFromKey(format).value_or(ResultsFormat::Json);
    if (!outPath.isEmpty())
        return writeResults(resultsFormat, outPath, rows, HeaderLanguage::English);
    QFile standardOutput;
    QString error;
    if (!standardOutput.open(stdout, QIODevice::WriteOnly))
        error = standardOutput.errorString();
    else
        error = writeResults(resultsFormat, &standardOutput, rows, HeaderLanguage::English);
    if (!error.isEmpty())
        return QCoreApplication::translate("cli", "cannot write to standard output: %1").arg(error);
    return {};
}
