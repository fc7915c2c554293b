<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActiveDirectoryConnection</name>
    <message>
        <source>no directory server is given (ldaps://server or ldap://server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ldaps:// or ldap:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; carries a path; give the base DN separately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bind user is given (user@domain, DOMAIN\user or a distinguished name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query timeout of %1 s is outside %2-%3 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActiveDirectoryScopePanel</name>
    <message>
        <source>Not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ldaps://dc1.example.com or ldap://dc1.example.com (StartTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user@domain, DOMAIN\user or a distinguished name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the domain the server names (defaultNamingContext)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file of the CA; empty: the system&apos;s CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any certificate is accepted: someone between osmgmt and the server could read the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base DN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1 (%2), bound as %3, tree from %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StartTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The certificate was not verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 computers selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n Active Directory object(s) selected; connect to count their computers.</source>
        <translation>
            <numerusform>%n Active Directory object selected; connect to count its computers.</numerusform>
            <numerusform>%n Active Directory objects selected; connect to count their computers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the selected computers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check each step: server reachable, TLS, bind, naming context, computers readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password: type it (none is saved in the keychain for %1 at %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdTree</name>
    <message>
        <source>the Active Directory tree is empty: give a distinguished name such as OU=Finance,DC=corp,DC=example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a distinguished name: it has an empty part between commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a distinguished name: &quot;%2&quot; is not of the form type=value (OU=Finance, DC=example)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a distinguished name: &quot;%2&quot; is not an attribute type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentCommand</name>
    <message>
        <source>start-service names no service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move names no server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move carries no CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register carries no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent at %1 does not present an agent certificate of this server&apos;s CA for that address: it is not moved to the new CA (register it first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollover carries no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollover carries no CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warn carries no message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warn: the message is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warn: the message has control characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentCommandClient</name>
    <message>
        <source>expected &quot;done&quot; or &quot;error&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer carries no request id (an agent older than request ids, or not an osmgmt agent): not believed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is for another request (id %1): not believed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is for &quot;%1&quot;, not &quot;%2&quot;: not believed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentConversation</name>
    <message>
        <source>cannot start TLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered something that is not the agent protocol: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered the handshake wrongly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted, then closed the connection without answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted, then failed the TLS handshake: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted, then failed during the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted, then closed the connection during the TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS failed during the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentExchange</name>
    <message>
        <source>%1 accepted, then gave no answer within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not connect within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request is too large to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered something that is not the agent protocol: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentHistory</name>
    <message>
        <source>cannot read the stored results of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentTls</name>
    <message>
        <source>cannot make a TLS certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the certificates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate not made for a console (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate not valid now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate not issued by the registered server&apos;s CA (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one PEM certificate, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is not a CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentTrust</name>
    <message>
        <source>this console has no certificate authority to check it against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent presented no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its certificate cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its certificate is not an agent certificate (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its certificate is not valid now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its certificate was not issued by this server&apos;s CA (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its certificate was issued for another computer, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>cannot read the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 has no hash: it was not written by osmgmt&apos;s audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it: an earlier entry was changed, removed or inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditCheck</name>
    <message>
        <source>The audit log cannot be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log was changed after it was written: the hash chain breaks at entry %1. Keep a copy of the database and find out who changed it; &apos;osmgmt-cli audit verify&apos; lists every break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) were interrupted before their outcome was recorded (audit entry %1): check those computers.</source>
        <translation>
            <numerusform>%n command was interrupted before its outcome was recorded (audit entry %1): check that computer.</numerusform>
            <numerusform>%n commands were interrupted before their outcome was recorded (audit entry %1): check those computers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>targets_json is not a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the action in the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit entry %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its time is not one this version writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an audit entry needs a time, a user, an action and a phase (an outcome names its intent); this one was not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Move to this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release from quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start service</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>... (%n in all)</source>
        <translation>
            <numerusform>... (%n in all)</numerusform>
            <numerusform>... (%n in all)</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import health evaluation settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search user, computer, outcome or detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 commands; narrow the search, or export them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n commands</source>
        <translation>
            <numerusform>%n command</numerusform>
            <numerusform>%n commands</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditSession</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoResponseDuty</name>
    <message>
        <source>Quarantine the computer by hand (Quarantine in its context menu, or osmgmt-cli quarantine) and check it on the Computer Quarantine Status page; if it cannot be quarantined, disconnect it from the network on site. Then remove the risk with the antivirus&apos;s corrective action and a virus scan that finds nothing before you release it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the service by hand (Start service in its context menu, or osmgmt-cli start-service) or on the computer, and check that the agent reports it running; if it stops again, scan the computer: a risk may be stopping it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the computer is on and reachable (Diagnose connectivity). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic response is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detections considered: %1; verified: %2, failed: %3, notified: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n left for the next round</source>
        <translation>
            <numerusform>%n left for the next round</numerusform>
            <numerusform>%n left for the next round</numerusform>
        </translation>
    </message>
    <message>
        <source>automatic response of the watcher to detection %1 (%2), rule %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified only: decide what to do with the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agent port is known for this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this console has no client certificate to present (its identity is not loaded, or the keychain is locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent said it quarantined the computer, but its status could not be read to check it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent said it quarantined the computer, but its status does not say it is quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent&apos;s status says the computer is quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent&apos;s status could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent reports no service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every service of the agent was running already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent said it started the service, but its status could not be read to check it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent said it started the service, but its status says %1 is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent&apos;s status says %1 is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1. What to do: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent refused the command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent could not do it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conversation with the agent failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 detected (%2, %3); rule %4: %5. %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the automatic response on %1 is recorded, but the audit log refused its entry: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoResponseLink</name>
    <message>
        <source>this console has no client certificate yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log did not record the outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoResponseLog</name>
    <message>
        <source>cannot read the detections to respond to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stored detection of %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the automatic response to a detection of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the outcome of the automatic response on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the automatic responses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the agent port of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarantined automatically: %1 detected (rule %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoResponseRule</name>
    <message>
        <source>Quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoResponseSettings</name>
    <message>
        <source>not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keyword: a rule needs at least one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (quarantine, start-service or notify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not quarantine, start-service or notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a start-service rule names a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoResponseStore</name>
    <message>
        <source>cannot read the automatic response settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored automatic response settings are not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored automatic response settings cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the automatic response settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the automatic response settings were saved, but the audit log refused the entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaAgents</name>
    <message>
        <source>the store holds no query (%1): only the agents this rollover already saw are known; run a query first (osmgmt-cli can also be given --address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presents a certificate of the new CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presents a certificate of the old CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presents a certificate of neither CA for this address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaRollover</name>
    <message>
        <source>this console has no certificate authority yet (%1): the console makes it at its first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>osmgmt CA rollover of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reachable now (%1); last seen %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reachable now (%1); never moved to the new CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new CA %1 made; the current CA %2 stays trusted until the rollover is finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new CA was made, but the audit log did not record the step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CA rollover is going on: start one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already on the new CA (since %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no migration was planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CA rollover is going on: there is nothing to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>refused: %n agent(s) still depend on the old CA</source>
        <translation>
            <numerusform>refused: %n agent still depends on the old CA</numerusform>
            <numerusform>refused: %n agents still depend on the old CA</numerusform>
        </translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA %1 is retired; %2 is the current CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; forced with %n agent(s) still on the retired CA</source>
        <translation>
            <numerusform>; forced with %n agent still on the retired CA</numerusform>
            <numerusform>; forced with %n agents still on the retired CA</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, but the audit log did not record the step: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaRolloverDialog</name>
    <message>
        <source>%1, SHA-256 %2, expired on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, SHA-256 %2, valid until %3 (%4 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Rollover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate Agents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish Rollover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server&apos;s CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current CA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollover:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rollover replaces this server&apos;s CA without cutting the console off its agents: Start makes a new CA (its key in the keychain), Migrate gives each agent a certificate of it, Finish retires the old CA. Until Finish, both are trusted. Each step is written to the audit log, as osmgmt-cli ca does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m agents answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the CA Rollover Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) still depend on the old CA. Once it is retired they refuse this server&apos;s commands and show as unverified until their CA is replaced on the computer.</source>
        <translation>
            <numerusform>%n agent still depends on the old CA. Once it is retired it refuses this server&apos;s commands and shows as unverified until its CA is replaced on the computer.</numerusform>
            <numerusform>%n agents still depend on the old CA. Once it is retired they refuse this server&apos;s commands and show as unverified until their CA is replaced on the computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retiring the old CA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console now uses the new CA (SHA-256 %1); no restart is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console still holds the old CA (%1). Restart the console to command the agents with the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the agents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going on: the agents move to the new CA %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pending CA cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the current (old) CA, %2 on the new CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the current CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 on neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA is being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agents are being asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rollover is going on: start one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rollover is going on already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a CA Rollover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new certificate authority for this server? Its key goes to the keychain; the current CA stays trusted until the rollover is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Rollover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the new CA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate Agents to the New CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Give %n agent(s) a certificate of the new CA? Agents already moved are not asked again.</source>
        <translation>
            <numerusform>Give %n agent a certificate of the new CA? Agents already moved are not asked again.</numerusform>
            <numerusform>Give %n agents a certificate of the new CA? Agents already moved are not asked again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Migrate Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving the agents to the new CA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the CA Rollover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire the old CA? The moved agents stop accepting it, and this console commands with the new CA from then on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish Rollover</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaRolloverSession</name>
    <message>
        <source>A new CA was made (SHA-256 %1). Agents keep the current CA until they are migrated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no agent was asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent is left to move: every agent of this server already has a certificate of the new CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 agent(s) moved to the new CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the agents not asked yet were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate again once the others are reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log did not record the command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) still depend on the old CA: migrate them once they are reachable, or finish anyway (they will then refuse this server&apos;s commands and show as unverified).</source>
        <translation>
            <numerusform>%n agent still depends on the old CA: migrate it once it is reachable, or finish anyway (it will then refuse this server&apos;s commands and show as unverified).</numerusform>
            <numerusform>%n agents still depend on the old CA: migrate them once they are reachable, or finish anyway (they will then refuse this server&apos;s commands and show as unverified).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the old CA was not retired. Finish again to retire it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CA rollover is going on: there is nothing to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this console&apos;s identity is not loaded here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the console loaded the CA %1, not the new %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <source>Became unprotected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Became protected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeared (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disappeared (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AD path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes in the query of %1 since the query of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query of %1 is the first completed query: there is nothing to compare it with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Classifier</name>
    <message>
        <source>The computer&apos;s name in Active Directory resolves to no address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unreachable check port did not connect: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent is registered here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent is registered to server %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer answered, but no agent answered on the agent ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answered on any port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A port accepted the connection but did not complete the agent handshake (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent claims this server (%1), unverified: %2. Register it to this server to manage it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer is quarantined, which closes the unreachable check port on purpose, but its agent did not answer either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The computer is quarantined: the unreachable check port is closed on purpose (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientLog</name>
    <message>
        <source>it does not end with &lt;;&gt; (cut short?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; is not YYYYMMDD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; is not HHMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is longer than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the infection name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>infection name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scan result &quot;%1&quot; is not a code 0-25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scan type &quot;%1&quot; is not 0-4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the block mode &quot;%1&quot; is not 0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientMoverWizard</name>
    <message>
        <source>Client Mover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the other server&apos;s credential comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving a computer from another server to this one needs that server&apos;s credential: a file its console exports, protected by a password. It lets this console move that server&apos;s clients once, for a few days; it holds no master key.

On the console of each server below, choose Agents → Export this server&apos;s credential..., give the file a password of 12 characters or more, and bring the file here with its password.

Credentials needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other server&apos;s credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the demo, the console of %1 is simulated: its credential file is filled in below. Type its password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every server&apos;s credential is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential file of %1, and the password it was exported with. Next imports it into this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the credential file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the credential of &quot;%1&quot;, which none of these computers is registered to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each agent is told to register with this server (%1) and stops obeying its old server. The move runs in the background and is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, now registered to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move cannot start: commands to agents are unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a query (F5) to see the moved computers under this server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientTreeModel</name>
    <message>
        <source>This server: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside Server Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unreadable AD path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP ranges (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandController</name>
    <message>
        <source>Commands to agents are unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Quarantine %n computers? They keep only their connection to this console until released.</source>
        <translation>
            <numerusform>Quarantine %n computer? It keeps only its connection to this console until released.</numerusform>
            <numerusform>Quarantine %n computers? They keep only their connection to this console until released.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Release %n computers from quarantine?</source>
        <translation>
            <numerusform>Release %n computer from quarantine?</numerusform>
            <numerusform>Release %n computers from quarantine?</numerusform>
        </translation>
    </message>
    <message>
        <source>Release from quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start service</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Service to start on %n computers:</source>
        <translation>
            <numerusform>Service to start on %n computer:</numerusform>
            <numerusform>Service to start on %n computers:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start the service &quot;%1&quot; on %n computers?</source>
        <translation>
            <numerusform>Start the service &quot;%1&quot; on %n computer?</numerusform>
            <numerusform>Start the service &quot;%1&quot; on %n computers?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Register %n computers to this server (%1)? Its certificate authority issues each agent its certificate; agents that do not already obey this server refuse.</source>
        <translation>
            <numerusform>Register %n computer to this server (%1)? Its certificate authority issues each agent its certificate; agents that do not already obey this server refuse.</numerusform>
            <numerusform>Register %n computers to this server (%1)? Its certificate authority issues each agent its certificate; agents that do not already obey this server refuse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Register to this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n computers</source>
        <translation>
            <numerusform>Move %n computer</numerusform>
            <numerusform>Move %n computers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Register %n computers</source>
        <translation>
            <numerusform>Register %n computer</numerusform>
            <numerusform>Register %n computers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quarantine %n computers</source>
        <translation>
            <numerusform>Quarantine %n computer</numerusform>
            <numerusform>Quarantine %n computers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release %n computers</source>
        <translation>
            <numerusform>Release %n computer</numerusform>
            <numerusform>Release %n computers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start %1 on %n computers</source>
        <translation>
            <numerusform>Start %1 on %n computer</numerusform>
            <numerusform>Start %1 on %n computers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start the stopped services (%1) on the %n computers where they are not running?</source>
        <translation>
            <numerusform>Start the stopped services (%1) on the computer where they are not running?</numerusform>
            <numerusform>Start the stopped services (%1) on the %n computers where they are not running?</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start service &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

It runs in the background and is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandProgressView</name>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending to %n computers...</source>
        <translation>
            <numerusform>Sending to %n computer...</numerusform>
            <numerusform>Sending to %n computers...</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling: computers already contacted finish first...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not record this command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandRun</name>
    <message>
        <source>to server &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the new CA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandSession</name>
    <message>
        <source>The server&apos;s certificate authority is still loading from the keychain. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandWorker</name>
    <message>
        <source>cancelled before it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agent port is known for this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cancelled by the administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: the audit log could not record the command first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComputerDetailsPage</name>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the agent reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous computer (PgUp; Home: the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next computer (PgDn; End: the last)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components and patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <translation>
            <numerusform>%1 of %n</numerusform>
            <numerusform>%1 of %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Agent Health page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agent is installed on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its agent is managed by another server (%1); only this server&apos;s agents report their health here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the computer could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the computer&apos;s status could not be determined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent health is still being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its agent was not asked for its health in the newest query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its agent gave no health report in the newest query: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AD path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no firewall component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>real-time protection %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last scan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall (settings: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several settings target it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the computer is quarantined, so the query could not reach it: it is cut off on purpose, not down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detections (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComputerDetectionsSection</name>
    <message>
        <source>Detections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest detections of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the detections...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The detections cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No security risk has been detected on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n detection(s), newest first; the time is the computer&apos;s own, as its log wrote it.</source>
        <translation>
            <numerusform>%n detection, newest first; the time is the computer&apos;s own, as its log wrote it.</numerusform>
            <numerusform>%n detections, newest first; the time is the computer&apos;s own, as its log wrote it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %1, newest first; the Detections page (Agents menu) lists %n more.</source>
        <translation>
            <numerusform>The newest %1, newest first; the Detections page (Agents menu) lists %n more.</numerusform>
            <numerusform>The newest %1, newest first; the Detections page (Agents menu) lists %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComputerQuarantineSection</name>
    <message>
        <source>Quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an administrator (manual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a compliance policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compliance policy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an automatic response to a detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the automatic response rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer is cut off from the network on purpose: it answers only this console. It is not down; it cannot be reached until it is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its user has been warned: the computer will be quarantined when the grace period ends, unless it becomes compliant first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer was quarantined and has been released: its network is open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the quarantine...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantine unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quarantine cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quarantine of this computer is known: its network is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantined by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace period ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing updates (CVE):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComputerResolver</name>
    <message>
        <source>Active Directory holds no dNSHostName for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectSweep</name>
    <message>
        <source>Waiting for connections failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open a socket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot watch a socket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted, then gave no answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 ms (%2 attempts)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>Connection settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server reachable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (StartTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (ldaps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naming context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computers readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password: type it, or save one in the keychain for %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete; the server&apos;s certificate will not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name %1 cannot be resolved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused: nothing listens on that port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate NOT verified (verification is switched off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate verified against the system&apos;s CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate verified against %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server accepted the credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server names no default naming context: give the base DN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the server&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the base DN %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the base DN given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no computer can be read under %1: it holds none, or this account may not read them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 computers under %2 (one page counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 computers under %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDiagnosis</name>
    <message>
        <source>DNS gave no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection broke before the answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it answered something that is not the agent protocol: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionStepsView</name>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tried</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleCredentials</name>
    <message>
        <source>this server&apos;s CA certificate %1 does not exist (the console makes it at its first start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>osmgmt console of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleLink</name>
    <message>
        <source>--status %1 is not a security status; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--address %1 is not an IPv4 or IPv6 address (such as 10.0.0.5 or fd00::5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status and --address open the results page, not the summary; leave out --page summary or them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page %1 is not a page of the console; use summary or results.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleWatcher</name>
    <message>
        <source>Watcher: this console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console runs the scheduled query of this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watcher: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another watcher (holder %1) acts on this store until %2: it runs the scheduled query, and this console does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watcher: no store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContainerCountReader</name>
    <message>
        <source>cannot count the computers per AD container: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot count the computers per AD container of query %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query %1 has endpoints with an unknown status &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContainerCoverageModel</name>
    <message>
        <source>AD container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageLegend</name>
    <message>
        <source>Computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the previous query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show these computers in the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what changed since the previous query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: change since the previous query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computers per security status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: share of the computers found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <source>Security status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the previous query</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageRing</name>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No completed query yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 protected: %2 of %Ln computer(s) managed by this server</source>
        <translation>
            <numerusform>%1 protected: %2 of %Ln computer managed by this server</numerusform>
            <numerusform>%1 protected: %2 of %Ln computers managed by this server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialExportDialog</name>
    <message>
        <source>Export this server&apos;s credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another console that imports this file can move the clients of &quot;%1&quot; to itself, and do nothing else with them, until the credential expires. Keep the file and its password safe (at least %2 characters, not easily guessed), and delete the file once the move is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialFileField</name>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server credentials (*.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server credentials (*.p12)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialImportDialog</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a server credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the credential file another server&apos;s console exported, with its password. This console can then move that server&apos;s clients to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the credential file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the credential of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>cannot write the CSV data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an osmgmt database (file is not a database); it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite driver of Qt (QSQLITE) is not installed; install libqt6sql6-sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an osmgmt database (%2); it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program (it has no schema_version table); it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this database was written by a newer osmgmt (schema %2; this version knows up to %3); it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot switch to WAL mode: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema_version table is empty, so the schema version is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrating the database to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database reported an error without saying which (code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being opened by another program; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PostgreSQL store needs a host, a database name and a user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PostgreSQL driver of Qt (QPSQL) is not installed; install libqt6sql6-psql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to the PostgreSQL database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the list of tables: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the tables of another program (it has no schema_version table); it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a TLS mode osmgmt uses for PostgreSQL (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsSession</name>
    <message>
        <source>The keychain cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is saved for this database: type it above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>The demo fleet cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo fleet stopped (exit code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo files cannot be written in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo fleet did not become ready within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>osmgmt console of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoHistory</name>
    <message>
        <source>the demo&apos;s past: no agent installed yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Detection</name>
    <message>
        <source>Cleaned successfully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved successfully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted successfully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed successfully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-time scan: passed, access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean failed (moved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean failed (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean failed (renamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-time scan: passed, access denied; other scans: passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean failed (move failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean failed (delete failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean failed (rename failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed (OKed) a potential security risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result %1 (not listed by the reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-time Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan Now Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DCS Scan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetectionJson</name>
    <message>
        <source>%1 is missing or of the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetectionStore</name>
    <message>
        <source>cannot store the detections of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the detections: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stored detection of %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetectionsModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virus/Malware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web reputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File or URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetectionsPage</name>
    <message>
        <source>Detections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent has reported a security risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n detection(s), newest first; the time is the computer&apos;s own, as its log wrote it.</source>
        <translation>
            <numerusform>%n detection, newest first; the time is the computer&apos;s own, as its log wrote it.</numerusform>
            <numerusform>%n detections, newest first; the time is the computer&apos;s own, as its log wrote it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The detections cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnoseDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnose again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnose connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the checks of &quot;Agent is offline&quot; one after another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely cause: none found. Every check that ran passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnoseSession</name>
    <message>
        <source>the console&apos;s private key is not a PEM %1 key, the kind its certificate holds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosisRules</name>
    <message>
        <source>The agent&apos;s certificate is not valid now: it expired, or a clock is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the agent&apos;s clock, then register the agent again so that this server&apos;s CA issues it a new certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent presents a certificate that is not an agent certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the agent again; reinstall it if its certificate stays wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s certificate was issued for another computer: the computer changed address, or the certificate was copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the agent again at its current address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent is not registered to this server: it claims this server, but its certificate was not issued by this server&apos;s CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the agent to this server (Register to this server..., or osmgmt-cli register), or move it here with the Client Mover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs the TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent is registered to %1, another server: only that server&apos;s console can check its certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this console has no certificate authority to check it against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued by this server&apos;s CA for %1, valid until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent did not say which server it belongs to, and this server&apos;s CA does not vouch for it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent does not report its time (an agent older than this console)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs the agent&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent&apos;s clock reads %1, as this console&apos;s does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent&apos;s clock reads %1, %2 ahead of this console&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent&apos;s clock reads %1, %2 behind this console&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s system time is wrong (%1 off, more than the %2 TLS tolerates): certificates are judged by it, so TLS connections and commands fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the computer&apos;s clock right and keep it synchronised with the network&apos;s time source (NTP; Windows: w32tm /resync; Linux: timedatectl, chrony), then diagnose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent answered on port %1 at %2 (a stored query); now that port refuses while the gate port %3 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s process is not running: the computer is up, but nothing listens on the agent port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the agent&apos;s service on the computer (Windows: services.msc; Linux: sudo systemctl start osmgmt-agent) and read its log for why it stopped; reinstall the agent if it does not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS completed, then no answer to the status request within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent is hung or overloaded: it completes TLS but does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the agent&apos;s service on the computer; if it hangs again, check the computer&apos;s load (CPU, memory, disk) and the agent&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program on the agent port does not answer as an osmgmt agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which program listens on the agent port; reinstall the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent (version %1) is registered to %2, another server: it reports its services to that server&apos;s console only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent (version %1) answers, but gives its report only to a console of its server, and this console had no certificate to present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent (version %1) answers, but did not accept this console&apos;s certificate: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent does not accept this console&apos;s certificate: it is not registered to this server (it pins another server&apos;s CA, or none), so it reports and takes commands from no console of this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the agent to this server (Register to this server...) or move it here with the Client Mover; reinstall it from this server if neither works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent runs (version %1, registered to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; it reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; its services run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service of the agent is stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the service (Start service... in this console, or on the computer) and read its log for why it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs the agent&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent reports that the computer is quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer is quarantined: only its agent port and the consoles that quarantined it reach it, so its other ports are closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release it from quarantine (Release from quarantine...) once it is safe; until then the closed ports are expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS is down, or the name %1 is not registered in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this console&apos;s DNS server answers (nslookup %1) and holds the computer&apos;s name: internal names do not resolve on public DNS servers. A computer on DHCP must register its name in DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no reverse (PTR) name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is named %2 (reverse lookup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not resolve: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolves to %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the computer&apos;s name %1 does not resolve: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the computer&apos;s name %1 resolves to %2, not to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS holds a stale address for %1: the computer changed address and its record was not updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the DNS record of %1, or have the computer register it again (Windows: ipconfig /registerdns), then query again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the computer&apos;s name %1 resolves to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an address was given and no name is known for it: nothing to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address to connect to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection: the computer is up, but the port is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing listens on the agent port %1 (the agent&apos;s process is not running, or it listens on another port), or a firewall rejects the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the computer, check that the agent runs and listens on port %1 (Windows: services.msc; Linux: systemctl status osmgmt-agent), and that its firewall (Windows Firewall, iptables) lets this console reach the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer is powered off, a firewall drops the connection, or the computer left this network (a roaming laptop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the computer is on and on this network; check the firewalls between this console and the computer (network and host: Windows Firewall, iptables) for port %1; trace the route to see where the connection stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no route to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer left this network, or a router or firewall rejects the way to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the routes and firewall policies between this console and the computer (traceroute); a roaming computer must come back on this network or its VPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the agent port failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network between this console and the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS established (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent port accepted the connection but did not complete the TLS handshake within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent is hung or overloaded: it accepts connections but does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something other than the agent answers on port %1, or TLS with the agent failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which program listens on port %1 on the computer and that the scope&apos;s agent port is right; reinstall the agent if its TLS is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs the agent port open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no gate port is set (&quot;Declare a computer unreachable by checking port&quot; is off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers: the computer is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer is quarantined: its ports other than the agent&apos;s are closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing listens on the gate port %1, or a firewall rejects the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the computer&apos;s firewall for port %1, or choose a gate port that the computers of this network keep open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the computer is on and on this network, and the firewalls between this console and the computer for port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the routes and firewall policies between this console and the computer (traceroute).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall drops connections to the agent port %1: the computer is up (its gate port answers)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosisStep</name>
    <message>
        <source>Name resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent process and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate port</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosisStepsView</name>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryAssessment</name>
    <message>
        <source>The Active Directory password cannot be read from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is saved for the Active Directory connection %1 as %2: save it in the scope editor (Active Directory, connection settings), or give it to osmgmt-cli with --password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryClient</name>
    <message>
        <source>cannot set up TLS for %1 (is the CA file %2 a PEM file?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password is given for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA file %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an LDAP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StartTLS with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binding to %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent no RootDSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected to a directory server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the RootDSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no complete answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryEndpoints</name>
    <message>
        <source>%1 resolves to %2, the address of %3 (assessed under that name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never assessed; turn on on-demand assessment to assess it (without it, Active Directory computers take their last stored result)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the stored assessment of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryError</name>
    <message>
        <source>the user does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account may not log on now or from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account is locked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the credentials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS failed, the server&apos;s certificate was not accepted (check the CA file and that the address matches the certificate&apos;s name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server cannot be reached (it is down, or nothing listens at that address and port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the object does not exist in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this account may not read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it requires a stronger protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryPasswordField</name>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the saved password from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a saved password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved in the keychain; type a new one to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password is saved in the keychain for this server and user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the keychain, never in the scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is saved for this server and user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the password in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved password was removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistinguishedName</name>
    <message>
        <source>&quot;%1&quot; is not a distinguished name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointActions</name>
    <message>
        <source>Move to this server...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantine...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release from quarantine...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start service...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export selection...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applies to %n of the selected computers</source>
        <translation>
            <numerusform>Applies to %n of the selected computers</numerusform>
            <numerusform>Applies to %n of the selected computers</numerusform>
        </translation>
    </message>
    <message>
        <source>Register to this server...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnose connection...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more computers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client is installed on the selected computers, so no agent can take the command. Install a client first; Diagnose connection shows what answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent port of the selected computers answered during the query. Diagnose connection shows why; run the query again once they answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only clients of another server can be moved here; the selected computers are not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a client of this or another server can be registered; the selected computers are not clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only clients of this server take this command; the selected computers are not. Move or register them to this server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected computers have no address to diagnose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected computers have no address, so they have no page of their own (an Active Directory computer whose name did not resolve).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointColumns</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AD path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointJson</name>
    <message>
        <source>each entry of &quot;ports&quot; needs a &quot;port&quot; between 0 and 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 has an unknown outcome &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown gate result &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;agentPort&quot; must be between 0 and 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;ports&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointMenus</name>
    <message>
        <source>Export selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointRow</name>
    <message>
        <source>endpoint row %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown security status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown gate result &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent port %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ports_json is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ports_json is not a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ports_json has a port out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ports_json has an unknown outcome &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <source>the event cannot be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the events cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventNotifier</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Automatic response failed on %n computers: %1. See Events and the Computer Quarantine Status.</source>
        <translation>
            <numerusform>Automatic response failed on %n computer: %1. See Events and the Computer Quarantine Status.</numerusform>
            <numerusform>Automatic response failed on %n computers: %1. See Events and the Computer Quarantine Status.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Went offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic response verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic response failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security risk detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy: pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy: quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy: released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 events; narrow the filters to see older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP ranges only, not in Active Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AD tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Click to remove this filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameDecoder</name>
    <message>
        <source>not the osmgmt agent protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol version %1 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame of %1 bytes exceeds the %2-byte limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GateResult</name>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No route to host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Handshake</name>
    <message>
        <source>the agent refused the handshake: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an identity message, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol version %1 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the identity message has no agent object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent reports no server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown request &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthComputersModel</name>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthCountsModel</name>
    <message>
        <source>Computers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthGatherWorker</name>
    <message>
        <source>no answer: the query was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no console certificate was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked: the query was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked: this console&apos;s certificate is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthHistoryChart</name>
    <message>
        <source>Query %1: %2 need attention of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No health gathered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health across past queries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthKeys</name>
    <message>
        <source>Antivirus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antivirus Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virus Definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untracked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthSettings</name>
    <message>
        <source>missing or not a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Default Settings) apply to every computer no other settings target; they take no targets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthSettingsImport</name>
    <message>
        <source>the import is not recorded in the audit log, so nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the settings were imported, but their outcome is not in the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthSettingsList</name>
    <message>
        <source>missing or not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names other settings already</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthStates</name>
    <message>
        <source>cannot store the evaluated health of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query %1 is not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the health settings&apos; revision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot count the health states to evaluate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the health to evaluate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored health of %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the newest query with health: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the health of query %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored health of %1 has an unknown outcome &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored health state of %1 is not one: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the health history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stored health state of query %1 is not one: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the health history of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stored health state of %1 is not one: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthStore</name>
    <message>
        <source>cannot store the health of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the health of query %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored health of %1 has an unknown outcome &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored health of %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the health evaluation settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored health evaluation settings cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the health evaluation settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthSummaryPage</name>
    <message>
        <source>Computers that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health across past queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the computers in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent Health: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No query has gathered agent health yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Query %1 (%2): %3 of %n computers have an agent of this server.</source>
        <translation>
            <numerusform>Query %1 (%2): %3 of %n computer has an agent of this server.</numerusform>
            <numerusform>Query %1 (%2): %3 of %n computers have an agent of this server.</numerusform>
        </translation>
    </message>
    <message>
        <source>Health is gathered by each query from the agents of this server only; no computer of this group has one that reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health evaluation settings. Several settings target the same computers here; each is evaluated by the oldest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health evaluation settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Start service where it is not running (%n computers)</source>
        <translation>
            <numerusform>Start service where it is not running (%n computer)</numerusform>
            <numerusform>Start service where it is not running (%n computers)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): antivirus scan within %3 days, virus definitions within %4 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings that target the same computers of this group: %1. Each computer is evaluated by the oldest of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change them with: osmgmt-cli health-settings export FILE, edit FILE, osmgmt-cli health-settings import FILE (recorded in the audit log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health history cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthTurns</name>
    <message>
        <source>%1 needs attention: %2 stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs attention (settings: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeartbeatAsker</name>
    <message>
        <source>no agent address and port are known for this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeartbeatDuty</name>
    <message>
        <source>%1 agents asked: %2 online, %3 offline, %4 missing; %5 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped before %1 agents were asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agents not due yet (their group&apos;s interval)</source>
        <translation>
            <numerusform>%n agents not due yet (their group&apos;s interval)</numerusform>
            <numerusform>%n agents not due yet (their group&apos;s interval)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agents in several heartbeat groups (the first applies)</source>
        <translation>
            <numerusform>%n agent in several heartbeat groups (the first applies)</numerusform>
            <numerusform>%n agents in several heartbeat groups (the first applies)</numerusform>
        </translation>
    </message>
    <message>
        <source>health not evaluated: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeartbeatGroupDialog</name>
    <message>
        <source>Add Heartbeat Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Heartbeat Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10.20.0.0/16, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fd00:20::/112, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OU=Laptops,DC=corp,DC=example, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer names or addresses, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never offline (heartbeats are still asked and shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to (a computer in any of these):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 ranges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 prefixes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active Directory containers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline after missed heartbeats:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeartbeatGroupDraft</name>
    <message>
        <source>Name: a group needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: &quot;%1&quot; names another group already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 ranges, entry %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 prefixes, entry %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active Directory containers, entry %1 (%2): not a distinguished name such as OU=Laptops,DC=corp,DC=example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to: name at least one IPv4 range, IPv6 prefix, Active Directory container or computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat interval: from 1 to %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline after missed heartbeats: from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeartbeatGroupsModel</name>
    <message>
        <source>IPv4 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AD %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1 missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeartbeatMark</name>
    <message>
        <source>last contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no contact yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat: online (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat: missing (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Heartbeat: offline for %1 or more (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat: offline, less than %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeartbeatPolicy</name>
    <message>
        <source>the heartbeat interval must be from 1 to %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the missed heartbeats before Offline must be from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing must come after 1 to %1 days offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the aging bands must grow: the first (%1 hours) shorter than the second (%2 hours), shorter than the third (%3 days), shorter than Missing (%4 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names another group already</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeartbeatPolicyStore</name>
    <message>
        <source>cannot read the heartbeat settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored heartbeat settings cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the heartbeat settings were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the heartbeat settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the heartbeat settings were saved, but the audit log refused the entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeartbeatSettingsPage</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline after missed heartbeats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing after offline for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline, first band under:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline, second band under:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline, third band under:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings are the database&apos;s: every watcher of it (this console&apos;s, other consoles&apos;, osmgmt-cli watch) applies them at its next cycle, without restarting. Desktop notifications are this console&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups (the first that takes an agent applies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No groups: the settings above apply to every agent. Add a group for computers judged their own way (laptops: never offline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeartbeatStore</name>
    <message>
        <source>agent %1 has the unknown heartbeat state &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agents&apos; heartbeats cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agents of this server cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the heartbeat round cannot be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agents&apos; last health cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpText</name>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses and checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agent answered on an agent port and proved with its certificate that it is registered to this server. The computer is protected by this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agent answered on an agent port, but it is registered to another server, or it claims this server without proving it. The client is online but this server does not manage it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer answered, but no agent answered on the agent ports: the client is not installed, not running, or listens on a port that is not in the scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console cannot connect to the computer and determine its security status: the gate port did not connect, or nothing answered on any port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer belongs to an Active Directory domain, but its security status cannot be determined: its name gives no address, its address is another computer&apos;s, it was never assessed, or a port did not complete the agent handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is needed. From the context menu you can quarantine it, release it from quarantine or start a service on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To have this server manage it, choose %1 in the context menu (the Client Mover, with the other server&apos;s credential). When the detail says the agent claims this server unverified, choose %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the client on the computer, then run the query again. If a client is installed, check that its agent is running and that its port is listed in %1 of the scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the computer is on and that no firewall drops the gate port or the agent ports. If the computer does not listen on the gate port, choose another port or turn the check off in %1 of the scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the computer&apos;s DNS record and the %1 column. Turn on %2 in the scope so that every computer is assessed, then run the query again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port accepted the connection: the computer is up. The agent ports are checked next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer answered that the port is closed. It is declared unreachable and nothing else is tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answered within the connection timeout: the computer is off, or a firewall drops the connection. It is declared unreachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network reported that the computer cannot be reached (no route to host). It is declared unreachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gate port was not checked: the check is turned off in the scope, or the computer has no address to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A query gives every computer of the scope one security status. The four statuses other than %1 are the computers outside server management: the ones to look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gate port (the unreachable check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1 (in %2 of the scope), the console first connects to that port on each computer, port 135 by default. When the connection is not established, the computer is declared unreachable at once and nothing else is tried, which speeds up the query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare a computer unreachable by checking port 135</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope checks port %1 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check is turned off in the scope now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 column shows what that connection did:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ports the agents listen on, listed in %1 under %2 of the scope. Each server chooses its agent port when it is installed: keep a record of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope lists no agent port yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope lists these agent ports now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On each computer the gate port did not rule out, the console connects to every agent port over TLS and asks the agent who it is: the server it is registered to, its name and its version. The %1 column shows the port where an agent answered; it is empty when none did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refused connection shows that the computer is up with the port closed. A port that accepts the connection but does not complete the agent handshake (no answer, an answer that is not the agent protocol, or a closed connection) is named in the %1 column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-demand assessment of Active Directory computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1 (in the Active Directory scope), every computer of the chosen Active Directory objects is resolved to its address and checked in real time, like an address of an IP range. This gives the most accurate result, but takes longer on a large directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it, the console does not contact those computers (unless their address is also in an IP range of the scope): each one takes its last stored result, with the date of that assessment in the %1 column. A computer that was never assessed is shown as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[server]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[computer name]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[address]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why a computer got its status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 column says in words why a computer got its status. Words in square brackets stand for what the console saw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent proved with its certificate that it belongs to this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent named another server as its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[reason]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See %1 below for the reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverified agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[port]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[what the port did]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 for an address of an IP range, %2 for an Active Directory computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something listens on the agent port but does not speak the agent protocol, or the agent stopped halfway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No port answered, not even with a refusal: the computer is off, or a firewall drops every connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS knows the name but gives it no address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[DNS error]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name could not be looked up in DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[other computer]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two Active Directory computers have one address; the first is assessed, the other cannot be told apart from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[date]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[detail]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: the one the earlier query gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-demand assessment is off: the result of an earlier query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[why]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any computer on the network can answer on an agent port and name this server. An agent counts as %1 only when it proves it: the certificate it presents must be issued by this server&apos;s certificate authority (CA), be an agent certificate, be valid now and name the address the console reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim without that proof is shown as %1 with “unverified” in the %2 column, and is never counted as protected. To manage such a computer, choose %3 in the context menu: this server&apos;s CA then issues the agent its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reasons a claim is unverified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since the previous query</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n query(ies) kept</source>
        <translation>
            <numerusform>%n query kept</numerusform>
            <numerusform>%n queries kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistorySession</name>
    <message>
        <source>The query history cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query %1 is no longer stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes cannot be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityStatus</name>
    <message>
        <source>Commands: loading the server&apos;s certificate authority...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands: ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands to agents are signed by the certificate authority of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands unavailable: keychain. Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands to agents are unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console keeps the private key of its certificate authority in the keychain, and cannot read it:

%1

Queries still run; commands (move, quarantine, release, start service) need the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportedAuthorities</name>
    <message>
        <source>Could not keep the certificate of &quot;%1&quot; in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential of server &quot;%1&quot; was imported. Import the credential file that its console exported (Client Mover).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain no longer holds the key of server &quot;%1&quot;; import its credential file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kept credential of server &quot;%1&quot; is not a move credential; import its credential file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move credential of server &quot;%1&quot; expired on %2 and was removed; ask its console for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ipv4Range</name>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address: &quot;%2&quot; has a leading zero, which some tools read as octal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IPv4 address range is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs an address on each side of &quot;-&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1/&quot; has no prefix length (0 to 32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a prefix length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix length %1 is above 32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range starts after it ends (%1-%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 addresses; a range may hold at most %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ipv4RangeRow</name>
    <message>
        <source>e.g. 127.20.0.1-127.20.0.200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an IPv4 address range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ipv4Span</name>
    <message>
        <source>the IPv4 address range is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs an address on each side of &quot;-&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range &quot;%1&quot; ends before it starts: %2 comes after %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the prefix length after &quot;/&quot; must be a number from 0 to 32</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ipv6Prefix</name>
    <message>
        <source>the IPv6 prefix is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no prefix length (/%2 to /%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; is not a prefix length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 prefix length %1 is below %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 prefix length %1 is above %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; carries a scope id (%2); give the prefix without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an IPv4 address; type it as an IPv4 address range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an IPv4-mapped address; type %2 as an IPv4 address range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ipv6PrefixRow</name>
    <message>
        <source>e.g. fd00:1::</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>112-128</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a prefix length (112 to 128)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an IPv6 prefix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LastAssessment</name>
    <message>
        <source>cannot read the endpoints of query %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Query cancelled; what it finished is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export results...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Define scope...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Console settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About osmgmt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About osmgmt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>osmgmt %1
Finds the computers your security server does not protect, and says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope file %1 cannot be used: %2
It was left as it is; define the scope again to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved. The next query uses server name %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>osmgmt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled &amp;query...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A query is running. Stop it and start over with the saved scope, or run the new query when it has ended? What a stopped query finished is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue the new query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled query: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled query: %1. Next: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command finished; see its outcome and the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export this server&apos;s credential...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import another server&apos;s credential...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the results of query %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate authority is still loading from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential of this server was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AD path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console uses the database %1 once it starts again. Until then it keeps storing queries in %2.

Restart the console now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A query is running: stop it, or restart the console once it has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console cannot start again by itself: close it and start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statuses and checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query history opens once the console&apos;s store is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule can be edited once the console&apos;s store is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands to agents are available once this console&apos;s identity is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent &amp;Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer &amp;Quarantine Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No query is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a query at &amp;start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>osmgmt — DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO: simulated computers on 127.77.0.0/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded demo: every computer is played by osmgmt-agent on this computer&apos;s loopback; nothing else on the network is touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate Authority...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n computer(s) to %1</source>
        <translation>
            <numerusform>Exported %n computer to %1</numerusform>
            <numerusform>Exported %n computers to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No computer is shown: run a query, or widen the search.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamePattern</name>
    <message>
        <source>the name is empty: type a whole name, or part of one with the wildcard *</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutsideManagementPage</name>
    <message>
        <source>Outside Server Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active Directory/IP Address Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No query has run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 (%3), %4; unreachable check: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n IPv4 range(s)</source>
        <translation>
            <numerusform>%n IPv4 range</numerusform>
            <numerusform>%n IPv4 ranges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IPv6 prefix(es)</source>
        <translation>
            <numerusform>%n IPv6 prefix</numerusform>
            <numerusform>%n IPv6 prefixes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es)</source>
        <translation>
            <numerusform>%Ln address</numerusform>
            <numerusform>%Ln addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent port(s)</source>
        <translation>
            <numerusform>%n agent port</numerusform>
            <numerusform>%n agent ports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last query: %1 (stopped; partial result: %2 of %Ln address(es))</source>
        <translation>
            <numerusform>Last query: %1 (stopped; partial result: %2 of %Ln address)</numerusform>
            <numerusform>Last query: %1 (stopped; partial result: %2 of %Ln addresses)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last query: %1 (%2, %Ln computer(s))</source>
        <translation>
            <numerusform>Last query: %1 (%2, %Ln computer)</numerusform>
            <numerusform>Last query: %1 (%2, %Ln computers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queries waiting to run: %n</source>
        <translation>
            <numerusform>Queries waiting to run: %n</numerusform>
            <numerusform>Queries waiting to run: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Querying %Ln address(es)...</source>
        <translation>
            <numerusform>Querying %Ln address...</numerusform>
            <numerusform>Querying %Ln addresses...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln address(es) assessed</source>
        <translation>
            <numerusform>%1 of %Ln address assessed</numerusform>
            <numerusform>%1 of %Ln addresses assessed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No query has completed yet. Define the scope and run a query (F5): the coverage of your network appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coverage and trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet &amp;map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Every stored query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s) found by the query of %1</source>
        <translation>
            <numerusform>%n computer found by the query of %1</numerusform>
            <numerusform>%n computers found by the query of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 protected (managed by this server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since the previous query of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A query is running: %1 of %Ln address(es) done. The figures below change when it completes.</source>
        <translation>
            <numerusform>A query is running: %1 of %Ln address done. The figures below change when it completes.</numerusform>
            <numerusform>A query is running: %1 of %Ln addresses done. The figures below change when it completes.</numerusform>
        </translation>
    </message>
    <message>
        <source>AD c&amp;ontainer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every computer of the scope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewSession</name>
    <message>
        <source>The overview cannot read the stored queries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trends cannot count the computers per AD container: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pkcs12Cost</name>
    <message>
        <source>its integrity check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyDocument</name>
    <message>
        <source>not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another policy has this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyDuty</name>
    <message>
        <source>This computer lacks security updates that policy %1 requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1. Quarantine from %2 UTC unless they are installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the watcher stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no console certificate to send it with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVE compliance policies: no policy requires the quarantine any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy %1: misses %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no quarantine policy is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy %1: misses %2; quarantined at %3 unless compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 computers evaluated: %2 pending; %3 warned, %4 quarantined, %5 released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 commands not done (tried again next round; see the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agents did not report their missing CVEs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyEvaluation</name>
    <message>
        <source>policy %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy no longer targets it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy %1: the policy was removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyStore</name>
    <message>
        <source>the quarantine policies cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored quarantine policies cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quarantine policies cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change was saved, but the audit log refused the entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>imported from %1: %n policies</source>
        <translation>
            <numerusform>imported from %1: %n policy</numerusform>
            <numerusform>imported from %1: %n policies</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no quarantine policy named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy %1: %2 excluded (%3; until %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the computers&apos; policy standings cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the computers&apos; policy standings cannot be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agents&apos; heartbeat reports cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agents&apos; reports cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortList</name>
    <message>
        <source>port %1 is out of range 1-65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 is already in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scope has %1 ports; at most %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortListEditor</name>
    <message>
        <source>Port number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbeEngine</name>
    <message>
        <source>A query is running already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuarantineBanner</name>
    <message>
        <source>Quarantined by %1: unreachable on purpose, not down; it answers only this console until it is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending quarantine by %1: it will be quarantined when the grace period ends, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending quarantine by %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuarantinePolicy</name>
    <message>
        <source>not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date such as 2027-01-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CVE identifier (CVE-YYYY-NNNN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CVE identifier: the policy would check nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of hours from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuarantineRoster</name>
    <message>
        <source>cannot read the agents&apos; reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored report of %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarantined by %1 from a console of this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released by %1 from a console of this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarantined by policy %1: misses %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending with policy %1: misses %2; quarantined when the grace period ends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuarantineState</name>
    <message>
        <source>%1 is missing or of the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuarantineStatusModel</name>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy or rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace period ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing CVEs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuarantineStatusPage</name>
    <message>
        <source>Computer Quarantine Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quarantines cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No computer is quarantined or pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantined: %1. Pending: %2. Released: %3. A quarantined computer keeps only its agent port and the consoles that quarantined it; the query does not call it Unreachable for that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Automatic response failed on %n computers:</source>
        <translation>
            <numerusform>Automatic response failed on %n computer:</numerusform>
            <numerusform>Automatic response failed on %n computers:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2), %3 at %4, rule %5: %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueryComparison</name>
    <message>
        <source>cannot compare query %1 with query %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueryRetention</name>
    <message>
        <source>pruning the history needs a valid current time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prune the query history: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueryRunner</name>
    <message>
        <source>The results cannot be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A query is running already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: the program was closed during the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled while reading Active Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored results of the Active Directory computers cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuerySession</name>
    <message>
        <source>The stored results cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A query is running: open a past query once it has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is no longer stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A past query is still opening: wait until it is shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueryState</name>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueryStore</name>
    <message>
        <source>interrupted: the program stopped before the query finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a query needs a valid start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scope of %1 addresses is too large to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the query: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>cannot store %n endpoint(s) of query %1: %2</source>
        <translation>
            <numerusform>cannot store %n endpoint of query %1: %2</numerusform>
            <numerusform>cannot store %n endpoints of query %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>query %1 cannot finish in the running state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query %1 needs a valid finish time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the end of query %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no query %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot mark the interrupted queries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the queries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query %1 cannot be read: its state &quot;%2&quot; or its times are not ones this version writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the endpoints of query %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot count the endpoints of query %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query %1 has endpoints with an unknown status &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RangeRow</name>
    <message>
        <source>Remove this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, overlaps another range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsColumnLayout</name>
    <message>
        <source>The table shows at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move column left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move column right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 computers shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export shown as CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export shown as JSON...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export selection as CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export selection as JSON...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English CSV headers (for scripts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 computers match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names or addresses (whole, or * as wildcard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No computer is named %1; %n name(s) contain it.</source>
        <translation>
            <numerusform>No computer is named %1; %n name contains it.</numerusform>
            <numerusform>No computer is named %1; %n names contain it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows every computer of the query: removes every filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens or closes the advanced search beside the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query is running. Computers appear here as they are found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the last query...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No computers to show: no query has run yet, or the last one found none.
Define the scope (Query → Define scope) and run a query (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search found nothing: no name or address is %1, and no name contains it.
Try part of a name, * as a wildcard (%1*), or a whole address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No computer of this query is %1.
Click Show all to see every computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filters above match no computer of this query.
Remove a filter by clicking it, or click Show all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsReader</name>
    <message>
        <source>cannot read the queries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database holds no query yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read query %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no query %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the endpoints of query %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint row %1 of query %2 cannot be read: status &quot;%3&quot;, gate &quot;%4&quot; or port &quot;%5&quot; is not one this version writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read endpoint row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite connection is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the read of query %1 was stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsSearchPanel</name>
    <message>
        <source>Advanced search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pc-042, or pc-* with the wildcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 address range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10.0.0.1-10.0.0.254 or 10.0.0.0/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 prefix and length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>osm-hq, or osm-* with the wildcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active Directory tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OU=Finance,DC=corp,DC=example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fd00:1::</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tick at least one security status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolloverProgress</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2): remove it, and run `ca status` to learn again which agents are on which CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an agent without its address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedPassword</name>
    <message>
        <source>the saved password was saved by an older osmgmt, before saved passwords were bound to the server&apos;s identity; type it again to save it for this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved password is not sent to this server: %1. Type it again if this connection is right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>the schedule&apos;s day of the week &quot;%1&quot; is not one of monday ... sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schedule&apos;s &quot;%1&quot; must be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schedule&apos;s &quot;%1&quot; must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown schedule frequency &quot;%1&quot;; expected daily, weekly, monthly or every-n-hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the month must be from 1 to 31, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A query every N hours needs N from %1 to %2 (one week), not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the week %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of day is not a valid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of day is kept in whole minutes; %1 has seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An enabled schedule needs the time it was saved (effectiveFrom).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schedule&apos;s time &quot;%1&quot; is not a time of day (HH:mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schedule&apos;s effectiveFrom &quot;%1&quot; is not an ISO-8601 date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly on day %1 at %2, or on the last day of a shorter month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly on day %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s), counted from %1</source>
        <translation>
            <numerusform>Every %n hour, counted from %1</numerusform>
            <numerusform>Every %n hours, counted from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable scheduled query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console runs the saved scope when the query is due, one query at a time, while it is open. A query missed while the console was closed runs when it starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every N hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every (hours):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the day of the month, from 1 to 31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type how many hours pass between queries, from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a month without day %1, the query runs on the month&apos;s last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The query runs at %1 and every %n hour(s) before and after it.</source>
        <translation>
            <numerusform>The query runs at %1 and every %n hour before and after it.</numerusform>
            <numerusform>The query runs at %1 and every %n hours before and after it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scheduled query is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next query: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleStore</name>
    <message>
        <source>cannot read the schedule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored schedule is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is another JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored schedule cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored time of the last scheduled query &quot;%1&quot; is not a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schedule was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time of the last scheduled query is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time of the last scheduled query was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduledQueries</name>
    <message>
        <source>The scheduled query cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored scheduled query cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled query cannot be saved: the database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled query cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled query cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of the scheduled query cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduledQueryDuty</name>
    <message>
        <source>the scheduled query cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scheduled query is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no run is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run of %1 could not start; waiting for the next scheduled time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scheduled query of %1, missed while no watcher ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scheduled query of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was stopped; what it finished is stored as query %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ran %1: stored as query %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its start time cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>Running the scheduled query of %1, missed while the console was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the scheduled query of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scope</name>
    <message>
        <source>The scope holds no IP address range and no Active Directory object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify at least one agent port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify the port that declares a computer unreachable (1-65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection timeout of %1 ms is outside %2-%3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active Directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope has %1 addresses; at most %2 (the setting probe/maxAddresses raises the limit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopeEditorDialog</name>
    <message>
        <source>Active Directory/IP Address Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and re-assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use on-demand assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queries every computer in real time for the most accurate result. Without it, results come from the last stored assessment: faster, less accurate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable IP Address Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ IPv4 range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 address ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ IPv6 prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 prefix and length (112 to 128)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify ports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare a computer unreachable by checking port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify at least one agent port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the fields marked in red: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports and checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranges overlap: together they list %1 addresses, %2 of them different. Each address is counted and probed once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes to the scope?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopeFile</name>
    <message>
        <source>%1 must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an array of port numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty; it must be a distinguished name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside %2-%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scope is empty; it must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not allowed: passwords are kept in the keychain, never in a scope file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes, the most a scope file may hold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Reading &quot;%1&quot; from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving &quot;%1&quot; in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing &quot;%1&quot; from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityStatus</name>
    <message>
        <source>Managed by this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed by another server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unresolved Active Directory assessment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerCredential</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the credential: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a server credential (not a PKCS#12 bundle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of the credential file is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential file is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is one character repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is a run of consecutive characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is built on a well-known password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A move credential is valid for %1 to %2 days, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential file holds no move credential with its key and its authority: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential file holds no move-only certificate (a file from an older console, which exported its whole authority?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerIdentity</name>
    <message>
        <source>The keychain holds no private key for this server&apos;s certificate authority, but its certificate exists (%1). Agents registered to this server accept commands only from that key: restore the keychain entry &quot;%2&quot; from a backup. To start over with a new authority, remove %1; every agent must then be moved to this server again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of this server&apos;s certificate authority is missing (%1) while its private key is in the keychain. Restore the file from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate authority cannot be loaded from %1 and the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>osmgmt console of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of a pending CA (%1) has no private key in the keychain (&quot;%2&quot;): no agent can be moved to it. Remove %1 and start the rollover again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pending CA cannot be loaded from %1 and the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CA rollover is already going on (the pending CA %1): finish it before starting another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CA rollover is going on: there is no pending CA to finish with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest queries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep queries for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when the console starts again. Older queries are deleted after each query; the audit log is always kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team&apos;s PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged (the keychain&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keychain, never in the settings. A new database takes effect when the console starts again; the command-line tool uses it at once unless given --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1 is an osmgmt database this version can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password cannot be saved in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate and name (verify-full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the certificate, not the name (verify-ca)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt without verifying the server (require)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No encryption (disable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s default (~/.postgresql/root.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: without full verification, a machine between this console and the server can pose as the server, read the team&apos;s results and take the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareBar</name>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketPoller</name>
    <message>
        <source>Cannot create the event set: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusChangeDuty</name>
    <message>
        <source>no new completed query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed queries read: %1; status changes: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusChanges</name>
    <message>
        <source>the status changes cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status changes cannot be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusSet</name>
    <message>
        <source>&quot;%1&quot; is not a security status; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no security status given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreFailure</name>
    <message>
        <source>The database was written by a newer version of osmgmt; this version leaves it untouched. Update osmgmt on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server refused the password of user %1. Enter the right password in Settings → Database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PostgreSQL server answers at %1 port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server has no database %1 or no user %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreLease</name>
    <message>
        <source>the watch_lease row is missing after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the watcher&apos;s lease cannot be read or written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the watcher&apos;s lease cannot be released: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubnetCoverageModel</name>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubnetMapView</name>
    <message>
        <source>Subnet map</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n computer(s) found</source>
        <translation>
            <numerusform>%1: %n computer found</numerusform>
            <numerusform>%1: %n computers found</numerusform>
        </translation>
    </message>
    <message>
        <source>No computer with an address is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No computer with an address is shown. Run a query, or open one from the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no computer found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubnetPage</name>
    <message>
        <source>Whole block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Block:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage per /24; click a row to show that /24 in the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n computer(s) found.</source>
        <translation>
            <numerusform>%1: %n computer found.</numerusform>
            <numerusform>%1: %n computers found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hover a cell for its computer, click to open it, drag to open a run of addresses; the wheel or + zooms to a /24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet map and coverage tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage per /24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage per AD container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage per AD container; click a row to open its computers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetOutcome</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsClientContext</name>
    <message>
        <source>cannot set up TLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot require TLS 1.2: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stored query(s) shown; click a query to open its results</source>
        <translation>
            <numerusform>%n stored query shown; click a query to open its results</numerusform>
            <numerusform>%n stored queries shown; click a query to open its results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No completed query of this scope in the last %n day(s).</source>
        <translation>
            <numerusform>No completed query of this scope in the last %n day.</numerusform>
            <numerusform>No completed query of this scope in the last %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>No completed query of this scope is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open this query&apos;s results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the computers of this AD container…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendModel</name>
    <message>
        <source>A scope this version cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n Active Directory object(s)</source>
        <translation>
            <numerusform>%n Active Directory object</numerusform>
            <numerusform>%n Active Directory objects</numerusform>
        </translation>
    </message>
    <message>
        <source>An empty scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Walk</name>
    <message>
        <source>The credential file protects %1 with a key derivation osmgmt does not read (only PBKDF2). It was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential file asks for %1 key-derivation iterations for %2; osmgmt reads at most %3 (it writes %4). It was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential file asks for more than %1 key-derivation iterations in all; osmgmt writes %2. It was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential file nests its contents too deep. It was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its certificates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The password of the PostgreSQL database %1 cannot be read from the keychain: %2. Queries cannot be stored until it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password of the PostgreSQL database %1 is saved in the keychain. Enter it in Settings → Database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
