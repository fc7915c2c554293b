#include "common/jsonfields.h"

#include <QJsonArray>

#include <limits>

JsonFields::JsonFields(QJsonObject object, QString path)
    : m_object(std::move(object))
    , m_path(std::move(path))
{ }

Result<JsonFields> JsonFields::read(const QJsonValue &value, const QString &path,
                                    const QStringList &known)
{
    if (!value.isObject())
        return failureAt<JsonFields>(path, tr("not an object"));
    JsonFields fields(value.toObject(), path);
    for (const QString &key : fields.m_object.keys()) {
        if (!known.contains(key))
            return failureAt<JsonFields>(fields.pathOf(key), tr("unknown key"));
    }
    return fields;
}

QString JsonFields::pathOf(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

Result<JsonFields> JsonFields::section(const QString &key, const QStringList &known) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return JsonFields({}, pathOf(key));
    return read(value, pathOf(key), known);
}

Result<bool> JsonFields::flag(const QString &key, bool fallback) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isBool())
        return failureAt<bool>(pathOf(key), tr("not true or false"));
    return value.toBool();
}

Result<QStringList> JsonFields::strings(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return QStringList();
    if (!value.isArray())
        return failureAt<QStringList>(pathOf(key), tr("not an array"));
    QStringList strings;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString() || item.toString().trimmed().isEmpty())
            return failureAt<QStringList>(
                QStringLiteral("%1[%2]").arg(pathOf(key)).arg(strings.size()),
                tr("not a non-empty string"));
        strings.append(item.toString().trimmed());
    }
    return strings;
}

Result<int> JsonFields::wholeNumber(const QString &key, int fallback, int min, int max,
                                    const QString &expected) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return fallback;
    const std::optional<int> number = ::wholeNumber(value);
    if (!number || *number < min || *number > max)
        return failureAt<int>(pathOf(key), tr("not %1").arg(expected));
    return *number;
}

std::optional<int> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number < double(std::numeric_limits<int>::min())
        || number > double(std::numeric_limits<int>::max()) || number != double(int(number)))
        return std::nullopt;
    return int(number);
}
