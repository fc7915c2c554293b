#include "quarantinestatuscommand.h"

#include "commandline.h"
#include "recordoutput.h"

#include "quarantine/quarantinereport.h"

int QuarantineStatusCommand::run(const QStringList &arguments)
{
    const CommandErrors errors(QStringLiteral("quarantine-status"));
    CommandLine line(tr("Writes the Computer Quarantine Status report: every computer that is "
                        "quarantined, pending or released, by whom, since when and why."),
                     { RecordOutput::formatOption() }, tr("The store whose quarantines to write."));
    if (const std::optional<int> exit = parseOrExit(line, arguments, errors))
        return *exit;
    return RecordOutput::writeFromStore(
        line, errors, QuarantineReport::fields(),
        [](const std::shared_ptr<Database> &database) -> Result<QVector<QJsonObject>> {
            const Result<QVector<QuarantineEntry>> found = QuarantineRoster(database).read();
            if (!found)
                return Result<QVector<QJsonObject>>::failure(found.error());
            QVector<QJsonObject> records;
            records.reserve(found->size());
            for (const QuarantineEntry &entry : *found)
                records.append(QuarantineReport::record(entry));
            return records;
        });
}
