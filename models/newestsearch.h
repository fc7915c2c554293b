#pragma once

#include "common/result.h"
#include "storeread.h"

#include <QObject>
#include <QVector>

// The searches of a log the console shows newest first (the audit log, the events): on a worker
// with their own store connection, at most searchLimit rows, the newest, and a word when there
// were more. One more row than the limit is read, so that exactly searchLimit rows are not taken
// for more. Views talk to the sessions built on this, never to the store.
class NewestSearch : public QObject
{
    Q_OBJECT

public:
    using OpenDatabase = OpenStore;

    // A search shows at most this many rows, the newest.
    static constexpr int searchLimit = 5000;

    ~NewestSearch() override;

signals:
    // `truncated`: there were more than searchLimit; the newest are shown.
    void searched(int rows, bool truncated);
    void searchFailed(const QString &error);

protected:
    explicit NewestSearch(OpenDatabase openDatabase, QObject *parent = nullptr);

    // How the store hands the rows over.
    enum class Order { OldestFirst, NewestFirst };

    // Runs `read(database, limit)` on a worker, then `show(rows)` on this object's thread with
    // the newest searchLimit rows, in the store's order, and searched(). An older search still
    // running is dropped.
    template<typename Row, typename Read, typename Show>
    void searchNewest(Order order, Read read, Show show)
    {
        using Found = Result<QVector<Row>>;
        m_search.run<Found>(
            this,
            [open = m_openDatabase, read = std::move(read)] {
                return readStore<QVector<Row>>(open, [&read](const auto &database) {
                    return read(database, searchLimit + 1);
                });
            },
            [this, order, show = std::move(show)](const Found &found) {
                if (!found) {
                    emit searchFailed(found.error());
                    return;
                }
                QVector<Row> rows = found.value();
                const bool truncated = rows.size() > searchLimit;
                if (truncated && order == Order::NewestFirst)
                    rows.resize(searchLimit);
                else if (truncated)
                    rows.remove(0, rows.size() - searchLimit);
                const int shown = int(rows.size());
                show(std::move(rows));
                emit searched(shown, truncated);
            });
    }

    const OpenDatabase &openDatabase() const { return m_openDatabase; }

private:
    OpenDatabase m_openDatabase;
    LatestSearch m_search; // last: waits for the reads still running
};
