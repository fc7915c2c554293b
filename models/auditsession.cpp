#include "auditsession.h"

#include "export/csvwriter.h"
#include "store/auditlog.h"

#include <QSaveFile>

namespace {

// Writes the log's export rows to `path`; the error, or an empty text.
QString writeCsv(const std::shared_ptr<Database> &database, const AuditFilter &filter,
                 const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return AuditSession::tr("Cannot write %1: %2").arg(path, file.errorString());
    CsvWriter writer(&file);
    writer.writeRow(AuditLog::exportHeaders());
    const QString error = AuditLog(database).exportRows(filter, [&writer](const QStringList &row) {
        writer.writeRow(row);
        return writer.error().isEmpty();
    });
    if (!error.isEmpty())
        return error;
    if (!writer.error().isEmpty())
        return writer.error();
    if (!file.commit())
        return AuditSession::tr("Cannot write %1: %2").arg(path, file.errorString());
    return QString();
}

} // namespace

AuditSession::AuditSession(OpenDatabase openDatabase, QObject *parent)
    : QObject(parent)
    , m_openDatabase(std::move(openDatabase))
{ }

AuditSession::~AuditSession() = default;

void AuditSession::search(const AuditFilter &filter)
{
    const int generation = ++m_generation;
    AuditFilter query = filter;
    query.limit = searchLimit;
    using Found = Result<QVector<AuditEntry>>;
    m_workers.run<Found>(
        this,
        [open = m_openDatabase, query]() -> Found {
            const Result<std::shared_ptr<Database>> database = open();
            if (!database)
                return Found::failure(database.error());
            return AuditLog(database.value()).search(query);
        },
        [this, generation](const Found &found) {
            if (generation != m_generation)
                return; // a newer search is on its way
            if (!found) {
                emit searchFailed(found.error());
                return;
            }
            m_entries.setEntries(found.value());
            emit searched(int(found->size()), found->size() >= searchLimit);
        });
}

void AuditSession::exportTo(const AuditFilter &filter, const QString &path)
{
    m_workers.run<QString>(
        this,
        [open = m_openDatabase, filter, path]() -> QString {
            const Result<std::shared_ptr<Database>> database = open();
            if (!database)
                return database.error();
            return writeCsv(database.value(), filter, path);
        },
        [this, path](const QString &error) { emit exportFinished(path, error); });
}
