#pragma once

#include <QToolButton>

class ConsoleIdentity;

// The status bar's word on whether this console can command its agents: its certificate
// authority loads from the keychain in the background, and when the keychain fails the
// administrator reads why and what to do, and can try again.
class IdentityStatus : public QToolButton
{
    Q_OBJECT

public:
    explicit IdentityStatus(ConsoleIdentity *identity, QWidget *parent = nullptr);

    void showDetails();

private:
    void update();

    ConsoleIdentity *m_identity;
};
