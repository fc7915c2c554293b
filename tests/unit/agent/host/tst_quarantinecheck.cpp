#include "host/nftquarantine.h"
#include "host/quarantinecheck.h"
#include "ownnamespaces.h"

#include <QNetworkInterface>
#include <QStandardPaths>
#include <QtTest>

#include <sys/socket.h>

// The check after a quarantine (issue 14, point 5): the table the kernel holds, read back with
// `nft -j`, followed for a console's packets. Real nftables in a user and network namespace
// of this test's own (entered in main()), so every table here is one the kernel really parsed.
namespace {

const QHostAddress console(QStringLiteral("198.18.0.1"));
const QHostAddress console6(QStringLiteral("fd00:198::1"));
constexpr quint16 port = 21112;

// The table loaded now, as the agent reads it back.
QByteArray loaded()
{
    const Result<QByteArray> table = NftQuarantine::loadedTable();
    if (!table)
        qFatal("%s", qPrintable(table.error()));
    return *table;
}

// A table of the agent's name with these chains' rules (policy drop).
QByteArray table(const QByteArray &input, const QByteArray &output)
{
    return "table inet osmgmt_quarantine\ndelete table inet osmgmt_quarantine\n"
           "table inet osmgmt_quarantine {\n\tchain input {\n\t\ttype filter hook input priority "
           "-10; policy drop;\n"
        + input + "\t}\n\tchain output {\n\t\ttype filter hook output priority -10; policy drop;\n"
        + output + "\t}\n}\n";
}

} // namespace

class TestQuarantineCheck : public QObject
{
    Q_OBJECT
public:
    QString namespaceFailure;

private slots:
    void initTestCase()
    {
        QVERIFY2(namespaceFailure.isEmpty(), qPrintable(namespaceFailure));
        const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
        QCOMPARE(interfaces.size(), 1);
        QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("nft")).isEmpty());
    }

    void theAgentsOwnTableLetsEachConsoleInAndOut()
    {
        QVERIFY(NftQuarantine::apply(NftQuarantine::installScript({ console, console6 }, port)));
        const QByteArray json = loaded();
        QCOMPARE(QuarantineCheck::consoleProblem(json, console, port), QString());
        QCOMPARE(QuarantineCheck::consoleProblem(json, console6, port), QString());
        // Written as IPv4, as the script writes it.
        QCOMPARE(QuarantineCheck::consoleProblem(
                     json, QHostAddress(QStringLiteral("::ffff:198.18.0.1")), port),
                 QString());
    }

    // The agent's port is open to marked sockets: a rule the check cannot decide, so an
    // address that only that rule would let in is not counted as reachable.
    void anAddressOnlyTheMarkRuleWouldLetInIsNotProved()
    {
        QVERIFY(NftQuarantine::apply(NftQuarantine::installScript({ console }, port)));
        const QString problem = QuarantineCheck::consoleProblem(
            loaded(), QHostAddress(QStringLiteral("198.18.0.99")), port);
        QCOMPARE(problem,
                 QStringLiteral("198.18.0.99 could not reach the agent's port 21112: no rule of "
                                "the input chain surely lets it through before the policy "
                                "drops it"));
    }

    void aMissingAnswerPathIsFound()
    {
        QVERIFY(NftQuarantine::apply(
            table("\t\tip saddr 198.18.0.1 accept\n", "\t\tip daddr 198.18.0.7 accept\n")));
        QCOMPARE(QuarantineCheck::consoleProblem(loaded(), console, port),
                 QStringLiteral("the agent could not answer 198.18.0.1 from its port 21112: no "
                                "rule of the output chain surely lets it through before the "
                                "policy drops it"));
    }

    void aDropBeforeTheAcceptWins()
    {
        QVERIFY(NftQuarantine::apply(table("\t\tip saddr 198.18.0.0/24 tcp dport 21112 drop\n"
                                           "\t\tip saddr 198.18.0.1 accept\n",
                                           "\t\tip daddr 198.18.0.1 accept\n")));
        const QString problem = QuarantineCheck::consoleProblem(loaded(), console, port);
        QVERIFY2(problem.startsWith(QStringLiteral(
                     "198.18.0.1 could not reach the agent's port 21112: the input chain's rule ")),
                 qPrintable(problem));
        QVERIFY2(problem.endsWith(QStringLiteral(" may drop it")), qPrintable(problem));
        // A drop the packet surely does not meet (another port, the other family) is passed.
        QVERIFY(NftQuarantine::apply(table("\t\ttcp dport 22 drop\n\t\tip6 saddr fd00::/8 drop\n"
                                           "\t\tudp dport 21112 drop\n"
                                           "\t\tip saddr 198.18.0.0/24 accept\n",
                                           "\t\tip daddr { 198.18.0.1, 198.18.0.2 } accept\n")));
        QCOMPARE(QuarantineCheck::consoleProblem(loaded(), console, port), QString());
    }

    void prefixesRangesAndNegationsAreFollowed()
    {
        QVERIFY(NftQuarantine::apply(table("\t\tip6 saddr fd00:198::/64 tcp dport 21000-22000 "
                                           "accept\n",
                                           "\t\tip6 daddr != fd00:199::/64 accept\n")));
        const QByteArray json = loaded();
        QCOMPARE(QuarantineCheck::consoleProblem(json, console6, port), QString());
        QVERIFY(!QuarantineCheck::consoleProblem(json, console6, 23000).isEmpty());
        QVERIFY(!QuarantineCheck::consoleProblem(json, console, port).isEmpty());
    }

    void whatIsNotATableIsAProblem()
    {
        QCOMPARE(QuarantineCheck::consoleProblem("garbage", console, port),
                 QStringLiteral("the rules read back from nftables are not readable"));
        QCOMPARE(
            QuarantineCheck::consoleProblem(R"({"nftables": [{"metainfo": {}}]})", console, port),
            QStringLiteral("the loaded table lacks its input or output chain"));
        QVERIFY(NftQuarantine::apply(NftQuarantine::removeScript()));
        const QString problem = QuarantineCheck::run({ console }, port, -1);
        QVERIFY2(problem.startsWith(QStringLiteral("the quarantine's table cannot be read back")),
                 qPrintable(problem));
    }

    // The management channel: the listening socket must carry the mark the rules let in.
    void theListeningSocketMustCarryTheMark()
    {
        QVERIFY(NftQuarantine::apply(NftQuarantine::installScript({ console, console6 }, port)));
        const int plain = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        QCOMPARE(*QuarantineCheck::socketMark(plain), 0u);
        const QString problem = QuarantineCheck::run({ console }, port, plain);
        QVERIFY2(problem.startsWith(QStringLiteral(
                     "the agent's listening socket does not carry the mark 0x4f534d47")),
                 qPrintable(problem));
        const quint32 mark = NftQuarantine::agentSocketMark;
        QCOMPARE(setsockopt(plain, SOL_SOCKET, SO_MARK, &mark, sizeof mark), 0);
        QCOMPARE(QuarantineCheck::run({ console, console6 }, port, plain), QString());
        close(plain);
        QVERIFY(!QuarantineCheck::socketMark(plain).ok());
        QVERIFY(NftQuarantine::apply(NftQuarantine::removeScript()));
    }
};

int main(int argc, char *argv[])
{
    const QString failure = enterOwnNamespaces(CLONE_NEWNET);
    QCoreApplication app(argc, argv);
    TestQuarantineCheck test;
    test.namespaceFailure = failure;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_quarantinecheck.moc"
