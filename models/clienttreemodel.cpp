#include "clienttreemodel.h"

#include "directory/distinguishedname.h"

#include <QHash>

#include <map>
#include <set>

namespace {

// The RDNs of a DN as written, leaf first: split at the commas that are not escaped. A
// container's own DN is then the RDNs from its place to the end, spelled as the server spelled
// it, which is what the advanced search's AD tree compares with.
QStringList writtenRdns(const QString &dn)
{
    QStringList rdns;
    qsizetype start = 0;
    for (qsizetype i = 0; i < dn.size(); ++i) {
        if (dn.at(i) == QLatin1Char('\\')) {
            ++i; // the escaped character (or the first of two hex digits) is never a separator
        } else if (dn.at(i) == QLatin1Char(',')) {
            rdns.append(dn.mid(start, i - start).trimmed());
            start = i + 1;
        }
    }
    rdns.append(dn.mid(start).trimmed());
    return rdns;
}

} // namespace

struct ClientTreeModel::Node
{
    NodeKind kind;
    QString text; // domain name, or the computer's name or address
    SecurityStatus status = SecurityStatus::Unreachable;
    QString address;
    QString domain; // a computer's agent domain, to regroup it
    QString adPath; // a computer's DN; by AD path, a container's own DN
    int computers = 0; // by AD path: computers below this container; the root: all so far
    int arrival = 0; // a computer's place in the order computers came, kept when regrouping
    QHash<QString, Node *> containers; // by AD path: child containers by name
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
    buildSkeleton();
    endResetModel();
}

void ClientTreeModel::buildSkeleton()
{
    m_root->children.clear();
    m_root->containers.clear();
    m_root->computers = 0;
    if (m_grouping == Grouping::ByAdPath) {
        m_root->append(makeNode(NodeKind::IpRanges));
        return;
    }
    auto outside = makeNode(NodeKind::OutsideServerManagement);
    for (SecurityStatus status : SecurityStatuses::outside) {
        auto group = makeNode(NodeKind::StatusGroup);
        group->status = status;
        outside->append(std::move(group));
    }
    m_root->append(makeNode(NodeKind::ThisServer));
    m_root->append(std::move(outside));
}

void ClientTreeModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    // The computers shown, back as the endpoint fields the tree uses, in the order they came.
    QVector<Endpoint> shown;
    std::vector<const Node *> stack { m_root.get() };
    std::vector<std::pair<int, Endpoint>> ordered;
    while (!stack.empty()) {
        const Node *node = stack.back();
        stack.pop_back();
        for (const auto &child : node->children) {
            if (child->kind != NodeKind::Computer) {
                stack.push_back(child.get());
                continue;
            }
            Endpoint endpoint;
            endpoint.name = child->text == child->address ? QString() : child->text;
            endpoint.address = child->address;
            endpoint.status = child->status;
            endpoint.domain = child->domain;
            endpoint.adPath = child->adPath;
            ordered.emplace_back(child->arrival, endpoint);
        }
    }
    std::sort(ordered.begin(), ordered.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (auto &item : ordered)
        shown.append(std::move(item.second));
    beginResetModel();
    m_grouping = grouping;
    buildSkeleton();
    endResetModel();
    addEndpoints(shown);
}

std::unique_ptr<ClientTreeModel::Node> ClientTreeModel::computerNode(const Endpoint &endpoint) const
{
    auto computer = makeNode(NodeKind::Computer);
    computer->text = endpoint.name.isEmpty() ? endpoint.address : endpoint.name;
    computer->address = endpoint.address;
    computer->status = endpoint.status;
    computer->domain = endpoint.domain;
    computer->adPath = endpoint.adPath;
    return computer;
}

void ClientTreeModel::setServerName(const QString &name)
{
    m_serverName = name;
    const QModelIndex server = thisServerIndex();
    if (server.isValid())
        emit dataChanged(server, server, { Qt::DisplayRole });
}

void ClientTreeModel::addEndpoints(const QVector<Endpoint> &batch)
{
    if (m_grouping == Grouping::ByAdPath)
        addByAdPath(batch);
    else
        addByStatus(batch);
}

void ClientTreeModel::addByAdPath(const QVector<Endpoint> &batch)
{
    // As by status: one insertion per parent and batch. Containers are made first, one
    // insertion each (there are few), and every container whose count changed is repainted.
    std::map<Node *, std::vector<std::unique_ptr<Node>>> byParent;
    std::vector<Node *> order;
    std::set<Node *> counted;
    for (const Endpoint &endpoint : batch) {
        Node *parent = endpoint.adPath.isEmpty() ? m_root->children[0].get()
                                                 : containerNode(endpoint.adPath);
        auto computer = computerNode(endpoint);
        computer->arrival = m_root->computers++;
        for (Node *node = parent; node && node != m_root.get(); node = node->parent) {
            ++node->computers;
            counted.insert(node);
        }
        if (byParent.find(parent) == byParent.end())
            order.push_back(parent);
        byParent[parent].push_back(std::move(computer));
    }
    for (Node *parent : order)
        appendChildren(parent, std::move(byParent[parent]));
    for (Node *node : counted) {
        const QModelIndex index = indexOf(node);
        emit dataChanged(index, index, { Qt::DisplayRole });
    }
}

ClientTreeModel::Node *ClientTreeModel::containerNode(const QString &dn)
{
    // values: the leaf (the computer), its OUs and containers leaf first, then the DC parts,
    // as many as the domain's labels.
    const Result<QStringList> values = DistinguishedName::values(dn);
    const Result<QString> path = DistinguishedName::containerPath(dn);
    if (!values || !path || values->size() < 2)
        return childContainer(m_root.get(), tr("(unreadable AD path)"));
    const QString domain = path->section(QLatin1Char('/'), 0, 0);
    const int domainParts = int(domain.count(QLatin1Char('.'))) + 1;
    // Multi-valued RDNs ("+") would make the written RDNs and the values disagree: such a
    // container is shown without a DN of its own rather than with a wrong one.
    const QStringList rdns = writtenRdns(dn);
    const bool aligned = rdns.size() == values->size();
    const auto dnFrom
        = [&](int i) { return aligned ? rdns.mid(i).join(QLatin1Char(',')) : QString(); };
    Node *node = childContainer(m_root.get(), domain, dnFrom(int(values->size()) - domainParts));
    for (int i = int(values->size()) - 1 - domainParts; i >= 1; --i)
        node = childContainer(node, values->at(i), dnFrom(i));
    return node;
}

ClientTreeModel::Node *ClientTreeModel::childContainer(Node *parent, const QString &name,
                                                       const QString &dn)
{
    if (Node *known = parent->containers.value(name))
        return known;
    auto node = makeNode(NodeKind::AdContainer);
    node->text = name;
    node->adPath = dn;
    Node *result = node.get();
    parent->containers.insert(name, result);
    std::vector<std::unique_ptr<Node>> children;
    children.push_back(std::move(node));
    appendChildren(parent, std::move(children));
    return result;
}

void ClientTreeModel::addByStatus(const QVector<Endpoint> &batch)
{
    // Group the batch by destination so each group gets one insertion, not one per computer.
    std::map<Node *, std::vector<std::unique_ptr<Node>>> byParent;
    std::vector<Node *> order;
    for (const Endpoint &endpoint : batch) {
        Node *parent = endpoint.status == SecurityStatus::ManagedByThisServer
            ? domainNode(endpoint.domain)
            : nodeOf(statusGroupIndex(endpoint.status));
        auto computer = computerNode(endpoint);
        computer->arrival = m_root->computers++;
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
    case AdPathRole:
        return node->kind == NodeKind::Computer || node->kind == NodeKind::AdContainer
            ? node->adPath
            : QVariant();
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
    case NodeKind::AdContainer:
        return QStringLiteral("%1 (%2)").arg(node.text).arg(node.computers);
    case NodeKind::IpRanges:
        return tr("IP ranges (%1)").arg(node.children.size());
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
    return m_grouping == Grouping::BySecurityStatus ? index(0, 0) : QModelIndex();
}

QModelIndex ClientTreeModel::outsideServerManagementIndex() const
{
    return m_grouping == Grouping::BySecurityStatus ? index(1, 0) : QModelIndex();
}

QModelIndex ClientTreeModel::ipRangesIndex() const
{
    return m_grouping == Grouping::ByAdPath ? index(0, 0) : QModelIndex();
}

QModelIndex ClientTreeModel::statusGroupIndex(SecurityStatus status) const
{
    if (m_grouping != Grouping::BySecurityStatus)
        return {};
    for (size_t i = 0; i < SecurityStatuses::outside.size(); ++i) {
        if (SecurityStatuses::outside[i] == status)
            return index(int(i), 0, outsideServerManagementIndex());
    }
    return {};
}
