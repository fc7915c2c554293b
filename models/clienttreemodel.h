#pragma once

#include "endpoint/endpoint.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

// The client tree (DESIGN.md, "The user interface"): this server's clients by domain, and the
// endpoints outside server management grouped by security status, each group with its count.
// Grouped by AD path instead (issue 5, point 4), it shows domain → OUs and containers →
// computers with the number of computers below each, and the endpoints that are not in Active
// Directory under one "IP ranges" node.
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
    };
    Q_ENUM(NodeKind)
    enum class Grouping { BySecurityStatus, ByAdPath };
    Q_ENUM(Grouping)
    // AdPathRole: a computer's DN, or (grouped by AD path) a container's own DN.
    enum Role { NodeKindRole = Qt::UserRole + 1, StatusRole, AddressRole, AdPathRole };

    explicit ClientTreeModel(QObject *parent = nullptr);
    ~ClientTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setServerName(const QString &name);
    void clear();
    void addEndpoints(const QVector<Endpoint> &batch);

    // Regroups the computers already shown (one reset) and those added later.
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }

    // By security status only; invalid when grouped by AD path.
    QModelIndex thisServerIndex() const;
    QModelIndex outsideServerManagementIndex() const;
    QModelIndex statusGroupIndex(SecurityStatus status) const;
    // By AD path only; invalid when grouped by security status.
    QModelIndex ipRangesIndex() const;

private:
    struct Node;

    static std::unique_ptr<Node> makeNode(NodeKind kind);
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(Node *node) const;
    Node *domainNode(const QString &domain);
    void buildSkeleton();
    void addByStatus(const QVector<Endpoint> &batch);
    void addByAdPath(const QVector<Endpoint> &batch);
    // The container node of a DN, made (and announced) as needed.
    Node *containerNode(const QString &dn);
    Node *childContainer(Node *parent, const QString &name, const QString &dn = {});
    std::unique_ptr<Node> computerNode(const Endpoint &endpoint) const;
    void appendChildren(Node *parent, std::vector<std::unique_ptr<Node>> children);
    QString label(const Node &node) const;

    std::unique_ptr<Node> m_root;
    QString m_serverName;
    Grouping m_grouping = Grouping::BySecurityStatus;
};
