#include "endpointactions.h"

#include <QAction>

#include <algorithm>

EndpointActions::EndpointActions(QObject *parent)
    : QObject(parent)
{
    add(Kind::ComputerDetails, tr("Computer details"), QStringLiteral("computerDetailsAction"));
    add(Kind::Move, tr("Move to this server..."), QStringLiteral("moveAction"));
    add(Kind::Register, tr("Register to this server..."), QStringLiteral("registerAction"));
    add(Kind::Quarantine, tr("Quarantine..."), QStringLiteral("quarantineAction"));
    add(Kind::Release, tr("Release from quarantine..."), QStringLiteral("releaseAction"));
    add(Kind::StartService, tr("Start service..."), QStringLiteral("startServiceAction"));
    add(Kind::Diagnose, tr("Diagnose connection..."), QStringLiteral("diagnoseAction"));
    add(Kind::Copy, tr("Copy"), QStringLiteral("copyAction"));
    add(Kind::ExportSelection, tr("Export selection..."), QStringLiteral("exportSelectionAction"));
    setSelection({});
}

QAction *EndpointActions::add(Kind kind, const QString &text, const QString &objectName)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    connect(action, &QAction::triggered, this, [this, kind] {
        const QVector<Endpoint> targets = applicable(kind, m_selection);
        if (!targets.isEmpty())
            emit triggered(kind, targets);
    });
    m_actions.append({ kind, action });
    return action;
}

QList<QAction *> EndpointActions::actions() const
{
    QList<QAction *> list;
    for (const auto &[kind, action] : m_actions) {
        if (kind == Kind::Copy || kind == Kind::Move)
            list.append(nullptr);
        list.append(action);
    }
    return list;
}

QAction *EndpointActions::action(Kind kind) const
{
    for (const auto &[candidate, action] : m_actions)
        if (candidate == kind)
            return action;
    Q_UNREACHABLE();
}

void EndpointActions::setSelection(QVector<Endpoint> endpoints)
{
    m_selection = std::move(endpoints);
    for (const auto &[kind, action] : std::as_const(m_actions)) {
        const int count = int(applicable(kind, m_selection).size());
        action->setEnabled(count > 0);
        // A greyed-out action says why (issue 19, point 4): no dead end without a reason.
        action->setToolTip(count > 0 ? QString() : whyNot(kind, m_selection));
        // Say how many of the selection the action will reach when that is not all of them.
        action->setStatusTip(count == m_selection.size()
                                 ? QString()
                                 : tr("Applies to %n of the selected computers", nullptr, count));
    }
}

QString EndpointActions::whyNot(Kind kind, const QVector<Endpoint> &endpoints)
{
    if (endpoints.isEmpty())
        return tr("Select one or more computers first.");
    const bool noClient = std::all_of(endpoints.begin(), endpoints.end(), [](const Endpoint &e) {
        return e.status == SecurityStatus::NoClientInstalled;
    });
    const bool noAgent = std::all_of(endpoints.begin(), endpoints.end(),
                                     [](const Endpoint &e) { return e.agentPort == 0; });
    switch (kind) {
    case Kind::Move:
    case Kind::Register:
    case Kind::Quarantine:
    case Kind::Release:
    case Kind::StartService:
        if (noClient)
            return tr("No client is installed on the selected computers, so no agent can take "
                      "the command. Install a client first; Diagnose connection shows what "
                      "answers.");
        if (noAgent)
            return tr("No agent port of the selected computers answered during the query. "
                      "Diagnose connection shows why; run the query again once they answer.");
        if (kind == Kind::Move)
            return tr("Only clients of another server can be moved here; the selected computers "
                      "are not.");
        if (kind == Kind::Register)
            return tr("Only a client of this or another server can be registered; the selected "
                      "computers are not clients.");
        return tr("Only clients of this server take this command; the selected computers are "
                  "not. Move or register them to this server first.");
    case Kind::Diagnose:
        return tr("The selected computers have no address to diagnose.");
    case Kind::ComputerDetails:
        return tr("The selected computers have no address, so they have no page of their own "
                  "(an Active Directory computer whose name did not resolve).");
    case Kind::Copy:
    case Kind::ExportSelection:
        break;
    }
    return {};
}

QVector<Endpoint> EndpointActions::applicable(Kind kind, const QVector<Endpoint> &endpoints)
{
    QVector<Endpoint> result;
    for (const Endpoint &endpoint : endpoints) {
        bool fits = true;
        switch (kind) {
        case Kind::Move:
            fits = endpoint.status == SecurityStatus::ManagedByAnotherServer
                && endpoint.agentPort != 0;
            break;
        case Kind::Register:
            fits = (endpoint.status == SecurityStatus::ManagedByAnotherServer
                    || endpoint.status == SecurityStatus::ManagedByThisServer)
                && endpoint.agentPort != 0;
            break;
        case Kind::Quarantine:
        case Kind::Release:
        case Kind::StartService:
            fits
                = endpoint.status == SecurityStatus::ManagedByThisServer && endpoint.agentPort != 0;
            break;
        case Kind::Diagnose:
        case Kind::ComputerDetails:
            fits = !endpoint.address.isEmpty();
            break;
        case Kind::Copy:
        case Kind::ExportSelection:
            break;
        }
        if (fits)
            result.append(endpoint);
    }
    return result;
}
