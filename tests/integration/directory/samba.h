#pragma once

#include "scope/activedirectoryconnection.h"

#include <QString>
#include <QStringList>
#include <QVector>

// What tests/lab/samba/samba-lab tells the test that runs inside its namespace: the DC, the
// credentials and the ground truth of the directory it loaded.
struct SambaLab
{
    struct Computer
    {
        QString dn;
        QString cn;
        QString dnsHostName; // empty when AD has none
        QString address; // where its DNS record points; empty when there is no record
        QString operatingSystem;
        QString container;
    };

    QString host;
    QString caFile;
    QString user;
    QString password;
    QString domain; // CORP
    QString realm; // corp.example.test
    QString domainDn;
    QString labOu;
    QStringList containers;
    QVector<Computer> computers;

    // Empty when the environment and the truth file were read; otherwise why not.
    static QString load(SambaLab &lab);
    // ldaps://dc1... (or ldap:// for StartTLS) as Administrator@realm, verified with the CA.
    ActiveDirectoryConnection connection(const char *scheme = "ldaps") const;
};
