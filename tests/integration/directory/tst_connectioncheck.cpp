#include "directory/connectioncheck.h"
#include "directory/directorysession.h"
#include "errorwords.h"
#include "samba.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

// Test connection, step by step, against the Samba lab's DC: what worked, what did not, and
// nothing tried after the first failure.
class TestConnectionCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passesEveryStep_data();
    void passesEveryStep();
    void stopsAtTheBind();
    void stopsAtTls();
    void stopsWhenNothingListens();
    void stopsAtAMissingBase();
    void sendsNothingWithoutAPassword();
    void runsOnTheWorker();

private:
    using Outcome = ConnectionStep::Outcome;
    // The outcomes in order, as one string: "PPPF--" (Passed, Failed, NotTried).
    static QString outcomes(const QVector<ConnectionStep> &steps);
    static QString describe(const QVector<ConnectionStep> &steps);

    SambaLab m_lab;
};

void TestConnectionCheck::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString error = SambaLab::load(m_lab);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QString TestConnectionCheck::outcomes(const QVector<ConnectionStep> &steps)
{
    QString result;
    for (const ConnectionStep &step : steps)
        result += step.outcome == Outcome::Passed ? QLatin1Char('P')
            : step.outcome == Outcome::Failed     ? QLatin1Char('F')
                                                  : QLatin1Char('-');
    return result;
}

QString TestConnectionCheck::describe(const QVector<ConnectionStep> &steps)
{
    QStringList lines;
    for (const ConnectionStep &step : steps)
        lines.append(step.title + QStringLiteral(": ") + step.detail);
    return lines.join(QLatin1Char('\n'));
}

void TestConnectionCheck::passesEveryStep_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("tls");
    QTest::newRow("ldaps") << QStringLiteral("ldaps") << QStringLiteral("TLS (ldaps)");
    QTest::newRow("StartTLS") << QStringLiteral("ldap") << QStringLiteral("TLS (StartTLS)");
}

void TestConnectionCheck::passesEveryStep()
{
    QFETCH(QString, scheme);
    QFETCH(QString, tls);
    const ActiveDirectoryConnection connection = m_lab.connection(qPrintable(scheme));
    ConnectionCheck check(connection, m_lab.password);
    const QVector<ConnectionStep> steps = check.run();
    QVERIFY2(ConnectionCheck::allPassed(steps), qPrintable(describe(steps)));
    QCOMPARE(steps.size(), 6);
    QCOMPARE(check.base(), m_lab.domainDn);

    const QString port
        = scheme == QLatin1String("ldaps") ? QStringLiteral("636") : QStringLiteral("389");
    QCOMPARE(steps.at(1).title, QStringLiteral("Server reachable (%1:%2)").arg(m_lab.host, port));
    QVERIFY_MENTIONS(steps.at(1).detail, words({ "127.0.0.1:", "accepts connections" }));
    QCOMPARE(steps.at(2).title, tls);
    const QStringList verified = words({ "certificate verified against", "TLS1." }) << m_lab.caFile;
    QVERIFY_MENTIONS(steps.at(2).detail, verified);
    QCOMPARE(steps.at(3).title, QStringLiteral("Bind as ") + connection.bindUser);
    QVERIFY_MENTIONS(steps.at(4).detail, QStringList { m_lab.domainDn });
    // The lab holds 2,000 computers: more than the one page counted.
    QVERIFY_MENTIONS(steps.at(5).detail, words({ "at least 1,000 computers" }));
}

void TestConnectionCheck::stopsAtTheBind()
{
    ConnectionCheck check(m_lab.connection(), QStringLiteral("not the password"));
    const QVector<ConnectionStep> steps = check.run();
    QCOMPARE(outcomes(steps), QStringLiteral("PPPF--"));
    QVERIFY_MENTIONS(
        steps.at(3).detail,
        words({ "refused the credentials", "wrong user name or password", "data 52e" }));
    QVERIFY(steps.at(4).detail.isEmpty());
    QVERIFY(check.base().isEmpty());
}

void TestConnectionCheck::stopsAtTls()
{
    for (const char *scheme : { "ldaps", "ldap" }) {
        ActiveDirectoryConnection connection = m_lab.connection(scheme);
        // A CA that did not sign the DC's certificate.
        connection.caFile = QStringLiteral("/etc/ssl/certs/ca-certificates.crt");
        const QVector<ConnectionStep> steps = ConnectionCheck(connection, m_lab.password).run();
        QVERIFY2(outcomes(steps) == QStringLiteral("PPF---"), qPrintable(describe(steps)));
        QVERIFY_MENTIONS(steps.at(2).detail, words({ "TLS", "certificate" }));
    }
}

void TestConnectionCheck::stopsWhenNothingListens()
{
    // A loopback port nobody listens on: taken, then given back.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close();
    ActiveDirectoryConnection connection = m_lab.connection();
    connection.url = QStringLiteral("ldaps://%1:%2").arg(m_lab.host).arg(port);
    const QVector<ConnectionStep> steps = ConnectionCheck(connection, m_lab.password).run();
    QCOMPARE(outcomes(steps), QStringLiteral("PF----"));
    const QStringList refused = words({ "connection refused", "nothing listens" })
        << QStringLiteral("127.0.0.1:%1").arg(port);
    QVERIFY_MENTIONS(steps.at(1).detail, refused);
}

void TestConnectionCheck::stopsAtAMissingBase()
{
    ActiveDirectoryConnection connection = m_lab.connection();
    connection.baseDn = QStringLiteral("OU=Nowhere,") + m_lab.domainDn;
    const QVector<ConnectionStep> steps = ConnectionCheck(connection, m_lab.password).run();
    QVERIFY2(outcomes(steps) == QStringLiteral("PPPPF-"), qPrintable(describe(steps)));
    QVERIFY_MENTIONS(steps.at(4).detail, QStringList { QStringLiteral("OU=Nowhere") });
}

void TestConnectionCheck::sendsNothingWithoutAPassword()
{
    const QVector<ConnectionStep> steps = ConnectionCheck(m_lab.connection(), QString()).run();
    QCOMPARE(outcomes(steps), QStringLiteral("F-----"));
    QVERIFY_MENTIONS(steps.at(0).detail, words({ "no password", "keychain" }));
}

void TestConnectionCheck::runsOnTheWorker()
{
    DirectorySession session;
    QSignalSpy checked(session.reader(), &DirectoryReader::connectionChecked);
    const quint64 id = session.checkConnection(m_lab.connection(), m_lab.password);
    QVERIFY(checked.wait(30000));
    QCOMPARE(checked.at(0).at(0).toULongLong(), id);
    const auto steps = checked.at(0).at(1).value<QVector<ConnectionStep>>();
    QVERIFY2(ConnectionCheck::allPassed(steps), qPrintable(describe(steps)));
    QCOMPARE(checked.at(0).at(2).toString(), m_lab.domainDn);
}

QTEST_MAIN(TestConnectionCheck)
#include "tst_connectioncheck.moc"
