#include "scope/ipv6prefixrow.h"

#include <QLineEdit>

Ipv6PrefixRow::Ipv6PrefixRow(const QString &prefix, const QString &length, QWidget *parent)
    : RangeRow(parent)
{
    m_prefix = addField(QStringLiteral("ipv6Prefix"), tr("e.g. fd00:1::"), 3);
    addText(QStringLiteral("/"));
    m_length = addField(QStringLiteral("ipv6Length"), tr("112-128"), 1);
    m_prefix->setText(prefix);
    m_length->setText(length.isEmpty() ? QStringLiteral("120") : length);
    touchIfFilled();
    connect(this, &RangeRow::changed, this, [this] { showValidation(culprit()); });
    showValidation(culprit());
}

bool Ipv6PrefixRow::isBlank() const
{
    // The length has a default (120): only the prefix says whether anything was typed.
    return m_prefix->text().trimmed().isEmpty();
}

Result<int> Ipv6PrefixRow::length() const
{
    const QString text = m_length->text().trimmed();
    bool isNumber = false;
    const int value = text.toInt(&isNumber);
    if (!isNumber)
        return Result<int>::failure(tr("\"%1\" is not a prefix length (112 to 128)").arg(text));
    return value;
}

Result<Ipv6Prefix> Ipv6PrefixRow::prefix() const
{
    const Result<int> parsedLength = length();
    if (!parsedLength)
        return Result<Ipv6Prefix>::failure(parsedLength.error());
    return Ipv6Prefix::fromParts(m_prefix->text().trimmed(), parsedLength.value());
}

Result<quint64> Ipv6PrefixRow::count() const
{
    if (m_prefix->text().trimmed().isEmpty())
        return Result<quint64>::failure(tr("Type an IPv6 prefix"));
    return countOf(prefix());
}

QLineEdit *Ipv6PrefixRow::culprit() const
{
    const Result<int> parsedLength = length();
    if (!parsedLength || parsedLength.value() < Ipv6Prefix::minLength
        || parsedLength.value() > Ipv6Prefix::maxLength)
        return m_length;
    return m_prefix;
}
