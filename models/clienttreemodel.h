#pragma once

#include "endpoint/endpoint.h"
#include "heartbeatmark.h"

#include "agentlink/quarantinestate.h"

#include "results/resultstable.h"
#include <QIcon>

#include <QAbstractItemModel>
#include <QTimer>

#include <map>
#include <memory>
#include <vector>

// The client tree (DESIGN.md, "The user interface"): this server's clients by domain, and the
// endpoints outside server management grouped by security status, each group with its count.
// Grouped by AD path instead (issue 5, point 4), it shows domain → OUs and containers →
// computers with the number of computers below each, and the endpoints that are not in Active
// Directory under one "IP ranges" node.
//
// The computers are the results model's rows: the tree keeps the latest ResultsTable snapshot
// it was given and, per group, the row numbers of its computers (four bytes each), and reads a
// computer's name, address, status, domain and AD path from the table when shown or regrouped.
// So a million computers cost a few megabytes here, not a node and five strings each (issue 6).
// A group's computers are listed by name, then address (issue 19); a Home node comes first.
class ClientTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class NodeKind {
        ThisServer,
        Domain,
        OutsideServerManagement,
        StatusGroup,
        Computer,
        AdContainer, // by AD path: a domain, an OU or a container
        IpRanges, // by AD path: the endpoints found only in IP ranges
        Home, // the first node in either grouping: the summary of the latest query
    };
    Q_ENUM(NodeKind)
    enum class Grouping { BySecurityStatus, ByAdPath };
    Q_ENUM(Grouping)
    // AdPathRole: a computer's DN, or (grouped by AD path) a container's own DN.
    // HeartbeatRole: a computer's HeartbeatMark, when its agent is one the heartbeats follow.
    enum Role {
        NodeKindRole = Qt::UserRole + 1,
        StatusRole,
        AddressRole,
        AdPathRole,
        HeartbeatRole,
        DomainRole, // a domain node's domain as the agents report it
        // QuarantineRole: a computer's QuarantineState, when it is quarantined or pending.
        QuarantineRole
    };

    explicit ClientTreeModel(QObject *parent = nullptr);
    ~ClientTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setServerName(const QString &name);
    // Drops the table and every computer.
    void clear();
    // Shows rows [rowsShown(), end) of `table` and keeps `table` for what is shown: the same
    // results as the table given before (or the first since clear()), with rows appended. One
    // insertion per group and call.
    void addRows(std::shared_ptr<const ResultsTable> table, qsizetype end);
    qsizetype rowsShown() const { return m_rowsShown; }

    // Regroups the computers already shown (one reset) and those added later, in row order.
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }

    // The heartbeat marks of this server's agents by address (docs/watch.md): a computer whose
    // agent the heartbeats follow shows its state as its icon (a colour) and in its tooltip.
    void setHeartbeats(QHash<QString, HeartbeatMark> marks);
    // The quarantined and pending computers by address (docs/quarantine.md), with the icon each
    // state shows (the view's style draws it): a quarantined computer shows it instead of its
    // heartbeat colour, and by whom, since when and why in its tooltip.
    void setQuarantines(QHash<QString, QuarantineState> quarantines, QIcon quarantinedIcon,
                        QIcon pendingIcon);

    // The Home node, first in either grouping.
    QModelIndex homeIndex() const;
    // By security status only; invalid when grouped by AD path.
    QModelIndex thisServerIndex() const;
    QModelIndex outsideServerManagementIndex() const;
    QModelIndex statusGroupIndex(SecurityStatus status) const;
    // By AD path only; invalid when grouped by security status.
    QModelIndex ipRangesIndex() const;

private:
    struct Node;

    static std::unique_ptr<Node> makeNode(NodeKind kind);
    // The group an index is, or, for a computer, the group it is listed in.
    Node *nodeOf(const QModelIndex &index) const;
    static bool isComputer(const QModelIndex &index);
    // The table row of a computer's index.
    qsizetype tableRow(const QModelIndex &index) const;
    QModelIndex indexOf(Node *node) const;
    Node *statusGroup(SecurityStatus status) const;
    Node *domainNode(const QString &domain);
    void buildSkeleton();
    void addByStatus(qsizetype begin, qsizetype end);
    void addByAdPath(qsizetype begin, qsizetype end);
    // The container node of a DN, made (and announced) as needed.
    Node *containerNode(const QString &dn);
    // The domain or AD container `name` below `parent`, made (and announced) as needed.
    Node *childGroup(Node *parent, NodeKind kind, const QString &name, const QString &dn = {});
    // Adds `rows` to `group`'s computers, which stay sorted by name, then address (a computer
    // without a name after the named ones, by address).
    void appendComputers(Node *group, std::vector<quint32> rows);
    bool listedBefore(quint32 a, quint32 b) const;
    // Puts a group's rows after `sorted` (appended in sorted batches) in order among the others.
    void mergeComputers(Node *group, size_t sorted);
    void mergeLater();
    QString label(const Node &node) const;
    QString computerLabel(qsizetype row) const;
    const HeartbeatMark *heartbeatOf(qsizetype row) const;
    const QuarantineState *quarantineOf(qsizetype row) const;
    QString computerTip(qsizetype row) const;
    void announceComputers(Node *node, const QList<int> &roles);

    std::unique_ptr<Node> m_root;
    std::shared_ptr<const ResultsTable> m_table;
    qsizetype m_rowsShown = 0;
    QString m_serverName;
    Grouping m_grouping = Grouping::BySecurityStatus;
    QHash<QString, HeartbeatMark> m_heartbeats; // by address; kept across queries
    // Groups larger than this are merged at most every mergeLaterMs (mergeLater).
    static constexpr size_t mergeAtOnceRows = 20000;
    static constexpr int mergeLaterMs = 200;
    std::map<Node *, size_t> m_unmerged; // group -> its rows in order before the appended ones
    QTimer m_mergeLater;
    QHash<QString, QuarantineState> m_quarantines; // by address; kept across queries
    QIcon m_quarantinedIcon;
    QIcon m_pendingIcon;
};
