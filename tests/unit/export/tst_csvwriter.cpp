#include "export/csvwriter.h"

#include "csvreader.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTest>

namespace {

const QByteArray bom("\xEF\xBB\xBF");

QByteArray written(const QVector<QStringList> &rows)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    for (const QStringList &row : rows)
        writer.writeRow(row);
    return buffer.data();
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void byteOrderMarkOnceAtTheStart();
    void fields_data();
    void fields();
    void recordsEndWithCrLf();
    void japaneseIsUtf8();
    void roundTrip();
    void writeFailureIsReported();
};

void TestCsvWriter::byteOrderMarkOnceAtTheStart()
{
    const QByteArray bytes = written({ { QStringLiteral("a") }, { QStringLiteral("b") } });
    QVERIFY(bytes.startsWith(bom));
    QCOMPARE(bytes.count(bom), 1);
    QCOMPARE(bytes, bom + QByteArray("a\r\nb\r\n"));
    QCOMPARE(written({}), QByteArray()); // nothing written, not even the mark
}

void TestCsvWriter::fields_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("field");
    const auto row = [](const char *tag, const char *cell, const char *field) {
        QTest::newRow(tag) << QString::fromUtf8(cell) << QString::fromUtf8(field);
    };
    row("plain", "pc-01", "pc-01");
    row("empty", "", "");
    row("spaces kept", " a b ", " a b ");
    row("comma", "a,b", "\"a,b\"");
    row("quote", "say \"hi\"", "\"say \"\"hi\"\"\"");
    row("only a quote", "\"", "\"\"\"\"");
    row("LF", "one\ntwo", "\"one\ntwo\"");
    row("CR inside", "one\rtwo", "\"one\rtwo\"");
    row("CRLF", "one\r\ntwo", "\"one\r\ntwo\"");
    row("equals inside", "a=b", "a=b");
    row("minus inside", "pc-01", "pc-01");
    // OWASP CSV injection: each trigger at the start gets an apostrophe.
    row("=", "=1+1", "'=1+1");
    row("+", "+81 3 1234", "'+81 3 1234");
    row("-", "-2+3", "'-2+3");
    row("@", "@SUM(A1:A9)", "'@SUM(A1:A9)");
    row("tab", "\t=cmd", "'\t=cmd");
    row("carriage return", "\r=cmd", "\"'\r=cmd\"");
    row("formula with quotes and comma", "=HYPERLINK(\"http://x\",\"y\")",
        "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    row("apostrophe start untouched", "'quoted", "'quoted");
}

void TestCsvWriter::fields()
{
    QFETCH(QString, cell);
    QFETCH(QString, field);
    QCOMPARE(CsvWriter::field(cell), field);
    QCOMPARE(written({ { cell } }), bom + field.toUtf8() + QByteArray("\r\n"));
}

void TestCsvWriter::recordsEndWithCrLf()
{
    const QByteArray bytes = written({ { QStringLiteral("a"), QStringLiteral("b") },
                                       { QStringLiteral("multi\nline"), QString() } });
    QCOMPARE(bytes, bom + QByteArray("a,b\r\n\"multi\nline\",\r\n"));
    // Every line break outside quotes is CRLF: no bare LF separates records.
    QCOMPARE(bytes.count("\r\n"), 2);
}

void TestCsvWriter::japaneseIsUtf8()
{
    const QString name = QStringLiteral("経理部-PC01");
    QCOMPARE(written({ { name, QStringLiteral("到達不能") } }),
             bom + QByteArray("\xE7\xB5\x8C\xE7\x90\x86\xE9\x83\xA8-PC01,")
                 + QByteArray("\xE5\x88\xB0\xE9\x81\x94\xE4\xB8\x8D\xE8\x83\xBD\r\n"));
}

void TestCsvWriter::roundTrip()
{
    const QVector<QStringList> rows = {
        { QStringLiteral("Name"), QStringLiteral("IP address"), QStringLiteral("Detail") },
        { QStringLiteral("経理部-PC01"), QStringLiteral("127.0.0.1"), QString() },
        { QStringLiteral("a,\"b\""), QStringLiteral("::1"), QStringLiteral("line 1\r\nline 2\n3") },
        { QStringLiteral("=2+5"), QStringLiteral("@x"), QStringLiteral("\ttabbed") },
        { QString(), QString(), QString() },
    };
    const QByteArray bytes = written(rows);
    QVERIFY(bytes.startsWith(bom));
    const auto read = readRfc4180(bytes.mid(bom.size()));
    QVERIFY2(read.has_value(), bytes.constData());
    QCOMPARE(read->size(), rows.size());
    for (int r = 0; r < rows.size(); ++r) {
        QStringList expected;
        for (const QString &cell : rows.at(r)) {
            const bool formula
                = !cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front());
            expected << (formula ? QLatin1Char('\'') + cell : cell);
        }
        QCOMPARE(read->at(r), expected);
    }
}

void TestCsvWriter::writeFailureIsReported()
{
    QByteArray storage;
    QBuffer readOnly(&storage);
    readOnly.open(QIODevice::ReadOnly);
    CsvWriter writer(&readOnly);
    // Once: after the first failure the writer does not try again.
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    writer.writeRow({ QStringLiteral("a") });
    QVERIFY(!writer.error().isEmpty());
    const QString first = writer.error();
    writer.writeRow({ QStringLiteral("b") });
    QCOMPARE(writer.error(), first);
    QVERIFY(storage.isEmpty());
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
