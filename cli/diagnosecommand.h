#pragma once

#include "diagnose/connectiondiagnosis.h"

#include <QCoreApplication>
#include <QTextStream>

// `osmgmt-cli diagnose --address A[:PORT] --format json|text` (docs/cli.md): Diagnose connection
// for scripts, the steps of reference 003's checks against one computer. Exit codes: 0 no step
// failed, 1 a step failed (the likely cause is named), 2 bad options, 130 interrupted.
class DiagnoseCommand
{
    Q_DECLARE_TR_FUNCTIONS(DiagnoseCommand)

public:
    int run(const QStringList &arguments);

    // "host", "host:PORT", "v6", "[v6]:PORT": the host and the port (0 when none is given).
    static Result<QPair<QString, quint16>> parseAddress(const QString &text);
    // The diagnosis in words, one line per step with its cause and remedy when it failed.
    // Every line goes through AgentText::printable: agents' words are data.
    static QString text(const Diagnosis &diagnosis);

private:
    // This console's CA and a session certificate for the status, when it has them; a problem
    // is said on standard error and the diagnosis goes on without them.
    void loadIdentity(const QString &serverName, DiagnosisSettings &settings);

    QTextStream m_err { stderr };
};
