#include "errorwords.h"
#include "store/database.h"
#include "store/querystore.h"
#include "testenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

// osmgmt-cli results against a real SQLite store written by QueryStore: every criterion of the
// advanced search, both formats (CSV read back by Python's csv module), "last", and the exit
// codes of docs/cli.md.
class TestCliResults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void searches_data();
    void searches();
    void lastIsTheNewestQuery();
    void csvSurvivesPythonsReader();
    void refusals_data();
    void refusals();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    Run runCli(const QStringList &arguments);
    QStringList addresses(const QByteArray &json);

    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_first = 0;
    qint64 m_second = 0;
};

namespace {
Endpoint make(const QString &address, const QString &name, SecurityStatus status,
              const QString &server = {}, const QString &adPath = {})
{
    Endpoint e;
    e.address = address;
    e.name = name;
    e.status = status;
    e.server = server;
    e.adPath = adPath;
    e.gate = GateResult::Connected;
    e.detail = QStringLiteral("sample");
    if (!server.isEmpty())
        e.ports = { PortObservation { 21112, PortOutcome::Agent, {} } };
    return e;
}
} // namespace

void TestCliResults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("results.sqlite"));
    auto database = Database::openSqlite(m_db);
    QVERIFY2(database.ok(), qPrintable(database.error()));
    QueryStore store(database.value());
    const QDateTime start = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    const auto first = store.beginQuery("{}", QStringLiteral("osm-hq"), 10, start);
    QVERIFY(first.ok());
    m_first = first.value();
    const QString finance = QStringLiteral("OU=Finance,DC=corp,DC=example");
    const QVector<Endpoint> endpoints = {
        make(QStringLiteral("10.0.0.10"), QStringLiteral("PC-Finance-01"),
             SecurityStatus::ManagedByAnotherServer, QStringLiteral("osm-branch"),
             QStringLiteral("CN=PC-Finance-01,") + finance),
        make(QStringLiteral("10.0.0.9"), QStringLiteral("pc-finance-02"),
             SecurityStatus::Unreachable, {}, QStringLiteral("CN=pc-finance-02,") + finance),
        make(QStringLiteral("10.0.1.1"), QStringLiteral("経理部-端末01"),
             SecurityStatus::NoClientInstalled),
        make(QStringLiteral("10.0.1.2"), QStringLiteral("=cmd|' /C calc'!A0"),
             SecurityStatus::NoClientInstalled),
        make(QStringLiteral("10.0.1.3"), QStringLiteral("Smith, \"J\"\nlaptop"),
             SecurityStatus::Unreachable),
        make(QStringLiteral("fd00:1::5"), QStringLiteral("v6-host"),
             SecurityStatus::ManagedByThisServer, QStringLiteral("osm-hq")),
        make(QStringLiteral("fd00:1::1:5"), QStringLiteral("v6-far"), SecurityStatus::Unreachable),
        make(QStringLiteral("192.168.7.7"), QStringLiteral("PC-Sales-01"),
             SecurityStatus::ManagedByAnotherServer, QStringLiteral("OSM-Branch"),
             QStringLiteral("CN=PC-Sales-01,OU=Sales,DC=corp,DC=example")),
    };
    QVERIFY(store.appendEndpoints(m_first, endpoints).error().isEmpty());
    QVERIFY(store.finishQuery(m_first, QueryState::Completed, start.addSecs(60)).error().isEmpty());
    const auto second = store.beginQuery("{}", QStringLiteral("osm-hq"), 1, start.addDays(1));
    QVERIFY(second.ok());
    m_second = second.value();
    QVERIFY(store
                .appendEndpoints(m_second,
                                 { make(QStringLiteral("10.9.9.9"), QStringLiteral("newest"),
                                        SecurityStatus::Unreachable) })
                .error()
                .isEmpty());
}

TestCliResults::Run TestCliResults::runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(TestEnvironment::cliProgram(), arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

QStringList TestCliResults::addresses(const QByteArray &json)
{
    QStringList result;
    for (const QJsonValue &value : QJsonDocument::fromJson(json).array())
        result << value[QLatin1String("address")].toString();
    return result;
}

void TestCliResults::searches_data()
{
    QTest::addColumn<QStringList>("criteria");
    QTest::addColumn<QStringList>("expected");
    const auto list = [](std::initializer_list<const char *> items) { return words(items); };
    QTest::newRow("everything, address order")
        << QStringList()
        << list({ "10.0.0.9", "10.0.0.10", "10.0.1.1", "10.0.1.2", "10.0.1.3", "192.168.7.7",
                  "fd00:1::5", "fd00:1::1:5" });
    // The manual: an incomplete name returns nothing without the wildcard.
    QTest::newRow("incomplete name") << list({ "--name", "pc-finance" }) << QStringList();
    QTest::newRow("whole name any case")
        << list({ "--name", "PC-FINANCE-02" }) << list({ "10.0.0.9" });
    QTest::newRow("wildcard") << list({ "--name", "pc-fin*" }) << list({ "10.0.0.9", "10.0.0.10" });
    QTest::newRow("japanese") << list({ "--name", "経理部*" }) << list({ "10.0.1.1" });
    // --search: the console's quick search box, a name or an address.
    QTest::newRow("search address") << list({ "--search", "10.0.0.9" }) << list({ "10.0.0.9" });
    QTest::newRow("search address wildcard")
        << list({ "--search", "10.0.1.*" }) << list({ "10.0.1.1", "10.0.1.2", "10.0.1.3" });
    QTest::newRow("search ipv6 address")
        << list({ "--search", "FD00:1::1:5" }) << list({ "fd00:1::1:5" });
    QTest::newRow("search whole name") << list({ "--search", "v6-HOST" }) << list({ "fd00:1::5" });
    // No whole name is "finance": the names that contain it (and a note on standard error).
    QTest::newRow("search inside names")
        << list({ "--search", "finance" }) << list({ "10.0.0.9", "10.0.0.10" });
    QTest::newRow("status repeated")
        << list({ "--status", "unreachable", "--status", "no-client-installed" })
        << list({ "10.0.0.9", "10.0.1.1", "10.0.1.2", "10.0.1.3", "fd00:1::1:5" });
    QTest::newRow("ipv4 range") << list({ "--ipv4-range", "10.0.0.0/24" })
                                << list({ "10.0.0.9", "10.0.0.10" });
    QTest::newRow("ipv6 prefix") << list({ "--ipv6-prefix", "fd00:1::/112" })
                                 << list({ "fd00:1::5" });
    QTest::newRow("server") << list({ "--server", "osm-branch" })
                            << list({ "10.0.0.10", "192.168.7.7" });
    QTest::newRow("ad tree") << list({ "--ad-tree", "ou=finance, dc=corp,dc=example" })
                             << list({ "10.0.0.9", "10.0.0.10" });
    QTest::newRow("combined") << list({ "--ad-tree", "DC=corp,DC=example", "--status",
                                        "managed-by-another-server", "--name", "*sales*" })
                              << list({ "192.168.7.7" });
}

void TestCliResults::searches()
{
    QFETCH(QStringList, criteria);
    QFETCH(QStringList, expected);
    const Run run = runCli(QStringList { QStringLiteral("results"), QStringLiteral("--db"), m_db,
                                         QStringLiteral("--query-id"), QString::number(m_first) }
                           + criteria);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(addresses(run.out), expected);
    const bool inside = QByteArray(QTest::currentDataTag()) == "search inside names";
    QCOMPARE(run.err.contains(QStringLiteral("no computer is named finance; 2 name(s) contain it")),
             inside);
}

void TestCliResults::lastIsTheNewestQuery()
{
    const Run run = runCli({ QStringLiteral("results"), QStringLiteral("--db"), m_db,
                             QStringLiteral("--query-id"), QStringLiteral("last") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(addresses(run.out), QStringList { QStringLiteral("10.9.9.9") });
}

void TestCliResults::csvSurvivesPythonsReader()
{
    const QString path = m_dir.filePath(QStringLiteral("out.csv"));
    const Run run = runCli({ QStringLiteral("results"), QStringLiteral("--db"), m_db,
                             QStringLiteral("--query-id"), QString::number(m_first),
                             QStringLiteral("--format"), QStringLiteral("csv"),
                             QStringLiteral("--out"), path });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // Python's csv module, a reader written by others, gives back every name: commas, quotes, a
    // new line and Japanese intact, the formula behind its neutralising quote.
    QProcess python;
    python.start(QStringLiteral("python3"),
                 { QStringLiteral("-c"),
                   QStringLiteral("import csv, json, sys\n"
                                  "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
                                  "    rows = list(csv.reader(f, strict=True))\n"
                                  "print(json.dumps([r[0] for r in rows]))\n"),
                   path });
    QVERIFY(python.waitForFinished(30000));
    QCOMPARE(python.exitCode(), 0);
    const QJsonArray names = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    QStringList got;
    for (const QJsonValue &name : names)
        got << name.toString();
    QCOMPARE(got.size(), 9);
    QCOMPARE(got.first(), QStringLiteral("Name"));
    QVERIFY(got.contains(QStringLiteral("経理部-端末01")));
    QVERIFY(got.contains(QStringLiteral("Smith, \"J\"\nlaptop")));
    QVERIFY(got.contains(QStringLiteral("'=cmd|' /C calc'!A0")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(3) == QByteArray("\xEF\xBB\xBF"));
}

void TestCliResults::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("bad range") << words({ "--query-id", "1", "--ipv4-range", "10.0.0.300" }) << 2
                               << words({ "--ipv4-range", "10.0.0.300" });
    QTest::newRow("short prefix") << words({ "--query-id", "1", "--ipv6-prefix", "fd00::/64" }) << 2
                                  << words({ "--ipv6-prefix", "112" });
    QTest::newRow("bad status") << words({ "--query-id", "1", "--status", "safe" }) << 2
                                << words({ "\"safe\"", "unreachable" });
    QTest::newRow("bad dn") << words({ "--query-id", "1", "--ad-tree", "Finance" }) << 2
                            << words({ "--ad-tree", "type=value" });
    QTest::newRow("empty name") << words({ "--query-id", "1", "--name", " " }) << 2
                                << words({ "--name", "empty" });
    QTest::newRow("no query id") << QStringList() << 2 << words({ "--query-id" });
    QTest::newRow("bad query id") << words({ "--query-id", "first" }) << 2
                                  << words({ "\"first\"" });
    QTest::newRow("bad format") << words({ "--query-id", "1", "--format", "xml" }) << 2
                                << words({ "xml" });
    QTest::newRow("no such query") << words({ "--query-id", "999" }) << 3 << words({ "999" });
}

void TestCliResults::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, mentions);
    const Run run = runCli(QStringList { QStringLiteral("results"), QStringLiteral("--db"), m_db }
                           + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(run.out.isEmpty());
    QVERIFY_MENTIONS(run.err, mentions);

    const QString missing = m_dir.filePath(QStringLiteral("missing.sqlite"));
    const Run none = runCli({ QStringLiteral("results"), QStringLiteral("--db"), missing,
                              QStringLiteral("--query-id"), QStringLiteral("last") });
    QCOMPARE(none.exitCode, 3);
    QVERIFY(!QFile::exists(missing));
}

QTEST_GUILESS_MAIN(TestCliResults)
#include "tst_cliresults.moc"
