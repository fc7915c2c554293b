#include "policy/cveid.h"

#include <QRegularExpression>

bool isCveId(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^CVE-[0-9]{4}-[0-9]{4,19}$"),
                                          QRegularExpression::CaseInsensitiveOption);
    return shape.match(text).hasMatch();
}
