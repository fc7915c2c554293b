#pragma once

#include "common/result.h"
#include "store/auditentry.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class Database;
class QThread;

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
    ~AuditCheck() override; // waits for the worker

    void start();
    bool isRunning() const { return m_worker != nullptr; }

    // What the last check found; empty until it finished, or when it could not read the log.
    const AuditVerification &verification() const { return m_verification; }
    // The administrator's words for `verification`; empty when there is nothing to say.
    static QString warning(const AuditVerification &verification);

signals:
    void finished();
    // The chain is broken, commands were interrupted, or the log could not be read.
    void problemFound(const QString &message);

private:
    struct Outcome;
    void finish(const std::shared_ptr<Outcome> &outcome);

    OpenDatabase m_openDatabase;
    QThread *m_worker = nullptr;
    AuditVerification m_verification;
};
