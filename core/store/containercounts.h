#pragma once

#include "common/result.h"
#include "endpoint/securitystatus.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringView>
#include <QVector>

#include <array>
#include <memory>

// Stored queries counted per Active Directory container (issue 17: trends per AD container).
// The store keeps per-status counts per query, not per container, so these are counted from the
// endpoints themselves, one query at a time, on the caller's (worker) thread; only the computers
// found in the directory are read (an IP-only query holds none).

// A count per status, in the order of SecurityStatuses::all.
using StatusTally = std::array<qint64, SecurityStatuses::all.size()>;
// Per container DN (as the directory wrote it), the computers directly in it.
using TallyByContainer = QHash<QString, StatusTally>;

class ContainerCountReader
{
    Q_DECLARE_TR_FUNCTIONS(ContainerCountReader)

public:
    explicit ContainerCountReader(std::shared_ptr<Database> database);

    // Per query of `queryIds`, its computers counted by the container of their AD path.
    Result<QHash<qint64, TallyByContainer>> read(const QVector<qint64> &queryIds) const;

    // The DN of the container of the object `adPath`: what follows its first RDN (an escaped
    // comma, "\,", stays inside the RDN). Empty for a DN of one RDN.
    static QStringView containerOf(QStringView adPath);

private:
    std::shared_ptr<Database> m_database;
};
