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
    const Result<RecordOutput> output = RecordOutput::fromCommandLine(line);
    if (!output)
        return errors.fail(2, output.error());
    const Result<StoreOptions> options = line.store();
    if (!options)
        return errors.fail(2, options.error());
    const Result<OpenedStore, int> store = openExistingStore(options.value(), errors, 2);
    if (!store)
        return store.error();
    const Result<QVector<StoredDetection>> detections = DetectionStore(store->database).read();
    if (!detections)
        return errors.fail(1, detections.error());
    QVector<QJsonObject> records;
    records.reserve(detections->size());
    for (const StoredDetection &detection : *detections)
        records.append(DetectionReport::record(detection));
    const Result<Done> written = output->write(DetectionReport::fields(), records);
    if (!written)
        return errors.fail(1, written.error());
    return 0;
}
