#include "detectionsession.h"

DetectionSession::DetectionSession(OpenStore openDatabase, QObject *parent)
    : QObject(parent)
    , m_openDatabase(std::move(openDatabase))
{ }

DetectionSession::~DetectionSession() = default;

void DetectionSession::refresh()
{
    using Found = Result<QVector<StoredDetection>>;
    m_read.run<Found>(
        this,
        [open = m_openDatabase] {
            return readStore<QVector<StoredDetection>>(open, [](const auto &database) {
                return DetectionStore(database).read(readLimit);
            });
        },
        [this](const Found &found) {
            if (!found) {
                emit refreshFailed(found.error());
                return;
            }
            m_model.setDetections(found.value());
            emit refreshed(int(found->size()));
        });
}
