#include "export/endpointcsv.h"

#include "csvreader.h"
#include "exportendpoints.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestEndpointCsv : public QObject
{
    Q_OBJECT

private slots:
    void englishHeadersAreStable();
    void uiHeadersAreTheSourceWordsWithoutATranslation();
    void englishRowUsesKeys();
    void uiRowUsesDisplayNames();
    void hostileNamesSurvivePythonsCsvReader();
};

void TestEndpointCsv::englishHeadersAreStable()
{
    QCOMPARE(endpointCsvHeaders(HeaderLanguage::English),
             (QStringList { QStringLiteral("Name"), QStringLiteral("IP address"),
                            QStringLiteral("Security status"), QStringLiteral("Server"),
                            QStringLiteral("Agent version"), QStringLiteral("Domain"),
                            QStringLiteral("Gate port"), QStringLiteral("Agent port"),
                            QStringLiteral("AD path"), QStringLiteral("Detail") }));
}

void TestEndpointCsv::uiHeadersAreTheSourceWordsWithoutATranslation()
{
    QCOMPARE(endpointCsvHeaders(HeaderLanguage::Ui), endpointCsvHeaders(HeaderLanguage::English));
}

void TestEndpointCsv::englishRowUsesKeys()
{
    QCOMPARE(
        endpointCsvRow(ExportEndpoints::managed(), HeaderLanguage::English),
        (QStringList { QStringLiteral("経理部-PC01"), QStringLiteral("127.0.0.10"),
                       QStringLiteral("managed-by-this-server"), QStringLiteral("osmgmt-tokyo"),
                       QStringLiteral("1.2.3"), QStringLiteral("営業"), QStringLiteral("connected"),
                       QStringLiteral("21112"),
                       QStringLiteral("CN=PC01,OU=Accounting,DC=corp,DC=example,DC=test"),
                       QStringLiteral("agent answered on 21112") }));
    const QStringList unreachable
        = endpointCsvRow(ExportEndpoints::unreachable(), HeaderLanguage::English);
    QCOMPARE(unreachable.size(), endpointCsvHeaders(HeaderLanguage::English).size());
    QCOMPARE(unreachable.at(2), QStringLiteral("unreachable"));
    QCOMPARE(unreachable.at(6), QStringLiteral("timeout"));
    QCOMPARE(unreachable.at(7), QString()); // no agent port: empty, not 0
}

void TestEndpointCsv::uiRowUsesDisplayNames()
{
    const QStringList row = endpointCsvRow(ExportEndpoints::unreachable(), HeaderLanguage::Ui);
    QCOMPARE(row.at(2), displayName(SecurityStatus::Unreachable));
    QCOMPARE(row.at(2), QStringLiteral("Unreachable"));
    QCOMPARE(row.at(6), displayName(GateResult::Timeout));
    for (SecurityStatus status : SecurityStatuses::all) {
        Endpoint endpoint;
        endpoint.status = status;
        QCOMPARE(endpointCsvRow(endpoint, HeaderLanguage::Ui).at(2), displayName(status));
        QCOMPARE(endpointCsvRow(endpoint, HeaderLanguage::English).at(2), toKey(status));
    }
}

void TestEndpointCsv::hostileNamesSurvivePythonsCsvReader()
{
    // Names an agent may report about itself, written through the streaming writer and read back
    // by Python's csv module (a reader nobody here wrote): commas, quotes, new lines, non-ASCII
    // and every formula trigger come back, each trigger behind its neutralising apostrophe.
    const QStringList names = {
        QStringLiteral("Smith, \"J\""),
        QStringLiteral("line 1\r\nline 2\nline 3"),
        QStringLiteral("経理部-端末01"),
        QStringLiteral("Ärzte-Ω-😀"),
        QStringLiteral("=1+2"),
        QStringLiteral("+81 3"),
        QStringLiteral("-1"),
        QStringLiteral("@SUM(A1)"),
        QStringLiteral("\t=cmd"),
        QStringLiteral("\r=cmd"),
        QStringLiteral("plain"),
    };
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("hostile.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const Result<Done> written = writeEndpointsCsv(
        &file, names.size(),
        [&names](qsizetype i) {
            Endpoint e = ExportEndpoints::unreachable();
            e.name = names.at(i);
            return e;
        },
        HeaderLanguage::English);
    QVERIFY2(written, qPrintable(written.error()));
    file.close();

    QProcess python;
    python.start(QStringLiteral("python3"),
                 { QStringLiteral("-c"),
                   QStringLiteral("import csv, json, sys\n"
                                  "raw = open(sys.argv[1], 'rb').read()\n"
                                  "assert raw.startswith(b'\\xef\\xbb\\xbf')\n"
                                  "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
                                  "    rows = list(csv.reader(f, strict=True))\n"
                                  "assert all(len(r) == len(rows[0]) for r in rows)\n"
                                  "print(json.dumps([r[0] for r in rows[1:]]))\n"),
                   path });
    QVERIFY(python.waitForFinished(30000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    const QJsonArray read = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    QCOMPARE(read.size(), names.size());
    for (int i = 0; i < names.size(); ++i) {
        const QString &name = names.at(i);
        const bool formula = QStringLiteral("=+-@\t\r").contains(name.front());
        QCOMPARE(read.at(i).toString(), formula ? QLatin1Char('\'') + name : name);
    }
}

QTEST_GUILESS_MAIN(TestEndpointCsv)
#include "tst_endpointcsv.moc"
