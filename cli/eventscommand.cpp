#include "eventscommand.h"

#include "commandline.h"
#include "recordoutput.h"

#include "store/eventlog.h"
#include "store/sqltransaction.h"

#include <QTextStream>

namespace {

// ISO-8601; without an offset the time is UTC, as every time the store keeps.
Result<QDateTime> parseTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return Result<QDateTime>::failure(
            EventsCommand::tr("--since: \"%1\" is not an ISO-8601 time (2026-12-03T09:00:00Z)")
                .arg(text));
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toUTC();
}

} // namespace

int EventsCommand::run(const QStringList &arguments)
{
    const CommandErrors errors(QStringLiteral("events"));
    const QCommandLineOption since(QStringLiteral("since"),
                                   tr("Only events at or after TIME (ISO-8601, UTC unless it "
                                      "says otherwise)."),
                                   tr("TIME"));
    const QCommandLineOption kind(
        QStringLiteral("kind"),
        tr("Only events of this kind: %1.").arg(EventKind::all().join(QStringLiteral(", "))),
        tr("K"));
    CommandLine line(tr("Writes the events of the store (agents that went offline, came back "
                        "online or went missing; status changes between queries; health "
                        "indicators that need attention), oldest first."),
                     { since, kind, RecordOutput::formatOption() },
                     tr("The store whose events to write."));
    if (const std::optional<int> exit = parseOrExit(line, arguments, errors))
        return *exit;
    EventFilter filter;
    if (line.isSet(since)) {
        const Result<QDateTime> time = parseTime(line.value(since));
        if (!time)
            return errors.fail(2, time.error());
        filter.since = time.value();
    }
    if (line.isSet(kind)) {
        filter.kind = line.value(kind);
        if (!EventKind::isKnown(filter.kind))
            return errors.fail(2,
                               tr("--kind: \"%1\" is not a kind of event (%2)")
                                   .arg(filter.kind, EventKind::all().join(QStringLiteral(", "))));
    }
    return RecordOutput::writeFromStore(
        line, errors,
        { QStringLiteral("time"), QStringLiteral("kind"), QStringLiteral("name"),
          QStringLiteral("address"), QStringLiteral("from"), QStringLiteral("to"),
          QStringLiteral("detail") },
        [&filter](const std::shared_ptr<Database> &database) -> Result<QVector<QJsonObject>> {
            const Result<QVector<ComputerEvent>> events = EventLog(database).read(filter);
            if (!events)
                return Result<QVector<QJsonObject>>::failure(events.error());
            QVector<QJsonObject> records;
            records.reserve(events->size());
            for (const ComputerEvent &event : *events)
                records.append({ { QStringLiteral("time"), storeTime(event.at) },
                                 { QStringLiteral("kind"), event.kind },
                                 { QStringLiteral("name"), event.name },
                                 { QStringLiteral("address"), event.address },
                                 { QStringLiteral("from"), event.from },
                                 { QStringLiteral("to"), event.to },
                                 // Why, in words: an auto-response-failed says what to do.
                                 { QStringLiteral("detail"), event.detail } });
            return records;
        });
}
