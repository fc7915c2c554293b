#pragma once

#include "endpoint/endpoint.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

// The client tree (DESIGN.md, "The user interface"): this server's clients by domain, and the
// endpoints outside server management grouped by security status, each group with its count.
class ClientTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class NodeKind { ThisServer, Domain, OutsideServerManagement, StatusGroup, Computer };
    Q_ENUM(NodeKind)
    enum Role { NodeKindRole = Qt::UserRole + 1, StatusRole, AddressRole };

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

    QModelIndex thisServerIndex() const;
    QModelIndex outsideServerManagementIndex() const;
    QModelIndex statusGroupIndex(SecurityStatus status) const;

private:
    struct Node;

    static std::unique_ptr<Node> makeNode(NodeKind kind);
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(Node *node) const;
    Node *domainNode(const QString &domain);
    void appendChildren(Node *parent, std::vector<std::unique_ptr<Node>> children);
    QString label(const Node &node) const;

    std::unique_ptr<Node> m_root;
    QString m_serverName;
};
