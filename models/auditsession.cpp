#include "auditsession.h"

#include "export/csvwriter.h"
#include "store/auditlog.h"

#include <QSaveFile>

namespace {

// Writes the log's export rows to `path`.
Result<Done> writeCsv(const std::shared_ptr<Database> &database, const AuditFilter &filter,
                      const QString &path)
{
    QSaveFile file(path);
    const auto cannotWrite = [&path, &file] {
        return Result<Done>::failure(
            AuditSession::tr("Cannot write %1: %2").arg(path, file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite();
    CsvWriter writer(&file);
    writer.writeRow(AuditLog::exportHeaders());
    const Result<Done> exported
        = AuditLog(database).exportRows(filter, [&writer](const QStringList &row) {
              writer.writeRow(row);
              return writer.error().isEmpty();
          });
    if (!exported)
        return exported;
    if (!writer.error().isEmpty())
        return Result<Done>::failure(writer.error());
    if (!file.commit())
        return cannotWrite();
    return Done {};
}

} // namespace

AuditSession::AuditSession(OpenDatabase openDatabase, QObject *parent)
    : NewestSearch(std::move(openDatabase), parent)
{ }

void AuditSession::search(const AuditFilter &filter)
{
    searchNewest<AuditEntry>(
        Order::NewestFirst,
        [filter](const std::shared_ptr<Database> &database, int limit) {
            AuditFilter query = filter;
            query.limit = limit;
            return AuditLog(database).search(query);
        },
        [this](QVector<AuditEntry> entries) { m_entries.setEntries(std::move(entries)); });
}

void AuditSession::exportTo(const AuditFilter &filter, const QString &path)
{
    m_workers.run<Result<Done>>(
        this,
        [open = openDatabase(), filter, path]() -> Result<Done> {
            const Result<std::shared_ptr<Database>> database = open();
            if (!database)
                return Result<Done>::failure(database.error());
            return writeCsv(database.value(), filter, path);
        },
        [this, path](const Result<Done> &written) {
            if (written)
                emit exported(path);
            else
                emit exportFailed(path, written.error());
        });
}
