#pragma once

#include "scope/portlist.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

// The manual's "Specify ports": type a port number, Add; select one, Remove. A port that is out
// of range or already listed is refused at the field, with the reason.
class PortListEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PortListEditor(const PortList &ports, QWidget *parent = nullptr);

    PortList ports() const { return m_ports; }
    // Adds the typed port; returns the reason when it is refused.
    QString addTypedPort();

signals:
    void changed();

private:
    void removeSelected();
    void refresh();

    PortList m_ports;
    QListWidget *m_list;
    QLineEdit *m_input;
    QLabel *m_error;
};
