#include "directory/ldapfilter.h"

QString LdapFilter::escapeValue(const QString &value)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = value.toUtf8();
    QString escaped;
    escaped.reserve(utf8.size());
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == '*' || byte == '(' || byte == ')' || byte == '\\' || byte == 0
            || byte >= 0x80) {
            escaped += QLatin1Char('\\');
            escaped += QLatin1Char(hex[byte >> 4]);
            escaped += QLatin1Char(hex[byte & 0x0f]);
        } else {
            escaped += QLatin1Char(c);
        }
    }
    return escaped;
}

QString LdapFilter::equals(const QString &attribute, const QString &value)
{
    return QLatin1Char('(') + attribute + QLatin1Char('=') + escapeValue(value) + QLatin1Char(')');
}
