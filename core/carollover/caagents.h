#pragma once

#include "commands/commandtarget.h"
#include "common/result.h"
#include "secrets/rolloverprogress.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>

#include <memory>

// The agents a CA rollover concerns (docs/security.md, "Rolling the CA over"), and asking them
// which CA their certificate is of: for CaRollover (osmgmt-cli ca and the console).
namespace CaAgents {

// The agents of this server: those the store's last query verified as Managed by this server,
// and those the rollover's progress names; only `named` when the administrator named some.
// `note` says where they came from when the store has no query.
Result<QVector<CommandTarget>> ofThisServer(const std::shared_ptr<Database> &database,
                                            const RolloverProgress &progress,
                                            const QVector<CommandTarget> &named, QString *note);

// What asking one agent found.
struct Seen
{
    CommandTarget target;
    bool reachable = false;
    std::optional<RolloverProgress::Standing> standing; // none: neither CA issued its certificate
    QString detail; // why it is not reachable, or whose certificate it presented
};

// Connects to each agent (TLS, a hello: no client certificate is needed) and checks the
// certificate it presents against the old and the new CA, at most 32 at once. Runs the
// caller's event loop until every agent answered or `timeoutMs` passed for it.
QVector<Seen> ask(const QVector<CommandTarget> &targets, const QSslCertificate &oldCa,
                  const QSslCertificate &newCa, int timeoutMs);

} // namespace CaAgents
