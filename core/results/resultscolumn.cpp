#include "results/resultscolumn.h"

#include "directory/distinguishedname.h"

namespace ResultsColumns {

std::optional<ResultsColumn> at(int index)
{
    if (index < 0 || index >= int(all.size()))
        return std::nullopt;
    return all[size_t(index)];
}

} // namespace ResultsColumns

QString displayAdPath(const QString &dn)
{
    if (dn.isEmpty())
        return {};
    const Result<DistinguishedName::LeafAndPath> parts
        = DistinguishedName::leafAndContainerPath(dn);
    if (!parts)
        return dn;
    return parts->containerPath + QLatin1Char('/') + parts->leaf;
}
