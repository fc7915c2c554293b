#pragma once

#include <QCoreApplication>
#include <QStringList>

// `osmgmt-cli audit verify`: checks the audit log's hash chain and lists the commands whose
// outcome was never recorded (docs/cli.md, docs/security.md).
class AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    // Exit codes: 0 the chain is whole (open intents are listed, not failures), 1 it is broken or
    // the store could not be read, 2 bad usage, 3 no such database.
    int run(const QStringList &arguments);
};
