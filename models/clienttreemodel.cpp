#include "clienttreemodel.h"

#include <map>

struct ClientTreeModel::Node
{
    NodeKind kind;
    QString text; // domain name, or the computer's name or address
    SecurityStatus status = SecurityStatus::Unreachable;
    QString address;
    Node *parent = nullptr;
    int row = 0; // children are only ever appended, so a node's row never changes
    std::vector<std::unique_ptr<Node>> children;

    void append(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
    }
};

std::unique_ptr<ClientTreeModel::Node> ClientTreeModel::makeNode(NodeKind kind)
{
    auto node = std::make_unique<Node>();
    node->kind = kind;
    return node;
}

ClientTreeModel::ClientTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(makeNode(NodeKind::ThisServer))
{
    clear();
}

ClientTreeModel::~ClientTreeModel() = default;

void ClientTreeModel::clear()
{
    beginResetModel();
    m_root->children.clear();
    auto outside = makeNode(NodeKind::OutsideServerManagement);
    for (SecurityStatus status : SecurityStatuses::outside) {
        auto group = makeNode(NodeKind::StatusGroup);
        group->status = status;
        outside->append(std::move(group));
    }
    m_root->append(makeNode(NodeKind::ThisServer));
    m_root->append(std::move(outside));
    endResetModel();
}

void ClientTreeModel::setServerName(const QString &name)
{
    m_serverName = name;
    const QModelIndex server = thisServerIndex();
    emit dataChanged(server, server, { Qt::DisplayRole });
}

void ClientTreeModel::addEndpoints(const QVector<Endpoint> &batch)
{
    // Group the batch by destination so each group gets one insertion, not one per computer.
    std::map<Node *, std::vector<std::unique_ptr<Node>>> byParent;
    std::vector<Node *> order;
    for (const Endpoint &endpoint : batch) {
        Node *parent = endpoint.status == SecurityStatus::ManagedByThisServer
            ? domainNode(endpoint.domain)
            : nodeOf(statusGroupIndex(endpoint.status));
        auto computer = makeNode(NodeKind::Computer);
        computer->text = endpoint.name.isEmpty() ? endpoint.address : endpoint.name;
        computer->address = endpoint.address;
        computer->status = endpoint.status;
        if (byParent.find(parent) == byParent.end())
            order.push_back(parent);
        byParent[parent].push_back(std::move(computer));
    }
    for (Node *parent : order)
        appendChildren(parent, std::move(byParent[parent]));
    for (SecurityStatus status : SecurityStatuses::outside) {
        const QModelIndex group = statusGroupIndex(status);
        emit dataChanged(group, group, { Qt::DisplayRole });
    }
    const QModelIndex server = thisServerIndex();
    emit dataChanged(server, server, { Qt::DisplayRole });
}

ClientTreeModel::Node *ClientTreeModel::domainNode(const QString &domain)
{
    Node *server = m_root->children[0].get();
    for (const auto &child : server->children) {
        if (child->text == domain)
            return child.get();
    }
    auto node = makeNode(NodeKind::Domain);
    node->text = domain;
    Node *result = node.get();
    std::vector<std::unique_ptr<Node>> children;
    children.push_back(std::move(node));
    appendChildren(server, std::move(children));
    return result;
}

void ClientTreeModel::appendChildren(Node *parent, std::vector<std::unique_ptr<Node>> children)
{
    if (children.empty())
        return;
    const int first = int(parent->children.size());
    beginInsertRows(indexOf(parent), first, first + int(children.size()) - 1);
    for (auto &child : children)
        parent->append(std::move(child));
    endInsertRows();
}

QModelIndex ClientTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *parentNode = parent.isValid() ? nodeOf(parent) : m_root.get();
    return createIndex(row, column, parentNode->children[size_t(row)].get());
}

QModelIndex ClientTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int ClientTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *node = parent.isValid() ? nodeOf(parent) : m_root.get();
    return int(node->children.size());
}

int ClientTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ClientTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        return label(*node);
    case Qt::ToolTipRole:
        return node->kind == NodeKind::Computer ? node->address : QVariant();
    case NodeKindRole:
        return QVariant::fromValue(node->kind);
    case StatusRole:
        return node->kind == NodeKind::StatusGroup || node->kind == NodeKind::Computer
            ? QVariant::fromValue(node->status)
            : QVariant();
    case AddressRole:
        return node->kind == NodeKind::Computer ? node->address : QVariant();
    default:
        return {};
    }
}

QString ClientTreeModel::label(const Node &node) const
{
    switch (node.kind) {
    case NodeKind::ThisServer: {
        int clients = 0;
        for (const auto &domain : node.children)
            clients += int(domain->children.size());
        return tr("This server: %1 (%2)").arg(m_serverName).arg(clients);
    }
    case NodeKind::Domain:
        return QStringLiteral("%1 (%2)")
            .arg(node.text.isEmpty() ? tr("(no domain)") : node.text)
            .arg(node.children.size());
    case NodeKind::OutsideServerManagement:
        return tr("Outside Server Management");
    case NodeKind::StatusGroup:
        return QStringLiteral("%1 (%2)").arg(displayName(node.status)).arg(node.children.size());
    case NodeKind::Computer:
        return node.text;
    }
    return {};
}

ClientTreeModel::Node *ClientTreeModel::nodeOf(const QModelIndex &index) const
{
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex ClientTreeModel::indexOf(Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, node);
}

QModelIndex ClientTreeModel::thisServerIndex() const
{
    return index(0, 0);
}

QModelIndex ClientTreeModel::outsideServerManagementIndex() const
{
    return index(1, 0);
}

QModelIndex ClientTreeModel::statusGroupIndex(SecurityStatus status) const
{
    for (size_t i = 0; i < SecurityStatuses::outside.size(); ++i) {
        if (SecurityStatuses::outside[i] == status)
            return index(int(i), 0, outsideServerManagementIndex());
    }
    return {};
}
