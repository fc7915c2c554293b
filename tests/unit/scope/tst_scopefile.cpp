#include "scope/scopefile.h"
#include "settings/settings.h"

#include <QSettings>
#include <QStandardPaths>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

namespace {

// The scope of the issue, as an administrator would type it.
const char exampleJson[] = R"({ "ipv4Ranges": ["127.20.0.1-127.20.0.200", "127.21.0.0/24"],
  "ipv6Prefixes": ["fd00:1::/120"],
  "ports": [21112],
  "unreachableCheck": { "enabled": true, "port": 135 },
  "activeDirectory": { "onDemand": true, "objects": [] },
  "timeoutMs": 1500 })";

// What scopeToJson() writes for it: the layout docs/scope-format.md shows.
const char exampleWritten[] = R"({
    "ipScopeEnabled": true,
    "ipv4Ranges": [
        "127.20.0.1-127.20.0.200",
        "127.21.0.0/24"
    ],
    "ipv6Prefixes": [
        "fd00:1::/120"
    ],
    "ports": [
        21112
    ],
    "unreachableCheck": {
        "enabled": true,
        "port": 135
    },
    "activeDirectory": {
        "onDemand": true,
        "objects": []
    },
    "timeoutMs": 1500
}
)";

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

Scope loopbackScope()
{
    Scope scope;
    scope.ipv4Ranges = { *Ipv4Range::parse(QStringLiteral("127.30.0.1-127.30.0.9")),
                         *Ipv4Range::parse(QStringLiteral("127.31.0.0/28")) };
    scope.ipv6Prefixes = { *Ipv6Prefix::parse(QStringLiteral("::1/128")) };
    scope.ports = *PortList::fromNumbers({ 21112, 4343 });
    scope.unreachableCheck = UnreachableCheck { false, 445 };
    scope.activeDirectory.onDemand = false;
    scope.activeDirectory.objects = { QStringLiteral("OU=Lab \"A\",DC=example,DC=test"),
                                      QString::fromUtf8("CN=\u958b\u767a,DC=example,DC=test") };
    scope.timeoutMs = 800;
    return scope;
}

} // namespace

class TestScopeFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsTheExample();
    void writesTheExampleInOrder();
    void roundTripsEverySetting();
    void takesDefaultsForMissingKeys();
    void ignoresUnknownKeys();
    void refusesBadScopes_data();
    void refusesBadScopes();
    void acceptsTimeoutLimits();
    void savesAndLoads();
    void loadNamesThePath();
    void loadLeavesTheFileAlone();
    void refusesToSaveWhatCannotLoad();
    void failedSaveKeepsTheOldFile_data();
    void failedSaveKeepsTheOldFile();
    void countsAddresses();
    void validatesForQuery();
    void refusesTooManyPorts();
    void refusesTooManyAddresses();
    void theSettingRaisesTheAddressLimit();
    void refusesALargeFileBeforeReadingIt();
    void refusesAnEndlessFile();
};

void TestScopeFile::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestScopeFile::readsTheExample()
{
    const Result<Scope> scope = scopeFromJson(exampleJson);
    QVERIFY2(scope.ok(), qPrintable(scope.error()));
    QCOMPARE(scope->ipv4Ranges.size(), 2);
    QCOMPARE(scope->ipv4Ranges[0].toString(), QStringLiteral("127.20.0.1-127.20.0.200"));
    QCOMPARE(scope->ipv4Ranges[1].toString(), QStringLiteral("127.21.0.0/24"));
    QCOMPARE(scope->ipv6Prefixes.size(), 1);
    QCOMPARE(scope->ipv6Prefixes[0].toString(), QStringLiteral("fd00:1::/120"));
    QCOMPARE(scope->ports.ports(), QVector<quint16>({ 21112 }));
    QCOMPARE(scope->unreachableCheck, (UnreachableCheck { true, 135 }));
    QVERIFY(scope->activeDirectory.onDemand);
    QVERIFY(scope->activeDirectory.objects.isEmpty());
    QCOMPARE(scope->timeoutMs, 1500);
    QVERIFY(scope->ipScopeEnabled);
}

void TestScopeFile::writesTheExampleInOrder()
{
    const Result<Scope> scope = scopeFromJson(exampleJson);
    QVERIFY(scope.ok());
    const QByteArray written = scopeToJson(*scope);
    QCOMPARE(written, QByteArray(exampleWritten));
    const Result<Scope> again = scopeFromJson(written);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(*again, *scope);
    QCOMPARE(scopeToJson(*again), written);
}

void TestScopeFile::roundTripsEverySetting()
{
    const Scope scope = loopbackScope();
    const Result<Scope> again = scopeFromJson(scopeToJson(scope));
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again->activeDirectory.objects, scope.activeDirectory.objects);
    QCOMPARE(again->unreachableCheck, scope.unreachableCheck);
    QCOMPARE(*again, scope);
    QVERIFY(*again != Scope());

    // The IP scope switched off keeps its ranges for when it is switched on again.
    Scope off = scope;
    off.ipScopeEnabled = false;
    const QByteArray json = scopeToJson(off);
    QVERIFY(json.contains("\"ipScopeEnabled\": false"));
    const Result<Scope> offAgain = scopeFromJson(json);
    QVERIFY2(offAgain.ok(), qPrintable(offAgain.error()));
    QCOMPARE(*offAgain, off);
    QVERIFY(!offAgain->ipScopeEnabled);
    QCOMPARE(offAgain->ipv4Ranges, scope.ipv4Ranges);
    QVERIFY(*offAgain != scope);
}

void TestScopeFile::takesDefaultsForMissingKeys()
{
    const Result<Scope> scope = scopeFromJson("{}");
    QVERIFY2(scope.ok(), qPrintable(scope.error()));
    QCOMPARE(*scope, Scope());
    QVERIFY(scope->ipScopeEnabled);
    QVERIFY(scope->ipv4Ranges.isEmpty());
    QVERIFY(scope->ipv6Prefixes.isEmpty());
    QVERIFY(scope->ports.isEmpty());
    QCOMPARE(scope->unreachableCheck, (UnreachableCheck { true, 135 }));
    QVERIFY(scope->activeDirectory.onDemand);
    QCOMPARE(scope->timeoutMs, 1500);

    const Result<Scope> partial
        = scopeFromJson(R"({ "unreachableCheck": { "port": 445 }, "activeDirectory": {} })");
    QVERIFY2(partial.ok(), qPrintable(partial.error()));
    QCOMPARE(partial->unreachableCheck, (UnreachableCheck { true, 445 }));
    QCOMPARE(partial->activeDirectory, ActiveDirectoryScope());

    const Result<Scope> disabled = scopeFromJson(R"({ "unreachableCheck": { "enabled": false } })");
    QVERIFY(disabled.ok());
    QCOMPARE(disabled->unreachableCheck, (UnreachableCheck { false, 135 }));
}

void TestScopeFile::ignoresUnknownKeys()
{
    const Result<Scope> scope = scopeFromJson(R"({ "ports": [21112], "schedule": { "daily": true },
        "unreachableCheck": { "enabled": false, "retries": 3 }, "comment": null })");
    QVERIFY2(scope.ok(), qPrintable(scope.error()));
    QCOMPARE(scope->ports.ports(), QVector<quint16>({ 21112 }));
    QVERIFY(!scope->unreachableCheck.enabled);
}

void TestScopeFile::refusesBadScopes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    const auto row = [](const char *name, const char *json, const char *error) {
        QTest::newRow(name) << QByteArray(json) << QString::fromUtf8(error);
    };
    row("empty", "", "the scope is empty; it must be a JSON object");
    row("blank", " \n ", "the scope is empty; it must be a JSON object");
    row("cut short", R"({ "ports": [21112)", "not valid JSON at offset 17: ");
    row("trailing comma", R"({ "ports": [1], })", "not valid JSON at offset ");
    row("array", "[]", "the top level must be an object");
    row("string", R"("scope")", "not valid JSON at offset ");

    row("ip scope string", R"({ "ipScopeEnabled": "no" })", "ipScopeEnabled must be true or false");
    row("bad ipv4", R"({ "ipv4Ranges": ["127.0.0.1", "127.0.0.300"] })",
        R"(ipv4Ranges[1]: "127.0.0.300" is not an IPv4 address)");
    row("too large ipv4", R"({ "ipv4Ranges": ["10.0.0.0/15"] })",
        "ipv4Ranges[0]: 10.0.0.0/15 holds 131,072 addresses; a range may hold at most 65,536");
    row("ipv4 not an array", R"({ "ipv4Ranges": "127.0.0.1" })",
        "ipv4Ranges must be an array of strings");
    row("ipv4 null", R"({ "ipv4Ranges": null })", "ipv4Ranges must be an array of strings");
    row("ipv4 number", R"({ "ipv4Ranges": ["127.0.0.1", 2130706433] })",
        "ipv4Ranges[1] must be a string");

    row("bad ipv6", R"({ "ipv6Prefixes": ["fd00::/64"] })",
        "ipv6Prefixes[0]: IPv6 prefix length 64 is below 112");
    row("ipv6 without length", R"({ "ipv6Prefixes": ["::1/128", "fd00::1"] })",
        R"(ipv6Prefixes[1]: "fd00::1" has no prefix length (/112 to /128))");
    row("ipv6 object", R"({ "ipv6Prefixes": {} })", "ipv6Prefixes must be an array of strings");
    row("ipv6 bool", R"({ "ipv6Prefixes": [true] })", "ipv6Prefixes[0] must be a string");

    row("port 0", R"({ "ports": [0] })", "ports[0]: port 0 is out of range 1-65535");
    row("port 70000", R"({ "ports": [21112, 70000] })",
        "ports[1]: port 70000 is out of range 1-65535");
    row("negative port", R"({ "ports": [-1] })", "ports[0]: port -1 is out of range 1-65535");
    row("huge port", R"({ "ports": [1e300] })", "ports[0]: 1e+300 is out of range");
    row("repeated port", R"({ "ports": [21112, 80, 21112] })", "ports: port 21112 appears twice");
    row("port string", R"({ "ports": ["21112"] })", "ports[0] must be a number");
    row("port fraction", R"({ "ports": [80.5] })", "ports[0] must be a whole number, not 80.5");
    row("port null", R"({ "ports": [null] })", "ports[0] must be a number");
    row("ports not an array", R"({ "ports": 21112 })", "ports must be an array of port numbers");
    row("ports null", R"({ "ports": null })", "ports must be an array of port numbers");

    row("check not an object", R"({ "unreachableCheck": true })",
        "unreachableCheck must be an object");
    row("check enabled string", R"({ "unreachableCheck": { "enabled": "yes" } })",
        "unreachableCheck.enabled must be true or false");
    row("check enabled number", R"({ "unreachableCheck": { "enabled": 1 } })",
        "unreachableCheck.enabled must be true or false");
    row("check port 0", R"({ "unreachableCheck": { "port": 0 } })",
        "unreachableCheck.port: port 0 is out of range 1-65535");
    row("check port string", R"({ "unreachableCheck": { "port": "135" } })",
        "unreachableCheck.port must be a number");

    row("directory array", R"({ "activeDirectory": [] })", "activeDirectory must be an object");
    row("on demand string", R"({ "activeDirectory": { "onDemand": "true" } })",
        "activeDirectory.onDemand must be true or false");
    row("objects string", R"({ "activeDirectory": { "objects": "DC=example" } })",
        "activeDirectory.objects must be an array of strings");
    row("object number", R"({ "activeDirectory": { "objects": ["DC=example", 7] } })",
        "activeDirectory.objects[1] must be a string");
    row("object empty", R"({ "activeDirectory": { "objects": [" "] } })",
        "activeDirectory.objects[0] is empty; it must be a distinguished name");

    row("timeout 10", R"({ "timeoutMs": 10 })", "timeoutMs: 10 is outside 50-60000");
    row("timeout 49", R"({ "timeoutMs": 49 })", "timeoutMs: 49 is outside 50-60000");
    row("timeout 60001", R"({ "timeoutMs": 60001 })", "timeoutMs: 60001 is outside 50-60000");
    row("timeout negative", R"({ "timeoutMs": -1500 })", "timeoutMs: -1500 is outside 50-60000");
    row("timeout string", R"({ "timeoutMs": "1500" })", "timeoutMs must be a number");
    row("timeout fraction", R"({ "timeoutMs": 1500.5 })",
        "timeoutMs must be a whole number, not 1500.5");
    row("timeout null", R"({ "timeoutMs": null })", "timeoutMs must be a number");
}

void TestScopeFile::refusesBadScopes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const Result<Scope> scope = scopeFromJson(json);
    QVERIFY(!scope.ok());
    QVERIFY2(
        scope.error().startsWith(error),
        qPrintable(QStringLiteral("\"%1\" does not start with \"%2\"").arg(scope.error(), error)));
}

void TestScopeFile::acceptsTimeoutLimits()
{
    const Result<Scope> low = scopeFromJson(R"({ "timeoutMs": 50 })");
    QVERIFY2(low.ok(), qPrintable(low.error()));
    QCOMPARE(low->timeoutMs, 50);
    const Result<Scope> high = scopeFromJson(R"({ "timeoutMs": 60000.0 })");
    QVERIFY2(high.ok(), qPrintable(high.error()));
    QCOMPARE(high->timeoutMs, 60000);
}

void TestScopeFile::savesAndLoads()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("scope.json"));
    const Scope scope = loopbackScope();

    QCOMPARE(saveScopeFile(path, scope).error(), QString());
    QCOMPARE(readAll(path), scopeToJson(scope));
    const Result<Scope> loaded = loadScopeFile(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(*loaded, scope);

    // Saving again replaces the file.
    Scope changed = scope;
    changed.timeoutMs = 2500;
    QCOMPARE(saveScopeFile(path, changed).error(), QString());
    QCOMPARE(loadScopeFile(path)->timeoutMs, 2500);
    QCOMPARE(QDir(directory.path()).entryList(QDir::Files),
             QStringList { QStringLiteral("scope.json") });
}

void TestScopeFile::loadNamesThePath()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());

    const QString missing = directory.filePath(QStringLiteral("missing/scope.json"));
    const Result<Scope> absent = loadScopeFile(missing);
    QVERIFY(!absent.ok());
    QCOMPARE(absent.error(),
             QStringLiteral("cannot read %1: No such file or directory").arg(missing));

    const Result<Scope> folder = loadScopeFile(directory.path());
    QVERIFY(!folder.ok());
    QVERIFY2(folder.error().startsWith(QStringLiteral("cannot read %1: ").arg(directory.path())),
             qPrintable(folder.error()));

    const QString bad = directory.filePath(QStringLiteral("bad.json"));
    QVERIFY(writeAll(bad, R"({ "ipv4Ranges": ["127.0.0.1", "127.0.0.300"] })"));
    const Result<Scope> invalid = loadScopeFile(bad);
    QVERIFY(!invalid.ok());
    QCOMPARE(invalid.error(),
             bad + QStringLiteral(": ipv4Ranges[1]: \"127.0.0.300\" is not an IPv4 address"));
}

void TestScopeFile::loadLeavesTheFileAlone()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("scope.json"));
    // Not in the written layout, with an unknown key: loading must not rewrite it.
    const QByteArray original
        = QByteArray(exampleJson).replace("\"timeoutMs\"", "\"x\": 1, \"timeoutMs\"");
    QVERIFY(writeAll(path, original));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    const QDateTime modified = QFileInfo(path).lastModified();

    const Result<Scope> loaded = loadScopeFile(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(readAll(path), original);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

void TestScopeFile::refusesToSaveWhatCannotLoad()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("scope.json"));
    QCOMPARE(saveScopeFile(path, loopbackScope()).error(), QString());
    const QByteArray before = readAll(path);

    Scope tooShort = loopbackScope();
    tooShort.timeoutMs = 10;
    QCOMPARE(saveScopeFile(path, tooShort).error(),
             QStringLiteral("cannot write %1: timeoutMs: 10 is outside 50-60000").arg(path));

    Scope noGatePort = loopbackScope();
    noGatePort.unreachableCheck.port = 0;
    QCOMPARE(
        saveScopeFile(path, noGatePort).error(),
        QStringLiteral("cannot write %1: unreachableCheck.port: port 0 is out of range 1-65535")
            .arg(path));
    QCOMPARE(readAll(path), before);

    const QString nowhere = directory.filePath(QStringLiteral("missing/scope.json"));
    const QString error = saveScopeFile(nowhere, loopbackScope()).error();
    QVERIFY2(error.startsWith(QStringLiteral("cannot write %1: ").arg(nowhere)), qPrintable(error));
    QVERIFY(!QFile::exists(nowhere));
}

void TestScopeFile::failedSaveKeepsTheOldFile_data()
{
    QTest::addColumn<int>("objects");
    // Just over the size limit, and far beyond it.
    QTest::newRow("small") << 200;
    QTest::newRow("large") << 2000;
}

void TestScopeFile::failedSaveKeepsTheOldFile()
{
#ifdef Q_OS_UNIX
    QFETCH(int, objects);
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("scope.json"));
    QCOMPARE(saveScopeFile(path, Scope()).error(), QString());
    const QByteArray before = readAll(path);

    // A file size limit below the new content makes the write fail half way, whoever runs the
    // test (permissions would not stop root). SIGXFSZ is ignored so write() reports EFBIG.
    Scope larger = loopbackScope();
    for (int i = 0; i < objects; ++i)
        larger.activeDirectory.objects.append(
            QStringLiteral("CN=pc%1,OU=Lab,DC=example,DC=test").arg(i));
    const QByteArray wanted = scopeToJson(larger);
    QVERIFY(wanted.size() > before.size() + 4096);

    rlimit saved {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    rlimit limited = saved;
    limited.rlim_cur = rlim_t(before.size() + 1024);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    const QString error = saveScopeFile(path, larger).error();
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &saved), 0);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY2(error.startsWith(QStringLiteral("cannot write %1: ").arg(path)), qPrintable(error));
    // The reason is the system's, not "Unknown error".
    QVERIFY2(error.contains(QStringLiteral("File too large")), qPrintable(error));
    QCOMPARE(readAll(path), before);
    QVERIFY(loadScopeFile(path).ok());
    // The half-written temporary file is gone too.
    QCOMPARE(QDir(directory.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList { QStringLiteral("scope.json") });

    // With the limit lifted the same save goes through.
    QCOMPARE(saveScopeFile(path, larger).error(), QString());
    QCOMPARE(readAll(path), wanted);
#else
    QSKIP("needs RLIMIT_FSIZE to make a write fail");
#endif
}

void TestScopeFile::countsAddresses()
{
    Scope scope;
    QCOMPARE(scope.addressCount(), quint64(0));
    scope.ipv4Ranges = { *Ipv4Range::parse(QStringLiteral("127.0.0.0/24")),
                         *Ipv4Range::parse(QStringLiteral("127.0.0.1-127.0.0.10")),
                         *Ipv4Range::parse(QStringLiteral("127.1.0.0/16")) };
    scope.ipv6Prefixes = { *Ipv6Prefix::parse(QStringLiteral("::1/128")),
                           *Ipv6Prefix::parse(QStringLiteral("fd00::/112")) };
    // Overlapping ranges count once per range: 256 + 10 + 65,536 + 1 + 65,536.
    QCOMPARE(scope.addressCount(), quint64(131339));
    QVERIFY(scope.coversIpAddresses());
    scope.ipScopeEnabled = false;
    QCOMPARE(scope.addressCount(), quint64(0));
    QVERIFY(!scope.coversIpAddresses());
}

void TestScopeFile::validatesForQuery()
{
    Scope scope;
    // AD objects need a directory to read them from (tst_adscope checks that rule).
    scope.activeDirectory.connection.url = QStringLiteral("ldaps://dc1.example.test");
    scope.activeDirectory.connection.bindUser = QStringLiteral("osmgmt@example.test");
    QCOMPARE(QueryScope::from(scope).error(),
             QStringLiteral("The scope holds no IP address range and no Active Directory object"));

    scope.activeDirectory.objects = { QStringLiteral("OU=Lab,DC=example,DC=test") };
    QCOMPARE(QueryScope::from(scope).error(), QStringLiteral("Specify at least one agent port"));

    scope.ports = *PortList::fromNumbers({ 21112 });
    QCOMPARE(QueryScope::from(scope).error(), QString());

    scope.activeDirectory.objects.clear();
    scope.ipv6Prefixes = { *Ipv6Prefix::parse(QStringLiteral("::1/128")) };
    QCOMPARE(QueryScope::from(scope).error(), QString());
    scope.ipv6Prefixes.clear();
    scope.ipv4Ranges = { *Ipv4Range::parse(QStringLiteral("127.0.0.1")) };
    QCOMPARE(QueryScope::from(scope).error(), QString());

    // With the IP scope off, its ranges do not count as something to query.
    scope.ipScopeEnabled = false;
    QCOMPARE(QueryScope::from(scope).error(),
             QStringLiteral("The scope holds no IP address range and no Active Directory object"));
    scope.activeDirectory.objects = { QStringLiteral("OU=Lab,DC=example,DC=test") };
    QCOMPARE(QueryScope::from(scope).error(), QString());
    scope.activeDirectory.objects.clear();
    scope.ipScopeEnabled = true;

    scope.unreachableCheck.port = 0;
    QVERIFY(QueryScope::from(scope).error().contains(QStringLiteral("unreachable")));
    scope.unreachableCheck.enabled = false;
    QCOMPARE(QueryScope::from(scope).error(), QString());

    scope.timeoutMs = 49;
    QCOMPARE(QueryScope::from(scope).error(),
             QStringLiteral("The connection timeout of 49 ms is outside 50-60000 ms"));
    scope.timeoutMs = 50;
    QCOMPARE(QueryScope::from(scope).error(), QString());
}

// Issue 18, point 3: each limit is named in its error (docs/scope-format.md, "Limits").
void TestScopeFile::refusesTooManyPorts()
{
    QByteArray ports;
    for (int port = 1000; port < 5000; ++port)
        ports += (ports.isEmpty() ? "" : ", ") + QByteArray::number(port);
    const Result<Scope> scope = scopeFromJson("{ \"ports\": [" + ports + "] }");
    QCOMPARE(scope.error(), QStringLiteral("ports: the scope has 4,000 ports; at most 64"));
}

namespace {
Scope slash16s(int count)
{
    Scope scope;
    scope.ports = *PortList::fromNumbers({ 21112 });
    for (int i = 0; i < count; ++i)
        scope.ipv4Ranges.append(*Ipv4Range::parse(QStringLiteral("10.%1.0.0/16").arg(i)));
    return scope;
}
} // namespace

void TestScopeFile::refusesTooManyAddresses()
{
    const ScopeLimits limits;
    QCOMPARE(limits.maxAddresses, quint64(1048576));
    // Sixteen /16s are the limit; a seventeenth range of one address is too many.
    Scope scope = slash16s(16);
    QCOMPARE(QueryScope::from(scope, limits).error(), QString());
    scope.ipv6Prefixes.append(*Ipv6Prefix::parse(QStringLiteral("fd00::1/128")));
    QCOMPARE(QueryScope::from(scope, limits).error(),
             QStringLiteral("The scope has 1,048,577 addresses; at most 1,048,576 (the setting "
                            "probe/maxAddresses raises the limit)"));
    // The issue's typo: 256 /16s.
    QCOMPARE(QueryScope::from(slash16s(256), limits).error(),
             QStringLiteral("The scope has 16,777,216 addresses; at most 1,048,576 (the setting "
                            "probe/maxAddresses raises the limit)"));
    // Ranges the IP scope does not query do not count.
    scope.ipScopeEnabled = false;
    scope.activeDirectory.objects = { QStringLiteral("OU=Lab,DC=example,DC=test") };
    scope.activeDirectory.connection.url = QStringLiteral("ldaps://dc1.example.test");
    scope.activeDirectory.connection.bindUser = QStringLiteral("osmgmt@example.test");
    QCOMPARE(QueryScope::from(scope, limits).error(), QString());
}

void TestScopeFile::theSettingRaisesTheAddressLimit()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    const Scope scope = slash16s(32);
    QVERIFY(QueryScope::from(scope).error().startsWith(
        QStringLiteral("The scope has 2,097,152 addresses; at most 1,048,576")));
    Settings::setValue(Setting::MaxScopeAddresses, 2097152);
    QCOMPARE(QueryScope::from(scope).error(), QString());
    Settings::setValue(Setting::MaxScopeAddresses, 1000);
    QVERIFY(QueryScope::from(scope).error().startsWith(
        QStringLiteral("The scope has 2,097,152 addresses; at most 1,000")));
    // Not a number: the built-in limit, not none.
    Settings::setValue(Setting::MaxScopeAddresses, QStringLiteral("many"));
    QCOMPARE(ScopeLimits::configured().maxAddresses, ScopeLimits::defaultMaxAddresses);
    QSettings().clear();
}

void TestScopeFile::refusesALargeFileBeforeReadingIt()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("large.json"));
    // Valid JSON of one byte more than the limit: refused by its size, not parsed.
    QByteArray json = "{ \"ports\": [21112] }";
    json += QByteArray(int(ScopeLimits::maxFileBytes) + 1 - json.size(), ' ');
    QVERIFY(writeAll(path, json));
    QCOMPARE(loadScopeFile(path).error(),
             QStringLiteral("%1 is larger than 4,194,304 bytes, the most a scope file may hold")
                 .arg(path));
    // At the limit it loads.
    json.chop(1);
    QVERIFY(writeAll(path, json));
    const Result<Scope> atLimit = loadScopeFile(path);
    QVERIFY2(atLimit.ok(), qPrintable(atLimit.error()));
}

void TestScopeFile::refusesAnEndlessFile()
{
#ifdef Q_OS_UNIX
    // A device reports no size: it is read up to the limit and refused (read whole, it would
    // fill the memory).
    QCOMPARE(loadQueryScope(QStringLiteral("/dev/zero")).error(),
             QStringLiteral("/dev/zero is larger than 4,194,304 bytes, the most a scope file may "
                            "hold"));
#else
    QSKIP("needs /dev/zero");
#endif
}

QTEST_GUILESS_MAIN(TestScopeFile)
#include "tst_scopefile.moc"
