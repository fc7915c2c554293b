#include "activedirectoryscopepanel.h"
#include "activedirectorytreemodel.h"
#include "errorwords.h"
#include "samba.h"
#include "scope/scopefile.h"
#include "scopeeditordialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

// The scope editor's AD part against a real DC: connect, see the tree, keep the saved
// selection, count its computers, refuse a wrong password in words, never save the password.
class TestActiveDirectoryScopePanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void connectsAndCountsTheSavedSelection();
    void refusesAWrongPassword();
    void warnsWhenVerificationIsOff();

private:
    Scope savedScope() const;
    template<typename T> static T *find(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QLatin1String(name));
    }

    SambaLab m_lab;
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
    ScopeEditorDialog dialog(savedScope());
    dialog.show();
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
}

void TestActiveDirectoryScopePanel::refusesAWrongPassword()
{
    ScopeEditorDialog dialog(savedScope());
    find<QLineEdit>(&dialog, "adPassword")->setText(QStringLiteral("not the password"));
    QTest::mouseClick(find<QPushButton>(&dialog, "adConnect"), Qt::LeftButton);
    auto *status = find<QLabel>(&dialog, "adStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Not connected")), 20000);
    QVERIFY_MENTIONS(status->text(), words({ "refused the credentials" }));
    QVERIFY(find<QPushButton>(&dialog, "adConnect")->isEnabled());
}

void TestActiveDirectoryScopePanel::warnsWhenVerificationIsOff()
{
    ScopeEditorDialog dialog(savedScope());
    dialog.show();
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
