#include "agentlink/agenttext.h"

#include <QJsonArray>

namespace {
bool isUnsafe(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) // C0, DEL, C1
        || c == 0x061c || c == 0x200e || c == 0x200f // bidirectional marks
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069); // overrides, isolates
}
} // namespace

namespace AgentText {

QString printable(const QString &text)
{
    QString result = text;
    for (QChar &c : result) {
        if (isUnsafe(c.unicode()))
            c = QChar::ReplacementCharacter;
    }
    return result;
}

namespace {
QJsonValue printableValue(const QJsonValue &value)
{
    if (value.isString())
        return printable(value.toString());
    if (value.isObject())
        return printable(value.toObject());
    if (value.isArray()) {
        QJsonArray items;
        for (const QJsonValue &item : value.toArray())
            items.append(printableValue(item));
        return items;
    }
    return value;
}
} // namespace

QJsonObject printable(const QJsonObject &message)
{
    QJsonObject result;
    for (auto it = message.begin(); it != message.end(); ++it)
        result.insert(printable(it.key()), printableValue(it.value()));
    return result;
}

} // namespace AgentText
