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
    <message>
        <source>the agent at %1 does not present an agent certificate of this server&apos;s CA for that address: it is not moved to the new CA (register it first)</source>
        <translation>%1 のエージェントは、このサーバの CA がそのアドレスに発行したエージェント証明書を提示していません。新しい CA には移行しません (先に登録してください)</translation>
    </message>
    <message>
        <source>rollover carries no certificate</source>
        <translation>rollover に証明書がありません</translation>
    </message>
    <message>
        <source>rollover carries no CA certificate</source>
        <translation>rollover に CA 証明書がありません</translation>
    </message>
    <message>
        <source>warn carries no message</source>
        <translation>warn にメッセージがありません</translation>
    </message>
    <message>
        <source>warn: the message is longer than %1 characters</source>
        <translation>warn: メッセージが %1 文字を超えています</translation>
    </message>
    <message>
        <source>warn: the message has control characters</source>
        <translation>warn: メッセージに制御文字が含まれています</translation>
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
    <name>AgentHistory</name>
    <message>
        <source>cannot read the stored results of %1: %2</source>
        <translation>%1 の保存済みの結果を読み取れません: %2</translation>
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
    <message>
        <source>Import health evaluation settings</source>
        <translation>エージェントの状態の評価設定をインポート</translation>
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
    <name>AutoResponseDuty</name>
    <message>
        <source>Quarantine the computer by hand (Quarantine in its context menu, or osmgmt-cli quarantine) and check it on the Computer Quarantine Status page; if it cannot be quarantined, disconnect it from the network on site. Then remove the risk with the antivirus&apos;s corrective action and a virus scan that finds nothing before you release it.</source>
        <translation>コンピュータを手動で隔離し (コンテキストメニューの「隔離」、または osmgmt-cli quarantine)、「コンピュータの隔離ステータス」ページで確認してください。隔離できない場合は、現地でネットワークから切断してください。隔離解除する前に、ウイルス対策ソフトの処置とウイルス検索 (何も検出されないこと) でリスクを取り除いてください。</translation>
    </message>
    <message>
        <source>Start the service by hand (Start service in its context menu, or osmgmt-cli start-service) or on the computer, and check that the agent reports it running; if it stops again, scan the computer: a risk may be stopping it.</source>
        <translation>サービスを手動で開始し (コンテキストメニューの「サービスを開始」、または osmgmt-cli start-service)、またはコンピュータ上で開始して、エージェントが実行中と報告することを確認してください。再び停止する場合はコンピュータを検索してください。リスクが停止させている可能性があります。</translation>
    </message>
    <message>
        <source>Check that the computer is on and reachable (Diagnose connectivity). %1</source>
        <translation>コンピュータの電源が入っていて到達可能であることを確認してください (接続を診断)。%1</translation>
    </message>
    <message>
        <source>automatic response is off</source>
        <translation>自動対応はオフです</translation>
    </message>
    <message>
        <source>detections considered: %1; verified: %2, failed: %3, notified: %4</source>
        <translation>確認した検出: %1、検証済み: %2、失敗: %3、通知: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n left for the next round</source>
        <translation>
            <numerusform>%n件は次のラウンドで処理</numerusform>
        </translation>
    </message>
    <message>
        <source>automatic response of the watcher to detection %1 (%2), rule %3</source>
        <translation>検出 %1 (%2) へのウォッチャーの自動対応、ルール %3</translation>
    </message>
    <message>
        <source>Notified only: decide what to do with the computer.</source>
        <translation>通知のみ: コンピュータへの対処を決めてください。</translation>
    </message>
    <message>
        <source>no agent port is known for this computer</source>
        <translation>このコンピュータのエージェントポートが不明です</translation>
    </message>
    <message>
        <source>this console has no client certificate to present (its identity is not loaded, or the keychain is locked)</source>
        <translation>このコンソールには提示するクライアント証明書がありません (IDが読み込まれていないか、キーチェーンがロックされています)</translation>
    </message>
    <message>
        <source>the agent said it quarantined the computer, but its status could not be read to check it: %1</source>
        <translation>エージェントはコンピュータを隔離したと応答しましたが、確認のためのステータスを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>the agent said it quarantined the computer, but its status does not say it is quarantined</source>
        <translation>エージェントはコンピュータを隔離したと応答しましたが、ステータスは隔離中を示していません</translation>
    </message>
    <message>
        <source>the agent&apos;s status says the computer is quarantined</source>
        <translation>エージェントのステータスはコンピュータが隔離中であることを示しています</translation>
    </message>
    <message>
        <source>the agent&apos;s status could not be read: %1</source>
        <translation>エージェントのステータスを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>the agent reports no service %1</source>
        <translation>エージェントはサービス %1 を報告していません</translation>
    </message>
    <message>
        <source>every service of the agent was running already</source>
        <translation>エージェントのサービスはすべて実行中でした</translation>
    </message>
    <message>
        <source>the agent said it started the service, but its status could not be read to check it: %1</source>
        <translation>エージェントはサービスを開始したと応答しましたが、確認のためのステータスを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>the agent said it started the service, but its status says %1 is not running</source>
        <translation>エージェントはサービスを開始したと応答しましたが、ステータスは %1 が実行されていないことを示しています</translation>
    </message>
    <message>
        <source>the agent&apos;s status says %1 is running</source>
        <translation>エージェントのステータスは %1 が実行中であることを示しています</translation>
    </message>
    <message>
        <source>Failed: %1. What to do: %2</source>
        <translation>失敗: %1。対処: %2</translation>
    </message>
    <message>
        <source>Verified: %1.</source>
        <translation>検証済み: %1。</translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation>完了: %1</translation>
    </message>
    <message>
        <source>the agent refused the command: %1</source>
        <translation>エージェントがコマンドを拒否しました: %1</translation>
    </message>
    <message>
        <source>the agent could not do it: %1</source>
        <translation>エージェントは実行できませんでした: %1</translation>
    </message>
    <message>
        <source>the agent did not answer: %1</source>
        <translation>エージェントが応答しませんでした: %1</translation>
    </message>
    <message>
        <source>the conversation with the agent failed: %1</source>
        <translation>エージェントとの通信に失敗しました: %1</translation>
    </message>
    <message>
        <source>the command was not sent: %1</source>
        <translation>コマンドは送信されませんでした: %1</translation>
    </message>
    <message>
        <source>%1 detected (%2, %3); rule %4: %5. %6</source>
        <translation>%1を検出 (%2、%3)。ルール %4: %5。%6</translation>
    </message>
    <message>
        <source>the automatic response on %1 is recorded, but the audit log refused its entry: %2</source>
        <translation>%1での自動対応は記録されましたが、監査ログがエントリを拒否しました: %2</translation>
    </message>
</context>
<context>
    <name>AutoResponseLink</name>
    <message>
        <source>this console has no client certificate yet</source>
        <translation>このコンソールにはまだクライアント証明書がありません</translation>
    </message>
    <message>
        <source>the audit log did not record the outcome: %1</source>
        <translation>監査ログは結果を記録しませんでした: %1</translation>
    </message>
</context>
<context>
    <name>AutoResponseLog</name>
    <message>
        <source>cannot read the detections to respond to: %1</source>
        <translation>対応する検出を読み取れません: %1</translation>
    </message>
    <message>
        <source>a stored detection of %1 cannot be read: %2</source>
        <translation>保存されている%1の検出を読み取れません: %2</translation>
    </message>
    <message>
        <source>cannot record the automatic response to a detection of %1: %2</source>
        <translation>%1の検出への自動対応を記録できません: %2</translation>
    </message>
    <message>
        <source>cannot record the outcome of the automatic response on %1: %2</source>
        <translation>%1での自動対応の結果を記録できません: %2</translation>
    </message>
    <message>
        <source>cannot read the automatic responses: %1</source>
        <translation>自動対応を読み取れません: %1</translation>
    </message>
    <message>
        <source>cannot read the agent port of %1: %2</source>
        <translation>%1のエージェントポートを読み取れません: %2</translation>
    </message>
    <message>
        <source>quarantined automatically: %1 detected (rule %2)</source>
        <translation>自動的に隔離: %1を検出 (ルール %2)</translation>
    </message>
</context>
<context>
    <name>AutoResponseRule</name>
    <message>
        <source>Quarantine</source>
        <translation>隔離</translation>
    </message>
    <message>
        <source>Start service</source>
        <translation>サービスを開始</translation>
    </message>
    <message>
        <source>Notify only</source>
        <translation>通知のみ</translation>
    </message>
</context>
<context>
    <name>AutoResponseSettings</name>
    <message>
        <source>not a string</source>
        <translation>文字列ではありません</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>%1文字を超えています</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>制御文字が含まれています</translation>
    </message>
    <message>
        <source>no keyword: a rule needs at least one</source>
        <translation>キーワードがありません: ルールには少なくとも1つ必要です</translation>
    </message>
    <message>
        <source>more than %1 keywords</source>
        <translation>キーワードが%1個を超えています</translation>
    </message>
    <message>
        <source>missing (quarantine, start-service or notify)</source>
        <translation>ありません (quarantine、start-service、notify のいずれか)</translation>
    </message>
    <message>
        <source>not quarantine, start-service or notify</source>
        <translation>quarantine、start-service、notify のいずれでもありません</translation>
    </message>
    <message>
        <source>only a start-service rule names a service</source>
        <translation>サービスを指定できるのは start-service のルールだけです</translation>
    </message>
    <message>
        <source>not an array</source>
        <translation>配列ではありません</translation>
    </message>
    <message>
        <source>more than %1 rules</source>
        <translation>ルールが%1個を超えています</translation>
    </message>
</context>
<context>
    <name>AutoResponseStore</name>
    <message>
        <source>cannot read the automatic response settings: %1</source>
        <translation>自動対応の設定を読み取れません: %1</translation>
    </message>
    <message>
        <source>the stored automatic response settings are not a JSON object: %1</source>
        <translation>保存されている自動対応の設定がJSONオブジェクトではありません: %1</translation>
    </message>
    <message>
        <source>the stored automatic response settings cannot be used: %1</source>
        <translation>保存されている自動対応の設定を使用できません: %1</translation>
    </message>
    <message>
        <source>cannot save the automatic response settings: %1</source>
        <translation>自動対応の設定を保存できません: %1</translation>
    </message>
    <message>
        <source>the automatic response settings were saved, but the audit log refused the entry: %1</source>
        <translation>自動対応の設定は保存されましたが、監査ログがエントリを拒否しました: %1</translation>
    </message>
</context>
<context>
    <name>CaAgents</name>
    <message>
        <source>the store holds no query (%1): only the agents this rollover already saw are known; run a query first (osmgmt-cli can also be given --address)</source>
        <translation>ストアにクエリがありません (%1): このロールオーバーで確認済みのエージェントだけが対象です。先にクエリを実行してください (osmgmt-cli では --address も指定できます)</translation>
    </message>
    <message>
        <source>presents a certificate of the new CA</source>
        <translation>新しい認証局の証明書を提示</translation>
    </message>
    <message>
        <source>presents a certificate of the old CA</source>
        <translation>古い認証局の証明書を提示</translation>
    </message>
    <message>
        <source>presents a certificate of neither CA for this address</source>
        <translation>このアドレスに対し、どちらの認証局の証明書も提示していません</translation>
    </message>
</context>
<context>
    <name>CaRollover</name>
    <message>
        <source>this console has no certificate authority yet (%1): the console makes it at its first start</source>
        <translation>このコンソールにはまだ認証局がありません (%1): コンソールの初回起動時に作成されます</translation>
    </message>
    <message>
        <source>osmgmt CA rollover of %1</source>
        <translation>%1 の osmgmt 認証局ロールオーバー</translation>
    </message>
    <message>
        <source>not reachable now (%1); last seen %2</source>
        <translation>現在到達できません (%1)。最終確認 %2</translation>
    </message>
    <message>
        <source>not reachable now (%1); never moved to the new CA</source>
        <translation>現在到達できません (%1)。新しい認証局に移行していません</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>拒否: %1</translation>
    </message>
    <message>
        <source>new CA %1 made; the current CA %2 stays trusted until the rollover is finished</source>
        <translation>新しい認証局 %1 を作成しました。ロールオーバーが完了するまで現在の認証局 %2 も信頼されます</translation>
    </message>
    <message>
        <source>the new CA was made, but the audit log did not record the step: %1</source>
        <translation>新しい認証局を作成しましたが、監査ログに記録できませんでした: %1</translation>
    </message>
    <message>
        <source>no CA rollover is going on: start one first</source>
        <translation>認証局のロールオーバーは実行されていません: 先に開始してください</translation>
    </message>
    <message>
        <source>already on the new CA (since %1)</source>
        <translation>既に新しい認証局に移行済みです (%1 以降)</translation>
    </message>
    <message>
        <source>no migration was planned</source>
        <translation>移行が計画されていません</translation>
    </message>
    <message>
        <source>no CA rollover is going on: there is nothing to finish</source>
        <translation>認証局のロールオーバーは実行されていません: 完了するものはありません</translation>
    </message>
    <message numerus="yes">
        <source>refused: %n agent(s) still depend on the old CA</source>
        <translation>
            <numerusform>拒否: %n 台のエージェントがまだ古い認証局に依存しています</numerusform>
        </translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>the CA %1 is retired; %2 is the current CA</source>
        <translation>認証局 %1 を廃止しました。現在の認証局は %2 です</translation>
    </message>
    <message numerus="yes">
        <source>; forced with %n agent(s) still on the retired CA</source>
        <translation>
            <numerusform>。%n 台のエージェントが廃止した認証局のままですが、強制的に完了しました</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, but the audit log did not record the step: %2</source>
        <translation>%1。ただし監査ログに記録できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>CaRolloverDialog</name>
    <message>
        <source>%1, SHA-256 %2, expired on %3</source>
        <translation>%1、SHA-256 %2、%3 に期限切れ</translation>
    </message>
    <message>
        <source>%1, SHA-256 %2, valid until %3 (%4 days)</source>
        <translation>%1、SHA-256 %2、有効期限 %3 (あと %4 日)</translation>
    </message>
    <message>
        <source>Start Rollover…</source>
        <translation>ロールオーバーを開始…</translation>
    </message>
    <message>
        <source>Migrate Agents…</source>
        <translation>エージェントを移行…</translation>
    </message>
    <message>
        <source>Finish Rollover…</source>
        <translation>ロールオーバーを完了…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Restart Console</source>
        <translation>コンソールを再起動</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation>認証局</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>コンピュータ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Certificate of</source>
        <translation>証明書の発行元</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>確認結果</translation>
    </message>
    <message>
        <source>This server&apos;s CA</source>
        <translation>このサーバの認証局</translation>
    </message>
    <message>
        <source>Current CA:</source>
        <translation>現在の認証局:</translation>
    </message>
    <message>
        <source>Rollover:</source>
        <translation>ロールオーバー:</translation>
    </message>
    <message>
        <source>Agents:</source>
        <translation>エージェント:</translation>
    </message>
    <message>
        <source>A rollover replaces this server&apos;s CA without cutting the console off its agents: Start makes a new CA (its key in the keychain), Migrate gives each agent a certificate of it, Finish retires the old CA. Until Finish, both are trusted. Each step is written to the audit log, as osmgmt-cli ca does.</source>
        <translation>ロールオーバーは、コンソールとエージェントの接続を切らずにこのサーバの認証局を置き換えます: 開始で新しい認証局を作成し (鍵はキーチェーンに保存)、移行で各エージェントにその証明書を渡し、完了で古い認証局を廃止します。完了までは両方が信頼されます。各手順は osmgmt-cli ca と同じく監査ログに記録されます。</translation>
    </message>
    <message>
        <source>%v of %m agents answered</source>
        <translation>%m 台中 %v 台のエージェントが応答</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Finish the CA Rollover Anyway</source>
        <translation>認証局のロールオーバーをこのまま完了</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) still depend on the old CA. Once it is retired they refuse this server&apos;s commands and show as unverified until their CA is replaced on the computer.</source>
        <translation>
            <numerusform>%n 台のエージェントがまだ古い認証局に依存しています。廃止すると、そのコンピュータで認証局が置き換えられるまで、これらのエージェントはこのサーバのコマンドを拒否し、未検証と表示されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish Anyway</source>
        <translation>このまま完了</translation>
    </message>
    <message>
        <source>Retiring the old CA…</source>
        <translation>古い認証局を廃止しています…</translation>
    </message>
    <message>
        <source>This console now uses the new CA (SHA-256 %1); no restart is needed.</source>
        <translation>このコンソールは新しい認証局 (SHA-256 %1) を使用しています。再起動は不要です。</translation>
    </message>
    <message>
        <source>This console still holds the old CA (%1). Restart the console to command the agents with the new one.</source>
        <translation>このコンソールはまだ古い認証局を保持しています (%1)。新しい認証局でエージェントにコマンドを送るには、コンソールを再起動してください。</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Asking the agents…</source>
        <translation>エージェントに問い合わせています…</translation>
    </message>
    <message>
        <source>Going on: the agents move to the new CA %1.</source>
        <translation>実行中: エージェントは新しい認証局 %1 に移行します。</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>A pending CA cannot be used: %1</source>
        <translation>保留中の認証局は使用できません: %1</translation>
    </message>
    <message>
        <source>%1 on the current (old) CA, %2 on the new CA</source>
        <translation>現在の (古い) 認証局: %1 台、新しい認証局: %2 台</translation>
    </message>
    <message>
        <source>%1 on the current CA</source>
        <translation>現在の認証局: %1 台</translation>
    </message>
    <message>
        <source>, %1 on neither</source>
        <translation>、どちらでもない: %1 台</translation>
    </message>
    <message>
        <source>Neither CA</source>
        <translation>どちらでもない</translation>
    </message>
    <message>
        <source>New CA</source>
        <translation>新しい認証局</translation>
    </message>
    <message>
        <source>Old CA</source>
        <translation>古い認証局</translation>
    </message>
    <message>
        <source>Current CA</source>
        <translation>現在の認証局</translation>
    </message>
    <message>
        <source>The CA is being read.</source>
        <translation>認証局を読み込んでいます。</translation>
    </message>
    <message>
        <source>The agents are being asked.</source>
        <translation>エージェントに問い合わせ中です。</translation>
    </message>
    <message>
        <source>A step is running.</source>
        <translation>手順を実行中です。</translation>
    </message>
    <message>
        <source>No rollover is going on: start one first.</source>
        <translation>ロールオーバーは実行されていません: 先に開始してください。</translation>
    </message>
    <message>
        <source>A rollover is going on already.</source>
        <translation>ロールオーバーは既に実行中です。</translation>
    </message>
    <message>
        <source>Start a CA Rollover</source>
        <translation>認証局のロールオーバーを開始</translation>
    </message>
    <message>
        <source>Make a new certificate authority for this server? Its key goes to the keychain; the current CA stays trusted until the rollover is finished.</source>
        <translation>このサーバの新しい認証局を作成しますか? 鍵はキーチェーンに保存され、ロールオーバーが完了するまで現在の認証局も信頼されます。</translation>
    </message>
    <message>
        <source>Start Rollover</source>
        <translation>ロールオーバーを開始</translation>
    </message>
    <message>
        <source>Making the new CA…</source>
        <translation>新しい認証局を作成しています…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Migrate Agents to the New CA</source>
        <translation>エージェントを新しい認証局に移行</translation>
    </message>
    <message numerus="yes">
        <source>Give %n agent(s) a certificate of the new CA? Agents already moved are not asked again.</source>
        <translation>
            <numerusform>%n 台のエージェントに新しい認証局の証明書を渡しますか? 移行済みのエージェントには再度要求しません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Migrate Agents</source>
        <translation>エージェントを移行</translation>
    </message>
    <message>
        <source>Moving the agents to the new CA…</source>
        <translation>エージェントを新しい認証局に移行しています…</translation>
    </message>
    <message>
        <source>Finish the CA Rollover</source>
        <translation>認証局のロールオーバーを完了</translation>
    </message>
    <message>
        <source>Retire the old CA? The moved agents stop accepting it, and this console commands with the new CA from then on.</source>
        <translation>古い認証局を廃止しますか? 移行済みのエージェントは古い認証局を受け付けなくなり、以降このコンソールは新しい認証局でコマンドを送ります。</translation>
    </message>
    <message>
        <source>Finish Rollover</source>
        <translation>ロールオーバーを完了</translation>
    </message>
</context>
<context>
    <name>CaRolloverSession</name>
    <message>
        <source>A new CA was made (SHA-256 %1). Agents keep the current CA until they are migrated.</source>
        <translation>新しい認証局を作成しました (SHA-256 %1)。エージェントは移行するまで現在の認証局を使います。</translation>
    </message>
    <message>
        <source>Cancelled: no agent was asked.</source>
        <translation>キャンセルしました: どのエージェントにも要求していません。</translation>
    </message>
    <message>
        <source>No agent is left to move: every agent of this server already has a certificate of the new CA.</source>
        <translation>移行するエージェントはありません: このサーバのすべてのエージェントが新しい認証局の証明書を持っています。</translation>
    </message>
    <message>
        <source>%1 of %2 agent(s) moved to the new CA.</source>
        <translation>%2 台中 %1 台のエージェントを新しい認証局に移行しました。</translation>
    </message>
    <message>
        <source>Cancelled: the agents not asked yet were skipped.</source>
        <translation>キャンセルしました: まだ要求していないエージェントはスキップしました。</translation>
    </message>
    <message>
        <source>Migrate again once the others are reachable.</source>
        <translation>残りのエージェントに到達できるようになったら、もう一度移行してください。</translation>
    </message>
    <message>
        <source>The audit log did not record the command: %1</source>
        <translation>監査ログにコマンドを記録できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) still depend on the old CA: migrate them once they are reachable, or finish anyway (they will then refuse this server&apos;s commands and show as unverified).</source>
        <translation>
            <numerusform>%n 台のエージェントがまだ古い認証局に依存しています: 到達できるようになったら移行するか、このまま完了してください (その場合、これらのエージェントはこのサーバのコマンドを拒否し、未検証と表示されます)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the old CA was not retired. Finish again to retire it.</source>
        <translation>キャンセルしました: 古い認証局は廃止していません。廃止するにはもう一度完了してください。</translation>
    </message>
    <message>
        <source>no CA rollover is going on: there is nothing to finish</source>
        <translation>認証局のロールオーバーは実行されていません: 完了するものはありません</translation>
    </message>
    <message>
        <source>this console&apos;s identity is not loaded here</source>
        <translation>このコンソールの ID はここでは読み込まれていません</translation>
    </message>
    <message>
        <source>the console loaded the CA %1, not the new %2</source>
        <translation>コンソールが読み込んだのは新しい認証局 %2 ではなく %1 です</translation>
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
    <message>
        <source>The computer is quarantined, which closes the unreachable check port on purpose, but its agent did not answer either.</source>
        <translation>コンピュータは隔離されているため到達確認ポートは意図的に閉じていますが、エージェントも応答しませんでした。</translation>
    </message>
    <message>
        <source>%1 The computer is quarantined: the unreachable check port is closed on purpose (%2).</source>
        <translation>%1 コンピュータは隔離されています: 到達確認ポートは意図的に閉じています (%2)。</translation>
    </message>
</context>
<context>
    <name>ClientLog</name>
    <message>
        <source>it does not end with &lt;;&gt; (cut short?)</source>
        <translation>&lt;;&gt; で終わっていません (途中で切れていますか?)</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; is not YYYYMMDD</source>
        <translation>日付「%1」はYYYYMMDDではありません</translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; is not HHMM</source>
        <translation>時刻「%1」はHHMMではありません</translation>
    </message>
    <message>
        <source>the %1 is longer than %2 bytes</source>
        <translation>%1 が%2バイトを超えています</translation>
    </message>
    <message>
        <source>%1 fields, not %2</source>
        <translation>フィールドが%1個です (%2個が必要)</translation>
    </message>
    <message>
        <source>the infection name is empty</source>
        <translation>ウイルス名が空です</translation>
    </message>
    <message>
        <source>infection name</source>
        <translation>ウイルス名</translation>
    </message>
    <message>
        <source>the scan result &quot;%1&quot; is not a code 0-25</source>
        <translation>検索結果「%1」は0～25のコードではありません</translation>
    </message>
    <message>
        <source>the scan type &quot;%1&quot; is not 0-4</source>
        <translation>検索の種類「%1」は0～4ではありません</translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation>パスが空です</translation>
    </message>
    <message>
        <source>the block mode &quot;%1&quot; is not 0 or 1</source>
        <translation>ブロックモード「%1」は0または1ではありません</translation>
    </message>
    <message>
        <source>the URL is empty</source>
        <translation>URLが空です</translation>
    </message>
    <message>
        <source>field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>the group name is empty</source>
        <translation>グループ名が空です</translation>
    </message>
    <message>
        <source>longer than %1 bytes</source>
        <translation>%1バイトを超えています</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1行目: %2</translation>
    </message>
</context>
<context>
    <name>ClientMoverWizard</name>
    <message>
        <source>Client Mover</source>
        <translation>クライアント移動ツール</translation>
    </message>
    <message>
        <source>Where the other server&apos;s credential comes from</source>
        <translation>他のサーバの資格情報の入手方法</translation>
    </message>
    <message>
        <source>Moving a computer from another server to this one needs that server&apos;s credential: a file its console exports, protected by a password. It lets this console move that server&apos;s clients once, for a few days; it holds no master key.

On the console of each server below, choose Agents → Export this server&apos;s credential..., give the file a password of 12 characters or more, and bring the file here with its password.

Credentials needed: %1</source>
        <translation>他のサーバのコンピュータをこのサーバに移動するには、そのサーバの資格情報が必要です。これはそのサーバのコンソールがエクスポートする、パスワードで保護されたファイルです。このコンソールは数日間、そのサーバのクライアントを1回だけ移動できます。マスターキーは含まれません。

以下の各サーバのコンソールで「エージェント」→「このサーバの資格情報のエクスポート...」を選択し、12文字以上のパスワードを付けてファイルを作成し、そのファイルとパスワードをここで使用してください。

必要な資格情報: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The other server&apos;s credential</source>
        <translation>他のサーバの資格情報</translation>
    </message>
    <message>
        <source>In the demo, the console of %1 is simulated: its credential file is filled in below. Type its password:</source>
        <translation>デモでは%1のコンソールはシミュレートされています。資格情報ファイルは下に入力済みです。次のパスワードを入力してください:</translation>
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
        <source>Every server&apos;s credential is imported.</source>
        <translation>すべてのサーバの資格情報がインポートされています。</translation>
    </message>
    <message>
        <source>The credential file of %1, and the password it was exported with. Next imports it into this computer&apos;s keychain.</source>
        <translation>%1の資格情報ファイルと、エクスポート時のパスワードを指定してください。「次へ」でこのコンピュータのキーチェーンにインポートします。</translation>
    </message>
    <message>
        <source>Choose the credential file.</source>
        <translation>資格情報ファイルを選択してください。</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>インポートしています...</translation>
    </message>
    <message>
        <source>Imported the credential of &quot;%1&quot;, which none of these computers is registered to.</source>
        <translation>「%1」の資格情報をインポートしましたが、これらのコンピュータはいずれもそのサーバに登録されていません。</translation>
    </message>
    <message>
        <source>Each agent is told to register with this server (%1) and stops obeying its old server. The move runs in the background and is recorded in the audit log.</source>
        <translation>各エージェントはこのサーバ (%1) に登録するよう指示され、以前のサーバの指示には従わなくなります。移動はバックグラウンドで実行され、監査ログに記録されます。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, now registered to %2</source>
        <translation>%1、現在の登録先: %2</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>移動中</translation>
    </message>
    <message>
        <source>The move cannot start: commands to agents are unavailable.</source>
        <translation>移動を開始できません: エージェントへのコマンドを使用できません。</translation>
    </message>
    <message>
        <source>Run a query (F5) to see the moved computers under this server.</source>
        <translation>クエリを実行 (F5) すると、移動したコンピュータがこのサーバの下に表示されます。</translation>
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
    <message>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
</context>
<context>
    <name>CommandController</name>
    <message>
        <source>Commands to agents are unavailable</source>
        <translation>エージェントへのコマンドは使用できません</translation>
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
    <message numerus="yes">
        <source>Move %n computers</source>
        <translation>
            <numerusform>%n台のコンピュータを移動</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Register %n computers</source>
        <translation>
            <numerusform>%n台のコンピュータを登録</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quarantine %n computers</source>
        <translation>
            <numerusform>%n台のコンピュータを隔離</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release %n computers</source>
        <translation>
            <numerusform>%n台のコンピュータの隔離を解除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start %1 on %n computers</source>
        <translation>
            <numerusform>%n台のコンピュータで%1を開始</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start the stopped services (%1) on the %n computers where they are not running?</source>
        <translation>
            <numerusform>停止しているサービス (%1) を、実行されていない %n 台のコンピュータで開始しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Start service &quot;%1&quot;</source>
        <translation>サービス「%1」を開始</translation>
    </message>
    <message>
        <source>%1

It runs in the background and is recorded in the audit log.</source>
        <translation>%1

コマンドはバックグラウンドで実行され、監査ログに記録されます。</translation>
    </message>
</context>
<context>
    <name>CommandProgressView</name>
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
    <message numerus="yes">
        <source>Sending to %n computers...</source>
        <translation>
            <numerusform>%n台のコンピュータに送信しています...</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling: computers already contacted finish first...</source>
        <translation>キャンセルしています: すでに接続したコンピュータの処理が先に完了します...</translation>
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
    <message>
        <source>to the new CA %1</source>
        <translation>新しい CA %1 へ</translation>
    </message>
    <message>
        <source>message &quot;%1&quot;</source>
        <translation>メッセージ「%1」</translation>
    </message>
</context>
<context>
    <name>CommandSession</name>
    <message>
        <source>The server&apos;s certificate authority is still loading from the keychain. Try again in a moment.</source>
        <translation>サーバの認証局をキーチェーンから読み込んでいます。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1を読み取れません: %2</translation>
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
    <name>ComputerDetailsPage</name>
    <message>
        <source>&amp;Previous</source>
        <translation>前へ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>次へ(&amp;N)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>What the agent reported</source>
        <translation>エージェントの報告内容</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Stored as</source>
        <translation>保存値</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>クエリ</translation>
    </message>
    <message>
        <source>Agent health</source>
        <translation>エージェントの状態</translation>
    </message>
    <message>
        <source>Previous computer (PgUp; Home: the first)</source>
        <translation>前のコンピュータ (PgUp、Home: 最初)</translation>
    </message>
    <message>
        <source>Next computer (PgDn; End: the last)</source>
        <translation>次のコンピュータ (PgDn、End: 最後)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Agent Health</source>
        <translation>エージェントの状態</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Components and patterns</source>
        <translation>コンポーネントとパターン</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>隔離</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <translation>
            <numerusform>%1 / %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No computer</source>
        <translation>コンピュータがありません</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No Agent Health page: %1</source>
        <translation>エージェントの状態ページはありません: %1</translation>
    </message>
    <message>
        <source>no agent is installed on this computer.</source>
        <translation>このコンピュータにはエージェントがインストールされていません。</translation>
    </message>
    <message>
        <source>its agent is managed by another server (%1); only this server&apos;s agents report their health here.</source>
        <translation>エージェントは他のサーバ (%1) で管理されています。ここで状態を報告するのはこのサーバのエージェントだけです。</translation>
    </message>
    <message>
        <source>the computer could not be reached.</source>
        <translation>コンピュータに到達できませんでした。</translation>
    </message>
    <message>
        <source>the computer&apos;s status could not be determined.</source>
        <translation>コンピュータのステータスを判断できませんでした。</translation>
    </message>
    <message>
        <source>the agent health is still being read.</source>
        <translation>エージェントの状態を読み込み中です。</translation>
    </message>
    <message>
        <source>its agent was not asked for its health in the newest query.</source>
        <translation>最新のクエリではエージェントに状態を問い合わせていません。</translation>
    </message>
    <message>
        <source>its agent gave no health report in the newest query: %1</source>
        <translation>最新のクエリでエージェントから状態の報告がありませんでした: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <source>Security status:</source>
        <translation>セキュリティステータス:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>サーバ:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>ドメイン:</translation>
    </message>
    <message>
        <source>AD path:</source>
        <translation>ADパス:</translation>
    </message>
    <message>
        <source>Agent port:</source>
        <translation>エージェントポート:</translation>
    </message>
    <message>
        <source>Agent version:</source>
        <translation>エージェントのバージョン:</translation>
    </message>
    <message>
        <source>Why this status:</source>
        <translation>このステータスの理由:</translation>
    </message>
    <message>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>no firewall component</source>
        <translation>ファイアウォールコンポーネントなし</translation>
    </message>
    <message>
        <source>real-time protection %1</source>
        <translation>リアルタイム保護 %1</translation>
    </message>
    <message>
        <source>last scan %1</source>
        <translation>前回のウイルス検索 %1</translation>
    </message>
    <message>
        <source>dated %1</source>
        <translation>日付 %1</translation>
    </message>
    <message>
        <source>all running</source>
        <translation>すべて実行中</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>停止: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Overall (settings: %1)</source>
        <translation>全体 (設定: %1)</translation>
    </message>
    <message>
        <source>Several settings target it: %1</source>
        <translation>複数の設定が対象にしています: %1</translation>
    </message>
    <message>
        <source>Start service: %1</source>
        <translation>サービスを開始: %1</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>パターン</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Computer details</source>
        <translation>コンピュータの詳細</translation>
    </message>
    <message>
        <source>Detections</source>
        <translation>検出</translation>
    </message>
    <message>
        <source>the computer is quarantined, so the query could not reach it: it is cut off on purpose, not down.</source>
        <translation>このコンピュータは隔離されているため、クエリから到達できませんでした: 停止ではなく意図的に切り離されています。</translation>
    </message>
    <message>
        <source>Detections (%1)</source>
        <translation>検出 (%1)</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>履歴を読み取れません: %1</translation>
    </message>
</context>
<context>
    <name>ComputerDetectionsSection</name>
    <message>
        <source>Detections</source>
        <translation>検出</translation>
    </message>
    <message>
        <source>Newest detections of this computer</source>
        <translation>このコンピュータの最新の検出</translation>
    </message>
    <message>
        <source>Reading the detections...</source>
        <translation>検出を読み取っています...</translation>
    </message>
    <message>
        <source>The detections cannot be read: %1</source>
        <translation>検出を読み取れません: %1</translation>
    </message>
    <message>
        <source>No security risk has been detected on this computer.</source>
        <translation>このコンピュータではセキュリティリスクは検出されていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n detection(s), newest first; the time is the computer&apos;s own, as its log wrote it.</source>
        <translation>
            <numerusform>%n件の検出 (新しい順)。時刻はログに記録されたコンピュータ自身の時刻です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %1, newest first; the Detections page (Agents menu) lists %n more.</source>
        <translation>
            <numerusform>最新の%1件 (新しい順)。「エージェント」メニューの「検出」ページにはほかに%n件あります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComputerQuarantineSection</name>
    <message>
        <source>Quarantine</source>
        <translation>隔離</translation>
    </message>
    <message>
        <source>an administrator (manual)</source>
        <translation>管理者 (手動)</translation>
    </message>
    <message>
        <source>a compliance policy</source>
        <translation>コンプライアンスポリシー</translation>
    </message>
    <message>
        <source>the compliance policy %1</source>
        <translation>コンプライアンスポリシー「%1」</translation>
    </message>
    <message>
        <source>an automatic response to a detection</source>
        <translation>検出に対する自動対応</translation>
    </message>
    <message>
        <source>the automatic response rule %1</source>
        <translation>自動対応ルール「%1」</translation>
    </message>
    <message>
        <source>The computer is cut off from the network on purpose: it answers only this console. It is not down; it cannot be reached until it is released.</source>
        <translation>このコンピュータは意図的にネットワークから切り離されており、このコンソールにのみ応答します。停止しているのではありません。隔離解除されるまで到達できません。</translation>
    </message>
    <message>
        <source>Its user has been warned: the computer will be quarantined when the grace period ends, unless it becomes compliant first.</source>
        <translation>ユーザには警告済みです。猶予期間が終了するまでに準拠しない場合、このコンピュータは隔離されます。</translation>
    </message>
    <message>
        <source>The computer was quarantined and has been released: its network is open again.</source>
        <translation>このコンピュータは隔離されていましたが、隔離解除されました。ネットワークは再び利用できます。</translation>
    </message>
    <message>
        <source>Reading the quarantine...</source>
        <translation>隔離の状態を読み取っています...</translation>
    </message>
    <message>
        <source>Quarantine unknown</source>
        <translation>隔離の状態は不明です</translation>
    </message>
    <message>
        <source>The quarantine cannot be read: %1</source>
        <translation>隔離の状態を読み取れません: %1</translation>
    </message>
    <message>
        <source>Not quarantined</source>
        <translation>隔離されていません</translation>
    </message>
    <message>
        <source>No quarantine of this computer is known: its network is open.</source>
        <translation>このコンピュータの隔離は記録されていません。ネットワークは利用できます。</translation>
    </message>
    <message>
        <source>Quarantined by:</source>
        <translation>隔離の実行者:</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>決定者:</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>開始日時:</translation>
    </message>
    <message>
        <source>Grace period ends:</source>
        <translation>猶予期間の終了:</translation>
    </message>
    <message>
        <source>Missing updates (CVE):</source>
        <translation>未適用の更新 (CVE):</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>理由:</translation>
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
    <name>ConnectionDiagnosis</name>
    <message>
        <source>DNS gave no address</source>
        <translation>DNSはアドレスを返しませんでした</translation>
    </message>
    <message>
        <source>the TLS handshake failed: %1</source>
        <translation>TLSハンドシェイクに失敗しました: %1</translation>
    </message>
    <message>
        <source>the connection broke before the answer: %1</source>
        <translation>応答の前に接続が切れました: %1</translation>
    </message>
    <message>
        <source>it answered something that is not the agent protocol: %1</source>
        <translation>エージェントプロトコルではない応答がありました: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
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
    <name>ConsoleCredentials</name>
    <message>
        <source>this server&apos;s CA certificate %1 does not exist (the console makes it at its first start)</source>
        <translation>このサーバの CA 証明書 %1 がありません (コンソールが初回起動時に作成します)</translation>
    </message>
    <message>
        <source>osmgmt console of %1</source>
        <translation>%1 の osmgmt コンソール</translation>
    </message>
</context>
<context>
    <name>ConsoleLink</name>
    <message>
        <source>--status %1 is not a security status; use one of: %2.</source>
        <translation>--status %1はセキュリティステータスではありません。次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>--address %1 is not an IPv4 or IPv6 address (such as 10.0.0.5 or fd00::5).</source>
        <translation>--address %1はIPv4またはIPv6アドレスではありません (10.0.0.5、fd00::5など)。</translation>
    </message>
    <message>
        <source>--status and --address open the results page, not the summary; leave out --page summary or them.</source>
        <translation>--statusと--addressはサマリではなくクエリ結果を開きます。--page summaryを指定しないか、--statusと--addressを指定しないでください。</translation>
    </message>
    <message>
        <source>--page %1 is not a page of the console; use summary or results.</source>
        <translation>--page %1はコンソールのページではありません。summaryまたはresultsを指定してください。</translation>
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
    <name>ContainerCountReader</name>
    <message>
        <source>cannot count the computers per AD container: %1</source>
        <translation>ADコンテナごとのコンピュータを数えられません: %1</translation>
    </message>
    <message>
        <source>cannot count the computers per AD container of query %1: %2</source>
        <translation>クエリ%1のADコンテナごとのコンピュータを数えられません: %2</translation>
    </message>
    <message>
        <source>query %1 has endpoints with an unknown status &quot;%2&quot;</source>
        <translation>クエリ%1に不明なステータス「%2」のエンドポイントがあります</translation>
    </message>
</context>
<context>
    <name>ContainerCoverageModel</name>
    <message>
        <source>AD container</source>
        <translation>ADコンテナ</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>コンピュータ</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>保護</translation>
    </message>
    <message>
        <source>No client</source>
        <translation>クライアントなし</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>未解決</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>保護率</translation>
    </message>
</context>
<context>
    <name>CoverageLegend</name>
    <message>
        <source>Computers</source>
        <translation>コンピュータ</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>Since the previous query</source>
        <translation>前回のクエリからの変化</translation>
    </message>
    <message>
        <source>Show these computers in the results</source>
        <translation>これらのコンピュータをクエリ結果に表示</translation>
    </message>
    <message>
        <source>%1: computers</source>
        <translation>%1: コンピュータ</translation>
    </message>
    <message>
        <source>Show what changed since the previous query</source>
        <translation>前回のクエリからの変化を表示</translation>
    </message>
    <message>
        <source>%1: change since the previous query</source>
        <translation>%1: 前回のクエリからの変化</translation>
    </message>
    <message>
        <source>Computers per security status</source>
        <translation>セキュリティステータスごとのコンピュータ</translation>
    </message>
    <message>
        <source>%1: share of the computers found</source>
        <translation>%1: 見つかったコンピュータに占める割合</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <source>Security status</source>
        <translation>セキュリティステータス</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>コンピュータ</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>Since the previous query</source>
        <translation>前回のクエリからの変化</translation>
    </message>
</context>
<context>
    <name>CoverageRing</name>
    <message>
        <source>Coverage</source>
        <translation>保護率</translation>
    </message>
    <message>
        <source>No completed query yet</source>
        <translation>完了したクエリはまだありません</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>保護</translation>
    </message>
    <message numerus="yes">
        <source>%1 protected: %2 of %Ln computer(s) managed by this server</source>
        <translation>
            <numerusform>保護率%1: %Ln台中%2台をこのサーバで管理</numerusform>
        </translation>
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
        <source>Choose the credential file.</source>
        <translation>資格情報ファイルを選択してください。</translation>
    </message>
    <message>
        <source>Imported the credential of &quot;%1&quot;.</source>
        <translation>「%1」の資格情報をインポートしました。</translation>
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
    <name>DatabaseSettingsSession</name>
    <message>
        <source>The keychain cannot be read: %1</source>
        <translation>キーチェーンを読み取れません: %1</translation>
    </message>
    <message>
        <source>No password is saved for this database: type it above.</source>
        <translation>このデータベースのパスワードは保存されていません: 上に入力してください。</translation>
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
    <name>DemoHistory</name>
    <message>
        <source>the demo&apos;s past: no agent installed yet</source>
        <translation>デモの過去: エージェントはまだインストールされていません</translation>
    </message>
</context>
<context>
    <name>Detection</name>
    <message>
        <source>Cleaned successfully</source>
        <translation>駆除成功</translation>
    </message>
    <message>
        <source>Moved successfully</source>
        <translation>移動成功</translation>
    </message>
    <message>
        <source>Deleted successfully</source>
        <translation>削除成功</translation>
    </message>
    <message>
        <source>Renamed successfully</source>
        <translation>名前の変更成功</translation>
    </message>
    <message>
        <source>Real-time scan: passed, access denied</source>
        <translation>リアルタイム検索: 放置、アクセス拒否</translation>
    </message>
    <message>
        <source>Clean failed</source>
        <translation>駆除失敗</translation>
    </message>
    <message>
        <source>Move failed</source>
        <translation>移動失敗</translation>
    </message>
    <message>
        <source>Delete failed</source>
        <translation>削除失敗</translation>
    </message>
    <message>
        <source>Rename failed</source>
        <translation>名前の変更失敗</translation>
    </message>
    <message>
        <source>Clean failed (moved)</source>
        <translation>駆除失敗 (移動)</translation>
    </message>
    <message>
        <source>Clean failed (deleted)</source>
        <translation>駆除失敗 (削除)</translation>
    </message>
    <message>
        <source>Clean failed (renamed)</source>
        <translation>駆除失敗 (名前の変更)</translation>
    </message>
    <message>
        <source>Real-time scan: passed, access denied; other scans: passed</source>
        <translation>リアルタイム検索: 放置、アクセス拒否。その他の検索: 放置</translation>
    </message>
    <message>
        <source>Clean failed (move failed)</source>
        <translation>駆除失敗 (移動失敗)</translation>
    </message>
    <message>
        <source>Clean failed (delete failed)</source>
        <translation>駆除失敗 (削除失敗)</translation>
    </message>
    <message>
        <source>Clean failed (rename failed)</source>
        <translation>駆除失敗 (名前の変更失敗)</translation>
    </message>
    <message>
        <source>Passed (OKed) a potential security risk</source>
        <translation>セキュリティリスクの可能性を放置 (許可)</translation>
    </message>
    <message>
        <source>Result %1 (not listed by the reference)</source>
        <translation>結果 %1 (リファレンスに記載なし)</translation>
    </message>
    <message>
        <source>Manual Scan</source>
        <translation>手動検索</translation>
    </message>
    <message>
        <source>Real-time Scan</source>
        <translation>リアルタイム検索</translation>
    </message>
    <message>
        <source>Scheduled Scan</source>
        <translation>予約検索</translation>
    </message>
    <message>
        <source>Scan Now Scan</source>
        <translation>今すぐ検索</translation>
    </message>
    <message>
        <source>DCS Scan</source>
        <translation>DCS検索</translation>
    </message>
</context>
<context>
    <name>DetectionJson</name>
    <message>
        <source>%1 is missing or of the wrong type</source>
        <translation>%1 がないか、型が正しくありません</translation>
    </message>
</context>
<context>
    <name>DetectionStore</name>
    <message>
        <source>cannot store the detections of %1: %2</source>
        <translation>%1 の検出を保存できません: %2</translation>
    </message>
    <message>
        <source>cannot read the detections: %1</source>
        <translation>検出を読み取れません: %1</translation>
    </message>
    <message>
        <source>a stored detection of %1 cannot be read: %2</source>
        <translation>%1 の保存された検出を読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>DetectionsModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>ブロック</translation>
    </message>
    <message>
        <source>Virus/Malware</source>
        <translation>ウイルス/不正プログラム</translation>
    </message>
    <message>
        <source>Web reputation</source>
        <translation>Webレピュテーション</translation>
    </message>
    <message>
        <source>Client time</source>
        <translation>クライアントの時刻</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>コンピュータ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Security risk</source>
        <translation>セキュリティリスク</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Scan type</source>
        <translation>検索の種類</translation>
    </message>
    <message>
        <source>File or URL</source>
        <translation>ファイルまたはURL</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
</context>
<context>
    <name>DetectionsPage</name>
    <message>
        <source>Detections</source>
        <translation>検出</translation>
    </message>
    <message>
        <source>No agent has reported a security risk.</source>
        <translation>セキュリティリスクを報告したエージェントはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n detection(s), newest first; the time is the computer&apos;s own, as its log wrote it.</source>
        <translation>
            <numerusform>%n件の検出 (新しい順)。時刻はログに記録されたコンピュータ自身の時刻です。</numerusform>
        </translation>
    </message>
    <message>
        <source>The detections cannot be read: %1</source>
        <translation>検出を読み取れません: %1</translation>
    </message>
</context>
<context>
    <name>DiagnoseDialog</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Diagnose again</source>
        <translation>もう一度診断</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Diagnose connection: %1</source>
        <translation>接続を診断: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Diagnosing %1…</source>
        <translation>%1 を診断しています…</translation>
    </message>
    <message>
        <source>Running the checks of &quot;Agent is offline&quot; one after another…</source>
        <translation>「エージェントがオフライン」の確認を順に実行しています…</translation>
    </message>
    <message>
        <source>Diagnosed %1</source>
        <translation>%1 を診断しました</translation>
    </message>
    <message>
        <source>Likely cause: none found. Every check that ran passed.</source>
        <translation>考えられる原因: 見つかりませんでした。実行したすべての確認に合格しました。</translation>
    </message>
    <message>
        <source>Likely cause: %1</source>
        <translation>考えられる原因: %1</translation>
    </message>
</context>
<context>
    <name>DiagnoseSession</name>
    <message>
        <source>the console&apos;s private key is not a PEM %1 key, the kind its certificate holds</source>
        <translation>コンソールの秘密鍵が、証明書の鍵と同じ種類のPEM形式の%1鍵ではありません</translation>
    </message>
</context>
<context>
    <name>DiagnosisRules</name>
    <message>
        <source>The agent&apos;s certificate is not valid now: it expired, or a clock is wrong</source>
        <translation>エージェントの証明書は現在有効ではありません: 期限が切れているか、時刻が正しくありません</translation>
    </message>
    <message>
        <source>Check the agent&apos;s clock, then register the agent again so that this server&apos;s CA issues it a new certificate.</source>
        <translation>エージェントの時刻を確認し、このサーバの認証局が新しい証明書を発行するようにエージェントを再登録してください。</translation>
    </message>
    <message>
        <source>The agent presents a certificate that is not an agent certificate</source>
        <translation>エージェントが提示した証明書はエージェント証明書ではありません</translation>
    </message>
    <message>
        <source>Register the agent again; reinstall it if its certificate stays wrong.</source>
        <translation>エージェントを再登録してください。証明書が正しくならない場合は再インストールしてください。</translation>
    </message>
    <message>
        <source>The agent&apos;s certificate was issued for another computer: the computer changed address, or the certificate was copied</source>
        <translation>エージェントの証明書は別のコンピュータ用に発行されています: コンピュータのアドレスが変わったか、証明書がコピーされました</translation>
    </message>
    <message>
        <source>Register the agent again at its current address.</source>
        <translation>現在のアドレスでエージェントを再登録してください。</translation>
    </message>
    <message>
        <source>The agent is not registered to this server: it claims this server, but its certificate was not issued by this server&apos;s CA</source>
        <translation>エージェントはこのサーバに登録されていません: このサーバに属すると報告していますが、証明書はこのサーバの認証局が発行したものではありません</translation>
    </message>
    <message>
        <source>Register the agent to this server (Register to this server..., or osmgmt-cli register), or move it here with the Client Mover.</source>
        <translation>エージェントをこのサーバに登録するか (このサーバに登録...、または osmgmt-cli register)、クライアント移動ツールでこのサーバに移動してください。</translation>
    </message>
    <message>
        <source>needs the TLS handshake</source>
        <translation>TLSハンドシェイクが必要です</translation>
    </message>
    <message>
        <source>the agent is registered to %1, another server: only that server&apos;s console can check its certificate</source>
        <translation>エージェントは他のサーバ %1 に登録されています: 証明書を確認できるのはそのサーバのコンソールだけです</translation>
    </message>
    <message>
        <source>this console has no certificate authority to check it against</source>
        <translation>このコンソールには照合する認証局がありません</translation>
    </message>
    <message>
        <source>issued by this server&apos;s CA for %1, valid until %2</source>
        <translation>このサーバの認証局が %1 に発行、有効期限 %2</translation>
    </message>
    <message>
        <source>the agent did not say which server it belongs to, and this server&apos;s CA does not vouch for it: %1</source>
        <translation>エージェントは所属するサーバを報告せず、このサーバの認証局もエージェントを保証しません: %1</translation>
    </message>
    <message>
        <source>the agent does not report its time (an agent older than this console)</source>
        <translation>エージェントは時刻を報告しません (このコンソールより古いエージェント)</translation>
    </message>
    <message>
        <source>needs the agent&apos;s answer</source>
        <translation>エージェントの応答が必要です</translation>
    </message>
    <message>
        <source>the agent&apos;s clock reads %1, as this console&apos;s does</source>
        <translation>エージェントの時刻は %1 で、このコンソールと一致しています</translation>
    </message>
    <message>
        <source>the agent&apos;s clock reads %1, %2 ahead of this console&apos;s</source>
        <translation>エージェントの時刻は %1 で、このコンソールより %2 進んでいます</translation>
    </message>
    <message>
        <source>the agent&apos;s clock reads %1, %2 behind this console&apos;s</source>
        <translation>エージェントの時刻は %1 で、このコンソールより %2 遅れています</translation>
    </message>
    <message>
        <source>The agent&apos;s system time is wrong (%1 off, more than the %2 TLS tolerates): certificates are judged by it, so TLS connections and commands fail</source>
        <translation>エージェントのシステム時間が正しくありません (%1 のずれ、TLSが許容する %2 を超えています): 証明書はこの時刻で判断されるため、TLS接続とコマンドが失敗します</translation>
    </message>
    <message>
        <source>Set the computer&apos;s clock right and keep it synchronised with the network&apos;s time source (NTP; Windows: w32tm /resync; Linux: timedatectl, chrony), then diagnose again.</source>
        <translation>コンピュータの時刻を正しく設定し、ネットワークの時刻源と同期させてから (NTP、Windows: w32tm /resync、Linux: timedatectl、chrony)、もう一度診断してください。</translation>
    </message>
    <message>
        <source>the agent answered on port %1 at %2 (a stored query); now that port refuses while the gate port %3 answers</source>
        <translation>エージェントは %2 にポート %1 で応答しました (保存済みのクエリ)。現在そのポートは接続を拒否し、到達確認ポート %3 は応答します</translation>
    </message>
    <message>
        <source>The agent&apos;s process is not running: the computer is up, but nothing listens on the agent port</source>
        <translation>エージェントプロセスが稼働していません: コンピュータは稼働していますが、エージェントのポートで待ち受けているものがありません</translation>
    </message>
    <message>
        <source>Start the agent&apos;s service on the computer (Windows: services.msc; Linux: sudo systemctl start osmgmt-agent) and read its log for why it stopped; reinstall the agent if it does not start.</source>
        <translation>コンピュータ上でエージェントのサービスを開始し (Windows: services.msc、Linux: sudo systemctl start osmgmt-agent)、停止した理由をログで確認してください。開始しない場合はエージェントを再インストールしてください。</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>要求していません</translation>
    </message>
    <message>
        <source>TLS completed, then no answer to the status request within %1 s</source>
        <translation>TLSは完了しましたが、ステータス要求に %1 秒以内に応答がありませんでした</translation>
    </message>
    <message>
        <source>The agent is hung or overloaded: it completes TLS but does not answer</source>
        <translation>エージェントが応答停止しているか、負荷が非常に高い状態です: TLSは完了しますが応答しません</translation>
    </message>
    <message>
        <source>Restart the agent&apos;s service on the computer; if it hangs again, check the computer&apos;s load (CPU, memory, disk) and the agent&apos;s log.</source>
        <translation>コンピュータ上でエージェントのサービスを再起動してください。再び応答しなくなる場合は、コンピュータの負荷 (CPU、メモリ、ディスク) とエージェントのログを確認してください。</translation>
    </message>
    <message>
        <source>The program on the agent port does not answer as an osmgmt agent</source>
        <translation>エージェントのポートのプログラムは osmgmt エージェントとして応答しません</translation>
    </message>
    <message>
        <source>Check which program listens on the agent port; reinstall the agent.</source>
        <translation>エージェントのポートで待ち受けているプログラムを確認し、エージェントを再インストールしてください。</translation>
    </message>
    <message>
        <source>the agent (version %1) is registered to %2, another server: it reports its services to that server&apos;s console only</source>
        <translation>エージェント (バージョン %1) は他のサーバ %2 に登録されています: サービスはそのサーバのコンソールにのみ報告します</translation>
    </message>
    <message>
        <source>the agent (version %1) answers, but gives its report only to a console of its server, and this console had no certificate to present</source>
        <translation>エージェント (バージョン %1) は応答しますが、報告は自分のサーバのコンソールにのみ送ります。このコンソールには提示する証明書がありませんでした</translation>
    </message>
    <message>
        <source>the agent (version %1) answers, but did not accept this console&apos;s certificate: %2</source>
        <translation>エージェント (バージョン %1) は応答しますが、このコンソールの証明書を受け付けませんでした: %2</translation>
    </message>
    <message>
        <source>The agent does not accept this console&apos;s certificate: it is not registered to this server (it pins another server&apos;s CA, or none), so it reports and takes commands from no console of this server</source>
        <translation>エージェントはこのコンソールの証明書を受け付けません: このサーバに登録されていないため (他のサーバの認証局を固定しているか、認証局を固定していません)、このサーバのどのコンソールにも報告せず、コマンドも受け付けません</translation>
    </message>
    <message>
        <source>Register the agent to this server (Register to this server...) or move it here with the Client Mover; reinstall it from this server if neither works.</source>
        <translation>エージェントをこのサーバに登録するか (このサーバに登録...)、クライアント移動ツールでこのサーバに移動してください。どちらもうまくいかない場合は、このサーバから再インストールしてください。</translation>
    </message>
    <message>
        <source>the agent runs (version %1, registered to %2)</source>
        <translation>エージェントは稼働しています (バージョン %1、登録先 %2)</translation>
    </message>
    <message>
        <source>; it reports: %1</source>
        <translation>。エージェントの報告: %1</translation>
    </message>
    <message>
        <source>; its services run: %1</source>
        <translation>。サービスは稼働しています: %1</translation>
    </message>
    <message>
        <source>; stopped: %1</source>
        <translation>。停止しているサービス: %1</translation>
    </message>
    <message>
        <source>A service of the agent is stopped: %1</source>
        <translation>エージェントのサービスが停止しています: %1</translation>
    </message>
    <message>
        <source>Start the service (Start service... in this console, or on the computer) and read its log for why it stopped.</source>
        <translation>サービスを開始し (このコンソールの「サービスを開始...」、またはコンピュータ上で)、停止した理由をログで確認してください。</translation>
    </message>
    <message>
        <source>needs the agent&apos;s report</source>
        <translation>エージェントの報告が必要です</translation>
    </message>
    <message>
        <source>not quarantined</source>
        <translation>隔離されていません</translation>
    </message>
    <message>
        <source>the agent reports that the computer is quarantined</source>
        <translation>エージェントはコンピュータが隔離されていると報告しています</translation>
    </message>
    <message>
        <source>The computer is quarantined: only its agent port and the consoles that quarantined it reach it, so its other ports are closed</source>
        <translation>コンピュータは隔離されています: エージェントのポートと、隔離したコンソールだけが到達できるため、他のポートは閉じています</translation>
    </message>
    <message>
        <source>Release it from quarantine (Release from quarantine...) once it is safe; until then the closed ports are expected.</source>
        <translation>安全になったら隔離を解除してください (隔離解除...)。それまでは、ポートが閉じているのは想定どおりです。</translation>
    </message>
    <message>
        <source>%n d</source>
        <translation>%n 日</translation>
    </message>
    <message>
        <source>%n h</source>
        <translation>%n 時間</translation>
    </message>
    <message>
        <source>%n min</source>
        <translation>%n 分</translation>
    </message>
    <message>
        <source>%n s</source>
        <translation>%n 秒</translation>
    </message>
    <message>
        <source>DNS is down, or the name %1 is not registered in it</source>
        <translation>DNSがダウンしているか、名前 %1 がDNSに登録されていません</translation>
    </message>
    <message>
        <source>Check that this console&apos;s DNS server answers (nslookup %1) and holds the computer&apos;s name: internal names do not resolve on public DNS servers. A computer on DHCP must register its name in DNS.</source>
        <translation>このコンソールのDNSサーバが応答し (nslookup %1)、コンピュータの名前を保持していることを確認してください。内部ドメイン名はパブリックDNSサーバでは解決できません。DHCPを使用するコンピュータは、名前をDNSに登録する必要があります。</translation>
    </message>
    <message>
        <source>%1 has no reverse (PTR) name</source>
        <translation>%1 には逆引き (PTR) の名前がありません</translation>
    </message>
    <message>
        <source>%1 is named %2 (reverse lookup)</source>
        <translation>%1 の名前は %2 です (逆引き)</translation>
    </message>
    <message>
        <source>%1 does not resolve: %2</source>
        <translation>%1 を名前解決できません: %2</translation>
    </message>
    <message>
        <source>%1 resolves to %2; %3</source>
        <translation>%1 は %2 に解決されます。%3</translation>
    </message>
    <message>
        <source>the computer&apos;s name %1 does not resolve: %2</source>
        <translation>コンピュータの名前 %1 を名前解決できません: %2</translation>
    </message>
    <message>
        <source>the computer&apos;s name %1 resolves to %2, not to %3</source>
        <translation>コンピュータの名前 %1 は %3 ではなく %2 に解決されます</translation>
    </message>
    <message>
        <source>DNS holds a stale address for %1: the computer changed address and its record was not updated</source>
        <translation>DNSが %1 の古いアドレスを保持しています: コンピュータのアドレスが変わりましたが、レコードが更新されていません</translation>
    </message>
    <message>
        <source>Update the DNS record of %1, or have the computer register it again (Windows: ipconfig /registerdns), then query again.</source>
        <translation>%1 のDNSレコードを更新するか、コンピュータに再登録させてから (Windows: ipconfig /registerdns)、もう一度クエリを実行してください。</translation>
    </message>
    <message>
        <source>the computer&apos;s name %1 resolves to %2</source>
        <translation>コンピュータの名前 %1 は %2 に解決されます</translation>
    </message>
    <message>
        <source>an address was given and no name is known for it: nothing to resolve</source>
        <translation>アドレスが指定され、その名前は不明です: 名前解決の対象はありません</translation>
    </message>
    <message>
        <source>no address to connect to</source>
        <translation>接続先のアドレスがありません</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>試行していません</translation>
    </message>
    <message>
        <source>%1 accepts connections</source>
        <translation>%1 は接続を受け付けます</translation>
    </message>
    <message>
        <source>%1 refused the connection: the computer is up, but the port is closed</source>
        <translation>%1 は接続を拒否しました: コンピュータは稼働していますが、ポートが閉じています</translation>
    </message>
    <message>
        <source>Nothing listens on the agent port %1 (the agent&apos;s process is not running, or it listens on another port), or a firewall rejects the connection</source>
        <translation>エージェントのポート %1 で待ち受けているものがありません (エージェントプロセスが稼働していないか、別のポートで待ち受けています)。またはファイアウォールが接続を拒否しています</translation>
    </message>
    <message>
        <source>On the computer, check that the agent runs and listens on port %1 (Windows: services.msc; Linux: systemctl status osmgmt-agent), and that its firewall (Windows Firewall, iptables) lets this console reach the port.</source>
        <translation>コンピュータ上で、エージェントが稼働してポート %1 で待ち受けていること (Windows: services.msc、Linux: systemctl status osmgmt-agent)、およびファイアウォール (Windowsファイアウォール、iptables) がこのコンソールからそのポートへの接続を許可していることを確認してください。</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 は %2 秒以内に応答しませんでした</translation>
    </message>
    <message>
        <source>The computer is powered off, a firewall drops the connection, or the computer left this network (a roaming laptop)</source>
        <translation>コンピュータの電源がオフになっているか、ファイアウォールが接続を破棄しているか、コンピュータがこのネットワークを離れました (ローミングするノートパソコン)</translation>
    </message>
    <message>
        <source>Check that the computer is on and on this network; check the firewalls between this console and the computer (network and host: Windows Firewall, iptables) for port %1; trace the route to see where the connection stops.</source>
        <translation>コンピュータの電源が入っていてこのネットワークにあることを確認してください。このコンソールとコンピュータの間のファイアウォール (ネットワークおよびホストベース: Windowsファイアウォール、iptables) でポート %1 を確認し、ルートをトレースして接続がどこで中断されているかを特定してください。</translation>
    </message>
    <message>
        <source>no route to %1: %2</source>
        <translation>%1 への経路がありません: %2</translation>
    </message>
    <message>
        <source>The computer left this network, or a router or firewall rejects the way to it</source>
        <translation>コンピュータがこのネットワークを離れたか、ルータまたはファイアウォールが経路を拒否しています</translation>
    </message>
    <message>
        <source>Check the routes and firewall policies between this console and the computer (traceroute); a roaming computer must come back on this network or its VPN.</source>
        <translation>このコンソールとコンピュータの間のルートとファイアウォールポリシーを確認してください (traceroute)。ローミングするコンピュータは、このネットワークまたはVPNに戻る必要があります。</translation>
    </message>
    <message>
        <source>The connection to the agent port failed: %1</source>
        <translation>エージェントのポートへの接続に失敗しました: %1</translation>
    </message>
    <message>
        <source>Check the network between this console and the computer.</source>
        <translation>このコンソールとコンピュータの間のネットワークを確認してください。</translation>
    </message>
    <message>
        <source>TLS established (%1)</source>
        <translation>TLSを確立しました (%1)</translation>
    </message>
    <message>
        <source>the agent port accepted the connection but did not complete the TLS handshake within %1 s</source>
        <translation>エージェントのポートは接続を受け付けましたが、%1 秒以内にTLSハンドシェイクを完了しませんでした</translation>
    </message>
    <message>
        <source>The agent is hung or overloaded: it accepts connections but does not answer</source>
        <translation>エージェントが応答停止しているか、負荷が非常に高い状態です: 接続は受け付けますが応答しません</translation>
    </message>
    <message>
        <source>Something other than the agent answers on port %1, or TLS with the agent failed</source>
        <translation>ポート %1 でエージェント以外のものが応答しているか、エージェントとのTLSに失敗しました</translation>
    </message>
    <message>
        <source>Check which program listens on port %1 on the computer and that the scope&apos;s agent port is right; reinstall the agent if its TLS is broken.</source>
        <translation>コンピュータのポート %1 で待ち受けているプログラムと、範囲のエージェントポートが正しいことを確認してください。エージェントのTLSが壊れている場合は、エージェントを再インストールしてください。</translation>
    </message>
    <message>
        <source>needs the agent port open</source>
        <translation>エージェントのポートが開いている必要があります</translation>
    </message>
    <message>
        <source>no gate port is set (&quot;Declare a computer unreachable by checking port&quot; is off)</source>
        <translation>到達確認ポートが設定されていません (「ポートを確認してコンピュータを到達不能と判断する」がオフです)</translation>
    </message>
    <message>
        <source>%1 answers: the computer is up</source>
        <translation>%1 が応答しました: コンピュータは稼働しています</translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation>%1 は接続を拒否しました</translation>
    </message>
    <message>
        <source>The computer is quarantined: its ports other than the agent&apos;s are closed</source>
        <translation>コンピュータは隔離されています: エージェント以外のポートは閉じています</translation>
    </message>
    <message>
        <source>Nothing listens on the gate port %1, or a firewall rejects the connection</source>
        <translation>到達確認ポート %1 で待ち受けているものがないか、ファイアウォールが接続を拒否しています</translation>
    </message>
    <message>
        <source>Check the computer&apos;s firewall for port %1, or choose a gate port that the computers of this network keep open.</source>
        <translation>コンピュータのファイアウォールでポート %1 を確認するか、このネットワークのコンピュータが開いている到達確認ポートを選択してください。</translation>
    </message>
    <message>
        <source>Check that the computer is on and on this network, and the firewalls between this console and the computer for port %1.</source>
        <translation>コンピュータの電源が入っていてこのネットワークにあること、およびこのコンソールとコンピュータの間のファイアウォールでポート %1 が許可されていることを確認してください。</translation>
    </message>
    <message>
        <source>Check the routes and firewall policies between this console and the computer (traceroute).</source>
        <translation>このコンソールとコンピュータの間のルートとファイアウォールポリシーを確認してください (traceroute)。</translation>
    </message>
    <message>
        <source>A firewall drops connections to the agent port %1: the computer is up (its gate port answers)</source>
        <translation>ファイアウォールがエージェントのポート %1 への接続を破棄しています: コンピュータは稼働しています (到達確認ポートが応答します)</translation>
    </message>
</context>
<context>
    <name>DiagnosisStep</name>
    <message>
        <source>Name resolution</source>
        <translation>名前解決</translation>
    </message>
    <message>
        <source>Agent port</source>
        <translation>エージェントのポート</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLSハンドシェイク</translation>
    </message>
    <message>
        <source>Agent certificate</source>
        <translation>エージェントの証明書</translation>
    </message>
    <message>
        <source>Agent clock</source>
        <translation>エージェントの時刻</translation>
    </message>
    <message>
        <source>Agent process and services</source>
        <translation>エージェントプロセスとサービス</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>隔離</translation>
    </message>
    <message>
        <source>Gate port</source>
        <translation>到達確認ポート</translation>
    </message>
</context>
<context>
    <name>DiagnosisStepsView</name>
    <message>
        <source>Step</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対処</translation>
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
    <message>
        <source>Diagnose connection...</source>
        <translation>接続を診断...</translation>
    </message>
    <message>
        <source>Computer details</source>
        <translation>コンピュータの詳細</translation>
    </message>
    <message>
        <source>Select one or more computers first.</source>
        <translation>先にコンピュータを1台以上選択してください。</translation>
    </message>
    <message>
        <source>No client is installed on the selected computers, so no agent can take the command. Install a client first; Diagnose connection shows what answers.</source>
        <translation>選択したコンピュータにはクライアントがインストールされていないため、コマンドを受け取るエージェントがありません。先にクライアントをインストールしてください。「接続を診断」で応答しているものを確認できます。</translation>
    </message>
    <message>
        <source>No agent port of the selected computers answered during the query. Diagnose connection shows why; run the query again once they answer.</source>
        <translation>クエリ中に、選択したコンピュータのエージェントポートは応答しませんでした。「接続を診断」で理由を確認し、応答するようになったらクエリを再実行してください。</translation>
    </message>
    <message>
        <source>Only clients of another server can be moved here; the selected computers are not.</source>
        <translation>このサーバに移動できるのは他のサーバのクライアントだけです。選択したコンピュータは該当しません。</translation>
    </message>
    <message>
        <source>Only a client of this or another server can be registered; the selected computers are not clients.</source>
        <translation>登録できるのはこのサーバまたは他のサーバのクライアントだけです。選択したコンピュータはクライアントではありません。</translation>
    </message>
    <message>
        <source>Only clients of this server take this command; the selected computers are not. Move or register them to this server first.</source>
        <translation>このコマンドを受け取るのはこのサーバのクライアントだけです。選択したコンピュータは該当しません。先にこのサーバに移動または登録してください。</translation>
    </message>
    <message>
        <source>The selected computers have no address to diagnose.</source>
        <translation>選択したコンピュータには診断するアドレスがありません。</translation>
    </message>
    <message>
        <source>The selected computers have no address, so they have no page of their own (an Active Directory computer whose name did not resolve).</source>
        <translation>選択したコンピュータにはアドレスがないため、個別のページはありません (名前を解決できなかった Active Directory のコンピュータ)。</translation>
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
    <name>EventLog</name>
    <message>
        <source>the event cannot be stored: %1</source>
        <translation>イベントを保存できません: %1</translation>
    </message>
    <message>
        <source>the events cannot be read: %1</source>
        <translation>イベントを読み取れません: %1</translation>
    </message>
</context>
<context>
    <name>EventNotifier</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n件のイベント</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Automatic response failed on %n computers: %1. See Events and the Computer Quarantine Status.</source>
        <translation>
            <numerusform>%n台のコンピュータで自動対応に失敗しました: %1。「イベント」と「コンピュータの隔離ステータス」を確認してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Went offline</source>
        <translation>オフラインになりました</translation>
    </message>
    <message>
        <source>Came online</source>
        <translation>オンラインに戻りました</translation>
    </message>
    <message>
        <source>Went missing</source>
        <translation>行方不明になりました</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>ステータスが変化しました</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>要注意</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>行方不明</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>コンピュータ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>From</source>
        <translation>変化前</translation>
    </message>
    <message>
        <source>To</source>
        <translation>変化後</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Automatic response verified</source>
        <translation>自動対応を検証済み</translation>
    </message>
    <message>
        <source>Automatic response failed</source>
        <translation>自動対応に失敗</translation>
    </message>
    <message>
        <source>Security risk detected</source>
        <translation>セキュリティリスクを検出</translation>
    </message>
    <message>
        <source>Policy: pending</source>
        <translation>ポリシー: 保留中</translation>
    </message>
    <message>
        <source>Policy: quarantined</source>
        <translation>ポリシー: 隔離</translation>
    </message>
    <message>
        <source>Policy: released</source>
        <translation>ポリシー: 隔離解除</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>準拠</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>すべてのイベント</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>過去24時間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去7日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去30日間</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全期間</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>The events cannot be read: %1</source>
        <translation>イベントを読み取れません: %1</translation>
    </message>
    <message>
        <source>Reading...</source>
        <translation>読み取り中...</translation>
    </message>
    <message>
        <source>The newest %1 events; narrow the filters to see older ones.</source>
        <translation>最新の%1件のイベントです。古いイベントを表示するには条件を絞り込んでください。</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n件のイベント</numerusform>
        </translation>
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
    <name>FilterChips</name>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>(no domain)</source>
        <translation>(ドメインなし)</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>検出元</translation>
    </message>
    <message>
        <source>IP ranges only, not in Active Directory</source>
        <translation>IPアドレス範囲のみ (Active Directoryにはない)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバ</translation>
    </message>
    <message>
        <source>AD tree</source>
        <translation>ADツリー</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>フィルタ:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1
Click to remove this filter.</source>
        <translation>%1
クリックするとこのフィルタを解除します。</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>フィルタ%1を解除</translation>
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
    <name>HealthComputersModel</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>コンピュータ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>要注意</translation>
    </message>
    <message>
        <source>Stopped services</source>
        <translation>停止しているサービス</translation>
    </message>
</context>
<context>
    <name>HealthCountsModel</name>
    <message>
        <source>Computers</source>
        <translation>コンピュータ</translation>
    </message>
</context>
<context>
    <name>HealthGatherWorker</name>
    <message>
        <source>no answer: the query was cancelled</source>
        <translation>応答なし: クエリがキャンセルされました</translation>
    </message>
    <message>
        <source>no console certificate was given</source>
        <translation>コンソールの証明書が渡されていません</translation>
    </message>
    <message>
        <source>not asked: the query was cancelled</source>
        <translation>問い合わせていません: クエリがキャンセルされました</translation>
    </message>
    <message>
        <source>not asked: this console&apos;s certificate is not available: %1</source>
        <translation>問い合わせていません: このコンソールの証明書を使用できません: %1</translation>
    </message>
</context>
<context>
    <name>HealthHistoryChart</name>
    <message>
        <source>Query %1: %2 need attention of %3</source>
        <translation>クエリ %1: %3 台中 %2 台が要注意</translation>
    </message>
    <message>
        <source>No health gathered yet</source>
        <translation>状態はまだ収集されていません</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Health across past queries</source>
        <translation>過去のクエリでの状態</translation>
    </message>
</context>
<context>
    <name>HealthKeys</name>
    <message>
        <source>Antivirus</source>
        <translation>ウイルス対策</translation>
    </message>
    <message>
        <source>Antivirus Scan</source>
        <translation>ウイルス検索</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>ファイアウォール</translation>
    </message>
    <message>
        <source>Virus Definitions</source>
        <translation>ウイルス定義</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>要注意</translation>
    </message>
    <message>
        <source>No data available</source>
        <translation>データがありません</translation>
    </message>
    <message>
        <source>Untracked</source>
        <translation>追跡対象外</translation>
    </message>
</context>
<context>
    <name>HealthSettings</name>
    <message>
        <source>missing or not a non-empty string</source>
        <translation>ないか、空でない文字列ではありません</translation>
    </message>
    <message>
        <source>(Default Settings) apply to every computer no other settings target; they take no targets</source>
        <translation>(Default Settings) は他の設定が対象としないすべてのコンピュータに適用されるため、対象を指定できません</translation>
    </message>
</context>
<context>
    <name>HealthSettingsImport</name>
    <message>
        <source>the import is not recorded in the audit log, so nothing was changed: %1</source>
        <translation>インポートを監査ログに記録できないため、何も変更されていません: %1</translation>
    </message>
    <message>
        <source>the settings were imported, but their outcome is not in the audit log: %1</source>
        <translation>設定はインポートされましたが、その結果は監査ログに記録されていません: %1</translation>
    </message>
</context>
<context>
    <name>HealthSettingsList</name>
    <message>
        <source>missing or not an array</source>
        <translation>ないか、配列ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names other settings already</source>
        <translation>「%1」は既に別の設定の名前です</translation>
    </message>
</context>
<context>
    <name>HealthStates</name>
    <message>
        <source>cannot store the evaluated health of %1: %2</source>
        <translation>%1 の評価済みのエージェントの状態を保存できません: %2</translation>
    </message>
    <message>
        <source>query %1 is not stored</source>
        <translation>クエリ %1 は保存されていません</translation>
    </message>
    <message>
        <source>cannot read the health settings&apos; revision: %1</source>
        <translation>エージェントの状態の評価設定のリビジョンを読み取れません: %1</translation>
    </message>
    <message>
        <source>cannot count the health states to evaluate: %1</source>
        <translation>評価するエージェントの状態を数えられません: %1</translation>
    </message>
    <message>
        <source>cannot read the health to evaluate: %1</source>
        <translation>評価するエージェントの状態を読み取れません: %1</translation>
    </message>
    <message>
        <source>the stored health of %1 cannot be read: %2</source>
        <translation>保存されている %1 のエージェントの状態を読み取れません: %2</translation>
    </message>
    <message>
        <source>cannot read the newest query with health: %1</source>
        <translation>エージェントの状態のある最新のクエリを読み取れません: %1</translation>
    </message>
    <message>
        <source>cannot read the health of query %1: %2</source>
        <translation>クエリ %1 のエージェントの状態を読み取れません: %2</translation>
    </message>
    <message>
        <source>the stored health of %1 has an unknown outcome &quot;%2&quot;</source>
        <translation>保存されている %1 のエージェントの状態の結果「%2」は不明です</translation>
    </message>
    <message>
        <source>the stored health state of %1 is not one: &quot;%2&quot;</source>
        <translation>保存されている %1 のエージェントの状態「%2」は状態ではありません</translation>
    </message>
    <message>
        <source>cannot read the health history: %1</source>
        <translation>エージェントの状態の履歴を読み取れません: %1</translation>
    </message>
    <message>
        <source>a stored health state of query %1 is not one: &quot;%2&quot;</source>
        <translation>クエリ %1 に保存されているエージェントの状態「%2」は状態ではありません</translation>
    </message>
    <message>
        <source>cannot read the health history of %1: %2</source>
        <translation>%1 のエージェントの状態の履歴を読み取れません: %2</translation>
    </message>
    <message>
        <source>a stored health state of %1 is not one: &quot;%2&quot;</source>
        <translation>保存されている %1 のエージェントの状態「%2」は状態ではありません</translation>
    </message>
</context>
<context>
    <name>HealthStore</name>
    <message>
        <source>cannot store the health of %1: %2</source>
        <translation>%1 のエージェントの状態を保存できません: %2</translation>
    </message>
    <message>
        <source>cannot read the health of query %1: %2</source>
        <translation>クエリ %1 のエージェントの状態を読み取れません: %2</translation>
    </message>
    <message>
        <source>the stored health of %1 has an unknown outcome &quot;%2&quot;</source>
        <translation>保存されている %1 のエージェントの状態に不明な結果「%2」があります</translation>
    </message>
    <message>
        <source>the stored health of %1 cannot be read: %2</source>
        <translation>保存されている %1 のエージェントの状態を読み取れません: %2</translation>
    </message>
    <message>
        <source>cannot read the health evaluation settings: %1</source>
        <translation>エージェントの状態の評価設定を読み取れません: %1</translation>
    </message>
    <message>
        <source>the stored health evaluation settings cannot be used: %1</source>
        <translation>保存されているエージェントの状態の評価設定を使用できません: %1</translation>
    </message>
    <message>
        <source>cannot save the health evaluation settings: %1</source>
        <translation>エージェントの状態の評価設定を保存できません: %1</translation>
    </message>
</context>
<context>
    <name>HealthSummaryPage</name>
    <message>
        <source>Computers that need attention</source>
        <translation>要注意のコンピュータ</translation>
    </message>
    <message>
        <source>Health across past queries</source>
        <translation>過去のクエリでの状態</translation>
    </message>
    <message>
        <source>Open the computers in this state</source>
        <translation>この状態のコンピュータを開く</translation>
    </message>
    <message>
        <source>Agent Health: %1</source>
        <translation>エージェントの状態: %1</translation>
    </message>
    <message>
        <source>No query has gathered agent health yet.</source>
        <translation>エージェントの状態を収集したクエリはまだありません。</translation>
    </message>
    <message numerus="yes">
        <source>Query %1 (%2): %3 of %n computers have an agent of this server.</source>
        <translation>
            <numerusform>クエリ %1 (%2): %n 台中 %3 台にこのサーバのエージェントがあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Health is gathered by each query from the agents of this server only; no computer of this group has one that reported.</source>
        <translation>状態は各クエリでこのサーバのエージェントからのみ収集されます。このグループには報告したエージェントを持つコンピュータがありません。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Health evaluation settings. Several settings target the same computers here; each is evaluated by the oldest: %1</source>
        <translation>エージェントの状態の評価設定。ここでは複数の設定が同じコンピュータを対象にしています。各コンピュータは最も古い設定で評価されます: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Health evaluation settings</source>
        <translation>エージェントの状態の評価設定</translation>
    </message>
    <message numerus="yes">
        <source>Start service where it is not running (%n computers)</source>
        <translation>
            <numerusform>実行されていないサービスを開始 (%n 台)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): antivirus scan within %3 days, virus definitions within %4 days</source>
        <translation>%1 (%2): ウイルス検索 %3 日以内、ウイルス定義 %4 日以内</translation>
    </message>
    <message>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Settings that target the same computers of this group: %1. Each computer is evaluated by the oldest of them.</source>
        <translation>このグループの同じコンピュータを対象にしている設定: %1。各コンピュータは最も古い設定で評価されます。</translation>
    </message>
    <message>
        <source>Change them with: osmgmt-cli health-settings export FILE, edit FILE, osmgmt-cli health-settings import FILE (recorded in the audit log).</source>
        <translation>変更方法: osmgmt-cli health-settings export FILE で書き出し、FILE を編集し、osmgmt-cli health-settings import FILE で読み込みます (監査ログに記録されます)。</translation>
    </message>
    <message>
        <source>Health summary</source>
        <translation>エージェントの状態の概要</translation>
    </message>
    <message>
        <source>The health history cannot be read: %1</source>
        <translation>エージェントの状態の履歴を読み取れません: %1</translation>
    </message>
</context>
<context>
    <name>HealthTurns</name>
    <message>
        <source>%1 needs attention: %2 stopped</source>
        <translation>%1が要注意です: %2が停止しています</translation>
    </message>
    <message>
        <source>%1 needs attention (settings: %2)</source>
        <translation>%1が要注意です (設定: %2)</translation>
    </message>
</context>
<context>
    <name>HeartbeatAsker</name>
    <message>
        <source>no agent address and port are known for this computer</source>
        <translation>このコンピュータのエージェントのアドレスとポートが不明です</translation>
    </message>
</context>
<context>
    <name>HeartbeatDuty</name>
    <message>
        <source>%1 agents asked: %2 online, %3 offline, %4 missing; %5 events</source>
        <translation>%1台のエージェントに確認: オンライン%2、オフライン%3、行方不明%4、イベント%5件</translation>
    </message>
    <message>
        <source>stopped before %1 agents were asked</source>
        <translation>%1台のエージェントに確認する前に停止しました</translation>
    </message>
    <message numerus="yes">
        <source>%n agents not due yet (their group&apos;s interval)</source>
        <translation>
            <numerusform>%n台のエージェントはまだ確認の時期ではありません (グループの間隔)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agents in several heartbeat groups (the first applies)</source>
        <translation>
            <numerusform>%n台のエージェントが複数のハートビートグループに含まれています (最初のグループを適用)</numerusform>
        </translation>
    </message>
    <message>
        <source>health not evaluated: %1</source>
        <translation>エージェントの状態は評価されませんでした: %1</translation>
    </message>
</context>
<context>
    <name>HeartbeatGroupDialog</name>
    <message>
        <source>Add Heartbeat Group</source>
        <translation>ハートビートグループの追加</translation>
    </message>
    <message>
        <source>Edit Heartbeat Group %1</source>
        <translation>ハートビートグループ %1 の編集</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>ノートPC</translation>
    </message>
    <message>
        <source>10.20.0.0/16, one a line</source>
        <translation>10.20.0.0/16 (1行に1つ)</translation>
    </message>
    <message>
        <source>fd00:20::/112, one a line</source>
        <translation>fd00:20::/112 (1行に1つ)</translation>
    </message>
    <message>
        <source>OU=Laptops,DC=corp,DC=example, one a line</source>
        <translation>OU=Laptops,DC=corp,DC=example (1行に1つ)</translation>
    </message>
    <message>
        <source>Computer names or addresses, one a line</source>
        <translation>コンピュータ名またはアドレス (1行に1つ)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Never offline (heartbeats are still asked and shown)</source>
        <translation>オフラインにしない (ハートビートの確認と表示は続けます)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Applies to (a computer in any of these):</source>
        <translation>適用対象 (次のいずれかに該当するコンピュータ):</translation>
    </message>
    <message>
        <source>IPv4 ranges:</source>
        <translation>IPv4範囲:</translation>
    </message>
    <message>
        <source>IPv6 prefixes:</source>
        <translation>IPv6プレフィックス:</translation>
    </message>
    <message>
        <source>Active Directory containers:</source>
        <translation>Active Directoryコンテナ:</translation>
    </message>
    <message>
        <source>Computers:</source>
        <translation>コンピュータ:</translation>
    </message>
    <message>
        <source>Heartbeat interval:</source>
        <translation>ハートビート間隔:</translation>
    </message>
    <message>
        <source>Offline after missed heartbeats:</source>
        <translation>オフラインと判断するハートビート欠落回数:</translation>
    </message>
</context>
<context>
    <name>HeartbeatGroupDraft</name>
    <message>
        <source>Name: a group needs a name.</source>
        <translation>名前: グループには名前が必要です。</translation>
    </message>
    <message>
        <source>Name: &quot;%1&quot; names another group already.</source>
        <translation>名前: 「%1」は既に別のグループの名前です。</translation>
    </message>
    <message>
        <source>IPv4 ranges, entry %1 (%2): %3</source>
        <translation>IPv4範囲、%1 番目の項目 (%2): %3</translation>
    </message>
    <message>
        <source>IPv6 prefixes, entry %1 (%2): %3</source>
        <translation>IPv6プレフィックス、%1 番目の項目 (%2): %3</translation>
    </message>
    <message>
        <source>Active Directory containers, entry %1 (%2): not a distinguished name such as OU=Laptops,DC=corp,DC=example</source>
        <translation>Active Directoryコンテナ、%1 番目の項目 (%2): OU=Laptops,DC=corp,DC=example のような識別名ではありません</translation>
    </message>
    <message>
        <source>Applies to: name at least one IPv4 range, IPv6 prefix, Active Directory container or computer.</source>
        <translation>適用対象: IPv4範囲、IPv6プレフィックス、Active Directoryコンテナ、コンピュータのいずれかを1つ以上指定してください。</translation>
    </message>
    <message>
        <source>Heartbeat interval: from 1 to %1 minutes.</source>
        <translation>ハートビート間隔: 1～%1 分で指定してください。</translation>
    </message>
    <message>
        <source>Offline after missed heartbeats: from 1 to %1.</source>
        <translation>オフラインと判断するハートビート欠落回数: 1～%1 で指定してください。</translation>
    </message>
</context>
<context>
    <name>HeartbeatGroupsModel</name>
    <message>
        <source>IPv4 %1</source>
        <translation>IPv4 %1</translation>
    </message>
    <message>
        <source>IPv6 %1</source>
        <translation>IPv6 %1</translation>
    </message>
    <message>
        <source>AD %1</source>
        <translation>AD %1</translation>
    </message>
    <message>
        <source>computers %1</source>
        <translation>コンピュータ %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>Never offline</source>
        <translation>オフラインにしない</translation>
    </message>
    <message>
        <source>After %1 missed</source>
        <translation>%1 回欠落後</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>適用対象</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>間隔</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
</context>
<context>
    <name>HeartbeatMark</name>
    <message>
        <source>last contact %1</source>
        <translation>最終接続 %1</translation>
    </message>
    <message>
        <source>no contact yet</source>
        <translation>まだ接続がありません</translation>
    </message>
    <message>
        <source>Heartbeat: online (%1)</source>
        <translation>ハートビート: オンライン (%1)</translation>
    </message>
    <message>
        <source>Heartbeat: missing (%1)</source>
        <translation>ハートビート: 行方不明 (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n時間</numerusform>
        </translation>
    </message>
    <message>
        <source>Heartbeat: offline for %1 or more (%2)</source>
        <translation>ハートビート: オフライン、%1以上 (%2)</translation>
    </message>
    <message>
        <source>Heartbeat: offline, less than %1 (%2)</source>
        <translation>ハートビート: オフライン、%1未満 (%2)</translation>
    </message>
</context>
<context>
    <name>HeartbeatPolicy</name>
    <message>
        <source>the heartbeat interval must be from 1 to %1 minutes</source>
        <translation>ハートビート間隔は1～%1分で指定してください</translation>
    </message>
    <message>
        <source>the missed heartbeats before Offline must be from 1 to %1</source>
        <translation>オフラインと判断するハートビート欠落回数は1～%1で指定してください</translation>
    </message>
    <message>
        <source>Missing must come after 1 to %1 days offline</source>
        <translation>行方不明と判断するオフライン期間は1～%1日で指定してください</translation>
    </message>
    <message>
        <source>the aging bands must grow: the first (%1 hours) shorter than the second (%2 hours), shorter than the third (%3 days), shorter than Missing (%4 days)</source>
        <translation>経過区分は順に長くしてください: 第1区分 (%1時間) &lt; 第2区分 (%2時間) &lt; 第3区分 (%3日) &lt; 行方不明 (%4日)</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>不明なキーです</translation>
    </message>
    <message>
        <source>missing or not an object</source>
        <translation>ないか、オブジェクトではありません</translation>
    </message>
    <message>
        <source>not an array</source>
        <translation>配列ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names another group already</source>
        <translation>「%1」は別のグループの名前として使われています</translation>
    </message>
</context>
<context>
    <name>HeartbeatPolicyStore</name>
    <message>
        <source>cannot read the heartbeat settings: %1</source>
        <translation>ハートビート設定を読み取れません: %1</translation>
    </message>
    <message>
        <source>the stored heartbeat settings cannot be used: %1</source>
        <translation>保存されているハートビート設定を使用できません: %1</translation>
    </message>
    <message>
        <source>the heartbeat settings were not saved: %1</source>
        <translation>ハートビート設定は保存されませんでした: %1</translation>
    </message>
    <message>
        <source>cannot save the heartbeat settings: %1</source>
        <translation>ハートビート設定を保存できません: %1</translation>
    </message>
    <message>
        <source>the heartbeat settings were saved, but the audit log refused the entry: %1</source>
        <translation>ハートビート設定は保存されましたが、監査ログへの記録が拒否されました: %1</translation>
    </message>
</context>
<context>
    <name>HeartbeatSettingsPage</name>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Heartbeat interval:</source>
        <translation>ハートビート間隔:</translation>
    </message>
    <message>
        <source>Offline after missed heartbeats:</source>
        <translation>オフラインと判断するハートビート欠落回数:</translation>
    </message>
    <message>
        <source>Missing after offline for:</source>
        <translation>行方不明と判断するオフライン期間:</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>デスクトップ通知</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 時間</translation>
    </message>
    <message>
        <source>Offline, first band under:</source>
        <translation>オフライン、第1区分の上限:</translation>
    </message>
    <message>
        <source>Offline, second band under:</source>
        <translation>オフライン、第2区分の上限:</translation>
    </message>
    <message>
        <source>Offline, third band under:</source>
        <translation>オフライン、第3区分の上限:</translation>
    </message>
    <message>
        <source>These settings are the database&apos;s: every watcher of it (this console&apos;s, other consoles&apos;, osmgmt-cli watch) applies them at its next cycle, without restarting. Desktop notifications are this console&apos;s.</source>
        <translation>これらの設定はデータベースに保存されます: そのデータベースのすべてのウォッチャー (このコンソール、他のコンソール、osmgmt-cli watch) が再起動せずに次のサイクルで適用します。デスクトップ通知はこのコンソールだけの設定です。</translation>
    </message>
    <message>
        <source>Groups (the first that takes an agent applies)</source>
        <translation>グループ (エージェントに最初に該当したグループを適用)</translation>
    </message>
    <message>
        <source>No groups: the settings above apply to every agent. Add a group for computers judged their own way (laptops: never offline).</source>
        <translation>グループはありません: 上の設定がすべてのエージェントに適用されます。別の基準で判断するコンピュータ (ノートPCをオフラインにしない、など) にはグループを追加してください。</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下へ移動</translation>
    </message>
</context>
<context>
    <name>HeartbeatStore</name>
    <message>
        <source>agent %1 has the unknown heartbeat state &quot;%2&quot;</source>
        <translation>エージェント%1のハートビート状態「%2」は不明です</translation>
    </message>
    <message>
        <source>the agents&apos; heartbeats cannot be read: %1</source>
        <translation>エージェントのハートビートを読み取れません: %1</translation>
    </message>
    <message>
        <source>the agents of this server cannot be read: %1</source>
        <translation>このサーバのエージェントを読み取れません: %1</translation>
    </message>
    <message>
        <source>the heartbeat round cannot be stored: %1</source>
        <translation>ハートビートの結果を保存できません: %1</translation>
    </message>
    <message>
        <source>the agents&apos; last health cannot be read: %1</source>
        <translation>エージェントの前回の状態を読み取れません: %1</translation>
    </message>
</context>
<context>
    <name>HelpText</name>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>ステータス: %1</translation>
    </message>
    <message>
        <source>Statuses and checks</source>
        <translation>ステータスとチェック</translation>
    </message>
    <message>
        <source>An agent answered on an agent port and proved with its certificate that it is registered to this server. The computer is protected by this server.</source>
        <translation>エージェントポートでエージェントが応答し、このサーバに登録されていることを証明書で証明しました。このコンピュータはこのサーバで保護されています。</translation>
    </message>
    <message>
        <source>An agent answered on an agent port, but it is registered to another server, or it claims this server without proving it. The client is online but this server does not manage it.</source>
        <translation>エージェントポートでエージェントが応答しましたが、他のサーバに登録されているか、証明せずにこのサーバを名乗っています。クライアントはオンラインですが、このサーバでは管理していません。</translation>
    </message>
    <message>
        <source>The computer answered, but no agent answered on the agent ports: the client is not installed, not running, or listens on a port that is not in the scope.</source>
        <translation>コンピュータは応答しましたが、エージェントポートで応答したエージェントはありません。クライアントがインストールされていないか、実行されていないか、範囲に含まれないポートで待ち受けています。</translation>
    </message>
    <message>
        <source>The console cannot connect to the computer and determine its security status: the gate port did not connect, or nothing answered on any port.</source>
        <translation>コンソールがコンピュータに接続できず、セキュリティステータスを判断できません。到達確認ポートに接続できなかったか、どのポートからも応答がありませんでした。</translation>
    </message>
    <message>
        <source>The computer belongs to an Active Directory domain, but its security status cannot be determined: its name gives no address, its address is another computer&apos;s, it was never assessed, or a port did not complete the agent handshake.</source>
        <translation>コンピュータはActive Directoryドメインに属していますが、セキュリティステータスを判断できません。名前からアドレスが得られない、アドレスが他のコンピュータのものである、一度も評価されていない、またはポートがエージェントのハンドシェイクを完了しなかった、のいずれかです。</translation>
    </message>
    <message>
        <source>Nothing is needed. From the context menu you can quarantine it, release it from quarantine or start a service on it.</source>
        <translation>対応は不要です。コンテキストメニューから、隔離、隔離解除、サービスの開始を行えます。</translation>
    </message>
    <message>
        <source>To have this server manage it, choose %1 in the context menu (the Client Mover, with the other server&apos;s credential). When the detail says the agent claims this server unverified, choose %2.</source>
        <translation>このサーバで管理するには、コンテキストメニューの%1を選択します (クライアント移動ツール。他のサーバの資格情報が必要です)。詳細に、エージェントがこのサーバを名乗っているが未検証と表示されている場合は、%2を選択します。</translation>
    </message>
    <message>
        <source>Install the client on the computer, then run the query again. If a client is installed, check that its agent is running and that its port is listed in %1 of the scope.</source>
        <translation>コンピュータにクライアントをインストールしてから、クエリを再実行します。クライアントがインストール済みの場合は、エージェントが実行中であること、そのポートが範囲の%1に含まれていることを確認します。</translation>
    </message>
    <message>
        <source>Check that the computer is on and that no firewall drops the gate port or the agent ports. If the computer does not listen on the gate port, choose another port or turn the check off in %1 of the scope.</source>
        <translation>コンピュータの電源が入っていること、ファイアウォールが到達確認ポートやエージェントポートを遮断していないことを確認します。コンピュータが到達確認ポートで待ち受けていない場合は、範囲の%1で別のポートを選択するか、チェックをオフにします。</translation>
    </message>
    <message>
        <source>Check the computer&apos;s DNS record and the %1 column. Turn on %2 in the scope so that every computer is assessed, then run the query again.</source>
        <translation>コンピュータのDNSレコードと%1列を確認します。すべてのコンピュータが評価されるよう範囲で%2をオンにしてから、クエリを再実行します。</translation>
    </message>
    <message>
        <source>The port accepted the connection: the computer is up. The agent ports are checked next.</source>
        <translation>ポートが接続を受け付けました。コンピュータは稼働しています。次にエージェントポートを確認します。</translation>
    </message>
    <message>
        <source>The computer answered that the port is closed. It is declared unreachable and nothing else is tried.</source>
        <translation>コンピュータはポートが閉じていると応答しました。到達不能と判断され、それ以上の確認は行いません。</translation>
    </message>
    <message>
        <source>Nothing answered within the connection timeout: the computer is off, or a firewall drops the connection. It is declared unreachable.</source>
        <translation>接続タイムアウト内に応答がありませんでした。コンピュータの電源が切れているか、ファイアウォールが接続を遮断しています。到達不能と判断されます。</translation>
    </message>
    <message>
        <source>The network reported that the computer cannot be reached (no route to host). It is declared unreachable.</source>
        <translation>ネットワークから、コンピュータに到達できないと通知されました (ホストへのルートなし)。到達不能と判断されます。</translation>
    </message>
    <message>
        <source>The gate port was not checked: the check is turned off in the scope, or the computer has no address to check.</source>
        <translation>到達確認ポートは確認されていません。範囲でチェックがオフになっているか、確認するアドレスがコンピュータにありません。</translation>
    </message>
    <message>
        <source>Security statuses</source>
        <translation>セキュリティステータス</translation>
    </message>
    <message>
        <source>A query gives every computer of the scope one security status. The four statuses other than %1 are the computers outside server management: the ones to look at.</source>
        <translation>クエリは、範囲内の各コンピュータにセキュリティステータスを1つ割り当てます。%1以外の4つのステータスが外部サーバ管理のコンピュータで、確認が必要なものです。</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>対処: %1</translation>
    </message>
    <message>
        <source>The gate port (the unreachable check)</source>
        <translation>到達確認ポート (到達不能チェック)</translation>
    </message>
    <message>
        <source>With %1 (in %2 of the scope), the console first connects to that port on each computer, port 135 by default. When the connection is not established, the computer is declared unreachable at once and nothing else is tried, which speeds up the query.</source>
        <translation>%1 (範囲の%2) をオンにすると、コンソールはまず各コンピュータのそのポート (既定はポート135) に接続します。接続できない場合、コンピュータはただちに到達不能と判断され、それ以上の確認は行いません。これによりクエリが速くなります。</translation>
    </message>
    <message>
        <source>Declare a computer unreachable by checking port 135</source>
        <translation>ポート135を確認してコンピュータを到達不能と判断する</translation>
    </message>
    <message>
        <source>The scope checks port %1 now.</source>
        <translation>現在の範囲ではポート%1を確認します。</translation>
    </message>
    <message>
        <source>The check is turned off in the scope now.</source>
        <translation>現在の範囲ではこのチェックはオフです。</translation>
    </message>
    <message>
        <source>The %1 column shows what that connection did:</source>
        <translation>%1列には、その接続の結果が表示されます:</translation>
    </message>
    <message>
        <source>Agent ports</source>
        <translation>エージェントポート</translation>
    </message>
    <message>
        <source>The ports the agents listen on, listed in %1 under %2 of the scope. Each server chooses its agent port when it is installed: keep a record of it.</source>
        <translation>エージェントが待ち受けるポートで、範囲の%2の%1に指定します。エージェントポートはサーバのインストール時に決まります。控えておいてください。</translation>
    </message>
    <message>
        <source>The scope lists no agent port yet.</source>
        <translation>範囲にはまだエージェントポートがありません。</translation>
    </message>
    <message>
        <source>The scope lists these agent ports now: %1.</source>
        <translation>現在の範囲のエージェントポート: %1。</translation>
    </message>
    <message>
        <source>On each computer the gate port did not rule out, the console connects to every agent port over TLS and asks the agent who it is: the server it is registered to, its name and its version. The %1 column shows the port where an agent answered; it is empty when none did.</source>
        <translation>到達確認ポートで除外されなかった各コンピュータについて、コンソールはすべてのエージェントポートにTLSで接続し、登録先のサーバ、名前、バージョンをエージェントに問い合わせます。%1列には、エージェントが応答したポートが表示されます。応答がなかった場合は空欄です。</translation>
    </message>
    <message>
        <source>A refused connection shows that the computer is up with the port closed. A port that accepts the connection but does not complete the agent handshake (no answer, an answer that is not the agent protocol, or a closed connection) is named in the %1 column.</source>
        <translation>接続が拒否された場合、コンピュータは稼働していてポートが閉じています。接続を受け付けたもののエージェントのハンドシェイクを完了しなかったポート (応答なし、エージェントプロトコルではない応答、切断) は、%1列に表示されます。</translation>
    </message>
    <message>
        <source>On-demand assessment of Active Directory computers</source>
        <translation>Active Directoryコンピュータのオンデマンド評価</translation>
    </message>
    <message>
        <source>With %1 (in the Active Directory scope), every computer of the chosen Active Directory objects is resolved to its address and checked in real time, like an address of an IP range. This gives the most accurate result, but takes longer on a large directory.</source>
        <translation>%1 (Active Directory範囲) をオンにすると、選択したActive Directoryオブジェクトの各コンピュータの名前をアドレスに解決し、IPアドレス範囲のアドレスと同じようにリアルタイムで確認します。最も正確な結果が得られますが、大きなディレクトリでは時間がかかります。</translation>
    </message>
    <message>
        <source>Without it, the console does not contact those computers (unless their address is also in an IP range of the scope): each one takes its last stored result, with the date of that assessment in the %1 column. A computer that was never assessed is shown as %2.</source>
        <translation>オフの場合、コンソールはそれらのコンピュータに接続しません (アドレスが範囲のIPアドレス範囲にも含まれる場合を除く)。各コンピュータには最後に保存された結果が使われ、%1列にその評価の日時が表示されます。一度も評価されていないコンピュータは%2と表示されます。</translation>
    </message>
    <message>
        <source>[server]</source>
        <translation>[サーバ]</translation>
    </message>
    <message>
        <source>[computer name]</source>
        <translation>[コンピュータ名]</translation>
    </message>
    <message>
        <source>[address]</source>
        <translation>[アドレス]</translation>
    </message>
    <message>
        <source>Why a computer got its status</source>
        <translation>コンピュータがそのステータスになった理由</translation>
    </message>
    <message>
        <source>The %1 column says in words why a computer got its status. Words in square brackets stand for what the console saw.</source>
        <translation>%1列には、コンピュータがそのステータスになった理由が表示されます。角かっこ内の語は、コンソールが実際に確認した内容に置き換わります。</translation>
    </message>
    <message>
        <source>The agent proved with its certificate that it belongs to this server.</source>
        <translation>エージェントは、このサーバに属していることを証明書で証明しました。</translation>
    </message>
    <message>
        <source>The agent named another server as its own.</source>
        <translation>エージェントは他のサーバを登録先として示しました。</translation>
    </message>
    <message>
        <source>[reason]</source>
        <translation>[理由]</translation>
    </message>
    <message>
        <source>See %1 below for the reasons.</source>
        <translation>理由については、下の%1を参照してください。</translation>
    </message>
    <message>
        <source>Unverified agents</source>
        <translation>未検証のエージェント</translation>
    </message>
    <message>
        <source>[port]</source>
        <translation>[ポート]</translation>
    </message>
    <message>
        <source>[what the port did]</source>
        <translation>[ポートの動作]</translation>
    </message>
    <message>
        <source>Status: %1 for an address of an IP range, %2 for an Active Directory computer.</source>
        <translation>ステータス: IPアドレス範囲のアドレスでは%1、Active Directoryコンピュータでは%2。</translation>
    </message>
    <message>
        <source>Something listens on the agent port but does not speak the agent protocol, or the agent stopped halfway.</source>
        <translation>エージェントポートで何かが待ち受けていますが、エージェントプロトコルで応答しないか、エージェントが途中で停止しました。</translation>
    </message>
    <message>
        <source>No port answered, not even with a refusal: the computer is off, or a firewall drops every connection.</source>
        <translation>拒否も含め、どのポートも応答しませんでした。コンピュータの電源が切れているか、ファイアウォールがすべての接続を遮断しています。</translation>
    </message>
    <message>
        <source>DNS knows the name but gives it no address.</source>
        <translation>DNSに名前はありますが、アドレスがありません。</translation>
    </message>
    <message>
        <source>[DNS error]</source>
        <translation>[DNSエラー]</translation>
    </message>
    <message>
        <source>The name could not be looked up in DNS.</source>
        <translation>DNSで名前を検索できませんでした。</translation>
    </message>
    <message>
        <source>[other computer]</source>
        <translation>[他のコンピュータ]</translation>
    </message>
    <message>
        <source>Two Active Directory computers have one address; the first is assessed, the other cannot be told apart from it.</source>
        <translation>2つのActive Directoryコンピュータが同じアドレスを持っています。最初のコンピュータが評価され、もう一方は区別できません。</translation>
    </message>
    <message>
        <source>[date]</source>
        <translation>[日時]</translation>
    </message>
    <message>
        <source>[detail]</source>
        <translation>[詳細]</translation>
    </message>
    <message>
        <source>Status: the one the earlier query gave.</source>
        <translation>ステータス: 以前のクエリの結果。</translation>
    </message>
    <message>
        <source>On-demand assessment is off: the result of an earlier query.</source>
        <translation>オンデマンド評価がオフのため、以前のクエリの結果を使用しています。</translation>
    </message>
    <message>
        <source>[why]</source>
        <translation>[理由]</translation>
    </message>
    <message>
        <source>Any computer on the network can answer on an agent port and name this server. An agent counts as %1 only when it proves it: the certificate it presents must be issued by this server&apos;s certificate authority (CA), be an agent certificate, be valid now and name the address the console reached.</source>
        <translation>ネットワーク上のどのコンピュータでも、エージェントポートで応答してこのサーバを名乗ることができます。エージェントが%1として扱われるのは、それを証明した場合だけです。提示する証明書が、このサーバの認証局 (CA) から発行されたエージェント証明書で、現在有効であり、コンソールが接続したアドレスを含んでいる必要があります。</translation>
    </message>
    <message>
        <source>A claim without that proof is shown as %1 with “unverified” in the %2 column, and is never counted as protected. To manage such a computer, choose %3 in the context menu: this server&apos;s CA then issues the agent its certificate.</source>
        <translation>この証明のない主張は、%2列に「未検証」と表示され、%1として扱われ、保護されているとは数えられません。このようなコンピュータを管理するには、コンテキストメニューの%3を選択します。このサーバの認証局がエージェントに証明書を発行します。</translation>
    </message>
    <message>
        <source>The reasons a claim is unverified:</source>
        <translation>主張が未検証となる理由:</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
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
    <name>JsonFields</name>
    <message>
        <source>not an object</source>
        <translation>オブジェクトではありません</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>不明なキーです</translation>
    </message>
    <message>
        <source>not true or false</source>
        <translation>true でも false でもありません</translation>
    </message>
    <message>
        <source>not an array</source>
        <translation>配列ではありません</translation>
    </message>
    <message>
        <source>not a non-empty string</source>
        <translation>空でない文字列ではありません</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>%1ではありません</translation>
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
    <message>
        <source>&amp;Statuses and checks</source>
        <translation>ステータスとチェック(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>イベント(&amp;E)</translation>
    </message>
    <message>
        <source>The query history opens once the console&apos;s store is open.</source>
        <translation>クエリ履歴はコンソールのデータベースを開いた後に使用できます。</translation>
    </message>
    <message>
        <source>The schedule can be edited once the console&apos;s store is open.</source>
        <translation>予約クエリはコンソールのデータベースを開いた後に編集できます。</translation>
    </message>
    <message>
        <source>Commands to agents are available once this console&apos;s identity is loaded.</source>
        <translation>エージェントへのコマンドはこのコンソールの証明書を読み込んだ後に使用できます。</translation>
    </message>
    <message>
        <source>Agent &amp;Health</source>
        <translation>エージェントの状態(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概要(&amp;O)</translation>
    </message>
    <message>
        <source>Computer &amp;Quarantine Status</source>
        <translation>コンピュータの隔離ステータス(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Detections</source>
        <translation>検出(&amp;D)</translation>
    </message>
    <message>
        <source>No query is running.</source>
        <translation>実行中のクエリはありません。</translation>
    </message>
    <message>
        <source>&amp;Find computers</source>
        <translation>コンピュータを検索(&amp;F)</translation>
    </message>
    <message>
        <source>Run a query at &amp;start</source>
        <translation>起動時にクエリを実行(&amp;S)</translation>
    </message>
    <message>
        <source>Context menu</source>
        <translation>コンテキストメニュー</translation>
    </message>
    <message>
        <source>osmgmt — DEMO</source>
        <translation>osmgmt — デモ</translation>
    </message>
    <message>
        <source>DEMO: simulated computers on 127.77.0.0/24</source>
        <translation>デモ: 127.77.0.0/24上のシミュレートされたコンピュータ</translation>
    </message>
    <message>
        <source>The embedded demo: every computer is played by osmgmt-agent on this computer&apos;s loopback; nothing else on the network is touched.</source>
        <translation>組み込みのデモ: すべてのコンピュータはこのコンピュータのループバック上でosmgmt-agentが演じています。ネットワーク上の他のものには一切触れません。</translation>
    </message>
    <message>
        <source>&amp;Certificate Authority...</source>
        <translation>認証局(&amp;C)...</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n computer(s) to %1</source>
        <translation>
            <numerusform>%n台のコンピュータを%1にエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>No computer is shown: run a query, or widen the search.</source>
        <translation>表示されているコンピュータはありません。クエリを実行するか、検索条件を広げてください。</translation>
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
        <source>%1 and %2 (%3), %4; unreachable check: %5.</source>
        <translation>%1、%2 (%3)、%4、到達不能チェック: %5。</translation>
    </message>
    <message numerus="yes">
        <source>%n IPv4 range(s)</source>
        <translation>
            <numerusform>IPv4範囲%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IPv6 prefix(es)</source>
        <translation>
            <numerusform>IPv6プレフィックス%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es)</source>
        <translation>
            <numerusform>アドレス%Ln個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent port(s)</source>
        <translation>
            <numerusform>エージェントポート%n個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last query: %1 (stopped; partial result: %2 of %Ln address(es))</source>
        <translation>
            <numerusform>前回のクエリ: %1 (停止、部分的な結果: %Ln個中%2個のアドレス)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last query: %1 (%2, %Ln computer(s))</source>
        <translation>
            <numerusform>前回のクエリ: %1 (%2、コンピュータ%Ln台)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queries waiting to run: %n</source>
        <translation>
            <numerusform>実行待ちのクエリ: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Querying %Ln address(es)...</source>
        <translation>
            <numerusform>%Ln個のアドレスをクエリしています...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln address(es) assessed</source>
        <translation>
            <numerusform>%Ln個中%1個のアドレスを評価済み</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>No query has completed yet. Define the scope and run a query (F5): the coverage of your network appears here.</source>
        <translation>完了したクエリはまだありません。範囲を定義してクエリを実行すると (F5)、ネットワークの保護率がここに表示されます。</translation>
    </message>
    <message>
        <source>&amp;Coverage and trends</source>
        <translation>保護率と推移(&amp;C)</translation>
    </message>
    <message>
        <source>Subnet &amp;map</source>
        <translation>サブネットマップ(&amp;M)</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>推移</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>過去 %n 日間</numerusform>
        </translation>
    </message>
    <message>
        <source>Every stored query</source>
        <translation>保存済みのすべてのクエリ</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>範囲(&amp;S):</translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s) found by the query of %1</source>
        <translation>
            <numerusform>%1 のクエリで %n 台のコンピュータを検出</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 protected (managed by this server).</source>
        <translation>%1 台を保護 (このサーバで管理)。</translation>
    </message>
    <message>
        <source>Changes since the previous query of %1.</source>
        <translation>%1 の前回のクエリからの変化を表示しています。</translation>
    </message>
    <message numerus="yes">
        <source>A query is running: %1 of %Ln address(es) done. The figures below change when it completes.</source>
        <translation>
            <numerusform>クエリを実行中です: %Ln個中%1個のアドレスが完了しました。下の数値はクエリの完了時に更新されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>AD c&amp;ontainer:</source>
        <translation>ADコンテナ(&amp;O):</translation>
    </message>
    <message>
        <source>Every computer of the scope</source>
        <translation>範囲内のすべてのコンピュータ</translation>
    </message>
</context>
<context>
    <name>OverviewSession</name>
    <message>
        <source>The overview cannot read the stored queries: %1</source>
        <translation>概要で保存済みのクエリを読み取れません: %1</translation>
    </message>
    <message>
        <source>The trends cannot count the computers per AD container: %1</source>
        <translation>推移でADコンテナごとのコンピュータを数えられません: %1</translation>
    </message>
</context>
<context>
    <name>Pkcs12Cost</name>
    <message>
        <source>its integrity check</source>
        <translation>整合性チェック</translation>
    </message>
</context>
<context>
    <name>PolicyDocument</name>
    <message>
        <source>not an array</source>
        <translation>配列ではありません</translation>
    </message>
    <message>
        <source>another policy has this name</source>
        <translation>同じ名前のポリシーが既にあります</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>オブジェクトではありません</translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>JSON ではありません: オフセット %2 で %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
</context>
<context>
    <name>PolicyDuty</name>
    <message>
        <source>This computer lacks security updates that policy %1 requires.</source>
        <translation>このコンピュータには、ポリシー %1 が求めるセキュリティ更新プログラムが適用されていません。</translation>
    </message>
    <message>
        <source>Missing: %1. Quarantine from %2 UTC unless they are installed.</source>
        <translation>未適用: %1。適用しない場合、%2 (UTC) から隔離されます。</translation>
    </message>
    <message>
        <source>the watcher stopped</source>
        <translation>監視が停止しました</translation>
    </message>
    <message>
        <source>no console certificate to send it with</source>
        <translation>送信に使うコンソールの証明書がありません</translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation>ポリシー %1</translation>
    </message>
    <message>
        <source>CVE compliance policies: no policy requires the quarantine any more</source>
        <translation>CVE 準拠ポリシー: 隔離を必要とするポリシーはもうありません</translation>
    </message>
    <message>
        <source>policy %1: misses %2</source>
        <translation>ポリシー %1: %2 が未適用です</translation>
    </message>
    <message>
        <source>no quarantine policy is on</source>
        <translation>オンの隔離ポリシーはありません</translation>
    </message>
    <message>
        <source>policy %1: misses %2; quarantined at %3 unless compliant</source>
        <translation>ポリシー %1: %2 が未適用です。準拠しない場合 %3 に隔離されます</translation>
    </message>
    <message>
        <source>%1 computers evaluated: %2 pending; %3 warned, %4 quarantined, %5 released</source>
        <translation>%1 台のコンピュータを評価: 保留中 %2 台、警告 %3 台、隔離 %4 台、隔離解除 %5 台</translation>
    </message>
    <message>
        <source>%1 commands not done (tried again next round; see the audit log)</source>
        <translation>%1 件のコマンドが完了しませんでした (次の回に再試行します。監査ログを参照してください)</translation>
    </message>
    <message>
        <source>%1 agents did not report their missing CVEs</source>
        <translation>%1 台のエージェントが未適用の CVE を報告しませんでした</translation>
    </message>
</context>
<context>
    <name>PolicyEvaluation</name>
    <message>
        <source>policy %1: %2</source>
        <translation>ポリシー %1: %2</translation>
    </message>
    <message>
        <source>the policy is off</source>
        <translation>ポリシーがオフです</translation>
    </message>
    <message>
        <source>the policy no longer targets it</source>
        <translation>ポリシーの対象から外れました</translation>
    </message>
    <message>
        <source>excluded (%1)</source>
        <translation>除外されました (%1)</translation>
    </message>
    <message>
        <source>compliant</source>
        <translation>準拠しています</translation>
    </message>
    <message>
        <source>policy %1: the policy was removed</source>
        <translation>ポリシー %1: ポリシーが削除されました</translation>
    </message>
</context>
<context>
    <name>PolicyStore</name>
    <message>
        <source>the quarantine policies cannot be read: %1</source>
        <translation>隔離ポリシーを読み込めません: %1</translation>
    </message>
    <message>
        <source>the stored quarantine policies cannot be read: %1</source>
        <translation>保存されている隔離ポリシーを読み込めません: %1</translation>
    </message>
    <message>
        <source>the quarantine policies cannot be saved: %1</source>
        <translation>隔離ポリシーを保存できません: %1</translation>
    </message>
    <message>
        <source>the change was saved, but the audit log refused the entry: %1</source>
        <translation>変更は保存されましたが、監査ログが記録を拒否しました: %1</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>%1 からインポート</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (オフ)</translation>
    </message>
    <message numerus="yes">
        <source>imported from %1: %n policies</source>
        <translation>
            <numerusform>%1 からインポートしました: ポリシー %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no quarantine policy named %1</source>
        <translation>%1 という名前の隔離ポリシーはありません</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>期限なし</translation>
    </message>
    <message>
        <source>policy %1: %2 excluded (%3; until %4)</source>
        <translation>ポリシー %1: %2 を除外しました (%3、%4 まで)</translation>
    </message>
    <message>
        <source>the computers&apos; policy standings cannot be read: %1</source>
        <translation>コンピュータのポリシー状況を読み込めません: %1</translation>
    </message>
    <message>
        <source>the computers&apos; policy standings cannot be stored: %1</source>
        <translation>コンピュータのポリシー状況を保存できません: %1</translation>
    </message>
    <message>
        <source>the agents&apos; heartbeat reports cannot be read: %1</source>
        <translation>エージェントのハートビートの報告を読み込めません: %1</translation>
    </message>
    <message>
        <source>the agents&apos; reports cannot be read: %1</source>
        <translation>エージェントの報告を読み込めません: %1</translation>
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
    <message>
        <source>the scope has %1 ports; at most %2</source>
        <translation>スコープのポートは%1個です。最大%2個までです</translation>
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
    <name>QuarantineBanner</name>
    <message>
        <source>Quarantined by %1: unreachable on purpose, not down; it answers only this console until it is released.</source>
        <translation>%1によって隔離されています: 停止ではなく意図的に到達不能にしています。隔離解除されるまで、このコンソールにのみ応答します。</translation>
    </message>
    <message>
        <source>Pending quarantine by %1: it will be quarantined when the grace period ends, %2.</source>
        <translation>%1による隔離が保留中です: 猶予期間が終了する %2 に隔離されます。</translation>
    </message>
    <message>
        <source>Pending quarantine by %1.</source>
        <translation>%1による隔離が保留中です。</translation>
    </message>
</context>
<context>
    <name>QuarantinePolicy</name>
    <message>
        <source>not a string</source>
        <translation>文字列ではありません</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>%1 文字を超えています</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>制御文字が含まれています</translation>
    </message>
    <message>
        <source>missing or empty</source>
        <translation>指定されていないか空です</translation>
    </message>
    <message>
        <source>not a date such as 2027-01-31</source>
        <translation>2027-01-31 のような日付ではありません</translation>
    </message>
    <message>
        <source>more than %1 identifiers</source>
        <translation>識別子が %1 個を超えています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CVE identifier (CVE-YYYY-NNNN)</source>
        <translation>「%1」は CVE 識別子 (CVE-YYYY-NNNN) ではありません</translation>
    </message>
    <message>
        <source>no CVE identifier: the policy would check nothing</source>
        <translation>CVE 識別子がありません: このポリシーは何も確認しません</translation>
    </message>
    <message>
        <source>not an array</source>
        <translation>配列ではありません</translation>
    </message>
    <message>
        <source>a whole number of hours from 0 to %1</source>
        <translation>0 から %1 までの整数の時間</translation>
    </message>
</context>
<context>
    <name>QuarantineRoster</name>
    <message>
        <source>cannot read the agents&apos; reports: %1</source>
        <translation>エージェントの報告を読み取れません: %1</translation>
    </message>
    <message>
        <source>the stored report of %1 cannot be read: %2</source>
        <translation>%1 の保存された報告を読み取れません: %2</translation>
    </message>
    <message>
        <source>quarantined by %1 from a console of this store</source>
        <translation>このストアのコンソールから %1 が隔離しました</translation>
    </message>
    <message>
        <source>released by %1 from a console of this store</source>
        <translation>このストアのコンソールから %1 が隔離を解除しました</translation>
    </message>
    <message>
        <source>quarantined by policy %1: misses %2</source>
        <translation>ポリシー %1 により隔離: %2 が未適用です</translation>
    </message>
    <message>
        <source>pending with policy %1: misses %2; quarantined when the grace period ends</source>
        <translation>ポリシー %1 により保留中: %2 が未適用です。猶予期間が終わると隔離されます</translation>
    </message>
</context>
<context>
    <name>QuarantineState</name>
    <message>
        <source>%1 is missing or of the wrong type</source>
        <translation>%1 がないか、型が正しくありません</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>隔離中</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>隔離解除済み</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>検出</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 (%2 以降)</translation>
    </message>
</context>
<context>
    <name>QuarantineStatusModel</name>
    <message>
        <source>Computer</source>
        <translation>コンピュータ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Policy or rule</source>
        <translation>ポリシーまたはルール</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>Grace period ends</source>
        <translation>猶予期間の終了</translation>
    </message>
    <message>
        <source>Missing CVEs</source>
        <translation>未適用のCVE</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>QuarantineStatusPage</name>
    <message>
        <source>Computer Quarantine Status</source>
        <translation>コンピュータの隔離ステータス</translation>
    </message>
    <message>
        <source>The quarantines cannot be read: %1</source>
        <translation>隔離の状態を読み取れません: %1</translation>
    </message>
    <message>
        <source>No computer is quarantined or pending.</source>
        <translation>隔離中または保留中のコンピュータはありません。</translation>
    </message>
    <message>
        <source>Quarantined: %1. Pending: %2. Released: %3. A quarantined computer keeps only its agent port and the consoles that quarantined it; the query does not call it Unreachable for that.</source>
        <translation>隔離中: %1。保留中: %2。隔離解除済み: %3。隔離されたコンピュータにはエージェントのポートと隔離したコンソールだけが到達できます。クエリはそれを理由に到達不能とは判断しません。</translation>
    </message>
    <message numerus="yes">
        <source>Automatic response failed on %n computers:</source>
        <translation>
            <numerusform>%n台のコンピュータで自動対応に失敗しました:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2), %3 at %4, rule %5: %6</source>
        <translation>%1 (%2)、%3 (%4)、ルール %5: %6</translation>
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
    <message>
        <source>%1, overlaps another range</source>
        <translation>%1、他の範囲と重複</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Reading...</source>
        <translation>読み取り中...</translation>
    </message>
</context>
<context>
    <name>ResultsColumnLayout</name>
    <message>
        <source>The table shows at least one column.</source>
        <translation>表には少なくとも1つの列を表示します。</translation>
    </message>
    <message>
        <source>Move column left</source>
        <translation>列を左へ移動</translation>
    </message>
    <message>
        <source>Move column right</source>
        <translation>列を右へ移動</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>列を元に戻す</translation>
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
    <message>
        <source>Shows every computer of the query: removes every filter</source>
        <translation>クエリのすべてのコンピュータを表示します (すべてのフィルタを解除)</translation>
    </message>
    <message>
        <source>Opens or closes the advanced search beside the table</source>
        <translation>表の横に詳細検索を開く、または閉じる</translation>
    </message>
    <message>
        <source>The query is running. Computers appear here as they are found.</source>
        <translation>クエリを実行中です。コンピュータは見つかり次第ここに表示されます。</translation>
    </message>
    <message>
        <source>Loading the last query...</source>
        <translation>前回のクエリを読み込んでいます...</translation>
    </message>
    <message>
        <source>No computers to show: no query has run yet, or the last one found none.
Define the scope (Query → Define scope) and run a query (F5).</source>
        <translation>表示するコンピュータがありません。クエリがまだ実行されていないか、前回のクエリで何も見つかりませんでした。
範囲を定義し (クエリ → 範囲の定義)、クエリを実行してください (F5)。</translation>
    </message>
    <message>
        <source>The search found nothing: no name or address is %1, and no name contains it.
Try part of a name, * as a wildcard (%1*), or a whole address.</source>
        <translation>検索結果はありません。名前またはアドレスが「%1」のコンピュータも、名前に「%1」を含むコンピュータもありません。
名前の一部、ワイルドカードの* (%1*)、またはアドレス全体で検索してください。</translation>
    </message>
    <message>
        <source>No computer of this query is %1.
Click Show all to see every computer.</source>
        <translation>このクエリに「%1」のコンピュータはありません。
すべてのコンピュータを見るには「すべて表示」をクリックしてください。</translation>
    </message>
    <message>
        <source>The filters above match no computer of this query.
Remove a filter by clicking it, or click Show all.</source>
        <translation>上のフィルタに一致するコンピュータはこのクエリにありません。
フィルタをクリックして解除するか、「すべて表示」をクリックしてください。</translation>
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
    <name>RolloverProgress</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2): remove it, and run `ca status` to learn again which agents are on which CA</source>
        <translation>%1 は正しい JSON ではありません (%2)。削除してから `ca status` を実行し、どのエージェントがどの CA にあるかを調べ直してください</translation>
    </message>
    <message>
        <source>%1: an agent without its address</source>
        <translation>%1: アドレスのないエージェントがあります</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 を削除できません</translation>
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
    <message>
        <source>The scope has %1 addresses; at most %2 (the setting probe/maxAddresses raises the limit)</source>
        <translation>スコープのアドレスは%1個です。最大%2個までです (設定probe/maxAddressesで上限を引き上げられます)</translation>
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
        <source>Use on-demand assessment</source>
        <translation>オンデマンド評価を使用する</translation>
    </message>
    <message>
        <source>Queries every computer in real time for the most accurate result. Without it, results come from the last stored assessment: faster, less accurate.</source>
        <translation>すべてのコンピュータをリアルタイムでクエリし、最も正確な結果を取得します。使用しない場合は、前回保存された評価から結果を取得します。高速ですが、正確性は低くなります。</translation>
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
    <message>
        <source>IP ranges</source>
        <translation>IP範囲</translation>
    </message>
    <message>
        <source>Active Directory</source>
        <translation>Active Directory</translation>
    </message>
    <message>
        <source>Ports and checks</source>
        <translation>ポートとチェック</translation>
    </message>
    <message>
        <source>Ranges overlap: together they list %1 addresses, %2 of them different. Each address is counted and probed once.</source>
        <translation>範囲が重複しています: 合計%1個のアドレスのうち、異なるアドレスは%2個です。各アドレスは1回だけ数えられ、1回だけ確認されます。</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>変更を破棄しますか?</translation>
    </message>
    <message>
        <source>Discard your changes to the scope?</source>
        <translation>範囲への変更を破棄しますか?</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>編集を続ける</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>変更を破棄</translation>
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
    <message>
        <source>%1 is larger than %2 bytes, the most a scope file may hold</source>
        <translation>%1は%2バイトを超えています。スコープファイルの上限は%2バイトです</translation>
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
        <source>The server&apos;s certificate authority cannot be loaded from %1 and the keychain: %2</source>
        <translation>%1とキーチェーンからサーバの認証局を読み込めません: %2</translation>
    </message>
    <message>
        <source>osmgmt console of %1</source>
        <translation>%1のosmgmtコンソール</translation>
    </message>
    <message>
        <source>The certificate of a pending CA (%1) has no private key in the keychain (&quot;%2&quot;): no agent can be moved to it. Remove %1 and start the rollover again.</source>
        <translation>保留中の CA の証明書 (%1) に対応する秘密鍵がキーチェーン (「%2」) にありません。エージェントをこの CA に移行できません。%1 を削除し、ロールオーバーを最初からやり直してください。</translation>
    </message>
    <message>
        <source>The pending CA cannot be loaded from %1 and the keychain: %2</source>
        <translation>保留中の CA を %1 とキーチェーンから読み込めません: %2</translation>
    </message>
    <message>
        <source>A CA rollover is already going on (the pending CA %1): finish it before starting another.</source>
        <translation>CA のロールオーバーは既に進行中です (保留中の CA %1)。次を始める前に完了してください。</translation>
    </message>
    <message>
        <source>No CA rollover is going on: there is no pending CA to finish with.</source>
        <translation>CA のロールオーバーは進行していません。完了させる保留中の CA がありません。</translation>
    </message>
    <message>
        <source>Could not remove %1</source>
        <translation>%1 を削除できませんでした</translation>
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
    <message>
        <source>Heartbeats</source>
        <translation>ハートビート</translation>
    </message>
</context>
<context>
    <name>ShareBar</name>
    <message>
        <source>Share</source>
        <translation>割合</translation>
    </message>
</context>
<context>
    <name>SocketPoller</name>
    <message>
        <source>Cannot create the event set: %1</source>
        <translation>イベントセットを作成できません: %1</translation>
    </message>
</context>
<context>
    <name>StatusChangeDuty</name>
    <message>
        <source>no new completed query</source>
        <translation>完了した新しいクエリはありません</translation>
    </message>
    <message>
        <source>completed queries read: %1; status changes: %2</source>
        <translation>読み取った完了クエリ: %1、ステータスの変化: %2</translation>
    </message>
</context>
<context>
    <name>StatusChanges</name>
    <message>
        <source>the status changes cannot be read: %1</source>
        <translation>ステータスの変化を読み取れません: %1</translation>
    </message>
    <message>
        <source>the status changes cannot be stored: %1</source>
        <translation>ステータスの変化を保存できません: %1</translation>
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
    <name>SubnetCoverageModel</name>
    <message>
        <source>Block</source>
        <translation>ブロック</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>コンピュータ</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>保護率</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>保護</translation>
    </message>
    <message>
        <source>No client</source>
        <translation>クライアントなし</translation>
    </message>
</context>
<context>
    <name>SubnetMapView</name>
    <message>
        <source>Subnet map</source>
        <translation>サブネットマップ</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n computer(s) found</source>
        <translation>
            <numerusform>%1: %n 台のコンピュータを検出</numerusform>
        </translation>
    </message>
    <message>
        <source>No computer with an address is shown</source>
        <translation>アドレスのあるコンピュータは表示されていません</translation>
    </message>
    <message>
        <source>No computer with an address is shown. Run a query, or open one from the history.</source>
        <translation>アドレスのあるコンピュータは表示されていません。クエリを実行するか、履歴からクエリを開いてください。</translation>
    </message>
    <message>
        <source>%1: no computer found</source>
        <translation>%1: コンピュータは検出されていません</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(名前なし)</translation>
    </message>
</context>
<context>
    <name>SubnetPage</name>
    <message>
        <source>Whole block</source>
        <translation>ブロック全体</translation>
    </message>
    <message>
        <source>&amp;Block:</source>
        <translation>ブロック(&amp;B):</translation>
    </message>
    <message>
        <source>Coverage per /24; click a row to show that /24 in the map</source>
        <translation>/24 ごとの保護率。行をクリックするとその /24 をマップに表示します</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n computer(s) found.</source>
        <translation>
            <numerusform>%1: %n 台のコンピュータを検出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1.</source>
        <translation>%1 を表示しています。</translation>
    </message>
    <message>
        <source>Hover a cell for its computer, click to open it, drag to open a run of addresses; the wheel or + zooms to a /24.</source>
        <translation>セルにポインタを合わせるとコンピュータを表示し、クリックで開き、ドラッグでアドレスの範囲を開きます。ホイールまたは + で /24 に拡大します。</translation>
    </message>
    <message>
        <source>Subnet map and coverage tables</source>
        <translation>サブネットマップと保護率の表</translation>
    </message>
    <message>
        <source>Coverage per /24</source>
        <translation>/24ごとの保護率</translation>
    </message>
    <message>
        <source>Coverage per AD container</source>
        <translation>ADコンテナごとの保護率</translation>
    </message>
    <message>
        <source>Coverage per AD container; click a row to open its computers</source>
        <translation>ADコンテナごとの保護率。行をクリックするとそのコンピュータを表示します</translation>
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
    <name>TrendChart</name>
    <message>
        <source>Trends</source>
        <translation>推移</translation>
    </message>
    <message numerus="yes">
        <source>%n stored query(s) shown; click a query to open its results</source>
        <translation>
            <numerusform>保存済みのクエリ %n 件を表示しています。クエリをクリックするとその結果を開きます</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No completed query of this scope in the last %n day(s).</source>
        <translation>
            <numerusform>過去 %n 日間にこの範囲で完了したクエリはありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>No completed query of this scope is stored.</source>
        <translation>この範囲で完了したクエリは保存されていません。</translation>
    </message>
    <message>
        <source>Click to open this query&apos;s results</source>
        <translation>クリックしてこのクエリの結果を開く</translation>
    </message>
    <message>
        <source>Counting the computers of this AD container…</source>
        <translation>このADコンテナのコンピュータを数えています…</translation>
    </message>
</context>
<context>
    <name>TrendModel</name>
    <message>
        <source>A scope this version cannot read</source>
        <translation>このバージョンでは読み取れない範囲</translation>
    </message>
    <message numerus="yes">
        <source>%n Active Directory object(s)</source>
        <translation>
            <numerusform>Active Directoryオブジェクト %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>An empty scope</source>
        <translation>空の範囲</translation>
    </message>
    <message>
        <source>Query started</source>
        <translation>クエリ開始日時</translation>
    </message>
</context>
<context>
    <name>Walk</name>
    <message>
        <source>The credential file protects %1 with a key derivation osmgmt does not read (only PBKDF2). It was not read.</source>
        <translation>資格情報ファイルは%1を、osmgmtが読み取れない鍵導出方式で保護しています (読み取れるのはPBKDF2のみ)。ファイルは読み取られませんでした。</translation>
    </message>
    <message>
        <source>The credential file asks for %1 key-derivation iterations for %2; osmgmt reads at most %3 (it writes %4). It was not read.</source>
        <translation>資格情報ファイルは%2に%1回の鍵導出反復を要求しています。osmgmtが読み取るのは最大%3回までです (書き込むのは%4回)。ファイルは読み取られませんでした。</translation>
    </message>
    <message>
        <source>The credential file asks for more than %1 key-derivation iterations in all; osmgmt writes %2. It was not read.</source>
        <translation>資格情報ファイルは合計で%1回を超える鍵導出反復を要求しています。osmgmtが書き込むのは%2回です。ファイルは読み取られませんでした。</translation>
    </message>
    <message>
        <source>The credential file nests its contents too deep. It was not read.</source>
        <translation>資格情報ファイルの内容の入れ子が深すぎます。ファイルは読み取られませんでした。</translation>
    </message>
    <message>
        <source>a key</source>
        <translation>鍵</translation>
    </message>
    <message>
        <source>its certificates</source>
        <translation>証明書</translation>
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
