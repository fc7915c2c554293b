#pragma once

#include <QRegularExpression>
#include <QString>

// "CVE-2026-0001": the year and at least four digits (the CVE program's identifier syntax).
// What the real agent accepts as a missing CVE from debsecan or the product status file.
inline bool isCveId(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^CVE-[0-9]{4}-[0-9]{4,}$"));
    return shape.match(text).hasMatch();
}
