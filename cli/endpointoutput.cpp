#include "endpointoutput.h"

#include "export/endpointjson.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

QString writeEndpointOutput(const QString &format, const QString &outPath, qsizetype count,
                            const EndpointAt &at)
{
    QFile standardOutput;
    QSaveFile file(outPath);
    QIODevice *device = &standardOutput;
    if (outPath.isEmpty()) {
        if (!standardOutput.open(stdout, QIODevice::WriteOnly))
            return QCoreApplication::translate("cli", "cannot write to standard output: %1")
                .arg(standardOutput.errorString());
    } else {
        if (!file.open(QIODevice::WriteOnly))
            return QCoreApplication::translate("cli", "cannot write %1: %2")
                .arg(outPath, file.errorString());
        device = &file;
    }
    if (format == QLatin1String("csv")) {
        const QString error = writeEndpointsCsv(device, count, at, HeaderLanguage::English);
        if (!error.isEmpty())
            return error;
    } else if (!writeEndpointsJson(device, count, at)) {
        return QCoreApplication::translate("cli", "cannot write the results: %1")
            .arg(device->errorString());
    }
    if (device == &file && !file.commit())
        return QCoreApplication::translate("cli", "cannot write %1: %2")
            .arg(outPath, file.errorString());
    return {};
}
