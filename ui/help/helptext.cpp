#include "help/helptext.h"

namespace {
// A word of another part of the console, as that part shows it in the current language, so the
// help names a column, an option or a menu item exactly as the administrator sees it.
QString uiWord(const char *context, const char *source)
{
    QString word = QCoreApplication::translate(context, source);
    word.remove(QStringLiteral("..."));
    while (word.endsWith(QLatin1Char(':')))
        word.chop(1);
    return word.trimmed();
}

QString quoted(const QString &word)
{
    return HelpText::tr("“%1”").arg(word);
}

QString gatePortColumn()
{
    return quoted(uiWord("EndpointColumns", "Gate port"));
}

QString agentPortColumn()
{
    return quoted(uiWord("EndpointColumns", "Agent port"));
}

QString detailColumn()
{
    return quoted(uiWord("EndpointColumns", "Detail"));
}

QString registerAction()
{
    return quoted(uiWord("EndpointActions", "Register to this server..."));
}

QString moveAction()
{
    return quoted(uiWord("EndpointActions", "Move to this server..."));
}

QString onDemandOption()
{
    return quoted(uiWord("ScopeEditorDialog", "Use on-demand assessment"));
}

QString advancedSetting()
{
    return quoted(uiWord("ScopeEditorDialog", "Advanced Setting"));
}

QString specifyPorts()
{
    return quoted(uiWord("ScopeEditorDialog", "Specify ports:"));
}

// Terms with their paragraphs; terms without any (the reasons of a claim) as a list.
QString entriesHtml(const QVector<HelpEntry> &entries)
{
    QString html;
    bool inList = false;
    for (const HelpEntry &entry : entries) {
        if (entry.lines.isEmpty() != inList) {
            html += inList ? QStringLiteral("</ul>") : QStringLiteral("<ul>");
            inList = !inList;
        }
        if (inList) {
            html += QStringLiteral("<li>%1</li>").arg(entry.term.toHtmlEscaped());
            continue;
        }
        html += QStringLiteral("<p style=\"margin-bottom:0\"><b>%1</b></p>")
                    .arg(entry.term.toHtmlEscaped());
        for (const QString &line : entry.lines) {
            html += QStringLiteral("<p style=\"margin-left:24px; margin-top:2px\">%1</p>")
                        .arg(line.toHtmlEscaped());
        }
    }
    return inList ? html + QStringLiteral("</ul>") : html;
}

QString tableHtml(const QVector<HelpEntry> &entries)
{
    QString html = QStringLiteral("<table cellpadding=\"3\">");
    for (const HelpEntry &entry : entries) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(entry.term.toHtmlEscaped(),
                         entry.lines.join(QLatin1Char(' ')).toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

QString statusLine(SecurityStatus status)
{
    return HelpText::tr("Status: %1").arg(displayName(status));
}
} // namespace

QString HelpText::title()
{
    return tr("Statuses and checks");
}

QString HelpText::meaning(SecurityStatus status)
{
    switch (status) {
    case SecurityStatus::ManagedByThisServer:
        return tr("An agent answered on an agent port and proved with its certificate that it is "
                  "registered to this server. The computer is protected by this server.");
    case SecurityStatus::ManagedByAnotherServer:
        return tr("An agent answered on an agent port, but it is registered to another server, "
                  "or it claims this server without proving it. The client is online but this "
                  "server does not manage it.");
    case SecurityStatus::NoClientInstalled:
        return tr("The computer answered, but no agent answered on the agent ports: the client is "
                  "not installed, not running, or listens on a port that is not in the scope.");
    case SecurityStatus::Unreachable:
        return tr("The console cannot connect to the computer and determine its security status: "
                  "the gate port did not connect, or nothing answered on any port.");
    case SecurityStatus::UnresolvedAd:
        return tr("The computer belongs to an Active Directory domain, but its security status "
                  "cannot be determined: its name gives no address, its address is another "
                  "computer's, it was never assessed, or a port did not complete the agent "
                  "handshake.");
    }
    Q_UNREACHABLE();
}

QString HelpText::whatToDo(SecurityStatus status)
{
    switch (status) {
    case SecurityStatus::ManagedByThisServer:
        return tr("Nothing is needed. From the context menu you can quarantine it, release it "
                  "from quarantine or start a service on it.");
    case SecurityStatus::ManagedByAnotherServer:
        return tr("To have this server manage it, choose %1 in the context menu (the Client "
                  "Mover, with the other server's credential). When the detail says the agent "
                  "claims this server unverified, choose %2.")
            .arg(moveAction(), registerAction());
    case SecurityStatus::NoClientInstalled:
        return tr("Install the client on the computer, then run the query again. If a client is "
                  "installed, check that its agent is running and that its port is listed in %1 "
                  "of the scope.")
            .arg(specifyPorts());
    case SecurityStatus::Unreachable:
        return tr("Check that the computer is on and that no firewall drops the gate port or the "
                  "agent ports. If the computer does not listen on the gate port, choose another "
                  "port or turn the check off in %1 of the scope.")
            .arg(advancedSetting());
    case SecurityStatus::UnresolvedAd:
        return tr("Check the computer's DNS record and the %1 column. Turn on %2 in the scope so "
                  "that every computer is assessed, then run the query again.")
            .arg(detailColumn(), onDemandOption());
    }
    Q_UNREACHABLE();
}

QString HelpText::meaning(GateResult gate)
{
    switch (gate) {
    case GateResult::Connected:
        return tr("The port accepted the connection: the computer is up. The agent ports are "
                  "checked next.");
    case GateResult::Refused:
        return tr("The computer answered that the port is closed. It is declared unreachable and "
                  "nothing else is tried.");
    case GateResult::Timeout:
        return tr("Nothing answered within the connection timeout: the computer is off, or a "
                  "firewall drops the connection. It is declared unreachable.");
    case GateResult::NoRoute:
        return tr("The network reported that the computer cannot be reached (no route to host). "
                  "It is declared unreachable.");
    case GateResult::Skipped:
        return tr("The gate port was not checked: the check is turned off in the scope, or the "
                  "computer has no address to check.");
    }
    Q_UNREACHABLE();
}

QVector<HelpSection> HelpText::sections(const Scope &scope, const QVector<HelpShortcut> &shortcuts)
{
    return { statuses(),
             gatePort(scope.unreachableCheck),
             agentPorts(scope.ports),
             onDemand(),
             details(),
             unverified(),
             keyboard(shortcuts) };
}

HelpSection HelpText::statuses()
{
    HelpSection section { QStringLiteral("statuses"), tr("Security statuses"), {}, {} };
    section.paragraphs << tr("A query gives every computer of the scope one security status. "
                             "The four statuses other than %1 are the computers outside server "
                             "management: the ones to look at.")
                              .arg(quoted(displayName(SecurityStatus::ManagedByThisServer)));
    for (SecurityStatus status : SecurityStatuses::all)
        section.entries.append({ displayName(status),
                                 { meaning(status), tr("What to do: %1").arg(whatToDo(status)) } });
    return section;
}

HelpSection HelpText::gatePort(const UnreachableCheck &check)
{
    HelpSection section {
        QStringLiteral("gate"), tr("The gate port (the unreachable check)"), {}, {}
    };
    section.paragraphs
        << tr("With %1 (in %2 of the scope), the console first connects to that port on each "
              "computer, port 135 by default. When the connection is not established, the "
              "computer is declared unreachable at once and nothing else is tried, which speeds "
              "up the query.")
               .arg(quoted(tr("Declare a computer unreachable by checking port 135")),
                    advancedSetting())
        << (check.enabled ? tr("The scope checks port %1 now.").arg(check.port)
                          : tr("The check is turned off in the scope now."))
        << tr("The %1 column shows what that connection did:").arg(gatePortColumn());
    for (GateResult gate : GateResults::all)
        section.entries.append({ displayName(gate), { meaning(gate) } });
    return section;
}

HelpSection HelpText::agentPorts(const PortList &ports)
{
    HelpSection section { QStringLiteral("agent-ports"), tr("Agent ports"), {}, {} };
    section.paragraphs
        << tr("The ports the agents listen on, listed in %1 under %2 of the scope. Each server "
              "chooses its agent port when it is installed: keep a record of it.")
               .arg(specifyPorts(), advancedSetting())
        << (ports.isEmpty()
                ? tr("The scope lists no agent port yet.")
                : tr("The scope lists these agent ports now: %1.").arg(ports.toString()))
        << tr("On each computer the gate port did not rule out, the console connects to every "
              "agent port over TLS and asks the agent who it is: the server it is registered "
              "to, its name and its version. The %1 column shows the port where an agent "
              "answered; it is empty when none did.")
               .arg(agentPortColumn())
        << tr("A refused connection shows that the computer is up with the port closed. A port "
              "that accepts the connection but does not complete the agent handshake (no "
              "answer, an answer that is not the agent protocol, or a closed connection) is "
              "named in the %1 column.")
               .arg(detailColumn());
    return section;
}

HelpSection HelpText::onDemand()
{
    HelpSection section { QStringLiteral("on-demand"),
                          tr("On-demand assessment of Active Directory computers"),
                          {},
                          {} };
    section.paragraphs
        << tr("With %1 (in the Active Directory scope), every computer of the chosen Active "
              "Directory objects is resolved to its address and checked in real time, like an "
              "address of an IP range. This gives the most accurate result, but takes longer "
              "on a large directory.")
               .arg(onDemandOption())
        << tr("Without it, the console does not contact those computers (unless their address "
              "is also in an IP range of the scope): each one takes its last stored result, "
              "with the date of that assessment in the %1 column. A computer that was never "
              "assessed is shown as %2.")
               .arg(detailColumn(), quoted(displayName(SecurityStatus::UnresolvedAd)));
    return section;
}

HelpSection HelpText::details()
{
    // The texts the classifier (core/probe/classifier.cpp), the name resolver and the Active
    // Directory endpoints (core/query/directoryendpoints.cpp) write, in their own contexts so
    // that they read exactly as in the results; tst_helpdialog checks that each one is here.
    const auto text = [](const char *context, const char *source) {
        return QCoreApplication::translate(context, source);
    };
    const QString server = tr("[server]");
    const QString name = tr("[computer name]");
    const QString address = tr("[address]");
    HelpSection section { QStringLiteral("details"), tr("Why a computer got its status"), {}, {} };
    section.paragraphs << tr("The %1 column says in words why a computer got its status. Words "
                             "in square brackets stand for what the console saw.")
                              .arg(detailColumn());
    section.entries
        << HelpEntry { text("Classifier", "The agent is registered here."),
                       { statusLine(SecurityStatus::ManagedByThisServer),
                         tr("The agent proved with its certificate that it belongs to this "
                            "server.") } }
        << HelpEntry { text("Classifier", "The agent is registered to server %1.").arg(server),
                       { statusLine(SecurityStatus::ManagedByAnotherServer),
                         tr("The agent named another server as its own.") } }
        << HelpEntry { text("Classifier",
                            "The agent claims this server (%1), unverified: %2. Register it to "
                            "this server to manage it.")
                           .arg(server, tr("[reason]")),
                       { statusLine(SecurityStatus::ManagedByAnotherServer),
                         tr("See %1 below for the reasons.")
                             .arg(quoted(tr("Unverified agents"))) } }
        << HelpEntry { text("Classifier",
                            "The computer answered, but no agent answered on the agent ports."),
                       { statusLine(SecurityStatus::NoClientInstalled) } }
        << HelpEntry { text("Classifier",
                            "A port accepted the connection but did not complete the agent "
                            "handshake (%1).")
                           .arg(text("Classifier", "port %1: %2")
                                    .arg(tr("[port]"), tr("[what the port did]"))),
                       { tr("Status: %1 for an address of an IP range, %2 for an Active "
                            "Directory computer.")
                             .arg(displayName(SecurityStatus::NoClientInstalled),
                                  displayName(SecurityStatus::UnresolvedAd)),
                         tr("Something listens on the agent port but does not speak the agent "
                            "protocol, or the agent stopped halfway.") } };
    for (GateResult gate : { GateResult::Refused, GateResult::Timeout, GateResult::NoRoute }) {
        section.entries << HelpEntry { text("Classifier",
                                            "The unreachable check port did not connect: %1.")
                                           .arg(displayName(gate).toLower()),
                                       { statusLine(SecurityStatus::Unreachable), meaning(gate) } };
    }
    section.entries
        << HelpEntry { text("Classifier", "Nothing answered on any port."),
                       { statusLine(SecurityStatus::Unreachable),
                         tr("No port answered, not even with a refusal: the computer is off, "
                            "or a firewall drops every connection.") } }
        << HelpEntry { text("Classifier",
                            "The computer's name in Active Directory resolves to no address."),
                       { statusLine(SecurityStatus::UnresolvedAd) } }
        << HelpEntry { text("ComputerResolver", "%1 has no address").arg(name),
                       { statusLine(SecurityStatus::UnresolvedAd),
                         tr("DNS knows the name but gives it no address.") } }
        << HelpEntry { text("ComputerResolver", "%1: %2").arg(name, tr("[DNS error]")),
                       { statusLine(SecurityStatus::UnresolvedAd),
                         tr("The name could not be looked up in DNS.") } }
        << HelpEntry { text("DirectoryEndpoints",
                            "%1 resolves to %2, the address of %3 (assessed under that name)")
                           .arg(name, address, tr("[other computer]")),
                       { statusLine(SecurityStatus::UnresolvedAd),
                         tr("Two Active Directory computers have one address; the first is "
                            "assessed, the other cannot be told apart from it.") } }
        << HelpEntry { text("DirectoryEndpoints",
                            "Never assessed; turn on on-demand assessment to assess it (without "
                            "it, Active Directory computers take their last stored result)"),
                       { statusLine(SecurityStatus::UnresolvedAd) } }
        << HelpEntry { text("DirectoryEndpoints", "From the stored assessment of %1: %2")
                           .arg(tr("[date]"), tr("[detail]")),
                       { tr("Status: the one the earlier query gave."),
                         tr("On-demand assessment is off: the result of an earlier query.") } };
    return section;
}

HelpSection HelpText::unverified()
{
    const auto reason
        = [](const char *source) { return QCoreApplication::translate("AgentTrust", source); };
    const QString why = tr("[why]");
    HelpSection section { QStringLiteral("unverified"), tr("Unverified agents"), {}, {} };
    section.paragraphs
        << tr("Any computer on the network can answer on an agent port and name this server. An "
              "agent counts as %1 only when it proves it: the certificate it presents must be "
              "issued by this server's certificate authority (CA), be an agent certificate, be "
              "valid now and name the address the console reached.")
               .arg(quoted(displayName(SecurityStatus::ManagedByThisServer)))
        << tr("A claim without that proof is shown as %1 with “unverified” in the %2 "
              "column, and is never counted as protected. To manage such a computer, choose %3 "
              "in the context menu: this server's CA then issues the agent its certificate.")
               .arg(quoted(displayName(SecurityStatus::ManagedByAnotherServer)), detailColumn(),
                    registerAction())
        << tr("The reasons a claim is unverified:");
    for (const QString &text :
         { reason("this console has no certificate authority to check it against"),
           reason("the agent presented no certificate"),
           reason("its certificate cannot be read (%1)").arg(why),
           reason("its certificate is not an agent certificate (%1)").arg(why),
           reason("its certificate is not valid now (%1)").arg(why),
           reason("its certificate was not issued by this server's CA (%1)").arg(why),
           reason("its certificate was issued for another computer, not %1")
               .arg(tr("[address]")) }) {
        section.entries.append({ text, {} });
    }
    return section;
}

HelpSection HelpText::keyboard(const QVector<HelpShortcut> &shortcuts)
{
    HelpSection section { QStringLiteral("keyboard"), tr("Keyboard shortcuts"), {}, {}, true };
    for (const HelpShortcut &shortcut : shortcuts) {
        section.entries.append(
            { shortcut.keys.toString(QKeySequence::NativeText), { shortcut.action } });
    }
    return section;
}

QString HelpText::toHtml(const QVector<HelpSection> &sections)
{
    QString html = QStringLiteral("<h1>%1</h1>").arg(title().toHtmlEscaped());
    // Contents first: the page is long, and a link takes the reader to the section.
    html += QStringLiteral("<p>");
    QStringList links;
    for (const HelpSection &section : sections) {
        links << QStringLiteral("<a href=\"#%1\">%2</a>")
                     .arg(section.anchor, section.heading.toHtmlEscaped());
    }
    html += links.join(QStringLiteral(" · ")) + QStringLiteral("</p>");
    for (const HelpSection &section : sections) {
        html += QStringLiteral("<h2><a name=\"%1\"></a>%2</h2>")
                    .arg(section.anchor, section.heading.toHtmlEscaped());
        for (const QString &paragraph : section.paragraphs)
            html += QStringLiteral("<p>%1</p>").arg(paragraph.toHtmlEscaped());
        html += section.asTable ? tableHtml(section.entries) : entriesHtml(section.entries);
    }
    return html;
}
