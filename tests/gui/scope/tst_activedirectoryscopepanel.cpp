#include "activedirectorysession.h"
#include "activedirectorytreemodel.h"
#include "errorwords.h"
#include "samba.h"
#include "scope/activedirectoryscopepanel.h"
#include "scope/scopeeditordialog.h"
#include "scope/scopefile.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QtTest>

// The scope editor's AD part against a real DC and a real (private) keychain: connect, see the
// tree, keep the saved selection, count its computers, refuse a wrong password in words, keep
// the password in the keychain and never in the scope, test the connection step by step.
class TestActiveDirectoryScopePanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void connectsAndCountsTheSavedSelection();
    void refusesAWrongPassword();
    void warnsWhenVerificationIsOff();
    void testsTheConnectionStepByStep();
    void usesAndForgetsTheSavedPassword();
    void showsKeychainErrors();

private:
    Scope savedScope() const;
    // The marks of the steps view, in order: "✓✓✓✗––".
    static QString marks(QWidget *dialog);
    template<typename T> static T *find(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QLatin1String(name));
    }
    // Shows the dialog on its Active Directory tab, as the administrator opens it.
    static void showActiveDirectoryTab(ScopeEditorDialog &dialog)
    {
        dialog.show();
        QTabWidget *tabs = dialog.tabs();
        for (int tab = 0; tab < tabs->count(); ++tab)
            if (tabs->widget(tab)->findChild<QWidget *>(QStringLiteral("activeDirectory")))
                tabs->setCurrentIndex(tab);
    }

    SambaLab m_lab;
    // One for every dialog, as the main window keeps one: a dialog that goes leaves it usable.
    ActiveDirectorySession m_directory;
};

void TestActiveDirectoryScopePanel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString error = SambaLab::load(m_lab);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

Scope TestActiveDirectoryScopePanel::savedScope() const
{
    Scope scope;
    scope.ports = *PortList::fromNumbers({ 21112 });
    scope.activeDirectory.objects = { m_lab.labOu };
    scope.activeDirectory.connection = m_lab.connection();
    return scope;
}

void TestActiveDirectoryScopePanel::connectsAndCountsTheSavedSelection()
{
    ScopeEditorDialog dialog(savedScope(), &m_directory);
    showActiveDirectoryTab(dialog);
    auto *count = find<QLabel>(&dialog, "activeDirectoryCount");
    QVERIFY_MENTIONS(count->text(), words({ "1 Active Directory object", "connect" }));

    find<QLineEdit>(&dialog, "adPassword")->setText(m_lab.password);
    QTest::mouseClick(find<QPushButton>(&dialog, "adConnect"), Qt::LeftButton);
    auto *status = find<QLabel>(&dialog, "adStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Connected")), 20000);
    // A named list: `words(...) << x` in the macro's range-for would dangle.
    const QStringList connectedWords = words({ "TLS", "bound as" }) << m_lab.domainDn;
    QVERIFY_MENTIONS(status->text(), connectedWords);

    int inLab = 0;
    for (const SambaLab::Computer &computer : qAsConst(m_lab.computers))
        inLab += computer.container.endsWith(m_lab.labOu) ? 1 : 0;
    const QString expected = QStringLiteral("%1 computers selected").arg(QLocale().toString(inLab));
    QTRY_COMPARE_WITH_TIMEOUT(count->text(), expected, 30000);

    // The domain is shown and loads below it; the lab OU is checked, the domain partly.
    auto *panel = find<ActiveDirectoryScopePanel>(&dialog, "activeDirectory");
    ActiveDirectoryTreeModel *model = panel->model();
    const QModelIndex domain = model->index(0, 0);
    QCOMPARE(domain.data().toString(), m_lab.realm);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount(domain) > 0, 20000);
    QCOMPARE(domain.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));

    const Scope edited = dialog.scope();
    QCOMPARE(edited.activeDirectory.objects, QStringList { m_lab.labOu });
    QCOMPARE(edited.activeDirectory.connection, m_lab.connection());
    QVERIFY(!scopeToJson(edited).contains(m_lab.password.toUtf8()));

    // The server accepted the typed password: it is now in the keychain, not in the field.
    auto *state = find<QLabel>(&dialog, "adPasswordState");
    QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QStringLiteral("is saved in the keychain")),
                             10000);
    QVERIFY(find<QLineEdit>(&dialog, "adPassword")->text().isEmpty());
}

QString TestActiveDirectoryScopePanel::marks(QWidget *dialog)
{
    auto *steps = find<QTreeWidget>(dialog, "adCheckSteps");
    QString result;
    for (int row = 0; row < steps->topLevelItemCount(); ++row)
        result += steps->topLevelItem(row)->text(0);
    return result;
}

void TestActiveDirectoryScopePanel::testsTheConnectionStepByStep()
{
    ScopeEditorDialog dialog(savedScope(), &m_directory);
    showActiveDirectoryTab(dialog);
    auto *steps = find<QTreeWidget>(&dialog, "adCheckSteps");
    QVERIFY(!steps->isVisible());
    auto *test = find<QPushButton>(&dialog, "adTest");

    // A wrong password: three steps work, the bind does not, the rest is not tried.
    find<QLineEdit>(&dialog, "adPassword")->setText(QStringLiteral("not the password"));
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(marks(&dialog), QStringLiteral("✓✓✓✗––"), 20000);
    QVERIFY(steps->isVisible());
    QCOMPARE(steps->topLevelItem(3)->text(1),
             QStringLiteral("Bind as ") + m_lab.connection().bindUser);
    QVERIFY_MENTIONS(steps->topLevelItem(3)->text(2), words({ "refused the credentials", "52e" }));
    QCOMPARE(steps->topLevelItem(4)->text(2), QStringLiteral("not tried"));
    QVERIFY(test->isEnabled());

    // The right one: every step, then the tree is connected.
    find<QLineEdit>(&dialog, "adPassword")->setText(m_lab.password);
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(marks(&dialog), QStringLiteral("✓✓✓✓✓✓"), 20000);
    QVERIFY_MENTIONS(steps->topLevelItem(2)->text(2), words({ "certificate verified" }));
    QVERIFY_MENTIONS(steps->topLevelItem(4)->text(2), QStringList { m_lab.domainDn });
    auto *status = find<QLabel>(&dialog, "adStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Connected")), 20000);
    QVERIFY(!scopeToJson(dialog.scope()).contains(m_lab.password.toUtf8()));
}

void TestActiveDirectoryScopePanel::usesAndForgetsTheSavedPassword()
{
    if (qEnvironmentVariable("OSMGMT_KEYRING_MODE") != QLatin1String("unlocked"))
        QSKIP("needs an unlocked keychain (tests/support/with-keyring.sh --unlocked)");
    // The tests above saved the lab's password for this server and user.
    ScopeEditorDialog dialog(savedScope(), &m_directory);
    showActiveDirectoryTab(dialog);
    auto *state = find<QLabel>(&dialog, "adPasswordState");
    QTRY_VERIFY2_WITH_TIMEOUT(state->text().contains(QStringLiteral("is saved in the keychain")),
                              qPrintable(state->text()), 10000);
    auto *password = find<QLineEdit>(&dialog, "adPassword");
    QVERIFY(password->text().isEmpty()); // shown as saved, never filled in
    QVERIFY(password->placeholderText().contains(QStringLiteral("saved in the keychain")));

    // An empty field browses with the saved password.
    QTest::mouseClick(find<QPushButton>(&dialog, "adConnect"), Qt::LeftButton);
    auto *status = find<QLabel>(&dialog, "adStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Connected")), 20000);

    // Forget it: the keychain no longer holds it, and Connect says what to do.
    auto *forget = find<QPushButton>(&dialog, "adForgetPassword");
    QVERIFY(forget->isEnabled());
    QTest::mouseClick(forget, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QStringLiteral("removed")), 10000);
    QVERIFY(!forget->isEnabled());
    QTest::mouseClick(find<QPushButton>(&dialog, "adConnect"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("No password")), 10000);
    QVERIFY_MENTIONS(status->text(), words({ "type it", "keychain" }));

    // A new dialog agrees: nothing saved.
    ScopeEditorDialog again(savedScope(), &m_directory);
    auto *againState = find<QLabel>(&again, "adPasswordState");
    QTRY_VERIFY_WITH_TIMEOUT(againState->text().startsWith(QStringLiteral("No password is saved")),
                             10000);
}

void TestActiveDirectoryScopePanel::showsKeychainErrors()
{
    if (qEnvironmentVariable("OSMGMT_KEYRING_MODE") != QLatin1String("locked"))
        QSKIP("needs a locked keychain (tests/support/with-keyring.sh --locked)");
    ScopeEditorDialog dialog(savedScope(), &m_directory);
    showActiveDirectoryTab(dialog);
    find<QLineEdit>(&dialog, "adPassword")->setText(m_lab.password);
    QTest::mouseClick(find<QPushButton>(&dialog, "adTest"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(marks(&dialog), QStringLiteral("✓✓✓✓✓✓"), 20000);
    // The connection works, but the locked keychain cannot save the password: said in words.
    auto *state = find<QLabel>(&dialog, "adPasswordState");
    QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QStringLiteral("keychain"))
                                 && state->text().contains(QStringLiteral("failed")),
                             10000);
    QVERIFY_MENTIONS(state->text(), words({ "Saving", "locked", "Unlock" }));
}

void TestActiveDirectoryScopePanel::refusesAWrongPassword()
{
    ScopeEditorDialog dialog(savedScope(), &m_directory);
    find<QLineEdit>(&dialog, "adPassword")->setText(QStringLiteral("not the password"));
    QTest::mouseClick(find<QPushButton>(&dialog, "adConnect"), Qt::LeftButton);
    auto *status = find<QLabel>(&dialog, "adStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Not connected")), 20000);
    QVERIFY_MENTIONS(status->text(), words({ "refused the credentials" }));
    QVERIFY(find<QPushButton>(&dialog, "adConnect")->isEnabled());
}

void TestActiveDirectoryScopePanel::warnsWhenVerificationIsOff()
{
    ScopeEditorDialog dialog(savedScope(), &m_directory);
    showActiveDirectoryTab(dialog);
    auto *verify = find<QCheckBox>(&dialog, "adVerify");
    QVERIFY(verify->isChecked());
    verify->setChecked(false);
    QVERIFY(!dialog.scope().activeDirectory.connection.verifyCertificate);
    bool warned = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        warned = warned
            || (label->isVisible() && label->text().contains(QStringLiteral("Any certificate")));
    QVERIFY(warned);
}

QTEST_MAIN(TestActiveDirectoryScopePanel)
#include "tst_activedirectoryscopepanel.moc"
