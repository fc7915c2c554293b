#include "store/containercounts.h"

#include "store/sqltransaction.h"

#include <QSqlQuery>
#include <QVariant>

ContainerCountReader::ContainerCountReader(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{ }

QStringView ContainerCountReader::containerOf(QStringView adPath)
{
    for (qsizetype i = 0; i < adPath.size(); ++i) {
        if (adPath[i] == QLatin1Char('\\'))
            ++i; // the escaped character (or the first of two hex digits) is part of the value
        else if (adPath[i] == QLatin1Char(','))
            return adPath.mid(i + 1).trimmed();
    }
    return {};
}

Result<QHash<qint64, TallyByContainer>>
ContainerCountReader::read(const QVector<qint64> &queryIds) const
{
    using Read = Result<QHash<qint64, TallyByContainer>>;
    QHash<qint64, TallyByContainer> counted;
    QSqlQuery select(m_database->connection());
    select.setForwardOnly(true);
    if (!select.prepare(QStringLiteral("SELECT ad_path, status FROM endpoints"
                                       " WHERE query_id = ? AND ad_path <> ''")))
        return Read::failure(tr("cannot count the computers per AD container: %1")
                                 .arg(sqlErrorText(select.lastError())));
    for (qint64 queryId : queryIds) {
        select.addBindValue(queryId);
        if (!select.exec())
            return Read::failure(
                tr("cannot count the computers per AD container of query %1: %2")
                    .arg(QString::number(queryId), sqlErrorText(select.lastError())));
        TallyByContainer &byContainer = counted[queryId];
        while (select.next()) {
            const QString adPath = select.value(0).toString();
            const QString key = select.value(1).toString();
            const std::optional<SecurityStatus> status = securityStatusFromKey(key);
            if (!status)
                return Read::failure(tr("query %1 has endpoints with an unknown status \"%2\"")
                                         .arg(QString::number(queryId), key));
            ++byContainer[containerOf(adPath).toString()][size_t(*status)];
        }
    }
    return counted;
}
