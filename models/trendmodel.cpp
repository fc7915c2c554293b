#include "trendmodel.h"

#include "common/clock.h"
#include "directory/distinguishedname.h"
#include "scope/scopefile.h"
#include "search/adtree.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

TrendModel::TrendModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void TrendModel::setQueries(const QVector<QueryRecord> &queries)
{
    m_completed.clear();
    for (const QueryRecord &record : queries)
        if (record.state == QueryState::Completed)
            m_completed.append(record);
    std::stable_sort(
        m_completed.begin(), m_completed.end(), [](const QueryRecord &a, const QueryRecord &b) {
            return a.startedAt != b.startedAt ? a.startedAt < b.startedAt : a.id < b.id;
        });
    m_scopes.clear();
    for (auto it = m_completed.crbegin(); it != m_completed.crend(); ++it)
        if (!m_scopes.contains(it->scopeJson))
            m_scopes.append(it->scopeJson);
    if (!m_scopes.contains(m_scope))
        m_scope = m_scopes.isEmpty() ? QByteArray() : m_scopes.first();
    select();
}

void TrendModel::setScope(const QByteArray &scopeJson)
{
    if (scopeJson != m_scope)
        m_container.clear(); // another scope's container may lie outside this one
    m_scope = scopeJson;
    select();
}

void TrendModel::setContainer(const QString &dn)
{
    m_container = dn;
    select();
}

void TrendModel::setDays(int days)
{
    m_days = std::max(0, days);
    select();
}

QVector<QueryRecord> TrendModel::inWindow() const
{
    QVector<QueryRecord> rows;
    const QDateTime since = Clock::instance().now().addDays(-m_days);
    for (const QueryRecord &record : m_completed)
        if (record.scopeJson == m_scope && (m_days == 0 || record.startedAt >= since))
            rows.append(record);
    return rows;
}

void TrendModel::select()
{
    beginResetModel();
    const Result<Scope> scope = scopeFromJson(m_scope);
    m_scopeHasDirectory = scope && !scope->activeDirectory.objects.empty();
    if (!m_scopeHasDirectory)
        m_container.clear();
    m_rows.clear();
    m_pending = false;
    // Parsed once for every query; a container that does not parse holds no computer.
    const Result<AdTree> tree = AdTree::parse(m_container);
    for (QueryRecord record : inWindow()) {
        if (narrow(record, tree))
            m_rows.append(record);
        else
            m_pending = true;
    }
    endResetModel();
}

bool TrendModel::narrow(QueryRecord &record, const Result<AdTree> &tree) const
{
    if (m_container.isEmpty())
        return true;
    const auto counted = m_containerCounts.constFind(record.id);
    if (counted == m_containerCounts.cend())
        return false;
    for (SecurityStatus status : SecurityStatuses::all)
        record.statusCounts[status] = 0;
    for (auto it = counted->cbegin(); it != counted->cend(); ++it) {
        if (!tree || !tree->contains(it.key()))
            continue;
        for (SecurityStatus status : SecurityStatuses::all)
            record.statusCounts[status] += it.value()[size_t(status)];
    }
    return true;
}

QVector<qint64> TrendModel::uncountedQueries() const
{
    QVector<qint64> ids;
    if (!m_scopeHasDirectory)
        return ids;
    for (const QueryRecord &record : inWindow())
        if (!m_containerCounts.contains(record.id))
            ids.append(record.id);
    return ids;
}

void TrendModel::addContainerCounts(const QHash<qint64, TallyByContainer> &counts)
{
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        m_containerCounts.insert(it.key(), it.value());
    select();
}

QStringList TrendModel::containers() const
{
    QSet<QString> seen;
    for (const QueryRecord &record : inWindow()) {
        const auto counted = m_containerCounts.constFind(record.id);
        if (counted == m_containerCounts.cend())
            continue;
        for (auto it = counted->cbegin(); it != counted->cend(); ++it) {
            // The container, then those above it up to the domain (the first DN of DC parts).
            for (QString dn = it.key(); !dn.isEmpty() && !seen.contains(dn);
                 dn = ContainerCountReader::containerOf(dn).toString()) {
                seen.insert(dn);
                if (dn.startsWith(QLatin1String("DC="), Qt::CaseInsensitive))
                    break;
            }
        }
    }
    QVector<std::pair<QString, QString>> named; // canonical name, DN
    for (const QString &dn : seen)
        named.append({ containerName(dn), dn });
    std::sort(named.begin(), named.end());
    QStringList dns;
    for (const auto &[name, dn] : named)
        dns << dn;
    return dns;
}

QString TrendModel::containerName(const QString &dn)
{
    // containerPath() names the container of an object: a stand-in leaf makes it name this one.
    const Result<QString> path = DistinguishedName::containerPath(QStringLiteral("CN=x,") + dn);
    return path ? path.value() : dn;
}

int TrendModel::columnOf(SecurityStatus status)
{
    const auto &all = SecurityStatuses::all;
    return 1 + int(std::find(all.begin(), all.end(), status) - all.begin());
}

qint64 TrendModel::highest() const
{
    qint64 highest = 0;
    for (const QueryRecord &record : m_rows)
        for (SecurityStatus status : SecurityStatuses::all)
            highest = std::max(highest, record.statusCounts.value(status, 0));
    return highest;
}

QString TrendModel::describeScope(const QByteArray &scopeJson)
{
    const Result<Scope> parsed = scopeFromJson(scopeJson);
    if (!parsed)
        return tr("A scope this version cannot read");
    const Scope &scope = parsed.value();
    QStringList parts;
    for (const Ipv4Range &range : scope.ipv4Ranges)
        parts << range.toString();
    for (const Ipv6Prefix &prefix : scope.ipv6Prefixes)
        parts << prefix.toString();
    constexpr int shown = 3;
    QString text = parts.mid(0, shown).join(QStringLiteral(", "));
    if (parts.size() > shown)
        text += QStringLiteral(", …");
    const int objects = int(scope.activeDirectory.objects.size());
    if (objects > 0) {
        const QString directory = tr("%n Active Directory object(s)", nullptr, objects);
        text = text.isEmpty() ? directory : text + QStringLiteral("; ") + directory;
    }
    return text.isEmpty() ? tr("An empty scope") : text;
}

int TrendModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrendModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + int(SecurityStatuses::all.size());
}

QVariant TrendModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueryRecord &record = m_rows.at(index.row());
    const bool statusColumn = index.column() != StartedColumn;
    const SecurityStatus status
        = statusColumn ? SecurityStatuses::all[size_t(index.column() - 1)] : SecurityStatus {};
    switch (role) {
    case QueryIdRole:
        return record.id;
    case StartedRole:
        return record.startedAt;
    case CountRole:
        return statusColumn ? QVariant(record.statusCounts.value(status, 0)) : QVariant();
    case StatusRole:
        return statusColumn ? QVariant::fromValue(status) : QVariant();
    case Qt::DisplayRole:
        return statusColumn
            ? QLocale().toString(record.statusCounts.value(status, 0))
            : QLocale().toString(record.startedAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant TrendModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool statusColumn = section != StartedColumn;
    const SecurityStatus status
        = statusColumn ? SecurityStatuses::all[size_t(section - 1)] : SecurityStatus {};
    if (role == StatusRole)
        return statusColumn ? QVariant::fromValue(status) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    return statusColumn ? displayName(status) : tr("Query started");
}
