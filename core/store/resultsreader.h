#pragma once

#include "common/result.h"
#include "results/resultstable.h"
#include "store/database.h"
#include "store/endpointrow.h"

#include <QCoreApplication>

#include <array>
#include <functional>
#include <memory>

// Reads the endpoints of a stored query straight into a ResultsTable: the path that opens a past
// query of a million endpoints in about a second and a hundred megabytes, where
// QueryStore::endpoints() would build a million Endpoint objects first. Runs on the thread of
// its Database (a worker; never the GUI thread).
class ResultsReader
{
    Q_DECLARE_TR_FUNCTIONS(ResultsReader)

public:
    explicit ResultsReader(std::shared_ptr<Database> database);

    // In the order they were stored. Fails, naming it, on a query that does not exist or a row
    // this version cannot read.
    Result<std::shared_ptr<ResultsTable>> read(qint64 queryId) const;
    // The same in chunks of `chunkRows`, each handed to `chunkRead` as soon as it is complete,
    // so a page can show the first rows of a million while the rest arrive. Returns the number
    // of rows read; on a failure the chunks already handed over stay valid. Chunks hold whole
    // segments (chunkRows is rounded up to a multiple of ResultsSegment::capacity), so appending
    // one to the table of the chunks before it shares its rows instead of copying them. A large
    // SQLite query is read by two readers: `chunkRead` may then be called on either's thread,
    // never on two at once, always in order.
    using ChunkRead = std::function<void(std::shared_ptr<ResultsTable>)>;
    // Rows per chunk where the caller has no reason to choose: the first rows of a million show
    // after one chunk (about a tenth of a second), and a million rows are sixteen chunks.
    static constexpr qsizetype defaultChunkRows = 4 * ResultsSegment::capacity;
    Result<qint64> read(qint64 queryId, qsizetype chunkRows, const ChunkRead &chunkRead) const;
    // The id of the newest query, or a failure that says there is none yet.
    Result<qint64> latestQueryId() const;

private:
    // The ids of a query's rows: one run of ids unless two consoles wrote into the store at
    // once, so ids() is how many rows there are at most (counting them read a million index
    // entries: 0.2 s before the first row).
    struct Span
    {
        qint64 firstId = 0;
        qint64 lastId = -1;
        qint64 ids() const { return lastId - firstId + 1; }
    };
    class ChunkWriter;
    class ChunkRelay;
    Result<Span> span(qint64 queryId) const;
    // The rows of the span into `writer`.
    Result<Done> readSqlite(qint64 queryId, const Span &rows, ChunkWriter &writer) const;
    Result<qint64> readInTwo(qint64 queryId, const Span &rows, qsizetype chunkRows,
                             const ChunkRead &chunkRead) const;
    void readEveryOther(qint64 queryId, const Span &rows, qsizetype chunkRows, qint64 first,
                        ChunkRelay &relay) const;
    Result<Done> readSeparated(qint64 queryId, const Span &rows, ChunkWriter &writer) const;
    // One row's columns one by one, for a row whose text holds the separator; indexed by
    // EndpointRow::Column.
    using PlainFields = std::array<QString, EndpointRow::columnCount>;
    Result<Done> readPlain(qint64 rowId, PlainFields &fields) const;

    std::shared_ptr<Database> m_database;
};
