#include "quarantinesession.h"

QuarantineSession::QuarantineSession(OpenStore openDatabase, QObject *parent)
    : QObject(parent)
    , m_openDatabase(std::move(openDatabase))
{ }

QuarantineSession::~QuarantineSession() = default;

void QuarantineSession::refresh()
{
    using Found = Result<QVector<QuarantineEntry>>;
    m_read.run<Found>(
        this,
        [open = m_openDatabase] {
            return readStore<QVector<QuarantineEntry>>(
                open, [](const auto &database) { return QuarantineRoster(database).read(); });
        },
        [this](const Found &found) {
            if (!found) {
                emit refreshFailed(found.error());
                return;
            }
            m_byAddress.clear();
            for (const QuarantineEntry &entry : *found) {
                if (entry.quarantine.state != QuarantineState::State::Released)
                    m_byAddress.insert(entry.address, entry.quarantine);
            }
            m_model.setEntries(found.value());
            emit refreshed(int(found->size()));
        });
}
