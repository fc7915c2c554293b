#include "activedirectorysession.h"
#include "messageboxanswer.h"
#include "scope/ipv4rangerow.h"
#include "scope/ipv6prefixrow.h"
#include "scope/scopeeditordialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
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
    void showsThreeTabs();
    void countsOverlappingRangesOnce();
    void validatesWhenAFieldIsLeft();
    void tabsAsOnScreen();
    void asksBeforeDiscardingEdits();

private:
    static Scope baseScope();
    static QString rowStatus(QWidget *row);
    // Types `text` into `field` of the shown `dialog`, then leaves it with Tab.
    static void typeAndLeave(QDialog &dialog, QLineEdit *field, const QString &text);

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

void TestScopeEditorDialog::typeAndLeave(QDialog &dialog, QLineEdit *field, const QString &text)
{
    if (!dialog.isVisible()) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
    }
    field->setFocus();
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Tab);
    QTRY_VERIFY(!field->hasFocus());
}

void TestScopeEditorDialog::refusesIpv4Ranges_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("octet") << QStringLiteral("127.0.0.300") << QStringLiteral("127.0.0.300");
    QTest::newRow("reversed") << QStringLiteral("127.0.0.9-127.0.0.1")
                              << QStringLiteral("starts after it ends");
    QTest::newRow("too big") << QStringLiteral("10.0.0.0/15") << QStringLiteral("65,536");
    QTest::newRow("only spaces") << QStringLiteral(" ") << QStringLiteral("Type an IPv4");
}

void TestScopeEditorDialog::refusesIpv4Ranges()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    ScopeEditorDialog dialog(baseScope(), &m_directory);
    Ipv4RangeRow *row = dialog.addIpv4Row();
    typeAndLeave(dialog, row->findChild<QLineEdit *>(QStringLiteral("ipv4Range")), text);
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
    typeAndLeave(dialog, row->findChild<QLineEdit *>(QStringLiteral("ipv6Prefix")), prefix);
    QLineEdit *lengthField = row->findChild<QLineEdit *>(QStringLiteral("ipv6Length"));
    lengthField->clear();
    typeAndLeave(dialog, lengthField, length);
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
    typeAndLeave(dialog, port, QStringLiteral("70000"));
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

void TestScopeEditorDialog::showsThreeTabs()
{
    ScopeEditorDialog dialog(baseScope(), &m_directory);
    QTabWidget *tabs = dialog.tabs();
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->tabText(0), QStringLiteral("IP ranges"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Active Directory"));
    QCOMPARE(tabs->tabText(2), QStringLiteral("Ports and checks"));
    QVERIFY(tabs->widget(0)->findChild<QWidget *>(QStringLiteral("ipEnabled")));
    QVERIFY(tabs->widget(1)->findChild<QWidget *>(QStringLiteral("activeDirectory")));
    QVERIFY(tabs->widget(2)->findChild<QWidget *>(QStringLiteral("portList")));
    QVERIFY(tabs->widget(2)->findChild<QWidget *>(QStringLiteral("unreachablePort")));
}

void TestScopeEditorDialog::countsOverlappingRangesOnce()
{
    ScopeEditorDialog dialog(baseScope(), &m_directory);
    auto *total = dialog.findChild<QLabel *>(QStringLiteral("totalAddresses"));
    auto *warning = dialog.findChild<QLabel *>(QStringLiteral("overlapWarning"));
    Ipv4RangeRow *first = dialog.addIpv4Row(QStringLiteral("127.0.0.1-127.0.0.200"));
    Ipv4RangeRow *apart = dialog.addIpv4Row(QStringLiteral("127.0.1.1"));
    QCOMPARE(total->text(), QStringLiteral("Total: 201 addresses"));
    QVERIFY(warning->text().isEmpty());
    Ipv4RangeRow *second = dialog.addIpv4Row(QStringLiteral("127.0.0.100-127.0.0.254"));
    // 200 + 155 + 1 listed, 254 + 1 different: each address once, as the query probes it.
    QCOMPARE(total->text(), QStringLiteral("Total: 255 addresses"));
    QVERIFY2(warning->text().contains(QLatin1String("356 addresses, 255 of them different")),
             qPrintable(warning->text()));
    QVERIFY(rowStatus(first).contains(QLatin1String("overlaps another range")));
    QVERIFY(rowStatus(second).contains(QLatin1String("overlaps another range")));
    QCOMPARE(rowStatus(apart), QStringLiteral("1 address"));
    QTest::mouseClick(apart->findChild<QWidget *>(QStringLiteral("removeRow")), Qt::LeftButton);
    QCOMPARE(total->text(), QStringLiteral("Total: 254 addresses"));
    // An IPv6 prefix inside another is counted once too.
    dialog.addIpv6Row(QStringLiteral("fd00:1::"), QStringLiteral("120"));
    Ipv6PrefixRow *inner = dialog.addIpv6Row(QStringLiteral("fd00:1::80"), QStringLiteral("124"));
    QCOMPARE(total->text(), QStringLiteral("Total: 510 addresses"));
    QVERIFY(rowStatus(inner).contains(QLatin1String("overlaps another range")));
    QCOMPARE(dialog.scope().ipv4Ranges.size(), 2); // both kept as typed; the query merges them
}

void TestScopeEditorDialog::validatesWhenAFieldIsLeft()
{
    ScopeEditorDialog dialog(baseScope(), &m_directory);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addIpv4"));
    QTest::mouseClick(add, Qt::LeftButton);
    auto *row = dialog.findChildren<Ipv4RangeRow *>().constLast();
    auto *field = row->findChild<QLineEdit *>(QStringLiteral("ipv4Range"));
    // A new row: focused, not red, and no reason to refuse saving.
    QTRY_VERIFY(field->hasFocus());
    QVERIFY(rowStatus(row).isEmpty());
    QVERIFY(field->styleSheet().isEmpty());
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("saveOnly"))->isEnabled());
    // Half typed: no verdict while the field has focus.
    QTest::keyClicks(field, QStringLiteral("127.0.0"));
    QVERIFY(rowStatus(row).isEmpty());
    QVERIFY(field->styleSheet().isEmpty());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("problems"))->text().isEmpty());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("saveOnly"))->isEnabled());
    // Left: refused, in red, with the reason.
    QTest::keyClick(field, Qt::Key_Tab);
    QTRY_VERIFY(!field->hasFocus());
    QVERIFY2(rowStatus(row).contains(QLatin1String("127.0.0")), qPrintable(rowStatus(row)));
    QVERIFY(field->styleSheet().contains(QLatin1String("c0392b")));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("problems"))->text().isEmpty());
    // Corrected: the refusal lifts as the last digit is typed.
    QTest::keyClicks(field, QStringLiteral(".9"));
    QCOMPARE(rowStatus(row), QStringLiteral("1 address"));
    QVERIFY(field->styleSheet().isEmpty());
}

void TestScopeEditorDialog::tabsAsOnScreen()
{
    ScopeEditorDialog dialog(baseScope(), &m_directory);
    dialog.addIpv4Row(QStringLiteral("127.0.0.1"));
    dialog.addIpv4Row(QStringLiteral("127.0.0.2"));
    dialog.addIpv6Row(QStringLiteral("fd00:1::"), QStringLiteral("120"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *start = dialog.findChild<QCheckBox *>(QStringLiteral("ipEnabled"));
    start->setFocus();
    QTRY_VERIFY(start->hasFocus());
    QStringList visited;
    for (int i = 0; i < 8; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focused = QApplication::focusWidget();
        QVERIFY(focused);
        const QString text = qobject_cast<QLineEdit *>(focused)
            ? qobject_cast<QLineEdit *>(focused)->text()
            : QString();
        visited << focused->objectName() + (text.isEmpty() ? QString() : QLatin1Char('=') + text);
    }
    // Each field before its −, the + under its list after the list's rows.
    const QStringList expected { QStringLiteral("ipv4Range=127.0.0.1"),
                                 QStringLiteral("removeRow"),
                                 QStringLiteral("ipv4Range=127.0.0.2"),
                                 QStringLiteral("removeRow"),
                                 QStringLiteral("addIpv4"),
                                 QStringLiteral("ipv6Prefix=fd00:1::"),
                                 QStringLiteral("ipv6Length=120"),
                                 QStringLiteral("removeRow") };
    QCOMPARE(visited, expected);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("addIpv6"));
}

void TestScopeEditorDialog::asksBeforeDiscardingEdits()
{
    // No edits: Esc closes at once.
    {
        ScopeEditorDialog dialog(baseScope(), &m_directory);
        dialog.addIpv4Row(); // an empty new row is no edit
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
    Scope saved = baseScope();
    saved.ipv4Ranges = { Ipv4Range::parse(QStringLiteral("127.0.0.1-127.0.0.9")).value() };
    ScopeEditorDialog dialog(saved, &m_directory);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QVERIFY(!dialog.hasEdits());
    dialog.findChild<QCheckBox *>(QStringLiteral("onDemand"))->toggle();
    QVERIFY(dialog.hasEdits());
    // Esc asks; Keep editing keeps the dialog and the edit.
    auto asked = answerNextMessageBox(this, QMessageBox::No);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY2(asked->contains(QLatin1String("Discard your changes")), qPrintable(*asked));
    QVERIFY2(asked->contains(QLatin1String("[Keep editing]")), qPrintable(*asked));
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.hasEdits());
    // Typed text that is not a range yet is an edit too.
    dialog.findChild<QCheckBox *>(QStringLiteral("onDemand"))->toggle();
    QVERIFY(!dialog.hasEdits());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("ipv4Range")),
                     QStringLiteral("x"));
    QVERIFY(dialog.hasEdits());
    // Cancel asks the same; Discard changes closes.
    asked = answerNextMessageBox(this, QMessageBox::Yes);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    QVERIFY2(asked->contains(QLatin1String("[Discard changes]")), qPrintable(*asked));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

QTEST_MAIN(TestScopeEditorDialog)
#include "tst_scopeeditordialog.moc"
