#include "store/resultsreader.h"

#include "common/logging.h"
#include "store/sqltransaction.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <limits>
#include <optional>

namespace {

// The columns of one endpoint row, in the order of the concatenated SELECT below.
enum Field {
    Address,
    Name,
    Status,
    Gate,
    AgentPort,
    Server,
    AgentVersion,
    Domain,
    AdPath,
    Detail,
    PortsJson,
    FieldCount
};

// Fetching one text per row instead of eleven: QtSql makes a QVariant and a QString per value,
// which cost more than SQLite's own work at a million rows. The unit separator (U+001F) never
// appears in what this program stores; a row where it does is read again column by column.
// SQLite builds the row's text with one printf() (its format string a constant, evaluated once
// per statement): a chain of "||" made ten intermediate strings per row, each a malloc behind
// SQLite's memory mutex, a third of the reader's time at a million rows. PostgreSQL has no
// printf(); its "||" chain, with chr() for SQLite's char(), costs little next to the network.
QString separatedColumns(SqlDialect dialect)
{
    const QString columns = QStringLiteral(
        "address, name, status, gate, agent_port, server, agent_version, domain, ad_path, detail,"
        " ports_json");
    if (dialect == SqlDialect::Sqlite)
        return QStringLiteral("printf(replace('%s|%s|%s|%s|%d|%s|%s|%s|%s|%s|%s', '|', char(31)), ")
            + columns + QLatin1Char(')');
    QString chained = columns;
    chained.replace(QLatin1String(", "), QLatin1String(" || chr(31) || "));
    return chained;
}
const QString plainColumns = QStringLiteral(
    "address, name, status, gate, agent_port, server, agent_version, domain, ad_path, detail,"
    " ports_json");

template<typename T, size_t N>
std::optional<T> fromKey(QStringView key, const std::array<std::pair<QString, T>, N> &keys)
{
    for (const auto &[text, value] : keys) {
        if (key == QStringView(text))
            return value;
    }
    return std::nullopt;
}

std::array<std::pair<QString, SecurityStatus>, 5> statusKeys()
{
    std::array<std::pair<QString, SecurityStatus>, 5> keys;
    for (size_t i = 0; i < keys.size(); ++i)
        keys[i] = { toKey(SecurityStatuses::all[i]), SecurityStatuses::all[i] };
    return keys;
}

std::array<std::pair<QString, GateResult>, 5> gateKeys()
{
    std::array<std::pair<QString, GateResult>, 5> keys;
    const GateResult all[] = { GateResult::Connected, GateResult::Refused, GateResult::Timeout,
                               GateResult::NoRoute, GateResult::Skipped };
    for (size_t i = 0; i < keys.size(); ++i)
        keys[i] = { toKey(all[i]), all[i] };
    return keys;
}

} // namespace

ResultsReader::ResultsReader(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
    Q_ASSERT(m_database);
}

Result<qint64> ResultsReader::latestQueryId() const
{
    QSqlQuery select(m_database->connection());
    if (!select.exec(
            QStringLiteral("SELECT id FROM queries ORDER BY started_at DESC, id DESC LIMIT 1")))
        return Result<qint64>::failure(
            tr("cannot read the queries: %1").arg(sqlErrorText(select.lastError())));
    if (!select.next())
        return Result<qint64>::failure(tr("the database holds no query yet"));
    return select.value(0).toLongLong();
}

Result<ResultsReader::Span> ResultsReader::span(qint64 queryId) const
{
    QSqlQuery select(m_database->connection());
    select.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM endpoints WHERE query_id = q.id),"
                                  " (SELECT MIN(id) FROM endpoints WHERE query_id = q.id),"
                                  " (SELECT MAX(id) FROM endpoints WHERE query_id = q.id)"
                                  " FROM queries q WHERE q.id = ?"));
    select.addBindValue(queryId);
    if (!select.exec())
        return Result<Span>::failure(
            tr("cannot read query %1: %2")
                .arg(QString::number(queryId), sqlErrorText(select.lastError())));
    if (!select.next())
        return Result<Span>::failure(tr("there is no query %1").arg(queryId));
    return Span { select.value(0).toLongLong(), select.value(1).toLongLong(),
                  select.value(2).toLongLong() };
}

Result<std::shared_ptr<ResultsTable>> ResultsReader::read(qint64 queryId) const
{
    std::shared_ptr<ResultsTable> whole;
    const Result<qint64> rows
        = read(queryId, std::numeric_limits<qsizetype>::max(),
               [&whole](std::shared_ptr<ResultsTable> chunk) { whole = std::move(chunk); });
    if (!rows)
        return Result<std::shared_ptr<ResultsTable>>::failure(rows.error());
    return whole ? whole : std::make_shared<ResultsTable>();
}

Result<qint64> ResultsReader::read(qint64 queryId, qsizetype chunkRows,
                                   const ChunkRead &chunkRead) const
{
    using Table = Result<qint64>;
    QElapsedTimer timer;
    timer.start();
    const Result<Span> rows = span(queryId);
    if (!rows)
        return Table::failure(rows.error());
    QSqlQuery select(m_database->connection());
    select.setForwardOnly(true);
    // A query's rows are one run of ids, read in id order: a range of the table's own b-tree.
    // The "+" keeps SQLite from the (query_id, ...) indexes, which would read the same rows in
    // index order and then sort a million of them in a temporary b-tree.
    select.prepare(QStringLiteral("SELECT id, ") + separatedColumns(m_database->dialect())
                   + QStringLiteral(" FROM endpoints WHERE id BETWEEN ? AND ? AND +query_id = ?"
                                    " ORDER BY id"));
    select.addBindValue(rows->firstId);
    select.addBindValue(rows->lastId);
    select.addBindValue(queryId);
    if (!select.exec())
        return Table::failure(tr("cannot read the endpoints of query %1: %2")
                                  .arg(QString::number(queryId), sqlErrorText(select.lastError())));
    qint64 done = 0;
    // The first chunk has room for every row: a consumer that appends the others to it (the
    // results model) never grows a million-row column, which would copy it and, worse, fault in
    // its pages on the GUI thread all at once.
    const auto newChunk = [&]() {
        auto chunk = std::make_shared<ResultsTable>();
        chunk->reserve(
            qsizetype(done == 0 ? rows->count : std::min<qint64>(chunkRows, rows->count - done)));
        return chunk;
    };
    auto table = newChunk();
    const auto statuses = statusKeys();
    const auto gates = gateKeys();
    std::array<QStringView, FieldCount> fields;
    QString plain[FieldCount];
    while (select.next()) {
        const qint64 id = select.value(0).toLongLong();
        const QString text = select.value(1).toString();
        qsizetype count = 0;
        for (QStringView field : QStringView(text).tokenize(QChar(0x1f))) {
            if (count < FieldCount)
                fields[size_t(count)] = field;
            ++count;
        }
        if (count != FieldCount) {
            const QString error = readPlain(id, plain);
            if (!error.isEmpty())
                return Table::failure(error);
            for (int i = 0; i < FieldCount; ++i)
                fields[size_t(i)] = plain[i];
        }
        const std::optional<SecurityStatus> status = fromKey(fields[Status], statuses);
        const std::optional<GateResult> gate = fromKey(fields[Gate], gates);
        bool portOk = false;
        const uint port = fields[AgentPort].toUInt(&portOk);
        if (!status || !gate || !portOk || port > 65535)
            return Table::failure(
                tr("endpoint row %1 of query %2 cannot be read: status \"%3\", gate \"%4\" or "
                   "port \"%5\" is not one this version writes")
                    .arg(QString::number(id), QString::number(queryId), fields[Status].toString(),
                         fields[Gate].toString(), fields[AgentPort].toString()));
        table->append(fields[Address], fields[Name], *status, *gate, quint16(port), fields[Server],
                      fields[AgentVersion], fields[Domain], fields[AdPath], fields[Detail],
                      fields[PortsJson]);
        ++done;
        if (table->size() >= chunkRows) {
            chunkRead(std::move(table));
            table = newChunk();
        }
    }
    if (select.lastError().isValid())
        return Table::failure(tr("cannot read the endpoints of query %1: %2")
                                  .arg(QString::number(queryId), sqlErrorText(select.lastError())));
    if (!table->isEmpty() || done == 0)
        chunkRead(std::move(table));
    Logging::get("store")->info("read {} endpoints of query {} in {} ms", done, queryId,
                                timer.elapsed());
    return done;
}

QString ResultsReader::readPlain(qint64 rowId, QString (&fields)[11]) const
{
    QSqlQuery select(m_database->connection());
    select.prepare(QStringLiteral("SELECT ") + plainColumns
                   + QStringLiteral(" FROM endpoints WHERE id = ?"));
    select.addBindValue(rowId);
    if (!select.exec() || !select.next())
        return tr("cannot read endpoint row %1: %2")
            .arg(QString::number(rowId), sqlErrorText(select.lastError()));
    for (int i = 0; i < FieldCount; ++i)
        fields[i] = select.value(i).toString();
    return {};
}
