#include "health/healthgatherer.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

// The gathering's own promises (docs/health.md, "Gathering"), against a listener on loopback
// that accepts connections and never answers (an agent that hangs): only endpoints Managed by
// this server are asked, at most `parallel` at once, a cancel ends it at once with every agent
// accounted for, and no certificate means nothing is asked.
class TestHealthGatherer : public QObject
{
    Q_OBJECT

private:
    QTcpServer m_hanging;
    QList<QTcpSocket *> m_accepted;

    QVector<Endpoint> endpoints(int count, SecurityStatus status) const
    {
        QVector<Endpoint> all;
        for (int i = 0; i < count; ++i) {
            Endpoint endpoint;
            // One listener plays every agent: the gatherer asks each endpoint on its own.
            endpoint.address = QStringLiteral("127.0.0.1");
            endpoint.name = QStringLiteral("ws%1").arg(i);
            endpoint.status = status;
            endpoint.agentPort = m_hanging.serverPort();
            all.append(endpoint);
        }
        return all;
    }
    static HealthGatherer::Credentials credentials()
    {
        return [] {
            const Result<AgentTls::Credentials> made
                = AgentTls::makeSelfSigned(QStringLiteral("test console"));
            return made;
        };
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<QVector<HealthSnapshot>>();
        QVERIFY(m_hanging.listen(QHostAddress::LocalHost));
        connect(&m_hanging, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_hanging.nextPendingConnection())
                m_accepted.append(socket);
        });
    }
    void init()
    {
        qDeleteAll(m_accepted);
        m_accepted.clear();
    }

    void boundedThenCancelledWithEveryAgentAccountedFor()
    {
        HealthGatherer gatherer(credentials(), { 2, 60000, 256 });
        QSignalSpy gathered(&gatherer, &HealthGatherer::snapshotsGathered);
        QSignalSpy finished(&gatherer, &HealthGatherer::finished);
        gatherer.add(endpoints(5, SecurityStatus::ManagedByThisServer)
                     + endpoints(3, SecurityStatus::ManagedByAnotherServer));
        QTRY_COMPARE(m_accepted.size(), 2);
        // Two stay in flight while they hang; that no third was started is shown below, without
        // waiting on a clock: after the cancel exactly two agents were in flight (notHeard).
        QCOMPARE(finished.count(), 0);
        gatherer.cancel();
        gatherer.finishAdding();
        QTRY_COMPARE(finished.count(), 1);
        QVector<HealthSnapshot> snapshots;
        for (const QList<QVariant> &batch : gathered)
            snapshots += batch.first().value<QVector<HealthSnapshot>>();
        QCOMPARE(snapshots.size(), 5); // only the agents of this server
        int notHeard = 0;
        for (const HealthSnapshot &snapshot : snapshots) {
            QCOMPARE(snapshot.outcome, HealthSnapshot::Outcome::Skipped);
            QVERIFY(!snapshot.status);
            notHeard += snapshot.detail.startsWith(QLatin1String("no answer")) ? 1 : 0;
        }
        QCOMPARE(notHeard, 2);
    }

    void noCertificateAsksNobody()
    {
        HealthGatherer gatherer(
            [] {
                return Result<AgentTls::Credentials>::failure(
                    QStringLiteral("the keychain is locked"));
            },
            {});
        QSignalSpy gathered(&gatherer, &HealthGatherer::snapshotsGathered);
        QSignalSpy finished(&gatherer, &HealthGatherer::finished);
        gatherer.add(endpoints(3, SecurityStatus::ManagedByThisServer));
        gatherer.finishAdding();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(m_accepted.size(), 0);
        const QVector<HealthSnapshot> snapshots
            = gathered.first().first().value<QVector<HealthSnapshot>>();
        QCOMPARE(snapshots.size(), 3);
        QVERIFY(snapshots.first().detail.endsWith(QLatin1String("the keychain is locked")));
    }

    void nothingToAskEndsAtOnce()
    {
        HealthGatherer gatherer(credentials(), {});
        QSignalSpy gathered(&gatherer, &HealthGatherer::snapshotsGathered);
        QSignalSpy finished(&gatherer, &HealthGatherer::finished);
        gatherer.add(endpoints(2, SecurityStatus::NoClientInstalled));
        gatherer.finishAdding();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(gathered.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHealthGatherer)
#include "tst_healthgatherer.moc"
