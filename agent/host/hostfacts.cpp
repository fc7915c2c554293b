#include "host/hostfacts.h"

#include <QFile>
#include <QHash>
#include <QNetworkInterface>
#include <QSysInfo>

namespace HostFacts {

QString hostName()
{
    return QSysInfo::machineHostName();
}

QString operatingSystem(const QString &osRelease)
{
    QFile file(osRelease);
    QHash<QString, QString> values;
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            const qsizetype equals = line.indexOf(QLatin1Char('='));
            if (equals <= 0 || line.startsWith(QLatin1Char('#')))
                continue;
            QString value = line.mid(equals + 1);
            if (value.size() >= 2
                && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))))
                value = value.mid(1, value.size() - 2);
            values.insert(line.left(equals), value);
        }
    }
    if (!values.value(QStringLiteral("PRETTY_NAME")).isEmpty())
        return values.value(QStringLiteral("PRETTY_NAME"));
    if (!values.value(QStringLiteral("NAME")).isEmpty()) {
        const QString named = values.value(QStringLiteral("NAME")) + QLatin1Char(' ')
            + values.value(QStringLiteral("VERSION"));
        return named.trimmed();
    }
    return QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion();
}

QStringList addresses()
{
    QStringList result;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.isLoopback() || address.isLinkLocal())
            continue;
        result.append(address.toString());
    }
    return result;
}

} // namespace HostFacts
