#include "wholefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WholeFile", text);
}

} // namespace

namespace WholeFile {

Result<Done> write(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return Result<Done>::failure(
                tr("cannot write to standard output: %1").arg(out.errorString()));
        return Done {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Result<Done>::failure(tr("cannot write %1: %2").arg(path, file.errorString()));
    return Done {};
}

Result<Done> writeJson(const QString &path, const QJsonObject &document)
{
    return write(path, QJsonDocument(document).toJson(QJsonDocument::Indented));
}

Result<QByteArray> read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(tr("cannot read %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

Result<QJsonObject> parseObject(const QString &path, const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (!document.isObject())
        return Result<QJsonObject>::failure(tr("%1 is not a JSON object: %2")
                                                .arg(path,
                                                     parseError.error == QJsonParseError::NoError
                                                         ? tr("it is another JSON value")
                                                         : parseError.errorString()));
    return document.object();
}

} // namespace WholeFile
