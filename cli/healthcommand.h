#pragma once

#include "common/result.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>

// `osmgmt-cli health` and `osmgmt-cli health-settings export|import` (docs/health.md,
// docs/cli.md). Exit codes: 0 done; 1 the store or a file failed; 2 bad options or a settings
// file refused; 3 no such query, or no store file.
class HealthCommand
{
    Q_DECLARE_TR_FUNCTIONS(HealthCommand)

public:
    int run(const QStringList &arguments); // `health ...`
    int runSettings(const QStringList &arguments); // `health-settings ...`

    // --query-id: a number, or "last" (nullopt); the error names the option.
    static Result<std::optional<qint64>> parseQueryId(const QString &text);
    // The query `queryId` names (the newest when nullopt), checked to exist.
    static Result<qint64> resolveQuery(const std::shared_ptr<Database> &database,
                                       std::optional<qint64> queryId);
};
