#pragma once

#include "common/result.h"
#include "quarantine/autoresponse.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>

#include <memory>

// The automatic response's settings in the store (table auto_response_settings, schema 10;
// docs/auto-response.md), so that every watcher of the store follows the same rules. Over one
// Database, on that Database's thread.
class AutoResponseStore
{
    Q_DECLARE_TR_FUNCTIONS(AutoResponseStore)

public:
    // The audit log's action of a change of the settings.
    static QString auditAction() { return QStringLiteral("auto-response-settings"); }

    struct Stored
    {
        AutoResponseSettings settings; // off, without rules, when none were saved
        // When the response was last turned on (UTC); invalid while it is off. Detections the
        // console stored before that are not acted on: turning it on does not quarantine every
        // computer that ever reported a risk.
        QDateTime enabledSince;
    };

    explicit AutoResponseStore(std::shared_ptr<Database> database);

    // A stored row that cannot be read fails with the reason rather than turning into other
    // settings.
    Result<Stored> load() const;
    // Replaces the settings and writes an audit entry saying how (`how`: "imported from FILE").
    // Turning the response on starts enabledSince at the Clock's now; saving it on again keeps it.
    Result<Done> save(const AutoResponseSettings &settings, const QString &how);

private:
    std::shared_ptr<Database> m_database;
};
