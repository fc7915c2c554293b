#include "watch/statuschangeduty.h"

#include "store/statuschanges.h"

Result<QString> StatusChangeDuty::runRound(const std::shared_ptr<Database> &store)
{
    const Result<StatusChanges::Recorded> recorded = StatusChanges(store).recordNew();
    if (!recorded)
        return Result<QString>::failure(recorded.error());
    if (recorded->queries == 0)
        return tr("no new completed query");
    return tr("completed queries read: %1; status changes: %2")
        .arg(recorded->queries)
        .arg(recorded->events);
}
