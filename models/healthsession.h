#pragma once

#include "computerquarantinesession.h"
#include "health/healthgatherer.h"
#include "healthdata.h"
#include "storeread.h"

#include <QObject>

#include <memory>

class QAbstractItemModel;
class QModelIndex;
class ResultsTable;

// The computers a Computer Details flipbook pages through (issue 12, point 3): rows of the
// results table, in the order they were shown where the flipbook was opened. Rows, not copies:
// a million computers cost eight bytes each here.
struct ComputerBook
{
    std::shared_ptr<const ResultsTable> table;
    QVector<qsizetype> rows;

    int size() const { return int(rows.size()); }
    Endpoint endpoint(int page) const;
    // The page of the computer at `address`, or -1.
    int pageOf(const QString &address) const;
    // The computers below `node` of the client tree (any group, or one computer), in table
    // order: the tree knows their addresses, the table the rest.
    static ComputerBook fromTree(const QModelIndex &node,
                                 std::shared_ptr<const ResultsTable> table);
    // Every row of `table` whose address is in `addresses`, in table order.
    static ComputerBook ofAddresses(const QSet<QString> &addresses,
                                    std::shared_ptr<const ResultsTable> table);
};

// The flipbook's view of agent health (issue 12, point 3), shaped like the other sessions: it
// reads the store's health on a worker with its own connection (the newest query's evaluated
// states, then its statuses; the history counted by the store per group and per computer) and
// answers on the GUI thread. Stored states made under older settings are evaluated again on a
// worker before they are read (HealthStates). After Start service it asks the agents concerned for
// their status again, through the health gatherer, so the pages show their new state before the
// next query; that status is shown, not stored (each query keeps its own history). Views talk to
// this object, never to the store or the agents.
class HealthSession : public QObject
{
    Q_OBJECT

public:
    // How many past queries the history (chart, History page) goes back.
    static constexpr int historyQueries = 30;

    // This console's client certificate for the agents, asked on the GUI thread when a refresh
    // starts (the console's identity lives there).
    using Credentials = HealthGatherer::Credentials;

    HealthSession(OpenStore openStore, Credentials credentials, QObject *parent = nullptr);
    ~HealthSession() override;

    // Reads the store again: loaded() follows with the newest query's states, again with its
    // statuses, and again when past queries' states were evaluated anew under changed settings;
    // or loadFailed().
    void load();
    bool hasLoaded() const { return m_loaded; }
    bool isLoading() const { return m_loading; }
    const HealthData &data() const { return m_data; }
    // The computer's health in the newest query, or null when it has none (no agent of this
    // server answered the query there).
    const HealthRow *healthOf(const QString &address) const;
    // The computers' quarantines and detections (issue 14), read again with each load().
    ComputerQuarantineSession *quarantine() const { return m_quarantine; }

    // The Summary page's numbers for `addresses`, counted on a worker over the data as it is
    // now (a group of 10,000 computers is too much for the GUI thread); `done` gets them on
    // `context`'s thread, then again with the group's history over the historyQueries newest
    // queries (counted by the store: HealthStates::history), unless a newer summary was asked
    // for meanwhile.
    void summarize(QVector<QString> addresses, QObject *context,
                   std::function<void(const HealthSummary &)> done);

    // The computer at `address` in the historyQueries newest queries, oldest first, read on a
    // worker; `done` gets it on `context`'s thread unless a newer one was asked for meanwhile.
    using HistoryRead = Result<QVector<HealthHistoryEntry>>;
    void historyOf(const QString &address, QObject *context,
                   std::function<void(const HistoryRead &)> done);

    // Asks the agents at `endpoints` for their status now and shows a report in place of the
    // stored one (evaluated at the Clock's time; the history keeps what queries stored);
    // refreshed() follows with the addresses that reported.
    void refresh(const QVector<Endpoint> &endpoints);

    // The endpoint a snapshot stands for: this server's agent where it answered.
    static Endpoint endpointOf(const HealthSnapshot &snapshot);

signals:
    void loaded();
    void loadFailed(const QString &error);
    void refreshed(const QStringList &addresses);

private:
    void applyRefreshed(const QVector<HealthSnapshot> &snapshots);
    void loadStatuses();
    void reevaluatePast();

    OpenStore m_openStore;
    Credentials m_credentials;
    ComputerQuarantineSession *m_quarantine;
    HealthData m_data;
    bool m_loaded = false;
    bool m_loading = false;
    int m_summaryGeneration = 0;
    LatestSearch m_summaries;
    LatestSearch m_historyCounts;
    LatestSearch m_computerHistory;
    LatestSearch m_statusRead;
    LatestSearch m_reevaluation;
    LatestSearch m_read; // last: waits for the reads still running
};
