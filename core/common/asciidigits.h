#pragma once

#include <QString>

// True when `text` is one or more of the digits 0-9. QChar::isDigit() would also take other
// scripts' digits, which no address, port or prefix length has.
inline bool isAsciiDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}
