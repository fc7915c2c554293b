#include "auditcommand.h"

#include "commandline.h"

#include "store/auditlog.h"

#include <QTextStream>

namespace {

// Text from the database is data: control characters (an escape sequence planted in a user
// name) never reach the terminal as such.
QString printable(const QString &text)
{
    QString safe = text;
    for (QChar &c : safe) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QLatin1Char('?');
    }
    return safe;
}

QString helpText()
{
    return AuditCommand::tr(
        "Usage: osmgmt-cli audit verify [--db FILE | --db-url URL [--db-password-stdin]]\n"
        "\n"
        "Checks that no entry of the audit log was changed, removed or inserted since it was\n"
        "written (each entry carries the hash of the one before), and lists the commands whose\n"
        "outcome was never recorded (an interrupted console).\n"
        "Exit codes: 0 intact, 1 broken or unreadable, 2 bad usage, 3 no such database.\n");
}

} // namespace

int AuditCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    const CommandErrors errors(QStringLiteral("audit"));
    CommandLine line(QString(), {}, tr("The database whose audit log to check."));
    line.addPositional(QStringLiteral("verify"), tr("Check the audit log."));
    const Result<bool> help = line.parse(arguments);
    if (!help)
        return errors.fail(2, help.error());
    if (help.value()) {
        out << helpText();
        return 0;
    }
    if (line.positionalArguments() != QStringList { QStringLiteral("verify") })
        return errors.fail(2, tr("say what to do: osmgmt-cli audit verify"));
    const Result<OpenedStore, int> store = openExistingStore(line, errors, 1);
    if (!store)
        return store.error();
    const Result<AuditVerification> verified = AuditLog(store->database).verify();
    if (!verified)
        return errors.fail(1, verified.error());

    out << tr("audit log: %1 entries, %2 of them written before the hash chain began")
               .arg(verified->entries)
               .arg(verified->preChainEntries)
        << '\n';
    if (verified->entries > 0)
        out << tr("newest: entry %1, hash %2").arg(verified->headId).arg(verified->headHash)
            << '\n';
    for (const AuditEntry &intent : verified->openIntents)
        out << tr("open intent: entry %1, %2 by %3, %4 on %n computer(s): its outcome was never "
                  "recorded",
                  nullptr, int(intent.targets.size()))
                   .arg(intent.id)
                   .arg(intent.at.toString(Qt::ISODateWithMs), printable(intent.osUser),
                        printable(intent.action))
            << '\n';
    for (const AuditChainProblem &problem : verified->problems)
        out << tr("broken: %1").arg(problem.problem) << '\n';
    if (!verified->intact()) {
        out.flush();
        return errors.fail(1,
                           tr("the audit log was changed after it was written (%n break(s))",
                              nullptr, int(verified->problems.size())));
    }
    out << tr("intact: every entry follows the one before it") << '\n';
    return 0;
}
