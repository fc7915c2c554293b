#include "activedirectorytreemodel.h"

#include "directory/distinguishedname.h"

#include <algorithm>

namespace {

// One spelling per DN, lower case (AD compares DNs without case), so that suffixes tell
// ancestry: "cn=pc,ou=lab,dc=x" is below "ou=lab,dc=x".
QString keyOf(const QString &dn)
{
    const Result<QString> normalized = DistinguishedName::normalized(dn);
    return (normalized ? *normalized : dn).toLower();
}

bool isBelow(const QString &key, const QString &ancestorKey)
{
    return key.size() > ancestorKey.size() && key.endsWith(ancestorKey)
        && key.at(key.size() - ancestorKey.size() - 1) == QLatin1Char(',');
}

} // namespace

struct ActiveDirectoryTreeModel::Node
{
    enum class State { NotLoaded, Loading, Loaded };
    QString dn;
    QString key;
    QString name;
    DirectoryNode::Kind kind = DirectoryNode::Kind::Container;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    State state = State::NotLoaded;

    int row() const
    {
        if (parent == nullptr)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return 0;
    }
};

ActiveDirectoryTreeModel::ActiveDirectoryTreeModel(DirectorySession *session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
    , m_root(std::make_unique<Node>())
{
    m_root->state = Node::State::Loaded;
    connect(session->reader(), &DirectoryReader::childrenListed, this,
            &ActiveDirectoryTreeModel::childrenListed);
    connect(session->reader(), &DirectoryReader::failed, this,
            &ActiveDirectoryTreeModel::requestFailed);
    connect(session->reader(), &DirectoryReader::enumerationFinished, this,
            [this](quint64 id, int count) {
                if (id != m_countRequest)
                    return;
                m_selectedComputers = count;
                emit selectedComputersCounted(count);
            });
    // Clicking through check boxes should not start one count per click.
    m_countLater.setSingleShot(true);
    m_countLater.setInterval(300);
    connect(&m_countLater, &QTimer::timeout, this, &ActiveDirectoryTreeModel::countSelection);
    m_insertSoon.setSingleShot(true);
    m_insertSoon.setInterval(0);
    connect(&m_insertSoon, &QTimer::timeout, this, &ActiveDirectoryTreeModel::insertArrived);
}

ActiveDirectoryTreeModel::~ActiveDirectoryTreeModel() = default;

void ActiveDirectoryTreeModel::setRoot(const QString &dn)
{
    beginResetModel();
    m_root->children.clear();
    m_loading.clear();
    m_arrivals.clear();
    auto domain = std::make_unique<Node>();
    domain->dn = dn;
    domain->key = keyOf(dn);
    const Result<QStringList> values = DistinguishedName::values(dn);
    domain->name = values ? values->join(QLatin1Char('.')) : dn;
    domain->parent = m_root.get();
    m_root->children.push_back(std::move(domain));
    endResetModel();
    m_countLater.start();
}

void ActiveDirectoryTreeModel::setSelectedDns(const QStringList &dns)
{
    m_selected = dns;
    m_selectedKeys.clear();
    for (const QString &dn : dns)
        m_selectedKeys.append(keyOf(dn));
    selectionEdited();
}

ActiveDirectoryTreeModel::Node *ActiveDirectoryTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ActiveDirectoryTreeModel::indexOf(Node *node) const
{
    if (node == nullptr || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, node);
}

QModelIndex ActiveDirectoryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    if (column != 0 || row < 0 || size_t(row) >= node->children.size())
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex ActiveDirectoryTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int ActiveDirectoryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int ActiveDirectoryTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool ActiveDirectoryTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeOf(parent);
    if (!node->children.empty())
        return true;
    return node->kind != DirectoryNode::Kind::Computer && node->state != Node::State::Loaded;
}

bool ActiveDirectoryTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    return node->kind != DirectoryNode::Kind::Computer && node->state == Node::State::NotLoaded;
}

void ActiveDirectoryTreeModel::fetchMore(const QModelIndex &parent)
{
    Node *node = nodeOf(parent);
    if (!canFetchMore(parent))
        return;
    node->state = Node::State::Loading;
    m_loading.insert(m_session->listChildren(node->dn), node);
    emit dataChanged(parent, parent, { IsLoadingRole });
}

QVariant ActiveDirectoryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        return node->name;
    case Qt::ToolTipRole:
    case DnRole:
        return node->dn;
    case Qt::CheckStateRole:
        return checkState(node);
    case KindRole:
        return int(node->kind);
    case IsLoadingRole:
        return node->state == Node::State::Loading;
    default:
        return {};
    }
}

Qt::ItemFlags ActiveDirectoryTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

Qt::CheckState ActiveDirectoryTreeModel::checkState(const Node *node) const
{
    bool below = false;
    for (const QString &selected : m_selectedKeys) {
        if (node->key == selected || isBelow(node->key, selected))
            return Qt::Checked;
        below = below || isBelow(selected, node->key);
    }
    return below ? Qt::PartiallyChecked : Qt::Unchecked;
}

bool ActiveDirectoryTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole)
        return false;
    Node *node = nodeOf(index);
    if (value.value<Qt::CheckState>() == Qt::Checked)
        check(node);
    else
        uncheck(node);
    selectionEdited();
    return true;
}

void ActiveDirectoryTreeModel::check(Node *node)
{
    if (checkState(node) == Qt::Checked)
        return;
    // The node stands for everything below it: what was selected there is now part of it.
    for (qsizetype i = m_selectedKeys.size() - 1; i >= 0; --i) {
        if (isBelow(m_selectedKeys.at(i), node->key)) {
            m_selectedKeys.removeAt(i);
            m_selected.removeAt(i);
        }
    }
    m_selected.append(node->dn);
    m_selectedKeys.append(node->key);
}

void ActiveDirectoryTreeModel::uncheck(Node *node)
{
    // Split a selected ancestor: each level down to the node keeps its other children.
    for (Node *ancestor = node->parent; ancestor != nullptr; ancestor = ancestor->parent) {
        const qsizetype at = m_selectedKeys.indexOf(ancestor->key);
        if (at < 0)
            continue;
        m_selectedKeys.removeAt(at);
        m_selected.removeAt(at);
        for (Node *level = node; level != ancestor; level = level->parent) {
            for (const auto &sibling : level->parent->children) {
                if (sibling.get() != level) {
                    m_selected.append(sibling->dn);
                    m_selectedKeys.append(sibling->key);
                }
            }
        }
        break;
    }
    for (qsizetype i = m_selectedKeys.size() - 1; i >= 0; --i) {
        if (m_selectedKeys.at(i) == node->key || isBelow(m_selectedKeys.at(i), node->key)) {
            m_selectedKeys.removeAt(i);
            m_selected.removeAt(i);
        }
    }
}

void ActiveDirectoryTreeModel::selectionEdited()
{
    notifyCheckStates(m_root.get());
    m_selectedComputers = -1;
    m_countLater.start();
    emit selectionChanged();
}

void ActiveDirectoryTreeModel::notifyCheckStates(Node *node)
{
    if (node->children.empty())
        return;
    emit dataChanged(index(0, 0, indexOf(node)),
                     index(int(node->children.size()) - 1, 0, indexOf(node)),
                     { Qt::CheckStateRole });
    for (const auto &child : node->children)
        notifyCheckStates(child.get());
}

void ActiveDirectoryTreeModel::childrenListed(quint64 requestId, const QString &,
                                              const QVector<DirectoryNode> &children, bool complete)
{
    if (!m_loading.contains(requestId))
        return;
    m_arrivals.enqueue({ requestId, children, 0, complete });
    if (!m_insertSoon.isActive())
        m_insertSoon.start();
}

void ActiveDirectoryTreeModel::insertArrived()
{
    if (m_arrivals.isEmpty())
        return;
    Arrival &arrival = m_arrivals.head();
    Node *node = m_loading.value(arrival.requestId);
    if (node == nullptr) { // reset, or failed, since it arrived
        m_arrivals.dequeue();
    } else {
        const qsizetype count = std::min(insertionSlice, arrival.children.size() - arrival.next);
        if (count > 0) {
            const int first = int(node->children.size());
            beginInsertRows(indexOf(node), first, first + int(count) - 1);
            for (qsizetype i = arrival.next; i < arrival.next + count; ++i) {
                const DirectoryNode &child = arrival.children.at(i);
                auto added = std::make_unique<Node>();
                added->dn = child.dn;
                added->key = child.key.isEmpty() ? keyOf(child.dn) : child.key;
                added->name = child.name;
                added->kind = child.kind;
                added->parent = node;
                if (child.kind == DirectoryNode::Kind::Computer)
                    added->state = Node::State::Loaded;
                node->children.push_back(std::move(added));
            }
            endInsertRows();
            arrival.next += count;
        }
        if (arrival.next >= arrival.children.size()) {
            const Arrival done = m_arrivals.dequeue();
            if (done.complete) {
                m_loading.remove(done.requestId);
                node->state = Node::State::Loaded;
                const QModelIndex at = indexOf(node);
                emit dataChanged(at, at, { IsLoadingRole });
            }
        }
    }
    if (!m_arrivals.isEmpty())
        m_insertSoon.start();
}

void ActiveDirectoryTreeModel::requestFailed(quint64 requestId, const DirectoryError &error)
{
    if (Node *node = m_loading.take(requestId)) {
        node->state = Node::State::NotLoaded; // expanding again retries
        const QModelIndex at = indexOf(node);
        emit dataChanged(at, at, { IsLoadingRole });
        emit loadFailed(error.text());
    } else if (requestId == m_countRequest) {
        emit loadFailed(error.text());
    }
}

void ActiveDirectoryTreeModel::countSelection()
{
    // Before setRoot() the session is not connected: there is nothing to count with yet.
    if (m_root->children.empty())
        return;
    if (m_selected.isEmpty()) {
        m_countRequest = 0;
        m_selectedComputers = 0;
        emit selectedComputersCounted(0);
        return;
    }
    m_countRequest = m_session->enumerateComputers(m_selected);
}
