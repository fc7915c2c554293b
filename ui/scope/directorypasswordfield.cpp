#include "scope/directorypasswordfield.h"

#include "secrets/keychainthread.h"
#include "secrets/savedpassword.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

const QString errorStyle = QStringLiteral("color: #c0392b;");

// What a keychain read gives the panel: the password (possibly none) or the keychain's words.
struct Read
{
    std::optional<QString> password;
    QString error;
};

Read readSaved(const ActiveDirectoryConnection &connection)
{
    const auto saved = SavedPassword::forDirectory(connection).read();
    return saved ? Read { *saved, QString() } : Read { std::nullopt, saved.error() };
}

bool identifies(const ActiveDirectoryConnection &connection)
{
    return !connection.url.trimmed().isEmpty() && !connection.bindUser.trimmed().isEmpty();
}

} // namespace

DirectoryPasswordField::DirectoryPasswordField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit)
    , m_state(new QLabel)
    , m_forget(new QPushButton(tr("Forget")))
{
    m_edit->setObjectName(QStringLiteral("adPassword"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_state->setObjectName(QStringLiteral("adPasswordState"));
    m_state->setWordWrap(true);
    m_forget->setObjectName(QStringLiteral("adForgetPassword"));
    m_forget->setToolTip(tr("Remove the saved password from the keychain"));
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_forget);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_state);
    connect(m_forget, &QPushButton::clicked, this, &DirectoryPasswordField::forget);
    showSaved(false);
}

void DirectoryPasswordField::setConnection(const ActiveDirectoryConnection &connection)
{
    if (connection.url.trimmed() == m_connection.url.trimmed()
        && connection.bindUser.trimmed() == m_connection.bindUser.trimmed() && m_generation > 0)
        return;
    m_connection = connection;
    refresh();
}

void DirectoryPasswordField::refresh()
{
    const quint64 generation = ++m_generation;
    showSaved(false);
    if (!identifies(m_connection)) {
        emit keychainAnswered();
        return;
    }
    m_state->setText(tr("Looking for a saved password…"));
    const ActiveDirectoryConnection connection = m_connection;
    onKeychainThread<Read>(
        this, [connection] { return readSaved(connection); },
        [this, generation](const Read &read) {
            if (generation != m_generation)
                return;
            if (read.error.isEmpty())
                showSaved(read.password.has_value());
            else
                showKeychainError(read.error);
            emit keychainAnswered();
        });
}

void DirectoryPasswordField::showSaved(bool saved)
{
    m_saved = saved;
    m_forget->setEnabled(saved);
    m_state->setStyleSheet(QString());
    if (saved) {
        m_edit->setPlaceholderText(tr("saved in the keychain; type a new one to replace it"));
        m_state->setText(tr("A password is saved in the keychain for this server and user."));
    } else {
        m_edit->setPlaceholderText(tr("kept in the keychain, never in the scope"));
        m_state->setText(identifies(m_connection)
                             ? tr("No password is saved for this server and user.")
                             : QString());
    }
}

void DirectoryPasswordField::showKeychainError(const QString &text)
{
    m_state->setStyleSheet(errorStyle);
    m_state->setText(text);
}

void DirectoryPasswordField::withPassword(const PasswordUser &use)
{
    if (!m_edit->text().isEmpty() || !identifies(m_connection)) {
        use(m_edit->text());
        return;
    }
    const ActiveDirectoryConnection connection = m_connection;
    const quint64 generation = m_generation;
    onKeychainThread<Read>(
        this, [connection] { return readSaved(connection); },
        [this, use, generation](const Read &read) {
            if (!read.error.isEmpty()) {
                showKeychainError(read.error);
                use(std::nullopt);
                return;
            }
            if (generation == m_generation)
                showSaved(read.password.has_value());
            use(read.password.value_or(QString()));
        });
}

void DirectoryPasswordField::accepted(const ActiveDirectoryConnection &connection,
                                      const QString &password)
{
    // Only what was typed here: the saved one is already there.
    if (password.isEmpty() || m_edit->text() != password)
        return;
    m_edit->clear();
    m_state->setText(tr("Saving the password in the keychain…"));
    const quint64 generation = m_generation;
    onKeychainThread<QString>(
        this,
        [connection, password] {
            const auto written = SavedPassword::forDirectory(connection).write(password);
            return written ? QString() : written.error();
        },
        [this, generation](const QString &error) {
            if (!error.isEmpty())
                showKeychainError(error);
            else if (generation == m_generation)
                showSaved(true);
            emit keychainAnswered();
        });
}

void DirectoryPasswordField::forget()
{
    const ActiveDirectoryConnection connection = m_connection;
    const quint64 generation = ++m_generation;
    m_forget->setEnabled(false);
    onKeychainThread<QString>(
        this,
        [connection] {
            const auto removed = SavedPassword::forDirectory(connection).remove();
            return removed ? QString() : removed.error();
        },
        [this, generation](const QString &error) {
            if (generation != m_generation)
                return;
            if (error.isEmpty()) {
                showSaved(false);
                m_state->setText(tr("The saved password was removed from the keychain."));
            } else {
                m_forget->setEnabled(true);
                showKeychainError(error);
            }
            emit keychainAnswered();
        });
}
