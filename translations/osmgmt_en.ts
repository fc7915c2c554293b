<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</context>
<context>
    <name>ConnectSweep</name>
    <message>
        <source>Cannot create the event set: %1</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>the hello was cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted, then failed the handshake (%1)</source>
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
        <source>accepted, then failed: %1</source>
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
    <name>Export</name>
    <message>
        <source>cannot write %1: %2</source>
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
    <name>MainWindow</name>
    <message>
        <source>osmgmt — Security Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 computers to %2</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>%1 IPv4 ranges and %2 IPv6 prefixes (%3 addresses), %4 agent ports; unreachable check: %5.</source>
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
        <source>Last query: %1 (%2, %3 computers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Querying %1 addresses...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 addresses assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last query: %1 (stopped; partial result: %2 of %3 addresses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queries waiting to run: %1</source>
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
</context>
<context>
    <name>QuerySession</name>
    <message>
        <source>The stored results cannot be read: %1</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
</context>
<context>
    <name>ResultsModel</name>
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
        <source>Unreachable check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>Active Directory Scope</source>
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
        <source>No Active Directory object is selected: the query covers the IP address scope below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active Directory objects selected: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP Address Scope</source>
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
        <source>Advanced Setting</source>
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
        <source>A new language takes effect when the console starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
