#include "identity/servercredential.h"
#include "scope/activedirectoryconnection.h"
#include "secrets/consolecredentials.h"
#include "secrets/importedauthorities.h"
#include "secrets/savedpassword.h"
#include "secrets/secretstore.h"
#include "secrets/serveridentity.h"
#include "store/storelocation.h"
#include "testclock.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <functional>

// Runs under tests/support/with-keyring.sh: a real gnome-keyring, unlocked, locked, or absent
// (OSMGMT_KEYRING_MODE), with HOME in a temporary folder. Each ctest entry names the functions
// that fit its keyring.
class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void roundTripsBinarySecrets();
    void missingSecretIsNoValueNotAnError();
    void savedPasswordsAreKeptPerConnection();
    void aSavedLdapPasswordIsBoundToTheServersIdentity();
    void firstStartCreatesTheAuthorityAndKeepsTheKeyInTheKeychainOnly();
    void laterStartsLoadTheSameAuthority();
    void refusesToReplaceAnAuthorityWhoseKeyIsGone();
    void refusesAKeyWithoutItsCertificate();
    void importsAnotherServersCredentialIntoTheKeychain();
    void aCredentialIsForgottenAfterUseOrOnceExpired();
    void aCredentialImportedOnOneThreadIsFoundOnAnother();
    void consoleCredentialsNeverCreateAndLoadFromAnyThread();
    void aFinishedRolloverCutShortIsCompletedAtTheNextLoad();

    void lockedKeychainSaysSoAndWritesNothing();
    void missingServiceSaysWhatToDo();

private:
    void requireMode(const char *mode);

    QTemporaryDir m_data;
    // Each function has its own service, so that they do not see each other's secrets.
    SecretStore store(const char *name) const
    {
        return SecretStore(QStringLiteral("osmgmt-test-%1").arg(QLatin1String(name)));
    }
};

void TestSecretStore::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("OSMGMT_KEYRING_MODE"),
             "run this test through tests/support/with-keyring.sh (ctest does)");
    QVERIFY(m_data.isValid());
}

void TestSecretStore::requireMode(const char *mode)
{
    if (qgetenv("OSMGMT_KEYRING_MODE") != mode)
        QFAIL(qPrintable(
            QStringLiteral("this function needs the keyring %1, not %2")
                .arg(QLatin1String(mode), QString::fromLocal8Bit(qgetenv("OSMGMT_KEYRING_MODE")))));
}

void TestSecretStore::roundTripsBinarySecrets()
{
    requireMode("unlocked");
    const SecretStore secrets = store("roundtrip");
    const QByteArray secret("pass\0word \xe3\x81\x82\n", 14);
    QVERIFY(secrets.write(QStringLiteral("database-password"), secret));
    const Result<std::optional<QByteArray>> read
        = secrets.read(QStringLiteral("database-password"));
    QVERIFY2(read, qPrintable(read.error()));
    QVERIFY(read->has_value());
    QCOMPARE(read->value(), secret);

    QVERIFY(secrets.write(QStringLiteral("database-password"), QByteArrayLiteral("second")));
    QCOMPARE(secrets.read(QStringLiteral("database-password"))->value(), QByteArray("second"));

    QVERIFY(secrets.remove(QStringLiteral("database-password")));
    QVERIFY(!secrets.read(QStringLiteral("database-password"))->has_value());
}

void TestSecretStore::missingSecretIsNoValueNotAnError()
{
    requireMode("unlocked");
    const SecretStore secrets = store("missing");
    const Result<std::optional<QByteArray>> read = secrets.read(QStringLiteral("never-written"));
    QVERIFY2(read, qPrintable(read.error()));
    QVERIFY(!read->has_value());
    QVERIFY(secrets.remove(QStringLiteral("never-written")));
}

void TestSecretStore::savedPasswordsAreKeptPerConnection()
{
    requireMode("unlocked");
    const SecretStore secrets = store("passwords");
    ActiveDirectoryConnection connection;
    connection.url = QStringLiteral("ldaps://dc1.corp.example.test");
    connection.bindUser = QStringLiteral("CORP\\osmgmt");
    ActiveDirectoryConnection otherUser = connection;
    otherUser.bindUser = QStringLiteral("reader@corp.example.test");
    const StoreLocation team = StoreLocation::postgres(
        QStringLiteral("127.0.0.1"), 5433, QStringLiteral("osmgmt"), QStringLiteral("console"));

    const QString bindPassword = QStringLiteral("p\u00e4ss w\u00f6rd \u3042");
    QVERIFY(SavedPassword::forDirectory(connection, secrets).write(bindPassword));
    QVERIFY(SavedPassword::forStore(team, secrets).write(QStringLiteral("team secret")));

    const Result<std::optional<QString>> read
        = SavedPassword::forDirectory(connection, secrets).read();
    QVERIFY2(read, qPrintable(read.error()));
    QCOMPARE(read->value(), bindPassword);
    // Another bind user, or the store, never gets this password.
    QVERIFY(!SavedPassword::forDirectory(otherUser, secrets).read()->has_value());
    QCOMPARE(SavedPassword::forStore(team, secrets).read()->value(), QStringLiteral("team secret"));
    QVERIFY(SavedPassword::forDirectory(connection, secrets).key()
            != SavedPassword::forStore(team, secrets).key());

    QVERIFY(SavedPassword::forDirectory(connection, secrets).remove());
    QVERIFY(!SavedPassword::forDirectory(connection, secrets).read()->has_value());
    QVERIFY(SavedPassword::forStore(team, secrets).remove());
}

void TestSecretStore::aSavedLdapPasswordIsBoundToTheServersIdentity()
{
    requireMode("unlocked");
    const SecretStore secrets = store("bound");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString caFile = dir.filePath(QStringLiteral("corp-ca.pem"));
    const auto writeFile = [](const QString &path, const QByteArray &bytes) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    QVERIFY(writeFile(caFile, "-----BEGIN CERTIFICATE-----\nthe corp CA\n"));
    ActiveDirectoryConnection connection;
    connection.url = QStringLiteral("ldaps://dc1.corp.example.test");
    connection.bindUser = QStringLiteral("CORP\\osmgmt");
    connection.caFile = caFile;
    QVERIFY(SavedPassword::forDirectory(connection, secrets).write(QStringLiteral("bind pw")));
    QCOMPARE(SavedPassword::forDirectory(connection, secrets).read()->value(),
             QStringLiteral("bind pw"));

    const auto refusal = [&secrets](const ActiveDirectoryConnection &changed) {
        const Result<std::optional<QString>> read
            = SavedPassword::forDirectory(changed, secrets).read();
        return read ? QStringLiteral("given: ") + read->value_or(QString()) : read.error();
    };
    ActiveDirectoryConnection unverified = connection;
    unverified.verifyCertificate = false;
    QVERIFY2(refusal(unverified).contains(QLatin1String("does not verify")),
             qPrintable(refusal(unverified)));
    ActiveDirectoryConnection systemCas = connection;
    systemCas.caFile.clear();
    QVERIFY2(refusal(systemCas).contains(QLatin1String("another certificate authority")),
             qPrintable(refusal(systemCas)));
    // The same path with another CA in it is another CA.
    QVERIFY(writeFile(caFile, "-----BEGIN CERTIFICATE-----\nan attacker's CA\n"));
    QVERIFY2(refusal(connection).contains(QLatin1String("another certificate authority")),
             qPrintable(refusal(connection)));
    // Typed again for the connection as it now is, it is given to it.
    QVERIFY(SavedPassword::forDirectory(connection, secrets).write(QStringLiteral("bind pw")));
    QCOMPARE(refusal(connection), QStringLiteral("given: bind pw"));

    // A password saved before the binding existed is not given either.
    QVERIFY(secrets.write(SavedPassword::forDirectory(connection, secrets).key(), "old plain"));
    QVERIFY2(refusal(connection).contains(QLatin1String("older osmgmt")),
             qPrintable(refusal(connection)));
    QVERIFY(SavedPassword::forDirectory(connection, secrets).remove());
}

void TestSecretStore::firstStartCreatesTheAuthorityAndKeepsTheKeyInTheKeychainOnly()
{
    requireMode("unlocked");
    const SecretStore secrets = store("first");
    const QString certificateFile = m_data.filePath(QStringLiteral("first/server-ca.pem"));
    const Result<ServerIdentity> identity
        = ServerIdentity::loadOrCreate(secrets, certificateFile, QStringLiteral("osm-hq"));
    QVERIFY2(identity, qPrintable(identity.error()));
    QVERIFY(identity->created());
    QCOMPARE(identity->authority().serverName(), QStringLiteral("osm-hq"));

    const Result<std::optional<QByteArray>> key
        = secrets.read(QString::fromLatin1(ServerIdentity::privateKeyName));
    QVERIFY(key && key->has_value());
    QCOMPARE(key->value(), identity->authority().privateKeyPem());

    // Nothing under HOME (settings, data, caches) holds the key; the certificate file holds
    // the certificate only.
    const QByteArray keyBody = key->value().split('\n').value(1);
    QVERIFY(keyBody.size() > 40);
    QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    QDirIterator data(m_data.path(), QDir::Files, QDirIterator::Subdirectories);
    for (QDirIterator *it : { &files, &data }) {
        while (it->hasNext()) {
            QFile file(it->next());
            if (file.fileName().contains(QLatin1String("/keyrings/")))
                continue; // gnome-keyring's own encrypted store
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(keyBody) && !bytes.contains("PRIVATE KEY"),
                     qPrintable(file.fileName()));
        }
    }
    QFile certificate(certificateFile);
    QVERIFY(certificate.open(QIODevice::ReadOnly));
    QCOMPARE(certificate.readAll(), identity->authority().certificatePem());

    const Result<IssuedCertificate> session = identity->issueSessionCertificate();
    QVERIFY2(session, qPrintable(session.error()));
    QVERIFY(verifyIssuedBy(session->certificate, identity->authority().certificate(),
                           CertificateUse::Client));
}

void TestSecretStore::laterStartsLoadTheSameAuthority()
{
    requireMode("unlocked");
    const SecretStore secrets = store("later");
    const QString certificateFile = m_data.filePath(QStringLiteral("later/server-ca.pem"));
    const Result<ServerIdentity> first
        = ServerIdentity::loadOrCreate(secrets, certificateFile, QStringLiteral("osm-hq"));
    QVERIFY(first);
    const Result<ServerIdentity> second
        = ServerIdentity::loadOrCreate(secrets, certificateFile, QStringLiteral("osm-hq"));
    QVERIFY2(second, qPrintable(second.error()));
    QVERIFY(!second->created());
    QCOMPARE(second->authority().certificate(), first->authority().certificate());
    QCOMPARE(second->authority().privateKeyPem(), first->authority().privateKeyPem());
}

void TestSecretStore::refusesToReplaceAnAuthorityWhoseKeyIsGone()
{
    requireMode("unlocked");
    const SecretStore secrets = store("keygone");
    const QString certificateFile = m_data.filePath(QStringLiteral("keygone/server-ca.pem"));
    QVERIFY(ServerIdentity::loadOrCreate(secrets, certificateFile, QStringLiteral("osm-hq")));
    QFile file(certificateFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    QVERIFY(secrets.remove(QString::fromLatin1(ServerIdentity::privateKeyName)));
    const Result<ServerIdentity> again
        = ServerIdentity::loadOrCreate(secrets, certificateFile, QStringLiteral("osm-hq"));
    QVERIFY(!again);
    QVERIFY2(again.error().contains(QLatin1String("restore the keychain entry")),
             qPrintable(again.error()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TestSecretStore::refusesAKeyWithoutItsCertificate()
{
    requireMode("unlocked");
    const SecretStore secrets = store("certgone");
    const QString certificateFile = m_data.filePath(QStringLiteral("certgone/server-ca.pem"));
    QVERIFY(ServerIdentity::loadOrCreate(secrets, certificateFile, QStringLiteral("osm-hq")));
    QVERIFY(QFile::remove(certificateFile));
    const Result<ServerIdentity> again
        = ServerIdentity::loadOrCreate(secrets, certificateFile, QStringLiteral("osm-hq"));
    QVERIFY(!again);
    QVERIFY2(again.error().contains(QLatin1String("is missing")), qPrintable(again.error()));
    QVERIFY(!QFile::exists(certificateFile));
}

void TestSecretStore::importsAnotherServersCredentialIntoTheKeychain()
{
    requireMode("unlocked");
    const SecretStore secrets = store("imported");
    const QString folder = m_data.filePath(QStringLiteral("imported"));
    const ImportedAuthorities imported(secrets, folder);
    const Result<CertificateAuthority> branch
        = CertificateAuthority::create(QStringLiteral("osm-branch/大阪"));
    QVERIFY(branch);
    const Result<QByteArray> bundle
        = ServerCredential::exportBundle(branch.value(), QStringLiteral("branch-password"));
    QVERIFY(bundle);

    const Result<QString> wrong = imported.import(bundle.value(), QStringLiteral("nope-nope"));
    QVERIFY(!wrong);
    QVERIFY(imported.servers().isEmpty());

    const Result<QString> server
        = imported.import(bundle.value(), QStringLiteral("branch-password"));
    QVERIFY2(server, qPrintable(server.error()));
    QCOMPARE(server.value(), QStringLiteral("osm-branch/大阪"));
    QCOMPARE(imported.servers(), QStringList { QStringLiteral("osm-branch/大阪") });

    const Result<MoveCredential> found = imported.find(QStringLiteral("osm-branch/大阪"));
    QVERIFY2(found, qPrintable(found.error()));
    // The move-only credential, never the authority's key (issue 15, point 4).
    QVERIFY(isMoveOnly(found->certificate));
    QCOMPARE(found->authority, branch->certificate());
    QVERIFY(!found->key.isNull());
    QVERIFY(found->key.toPem() != branch->privateKeyPem());
    // The folder holds the certificates only.
    for (const QString &name : QDir(folder).entryList(QDir::Files)) {
        QFile file(QDir(folder).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("PRIVATE KEY"));
    }

    const Result<MoveCredential> unknown = imported.find(QStringLiteral("osm-other"));
    QVERIFY(!unknown);
    QVERIFY(unknown.error().contains(QLatin1String("Import the credential")));
    QVERIFY(secrets.remove(ImportedAuthorities::keyName(QStringLiteral("osm-branch/大阪"))));
    const Result<MoveCredential> keyGone = imported.find(QStringLiteral("osm-branch/大阪"));
    QVERIFY(!keyGone);
    QVERIFY(keyGone.error().contains(QLatin1String("no longer holds")));
}

// Issue 15, point 4: the console keeps a move credential only until the move that used it
// (CommandController forgets it then), and removes one that expired when it is next asked for.
void TestSecretStore::aCredentialIsForgottenAfterUseOrOnceExpired()
{
    requireMode("unlocked");
    const SecretStore secrets = store("forgotten");
    const ImportedAuthorities imported(secrets, m_data.filePath(QStringLiteral("forgotten")));
    const QString server = QStringLiteral("osm-branch");
    const Result<CertificateAuthority> branch = CertificateAuthority::create(server);
    QVERIFY(branch);
    const QString password = QStringLiteral("branch-password");
    const Result<QByteArray> bundle = ServerCredential::exportBundle(branch.value(), password, 3);
    QVERIFY(bundle);

    QVERIFY(imported.import(bundle.value(), password));
    QVERIFY(imported.find(server));
    const Result<Done> forgotten = imported.forget(server);
    QVERIFY2(forgotten, qPrintable(forgotten.error()));
    QVERIFY(imported.servers().isEmpty());
    QCOMPARE(secrets.read(ImportedAuthorities::keyName(server)).value(), std::nullopt);
    QVERIFY(imported.find(server).error().contains(QLatin1String("Import the credential")));

    QVERIFY(imported.import(bundle.value(), password));
    auto clock = std::make_shared<TestClock>(QDateTime::currentDateTimeUtc().addDays(4));
    Clock::setInstance(clock);
    const Result<MoveCredential> expired = imported.find(server);
    Clock::setInstance(nullptr);
    QVERIFY(!expired);
    QVERIFY2(expired.error().startsWith(
                 QStringLiteral("The move credential of server \"osm-branch\" expired on ")),
             qPrintable(expired.error()));
    QVERIFY2(
        expired.error().endsWith(QLatin1String("and was removed; ask its console for a new one.")),
        qPrintable(expired.error()));
    QVERIFY(imported.servers().isEmpty());
    QCOMPARE(secrets.read(ImportedAuthorities::keyName(server)).value(), std::nullopt);
}

namespace {
// Runs `work` on a new short-lived thread, as the console's workers do, and waits for it. A
// keychain call that never returns fails the test instead of hanging it (the thread cannot be
// stopped, so the process ends).
template<typename T> T onShortLivedThread(std::function<T()> work)
{
    std::optional<T> result;
    QThread *thread = QThread::create([&result, &work] { result.emplace(work()); });
    thread->start();
    if (!thread->wait(QDeadlineTimer(60 * 1000)))
        qFatal("a keychain call on a short-lived thread did not return within a minute");
    delete thread;
    return std::move(*result);
}
} // namespace

// The console's sequence (seen hanging: SecretStore::read under ImportedAuthorities::find): the
// keychain is first used on its own thread (the server's identity, at start), a credential is
// imported on a short-lived worker (CommandController::importCredential), and the move reads it
// on the command run's thread, another one, then forgets it on a third. Every call must return.
// Its own ctest entry, so that no call on the main thread came first.
void TestSecretStore::aCredentialImportedOnOneThreadIsFoundOnAnother()
{
    requireMode("unlocked");
    const SecretStore secrets = store("threads");
    const Result<std::optional<QByteArray>> first
        = onShortLivedThread<Result<std::optional<QByteArray>>>(
            [&secrets] { return secrets.read(QStringLiteral("nothing-here")); });
    QVERIFY2(first, qPrintable(first.error()));
    const ImportedAuthorities imported(secrets, m_data.filePath(QStringLiteral("threads")));
    const QString server = QStringLiteral("osm-branch");
    const Result<CertificateAuthority> branch = CertificateAuthority::create(server);
    QVERIFY(branch);
    const QString password = QStringLiteral("branch-password");
    const Result<QByteArray> bundle = ServerCredential::exportBundle(branch.value(), password, 3);
    QVERIFY(bundle);

    const Result<QString> imported1 = onShortLivedThread<Result<QString>>(
        [&] { return imported.import(bundle.value(), password); });
    QVERIFY2(imported1, qPrintable(imported1.error()));
    const Result<MoveCredential> found
        = onShortLivedThread<Result<MoveCredential>>([&] { return imported.find(server); });
    QVERIFY2(found, qPrintable(found.error()));
    QVERIFY(isMoveOnly(found->certificate));
    const Result<Done> forgotten
        = onShortLivedThread<Result<Done>>([&] { return imported.forget(server); });
    QVERIFY2(forgotten, qPrintable(forgotten.error()));
    QVERIFY(imported.servers().isEmpty());
}

// One home for the console's client certificate (heartbeats, health gathering, diagnose): it
// never creates a CA, loads it through the keychain's thread from whichever thread asks, and
// takes the console's own session when handed one (nothing then reads the keychain again).
void TestSecretStore::consoleCredentialsNeverCreateAndLoadFromAnyThread()
{
    requireMode("unlocked");
    const SecretStore secrets = store("credentials");
    const QString certificateFile = m_data.filePath(QStringLiteral("credentials/server-ca.pem"));
    {
        ConsoleCredentials none(certificateFile, QStringLiteral("osm-hq"), secrets);
        const Result<AgentTls::Credentials> missing
            = onShortLivedThread<Result<AgentTls::Credentials>>([&none] { return none.current(); });
        QVERIFY(!missing);
        QVERIFY2(missing.error().contains(certificateFile), qPrintable(missing.error()));
        QVERIFY(!QFile::exists(certificateFile));
        QVERIFY(!secrets.read(QString::fromLatin1(ServerIdentity::privateKeyName))->has_value());
    }
    const Result<ServerIdentity> identity
        = ServerIdentity::loadOrCreate(secrets, certificateFile, QStringLiteral("osm-hq"));
    QVERIFY(identity);
    ConsoleCredentials credentials(certificateFile, QStringLiteral("osm-hq"), secrets);
    const Result<AgentTls::Credentials> loaded = onShortLivedThread<Result<AgentTls::Credentials>>(
        [&credentials] { return credentials.current(); });
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QVERIFY(verifyIssuedBy(loaded->certificate, identity->authority().certificate(),
                           CertificateUse::Client));
    QCOMPARE(credentials.trustedAuthorities(),
             QList<QSslCertificate> { identity->authority().certificate() });
    // The console's session, handed over: that is what is presented from then on.
    const Result<CertificateAuthority> console
        = CertificateAuthority::create(QStringLiteral("osm-hq"));
    const Result<IssuedCertificate> session
        = console->issue(QStringLiteral("session"), CertificateUse::Client, 1);
    credentials.adopt(*console, *session);
    QCOMPARE(credentials.current()->certificate, session->certificate);
    QCOMPARE(credentials.currentOrNone()->certificate, session->certificate);
}

// ServerIdentity::finishRollover() writes the new key under the current name, then the
// certificate, then removes the pending entries: cut short after the first step (the key of the
// new CA beside the old certificate), the next load completes it instead of failing.
void TestSecretStore::aFinishedRolloverCutShortIsCompletedAtTheNextLoad()
{
    requireMode("unlocked");
    const SecretStore secrets = store("rollover");
    const QString certificateFile = m_data.filePath(QStringLiteral("rollover/server-ca.pem"));
    const Result<ServerIdentity> before
        = ServerIdentity::loadOrCreate(secrets, certificateFile, QStringLiteral("osm-hq"));
    QVERIFY(before);
    const Result<CertificateAuthority> next = before->startRollover(secrets);
    QVERIFY2(next, qPrintable(next.error()));
    const Result<ServerIdentity> during
        = ServerIdentity::loadOrCreate(secrets, certificateFile, QStringLiteral("osm-hq"));
    QVERIFY2(during && during->pending(), qPrintable(during.error()));
    QCOMPARE(during->trustedAuthorities().size(), 2);
    QVERIFY(!during->startRollover(secrets));
    // The first step of the finish only.
    QVERIFY(
        secrets.write(QString::fromLatin1(ServerIdentity::privateKeyName), next->privateKeyPem()));
    const Result<ServerIdentity> after
        = ServerIdentity::loadOrCreate(secrets, certificateFile, QStringLiteral("osm-hq"));
    QVERIFY2(after, qPrintable(after.error()));
    QCOMPARE(after->authority().certificate(), next->certificate());
    QVERIFY(!after->pending());
    QVERIFY(!QFile::exists(ServerIdentity::pendingCertificateFile(certificateFile)));
    QVERIFY(!secrets.read(QString::fromLatin1(ServerIdentity::pendingPrivateKeyName))->has_value());
}

void TestSecretStore::lockedKeychainSaysSoAndWritesNothing()
{
    requireMode("locked");
    const SecretStore secrets = store("locked");
    const Result<Done> written = secrets.write(QStringLiteral("ldap-password"), "secret");
    QVERIFY(!written);
    QVERIFY2(written.error().contains(QLatin1String("locked")), qPrintable(written.error()));
    QVERIFY2(written.error().contains(QLatin1String("\"ldap-password\"")),
             qPrintable(written.error()));

    const QString certificateFile = m_data.filePath(QStringLiteral("locked/server-ca.pem"));
    const Result<ServerIdentity> identity
        = ServerIdentity::loadOrCreate(secrets, certificateFile, QStringLiteral("osm-hq"));
    QVERIFY(!identity);
    QVERIFY(!QFile::exists(certificateFile));
}

void TestSecretStore::missingServiceSaysWhatToDo()
{
    requireMode("none");
    const SecretStore secrets = store("none");
    const Result<std::optional<QByteArray>> read = secrets.read(QStringLiteral("ldap-password"));
    QVERIFY(!read);
    QVERIFY2(read.error().contains(QLatin1String("No keychain service answered")),
             qPrintable(read.error()));
    QVERIFY2(read.error().contains(QLatin1String("dbus-run-session")), qPrintable(read.error()));
    QVERIFY(!secrets.write(QStringLiteral("ldap-password"), "secret"));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
