#pragma once

#include "scope/ipv4range.h"
#include "scope/rangerow.h"

// An IPv4 range row: "a.b.c.d-e.f.g.h", a CIDR block or one address.
class Ipv4RangeRow : public RangeRow
{
    Q_OBJECT
public:
    explicit Ipv4RangeRow(const QString &text = {}, QWidget *parent = nullptr);

    Result<Ipv4Range> range() const;
    bool isBlank() const override;

private:
    Result<quint64> count() const override;

    QLineEdit *m_range;
};
