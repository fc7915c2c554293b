#include "policy/detectionjson.h"

#include <QCoreApplication>

namespace {
Result<Detection> wrong(const QString &path, const QString &key)
{
    return Result<Detection>::failure(
        QCoreApplication::translate("DetectionJson", "%1 is missing or of the wrong type")
            .arg(path + QLatin1Char('.') + key));
}

// An optional small number: absent stays absent, present must be in [0, highest].
bool readNumber(const QJsonObject &object, const QString &key, int highest,
                std::optional<int> &number)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    const double read = value.toDouble(-1);
    if (!value.isDouble() || read != double(int(read)) || read < 0 || read > highest)
        return false;
    number = int(read);
    return true;
}
} // namespace

QJsonObject DetectionJson::toJson(const Detection &detection)
{
    QJsonObject object { { QStringLiteral("source"), toKey(detection.source) },
                         { QStringLiteral("time"), detection.localTimeText() },
                         { QStringLiteral("threat"), detection.threat },
                         { QStringLiteral("path"), detection.path } };
    if (detection.result)
        object.insert(QStringLiteral("result"), *detection.result);
    if (detection.scanType)
        object.insert(QStringLiteral("scanType"), *detection.scanType);
    if (detection.blockMode)
        object.insert(QStringLiteral("blockMode"), *detection.blockMode);
    for (const auto &[key, value] : { std::pair { "groupCode", &detection.groupCode },
                                      std::pair { "credibilityScore", &detection.credibilityScore },
                                      std::pair { "threshold", &detection.threshold },
                                      std::pair { "policyId", &detection.policyId } }) {
        if (!value->isEmpty())
            object.insert(QLatin1String(key), *value);
    }
    return object;
}

Result<Detection> DetectionJson::fromJson(const QJsonValue &value, const QString &path)
{
    const QJsonObject object = value.toObject();
    if (!value.isObject())
        return Result<Detection>::failure(
            QCoreApplication::translate("DetectionJson", "%1 is missing or of the wrong type")
                .arg(path));
    Detection detection;
    const auto source = detectionSourceFromKey(object.value(QStringLiteral("source")).toString());
    if (!source)
        return wrong(path, QStringLiteral("source"));
    detection.source = *source;
    const QDateTime time = QDateTime::fromString(object.value(QStringLiteral("time")).toString(),
                                                 QStringLiteral("yyyy-MM-ddTHH:mm"));
    if (!time.isValid())
        return wrong(path, QStringLiteral("time"));
    detection.date = time.date();
    detection.time = time.time();
    for (const auto &[key, field] :
         { std::pair { "threat", &detection.threat }, std::pair { "path", &detection.path } }) {
        *field = object.value(QLatin1String(key)).toString();
        if (field->isEmpty())
            return wrong(path, QLatin1String(key));
    }
    const bool virus = detection.source == Detection::Source::Virus;
    if (!readNumber(object, QStringLiteral("result"), 25, detection.result)
        || detection.result.has_value() != virus)
        return wrong(path, QStringLiteral("result"));
    if (!readNumber(object, QStringLiteral("scanType"), 4, detection.scanType)
        || detection.scanType.has_value() != virus)
        return wrong(path, QStringLiteral("scanType"));
    if (!readNumber(object, QStringLiteral("blockMode"), 1, detection.blockMode))
        return wrong(path, QStringLiteral("blockMode"));
    detection.groupCode = object.value(QStringLiteral("groupCode")).toString();
    detection.credibilityScore = object.value(QStringLiteral("credibilityScore")).toString();
    detection.threshold = object.value(QStringLiteral("threshold")).toString();
    detection.policyId = object.value(QStringLiteral("policyId")).toString();
    return detection;
}
