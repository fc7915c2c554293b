#include "identity/identitystatus.h"

#include "consoleidentity.h"

#include <QMessageBox>
#include <QPushButton>

IdentityStatus::IdentityStatus(ConsoleIdentity *identity, QWidget *parent)
    : QToolButton(parent)
    , m_identity(identity)
{
    setObjectName(QStringLiteral("identityStatus"));
    setAutoRaise(true);
    connect(identity, &ConsoleIdentity::loadStarted, this, &IdentityStatus::update);
    connect(identity, &ConsoleIdentity::loaded, this, &IdentityStatus::update);
    connect(identity, &ConsoleIdentity::failed, this, &IdentityStatus::update);
    connect(this, &QToolButton::clicked, this, &IdentityStatus::showDetails);
    update();
}

void IdentityStatus::update()
{
    if (m_identity->isLoading()) {
        setText(tr("Commands: loading the server's certificate authority..."));
        setToolTip(QString());
    } else if (m_identity->isReady()) {
        setText(tr("Commands: ready"));
        setToolTip(tr("Commands to agents are signed by the certificate authority of \"%1\".")
                       .arg(m_identity->authority().serverName()));
    } else {
        setText(tr("Commands unavailable: keychain. Details..."));
        setToolTip(m_identity->error());
    }
}

void IdentityStatus::showDetails()
{
    if (m_identity->isReady() || m_identity->isLoading())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Commands to agents are unavailable"),
                    tr("This console keeps the private key of its certificate authority in the "
                       "keychain, and cannot read it:\n\n%1\n\nQueries still run; commands "
                       "(move, quarantine, release, start service) need the key.")
                        .arg(m_identity->error()),
                    QMessageBox::Close, this);
    QPushButton *retry = box.addButton(tr("Try again"), QMessageBox::AcceptRole);
    box.exec();
    if (box.clickedButton() == retry)
        m_identity->load();
}
