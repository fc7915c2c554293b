#pragma once

#include "auditlogmodel.h"
#include "common/inbackground.h"
#include "common/result.h"
#include "newestsearch.h"
#include "store/auditentry.h"

#include <QObject>

#include <functional>
#include <memory>

class Database;

// The console's view of the audit log (issue 4): it searches the newest entries into its model
// (NewestSearch) and exports what a filter selects to CSV, each on a worker with its own store
// connection, and answers with signals on the GUI thread. Nothing here deletes or changes an
// entry. Views talk to this object, never to the store.
class AuditSession : public NewestSearch
{
    Q_OBJECT

public:
    explicit AuditSession(OpenDatabase openDatabase, QObject *parent = nullptr);

    AuditLogModel *entries() { return &m_entries; }

    // Reads the newest entries `filter` selects (at most searchLimit) into entries(); searched()
    // follows, or searchFailed(). An older search still running is dropped.
    void search(const AuditFilter &filter);
    // Writes every entry `filter` selects to `path` as CSV (one row per computer);
    // exported() follows, or exportFailed().
    void exportTo(const AuditFilter &filter, const QString &path);

signals:
    void exported(const QString &path);
    void exportFailed(const QString &path, const QString &error);

private:
    AuditLogModel m_entries;
    BackgroundWorkers m_workers; // last: waits for the exports still running
};
