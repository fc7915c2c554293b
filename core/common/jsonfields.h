#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <optional>

// One object of a JSON document being read, with where it stands in the document
// ("healthSettings[0]"), so that every failure names the key it is about
// ("healthSettings[0].firewall.disabledIsHealthy: not true or false"). The settings files and
// stored documents (health settings, Applies to, schedules) read their typed fields through it.
class JsonFields
{
    Q_DECLARE_TR_FUNCTIONS(JsonFields)

public:
    // `value` as an object with no key outside `known`.
    static Result<JsonFields> read(const QJsonValue &value, const QString &path,
                                   const QStringList &known);

    const QJsonObject &object() const { return m_object; }
    const QString &path() const { return m_path; }
    QString pathOf(const QString &key) const;

    // The object at `key`, with no key outside `known`; an empty one when `key` is absent.
    Result<JsonFields> section(const QString &key, const QStringList &known) const;
    // `key` as true or false; `fallback` when it is absent.
    Result<bool> flag(const QString &key, bool fallback) const;
    // `key` as an array of non-empty strings, each trimmed; none when it is absent.
    Result<QStringList> strings(const QString &key) const;
    // `key` as a whole number from `min` to `max`; `fallback` when it is absent. `expected`
    // says what it should be, for the failure ("a whole number of days from 1 to 3650").
    Result<int> wholeNumber(const QString &key, int fallback, int min, int max,
                            const QString &expected) const;

private:
    JsonFields(QJsonObject object, QString path);

    QJsonObject m_object;
    QString m_path;
};

// A JSON number as a whole number: JSON has no integer type, so a double without a fraction
// that an int holds; nothing otherwise.
std::optional<int> wholeNumber(const QJsonValue &value);
