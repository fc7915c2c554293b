#include "settings/settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

// The console settings as the administrator edits them: an empty server name is refused at the
// field, and retention reads back what was typed, 0 meaning no limit.
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void refusesAnEmptyServerName();
    void retentionReadsBackWhatWasTyped();
    void aLoweredTlsModeIsWarnedAbout();
};

void TestSettingsDialog::refusesAnEmptyServerName()
{
    SettingsDialog dialog(QStringLiteral("osm-hq"), QStringLiteral("ja"));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.language(), QStringLiteral("ja"));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("serverName"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("   "));
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(name, QStringLiteral("osm-branch"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.serverName(), QStringLiteral("osm-branch"));
}

void TestSettingsDialog::retentionReadsBackWhatWasTyped()
{
    SettingsDialog dialog(QStringLiteral("osm-hq"), QString());
    dialog.setRetention(0, 0);
    auto *queries = dialog.findChild<QSpinBox *>(QStringLiteral("keepQueries"));
    auto *days = dialog.findChild<QSpinBox *>(QStringLiteral("keepDays"));
    QCOMPARE(queries->text(), QStringLiteral("All"));
    QCOMPARE(days->text(), QStringLiteral("No limit"));
    queries->selectAll();
    QTest::keyClicks(queries, QStringLiteral("30"));
    days->selectAll();
    QTest::keyClicks(days, QStringLiteral("90"));
    QCOMPARE(dialog.keepQueries(), 30);
    QCOMPARE(dialog.keepDays(), 90);
    dialog.setRetention(5, 0);
    QCOMPARE(dialog.keepQueries(), 5);
    QCOMPARE(dialog.keepDays(), 0);
}

void TestSettingsDialog::aLoweredTlsModeIsWarnedAbout()
{
    SettingsDialog dialog(QStringLiteral("osm-hq"), QString());
    dialog.setStore(StoreLocation::postgres(QStringLiteral("db.example"), 5432,
                                            QStringLiteral("osmgmt"), QStringLiteral("osmgmt")),
                    QStringLiteral("/tmp/osmgmt.sqlite"));
    auto *mode = dialog.findChild<QComboBox *>(QStringLiteral("postgresSslMode"));
    auto *warning = dialog.findChild<QLabel *>(QStringLiteral("postgresTlsWarning"));
    QVERIFY(mode && warning);
    // The default verifies fully, and says nothing.
    QCOMPARE(dialog.storeLocation().tls.mode, QStringLiteral("verify-full"));
    QVERIFY(warning->isHidden());
    mode->setCurrentIndex(mode->findData(QStringLiteral("require")));
    QCOMPARE(dialog.storeLocation().tls.mode, QStringLiteral("require"));
    QVERIFY(!warning->isHidden());
    QVERIFY(warning->text().contains(QLatin1String("pose as the server")));
    auto *ca = dialog.findChild<QLineEdit *>(QStringLiteral("postgresCaFile"));
    ca->setText(QStringLiteral("/etc/osmgmt/team-ca.pem"));
    QCOMPARE(dialog.storeLocation().tls.caFile, QStringLiteral("/etc/osmgmt/team-ca.pem"));
    mode->setCurrentIndex(mode->findData(QStringLiteral("verify-full")));
    QVERIFY(warning->isHidden());
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
