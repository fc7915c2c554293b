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
    const Result<RecordOutput> output = RecordOutput::fromCommandLine(line);
    if (!output)
        return errors.fail(2, output.error());
    const Result<StoreOptions> options = line.store();
    if (!options)
        return errors.fail(2, options.error());
    const Result<OpenedStore, int> store = openExistingStore(options.value(), errors, 2);
    if (!store)
        return store.error();
    const Result<QVector<QuarantineEntry>> entries = QuarantineRoster(store->database).read();
    if (!entries)
        return errors.fail(1, entries.error());
    QVector<QJsonObject> records;
    records.reserve(entries->size());
    for (const QuarantineEntry &entry : *entries)
        records.append(QuarantineReport::record(entry));
    const Result<Done> written = output->write(QuarantineReport::fields(), records);
    if (!written)
        return errors.fail(1, written.error());
    return 0;
}
