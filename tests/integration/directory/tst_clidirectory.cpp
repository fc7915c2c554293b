#include "errorwords.h"
#include "samba.h"
#include "scope/scopefile.h"
#include "testenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `osmgmt-cli query` on a scope with Active Directory objects, against the Samba lab's DC and
// an empty private keychain: the bind password from --password-stdin, the directory's words
// for a wrong one, and what to do when there is none (docs/cli.md).
class TestCliDirectory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusesAWrongPasswordFromStdin();
    void saysWhatToDoWithoutAPassword();
    void refusesAnEmptyLine();
    void queriesWithThePasswordFromStdin();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    Run query(const QStringList &extra, const QByteArray &stdinText);

    SambaLab m_lab;
    SambaLab::Computer m_computer;
    QTemporaryDir m_dir;
    QString m_scopePath;
};

void TestCliDirectory::initTestCase()
{
    const QString error = SambaLab::load(m_lab);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_dir.isValid());
    // One computer with a DNS record: a quick query that still binds and reads the directory.
    for (const SambaLab::Computer &computer : qAsConst(m_lab.computers)) {
        if (!computer.address.isEmpty()) {
            m_computer = computer;
            break;
        }
    }
    QVERIFY(!m_computer.dn.isEmpty());
    Scope scope;
    scope.ipScopeEnabled = false;
    scope.ports = *PortList::fromNumbers({ 21112 });
    scope.activeDirectory.objects = { m_computer.dn };
    scope.activeDirectory.connection = m_lab.connection();
    scope.timeoutMs = 300;
    m_scopePath = m_dir.filePath(QStringLiteral("ad.json"));
    const QString saved = saveScopeFile(m_scopePath, scope).error();
    QVERIFY2(saved.isEmpty(), qPrintable(saved));
}

TestCliDirectory::Run TestCliDirectory::query(const QStringList &extra, const QByteArray &stdinText)
{
    QProcess process;
    QStringList arguments { QStringLiteral("query"), QStringLiteral("--scope"), m_scopePath,
                            QStringLiteral("--db"), m_dir.filePath(QStringLiteral("q.sqlite")) };
    process.start(TestEnvironment::cliProgram(), arguments + extra);
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    process.write(stdinText);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

void TestCliDirectory::refusesAWrongPasswordFromStdin()
{
    const Run run = query({ QStringLiteral("--password-stdin") }, "not the password\n");
    QVERIFY2(run.exitCode == 1, qPrintable(run.err));
    QVERIFY_MENTIONS(run.err, words({ "refused the credentials", "52e" }));
    QVERIFY(!run.err.contains(QStringLiteral("not the password")));
}

void TestCliDirectory::saysWhatToDoWithoutAPassword()
{
    // The keychain (with-keyring.sh's, private) holds nothing for this connection.
    const Run run = query({}, QByteArray());
    QVERIFY2(run.exitCode == 2, qPrintable(run.err));
    const QStringList expected = words({ "no Active Directory password is saved in the keychain",
                                         "--password-stdin", "scope editor" })
        << m_lab.connection().bindUser;
    QVERIFY_MENTIONS(run.err, expected);
    QVERIFY(run.out.isEmpty());
}

void TestCliDirectory::refusesAnEmptyLine()
{
    const Run run = query({ QStringLiteral("--password-stdin") }, "\n");
    QVERIFY2(run.exitCode == 2, qPrintable(run.err));
    QVERIFY_MENTIONS(run.err, words({ "--password-stdin", "no password" }));
}

void TestCliDirectory::queriesWithThePasswordFromStdin()
{
    // CRLF as a Windows script might send it: the line ending is not part of the password.
    const Run run = query({ QStringLiteral("--password-stdin") }, m_lab.password.toUtf8() + "\r\n");
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray endpoints = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(endpoints.size(), 1);
    const QJsonObject endpoint = endpoints.at(0).toObject();
    QCOMPARE(endpoint.value(QStringLiteral("address")).toString(), m_computer.address);
    // The computer was read from the directory: it carries its DN (core/query's adPath).
    QCOMPARE(endpoint.value(QStringLiteral("adPath")).toString(), m_computer.dn);
}

QTEST_MAIN(TestCliDirectory)
#include "tst_clidirectory.moc"
