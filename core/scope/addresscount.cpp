#include "scope/addresscount.h"

#include <QLocale>
#include <QString>

QString formatAddressCount(quint64 count)
{
    // The default locale follows the language the console runs in; English and Japanese both
    // group by thousands with a comma, as the manual's table does.
    return QLocale().toString(qulonglong(count));
}
