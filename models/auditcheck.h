#pragma once

#include "common/inbackground.h"
#include "common/result.h"
#include "store/auditentry.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class Database;

// The console's check of the audit log at start (docs/security.md, "The audit log cannot be
// quietly rewritten"): AuditLog::verify() on a worker thread, which opens its own connection,
// and one warning in words when the chain is broken or commands were interrupted before their
// outcome was recorded. A store that cannot be opened is not this check's to report: the
// console already says why.
class AuditCheck : public QObject
{
    Q_OBJECT

public:
    using OpenDatabase = std::function<Result<std::shared_ptr<Database>>()>;

    explicit AuditCheck(OpenDatabase openDatabase, QObject *parent = nullptr);

    void start();
    // True from start() until finished() was emitted.
    bool isRunning() const { return m_running; }

    // What the last check found; empty until it finished, or when it could not read the log.
    const AuditVerification &verification() const { return m_verification; }
    // The administrator's words for `verification`; empty when there is nothing to say.
    static QString warning(const AuditVerification &verification);

signals:
    void finished();
    // The chain is broken, commands were interrupted, or the log could not be read.
    void problemFound(const QString &message);

private:
    // What the worker found: whether the store opened, and the log's verification.
    struct Outcome
    {
        bool opened = false;
        Result<AuditVerification> verification
            = Result<AuditVerification>::failure(QStringLiteral("not checked"));
    };
    void finish(const Outcome &outcome);

    OpenDatabase m_openDatabase;
    AuditVerification m_verification;
    bool m_running = false;
    BackgroundWorkers m_workers; // last: waits for the check still running
};
