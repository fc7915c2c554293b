#pragma once

#include "scope/ipv6prefix.h"
#include "scope/rangerow.h"

// An IPv6 row: the prefix and its length (112 to 128), as the manual's two fields.
class Ipv6PrefixRow : public RangeRow
{
    Q_OBJECT
public:
    explicit Ipv6PrefixRow(const QString &prefix = {}, const QString &length = {},
                           QWidget *parent = nullptr);

    Result<Ipv6Prefix> prefix() const;
    bool isBlank() const override;

private:
    Result<quint64> count() const override;
    Result<int> length() const;
    QLineEdit *culprit() const;

    QLineEdit *m_prefix;
    QLineEdit *m_length;
};
