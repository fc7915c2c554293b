#include "samba.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

QString SambaLab::load(SambaLab &lab)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString truthPath = env.value(QStringLiteral("OSMGMT_SAMBA_TRUTH"));
    if (truthPath.isEmpty())
        return QStringLiteral("OSMGMT_SAMBA_TRUTH is not set: run this through samba-lab");
    lab.host = env.value(QStringLiteral("OSMGMT_SAMBA_HOST"));
    lab.caFile = env.value(QStringLiteral("OSMGMT_SAMBA_CA"));
    lab.user = env.value(QStringLiteral("OSMGMT_SAMBA_USER"));
    lab.password = env.value(QStringLiteral("OSMGMT_SAMBA_PASSWORD"));
    lab.domain = env.value(QStringLiteral("OSMGMT_SAMBA_DOMAIN"));
    lab.realm = env.value(QStringLiteral("OSMGMT_SAMBA_REALM"));
    QFile file(truthPath);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1: %2").arg(truthPath, file.errorString());
    const QJsonObject truth = QJsonDocument::fromJson(file.readAll()).object();
    lab.domainDn = truth.value(QStringLiteral("domainDn")).toString();
    lab.labOu = truth.value(QStringLiteral("labOu")).toString();
    for (const QJsonValue &container : truth.value(QStringLiteral("containers")).toArray())
        lab.containers.append(container.toString());
    for (const QJsonValue &value : truth.value(QStringLiteral("computers")).toArray()) {
        const QJsonObject object = value.toObject();
        lab.computers.append({ object.value(QStringLiteral("dn")).toString(),
                               object.value(QStringLiteral("cn")).toString(),
                               object.value(QStringLiteral("dNSHostName")).toString(),
                               object.value(QStringLiteral("address")).toString(),
                               object.value(QStringLiteral("operatingSystem")).toString(),
                               object.value(QStringLiteral("container")).toString() });
    }
    if (lab.computers.isEmpty() || lab.domainDn.isEmpty())
        return QStringLiteral("%1 holds no computers").arg(truthPath);
    return QString();
}

ActiveDirectoryConnection SambaLab::connection(const char *scheme) const
{
    ActiveDirectoryConnection connection;
    connection.url = QStringLiteral("%1://%2").arg(QLatin1String(scheme), host);
    connection.bindUser = user + QLatin1Char('@') + realm;
    connection.caFile = caFile;
    return connection;
}
