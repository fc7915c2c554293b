#include "scopeaddresses.h"

#include "probe/targetlist.h"

namespace ScopeAddresses {

quint64 distinct(const Scope &scope)
{
    return TargetList(scope).size();
}

QVector<bool> overlapping(const Scope &scope)
{
    const quint64 all = distinct(scope);
    QVector<bool> overlaps;
    // Without one range, the scope loses exactly that range's count unless another holds some of
    // its addresses: the target list's merging decides, so both counts agree by construction.
    for (qsizetype i = 0; i < scope.ipv4Ranges.size(); ++i) {
        Scope without = scope;
        without.ipv4Ranges.removeAt(i);
        overlaps.append(all - distinct(without) < scope.ipv4Ranges.at(i).count());
    }
    for (qsizetype i = 0; i < scope.ipv6Prefixes.size(); ++i) {
        Scope without = scope;
        without.ipv6Prefixes.removeAt(i);
        overlaps.append(all - distinct(without) < scope.ipv6Prefixes.at(i).count());
    }
    return overlaps;
}

} // namespace ScopeAddresses
