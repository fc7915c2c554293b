#include "host/hostcommand.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
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
    if (!environment.isEmpty()) {
        QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
        for (const QString &variable : environment)
            variables.insert(variable.section(QLatin1Char('='), 0, 0),
                             variable.section(QLatin1Char('='), 1));
        process.setProcessEnvironment(variables);
    }
    const QDeadlineTimer deadline(timeoutMs);
    process.start(program, arguments);
    if (!process.waitForStarted(timeoutMs)) {
        outcome.failure = tr("cannot run %1: %2").arg(program, process.errorString());
        return outcome;
    }
    outcome.started = true;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    // Read as it comes, so that a program printing without end is stopped at the limit
    // instead of filling the agent's memory.
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        const int remaining = int(qMax<qint64>(1, deadline.remainingTime()));
        // False at once when the program closed its output but runs on: wait for its end.
        if (!process.waitForReadyRead(remaining) && process.state() != QProcess::NotRunning)
            process.waitForFinished(int(qMax<qint64>(1, deadline.remainingTime())));
        outcome.output += process.readAllStandardOutput();
        outcome.errorOutput += process.readAllStandardError();
        if (outcome.output.size() + outcome.errorOutput.size() > maxOutputBytes)
            break;
    }
    if (process.state() != QProcess::NotRunning) {
        const bool tooMuch = outcome.output.size() + outcome.errorOutput.size() > maxOutputBytes;
        process.kill();
        process.waitForFinished(1000);
        outcome.output.clear();
        outcome.errorOutput.clear();
        outcome.failure = tooMuch
            ? tr("%1 printed more than %2 bytes: stopped").arg(commandLine()).arg(maxOutputBytes)
            : tr("%1 did not finish within %2 s").arg(commandLine()).arg(timeoutMs / 1000);
        return outcome;
    }
    outcome.output += process.readAllStandardOutput();
    outcome.errorOutput += process.readAllStandardError();
    if (outcome.output.size() + outcome.errorOutput.size() > maxOutputBytes) {
        outcome.output.clear();
        outcome.errorOutput.clear();
        outcome.failure
            = tr("%1 printed more than %2 bytes: stopped").arg(commandLine()).arg(maxOutputBytes);
        return outcome;
    }
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
