#pragma once

#include "common/inbackground.h"
#include "common/result.h"

#include <functional>
#include <memory>

class Database;

// How a session opens its own connection to the store, on the worker that uses it.
using OpenStore = std::function<Result<std::shared_ptr<Database>>()>;

// Opens the store with `open` and hands it to `read` (both on the calling worker); a store that
// cannot be opened is the read's failure.
template<typename T, typename Read> Result<T> readStore(const OpenStore &open, Read read)
{
    const Result<std::shared_ptr<Database>> database = open();
    if (!database)
        return Result<T>::failure(database.error());
    return read(database.value());
}

// Searches run on a worker where the newest wins: an answer that a later search overtook is
// dropped, so a view never shows an older search after a newer one.
class LatestSearch
{
public:
    template<typename T, typename Work, typename Done>
    void run(QObject *context, Work work, Done done)
    {
        const int generation = ++m_generation;
        m_workers.run<T>(context, std::move(work),
                         [this, generation, done = std::move(done)](const T &found) {
                             if (generation == m_generation)
                                 done(found);
                         });
    }

    // Waits for the searches still running; their answers are then posted to their context.
    void waitForAll() { m_workers.waitForAll(); }

private:
    int m_generation = 0;
    BackgroundWorkers m_workers; // last: waits for the searches still running
};
