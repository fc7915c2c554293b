#include "fleetprocess.h"
#include "query/queryrunner.h"
#include "secrets/keychainworker.h"
#include "secrets/savedpassword.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Where the AD stage of a query takes its bind password (docs/directory.md): the keychain's
// (a real gnome-keyring, the KEYRING option), unless the caller gives one; none saved is a
// failure that says what to do. The directory itself is a closed loopback port: what matters
// is that the query got past the password, and reports the directory's words.
class TestDirectoryPassword : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void failsWhenNoPasswordIsSaved();
    void usesTheKeychainsPassword();
    void usesTheGivenPasswordFirst();

private:
    Scope scope() const;
    QueryOutcome run(const std::optional<QString> &password);

    QTemporaryDir m_dir;
    ActiveDirectoryConnection m_connection;
};

namespace {

// The test's own keychain calls run on the query's keychain thread too: libsecret binds to the
// first thread that uses it (core/secrets/keychainworker.h).
bool onKeychain(const std::function<bool()> &work)
{
    bool done = false;
    QMetaObject::invokeMethod(
        KeychainWorker::instance(), [&] { done = work(); }, Qt::BlockingQueuedConnection);
    return done;
}

} // namespace

void TestDirectoryPassword::initTestCase()
{
    // Nothing listens there: binding fails with "cannot be reached".
    m_connection.url = QStringLiteral("ldaps://127.0.0.1:%1").arg(FleetProcess::randomPort());
    m_connection.bindUser = QStringLiteral("CORP\\auditor");
    m_connection.verifyCertificate = false;
    QVERIFY(
        onKeychain([this] { return bool(SavedPassword::forDirectory(m_connection).remove()); }));
}

Scope TestDirectoryPassword::scope() const
{
    Scope scope;
    scope.ipScopeEnabled = false;
    scope.ports = PortList::fromNumbers({ 21112 }).value();
    scope.activeDirectory.objects = { QStringLiteral("OU=Sales,DC=corp,DC=example,DC=test") };
    scope.activeDirectory.connection = m_connection;
    return scope;
}

QueryOutcome TestDirectoryPassword::run(const std::optional<QString> &password)
{
    QueryRunner runner(StoreLocation::sqlite(m_dir.filePath(QStringLiteral("osmgmt.sqlite"))));
    if (password)
        runner.setDirectoryPassword(*password);
    QSignalSpy finished(&runner, &QueryRunner::finished);
    ProbeSettings settings;
    settings.thisServerName = QStringLiteral("osm-hq");
    const QString error = runner.start(QueryScope::from(scope()).value(), settings);
    if (!error.isEmpty())
        qFatal("not started: %s", qPrintable(error));
    if (!finished.wait(30000))
        qFatal("the query did not end");
    return finished.first().first().value<QueryOutcome>();
}

void TestDirectoryPassword::failsWhenNoPasswordIsSaved()
{
    const QueryOutcome outcome = run(std::nullopt);
    QCOMPARE(outcome.outcome, ProbeEngine::Outcome::Failed);
    QVERIFY2(outcome.error.contains(QStringLiteral("No password is saved")),
             qPrintable(outcome.error));
    QVERIFY2(outcome.error.contains(QStringLiteral("scope editor")), qPrintable(outcome.error));
    QVERIFY2(outcome.error.contains(QStringLiteral("--password-stdin")), qPrintable(outcome.error));
    QVERIFY(outcome.queryId > 0); // the failed query is in the history
}

void TestDirectoryPassword::usesTheKeychainsPassword()
{
    QVERIFY(onKeychain([this] {
        return bool(
            SavedPassword::forDirectory(m_connection).write(QStringLiteral("from the keychain")));
    }));
    const QueryOutcome outcome = run(std::nullopt);
    QCOMPARE(outcome.outcome, ProbeEngine::Outcome::Failed);
    QVERIFY2(outcome.error.contains(QStringLiteral("cannot be reached")),
             qPrintable(outcome.error));
    QVERIFY(!outcome.error.contains(QStringLiteral("from the keychain"))); // never in words
    QVERIFY(
        onKeychain([this] { return bool(SavedPassword::forDirectory(m_connection).remove()); }));
}

void TestDirectoryPassword::usesTheGivenPasswordFirst()
{
    // Nothing saved: a given password is enough.
    const QueryOutcome outcome = run(QStringLiteral("given"));
    QCOMPARE(outcome.outcome, ProbeEngine::Outcome::Failed);
    QVERIFY2(outcome.error.contains(QStringLiteral("cannot be reached")),
             qPrintable(outcome.error));
}

QTEST_GUILESS_MAIN(TestDirectoryPassword)
#include "tst_directorypassword.moc"
