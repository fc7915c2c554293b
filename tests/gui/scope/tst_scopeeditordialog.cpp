#include "activedirectorysession.h"
#include "scope/ipv4rangerow.h"
#include "scope/ipv6prefixrow.h"
#include "scope/scopeeditordialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QtTest>

// The scope editor refuses bad input at the field, with the reason, and saves what was typed.
class TestScopeEditorDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void refusesIpv4Ranges_data();
    void refusesIpv4Ranges();
    void refusesIpv6Lengths_data();
    void refusesIpv6Lengths();
    void refusesPorts_data();
    void refusesPorts();
    void refusesUnreachablePort();
    void removesRows();
    void savesWhatWasTyped();

private:
    static Scope baseScope();
    static QString rowStatus(QWidget *row);

    ActiveDirectorySession m_directory; // the main window's, here the test's
};

Scope TestScopeEditorDialog::baseScope()
{
    Scope scope;
    scope.ports = PortList::fromNumbers({ 21112 }).value();
    return scope;
}

QString TestScopeEditorDialog::rowStatus(QWidget *row)
{
    return row->findChild<QLabel *>(QStringLiteral("rowStatus"))->text();
}

void TestScopeEditorDialog::refusesIpv4Ranges_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("octet") << QStringLiteral("127.0.0.300") << QStringLiteral("127.0.0.300");
    QTest::newRow("reversed") << QStringLiteral("127.0.0.9-127.0.0.1")
                              << QStringLiteral("starts after it ends");
    QTest::newRow("too big") << QStringLiteral("10.0.0.0/15") << QStringLiteral("65,536");
    QTest::newRow("empty") << QString() << QStringLiteral("Type an IPv4");
}

void TestScopeEditorDialog::refusesIpv4Ranges()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    ScopeEditorDialog dialog(baseScope(), &m_directory);
    Ipv4RangeRow *row = dialog.addIpv4Row();
    QTest::keyClicks(row->findChild<QLineEdit *>(QStringLiteral("ipv4Range")), text);
    QVERIFY2(rowStatus(row).contains(reason), qPrintable(rowStatus(row)));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("saveOnly"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("saveAndReassess"))->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("problems"))->text().contains(reason));

    // Correcting the field lifts the refusal and shows the count.
    QLineEdit *field = row->findChild<QLineEdit *>(QStringLiteral("ipv4Range"));
    field->clear();
    QTest::keyClicks(field, QStringLiteral("127.20.0.1-127.20.0.200"));
    QCOMPARE(rowStatus(row), QStringLiteral("200 addresses"));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("saveOnly"))->isEnabled());
}

void TestScopeEditorDialog::refusesIpv6Lengths_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("length");
    QTest::addColumn<QString>("reason");
    QTest::newRow("111") << QStringLiteral("fd00:1::") << QStringLiteral("111")
                         << QStringLiteral("IPv6 prefix length 111 is below 112");
    QTest::newRow("129") << QStringLiteral("fd00:1::") << QStringLiteral("129")
                         << QStringLiteral("above 128");
    QTest::newRow("letters") << QStringLiteral("fd00:1::") << QStringLiteral("x")
                             << QStringLiteral("not a prefix length");
    QTest::newRow("ipv4") << QStringLiteral("127.0.0.1") << QStringLiteral("120")
                          << QStringLiteral("127.0.0.1");
}

void TestScopeEditorDialog::refusesIpv6Lengths()
{
    QFETCH(QString, prefix);
    QFETCH(QString, length);
    QFETCH(QString, reason);
    ScopeEditorDialog dialog(baseScope(), &m_directory);
    Ipv6PrefixRow *row = dialog.addIpv6Row();
    QTest::keyClicks(row->findChild<QLineEdit *>(QStringLiteral("ipv6Prefix")), prefix);
    QLineEdit *lengthField = row->findChild<QLineEdit *>(QStringLiteral("ipv6Length"));
    lengthField->clear();
    QTest::keyClicks(lengthField, length);
    QVERIFY2(rowStatus(row).contains(reason), qPrintable(rowStatus(row)));
    QVERIFY(!dialog.problems().isEmpty());

    lengthField->clear();
    QTest::keyClicks(lengthField, QStringLiteral("112"));
    if (prefix == QLatin1String("fd00:1::"))
        QCOMPARE(rowStatus(row), QStringLiteral("65,536 addresses"));
}

void TestScopeEditorDialog::refusesPorts_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("reason");
    QTest::newRow("zero") << QStringLiteral("0") << QStringLiteral("out of range 1-65535");
    QTest::newRow("too big") << QStringLiteral("70000") << QStringLiteral("out of range 1-65535");
    QTest::newRow("word") << QStringLiteral("8o") << QStringLiteral("not a port number");
    QTest::newRow("duplicate") << QStringLiteral("21112") << QStringLiteral("already in the list");
}

void TestScopeEditorDialog::refusesPorts()
{
    QFETCH(QString, typed);
    QFETCH(QString, reason);
    ScopeEditorDialog dialog(baseScope(), &m_directory);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("portInput")), typed);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addPort")), Qt::LeftButton);
    const QString error = dialog.findChild<QLabel *>(QStringLiteral("portError"))->text();
    QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(dialog.findChild<QListWidget *>(QStringLiteral("portList"))->count(), 1);
}

void TestScopeEditorDialog::refusesUnreachablePort()
{
    ScopeEditorDialog dialog(baseScope(), &m_directory);
    QLineEdit *port = dialog.findChild<QLineEdit *>(QStringLiteral("unreachablePort"));
    QCOMPARE(port->text(), QStringLiteral("135"));
    port->clear();
    QTest::keyClicks(port, QStringLiteral("70000"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("unreachablePortError"))
                ->text()
                .contains(QStringLiteral("70000")));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("saveOnly"))->isEnabled());
    // Unticking the option lifts the refusal: the port is not used then.
    dialog.findChild<QCheckBox *>(QStringLiteral("unreachableCheck"))->setChecked(false);
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("saveOnly"))->isEnabled());
}

void TestScopeEditorDialog::removesRows()
{
    ScopeEditorDialog dialog(baseScope(), &m_directory);
    Ipv4RangeRow *bad = dialog.addIpv4Row(QStringLiteral("not an address"));
    QVERIFY(!dialog.problems().isEmpty());
    QTest::mouseClick(bad->findChild<QWidget *>(QStringLiteral("removeRow")), Qt::LeftButton);
    QVERIFY(dialog.problems().isEmpty());
}

void TestScopeEditorDialog::savesWhatWasTyped()
{
    ScopeEditorDialog dialog(baseScope(), &m_directory);
    dialog.addIpv4Row(QStringLiteral("127.20.0.1-127.20.0.200"));
    dialog.addIpv6Row(QStringLiteral("fd00:1::"), QStringLiteral("120"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("portInput")),
                     QStringLiteral("21113"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addPort")), Qt::LeftButton);
    QLineEdit *gate = dialog.findChild<QLineEdit *>(QStringLiteral("unreachablePort"));
    gate->clear();
    QTest::keyClicks(gate, QStringLiteral("10135"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("totalAddresses"))
                ->text()
                .contains(QStringLiteral("456")));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveAndReassess")),
                      Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.choice(), ScopeEditorDialog::Choice::SaveAndReassess);
    const Scope scope = dialog.scope();
    QCOMPARE(scope.ipv4Ranges.size(), 1);
    QCOMPARE(scope.ipv4Ranges.first().count(), quint64(200));
    QCOMPARE(scope.ipv6Prefixes.first().toString(), QStringLiteral("fd00:1::/120"));
    QCOMPARE(scope.ports.ports(), (QVector<quint16> { 21112, 21113 }));
    QCOMPARE(scope.unreachableCheck.port, quint16(10135));
    QVERIFY(scope.unreachableCheck.enabled);
}

QTEST_MAIN(TestScopeEditorDialog)
#include "tst_scopeeditordialog.moc"
