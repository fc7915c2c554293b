#include "store/queryrecord.h"

#include "common/enumkeys.h"

namespace {
const EnumKeys<QueryState, 4> stateKeys {
    "QueryState",
    { { { QueryState::Running, "running", QT_TRANSLATE_NOOP("QueryState", "Running") },
        { QueryState::Completed, "completed", QT_TRANSLATE_NOOP("QueryState", "Completed") },
        { QueryState::Cancelled, "cancelled", QT_TRANSLATE_NOOP("QueryState", "Cancelled") },
        { QueryState::Failed, "failed", QT_TRANSLATE_NOOP("QueryState", "Failed") } } }
};
} // namespace

QString toKey(QueryState state)
{
    return stateKeys.key(state);
}

std::optional<QueryState> queryStateFromKey(const QString &key)
{
    return stateKeys.fromKey(key);
}

QString displayName(QueryState state)
{
    return stateKeys.words(state);
}

qint64 QueryRecord::durationMs() const
{
    if (!startedAt.isValid() || !finishedAt.isValid())
        return -1;
    return startedAt.msecsTo(finishedAt);
}
