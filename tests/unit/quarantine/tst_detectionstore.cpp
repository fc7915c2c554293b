#include "health/healthstore.h"
#include "policy/clientlog.h"
#include "policy/detectionjson.h"
#include "postgresbackends.h"
#include "quarantine/detectionreport.h"
#include "quarantine/detectionstore.h"
#include "store/querystore.h"
#include "testclock.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

// Issue 14, point 2: detections travel in the agent's status and are stored once each (schema
// 8), on SQLite and a real PostgreSQL; the record `osmgmt-cli detections` writes.
class TestDetectionStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { StoreBackends::addGlobalData(); }
    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        const QString skip = m_backends.skipReason(backend);
        if (!skip.isEmpty())
            QSKIP(qPrintable(skip));
        m_dir = std::make_unique<QTemporaryDir>();
        auto target = m_backends.fresh(backend, m_dir->path());
        QVERIFY2(target.ok(), qPrintable(target.error()));
        auto opened = target->open();
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        m_database = *opened;
    }
    void cleanup()
    {
        m_database.reset();
        m_dir.reset();
    }

    void travelInTheStatus();
    void aStatusWithWrongDetectionsIsRefused();
    void eachDetectionIsStoredOnce();
    void writesTheRecord();

private:
    StoreBackends m_backends;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_database;
};

namespace {
Detection line(Detection::Source source, const QByteArray &text)
{
    const Result<Detection> parsed = source == Detection::Source::Virus
        ? ClientLog::parseVirusLine(text)
        : ClientLog::parseWebLine(text);
    if (!parsed)
        qFatal("%s", qPrintable(parsed.error()));
    return *parsed;
}

const QByteArray eicar = "20261201<;>1059<;>Eicar_test_file<;>1<;>1<;>0<;>C:\\eicar.com<;>";
const QByteArray worm = "20261201<;>1100<;>WORM_ODD<;>7<;>3<;>0<;>C:\\odd<;>name.exe<;>";
const QByteArray proxify = "20080613<;>1641<;>0<;>http://www.proxify.com/<;>0B<;>Hacking / Proxy "
                           "Avoidance<;>1<;>2<;><;>49<;><;>70<;>";

HealthSnapshot reported(const QString &address, const QVector<Detection> &detections)
{
    HealthSnapshot snapshot;
    snapshot.address = address;
    snapshot.name = QStringLiteral("ws-") + address.section(QLatin1Char('.'), 3);
    snapshot.outcome = HealthSnapshot::Outcome::Reported;
    snapshot.status = AgentStatus::healthyDefault();
    snapshot.status->detections = detections;
    return snapshot;
}
} // namespace

void TestDetectionStore::travelInTheStatus()
{
    AgentStatus status = AgentStatus::healthyDefault();
    status.detections
        = { line(Detection::Source::Virus, eicar), line(Detection::Source::Web, proxify) };
    status.malformedLogLines = 3;
    status.logProblems = { QStringLiteral("virusLog: line 2: 4 fields, not 7") };
    const Result<AgentStatus> back = AgentStatus::fromJson(status.toJson());
    QVERIFY2(back, qPrintable(back.error()));
    QCOMPARE(*back, status);
    // A clean client's status is as before: no new keys.
    const QJsonObject clean = AgentStatus::healthyDefault().toJson();
    QVERIFY(!clean.contains(QStringLiteral("detections")));
    QVERIFY(!clean.contains(QStringLiteral("detectionLog")));
}

void TestDetectionStore::aStatusWithWrongDetectionsIsRefused()
{
    QJsonObject json = AgentStatus::healthyDefault().toJson();
    QJsonObject detection = DetectionJson::toJson(line(Detection::Source::Virus, eicar));
    detection.insert(QStringLiteral("result"), 26);
    json.insert(QStringLiteral("detections"), QJsonArray { detection });
    const Result<AgentStatus> refused = AgentStatus::fromJson(json);
    QVERIFY(!refused);
    QCOMPARE(refused.error(),
             QStringLiteral("status.detections[0].result is missing or of the wrong type"));
    // A web detection carries no scan result.
    QJsonObject web = DetectionJson::toJson(line(Detection::Source::Web, proxify));
    web.insert(QStringLiteral("result"), 1);
    QVERIFY(!DetectionJson::fromJson(web, QStringLiteral("d")));
    json.insert(QStringLiteral("detections"), QStringLiteral("none"));
    QVERIFY(!AgentStatus::fromJson(json));
}

void TestDetectionStore::eachDetectionIsStoredOnce()
{
    const QDateTime first = at("2026-12-02T08:00:00Z");
    DetectionStore store(m_database);
    const QVector<HealthSnapshot> snapshots {
        reported(QStringLiteral("127.80.0.1"),
                 { line(Detection::Source::Virus, eicar), line(Detection::Source::Web, proxify) }),
        reported(QStringLiteral("127.80.0.2"), { line(Detection::Source::Virus, eicar) }),
        reported(QStringLiteral("127.80.0.3"), {}),
    };
    const Result<int> added = store.append(snapshots, first);
    QVERIFY2(added, qPrintable(added.error()));
    QCOMPARE(*added, 3); // the same file on two computers is two detections
    // The next query finds the same lines in the logs, and one more.
    QVector<HealthSnapshot> again = snapshots;
    again[0].status->detections.append(line(Detection::Source::Virus, worm));
    const Result<int> more = store.append(again, at("2026-12-02T09:00:00Z"));
    QVERIFY2(more, qPrintable(more.error()));
    QCOMPARE(*more, 1);
    const Result<QVector<StoredDetection>> all = store.read();
    QVERIFY2(all, qPrintable(all.error()));
    QCOMPARE(all->size(), 4);
    QCOMPARE(all->first().address, QStringLiteral("127.80.0.1"));
    QCOMPARE(all->first().reportedAt, first);
    QCOMPARE(all->last().detection.path, QStringLiteral("C:\\odd<;>name.exe"));
    QCOMPARE(all->last().reportedAt, at("2026-12-02T09:00:00Z"));
    const Result<QVector<StoredDetection>> newest = store.read(2);
    QVERIFY(newest);
    QCOMPARE(newest->size(), 2);
    QCOMPARE(newest->last().detection.threat, QStringLiteral("WORM_ODD"));
}

void TestDetectionStore::writesTheRecord()
{
    const QJsonObject virus = DetectionReport::record(
        { QStringLiteral("127.80.0.1"), QStringLiteral("ws-1"), at("2026-12-02T08:00:00Z"),
          line(Detection::Source::Virus, eicar) });
    QCOMPARE(QStringList(virus.keys()).size(), DetectionReport::fields().size());
    QCOMPARE(virus.value(QStringLiteral("time")).toString(), QStringLiteral("2026-12-01T10:59"));
    QCOMPARE(virus.value(QStringLiteral("threat")).toString(), QStringLiteral("Eicar_test_file"));
    QCOMPARE(virus.value(QStringLiteral("result")).toInt(), 1);
    QCOMPARE(virus.value(QStringLiteral("resultText")).toString(),
             QStringLiteral("Moved successfully"));
    QCOMPARE(virus.value(QStringLiteral("scanType")).toInt(), 1);
    QCOMPARE(virus.value(QStringLiteral("source")).toString(), QStringLiteral("virus"));
    const QJsonObject web = DetectionReport::record(
        { QStringLiteral("127.80.0.1"), QStringLiteral("ws-1"), at("2026-12-02T08:00:00Z"),
          line(Detection::Source::Web, proxify) });
    QVERIFY(web.value(QStringLiteral("result")).isNull());
    QVERIFY(web.value(QStringLiteral("scanType")).isNull());
    QCOMPARE(web.value(QStringLiteral("path")).toString(),
             QStringLiteral("http://www.proxify.com/"));
    QCOMPARE(web.value(QStringLiteral("source")).toString(), QStringLiteral("web"));
}

QTEST_GUILESS_MAIN(TestDetectionStore)
#include "tst_detectionstore.moc"
