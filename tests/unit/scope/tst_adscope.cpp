#include "errorwords.h"
#include "scope/scopefile.h"

#include <QTest>

namespace {

ActiveDirectoryConnection labConnection()
{
    ActiveDirectoryConnection connection;
    connection.url = QStringLiteral("ldaps://dc1.corp.example.test:636");
    connection.bindUser = QStringLiteral("CORP\\osmgmt");
    connection.baseDn = QStringLiteral("OU=Sales\\, EMEA,DC=corp,DC=example,DC=test");
    connection.caFile = QStringLiteral("/etc/osmgmt/corp-ca.pem");
    connection.verifyCertificate = false;
    connection.queryTimeoutS = 45;
    return connection;
}

} // namespace

// The Active Directory part of the scope file (docs/scope-format.md): the connection, the
// selected objects as DNs, on-demand assessment; and the rule a query checks before it runs.
class TestAdScope : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsTheConnection();
    void writesTheConnectionOnlyWhenSet();
    void readsAHandWrittenConnection();
    void keepsOddDnsAsTheyAre();
    void refusesBadConnections_data();
    void refusesBadConnections();
    void neverWritesAPassword();
    void validatesTheConnectionForQuery();
};

void TestAdScope::roundTripsTheConnection()
{
    Scope scope;
    scope.activeDirectory.onDemand = false;
    scope.activeDirectory.objects = { QStringLiteral("OU=Site 1,OU=osmgmt lab,DC=corp,DC=test") };
    scope.activeDirectory.connection = labConnection();
    const QByteArray json = scopeToJson(scope);
    const Result<Scope> again = scopeFromJson(json);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again->activeDirectory.connection, labConnection());
    QCOMPARE(*again, scope);
    // Keys in the order of the scope editor, the connection last in its object.
    const qsizetype objects = json.indexOf("\"objects\"");
    const qsizetype connection = json.indexOf("\"connection\"");
    QVERIFY(objects > 0 && connection > objects);
    QVERIFY(json.indexOf("\"url\"") < json.indexOf("\"bindUser\""));
    QVERIFY(json.contains("\"verifyCertificate\": false"));
}

void TestAdScope::writesTheConnectionOnlyWhenSet()
{
    // A scope without Active Directory reads and writes exactly as before the connection came.
    QVERIFY(!scopeToJson(Scope()).contains("connection"));
    Scope scope;
    scope.activeDirectory.connection.url = QStringLiteral("ldaps://dc1");
    QVERIFY(scopeToJson(scope).contains("\"connection\": {"));
}

void TestAdScope::readsAHandWrittenConnection()
{
    const Result<Scope> scope = scopeFromJson(R"({ "activeDirectory": {
        "onDemand": false,
        "objects": ["DC=corp,DC=example,DC=test"],
        "connection": { "url": " ldap://dc1.corp.example.test ", "bindUser": "osmgmt@corp.example.test" }
    } })");
    QVERIFY2(scope.ok(), qPrintable(scope.error()));
    const ActiveDirectoryConnection &connection = scope->activeDirectory.connection;
    QCOMPARE(connection.url, QStringLiteral("ldap://dc1.corp.example.test"));
    QVERIFY(connection.usesStartTls());
    QCOMPARE(connection.bindUser, QStringLiteral("osmgmt@corp.example.test"));
    QVERIFY(connection.baseDn.isEmpty()); // discovered from the RootDSE
    QVERIFY(connection.caFile.isEmpty());
    QVERIFY(connection.verifyCertificate); // on unless switched off
    QCOMPARE(connection.queryTimeoutS, ActiveDirectoryConnection::defaultQueryTimeoutS);
    QVERIFY(!scope->activeDirectory.onDemand);
    QCOMPARE(connection.check().error(), QString());
}

void TestAdScope::keepsOddDnsAsTheyAre()
{
    Scope scope;
    scope.activeDirectory.objects
        = { QStringLiteral("CN=Mix*(x)\\\\y\\, \\\"z\\\" ü 00400,OU=Köln (Büro),DC=corp,DC=test"),
            QStringLiteral("OU=Star*Lab,DC=corp,DC=test") };
    const Result<Scope> again = scopeFromJson(scopeToJson(scope));
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again->activeDirectory.objects, scope.activeDirectory.objects);
}

void TestAdScope::refusesBadConnections_data()
{
    QTest::addColumn<QByteArray>("connection");
    QTest::addColumn<QString>("error");
    const auto row = [](const char *name, const char *connection, const char *error) {
        QTest::newRow(name) << QByteArray(connection) << QString::fromUtf8(error);
    };
    row("not an object", R"("ldaps://dc1")", "activeDirectory.connection must be an object");
    row("url number", R"({ "url": 636 })", "activeDirectory.connection.url must be a string");
    row("other scheme", R"({ "url": "https://dc1" })",
        "activeDirectory.connection.url: \"https://dc1\" is not an ldaps:// or ldap:// address");
    row("no host", R"({ "url": "ldaps://" })",
        "activeDirectory.connection.url: \"ldaps://\" names no server");
    row("path", R"({ "url": "ldaps://dc1/DC=corp" })",
        "activeDirectory.connection.url: \"ldaps://dc1/DC=corp\" carries a path");
    row("bind user array", R"({ "bindUser": [] })",
        "activeDirectory.connection.bindUser must be a string");
    row("verify string", R"({ "verifyCertificate": "no" })",
        "activeDirectory.connection.verifyCertificate must be true or false");
    row("timeout zero", R"({ "queryTimeoutS": 0 })",
        "activeDirectory.connection.queryTimeoutS: 0 is outside 1-3600");
    row("timeout fraction", R"({ "queryTimeoutS": 2.5 })",
        "activeDirectory.connection.queryTimeoutS must be a whole number, not 2.5");
    row("password", R"({ "url": "ldaps://dc1", "password": "hunter2" })",
        "activeDirectory.connection.password is not allowed: passwords are kept in the keychain");
}

void TestAdScope::refusesBadConnections()
{
    QFETCH(QByteArray, connection);
    QFETCH(QString, error);
    const Result<Scope> scope
        = scopeFromJson(R"({ "activeDirectory": { "connection": )" + connection + "} }");
    QVERIFY(!scope.ok());
    QVERIFY2(
        scope.error().startsWith(error),
        qPrintable(QStringLiteral("\"%1\" does not start with \"%2\"").arg(scope.error(), error)));
    QVERIFY(!scope.error().contains(QStringLiteral("hunter2")));
}

void TestAdScope::neverWritesAPassword()
{
    Scope scope;
    scope.activeDirectory.connection = labConnection();
    const QByteArray json = scopeToJson(scope);
    QVERIFY(!json.contains("password"));
    QVERIFY(!json.contains("Password"));
}

void TestAdScope::validatesTheConnectionForQuery()
{
    Scope scope;
    scope.ports = *PortList::fromNumbers({ 21112 });
    scope.activeDirectory.objects = { QStringLiteral("OU=Lab,DC=corp,DC=test") };
    QVERIFY_MENTIONS(QueryScope::from(scope).error(),
                     words({ "Active Directory", "no directory server" }));
    scope.activeDirectory.connection.url = QStringLiteral("ldaps://dc1.corp.test");
    QVERIFY_MENTIONS(QueryScope::from(scope).error(),
                     words({ "Active Directory", "no bind user" }));
    scope.activeDirectory.connection.bindUser = QStringLiteral("CORP\\osmgmt");
    QCOMPARE(QueryScope::from(scope).error(), QString());
    // Without AD objects the connection does not matter: it may stay half filled.
    scope.activeDirectory.objects.clear();
    scope.activeDirectory.connection.bindUser.clear();
    scope.ipv4Ranges = { *Ipv4Range::parse(QStringLiteral("127.0.0.1")) };
    QCOMPARE(QueryScope::from(scope).error(), QString());
}

QTEST_APPLESS_MAIN(TestAdScope)
#include "tst_adscope.moc"
