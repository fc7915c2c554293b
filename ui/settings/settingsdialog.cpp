#include "settings/settingsdialog.h"

#include "heartbeat/heartbeatsettingspage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

SettingsDialog::SettingsDialog(const QString &serverName, const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_serverName(new QLineEdit(serverName))
    , m_language(new QComboBox)
    , m_keepQueries(new QSpinBox)
    , m_keepDays(new QSpinBox)
    , m_error(new QLabel)
{
    setWindowTitle(tr("Settings"));
    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("settingsPages"));
    tabs->addTab(makeGeneralPage(), tr("General"));
    tabs->addTab(makeDatabasePage(), tr("Database"));
    m_heartbeatPage = new HeartbeatSettingsPage;
    tabs->addTab(m_heartbeatPage, tr("Heartbeats"));
    connect(m_heartbeatPage, &HeartbeatSettingsPage::changed, this, &SettingsDialog::revalidate);
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    revalidate();
}

SettingsDialog::~SettingsDialog() = default;

QWidget *SettingsDialog::makeGeneralPage()
{
    auto *page = new QWidget;
    m_serverName->setObjectName(QStringLiteral("serverName"));
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System language"), QString());
    // Each language is named in itself, so a user who cannot read the current one finds theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));

    auto *form = new QFormLayout;
    form->addRow(tr("Server name:"), m_serverName);
    form->addRow(QString(), m_error);
    form->addRow(tr("Language:"), m_language);
    m_keepQueries->setObjectName(QStringLiteral("keepQueries"));
    m_keepQueries->setRange(0, 100000);
    m_keepQueries->setSpecialValueText(tr("All"));
    m_keepDays->setObjectName(QStringLiteral("keepDays"));
    m_keepDays->setRange(0, 3650);
    m_keepDays->setSpecialValueText(tr("No limit"));
    m_keepDays->setSuffix(tr(" days"));
    form->addRow(tr("Keep the newest queries:"), m_keepQueries);
    form->addRow(tr("Keep queries for:"), m_keepDays);
    auto *note = new QLabel(tr("A new language takes effect when the console starts again. "
                               "Older queries are deleted after each query; the audit log is "
                               "always kept."));
    note->setWordWrap(true);
    connect(m_serverName, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
    return page;
}

QWidget *SettingsDialog::makeDatabasePage()
{
    auto *page = new QWidget;
    m_sqlite = new QRadioButton(tr("This computer's database file"));
    m_sqlite->setObjectName(QStringLiteral("storeSqlite"));
    m_postgres = new QRadioButton(tr("A team's PostgreSQL server"));
    m_postgres->setObjectName(QStringLiteral("storePostgres"));
    auto *choice = new QButtonGroup(page);
    choice->addButton(m_sqlite);
    choice->addButton(m_postgres);
    m_sqlite->setChecked(true);
    m_sqliteFile = new QLabel;
    m_sqliteFile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sqliteFile->setWordWrap(true);

    m_host = new QLineEdit(QStringLiteral("localhost"));
    m_host->setObjectName(QStringLiteral("postgresHost"));
    m_port = new QSpinBox;
    m_port->setObjectName(QStringLiteral("postgresPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(QStringLiteral("osmgmt"));
    m_database->setObjectName(QStringLiteral("postgresDatabase"));
    m_user = new QLineEdit(QStringLiteral("osmgmt"));
    m_user->setObjectName(QStringLiteral("postgresUser"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("postgresPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Unchanged (the keychain's)"));
    m_postgresFields = new QWidget;
    auto *fields = new QFormLayout(m_postgresFields);
    fields->addRow(tr("Host:"), m_host);
    fields->addRow(tr("Port:"), m_port);
    fields->addRow(tr("Database:"), m_database);
    fields->addRow(tr("User:"), m_user);
    fields->addRow(tr("Password:"), m_password);
    fields->addRow(makeTlsFields());

    m_test = new QPushButton(tr("Test connection"));
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_testResult = new QLabel;
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *note = new QLabel(tr("The password is kept in this computer's keychain, never in the "
                               "settings. A new database takes effect when the console starts "
                               "again; the command-line tool uses it at once unless given --db."));
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_sqlite);
    layout->addWidget(m_sqliteFile);
    layout->addWidget(m_postgres);
    layout->addWidget(m_postgresFields);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch();
    layout->addLayout(testRow);
    layout->addWidget(m_testResult);
    layout->addWidget(note);
    layout->addStretch();

    connect(m_postgres, &QRadioButton::toggled, this, &SettingsDialog::revalidate);
    for (QLineEdit *edit : { m_host, m_database, m_user })
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    return page;
}

// How the connection checks the server (docs/security.md): verify-full unless the
// administrator lowers it, and a warning in plain words for as long as it is lower.
QWidget *SettingsDialog::makeTlsFields()
{
    m_tlsMode = new QComboBox;
    m_tlsMode->setObjectName(QStringLiteral("postgresSslMode"));
    const QStringList names
        = { tr("Verify the server's certificate and name (verify-full)"),
            tr("Verify the certificate, not the name (verify-ca)"),
            tr("Encrypt without verifying the server (require)"), tr("No encryption (disable)") };
    for (int i = 0; i < PostgresTls::modes().size(); ++i)
        m_tlsMode->addItem(names.value(i), PostgresTls::modes().at(i));
    m_caFile = new QLineEdit;
    m_caFile->setObjectName(QStringLiteral("postgresCaFile"));
    m_caFile->setPlaceholderText(tr("PostgreSQL's default (~/.postgresql/root.crt)"));
    m_tlsWarning = new QLabel(tr("Warning: without full verification, a machine between this "
                                 "console and the server can pose as the server, read the "
                                 "team's results and take the password."));
    m_tlsWarning->setObjectName(QStringLiteral("postgresTlsWarning"));
    m_tlsWarning->setWordWrap(true);
    m_tlsWarning->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_tlsWarning->setVisible(false);
    auto *box = new QWidget;
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("TLS:"), m_tlsMode);
    form->addRow(tr("CA certificate:"), m_caFile);
    form->addRow(m_tlsWarning);
    connect(m_tlsMode, &QComboBox::currentIndexChanged, this, &SettingsDialog::revalidate);
    return box;
}

void SettingsDialog::setStore(const StoreLocation &location, const QString &sqliteFile)
{
    m_sqlitePath = sqliteFile;
    m_sqliteFile->setText(sqliteFile);
    if (location.dialect == SqlDialect::PostgreSql) {
        m_postgres->setChecked(true);
        m_host->setText(location.host);
        m_port->setValue(location.port);
        m_database->setText(location.database);
        m_user->setText(location.user);
        m_tlsMode->setCurrentIndex(std::max(0, m_tlsMode->findData(location.tls.mode)));
        m_caFile->setText(location.tls.caFile);
    } else {
        m_sqlite->setChecked(true);
    }
    revalidate();
}

StoreLocation SettingsDialog::storeLocation() const
{
    if (m_sqlite->isChecked())
        return StoreLocation::sqlite(m_sqlitePath);
    StoreLocation location
        = StoreLocation::postgres(m_host->text().trimmed(), quint16(m_port->value()),
                                  m_database->text().trimmed(), m_user->text().trimmed());
    location.tls = PostgresTls { m_tlsMode->currentData().toString(), m_caFile->text().trimmed() };
    return location;
}

void SettingsDialog::testConnection()
{
    const StoreLocation location = storeLocation();
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Connecting…"));
    setBusy(true);
    m_store.testConnection(
        location, m_password->text(), [this, location](const Result<Done> &opened) {
            setBusy(false);
            const QString message = opened
                ? tr("Connected: %1 is an osmgmt database this version can use.")
                      .arg(location.describe())
                : opened.error();
            m_testResult->setStyleSheet(opened ? QStringLiteral("color: #1e8449;")
                                               : QStringLiteral("color: #c0392b;"));
            m_testResult->setText(message);
            emit connectionTested(opened.ok(), message);
        });
}

void SettingsDialog::accept()
{
    const StoreLocation location = storeLocation();
    const QString typed = m_password->text();
    if (location.dialect != SqlDialect::PostgreSql || typed.isEmpty()) {
        QDialog::accept();
        return;
    }
    // The typed password goes to the keychain before the dialog closes: a failure (a locked
    // keyring) is shown here, where the administrator can still act on it.
    setBusy(true);
    m_store.savePassword(location, typed, [this](const Result<Done> &saved) {
        setBusy(false);
        if (!saved) {
            m_testResult->setStyleSheet(QStringLiteral("color: #c0392b;"));
            m_testResult->setText(
                tr("The password cannot be saved in the keychain: %1").arg(saved.error()));
            return;
        }
        m_passwordSaved = true;
        m_password->clear();
        QDialog::accept();
    });
}

void SettingsDialog::setBusy(bool busy)
{
    m_workers += busy ? 1 : -1;
    revalidate();
}

QString SettingsDialog::serverName() const
{
    return m_serverName->text().trimmed();
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::revalidate()
{
    if (!m_ok)
        return; // still being built
    const bool empty = serverName().isEmpty();
    m_error->setText(empty ? tr("The server name cannot be empty.") : QString());
    const bool postgres = m_postgres->isChecked();
    m_postgresFields->setEnabled(postgres);
    m_tlsWarning->setVisible(
        postgres && !PostgresTls { m_tlsMode->currentData().toString(), {} }.isFullyVerified());
    const bool postgresComplete = !m_host->text().trimmed().isEmpty()
        && !m_database->text().trimmed().isEmpty() && !m_user->text().trimmed().isEmpty();
    m_test->setEnabled(m_workers == 0 && (!postgres || postgresComplete));
    // Aging bands out of order: the page says why, and the dialog cannot be accepted.
    const bool heartbeatsValid = m_heartbeatPage->problem().isEmpty();
    m_ok->setEnabled(m_workers == 0 && !empty && (!postgres || postgresComplete)
                     && heartbeatsValid);
}

void SettingsDialog::setRetention(int keepQueries, int keepDays)
{
    m_keepQueries->setValue(keepQueries);
    m_keepDays->setValue(keepDays);
}

int SettingsDialog::keepQueries() const
{
    return m_keepQueries->value();
}

int SettingsDialog::keepDays() const
{
    return m_keepDays->value();
}
