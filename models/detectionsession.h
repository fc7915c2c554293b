#pragma once

#include "detectionsmodel.h"
#include "storeread.h"

#include <QObject>

// The console's view of the detections (docs/quarantine.md, "Detections"), shaped like
// EventSession: it reads them into its model on a worker with its own store connection and
// answers with signals on the GUI thread.
class DetectionSession : public QObject
{
    Q_OBJECT

public:
    // The page shows at most this many, the newest.
    static constexpr int readLimit = 5000;

    explicit DetectionSession(OpenStore openDatabase, QObject *parent = nullptr);
    ~DetectionSession() override;

    DetectionsModel *model() { return &m_model; }
    // refreshed() follows, or refreshFailed(). An older read still running is dropped.
    void refresh();

signals:
    void refreshed(int detections);
    void refreshFailed(const QString &error);

private:
    OpenStore m_openDatabase;
    DetectionsModel m_model;
    LatestSearch m_read; // last: waits for the reads still running
};
