#pragma once

#include "endpoint/endpoint.h"

#include <QObject>
#include <QVector>

class QAction;

// The one list of actions on computers (DESIGN.md, STYLE.md: like Veyon's feature registry):
// the client tree, the results table and the flipbook build their context menus from it, so an
// action means the same everywhere and is enabled by the same rule.
class EndpointActions : public QObject
{
    Q_OBJECT

public:
    enum class Kind {
        ComputerDetails, // the Computer Details flipbook (issue 12, point 3)
        Move,
        Register,
        Quarantine,
        Release,
        StartService,
        Copy,
        ExportSelection,
        Diagnose
    };

    explicit EndpointActions(QObject *parent = nullptr);

    // In menu order; nullptr marks a separator.
    QList<QAction *> actions() const;
    QAction *action(Kind kind) const;

    // The computers a menu is about to act on; enables what applies to at least one of them.
    void setSelection(QVector<Endpoint> endpoints);
    const QVector<Endpoint> &selection() const { return m_selection; }

    // Which of `endpoints` an action can be sent to: a move goes to clients of another server,
    // a registration to any client (an unverified claim of this server is shown with the other
    // servers' clients; an agent that does not pin this server's CA refuses it), the other
    // commands to this server's clients, and only where an agent port answered. Diagnose
    // connection applies to any computer with an address.
    static QVector<Endpoint> applicable(Kind kind, const QVector<Endpoint> &endpoints);
    // Why `kind` applies to none of `endpoints`, in words that say what to do instead: the
    // tooltip of a disabled action.
    static QString whyNot(Kind kind, const QVector<Endpoint> &endpoints);

signals:
    void triggered(EndpointActions::Kind kind, const QVector<Endpoint> &endpoints);

private:
    QAction *add(Kind kind, const QString &text, const QString &objectName);

    QVector<QPair<Kind, QAction *>> m_actions;
    QVector<Endpoint> m_selection;
};
