#include "heartbeat/heartbeatsettingspage.h"
#include "settings/settingsdialog.h"
#include "watch/heartbeatsettings.h"

#include <QCheckBox>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

// The Heartbeats page of the settings: it shows what is kept, reads back what was typed and
// ticked, and the settings it saves are what the watchers load (defaults: 10 minutes, 2 missed
// heartbeats, 30 days; notifications for offline, missing and needs-attention).
class TestHeartbeatSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theDefaultsAreTheIssues();
    void thePageReadsBackWhatWasTyped();
    void savedSettingsAreWhatTheWatchersLoad();

private:
    QTemporaryDir m_settings;
};

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
    const HeartbeatSettings loaded = HeartbeatSettingsStore::load();
    QCOMPARE(loaded.interval.count(), 600);
    QCOMPARE(loaded.missesForOffline, 2);
    QCOMPARE(loaded.missingAfter.count(), 30 * 24 * 3600);
    QCOMPARE(HeartbeatSettingsStore::notifiedKinds(),
             QStringList({ QStringLiteral("went-offline"), QStringLiteral("went-missing"),
                           QStringLiteral("needs-attention") }));
}

void TestHeartbeatSettings::thePageReadsBackWhatWasTyped()
{
    SettingsDialog dialog(QStringLiteral("osm-hq"), QString());
    HeartbeatSettingsPage *page = dialog.heartbeatPage();
    QVERIFY(page);
    page->setSettings(HeartbeatSettings(), { QStringLiteral("went-offline") });
    auto *interval = page->findChild<QSpinBox *>(QStringLiteral("heartbeatInterval"));
    auto *misses = page->findChild<QSpinBox *>(QStringLiteral("heartbeatMisses"));
    auto *missing = page->findChild<QSpinBox *>(QStringLiteral("heartbeatMissingAfter"));
    QCOMPARE(interval->value(), 10);
    QCOMPARE(misses->value(), 2);
    QCOMPARE(missing->value(), 30);
    QVERIFY(page->findChild<QCheckBox *>(QStringLiteral("notify-went-offline"))->isChecked());
    QVERIFY(!page->findChild<QCheckBox *>(QStringLiteral("notify-came-online"))->isChecked());
    interval->selectAll();
    QTest::keyClicks(interval, QStringLiteral("5"));
    misses->selectAll();
    QTest::keyClicks(misses, QStringLiteral("3"));
    missing->selectAll();
    QTest::keyClicks(missing, QStringLiteral("14"));
    page->findChild<QCheckBox *>(QStringLiteral("notify-came-online"))->setChecked(true);
    page->findChild<QCheckBox *>(QStringLiteral("notify-went-offline"))->setChecked(false);
    HeartbeatSettings base;
    base.firstBand = std::chrono::seconds(120); // what the page does not show is kept
    const HeartbeatSettings read = page->settings(base);
    QCOMPARE(read.interval.count(), 300);
    QCOMPARE(read.missesForOffline, 3);
    QCOMPARE(read.missingAfter.count(), 14 * 24 * 3600);
    QCOMPARE(read.firstBand.count(), 120);
    QCOMPARE(page->notifiedKinds(), QStringList({ QStringLiteral("came-online") }));
}

void TestHeartbeatSettings::savedSettingsAreWhatTheWatchersLoad()
{
    HeartbeatSettings settings;
    settings.interval = std::chrono::minutes(15);
    settings.missesForOffline = 4;
    settings.missingAfter = std::chrono::hours(24 * 60);
    HeartbeatSettingsStore::save(settings);
    HeartbeatSettingsStore::setNotifiedKinds(
        { QStringLiteral("went-missing"), QStringLiteral("not-a-kind") });
    const HeartbeatSettings loaded = HeartbeatSettingsStore::load();
    QCOMPARE(loaded.interval.count(), 900);
    QCOMPARE(loaded.missesForOffline, 4);
    QCOMPARE(loaded.missingAfter.count(), 60 * 24 * 3600);
    QCOMPARE(HeartbeatSettingsStore::notifiedKinds(),
             QStringList({ QStringLiteral("went-missing") }));
    // A value out of range (a hand-edited file) reads as the nearest allowed one.
    QSettings().setValue(QStringLiteral("heartbeat/intervalMinutes"), 0);
    QCOMPARE(HeartbeatSettingsStore::load().interval.count(), 60);
}

QTEST_MAIN(TestHeartbeatSettings)
#include "tst_heartbeatsettings.moc"
