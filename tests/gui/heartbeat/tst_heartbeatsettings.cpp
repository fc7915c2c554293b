#include "heartbeat/heartbeatsettingspage.h"
#include "settings/settingsdialog.h"
#include "watch/heartbeatsettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

// The Heartbeats page of the settings: it shows the store's settings (defaults: 10 minutes, 2
// missed heartbeats, bands of 1 hour, 1 day, 7 days, Missing after 30 days), reads back what was
// typed with the groups kept, refuses bands out of order (the dialog cannot be accepted), and
// keeps this console's notification kinds (default: offline, missing and needs-attention).
class TestHeartbeatSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theDefaultsAreTheIssues();
    void thePageReadsBackWhatWasTyped();
    void bandsOutOfOrderCannotBeSaved();
    void notifiedKindsAreThisConsoles();

private:
    QTemporaryDir m_settings;
};

namespace {
QSpinBox *spinBox(QWidget *page, const char *name)
{
    auto *box = page->findChild<QSpinBox *>(QLatin1String(name));
    if (!box)
        qFatal("no spin box %s", name);
    return box;
}

void type(QSpinBox *box, const QString &text)
{
    box->selectAll();
    QTest::keyClicks(box, text);
}
} // namespace

void TestHeartbeatSettings::initTestCase()
{
    QVERIFY(m_settings.isValid());
    // The test's own settings file, never the user's.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QCoreApplication::setOrganizationName(QStringLiteral("osmgmt-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_heartbeatsettings"));
}

void TestHeartbeatSettings::theDefaultsAreTheIssues()
{
    SettingsDialog dialog(QStringLiteral("osm-hq"), QString());
    HeartbeatSettingsPage *page = dialog.heartbeatPage();
    page->setSettings(HeartbeatPolicy(), HeartbeatSettingsStore::notifiedKinds());
    QCOMPARE(spinBox(page, "heartbeatInterval")->value(), 10);
    QCOMPARE(spinBox(page, "heartbeatMisses")->value(), 2);
    QCOMPARE(spinBox(page, "heartbeatFirstBand")->value(), 1);
    QCOMPARE(spinBox(page, "heartbeatSecondBand")->value(), 24);
    QCOMPARE(spinBox(page, "heartbeatThirdBand")->value(), 7);
    QCOMPARE(spinBox(page, "heartbeatMissingAfter")->value(), 30);
    QCOMPARE(HeartbeatSettingsStore::notifiedKinds(),
             QStringList({ QStringLiteral("went-offline"), QStringLiteral("went-missing"),
                           QStringLiteral("needs-attention") }));
    QVERIFY(page->problem().isEmpty());
}

void TestHeartbeatSettings::thePageReadsBackWhatWasTyped()
{
    SettingsDialog dialog(QStringLiteral("osm-hq"), QString());
    HeartbeatSettingsPage *page = dialog.heartbeatPage();
    QVERIFY(page);
    HeartbeatPolicy stored;
    HeartbeatGroup laptops;
    laptops.name = QStringLiteral("Laptops");
    laptops.appliesTo.computers = { QStringLiteral("nb-001") };
    laptops.neverOffline = true;
    stored.groups = { laptops };
    page->setSettings(stored, { QStringLiteral("went-offline") });
    // The groups are listed, by name.
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("heartbeatGroups"))
                ->text()
                .contains(QLatin1String("Laptops")));
    QVERIFY(page->findChild<QCheckBox *>(QStringLiteral("notify-went-offline"))->isChecked());
    QVERIFY(!page->findChild<QCheckBox *>(QStringLiteral("notify-came-online"))->isChecked());
    type(spinBox(page, "heartbeatInterval"), QStringLiteral("5"));
    type(spinBox(page, "heartbeatMisses"), QStringLiteral("3"));
    type(spinBox(page, "heartbeatFirstBand"), QStringLiteral("2"));
    type(spinBox(page, "heartbeatSecondBand"), QStringLiteral("48"));
    type(spinBox(page, "heartbeatThirdBand"), QStringLiteral("10"));
    type(spinBox(page, "heartbeatMissingAfter"), QStringLiteral("60"));
    page->findChild<QCheckBox *>(QStringLiteral("notify-came-online"))->setChecked(true);
    page->findChild<QCheckBox *>(QStringLiteral("notify-went-offline"))->setChecked(false);
    const HeartbeatPolicy read = page->policy(stored);
    QCOMPARE(read.defaults.interval.count(), 300);
    QCOMPARE(read.defaults.missesForOffline, 3);
    QCOMPARE(read.defaults.firstBand.count(), 2 * 3600);
    QCOMPARE(read.defaults.secondBand.count(), 48 * 3600);
    QCOMPARE(read.defaults.thirdBand.count(), 10 * 24 * 3600);
    QCOMPARE(read.defaults.missingAfter.count(), 60 * 24 * 3600);
    QVERIFY(read.groups == stored.groups); // what the page does not edit is kept
    QCOMPARE(page->notifiedKinds(), QStringList({ QStringLiteral("came-online") }));
    QVERIFY(page->problem().isEmpty());
}

void TestHeartbeatSettings::bandsOutOfOrderCannotBeSaved()
{
    SettingsDialog dialog(QStringLiteral("osm-hq"), QString());
    HeartbeatSettingsPage *page = dialog.heartbeatPage();
    page->setSettings(HeartbeatPolicy(), {});
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    // A third band of 40 days does not end before Missing (30 days).
    type(spinBox(page, "heartbeatThirdBand"), QStringLiteral("40"));
    QVERIFY(!page->problem().isEmpty());
    auto *problem = page->findChild<QLabel *>(QStringLiteral("heartbeatProblem"));
    QVERIFY2(problem->text().contains(QLatin1String("must grow")), qPrintable(problem->text()));
    QVERIFY(!ok->isEnabled());
    type(spinBox(page, "heartbeatMissingAfter"), QStringLiteral("60"));
    QVERIFY(page->problem().isEmpty());
    QVERIFY(ok->isEnabled());
}

void TestHeartbeatSettings::notifiedKindsAreThisConsoles()
{
    HeartbeatSettingsStore::setNotifiedKinds(
        { QStringLiteral("went-missing"), QStringLiteral("not-a-kind") });
    QCOMPARE(HeartbeatSettingsStore::notifiedKinds(),
             QStringList({ QStringLiteral("went-missing") }));
}

QTEST_MAIN(TestHeartbeatSettings)
#include "tst_heartbeatsettings.moc"
