#include "host/cvesource.h"
#include "policy/cveid.h"
#include "testclock.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

// The CVEs the real agent misses (issue 14, point 4): debsecan where it is installed (here a
// script of the test's, a real process found on PATH, as the agent finds the real one), the
// product status file otherwise.
class TestCveSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bin = m_dir.filePath(QStringLiteral("bin"));
        QVERIFY(QDir().mkpath(m_bin));
        m_path = qgetenv("PATH");
        Clock::setInstance(m_clock);
    }

    void init()
    {
        m_clock->set(at("2026-12-01T10:00:00Z"));
        QFile::remove(m_bin + QStringLiteral("/debsecan"));
        QFile::remove(runs());
        // The test's bin first; /usr/bin and /bin for sh, cat and the rest. A debsecan
        // installed on this machine is not seen unless the test wrote it.
        qputenv("PATH", m_bin.toLocal8Bit() + ":/usr/bin:/bin");
        QVERIFY(QStandardPaths::findExecutable(QStringLiteral("debsecan")).isEmpty()
                || QStandardPaths::findExecutable(QStringLiteral("debsecan")).startsWith(m_bin));
    }

    void cleanupTestCase() { qputenv("PATH", m_path); }

    void cveIdentifiers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("four digits") << QStringLiteral("CVE-2026-0001") << true;
        QTest::newRow("seven digits") << QStringLiteral("CVE-2024-1234567") << true;
        QTest::newRow("three digits") << QStringLiteral("CVE-2026-001") << false;
        // Any case (core/policy/cveid.h); the agent reports them upper case, as policies keep them.
        QTest::newRow("lower case") << QStringLiteral("cve-2026-0001") << true;
        QTest::newRow("two-digit year") << QStringLiteral("CVE-26-0001") << false;
        QTest::newRow("tail") << QStringLiteral("CVE-2026-0001 x") << false;
        QTest::newRow("escape") << QStringLiteral("CVE-2026-0001\x1b[2J") << false;
        QTest::newRow("TEMP") << QStringLiteral("TEMP-0000000-1A2B3C") << false;
    }
    void cveIdentifiers()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(isCveId(text), valid);
    }

    // debsecan's output is not trusted: only CVE identifiers are kept, TEMP- ones left out
    // quietly, anything else counted and said.
    void debsecanIsReadLineByLine()
    {
        writeDebsecan("printf 'CVE-2026-0002\\nTEMP-0000000-1A2B3C\\nCVE-2025-10001\\n"
                      "\\033[2Jrm -rf /\\nCVE-2026-0002\\n\\n<b>CVE-2026-0003</b>\\n'");
        CveSource source(QString(), 3600);
        const CveSource::Report report = source.refresh();
        QVERIFY(report.missingCves);
        QCOMPARE(
            *report.missingCves,
            QStringList({ QStringLiteral("CVE-2025-10001"), QStringLiteral("CVE-2026-0002") }));
        QCOMPARE(report.source, QStringLiteral("debsecan"));
        QCOMPARE(report.problems,
                 QStringList(QStringLiteral(
                     "debsecan printed lines that are not CVE identifiers (2): left out")));
    }

    // The arguments it is given, and once per interval on the agent's clock.
    void debsecanRunsOncePerInterval()
    {
        writeDebsecan("echo \"$@\" >> " + runs().toLocal8Bit() + "\necho CVE-2026-0001");
        CveSource source(QString(), 3600);
        // The request path never runs it: unknown until the first refresh.
        QVERIFY(!source.current().missingCves);
        QVERIFY(runLines().isEmpty());
        QCOMPARE(*source.refresh().missingCves, QStringList(QStringLiteral("CVE-2026-0001")));
        QCOMPARE(*source.current().missingCves, QStringList(QStringLiteral("CVE-2026-0001")));
        m_clock->advance(3599);
        QCOMPARE(*source.refresh().missingCves, QStringList(QStringLiteral("CVE-2026-0001")));
        QCOMPARE(runLines(), QStringList(QStringLiteral("--format bugs")));
        m_clock->advance(1);
        source.refresh();
        QCOMPARE(runLines().size(), 2);
    }

    void aHostWithNothingMissingSaysSo()
    {
        writeDebsecan("exit 0");
        CveSource source(QString(), 3600);
        const CveSource::Report report = source.refresh();
        QVERIFY(report.missingCves && report.missingCves->isEmpty());
        QVERIFY(report.problems.isEmpty());
    }

    // A failing or runaway debsecan: unknown, said in words, never a guess.
    void aFailingDebsecanLeavesThemUnknown()
    {
        writeDebsecan("echo 'error: could not download the data' >&2\nexit 1");
        const CveSource::Report failed = CveSource(QString(), 3600).refresh();
        QVERIFY(!failed.missingCves);
        QCOMPARE(failed.problems,
                 QStringList(QStringLiteral("the missing CVEs are unknown: debsecan failed: "
                                            "error: could not download the data")));
        writeDebsecan("exec yes CVE-2026-0001");
        const CveSource::Report flood = CveSource(QString(), 3600).refresh();
        QVERIFY(!flood.missingCves);
        QVERIFY2(flood.problems.value(0).endsWith(
                     QStringLiteral("--format bugs printed more than 4194304 bytes: stopped")),
                 qPrintable(flood.problems.value(0)));
    }

    void withoutDebsecanTheProductStatusFileSays()
    {
        const QString file = writeStatus(R"({"missingCves": ["CVE-2026-0009", "CVE-2026-0001"]})");
        const CveSource::Report report = CveSource(file, 3600).refresh();
        QCOMPARE(*report.missingCves,
                 QStringList({ QStringLiteral("CVE-2026-0001"), QStringLiteral("CVE-2026-0009") }));
        QCOMPARE(report.source, QStringLiteral("product status file"));
        // Where debsecan is installed, its view wins.
        writeDebsecan("echo CVE-2026-0100");
        QCOMPARE(*CveSource(file, 3600).refresh().missingCves,
                 QStringList(QStringLiteral("CVE-2026-0100")));
    }

    void aFileThatDoesNotSayLeavesThemUnknown()
    {
        QVERIFY(!CveSource(writeStatus("{}"), 3600).refresh().missingCves);
        QVERIFY(!CveSource(QString(), 3600).refresh().missingCves);
        const CveSource::Report broken
            = CveSource(writeStatus(R"({"missingCves": ["CVE-2026-0001", "all"]})"), 3600)
                  .refresh();
        QVERIFY(!broken.missingCves);
        QVERIFY2(broken.problems.value(0).endsWith(
                     QStringLiteral("missingCves[1]: must be a CVE identifier (such as "
                                    "CVE-2026-0001)")),
                 qPrintable(broken.problems.value(0)));
    }

private:
    QString runs() const { return m_dir.filePath(QStringLiteral("runs")); }

    QStringList runLines() const
    {
        QFile file(runs());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    void writeDebsecan(const QByteArray &body)
    {
        QFile script(m_bin + QStringLiteral("/debsecan"));
        QVERIFY(script.open(QIODevice::WriteOnly | QIODevice::Truncate));
        script.write("#!/bin/sh\n" + body + '\n');
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    QString writeStatus(const QByteArray &json)
    {
        QFile file(m_dir.filePath(QStringLiteral("status.json")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write the status file");
        file.write(json);
        return file.fileName();
    }

    QTemporaryDir m_dir;
    QString m_bin;
    QByteArray m_path;
    std::shared_ptr<TestClock> m_clock = std::make_shared<TestClock>();
};

QTEST_GUILESS_MAIN(TestCveSource)
#include "tst_cvesource.moc"
