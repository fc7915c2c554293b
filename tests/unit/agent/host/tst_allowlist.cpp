#include "host/agentconfig.h"
#include "host/allowlist.h"
#include "ownnamespaces.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkInterface>
#include <QTemporaryDir>
#include <QtTest>

// The quarantine's allow list (issue 14, point 5): names become addresses before anything is
// cut, through the system's resolver. In a user, network and mount namespace of this test's
// own (entered in main()): its /etc/hosts is the test's, and with no route out a name that is
// not there fails at once instead of reaching any DNS server.
class TestAllowList : public QObject
{
    Q_OBJECT
public:
    QString namespaceFailure;

private slots:
    void initTestCase()
    {
        QVERIFY2(namespaceFailure.isEmpty(), qPrintable(namespaceFailure));
        QCOMPARE(QNetworkInterface::allInterfaces().size(), 1);
        QVERIFY(m_dir.isValid());
        QFile hosts(m_dir.filePath(QStringLiteral("hosts")));
        QVERIFY(hosts.open(QIODevice::WriteOnly));
        hosts.write("127.0.0.1 localhost\n198.18.0.5 updates.lab.test\n"
                    "fd00:198::5 updates.lab.test\n198.18.0.6 gateway.lab.test\n");
        hosts.close();
        const QString mounted = bindMount(hosts.fileName(), QStringLiteral("/etc/hosts"));
        QVERIFY2(mounted.isEmpty(), qPrintable(mounted));
    }

    void entriesAreAddressesOrHostNames_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<bool>("valid");
        QTest::newRow("IPv4") << QStringLiteral("198.18.0.5") << true;
        QTest::newRow("IPv6") << QStringLiteral("fd00:198::5") << true;
        QTest::newRow("name") << QStringLiteral("updates.lab.test") << true;
        QTest::newRow("one label") << QStringLiteral("gateway") << true;
        QTest::newRow("root dot") << QStringLiteral("updates.lab.test.") << true;
        QTest::newRow("an option") << QStringLiteral("-s") << false;
        QTest::newRow("leading hyphen label") << QStringLiteral("a.-b.test") << false;
        QTest::newRow("space") << QStringLiteral("a b") << false;
        QTest::newRow("shell") << QStringLiteral("a;reboot") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("label of 64") << QString(64, QLatin1Char('a')) << false;
        QTest::newRow("name of 254")
            << QString(QString(62, QLatin1Char('a')) + QLatin1Char('.')).repeated(4)
                + QStringLiteral("aa")
            << false;
    }
    void entriesAreAddressesOrHostNames()
    {
        QFETCH(QString, entry);
        QFETCH(bool, valid);
        QCOMPARE(AllowList::isValidEntry(entry), valid);
    }

    void theConfigurationRefusesAnEntryThatIsNeither()
    {
        const QByteArray base = R"({"listen": {"address": "0.0.0.0", "port": 21112},
            "stateDirectory": "s", "registration": {"server": "osm-hq"}, )";
        const Result<AgentConfig> good = parseAgentConfig(
            QByteArray(base + R"("quarantine": {"allow": ["updates.lab.test", "198.18.0.6"]}})"),
            QStringLiteral("/tmp"));
        QVERIFY2(good.ok(), qPrintable(good.error()));
        QCOMPARE(good->quarantineAllow,
                 QStringList({ QStringLiteral("updates.lab.test"), QStringLiteral("198.18.0.6") }));
        const Result<AgentConfig> bad = parseAgentConfig(
            QByteArray(base + R"x("quarantine": {"allow": ["ok.test", "$(reboot)"]}})x"),
            QStringLiteral("/tmp"));
        QCOMPARE(bad.error(),
                 QStringLiteral("quarantine.allow[1]: must be an IP address or a host name"));
        QCOMPARE(parseAgentConfig(QByteArray(base + R"("quarantine": {"deny": []}})"),
                                  QStringLiteral("/tmp"))
                     .error(),
                 QStringLiteral("quarantine.deny: unknown key"));
    }

    void namesResolveThroughTheSystemsResolver()
    {
        const Result<QList<QHostAddress>> resolved = AllowList::resolve(
            { QStringLiteral("198.18.0.9"), QStringLiteral("updates.lab.test"),
              QStringLiteral("gateway.lab.test"), QStringLiteral("198.18.0.6") });
        QVERIFY2(resolved.ok(), qPrintable(resolved.error()));
        // Each address once; the resolver orders a name's IPv4 and IPv6 answers itself.
        QCOMPARE(resolved->size(), 4);
        for (const char *address : { "198.18.0.9", "198.18.0.5", "fd00:198::5", "198.18.0.6" })
            QVERIFY2(resolved->contains(QHostAddress(QString::fromLatin1(address))), address);
        QCOMPARE(resolved->first(), QHostAddress(QStringLiteral("198.18.0.9")));
    }

    void aNameThatDoesNotResolveFailsNamingIt()
    {
        const Result<QList<QHostAddress>> resolved = AllowList::resolve(
            { QStringLiteral("updates.lab.test"), QStringLiteral("nowhere.lab.test") });
        QVERIFY(!resolved.ok());
        QCOMPARE(resolved.error(),
                 QStringLiteral("the allow-list name nowhere.lab.test does not resolve to any "
                                "address"));
    }

    // A resolver that hangs does not hold the agent: the lookups have a budget.
    void aStuckResolverIsStoppedWithinTheBudget()
    {
        const QString bin = m_dir.filePath(QStringLiteral("bin"));
        QVERIFY(QDir().mkpath(bin));
        QFile getent(bin + QStringLiteral("/getent"));
        QVERIFY(getent.open(QIODevice::WriteOnly));
        getent.write("#!/bin/sh\nexec sleep 30\n");
        getent.close();
        QVERIFY(getent.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", bin.toLocal8Bit() + ':' + path);
        QElapsedTimer timer;
        timer.start();
        const Result<QList<QHostAddress>> resolved
            = AllowList::resolve({ QStringLiteral("updates.lab.test") }, 500);
        qputenv("PATH", path);
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(!resolved.ok());
        QVERIFY2(resolved.error().startsWith(
                     QStringLiteral("the allow-list name updates.lab.test cannot be looked up: "
                                    "getent ahosts -- updates.lab.test did not finish within")),
                 qPrintable(resolved.error()));
    }

private:
    QTemporaryDir m_dir;
};

int main(int argc, char *argv[])
{
    const QString failure = enterOwnNamespaces(CLONE_NEWNET | CLONE_NEWNS);
    QCoreApplication app(argc, argv);
    TestAllowList test;
    test.namespaceFailure = failure;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_allowlist.moc"
