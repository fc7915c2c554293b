#include "endpointoutput.h"

#include "commandline.h"

#include <QFile>

namespace {
const QString formatName = QStringLiteral("format");
const QString outName = QStringLiteral("out");
} // namespace

QList<QCommandLineOption> EndpointOutput::commandLineOptions(const QString &outHelp)
{
    return {
        QCommandLineOption(formatName, tr("json (default) or csv."), tr("FORMAT"),
                           QStringLiteral("json")),
        QCommandLineOption(outName, outHelp, tr("FILE")),
    };
}

Result<EndpointOutput> EndpointOutput::fromCommandLine(const CommandLine &line)
{
    const QString key = line.value(QCommandLineOption(formatName));
    const std::optional<ResultsFormat> format = resultsFormatFromKey(key);
    if (!format)
        return Result<EndpointOutput>::failure(tr("unknown format \"%1\" (json or csv)").arg(key));
    return EndpointOutput { *format, line.value(QCommandLineOption(outName)) };
}

Result<Done> EndpointOutput::write(const ResultsRows &rows, const ExtraColumns *extra) const
{
    if (!outPath.isEmpty()) {
        const QString error = writeResults(format, outPath, rows, HeaderLanguage::English, extra);
        if (!error.isEmpty())
            return Result<Done>::failure(error);
        return Done();
    }
    QFile standardOutput;
    QString error;
    if (!standardOutput.open(stdout, QIODevice::WriteOnly))
        error = standardOutput.errorString();
    else
        error = writeResults(format, &standardOutput, rows, HeaderLanguage::English, extra);
    if (!error.isEmpty())
        return Result<Done>::failure(
            QCoreApplication::translate("cli", "cannot write to standard output: %1").arg(error));
    return Done();
}
