#include "common/jsonfields.h"

#include <QJsonArray>
#include <QTest>

// Reading typed JSON fields: each failure names the key it is about, absent keys give the
// fallback, and a whole number is a JSON number without a fraction that an int holds.
class TestJsonFields : public QObject
{
    Q_OBJECT

private slots:
    void refusesUnknownKeysNamingThem();
    void readsFlagsAndWholeNumbers();
    void sectionsAndStrings();
    void wholeNumbers();
};

void TestJsonFields::refusesUnknownKeysNamingThem()
{
    const Result<JsonFields> notObject = JsonFields::read(QJsonValue(3), QStringLiteral("doc"), {});
    QCOMPARE(notObject.error(), QStringLiteral("doc: not an object"));
    const Result<JsonFields> unknown
        = JsonFields::read(QJsonObject { { QStringLiteral("a"), 1 }, { QStringLiteral("b"), 2 } },
                           QStringLiteral("doc"), { QStringLiteral("a") });
    QCOMPARE(unknown.error(), QStringLiteral("doc.b: unknown key"));
}

void TestJsonFields::readsFlagsAndWholeNumbers()
{
    const Result<JsonFields> fields
        = JsonFields::read(QJsonObject { { QStringLiteral("on"), true },
                                         { QStringLiteral("days"), 7 },
                                         { QStringLiteral("half"), 1.5 },
                                         { QStringLiteral("word"), QStringLiteral("yes") } },
                           QStringLiteral("doc"),
                           { QStringLiteral("on"), QStringLiteral("days"), QStringLiteral("half"),
                             QStringLiteral("word") });
    QVERIFY2(fields, qPrintable(fields.error()));
    QCOMPARE(*fields->flag(QStringLiteral("on"), false), true);
    QCOMPARE(*fields->flag(QStringLiteral("absent"), true), true);
    QCOMPARE(fields->flag(QStringLiteral("word"), false).error(),
             QStringLiteral("doc.word: not true or false"));
    const QString expected = QStringLiteral("a whole number from 1 to 10");
    QCOMPARE(*fields->wholeNumber(QStringLiteral("days"), 1, 1, 10, expected), 7);
    QCOMPARE(*fields->wholeNumber(QStringLiteral("absent"), 3, 1, 10, expected), 3);
    QCOMPARE(fields->wholeNumber(QStringLiteral("half"), 1, 1, 10, expected).error(),
             QStringLiteral("doc.half: not a whole number from 1 to 10"));
    QVERIFY(!fields->wholeNumber(QStringLiteral("days"), 1, 8, 10, expected));
}

void TestJsonFields::sectionsAndStrings()
{
    const Result<JsonFields> fields = JsonFields::read(
        QJsonObject {
            { QStringLiteral("inner"), QJsonObject { { QStringLiteral("x"), 1 } } },
            { QStringLiteral("names"), QJsonArray { QStringLiteral(" a "), QStringLiteral("b") } },
            { QStringLiteral("bad"), QJsonArray { QStringLiteral("a"), 3 } } },
        QString(), { QStringLiteral("inner"), QStringLiteral("names"), QStringLiteral("bad") });
    QVERIFY2(fields, qPrintable(fields.error()));
    QCOMPARE(fields->section(QStringLiteral("inner"), {}).error(),
             QStringLiteral("inner.x: unknown key"));
    QVERIFY(fields->section(QStringLiteral("absent"), {})); // absent: an empty section
    QCOMPARE(*fields->strings(QStringLiteral("names")),
             QStringList({ QStringLiteral("a"), QStringLiteral("b") }));
    QCOMPARE(fields->strings(QStringLiteral("bad")).error(),
             QStringLiteral("bad[1]: not a non-empty string"));
    QCOMPARE(fields->strings(QStringLiteral("inner")).error(),
             QStringLiteral("inner: not an array"));
}

void TestJsonFields::wholeNumbers()
{
    QCOMPARE(wholeNumber(QJsonValue(42)).value_or(0), 42);
    QCOMPARE(wholeNumber(QJsonValue(-3.0)).value_or(0), -3);
    QVERIFY(!wholeNumber(QJsonValue(2.5)));
    QVERIFY(!wholeNumber(QJsonValue(1e12))); // beyond an int
    QVERIFY(!wholeNumber(QJsonValue(QStringLiteral("4"))));
}

QTEST_GUILESS_MAIN(TestJsonFields)
#include "tst_jsonfields.moc"
