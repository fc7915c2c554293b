#include "host/hostcommand.h"

#include <QElapsedTimer>
#include <QtTest>

// The programs the real agent runs are bounded in time and in output, and get their
// arguments as argv: real programs, run here.
class TestHostCommand : public QObject
{
    Q_OBJECT

private slots:
    void argumentsArriveWhole()
    {
        const QString hostile = QStringLiteral("a'; echo pwned; $(id) `id` \"b");
        const HostCommand::Outcome outcome
            = HostCommand { QStringLiteral("printf"), { QStringLiteral("[%s]"), hostile } }.run();
        QVERIFY(outcome.succeeded());
        QCOMPARE(QString::fromUtf8(outcome.output), QLatin1Char('[') + hostile + QLatin1Char(']'));
    }

    void inputAndEnvironmentReachTheProgram()
    {
        HostCommand env { QStringLiteral("env"), {} };
        env.environment = { QStringLiteral("OSMGMT_PROBE=a=b c") };
        const HostCommand::Outcome outcome = env.run();
        QVERIFY(outcome.succeeded());
        QVERIFY(outcome.output.split('\n').contains("OSMGMT_PROBE=a=b c"));
        const HostCommand::Outcome cat
            = HostCommand { QStringLiteral("cat"), {}, QByteArray("line\n") }.run();
        QCOMPARE(cat.output, QByteArray("line\n"));
    }

    void aProgramThatPrintsWithoutEndIsStopped()
    {
        HostCommand yes { QStringLiteral("yes"), { QStringLiteral("CVE-2026-0001") } };
        yes.maxOutputBytes = 256 * 1024;
        QElapsedTimer timer;
        timer.start();
        const HostCommand::Outcome outcome = yes.run();
        QVERIFY(timer.elapsed() < yes.timeoutMs);
        QVERIFY(!outcome.succeeded());
        QVERIFY(outcome.output.isEmpty());
        QCOMPARE(outcome.reason(),
                 QStringLiteral("yes CVE-2026-0001 printed more than 262144 bytes: stopped"));
    }

    void aProgramThatHangsIsStopped()
    {
        HostCommand sleep { QStringLiteral("sleep"), { QStringLiteral("30") } };
        sleep.timeoutMs = 300;
        QElapsedTimer timer;
        timer.start();
        const HostCommand::Outcome outcome = sleep.run();
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(outcome.started && !outcome.ran);
        QCOMPARE(outcome.reason(), QStringLiteral("sleep 30 did not finish within 0 s"));
        // Output closed early, the program still running: waited for, not spun on.
        HostCommand quiet { QStringLiteral("sh"),
                            { QStringLiteral("-c"), QStringLiteral("exec >&- 2>&-; sleep 1") } };
        QVERIFY(quiet.run().succeeded());
    }

    void failuresSayWhy()
    {
        const HostCommand::Outcome missing
            = HostCommand { QStringLiteral("osmgmt-no-such-program"), {} }.run();
        QVERIFY(!missing.started);
        QVERIFY2(missing.reason().startsWith(QStringLiteral("cannot run osmgmt-no-such-program")),
                 qPrintable(missing.reason()));
        const HostCommand::Outcome failed = HostCommand {
            QStringLiteral("sh"), { QStringLiteral("-c"), QStringLiteral("echo why >&2; exit 3") }
        }.run();
        QCOMPARE(failed.exitCode, 3);
        QCOMPARE(failed.reason(), QStringLiteral("why"));
    }
};

QTEST_GUILESS_MAIN(TestHostCommand)
#include "tst_hostcommand.moc"
