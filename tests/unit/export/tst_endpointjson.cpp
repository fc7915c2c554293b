#include "export/endpointjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

Endpoint fullEndpoint()
{
    Endpoint endpoint;
    endpoint.name = QStringLiteral("経理部-PC01");
    endpoint.address = QStringLiteral("127.0.0.10");
    endpoint.status = SecurityStatus::ManagedByAnotherServer;
    endpoint.gate = GateResult::Connected;
    endpoint.agentPort = 21112;
    endpoint.server = QStringLiteral("other");
    endpoint.agentVersion = QStringLiteral("1.2.3");
    endpoint.domain = QStringLiteral("営業");
    endpoint.adPath = QStringLiteral("CN=PC01,DC=corp");
    endpoint.detail = QStringLiteral("registered to other");
    endpoint.ports = { { 4343, PortOutcome::Refused, QStringLiteral("refused") },
                       { 21112, PortOutcome::Agent, QString() } };
    return endpoint;
}

QVector<Endpoint> everyKindOfEndpoint()
{
    QVector<Endpoint> endpoints;
    const GateResult gates[] = { GateResult::Connected, GateResult::Refused, GateResult::Timeout,
                                 GateResult::NoRoute, GateResult::Skipped };
    const PortOutcome outcomes[]
        = { PortOutcome::Agent,   PortOutcome::Refused, PortOutcome::Timeout, PortOutcome::NoRoute,
            PortOutcome::Stalled, PortOutcome::Garbage, PortOutcome::Closed };
    int n = 0;
    for (SecurityStatus status : SecurityStatuses::all) {
        Endpoint endpoint;
        endpoint.address = QStringLiteral("127.0.0.%1").arg(++n);
        endpoint.name = QStringLiteral("端末%1").arg(n);
        endpoint.status = status;
        endpoint.gate = gates[n % 5];
        endpoint.agentPort = quint16(n == 1 ? 65535 : 0);
        for (PortOutcome outcome : outcomes)
            endpoint.ports.append(
                { quint16(1000 + n), outcome, QStringLiteral("detail \"%1\"").arg(n) });
        endpoints << endpoint;
    }
    return endpoints;
}

} // namespace

class TestEndpointJson : public QObject
{
    Q_OBJECT

private slots:
    void formatIsStable();
    void roundTrip();
    void arrayIsIndented();
    void streamedArrayIsTheDocumentsText_data();
    void streamedArrayIsTheDocumentsText();
    void invalidObjectsAreRefused_data();
    void invalidObjectsAreRefused();
};

void TestEndpointJson::formatIsStable()
{
    // The exact text `osmgmt-cli query --format json` prints for one endpoint (compact here).
    const QByteArray expected
        = QStringLiteral(
              "{\"adPath\":\"CN=PC01,DC=corp\",\"address\":\"127.0.0.10\",\"agentPort\":21112,"
              "\"agentVersion\":\"1.2.3\",\"detail\":\"registered to other\",\"domain\":\"営業\","
              "\"gate\":\"connected\",\"name\":\"経理部-PC01\",\"ports\":["
              "{\"detail\":\"refused\",\"outcome\":\"refused\",\"port\":4343},"
              "{\"detail\":\"\",\"outcome\":\"agent\",\"port\":21112}],"
              "\"server\":\"other\",\"status\":\"managed-by-another-server\"}")
              .toUtf8();
    QCOMPARE(QJsonDocument(endpointToJson(fullEndpoint())).toJson(QJsonDocument::Compact),
             expected);
}

void TestEndpointJson::roundTrip()
{
    for (const Endpoint &endpoint : everyKindOfEndpoint()) {
        const Result<Endpoint> back = endpointFromJson(endpointToJson(endpoint));
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QVERIFY2(*back == endpoint, qPrintable(endpoint.name));
    }
}

void TestEndpointJson::arrayIsIndented()
{
    const QVector<Endpoint> endpoints = everyKindOfEndpoint();
    const QByteArray text = endpointsToJson(endpoints);
    QVERIFY(text.startsWith("[\n    {\n        \""));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isArray());
    QCOMPARE(document.array().size(), endpoints.size());
    for (int i = 0; i < endpoints.size(); ++i)
        QCOMPARE(document.array().at(i).toObject(), endpointToJson(endpoints.at(i)));
    QCOMPARE(QJsonDocument::fromJson(endpointsToJson({})).array().size(), 0);
}

void TestEndpointJson::streamedArrayIsTheDocumentsText_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("none") << 0;
    QTest::newRow("one") << 1;
    QTest::newRow("every kind") << 5;
    QTest::newRow("no ports, odd characters") << -1;
}

void TestEndpointJson::streamedArrayIsTheDocumentsText()
{
    // The CLI streams a /16 object by object; the text must be what QJsonDocument writes.
    QFETCH(int, count);
    QVector<Endpoint> endpoints = everyKindOfEndpoint().mid(0, std::max(count, 0));
    if (count < 0) {
        Endpoint odd = everyKindOfEndpoint().first();
        odd.ports.clear();
        odd.name = QStringLiteral("tab\there \"quoted\" back\\slash \x01\x1f 経理 😀 /");
        odd.detail = QStringLiteral("line\nbreak\r\n\b\f");
        endpoints = { odd, everyKindOfEndpoint().last() };
    }
    QJsonArray array;
    for (const Endpoint &endpoint : endpoints)
        array.append(endpointToJson(endpoint));
    // Line by line first, so that a difference shows where it is.
    const QList<QByteArray> written = endpointsToJson(endpoints).split('\n');
    const QList<QByteArray> expected
        = QJsonDocument(array).toJson(QJsonDocument::Indented).split('\n');
    for (qsizetype i = 0; i < std::min(written.size(), expected.size()); ++i)
        QCOMPARE(written[i], expected[i]);
    QCOMPARE(written.size(), expected.size());
}

void TestEndpointJson::invalidObjectsAreRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("mentioned");
    QTest::newRow("name missing") << QStringLiteral("name") << QJsonValue(QJsonValue::Undefined)
                                  << QStringLiteral("name");
    QTest::newRow("address a number")
        << QStringLiteral("address") << QJsonValue(5) << QStringLiteral("address");
    QTest::newRow("status translated")
        << QStringLiteral("status") << QJsonValue(QStringLiteral("Unreachable"))
        << QStringLiteral("Unreachable");
    QTest::newRow("gate unknown") << QStringLiteral("gate") << QJsonValue(QStringLiteral("maybe"))
                                  << QStringLiteral("maybe");
    QTest::newRow("agent port too big")
        << QStringLiteral("agentPort") << QJsonValue(70000) << QStringLiteral("agentPort");
    QTest::newRow("agent port fraction")
        << QStringLiteral("agentPort") << QJsonValue(1.5) << QStringLiteral("agentPort");
    QTest::newRow("ports not array")
        << QStringLiteral("ports") << QJsonValue(QStringLiteral("135")) << QStringLiteral("ports");
    QTest::newRow("port outcome unknown")
        << QStringLiteral("ports")
        << QJsonValue(
               QJsonArray { QJsonObject { { QStringLiteral("port"), 135 },
                                          { QStringLiteral("outcome"), QStringLiteral("open") } } })
        << QStringLiteral("open");
    QTest::newRow("port number missing")
        << QStringLiteral("ports")
        << QJsonValue(QJsonArray {
               QJsonObject { { QStringLiteral("outcome"), QStringLiteral("agent") } } })
        << QStringLiteral("port");
}

void TestEndpointJson::invalidObjectsAreRefused()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, mentioned);
    QJsonObject object = endpointToJson(fullEndpoint());
    QVERIFY(endpointFromJson(object).ok());
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    const Result<Endpoint> parsed = endpointFromJson(object);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(mentioned), qPrintable(parsed.error()));
}

QTEST_GUILESS_MAIN(TestEndpointJson)
#include "tst_endpointjson.moc"
