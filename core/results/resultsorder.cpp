#include "results/resultsorder.h"

#include <algorithm>
#include <cstring>
#include <numeric>
#include <thread>

namespace {

std::vector<quint32> identity(const ResultsTable &table)
{
    std::vector<quint32> rows(size_t(table.size()));
    std::iota(rows.begin(), rows.end(), quint32(0));
    return rows;
}

// Counting sort by a small key: linear, stable.
template<typename Key> std::vector<quint32> byKey(const ResultsTable &table, int keys, Key key)
{
    std::vector<quint32> start(size_t(keys) + 1, 0);
    for (qsizetype row = 0; row < table.size(); ++row)
        ++start[size_t(key(row)) + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    std::vector<quint32> rows(size_t(table.size()));
    for (qsizetype row = 0; row < table.size(); ++row)
        rows[start[size_t(key(row))]++] = quint32(row);
    return rows;
}

// Case-insensitive, with runs of digits compared as numbers ("1.9" before "1.10"), the way a
// person reads versions and server numbers. Written out because QCollator's numeric mode
// depends on the locale back end (the C locale ignores it).
int naturalCompare(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype ei = i;
            qsizetype ej = j;
            while (ei < a.size() && a[ei].isDigit())
                ++ei;
            while (ej < b.size() && b[ej].isDigit())
                ++ej;
            QStringView da = a.mid(i, ei - i);
            QStringView db = b.mid(j, ej - j);
            while (da.size() > 1 && da.front() == QLatin1Char('0'))
                da = da.mid(1);
            while (db.size() > 1 && db.front() == QLatin1Char('0'))
                db = db.mid(1);
            if (da.size() != db.size())
                return da.size() < db.size() ? -1 : 1;
            if (const int c = da.compare(db))
                return c;
            i = ei;
            j = ej;
            continue;
        }
        const char32_t ca = a[i].toCaseFolded().unicode();
        const char32_t cb = b[j].toCaseFolded().unicode();
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size() || j < b.size())
        return i < a.size() ? 1 : -1;
    return a.compare(b); // equal ignoring case: a fixed order all the same
}

// std::stable_sort on two cores: each half sorted on its own thread, then one linear merge,
// which takes the first half's row on a tie, as a stable sort does. Sorting a million names
// is mostly waiting for memory, which two cores halve.
template<typename Less> void stableSortInTwo(std::vector<quint32> &rows, Less less)
{
    constexpr size_t worthASecondThread = 65536;
    if (rows.size() < worthASecondThread || std::thread::hardware_concurrency() < 2) {
        std::stable_sort(rows.begin(), rows.end(), less);
        return;
    }
    const auto middle = rows.begin() + std::ptrdiff_t(rows.size() / 2);
    std::thread second([&] { std::stable_sort(middle, rows.end(), less); });
    std::stable_sort(rows.begin(), middle, less);
    second.join();
    std::vector<quint32> sorted(rows.size());
    std::merge(rows.begin(), middle, middle, rows.end(), sorted.begin(), less);
    rows.swap(sorted);
}

// Each distinct value's place among the others.
std::vector<quint32> ranks(const QStringList &values)
{
    std::vector<int> order(size_t(values.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return naturalCompare(values.at(a), values.at(b)) < 0; });
    std::vector<quint32> rank(order.size());
    for (size_t i = 0; i < order.size(); ++i)
        rank[size_t(order[i])] = quint32(i);
    return rank;
}

// The interned column of a column whose texts many rows share.
ResultsTable::Shared sharedColumn(ResultsColumn column)
{
    switch (column) {
    case ResultsColumn::Server:
        return ResultsTable::Shared::Server;
    case ResultsColumn::AgentVersion:
        return ResultsTable::Shared::AgentVersion;
    case ResultsColumn::Domain:
        return ResultsTable::Shared::Domain;
    default:
        Q_ASSERT(column == ResultsColumn::Detail);
        return ResultsTable::Shared::Detail;
    }
}

std::vector<quint32> byShared(const ResultsTable &table, ResultsTable::Shared column)
{
    const ResultsTable::SharedValues shared = table.sharedValues(column);
    const std::vector<quint32> rank = ranks(shared.values());
    return byKey(table, int(rank.size()), [&](qsizetype row) { return rank[shared.id(row)]; });
}

struct AddressLess
{
    const ResultsTable &table;
    bool operator()(quint32 a, quint32 b) const
    {
        return std::memcmp(table.addressKey(a).data(), table.addressKey(b).data(),
                           sizeof(ResultsTable::AddressKey))
            < 0;
    }
};

struct NameLess
{
    const ResultsTable &table;
    bool operator()(quint32 a, quint32 b) const
    {
        return table.foldedName(a).compare(table.foldedName(b)) < 0;
    }
};

std::vector<quint32> byAddress(const ResultsTable &table)
{
    std::vector<quint32> rows = identity(table);
    stableSortInTwo(rows, AddressLess { table });
    return rows;
}

std::vector<quint32> byName(const ResultsTable &table)
{
    std::vector<quint32> rows = identity(table);
    stableSortInTwo(rows, NameLess { table });
    return rows;
}

// `previous` (the first previous.size() rows in order) with the rows appended since: only those
// are sorted, then one linear merge. std::merge takes the first range's element on a tie, and
// every earlier row is in the first range: ties stay in stored order, as a full stable sort
// leaves them.
template<typename Less>
std::vector<quint32> merged(const ResultsTable &table, const std::vector<quint32> &previous,
                            Less less)
{
    std::vector<quint32> appended(size_t(table.size()) - previous.size());
    std::iota(appended.begin(), appended.end(), quint32(previous.size()));
    stableSortInTwo(appended, less);
    std::vector<quint32> rows(size_t(table.size()));
    std::merge(previous.begin(), previous.end(), appended.begin(), appended.end(), rows.begin(),
               less);
    return rows;
}

// By the path the column shows (domain/OU/.../name), made once per row: the stored DN reads
// leaf first, which would sort by computer name instead of by where it is in AD.
std::vector<quint32> byAdPath(const ResultsTable &table)
{
    std::vector<QString> paths(size_t(table.size()));
    for (qsizetype row = 0; row < table.size(); ++row)
        paths[size_t(row)] = displayAdPath(table.adPath(row).toString());
    std::vector<quint32> rows = identity(table);
    stableSortInTwo(
        rows, [&paths](quint32 a, quint32 b) { return naturalCompare(paths[a], paths[b]) < 0; });
    return rows;
}

} // namespace

namespace ResultsOrder {

std::vector<quint32> ascending(const ResultsTable &table, ResultsColumn column)
{
    switch (column) {
    case ResultsColumn::Name:
        return byName(table);
    case ResultsColumn::Address:
        return byAddress(table);
    case ResultsColumn::Status:
        return byKey(table, int(SecurityStatuses::all.size()),
                     [&](qsizetype row) { return int(table.status(row)); });
    case ResultsColumn::Gate:
        return byKey(table, int(GateResults::all.size()),
                     [&](qsizetype row) { return int(table.gate(row)); });
    case ResultsColumn::AgentPort:
        return byKey(table, 65536, [&](qsizetype row) { return int(table.agentPort(row)); });
    case ResultsColumn::Server:
    case ResultsColumn::AgentVersion:
    case ResultsColumn::Domain:
    case ResultsColumn::Detail:
        return byShared(table, sharedColumn(column));
    case ResultsColumn::AdPath:
        return byAdPath(table);
    }
    return identity(table);
}

std::vector<quint32> extended(const ResultsTable &table, ResultsColumn column,
                              const std::vector<quint32> &previous)
{
    if (previous.size() > size_t(table.size()))
        return ascending(table, column);
    // Below a quarter of the rows new, merging beats sorting everything again; above, the
    // linear counting sorts and a fresh sort are as cheap.
    const bool fewAppended = (size_t(table.size()) - previous.size()) * 4 < size_t(table.size());
    switch (column) {
    case ResultsColumn::Name:
        return merged(table, previous, NameLess { table });
    case ResultsColumn::Address:
        return merged(table, previous, AddressLess { table });
    case ResultsColumn::Status:
        if (!fewAppended)
            break;
        return merged(table, previous,
                      [&](quint32 a, quint32 b) { return table.status(a) < table.status(b); });
    case ResultsColumn::Gate:
        if (!fewAppended)
            break;
        return merged(table, previous,
                      [&](quint32 a, quint32 b) { return table.gate(a) < table.gate(b); });
    case ResultsColumn::AgentPort:
        if (!fewAppended)
            break;
        return merged(table, previous, [&](quint32 a, quint32 b) {
            return table.agentPort(a) < table.agentPort(b);
        });
    case ResultsColumn::Server:
    case ResultsColumn::AgentVersion:
    case ResultsColumn::Domain:
    case ResultsColumn::Detail: {
        if (!fewAppended)
            break;
        // The ranks of the values seen so far keep their relative order when values are added,
        // so the previous order is still sorted under the new ranks.
        const ResultsTable::SharedValues values = table.sharedValues(sharedColumn(column));
        const std::vector<quint32> rank = ranks(values.values());
        return merged(table, previous, [&](quint32 a, quint32 b) {
            return rank[values.id(a)] < rank[values.id(b)];
        });
    }
    case ResultsColumn::AdPath:
        break;
    }
    return ascending(table, column);
}

} // namespace ResultsOrder
