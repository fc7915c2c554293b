#pragma once

#include "scope/activedirectoryconnection.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QVector>

class DirectoryClient;

// One step of Test connection and how it went.
struct ConnectionStep
{
    enum class Kind { Settings, Reach, Tls, Bind, NamingContext, Computers };
    enum class Outcome { Passed, Failed, NotTried };

    Kind kind = Kind::Settings;
    Outcome outcome = Outcome::NotTried;
    // What the step is, with what it was tried on: "Bind as CORP\admin".
    QString title;
    // What happened, in words: "certificate verified (TLSv1.3, ...)", the server's refusal.
    QString detail;
};

// *Test connection* (issue 5, point 2): what worked and what did not, one step at a time,
// so the administrator sees where to look: the settings, the server reachable over TCP, TLS
// and its certificate, the bind, the naming context, computers readable below the base. It
// stops at the first failure; the later steps are NotTried. Every step BLOCKS (DNS, TCP,
// libldap): run it on a worker thread (DirectoryReader::checkConnection does).
class ConnectionCheck
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionCheck)

public:
    // Computers are counted up to this many, one page: enough to show they can be read
    // without reading a whole domain.
    static constexpr int computerSample = 1000;

    ConnectionCheck(ActiveDirectoryConnection connection, QString password);

    QVector<ConnectionStep> run();
    // The naming context the check found (the base DN, or the RootDSE's default); empty
    // until run() got that far.
    QString base() const { return m_base; }

    static bool allPassed(const QVector<ConnectionStep> &steps);

private:
    ConnectionStep checkSettings() const;
    ConnectionStep checkReach() const;
    ConnectionStep checkTls(DirectoryClient &client) const;
    ConnectionStep checkBind(DirectoryClient &client) const;
    ConnectionStep checkNamingContext(DirectoryClient &client);
    ConnectionStep checkComputers(DirectoryClient &client) const;

    ActiveDirectoryConnection m_connection;
    QString m_password;
    QString m_base;
};

Q_DECLARE_METATYPE(ConnectionStep)
