#pragma once

#include "auditlogmodel.h"
#include "common/inbackground.h"
#include "common/result.h"
#include "store/auditentry.h"
#include "storeread.h"

#include <QObject>

#include <functional>
#include <memory>

class Database;

// The console's view of the audit log (issue 4), shaped like QuerySession: it searches the log
// into its model and exports what a filter selects to CSV, each on a worker with its own store
// connection, and answers with signals on the GUI thread. Nothing here deletes or changes an
// entry. Views talk to this object, never to the store.
class AuditSession : public QObject
{
    Q_OBJECT

public:
    using OpenDatabase = OpenStore;

    // A search shows at most this many entries, the newest; an export writes them all.
    static constexpr int searchLimit = 5000;

    explicit AuditSession(OpenDatabase openDatabase, QObject *parent = nullptr);
    ~AuditSession() override;

    AuditLogModel *entries() { return &m_entries; }

    // Reads the newest entries `filter` selects (its limit is searchLimit) into entries();
    // searched() follows, or searchFailed(). An older search still running is dropped.
    void search(const AuditFilter &filter);
    // Writes every entry `filter` selects to `path` as CSV (one row per computer);
    // exportFinished() follows.
    void exportTo(const AuditFilter &filter, const QString &path);

signals:
    // `truncated`: there were more than searchLimit; the newest are shown.
    void searched(int entries, bool truncated);
    void searchFailed(const QString &error);
    // `error` is empty when the file was written.
    void exportFinished(const QString &path, const QString &error);

private:
    OpenDatabase m_openDatabase;
    AuditLogModel m_entries;
    LatestSearch m_search; // waits for the searches still running
    BackgroundWorkers m_workers; // last: waits for the exports still running
};
