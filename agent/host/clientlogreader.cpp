#include "host/clientlogreader.h"

#include "policy/clientlog.h"

#include <QCoreApplication>
#include <QFile>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ClientLogReader", text);
}

void addLog(AgentStatus &status, const QString &path, Detection::Source source,
            const QString &label)
{
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        status.problems.append(
            tr("the %1 %2 cannot be read: %3").arg(label, path, file.errorString()));
        return;
    }
    const qint64 size = file.size();
    const qint64 from = qMax<qint64>(0, size - ClientLogReader::tailBytes);
    file.seek(from);
    QByteArray bytes = file.read(size - from);
    // Started inside a line: that line's beginning is not in the tail, so it is not read.
    if (from > 0)
        bytes.remove(0, bytes.indexOf('\n') + 1);
    const ClientLog::Parsed parsed = ClientLog::parse(source, bytes);
    status.detections += parsed.detections;
    status.malformedLogLines += parsed.malformedLines;
    for (const QString &problem : parsed.problems)
        status.logProblems.append(label + QStringLiteral(": ") + problem);
}
} // namespace

void ClientLogReader::addTo(AgentStatus &status, const QString &virusLogFile,
                            const QString &webLogFile)
{
    addLog(status, virusLogFile, Detection::Source::Virus, QStringLiteral("virusLog"));
    addLog(status, webLogFile, Detection::Source::Web, QStringLiteral("webLog"));
}
