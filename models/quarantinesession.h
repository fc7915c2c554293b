#pragma once

#include "quarantine/autoresponselog.h"
#include "quarantinestatusmodel.h"
#include "storeread.h"

#include <QHash>
#include <QObject>

// The console's view of who is quarantined (docs/quarantine.md), shaped like EventSession: it
// reads the QuarantineRoster on a worker with its own store connection into its model and
// answers with signals on the GUI thread. The Computer Quarantine Status page and the client
// tree's quarantine icons both come from here; views never talk to the store.
class QuarantineSession : public QObject
{
    Q_OBJECT

public:
    explicit QuarantineSession(OpenStore openDatabase, QObject *parent = nullptr);
    ~QuarantineSession() override;

    QuarantineStatusModel *model() { return &m_model; }
    // Reads the roster again; refreshed() follows, or refreshFailed(). An older read still
    // running is dropped.
    void refresh();
    // By address, for the client tree and the results: the quarantined and pending computers.
    const QHash<QString, QuarantineState> &byAddress() const { return m_byAddress; }
    // The computers whose last automatic response failed and that were not quarantined since,
    // newest first (docs/auto-response.md): the page names them.
    const QVector<AutoResponseRecord> &autoResponseFailures() const
    {
        return m_autoResponseFailures;
    }

signals:
    void refreshed(int computers);
    void refreshFailed(const QString &error);

private:
    OpenStore m_openDatabase;
    QuarantineStatusModel m_model;
    QHash<QString, QuarantineState> m_byAddress;
    QVector<AutoResponseRecord> m_autoResponseFailures;
    LatestSearch m_read; // last: waits for the reads still running
};
