#include "quarantine/detectionstore.h"

#include "policy/detectionjson.h"
#include "store/sqltransaction.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {
// The same detection reported again (it stays in the log) has the same key.
QString keyOf(const QString &address, const Detection &detection)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &part : { address, toKey(detection.source), detection.localTimeText(),
                                 detection.threat, detection.path }) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
    }
    return QString::fromLatin1(hash.result().toHex());
}

QVariant optionalNumber(const std::optional<int> &number)
{
    return number ? QVariant(*number) : QVariant(QMetaType::fromType<int>());
}
} // namespace

DetectionStore::DetectionStore(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
    Q_ASSERT(m_database);
}

Result<int> DetectionStore::append(const QVector<HealthSnapshot> &snapshots, const QDateTime &now)
{
    int added = 0;
    const Result<Done> written = m_database->writeTransaction([&]() -> Result<Done> {
        QSqlQuery insert(m_database->connection());
        insert.prepare(QStringLiteral(
            "INSERT INTO detections (detection_key, reported_at, address, name, source,"
            " local_time, threat, result, scan_type, path, detection_json)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (detection_key) DO NOTHING"));
        for (const HealthSnapshot &snapshot : snapshots) {
            if (!snapshot.status)
                continue;
            for (const Detection &detection : snapshot.status->detections) {
                insert.addBindValue(keyOf(snapshot.address, detection));
                insert.addBindValue(storeTime(now));
                insert.addBindValue(snapshot.address);
                insert.addBindValue(snapshot.name.isNull() ? QStringLiteral("") : snapshot.name);
                insert.addBindValue(toKey(detection.source));
                insert.addBindValue(detection.localTimeText());
                insert.addBindValue(detection.threat);
                insert.addBindValue(optionalNumber(detection.result));
                insert.addBindValue(optionalNumber(detection.scanType));
                insert.addBindValue(detection.path);
                insert.addBindValue(
                    QString::fromUtf8(QJsonDocument(DetectionJson::toJson(detection))
                                          .toJson(QJsonDocument::Compact)));
                if (!insert.exec())
                    return Result<Done>::failure(
                        tr("cannot store the detections of %1: %2")
                            .arg(snapshot.address, sqlErrorText(insert.lastError())));
                added += insert.numRowsAffected() > 0 ? 1 : 0;
            }
        }
        return Done {};
    });
    if (!written)
        return Result<int>::failure(written.error());
    return added;
}

Result<QVector<StoredDetection>> DetectionStore::read(int limit) const
{
    using R = Result<QVector<StoredDetection>>;
    QSqlQuery select(m_database->connection());
    select.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT address, name, reported_at, detection_json FROM "
                                 "detections ORDER BY id DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    if (!select.exec(sql))
        return R::failure(
            tr("cannot read the detections: %1").arg(sqlErrorText(select.lastError())));
    QVector<StoredDetection> all;
    while (select.next()) {
        const Result<Detection> detection = DetectionJson::fromJson(
            QJsonDocument::fromJson(select.value(3).toString().toUtf8()).object(),
            QStringLiteral("detection"));
        if (!detection)
            return R::failure(tr("a stored detection of %1 cannot be read: %2")
                                  .arg(select.value(0).toString(), detection.error()));
        all.append({ select.value(0).toString(), select.value(1).toString(),
                     storedTime(select.value(2)), *detection });
    }
    std::reverse(all.begin(), all.end());
    return all;
}
