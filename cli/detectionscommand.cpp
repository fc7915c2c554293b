#include "detectionscommand.h"

#include "commandline.h"
#include "recordoutput.h"

#include "quarantine/detectionreport.h"

int DetectionsCommand::run(const QStringList &arguments)
{
    const CommandErrors errors(QStringLiteral("detections"));
    CommandLine line(tr("Writes the security risks the agents reported from their client logs "
                        "(the virus/malware log and the web reputation log), oldest first."),
                     { RecordOutput::formatOption() }, tr("The store whose detections to write."));
    if (const std::optional<int> exit = parseOrExit(line, arguments, errors))
        return *exit;
    return RecordOutput::writeFromStore(
        line, errors, DetectionReport::fields(),
        [](const std::shared_ptr<Database> &database) -> Result<QVector<QJsonObject>> {
            const Result<QVector<StoredDetection>> found = DetectionStore(database).read();
            if (!found)
                return Result<QVector<QJsonObject>>::failure(found.error());
            QVector<QJsonObject> records;
            records.reserve(found->size());
            for (const StoredDetection &entry : *found)
                records.append(DetectionReport::record(entry));
            return records;
        });
}
