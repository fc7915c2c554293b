#include "store/queryrecord.h"

#include <QCoreApplication>

#include <array>

namespace {
constexpr std::array<QueryState, 4> allStates
    = { QueryState::Running, QueryState::Completed, QueryState::Cancelled, QueryState::Failed };
}

QString toKey(QueryState state)
{
    switch (state) {
    case QueryState::Running:
        return QStringLiteral("running");
    case QueryState::Completed:
        return QStringLiteral("completed");
    case QueryState::Cancelled:
        return QStringLiteral("cancelled");
    case QueryState::Failed:
        return QStringLiteral("failed");
    }
    Q_UNREACHABLE();
}

std::optional<QueryState> queryStateFromKey(const QString &key)
{
    for (QueryState state : allStates) {
        if (toKey(state) == key)
            return state;
    }
    return std::nullopt;
}

QString displayName(QueryState state)
{
    switch (state) {
    case QueryState::Running:
        return QCoreApplication::translate("QueryState", "Running");
    case QueryState::Completed:
        return QCoreApplication::translate("QueryState", "Completed");
    case QueryState::Cancelled:
        return QCoreApplication::translate("QueryState", "Cancelled");
    case QueryState::Failed:
        return QCoreApplication::translate("QueryState", "Failed");
    }
    Q_UNREACHABLE();
}

qint64 QueryRecord::durationMs() const
{
    if (!startedAt.isValid() || !finishedAt.isValid())
        return -1;
    return startedAt.msecsTo(finishedAt);
}
