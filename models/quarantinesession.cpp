#include "quarantinesession.h"

namespace {
// What one read finds: the roster, and the computers whose automatic response failed.
struct QuarantineRead
{
    QVector<QuarantineEntry> entries;
    QVector<AutoResponseRecord> failures;
};

Result<QuarantineRead> readQuarantines(const std::shared_ptr<Database> &database)
{
    const Result<QVector<QuarantineEntry>> roster = QuarantineRoster(database).read();
    if (!roster)
        return Result<QuarantineRead>::failure(roster.error());
    const Result<QVector<AutoResponseRecord>> automatic = AutoResponseLog(database).read();
    if (!automatic)
        return Result<QuarantineRead>::failure(automatic.error());
    return QuarantineRead { *roster, AutoResponseLog::openFailures(*automatic, *roster) };
}
} // namespace

QuarantineSession::QuarantineSession(OpenStore openDatabase, QObject *parent)
    : QObject(parent)
    , m_openDatabase(std::move(openDatabase))
{ }

QuarantineSession::~QuarantineSession() = default;

void QuarantineSession::refresh()
{
    using Found = Result<QuarantineRead>;
    m_read.run<Found>(
        this, [open = m_openDatabase] { return readStore<QuarantineRead>(open, &readQuarantines); },
        [this](const Found &found) {
            if (!found) {
                emit refreshFailed(found.error());
                return;
            }
            m_byAddress.clear();
            for (const QuarantineEntry &entry : found->entries) {
                if (entry.quarantine.state != QuarantineState::State::Released)
                    m_byAddress.insert(entry.address, entry.quarantine);
            }
            m_autoResponseFailures = found->failures;
            m_model.setEntries(found->entries);
            emit refreshed(int(found->entries.size()));
        });
}
