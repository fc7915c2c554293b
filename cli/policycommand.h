#pragma once

#include <QCoreApplication>
#include <QStringList>

class CommandLine;
class CommandErrors;
struct OpenedStore;

// `osmgmt-cli policy export|import|exclude|preview` (docs/policies.md, docs/cli.md): the CVE
// compliance quarantine policies of the store.
// - export FILE|-: the policy document as JSON.
// - import FILE: replaces it with the file's, refusing the whole file when any field is wrong;
//   audited.
// - exclude --policy NAME --address A --reason TEXT [--until DATE]: Exclude device from
//   quarantine policy (reference 001, step 8): adds the exclusion, audited, and releases the
//   computer when that policy had quarantined it.
// - preview [--policy NAME] [--format json|csv]: the computers each policy (as if on) would put
//   in pending or quarantine now.
// Exit codes: 0 done; 1 the store, a file or the release failed; 2 bad usage or a file refused;
// 3 no such SQLite file.
class PolicyCommand
{
    Q_DECLARE_TR_FUNCTIONS(PolicyCommand)

public:
    int run(const QStringList &arguments);

private:
    int exportDocument(const OpenedStore &store, const QString &path, const CommandErrors &errors);
    int importDocument(const OpenedStore &store, const QString &path, const CommandErrors &errors);
    int exclude(const CommandLine &line, const OpenedStore &store, const CommandErrors &errors);
    int preview(const CommandLine &line, const CommandErrors &errors);
};
