<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ActiveDirectoryConnection</name>
    <message>
        <source>no directory server is given (ldaps://server or ldap://server)</source>
        <translation>ディレクトリサーバが指定されていません (ldaps://server または ldap://server)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ldaps:// or ldap:// address</source>
        <translation>「%1」はldaps://またはldap://のアドレスではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no server</source>
        <translation>「%1」にサーバが指定されていません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; carries a path; give the base DN separately</source>
        <translation>「%1」にパスが含まれています。ベースDNは別に指定してください</translation>
    </message>
    <message>
        <source>no bind user is given (user@domain, DOMAIN\user or a distinguished name)</source>
        <translation>バインドユーザが指定されていません (user@domain、DOMAIN\user または識別名)</translation>
    </message>
    <message>
        <source>the query timeout of %1 s is outside %2-%3 s</source>
        <translation>クエリタイムアウト%1秒が範囲 (%2-%3秒) 外です</translation>
    </message>
</context>
<context>
    <name>ActiveDirectoryScopePanel</name>
    <message>
        <source>Not connected: %1</source>
        <translation>未接続: %1</translation>
    </message>
    <message>
        <source>ldaps://dc1.example.com or ldap://dc1.example.com (StartTLS)</source>
        <translation>ldaps://dc1.example.com または ldap://dc1.example.com (StartTLS)</translation>
    </message>
    <message>
        <source>user@domain, DOMAIN\user or a distinguished name</source>
        <translation>user@domain、DOMAIN\user または識別名</translation>
    </message>
    <message>
        <source>empty: the domain the server names (defaultNamingContext)</source>
        <translation>空欄: サーバが示すドメイン (defaultNamingContext)</translation>
    </message>
    <message>
        <source>PEM file of the CA; empty: the system&apos;s CAs</source>
        <translation>CAのPEMファイル。空欄: システムのCA</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation>サーバの証明書を検証する</translation>
    </message>
    <message>
        <source>Any certificate is accepted: someone between osmgmt and the server could read the password.</source>
        <translation>すべての証明書が受け入れられます。osmgmtとサーバの間にいる第三者がパスワードを読み取る可能性があります。</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>サーバ:</translation>
    </message>
    <message>
        <source>Bind user:</source>
        <translation>バインドユーザ:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Base DN:</source>
        <translation>ベースDN:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CAファイル:</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1に接続しています…</translation>
    </message>
    <message>
        <source>Connected: %1 (%2), bound as %3, tree from %4.</source>
        <translation>接続済み: %1 (%2)、%3としてバインド、ツリーの起点: %4。</translation>
    </message>
    <message>
        <source>StartTLS</source>
        <translation>StartTLS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source> The certificate was not verified.</source>
        <translation> 証明書は検証されていません。</translation>
    </message>
    <message>
        <source>%1 computers selected</source>
        <translation>%1台のコンピュータを選択済み</translation>
    </message>
    <message numerus="yes">
        <source>%n Active Directory object(s) selected; connect to count their computers.</source>
        <translation>
            <numerusform>%n個のActive Directoryオブジェクトを選択済み。接続するとコンピュータの台数を確認できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the selected computers…</source>
        <translation>選択したコンピュータを数えています…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <source>Check each step: server reachable, TLS, bind, naming context, computers readable</source>
        <translation>各ステップを確認します: サーバーへの到達、TLS、バインド、名前付けコンテキスト、コンピュータの読み取り</translation>
    </message>
    <message>
        <source>No password: type it (none is saved in the keychain for %1 at %2).</source>
        <translation>パスワードがありません: 入力してください (%2 の %1 のパスワードはキーチェーンに保存されていません)。</translation>
    </message>
</context>
<context>
    <name>AdTree</name>
    <message>
        <source>the Active Directory tree is empty: give a distinguished name such as OU=Finance,DC=corp,DC=example</source>
        <translation>Active Directoryツリーが空です: OU=Finance,DC=corp,DC=example のような識別名を指定してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a distinguished name: it has an empty part between commas</source>
        <translation>「%1」は識別名ではありません: コンマの間に空の部分があります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a distinguished name: &quot;%2&quot; is not of the form type=value (OU=Finance, DC=example)</source>
        <translation>「%1」は識別名ではありません: 「%2」がtype=valueの形式 (OU=Finance, DC=example) ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a distinguished name: &quot;%2&quot; is not an attribute type</source>
        <translation>「%1」は識別名ではありません: 「%2」は属性タイプではありません</translation>
    </message>
</context>
<context>
    <name>AgentCommand</name>
    <message>
        <source>start-service names no service</source>
        <translation>start-serviceにサービスが指定されていません</translation>
    </message>
    <message>
        <source>move names no server</source>
        <translation>moveにサーバが指定されていません</translation>
    </message>
    <message>
        <source>move carries no CA certificate</source>
        <translation>moveにCA証明書が含まれていません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command</source>
        <translation>「%1」はコマンドではありません</translation>
    </message>
    <message>
        <source>register carries no certificate</source>
        <translation>register に証明書が含まれていません</translation>
    </message>
</context>
<context>
    <name>AgentCommandClient</name>
    <message>
        <source>expected &quot;done&quot; or &quot;error&quot;, got &quot;%1&quot;</source>
        <translation>「done」または「error」が必要ですが、「%1」を受信しました</translation>
    </message>
    <message>
        <source>the answer carries no request id (an agent older than request ids, or not an osmgmt agent): not believed</source>
        <translation>応答に要求 ID がありません (要求 ID より古いエージェント、または osmgmt のエージェントではありません): 信用しません</translation>
    </message>
    <message>
        <source>the answer is for another request (id %1): not believed</source>
        <translation>応答は別の要求 (ID %1) に対するものです: 信用しません</translation>
    </message>
    <message>
        <source>the answer is for &quot;%1&quot;, not &quot;%2&quot;: not believed</source>
        <translation>応答は「%2」ではなく「%1」に対するものです: 信用しません</translation>
    </message>
</context>
<context>
    <name>AgentConversation</name>
    <message>
        <source>cannot start TLS: %1</source>
        <translation>TLSを開始できません: %1</translation>
    </message>
    <message>
        <source>answered something that is not the agent protocol: %1</source>
        <translation>エージェントプロトコルではない応答がありました: %1</translation>
    </message>
    <message>
        <source>answered the handshake wrongly: %1</source>
        <translation>ハンドシェイクへの応答が正しくありません: %1</translation>
    </message>
    <message>
        <source>accepted, then closed the connection without answering</source>
        <translation>接続を受け付けた後、応答せずに接続を閉じました</translation>
    </message>
    <message>
        <source>the connection ended</source>
        <translation>接続が終了しました</translation>
    </message>
    <message>
        <source>accepted, then failed the TLS handshake: %1</source>
        <translation>接続を受け付けた後、TLSハンドシェイクに失敗しました: %1</translation>
    </message>
    <message>
        <source>accepted, then failed during the %1: %2</source>
        <translation>接続を受け付けた後、%1中に失敗しました: %2</translation>
    </message>
    <message>
        <source>accepted, then closed the connection during the TLS handshake</source>
        <translation>接続を受け付けた後、TLSハンドシェイク中に接続を閉じました</translation>
    </message>
    <message>
        <source>TLS failed during the %1: %2</source>
        <translation>%1中にTLSが失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>AgentExchange</name>
    <message>
        <source>%1 accepted, then gave no answer within %2 ms</source>
        <translation>%1は接続を受け付けた後、%2ミリ秒以内に応答がありませんでした</translation>
    </message>
    <message>
        <source>%1 did not connect within %2 ms</source>
        <translation>%1に%2ミリ秒以内に接続できませんでした</translation>
    </message>
    <message>
        <source>the request is too large to send</source>
        <translation>リクエストが大きすぎるため送信できません</translation>
    </message>
    <message>
        <source>%1 answered something that is not the agent protocol: %2</source>
        <translation>%1からエージェントプロトコルではない応答がありました: %2</translation>
    </message>
</context>
<context>
    <name>AgentTls</name>
    <message>
        <source>cannot make a TLS certificate: %1</source>
        <translation>TLS証明書を作成できません: %1</translation>
    </message>
    <message>
        <source>no client certificate</source>
        <translation>クライアント証明書がありません</translation>
    </message>
    <message>
        <source>cannot read the certificates: %1</source>
        <translation>証明書を読み取れません: %1</translation>
    </message>
    <message>
        <source>certificate not made for a console (%1)</source>
        <translation>コンソール用に作成された証明書ではありません (%1)</translation>
    </message>
    <message>
        <source>certificate not valid now (%1)</source>
        <translation>証明書が現在有効ではありません (%1)</translation>
    </message>
    <message>
        <source>certificate not issued by the registered server&apos;s CA (%1)</source>
        <translation>登録先サーバのCAが発行した証明書ではありません (%1)</translation>
    </message>
    <message>
        <source>expected one PEM certificate, found %1</source>
        <translation>PEM証明書が1つ必要ですが、%1個見つかりました</translation>
    </message>
    <message>
        <source>the certificate is not a CA certificate</source>
        <translation>この証明書はCA証明書ではありません</translation>
    </message>
</context>
<context>
    <name>AgentTrust</name>
    <message>
        <source>this console has no certificate authority to check it against</source>
        <translation>このコンソールには照合する認証局がありません</translation>
    </message>
    <message>
        <source>the agent presented no certificate</source>
        <translation>エージェントが証明書を提示しませんでした</translation>
    </message>
    <message>
        <source>its certificate cannot be read (%1)</source>
        <translation>証明書を読み取れません (%1)</translation>
    </message>
    <message>
        <source>its certificate is not an agent certificate (%1)</source>
        <translation>証明書がエージェント証明書ではありません (%1)</translation>
    </message>
    <message>
        <source>its certificate is not valid now (%1)</source>
        <translation>証明書が現在有効ではありません (%1)</translation>
    </message>
    <message>
        <source>its certificate was not issued by this server&apos;s CA (%1)</source>
        <translation>証明書がこのサーバの認証局から発行されていません (%1)</translation>
    </message>
    <message>
        <source>its certificate was issued for another computer, not %1</source>
        <translation>証明書は %1 ではなく別のコンピュータ向けに発行されています</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>cannot read the audit log: %1</source>
        <translation>監査ログを読み取れません: %1</translation>
    </message>
    <message>
        <source>entry %1 has no hash: it was not written by osmgmt&apos;s audit log</source>
        <translation>エントリ %1 にハッシュがありません: osmgmt の監査ログが書いたものではありません</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it: an earlier entry was changed, removed or inserted</source>
        <translation>エントリ %1 は直前のエントリに続いていません: それより前のエントリが変更、削除、または挿入されました</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>エントリ %1 は書き込まれた後に変更されました</translation>
    </message>
</context>
<context>
    <name>AuditCheck</name>
    <message>
        <source>The audit log cannot be checked: %1</source>
        <translation>監査ログを確認できません: %1</translation>
    </message>
    <message>
        <source>The audit log was changed after it was written: the hash chain breaks at entry %1. Keep a copy of the database and find out who changed it; &apos;osmgmt-cli audit verify&apos; lists every break.</source>
        <translation>監査ログは書き込まれた後に変更されました: ハッシュチェーンがエントリ %1 で途切れています。データベースのコピーを保管し、誰が変更したかを調べてください。&apos;osmgmt-cli audit verify&apos; ですべての途切れを一覧できます。</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) were interrupted before their outcome was recorded (audit entry %1): check those computers.</source>
        <translation>
            <numerusform>%n 件のコマンドが結果の記録前に中断されました (監査エントリ %1)。対象のコンピュータを確認してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>targets_json is not a JSON array</source>
        <translation>targets_jsonがJSON配列ではありません</translation>
    </message>
    <message>
        <source>cannot record the action in the audit log: %1</source>
        <translation>操作を監査ログに記録できません: %1</translation>
    </message>
    <message>
        <source>cannot read the audit log: %1</source>
        <translation>監査ログを読み取れません: %1</translation>
    </message>
    <message>
        <source>audit entry %1 cannot be read: %2</source>
        <translation>監査エントリ%1を読み取れません: %2</translation>
    </message>
    <message>
        <source>its time is not one this version writes</source>
        <translation>時刻がこのバージョンで書き込まれる形式ではありません</translation>
    </message>
    <message>
        <source>an audit entry needs a time, a user, an action and a phase (an outcome names its intent); this one was not recorded</source>
        <translation>監査エントリには日時、ユーザ、操作、段階 (結果は対応する予告を指す) が必要です。このエントリは記録されませんでした</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Move to this server</source>
        <translation>このサーバに移動</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>隔離</translation>
    </message>
    <message>
        <source>Release from quarantine</source>
        <translation>隔離解除</translation>
    </message>
    <message>
        <source>Start service</source>
        <translation>サービスを開始</translation>
    </message>
    <message numerus="yes">
        <source>... (%n in all)</source>
        <translation>
            <numerusform>... (全%n台)</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>コンピュータ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit Log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>Search user, computer, outcome or detail</source>
        <translation>ユーザ、コンピュータ、結果、詳細を検索</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>すべての操作</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>エクスポート...</translation>
    </message>
    <message>
        <source>Searching...</source>
        <translation>検索しています...</translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>監査ログを読み取れません: %1</translation>
    </message>
    <message>
        <source>The newest %1 commands; narrow the search, or export them all.</source>
        <translation>最新の%1件のコマンドを表示しています。検索条件を絞り込むか、すべてをエクスポートしてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n commands</source>
        <translation>
            <numerusform>%n件のコマンド</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>監査ログのエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1...</source>
        <translation>%1にエクスポートしています...</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1にエクスポートしました</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>エクスポートに失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>AuditSession</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <source>Became unprotected (%1)</source>
        <translation>保護されなくなった (%1)</translation>
    </message>
    <message>
        <source>Became protected (%1)</source>
        <translation>保護されるようになった (%1)</translation>
    </message>
    <message>
        <source>Appeared (%1)</source>
        <translation>新たに検出 (%1)</translation>
    </message>
    <message>
        <source>Disappeared (%1)</source>
        <translation>検出されなくなった (%1)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IPアドレス</translation>
    </message>
    <message>
        <source>AD path</source>
        <translation>ADパス</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>Security status</source>
        <translation>セキュリティステータス</translation>
    </message>
    <message>
        <source>Changes in the query of %1 since the query of %2</source>
        <translation>%2のクエリから%1のクエリまでの変更</translation>
    </message>
    <message>
        <source>The query of %1 is the first completed query: there is nothing to compare it with</source>
        <translation>%1のクエリは最初に完了したクエリです: 比較対象がありません</translation>
    </message>
</context>
<context>
    <name>Classifier</name>
    <message>
        <source>The computer&apos;s name in Active Directory resolves to no address.</source>
        <translation>Active Directory上のコンピュータ名がどのアドレスにも解決されません。</translation>
    </message>
    <message>
        <source>The unreachable check port did not connect: %1.</source>
        <translation>到達不能チェックのポートに接続できませんでした: %1。</translation>
    </message>
    <message>
        <source>The agent is registered here.</source>
        <translation>エージェントはこのサーバに登録されています。</translation>
    </message>
    <message>
        <source>The agent is registered to server %1.</source>
        <translation>エージェントはサーバ%1に登録されています。</translation>
    </message>
    <message>
        <source>The computer answered, but no agent answered on the agent ports.</source>
        <translation>コンピュータは応答しましたが、エージェントポートで応答したエージェントはありません。</translation>
    </message>
    <message>
        <source>Nothing answered on any port.</source>
        <translation>どのポートからも応答がありません。</translation>
    </message>
    <message>
        <source>port %1: %2</source>
        <translation>ポート%1: %2</translation>
    </message>
    <message>
        <source>A port accepted the connection but did not complete the agent handshake (%1).</source>
        <translation>接続を受け付けたポートがありますが、エージェントのハンドシェイクが完了しませんでした (%1)。</translation>
    </message>
    <message>
        <source>The agent claims this server (%1), unverified: %2. Register it to this server to manage it.</source>
        <translation>エージェントはこのサーバ (%1) で管理されていると主張していますが、未検証です: %2。管理するには、このサーバに登録してください。</translation>
    </message>
</context>
<context>
    <name>ClientTreeModel</name>
    <message>
        <source>This server: %1 (%2)</source>
        <translation>このサーバ: %1 (%2)</translation>
    </message>
    <message>
        <source>(no domain)</source>
        <translation>(ドメインなし)</translation>
    </message>
    <message>
        <source>Outside Server Management</source>
        <translation>外部サーバ管理</translation>
    </message>
    <message>
        <source>(unreadable AD path)</source>
        <translation>(読み取れないADパス)</translation>
    </message>
    <message>
        <source>IP ranges (%1)</source>
        <translation>IP範囲 (%1)</translation>
    </message>
</context>
<context>
    <name>CommandController</name>
    <message>
        <source>Commands to agents are unavailable</source>
        <translation>エージェントへのコマンドは使用できません</translation>
    </message>
    <message>
        <source>The server&apos;s certificate authority is still loading from the keychain. Try again in a moment.</source>
        <translation>サーバの認証局をキーチェーンから読み込んでいます。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message numerus="yes">
        <source>Move %n computers to this server (%1)?</source>
        <translation>
            <numerusform>%n台のコンピュータをこのサーバ (%1) に移動しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to this server</source>
        <translation>このサーバに移動</translation>
    </message>
    <message numerus="yes">
        <source>Quarantine %n computers? They keep only their connection to this console until released.</source>
        <translation>
            <numerusform>%n台のコンピュータを隔離しますか? 隔離解除されるまで、このコンソールへの接続のみが維持されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>隔離</translation>
    </message>
    <message numerus="yes">
        <source>Release %n computers from quarantine?</source>
        <translation>
            <numerusform>%n台のコンピュータの隔離を解除しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Release from quarantine</source>
        <translation>隔離解除</translation>
    </message>
    <message>
        <source>Start service</source>
        <translation>サービスを開始</translation>
    </message>
    <message numerus="yes">
        <source>Service to start on %n computers:</source>
        <translation>
            <numerusform>%n台のコンピュータで開始するサービス:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start the service &quot;%1&quot; on %n computers?</source>
        <translation>
            <numerusform>%n台のコンピュータでサービス「%1」を開始しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか%n台</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>It runs in the background and is recorded in the audit log.</source>
        <translation>バックグラウンドで実行され、監査ログに記録されます。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1を読み取れません: %2</translation>
    </message>
    <message numerus="yes">
        <source>Register %n computers to this server (%1)? Its certificate authority issues each agent its certificate; agents that do not already obey this server refuse.</source>
        <translation>
            <numerusform>%n 台のコンピュータをこのサーバ (%1) に登録しますか? このサーバの認証局が各エージェントに証明書を発行します。このサーバに従っていないエージェントは拒否します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Register to this server</source>
        <translation>このサーバに登録</translation>
    </message>
</context>
<context>
    <name>CommandProgressDialog</name>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>コンピュータ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Cancelling: computers already contacted finish first...</source>
        <translation>キャンセルしています: すでに接続したコンピュータの処理が先に完了します...</translation>
    </message>
    <message numerus="yes">
        <source>Sending to %n computers...</source>
        <translation>
            <numerusform>%n台のコンピュータに送信しています...</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log could not record this command: %1</source>
        <translation>このコマンドを監査ログに記録できませんでした: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CommandRun</name>
    <message>
        <source>to server &quot;%1&quot;</source>
        <translation>サーバ「%1」へ</translation>
    </message>
    <message>
        <source>service &quot;%1&quot;</source>
        <translation>サービス「%1」</translation>
    </message>
</context>
<context>
    <name>CommandWorker</name>
    <message>
        <source>cancelled before it was sent</source>
        <translation>送信前にキャンセルされました</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>「%1」はIPアドレスではありません</translation>
    </message>
    <message>
        <source>no agent port is known for this computer</source>
        <translation>このコンピュータのエージェントポートが不明です</translation>
    </message>
    <message>
        <source> (cancelled by the administrator)</source>
        <translation> (管理者によりキャンセル)</translation>
    </message>
    <message>
        <source>not sent: the audit log could not record the command first</source>
        <translation>送信していません: 監査ログにコマンドを先に記録できませんでした</translation>
    </message>
</context>
<context>
    <name>ComputerResolver</name>
    <message>
        <source>Active Directory holds no dNSHostName for it</source>
        <translation>Active DirectoryにこのコンピュータのdNSHostNameがありません</translation>
    </message>
    <message>
        <source>%1 has no address</source>
        <translation>%1にはアドレスがありません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ConnectSweep</name>
    <message>
        <source>Cannot create the event set: %1</source>
        <translation>イベントセットを作成できません: %1</translation>
    </message>
    <message>
        <source>Waiting for connections failed: %1</source>
        <translation>接続の待機に失敗しました: %1</translation>
    </message>
    <message>
        <source>Cannot open a socket: %1</source>
        <translation>ソケットを開けません: %1</translation>
    </message>
    <message>
        <source>Cannot watch a socket: %1</source>
        <translation>ソケットを監視できません: %1</translation>
    </message>
    <message>
        <source>accepted, then gave no answer within %1 ms</source>
        <translation>接続を受け付けた後、%1ミリ秒以内に応答がありませんでした</translation>
    </message>
    <message>
        <source>no answer within %1 ms (%2 attempts)</source>
        <translation>%1ミリ秒以内に応答がありませんでした (%2回試行)</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>Connection settings</source>
        <translation>接続設定</translation>
    </message>
    <message>
        <source>Server reachable (%1)</source>
        <translation>サーバーへの到達 (%1)</translation>
    </message>
    <message>
        <source>TLS (StartTLS)</source>
        <translation>TLS (StartTLS)</translation>
    </message>
    <message>
        <source>TLS (ldaps)</source>
        <translation>TLS (ldaps)</translation>
    </message>
    <message>
        <source>Bind as %1</source>
        <translation>%1 としてバインド</translation>
    </message>
    <message>
        <source>Naming context</source>
        <translation>名前付けコンテキスト</translation>
    </message>
    <message>
        <source>Computers readable</source>
        <translation>コンピュータの読み取り</translation>
    </message>
    <message>
        <source>no password: type it, or save one in the keychain for %1 at %2</source>
        <translation>パスワードがありません: 入力するか、%2 の %1 のパスワードをキーチェーンに保存してください</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>complete; the server&apos;s certificate will not be verified</source>
        <translation>完了。サーバーの証明書は検証されません</translation>
    </message>
    <message>
        <source>the name %1 cannot be resolved: %2</source>
        <translation>名前 %1 を解決できません: %2</translation>
    </message>
    <message>
        <source>%1 accepts connections</source>
        <translation>%1 は接続を受け付けています</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒以内に応答がありません</translation>
    </message>
    <message>
        <source>connection refused: nothing listens on that port</source>
        <translation>接続が拒否されました: そのポートで待ち受けているものがありません</translation>
    </message>
    <message>
        <source>certificate NOT verified (verification is switched off)</source>
        <translation>証明書は検証されていません (検証はオフです)</translation>
    </message>
    <message>
        <source>certificate verified against the system&apos;s CAs</source>
        <translation>システムのCAで証明書を検証しました</translation>
    </message>
    <message>
        <source>certificate verified against %1</source>
        <translation>%1 で証明書を検証しました</translation>
    </message>
    <message>
        <source>the server accepted the credentials</source>
        <translation>サーバーは資格情報を受け入れました</translation>
    </message>
    <message>
        <source>the server names no default naming context: give the base DN</source>
        <translation>サーバーが既定の名前付けコンテキストを示していません: ベースDNを指定してください</translation>
    </message>
    <message>
        <source>%1 (the server&apos;s default)</source>
        <translation>%1 (サーバーの既定)</translation>
    </message>
    <message>
        <source>the base DN %1 cannot be read</source>
        <translation>ベースDN %1 を読み取れません</translation>
    </message>
    <message>
        <source>%1 (the base DN given)</source>
        <translation>%1 (指定されたベースDN)</translation>
    </message>
    <message>
        <source>no computer can be read under %1: it holds none, or this account may not read them</source>
        <translation>%1 の下のコンピュータを読み取れません: コンピュータがないか、このアカウントに読み取り権限がない可能性があります</translation>
    </message>
    <message>
        <source>at least %1 computers under %2 (one page counted)</source>
        <translation>%2 の下に少なくとも %1 台のコンピュータ (1ページ分を数えました)</translation>
    </message>
    <message>
        <source>%1 computers under %2</source>
        <translation>%2 の下に %1 台のコンピュータ</translation>
    </message>
</context>
<context>
    <name>ConnectionStepsView</name>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>testing…</source>
        <translation>テスト中…</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>未実行</translation>
    </message>
</context>
<context>
    <name>ConsoleWatcher</name>
    <message>
        <source>Watcher: this console</source>
        <translation>ウォッチャー: このコンソール</translation>
    </message>
    <message>
        <source>This console runs the scheduled query of this store.</source>
        <translation>このコンソールがこのストアの予約クエリを実行します。</translation>
    </message>
    <message>
        <source>Watcher: %1</source>
        <translation>ウォッチャー: %1</translation>
    </message>
    <message>
        <source>Another watcher (holder %1) acts on this store until %2: it runs the scheduled query, and this console does not.</source>
        <translation>別のウォッチャー(保持者 %1)が%2までこのストアを担当しています。予約クエリはそのウォッチャーが実行し、このコンソールは実行しません。</translation>
    </message>
    <message>
        <source>Watcher: no store</source>
        <translation>ウォッチャー: ストアに接続できません</translation>
    </message>
</context>
<context>
    <name>CredentialExportDialog</name>
    <message>
        <source>Export this server&apos;s credential</source>
        <translation>このサーバの資格情報のエクスポート</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>パスワード (確認):</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>2つのパスワードが一致しません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1に書き込めません: %2</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Another console that imports this file can move the clients of &quot;%1&quot; to itself, and do nothing else with them, until the credential expires. Keep the file and its password safe (at least %2 characters, not easily guessed), and delete the file once the move is done.</source>
        <translation>このファイルをインポートした別のコンソールは、資格情報の期限が切れるまで、「%1」のクライアントを自身のサーバに移動できます (それ以外の操作はできません)。ファイルとパスワード (%2文字以上で、推測されにくいもの) は安全に保管し、移動が完了したらファイルを削除してください。</translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation>有効期間:</translation>
    </message>
</context>
<context>
    <name>CredentialFileField</name>
    <message>
        <source>Browse...</source>
        <translation>参照...</translation>
    </message>
    <message>
        <source>Server credential</source>
        <translation>サーバの資格情報</translation>
    </message>
    <message>
        <source>Server credentials (*.p12 *.pfx);;All files (*)</source>
        <translation>サーバの資格情報 (*.p12 *.pfx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Server credentials (*.p12)</source>
        <translation>サーバの資格情報 (*.p12)</translation>
    </message>
</context>
<context>
    <name>CredentialImportDialog</name>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Import a server credential</source>
        <translation>サーバの資格情報のインポート</translation>
    </message>
    <message>
        <source>Credential file:</source>
        <translation>資格情報ファイル:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Import the credential file another server&apos;s console exported, with its password. This console can then move that server&apos;s clients to itself.</source>
        <translation>別のサーバのコンソールでエクスポートした資格情報ファイルを、そのパスワードとともにインポートしてください。インポート後、このコンソールはそのサーバのクライアントを自身のサーバに移動できます。</translation>
    </message>
    <message>
        <source>Every server&apos;s credential is imported.</source>
        <translation>すべてのサーバの資格情報がインポートされています。</translation>
    </message>
    <message>
        <source>Moving these computers needs the credential of: %1.
Import the file each server&apos;s console exported, with its password.</source>
        <translation>これらのコンピュータを移動するには、次のサーバの資格情報が必要です: %1。
各サーバのコンソールでエクスポートしたファイルを、そのパスワードとともにインポートしてください。</translation>
    </message>
    <message>
        <source>Choose the credential file.</source>
        <translation>資格情報ファイルを選択してください。</translation>
    </message>
    <message>
        <source>Imported the credential of &quot;%1&quot;.</source>
        <translation>「%1」の資格情報をインポートしました。</translation>
    </message>
    <message>
        <source>Imported the credential of &quot;%1&quot;, which none of these computers is registered to.</source>
        <translation>「%1」の資格情報をインポートしましたが、これらのコンピュータはいずれもそのサーバに登録されていません。</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>cannot write the CSV data: %1</source>
        <translation>CSVデータを書き込めません: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is not an osmgmt database (file is not a database); it was left untouched</source>
        <translation>%1はosmgmtのデータベースではありません (ファイルがデータベースではありません)。ファイルは変更していません</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1はフォルダです。データベースファイルではありません</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the database</source>
        <translation>データベース用のフォルダ%1を作成できません</translation>
    </message>
    <message>
        <source>the SQLite driver of Qt (QSQLITE) is not installed; install libqt6sql6-sqlite</source>
        <translation>QtのSQLiteドライバ (QSQLITE) がインストールされていません。libqt6sql6-sqliteをインストールしてください</translation>
    </message>
    <message>
        <source>%1 is not an osmgmt database (%2); it was left untouched</source>
        <translation>%1はosmgmtのデータベースではありません (%2)。ファイルは変更していません</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program (it has no schema_version table); it was left untouched</source>
        <translation>%1は別のプログラムのSQLiteデータベースです (schema_versionテーブルがありません)。ファイルは変更していません</translation>
    </message>
    <message>
        <source>%1: %2; it was left untouched</source>
        <translation>%1: %2。ファイルは変更していません</translation>
    </message>
    <message>
        <source>%1: this database was written by a newer osmgmt (schema %2; this version knows up to %3); it was left untouched</source>
        <translation>%1: このデータベースは新しいバージョンのosmgmtで書き込まれています (スキーマ%2。このバージョンが対応するのはスキーマ%3までです)。ファイルは変更していません</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2が失敗しました: %3</translation>
    </message>
    <message>
        <source>%1: cannot switch to WAL mode: %2</source>
        <translation>%1: WALモードに切り替えられません: %2</translation>
    </message>
    <message>
        <source>the schema_version table is empty, so the schema version is unknown</source>
        <translation>schema_versionテーブルが空のため、スキーマバージョンが不明です</translation>
    </message>
    <message>
        <source>migrating the database to schema %1 failed: %2</source>
        <translation>データベースのスキーマ%1への移行に失敗しました: %2</translation>
    </message>
    <message>
        <source>the database reported an error without saying which (code %1)</source>
        <translation>データベースが内容を示さずにエラーを報告しました (コード%1)</translation>
    </message>
    <message>
        <source>%1 is being opened by another program; try again</source>
        <translation>%1は別のプログラムが開いているところです。もう一度お試しください</translation>
    </message>
    <message>
        <source>a PostgreSQL store needs a host, a database name and a user name</source>
        <translation>PostgreSQLストアにはホスト、データベース名、ユーザ名が必要です</translation>
    </message>
    <message>
        <source>the PostgreSQL driver of Qt (QPSQL) is not installed; install libqt6sql6-psql</source>
        <translation>QtのPostgreSQLドライバ (QPSQL) がインストールされていません。libqt6sql6-psqlをインストールしてください</translation>
    </message>
    <message>
        <source>cannot connect to the PostgreSQL database %1: %2</source>
        <translation>PostgreSQLデータベース%1に接続できません: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the list of tables: %2</source>
        <translation>%1: テーブルの一覧を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 holds the tables of another program (it has no schema_version table); it was left untouched</source>
        <translation>%1には別のプログラムのテーブルが含まれています (schema_versionテーブルがありません)。データベースは変更していません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a TLS mode osmgmt uses for PostgreSQL (%2)</source>
        <translation>「%1」は osmgmt が PostgreSQL に使う TLS モードではありません (%2)</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>The demo fleet cannot start: %1</source>
        <translation>デモ環境を開始できません: %1</translation>
    </message>
    <message>
        <source>The demo fleet stopped (exit code %1): %2</source>
        <translation>デモ環境が停止しました (終了コード%1): %2</translation>
    </message>
    <message>
        <source>The demo files cannot be written in %1: %2</source>
        <translation>%1にデモ用ファイルを書き込めません: %2</translation>
    </message>
    <message>
        <source>The demo fleet did not become ready within %1 seconds.</source>
        <translation>デモ環境が%1秒以内に準備完了になりませんでした。</translation>
    </message>
    <message>
        <source>osmgmt console of %1</source>
        <translation>%1 の osmgmt コンソール</translation>
    </message>
</context>
<context>
    <name>DirectoryAssessment</name>
    <message>
        <source>The Active Directory password cannot be read from the keychain: %1</source>
        <translation>Active Directoryのパスワードをキーチェーンから読み取れません: %1</translation>
    </message>
    <message>
        <source>No password is saved for the Active Directory connection %1 as %2: save it in the scope editor (Active Directory, connection settings), or give it to osmgmt-cli with --password-stdin</source>
        <translation>Active Directory接続 %1 (%2) のパスワードが保存されていません: スコープエディタ (Active Directory、接続設定) で保存するか、osmgmt-cli に --password-stdin で渡してください</translation>
    </message>
</context>
<context>
    <name>DirectoryClient</name>
    <message>
        <source>cannot set up TLS for %1 (is the CA file %2 a PEM file?)</source>
        <translation>%1のTLSを設定できません (CAファイル%2はPEMファイルですか?)</translation>
    </message>
    <message>
        <source>no password is given for %1</source>
        <translation>%1のパスワードが指定されていません</translation>
    </message>
    <message>
        <source>the CA file %1 cannot be read</source>
        <translation>CAファイル%1を読み取れません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an LDAP address</source>
        <translation>「%1」はLDAPアドレスではありません</translation>
    </message>
    <message>
        <source>StartTLS with %1</source>
        <translation>%1とのStartTLS</translation>
    </message>
    <message>
        <source>binding to %1 as %2</source>
        <translation>%2として%1にバインド中</translation>
    </message>
    <message>
        <source>%1 sent no RootDSE</source>
        <translation>%1からRootDSEが送信されませんでした</translation>
    </message>
    <message>
        <source>not connected to a directory server</source>
        <translation>ディレクトリサーバに接続されていません</translation>
    </message>
    <message>
        <source>searching %1 for %2</source>
        <translation>%1で%2を検索中</translation>
    </message>
    <message>
        <source>the RootDSE</source>
        <translation>RootDSE</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>%1: no complete answer within %2 s</source>
        <translation>%1: %2秒以内に完全な応答がありませんでした</translation>
    </message>
    <message>
        <source>TLS with %1</source>
        <translation>%1 によるTLS</translation>
    </message>
</context>
<context>
    <name>DirectoryEndpoints</name>
    <message>
        <source>%1 resolves to %2, the address of %3 (assessed under that name)</source>
        <translation>%1 は %3 のアドレス %2 に解決されます (その名前で評価されました)</translation>
    </message>
    <message>
        <source>Never assessed; turn on on-demand assessment to assess it (without it, Active Directory computers take their last stored result)</source>
        <translation>一度も評価されていません。評価するにはオンデマンド評価を有効にしてください (無効の場合、Active Directoryのコンピュータは最後に保存された結果を使用します)</translation>
    </message>
    <message>
        <source>From the stored assessment of %1: %2</source>
        <translation>%1 の保存済み評価より: %2</translation>
    </message>
</context>
<context>
    <name>DirectoryError</name>
    <message>
        <source>the user does not exist</source>
        <translation>ユーザが存在しません</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>ユーザ名またはパスワードが正しくありません</translation>
    </message>
    <message>
        <source>the account may not log on now or from here</source>
        <translation>このアカウントは現在、またはこの場所からはログオンできません</translation>
    </message>
    <message>
        <source>the password has expired</source>
        <translation>パスワードの有効期限が切れています</translation>
    </message>
    <message>
        <source>the account is disabled</source>
        <translation>アカウントが無効になっています</translation>
    </message>
    <message>
        <source>the account has expired</source>
        <translation>アカウントの有効期限が切れています</translation>
    </message>
    <message>
        <source>the account is locked out</source>
        <translation>アカウントがロックアウトされています</translation>
    </message>
    <message>
        <source>the server refused the credentials: %1</source>
        <translation>サーバが資格情報を拒否しました: %1</translation>
    </message>
    <message>
        <source>TLS failed, the server&apos;s certificate was not accepted (check the CA file and that the address matches the certificate&apos;s name)</source>
        <translation>TLSに失敗しました。サーバの証明書が受け入れられませんでした (CAファイルと、アドレスが証明書の名前と一致していることを確認してください)</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>サーバが時間内に応答しませんでした</translation>
    </message>
    <message>
        <source>the server cannot be reached (it is down, or nothing listens at that address and port)</source>
        <translation>サーバに到達できません (サーバが停止しているか、そのアドレスとポートで待ち受けているものがありません)</translation>
    </message>
    <message>
        <source>the object does not exist in the directory</source>
        <translation>オブジェクトがディレクトリに存在しません</translation>
    </message>
    <message>
        <source>the server refused access: %1</source>
        <translation>サーバがアクセスを拒否しました: %1</translation>
    </message>
    <message>
        <source>this account may not read it</source>
        <translation>このアカウントには読み取り権限がありません</translation>
    </message>
    <message>
        <source>it requires a stronger protection</source>
        <translation>より強力な保護が必要です</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>the server answered: %1</source>
        <translation>サーバの応答: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DirectoryPasswordField</name>
    <message>
        <source>Forget</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the saved password from the keychain</source>
        <translation>保存されたパスワードをキーチェーンから削除します</translation>
    </message>
    <message>
        <source>Looking for a saved password…</source>
        <translation>保存されたパスワードを検索しています…</translation>
    </message>
    <message>
        <source>saved in the keychain; type a new one to replace it</source>
        <translation>キーチェーンに保存済みです。置き換えるには新しいパスワードを入力してください</translation>
    </message>
    <message>
        <source>A password is saved in the keychain for this server and user.</source>
        <translation>このサーバーとユーザーのパスワードはキーチェーンに保存されています。</translation>
    </message>
    <message>
        <source>kept in the keychain, never in the scope</source>
        <translation>キーチェーンに保管され、スコープには保存されません</translation>
    </message>
    <message>
        <source>No password is saved for this server and user.</source>
        <translation>このサーバーとユーザーのパスワードは保存されていません。</translation>
    </message>
    <message>
        <source>Saving the password in the keychain…</source>
        <translation>パスワードをキーチェーンに保存しています…</translation>
    </message>
    <message>
        <source>The saved password was removed from the keychain.</source>
        <translation>保存されたパスワードをキーチェーンから削除しました。</translation>
    </message>
</context>
<context>
    <name>DistinguishedName</name>
    <message>
        <source>&quot;%1&quot; is not a distinguished name</source>
        <translation>「%1」は識別名ではありません</translation>
    </message>
</context>
<context>
    <name>EndpointActions</name>
    <message>
        <source>Move to this server...</source>
        <translation>このサーバに移動...</translation>
    </message>
    <message>
        <source>Quarantine...</source>
        <translation>隔離...</translation>
    </message>
    <message>
        <source>Release from quarantine...</source>
        <translation>隔離解除...</translation>
    </message>
    <message>
        <source>Start service...</source>
        <translation>サービスを開始...</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Export selection...</source>
        <translation>選択項目のエクスポート...</translation>
    </message>
    <message numerus="yes">
        <source>Applies to %n of the selected computers</source>
        <translation>
            <numerusform>選択したコンピュータのうち%n台に適用されます</numerusform>
        </translation>
    </message>
    <message>
        <source>Register to this server...</source>
        <translation>このサーバに登録...</translation>
    </message>
</context>
<context>
    <name>EndpointColumns</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IPアドレス</translation>
    </message>
    <message>
        <source>Security status</source>
        <translation>セキュリティステータス</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバ</translation>
    </message>
    <message>
        <source>Agent version</source>
        <translation>エージェントバージョン</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>Gate port</source>
        <translation>到達確認ポート</translation>
    </message>
    <message>
        <source>Agent port</source>
        <translation>エージェントポート</translation>
    </message>
    <message>
        <source>AD path</source>
        <translation>ADパス</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>EndpointJson</name>
    <message>
        <source>each entry of &quot;ports&quot; needs a &quot;port&quot; between 0 and 65535</source>
        <translation>「ports」の各エントリには0から65535までの「port」が必要です</translation>
    </message>
    <message>
        <source>port %1 has an unknown outcome &quot;%2&quot;</source>
        <translation>ポート%1の結果「%2」は不明です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>「%1」は文字列である必要があります</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>不明なステータス「%1」</translation>
    </message>
    <message>
        <source>unknown gate result &quot;%1&quot;</source>
        <translation>不明な到達不能チェック結果「%1」</translation>
    </message>
    <message>
        <source>&quot;agentPort&quot; must be between 0 and 65535</source>
        <translation>「agentPort」は0から65535までの値である必要があります</translation>
    </message>
    <message>
        <source>&quot;ports&quot; must be an array</source>
        <translation>「ports」は配列である必要があります</translation>
    </message>
</context>
<context>
    <name>EndpointMenus</name>
    <message>
        <source>Export selection</source>
        <translation>選択項目のエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSVファイル (*.csv);;JSONファイル (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>The export to %1 failed: %2</source>
        <translation>%1へのエクスポートに失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>EndpointRow</name>
    <message>
        <source>endpoint row %1 cannot be read: %2</source>
        <translation>エンドポイントの行%1を読み取れません: %2</translation>
    </message>
    <message>
        <source>unknown security status &quot;%1&quot;</source>
        <translation>不明なセキュリティステータス「%1」</translation>
    </message>
    <message>
        <source>unknown gate result &quot;%1&quot;</source>
        <translation>不明な到達不能チェック結果「%1」</translation>
    </message>
    <message>
        <source>agent port %1 is out of range</source>
        <translation>エージェントポート%1が範囲外です</translation>
    </message>
    <message>
        <source>ports_json is not JSON: %1</source>
        <translation>ports_jsonがJSONではありません: %1</translation>
    </message>
    <message>
        <source>ports_json is not a JSON array</source>
        <translation>ports_jsonがJSON配列ではありません</translation>
    </message>
    <message>
        <source>ports_json has a port out of range</source>
        <translation>ports_jsonに範囲外のポートがあります</translation>
    </message>
    <message>
        <source>ports_json has an unknown outcome &quot;%1&quot;</source>
        <translation>ports_jsonに不明な結果「%1」があります</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>FrameDecoder</name>
    <message>
        <source>not the osmgmt agent protocol</source>
        <translation>osmgmtのエージェントプロトコルではありません</translation>
    </message>
    <message>
        <source>protocol version %1 is not supported</source>
        <translation>プロトコルバージョン%1はサポートされていません</translation>
    </message>
    <message>
        <source>frame of %1 bytes exceeds the %2-byte limit</source>
        <translation>%1バイトのフレームが上限の%2バイトを超えています</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>オフセット%1のJSONが無効です: %2</translation>
    </message>
    <message>
        <source>the message is not a JSON object</source>
        <translation>メッセージがJSONオブジェクトではありません</translation>
    </message>
</context>
<context>
    <name>GateResult</name>
    <message>
        <source>Connected</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>No route to host</source>
        <translation>ホストへのルートなし</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未確認</translation>
    </message>
</context>
<context>
    <name>Handshake</name>
    <message>
        <source>the agent refused the handshake: %1</source>
        <translation>エージェントがハンドシェイクを拒否しました: %1</translation>
    </message>
    <message>
        <source>expected an identity message, got &quot;%1&quot;</source>
        <translation>identityメッセージが必要ですが、「%1」を受信しました</translation>
    </message>
    <message>
        <source>protocol version %1 is not supported</source>
        <translation>プロトコルバージョン%1はサポートされていません</translation>
    </message>
    <message>
        <source>the identity message has no agent object</source>
        <translation>identityメッセージにagentオブジェクトがありません</translation>
    </message>
    <message>
        <source>the agent reports no server</source>
        <translation>エージェントがサーバを報告していません</translation>
    </message>
    <message>
        <source>unknown request &quot;%1&quot;</source>
        <translation>不明なリクエスト「%1」</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1分%2秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1時間%2分</translation>
    </message>
    <message>
        <source>Query History</source>
        <translation>クエリ履歴</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバ</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>アドレス数</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>エンドポイント数</translation>
    </message>
    <message>
        <source>Open results</source>
        <translation>結果を開く</translation>
    </message>
    <message>
        <source>Changes since the previous query</source>
        <translation>前回のクエリからの変更</translation>
    </message>
    <message numerus="yes">
        <source>%n query(ies) kept</source>
        <translation>
            <numerusform>%n件のクエリを保持</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistorySession</name>
    <message>
        <source>The query history cannot be read: %1</source>
        <translation>クエリ履歴を読み取れません: %1</translation>
    </message>
    <message>
        <source>query %1 is no longer stored</source>
        <translation>クエリ%1はもう保存されていません</translation>
    </message>
    <message>
        <source>The changes cannot be computed: %1</source>
        <translation>変更を算出できません: %1</translation>
    </message>
</context>
<context>
    <name>IdentityStatus</name>
    <message>
        <source>Commands: loading the server&apos;s certificate authority...</source>
        <translation>コマンド: サーバの認証局を読み込んでいます...</translation>
    </message>
    <message>
        <source>Commands: ready</source>
        <translation>コマンド: 使用可能</translation>
    </message>
    <message>
        <source>Commands to agents are signed by the certificate authority of &quot;%1&quot;.</source>
        <translation>エージェントへのコマンドは「%1」の認証局によって署名されます。</translation>
    </message>
    <message>
        <source>Commands unavailable: keychain. Details...</source>
        <translation>コマンド使用不可: キーチェーン。詳細...</translation>
    </message>
    <message>
        <source>Commands to agents are unavailable</source>
        <translation>エージェントへのコマンドは使用できません</translation>
    </message>
    <message>
        <source>This console keeps the private key of its certificate authority in the keychain, and cannot read it:

%1

Queries still run; commands (move, quarantine, release, start service) need the key.</source>
        <translation>このコンソールは認証局の秘密鍵をキーチェーンに保管していますが、読み取れません:

%1

クエリは引き続き実行できます。コマンド (移動、隔離、隔離解除、サービスの開始) には秘密鍵が必要です。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
</context>
<context>
    <name>ImportedAuthorities</name>
    <message>
        <source>Could not keep the certificate of &quot;%1&quot; in %2: %3</source>
        <translation>「%1」の証明書を%2に保存できませんでした: %3</translation>
    </message>
    <message>
        <source>No credential of server &quot;%1&quot; was imported. Import the credential file that its console exported (Client Mover).</source>
        <translation>サーバ「%1」の資格情報がインポートされていません。そのサーバのコンソールでエクスポートした資格情報ファイルをインポートしてください (クライアント移動ツール)。</translation>
    </message>
    <message>
        <source>The keychain no longer holds the key of server &quot;%1&quot;; import its credential file again.</source>
        <translation>キーチェーンにサーバ「%1」の鍵がなくなっています。資格情報ファイルを再度インポートしてください。</translation>
    </message>
    <message>
        <source>The kept credential of server &quot;%1&quot; is not a move credential; import its credential file again.</source>
        <translation>保存されているサーバ「%1」の資格情報は移動用資格情報ではありません。資格情報ファイルをもう一度インポートしてください。</translation>
    </message>
    <message>
        <source>The move credential of server &quot;%1&quot; expired on %2 and was removed; ask its console for a new one.</source>
        <translation>サーバ「%1」の移動用資格情報は%2に期限切れとなったため削除しました。そのサーバのコンソールに新しい資格情報を依頼してください。</translation>
    </message>
</context>
<context>
    <name>Ipv4Range</name>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation>「%1」はIPv4アドレスではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address: &quot;%2&quot; has a leading zero, which some tools read as octal</source>
        <translation>「%1」はIPv4アドレスではありません: 「%2」の先頭に0があり、ツールによっては8進数として解釈されます</translation>
    </message>
    <message>
        <source>the IPv4 address range is empty</source>
        <translation>IPv4アドレス範囲が空です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs an address on each side of &quot;-&quot;</source>
        <translation>「%1」には「-」の両側にアドレスが必要です</translation>
    </message>
    <message>
        <source>&quot;%1/&quot; has no prefix length (0 to 32)</source>
        <translation>「%1/」にプレフィックス長 (0～32) がありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a prefix length</source>
        <translation>「%1」はプレフィックス長ではありません</translation>
    </message>
    <message>
        <source>prefix length %1 is above 32</source>
        <translation>プレフィックス長%1が32を超えています</translation>
    </message>
    <message>
        <source>the range starts after it ends (%1-%2)</source>
        <translation>範囲の開始が終了より後になっています (%1-%2)</translation>
    </message>
    <message>
        <source>%1 holds %2 addresses; a range may hold at most %3</source>
        <translation>%1には%2個のアドレスが含まれます。1つの範囲に含められるアドレスは最大%3個です</translation>
    </message>
</context>
<context>
    <name>Ipv4RangeRow</name>
    <message>
        <source>e.g. 127.20.0.1-127.20.0.200</source>
        <translation>例: 127.20.0.1-127.20.0.200</translation>
    </message>
    <message>
        <source>Type an IPv4 address range</source>
        <translation>IPv4アドレス範囲を入力してください</translation>
    </message>
</context>
<context>
    <name>Ipv4Span</name>
    <message>
        <source>the IPv4 address range is empty</source>
        <translation>IPv4アドレス範囲が空です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs an address on each side of &quot;-&quot;</source>
        <translation>「%1」には「-」の両側にアドレスが必要です</translation>
    </message>
    <message>
        <source>the range &quot;%1&quot; ends before it starts: %2 comes after %3</source>
        <translation>範囲「%1」の終了が開始より前になっています: %2が%3より後にあります</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the prefix length after &quot;/&quot; must be a number from 0 to 32</source>
        <translation>「%1」: 「/」の後のプレフィックス長は0から32までの数値である必要があります</translation>
    </message>
</context>
<context>
    <name>Ipv6Prefix</name>
    <message>
        <source>the IPv6 prefix is empty</source>
        <translation>IPv6プレフィックスが空です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no prefix length (/%2 to /%3)</source>
        <translation>「%1」にプレフィックス長 (/%2～/%3) がありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; is not a prefix length</source>
        <translation>「%2」の「%1」はプレフィックス長ではありません</translation>
    </message>
    <message>
        <source>IPv6 prefix length %1 is below %2</source>
        <translation>IPv6プレフィックス長%1が%2未満です</translation>
    </message>
    <message>
        <source>IPv6 prefix length %1 is above %2</source>
        <translation>IPv6プレフィックス長%1が%2を超えています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; carries a scope id (%2); give the prefix without it</source>
        <translation>「%1」にはスコープID (%2) が含まれています。スコープIDを除いたプレフィックスを指定してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>「%1」はIPv6アドレスではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an IPv4 address; type it as an IPv4 address range</source>
        <translation>「%1」はIPv4アドレスです。IPv4アドレス範囲として入力してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an IPv4-mapped address; type %2 as an IPv4 address range</source>
        <translation>「%1」はIPv4マップドアドレスです。%2をIPv4アドレス範囲として入力してください</translation>
    </message>
</context>
<context>
    <name>Ipv6PrefixRow</name>
    <message>
        <source>e.g. fd00:1::</source>
        <translation>例: fd00:1::</translation>
    </message>
    <message>
        <source>112-128</source>
        <translation>112-128</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a prefix length (112 to 128)</source>
        <translation>「%1」はプレフィックス長 (112～128) ではありません</translation>
    </message>
    <message>
        <source>Type an IPv6 prefix</source>
        <translation>IPv6プレフィックスを入力してください</translation>
    </message>
</context>
<context>
    <name>LastAssessment</name>
    <message>
        <source>cannot read the endpoints of query %1: %2</source>
        <translation>クエリ%1のエンドポイントを読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>osmgmt — Security Compliance</source>
        <translation>osmgmt — セキュリティコンプライアンス</translation>
    </message>
    <message>
        <source>Exported %1 computers to %2</source>
        <translation>%1台のコンピュータを%2にエクスポートしました</translation>
    </message>
    <message>
        <source>Query cancelled; what it finished is kept.</source>
        <translation>クエリをキャンセルしました。完了した分の結果は保持されます。</translation>
    </message>
    <message>
        <source>Query finished.</source>
        <translation>クエリが完了しました。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export results...</source>
        <translation>結果のエクスポート(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation>クエリ(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Define scope...</source>
        <translation>範囲の定義(&amp;D)...</translation>
    </message>
    <message>
        <source>&amp;Run query</source>
        <translation>クエリを実行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel query</source>
        <translation>クエリをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Console settings...</source>
        <translation>コンソール設定(&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About osmgmt</source>
        <translation>osmgmtについて(&amp;A)</translation>
    </message>
    <message>
        <source>About osmgmt</source>
        <translation>osmgmtについて</translation>
    </message>
    <message>
        <source>osmgmt %1
Finds the computers your security server does not protect, and says why.</source>
        <translation>osmgmt %1
セキュリティサーバで保護されていないコンピュータを検出し、その理由を示します。</translation>
    </message>
    <message>
        <source>The scope file %1 cannot be used: %2
It was left as it is; define the scope again to replace it.</source>
        <translation>範囲ファイル%1を使用できません: %2
ファイルは変更していません。範囲を再度定義すると置き換えられます。</translation>
    </message>
    <message>
        <source>The scope cannot be saved: %1</source>
        <translation>範囲を保存できません: %1</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>クエリ</translation>
    </message>
    <message>
        <source>The query cannot start: %1</source>
        <translation>クエリを開始できません: %1</translation>
    </message>
    <message>
        <source>Settings saved. The next query uses server name %1.</source>
        <translation>設定を保存しました。次回のクエリではサーバ名%1を使用します。</translation>
    </message>
    <message>
        <source>osmgmt</source>
        <translation>osmgmt</translation>
    </message>
    <message>
        <source>Scheduled &amp;query...</source>
        <translation>予約クエリ(&amp;Q)...</translation>
    </message>
    <message>
        <source>A query is running. Stop it and start over with the saved scope, or run the new query when it has ended? What a stopped query finished is kept.</source>
        <translation>クエリを実行中です。停止して保存された範囲でやり直しますか、それとも実行中のクエリが終了してから新しいクエリを実行しますか? 停止したクエリで完了した分の結果は保持されます。</translation>
    </message>
    <message>
        <source>Stop and start over</source>
        <translation>停止してやり直す</translation>
    </message>
    <message>
        <source>Queue the new query</source>
        <translation>新しいクエリを待機させる</translation>
    </message>
    <message>
        <source>Scheduled query: off</source>
        <translation>予約クエリ: オフ</translation>
    </message>
    <message>
        <source>Scheduled query: %1. Next: %2</source>
        <translation>予約クエリ: %1。次回のクエリ: %2</translation>
    </message>
    <message>
        <source>&amp;History...</source>
        <translation>履歴(&amp;H)...</translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation>エージェント(&amp;A)</translation>
    </message>
    <message>
        <source>Command finished; see its outcome and the audit log.</source>
        <translation>コマンドが完了しました。結果と監査ログを確認してください。</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>監査ログ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Export this server&apos;s credential...</source>
        <translation>このサーバの資格情報のエクスポート(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Import another server&apos;s credential...</source>
        <translation>他のサーバの資格情報のインポート(&amp;I)...</translation>
    </message>
    <message>
        <source>Showing the results of query %1.</source>
        <translation>クエリ%1の結果を表示しています。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate authority is still loading from the keychain.</source>
        <translation>サーバの認証局をキーチェーンから読み込んでいます。</translation>
    </message>
    <message>
        <source>The credential of this server was exported.</source>
        <translation>このサーバの資格情報をエクスポートしました。</translation>
    </message>
    <message>
        <source>Security status</source>
        <translation>セキュリティステータス</translation>
    </message>
    <message>
        <source>AD path</source>
        <translation>ADパス</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>グループ化(&amp;G):</translation>
    </message>
    <message>
        <source>Database changed</source>
        <translation>データベースの変更</translation>
    </message>
    <message>
        <source>The console uses the database %1 once it starts again. Until then it keeps storing queries in %2.

Restart the console now?</source>
        <translation>コンソールは次回の起動時からデータベース %1 を使用します。それまではクエリを引き続き %2 に保存します。

今すぐコンソールを再起動しますか?</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>今すぐ再起動</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>後で</translation>
    </message>
    <message>
        <source>A query is running: stop it, or restart the console once it has ended.</source>
        <translation>クエリを実行中です: 停止するか、終了後にコンソールを再起動してください。</translation>
    </message>
    <message>
        <source>The console cannot start again by itself: close it and start it.</source>
        <translation>コンソールは自動的に再起動できません: 閉じてから起動してください。</translation>
    </message>
</context>
<context>
    <name>NamePattern</name>
    <message>
        <source>the name is empty: type a whole name, or part of one with the wildcard *</source>
        <translation>名前が空です: 完全な名前、またはワイルドカード*を使用して名前の一部を入力してください</translation>
    </message>
</context>
<context>
    <name>OutsideManagementPage</name>
    <message>
        <source>Outside Server Management</source>
        <translation>外部サーバ管理</translation>
    </message>
    <message>
        <source>Security Status</source>
        <translation>セキュリティステータス</translation>
    </message>
    <message>
        <source>Active Directory/IP Address Scope</source>
        <translation>Active Directory/IPアドレス範囲</translation>
    </message>
    <message>
        <source>Define</source>
        <translation>定義</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>クエリ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Query now</source>
        <translation>今すぐクエリ</translation>
    </message>
    <message>
        <source>%1 IPv4 ranges and %2 IPv6 prefixes (%3 addresses), %4 agent ports; unreachable check: %5.</source>
        <translation>IPv4範囲%1件、IPv6プレフィックス%2件 (アドレス%3個)、エージェントポート%4個、到達不能チェック: %5。</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>ポート%1</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>No query has run yet.</source>
        <translation>クエリはまだ実行されていません。</translation>
    </message>
    <message>
        <source>Last query: %1 (%2, %3 computers)</source>
        <translation>前回のクエリ: %1 (%2、コンピュータ%3台)</translation>
    </message>
    <message>
        <source>Querying %1 addresses...</source>
        <translation>%1個のアドレスをクエリしています...</translation>
    </message>
    <message>
        <source>%1 of %2 addresses assessed</source>
        <translation>%2個中%1個のアドレスを評価済み</translation>
    </message>
    <message>
        <source>Last query: %1 (stopped; partial result: %2 of %3 addresses)</source>
        <translation>前回のクエリ: %1 (停止、部分的な結果: %3個中%2個のアドレス)</translation>
    </message>
    <message>
        <source>Queries waiting to run: %1</source>
        <translation>実行待ちのクエリ: %1</translation>
    </message>
</context>
<context>
    <name>PortList</name>
    <message>
        <source>port %1 is out of range 1-65535</source>
        <translation>ポート%1は範囲 (1-65535) 外です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number</source>
        <translation>「%1」はポート番号ではありません</translation>
    </message>
    <message>
        <source>port %1 appears twice</source>
        <translation>ポート%1が2回指定されています</translation>
    </message>
    <message>
        <source>port %1 is already in the list</source>
        <translation>ポート%1はすでにリストにあります</translation>
    </message>
</context>
<context>
    <name>PortListEditor</name>
    <message>
        <source>Port number</source>
        <translation>ポート番号</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>ProbeEngine</name>
    <message>
        <source>A query is running already.</source>
        <translation>クエリはすでに実行中です。</translation>
    </message>
</context>
<context>
    <name>QueryComparison</name>
    <message>
        <source>cannot compare query %1 with query %2: %3</source>
        <translation>クエリ%1とクエリ%2を比較できません: %3</translation>
    </message>
</context>
<context>
    <name>QueryRetention</name>
    <message>
        <source>pruning the history needs a valid current time</source>
        <translation>履歴の整理には有効な現在時刻が必要です</translation>
    </message>
    <message>
        <source>cannot prune the query history: %1</source>
        <translation>クエリ履歴を整理できません: %1</translation>
    </message>
</context>
<context>
    <name>QueryRunner</name>
    <message>
        <source>The results cannot be stored: %1</source>
        <translation>結果を保存できません: %1</translation>
    </message>
    <message>
        <source>A query is running already.</source>
        <translation>クエリはすでに実行中です。</translation>
    </message>
    <message>
        <source>stopped: the program was closed during the query</source>
        <translation>停止しました: クエリの実行中にプログラムが終了しました</translation>
    </message>
    <message>
        <source>cancelled while reading Active Directory</source>
        <translation>Active Directoryの読み取り中にキャンセルされました</translation>
    </message>
    <message>
        <source>The stored results of the Active Directory computers cannot be read: %1</source>
        <translation>Active Directoryのコンピュータの保存済み結果を読み取れません: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
</context>
<context>
    <name>QuerySession</name>
    <message>
        <source>The stored results cannot be read: %1</source>
        <translation>保存された結果を読み取れません: %1</translation>
    </message>
    <message>
        <source>A query is running: open a past query once it has ended.</source>
        <translation>クエリを実行中です。過去のクエリは実行中のクエリが終了してから開いてください。</translation>
    </message>
    <message>
        <source>Query %1 cannot be opened: %2</source>
        <translation>クエリ%1を開けません: %2</translation>
    </message>
    <message>
        <source>it is no longer stored</source>
        <translation>もう保存されていません</translation>
    </message>
    <message>
        <source>A past query is still opening: wait until it is shown.</source>
        <translation>過去のクエリを開いています: 表示されるまでお待ちください。</translation>
    </message>
</context>
<context>
    <name>QueryState</name>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
</context>
<context>
    <name>QueryStore</name>
    <message>
        <source>interrupted: the program stopped before the query finished</source>
        <translation>中断: クエリの完了前にプログラムが停止しました</translation>
    </message>
    <message>
        <source>a query needs a valid start time</source>
        <translation>クエリには有効な開始時刻が必要です</translation>
    </message>
    <message>
        <source>a scope of %1 addresses is too large to record</source>
        <translation>%1個のアドレスを含む範囲は大きすぎるため記録できません</translation>
    </message>
    <message>
        <source>cannot record the query: %1</source>
        <translation>クエリを記録できません: %1</translation>
    </message>
    <message numerus="yes">
        <source>cannot store %n endpoint(s) of query %1: %2</source>
        <translation>
            <numerusform>クエリ%1のエンドポイント%n件を保存できません: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>query %1 cannot finish in the running state</source>
        <translation>クエリ%1を実行中の状態のまま終了することはできません</translation>
    </message>
    <message>
        <source>query %1 needs a valid finish time</source>
        <translation>クエリ%1には有効な終了時刻が必要です</translation>
    </message>
    <message>
        <source>cannot record the end of query %1: %2</source>
        <translation>クエリ%1の終了を記録できません: %2</translation>
    </message>
    <message>
        <source>there is no query %1</source>
        <translation>クエリ%1は存在しません</translation>
    </message>
    <message>
        <source>cannot mark the interrupted queries: %1</source>
        <translation>中断されたクエリを記録できません: %1</translation>
    </message>
    <message>
        <source>cannot read the queries: %1</source>
        <translation>クエリを読み取れません: %1</translation>
    </message>
    <message>
        <source>query %1 cannot be read: its state &quot;%2&quot; or its times are not ones this version writes</source>
        <translation>クエリ%1を読み取れません: 状態「%2」または時刻が、このバージョンで書き込まれる形式ではありません</translation>
    </message>
    <message>
        <source>cannot read the endpoints of query %1: %2</source>
        <translation>クエリ%1のエンドポイントを読み取れません: %2</translation>
    </message>
    <message>
        <source>cannot count the endpoints of query %1: %2</source>
        <translation>クエリ%1のエンドポイント数を取得できません: %2</translation>
    </message>
    <message>
        <source>query %1 has endpoints with an unknown status &quot;%2&quot;</source>
        <translation>クエリ%1に不明なステータス「%2」のエンドポイントがあります</translation>
    </message>
</context>
<context>
    <name>RangeRow</name>
    <message>
        <source>Remove this range</source>
        <translation>この範囲を削除</translation>
    </message>
    <message>
        <source>1 address</source>
        <translation>1個のアドレス</translation>
    </message>
    <message>
        <source>%1 addresses</source>
        <translation>%1個のアドレス</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Show all</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Query result</source>
        <translation>クエリ結果</translation>
    </message>
    <message>
        <source>%1 computers shown</source>
        <translation>%1台のコンピュータを表示</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>Export shown as CSV...</source>
        <translation>表示中の項目をCSVでエクスポート...</translation>
    </message>
    <message>
        <source>Export shown as JSON...</source>
        <translation>表示中の項目をJSONでエクスポート...</translation>
    </message>
    <message>
        <source>Export selection as CSV...</source>
        <translation>選択項目をCSVでエクスポート...</translation>
    </message>
    <message>
        <source>Export selection as JSON...</source>
        <translation>選択項目をJSONでエクスポート...</translation>
    </message>
    <message>
        <source>English CSV headers (for scripts)</source>
        <translation>英語のCSVヘッダ (スクリプト用)</translation>
    </message>
    <message>
        <source>Advanced search</source>
        <translation>詳細検索</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>%1 of %2 computers match</source>
        <translation>%2台中%1台のコンピュータが一致</translation>
    </message>
    <message>
        <source>searching...</source>
        <translation>検索しています...</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSONファイル (*.json)</translation>
    </message>
    <message>
        <source>Search names or addresses (whole, or * as wildcard)</source>
        <translation>名前またはアドレスで検索 (完全一致、またはワイルドカード*)</translation>
    </message>
    <message numerus="yes">
        <source>No computer is named %1; %n name(s) contain it.</source>
        <translation>
            <numerusform>「%1」という名前のコンピュータはありません。名前に「%1」を含むコンピュータ: %n台</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsReader</name>
    <message>
        <source>cannot read the queries: %1</source>
        <translation>クエリを読み取れません: %1</translation>
    </message>
    <message>
        <source>the database holds no query yet</source>
        <translation>データベースにはまだクエリがありません</translation>
    </message>
    <message>
        <source>cannot read query %1: %2</source>
        <translation>クエリ%1を読み取れません: %2</translation>
    </message>
    <message>
        <source>there is no query %1</source>
        <translation>クエリ%1は存在しません</translation>
    </message>
    <message>
        <source>cannot read the endpoints of query %1: %2</source>
        <translation>クエリ%1のエンドポイントを読み取れません: %2</translation>
    </message>
    <message>
        <source>endpoint row %1 of query %2 cannot be read: status &quot;%3&quot;, gate &quot;%4&quot; or port &quot;%5&quot; is not one this version writes</source>
        <translation>クエリ%2のエンドポイントの行%1を読み取れません: ステータス「%3」、到達不能チェック「%4」、またはポート「%5」が、このバージョンで書き込まれる形式ではありません</translation>
    </message>
    <message>
        <source>cannot read endpoint row %1: %2</source>
        <translation>エンドポイントの行%1を読み取れません: %2</translation>
    </message>
    <message>
        <source>the SQLite connection is not open</source>
        <translation>SQLiteの接続が開いていません</translation>
    </message>
    <message>
        <source>the read of query %1 was stopped</source>
        <translation>クエリ%1の読み取りを中止しました</translation>
    </message>
</context>
<context>
    <name>ResultsSearchPanel</name>
    <message>
        <source>Advanced search</source>
        <translation>詳細検索</translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation>コンピュータ名</translation>
    </message>
    <message>
        <source>pc-042, or pc-* with the wildcard</source>
        <translation>pc-042、またはワイルドカードを使用したpc-*</translation>
    </message>
    <message>
        <source>IPv4 address range</source>
        <translation>IPv4アドレス範囲</translation>
    </message>
    <message>
        <source>10.0.0.1-10.0.0.254 or 10.0.0.0/24</source>
        <translation>10.0.0.1-10.0.0.254 または 10.0.0.0/24</translation>
    </message>
    <message>
        <source>IPv6 prefix and length</source>
        <translation>IPv6プレフィックスと長さ</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>サーバ名</translation>
    </message>
    <message>
        <source>osm-hq, or osm-* with the wildcard</source>
        <translation>osm-hq、またはワイルドカードを使用したosm-*</translation>
    </message>
    <message>
        <source>Active Directory tree</source>
        <translation>Active Directoryツリー</translation>
    </message>
    <message>
        <source>OU=Finance,DC=corp,DC=example</source>
        <translation>OU=Finance,DC=corp,DC=example</translation>
    </message>
    <message>
        <source>Security status</source>
        <translation>セキュリティステータス</translation>
    </message>
    <message>
        <source>fd00:1::</source>
        <translation>fd00:1::</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>tick at least one security status</source>
        <translation>セキュリティステータスを1つ以上選択してください</translation>
    </message>
</context>
<context>
    <name>SavedPassword</name>
    <message>
        <source>the saved password was saved by an older osmgmt, before saved passwords were bound to the server&apos;s identity; type it again to save it for this connection</source>
        <translation>保存されたパスワードは、サーバの身元に結び付ける前の古い osmgmt で保存されました。この接続用に保存するには、もう一度入力してください</translation>
    </message>
    <message>
        <source>the saved password is not sent to this server: %1. Type it again if this connection is right</source>
        <translation>保存されたパスワードはこのサーバには送信しません: %1。この接続が正しい場合は、もう一度入力してください</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>the schedule&apos;s day of the week &quot;%1&quot; is not one of monday ... sunday</source>
        <translation>スケジュールの曜日「%1」は、monday～sundayのいずれでもありません</translation>
    </message>
    <message>
        <source>the schedule&apos;s &quot;%1&quot; must be %2</source>
        <translation>スケジュールの「%1」は%2である必要があります</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>the schedule&apos;s &quot;%1&quot; must be a whole number</source>
        <translation>スケジュールの「%1」は整数である必要があります</translation>
    </message>
    <message>
        <source>unknown schedule frequency &quot;%1&quot;; expected daily, weekly, monthly or every-n-hours</source>
        <translation>スケジュールの頻度「%1」は不明です。daily、weekly、monthly、every-n-hoursのいずれかである必要があります</translation>
    </message>
    <message>
        <source>The day of the month must be from 1 to 31, not %1.</source>
        <translation>日は1から31までの値である必要があります (%1は範囲外です)。</translation>
    </message>
    <message>
        <source>A query every N hours needs N from %1 to %2 (one week), not %3.</source>
        <translation>N時間ごとのクエリでは、Nは%1から%2 (1週間) までの値である必要があります (%3は範囲外です)。</translation>
    </message>
    <message>
        <source>The day of the week %1 does not exist.</source>
        <translation>曜日%1は存在しません。</translation>
    </message>
    <message>
        <source>The time of day is not a valid time.</source>
        <translation>時刻が有効な時刻ではありません。</translation>
    </message>
    <message>
        <source>The time of day is kept in whole minutes; %1 has seconds.</source>
        <translation>時刻は分単位で保持されます。%1には秒が含まれています。</translation>
    </message>
    <message>
        <source>An enabled schedule needs the time it was saved (effectiveFrom).</source>
        <translation>有効にしたスケジュールには、保存した時刻 (effectiveFrom) が必要です。</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>trueまたはfalse</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>the schedule&apos;s time &quot;%1&quot; is not a time of day (HH:mm)</source>
        <translation>スケジュールの時刻「%1」は有効な時刻 (HH:mm) ではありません</translation>
    </message>
    <message>
        <source>the schedule&apos;s effectiveFrom &quot;%1&quot; is not an ISO-8601 date and time</source>
        <translation>スケジュールのeffectiveFrom「%1」はISO-8601形式の日時ではありません</translation>
    </message>
    <message>
        <source>Daily at %1</source>
        <translation>毎日%1</translation>
    </message>
    <message>
        <source>Weekly on %1 at %2</source>
        <translation>毎週%1の%2</translation>
    </message>
    <message>
        <source>Monthly on day %1 at %2, or on the last day of a shorter month</source>
        <translation>毎月%1日の%2 (この日がない月は月の最終日)</translation>
    </message>
    <message>
        <source>Monthly on day %1 at %2</source>
        <translation>毎月%1日の%2</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s), counted from %1</source>
        <translation>
            <numerusform>%1を起点に%n時間ごと</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>「%1」は整数ではありません。</translation>
    </message>
    <message>
        <source>Enable scheduled query</source>
        <translation>予約クエリを有効にする</translation>
    </message>
    <message>
        <source>Scheduled Query</source>
        <translation>予約クエリ</translation>
    </message>
    <message>
        <source>The console runs the saved scope when the query is due, one query at a time, while it is open. A query missed while the console was closed runs when it starts again.</source>
        <translation>コンソールが開いている間、予定の時刻になると、保存された範囲でクエリを1つずつ実行します。コンソールが閉じていたために実行されなかったクエリは、コンソールの再起動時に実行されます。</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>毎週</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>毎月</translation>
    </message>
    <message>
        <source>Every N hours</source>
        <translation>N時間ごと</translation>
    </message>
    <message>
        <source>Frequency:</source>
        <translation>頻度:</translation>
    </message>
    <message>
        <source>Day of the week:</source>
        <translation>曜日:</translation>
    </message>
    <message>
        <source>Day of the month:</source>
        <translation>日:</translation>
    </message>
    <message>
        <source>Every (hours):</source>
        <translation>間隔 (時間):</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>時刻:</translation>
    </message>
    <message>
        <source>Type the day of the month, from 1 to 31.</source>
        <translation>日を1から31までの値で入力してください。</translation>
    </message>
    <message>
        <source>Type how many hours pass between queries, from %1 to %2.</source>
        <translation>クエリの間隔を%1から%2までの時間数で入力してください。</translation>
    </message>
    <message>
        <source>In a month without day %1, the query runs on the month&apos;s last day.</source>
        <translation>%1日がない月は、その月の最終日にクエリを実行します。</translation>
    </message>
    <message numerus="yes">
        <source>The query runs at %1 and every %n hour(s) before and after it.</source>
        <translation>
            <numerusform>クエリは%1と、その前後%n時間ごとに実行されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The scheduled query is off.</source>
        <translation>予約クエリはオフです。</translation>
    </message>
    <message>
        <source>Next query: %1 at %2</source>
        <translation>次回のクエリ: %1 %2</translation>
    </message>
</context>
<context>
    <name>ScheduleStore</name>
    <message>
        <source>cannot read the schedule: %1</source>
        <translation>スケジュールを読み取れません: %1</translation>
    </message>
    <message>
        <source>the stored schedule is not a JSON object: %1</source>
        <translation>保存されたスケジュールがJSONオブジェクトではありません: %1</translation>
    </message>
    <message>
        <source>it is another JSON value</source>
        <translation>別の種類のJSON値です</translation>
    </message>
    <message>
        <source>the stored schedule cannot be used: %1</source>
        <translation>保存されたスケジュールを使用できません: %1</translation>
    </message>
    <message>
        <source>the stored time of the last scheduled query &quot;%1&quot; is not a time</source>
        <translation>保存された前回の予約クエリの時刻「%1」は有効な時刻ではありません</translation>
    </message>
    <message>
        <source>the schedule was not saved: %1</source>
        <translation>スケジュールは保存されませんでした: %1</translation>
    </message>
    <message>
        <source>the time of the last scheduled query is not valid</source>
        <translation>前回の予約クエリの時刻が無効です</translation>
    </message>
    <message>
        <source>the time of the last scheduled query was not saved: %1</source>
        <translation>前回の予約クエリの時刻は保存されませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ScheduledQueries</name>
    <message>
        <source>The scheduled query cannot be read: %1</source>
        <translation>予約クエリを読み取れません: %1</translation>
    </message>
    <message>
        <source>The stored scheduled query cannot be used: %1</source>
        <translation>保存された予約クエリを使用できません: %1</translation>
    </message>
    <message>
        <source>The scheduled query cannot be saved: the database is not open.</source>
        <translation>予約クエリを保存できません: データベースが開かれていません。</translation>
    </message>
    <message>
        <source>The scheduled query cannot be saved: %1</source>
        <translation>予約クエリを保存できません: %1</translation>
    </message>
    <message>
        <source>The scheduled query cannot start: %1</source>
        <translation>予約クエリを開始できません: %1</translation>
    </message>
    <message>
        <source>The time of the scheduled query cannot be saved: %1</source>
        <translation>予約クエリの時刻を保存できません: %1</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>データベースが開かれていません</translation>
    </message>
</context>
<context>
    <name>ScheduledQueryDuty</name>
    <message>
        <source>the scheduled query cannot be read: %1</source>
        <translation>予約クエリを読み取れません: %1</translation>
    </message>
    <message>
        <source>the scheduled query is off</source>
        <translation>予約クエリはオフです</translation>
    </message>
    <message>
        <source>no run is due</source>
        <translation>実行予定の時刻ではありません</translation>
    </message>
    <message>
        <source>the run of %1 could not start; waiting for the next scheduled time</source>
        <translation>%1の実行を開始できませんでした。次の予定時刻を待ちます</translation>
    </message>
    <message>
        <source>the scheduled query of %1, missed while no watcher ran</source>
        <translation>%1の予約クエリ(ウォッチャーが動いていない間に実行されなかったもの)</translation>
    </message>
    <message>
        <source>the scheduled query of %1</source>
        <translation>%1の予約クエリ</translation>
    </message>
    <message>
        <source>%1 cannot start: %2</source>
        <translation>%1を開始できません: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1が失敗しました: %2</translation>
    </message>
    <message>
        <source>%1 was stopped; what it finished is stored as query %2</source>
        <translation>%1は停止されました。完了した部分はクエリ%2として保存されています</translation>
    </message>
    <message>
        <source>ran %1: stored as query %2</source>
        <translation>%1を実行しました: クエリ%2として保存しました</translation>
    </message>
    <message>
        <source>its start time cannot be saved: %1</source>
        <translation>開始時刻を保存できません: %1</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>Running the scheduled query of %1, missed while the console was closed.</source>
        <translation>コンソールが閉じていたために実行されなかった%1の予約クエリを実行しています。</translation>
    </message>
    <message>
        <source>Running the scheduled query of %1.</source>
        <translation>%1の予約クエリを実行しています。</translation>
    </message>
</context>
<context>
    <name>Scope</name>
    <message>
        <source>The scope holds no IP address range and no Active Directory object</source>
        <translation>範囲にIPアドレス範囲もActive Directoryオブジェクトも含まれていません</translation>
    </message>
    <message>
        <source>Specify at least one agent port</source>
        <translation>エージェントポートを1つ以上指定してください</translation>
    </message>
    <message>
        <source>Specify the port that declares a computer unreachable (1-65535)</source>
        <translation>コンピュータを到達不能と判断するためのポートを指定してください (1-65535)</translation>
    </message>
    <message>
        <source>The connection timeout of %1 ms is outside %2-%3 ms</source>
        <translation>接続タイムアウト%1ミリ秒が範囲 (%2-%3ミリ秒) 外です</translation>
    </message>
    <message>
        <source>Active Directory: %1</source>
        <translation>Active Directory: %1</translation>
    </message>
</context>
<context>
    <name>ScopeEditorDialog</name>
    <message>
        <source>Active Directory/IP Address Scope</source>
        <translation>Active Directory/IPアドレス範囲</translation>
    </message>
    <message>
        <source>Save and re-assess</source>
        <translation>保存して再評価</translation>
    </message>
    <message>
        <source>Save only</source>
        <translation>保存のみ</translation>
    </message>
    <message>
        <source>Active Directory Scope</source>
        <translation>Active Directory範囲</translation>
    </message>
    <message>
        <source>Use on-demand assessment</source>
        <translation>オンデマンド評価を使用する</translation>
    </message>
    <message>
        <source>Queries every computer in real time for the most accurate result. Without it, results come from the last stored assessment: faster, less accurate.</source>
        <translation>すべてのコンピュータをリアルタイムでクエリし、最も正確な結果を取得します。使用しない場合は、前回保存された評価から結果を取得します。高速ですが、正確性は低くなります。</translation>
    </message>
    <message>
        <source>IP Address Scope</source>
        <translation>IPアドレス範囲</translation>
    </message>
    <message>
        <source>Enable IP Address Scope</source>
        <translation>IPアドレス範囲を有効にする</translation>
    </message>
    <message>
        <source>+ IPv4 range</source>
        <translation>+ IPv4範囲</translation>
    </message>
    <message>
        <source>IPv4 address ranges</source>
        <translation>IPv4アドレス範囲</translation>
    </message>
    <message>
        <source>+ IPv6 prefix</source>
        <translation>+ IPv6プレフィックス</translation>
    </message>
    <message>
        <source>IPv6 prefix and length (112 to 128)</source>
        <translation>IPv6プレフィックスと長さ (112～128)</translation>
    </message>
    <message>
        <source>Advanced Setting</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>Specify ports:</source>
        <translation>ポートを指定:</translation>
    </message>
    <message>
        <source>Declare a computer unreachable by checking port</source>
        <translation>次のポートを確認してコンピュータを到達不能と判断する:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ミリ秒</translation>
    </message>
    <message>
        <source>Connection timeout:</source>
        <translation>接続タイムアウト:</translation>
    </message>
    <message>
        <source>Unreachable check: %1</source>
        <translation>到達不能チェック: %1</translation>
    </message>
    <message>
        <source>Specify at least one agent port.</source>
        <translation>エージェントポートを1つ以上指定してください。</translation>
    </message>
    <message>
        <source>Total: %1 addresses</source>
        <translation>合計: %1個のアドレス</translation>
    </message>
    <message>
        <source>Fix the fields marked in red: %1</source>
        <translation>赤で示されたフィールドを修正してください: %1</translation>
    </message>
</context>
<context>
    <name>ScopeFile</name>
    <message>
        <source>%1 must be an object</source>
        <translation>%1はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>%1 must be an array of strings</source>
        <translation>%1は文字列の配列である必要があります</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1は文字列である必要があります</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1はtrueまたはfalseである必要があります</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1は数値である必要があります</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not %2</source>
        <translation>%1は整数である必要があります (%2は整数ではありません)</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1は範囲外です</translation>
    </message>
    <message>
        <source>%1 must be an array of port numbers</source>
        <translation>%1はポート番号の配列である必要があります</translation>
    </message>
    <message>
        <source>%1 is empty; it must be a distinguished name</source>
        <translation>%1が空です。識別名 (DN) を指定する必要があります</translation>
    </message>
    <message>
        <source>%1 is outside %2-%3</source>
        <translation>%1は範囲 (%2-%3) 外です</translation>
    </message>
    <message>
        <source>the scope is empty; it must be a JSON object</source>
        <translation>範囲の内容が空です。JSONオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>オフセット%1のJSONが無効です: %2</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>最上位はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1を読み取れません: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1に書き込めません: %2</translation>
    </message>
    <message>
        <source>%1 is not allowed: passwords are kept in the keychain, never in a scope file</source>
        <translation>%1は使用できません: パスワードはキーチェーンに保管され、範囲ファイルには保存されません</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Reading &quot;%1&quot; from the keychain</source>
        <translation>キーチェーンから「%1」を読み取り中</translation>
    </message>
    <message>
        <source>Saving &quot;%1&quot; in the keychain</source>
        <translation>キーチェーンに「%1」を保存中</translation>
    </message>
    <message>
        <source>Removing &quot;%1&quot; from the keychain</source>
        <translation>キーチェーンから「%1」を削除中</translation>
    </message>
</context>
<context>
    <name>SecurityStatus</name>
    <message>
        <source>Managed by this server</source>
        <translation>このサーバで管理</translation>
    </message>
    <message>
        <source>Managed by another server</source>
        <translation>他のサーバで管理</translation>
    </message>
    <message>
        <source>No client installed</source>
        <translation>クライアント未インストール</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>到達不能</translation>
    </message>
    <message>
        <source>Unresolved Active Directory assessment</source>
        <translation>未解決のActive Directory評価</translation>
    </message>
</context>
<context>
    <name>ServerCredential</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>パスワードは%1文字以上である必要があります。</translation>
    </message>
    <message>
        <source>Could not write the credential: %1</source>
        <translation>資格情報を書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>The file is not a server credential (not a PKCS#12 bundle).</source>
        <translation>このファイルはサーバの資格情報ではありません (PKCS#12バンドルではありません)。</translation>
    </message>
    <message>
        <source>The password of the credential file is wrong.</source>
        <translation>資格情報ファイルのパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>The credential file is not usable: %1</source>
        <translation>資格情報ファイルを使用できません: %1</translation>
    </message>
    <message>
        <source>The password is one character repeated.</source>
        <translation>パスワードが同じ文字の繰り返しです。</translation>
    </message>
    <message>
        <source>The password is a run of consecutive characters.</source>
        <translation>パスワードが連続した文字の並びです。</translation>
    </message>
    <message>
        <source>The password is built on a well-known password.</source>
        <translation>パスワードがよく知られたパスワードを元にしています。</translation>
    </message>
    <message>
        <source>A move credential is valid for %1 to %2 days, not %3.</source>
        <translation>移動用資格情報の有効期間は%1～%2日です (%3日は指定できません)。</translation>
    </message>
    <message>
        <source>The credential file holds no move credential with its key and its authority: %1</source>
        <translation>資格情報ファイルに、鍵と認証局を伴う移動用資格情報が含まれていません: %1</translation>
    </message>
    <message>
        <source>The credential file holds no move-only certificate (a file from an older console, which exported its whole authority?).</source>
        <translation>資格情報ファイルに移動専用の証明書が含まれていません (認証局全体をエクスポートした旧バージョンのコンソールのファイルではありませんか?)。</translation>
    </message>
</context>
<context>
    <name>ServerIdentity</name>
    <message>
        <source>The keychain holds no private key for this server&apos;s certificate authority, but its certificate exists (%1). Agents registered to this server accept commands only from that key: restore the keychain entry &quot;%2&quot; from a backup. To start over with a new authority, remove %1; every agent must then be moved to this server again.</source>
        <translation>キーチェーンにこのサーバの認証局の秘密鍵がありませんが、認証局の証明書は存在します (%1)。このサーバに登録されているエージェントは、その鍵からのコマンドのみを受け付けます。キーチェーンのエントリ「%2」をバックアップから復元してください。新しい認証局でやり直す場合は%1を削除してください。その場合、すべてのエージェントをこのサーバに再度移動する必要があります。</translation>
    </message>
    <message>
        <source>The certificate of this server&apos;s certificate authority is missing (%1) while its private key is in the keychain. Restore the file from a backup.</source>
        <translation>このサーバの認証局の秘密鍵はキーチェーンにありますが、証明書がありません (%1)。バックアップからファイルを復元してください。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>The server&apos;s certificate authority cannot be loaded from %1 and the keychain: %2</source>
        <translation>%1とキーチェーンからサーバの認証局を読み込めません: %2</translation>
    </message>
    <message>
        <source>osmgmt console of %1</source>
        <translation>%1のosmgmtコンソール</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Server name:</source>
        <translation>サーバ名:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>The server name cannot be empty.</source>
        <translation>サーバ名を空にすることはできません。</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>無制限</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日間</translation>
    </message>
    <message>
        <source>Keep the newest queries:</source>
        <translation>保持する最新のクエリ数:</translation>
    </message>
    <message>
        <source>Keep queries for:</source>
        <translation>クエリの保持期間:</translation>
    </message>
    <message>
        <source>A new language takes effect when the console starts again. Older queries are deleted after each query; the audit log is always kept.</source>
        <translation>新しい言語はコンソールの次回起動時に有効になります。古いクエリは各クエリの後に削除されます。監査ログは常に保持されます。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>This computer&apos;s database file</source>
        <translation>このコンピュータのデータベースファイル</translation>
    </message>
    <message>
        <source>A team&apos;s PostgreSQL server</source>
        <translation>チームのPostgreSQLサーバー</translation>
    </message>
    <message>
        <source>Unchanged (the keychain&apos;s)</source>
        <translation>変更なし (キーチェーンのもの)</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>ホスト:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>データベース:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>ユーザー:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keychain, never in the settings. A new database takes effect when the console starts again; the command-line tool uses it at once unless given --db.</source>
        <translation>パスワードはこのコンピュータのキーチェーンに保管され、設定には保存されません。新しいデータベースはコンソールの次回起動時に有効になります。コマンドラインツールは --db を指定しない限りすぐに使用します。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>Connected: %1 is an osmgmt database this version can use.</source>
        <translation>接続しました: %1 はこのバージョンで使用できるosmgmtデータベースです。</translation>
    </message>
    <message>
        <source>The keychain cannot be read: %1</source>
        <translation>キーチェーンを読み取れません: %1</translation>
    </message>
    <message>
        <source>No password is saved for this database: type it above.</source>
        <translation>このデータベースのパスワードは保存されていません: 上に入力してください。</translation>
    </message>
    <message>
        <source>The password cannot be saved in the keychain: %1</source>
        <translation>パスワードをキーチェーンに保存できません: %1</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate and name (verify-full)</source>
        <translation>サーバの証明書と名前を検証する (verify-full)</translation>
    </message>
    <message>
        <source>Verify the certificate, not the name (verify-ca)</source>
        <translation>証明書のみ検証し、名前は検証しない (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypt without verifying the server (require)</source>
        <translation>サーバを検証せずに暗号化する (require)</translation>
    </message>
    <message>
        <source>No encryption (disable)</source>
        <translation>暗号化しない (disable)</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s default (~/.postgresql/root.crt)</source>
        <translation>PostgreSQL の既定 (~/.postgresql/root.crt)</translation>
    </message>
    <message>
        <source>Warning: without full verification, a machine between this console and the server can pose as the server, read the team&apos;s results and take the password.</source>
        <translation>警告: 完全な検証を行わないと、このコンソールとサーバの間にあるマシンがサーバになりすまし、チームの結果を読み取り、パスワードを取得できます。</translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation>TLS:</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>CA 証明書:</translation>
    </message>
</context>
<context>
    <name>StatusSet</name>
    <message>
        <source>&quot;%1&quot; is not a security status; use one of %2</source>
        <translation>「%1」はセキュリティステータスではありません。%2のいずれかを使用してください</translation>
    </message>
    <message>
        <source>no security status given</source>
        <translation>セキュリティステータスが指定されていません</translation>
    </message>
</context>
<context>
    <name>StoreFailure</name>
    <message>
        <source>The database was written by a newer version of osmgmt; this version leaves it untouched. Update osmgmt on this computer.</source>
        <translation>このデータベースは新しいバージョンのosmgmtで書き込まれています。このバージョンは変更しません。このコンピュータのosmgmtを更新してください。</translation>
    </message>
    <message>
        <source>The PostgreSQL server refused the password of user %1. Enter the right password in Settings → Database.</source>
        <translation>PostgreSQLサーバーがユーザー %1 のパスワードを拒否しました。設定 → データベースで正しいパスワードを入力してください。</translation>
    </message>
    <message>
        <source>No PostgreSQL server answers at %1 port %2.</source>
        <translation>%1 のポート %2 で応答するPostgreSQLサーバーがありません。</translation>
    </message>
    <message>
        <source>The PostgreSQL server has no database %1 or no user %2.</source>
        <translation>PostgreSQLサーバーにデータベース %1 またはユーザー %2 がありません。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>StoreLease</name>
    <message>
        <source>the watch_lease row is missing after it was written</source>
        <translation>watch_lease行が書き込み後に見つかりません</translation>
    </message>
    <message>
        <source>the watcher&apos;s lease cannot be read or written: %1</source>
        <translation>ウォッチャーのリースを読み書きできません: %1</translation>
    </message>
    <message>
        <source>the watcher&apos;s lease cannot be released: %1</source>
        <translation>ウォッチャーのリースを解放できません: %1</translation>
    </message>
</context>
<context>
    <name>TargetOutcome</name>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>到達不能</translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translation>プロトコルエラー</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>送信済み・結果待ち</translation>
    </message>
</context>
<context>
    <name>TlsClientContext</name>
    <message>
        <source>cannot set up TLS: %1</source>
        <translation>TLSを設定できません: %1</translation>
    </message>
    <message>
        <source>cannot require TLS 1.2: %1</source>
        <translation>TLS 1.2を必須にできません: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The password of the PostgreSQL database %1 cannot be read from the keychain: %2. Queries cannot be stored until it can.</source>
        <translation>PostgreSQLデータベース %1 のパスワードをキーチェーンから読み取れません: %2。読み取れるまでクエリは保存できません。</translation>
    </message>
    <message>
        <source>No password of the PostgreSQL database %1 is saved in the keychain. Enter it in Settings → Database.</source>
        <translation>PostgreSQLデータベース %1 のパスワードはキーチェーンに保存されていません。設定 → データベースで入力してください。</translation>
    </message>
</context>
</TS>
