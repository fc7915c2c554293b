#pragma once

#include "endpoint/securitystatus.h"
#include "scope/scope.h"

#include <QCoreApplication>
#include <QKeySequence>
#include <QString>
#include <QStringList>
#include <QVector>

// One explained thing: a status, a gate result, a detail text, a shortcut.
struct HelpEntry
{
    QString term;
    QStringList lines;
};

// A heading with its paragraphs and its entries, in that order.
struct HelpSection
{
    QString anchor; // for links within the page: "statuses", "gate", ...
    QString heading;
    QStringList paragraphs;
    QVector<HelpEntry> entries;
    // Entries as a two-column table (a key and what it does) rather than terms with paragraphs.
    bool asTable = false;
};

// A keyboard shortcut that exists in the console, with what it does.
struct HelpShortcut
{
    QString action;
    QKeySequence keys;
};

// The words of Help → Statuses and checks, in one place so that tooltips can say the same
// (reference 000 for the statuses, the gate port, agent ports and on-demand assessment;
// docs/security.md for unverified agents). Plain text through tr(); toHtml() lays it out.
class HelpText
{
    Q_DECLARE_TR_FUNCTIONS(HelpText)

public:
    static QString title();
    // What a status means, and what the administrator can do about it.
    static QString meaning(SecurityStatus status);
    static QString whatToDo(SecurityStatus status);
    // What a result of the gate port's connection means.
    static QString meaning(GateResult gate);

    // scope: the saved one, so the page says which gate port and agent ports it checks now.
    static QVector<HelpSection> sections(const Scope &scope,
                                         const QVector<HelpShortcut> &shortcuts);
    static QString toHtml(const QVector<HelpSection> &sections);

private:
    static HelpSection statuses();
    static HelpSection gatePort(const UnreachableCheck &check);
    static HelpSection agentPorts(const PortList &ports);
    static HelpSection onDemand();
    static HelpSection details();
    static HelpSection unverified();
    static HelpSection keyboard(const QVector<HelpShortcut> &shortcuts);
};
