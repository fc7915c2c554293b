#pragma once

#include "quarantine/detectionstore.h"
#include "quarantine/quarantineroster.h"
#include "storeread.h"

#include <QHash>
#include <QObject>

#include <optional>

// One computer's quarantine and detections, as a Computer Details page shows them (issue 14,
// points 1 and 2).
struct ComputerQuarantine
{
    // None: this store knows of no quarantine of the computer (never quarantined, or not since
    // its agent last reported).
    std::optional<QuarantineState> state;
    // Its newest detections, newest first, at most ComputerQuarantineSession::shownDetections.
    QVector<StoredDetection> newest;
    // All of its detections among those read (the Detections page's newest
    // DetectionSession::readLimit): `newest` plus the ones left to the Detections page.
    int detections = 0;
};

// The flipbook's view of quarantines and detections, shaped like the other sessions: the readers
// of the Computer Quarantine Status page (QuarantineRoster) and of the Detections page
// (DetectionStore, the same newest DetectionSession::readLimit), run together on a worker with
// its own store connection and kept by address, so that paging through a book of a thousand
// computers reads nothing more. Answers on the GUI thread.
class ComputerQuarantineSession : public QObject
{
    Q_OBJECT

public:
    // A page lists this many; it says how many more the Detections page has.
    static constexpr int shownDetections = 10;

    explicit ComputerQuarantineSession(OpenStore openStore, QObject *parent = nullptr);
    ~ComputerQuarantineSession() override;

    // Reads the store again: loaded() follows, or loadFailed(). An older read still running is
    // dropped.
    void load();
    bool hasLoaded() const { return m_loaded; }
    const QString &error() const { return m_error; }
    ComputerQuarantine of(const QString &address) const;

    // Both readers' answers, by address (detections newest first).
    struct ByAddress
    {
        QHash<QString, QuarantineState> states;
        QHash<QString, QVector<StoredDetection>> detections;
    };

signals:
    void loaded();
    void loadFailed(const QString &error);

private:
    OpenStore m_openStore;
    ByAddress m_byAddress;
    bool m_loaded = false;
    QString m_error;
    LatestSearch m_read; // last: waits for the reads still running
};
