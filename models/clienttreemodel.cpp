#include "clienttreemodel.h"

#include "directory/distinguishedname.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <utility>

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

// An index's internal id is a group node's address: the group itself, or, for a computer (a
// table row, which has no node), the group it is listed in with this bit set. Nodes are
// aligned, so the bit is free, and a computer's parent() needs no lookup.
constexpr quintptr computerTag = 1;

// The rows of one call by the group they go to, groups in the order they first came: each group
// then gets one insertion, not one per computer.
template<typename Group> class RowsByGroup
{
public:
    void add(Group *group, qsizetype row)
    {
        auto [slot, made] = m_rows.try_emplace(group);
        if (made)
            m_order.push_back(group);
        slot->second.push_back(quint32(row));
    }
    template<typename Insert> void insert(Insert insertRows) const
    {
        for (Group *group : m_order)
            insertRows(group, m_rows.at(group));
    }

private:
    std::map<Group *, std::vector<quint32>> m_rows;
    std::vector<Group *> m_order;
};

} // namespace

// A group: this server, a domain, outside server management, a status group, an AD container
// or the IP ranges. Its rows in the model are its child groups first, then its computers: a
// group made later is inserted before the computers, so a group's row never changes.
struct ClientTreeModel::Node
{
    NodeKind kind;
    QString text; // a domain's or an AD container's name
    SecurityStatus status = SecurityStatus::Unreachable; // a status group's
    QString adPath; // an AD container's own DN
    int computers = 0; // by AD path: computers below this container
    QHash<QString, Node *> groups; // child domains or AD containers by name
    Node *parent = nullptr;
    int row = 0; // among the parent's child groups, which are only ever appended
    std::vector<std::unique_ptr<Node>> children; // the child groups
    std::vector<quint32> rows; // the computers: table rows, in row order

    int rowCount() const { return int(children.size() + rows.size()); }

    // A child group is only ever appended after the other child groups.
    Node *adopt(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

std::unique_ptr<ClientTreeModel::Node> ClientTreeModel::makeNode(NodeKind kind)
{
    static_assert(alignof(Node) > computerTag, "the tag bit must be free in a node's address");
    auto node = std::make_unique<Node>();
    node->kind = kind;
    return node;
}

ClientTreeModel::ClientTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(makeNode(NodeKind::ThisServer))
{
    m_mergeLater.setSingleShot(true);
    m_mergeLater.setInterval(mergeLaterMs);
    connect(&m_mergeLater, &QTimer::timeout, this, &ClientTreeModel::mergeLater);
    clear();
}

ClientTreeModel::~ClientTreeModel() = default;

void ClientTreeModel::clear()
{
    beginResetModel();
    m_table.reset();
    m_rowsShown = 0;
    buildSkeleton();
    endResetModel();
}

void ClientTreeModel::buildSkeleton()
{
    m_unmerged.clear(); // the nodes they name go now
    m_mergeLater.stop();
    m_root->children.clear();
    m_root->groups.clear();
    m_root->rows.clear();
    // Inside a reset: the groups are made without announcing each.
    m_root->adopt(makeNode(NodeKind::Home));
    if (m_grouping == Grouping::ByAdPath) {
        m_root->adopt(makeNode(NodeKind::IpRanges));
        return;
    }
    m_root->adopt(makeNode(NodeKind::ThisServer));
    Node *outside = m_root->adopt(makeNode(NodeKind::OutsideServerManagement));
    for (SecurityStatus status : SecurityStatuses::outside)
        outside->adopt(makeNode(NodeKind::StatusGroup))->status = status;
}

void ClientTreeModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    beginResetModel();
    m_grouping = grouping;
    buildSkeleton();
    endResetModel();
    // The rows came in row order: adding them again from the first keeps the order they came.
    const qsizetype shown = std::exchange(m_rowsShown, 0);
    if (m_table)
        addRows(m_table, shown);
}

void ClientTreeModel::setServerName(const QString &name)
{
    m_serverName = name;
    const QModelIndex server = thisServerIndex();
    if (server.isValid())
        emit dataChanged(server, server, { Qt::DisplayRole });
}

void ClientTreeModel::addRows(std::shared_ptr<const ResultsTable> table, qsizetype end)
{
    if (!table)
        return;
    // The table is read by data() while the rows are announced: it is kept first.
    m_table = std::move(table);
    const qsizetype begin = m_rowsShown;
    end = std::min(end, m_table->size());
    if (end <= begin)
        return;
    m_rowsShown = end;
    if (m_grouping == Grouping::ByAdPath)
        addByAdPath(begin, end);
    else
        addByStatus(begin, end);
}

void ClientTreeModel::addByAdPath(qsizetype begin, qsizetype end)
{
    // As by status: one insertion per group and call. Containers are made first, one
    // insertion each (there are few), and every container whose count changed is repainted.
    RowsByGroup<Node> byGroup;
    std::set<Node *> counted;
    Node *ipRanges = nodeOf(ipRangesIndex());
    for (qsizetype row = begin; row < end; ++row) {
        const QStringView dn = m_table->adPath(row);
        Node *group = dn.isEmpty() ? ipRanges : containerNode(dn.toString());
        for (Node *node = group; node && node != m_root.get(); node = node->parent) {
            ++node->computers;
            counted.insert(node);
        }
        byGroup.add(group, row);
    }
    byGroup.insert(
        [this](Node *group, const std::vector<quint32> &rows) { appendComputers(group, rows); });
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
        return childGroup(m_root.get(), NodeKind::AdContainer, tr("(unreadable AD path)"));
    const QString domain = path->section(QLatin1Char('/'), 0, 0);
    const int domainParts = int(domain.count(QLatin1Char('.'))) + 1;
    // Multi-valued RDNs ("+") would make the written RDNs and the values disagree: such a
    // container is shown without a DN of its own rather than with a wrong one.
    const QStringList rdns = writtenRdns(dn);
    const bool aligned = rdns.size() == values->size();
    const auto dnFrom
        = [&](int i) { return aligned ? rdns.mid(i).join(QLatin1Char(',')) : QString(); };
    Node *node = childGroup(m_root.get(), NodeKind::AdContainer, domain,
                            dnFrom(int(values->size()) - domainParts));
    for (int i = int(values->size()) - 1 - domainParts; i >= 1; --i)
        node = childGroup(node, NodeKind::AdContainer, values->at(i), dnFrom(i));
    return node;
}

ClientTreeModel::Node *ClientTreeModel::childGroup(Node *parent, NodeKind kind, const QString &name,
                                                   const QString &dn)
{
    if (Node *known = parent->groups.value(name))
        return known;
    auto node = makeNode(kind);
    node->text = name;
    node->adPath = dn;
    // After the parent's other groups, before its computers.
    const int row = int(parent->children.size());
    beginInsertRows(indexOf(parent), row, row);
    Node *result = parent->adopt(std::move(node));
    parent->groups.insert(name, result);
    endInsertRows();
    return result;
}

void ClientTreeModel::addByStatus(qsizetype begin, qsizetype end)
{
    RowsByGroup<Node> byGroup;
    std::array<Node *, SecurityStatuses::all.size()> statusGroups {}; // looked up once per call
    for (SecurityStatus status : SecurityStatuses::outside)
        statusGroups[size_t(status)] = statusGroup(status);
    for (qsizetype row = begin; row < end; ++row) {
        const SecurityStatus status = m_table->status(row);
        Node *group = status == SecurityStatus::ManagedByThisServer
            ? domainNode(m_table->domain(row))
            : statusGroups[size_t(status)];
        byGroup.add(group, row);
    }
    byGroup.insert(
        [this](Node *group, const std::vector<quint32> &rows) { appendComputers(group, rows); });
    for (SecurityStatus status : SecurityStatuses::outside) {
        const QModelIndex group = statusGroupIndex(status);
        emit dataChanged(group, group, { Qt::DisplayRole });
    }
    const QModelIndex server = thisServerIndex();
    emit dataChanged(server, server, { Qt::DisplayRole });
}

ClientTreeModel::Node *ClientTreeModel::domainNode(const QString &domain)
{
    return childGroup(nodeOf(thisServerIndex()), NodeKind::Domain, domain);
}

ClientTreeModel::Node *ClientTreeModel::statusGroup(SecurityStatus status) const
{
    const QModelIndex group = statusGroupIndex(status);
    Q_ASSERT(group.isValid()); // every status but ManagedByThisServer has its group
    return nodeOf(group);
}

bool ClientTreeModel::listedBefore(quint32 a, quint32 b) const
{
    const QStringView nameA = m_table->name(a);
    const QStringView nameB = m_table->name(b);
    if (nameA.isEmpty() != nameB.isEmpty())
        return !nameA.isEmpty();
    if (const int byName = nameA.compare(nameB, Qt::CaseInsensitive); byName != 0)
        return byName < 0;
    return m_table->addressKey(a) < m_table->addressKey(b);
}

void ClientTreeModel::appendComputers(Node *group, std::vector<quint32> rows)
{
    if (rows.empty())
        return;
    std::sort(rows.begin(), rows.end(),
              [this](quint32 a, quint32 b) { return listedBefore(a, b); });
    const size_t had = group->rows.size();
    const int first = group->rowCount();
    beginInsertRows(indexOf(group), first, first + int(rows.size()) - 1);
    group->rows.insert(group->rows.end(), rows.begin(), rows.end());
    endInsertRows();
    if (had == 0 || !listedBefore(group->rows[had], group->rows[had - 1]))
        return; // the new ones all come after the others: already in order
    // A merge costs the whole group: a large one is merged a few times a second, not once per
    // slice of a stored query of a million rows (its new computers wait at its end till then).
    if (group->rows.size() <= mergeAtOnceRows) {
        mergeComputers(group, had);
        return;
    }
    m_unmerged.try_emplace(group, had);
    if (!m_mergeLater.isActive()) // rows arriving all the time must not put the merge off
        m_mergeLater.start();
}

void ClientTreeModel::mergeLater()
{
    const auto groups = std::exchange(m_unmerged, {});
    for (const auto &[group, sorted] : groups)
        mergeComputers(group, sorted);
}

void ClientTreeModel::mergeComputers(Node *group, size_t sorted)
{
    const auto before = [this](quint32 a, quint32 b) { return listedBefore(a, b); };
    // The rows after `sorted` came in sorted batches: sorted as one, then merged.
    std::sort(group->rows.begin() + qsizetype(sorted), group->rows.end(), before);
    // One layout change; the selection and the current computer follow their computers (a
    // computer's table row is unique in its group).
    const QModelIndex parent = indexOf(group);
    emit layoutAboutToBeChanged({ QPersistentModelIndex(parent) },
                                QAbstractItemModel::VerticalSortHint);
    const int groups = int(group->children.size());
    const QModelIndexList persistent = persistentIndexList();
    QModelIndexList from;
    std::vector<quint32> fromRows; // the table row each of `from` shows
    QHash<quint32, int> moved; // table row -> its model row after the merge
    for (const QModelIndex &index : persistent) {
        if (isComputer(index) && nodeOf(index) == group) {
            from.append(index);
            fromRows.push_back(group->rows[size_t(index.row() - groups)]);
            moved.insert(fromRows.back(), -1);
        }
    }
    std::inplace_merge(group->rows.begin(), group->rows.begin() + qsizetype(sorted),
                       group->rows.end(), before);
    for (size_t i = 0; i < group->rows.size() && !moved.isEmpty(); ++i) {
        const auto found = moved.find(group->rows[i]);
        if (found != moved.end())
            found.value() = groups + int(i);
    }
    QModelIndexList to;
    for (qsizetype i = 0; i < from.size(); ++i)
        to.append(
            createIndex(moved.value(fromRows[size_t(i)]), from[i].column(), from[i].internalId()));
    changePersistentIndexList(from, to);
    emit layoutChanged({ QPersistentModelIndex(parent) }, QAbstractItemModel::VerticalSortHint);
}

QModelIndex ClientTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *group = parent.isValid() ? nodeOf(parent) : m_root.get();
    if (size_t(row) < group->children.size())
        return createIndex(row, column, group->children[size_t(row)].get());
    return createIndex(row, column, quintptr(group) | computerTag);
}

QModelIndex ClientTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *node = nodeOf(child);
    return indexOf(isComputer(child) ? node : node->parent);
}

int ClientTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0 || isComputer(parent))
        return 0;
    const Node *node = parent.isValid() ? nodeOf(parent) : m_root.get();
    return node->rowCount();
}

int ClientTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ClientTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (isComputer(index)) {
        const qsizetype row = tableRow(index);
        switch (role) {
        case Qt::DisplayRole:
            return computerLabel(row);
        case Qt::ToolTipRole:
            return computerTip(row);
        case AddressRole:
            return m_table->address(row).toString();
        case Qt::DecorationRole:
            if (const QuarantineState *quarantine = quarantineOf(row))
                return quarantine->state == QuarantineState::State::Quarantined ? m_quarantinedIcon
                                                                                : m_pendingIcon;
            if (const HeartbeatMark *mark = heartbeatOf(row))
                return mark->colour();
            return {};
        case QuarantineRole:
            if (const QuarantineState *quarantine = quarantineOf(row))
                return QVariant::fromValue(*quarantine);
            return {};
        case HeartbeatRole:
            if (const HeartbeatMark *mark = heartbeatOf(row))
                return QVariant::fromValue(*mark);
            return {};
        case NodeKindRole:
            return QVariant::fromValue(NodeKind::Computer);
        case StatusRole:
            return QVariant::fromValue(m_table->status(row));
        case AdPathRole:
            return m_table->adPath(row).toString();
        default:
            return {};
        }
    }
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        return label(*node);
    case NodeKindRole:
        return QVariant::fromValue(node->kind);
    case StatusRole:
        if (node->kind == NodeKind::StatusGroup)
            return QVariant::fromValue(node->status);
        if (node->kind == NodeKind::ThisServer || node->kind == NodeKind::Domain)
            return QVariant::fromValue(SecurityStatus::ManagedByThisServer);
        return {};
    case AdPathRole:
        return node->kind == NodeKind::AdContainer ? node->adPath : QVariant();
    case DomainRole:
        return node->kind == NodeKind::Domain ? node->text : QVariant();
    default:
        return {};
    }
}

void ClientTreeModel::setHeartbeats(QHash<QString, HeartbeatMark> marks)
{
    if (marks == m_heartbeats)
        return;
    m_heartbeats = std::move(marks);
    announceComputers(m_root.get(), { Qt::DecorationRole, Qt::ToolTipRole, HeartbeatRole });
}

void ClientTreeModel::setQuarantines(QHash<QString, QuarantineState> quarantines,
                                     QIcon quarantinedIcon, QIcon pendingIcon)
{
    m_quarantinedIcon = std::move(quarantinedIcon);
    m_pendingIcon = std::move(pendingIcon);
    if (quarantines == m_quarantines)
        return;
    m_quarantines = std::move(quarantines);
    announceComputers(m_root.get(), { Qt::DecorationRole, Qt::ToolTipRole, QuarantineRole });
}

const QuarantineState *ClientTreeModel::quarantineOf(qsizetype row) const
{
    if (m_quarantines.isEmpty())
        return nullptr;
    const auto it = m_quarantines.constFind(m_table->address(row).toString());
    return it == m_quarantines.cend() ? nullptr : &it.value();
}

QString ClientTreeModel::computerTip(qsizetype row) const
{
    QString tip = m_table->address(row).toString();
    if (const HeartbeatMark *mark = heartbeatOf(row))
        tip += QLatin1Char('\n') + mark->text();
    if (const QuarantineState *quarantine = quarantineOf(row))
        tip += QLatin1Char('\n') + describe(*quarantine);
    return tip;
}

// Only this server's computers show a heartbeat: an address another server's agent answers on
// now is not this server's agent, whatever the heartbeats last saw there.
const HeartbeatMark *ClientTreeModel::heartbeatOf(qsizetype row) const
{
    if (m_heartbeats.isEmpty() || m_table->status(row) != SecurityStatus::ManagedByThisServer)
        return nullptr;
    const auto it = m_heartbeats.constFind(m_table->address(row).toString());
    return it == m_heartbeats.cend() ? nullptr : &it.value();
}

void ClientTreeModel::announceComputers(Node *node, const QList<int> &roles)
{
    if (!node->rows.empty()) {
        const QModelIndex parent = indexOf(node);
        const int first = int(node->children.size());
        emit dataChanged(index(first, 0, parent), index(node->rowCount() - 1, 0, parent), roles);
    }
    for (const auto &child : node->children)
        announceComputers(child.get(), roles);
}

QString ClientTreeModel::computerLabel(qsizetype row) const
{
    const QStringView name = m_table->name(row);
    return (name.isEmpty() ? m_table->address(row) : name).toString();
}

QString ClientTreeModel::label(const Node &node) const
{
    switch (node.kind) {
    case NodeKind::ThisServer: {
        qsizetype clients = 0;
        for (const auto &domain : node.children)
            clients += qsizetype(domain->rows.size());
        return tr("This server: %1 (%2)").arg(m_serverName).arg(clients);
    }
    case NodeKind::Domain:
        return QStringLiteral("%1 (%2)")
            .arg(node.text.isEmpty() ? tr("(no domain)") : node.text)
            .arg(node.rows.size());
    case NodeKind::OutsideServerManagement:
        return tr("Outside Server Management");
    case NodeKind::Home:
        return tr("Home");
    case NodeKind::StatusGroup:
        return QStringLiteral("%1 (%2)").arg(displayName(node.status)).arg(node.rows.size());
    case NodeKind::Computer:
        break; // computers are rows, not nodes
    case NodeKind::AdContainer:
        return QStringLiteral("%1 (%2)").arg(node.text).arg(node.computers);
    case NodeKind::IpRanges:
        return tr("IP ranges (%1)").arg(node.rows.size());
    }
    return {};
}

ClientTreeModel::Node *ClientTreeModel::nodeOf(const QModelIndex &index) const
{
    return reinterpret_cast<Node *>(index.internalId() & ~computerTag);
}

bool ClientTreeModel::isComputer(const QModelIndex &index)
{
    return index.isValid() && (index.internalId() & computerTag) != 0;
}

qsizetype ClientTreeModel::tableRow(const QModelIndex &index) const
{
    const Node *group = nodeOf(index);
    return qsizetype(group->rows[size_t(index.row()) - group->children.size()]);
}

QModelIndex ClientTreeModel::indexOf(Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, node);
}

QModelIndex ClientTreeModel::homeIndex() const
{
    return index(0, 0);
}

QModelIndex ClientTreeModel::thisServerIndex() const
{
    return m_grouping == Grouping::BySecurityStatus ? index(1, 0) : QModelIndex();
}

QModelIndex ClientTreeModel::outsideServerManagementIndex() const
{
    return m_grouping == Grouping::BySecurityStatus ? index(2, 0) : QModelIndex();
}

QModelIndex ClientTreeModel::ipRangesIndex() const
{
    return m_grouping == Grouping::ByAdPath ? index(1, 0) : QModelIndex();
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
