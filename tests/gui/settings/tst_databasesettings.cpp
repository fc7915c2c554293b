#include "fleetprocess.h"
#include "postgresserver.h"
#include "secrets/keychainthread.h"
#include "secrets/savedpassword.h"
#include "settings/settingsdialog.h"
#include "store/database.h"

#include <QDialogButtonBox>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

// The Database page of the settings against a real PostgreSQL and a real, unlocked
// gnome-keyring (tests/support/with-keyring.sh): Test connection answers in words (a refused
// password, no server, a database of a newer osmgmt, success), and OK puts the typed password
// in the keychain, never in the dialog's settings.
class TestDatabaseSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sqliteNeedsNoServerFields();
    void testConnectionSaysWhatIsWrong();
    void okSavesThePasswordInTheKeychain();

private:
    // Clicks Test connection and waits for its answer.
    std::pair<bool, QString> test(SettingsDialog &dialog);
    StoreLocation location(const QString &database, quint16 port = 0) const;

    std::unique_ptr<PostgresServer> m_server;
    QString m_database;
};

namespace {
// The keychain on the console's keychain thread, as the console uses it: QtKeychain's Secret
// Service backend must be driven from one thread only.
template<typename T> T onKeychain(const std::function<T()> &work)
{
    std::optional<T> result;
    QEventLoop loop;
    QObject context;
    onKeychainThread<T>(&context, work, [&result, &loop](const T &value) {
        result = value;
        loop.quit();
    });
    loop.exec();
    return *result;
}
} // namespace

void TestDatabaseSettings::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("OSMGMT_KEYRING_MODE"),
             "run through tests/support/with-keyring.sh (ctest does)");
    if (!PostgresServer::unavailableReason().isEmpty())
        QSKIP(qPrintable(PostgresServer::unavailableReason()));
    m_server = std::make_unique<PostgresServer>();
    const QString started = m_server->start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const Result<QString> name = m_server->createDatabase();
    QVERIFY2(name, qPrintable(name.error()));
    m_database = name.value();
}

StoreLocation TestDatabaseSettings::location(const QString &database, quint16 port) const
{
    return StoreLocation::postgres(m_server->host(), port ? port : m_server->port(), database,
                                   m_server->user());
}

std::pair<bool, QString> TestDatabaseSettings::test(SettingsDialog &dialog)
{
    QSignalSpy tested(&dialog, &SettingsDialog::connectionTested);
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("testConnection"));
    if (!button->isEnabled())
        return { false, QStringLiteral("Test connection is disabled") };
    QTest::mouseClick(button, Qt::LeftButton);
    if (!tested.wait(30000))
        return { false, QStringLiteral("no answer") };
    return { tested.first().at(0).toBool(), tested.first().at(1).toString() };
}

void TestDatabaseSettings::sqliteNeedsNoServerFields()
{
    SettingsDialog dialog(QStringLiteral("osm-hq"), QString());
    dialog.setStore(StoreLocation::sqlite(QStringLiteral("/tmp/x.sqlite")),
                    QStringLiteral("/tmp/x.sqlite"));
    auto *host = dialog.findChild<QLineEdit *>(QStringLiteral("postgresHost"));
    QVERIFY(!host->isEnabled());
    QCOMPARE(dialog.storeLocation().dialect, SqlDialect::Sqlite);
    QCOMPARE(dialog.storeLocation().sqlitePath, QStringLiteral("/tmp/x.sqlite"));
    // PostgreSQL without a host cannot be saved.
    dialog.findChild<QRadioButton *>(QStringLiteral("storePostgres"))->setChecked(true);
    QVERIFY(host->isEnabled());
    host->clear();
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(host, QStringLiteral("db.example.test"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.storeLocation().host, QStringLiteral("db.example.test"));
}

void TestDatabaseSettings::testConnectionSaysWhatIsWrong()
{
    SettingsDialog dialog(QStringLiteral("osm-hq"), QString());
    dialog.setStore(location(m_database), QStringLiteral("/tmp/x.sqlite"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("postgresPassword"));
    QTest::keyClicks(password, QStringLiteral("not the password"));
    auto [ok, message] = test(dialog);
    QVERIFY(!ok);
    QVERIFY2(message.contains(QLatin1String("refused the password")), qPrintable(message));

    password->clear();
    QTest::keyClicks(password, m_server->password());
    std::tie(ok, message) = test(dialog);
    QVERIFY2(ok, qPrintable(message));
    QVERIFY2(message.startsWith(QLatin1String("Connected")), qPrintable(message));

    // No server on that port.
    auto *port = dialog.findChild<QSpinBox *>(QStringLiteral("postgresPort"));
    quint16 closed = FleetProcess::randomPort();
    while (closed == m_server->port())
        closed = FleetProcess::randomPort();
    port->setValue(closed);
    std::tie(ok, message) = test(dialog);
    QVERIFY(!ok);
    QVERIFY2(message.contains(QLatin1String("No PostgreSQL server answers")), qPrintable(message));

    // A database a newer osmgmt wrote is refused, and left as it is.
    const Result<QString> newer = m_server->createDatabase();
    QVERIFY2(newer, qPrintable(newer.error()));
    QVERIFY(m_server->open(newer.value()));
    QCOMPARE(
        m_server->execute(newer.value(),
                          { QStringLiteral("INSERT INTO schema_version VALUES (99, "
                                           "'2030-01-01T00:00:00.000Z', 'from the future')") }),
        QString());
    dialog.setStore(location(newer.value()), QStringLiteral("/tmp/x.sqlite"));
    std::tie(ok, message) = test(dialog);
    QVERIFY(!ok);
    QVERIFY2(message.contains(QLatin1String("newer version of osmgmt")), qPrintable(message));
}

void TestDatabaseSettings::okSavesThePasswordInTheKeychain()
{
    const StoreLocation store = location(m_database);
    QVERIFY(onKeychain<bool>([&store] { return SavedPassword::forStore(store).remove().ok(); }));
    {
        SettingsDialog dialog(QStringLiteral("osm-hq"), QString());
        dialog.setStore(store, QStringLiteral("/tmp/x.sqlite"));
        // Nothing typed, nothing saved: Test connection says so.
        auto [ok, message] = test(dialog);
        QVERIFY(!ok);
        QVERIFY2(message.contains(QLatin1String("No password is saved")), qPrintable(message));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("postgresPassword")),
                         m_server->password());
        QSignalSpy finished(&dialog, &QDialog::finished);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY2(finished.wait(30000),
                 qPrintable(dialog.findChild<QLabel *>(QStringLiteral("testResult"))->text()));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.passwordSaved());
    }
    const auto saved = onKeychain<Result<std::optional<QString>>>(
        [&store] { return SavedPassword::forStore(store).read(); });
    QVERIFY2(saved, qPrintable(saved.error()));
    QCOMPARE(saved->value_or(QString()), m_server->password());
    // The next time, the keychain's password is used.
    SettingsDialog again(QStringLiteral("osm-hq"), QString());
    again.setStore(store, QStringLiteral("/tmp/x.sqlite"));
    const auto [ok, message] = test(again);
    QVERIFY2(ok, qPrintable(message));
}

QTEST_MAIN(TestDatabaseSettings)
#include "tst_databasesettings.moc"
