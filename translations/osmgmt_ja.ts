<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
        <source>the hello was cut short</source>
        <translation>helloメッセージが途中で途切れました</translation>
    </message>
    <message>
        <source>accepted, then failed the handshake (%1)</source>
        <translation>接続を受け付けた後、ハンドシェイクに失敗しました (%1)</translation>
    </message>
    <message>
        <source>answered something that is not the agent protocol: %1</source>
        <translation>エージェントプロトコルではない不正な応答を返しました: %1</translation>
    </message>
    <message>
        <source>answered the handshake wrongly: %1</source>
        <translation>ハンドシェイクに不正な応答を返しました: %1</translation>
    </message>
    <message>
        <source>accepted, then closed the connection without answering</source>
        <translation>接続を受け付けた後、応答せずに接続を切断しました</translation>
    </message>
    <message>
        <source>accepted, then failed: %1</source>
        <translation>接続を受け付けた後、失敗しました: %1</translation>
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
        <translation>到達不能チェック</translation>
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
        <translation>&quot;ports&quot;の各エントリには0から65535までの&quot;port&quot;が必要です</translation>
    </message>
    <message>
        <source>port %1 has an unknown outcome &quot;%2&quot;</source>
        <translation>ポート%1の結果&quot;%2&quot;は不明です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot;は文字列である必要があります</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>不明なステータス&quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown gate result &quot;%1&quot;</source>
        <translation>不明な到達不能チェック結果&quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;agentPort&quot; must be between 0 and 65535</source>
        <translation>&quot;agentPort&quot;は0から65535までの値である必要があります</translation>
    </message>
    <message>
        <source>&quot;ports&quot; must be an array</source>
        <translation>&quot;ports&quot;は配列である必要があります</translation>
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
        <translation>不明なセキュリティステータス&quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown gate result &quot;%1&quot;</source>
        <translation>不明な到達不能チェック結果&quot;%1&quot;</translation>
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
        <translation>ports_jsonに不明な結果&quot;%1&quot;があります</translation>
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
        <translation>identityメッセージが必要ですが、&quot;%1&quot;を受信しました</translation>
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
        <translation>不明なリクエスト&quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Ipv4Range</name>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation>&quot;%1&quot;はIPv4アドレスではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address: &quot;%2&quot; has a leading zero, which some tools read as octal</source>
        <translation>&quot;%1&quot;はIPv4アドレスではありません: &quot;%2&quot;の先頭に0があり、ツールによっては8進数として解釈されます</translation>
    </message>
    <message>
        <source>the IPv4 address range is empty</source>
        <translation>IPv4アドレス範囲が空です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs an address on each side of &quot;-&quot;</source>
        <translation>&quot;%1&quot;には&quot;-&quot;の両側にアドレスが必要です</translation>
    </message>
    <message>
        <source>&quot;%1/&quot; has no prefix length (0 to 32)</source>
        <translation>&quot;%1/&quot;にプレフィックス長 (0～32) がありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a prefix length</source>
        <translation>&quot;%1&quot;はプレフィックス長ではありません</translation>
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
    <name>Ipv6Prefix</name>
    <message>
        <source>the IPv6 prefix is empty</source>
        <translation>IPv6プレフィックスが空です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no prefix length (/%2 to /%3)</source>
        <translation>&quot;%1&quot;にプレフィックス長 (/%2～/%3) がありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; is not a prefix length</source>
        <translation>&quot;%2&quot;の&quot;%1&quot;はプレフィックス長ではありません</translation>
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
        <translation>&quot;%1&quot;にはスコープID (%2) が含まれています。スコープIDを除いたプレフィックスを指定してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>&quot;%1&quot;はIPv6アドレスではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an IPv4 address; type it as an IPv4 address range</source>
        <translation>&quot;%1&quot;はIPv4アドレスです。IPv4アドレス範囲として入力してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an IPv4-mapped address; type %2 as an IPv4 address range</source>
        <translation>&quot;%1&quot;はIPv4マップドアドレスです。%2をIPv4アドレス範囲として入力してください</translation>
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
        <translation>&quot;%1&quot;はプレフィックス長 (112～128) ではありません</translation>
    </message>
    <message>
        <source>Type an IPv6 prefix</source>
        <translation>IPv6プレフィックスを入力してください</translation>
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
        <translation>&quot;%1&quot;はポート番号ではありません</translation>
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
</context>
<context>
    <name>QuerySession</name>
    <message>
        <source>The stored results cannot be read: %1</source>
        <translation>保存された結果を読み取れません: %1</translation>
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
        <translation>クエリ%1を読み取れません: 状態&quot;%2&quot;または時刻が、このバージョンで書き込まれる形式ではありません</translation>
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
        <translation>クエリ%1に不明なステータス&quot;%2&quot;のエンドポイントがあります</translation>
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
    <name>ResultsModel</name>
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
        <source>Unreachable check</source>
        <translation>到達不能チェック</translation>
    </message>
    <message>
        <source>Agent port</source>
        <translation>エージェントポート</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
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
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>the schedule&apos;s day of the week &quot;%1&quot; is not one of monday ... sunday</source>
        <translation>スケジュールの曜日&quot;%1&quot;は、monday～sundayのいずれでもありません</translation>
    </message>
    <message>
        <source>the schedule&apos;s &quot;%1&quot; must be %2</source>
        <translation>スケジュールの&quot;%1&quot;は%2である必要があります</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>the schedule&apos;s &quot;%1&quot; must be a whole number</source>
        <translation>スケジュールの&quot;%1&quot;は整数である必要があります</translation>
    </message>
    <message>
        <source>unknown schedule frequency &quot;%1&quot;; expected daily, weekly, monthly or every-n-hours</source>
        <translation>スケジュールの頻度&quot;%1&quot;は不明です。daily、weekly、monthly、every-n-hoursのいずれかである必要があります</translation>
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
        <translation>スケジュールの時刻&quot;%1&quot;は有効な時刻 (HH:mm) ではありません</translation>
    </message>
    <message>
        <source>the schedule&apos;s effectiveFrom &quot;%1&quot; is not an ISO-8601 date and time</source>
        <translation>スケジュールのeffectiveFrom&quot;%1&quot;はISO-8601形式の日時ではありません</translation>
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
        <translation>&quot;%1&quot;は整数ではありません。</translation>
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
        <translation>保存された前回の予約クエリの時刻&quot;%1&quot;は有効な時刻ではありません</translation>
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
        <source>No Active Directory object is selected: the query covers the IP address scope below.</source>
        <translation>Active Directoryオブジェクトが選択されていません。クエリの対象は下のIPアドレス範囲です。</translation>
    </message>
    <message>
        <source>Active Directory objects selected: %1.</source>
        <translation>選択されたActive Directoryオブジェクト: %1。</translation>
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
        <source>A new language takes effect when the console starts again.</source>
        <translation>新しい言語はコンソールの再起動後に有効になります。</translation>
    </message>
    <message>
        <source>The server name cannot be empty.</source>
        <translation>サーバ名を空にすることはできません。</translation>
    </message>
</context>
</TS>
