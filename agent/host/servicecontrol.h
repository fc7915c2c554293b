#pragma once

#include "agentlink/agentstatus.h"
#include "common/result.h"

#include <QString>
#include <QStringList>
#include <QVector>

// One service of the security product, as the agent's configuration lists it: the name the
// console knows (reference 004: ntrtscan), its display name, and the systemd unit behind it.
struct ProductService
{
    QString name;
    QString displayName;
    QString unit;
};

// The product's services on this host, through the service manager: `systemctl` by default,
// or another program that answers the same two verbs (`PROGRAM is-active UNIT`, printing
// `active` when it runs; `PROGRAM start UNIT`, exit 0 when started) on hosts without systemd.
class ServiceControl
{
public:
    ServiceControl(QString program, QVector<ProductService> services);

    struct States
    {
        QVector<ServiceState> services;
        QStringList problems; // a service manager that cannot be asked, in words
    };
    States states() const;
    // True when the service was stopped and now runs, false when it ran already; the reason
    // when there is no such service or the service manager fails to start it.
    Result<bool> start(const QString &name) const;

private:
    // Whether `unit` runs; the reason when the service manager cannot be asked.
    Result<bool> isActive(const QString &unit) const;

    QString m_program;
    QVector<ProductService> m_services;
};
