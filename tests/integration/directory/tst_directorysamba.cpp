#include "directory/computerenumerator.h"
#include "directory/computerresolver.h"
#include "directory/directorysession.h"
#include "directory/distinguishedname.h"
#include "directory/ldapfilter.h"
#include "errorwords.h"
#include "samba.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

namespace {

const char systemCas[] = "/etc/ssl/certs/ca-certificates.crt";

QString normalized(const QString &dn)
{
    const Result<QString> result = DistinguishedName::normalized(dn);
    return result ? *result : QStringLiteral("unparsable: ") + dn;
}

} // namespace

class TestDirectorySamba : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void discoversTheNamingContext();
    void bindsInEveryForm_data();
    void bindsInEveryForm();
    void refusesBadCredentials_data();
    void refusesBadCredentials();
    void verifiesTheCertificate_data();
    void verifiesTheCertificate();
    void enumeratesEveryComputer();
    void readsPageByPage();
    void stopsAndCancels();
    void chasesNoReferral();
    void escapesRealNames();
    void listsChildrenLazily();
    void enumeratesOnTheWorkerThread();
    void reportsMissingObjects();
    void resolvesHostNames();

private:
    DirectoryClient &bound();

    SambaLab m_lab;
    DirectoryClient m_client;
};

void TestDirectorySamba::initTestCase()
{
    const QString error = SambaLab::load(m_lab);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

DirectoryClient &TestDirectorySamba::bound()
{
    if (!m_client.isOpen()) {
        const DirectoryError error = m_client.open(m_lab.connection(), m_lab.password);
        if (!error.ok())
            qFatal("cannot bind to the lab's DC: %s", qPrintable(error.text()));
    }
    m_client.clearCancel();
    return m_client;
}

void TestDirectorySamba::discoversTheNamingContext()
{
    const DirectoryResult<RootDse> dse = bound().readRootDse();
    QVERIFY2(dse.ok(), qPrintable(dse.error().text()));
    QCOMPARE(dse->defaultNamingContext, m_lab.domainDn);
    QVERIFY(dse->namingContexts.contains(m_lab.domainDn));
    QCOMPARE(dse->dnsHostName.toLower(), m_lab.host);
    QVERIFY(dse->supportsPagedResults);
}

void TestDirectorySamba::bindsInEveryForm_data()
{
    QTest::addColumn<QString>("bindUser");
    QTest::newRow("user@domain") << m_lab.user + QLatin1Char('@') + m_lab.realm;
    QTest::newRow("DOMAIN\\user") << m_lab.domain + QLatin1Char('\\') + m_lab.user;
    QTest::newRow("DN") << QStringLiteral("CN=%1,CN=Users,%2").arg(m_lab.user, m_lab.domainDn);
}

void TestDirectorySamba::bindsInEveryForm()
{
    QFETCH(QString, bindUser);
    for (const char *scheme : { "ldaps", "ldap" }) {
        ActiveDirectoryConnection connection = m_lab.connection(scheme);
        connection.bindUser = bindUser;
        DirectoryClient client;
        const DirectoryError error = client.open(connection, m_lab.password);
        QVERIFY2(error.ok(), qPrintable(error.text()));
        QCOMPARE(client.readRootDse()->defaultNamingContext, m_lab.domainDn);
    }
}

void TestDirectorySamba::refusesBadCredentials_data()
{
    QTest::addColumn<QString>("bindUser");
    QTest::addColumn<QString>("password");
    QTest::newRow("wrong password")
        << m_lab.user + QLatin1Char('@') + m_lab.realm << QStringLiteral("not the password");
    QTest::newRow("unknown user") << QStringLiteral("nobody-here@") + m_lab.realm << m_lab.password;
    QTest::newRow("unknown DN") << QStringLiteral("CN=Nobody,CN=Users,") + m_lab.domainDn
                                << m_lab.password;
}

void TestDirectorySamba::refusesBadCredentials()
{
    QFETCH(QString, bindUser);
    QFETCH(QString, password);
    ActiveDirectoryConnection connection = m_lab.connection();
    connection.bindUser = bindUser;
    DirectoryClient client;
    const DirectoryError error = client.open(connection, password);
    QCOMPARE(error.kind(), DirectoryError::Kind::InvalidCredentials);
    const QStringList expected = words({ "refused the credentials" }) << bindUser;
    QVERIFY_MENTIONS(error.text(), expected);
    QVERIFY(!client.isOpen());
}

void TestDirectorySamba::verifiesTheCertificate_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<bool>("verify");
    QTest::addColumn<bool>("accepted");
    const QString dc = m_lab.host;
    const QString ca = m_lab.caFile;
    const QString other = QString::fromLatin1(systemCas);
    for (const QString &scheme : { QStringLiteral("ldaps"), QStringLiteral("ldap") }) {
        const QByteArray tag = scheme.toLatin1() + QByteArrayLiteral(" ");
        QTest::newRow(QByteArray(tag + "the DC's CA").constData())
            << scheme << dc << ca << true << true;
        QTest::newRow(QByteArray(tag + "other CAs").constData())
            << scheme << dc << other << true << false;
        QTest::newRow(QByteArray(tag + "system CAs").constData())
            << scheme << dc << QString() << true << false;
        QTest::newRow(QByteArray(tag + "name mismatch").constData())
            << scheme << QStringLiteral("127.0.0.1") << ca << true << false;
        QTest::newRow(QByteArray(tag + "opt-out").constData())
            << scheme << dc << other << false << true;
    }
}

void TestDirectorySamba::verifiesTheCertificate()
{
    QFETCH(QString, scheme);
    QFETCH(QString, host);
    QFETCH(QString, caFile);
    QFETCH(bool, verify);
    QFETCH(bool, accepted);
    ActiveDirectoryConnection connection = m_lab.connection();
    connection.url = scheme + QStringLiteral("://") + host;
    connection.caFile = caFile;
    connection.verifyCertificate = verify;
    DirectoryClient client;
    const DirectoryError error = client.open(connection, m_lab.password);
    if (accepted) {
        QVERIFY2(error.ok(), qPrintable(error.text()));
        return;
    }
    QCOMPARE(error.kind(), DirectoryError::Kind::TlsFailure);
    QVERIFY_MENTIONS(error.text(), words({ "TLS", "certificate" }));
}

void TestDirectorySamba::enumeratesEveryComputer()
{
    QHash<QString, AdComputer> found;
    int batches = 0;
    const auto outcome = ComputerEnumerator::enumerate(bound(), { m_lab.domainDn },
                                                       [&](const QVector<AdComputer> &batch) {
                                                           ++batches;
                                                           for (const AdComputer &c : batch)
                                                               found.insert(normalized(c.dn), c);
                                                           return true;
                                                       });
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().text()));
    // The lab's computers and the DC itself, in OU=Domain Controllers.
    QCOMPARE(outcome->count, m_lab.computers.size() + 1);
    QCOMPARE(found.size(), m_lab.computers.size() + 1);
    QVERIFY(batches >= 2); // more than one page of AD's 1,000
    for (const SambaLab::Computer &expected : qAsConst(m_lab.computers)) {
        const auto it = found.constFind(normalized(expected.dn));
        QVERIFY2(it != found.cend(), qPrintable(expected.dn));
        QCOMPARE(it->name, expected.cn);
        QCOMPARE(it->dnsHostName, expected.dnsHostName);
        QCOMPARE(it->operatingSystem, expected.operatingSystem);
        QCOMPARE(it->path, *DistinguishedName::containerPath(expected.dn));
        found.remove(normalized(expected.dn));
    }
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.constBegin()->dn.contains(QStringLiteral("OU=Domain Controllers")),
             qPrintable(found.constBegin()->dn));
}

void TestDirectorySamba::readsPageByPage()
{
    QVector<int> pageSizes;
    QSet<QString> dns;
    const DirectoryError error = bound().searchPaged(
        m_lab.labOu, DirectoryClient::Scope::Subtree, ComputerEnumerator::computerFilter(),
        { QStringLiteral("cn") },
        [&](const QVector<DirectoryEntry> &page) {
            pageSizes.append(int(page.size()));
            for (const DirectoryEntry &entry : page)
                dns.insert(entry.dn);
            return true;
        },
        150);
    QVERIFY2(error.ok(), qPrintable(error.text()));
    int inLab = 0;
    for (const SambaLab::Computer &computer : qAsConst(m_lab.computers))
        inLab += computer.container.endsWith(m_lab.labOu) ? 1 : 0;
    QCOMPARE(dns.size(), inLab);
    QCOMPARE(pageSizes.size(), (inLab + 149) / 150);
    QCOMPARE(pageSizes.constFirst(), 150);
}

void TestDirectorySamba::stopsAndCancels()
{
    int pages = 0;
    DirectoryError error = bound().searchPaged(
        m_lab.domainDn, DirectoryClient::Scope::Subtree, ComputerEnumerator::computerFilter(),
        { QStringLiteral("cn") },
        [&](const QVector<DirectoryEntry> &page) {
            ++pages;
            return page.size() < 100;
        },
        100);
    QVERIFY2(error.ok(), qPrintable(error.text()));
    QCOMPARE(pages, 1);

    bound().cancel();
    error = m_client.searchPaged(m_lab.domainDn, DirectoryClient::Scope::Subtree,
                                 ComputerEnumerator::computerFilter(), {},
                                 [](const QVector<DirectoryEntry> &) { return true; });
    QCOMPARE(error.kind(), DirectoryError::Kind::Cancelled);
    // The connection stays usable for the next request.
    QVERIFY(bound().readRootDse().ok());
}

void TestDirectorySamba::chasesNoReferral()
{
    // AD answers a subtree search of the domain with continuation references to its other
    // naming contexts (DC=DomainDnsZones, CN=Configuration): they are skipped, not followed,
    // and the search still succeeds with the domain's own entries only.
    const QString filter = QStringLiteral("(objectClass=dnsNode)");
    const int referencesBefore = bound().skippedReferences();
    QStringList fromDomain;
    DirectoryError error
        = bound().searchPaged(m_lab.domainDn, DirectoryClient::Scope::Subtree, filter,
                              { QStringLiteral("name") }, [&](const QVector<DirectoryEntry> &page) {
                                  for (const DirectoryEntry &entry : page)
                                      fromDomain.append(entry.dn);
                                  return true;
                              });
    QVERIFY2(error.ok(), qPrintable(error.text()));
    QVERIFY(m_client.skippedReferences() > referencesBefore);
    const QString zones = QStringLiteral("DC=DomainDnsZones,") + m_lab.domainDn;
    for (const QString &dn : qAsConst(fromDomain))
        QVERIFY2(!dn.endsWith(zones, Qt::CaseInsensitive), qPrintable(dn));
    // The lab's records are there, for whoever searches that naming context itself.
    int fromZones = 0;
    error = m_client.searchPaged(zones, DirectoryClient::Scope::Subtree, filter,
                                 { QStringLiteral("name") },
                                 [&](const QVector<DirectoryEntry> &page) {
                                     fromZones += int(page.size());
                                     return true;
                                 });
    QVERIFY2(error.ok(), qPrintable(error.text()));
    QVERIFY(fromZones > fromDomain.size());
}

void TestDirectorySamba::escapesRealNames()
{
    int special = 0;
    for (const SambaLab::Computer &computer : qAsConst(m_lab.computers)) {
        if (!computer.cn.contains(
                QRegularExpression(QStringLiteral("[*()\\\\,\"\\x{80}-\\x{ffff}]"))))
            continue;
        ++special;
        QStringList names;
        const DirectoryError error = bound().searchPaged(
            m_lab.domainDn, DirectoryClient::Scope::Subtree,
            QStringLiteral("(&%1%2)").arg(ComputerEnumerator::computerFilter(),
                                          LdapFilter::equals(QStringLiteral("cn"), computer.cn)),
            { QStringLiteral("cn") }, [&](const QVector<DirectoryEntry> &page) {
                for (const DirectoryEntry &entry : page)
                    names.append(entry.first(QStringLiteral("cn")));
                return true;
            });
        QVERIFY2(error.ok(), qPrintable(error.text()));
        QCOMPARE(names, QStringList { computer.cn });
    }
    QVERIFY(special >= 8);
    // Unescaped, "Star*" is a wildcard and matches every "Star*" computer: escaping matters.
    int wildcard = 0;
    bound().searchPaged(m_lab.domainDn, DirectoryClient::Scope::Subtree,
                        QStringLiteral("(cn=Star*)"), { QStringLiteral("cn") },
                        [&](const QVector<DirectoryEntry> &page) {
                            wildcard += int(page.size());
                            return true;
                        });
    QVERIFY(wildcard > 1);
}

void TestDirectorySamba::listsChildrenLazily()
{
    DirectorySession session;
    QSignalSpy opened(session.reader(), &DirectoryReader::opened);
    QSignalSpy listed(session.reader(), &DirectoryReader::childrenListed);
    QSignalSpy failed(session.reader(), &DirectoryReader::failed);
    session.open(m_lab.connection(), m_lab.password);
    QVERIFY(opened.wait(20000));
    const quint64 id = session.listChildren(m_lab.labOu);
    QTRY_VERIFY_WITH_TIMEOUT(!listed.isEmpty() && listed.constLast().at(3).toBool(), 20000);
    QVERIFY(failed.isEmpty());
    QStringList names;
    for (const QList<QVariant> &signal : qAsConst(listed)) {
        QCOMPARE(signal.at(0).value<quint64>(), id);
        QCOMPARE(signal.at(1).toString(), m_lab.labOu);
        for (const DirectoryNode &node : signal.at(2).value<QVector<DirectoryNode>>()) {
            QCOMPARE(node.kind, DirectoryNode::Kind::OrganizationalUnit);
            names.append(node.name);
        }
    }
    names.sort();
    QCOMPARE(names,
             QStringList({ QStringLiteral("Europe"), QStringLiteral("Köln (Büro)"),
                           QStringLiteral("Sales, EMEA"), QStringLiteral("Star*Lab") }));
}

void TestDirectorySamba::enumeratesOnTheWorkerThread()
{
    DirectorySession session;
    QSet<QThread *> threads;
    QSet<QString> dns;
    connect(session.reader(), &DirectoryReader::computersFound, this,
            [&](quint64, const QVector<AdComputer> &batch) {
                threads.insert(QThread::currentThread());
                for (const AdComputer &computer : batch)
                    dns.insert(computer.dn);
            });
    QSignalSpy finished(session.reader(), &DirectoryReader::enumerationFinished);
    session.open(m_lab.connection(), m_lab.password);
    // An OU and a computer inside it, and the Computers container: each computer once.
    const QString inside = m_lab.computers.constFirst().dn;
    session.enumerateComputers(
        { m_lab.labOu, inside, QStringLiteral("CN=Computers,") + m_lab.domainDn });
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.constFirst().at(1).toInt(), m_lab.computers.size());
    QCOMPARE(dns.size(), m_lab.computers.size());
    // Answers arrive in the caller's thread; the blocking work ran elsewhere.
    QCOMPARE(threads, QSet<QThread *> { QThread::currentThread() });
    QVERIFY(session.reader()->thread() != QThread::currentThread());
}

void TestDirectorySamba::reportsMissingObjects()
{
    const QString gone = QStringLiteral("OU=Deleted Long Ago,") + m_lab.domainDn;
    const auto outcome
        = ComputerEnumerator::enumerate(bound(), { gone, m_lab.computers.constFirst().dn },
                                        [](const QVector<AdComputer> &) { return true; });
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().text()));
    QCOMPARE(outcome->count, 1);
    QCOMPARE(outcome->missing, QStringList { gone });
}

void TestDirectorySamba::resolvesHostNames()
{
    QVector<AdComputer> computers;
    QHash<QString, QString> expected; // dn -> address or empty
    for (const SambaLab::Computer &computer : qAsConst(m_lab.computers)) {
        computers.append({ computer.dn, computer.cn, computer.dnsHostName, {}, {} });
        expected.insert(computer.dn, computer.address);
    }
    ComputerResolver resolver;
    QHash<QString, ResolvedComputer> answers;
    connect(&resolver, &ComputerResolver::computerResolved, this,
            [&answers](const ResolvedComputer &resolved) {
                answers.insert(resolved.computer.dn, resolved);
            });
    QSignalSpy finished(&resolver, &ComputerResolver::finished);
    resolver.resolve(computers);
    QVERIFY(finished.wait(120000));
    QCOMPARE(answers.size(), computers.size());
    int resolved = 0;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const ResolvedComputer &answer = answers.value(it.key());
        if (it.value().isEmpty()) {
            QVERIFY2(!answer.isResolved(), qPrintable(it.key()));
            QVERIFY(!answer.unresolvedReason.isEmpty());
            continue;
        }
        ++resolved;
        QCOMPARE(answer.addresses, QVector<QHostAddress> { QHostAddress(it.value()) });
    }
    QVERIFY(resolved > computers.size() / 2);
}

QTEST_GUILESS_MAIN(TestDirectorySamba)
#include "tst_directorysamba.moc"
