#include "search/statusset.h"

#include <QStringList>

StatusSet::StatusSet()
{
    for (SecurityStatus status : SecurityStatuses::all)
        insert(status);
}

StatusSet StatusSet::of(std::initializer_list<SecurityStatus> statuses)
{
    StatusSet set;
    set.m_bits = 0;
    for (SecurityStatus status : statuses)
        set.insert(status);
    return set;
}

Result<StatusSet> StatusSet::parse(const QString &text)
{
    StatusSet set = of({});
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        if (part.isEmpty())
            continue;
        std::optional<SecurityStatus> status = securityStatusFromKey(part.toLower());
        for (SecurityStatus candidate : SecurityStatuses::all) {
            if (!status && part.compare(displayName(candidate), Qt::CaseInsensitive) == 0)
                status = candidate;
        }
        if (!status) {
            QStringList keys;
            for (SecurityStatus candidate : SecurityStatuses::all)
                keys << toKey(candidate);
            return Result<StatusSet>::failure(tr("\"%1\" is not a security status; use one of %2")
                                                  .arg(part, keys.join(QLatin1String(", "))));
        }
        set.insert(*status);
    }
    if (set.isEmpty())
        return Result<StatusSet>::failure(tr("no security status given"));
    return set;
}

bool StatusSet::isEverything() const
{
    return *this == StatusSet();
}

QString StatusSet::toString() const
{
    QStringList keys;
    for (SecurityStatus status : SecurityStatuses::all) {
        if (contains(status))
            keys << toKey(status);
    }
    return keys.join(QLatin1Char(','));
}
