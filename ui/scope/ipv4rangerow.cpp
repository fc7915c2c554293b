#include "scope/ipv4rangerow.h"

#include <QLineEdit>

Ipv4RangeRow::Ipv4RangeRow(const QString &text, QWidget *parent)
    : RangeRow(parent)
{
    m_range = addField(QStringLiteral("ipv4Range"), tr("e.g. 127.20.0.1-127.20.0.200"), 1);
    m_range->setText(text);
    touchIfFilled();
    connect(this, &RangeRow::changed, this, [this] { showValidation(m_range); });
    showValidation(m_range);
}

bool Ipv4RangeRow::isBlank() const
{
    return m_range->text().trimmed().isEmpty();
}

Result<Ipv4Range> Ipv4RangeRow::range() const
{
    return Ipv4Range::parse(m_range->text().trimmed());
}

Result<quint64> Ipv4RangeRow::count() const
{
    if (m_range->text().trimmed().isEmpty())
        return Result<quint64>::failure(tr("Type an IPv4 address range"));
    return countOf(range());
}
