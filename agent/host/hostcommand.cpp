#include "host/hostcommand.h"

#include <QCoreApplication>
#include <QProcess>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("HostCommand", text);
}

QString lastLine(const QByteArray &text)
{
    const QList<QByteArray> lines = text.trimmed().split('\n');
    return QString::fromLocal8Bit(lines.last()).trimmed();
}
} // namespace

QString HostCommand::Outcome::reason() const
{
    if (!failure.isEmpty())
        return failure;
    QString words = lastLine(errorOutput);
    if (words.isEmpty())
        words = lastLine(output);
    if (words.isEmpty())
        words = tr("exit status %1").arg(exitCode);
    return words;
}

HostCommand::Outcome HostCommand::run() const
{
    Outcome outcome;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(timeoutMs)) {
        outcome.failure = tr("cannot run %1: %2").arg(program, process.errorString());
        return outcome;
    }
    outcome.started = true;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        outcome.failure
            = tr("%1 did not finish within %2 s").arg(commandLine()).arg(timeoutMs / 1000);
        return outcome;
    }
    outcome.output = process.readAllStandardOutput();
    outcome.errorOutput = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit) {
        outcome.failure = tr("%1 crashed").arg(commandLine());
        return outcome;
    }
    outcome.ran = true;
    outcome.exitCode = process.exitCode();
    return outcome;
}

QString HostCommand::commandLine() const
{
    return QStringList(QStringList { program } + arguments).join(QLatin1Char(' '));
}
