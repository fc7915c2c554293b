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
    if (!outPath.isEmpty())
        return writeResults(format, outPath, rows, HeaderLanguage::English, extra);
    QFile standardOutput;
    const Result<Done> written = standardOutput.open(stdout, QIODevice::WriteOnly)
        ? writeResults(format, &standardOutput, rows, HeaderLanguage::English, extra)
        : Result<Done>::failure(standardOutput.errorString());
    if (!written)
        return Result<Done>::failure(
            QCoreApplication::translate("cli", "cannot write to standard output: %1")
                .arg(written.error()));
    return Done();
}
