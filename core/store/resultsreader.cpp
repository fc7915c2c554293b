#include "store/resultsreader.h"

#include "common/logging.h"
#include "store/sqltransaction.h"

#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <limits>
#include <optional>

#include <sqlite3.h>

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

// PostgreSQL (through QtSql): one text per row instead of eleven, since QtSql makes a QVariant
// and a QString per value, which cost more than the database's own work at a million rows. The
// unit separator (U+001F) never appears in what this program stores; a row where it does is read
// again column by column. (SQLite is read through its C API instead: readSqlite().)
QString separatedColumns()
{
    QString chained = QStringLiteral(
        "address, name, status, gate, agent_port, server, agent_version, domain, ad_path, detail,"
        " ports_json");
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

namespace {

// The UTF-16 of one row's columns, in one buffer that keeps its capacity from row to row. Stored
// text is mostly ASCII, widened byte by byte; anything else goes through QString::fromUtf8.
class RowText
{
public:
    void clear()
    {
        m_chars.clear();
        m_ends.clear();
    }
    void add(const char *utf8, int bytes)
    {
        // Widened as if ASCII, the high bits gathered on the way (one loop the compiler
        // vectorises); undone when a byte was not ASCII.
        const size_t begin = m_chars.size();
        m_chars.resize(begin + size_t(bytes));
        char16_t *out = m_chars.data() + begin;
        unsigned char high = 0;
        for (int i = 0; i < bytes; ++i) {
            const auto byte = static_cast<unsigned char>(utf8[i]);
            high |= byte;
            out[i] = byte;
        }
        if (high >= 0x80) {
            m_chars.resize(begin);
            const QString text = QString::fromUtf8(utf8, bytes);
            m_chars.insert(m_chars.end(), text.utf16(), text.utf16() + text.size());
        }
        m_ends.push_back(m_chars.size());
    }
    // Valid until the next clear() or add().
    QStringView field(int i) const
    {
        const size_t begin = i == 0 ? 0 : m_ends[size_t(i) - 1];
        return QStringView(m_chars.data() + begin, qsizetype(m_ends[size_t(i)] - begin));
    }

private:
    std::vector<char16_t> m_chars;
    std::vector<size_t> m_ends;
};

} // namespace

// Turns rows into tables of `chunkRows` and hands each over as soon as it is full.
class ResultsReader::ChunkWriter
{
public:
    using Fields = std::array<QStringView, FieldCount>;

    ChunkWriter(qint64 total, qsizetype chunkRows, const ChunkRead &chunkRead)
        : m_total(total)
        , m_chunkRows(chunkRows)
        , m_chunkRead(chunkRead)
        , m_table(newChunk())
    { }

    // The error in words when the row holds what this version does not write; empty otherwise.
    QString append(qint64 queryId, qint64 id, const Fields &fields)
    {
        const std::optional<SecurityStatus> status = fromKey(fields[Status], m_statuses);
        const std::optional<GateResult> gate = fromKey(fields[Gate], m_gates);
        bool portOk = false;
        const uint port = fields[AgentPort].toUInt(&portOk);
        if (!status || !gate || !portOk || port > 65535)
            return tr("endpoint row %1 of query %2 cannot be read: status \"%3\", gate \"%4\" or "
                      "port \"%5\" is not one this version writes")
                .arg(QString::number(id), QString::number(queryId), fields[Status].toString(),
                     fields[Gate].toString(), fields[AgentPort].toString());
        m_table->append(fields[Address], fields[Name], *status, *gate, quint16(port),
                        fields[Server], fields[AgentVersion], fields[Domain], fields[AdPath],
                        fields[Detail], fields[PortsJson]);
        ++m_done;
        if (m_table->size() >= m_chunkRows) {
            if (m_done == m_table->size() && m_total > m_done) // the first chunk: see newChunk()
                m_table->reserveLikeRowsHeld(qsizetype(m_total));
            m_chunkRead(std::move(m_table));
            m_table = newChunk();
        }
        return {};
    }
    // Hands over the last chunk (an empty one when the query has no rows).
    void finish()
    {
        if (!m_table->isEmpty() || m_done == 0)
            m_chunkRead(std::move(m_table));
    }
    qint64 done() const { return m_done; }

private:
    // The first chunk has room for every row: a consumer that appends the others to it (the
    // results model) never grows a million-row column, which would copy it and, worse, fault in
    // its pages on the GUI thread all at once.
    std::shared_ptr<ResultsTable> newChunk() const
    {
        auto chunk = std::make_shared<ResultsTable>();
        chunk->reserve(
            qsizetype(m_done == 0 ? m_total : std::min<qint64>(m_chunkRows, m_total - m_done)));
        return chunk;
    }

    const qint64 m_total;
    const qsizetype m_chunkRows;
    const ChunkRead &m_chunkRead;
    qint64 m_done = 0;
    const std::array<std::pair<QString, SecurityStatus>, 5> m_statuses = statusKeys();
    const std::array<std::pair<QString, GateResult>, 5> m_gates = gateKeys();
    std::shared_ptr<ResultsTable> m_table;
};

Result<qint64> ResultsReader::read(qint64 queryId, qsizetype chunkRows,
                                   const ChunkRead &chunkRead) const
{
    QElapsedTimer timer;
    timer.start();
    const Result<Span> rows = span(queryId);
    if (!rows)
        return Result<qint64>::failure(rows.error());
    ChunkWriter writer(rows->count, chunkRows, chunkRead);
    const QString error = m_database->dialect() == SqlDialect::Sqlite
        ? readSqlite(queryId, *rows, writer)
        : readSeparated(queryId, *rows, writer);
    if (!error.isEmpty())
        return Result<qint64>::failure(error);
    writer.finish();
    Logging::get("store")->info("read {} endpoints of query {} in {} ms", writer.done(), queryId,
                                timer.elapsed());
    return writer.done();
}

// A query's rows are one run of ids, read in id order: a range of the table's own b-tree. The
// "+" keeps the database from the (query_id, ...) indexes, which would read the same rows in
// index order and then sort a million of them in a temporary b-tree.
static const char rowsOfTheSpan[]
    = " FROM endpoints WHERE id BETWEEN ? AND ? AND +query_id = ? ORDER BY id";

// SQLite through its C API, on the connection Qt's driver opened: the row's eleven UTF-8 texts
// straight out of SQLite's own buffers, where QtSql made a QVariant and a QString of each. The
// UTF-16 the table keeps is made here, in one buffer reused for every row: asking SQLite for
// UTF-16 made it allocate a converted copy of every value, behind its memory mutex.
QString ResultsReader::readSqlite(qint64 queryId, const Span &rows, ChunkWriter &writer) const
{
    const QString cannotRead = tr("cannot read the endpoints of query %1: %2");
    const QVariant handle = m_database->connection().driver()->handle();
    sqlite3 *db = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
        ? *static_cast<sqlite3 *const *>(handle.constData())
        : nullptr;
    if (!db)
        return cannotRead.arg(QString::number(queryId), tr("the SQLite connection is not open"));
    const QByteArray sql = QByteArrayLiteral("SELECT id, ") + plainColumns.toUtf8() + rowsOfTheSpan;
    sqlite3_stmt *prepared = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &prepared, nullptr) != SQLITE_OK)
        return cannotRead.arg(QString::number(queryId), QString::fromUtf8(sqlite3_errmsg(db)));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(prepared,
                                                                           &sqlite3_finalize);
    sqlite3_bind_int64(prepared, 1, rows.firstId);
    sqlite3_bind_int64(prepared, 2, rows.lastId);
    sqlite3_bind_int64(prepared, 3, queryId);
    ChunkWriter::Fields fields;
    RowText text;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(prepared)) == SQLITE_ROW) {
        text.clear();
        for (int i = 0; i < FieldCount; ++i) {
            // The text first, then its length: the order SQLite's documentation asks for.
            const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(prepared, i + 1));
            text.add(utf8, sqlite3_column_bytes(prepared, i + 1));
        }
        for (int i = 0; i < FieldCount; ++i)
            fields[size_t(i)] = text.field(i);
        const QString error = writer.append(queryId, sqlite3_column_int64(prepared, 0), fields);
        if (!error.isEmpty())
            return error;
    }
    if (step != SQLITE_DONE)
        return cannotRead.arg(QString::number(queryId), QString::fromUtf8(sqlite3_errmsg(db)));
    return {};
}

QString ResultsReader::readSeparated(qint64 queryId, const Span &rows, ChunkWriter &writer) const
{
    QSqlQuery select(m_database->connection());
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("SELECT id, ") + separatedColumns()
                   + QLatin1String(rowsOfTheSpan));
    select.addBindValue(rows.firstId);
    select.addBindValue(rows.lastId);
    select.addBindValue(queryId);
    if (!select.exec())
        return tr("cannot read the endpoints of query %1: %2")
            .arg(QString::number(queryId), sqlErrorText(select.lastError()));
    ChunkWriter::Fields fields;
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
                return error;
            for (int i = 0; i < FieldCount; ++i)
                fields[size_t(i)] = plain[i];
        }
        const QString error = writer.append(queryId, id, fields);
        if (!error.isEmpty())
            return error;
    }
    if (select.lastError().isValid())
        return tr("cannot read the endpoints of query %1: %2")
            .arg(QString::number(queryId), sqlErrorText(select.lastError()));
    return {};
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
