#include "store/resultsreader.h"

#include "common/logging.h"
#include "store/sqltransaction.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <array>
#include <atomic>
#include <charconv>
#include <limits>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include <sqlite3.h>

namespace {

using EndpointRow::Column;

// The stored columns from `first` to the last, by EndpointRow's names, joined by `separator`.
QString columns(Column first, QLatin1String separator)
{
    QStringList names;
    for (int column = first; column < EndpointRow::columnCount; ++column)
        names << EndpointRow::columnName(Column(column));
    return names.join(separator);
}

// PostgreSQL (through QtSql): one text per row instead of eleven, since QtSql makes a QVariant
// and a QString per value, which cost more than the database's own work at a million rows. The
// unit separator (U+001F) never appears in what this program stores; a row where it does is read
// again column by column. (SQLite is read through its C API instead: readSqlite().)
const QString separatedColumns = columns(Column::Address, QLatin1String(" || chr(31) || "));
const QString plainColumns = columns(Column::Address, QLatin1String(", "));

// The stable keys of core/endpoint (toKey()), made once: a million rows are each looked up
// without making a QString.
template<typename T, size_t N> class Keys
{
public:
    explicit Keys(const std::array<T, N> &all)
    {
        for (size_t i = 0; i < N; ++i)
            m_keys[i] = { toKey(all[i]), all[i] };
    }
    std::optional<T> find(QStringView key) const
    {
        for (const auto &[text, value] : m_keys) {
            if (key == QStringView(text))
                return value;
        }
        return std::nullopt;
    }

private:
    std::array<std::pair<QString, T>, N> m_keys;
};

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

// The first and last ids without reading the query's million index entries: MIN(id) over
// "query_id = ?" walks them all, since no index orders a query's rows by id. Per status, the
// (query_id, status) index ends in the row id, so each MIN and MAX is one seek; then the run is
// followed past its ends while the neighbouring rows are the query's (a row whose status this
// version does not write, which the read then refuses).
Result<ResultsReader::Span> ResultsReader::span(qint64 queryId) const
{
    const QString cannotRead = tr("cannot read query %1: %2");
    QSqlQuery exists(m_database->connection());
    exists.prepare(QStringLiteral("SELECT 1 FROM queries WHERE id = ?"));
    exists.addBindValue(queryId);
    if (!exists.exec())
        return Result<Span>::failure(
            cannotRead.arg(QString::number(queryId), sqlErrorText(exists.lastError())));
    if (!exists.next())
        return Result<Span>::failure(tr("there is no query %1").arg(queryId));

    QSqlQuery ends(m_database->connection());
    ends.prepare(
        QStringLiteral("SELECT (SELECT MIN(id) FROM endpoints WHERE query_id = ? AND status = ?),"
                       " (SELECT MAX(id) FROM endpoints WHERE query_id = ? AND status = ?)"));
    std::optional<Span> found;
    for (SecurityStatus status : SecurityStatuses::all) {
        for (const QVariant &value : { QVariant(queryId), QVariant(toKey(status)),
                                       QVariant(queryId), QVariant(toKey(status)) })
            ends.addBindValue(value);
        if (!ends.exec() || !ends.next())
            return Result<Span>::failure(
                cannotRead.arg(QString::number(queryId), sqlErrorText(ends.lastError())));
        if (ends.isNull(0))
            continue;
        const Span ofStatus { ends.value(0).toLongLong(), ends.value(1).toLongLong() };
        found = found ? Span { std::min(found->firstId, ofStatus.firstId),
                               std::max(found->lastId, ofStatus.lastId) }
                      : ofStatus;
    }
    QSqlQuery neighbour(m_database->connection());
    const auto extend = [&](qint64 &id, const QString &sql) -> Result<Done> {
        neighbour.prepare(sql);
        for (;;) {
            neighbour.addBindValue(id);
            if (!neighbour.exec())
                return sqlFailure(neighbour.lastError());
            if (!neighbour.next() || neighbour.value(1).toLongLong() != queryId)
                return Done {};
            id = neighbour.value(0).toLongLong();
        }
    };
    if (!found) {
        // No row of a status this version writes: the whole index, once.
        QSqlQuery all(m_database->connection());
        all.prepare(QStringLiteral("SELECT MIN(id), MAX(id) FROM endpoints WHERE query_id = ?"));
        all.addBindValue(queryId);
        if (!all.exec() || !all.next())
            return Result<Span>::failure(
                cannotRead.arg(QString::number(queryId), sqlErrorText(all.lastError())));
        if (all.isNull(0))
            return Span {}; // no rows
        return Span { all.value(0).toLongLong(), all.value(1).toLongLong() };
    }
    Result<Done> extended = extend(found->firstId,
                                   QStringLiteral("SELECT id, query_id FROM endpoints WHERE id < ?"
                                                  " ORDER BY id DESC LIMIT 1"));
    if (extended)
        extended = extend(found->lastId,
                          QStringLiteral("SELECT id, query_id FROM endpoints WHERE id > ?"
                                         " ORDER BY id LIMIT 1"));
    if (!extended)
        return Result<Span>::failure(cannotRead.arg(QString::number(queryId), extended.error()));
    return *found;
}

Result<std::shared_ptr<ResultsTable>> ResultsReader::read(qint64 queryId) const
{
    // In chunks of whole segments, which join one table without a copy: a large query is read
    // by two readers this way too.
    auto whole = std::make_shared<ResultsTable>();
    const Result<qint64> rows
        = read(queryId, defaultChunkRows,
               [&whole](std::shared_ptr<ResultsTable> chunk) { whole->append(*chunk); });
    if (!rows)
        return Result<std::shared_ptr<ResultsTable>>::failure(rows.error());
    return whole;
}

namespace {

// The UTF-16 of one row's columns, in one buffer that keeps its capacity from row to row. Stored
// text is mostly ASCII, widened byte by byte; anything else goes through QString::fromUtf8.
class RowText
{
public:
    void clear()
    {
        m_size = 0;
        m_ends.clear();
    }
    void add(const char *utf8, int bytes)
    {
        // Widened as if ASCII, the high bits gathered on the way (one loop the compiler
        // vectorises); done again through QString::fromUtf8 when a byte was not ASCII.
        char16_t *out = grow(size_t(bytes));
        unsigned char high = 0;
        for (int i = 0; i < bytes; ++i) {
            const auto byte = static_cast<unsigned char>(utf8[i]);
            high |= byte;
            out[i] = byte;
        }
        if (high >= 0x80) {
            m_size -= size_t(bytes);
            const QString text = QString::fromUtf8(utf8, bytes);
            std::copy(text.utf16(), text.utf16() + text.size(), grow(size_t(text.size())));
        }
        m_ends.push_back(m_size);
    }
    // Valid until the next clear() or add().
    QStringView field(int i) const
    {
        const size_t begin = i == 0 ? 0 : m_ends[size_t(i) - 1];
        return QStringView(m_chars.get() + begin, qsizetype(m_ends[size_t(i)] - begin));
    }

private:
    // Room for `count` more characters, uninitialised (a vector would zero them first).
    char16_t *grow(size_t count)
    {
        if (m_size + count > m_capacity) {
            const size_t capacity = std::max(2 * m_capacity, m_size + count);
            std::unique_ptr<char16_t[]> chars(new char16_t[capacity]);
            std::copy(m_chars.get(), m_chars.get() + m_size, chars.get());
            m_chars = std::move(chars);
            m_capacity = capacity;
        }
        char16_t *at = m_chars.get() + m_size;
        m_size += count;
        return at;
    }

    std::unique_ptr<char16_t[]> m_chars;
    size_t m_size = 0;
    size_t m_capacity = 0;
    std::vector<size_t> m_ends;
};

} // namespace

// Turns rows into tables of `chunkRows` and hands each over as soon as it is full.
class ResultsReader::ChunkWriter
{
public:
    // Indexed by EndpointRow::Column (the id is passed apart).
    using Fields = std::array<QStringView, EndpointRow::columnCount>;

    // `stop`, when given and set, ends the read at the next row with an error.
    ChunkWriter(qint64 total, qsizetype chunkRows, const ChunkRead &chunkRead,
                const std::atomic<bool> *stop = nullptr)
        : m_total(total)
        , m_chunkRows(chunkRows)
        , m_chunkRead(chunkRead)
        , m_stop(stop)
        , m_table(newChunk())
    { }

    // Refused, in words, when the row holds what this version does not write.
    Result<Done> append(qint64 queryId, qint64 id, const Fields &fields)
    {
        using R = Result<Done>;
        if (m_stop && *m_stop)
            return R::failure(tr("the read of query %1 was stopped").arg(queryId));
        const std::optional<SecurityStatus> status = m_statuses.find(fields[Column::Status]);
        const std::optional<GateResult> gate = m_gates.find(fields[Column::Gate]);
        bool portOk = false;
        const uint port = fields[Column::AgentPort].toUInt(&portOk);
        if (!status || !gate || !portOk || port > 65535)
            return R::failure(
                tr("endpoint row %1 of query %2 cannot be read: status \"%3\", gate \"%4\" or "
                   "port \"%5\" is not one this version writes")
                    .arg(QString::number(id), QString::number(queryId),
                         fields[Column::Status].toString(), fields[Column::Gate].toString(),
                         fields[Column::AgentPort].toString()));
        m_table->append(fields[Column::Address], fields[Column::Name], *status, *gate,
                        quint16(port), fields[Column::Server], fields[Column::AgentVersion],
                        fields[Column::Domain], fields[Column::AdPath], fields[Column::Detail],
                        fields[Column::PortsJson]);
        ++m_done;
        if (m_table->size() >= m_chunkRows) {
            m_chunkRead(std::move(m_table));
            m_table = newChunk();
        }
        return Done {};
    }
    // Hands over the last chunk (an empty one when the query has no rows).
    void finish()
    {
        if (!m_table->isEmpty() || m_done == 0)
            m_chunkRead(std::move(m_table));
    }
    qint64 done() const { return m_done; }

private:
    std::shared_ptr<ResultsTable> newChunk() const
    {
        auto chunk = std::make_shared<ResultsTable>();
        chunk->reserve(qsizetype(std::clamp<qint64>(m_total - m_done, 0, m_chunkRows)));
        return chunk;
    }

    const qint64 m_total;
    const qsizetype m_chunkRows;
    const ChunkRead &m_chunkRead;
    const std::atomic<bool> *m_stop;
    qint64 m_done = 0;
    const Keys<SecurityStatus, SecurityStatuses::all.size()> m_statuses { SecurityStatuses::all };
    const Keys<GateResult, GateResults::all.size()> m_gates { GateResults::all };
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
    const qsizetype wholeSegments
        = chunkRows >= std::numeric_limits<qsizetype>::max() - ResultsSegment::capacity
        ? chunkRows
        : (std::max<qsizetype>(chunkRows, 1) + ResultsSegment::capacity - 1)
            & ~(ResultsSegment::capacity - 1);
    // (The second reader opens the same file again: a database that is not a file has none.)
    if (m_database->dialect() == SqlDialect::Sqlite && wholeSegments < rows->ids()
        && QFileInfo(m_database->location()).isFile()) {
        const Result<qint64> read = readInTwo(queryId, *rows, wholeSegments, chunkRead);
        if (read)
            Logging::get("store")->info("read {} endpoints of query {} in {} ms (two readers)",
                                        read.value(), queryId, timer.elapsed());
        return read;
    }
    ChunkWriter writer(rows->ids(), wholeSegments, chunkRead);
    const Result<Done> written = m_database->dialect() == SqlDialect::Sqlite
        ? readSqlite(queryId, *rows, writer)
        : readSeparated(queryId, *rows, writer);
    if (!written)
        return Result<qint64>::failure(written.error());
    writer.finish();
    Logging::get("store")->info("read {} endpoints of query {} in {} ms", writer.done(), queryId,
                                timer.elapsed());
    return writer.done();
}

// What two readers share: the chunks read but not yet handed over, and where to stop. Each
// chunk is handed over as soon as it and every chunk before it are read, by whichever reader
// completes the run, one at a time and in order.
class ResultsReader::ChunkRelay
{
public:
    explicit ChunkRelay(const ChunkRead &chunkRead)
        : m_chunkRead(chunkRead)
    { }

    void read(qint64 index, std::shared_ptr<ResultsTable> chunk)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_waiting.emplace(index, std::move(chunk));
        for (auto next = m_waiting.find(m_next); next != m_waiting.end();
             next = m_waiting.find(m_next)) {
            m_rows += next->second->size();
            m_chunkRead(std::move(next->second));
            m_waiting.erase(next);
            ++m_next;
        }
    }
    qint64 rows() const
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        return m_rows;
    }
    // Stops both readers. The first error is the one that says why: the other reader's is
    // only that it was stopped.
    void fail(const QString &error)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (m_error.isEmpty())
            m_error = error;
        stop = true;
    }
    QString error() const
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        return m_error;
    }

    std::atomic<bool> stop { false };

private:
    const ChunkRead &m_chunkRead;
    mutable std::mutex m_mutex;
    std::map<qint64, std::shared_ptr<ResultsTable>> m_waiting;
    qint64 m_next = 0;
    qint64 m_rows = 0;
    QString m_error;
};

// Chunk `first`, `first + 2`, ... of the span, each a run of `chunkRows` ids, into the relay.
void ResultsReader::readEveryOther(qint64 queryId, const Span &rows, qsizetype chunkRows,
                                   qint64 first, ChunkRelay &relay) const
{
    const qint64 chunks = (rows.ids() + chunkRows - 1) / chunkRows;
    for (qint64 index = first; index < chunks && !relay.stop; index += 2) {
        const qint64 firstId = rows.firstId + index * chunkRows;
        const Span part { firstId, std::min(rows.lastId, firstId + chunkRows - 1) };
        std::shared_ptr<ResultsTable> chunk;
        const ChunkRead keep
            = [&chunk](std::shared_ptr<ResultsTable> read) { chunk = std::move(read); };
        ChunkWriter writer(part.ids(), chunkRows, keep, &relay.stop);
        const Result<Done> written = readSqlite(queryId, part, writer);
        if (!written) {
            relay.fail(written.error());
            return;
        }
        writer.finish();
        relay.read(index, chunk ? std::move(chunk) : std::make_shared<ResultsTable>());
    }
}

// Two readers, taking the chunks in turn, the second on a thread and a connection of its own:
// SQLite spends most of a million-row read decoding records, which a second core halves. Taking
// turns (rather than a half each) hands the chunks over as they come, never half the rows at
// once. A chunk is a run of ids: when another query's rows lie inside the run (two consoles
// writing at once), it holds fewer rows, and the table copies the rows that follow it.
Result<qint64> ResultsReader::readInTwo(qint64 queryId, const Span &rows, qsizetype chunkRows,
                                        const ChunkRead &chunkRead) const
{
    ChunkRelay relay(chunkRead);
    std::thread second([&, path = m_database->location()] {
        const Result<std::shared_ptr<Database>> database = Database::openSqlite(path);
        if (database)
            ResultsReader(database.value()).readEveryOther(queryId, rows, chunkRows, 1, relay);
        else
            relay.fail(database.error());
    }); // (the connection is closed on the thread that opened it, when `database` goes)
    readEveryOther(queryId, rows, chunkRows, 0, relay);
    second.join();
    if (const QString error = relay.error(); !error.isEmpty())
        return Result<qint64>::failure(error);
    return relay.rows();
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
Result<Done> ResultsReader::readSqlite(qint64 queryId, const Span &rows, ChunkWriter &writer) const
{
    const auto cannotRead = [queryId](const QString &why) {
        return Result<Done>::failure(
            tr("cannot read the endpoints of query %1: %2").arg(QString::number(queryId), why));
    };
    const QVariant handle = m_database->connection().driver()->handle();
    sqlite3 *db = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
        ? *static_cast<sqlite3 *const *>(handle.constData())
        : nullptr;
    if (!db)
        return cannotRead(tr("the SQLite connection is not open"));
    // Result column i is EndpointRow::Column i.
    const QByteArray sql
        = QByteArrayLiteral("SELECT ") + EndpointRow::selectColumns().toUtf8() + rowsOfTheSpan;
    sqlite3_stmt *prepared = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &prepared, nullptr) != SQLITE_OK)
        return cannotRead(QString::fromUtf8(sqlite3_errmsg(db)));
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
        for (int i = Column::Address; i < EndpointRow::columnCount; ++i) {
            if (i == Column::AgentPort && sqlite3_column_type(prepared, i) == SQLITE_INTEGER) {
                // Written here: SQLite would make a text copy of the number first.
                char digits[24];
                const auto written = std::to_chars(digits, digits + sizeof digits,
                                                   sqlite3_column_int64(prepared, i));
                text.add(digits, int(written.ptr - digits));
                continue;
            }
            // The text first, then its length: the order SQLite's documentation asks for.
            const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(prepared, i));
            text.add(utf8, sqlite3_column_bytes(prepared, i));
        }
        for (int i = Column::Address; i < EndpointRow::columnCount; ++i)
            fields[size_t(i)] = text.field(i - Column::Address);
        const Result<Done> appended
            = writer.append(queryId, sqlite3_column_int64(prepared, Column::Id), fields);
        if (!appended)
            return appended;
    }
    if (step != SQLITE_DONE)
        return cannotRead(QString::fromUtf8(sqlite3_errmsg(db)));
    return Done {};
}

Result<Done> ResultsReader::readSeparated(qint64 queryId, const Span &rows,
                                          ChunkWriter &writer) const
{
    QSqlQuery select(m_database->connection());
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("SELECT id, ") + separatedColumns + QLatin1String(rowsOfTheSpan));
    select.addBindValue(rows.firstId);
    select.addBindValue(rows.lastId);
    select.addBindValue(queryId);
    const auto cannotRead = [queryId](const QSqlError &error) {
        return Result<Done>::failure(tr("cannot read the endpoints of query %1: %2")
                                         .arg(QString::number(queryId), sqlErrorText(error)));
    };
    if (!select.exec())
        return cannotRead(select.lastError());
    ChunkWriter::Fields fields;
    PlainFields plain;
    while (select.next()) {
        const qint64 id = select.value(0).toLongLong();
        const QString text = select.value(1).toString();
        int column = Column::Address;
        for (QStringView field : QStringView(text).tokenize(QChar(0x1f))) {
            if (column < EndpointRow::columnCount)
                fields[size_t(column)] = field;
            ++column;
        }
        if (column != EndpointRow::columnCount) {
            const Result<Done> read = readPlain(id, plain);
            if (!read)
                return read;
            for (int i = Column::Address; i < EndpointRow::columnCount; ++i)
                fields[size_t(i)] = plain[size_t(i)];
        }
        const Result<Done> appended = writer.append(queryId, id, fields);
        if (!appended)
            return appended;
    }
    if (select.lastError().isValid())
        return cannotRead(select.lastError());
    return Done {};
}

Result<Done> ResultsReader::readPlain(qint64 rowId, PlainFields &fields) const
{
    QSqlQuery select(m_database->connection());
    select.prepare(QStringLiteral("SELECT ") + plainColumns
                   + QStringLiteral(" FROM endpoints WHERE id = ?"));
    select.addBindValue(rowId);
    if (!select.exec() || !select.next())
        return Result<Done>::failure(
            tr("cannot read endpoint row %1: %2")
                .arg(QString::number(rowId), sqlErrorText(select.lastError())));
    for (int i = Column::Address; i < EndpointRow::columnCount; ++i)
        fields[size_t(i)] = select.value(i - Column::Address).toString();
    return Done {};
}
