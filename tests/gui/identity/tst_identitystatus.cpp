#include "consoleidentity.h"
#include "identity/identitystatus.h"

#include <QApplication>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// Runs under tests/support/with-keyring.sh (see CMakeLists.txt for which function runs where).
class TestIdentityStatus : public QObject
{
    Q_OBJECT

private slots:
    void becomesReadyAndKeepsTheAuthority();
    void explainsAMissingKeychainAndRetries();

private:
    QTemporaryDir m_data;
};

void TestIdentityStatus::becomesReadyAndKeepsTheAuthority()
{
    const QString file = m_data.filePath(QStringLiteral("server-ca.pem"));
    ConsoleIdentity identity(SecretStore(QStringLiteral("osmgmt-test-status")), file,
                             QStringLiteral("osm-hq"));
    IdentityStatus status(&identity);
    QSignalSpy loaded(&identity, &ConsoleIdentity::loaded);
    identity.load();
    QVERIFY(status.text().contains(QLatin1String("loading")));
    QVERIFY(loaded.wait(20000));
    QVERIFY(identity.isReady());
    QCOMPARE(status.text(), QStringLiteral("Commands: ready"));
    QVERIFY(status.toolTip().contains(QLatin1String("osm-hq")));
    QVERIFY(verifyIssuedBy(identity.sessionCertificate().certificate,
                           identity.authority().certificate(), CertificateUse::Client));

    // The next start finds the same authority.
    ConsoleIdentity again(SecretStore(QStringLiteral("osmgmt-test-status")), file,
                          QStringLiteral("osm-hq"));
    QSignalSpy loadedAgain(&again, &ConsoleIdentity::loaded);
    again.load();
    QVERIFY(loadedAgain.wait(20000));
    QCOMPARE(again.authority().certificate(), identity.authority().certificate());
}

void TestIdentityStatus::explainsAMissingKeychainAndRetries()
{
    const QString file = m_data.filePath(QStringLiteral("none/server-ca.pem"));
    ConsoleIdentity identity(SecretStore(QStringLiteral("osmgmt-test-status")), file,
                             QStringLiteral("osm-hq"));
    IdentityStatus status(&identity);
    QSignalSpy failed(&identity, &ConsoleIdentity::failed);
    identity.load();
    QVERIFY(failed.wait(20000));
    QVERIFY(!identity.isReady());
    QVERIFY(status.text().contains(QLatin1String("unavailable")));
    QVERIFY2(status.toolTip().contains(QLatin1String("No keychain service answered")),
             qPrintable(status.toolTip()));

    // The details name the problem; "Try again" loads again (and fails again, here).
    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        shown = box->text();
        for (QAbstractButton *button : box->buttons())
            if (button->text() == QLatin1String("Try again"))
                button->click();
    });
    status.click();
    QVERIFY(shown.contains(QLatin1String("keychain")));
    QVERIFY(shown.contains(QLatin1String("dbus-run-session")));
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.count(), 2);
    QVERIFY(!QFile::exists(file));
}

QTEST_MAIN(TestIdentityStatus)
#include "tst_identitystatus.moc"
