#include "activedirectorysession.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

// ActiveDirectorySession without a domain controller: what it answers when the server cannot be
// reached, in words, tagged with the request it answers. (tests/gui/scope drives it against the
// Samba lab.) The only traffic is one refused connection on loopback.
class TestActiveDirectorySession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void saysWhyItCannotConnect();
    void testsTheConnectionStepByStep();

private:
    ActiveDirectoryConnection unreachable() const;

    quint16 m_closedPort = 0;
};

void TestActiveDirectorySession::initTestCase()
{
    // A port nothing listens on: bound and released, so a connection to it is refused.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    m_closedPort = probe.serverPort();
    probe.close();
}

ActiveDirectoryConnection TestActiveDirectorySession::unreachable() const
{
    ActiveDirectoryConnection connection;
    connection.url = QStringLiteral("ldap://127.0.0.1:%1").arg(m_closedPort);
    connection.bindUser = QStringLiteral("admin@corp.example");
    connection.verifyCertificate = true;
    connection.queryTimeoutS = 5;
    return connection;
}

void TestActiveDirectorySession::saysWhyItCannotConnect()
{
    ActiveDirectorySession session;
    QSignalSpy connected(&session, &ActiveDirectorySession::connected);
    QSignalSpy failed(&session, &ActiveDirectorySession::failed);
    const quint64 id = session.open(unreachable(), QStringLiteral("secret"));
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.at(0).at(0).value<quint64>(), id);
    QVERIFY(!failed.at(0).at(1).toString().isEmpty());
    QVERIFY(!failed.at(0).at(1).toString().contains(QLatin1String("secret")));
    QCOMPARE(connected.size(), 0);
}

void TestActiveDirectorySession::testsTheConnectionStepByStep()
{
    ActiveDirectorySession session;
    QSignalSpy checked(&session, &ActiveDirectorySession::connectionChecked);
    const quint64 id = session.checkConnection(unreachable(), QStringLiteral("secret"));
    QVERIFY(checked.wait(20000));
    QCOMPARE(checked.at(0).at(0).value<quint64>(), id);
    const auto steps = checked.at(0).at(1).value<QVector<ConnectionStep>>();
    QVERIFY(!steps.isEmpty());
    QCOMPARE(checked.at(0).at(2).toBool(), false); // not bound
    QCOMPARE(checked.at(0).at(3).toBool(), false); // not usable
    bool failedOne = false;
    for (const ConnectionStep &step : steps) {
        QVERIFY(step.kind != ConnectionStep::Kind::Bind
                || step.outcome != ConnectionStep::Outcome::Passed);
        failedOne = failedOne || step.outcome == ConnectionStep::Outcome::Failed;
    }
    QVERIFY(failedOne);
}

QTEST_GUILESS_MAIN(TestActiveDirectorySession)
#include "tst_activedirectorysession.moc"
