#include "commandsession.h"
#include "consoleidentity.h"
#include "identity/certificateauthority.h"
#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// CommandSession, the engine half of the action layer, without its views: it sends nothing
// while this console's certificate authority has not loaded, names the servers whose move
// credential is missing, and reads a credential file on a worker. The commands themselves run
// against a real fleet in tests/gui/commands/tst_endpointmenus.
class TestCommandSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sendsNothingBeforeTheIdentityHasLoaded();
    void namesTheServersWhoseCredentialIsMissing();
    void saysWhichCredentialFileCannotBeRead();

private:
    static Endpoint endpoint(const QString &address, const QString &server);

    QTemporaryDir m_directory;
    QString m_imported;
    int m_storeOpened = 0;
    ConsoleIdentity *m_identity = nullptr;
    CommandSession *m_session = nullptr;
};

Endpoint TestCommandSession::endpoint(const QString &address, const QString &server)
{
    Endpoint endpoint;
    endpoint.address = address;
    endpoint.server = server;
    endpoint.agentPort = 21112;
    return endpoint;
}

void TestCommandSession::initTestCase()
{
    QVERIFY(m_directory.isValid());
    m_imported = m_directory.filePath(QStringLiteral("imported"));
    QVERIFY(QDir().mkpath(m_imported));
    // Never loaded: the keychain is not asked in this test.
    m_identity = new ConsoleIdentity(SecretStore(QStringLiteral("osmgmt-test-commandsession")),
                                     m_directory.filePath(QStringLiteral("server-ca.pem")),
                                     QStringLiteral("osm-hq"), this);
    const QString database = m_directory.filePath(QStringLiteral("osmgmt.sqlite"));
    m_session = new CommandSession(
        m_identity,
        ImportedAuthorities(SecretStore(QStringLiteral("osmgmt-test-commandsession")), m_imported),
        QStringLiteral("osm-hq"),
        [this, database] {
            ++m_storeOpened;
            return Database::openSqlite(database);
        },
        this);
}

void TestCommandSession::sendsNothingBeforeTheIdentityHasLoaded()
{
    QVERIFY(!m_session->ready());
    QVERIFY(!m_identity->isReady());
    const QVector<Endpoint> targets { endpoint(QStringLiteral("127.0.0.10"),
                                               QStringLiteral("osm-hq")) };
    QVERIFY(!m_session->start(EndpointActions::Kind::Quarantine, targets));
    QVERIFY(!m_session->start(EndpointActions::Kind::Copy, targets));
    QCOMPARE(m_storeOpened, 0); // not even an intent in the audit log
}

void TestCommandSession::namesTheServersWhoseCredentialIsMissing()
{
    // An imported credential is its certificates in the folder, named after the server.
    const Result<CertificateAuthority> branch
        = CertificateAuthority::create(QStringLiteral("osm-a"));
    QVERIFY2(branch, qPrintable(branch.error()));
    QFile file(QDir(m_imported).filePath(QStringLiteral("osm-a.pem")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(branch->certificatePem());
    file.close();

    const QVector<Endpoint> endpoints {
        endpoint(QStringLiteral("127.0.0.11"), QStringLiteral("osm-c")),
        endpoint(QStringLiteral("127.0.0.12"), QStringLiteral("osm-a")),
        endpoint(QStringLiteral("127.0.0.13"), QStringLiteral("osm-b")),
        endpoint(QStringLiteral("127.0.0.14"), QStringLiteral("osm-c")),
    };
    QCOMPARE(m_session->missingCredentials(endpoints),
             (QStringList { QStringLiteral("osm-b"), QStringLiteral("osm-c") }));
}

void TestCommandSession::saysWhichCredentialFileCannotBeRead()
{
    const QString missing = m_directory.filePath(QStringLiteral("no-such.p12"));
    std::optional<Result<QString>> answer;
    m_session->importCredential(missing, QStringLiteral("long enough now"),
                                [&answer](const Result<QString> &server) { answer = server; });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(!*answer);
    QVERIFY2(answer->error().contains(missing), qPrintable(answer->error()));
}

QTEST_GUILESS_MAIN(TestCommandSession)
#include "tst_commandsession.moc"
