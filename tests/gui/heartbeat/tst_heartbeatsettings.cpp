#include "heartbeat/heartbeatgroupdialog.h"
#include "heartbeat/heartbeatsettingspage.h"
#include "heartbeatsession.h"
#include "settings/settingsdialog.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "watch/heartbeatduty.h"
#include "watch/heartbeatpolicystore.h"
#include "watch/heartbeatsettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The Heartbeats page of the settings: it shows the store's settings (defaults: 10 minutes, 2
// missed heartbeats, bands of 1 hour, 1 day, 7 days, Missing after 30 days), reads back what was
// typed with the groups kept, refuses bands out of order (the dialog cannot be accepted), and
// keeps this console's notification kinds (default: offline, missing and needs-attention). The
// groups are added, edited, ordered and removed on the page, a wrong field named in the editor,
// and what the page gives is saved in a real store, audited, as the import saves it.
class TestHeartbeatSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theDefaultsAreTheIssues();
    void thePageReadsBackWhatWasTyped();
    void bandsOutOfOrderCannotBeSaved();
    void notifiedKindsAreThisConsoles();
    void groupsAreAddedEditedOrderedAndRemoved();
    void theEditorNamesTheWrongField();
    void theGroupsAreSavedAuditedInTheStore();

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

QPushButton *button(QWidget *page, const char *name)
{
    auto *found = page->findChild<QPushButton *>(QLatin1String(name));
    if (!found)
        qFatal("no button %s", name);
    return found;
}

// The group editor the page opened (window-modal, without a nested event loop).
HeartbeatGroupDialog *openEditor(QWidget *page)
{
    auto *dialog = page->findChild<HeartbeatGroupDialog *>();
    if (!dialog || !dialog->isVisible())
        qFatal("the group editor did not open");
    return dialog;
}

template<typename T> T *field(QWidget *dialog, const char *name)
{
    auto *found = dialog->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no field %s", name);
    return found;
}

void accept(HeartbeatGroupDialog *dialog)
{
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

// Adds a group through the editor, as an administrator types it.
void addGroup(QWidget *page, const QString &name, const QString &computers)
{
    QTest::mouseClick(button(page, "addHeartbeatGroup"), Qt::LeftButton);
    HeartbeatGroupDialog *dialog = openEditor(page);
    QTest::keyClicks(field<QLineEdit>(dialog, "groupName"), name);
    field<QPlainTextEdit>(dialog, "groupComputers")->setPlainText(computers);
    accept(dialog);
    QTRY_VERIFY(page->findChild<HeartbeatGroupDialog *>() == nullptr); // closed and deleted
}

QStringList groupNames(QWidget *page)
{
    QStringList names;
    const QAbstractItemModel *model
        = page->findChild<QTableView *>(QStringLiteral("heartbeatGroups"))->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, 0).data().toString());
    return names;
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
    QCOMPARE(groupNames(page), QStringList({ QStringLiteral("Laptops") }));
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

void TestHeartbeatSettings::groupsAreAddedEditedOrderedAndRemoved()
{
    SettingsDialog dialog(QStringLiteral("osm-hq"), QString());
    HeartbeatSettingsPage *page = dialog.heartbeatPage();
    page->setSettings(HeartbeatPolicy(), {});
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("heartbeatNoGroups"))->isVisibleTo(page));
    QVERIFY(!button(page, "editHeartbeatGroup")->isEnabled()); // nothing selected
    addGroup(page, QStringLiteral("Laptops"), QStringLiteral("nb-001\nnb-002"));
    addGroup(page, QStringLiteral("Lab"), QStringLiteral("lab-1"));
    QCOMPARE(groupNames(page), QStringList({ QStringLiteral("Laptops"), QStringLiteral("Lab") }));
    QVERIFY(!page->findChild<QLabel *>(QStringLiteral("heartbeatNoGroups"))->isVisibleTo(page));

    // Edit the selected (just added) group: never offline, every 30 minutes.
    auto *view = page->findChild<QTableView *>(QStringLiteral("heartbeatGroups"));
    view->selectRow(1);
    QTest::mouseClick(button(page, "editHeartbeatGroup"), Qt::LeftButton);
    HeartbeatGroupDialog *editor = openEditor(page);
    QCOMPARE(field<QLineEdit>(editor, "groupName")->text(), QStringLiteral("Lab"));
    type(field<QSpinBox>(editor, "groupInterval"), QStringLiteral("30"));
    field<QCheckBox>(editor, "groupNeverOffline")->setChecked(true);
    QVERIFY(!field<QSpinBox>(editor, "groupMisses")->isEnabled());
    accept(editor);
    QTRY_VERIFY(page->findChild<HeartbeatGroupDialog *>() == nullptr);

    // The first group that takes an agent applies: Lab goes first.
    QVERIFY(!button(page, "moveHeartbeatGroupDown")->isEnabled());
    QTest::mouseClick(button(page, "moveHeartbeatGroupUp"), Qt::LeftButton);
    QCOMPARE(groupNames(page), QStringList({ QStringLiteral("Lab"), QStringLiteral("Laptops") }));
    const HeartbeatPolicy read = page->policy(HeartbeatPolicy());
    QCOMPARE(read.groups.size(), 2);
    QVERIFY(read.groups.at(0).neverOffline);
    QCOMPARE(read.groups.at(0).interval.count(), 30 * 60);
    QCOMPARE(read.groups.at(1).appliesTo.computers,
             QStringList({ QStringLiteral("nb-001"), QStringLiteral("nb-002") }));
    QCOMPARE(read.settingsFor({ QStringLiteral("10.0.0.5"), QStringLiteral("NB-002"), {} })
                 .missesForOffline,
             2);

    view->selectRow(0);
    QTest::mouseClick(button(page, "removeHeartbeatGroup"), Qt::LeftButton);
    QCOMPARE(groupNames(page), QStringList({ QStringLiteral("Laptops") }));
    QCOMPARE(page->policy(HeartbeatPolicy()).groups.size(), 1);
}

void TestHeartbeatSettings::theEditorNamesTheWrongField()
{
    SettingsDialog dialog(QStringLiteral("osm-hq"), QString());
    HeartbeatSettingsPage *page = dialog.heartbeatPage();
    HeartbeatPolicy stored;
    HeartbeatGroup lab;
    lab.name = QStringLiteral("Lab");
    lab.appliesTo.computers = { QStringLiteral("lab-1") };
    stored.groups = { lab };
    page->setSettings(stored, {});
    QTest::mouseClick(button(page, "addHeartbeatGroup"), Qt::LeftButton);
    HeartbeatGroupDialog *editor = openEditor(page);
    QPushButton *ok = editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *problem = field<QLabel>(editor, "groupProblem");
    QVERIFY(!ok->isEnabled()); // no name yet
    QVERIFY2(problem->text().startsWith(QLatin1String("Name:")), qPrintable(problem->text()));

    auto *name = field<QLineEdit>(editor, "groupName");
    QTest::keyClicks(name, QStringLiteral("LAB"));
    QVERIFY2(problem->text().contains(QLatin1String("names another group")),
             qPrintable(problem->text()));
    QVERIFY(name->property("invalid").toBool());
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Branch"));
    auto *ranges = field<QPlainTextEdit>(editor, "groupIpv4Ranges");
    ranges->setPlainText(QStringLiteral("10.30.0.0/16\n10.30.1.300"));
    QVERIFY2(problem->text().startsWith(QLatin1String("IPv4 ranges, entry 2 (10.30.1.300)")),
             qPrintable(problem->text()));
    QVERIFY(ranges->property("invalid").toBool());
    QVERIFY(!name->property("invalid").toBool());
    QVERIFY(!ok->isEnabled());
    ranges->setPlainText(QStringLiteral("10.30.0.0/16"));
    QVERIFY(problem->text().isEmpty());
    accept(editor);
    QTRY_COMPARE(groupNames(page),
                 QStringList({ QStringLiteral("Lab"), QStringLiteral("Branch") }));
}

void TestHeartbeatSettings::theGroupsAreSavedAuditedInTheStore()
{
    // The console's path: the page's policy, saved by HeartbeatSession on a worker with
    // HeartbeatPolicyStore::save, the one save the import uses; every watcher reads it at its
    // next cycle (tst_heartbeatwatch shows the rereading).
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("osmgmt.sqlite"));
    HeartbeatSession session([path] { return Database::openSqlite(path); });
    SettingsDialog dialog(QStringLiteral("osm-hq"), QString());
    HeartbeatSettingsPage *page = dialog.heartbeatPage();
    page->setSettings(HeartbeatPolicy(), {});
    addGroup(page, QStringLiteral("Laptops"), QStringLiteral("nb-001"));
    // The group is asked every 3 minutes, more often than the defaults' 10.
    auto *view = page->findChild<QTableView *>(QStringLiteral("heartbeatGroups"));
    view->selectRow(0);
    QTest::mouseClick(button(page, "editHeartbeatGroup"), Qt::LeftButton);
    HeartbeatGroupDialog *editor = openEditor(page);
    type(field<QSpinBox>(editor, "groupInterval"), QStringLiteral("3"));
    accept(editor);
    QTRY_VERIFY(page->findChild<HeartbeatGroupDialog *>() == nullptr);
    QSignalSpy saved(&session, &HeartbeatSession::policySaved);
    session.savePolicy(page->policy(HeartbeatPolicy()), QStringLiteral("changed in the console"));
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.first().first().toString(), QString());

    const auto database = Database::openSqlite(path);
    QVERIFY2(database, qPrintable(database.error()));
    const Result<HeartbeatPolicy> stored = HeartbeatPolicyStore(*database).load();
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(stored->groups.size(), 1);
    QCOMPARE(stored->groups.first().name, QStringLiteral("Laptops"));
    AuditFilter filter;
    filter.action = HeartbeatPolicyStore::auditAction();
    const Result<QVector<AuditEntry>> entries = AuditLog(*database).search(filter);
    QVERIFY2(entries, qPrintable(entries.error()));
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().detail, QStringLiteral("changed in the console; 1 groups"));
    // A watcher's heartbeat duty reads them at its next cycle: it now runs every 3 minutes.
    HeartbeatDuty duty { HeartbeatJob {} };
    QCOMPARE(duty.interval().count(), 10 * 60);
    duty.refresh(*database);
    QCOMPARE(duty.interval().count(), 3 * 60);
}

QTEST_MAIN(TestHeartbeatSettings)
#include "tst_heartbeatsettings.moc"
