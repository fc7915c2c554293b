#include "policy/clientlog.h"

#include <QtTest>

// Reference 004's client logs (issue 14, point 2): the reference's own example lines, every
// result code and scan type, and hostile lines (separators in paths and URLs, bytes that are not
// UTF-8, a 1 MB line, a truncated file), none of them fatal.
class TestClientLog : public QObject
{
    Q_OBJECT

private slots:
    void readsTheReferencesVirusLine();
    void readsTheReferencesWebLine();
    void everyResultCode();
    void everyScanType();
    void refusesMalformedLines_data();
    void refusesMalformedLines();
    void keepsSeparatorsInPathsAndUrls();
    void keepsBytesThatAreNotUtf8();
    void countsMalformedLinesAndGoesOn();
    void aOneMegabyteLineIsMalformed();
    void aTruncatedFileLeavesItsLastLineUnfinished();
};

namespace {
// Reference 004, table 3 (its path on one line).
const QByteArray referenceVirus
    = QByteArrayLiteral("20080701<;>1059<;>Eicar_test_file<;>10<;>1<;>0<;>C:\\Documents and "
                        "Settings\\Administrator\\Local Settings\\Temporary Internet "
                        "Files\\Content.IE5\\KPFO6HN3\\eicar[1].com<;>");
const QByteArray referenceWeb
    = QByteArrayLiteral("20080613<;>1641<;>0<;>http://www.proxify.com/<;>0B<;>Hacking / Proxy "
                        "Avoidance<;>1<;>2<;><;>49<;><;>70<;>");

QByteArray virusLine(const QByteArray &result, const QByteArray &scanType,
                     const QByteArray &path = QByteArrayLiteral("C:\\eicar.com"))
{
    return "20261201<;>1059<;>Eicar_test_file<;>" + result + "<;>" + scanType + "<;>0<;>" + path
        + "<;>";
}
} // namespace

void TestClientLog::readsTheReferencesVirusLine()
{
    const Result<Detection> detection = ClientLog::parseVirusLine(referenceVirus);
    QVERIFY2(detection, qPrintable(detection.error()));
    QCOMPARE(detection->source, Detection::Source::Virus);
    QCOMPARE(detection->date, QDate(2008, 7, 1));
    QCOMPARE(detection->time, QTime(10, 59));
    QCOMPARE(detection->localTimeText(), QStringLiteral("2008-07-01T10:59"));
    QCOMPARE(detection->threat, QStringLiteral("Eicar_test_file"));
    QCOMPARE(detection->result.value_or(-1), 10);
    QCOMPARE(scanResultText(*detection->result), QStringLiteral("Clean failed (moved)"));
    QCOMPARE(detection->scanType.value_or(-1), 1);
    QCOMPARE(scanTypeText(*detection->scanType), QStringLiteral("Real-time Scan"));
    QVERIFY(detection->path.endsWith(QStringLiteral("KPFO6HN3\\eicar[1].com")));
    QVERIFY(detection->path.startsWith(QStringLiteral("C:\\Documents and Settings\\")));
    // The fleet example.
    const Result<Detection> fleet = ClientLog::parseVirusLine(
        QByteArrayLiteral("20261201<;>1059<;>Eicar_test_file<;>1<;>1<;>0<;>C:\\eicar.com<;>"));
    QVERIFY2(fleet, qPrintable(fleet.error()));
    QCOMPARE(fleet->path, QStringLiteral("C:\\eicar.com"));
    QCOMPARE(scanResultText(*fleet->result), QStringLiteral("Moved successfully"));
}

void TestClientLog::readsTheReferencesWebLine()
{
    const Result<Detection> detection = ClientLog::parseWebLine(referenceWeb);
    QVERIFY2(detection, qPrintable(detection.error()));
    QCOMPARE(detection->source, Detection::Source::Web);
    QCOMPARE(detection->date, QDate(2008, 6, 13));
    QCOMPARE(detection->time, QTime(16, 41));
    QCOMPARE(detection->blockMode.value_or(-1), 0);
    QCOMPARE(detection->path, QStringLiteral("http://www.proxify.com/"));
    QCOMPARE(detection->groupCode, QStringLiteral("0B"));
    QCOMPARE(detection->threat, QStringLiteral("Hacking / Proxy Avoidance"));
    QCOMPARE(detection->policyId, QStringLiteral("2"));
    QCOMPARE(detection->credibilityScore, QStringLiteral("49"));
    QCOMPARE(detection->threshold, QStringLiteral("70"));
    QVERIFY(!detection->result);
    QVERIFY(!detection->scanType);
}

void TestClientLog::everyResultCode()
{
    const QList<int> listed { 0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 25 };
    QSet<QString> words;
    for (int code = 0; code <= 25; ++code) {
        const Result<Detection> detection
            = ClientLog::parseVirusLine(virusLine(QByteArray::number(code), "0"));
        QVERIFY2(detection, qPrintable(detection.error()));
        QCOMPARE(detection->result.value_or(-1), code);
        const QString text = scanResultText(code);
        QVERIFY(!text.isEmpty());
        QCOMPARE(text.contains(QStringLiteral("not listed")), !listed.contains(code));
        words.insert(text);
    }
    QCOMPARE(words.size(), 26); // each code has its own words
    QCOMPARE(scanResultText(4), QStringLiteral("Real-time scan: passed, access denied"));
    QCOMPARE(scanResultText(25), QStringLiteral("Passed (OKed) a potential security risk"));
    QCOMPARE(scanResultText(9), QStringLiteral("Result 9 (not listed by the reference)"));
    QVERIFY(scanResultText(26).isEmpty());
    QVERIFY(scanResultText(-1).isEmpty());
}

void TestClientLog::everyScanType()
{
    const QStringList names { QStringLiteral("Manual Scan"), QStringLiteral("Real-time Scan"),
                              QStringLiteral("Scheduled Scan"), QStringLiteral("Scan Now Scan"),
                              QStringLiteral("DCS Scan") };
    for (int type = 0; type <= 4; ++type) {
        const Result<Detection> detection
            = ClientLog::parseVirusLine(virusLine("2", QByteArray::number(type)));
        QVERIFY2(detection, qPrintable(detection.error()));
        QCOMPARE(detection->scanType.value_or(-1), type);
        QCOMPARE(scanTypeText(type), names.at(type));
    }
    QVERIFY(scanTypeText(5).isEmpty());
}

void TestClientLog::refusesMalformedLines_data()
{
    QTest::addColumn<bool>("web");
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("why");
    QTest::newRow("no end separator")
        << false << virusLine("1", "1").chopped(3) << "it does not end with <;> (cut short?)";
    QTest::newRow("too few fields")
        << false << QByteArray("20261201<;>1059<;>Eicar<;>1<;>") << "4 fields, not 7";
    QTest::newRow("bad date") << false << QByteArray("20261301<;>1059<;>E<;>1<;>1<;>0<;>C:\\a<;>")
                              << "the date \"20261301\" is not YYYYMMDD";
    QTest::newRow("bad time") << false << QByteArray("20261201<;>2460<;>E<;>1<;>1<;>0<;>C:\\a<;>")
                              << "the time \"2460\" is not HHMM";
    QTest::newRow("result 26") << false << virusLine("26", "1")
                               << "the scan result \"26\" is not a code 0-25";
    QTest::newRow("result negative")
        << false << virusLine("-1", "1") << "the scan result \"-1\" is not a code 0-25";
    QTest::newRow("result not a number")
        << false << virusLine("x", "1") << "the scan result \"x\" is not a code 0-25";
    QTest::newRow("scan type 5") << false << virusLine("1", "5")
                                 << "the scan type \"5\" is not 0-4";
    QTest::newRow("no name") << false << QByteArray("20261201<;>1059<;><;>1<;>1<;>0<;>C:\\a<;>")
                             << "the infection name is empty";
    QTest::newRow("no path") << false << virusLine("1", "1", QByteArray()) << "the path is empty";
    QTest::newRow("long name") << false
                               << QByteArray("20261201<;>1059<;>" + QByteArray(1025, 'A')
                                             + "<;>1<;>1<;>0<;>C:\\a<;>")
                               << "the infection name is longer than 1024 bytes";
    QTest::newRow("web block mode 2")
        << true << QByteArray(referenceWeb).replace("1641<;>0<;>", "1641<;>2<;>")
        << "the block mode \"2\" is not 0 or 1";
    QTest::newRow("web too few fields")
        << true << QByteArray("20080613<;>1641<;>0<;>http://a/<;>") << "4 fields, not 12";
    QTest::newRow("web no category")
        << true << QByteArray(referenceWeb).replace("Hacking / Proxy Avoidance", "")
        << "the group name is empty";
}

void TestClientLog::refusesMalformedLines()
{
    QFETCH(bool, web);
    QFETCH(QByteArray, line);
    QFETCH(QString, why);
    const Result<Detection> detection
        = web ? ClientLog::parseWebLine(line) : ClientLog::parseVirusLine(line);
    QVERIFY(!detection);
    QCOMPARE(detection.error(), why);
}

void TestClientLog::keepsSeparatorsInPathsAndUrls()
{
    const Result<Detection> virus
        = ClientLog::parseVirusLine(virusLine("2", "3", "C:\\odd<;>name<;>.exe"));
    QVERIFY2(virus, qPrintable(virus.error()));
    QCOMPARE(virus->path, QStringLiteral("C:\\odd<;>name<;>.exe"));
    QCOMPARE(virus->result.value_or(-1), 2);
    const Result<Detection> web = ClientLog::parseWebLine(
        QByteArray(referenceWeb).replace("http://www.proxify.com/", "http://a/?q=<;>x<;>"));
    QVERIFY2(web, qPrintable(web.error()));
    QCOMPARE(web->path, QStringLiteral("http://a/?q=<;>x<;>"));
    QCOMPARE(web->threat, QStringLiteral("Hacking / Proxy Avoidance"));
    QCOMPARE(web->threshold, QStringLiteral("70"));
}

void TestClientLog::keepsBytesThatAreNotUtf8()
{
    // Shift_JIS for a Japanese file name, as a Japanese Windows writes it: kept, with U+FFFD for
    // what is not UTF-8, never dropped and never fatal.
    const QByteArray shiftJis("C:\\\x83\x65\x83\x58\x83\x67.exe");
    const Result<Detection> detection = ClientLog::parseVirusLine(virusLine("1", "1", shiftJis));
    QVERIFY2(detection, qPrintable(detection.error()));
    QVERIFY(detection->path.startsWith(QStringLiteral("C:\\")));
    QVERIFY(detection->path.endsWith(QStringLiteral(".exe")));
    QVERIFY(detection->path.contains(QChar(QChar::ReplacementCharacter)));
    // And UTF-8 is read as such.
    const Result<Detection> utf8
        = ClientLog::parseVirusLine(virusLine("1", "1", QStringLiteral("C:\\テスト.exe").toUtf8()));
    QVERIFY(utf8);
    QCOMPARE(utf8->path, QStringLiteral("C:\\テスト.exe"));
}

void TestClientLog::countsMalformedLinesAndGoesOn()
{
    QByteArray log;
    log += referenceVirus + "\r\n";
    log += "garbage\n";
    log += "\n"; // empty lines are not lines
    log += virusLine("26", "1") + "\n";
    log += virusLine("0", "4") + "\n";
    const ClientLog::Parsed parsed = ClientLog::parse(Detection::Source::Virus, log, 41);
    QCOMPARE(parsed.detections.size(), 2);
    QCOMPARE(parsed.detections.at(1).scanType.value_or(-1), 4);
    QCOMPARE(parsed.malformedLines, 2);
    QCOMPARE(
        parsed.problems,
        (QStringList { QStringLiteral("line 42: it does not end with <;> (cut short?)"),
                       QStringLiteral("line 44: the scan result \"26\" is not a code 0-25") }));
    QCOMPARE(parsed.unfinishedBytes, 0);
    // Only the first few are kept in words; all are counted.
    QByteArray bad;
    for (int i = 0; i < 25; ++i)
        bad += "x\n";
    const ClientLog::Parsed many = ClientLog::parse(Detection::Source::Web, bad);
    QCOMPARE(many.malformedLines, 25);
    QCOMPARE(many.problems.size(), ClientLog::maxProblems);
}

void TestClientLog::aOneMegabyteLineIsMalformed()
{
    QByteArray log = virusLine("1", "1", QByteArray(1024 * 1024, 'a')) + "\n";
    log += referenceWeb + "\n";
    const ClientLog::Parsed virus = ClientLog::parse(Detection::Source::Virus, log);
    QCOMPARE(virus.malformedLines, 2); // the long one, and a web line is not a virus line
    QCOMPARE(virus.problems.first(), QStringLiteral("line 1: longer than 32768 bytes"));
    const ClientLog::Parsed web = ClientLog::parse(Detection::Source::Web, log);
    QCOMPARE(web.detections.size(), 1);
    QCOMPARE(web.malformedLines, 1);
}

void TestClientLog::aTruncatedFileLeavesItsLastLineUnfinished()
{
    const QByteArray whole = referenceVirus + "\n" + virusLine("2", "2") + "\n";
    for (qsizetype cut = 0; cut <= whole.size(); ++cut) {
        const ClientLog::Parsed parsed
            = ClientLog::parse(Detection::Source::Virus, whole.left(cut));
        QCOMPARE(parsed.malformedLines, 0); // an unfinished line is not a malformed one
        const qsizetype firstEnd = referenceVirus.size() + 1;
        QCOMPARE(parsed.detections.size(), cut < firstEnd ? 0 : cut < whole.size() ? 1 : 2);
        QCOMPARE(parsed.unfinishedBytes,
                 cut < firstEnd           ? cut
                     : cut < whole.size() ? cut - firstEnd
                                          : 0);
    }
}

QTEST_GUILESS_MAIN(TestClientLog)
#include "tst_clientlog.moc"
