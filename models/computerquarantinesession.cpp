#include "computerquarantinesession.h"

#include "detectionsession.h"

namespace {

Result<ComputerQuarantineSession::ByAddress>
readByAddress(const std::shared_ptr<Database> &database)
{
    using R = Result<ComputerQuarantineSession::ByAddress>;
    const Result<QVector<QuarantineEntry>> roster = QuarantineRoster(database).read();
    if (!roster)
        return R::failure(roster.error());
    const Result<QVector<StoredDetection>> detections
        = DetectionStore(database).read(DetectionSession::readLimit);
    if (!detections)
        return R::failure(detections.error());
    ComputerQuarantineSession::ByAddress found;
    for (const QuarantineEntry &entry : *roster)
        found.states.insert(entry.address, entry.quarantine);
    // The store gives them oldest first; a page lists them newest first.
    for (auto it = detections->crbegin(); it != detections->crend(); ++it)
        found.detections[it->address].append(*it);
    return found;
}

} // namespace

ComputerQuarantineSession::ComputerQuarantineSession(OpenStore openStore, QObject *parent)
    : QObject(parent)
    , m_openStore(std::move(openStore))
{ }

ComputerQuarantineSession::~ComputerQuarantineSession() = default;

void ComputerQuarantineSession::load()
{
    using Read = Result<ByAddress>;
    m_read.run<Read>(
        this,
        [open = m_openStore] {
            return readStore<ByAddress>(
                open, [](const auto &database) { return readByAddress(database); });
        },
        [this](const Read &read) {
            if (!read) {
                m_error = read.error();
                emit loadFailed(m_error);
                return;
            }
            m_byAddress = read.value();
            m_error.clear();
            m_loaded = true;
            emit loaded();
        });
}

ComputerQuarantine ComputerQuarantineSession::of(const QString &address) const
{
    ComputerQuarantine computer;
    const auto state = m_byAddress.states.constFind(address);
    if (state != m_byAddress.states.cend())
        computer.state = *state;
    const QVector<StoredDetection> all = m_byAddress.detections.value(address);
    computer.detections = int(all.size());
    computer.newest = all.mid(0, shownDetections);
    return computer;
}
