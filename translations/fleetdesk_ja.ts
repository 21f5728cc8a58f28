<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AmountEditor</name>
    <message>
        <source>devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>% of devices</source>
        <translation>% (デバイス比)</translation>
    </message>
    <message>
        <source>%1 — unit</source>
        <translation>%1 — 単位</translation>
    </message>
</context>
<context>
    <name>BulkConfirmDialog</name>
    <message numerus="yes">
        <source>%1 %Ln device(s)?</source>
        <translation>
            <numerusform>%Ln 台のデバイスを%1しますか?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %Ln device(s)</source>
        <translation>
            <numerusform>%Ln 台のデバイスを%1</numerusform>
        </translation>
    </message>
    <message>
        <source>These devices:</source>
        <translation>対象のデバイス:</translation>
    </message>
    <message>
        <source>Devices the operation acts on</source>
        <translation>操作の対象となるデバイス</translation>
    </message>
    <message>
        <source>This cannot be undone. Type the number of devices, %1, to confirm.</source>
        <translation>この操作は元に戻せません。確認のため、デバイスの台数 %1 を入力してください。</translation>
    </message>
    <message>
        <source>Number of devices, typed to confirm</source>
        <translation>確認のために入力するデバイスの台数</translation>
    </message>
    <message numerus="yes">
        <source>%1 %Ln Device(s)</source>
        <translation>
            <numerusform>%Ln 台を%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkProgressDialog</name>
    <message numerus="yes">
        <source>%1 — %Ln device(s)</source>
        <translation>
            <numerusform>%1 — %Ln 台のデバイス</numerusform>
        </translation>
    </message>
    <message>
        <source>Devices finished</source>
        <translation>完了したデバイス</translation>
    </message>
    <message>
        <source>Result per device</source>
        <translation>デバイスごとの結果</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <source>Cancel Remaining</source>
        <translation>残りをキャンセル</translation>
    </message>
    <message>
        <source>Devices not started yet are skipped; devices already working finish or time out</source>
        <translation>まだ開始していないデバイスはスキップされます。処理中のデバイスは完了するかタイムアウトするまで続きます</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 finished: %Ln device(s).</source>
        <translation>
            <numerusform>%1 が完了しました: %Ln 台のデバイス。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in progress: %2 of %Ln device(s) done.</source>
        <translation>
            <numerusform>%1 を実行中: %Ln 台中 %2 台が完了。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>結果をエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 に保存しました</translation>
    </message>
    <message>
        <source>The results could not be saved to %1: %2</source>
        <translation>結果を %1 に保存できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>BulkResultModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>BulkRun</name>
    <message>
        <source>cancelled before it started</source>
        <translation>開始前にキャンセルされました</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒以内に応答がありません</translation>
    </message>
    <message>
        <source>the device did not wake up in time</source>
        <translation>デバイスが時間内にスリープから復帰しませんでした</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>waiting for wake-up</source>
        <translation>スリープ復帰待ち</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>CacheDatabase</name>
    <message>
        <source>The cache is read-only; nothing was changed.</source>
        <translation>キャッシュは読み取り専用のため、何も変更されていません。</translation>
    </message>
    <message>
        <source>The cache %1 cannot be created: %2</source>
        <translation>キャッシュ %1 を作成できません: %2</translation>
    </message>
    <message>
        <source>The cache %1 is damaged (%2) and could not be moved aside.</source>
        <translation>キャッシュ %1 が破損しており (%2)、退避できませんでした。</translation>
    </message>
    <message>
        <source>A new cache %1 cannot be created: %2</source>
        <translation>新しいキャッシュ %1 を作成できません: %2</translation>
    </message>
    <message>
        <source>The cache was damaged (%1). It was kept as %2 and a new, empty cache was started.</source>
        <translation>キャッシュが破損していました (%1)。破損したファイルを %2 として保存し、新しい空のキャッシュを作成しました。</translation>
    </message>
    <message>
        <source>The cache %1 cannot be opened: %2</source>
        <translation>キャッシュ %1 を開けません: %2</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer FleetDesk (schema %2; this version knows %3). It is open read-only; nothing will be changed.</source>
        <translation>キャッシュ %1 は新しいバージョンの FleetDesk で書き込まれています (スキーマ %2。このバージョンが対応しているのは %3 まで)。読み取り専用で開いているため、何も変更されません。</translation>
    </message>
    <message>
        <source>The cache %1 cannot be upgraded: %2</source>
        <translation>キャッシュ %1 をアップグレードできません: %2</translation>
    </message>
    <message>
        <source>The cache %1 cannot be upgraded to schema %2: %3</source>
        <translation>キャッシュ %1 をスキーマ %2 にアップグレードできません: %3</translation>
    </message>
    <message>
        <source>The cache is read-only; the audit log was not written.</source>
        <translation>キャッシュが読み取り専用のため、監査ログは書き込まれませんでした。</translation>
    </message>
</context>
<context>
    <name>CampaignCreator</name>
    <message>
        <source>The firmware library has no image %1 %2: import it first (fleetdesk-cli firmware import FILE).</source>
        <translation>ファームウェアライブラリにイメージ %1 %2 がありません。先にインポートしてください (fleetdesk-cli firmware import FILE)。</translation>
    </message>
    <message>
        <source>Devices need a place to download %1 %2 from: serve it with FleetDesk&apos;s firmware server or give the image a download URL.</source>
        <translation>デバイスが %1 %2 をダウンロードする場所が必要です。FleetDesk のファームウェアサーバーで配信するか、イメージにダウンロード URL を指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>The campaign was not created: %n problem(s).</source>
        <translation>
            <numerusform>キャンペーンは作成されませんでした: 問題が %n 件あります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignDashboard</name>
    <message>
        <source>Campaign</source>
        <translation>キャンペーン</translation>
    </message>
    <message>
        <source>Could not %1 the campaign.</source>
        <translation>キャンペーンに対する %1 操作を実行できませんでした。</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>レポートのエクスポート</translation>
    </message>
    <message>
        <source>Could not write the report to %1.</source>
        <translation>レポートを %1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>Run campaign</source>
        <translation>キャンペーンの実行</translation>
    </message>
    <message>
        <source>The campaign could not start in this window.</source>
        <translation>このウィンドウでキャンペーンを開始できませんでした。</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>キャンペーン(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Run Here</source>
        <translation>ここで実行(&amp;R)</translation>
    </message>
    <message>
        <source>Run the campaign in this window until it ends (closing FleetDesk leaves it for the next runner).</source>
        <translation>終了するまでこのウィンドウでキャンペーンを実行します (FleetDesk を閉じると、次のランナーに引き継がれます)。</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Devices in flight finish their update; no new device starts.</source>
        <translation>実行中のデバイスは更新を完了し、新しいデバイスは開始しません。</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>再開(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Abort…</source>
        <translation>中止(&amp;A)…</translation>
    </message>
    <message>
        <source>Stop the campaign for good: devices that have not started are cancelled.</source>
        <translation>キャンペーンを完全に停止します: 開始していないデバイスはキャンセルされます。</translation>
    </message>
    <message>
        <source>&amp;Export Report</source>
        <translation>レポートのエクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>As &amp;CSV…</source>
        <translation>CSV として(&amp;C)…</translation>
    </message>
    <message>
        <source>As &amp;PDF…</source>
        <translation>PDF として(&amp;P)…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Progress per wave&lt;/b&gt;</source>
        <translation>&lt;b&gt;ウェーブごとの進捗&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>ウェーブ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&lt;b&gt;Progress over time&lt;/b&gt;</source>
        <translation>&lt;b&gt;時間経過による進捗&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>時刻 (%1)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>すべてのデバイス</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Result code</source>
        <translation>結果コード</translation>
    </message>
    <message>
        <source>Failed devices</source>
        <translation>失敗したデバイス</translation>
    </message>
    <message>
        <source>De&amp;vices</source>
        <translation>デバイス(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Failures by Reason</source>
        <translation>理由別の失敗(&amp;F)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No campaigns yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Create one with &lt;i&gt;Campaigns → New Campaign…&lt;/i&gt; or &lt;tt&gt;fleetdesk-cli campaign create FILE.json&lt;/tt&gt;; it appears here as soon as it is stored.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;キャンペーンはまだありません。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;i&gt;キャンペーン → 新規キャンペーン…&lt;/i&gt; または &lt;tt&gt;fleetdesk-cli campaign create FILE.json&lt;/tt&gt; で作成してください。保存されるとすぐにここに表示されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Could not read the campaign: %1</source>
        <translation>キャンペーンを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Created %1 by %2</source>
        <translation>作成: %1 (%2)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; by itself — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (自動) — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>&lt;i&gt;%1 requested; the runner takes it within a second&lt;/i&gt;</source>
        <translation>&lt;i&gt;%1 を要求しました。ランナーが 1 秒以内に処理します&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Firmware %1 %2</source>
        <translation>ファームウェア %1 %2</translation>
    </message>
    <message>
        <source>Runs in this window</source>
        <translation>このウィンドウで実行中</translation>
    </message>
    <message>
        <source>Run by fleetdesk-cli (process %1 on %2)</source>
        <translation>fleetdesk-cli で実行中 (%2 のプロセス %1)</translation>
    </message>
    <message>
        <source>Run by another FleetDesk window (process %1 on %2)</source>
        <translation>別の FleetDesk ウィンドウで実行中 (%2 のプロセス %1)</translation>
    </message>
    <message>
        <source>No runner: start it here or with fleetdesk-cli campaign run %1</source>
        <translation>ランナーがありません: ここで開始するか、fleetdesk-cli campaign run %1 で開始してください</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>開始: %1</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>終了: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新: %1</translation>
    </message>
    <message>
        <source>%1 of %2 devices done (%3 %) · %4 succeeded · %5 failed · %6 in flight</source>
        <translation>%2 台中 %1 台完了 (%3 %) · 成功 %4 · 失敗 %5 · 実行中 %6</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&amp;Failures by Reason (%1)</source>
        <translation>理由別の失敗 (%1)(&amp;F)</translation>
    </message>
    <message>
        <source>All devices (%1)</source>
        <translation>すべてのデバイス (%1)</translation>
    </message>
    <message>
        <source>In flight (%1)</source>
        <translation>実行中 (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Appro&amp;ve Next Wave</source>
        <translation>次のウェーブを承認(&amp;V)</translation>
    </message>
    <message>
        <source>Running campaigns in this window is not available.</source>
        <translation>このウィンドウではキャンペーンを実行できません。</translation>
    </message>
    <message>
        <source>This window already runs a campaign.</source>
        <translation>このウィンドウはすでにキャンペーンを実行しています。</translation>
    </message>
    <message>
        <source>Another runner (fleetdesk-cli or another window) runs this campaign; steer it with Pause, Resume and Abort.</source>
        <translation>別のランナー (fleetdesk-cli または別のウィンドウ) がこのキャンペーンを実行しています。一時停止、再開、中止で操作してください。</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Abort Campaign</source>
        <translation>キャンペーンの中止</translation>
    </message>
    <message>
        <source>Abort the campaign “%1”?</source>
        <translation>キャンペーン「%1」を中止しますか？</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) that have not started will be cancelled</source>
        <translation>
            <numerusform>開始していない %n 台のデバイスはキャンセルされます</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) in flight finish their update.</source>
        <translation>
            <numerusform>実行中の %n 台のデバイスは更新を完了します。</numerusform>
        </translation>
    </message>
    <message>
        <source>An aborted campaign cannot be resumed.</source>
        <translation>中止したキャンペーンは再開できません。</translation>
    </message>
    <message>
        <source>Abort “%1”</source>
        <translation>「%1」を中止</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>レポートを PDF としてエクスポート</translation>
    </message>
    <message>
        <source>Export Report as CSV</source>
        <translation>レポートを CSV としてエクスポート</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF ドキュメント (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>キャンペーン一覧</translation>
    </message>
    <message>
        <source>Run here</source>
        <translation>ここで実行</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Progress per wave</source>
        <translation>ウェーブごとの進捗</translation>
    </message>
    <message>
        <source>Devices of the campaign</source>
        <translation>キャンペーンのデバイス</translation>
    </message>
    <message>
        <source>Show devices in state</source>
        <translation>表示するデバイスの状態</translation>
    </message>
    <message>
        <source>Device states</source>
        <translation>デバイスの状態</translation>
    </message>
</context>
<context>
    <name>CampaignDeviceModel</name>
    <message>
        <source>Canary</source>
        <translation>カナリア</translation>
    </message>
    <message>
        <source>Wave %1</source>
        <translation>ウェーブ %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>The device never came back after its update.</source>
        <translation>デバイスは更新後に復帰しませんでした。</translation>
    </message>
    <message>
        <source>LwM2M</source>
        <translation>LwM2M</translation>
    </message>
    <message>
        <source>MQTT</source>
        <translation>MQTT</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>ウェーブ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>試行</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>ファームウェア</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
</context>
<context>
    <name>CampaignDraft</name>
    <message>
        <source>Choose a CSV file with the devices.</source>
        <translation>デバイスを記載した CSV ファイルを選択してください。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The CSV file cannot be read: %1</source>
        <translation>CSV ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <source>The CSV file lists no device.</source>
        <translation>CSV ファイルにデバイスが 1 台も記載されていません。</translation>
    </message>
    <message>
        <source>Choose the firmware to install.</source>
        <translation>インストールするファームウェアを選択してください。</translation>
    </message>
    <message>
        <source>%1 %2 is not in the firmware library: import the image first.</source>
        <translation>%1 %2 はファームウェアライブラリにありません。先にイメージをインポートしてください。</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>キャンペーンに名前を付けてください。</translation>
    </message>
    <message>
        <source>Enter a fleet query (an empty one would target every device).</source>
        <translation>フリートクエリを入力してください (空のままではすべてのデバイスが対象になります)。</translation>
    </message>
    <message>
        <source>Choose a smart group.</source>
        <translation>スマートグループを選択してください。</translation>
    </message>
    <message>
        <source>Choose a static group.</source>
        <translation>静的グループを選択してください。</translation>
    </message>
    <message>
        <source>There is no smart group &quot;%1&quot;.</source>
        <translation>スマートグループ &quot;%1&quot; はありません。</translation>
    </message>
    <message>
        <source>There is no static group &quot;%1&quot;.</source>
        <translation>静的グループ &quot;%1&quot; はありません。</translation>
    </message>
    <message>
        <source>The smart group &quot;%1&quot; has an invalid query: %2</source>
        <translation>スマートグループ &quot;%1&quot; のクエリが無効です: %2</translation>
    </message>
    <message>
        <source>No device is selected in the window: select devices first, or choose another kind of target.</source>
        <translation>ウィンドウでデバイスが選択されていません。先にデバイスを選択するか、別の種類の対象を選んでください。</translation>
    </message>
    <message>
        <source>The window has no days: it never opens. Tick at least one day.</source>
        <translation>ウィンドウに曜日がないため、開くことがありません。少なくとも 1 つの曜日にチェックを入れてください。</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <source>Format version</source>
        <translation>フォーマットのバージョン</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>キャンペーン名</translation>
    </message>
    <message>
        <source>Firmware — model</source>
        <translation>ファームウェア — モデル</translation>
    </message>
    <message>
        <source>Firmware — version</source>
        <translation>ファームウェア — バージョン</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>ファームウェア</translation>
    </message>
    <message>
        <source>Targets — fleet query</source>
        <translation>対象 — フリートクエリ</translation>
    </message>
    <message>
        <source>Targets — group</source>
        <translation>対象 — グループ</translation>
    </message>
    <message>
        <source>Targets — device %1 of the list</source>
        <translation>対象 — リストのデバイス %1</translation>
    </message>
    <message>
        <source>Targets — device list</source>
        <translation>対象 — デバイスリスト</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Wave 1 (canary) — size</source>
        <translation>ウェーブ 1 (カナリア) — サイズ</translation>
    </message>
    <message>
        <source>Wave %1 — size</source>
        <translation>ウェーブ %1 — サイズ</translation>
    </message>
    <message>
        <source>Waves</source>
        <translation>ウェーブ</translation>
    </message>
    <message>
        <source>Devices updating at once</source>
        <translation>同時に更新するデバイス数</translation>
    </message>
    <message>
        <source>Device timeout</source>
        <translation>デバイスのタイムアウト</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>リトライ回数</translation>
    </message>
    <message>
        <source>Success threshold</source>
        <translation>成功しきい値</translation>
    </message>
    <message>
        <source>Error threshold</source>
        <translation>エラーしきい値</translation>
    </message>
    <message>
        <source>On errors</source>
        <translation>エラー時の動作</translation>
    </message>
    <message>
        <source>Approval after each wave</source>
        <translation>各ウェーブ後の承認</translation>
    </message>
    <message>
        <source>Maintenance window — days</source>
        <translation>メンテナンスウィンドウ — 曜日</translation>
    </message>
    <message>
        <source>Maintenance window — opens at</source>
        <translation>メンテナンスウィンドウ — 開始時刻</translation>
    </message>
    <message>
        <source>Maintenance window — closes at</source>
        <translation>メンテナンスウィンドウ — 終了時刻</translation>
    </message>
    <message>
        <source>Maintenance window — time zone</source>
        <translation>メンテナンスウィンドウ — タイムゾーン</translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation>メンテナンスウィンドウ</translation>
    </message>
    <message>
        <source>Group order — stage %1</source>
        <translation>グループ順序 — ステージ %1</translation>
    </message>
    <message>
        <source>Group order</source>
        <translation>グループ順序</translation>
    </message>
    <message>
        <source>Preconditions — minimum battery</source>
        <translation>前提条件 — 最低バッテリー残量</translation>
    </message>
    <message>
        <source>Preconditions — minimum signal</source>
        <translation>前提条件 — 最低信号強度</translation>
    </message>
    <message>
        <source>Preconditions</source>
        <translation>前提条件</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 を %2 に更新</translation>
    </message>
</context>
<context>
    <name>CampaignDryRunPage</name>
    <message>
        <source>Dry Run</source>
        <translation>ドライラン</translation>
    </message>
    <message>
        <source>Every targeted device, whether it would take part or why it is skipped. Nothing is sent to any device from this page.</source>
        <translation>対象となるすべてのデバイスについて、参加するかどうか、またはスキップされる理由を示します。このページからデバイスには何も送信されません。</translation>
    </message>
    <message>
        <source>Checking the targets</source>
        <translation>対象を確認しています</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>再確認(&amp;A)</translation>
    </message>
    <message>
        <source>Targeted devices</source>
        <translation>対象デバイス</translation>
    </message>
    <message>
        <source>Checking the targeted devices against the fleet cache…</source>
        <translation>対象デバイスをフリートキャッシュと照合しています…</translation>
    </message>
    <message>
        <source>The dry run failed: %1</source>
        <translation>ドライランに失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) targeted: </source>
        <translation>
            <numerusform>対象デバイス %n 台: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n eligible, </source>
        <translation>
            <numerusform>対象 %n 台、</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped.</source>
        <translation>
            <numerusform>スキップ %n 台。</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated %1 and %2 to download with the current rollout settings.</source>
        <translation>現在のロールアウト設定では、所要時間は推定 %1、ダウンロード量は %2 です。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Skipped because — %1</source>
        <translation>スキップの理由 — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n listed device(s) are not in the fleet: %1</source>
        <translation>
            <numerusform>リストにある %n 台のデバイスがフリートにありません: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignEngine</name>
    <message>
        <source>The fleet cache is read-only: %1</source>
        <translation>フリートキャッシュは読み取り専用です: %1</translation>
    </message>
    <message>
        <source>started by %1</source>
        <translation>%1 が開始</translation>
    </message>
    <message>
        <source>another runner took over this campaign</source>
        <translation>別のランナーがこのキャンペーンを引き継ぎました</translation>
    </message>
    <message>
        <source>never came back with the new version within %1 s</source>
        <translation>%1 秒以内に新しいバージョンで復帰しませんでした</translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation>%1 秒後にタイムアウトしました</translation>
    </message>
    <message>
        <source>%1 succeeded, %2 failed, %3 skipped</source>
        <translation>成功 %1、失敗 %2、スキップ %3</translation>
    </message>
    <message>
        <source>paused by an operator</source>
        <translation>オペレーターが一時停止</translation>
    </message>
    <message>
        <source>resumed by an operator</source>
        <translation>オペレーターが再開</translation>
    </message>
    <message>
        <source>aborted by an operator</source>
        <translation>オペレーターが中止</translation>
    </message>
    <message>
        <source>the canary</source>
        <translation>カナリア</translation>
    </message>
    <message>
        <source>wave %1</source>
        <translation>ウェーブ %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 devices failed, more than the error threshold allows (%4)</source>
        <translation>%1: %3 台中 %2 台が失敗し、エラーしきい値 (%4) を超えました</translation>
    </message>
    <message>
        <source>%1 finished with %2 of %3 devices updated; %4 are needed to go on</source>
        <translation>%1 が終了し、%3 台中 %2 台が更新されました。続行には %4 台が必要です</translation>
    </message>
    <message>
        <source>%1 finished (%2 of %3 updated): waiting for an operator to resume</source>
        <translation>%1 が終了しました (%3 台中 %2 台を更新): オペレーターによる再開を待っています</translation>
    </message>
    <message>
        <source>the campaign expired at %1</source>
        <translation>キャンペーンは %1 に期限切れになりました</translation>
    </message>
    <message>
        <source>a later stage of the group order is held: devices of an earlier stage failed</source>
        <translation>グループ順序の後続ステージを保留中です: 前のステージのデバイスが失敗しました</translation>
    </message>
    <message>
        <source>no connection to the device&apos;s server or broker</source>
        <translation>デバイスのサーバーまたはブローカーに接続していません</translation>
    </message>
    <message>
        <source>the device is no longer in the fleet cache</source>
        <translation>デバイスはフリートキャッシュにもう存在しません</translation>
    </message>
    <message>
        <source>already runs %1</source>
        <translation>すでに %1 を実行中</translation>
    </message>
    <message>
        <source>attempt %1: sending %2</source>
        <translation>試行 %1: %2 を送信中</translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot;: download of %2 requested</source>
        <translation>キャンペーン「%1」: %2 のダウンロードを要求しました</translation>
    </message>
    <message>
        <source>busy: the device refused the download (%1)</source>
        <translation>ビジー: デバイスがダウンロードを拒否しました (%1)</translation>
    </message>
    <message>
        <source>the device refused the download: %1</source>
        <translation>デバイスがダウンロードを拒否しました: %1</translation>
    </message>
    <message>
        <source>Execute Update was refused: %1</source>
        <translation>Execute Update が拒否されました: %1</translation>
    </message>
    <message>
        <source>the download failed: %1</source>
        <translation>ダウンロードに失敗しました: %1</translation>
    </message>
    <message>
        <source>the device reports the package downloaded</source>
        <translation>デバイスがパッケージのダウンロード完了を報告しました</translation>
    </message>
    <message>
        <source>sending Execute Update</source>
        <translation>Execute Update を送信中</translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot;: installing %2</source>
        <translation>キャンペーン「%1」: %2 をインストール中</translation>
    </message>
    <message>
        <source>the device is installing</source>
        <translation>デバイスがインストール中です</translation>
    </message>
    <message>
        <source>the device refused to install: %1</source>
        <translation>デバイスがインストールを拒否しました: %1</translation>
    </message>
    <message>
        <source>came back on %1: %2</source>
        <translation>%1 で復帰しました: %2</translation>
    </message>
    <message>
        <source>attempt %1 failed: %2</source>
        <translation>試行 %1 が失敗しました: %2</translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot;: update failed — %2</source>
        <translation>キャンペーン「%1」: 更新に失敗しました — %2</translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot;: skipped — %2</source>
        <translation>キャンペーン「%1」: スキップ — %2</translation>
    </message>
    <message>
        <source>reports %1 after its reboot</source>
        <translation>再起動後に %1 を報告しています</translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot;: updated to %2</source>
        <translation>キャンペーン「%1」: %2 に更新しました</translation>
    </message>
    <message>
        <source>could not write to the fleet cache: %1</source>
        <translation>フリートキャッシュに書き込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>CampaignFirmwarePage</name>
    <message>
        <source>Firmware</source>
        <translation>ファームウェア</translation>
    </message>
    <message>
        <source>Choose the image to install from the firmware library, and name the campaign.</source>
        <translation>ファームウェアライブラリからインストールするイメージを選択し、キャンペーンに名前を付けてください。</translation>
    </message>
    <message>
        <source>Reading the firmware library…</source>
        <translation>ファームウェアライブラリを読み込んでいます…</translation>
    </message>
    <message>
        <source>Firmware images</source>
        <translation>ファームウェアイメージ</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Download URL</source>
        <translation>ダウンロード URL</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>キャンペーン名</translation>
    </message>
    <message>
        <source>e.g. LT-500 to 1.1.0, Hamburg first</source>
        <translation>例: LT-500 を 1.1.0 へ、ハンブルク優先</translation>
    </message>
    <message>
        <source>Campaign &amp;name:</source>
        <translation>キャンペーン名(&amp;N):</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>署名なし</translation>
    </message>
    <message>
        <source>Signed, verified</source>
        <translation>署名付き、検証済み</translation>
    </message>
    <message>
        <source>Signed, not verified</source>
        <translation>署名付き、未検証</translation>
    </message>
    <message>
        <source>— (FleetDesk serves it)</source>
        <translation>— (FleetDesk が配信)</translation>
    </message>
    <message>
        <source>The firmware library could not be read: %1</source>
        <translation>ファームウェアライブラリを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The firmware library is empty. Import an image first (Firmware Library in the window, or fleetdesk-cli firmware import FILE).</source>
        <translation>ファームウェアライブラリが空です。先にイメージをインポートしてください (ウィンドウのファームウェアライブラリ、または fleetdesk-cli firmware import FILE)。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) in the library. Select the one to install.</source>
        <translation>
            <numerusform>ライブラリにイメージが %n 件あります。インストールするイメージを選択してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignNotifier</name>
    <message>
        <source>Campaign “%1” aborted itself: %2</source>
        <translation>キャンペーン「%1」は自動的に中止されました: %2</translation>
    </message>
    <message>
        <source>Campaign “%1” paused itself: %2</source>
        <translation>キャンペーン「%1」は自動的に一時停止されました: %2</translation>
    </message>
    <message>
        <source>Campaign aborted: %1</source>
        <translation>キャンペーンが中止されました: %1</translation>
    </message>
    <message>
        <source>Campaign paused: %1</source>
        <translation>キャンペーンが一時停止されました: %1</translation>
    </message>
    <message>
        <source>FleetDesk</source>
        <translation>FleetDesk</translation>
    </message>
</context>
<context>
    <name>CampaignPdfReport</name>
    <message>
        <source>Waves</source>
        <translation>ウェーブ</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>ウェーブ</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>The campaign has no devices.</source>
        <translation>キャンペーンにデバイスがありません。</translation>
    </message>
    <message>
        <source>Failures by reason</source>
        <translation>理由別の失敗</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>No device failed.</source>
        <translation>失敗したデバイスはありません。</translation>
    </message>
    <message>
        <source>Skipped by reason</source>
        <translation>理由別のスキップ</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Att.</source>
        <translation>試行</translation>
    </message>
    <message>
        <source>From</source>
        <translation>更新前</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>報告</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Firmware update campaign report</source>
        <translation>ファームウェア更新キャンペーンレポート</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>キャンペーン</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>ファームウェア</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Started / finished</source>
        <translation>開始 / 終了</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>まだ</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Rollout settings</source>
        <translation>ロールアウト設定</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>時間経過による進捗</translation>
    </message>
    <message>
        <source>No device has started yet.</source>
        <translation>まだ開始したデバイスはありません。</translation>
    </message>
    <message>
        <source>Succeeded (%1)</source>
        <translation>成功 (%1)</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>失敗 (%1)</translation>
    </message>
    <message>
        <source>Devices over time (local time, UTC%1)</source>
        <translation>時間経過によるデバイス数 (現地時刻、UTC%1)</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (続き)</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s); times are local</source>
        <translation>
            <numerusform>デバイス %n 台。時刻は現地時刻です</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated %1 by FleetDesk</source>
        <translation>%1 に FleetDesk で生成</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Campaign report: %1</source>
        <translation>キャンペーンレポート: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: the PDF could not be started</source>
        <translation>%1 に書き込めませんでした: PDF を開始できませんでした</translation>
    </message>
</context>
<context>
    <name>CampaignPlanModel</name>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Eligible — wave 1 (canary)</source>
        <translation>対象 — ウェーブ 1 (カナリア)</translation>
    </message>
    <message>
        <source>Eligible — wave %1</source>
        <translation>対象 — ウェーブ %1</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 dBm</source>
        <translation>%1 dBm</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>サイト</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>ファームウェア</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>バッテリー</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>信号強度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>CampaignPlanner</name>
    <message>
        <source>Wrong model</source>
        <translation>モデル不一致</translation>
    </message>
    <message>
        <source>Already on the version</source>
        <translation>すでに対象バージョン</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>廃止済み</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>No server or broker</source>
        <translation>サーバーまたはブローカーなし</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Sleeping, no wake-up expected</source>
        <translation>スリープ中、ウェイクアップの見込みなし</translation>
    </message>
    <message>
        <source>Battery too low</source>
        <translation>バッテリー不足</translation>
    </message>
    <message>
        <source>Signal too weak</source>
        <translation>信号強度不足</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>ビジー</translation>
    </message>
    <message>
        <source>Firmware update already in progress</source>
        <translation>ファームウェア更新が進行中</translation>
    </message>
    <message>
        <source>In another campaign</source>
        <translation>別のキャンペーンに参加中</translation>
    </message>
    <message>
        <source>Same device through another connection</source>
        <translation>別の接続経由の同一デバイス</translation>
    </message>
    <message>
        <source>There is no static group or saved filter named &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; という名前の静的グループまたは保存済みフィルターはありません。</translation>
    </message>
    <message>
        <source>The target query is not valid: %1</source>
        <translation>対象クエリが無効です: %1</translation>
    </message>
    <message>
        <source>offline (not registered or connected)</source>
        <translation>オフライン (未登録または未接続)</translation>
    </message>
    <message>
        <source>its server or broker does not answer: %1</source>
        <translation>サーバーまたはブローカーが応答しません: %1</translation>
    </message>
    <message>
        <source>sleeping (queue mode), no wake-up expected</source>
        <translation>スリープ中 (キューモード)、ウェイクアップの見込みなし</translation>
    </message>
    <message>
        <source>battery level unknown (at least %1 % needed)</source>
        <translation>バッテリー残量が不明 (%1 % 以上が必要)</translation>
    </message>
    <message>
        <source>battery %1 % below %2 %</source>
        <translation>バッテリー %1 % (%2 % 未満)</translation>
    </message>
    <message>
        <source>signal strength unknown (at least %1 dBm needed)</source>
        <translation>信号強度が不明 (%1 dBm 以上が必要)</translation>
    </message>
    <message>
        <source>signal %1 dBm below %2 dBm</source>
        <translation>信号強度 %1 dBm (%2 dBm 未満)</translation>
    </message>
    <message>
        <source>busy (rebooting or another operation)</source>
        <translation>ビジー (再起動中または別の操作を実行中)</translation>
    </message>
    <message>
        <source>its firmware update object is not idle (state %1) — another console may be updating it</source>
        <translation>ファームウェア更新オブジェクトがアイドル状態ではありません (状態 %1) — 別のコンソールが更新している可能性があります</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) match no device: %1</source>
        <translation>
            <numerusform>%n 件の対象に一致するデバイスがありません: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the same device (serial %1) is updated through %2 (%3)</source>
        <translation>同じデバイス (シリアル %1) が %2 (%3) 経由で更新されます</translation>
    </message>
    <message>
        <source>model %1, the image is for %2</source>
        <translation>モデル %1 ですが、イメージは %2 用です</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>already runs %1</source>
        <translation>すでに %1 を実行中</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>廃止済み</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>not bound to an LwM2M server or MQTT broker</source>
        <translation>LwM2M サーバーにも MQTT ブローカーにも接続されていません</translation>
    </message>
    <message>
        <source>taking part in another campaign that has not finished</source>
        <translation>完了していない別のキャンペーンに参加中です</translation>
    </message>
    <message>
        <source>offline, last seen %1</source>
        <translation>オフライン（最終確認 %1）</translation>
    </message>
    <message>
        <source>offline, never seen</source>
        <translation>オフライン（確認履歴なし）</translation>
    </message>
</context>
<context>
    <name>CampaignProblemLabel</name>
    <message>
        <source>under a minute</source>
        <translation>1 分未満</translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>約 %n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>約 %1 時間 %2 分</translation>
    </message>
    <message numerus="yes">
        <source>about %n day(s)</source>
        <translation>
            <numerusform>約 %n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>CampaignReportData</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n 台のデバイス</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>No reason recorded</source>
        <translation>理由は記録されていません</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>キャンペーン %1 は存在しません。</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <source>query %1</source>
        <translation>クエリ %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>グループ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n listed device(s)</source>
        <translation>
            <numerusform>リスト指定の %n 台のデバイス</numerusform>
        </translation>
    </message>
    <message>
        <source>Waves</source>
        <translation>ウェーブ</translation>
    </message>
    <message>
        <source>one wave</source>
        <translation>1 ウェーブ</translation>
    </message>
    <message>
        <source> (devices per wave: %1)</source>
        <translation> (ウェーブあたりのデバイス数: %1)</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>同時実行数</translation>
    </message>
    <message>
        <source>Device timeout</source>
        <translation>デバイスタイムアウト</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>リトライ回数</translation>
    </message>
    <message>
        <source>Success threshold</source>
        <translation>成功しきい値</translation>
    </message>
    <message>
        <source>%1 per wave</source>
        <translation>ウェーブあたり %1</translation>
    </message>
    <message>
        <source>Error threshold</source>
        <translation>エラーしきい値</translation>
    </message>
    <message>
        <source>On error</source>
        <translation>エラー時</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Approval after each wave</source>
        <translation>各ウェーブ後の承認</translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation>メンテナンスウィンドウ</translation>
    </message>
    <message>
        <source>%1 %2–%3 (%4)</source>
        <translation>%1 %2–%3 (%4)</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>always open</source>
        <translation>常時オープン</translation>
    </message>
    <message>
        <source>Group order</source>
        <translation>グループ順序</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>battery ≥ %1 %</source>
        <translation>バッテリー ≥ %1 %</translation>
    </message>
    <message>
        <source>signal ≥ %1 dBm</source>
        <translation>信号強度 ≥ %1 dBm</translation>
    </message>
    <message>
        <source>not busy</source>
        <translation>ビジーでない</translation>
    </message>
    <message>
        <source>Preconditions</source>
        <translation>前提条件</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Canary</source>
        <translation>カナリア</translation>
    </message>
    <message>
        <source>Wave %1</source>
        <translation>ウェーブ %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <source>Could not store the campaign: %1</source>
        <translation>キャンペーンを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>created by %1</source>
        <translation>作成者: %1</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>キャンペーン %1 は存在しません。</translation>
    </message>
    <message>
        <source>Could not record the device&apos;s step: %1</source>
        <translation>デバイスのステップを記録できませんでした: %1</translation>
    </message>
    <message>
        <source>campaign aborted before the device started</source>
        <translation>デバイスの開始前にキャンペーンが中止されました</translation>
    </message>
    <message>
        <source>Unknown campaign command &quot;%1&quot; (pause, resume or abort).</source>
        <translation>不明なキャンペーンコマンド「%1」です (pause、resume、abort のいずれか)。</translation>
    </message>
    <message>
        <source>Campaign %1 is %2: nothing to %3.</source>
        <translation>キャンペーン %1 は%2です: %3 の対象がありません。</translation>
    </message>
    <message>
        <source>Campaign %1 is already running.</source>
        <translation>キャンペーン %1 はすでに実行中です。</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%2 により%1</translation>
    </message>
    <message>
        <source>aborted by %1</source>
        <translation>%1 により中止</translation>
    </message>
    <message>
        <source>paused by %1</source>
        <translation>%1 により一時停止</translation>
    </message>
    <message>
        <source>resumed by %1</source>
        <translation>%1 により再開</translation>
    </message>
    <message>
        <source>Campaign %1 is already run by process %2 on %3 (last heartbeat %4).</source>
        <translation>キャンペーン %1 は %3 上のプロセス %2 ですでに実行されています (最終ハートビート %4)。</translation>
    </message>
</context>
<context>
    <name>CampaignReviewPage</name>
    <message>
        <source>Review and Start</source>
        <translation>確認と開始</translation>
    </message>
    <message>
        <source>The campaign document as FleetDesk will store it. Start creates the campaign; the canary wave begins when it runs.</source>
        <translation>FleetDesk が保存するキャンペーンドキュメントです。「開始」でキャンペーンが作成され、実行されるとカナリアウェーブが始まります。</translation>
    </message>
    <message>
        <source>Campaign &amp;document:</source>
        <translation>キャンペーンドキュメント(&amp;D):</translation>
    </message>
    <message>
        <source>Campaign document (JSON)</source>
        <translation>キャンペーンドキュメント (JSON)</translation>
    </message>
    <message>
        <source>Sa&amp;ve Document…</source>
        <translation>ドキュメントを保存(&amp;V)…</translation>
    </message>
    <message>
        <source>Checking the campaign</source>
        <translation>キャンペーンを確認中</translation>
    </message>
    <message>
        <source>Problems to fix before starting:</source>
        <translation>開始前に修正が必要な問題:</translation>
    </message>
    <message>
        <source>Devices download the image from</source>
        <translation>デバイスのイメージのダウンロード元</translation>
    </message>
    <message>
        <source>FleetDesk&apos;s &amp;firmware server at</source>
        <translation>FleetDesk のファームウェアサーバー(&amp;F)</translation>
    </message>
    <message>
        <source>Firmware server address (host:port)</source>
        <translation>ファームウェアサーバーのアドレス (host:port)</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:port</translation>
    </message>
    <message>
        <source>&amp;HTTPS</source>
        <translation>&amp;HTTPS</translation>
    </message>
    <message>
        <source>Pick an address devices can reach: on site, the laptop&apos;s address in the devices&apos; network.</source>
        <translation>デバイスから到達できるアドレスを選択してください。現地では、デバイスのネットワーク内でのこのノート PC のアドレスです。</translation>
    </message>
    <message>
        <source>The image&apos;s download URL: %1</source>
        <translation>イメージのダウンロード URL: %1</translation>
    </message>
    <message>
        <source>The image&apos;s download URL (this image has none)</source>
        <translation>イメージのダウンロード URL (このイメージにはありません)</translation>
    </message>
    <message>
        <source>Checking the campaign against the fleet…</source>
        <translation>フリートに対してキャンペーンを確認中…</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) will be updated</source>
        <translation>
            <numerusform>%n 台のデバイスを更新します</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n wave(s) (%1)</source>
        <translation>
            <numerusform> (%n ウェーブ: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n skipped.</source>
        <translation>
            <numerusform>。%n 台はスキップ。</numerusform>
        </translation>
    </message>
    <message>
        <source>The campaign was not created.</source>
        <translation>キャンペーンは作成されませんでした。</translation>
    </message>
    <message>
        <source>The firmware server address is HOST:PORT, e.g. %1.</source>
        <translation>ファームウェアサーバーのアドレスは HOST:PORT 形式です (例: %1)。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>No problems found: ready to start.</source>
        <translation>問題は見つかりませんでした。開始できます。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
</context>
<context>
    <name>CampaignRolloutPage</name>
    <message>
        <source>Rollout</source>
        <translation>ロールアウト</translation>
    </message>
    <message>
        <source>How the campaign proceeds: waves, pace, when it stops itself, when devices may start, in which order, and what a device must satisfy first.</source>
        <translation>キャンペーンの進め方: ウェーブ、ペース、自動停止の条件、デバイスを開始できる時間帯、順序、デバイスが事前に満たすべき条件を設定します。</translation>
    </message>
    <message>
        <source>Waves</source>
        <translation>ウェーブ</translation>
    </message>
    <message>
        <source>&amp;Add Wave</source>
        <translation>ウェーブを追加(&amp;A)</translation>
    </message>
    <message>
        <source>Remove Last &amp;Wave</source>
        <translation>最後のウェーブを削除(&amp;W)</translation>
    </message>
    <message>
        <source>The first wave is the canary. Devices left after the last wave form one more wave. A percentage is of the eligible devices.</source>
        <translation>最初のウェーブはカナリアです。最後のウェーブの後に残ったデバイスは、もう 1 つのウェーブになります。割合は対象デバイスに対する割合です。</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>ペース</translation>
    </message>
    <message>
        <source>Devices updating at once</source>
        <translation>同時に更新するデバイス数</translation>
    </message>
    <message>
        <source>Devices updating at &amp;once:</source>
        <translation>同時に更新するデバイス数(&amp;O):</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Device timeout in seconds</source>
        <translation>デバイスタイムアウト (秒)</translation>
    </message>
    <message>
        <source>From the first command to a device until it reports the new version after its reboot.</source>
        <translation>デバイスへの最初のコマンドから、再起動後に新しいバージョンを報告するまでの時間です。</translation>
    </message>
    <message>
        <source>Device &amp;timeout:</source>
        <translation>デバイスタイムアウト(&amp;T):</translation>
    </message>
    <message>
        <source>Retries per device</source>
        <translation>デバイスあたりのリトライ回数</translation>
    </message>
    <message>
        <source>&amp;Retries per device:</source>
        <translation>デバイスあたりのリトライ回数(&amp;R):</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>しきい値</translation>
    </message>
    <message>
        <source>Success threshold</source>
        <translation>成功しきい値</translation>
    </message>
    <message>
        <source>&amp;Succeeded per wave to go on:</source>
        <translation>続行に必要なウェーブあたりの成功数(&amp;S):</translation>
    </message>
    <message>
        <source>Error threshold</source>
        <translation>エラーしきい値</translation>
    </message>
    <message>
        <source>&amp;Failures per wave allowed:</source>
        <translation>ウェーブあたりの許容失敗数(&amp;F):</translation>
    </message>
    <message>
        <source>When more fail</source>
        <translation>失敗がこれを超えた場合</translation>
    </message>
    <message>
        <source>Pause the campaign</source>
        <translation>キャンペーンを一時停止</translation>
    </message>
    <message>
        <source>Abort the campaign</source>
        <translation>キャンペーンを中止</translation>
    </message>
    <message>
        <source>When &amp;more fail:</source>
        <translation>失敗がこれを超えた場合(&amp;M):</translation>
    </message>
    <message>
        <source>Wait for an operator&apos;s appro&amp;val after each wave</source>
        <translation>各ウェーブの後にオペレーターの承認を待つ(&amp;V)</translation>
    </message>
    <message>
        <source>Only start devices inside a maintenance &amp;window</source>
        <translation>メンテナンスウィンドウ内でのみデバイスを開始する(&amp;W)</translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation>メンテナンスウィンドウ</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>曜日:</translation>
    </message>
    <message>
        <source>Window opens at</source>
        <translation>ウィンドウの開始時刻</translation>
    </message>
    <message>
        <source>Window closes at</source>
        <translation>ウィンドウの終了時刻</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>開始時刻(&amp;F):</translation>
    </message>
    <message>
        <source>Time zone of the window</source>
        <translation>ウィンドウのタイムゾーン</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>タイムゾーン(&amp;Z):</translation>
    </message>
    <message>
        <source>A window that ends before it starts spans midnight and belongs to the day it opens.</source>
        <translation>開始より前に終了するウィンドウは午前 0 時をまたぎ、開始した日に属します。</translation>
    </message>
    <message>
        <source>Group order</source>
        <translation>グループ順序</translation>
    </message>
    <message>
        <source>Group order: one stage per line, device tags separated by commas</source>
        <translation>グループ順序: 1 行に 1 ステージ、デバイスタグはカンマ区切り</translation>
    </message>
    <message>
        <source>gateway
sensor, meter</source>
        <translation>gateway
sensor, meter</translation>
    </message>
    <message>
        <source>One stage per line, device tags separated by commas. A stage starts when every device of the earlier stages has succeeded; untagged devices come last.</source>
        <translation>1 行に 1 ステージ、デバイスタグはカンマ区切りで指定します。ステージは、それより前のステージのすべてのデバイスが成功すると開始します。タグのないデバイスは最後になります。</translation>
    </message>
    <message>
        <source>Preconditions (checked again right before each device)</source>
        <translation>前提条件 (各デバイスの直前に再確認)</translation>
    </message>
    <message>
        <source>Device is o&amp;nline</source>
        <translation>デバイスがオンライン(&amp;N)</translation>
    </message>
    <message>
        <source>Device is not b&amp;usy</source>
        <translation>デバイスがビジーでない(&amp;U)</translation>
    </message>
    <message>
        <source>Not rebooting, not in another operation or campaign, firmware update object idle.</source>
        <translation>再起動中でなく、他の操作やキャンペーンの実行中でもなく、ファームウェア更新オブジェクトがアイドル状態であること。</translation>
    </message>
    <message>
        <source>&amp;Battery at least</source>
        <translation>バッテリー残量の下限(&amp;B)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Minimum battery</source>
        <translation>最小バッテリー残量</translation>
    </message>
    <message>
        <source>Si&amp;gnal at least</source>
        <translation>信号強度の下限(&amp;G)</translation>
    </message>
    <message>
        <source> dBm</source>
        <translation> dBm</translation>
    </message>
    <message>
        <source>Minimum signal</source>
        <translation>最小信号強度</translation>
    </message>
    <message>
        <source>The campaign e&amp;xpires</source>
        <translation>キャンペーンの有効期限(&amp;X)</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Expires at (UTC)</source>
        <translation>有効期限 (UTC)</translation>
    </message>
    <message>
        <source>at</source>
        <translation>の</translation>
    </message>
    <message>
        <source>UTC — nothing starts after it</source>
        <translation>UTC — これ以降は何も開始しません</translation>
    </message>
    <message>
        <source>Wave 1 (canary):</source>
        <translation>ウェーブ 1 (カナリア):</translation>
    </message>
    <message>
        <source>Wave 1 (&amp;canary):</source>
        <translation>ウェーブ 1 (カナリア)(&amp;C):</translation>
    </message>
    <message>
        <source>Wave %1:</source>
        <translation>ウェーブ %1:</translation>
    </message>
    <message>
        <source>Wave 1 (canary) size</source>
        <translation>ウェーブ 1 (カナリア) のサイズ</translation>
    </message>
    <message>
        <source>Wave %1 size</source>
        <translation>ウェーブ %1 のサイズ</translation>
    </message>
    <message>
        <source>Without waves, all eligible devices form one wave.</source>
        <translation>ウェーブがない場合、すべての対象デバイスが 1 つのウェーブになります。</translation>
    </message>
</context>
<context>
    <name>CampaignRunController</name>
    <message>
        <source>This window already runs campaign %1; stop it first.</source>
        <translation>このウィンドウではすでにキャンペーン %1 を実行中です。先に停止してください。</translation>
    </message>
    <message>
        <source>No secret stored for %1.</source>
        <translation>%1 のシークレットが保存されていません。</translation>
    </message>
</context>
<context>
    <name>CampaignSpec</name>
    <message>
        <source>Unknown key &quot;%1&quot;.</source>
        <translation>不明なキー &quot;%1&quot; です。</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; — did you mean &quot;%2&quot;?</source>
        <translation>不明なキー &quot;%1&quot; です。&quot;%2&quot; のことですか？</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing.</source>
        <translation>&quot;%1&quot; がありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty text.</source>
        <translation>&quot;%1&quot; には空でないテキストを指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>&quot;%1&quot; には %2～%3 の整数を指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; には true または false を指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object.</source>
        <translation>&quot;%1&quot; はオブジェクトで指定してください。</translation>
    </message>
    <message>
        <source>Expected {&quot;count&quot;: N} or {&quot;percent&quot;: P}.</source>
        <translation>{&quot;count&quot;: N} または {&quot;percent&quot;: P} の形式で指定してください。</translation>
    </message>
    <message>
        <source>Give exactly one of &quot;count&quot; and &quot;percent&quot;.</source>
        <translation>&quot;count&quot; と &quot;percent&quot; のどちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>&quot;percent&quot; must be a number from 0 to 100.</source>
        <translation>&quot;percent&quot; には 0～100 の数値を指定してください。</translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation>%1 バイト目で JSON が無効です: %2</translation>
    </message>
    <message>
        <source>A campaign is a JSON object.</source>
        <translation>キャンペーンは JSON オブジェクトで記述してください。</translation>
    </message>
    <message>
        <source>&quot;version&quot; is missing (it is 1).</source>
        <translation>&quot;version&quot; がありません (値は 1 です)。</translation>
    </message>
    <message>
        <source>This FleetDesk reads campaign format version %1 only.</source>
        <translation>この FleetDesk が読み込めるのは、キャンペーン形式のバージョン %1 だけです。</translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation>名前が 200 文字を超えています。</translation>
    </message>
    <message>
        <source>&quot;firmware&quot; is missing.</source>
        <translation>&quot;firmware&quot; がありません。</translation>
    </message>
    <message>
        <source>&quot;targets&quot; is missing.</source>
        <translation>&quot;targets&quot; がありません。</translation>
    </message>
    <message>
        <source>Give exactly one of &quot;query&quot;, &quot;group&quot; and &quot;devices&quot;.</source>
        <translation>&quot;query&quot;、&quot;group&quot;、&quot;devices&quot; のいずれか 1 つだけを指定してください。</translation>
    </message>
    <message>
        <source>&quot;devices&quot; must be a non-empty list of device ids, names or endpoints.</source>
        <translation>&quot;devices&quot; には、デバイス ID、名前、またはエンドポイントを 1 つ以上含むリストを指定してください。</translation>
    </message>
    <message>
        <source>A device is named by a non-empty text.</source>
        <translation>デバイスは空でないテキストで指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>「%1」が 2 回指定されています。</translation>
    </message>
    <message>
        <source>&quot;waves&quot; must be a list.</source>
        <translation>&quot;waves&quot; はリストで指定してください。</translation>
    </message>
    <message>
        <source>A wave is an object with a &quot;size&quot;.</source>
        <translation>ウェーブは &quot;size&quot; を含むオブジェクトで指定してください。</translation>
    </message>
    <message>
        <source>&quot;size&quot; is missing.</source>
        <translation>&quot;size&quot; がありません。</translation>
    </message>
    <message>
        <source>A wave needs at least one device.</source>
        <translation>ウェーブには 1 台以上のデバイスが必要です。</translation>
    </message>
    <message>
        <source>&quot;on_error&quot; is &quot;pause&quot; or &quot;abort&quot;.</source>
        <translation>&quot;on_error&quot; には &quot;pause&quot; または &quot;abort&quot; を指定してください。</translation>
    </message>
    <message>
        <source>&quot;days&quot; is a list such as [&quot;mon&quot;, &quot;tue&quot;].</source>
        <translation>&quot;days&quot; は [&quot;mon&quot;, &quot;tue&quot;] のようなリストで指定してください。</translation>
    </message>
    <message>
        <source>Days are mon, tue, wed, thu, fri, sat and sun.</source>
        <translation>曜日には mon、tue、wed、thu、fri、sat、sun を指定してください。</translation>
    </message>
    <message>
        <source>The window has no days: it never opens.</source>
        <translation>メンテナンスウィンドウに曜日が指定されていないため、ウィンドウが開くことはありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a time of day as HH:MM (00:00–23:59).</source>
        <translation>&quot;%1&quot; には HH:MM 形式の時刻 (00:00～23:59) を指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this system knows (use an IANA name such as Europe/Berlin or Asia/Tokyo).</source>
        <translation>「%1」は、このシステムが認識できるタイムゾーンではありません (Europe/Berlin や Asia/Tokyo などの IANA 名を使用してください)。</translation>
    </message>
    <message>
        <source>The window opens and closes at the same time: it is never open.</source>
        <translation>メンテナンスウィンドウの開始時刻と終了時刻が同じため、ウィンドウが開いている時間がありません。</translation>
    </message>
    <message>
        <source>&quot;order&quot; is a list of stages, each a list of device tags.</source>
        <translation>&quot;order&quot; は、ステージのリストで指定してください。各ステージはデバイスタグのリストです。</translation>
    </message>
    <message>
        <source>A stage is a non-empty list of device tags.</source>
        <translation>ステージは、デバイスタグを 1 つ以上含むリストで指定してください。</translation>
    </message>
    <message>
        <source>A tag is a non-empty text.</source>
        <translation>タグは空でないテキストで指定してください。</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is in more than one stage.</source>
        <translation>タグ「%1」が複数のステージに含まれています。</translation>
    </message>
    <message>
        <source>&quot;expires&quot; is a date and time with its offset, e.g. 2026-12-24T18:00:00+01:00.</source>
        <translation>&quot;expires&quot; はオフセット付きの日時で指定してください (例: 2026-12-24T18:00:00+01:00)。</translation>
    </message>
    <message>
        <source>The campaign expired on %1.</source>
        <translation>キャンペーンの有効期限は %1 に切れています。</translation>
    </message>
    <message>
        <source>The maintenance window never opens before the campaign expires (%1).</source>
        <translation>キャンペーンの有効期限 (%1) までに、メンテナンスウィンドウが開くことはありません。</translation>
    </message>
    <message>
        <source>The maintenance window never opens.</source>
        <translation>メンテナンスウィンドウが開くことはありません。</translation>
    </message>
    <message>
        <source>No targeted device is eligible.</source>
        <translation>対象のデバイスのうち、条件を満たすデバイスがありません。</translation>
    </message>
    <message numerus="yes">
        <source>The canary wave (%1 devices) is larger than the %n eligible device(s).</source>
        <translation>
            <numerusform>カナリアウェーブ (%1 台) が、条件を満たすデバイス %n 台よりも多くなっています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wave %1 has %2 device(s), fewer than the success threshold of %3: it can never succeed.</source>
        <translation>ウェーブ %1 のデバイスは %2 台で、成功しきい値の %3 台に達しないため、成功することはありません。</translation>
    </message>
</context>
<context>
    <name>CampaignTargetsPage</name>
    <message>
        <source>Targets</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <source>Which devices the campaign is for. The dry run on the next page shows which of them can take part.</source>
        <translation>キャンペーンの対象とするデバイスです。次のページのドライランで、そのうち参加できるデバイスがわかります。</translation>
    </message>
    <message>
        <source>Devices matching a fleet &amp;query:</source>
        <translation>フリートクエリに一致するデバイス(&amp;Q):</translation>
    </message>
    <message>
        <source>Fleet query</source>
        <translation>フリートクエリ</translation>
    </message>
    <message>
        <source>model:LT-500 fw:&lt;1.1.0 -lifecycle:retired</source>
        <translation>model:LT-500 fw:&lt;1.1.0 -lifecycle:retired</translation>
    </message>
    <message>
        <source>A s&amp;mart group (saved filter):</source>
        <translation>スマートグループ (保存済みフィルター)(&amp;M):</translation>
    </message>
    <message>
        <source>Smart group</source>
        <translation>スマートグループ</translation>
    </message>
    <message>
        <source>A s&amp;tatic group:</source>
        <translation>静的グループ(&amp;T):</translation>
    </message>
    <message>
        <source>Static group</source>
        <translation>静的グループ</translation>
    </message>
    <message>
        <source>The devices se&amp;lected in the window</source>
        <translation>ウィンドウで選択中のデバイス(&amp;L)</translation>
    </message>
    <message>
        <source>A &amp;list of devices from a CSV file:</source>
        <translation>CSV ファイルのデバイスリスト(&amp;L):</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV ファイル</translation>
    </message>
    <message>
        <source>A file with one device id, name or endpoint per row</source>
        <translation>1 行に 1 つのデバイス ID、名前、またはエンドポイントを記載したファイル</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>CSV ファイルを選択</translation>
    </message>
    <message>
        <source>Terms as in the window&apos;s filter box: model:, fw:&lt;, site:, in:&quot;group&quot;, saved:&quot;filter&quot;, -lifecycle:retired. Ctrl+Space completes.</source>
        <translation>ウィンドウのフィルターボックスと同じ条件を使えます: model:、fw:&lt;、site:、in:&quot;group&quot;、saved:&quot;filter&quot;、-lifecycle:retired。Ctrl+Space で補完します。</translation>
    </message>
    <message>
        <source>With a header row, the column named id, name or endpoint is used; otherwise the first column. Devices that are not in the fleet are listed in the dry run, never dropped silently.</source>
        <translation>ヘッダー行がある場合は id、name、endpoint という名前の列を使用し、ない場合は最初の列を使用します。フリートにないデバイスはドライランに表示され、黙って除外されることはありません。</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(まだありません)</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n 台のデバイス</numerusform>
        </translation>
    </message>
    <message>
        <source>No device is selected in the window.</source>
        <translation>ウィンドウで選択されているデバイスはありません。</translation>
    </message>
    <message numerus="yes">
        <source>The devices se&amp;lected in the window (%n)</source>
        <translation>
            <numerusform>ウィンドウで選択中のデバイス (%n)(&amp;L)</numerusform>
        </translation>
    </message>
    <message>
        <source>Devices for the Campaign</source>
        <translation>キャンペーンのデバイス</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV ファイル (*.csv *.txt)</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) in the file</source>
        <translation>
            <numerusform>ファイル内のデバイス: %n 台</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignText</name>
    <message>
        <source>Pending</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>ダウンロード済み</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>更新中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>中止済み</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Initial value (no result yet)</source>
        <translation>初期値 (結果なし)</translation>
    </message>
    <message>
        <source>Firmware updated successfully</source>
        <translation>ファームウェアの更新に成功しました</translation>
    </message>
    <message>
        <source>Not enough flash memory for the package</source>
        <translation>パッケージ用のフラッシュメモリが不足しています</translation>
    </message>
    <message>
        <source>Out of RAM during download</source>
        <translation>ダウンロード中に RAM が不足しました</translation>
    </message>
    <message>
        <source>Connection lost during download</source>
        <translation>ダウンロード中に接続が切断されました</translation>
    </message>
    <message>
        <source>Integrity check failure</source>
        <translation>整合性チェックに失敗しました</translation>
    </message>
    <message>
        <source>Unsupported package type</source>
        <translation>サポートされていないパッケージタイプです</translation>
    </message>
    <message>
        <source>Invalid URI</source>
        <translation>無効な URI です</translation>
    </message>
    <message>
        <source>Firmware update failed</source>
        <translation>ファームウェアの更新に失敗しました</translation>
    </message>
    <message>
        <source>Unsupported protocol</source>
        <translation>サポートされていないプロトコルです</translation>
    </message>
    <message>
        <source>Result %1</source>
        <translation>結果 %1</translation>
    </message>
</context>
<context>
    <name>CampaignWizard</name>
    <message>
        <source>New Firmware Campaign</source>
        <translation>新規ファームウェアキャンペーン</translation>
    </message>
    <message>
        <source>&amp;Start Campaign</source>
        <translation>キャンペーンを開始(&amp;S)</translation>
    </message>
    <message>
        <source>Save Campaign Document</source>
        <translation>キャンペーンドキュメントを保存</translation>
    </message>
    <message>
        <source>Campaign documents (*.json)</source>
        <translation>キャンペーンドキュメント (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>The campaign was not created.</source>
        <translation>キャンペーンは作成されませんでした。</translation>
    </message>
</context>
<context>
    <name>ChartsDock</name>
    <message>
        <source>No live values</source>
        <translation>ライブ値はありません</translation>
    </message>
    <message>
        <source>Observe a numeric resource of an LwM2M device to chart it live. Charts only ever show real readings, with their recorded history.</source>
        <translation>LwM2M デバイスの数値リソースを Observe すると、ここにライブでチャート表示されます。チャートには実際の測定値とその記録済みの履歴だけが表示されます。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ConnectionManagerDialog</name>
    <message>
        <source>Connections</source>
        <translation>接続先</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>接続プロファイル</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>テスト(&amp;T)</translation>
    </message>
    <message>
        <source>Check that FleetDesk can reach the server and that its certificate verifies. Sends no password.</source>
        <translation>FleetDesk からサーバーに到達できるか、サーバー証明書を検証できるかを確認します。パスワードは送信しません。</translation>
    </message>
    <message>
        <source>Import from &amp;sandbox…</source>
        <translation>サンドボックスからインポート(&amp;S)…</translation>
    </message>
    <message>
        <source>Add the servers of a running FleetDesk sandbox from its sandbox.json file.</source>
        <translation>実行中の FleetDesk サンドボックスのサーバーを、その sandbox.json ファイルから追加します。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation>プロファイルを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The profile “%1” was saved, but its secret could not be stored in the system keychain: %2</source>
        <translation>プロファイル「%1」は保存しましたが、認証情報をシステムのキーチェーンに保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Remove connection?</source>
        <translation>接続先を削除しますか？</translation>
    </message>
    <message>
        <source>Remove the connection profile “%1”?</source>
        <translation>接続プロファイル「%1」を削除しますか？</translation>
    </message>
    <message>
        <source>Its stored secret is removed from the system keychain as well. Devices bound to this profile stay in the cache.</source>
        <translation>保存されている認証情報もシステムのキーチェーンから削除されます。このプロファイルに紐付いているデバイスはキャッシュに残ります。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>「%1」を削除しました。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>「%1」: %2</translation>
    </message>
    <message>
        <source>“%1” could not be reached: %2</source>
        <translation>「%1」に到達できませんでした: %2</translation>
    </message>
    <message>
        <source>Testing “%1”…</source>
        <translation>「%1」をテストしています…</translation>
    </message>
    <message>
        <source>Import the sandbox&apos;s connections</source>
        <translation>サンドボックスの接続先をインポート</translation>
    </message>
    <message>
        <source>Sandbox description (sandbox.json)</source>
        <translation>サンドボックス定義 (sandbox.json)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>The sandbox file could not be read: %1</source>
        <translation>サンドボックスファイルを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The sandbox file lists no usable connection.</source>
        <translation>サンドボックスファイルに使用できる接続先がありません。</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 を追加しました。</translation>
    </message>
    <message>
        <source>The profiles could not be saved: %1</source>
        <translation>プロファイルを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Broker acc&amp;ounts…</source>
        <translation>ブローカーのアカウント(&amp;O)…</translation>
    </message>
    <message>
        <source>List and manage the broker&apos;s accounts (mosquitto dynamic security). The profile&apos;s account must be an administrator.</source>
        <translation>ブローカーのアカウントを一覧表示し、管理します (mosquitto の Dynamic Security)。プロファイルのアカウントには管理者権限が必要です。</translation>
    </message>
    <message>
        <source>The profile&apos;s password could not be read: %1</source>
        <translation>プロファイルのパスワードを読み込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>The file is empty: the first line must name the columns.</source>
        <translation>ファイルが空です。1 行目に列名を記述してください。</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot; (column %2). Known columns: %3.</source>
        <translation>不明な列「%1」です (%2 列目)。使用できる列: %3。</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; appears twice.</source>
        <translation>列「%1」が重複しています。</translation>
    </message>
    <message>
        <source>The required column &quot;name&quot; is missing.</source>
        <translation>必須の列「name」がありません。</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>フィールド数が %1 です (ヘッダーは %2)</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; is not a UUID</source>
        <translation>id「%1」は UUID ではありません</translation>
    </message>
    <message>
        <source>protocol &quot;%1&quot; is not lwm2m or mqtt</source>
        <translation>protocol「%1」は lwm2m でも mqtt でもありません</translation>
    </message>
    <message>
        <source>profile and endpoint need a protocol</source>
        <translation>profile と endpoint を指定するには protocol が必要です</translation>
    </message>
    <message>
        <source>lifecycle &quot;%1&quot; is not one of provisioned, active, disabled, retired</source>
        <translation>lifecycle「%1」は provisioned、active、disabled、retired のいずれでもありません</translation>
    </message>
    <message>
        <source>id %1 already appears on line %2</source>
        <translation>id %1 は %2 行目にすでにあります</translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot; on profile &quot;%2&quot; already appears on line %3</source>
        <translation>プロファイル「%2」のエンドポイント「%1」は %3 行目にすでにあります</translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot; on profile &quot;%2&quot; already belongs to another device in the cache</source>
        <translation>プロファイル「%2」のエンドポイント「%1」は、キャッシュ内の別のデバイスがすでに使用しています</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import devices from %1</source>
        <translation>%1 からデバイスをインポート</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>新規 %1</translation>
    </message>
    <message>
        <source>%1 to update</source>
        <translation>更新 %1</translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>除外 %1</translation>
    </message>
    <message>
        <source>Dry run — nothing has been written yet. %1.</source>
        <translation>ドライラン — まだ何も書き込まれていません。%1。</translation>
    </message>
    <message>
        <source>Rejected rows are skipped; fix them in the file and import it again.</source>
        <translation>除外された行はスキップされます。ファイルを修正してから、もう一度インポートしてください。</translation>
    </message>
    <message>
        <source>Problems with the file:
%1</source>
        <translation>ファイルの問題:
%1</translation>
    </message>
    <message>
        <source>Rows of the file and what would happen to them</source>
        <translation>ファイルの各行と処理内容</translation>
    </message>
    <message numerus="yes">
        <source>Import %n device(s)</source>
        <translation>
            <numerusform>%n 台のデバイスをインポート</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not UTF-8 text (first bad byte on line %1). Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>このファイルは UTF-8 のテキストではありません (最初の不正なバイトは %1 行目)。「CSV UTF-8」形式で保存し直して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>A quoted field that starts on line %1 is never closed.</source>
        <translation>%1 行目で始まる引用符付きのフィールドが閉じられていません。</translation>
    </message>
</context>
<context>
    <name>DeviceDetailsWidget</name>
    <message>
        <source>Device details</source>
        <translation>デバイスの詳細</translation>
    </message>
    <message>
        <source>No device selected</source>
        <translation>デバイスが選択されていません</translation>
    </message>
    <message>
        <source>Select a device in the tree to see its identity, connection, location and state. Use the arrow keys in the tree, or Ctrl+F to filter.</source>
        <translation>ツリーでデバイスを選択すると、識別情報、接続、設置場所、状態が表示されます。ツリーでは矢印キーで移動でき、Ctrl+F で絞り込めます。</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>稼働状態</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終通信</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>識別情報</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>ファームウェア</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>設置場所</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>サイト</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>ライフサイクル</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>バッテリー</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>信号強度</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>Sleeping</source>
        <translation>スリープ中</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Battery below %1 %</source>
        <translation>バッテリー残量 %1 % 未満</translation>
    </message>
    <message>
        <source>Select a device below this node to see its details.</source>
        <translation>詳細を表示するには、このノードの配下にあるデバイスを選択してください。</translation>
    </message>
    <message>
        <source>Not bound to a server</source>
        <translation>サーバーに紐付けられていません</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>デバイス ID</translation>
    </message>
    <message>
        <source>Endpoint / device ID</source>
        <translation>エンドポイント / デバイス ID</translation>
    </message>
    <message>
        <source>%1 (low)</source>
        <translation>%1 (残量低下)</translation>
    </message>
    <message>
        <source>%1 dBm</source>
        <translation>%1 dBm</translation>
    </message>
    <message>
        <source>never seen</source>
        <translation>通信履歴なし</translation>
    </message>
    <message>
        <source>FleetDesk has never heard from this device.</source>
        <translation>FleetDesk はこのデバイスから一度も通信を受信していません。</translation>
    </message>
    <message>
        <source>seen %1</source>
        <translation>最終通信: %1</translation>
    </message>
    <message>
        <source>%1 (local time)
%2</source>
        <translation>%1 (ローカル時刻)
%2</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>The device&apos;s LwM2M objects and resources: read, write, execute, observe</source>
        <translation>デバイスの LwM2M オブジェクトとリソース: 読み取り、書き込み、実行、Observe</translation>
    </message>
    <message>
        <source>Protocol log</source>
        <translation>プロトコルログ</translation>
    </message>
    <message>
        <source>The CoAP messages between the LwM2M server and the device, while this tab is open</source>
        <translation>このタブを開いている間の、LwM2M サーバーとデバイスの間の CoAP メッセージ</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Everything recorded for the device: registrations, health changes, operations and their results</source>
        <translation>デバイスについて記録されたすべての情報: 登録、稼働状態の変化、操作とその結果</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s) selected</source>
        <translation>
            <numerusform>%Ln 台のデバイスを選択中</numerusform>
        </translation>
    </message>
    <message>
        <source>Devices → Reboot… and the other bulk operations act on all of them; File → Export Devices… writes them.</source>
        <translation>「デバイス → 再起動…」などの一括操作はこのすべてに実行されます。「ファイル → デバイスをエクスポート…」で書き出せます。</translation>
    </message>
</context>
<context>
    <name>DeviceExport</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>サイト</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>ファームウェア</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>ライフサイクル</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>稼働状態</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終通信</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>バッテリー</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>信号強度</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a device field (the fields are: %2).</source>
        <translation>&quot;%1&quot; はデバイスのフィールドではありません (使用できるフィールド: %2)。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>DeviceFields</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>サイト</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>ファームウェア</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>稼働状態</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>バッテリー</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>信号強度</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終通信</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>ライフサイクル</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 dBm</source>
        <translation>%1 dBm</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>DeviceFlags</name>
    <message>
        <source>no server</source>
        <translation>サーバーなし</translation>
    </message>
    <message>
        <source>Serial %1 is also on device %2 (server %3).</source>
        <translation>シリアル番号 %1 はデバイス %2 (サーバー %3) にも登録されています。</translation>
    </message>
    <message>
        <source>Last known state (never heard from) — server unreachable</source>
        <translation>最後に確認された状態 (通信履歴なし) — サーバーに到達できません</translation>
    </message>
    <message>
        <source>Last known state, %1 — server unreachable</source>
        <translation>最後に確認された状態 (%1) — サーバーに到達できません</translation>
    </message>
</context>
<context>
    <name>DeviceTableModel</name>
    <message>
        <source>%1 (local time)
%2</source>
        <translation>%1 (ローカル時刻)
%2</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>、%1</translation>
    </message>
    <message>
        <source>, duplicate serial %1</source>
        <translation>、重複したシリアル番号 %1</translation>
    </message>
</context>
<context>
    <name>DeviceText</name>
    <message>
        <source>the device has no id</source>
        <translation>デバイスに ID がありません</translation>
    </message>
    <message>
        <source>the device has no name</source>
        <translation>デバイスに名前がありません</translation>
    </message>
    <message>
        <source>the protocol binding names no connection profile</source>
        <translation>プロトコルの紐付けに接続プロファイルが指定されていません</translation>
    </message>
    <message>
        <source>the LwM2M binding has no endpoint name</source>
        <translation>LwM2M の紐付けにエンドポイント名がありません</translation>
    </message>
    <message>
        <source>the MQTT binding has no device id</source>
        <translation>MQTT の紐付けにデバイス ID がありません</translation>
    </message>
    <message>
        <source>battery level %1 % is outside 0–100</source>
        <translation>バッテリー残量 %1 % が 0～100 の範囲外です</translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; is not valid</source>
        <translation>タグ「%1」は無効です</translation>
    </message>
    <message>
        <source>online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>sleeping</source>
        <translation>スリープ中</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>active</source>
        <translation>稼働中</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>廃止</translation>
    </message>
    <message>
        <source>provisioned</source>
        <translation>プロビジョニング済み</translation>
    </message>
    <message>
        <source>LwM2M</source>
        <translation>LwM2M</translation>
    </message>
    <message>
        <source>MQTT</source>
        <translation>MQTT</translation>
    </message>
    <message>
        <source>not bound</source>
        <translation>未紐付け</translation>
    </message>
</context>
<context>
    <name>DynSecClient</name>
    <message>
        <source>%1. This account is not a dynamic-security administrator.</source>
        <translation>%1。このアカウントは Dynamic Security の管理者ではありません。</translation>
    </message>
    <message>
        <source>The broker refused the command: %1</source>
        <translation>ブローカーがコマンドを拒否しました: %1</translation>
    </message>
    <message>
        <source>The broker administration was closed before a reply arrived.</source>
        <translation>応答が届く前に、ブローカーの管理セッションが閉じられました。</translation>
    </message>
    <message>
        <source>There is no connection to a broker.</source>
        <translation>ブローカーに接続していません。</translation>
    </message>
    <message>
        <source>No reply from the broker&apos;s dynamic-security plugin within %1 s.</source>
        <translation>ブローカーの Dynamic Security プラグインから %1 秒以内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>The broker did not acknowledge the subscription to its replies.</source>
        <translation>応答を受け取るための購読を、ブローカーが承認しませんでした。</translation>
    </message>
    <message>
        <source>There was no connection to send the command on.</source>
        <translation>コマンドを送信するための接続がありませんでした。</translation>
    </message>
    <message>
        <source>The connection was lost after the command was sent: whether it was carried out is unknown.</source>
        <translation>コマンドの送信後に接続が切断されました。コマンドが実行されたかどうかは不明です。</translation>
    </message>
    <message>
        <source>Is the dynamic-security plugin loaded?</source>
        <translation>Dynamic Security プラグインは読み込まれていますか？</translation>
    </message>
    <message>
        <source>A reply that could not be read arrived: %1.</source>
        <translation>読み取れない応答を受信しました: %1。</translation>
    </message>
    <message>
        <source>The reply to %1 names the command &quot;%2&quot;.</source>
        <translation>%1 に対する応答に、別のコマンド「%2」が指定されています。</translation>
    </message>
    <message>
        <source>The broker refused %1: %2</source>
        <translation>ブローカーが %1 を拒否しました: %2</translation>
    </message>
    <message>
        <source>The broker&apos;s reply cannot be read: %1.</source>
        <translation>ブローカーの応答を読み取れません: %1。</translation>
    </message>
    <message>
        <source>The connection to the broker was closed.</source>
        <translation>ブローカーへの接続が閉じられました。</translation>
    </message>
    <message>
        <source>The role %1 was removed again.</source>
        <translation>作成したロール %1 は削除して元に戻しました。</translation>
    </message>
    <message>
        <source>The role %1 could not be removed again: %2</source>
        <translation>作成したロール %1 を削除して元に戻すことができませんでした: %2</translation>
    </message>
    <message>
        <source>There is no account for the device %1: neither the client nor the role %2 exists.</source>
        <translation>デバイス %1 のアカウントはありません: クライアントもロール %2 も存在しません。</translation>
    </message>
</context>
<context>
    <name>DynSecDialog</name>
    <message>
        <source>Broker accounts — %1</source>
        <translation>ブローカーのアカウント — %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Clie&amp;nts</source>
        <translation>クライアント(&amp;N)</translation>
    </message>
    <message>
        <source>R&amp;oles</source>
        <translation>ロール(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>グループ(&amp;G)</translation>
    </message>
    <message>
        <source>New &amp;client…</source>
        <translation>新しいクライアント(&amp;C)…</translation>
    </message>
    <message>
        <source>Create a client (user name and password) on the broker.</source>
        <translation>ブローカーにクライアント (ユーザー名とパスワード) を作成します。</translation>
    </message>
    <message>
        <source>New &amp;device account…</source>
        <translation>新しいデバイスアカウント(&amp;D)…</translation>
    </message>
    <message>
        <source>Create the account of one device: client ID with its own role fd-device-ID, which allows only the device&apos;s own topics fd/v1/ID/…</source>
        <translation>デバイス 1 台分のアカウントを作成します: クライアント ID と、そのデバイス自身のトピック fd/v1/ID/… だけを許可する専用のロール fd-device-ID</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>有効化(&amp;E)</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>無効化(&amp;I)</translation>
    </message>
    <message>
        <source>The broker refuses the client&apos;s logins and closes its open connections.</source>
        <translation>ブローカーはこのクライアントのログインを拒否し、確立済みの接続を切断します。</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>削除(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>%1 に接続しました。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The accounts could not be listed: %1</source>
        <translation>アカウントの一覧を取得できませんでした: %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>処理中…</translation>
    </message>
    <message>
        <source>New device account</source>
        <translation>新しいデバイスアカウント</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>新しいクライアント</translation>
    </message>
    <message>
        <source>Leave empty to generate one</source>
        <translation>空欄にすると自動生成されます</translation>
    </message>
    <message>
        <source>Device &amp;ID:</source>
        <translation>デバイス ID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>表示名(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Creates the role fd-device-ID, which allows only the device&apos;s own topics, and the client ID.</source>
        <translation>そのデバイス自身のトピックだけを許可するロール fd-device-ID と、クライアント ID を作成します。</translation>
    </message>
    <message>
        <source>The new client has no role until you give it one.</source>
        <translation>新しいクライアントには、割り当てるまでロールがありません。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Created the client %1.</source>
        <translation>クライアント %1 を作成しました。</translation>
    </message>
    <message>
        <source>Its password is shown only now; FleetDesk does not keep it: %1</source>
        <translation>パスワードが表示されるのは今回だけです。FleetDesk には保存されません: %1</translation>
    </message>
    <message>
        <source>Created the device account %1 with the role %2.</source>
        <translation>デバイスアカウント %1 をロール %2 とともに作成しました。</translation>
    </message>
    <message>
        <source>Enabled the client %1.</source>
        <translation>クライアント %1 を有効化しました。</translation>
    </message>
    <message>
        <source>Disabled the client %1: the broker refuses its logins.</source>
        <translation>クライアント %1 を無効化しました。ブローカーはこのクライアントのログインを拒否します。</translation>
    </message>
    <message>
        <source>The client %1 and its role %2 are deleted. Devices using this account can no longer connect; open connections are closed.</source>
        <translation>クライアント %1 とそのロール %2 が削除されます。このアカウントを使用しているデバイスは接続できなくなり、確立済みの接続は切断されます。</translation>
    </message>
    <message>
        <source>Devices or programs using this account can no longer connect; open connections are closed.</source>
        <translation>このアカウントを使用しているデバイスやプログラムは接続できなくなり、確立済みの接続は切断されます。</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>アカウントを削除</translation>
    </message>
    <message>
        <source>Delete the broker account %1?</source>
        <translation>ブローカーのアカウント %1 を削除しますか？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Deleted the device account %1.</source>
        <translation>デバイスアカウント %1 を削除しました。</translation>
    </message>
    <message>
        <source>Deleted the client %1.</source>
        <translation>クライアント %1 を削除しました。</translation>
    </message>
</context>
<context>
    <name>DynSecListModel</name>
    <message>
        <source>%1 %2 (allow)</source>
        <translation>%1 %2 (許可)</translation>
    </message>
    <message>
        <source>%1 %2 (deny)</source>
        <translation>%1 %2 (拒否)</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>no ACLs</source>
        <translation>ACL なし</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>ACLs</source>
        <translation>ACL</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>クライアント</translation>
    </message>
</context>
<context>
    <name>DynSecProtocol</name>
    <message>
        <source>the device id is empty</source>
        <translation>デバイス ID が空です</translation>
    </message>
    <message>
        <source>the device id &quot;%1&quot; is not 1–64 characters from A–Z, a–z, 0–9, &quot;.&quot;, &quot;_&quot; and &quot;-&quot; (docs/mqtt-dm-convention.md)</source>
        <translation>デバイス ID「%1」が、A–Z、a–z、0–9、&quot;.&quot;、&quot;_&quot;、&quot;-&quot; からなる 1～64 文字ではありません (docs/mqtt-dm-convention.md)</translation>
    </message>
    <message>
        <source>the reply is not JSON (%1 at byte %2)</source>
        <translation>応答が JSON ではありません (%2 バイト目で %1)</translation>
    </message>
    <message>
        <source>the reply has no &quot;responses&quot; array</source>
        <translation>応答に &quot;responses&quot; 配列がありません</translation>
    </message>
    <message>
        <source>a response in the reply has no &quot;command&quot;</source>
        <translation>応答内のレスポンスに &quot;command&quot; がありません</translation>
    </message>
    <message>
        <source>an unspecified error</source>
        <translation>詳細不明のエラー</translation>
    </message>
    <message>
        <source>the %1 reply has no &quot;%2&quot; list</source>
        <translation>%1 の応答に &quot;%2&quot; リストがありません</translation>
    </message>
    <message>
        <source>the getClient reply has no client</source>
        <translation>getClient の応答にクライアントが含まれていません</translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>発生元</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4</source>
        <translation>%1、%2、%3: %4</translation>
    </message>
</context>
<context>
    <name>ExportDevicesDialog</name>
    <message>
        <source>Export Devices</source>
        <translation>デバイスのエクスポート</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>The selected devices (%1)</source>
        <translation>選択したデバイス (%1)</translation>
    </message>
    <message>
        <source>The devices the filter shows (%1)</source>
        <translation>絞り込みで表示中のデバイス (%1)</translation>
    </message>
    <message>
        <source>All devices (%1)</source>
        <translation>すべてのデバイス (%1)</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>The view&apos;s columns: %1</source>
        <translation>表示中の列: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>All fields (a CSV of all fields imports again)</source>
        <translation>すべてのフィールド (全フィールドの CSV は再インポートできます)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
</context>
<context>
    <name>FirmwareImage</name>
    <message>
        <source>the configured public key is not an Ed25519 key in PEM form</source>
        <translation>設定された公開鍵が PEM 形式の Ed25519 鍵ではありません</translation>
    </message>
    <message>
        <source>the signature cannot be checked (OpenSSL)</source>
        <translation>署名を検証できません (OpenSSL)</translation>
    </message>
    <message>
        <source>the signature does not match the image</source>
        <translation>署名がイメージと一致しません</translation>
    </message>
    <message>
        <source>not a FleetDesk firmware image (no FDFW mark)</source>
        <translation>FleetDesk のファームウェアイメージではありません (FDFW マークがありません)</translation>
    </message>
    <message>
        <source>the image is truncated (no header)</source>
        <translation>イメージが途中で切れています (ヘッダーがありません)</translation>
    </message>
    <message>
        <source>image format version %1 is not supported (this FleetDesk reads %2)</source>
        <translation>イメージ形式のバージョン %1 には対応していません (この FleetDesk が読めるのは %2 です)</translation>
    </message>
    <message>
        <source>the image header is implausibly large</source>
        <translation>イメージのヘッダーが異常に大きすぎます</translation>
    </message>
    <message>
        <source>the image is truncated inside its header</source>
        <translation>イメージがヘッダーの途中で切れています</translation>
    </message>
    <message>
        <source>the image header is not JSON: %1</source>
        <translation>イメージのヘッダーが JSON ではありません: %1</translation>
    </message>
    <message>
        <source>the image header lacks model, version, payload_size or payload_sha256</source>
        <translation>イメージのヘッダーに model、version、payload_size、payload_sha256 のいずれかがありません</translation>
    </message>
    <message>
        <source>the image is for model %1, not %2</source>
        <translation>このイメージはモデル %1 用で、%2 用ではありません</translation>
    </message>
    <message>
        <source>the payload has %1 bytes; the header announces %2</source>
        <translation>ペイロードは %1 バイトですが、ヘッダーでは %2 バイトとされています</translation>
    </message>
    <message>
        <source>the payload&apos;s SHA-256 does not match the header</source>
        <translation>ペイロードの SHA-256 がヘッダーと一致しません</translation>
    </message>
    <message>
        <source>the image is not signed, and this model requires signed images</source>
        <translation>イメージに署名がありませんが、このモデルには署名付きイメージが必要です</translation>
    </message>
    <message>
        <source>signature algorithm &quot;%1&quot; is not supported</source>
        <translation>署名アルゴリズム「%1」には対応していません</translation>
    </message>
    <message>
        <source>no public key is configured to check the signature</source>
        <translation>署名を検証するための公開鍵が設定されていません</translation>
    </message>
</context>
<context>
    <name>FirmwareLibrary</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB; this is not a firmware image</source>
        <translation>ファイルが %1 MB を超えています。ファームウェアイメージではありません</translation>
    </message>
    <message>
        <source>model %1 requires signed images, but no public key is configured for it</source>
        <translation>モデル %1 には署名付きイメージが必要ですが、公開鍵が設定されていません</translation>
    </message>
    <message>
        <source>%1 %2 is already in the library (imported %3); replace it to import this file instead</source>
        <translation>%1 %2 はすでにライブラリにあります (%3 にインポート)。このファイルをインポートするには置き換えてください</translation>
    </message>
    <message>
        <source>the fleet cache cannot be read: %1</source>
        <translation>フリートキャッシュを読み込めません: %1</translation>
    </message>
    <message>
        <source>cannot create the library directory %1</source>
        <translation>ライブラリディレクトリ %1 を作成できません</translation>
    </message>
    <message>
        <source>the fleet cache cannot be written: %1</source>
        <translation>フリートキャッシュに書き込めません: %1</translation>
    </message>
    <message>
        <source>cannot store the copy %1: %2</source>
        <translation>コピー %1 を保存できません: %2</translation>
    </message>
    <message>
        <source>%1 %2 is not in the library</source>
        <translation>%1 %2 はライブラリにありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a download URL (http, https, coap or coaps with a host)</source>
        <translation>「%1」はダウンロード URL ではありません (ホストを含む http、https、coap、coaps)</translation>
    </message>
    <message>
        <source>a signing key needs a model</source>
        <translation>署名鍵にはモデルが必要です</translation>
    </message>
    <message>
        <source>this is not an Ed25519 public key in PEM form (as written by &quot;openssl pkey -pubout&quot;)</source>
        <translation>PEM 形式の Ed25519 公開鍵ではありません (&quot;openssl pkey -pubout&quot; の出力形式)</translation>
    </message>
    <message>
        <source>requiring signed images needs a public key to check them</source>
        <translation>署名付きイメージを必須にするには、検証用の公開鍵が必要です</translation>
    </message>
</context>
<context>
    <name>FirmwareLibraryDialog</name>
    <message>
        <source>The fleet cache is read-only (it belongs to a newer FleetDesk); nothing was changed.</source>
        <translation>フリートキャッシュは読み取り専用です (新しいバージョンの FleetDesk のものです)。何も変更されませんでした。</translation>
    </message>
    <message>
        <source>Firmware library</source>
        <translation>ファームウェアライブラリ</translation>
    </message>
    <message>
        <source>Images are checked when they are imported: header, SHA-256 and, where a model has a signing key, the signature. Copies are kept in %1.</source>
        <translation>イメージはインポート時に検証されます: ヘッダー、SHA-256、およびモデルに署名鍵がある場合は署名。コピーは %1 に保存されます。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Devices on it</source>
        <translation>適用デバイス数</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>インポート日時</translation>
    </message>
    <message>
        <source>Download URL</source>
        <translation>ダウンロード URL</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Signing &amp;key…</source>
        <translation>署名鍵(&amp;K)…</translation>
    </message>
    <message>
        <source>Download &amp;URL…</source>
        <translation>ダウンロード URL(&amp;U)…</translation>
    </message>
    <message>
        <source>Built-in firmware server</source>
        <translation>内蔵ファームウェアサーバー</translation>
    </message>
    <message>
        <source>All interfaces</source>
        <translation>すべてのインターフェース</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>certificate (PEM)</source>
        <translation>証明書 (PEM)</translation>
    </message>
    <message>
        <source>private key (PEM)</source>
        <translation>秘密鍵 (PEM)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>サーバー証明書</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt)</source>
        <translation>PEM ファイル (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Server private key</source>
        <translation>サーバー秘密鍵</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key)</source>
        <translation>PEM ファイル (*.pem *.key)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <source>Interface:</source>
        <translation>インターフェース:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>証明書:</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>秘密鍵:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <source>Last request:</source>
        <translation>最終リクエスト:</translation>
    </message>
    <message>
        <source>The library cannot be read: %1</source>
        <translation>ライブラリを読み込めません: %1</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 を検証中…</translation>
    </message>
    <message>
        <source>Imported %1 %2 (%3, %4).</source>
        <translation>%1 %2 をインポートしました (%3、%4)。</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>署名なし</translation>
    </message>
    <message>
        <source>signature verified</source>
        <translation>署名検証済み</translation>
    </message>
    <message>
        <source>signed, no key to check it</source>
        <translation>署名付き (検証用の鍵なし)</translation>
    </message>
    <message>
        <source>Replace firmware image</source>
        <translation>ファームウェアイメージの置き換え</translation>
    </message>
    <message>
        <source>%1 is already in the library.</source>
        <translation>%1 はすでにライブラリにあります。</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換え</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 はインポートされませんでした: %2</translation>
    </message>
    <message>
        <source>Removed %1 %2.</source>
        <translation>%1 %2 を削除しました。</translation>
    </message>
    <message>
        <source>%1 %2 was not removed: %3</source>
        <translation>%1 %2 は削除されませんでした: %3</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The signing key of %1 was not set: %2</source>
        <translation>%1 の署名鍵は設定されませんでした: %2</translation>
    </message>
    <message>
        <source>%1: signing key set; only signed images are accepted.</source>
        <translation>%1: 署名鍵を設定しました。署名付きイメージのみ受け付けます。</translation>
    </message>
    <message>
        <source>%1: signing key set; signed images are checked.</source>
        <translation>%1: 署名鍵を設定しました。署名付きイメージは検証されます。</translation>
    </message>
    <message>
        <source>%1: signing key removed.</source>
        <translation>%1: 署名鍵を削除しました。</translation>
    </message>
    <message>
        <source>The signing key of %1 was not removed: %2</source>
        <translation>%1 の署名鍵は削除されませんでした: %2</translation>
    </message>
    <message>
        <source>The download URL was not changed: %1</source>
        <translation>ダウンロード URL は変更されませんでした: %1</translation>
    </message>
    <message>
        <source>%1 %2: devices download from the built-in server.</source>
        <translation>%1 %2: デバイスは内蔵サーバーからダウンロードします。</translation>
    </message>
    <message>
        <source>%1 %2: devices download from %3.</source>
        <translation>%1 %2: デバイスは %3 からダウンロードします。</translation>
    </message>
    <message>
        <source>signed, verified</source>
        <translation>署名付き、検証済み</translation>
    </message>
    <message>
        <source>signed, not verified</source>
        <translation>署名付き、未検証</translation>
    </message>
    <message>
        <source> (model requires signatures)</source>
        <translation> (モデルは署名が必須)</translation>
    </message>
    <message>
        <source>External URL</source>
        <translation>外部 URL</translation>
    </message>
    <message>
        <source>FleetDesk&apos;s built-in server</source>
        <translation>FleetDesk の内蔵サーバー</translation>
    </message>
    <message>
        <source>built-in server (not running)</source>
        <translation>内蔵サーバー (停止中)</translation>
    </message>
    <message>
        <source>%1 bytes
SHA-256 %2</source>
        <translation>%1 バイト
SHA-256 %2</translation>
    </message>
    <message>
        <source>Serving %1 to devices.</source>
        <translation>%1 でデバイスに配信中です。</translation>
    </message>
    <message>
        <source>Not running.</source>
        <translation>停止中です。</translation>
    </message>
    <message>
        <source>HTTPS needs a certificate and its private key.</source>
        <translation>HTTPS には証明書とその秘密鍵が必要です。</translation>
    </message>
    <message>
        <source>HTTPS cannot be used: %1</source>
        <translation>HTTPS を使用できません: %1</translation>
    </message>
    <message>
        <source>Import firmware image</source>
        <translation>ファームウェアイメージのインポート</translation>
    </message>
    <message>
        <source>FleetDesk firmware images (*.fdfw);;All files (*)</source>
        <translation>FleetDesk ファームウェアイメージ (*.fdfw);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Remove firmware image</source>
        <translation>ファームウェアイメージの削除</translation>
    </message>
    <message>
        <source>Remove %1 %2 from the library?</source>
        <translation>%1 %2 をライブラリから削除しますか?</translation>
    </message>
    <message>
        <source>The stored copy is deleted. Campaigns that use this image can no longer start.</source>
        <translation>保存されたコピーが削除されます。このイメージを使用するキャンペーンは開始できなくなります。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>署名鍵</translation>
    </message>
    <message>
        <source>Ed25519 public key (PEM); empty keeps the current key</source>
        <translation>Ed25519 公開鍵 (PEM)。空欄の場合は現在の鍵を維持します</translation>
    </message>
    <message>
        <source>Refuse unsigned and badly signed images of this model</source>
        <translation>このモデルの署名なしイメージと不正な署名のイメージを拒否する</translation>
    </message>
    <message>
        <source>A key is set; signed images are required.</source>
        <translation>鍵が設定されています。署名付きイメージが必須です。</translation>
    </message>
    <message>
        <source>A key is set; signatures are checked.</source>
        <translation>鍵が設定されています。署名が検証されます。</translation>
    </message>
    <message>
        <source>No key is set for this model.</source>
        <translation>このモデルには鍵が設定されていません。</translation>
    </message>
    <message>
        <source>Public key of the model</source>
        <translation>モデルの公開鍵</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.pub);;All files (*)</source>
        <translation>PEM ファイル (*.pem *.pub);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>鍵を削除</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>公開鍵:</translation>
    </message>
    <message>
        <source>Where devices download %1 %2 instead of FleetDesk&apos;s built-in server (empty: the built-in server):</source>
        <translation>FleetDesk の内蔵サーバーの代わりに、デバイスが %1 %2 をダウンロードする場所 (空欄: 内蔵サーバー):</translation>
    </message>
</context>
<context>
    <name>FirmwareServer</name>
    <message>
        <source>TLS is not available (no OpenSSL for Qt&apos;s network module)</source>
        <translation>TLS を使用できません (Qt のネットワークモジュール用の OpenSSL がありません)</translation>
    </message>
    <message>
        <source>cannot read the certificate %1: %2</source>
        <translation>証明書 %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 に PEM 証明書が含まれていません</translation>
    </message>
    <message>
        <source>cannot read the private key %1: %2</source>
        <translation>秘密鍵 %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted RSA or EC private key in PEM form</source>
        <translation>%1 に PEM 形式の暗号化されていない RSA または EC 秘密鍵が含まれていません</translation>
    </message>
    <message>
        <source>the private key %1 does not belong to the certificate %2</source>
        <translation>秘密鍵 %1 は証明書 %2 に対応していません</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>%1 のポート %2 で待ち受けできません: %3</translation>
    </message>
</context>
<context>
    <name>FleetGrouping</name>
    <message>
        <source>Site and group</source>
        <translation>サイトとグループ</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Firmware version</source>
        <translation>ファームウェアバージョン</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>稼働状態</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <source>Unknown model</source>
        <translation>不明なモデル</translation>
    </message>
    <message>
        <source>Unknown version</source>
        <translation>不明なバージョン</translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation>サーバー未接続</translation>
    </message>
</context>
<context>
    <name>FleetQuery</name>
    <message>
        <source>at character %1</source>
        <translation>%1 文字目</translation>
    </message>
    <message>
        <source>This &quot;)&quot; %1 has no matching &quot;(&quot;.</source>
        <translation>%1 の &quot;)&quot; に対応する &quot;(&quot; がありません。</translation>
    </message>
    <message>
        <source>Unexpected text %1.</source>
        <translation>%1 に予期しないテキストがあります。</translation>
    </message>
    <message>
        <source>OR %1 needs a term before it.</source>
        <translation>%1 の OR の前に条件が必要です。</translation>
    </message>
    <message>
        <source>OR %1 needs a term after it.</source>
        <translation>%1 の OR の後に条件が必要です。</translation>
    </message>
    <message>
        <source>AND %1 needs a term before it.</source>
        <translation>%1 の AND の前に条件が必要です。</translation>
    </message>
    <message>
        <source>AND %1 needs a term after it.</source>
        <translation>%1 の AND の後に条件が必要です。</translation>
    </message>
    <message>
        <source>The query is nested too deeply %1.</source>
        <translation>%1 でクエリの入れ子が深すぎます。</translation>
    </message>
    <message>
        <source>&quot;-&quot; %1 must stand right before the term it excludes, as in -tag:spare.</source>
        <translation>%1 の &quot;-&quot; は、-tag:spare のように、除外する条件の直前に置いてください。</translation>
    </message>
    <message>
        <source>NOT %1 needs a term after it.</source>
        <translation>%1 の NOT の後に条件が必要です。</translation>
    </message>
    <message>
        <source>&quot;-&quot; %1 needs a term after it.</source>
        <translation>%1 の &quot;-&quot; の後に条件が必要です。</translation>
    </message>
    <message>
        <source>The parenthesis %1 is never closed.</source>
        <translation>%1 の括弧が閉じられていません。</translation>
    </message>
    <message>
        <source>The parentheses %1 are empty.</source>
        <translation>%1 の括弧の中が空です。</translation>
    </message>
    <message>
        <source>The quote %1 is never closed.</source>
        <translation>%1 の引用符が閉じられていません。</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; %2. Put the text in quotes to search for it as it is.</source>
        <translation>%2 の &quot;%1&quot; は不明なフィールドです。この文字列をそのまま検索するには、引用符で囲んでください。</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; %2. Did you mean &quot;%3&quot;?</source>
        <translation>%2 の &quot;%1&quot; は不明なフィールドです。&quot;%3&quot; のことですか？</translation>
    </message>
    <message>
        <source>%1: needs a value %2, as in %3.</source>
        <translation>%1: %2 に値が必要です (例: %3)。</translation>
    </message>
    <message>
        <source>%1: does not compare with &quot;%2&quot; %3; only fw, battery, signal and seen do.</source>
        <translation>%1: %3 の &quot;%2&quot; では比較できません。比較できるのは fw、battery、signal、seen だけです。</translation>
    </message>
    <message>
        <source>fw: a pattern %1 cannot be compared; write fw:2.1* or fw:&lt;2.1.</source>
        <translation>fw: %1 のパターンは比較できません。fw:2.1* または fw:&lt;2.1 と記述してください。</translation>
    </message>
    <message>
        <source>id: &quot;%1&quot; %2 is not a device id; write the whole id or a pattern such as id:1a2b*.</source>
        <translation>id: %2 の &quot;%1&quot; はデバイス ID ではありません。ID 全体か、id:1a2b* のようなパターンを記述してください。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; %3 is not a valid value; use one of %4.</source>
        <translation>%1: %3 の &quot;%2&quot; は有効な値ではありません。%4 のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; %3 is not a number, as in %4.</source>
        <translation>%1: %3 の &quot;%2&quot; は数値ではありません。%4 のように記述してください。</translation>
    </message>
    <message>
        <source>seen: &quot;never&quot; %1 takes no comparison; write seen:never.</source>
        <translation>seen: %1 の &quot;never&quot; は比較できません。seen:never と記述してください。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; %3 is not a duration; write a number and a unit (s, m, h, d or w) as in seen:&gt;2h, or seen:never.</source>
        <translation>%1: %3 の &quot;%2&quot; は期間ではありません。seen:&gt;2h のように数値と単位 (s、m、h、d、w) を記述するか、seen:never と記述してください。</translation>
    </message>
    <message>
        <source>fw: &quot;%1&quot; %2 is not a version; versions are dotted numbers, as in fw:&lt;2.1 or fw:1.9..2.0.3.</source>
        <translation>fw: %2 の &quot;%1&quot; はバージョンではありません。バージョンは fw:&lt;2.1 や fw:1.9..2.0.3 のような、ドットで区切った数値です。</translation>
    </message>
    <message>
        <source>There is no static group named &quot;%1&quot; (at character %2).</source>
        <translation>「%1」という名前の静的グループはありません (%2 文字目)。</translation>
    </message>
    <message>
        <source>There is no saved filter named &quot;%1&quot; (at character %2).</source>
        <translation>「%1」という名前の保存したフィルターはありません (%2 文字目)。</translation>
    </message>
    <message>
        <source>The saved filter &quot;%1&quot; (at character %2) refers back to itself: %3.</source>
        <translation>保存したフィルター「%1」(%2 文字目) が自分自身を参照しています: %3。</translation>
    </message>
    <message>
        <source>The saved filter &quot;%1&quot; (at character %2) is not valid: %3</source>
        <translation>保存したフィルター「%1」(%2 文字目) は無効です: %3</translation>
    </message>
    <message>
        <source>name:pump-0042 — the device name (wildcards: name:pump-00*)</source>
        <translation>name:pump-0042 — デバイス名 (ワイルドカード: name:pump-00*)</translation>
    </message>
    <message>
        <source>id:… — the device id, whole or as a pattern (id:1a2b*)</source>
        <translation>id:… — デバイス ID (全体、または id:1a2b* のようなパターン)</translation>
    </message>
    <message>
        <source>serial:SN1234 — the serial number</source>
        <translation>serial:SN1234 — シリアル番号</translation>
    </message>
    <message>
        <source>model:LT-500 — the device model</source>
        <translation>model:LT-500 — デバイスのモデル</translation>
    </message>
    <message>
        <source>fw:&lt;2.1 — the firmware version, compared as dotted numbers (also firmware:)</source>
        <translation>fw:&lt;2.1 — ファームウェアのバージョン。ドット区切りの数値として比較 (firmware: も可)</translation>
    </message>
    <message>
        <source>site:&quot;Osaka*&quot; — the site</source>
        <translation>site:&quot;Osaka*&quot; — サイト</translation>
    </message>
    <message>
        <source>group:&quot;Line A&quot; — that group and every group below it</source>
        <translation>group:&quot;Line A&quot; — そのグループと、その配下のすべてのグループ</translation>
    </message>
    <message>
        <source>tag:pump — one of the device&apos;s tags</source>
        <translation>tag:pump — デバイスのタグのいずれか</translation>
    </message>
    <message>
        <source>health:offline — online, offline, sleeping or unknown</source>
        <translation>health:offline — online、offline、sleeping、unknown のいずれか</translation>
    </message>
    <message>
        <source>lifecycle:active — provisioned, active, disabled or retired</source>
        <translation>lifecycle:active — provisioned、active、disabled、retired のいずれか</translation>
    </message>
    <message>
        <source>protocol:lwm2m — lwm2m, mqtt or none</source>
        <translation>protocol:lwm2m — lwm2m、mqtt、none のいずれか</translation>
    </message>
    <message>
        <source>server:sandbox-leshan — the server or broker profile (also profile:)</source>
        <translation>server:sandbox-leshan — サーバーまたはブローカーのプロファイル (profile: も可)</translation>
    </message>
    <message>
        <source>endpoint:ep-42 — the LwM2M endpoint or MQTT device id (also key:)</source>
        <translation>endpoint:ep-42 — LwM2M のエンドポイントまたは MQTT のデバイス ID (key: も可)</translation>
    </message>
    <message>
        <source>battery:&lt;20 — the battery level in %; ranges as battery:20..50</source>
        <translation>battery:&lt;20 — バッテリー残量 (%)。範囲は battery:20..50 のように指定</translation>
    </message>
    <message>
        <source>signal:&lt;-90 — the signal strength in dBm</source>
        <translation>signal:&lt;-90 — 信号強度 (dBm)</translation>
    </message>
    <message>
        <source>seen:&gt;2h — last seen more than 2 h ago; seen:&lt;10m within 10 min; seen:never</source>
        <translation>seen:&gt;2h — 最終通信が 2 時間より前。seen:&lt;10m は 10 分以内、seen:never は通信履歴なし</translation>
    </message>
    <message>
        <source>in:&quot;Spare pumps&quot; — members of a static group</source>
        <translation>in:&quot;Spare pumps&quot; — 静的グループのメンバー</translation>
    </message>
    <message>
        <source>saved:&quot;Low battery&quot; — the devices a saved filter finds</source>
        <translation>saved:&quot;Low battery&quot; — 保存したフィルターに一致するデバイス</translation>
    </message>
    <message>
        <source>duplicate:yes — the serial is on two or more devices</source>
        <translation>duplicate:yes — シリアル番号が 2 台以上のデバイスで重複</translation>
    </message>
    <message>
        <source>stale:yes — the device&apos;s server or broker is not reachable now</source>
        <translation>stale:yes — デバイスのサーバーまたはブローカーに現在到達できない</translation>
    </message>
</context>
<context>
    <name>FleetTreeModel</name>
    <message>
        <source>%1 offline</source>
        <translation>オフライン %1</translation>
    </message>
    <message>
        <source>%1 battery &lt; %2 %</source>
        <translation>バッテリー &lt; %2 %: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s): %1 online, %2 sleeping, %3 offline, %4 unknown</source>
        <translation>
            <numerusform>デバイス %n 台: オンライン %1、スリープ中 %2、オフライン %3、不明 %4</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 with battery below %2 %</source>
        <translation>、バッテリー残量 %2 % 未満 %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>ファームウェア</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>バッテリー</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終通信</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>稼働状態</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Battery below %1 %</source>
        <translation>バッテリー残量 %1 % 未満</translation>
    </message>
    <message>
        <source>%1 (local time)
%2</source>
        <translation>%1 (ローカル時刻)
%2</translation>
    </message>
    <message>
        <source>FleetDesk has never heard from this device.</source>
        <translation>FleetDesk はこのデバイスから一度も通信を受信していません。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, %2, firmware %3, battery %4, last seen %5</source>
        <translation>%1、%2、ファームウェア %3、バッテリー %4、最終通信 %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>site</source>
        <translation>サイト</translation>
    </message>
    <message>
        <source>group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1、%2、%3</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>、%1</translation>
    </message>
    <message>
        <source>, duplicate serial %1</source>
        <translation>、重複したシリアル番号 %1</translation>
    </message>
</context>
<context>
    <name>GroupListModel</name>
    <message>
        <source>Smart groups</source>
        <translation>スマートグループ</translation>
    </message>
    <message>
        <source>Static groups</source>
        <translation>静的グループ</translation>
    </message>
    <message>
        <source>Saved filters: the devices that match the query now. Save the filter box&apos;s query with View → Save Filter… (Ctrl+Shift+S).</source>
        <translation>保存したフィルター: 現在クエリに一致するデバイスです。フィルター欄のクエリは「表示 → フィルターを保存…」(Ctrl+Shift+S) で保存できます。</translation>
    </message>
    <message>
        <source>Groups you fill by hand: Devices → Add to Group…</source>
        <translation>手動でデバイスを追加するグループです: 「デバイス → グループに追加…」</translation>
    </message>
    <message numerus="yes">
        <source>Smart groups, %n group(s)</source>
        <translation>
            <numerusform>スマートグループ、%n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Static groups, %n group(s)</source>
        <translation>
            <numerusform>静的グループ、%n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Query: %2
Double-click or Enter to filter the fleet by it.</source>
        <translation>%1
クエリ: %2
ダブルクリックまたは Enter キーで、このクエリでフリートを絞り込みます。</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n device(s). Double-click or Enter to filter the fleet by it.</source>
        <translation>
            <numerusform>%1
デバイス %n 台。ダブルクリックまたは Enter キーで、このグループでフリートを絞り込みます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n device(s)</source>
        <translation>
            <numerusform>%1、デバイス %n 台</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
</context>
<context>
    <name>GroupRepository</name>
    <message>
        <source>The name is empty.</source>
        <translation>名前が空です。</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>名前が %1 文字を超えています。</translation>
    </message>
    <message>
        <source>The name may not contain a double quote (&quot;).</source>
        <translation>名前に二重引用符 (&quot;) は使用できません。</translation>
    </message>
    <message>
        <source>The name may not contain control characters.</source>
        <translation>名前に制御文字は使用できません。</translation>
    </message>
    <message>
        <source>A group named &quot;%1&quot; exists already.</source>
        <translation>「%1」という名前のグループはすでに存在します。</translation>
    </message>
    <message>
        <source>There is no group named &quot;%1&quot;.</source>
        <translation>「%1」という名前のグループはありません。</translation>
    </message>
    <message>
        <source>The query is empty; a saved filter needs at least one term.</source>
        <translation>クエリが空です。保存したフィルターには少なくとも 1 つの条件が必要です。</translation>
    </message>
    <message>
        <source>A saved filter named &quot;%1&quot; exists already.</source>
        <translation>「%1」という名前の保存したフィルターはすでに存在します。</translation>
    </message>
    <message>
        <source>There is no saved filter named &quot;%1&quot;.</source>
        <translation>「%1」という名前の保存したフィルターはありません。</translation>
    </message>
</context>
<context>
    <name>GroupsPanel</name>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>No groups yet</source>
        <translation>グループはまだありません</translation>
    </message>
    <message>
        <source>Type a query in the filter box and save it (Ctrl+Shift+S) for a smart group that follows the fleet, or select devices and choose Devices → Add to Group… for a static one.</source>
        <translation>フィルター欄にクエリを入力して保存 (Ctrl+Shift+S) すると、フリートの変化に追従するスマートグループになります。静的グループを作るには、デバイスを選択して「デバイス → グループに追加…」を選んでください。</translation>
    </message>
    <message>
        <source>&amp;Save Filter…</source>
        <translation>フィルターを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Save the filter box&apos;s query as a smart group that follows the fleet</source>
        <translation>フィルター欄のクエリを、フリートの変化に追従するスマートグループとして保存します</translation>
    </message>
    <message>
        <source>&amp;Add to Group…</source>
        <translation>グループに追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Put the selected devices in a static group</source>
        <translation>選択したデバイスを静的グループに追加します</translation>
    </message>
    <message>
        <source>Re&amp;move from Group…</source>
        <translation>グループから削除(&amp;M)…</translation>
    </message>
    <message>
        <source>Take the selected devices out of a static group</source>
        <translation>選択したデバイスを静的グループから外します</translation>
    </message>
    <message>
        <source>&amp;New Static Group…</source>
        <translation>新しい静的グループ(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>名前を変更(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>The groups were not changed.</source>
        <translation>グループは変更されませんでした。</translation>
    </message>
    <message>
        <source>%1 cannot be used as a name.</source>
        <translation>%1 は名前として使用できません。</translation>
    </message>
    <message>
        <source>Save Filter</source>
        <translation>フィルターを保存</translation>
    </message>
    <message>
        <source>There is no query to save.</source>
        <translation>保存するクエリがありません。</translation>
    </message>
    <message>
        <source>Type a query in the filter box first, e.g. site:&quot;Osaka*&quot; health:offline, then save it.</source>
        <translation>先にフィルター欄にクエリ (例: site:&quot;Osaka*&quot; health:offline) を入力してから、保存してください。</translation>
    </message>
    <message>
        <source>The query cannot be saved: %1</source>
        <translation>クエリを保存できません: %1</translation>
    </message>
    <message>
        <source>Name of the smart group for %1:</source>
        <translation>%1 のスマートグループの名前:</translation>
    </message>
    <message>
        <source>Replace the saved filter %1?</source>
        <translation>保存したフィルター %1 を置き換えますか？</translation>
    </message>
    <message>
        <source>Its query %1 becomes %2.</source>
        <translation>クエリが %1 から %2 に変わります。</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換え</translation>
    </message>
    <message>
        <source>Add to Group</source>
        <translation>グループに追加</translation>
    </message>
    <message numerus="yes">
        <source>Add %n device(s) to the static group (choose one, or type a new name):</source>
        <translation>
            <numerusform>%n 台のデバイスを追加する静的グループ (選択するか、新しい名前を入力してください):</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from Group</source>
        <translation>グループから削除</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n selected device(s) is in a static group.</source>
        <translation>
            <numerusform>選択した %n 台のデバイスは、どれも静的グループに属していません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n device(s) from the static group:</source>
        <translation>
            <numerusform>%n 台のデバイスを削除する静的グループ:</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no group named %1.</source>
        <translation>%1 という名前のグループはありません。</translation>
    </message>
    <message>
        <source>New Static Group</source>
        <translation>新しい静的グループ</translation>
    </message>
    <message>
        <source>Name of the new group:</source>
        <translation>新しいグループの名前:</translation>
    </message>
    <message>
        <source>Rename Smart Group</source>
        <translation>スマートグループの名前を変更</translation>
    </message>
    <message>
        <source>Rename Static Group</source>
        <translation>静的グループの名前を変更</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>%1 の新しい名前:</translation>
    </message>
    <message>
        <source>Delete Smart Group</source>
        <translation>スマートグループを削除</translation>
    </message>
    <message>
        <source>Delete the saved filter %1?</source>
        <translation>保存したフィルター %1 を削除しますか？</translation>
    </message>
    <message>
        <source>Its query was %1. No device changes.</source>
        <translation>クエリは %1 でした。デバイスは変更されません。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete Static Group</source>
        <translation>静的グループを削除</translation>
    </message>
    <message>
        <source>Delete the static group %1?</source>
        <translation>静的グループ %1 を削除しますか？</translation>
    </message>
    <message numerus="yes">
        <source>Its %n device(s) stay in the fleet; only the group goes.</source>
        <translation>
            <numerusform>グループ内の %n 台のデバイスはフリートに残ります。削除されるのはグループだけです。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show Devices</source>
        <translation>デバイスを表示(&amp;S)</translation>
    </message>
</context>
<context>
    <name>HeldOperationModel</name>
    <message>
        <source>Reboot</source>
        <translation>再起動</translation>
    </message>
    <message>
        <source>Factory reset</source>
        <translation>工場出荷時の状態に戻す</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>無効化</translation>
    </message>
    <message>
        <source>Registration update</source>
        <translation>登録の更新</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Server or broker: %1</source>
        <translation>サーバーまたはブローカー: %1</translation>
    </message>
    <message>
        <source>Runs when the device&apos;s server or broker is reachable again.</source>
        <translation>デバイスのサーバーまたはブローカーに再び到達できるようになると実行されます。</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Held since</source>
        <translation>保留開始</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>HeldOperationRepository</name>
    <message>
        <source>There is no held operation %1.</source>
        <translation>保留中の操作 %1 はありません。</translation>
    </message>
    <message>
        <source>Held offline</source>
        <translation>オフライン保留</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Needs confirmation</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>破棄</translation>
    </message>
</context>
<context>
    <name>HeldOperationRunner</name>
    <message>
        <source>the device is no longer in the cache</source>
        <translation>デバイスがもうキャッシュにありません</translation>
    </message>
    <message>
        <source>the device was retired meanwhile</source>
        <translation>その間にデバイスが廃止されました</translation>
    </message>
    <message>
        <source>the device was moved to another server or broker meanwhile (%1 → %2)</source>
        <translation>その間にデバイスが別のサーバーまたはブローカーに移動しました (%1 → %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>the firmware changed from %1 to %2 meanwhile</source>
        <translation>その間にファームウェアが %1 から %2 に変わりました</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>the device was disabled meanwhile</source>
        <translation>その間にデバイスが無効化されました</translation>
    </message>
    <message>
        <source>%1 is not available for this device</source>
        <translation>このデバイスでは %1 を利用できません</translation>
    </message>
</context>
<context>
    <name>HeldOperationsController</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ほか %n 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected devices cannot be reached now: their server or broker (%1) does not answer.</source>
        <translation>
            <numerusform>選択したデバイスのうち %n 台に現在到達できません: サーバーまたはブローカー (%1) が応答しません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hold: FleetDesk keeps &quot;%1&quot; for these devices in its queue and runs it when their server is reachable again, after checking that nothing changed meanwhile. Skip: only the other %Ln device(s) get it now.</source>
        <translation>
            <numerusform>保留: FleetDesk はこれらのデバイスへの「%1」をキューに保持し、サーバーに再び到達できるようになったら、その間に変更がないことを確認してから実行します。スキップ: ほかの %Ln 台のデバイスにだけ今すぐ実行します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some servers are unreachable</source>
        <translation>一部のサーバーに到達できません</translation>
    </message>
    <message>
        <source>&amp;Hold them until reachable</source>
        <translation>到達できるまで保留(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation>スキップ(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>%1 held offline for %Ln device(s) until their server is reachable.</source>
        <translation>
            <numerusform>%Ln 台のデバイスへの%1を、サーバーに到達できるようになるまでオフライン保留にしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held operation(s) stay held: their server or broker is still unreachable.</source>
        <translation>
            <numerusform>保留中の操作 %Ln 件は保留のままです: サーバーまたはブローカーにまだ到達できません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held operations: %1 of %Ln succeeded, %2 need confirmation.</source>
        <translation>
            <numerusform>保留中の操作: %Ln 件中 %1 件が成功、%2 件が要確認です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held operation(s) discarded.</source>
        <translation>
            <numerusform>保留中の操作 %Ln 件を破棄しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A server is reachable again: running %Ln held operation(s).</source>
        <translation>
            <numerusform>サーバーに再び到達できるようになりました: 保留中の操作 %Ln 件を実行しています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeldOperationsWidget</name>
    <message>
        <source>Held operations</source>
        <translation>保留中の操作</translation>
    </message>
    <message>
        <source>Nothing is held offline. When a device&apos;s server or broker cannot be reached, FleetDesk can hold an operation here — only when you choose to — and run it when the server is back.</source>
        <translation>オフライン保留中の操作はありません。デバイスのサーバーまたはブローカーに到達できないとき、FleetDesk は操作をここに保留し (ユーザーが選択した場合のみ)、サーバーが復帰したときに実行できます。</translation>
    </message>
    <message>
        <source>&amp;Run now</source>
        <translation>今すぐ実行(&amp;R)</translation>
    </message>
    <message>
        <source>Run the selected held operations now</source>
        <translation>選択した保留中の操作を今すぐ実行</translation>
    </message>
    <message>
        <source>Run the selected held operations now if their server or broker can be reached (their preconditions are checked first).</source>
        <translation>サーバーまたはブローカーに到達できる場合、選択した保留中の操作を今すぐ実行します (先に前提条件を確認します)。</translation>
    </message>
    <message>
        <source>&amp;Confirm and run</source>
        <translation>確認して実行(&amp;C)</translation>
    </message>
    <message>
        <source>Confirm and run the selected held operations</source>
        <translation>選択した保留中の操作を確認して実行</translation>
    </message>
    <message>
        <source>Run the selected operations although something changed since they were held (see Reason).</source>
        <translation>保留後に変更があった場合でも、選択した操作を実行します (「理由」を参照)。</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>Discard the selected held operations</source>
        <translation>選択した保留中の操作を破棄</translation>
    </message>
    <message>
        <source>Remove the selected operations from the queue without running them.</source>
        <translation>選択した操作を実行せずにキューから削除します。</translation>
    </message>
</context>
<context>
    <name>ImportPlanModel</name>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Site / group</source>
        <translation>サイト / グループ</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Line %1: %2, %3</source>
        <translation>%1 行目: %2、%3</translation>
    </message>
    <message>
        <source>Line %1: %2, %3: %4</source>
        <translation>%1 行目: %2、%3: %4</translation>
    </message>
</context>
<context>
    <name>LeshanRestClient</name>
    <message>
        <source>The device has no such object, instance or resource.</source>
        <translation>デバイスにそのオブジェクト、インスタンス、またはリソースがありません。</translation>
    </message>
    <message>
        <source>The device does not allow this operation on that item.</source>
        <translation>デバイスはその項目に対するこの操作を許可していません。</translation>
    </message>
    <message>
        <source>The device rejected the request as invalid (for example a value out of range).</source>
        <translation>デバイスが要求を無効として拒否しました (値が範囲外である場合など)。</translation>
    </message>
    <message>
        <source>The device does not allow this server to do that.</source>
        <translation>デバイスはこのサーバーにその操作を許可していません。</translation>
    </message>
    <message>
        <source>The device does not support that data format.</source>
        <translation>デバイスはそのデータ形式に対応していません。</translation>
    </message>
    <message>
        <source>The device reported an internal error.</source>
        <translation>デバイスが内部エラーを報告しました。</translation>
    </message>
    <message>
        <source>The device is busy; try again later.</source>
        <translation>デバイスがビジー状態です。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The device answered with an error.</source>
        <translation>デバイスがエラーを返しました。</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>接続が閉じられました。</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>CA ファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>CA ファイル %1 に PEM 証明書が含まれていません。</translation>
    </message>
    <message>
        <source>The profile %1 needs a secret, and none was given.</source>
        <translation>プロファイル %1 にはシークレットが必要ですが、指定されていません。</translation>
    </message>
    <message>
        <source>No server address is configured.</source>
        <translation>サーバーのアドレスが設定されていません。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MB; it was not read.</source>
        <translation>サーバーの応答が %1 MB を超えているため、読み込みませんでした。</translation>
    </message>
    <message>
        <source>The server did not answer in time (%1 s).</source>
        <translation>サーバーが時間内に応答しませんでした (%1 秒)。</translation>
    </message>
    <message>
        <source>Composite operations are not supported by this server (Leshan 2.0.0-M4 and older have none).</source>
        <translation>このサーバーは Composite 操作に対応していません (Leshan 2.0.0-M4 以前には存在しません)。</translation>
    </message>
    <message>
        <source>A secure connection to the server failed: %1</source>
        <translation>サーバーとの安全な接続に失敗しました: %1</translation>
    </message>
    <message>
        <source>The server closed the connection without answering.</source>
        <translation>サーバーが応答せずに接続を閉じました。</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>サーバーに接続できません: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer was cut off (%1).</source>
        <translation>サーバーの応答が途中で切れました (%1)。</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1 at byte %2).</source>
        <translation>サーバーの応答を読み取れませんでした (%2 バイト目で %1)。</translation>
    </message>
    <message>
        <source>The device %1 is not registered at the server (it is offline, or the name is wrong).</source>
        <translation>デバイス %1 はサーバーに登録されていません (オフラインか、名前が間違っています)。</translation>
    </message>
    <message>
        <source>The device %1 is asleep (queue mode); try again when it wakes up.</source>
        <translation>デバイス %1 はスリープ中です (キューモード)。復帰してからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The server refused the path: %1</source>
        <translation>サーバーがパスを拒否しました: %1</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>サーバーが要求を拒否しました: %1</translation>
    </message>
    <message>
        <source>The server refused the credentials (HTTP %1).</source>
        <translation>サーバーが認証情報を拒否しました (HTTP %1)。</translation>
    </message>
    <message>
        <source>The server does not know this address (HTTP 404).</source>
        <translation>サーバーはこのアドレスを認識していません (HTTP 404)。</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>見つかりません: %1</translation>
    </message>
    <message>
        <source>The device did not answer in time (%1 s).</source>
        <translation>デバイスが時間内に応答しませんでした (%1 秒)。</translation>
    </message>
    <message>
        <source>The device did not answer in time.</source>
        <translation>デバイスが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The server failed to handle the request: %1</source>
        <translation>サーバーが要求を処理できませんでした: %1</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>詳細なし</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation>サーバーが HTTP %1 を返しました: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid LwM2M path for this operation.</source>
        <translation>「%1」はこの操作に有効な LwM2M パスではありません。</translation>
    </message>
    <message>
        <source>Execute needs a resource path (/object/instance/resource), not &quot;%1&quot;.</source>
        <translation>Execute にはリソースのパス (/オブジェクト/インスタンス/リソース) が必要です。「%1」は使えません。</translation>
    </message>
    <message>
        <source>Create needs an object path (/object or /object/instance), not &quot;%1&quot;.</source>
        <translation>Create にはオブジェクトのパス (/オブジェクト または /オブジェクト/インスタンス) が必要です。「%1」は使えません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a notification attribute (pmin, pmax, gt, lt, st, epmin, epmax).</source>
        <translation>「%1」は通知属性 (pmin、pmax、gt、lt、st、epmin、epmax) ではありません。</translation>
    </message>
</context>
<context>
    <name>LiveChartWidget</name>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Hold the picture still; new values keep arriving</source>
        <translation>表示を止めます。新しい値の受信は続きます</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>ズームをリセット</translation>
    </message>
    <message>
        <source>Follow the newest values again (Esc)</source>
        <translation>最新の値の表示に戻ります (Esc)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <source>Save the samples in view as CSV (time in UTC, series, value)</source>
        <translation>表示中のサンプルを CSV で保存します (UTC 時刻、系列、値)</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG をエクスポート…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG picture</source>
        <translation>チャートを PNG 画像として保存します</translation>
    </message>
    <message>
        <source>Time shown</source>
        <translation>表示する期間</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>直近 5 分</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>直近 1 時間</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>直近 24 時間</translation>
    </message>
    <message>
        <source>Live chart</source>
        <translation>ライブチャート</translation>
    </message>
    <message>
        <source>Drag to pan, Shift+drag to zoom to a box, the wheel or +/- to zoom, arrow keys to pan, double-click or Esc to reset</source>
        <translation>ドラッグで移動、Shift+ドラッグで範囲を拡大、ホイールまたは +/- でズーム、矢印キーで移動、ダブルクリックまたは Esc でリセット</translation>
    </message>
    <message>
        <source>Value under the cursor</source>
        <translation>カーソル位置の値</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>値 (%1)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>時刻 (%1)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2 at %3.%4 (%5)</source>
        <translation>%1: %2 — %3.%4 (%5)</translation>
    </message>
    <message>
        <source>Nothing charted</source>
        <translation>チャート表示中の項目はありません</translation>
    </message>
    <message>
        <source>Observe a numeric resource of an LwM2M device to chart it live</source>
        <translation>LwM2M デバイスの数値リソースを Observe すると、ライブでチャート表示されます</translation>
    </message>
    <message>
        <source>Waiting for the first value</source>
        <translation>最初の値を待っています</translation>
    </message>
    <message>
        <source>%1: no value has arrived yet. The chart starts with the first reading; it never shows made-up data.</source>
        <translation>%1: まだ値が届いていません。チャートは最初の測定値から始まり、作られたデータを表示することはありません。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Zoomed: %1 – %2</source>
        <translation>ズーム中: %1 – %2</translation>
    </message>
    <message>
        <source>Stop Charting “%1”</source>
        <translation>「%1」のチャート表示を終了</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>チャートのデータをエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Export chart picture</source>
        <translation>チャートの画像をエクスポート</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 に保存しました</translation>
    </message>
    <message>
        <source>The CSV file could not be saved to %1: %2</source>
        <translation>CSV ファイルを %1 に保存できませんでした: %2</translation>
    </message>
    <message>
        <source>The picture could not be saved to %1: %2</source>
        <translation>画像を %1 に保存できませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>Paused — %Ln new value(s) not shown yet</source>
        <translation>
            <numerusform>一時停止中 — 未表示の新しい値 %Ln 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lwm2mBulkActions</name>
    <message>
        <source>waiting for the device to wake up</source>
        <translation>デバイスのスリープ復帰待ち</translation>
    </message>
    <message>
        <source>FleetDesk is shutting down</source>
        <translation>FleetDesk を終了しています</translation>
    </message>
    <message>
        <source>the device is not bound to an LwM2M server</source>
        <translation>デバイスが LwM2M サーバーに紐付けられていません</translation>
    </message>
</context>
<context>
    <name>Lwm2mCampaignDriver</name>
    <message>
        <source>The device is busy (CoAP %1).</source>
        <translation>デバイスがビジーです (CoAP %1)。</translation>
    </message>
    <message>
        <source>the device rejected the request as invalid</source>
        <translation>デバイスがリクエストを無効として拒否しました</translation>
    </message>
    <message>
        <source>the device does not allow this server to do that</source>
        <translation>デバイスはこのサーバーにその操作を許可していません</translation>
    </message>
    <message>
        <source>the device has no firmware update object</source>
        <translation>デバイスにファームウェア更新オブジェクトがありません</translation>
    </message>
    <message>
        <source>the device&apos;s firmware update is not in a state that allows this</source>
        <translation>デバイスのファームウェア更新がこの操作を許可する状態ではありません</translation>
    </message>
    <message>
        <source>the device does not support that data format</source>
        <translation>デバイスはそのデータ形式をサポートしていません</translation>
    </message>
    <message>
        <source>the device reported an internal error</source>
        <translation>デバイスが内部エラーを報告しました</translation>
    </message>
    <message>
        <source>the device answered with an error</source>
        <translation>デバイスがエラーを返しました</translation>
    </message>
    <message>
        <source>Refused: %1 (CoAP %2 %3)</source>
        <translation>拒否されました: %1 (CoAP %2 %3)</translation>
    </message>
    <message>
        <source>Refused: %1 (%2)</source>
        <translation>拒否されました: %1 (%2)</translation>
    </message>
    <message>
        <source>The device has no LwM2M endpoint.</source>
        <translation>デバイスに LwM2M エンドポイントがありません。</translation>
    </message>
    <message>
        <source>The package has no download address.</source>
        <translation>パッケージにダウンロードアドレスがありません。</translation>
    </message>
</context>
<context>
    <name>Lwm2mConnector</name>
    <message>
        <source>Not connected: the keychain did not give the secret of this profile (%1).</source>
        <translation>未接続: キーチェーンからこのプロファイルのシークレットを取得できませんでした (%1)。</translation>
    </message>
</context>
<context>
    <name>Lwm2mEventStream</name>
    <message>
        <source>The event stream went silent for %1 s.</source>
        <translation>イベントストリームが %1 秒間途絶えました。</translation>
    </message>
    <message>
        <source>The server closed the event stream.</source>
        <translation>サーバーがイベントストリームを閉じました。</translation>
    </message>
    <message>
        <source>The server refused the event stream (HTTP %1).</source>
        <translation>サーバーがイベントストリームを拒否しました (HTTP %1)。</translation>
    </message>
    <message>
        <source>The event stream could not connect: %1</source>
        <translation>イベントストリームに接続できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Lwm2mNode</name>
    <message>
        <source>A value has an unexpected form.</source>
        <translation>値の形式が想定と異なります。</translation>
    </message>
    <message>
        <source>The value %1 is not a valid %2.</source>
        <translation>値 %1 は有効な %2 ではありません。</translation>
    </message>
    <message>
        <source>The server sent a value in an unexpected form.</source>
        <translation>サーバーから想定外の形式の値が送られてきました。</translation>
    </message>
    <message>
        <source>The server sent a value without an id.</source>
        <translation>サーバーから ID のない値が送られてきました。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 value.</source>
        <translation>「%1」は有効な %2 の値ではありません。</translation>
    </message>
</context>
<context>
    <name>Lwm2mProtocolLog</name>
    <message>
        <source>The device has no LwM2M endpoint name.</source>
        <translation>デバイスに LwM2M エンドポイント名がありません。</translation>
    </message>
</context>
<context>
    <name>Lwm2mServerConnection</name>
    <message>
        <source>The connection to %1 was stopped.</source>
        <translation>%1 への接続を停止しました。</translation>
    </message>
    <message>
        <source>The server&apos;s list of devices could not be read.</source>
        <translation>サーバーのデバイス一覧を読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>Lwm2mService</name>
    <message>
        <source>There is no connection to the LwM2M server %1.</source>
        <translation>LwM2M サーバー %1 に接続していません。</translation>
    </message>
    <message>
        <source>The connection to the LwM2M server %1 was closed.</source>
        <translation>LwM2M サーバー %1 への接続が閉じられました。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>FleetDesk</source>
        <translation>FleetDesk</translation>
    </message>
    <message>
        <source>&amp;Import Devices from CSV…</source>
        <translation>CSV からデバイスをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Check a CSV file of devices, then add them to the cache</source>
        <translation>デバイスの CSV ファイルを確認してから、キャッシュに追加します</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Filter Devices</source>
        <translation>デバイスを絞り込む(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Read the fleet cache again</source>
        <translation>フリートキャッシュを再度読み込みます</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>接続先(&amp;C)…</translation>
    </message>
    <message>
        <source>Add, edit and test LwM2M servers and MQTT brokers</source>
        <translation>LwM2M サーバーと MQTT ブローカーを追加、編集、テストします</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Export Diagnostics…</source>
        <translation>診断情報のエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the application log, versions and settings (never secrets) in a zip file for support</source>
        <translation>サポート用に、アプリケーションログ、バージョン、設定を zip ファイルに保存します (認証情報は含みません)</translation>
    </message>
    <message>
        <source>&amp;About FleetDesk</source>
        <translation>FleetDesk について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>デバイスの絞り込み</translation>
    </message>
    <message>
        <source>Devices matching the filter</source>
        <translation>絞り込み条件に一致するデバイス</translation>
    </message>
    <message>
        <source>Connections…</source>
        <translation>接続先…</translation>
    </message>
    <message>
        <source>Opening the fleet cache…</source>
        <translation>フリートキャッシュを開いています…</translation>
    </message>
    <message>
        <source>Add Connection…</source>
        <translation>接続先を追加…</translation>
    </message>
    <message>
        <source>Import Devices from CSV…</source>
        <translation>CSV からデバイスをインポート…</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Sites, groups and devices with their health</source>
        <translation>サイト、グループ、デバイスとその稼働状態</translation>
    </message>
    <message>
        <source>59 min ago</source>
        <translation>59 分前</translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation>絞り込みを解除</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>イベントログ</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>チャート</translation>
    </message>
    <message>
        <source>&amp;Event Log</source>
        <translation>イベントログ(&amp;E)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>チャート(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>ツールバー(&amp;T)</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>接続状態</translation>
    </message>
    <message>
        <source>Fleet status</source>
        <translation>フリートの状態</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>接続先</translation>
    </message>
    <message>
        <source>The connection profiles could not be read from %1: %2</source>
        <translation>%1 から接続プロファイルを読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>This connection profile cannot be used: %1</source>
        <translation>この接続プロファイルは使用できません: %1</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>キャッシュ</translation>
    </message>
    <message>
        <source>Opened the fleet cache %1.</source>
        <translation>フリートキャッシュ %1 を開きました。</translation>
    </message>
    <message>
        <source>Started a new fleet cache at %1.</source>
        <translation>%1 に新しいフリートキャッシュを作成しました。</translation>
    </message>
    <message>
        <source>This fleet cache was written by a newer version of FleetDesk. It is open read-only: you can look, but imports are off until FleetDesk is updated.</source>
        <translation>このフリートキャッシュは新しいバージョンの FleetDesk で書き込まれています。読み取り専用で開いているため、閲覧はできますが、FleetDesk を更新するまでインポートはできません。</translation>
    </message>
    <message>
        <source>The fleet cache was damaged and could not be read. FleetDesk started a new, empty cache; the damaged file was kept at %1.</source>
        <translation>フリートキャッシュが破損していたため読み込めませんでした。FleetDesk は新しい空のキャッシュを作成しました。破損したファイルは %1 に保存されています。</translation>
    </message>
    <message>
        <source>The fleet cache %1 could not be opened: %2</source>
        <translation>フリートキャッシュ %1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>FleetDesk did not close cleanly last time; a full integrity check of the cache runs in the background.</source>
        <translation>前回 FleetDesk は正常に終了しませんでした。キャッシュの完全な整合性チェックをバックグラウンドで実行します。</translation>
    </message>
    <message>
        <source>The cache is read-only</source>
        <translation>キャッシュは読み取り専用です</translation>
    </message>
    <message>
        <source>Full integrity check of the fleet cache: no problems found.</source>
        <translation>フリートキャッシュの完全な整合性チェック: 問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Quick integrity check of the fleet cache: no problems found.</source>
        <translation>フリートキャッシュの簡易整合性チェック: 問題は見つかりませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>The integrity check found %Ln problem(s) in the fleet cache. The event log lists them; export diagnostics for support.</source>
        <translation>
            <numerusform>整合性チェックで、フリートキャッシュに %Ln 件の問題が見つかりました。詳細はイベントログに表示されています。サポートに問い合わせる場合は診断情報をエクスポートしてください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln device(s) from the cache.</source>
        <translation>
            <numerusform>キャッシュから %Ln 台のデバイスを読み込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No device matches %1</source>
        <translation>%1 に一致するデバイスはありません</translation>
    </message>
    <message>
        <source>Each word matches some devices, but no device matches all of them. Remove a word to widen the filter.</source>
        <translation>それぞれの語に一致するデバイスはありますが、すべての語に一致するデバイスはありません。語を減らして絞り込み条件を緩めてください。</translation>
    </message>
    <message>
        <source>No device has %1 in its name, site, group, model, serial, firmware or tags. Check the spelling, or remove it from the filter.</source>
        <translation>名前、サイト、グループ、モデル、シリアル番号、ファームウェア、タグに %1 を含むデバイスはありません。綴りを確認するか、絞り込み条件から削除してください。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The fleet cache is not available</source>
        <translation>フリートキャッシュを利用できません</translation>
    </message>
    <message>
        <source>The message above says why. You can still manage connections; FleetDesk tries the cache again at the next start.</source>
        <translation>理由は上のメッセージを参照してください。接続先の管理は引き続き行えます。FleetDesk は次回の起動時にキャッシュをもう一度開きます。</translation>
    </message>
    <message>
        <source>Welcome to FleetDesk</source>
        <translation>FleetDesk へようこそ</translation>
    </message>
    <message>
        <source>There are no devices and no connections yet. Add the LwM2M server or MQTT broker your devices talk to, or import a list of devices from a CSV file.

No hardware at hand? Start the FleetDesk sandbox (a local LwM2M server, MQTT broker and simulated devices, see docs/sandbox.md), then choose “Import from sandbox…” in the Connections window.</source>
        <translation>デバイスも接続先もまだありません。デバイスが通信する LwM2M サーバーまたは MQTT ブローカーを追加するか、CSV ファイルからデバイスの一覧をインポートしてください。

手元にハードウェアがない場合は、FleetDesk サンドボックス (ローカルの LwM2M サーバー、MQTT ブローカー、シミュレートされたデバイス。docs/sandbox.md を参照) を起動してから、「接続先」ウィンドウで「サンドボックスからインポート…」を選んでください。</translation>
    </message>
    <message>
        <source>No devices in the cache yet</source>
        <translation>キャッシュにはまだデバイスがありません</translation>
    </message>
    <message numerus="yes">
        <source>FleetDesk knows %Ln connection(s) but has no devices in its cache. Import a list of devices from a CSV file, or check the connections.</source>
        <translation>
            <numerusform>FleetDesk には接続先が %Ln 件登録されていますが、キャッシュにデバイスがありません。CSV ファイルからデバイスの一覧をインポートするか、接続先を確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: no server connected</source>
        <translation>オフライン: 接続中のサーバーなし</translation>
    </message>
    <message numerus="yes">
        <source>%Ln server(s) connected</source>
        <translation>
            <numerusform>サーバー %Ln 台に接続中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>デバイス %Ln 台</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 offline</source>
        <translation>オフライン %1 台</translation>
    </message>
    <message>
        <source>%1 battery &lt; %2 %</source>
        <translation>バッテリー &lt; %2 %: %1 台</translation>
    </message>
    <message>
        <source>cache %1 old</source>
        <translation>%1前のキャッシュ</translation>
    </message>
    <message>
        <source>cache never synchronised</source>
        <translation>キャッシュ未同期</translation>
    </message>
    <message>
        <source>Last heard from a server: %1
%2</source>
        <translation>サーバーからの最終受信: %1
%2</translation>
    </message>
    <message>
        <source>The cache has never been synchronised with a server.</source>
        <translation>キャッシュはまだ一度もサーバーと同期されていません。</translation>
    </message>
    <message>
        <source>Offline — showing the cached fleet from %1 ago. Values may be out of date.</source>
        <translation>オフライン — %1前にキャッシュされたフリートを表示しています。値が最新でない可能性があります。</translation>
    </message>
    <message>
        <source>Offline — showing the cached fleet. It has never been synchronised with a server, so values may be out of date.</source>
        <translation>オフライン — キャッシュされたフリートを表示しています。一度もサーバーと同期されていないため、値が最新でない可能性があります。</translation>
    </message>
    <message>
        <source>The fleet data is %1 old. Values may be out of date.</source>
        <translation>フリートのデータは %1前のものです。値が最新でない可能性があります。</translation>
    </message>
    <message>
        <source>Cached values — not live. FleetDesk is not connected to this device&apos;s server.</source>
        <translation>キャッシュされた値です (ライブではありません)。FleetDesk はこのデバイスのサーバーに接続されていません。</translation>
    </message>
    <message>
        <source>Reading the fleet cache again…</source>
        <translation>フリートキャッシュを再読み込みしています…</translation>
    </message>
    <message>
        <source>Import devices from CSV</source>
        <translation>CSV からデバイスをインポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 を確認しています…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln device(s) from %1.</source>
        <translation>
            <numerusform>%1 から %Ln 台のデバイスをインポートしています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export diagnostics</source>
        <translation>診断情報のエクスポート</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip アーカイブ (*.zip)</translation>
    </message>
    <message>
        <source>Exporting diagnostics…</source>
        <translation>診断情報をエクスポートしています…</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>診断情報</translation>
    </message>
    <message>
        <source>Diagnostics saved to %1. They hold no passwords or keys.</source>
        <translation>診断情報を %1 に保存しました。パスワードや鍵は含まれていません。</translation>
    </message>
    <message>
        <source>Diagnostics saved to %1</source>
        <translation>診断情報を %1 に保存しました</translation>
    </message>
    <message>
        <source>The diagnostics could not be saved to %1.</source>
        <translation>診断情報を %1 に保存できませんでした。</translation>
    </message>
    <message>
        <source>The connection profiles could not be saved: %1</source>
        <translation>接続プロファイルを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>About FleetDesk</source>
        <translation>FleetDesk について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;FleetDesk %1&lt;/h3&gt;&lt;p&gt;A desktop console for fleets of IoT devices: LwM2M servers and MQTT brokers in one place.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;FleetDesk %1&lt;/h3&gt;&lt;p&gt;IoT デバイスのフリートを管理するデスクトップコンソールです。LwM2M サーバーと MQTT ブローカーをひとつの画面で扱えます。&lt;/p&gt;&lt;p&gt;Qt %2 でビルド、Qt %3 で実行中。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Reboot…</source>
        <translation>再起動(&amp;R)…</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>再起動</translation>
    </message>
    <message>
        <source>Each device restarts (LwM2M Execute /3/0/4) and is unreachable for a short while. Sleeping devices reboot when they next wake up.</source>
        <translation>各デバイスが再起動し (LwM2M Execute /3/0/4)、しばらくの間は応答しなくなります。スリープ中のデバイスは次に復帰したときに再起動します。</translation>
    </message>
    <message>
        <source>&amp;Factory Reset…</source>
        <translation>工場出荷時の状態に戻す(&amp;F)…</translation>
    </message>
    <message>
        <source>Factory reset</source>
        <translation>工場出荷時の状態に戻す</translation>
    </message>
    <message>
        <source>Each device erases its configuration and data and returns to its factory state (LwM2M Execute /3/0/5). It must be bootstrapped again before FleetDesk can manage it.</source>
        <translation>各デバイスが設定とデータを消去し、工場出荷時の状態に戻ります (LwM2M Execute /3/0/5)。FleetDesk で再び管理するには、もう一度ブートストラップが必要です。</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>無効化(&amp;D)…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>無効化</translation>
    </message>
    <message>
        <source>Each device deregisters and stays silent for its disable timeout (LwM2M Execute /1/x/4), then registers again.</source>
        <translation>各デバイスが登録を解除し、無効化タイムアウトの間は通信を止めたあと (LwM2M Execute /1/x/4)、再び登録します。</translation>
    </message>
    <message>
        <source>Registration &amp;Update…</source>
        <translation>登録の更新(&amp;U)…</translation>
    </message>
    <message>
        <source>Registration update</source>
        <translation>登録の更新</translation>
    </message>
    <message>
        <source>Each device is asked to send a registration update (LwM2M Execute /1/x/8), which refreshes its objects and lifetime on the server.</source>
        <translation>各デバイスに登録の更新を送るよう依頼し (LwM2M Execute /1/x/8)、サーバー上のオブジェクトとライフタイムを更新します。</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>デバイス(&amp;D)</translation>
    </message>
    <message>
        <source>Needs a connected LwM2M server</source>
        <translation>LwM2M サーバーへの接続が必要です</translation>
    </message>
    <message>
        <source>Select devices, or a site or group, first</source>
        <translation>先にデバイス、またはサイトやグループを選択してください</translation>
    </message>
    <message numerus="yes">
        <source>%1 started on %Ln device(s).</source>
        <translation>
            <numerusform>%Ln 台のデバイスで%1を開始しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 finished: %2 of %Ln device(s) succeeded.</source>
        <translation>
            <numerusform>%1が完了しました: %Ln 台中 %2 台が成功しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: done.</source>
        <translation>%1 %2: 完了しました。</translation>
    </message>
    <message>
        <source>%1 %2 failed: %3</source>
        <translation>%1 %2 に失敗しました: %3</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>トピック(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>&amp;Export Devices…</source>
        <translation>デバイスをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the selected or shown devices to a CSV or JSON file</source>
        <translation>選択または表示中のデバイスを CSV または JSON ファイルに書き出します</translation>
    </message>
    <message>
        <source>Filter devices: pump, fw:&lt;2.1, site:&quot;Osaka*&quot;, health:offline… (Ctrl+F)</source>
        <translation>デバイスを絞り込み: pump、fw:&lt;2.1、site:&quot;Osaka*&quot;、health:offline… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Words search every text field; field:value narrows (fw:&lt;2.1 battery:&lt;20 site:&quot;Osaka*&quot; health:offline seen:&gt;2h tag:pump). OR, NOT or -, and parentheses combine terms. Ctrl+Space completes, Esc clears the filter, ↓ moves to the tree.</source>
        <translation>語を入力するとすべてのテキストフィールドを検索し、field:value で絞り込みます (fw:&lt;2.1 battery:&lt;20 site:&quot;Osaka*&quot; health:offline seen:&gt;2h tag:pump)。OR、NOT または -、括弧で条件を組み合わせられます。Ctrl+Space で補完、Esc で絞り込みを解除、↓ でツリーに移動します。</translation>
    </message>
    <message>
        <source>Export devices</source>
        <translation>デバイスのエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV ファイル (*.csv);;JSON ファイル (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln device(s)…</source>
        <translation>
            <numerusform>%Ln 台のデバイスをエクスポートしています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln 台のデバイスを %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The devices could not be exported to %1.</source>
        <translation>デバイスを %1 にエクスポートできませんでした。</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>グループ(&amp;G)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save this query as a smart group (Ctrl+Shift+S)</source>
        <translation>このクエリをスマートグループとして保存 (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Held operations</source>
        <translation>保留中の操作</translation>
    </message>
    <message>
        <source>Discard held operations</source>
        <translation>保留中の操作を破棄</translation>
    </message>
    <message numerus="yes">
        <source>Discard %Ln held operation(s)?</source>
        <translation>
            <numerusform>保留中の操作 %Ln 件を破棄しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>They will not run, also when their server is reachable again.</source>
        <translation>サーバーに再び到達できるようになっても、これらの操作は実行されません。</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Held Operations</source>
        <translation>保留中の操作(&amp;H)</translation>
    </message>
    <message>
        <source>Group devices by</source>
        <translation>デバイスのグループ化</translation>
    </message>
    <message>
        <source>How the device tree groups the fleet</source>
        <translation>デバイスツリーでのフリートのグループ化方法</translation>
    </message>
    <message>
        <source>Groupings</source>
        <translation>グループ化の方法</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>グループ化(&amp;G):</translation>
    </message>
    <message>
        <source>Device &amp;Tree</source>
        <translation>デバイスツリー(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Show the devices as a tree, grouped</source>
        <translation>デバイスをグループ化してツリーで表示します</translation>
    </message>
    <message>
        <source>Device T&amp;able</source>
        <translation>デバイスの表(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Show every device as one row of a sortable table</source>
        <translation>すべてのデバイスを、並べ替え可能な表に 1 台 1 行で表示します</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>ツリー</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Every device with its values, one row each</source>
        <translation>すべてのデバイスとその値 (1 台につき 1 行)</translation>
    </message>
    <message>
        <source>Show Campaign</source>
        <translation>キャンペーンを表示</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>キャンペーン</translation>
    </message>
    <message>
        <source>Campaign %1 could not run here: %2</source>
        <translation>キャンペーン %1 をここで実行できませんでした: %2</translation>
    </message>
    <message>
        <source>Campaign %1: %2 (%3)</source>
        <translation>キャンペーン %1: %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;New Campaign…</source>
        <translation>新規キャンペーン(&amp;N)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Update the firmware of devices in waves, with a dry run first</source>
        <translation>ドライランを行ってから、ウェーブ単位でデバイスのファームウェアを更新します</translation>
    </message>
    <message>
        <source>&amp;Firmware Library…</source>
        <translation>ファームウェアライブラリ(&amp;F)…</translation>
    </message>
    <message>
        <source>Import and check firmware images; serve them to devices</source>
        <translation>ファームウェアイメージをインポートして検証し、デバイスに配信します</translation>
    </message>
    <message>
        <source>Campaign &amp;Dashboard</source>
        <translation>キャンペーンダッシュボード(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Campaigns</source>
        <translation>キャンペーン(&amp;C)</translation>
    </message>
    <message>
        <source>Campaign %1 &quot;%2&quot; created; it runs here</source>
        <translation>キャンペーン %1「%2」を作成しました。このウィンドウで実行されます</translation>
    </message>
</context>
<context>
    <name>MosquittoWorker</name>
    <message>
        <source>Disconnected.</source>
        <translation>切断しました。</translation>
    </message>
    <message>
        <source>libmosquitto could not create a client: %1</source>
        <translation>libmosquitto でクライアントを作成できません: %1</translation>
    </message>
    <message>
        <source>The user name cannot be used: %1</source>
        <translation>このユーザー名は使用できません: %1</translation>
    </message>
    <message>
        <source>The Last Will cannot be used: %1</source>
        <translation>この Last Will は使用できません: %1</translation>
    </message>
    <message>
        <source>The TLS pre-shared key cannot be used: %1</source>
        <translation>この TLS 事前共有鍵は使用できません: %1</translation>
    </message>
    <message>
        <source>Connecting to %1 (MQTT %2).</source>
        <translation>%1 に接続しています (MQTT %2)。</translation>
    </message>
    <message>
        <source>Cannot resolve the broker&apos;s host name %1.</source>
        <translation>ブローカーのホスト名 %1 を解決できません。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2.</source>
        <translation>%1 に接続できません: %2。</translation>
    </message>
    <message>
        <source>Cannot subscribe to %1: %2</source>
        <translation>%1 を購読できません: %2</translation>
    </message>
    <message>
        <source>Not connected to the broker.</source>
        <translation>ブローカーに接続していません。</translation>
    </message>
    <message>
        <source>Cannot publish to %1: %2</source>
        <translation>%1 にパブリッシュできません: %2</translation>
    </message>
    <message>
        <source>Connected to %1 (MQTT %2).</source>
        <translation>%1 に接続しました (MQTT %2)。</translation>
    </message>
    <message>
        <source>the broker stopped answering (keepalive)</source>
        <translation>ブローカーの応答が途絶えました (キープアライブ)</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2.</source>
        <translation>%1 との接続が切れました: %2。</translation>
    </message>
    <message>
        <source>The TLS handshake with the broker failed: wrong pre-shared key or identity?</source>
        <translation>ブローカーとの TLS ハンドシェイクに失敗しました。事前共有鍵または PSK ID が誤っている可能性があります。</translation>
    </message>
    <message>
        <source>The TLS handshake with the broker failed (%1).</source>
        <translation>ブローカーとの TLS ハンドシェイクに失敗しました (%1)。</translation>
    </message>
    <message>
        <source>The broker refused the subscription to %1: %2</source>
        <translation>ブローカーが %1 の購読を拒否しました: %2</translation>
    </message>
    <message>
        <source>not authorised or not allowed</source>
        <translation>権限がないか、許可されていません</translation>
    </message>
    <message>
        <source>%1 Next attempt in %2 s.</source>
        <translation>%1 %2 秒後に再試行します。</translation>
    </message>
    <message>
        <source>The broker refused the connection: it does not speak this MQTT version.</source>
        <translation>ブローカーが接続を拒否しました: この MQTT バージョンに対応していません。</translation>
    </message>
    <message>
        <source>The broker refused the connection: it rejected the client identifier.</source>
        <translation>ブローカーが接続を拒否しました: クライアント ID が受け入れられませんでした。</translation>
    </message>
    <message>
        <source>The broker refused the connection: the server is unavailable.</source>
        <translation>ブローカーが接続を拒否しました: サーバーを利用できません。</translation>
    </message>
    <message>
        <source>The broker refused the user name or password.</source>
        <translation>ブローカーがユーザー名またはパスワードを拒否しました。</translation>
    </message>
    <message>
        <source>The broker refused the connection: not authorised (wrong user name or password, or the account may not connect).</source>
        <translation>ブローカーが接続を拒否しました: 権限がありません (ユーザー名またはパスワードが誤っているか、このアカウントには接続が許可されていません)。</translation>
    </message>
    <message>
        <source>The broker refused the connection (code %1).</source>
        <translation>ブローカーが接続を拒否しました (コード %1)。</translation>
    </message>
    <message>
        <source>The broker refused the connection: this client is banned.</source>
        <translation>ブローカーが接続を拒否しました: このクライアントは禁止されています。</translation>
    </message>
    <message>
        <source>The broker refused the authentication method.</source>
        <translation>ブローカーが認証方式を拒否しました。</translation>
    </message>
    <message>
        <source>The broker refused the connection: the server is unavailable or busy.</source>
        <translation>ブローカーが接続を拒否しました: サーバーが利用できないか、混雑しています。</translation>
    </message>
    <message>
        <source>The broker refused the connection: use another server.</source>
        <translation>ブローカーが接続を拒否しました: 別のサーバーを使用してください。</translation>
    </message>
    <message>
        <source>The broker refused the connection: too many connection attempts.</source>
        <translation>ブローカーが接続を拒否しました: 接続の試行が多すぎます。</translation>
    </message>
    <message>
        <source>The broker refused: quota exceeded.</source>
        <translation>ブローカーが拒否しました: クォータを超えています。</translation>
    </message>
    <message>
        <source>The broker refused: the packet is too large.</source>
        <translation>ブローカーが拒否しました: パケットが大きすぎます。</translation>
    </message>
    <message>
        <source>The broker refused: the topic name is not valid.</source>
        <translation>ブローカーが拒否しました: トピック名が無効です。</translation>
    </message>
    <message>
        <source>The broker refused (%1).</source>
        <translation>ブローカーが拒否しました (%1)。</translation>
    </message>
</context>
<context>
    <name>MqttBulkActions</name>
    <message>
        <source>the device is not bound to a broker</source>
        <translation>デバイスがブローカーに紐付けられていません</translation>
    </message>
    <message>
        <source>the broker profile &quot;%1&quot; is not connected</source>
        <translation>ブローカーのプロファイル「%1」は接続されていません</translation>
    </message>
</context>
<context>
    <name>MqttCampaignDriver</name>
    <message>
        <source>Not connected to the broker of profile %1.</source>
        <translation>プロファイル %1 のブローカーに接続されていません。</translation>
    </message>
    <message>
        <source>Not connected to the broker of profile %1: %2</source>
        <translation>プロファイル %1 のブローカーに接続されていません: %2</translation>
    </message>
    <message>
        <source>The broker of profile %1 holds nothing from device %2 (it never connected, or its retained messages were removed).</source>
        <translation>プロファイル %1 のブローカーにデバイス %2 のデータがありません (一度も接続していないか、保持メッセージが削除されています)。</translation>
    </message>
    <message>
        <source>The device has no MQTT device id.</source>
        <translation>デバイスに MQTT デバイス ID がありません。</translation>
    </message>
    <message>
        <source>The package has no download address.</source>
        <translation>パッケージにダウンロードアドレスがありません。</translation>
    </message>
    <message>
        <source>An MQTT device installs its firmware by itself; there is nothing to execute.</source>
        <translation>MQTT デバイスはファームウェアを自身でインストールします。実行する操作はありません。</translation>
    </message>
</context>
<context>
    <name>MqttCommandClient</name>
    <message>
        <source>no connection to the broker</source>
        <translation>ブローカーに接続していません</translation>
    </message>
    <message>
        <source>no connection to the broker: %1</source>
        <translation>ブローカーに接続していません: %1</translation>
    </message>
    <message>
        <source>the broker refused the command: %1</source>
        <translation>ブローカーがコマンドを拒否しました: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid device id or &quot;%2&quot; not a valid command</source>
        <translation>デバイス ID「%1」またはコマンド「%2」が無効です</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>no valid status</source>
        <translation>有効なステータスがありません</translation>
    </message>
    <message>
        <source>the device answered with an invalid response</source>
        <translation>デバイスが無効な応答を返しました</translation>
    </message>
    <message>
        <source>the device does not support the command &quot;%1&quot;</source>
        <translation>デバイスはコマンド「%1」に対応していません</translation>
    </message>
    <message>
        <source>the device answered with an error</source>
        <translation>デバイスがエラーを返しました</translation>
    </message>
    <message>
        <source>the firmware update failed: %1</source>
        <translation>ファームウェアの更新に失敗しました: %1</translation>
    </message>
    <message>
        <source>the firmware update did not finish within %1 s</source>
        <translation>ファームウェアの更新が %1 秒以内に完了しませんでした</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒以内に応答がありません</translation>
    </message>
    <message>
        <source>no connection to the broker within %1 s</source>
        <translation>%1 秒以内にブローカーに接続できませんでした</translation>
    </message>
    <message>
        <source>no connection to the broker within %1 s: %2</source>
        <translation>%1 秒以内にブローカーに接続できませんでした: %2</translation>
    </message>
    <message>
        <source>the device&apos;s status did not arrive within %1 s</source>
        <translation>デバイスのステータスが %1 秒以内に届きませんでした</translation>
    </message>
</context>
<context>
    <name>MqttConnection</name>
    <message>
        <source>Connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>再接続中</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>未接続</translation>
    </message>
</context>
<context>
    <name>MqttConnectionSettings</name>
    <message>
        <source>the broker has no host name</source>
        <translation>ブローカーのホスト名がありません</translation>
    </message>
    <message>
        <source>the broker has no port</source>
        <translation>ブローカーのポートがありません</translation>
    </message>
    <message>
        <source>MQTT version must be 3.1.1 or 5</source>
        <translation>MQTT バージョンは 3.1.1 または 5 を指定してください</translation>
    </message>
    <message>
        <source>TLS-PSK needs an mqtts:// URL</source>
        <translation>TLS-PSK には mqtts:// の URL が必要です</translation>
    </message>
    <message>
        <source>TLS-PSK needs an identity</source>
        <translation>TLS-PSK には PSK ID が必要です</translation>
    </message>
    <message>
        <source>the TLS-PSK key must be hexadecimal</source>
        <translation>TLS-PSK の鍵は 16 進数で指定してください</translation>
    </message>
    <message>
        <source>a password needs a user name</source>
        <translation>パスワードにはユーザー名が必要です</translation>
    </message>
    <message>
        <source>the keepalive must be between 5 and 65535 s</source>
        <translation>キープアライブは 5～65535 秒の範囲で指定してください</translation>
    </message>
    <message>
        <source>the Last Will QoS must be 0, 1 or 2</source>
        <translation>Last Will の QoS は 0、1、2 のいずれかを指定してください</translation>
    </message>
</context>
<context>
    <name>MqttConnector</name>
    <message>
        <source>Not connected: %1</source>
        <translation>未接続: %1</translation>
    </message>
    <message>
        <source>Not connected: the keychain did not give the secret of this profile (%1).</source>
        <translation>未接続: キーチェーンからこのプロファイルのシークレットを取得できませんでした (%1)。</translation>
    </message>
    <message numerus="yes">
        <source>Ignored a malformed device message on %1 (%2); %Ln ignored so far.</source>
        <translation>
            <numerusform>%1 で受信した不正な形式のデバイスメッセージを無視しました (%2)。これまでに無視したメッセージ: %Ln 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>this operation is not available over MQTT</source>
        <translation>この操作は MQTT では利用できません</translation>
    </message>
    <message>
        <source>this operation is not available over LwM2M</source>
        <translation>この操作は LwM2M では利用できません</translation>
    </message>
    <message>
        <source>Broker: %1</source>
        <translation>ブローカー: %1</translation>
    </message>
    <message>
        <source>Broker: %1 (%2)</source>
        <translation>ブローカー: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>MqttDeviceTracker</name>
    <message>
        <source>too many devices (%1)</source>
        <translation>デバイスが多すぎます (%1)</translation>
    </message>
    <message>
        <source>&quot;ts&quot; is not an integer</source>
        <translation>&quot;ts&quot; が整数ではありません</translation>
    </message>
    <message>
        <source>a status needs &quot;state&quot;: &quot;online&quot; or &quot;offline&quot;</source>
        <translation>ステータスには &quot;state&quot;: &quot;online&quot; または &quot;offline&quot; が必要です</translation>
    </message>
    <message>
        <source>an identity needs the strings &quot;model&quot;, &quot;serial&quot; and &quot;firmware_version&quot;</source>
        <translation>識別情報には文字列の &quot;model&quot;、&quot;serial&quot;、&quot;firmware_version&quot; が必要です</translation>
    </message>
    <message>
        <source>attributes of the wrong type or out of range</source>
        <translation>属性の型が誤っているか、値が範囲外です</translation>
    </message>
    <message>
        <source>a config needs an integer &quot;version&quot; and an object &quot;config&quot;</source>
        <translation>設定には整数の &quot;version&quot; とオブジェクトの &quot;config&quot; が必要です</translation>
    </message>
    <message>
        <source>a firmware state needs &quot;state&quot; 0–3 and &quot;result&quot; 0–9</source>
        <translation>ファームウェアの状態には 0～3 の &quot;state&quot; と 0～9 の &quot;result&quot; が必要です</translation>
    </message>
</context>
<context>
    <name>MqttDmProtocol</name>
    <message>
        <source>the payload is too big (%1 bytes, at most %2)</source>
        <translation>ペイロードが大きすぎます (%1 バイト、上限は %2 バイト)</translation>
    </message>
    <message>
        <source>the JSON is nested more than %1 levels deep</source>
        <translation>JSON の入れ子が %1 階層を超えています</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>JSON ではありません: %2 バイト目で %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>updated successfully</source>
        <translation>更新に成功しました</translation>
    </message>
    <message>
        <source>not enough storage</source>
        <translation>ストレージの空き容量が不足しています</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>メモリが不足しています</translation>
    </message>
    <message>
        <source>connection lost during download</source>
        <translation>ダウンロード中に接続が切断されました</translation>
    </message>
    <message>
        <source>integrity check failed</source>
        <translation>整合性チェックに失敗しました</translation>
    </message>
    <message>
        <source>unsupported package type</source>
        <translation>対応していないパッケージ形式です</translation>
    </message>
    <message>
        <source>invalid URI</source>
        <translation>無効な URI です</translation>
    </message>
    <message>
        <source>update failed</source>
        <translation>更新に失敗しました</translation>
    </message>
    <message>
        <source>unsupported protocol</source>
        <translation>対応していないプロトコルです</translation>
    </message>
    <message>
        <source>unknown result %1</source>
        <translation>不明な結果 %1</translation>
    </message>
</context>
<context>
    <name>MqttIngest</name>
    <message>
        <source>the telemetry database is read-only</source>
        <translation>テレメトリーデータベースは読み取り専用です</translation>
    </message>
    <message>
        <source>The MQTT history cannot be read: %1</source>
        <translation>MQTT の履歴を読み込めません: %1</translation>
    </message>
    <message>
        <source>The MQTT history cannot be written: %1</source>
        <translation>MQTT の履歴を書き込めません: %1</translation>
    </message>
</context>
<context>
    <name>MqttMessageLibrary</name>
    <message>
        <source>The saved MQTT messages could not be read: %1</source>
        <translation>保存済みの MQTT メッセージを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The saved MQTT messages could not be written: %1</source>
        <translation>保存済みの MQTT メッセージを書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>the file does not hold a JSON object</source>
        <translation>ファイルに JSON オブジェクトが含まれていません</translation>
    </message>
</context>
<context>
    <name>MqttTlsContext</name>
    <message>
        <source>Cannot create a TLS context: %1</source>
        <translation>TLS コンテキストを作成できません: %1</translation>
    </message>
    <message>
        <source>Cannot load the system&apos;s trusted certificates: %1</source>
        <translation>システムの信頼済み証明書を読み込めません: %1</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>CA ファイル %1 が存在しません。</translation>
    </message>
    <message>
        <source>The CA file %1 holds no usable PEM certificate: %2</source>
        <translation>CA ファイル %1 に使用できる PEM 証明書がありません: %2</translation>
    </message>
    <message>
        <source>Cannot load the client certificate %1: %2</source>
        <translation>クライアント証明書 %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Cannot load the client key %1: %2</source>
        <translation>クライアント鍵 %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The client key %1 does not belong to the client certificate %2.</source>
        <translation>クライアント鍵 %1 はクライアント証明書 %2 に対応していません。</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate is not trusted: it was issued by an unknown certificate authority (&quot;%1&quot;).</source>
        <translation>ブローカーの証明書は信頼されていません: 不明な認証局 (「%1」) が発行した証明書です。</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate is not trusted: &quot;%1&quot; is self-signed.</source>
        <translation>ブローカーの証明書は信頼されていません: 「%1」は自己署名証明書です。</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate &quot;%1&quot; expired on %2.</source>
        <translation>ブローカーの証明書「%1」は %2 に有効期限が切れています。</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate &quot;%1&quot; is not valid before %2.</source>
        <translation>ブローカーの証明書「%1」は %2 まで有効になりません。</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate &quot;%1&quot; was refused: %2.</source>
        <translation>ブローカーの証明書「%1」は拒否されました: %2。</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate does not match the pinned fingerprint: expected SHA-256 %1, got %2.</source>
        <translation>ブローカーの証明書が固定されたフィンガープリントと一致しません: 期待した SHA-256 は %1、実際は %2 です。</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate is issued for %1, not for %2.</source>
        <translation>ブローカーの証明書は %1 向けに発行されており、%2 向けではありません。</translation>
    </message>
</context>
<context>
    <name>MqttTrafficModel</name>
    <message>
        <source>retained</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>published by FleetDesk</source>
        <translation>FleetDesk がパブリッシュ</translation>
    </message>
    <message>
        <source>received</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>published</source>
        <translation>パブリッシュ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Dir.</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>Retain</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>ペイロード</translation>
    </message>
</context>
<context>
    <name>PayloadDecoder</name>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>%1 バイト目で JSON が無効です: %2</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>数値ではありません</translation>
    </message>
    <message>
        <source>not valid UTF-8 (invalid bytes shown as �)</source>
        <translation>有効な UTF-8 ではありません (不正なバイトは � で表示)</translation>
    </message>
</context>
<context>
    <name>PayloadViewerWidget</name>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n 個の要素]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n 個のキー}</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Decoder:</source>
        <translation>デコーダー(&amp;D):</translation>
    </message>
    <message>
        <source>How to show the payload; the bytes themselves never change</source>
        <translation>ペイロードの表示方法です。バイト列そのものは変更されません</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Text (UTF-8)</source>
        <translation>テキスト (UTF-8)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>JSON tree</source>
        <translation>JSON ツリー</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>16 進</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示範囲(&amp;S):</translation>
    </message>
    <message>
        <source>Decode only the first part of large payloads (for display; the bytes are kept)</source>
        <translation>大きなペイロードは先頭部分だけをデコードします (表示のためで、バイト列はすべて保持されます)</translation>
    </message>
    <message>
        <source>Whole payload</source>
        <translation>ペイロード全体</translation>
    </message>
    <message>
        <source>First 64 KB</source>
        <translation>先頭 64 KB</translation>
    </message>
    <message>
        <source>First 1 MB</source>
        <translation>先頭 1 MB</translation>
    </message>
    <message>
        <source>First 10 MB</source>
        <translation>先頭 10 MB</translation>
    </message>
    <message>
        <source>Save &amp;Raw Payload…</source>
        <translation>生のペイロードを保存(&amp;R)…</translation>
    </message>
    <message>
        <source>Write the payload&apos;s bytes, exactly as received, to a file</source>
        <translation>ペイロードのバイト列を、受信したとおりにファイルへ書き出します</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>表示(&amp;H)</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>ペイロード</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>A newer message arrived (%1). Large payloads are not replaced while you read them.</source>
        <translation>新しいメッセージが届きました (%1)。大きなペイロードは、閲覧中には置き換えられません。</translation>
    </message>
    <message>
        <source>Select a topic to see its last message.</source>
        <translation>トピックを選択すると、最新のメッセージが表示されます。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Auto (%1)</source>
        <translation>自動 (%1)</translation>
    </message>
    <message>
        <source>Decoding %1…</source>
        <translation>%1 をデコードしています…</translation>
    </message>
    <message>
        <source>showing %1 of %2 bytes (display limit)</source>
        <translation>%2 バイト中 %1 バイトを表示 (表示の上限)</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n バイト</numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 decoder could not read it: %2</source>
        <translation>%1 デコーダーで読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>not shown as a tree: the payload is not complete JSON</source>
        <translation>ツリー表示できません: ペイロードが完全な JSON ではありません</translation>
    </message>
    <message>
        <source>the tree shows the first %1 values</source>
        <translation>ツリーには先頭の %1 個の値を表示しています</translation>
    </message>
    <message>
        <source>long lines are broken for display</source>
        <translation>長い行は表示用に折り返しています</translation>
    </message>
    <message>
        <source>Save raw payload</source>
        <translation>生のペイロードを保存</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Saved the raw payload to %1.</source>
        <translation>生のペイロードを %1 に保存しました。</translation>
    </message>
    <message>
        <source>The payload could not be saved to %1: %2</source>
        <translation>ペイロードを %1 に保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Decoder</source>
        <translation>デコーダー</translation>
    </message>
    <message>
        <source>Display limit</source>
        <translation>表示の上限</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Connection profile</source>
        <translation>接続プロファイル</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>プロファイル名</translation>
    </message>
    <message>
        <source>e.g. Osaka plant broker</source>
        <translation>例: 大阪工場ブローカー</translation>
    </message>
    <message>
        <source>Kind of server</source>
        <translation>サーバーの種類</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>サーバー URL</translation>
    </message>
    <message>
        <source>MQTT version</source>
        <translation>MQTT バージョン</translation>
    </message>
    <message>
        <source>3.1.1</source>
        <translation>3.1.1</translation>
    </message>
    <message>
        <source>5</source>
        <translation>5</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <source>MQTT &amp;version:</source>
        <translation>MQTT バージョン(&amp;V):</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>認証方式</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the profile file.</source>
        <translation>システムのキーチェーンに保存され、プロファイルファイルには保存されません。</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方式(&amp;M):</translation>
    </message>
    <message>
        <source>User&amp;name:</source>
        <translation>ユーザー名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA 証明書ファイル</translation>
    </message>
    <message>
        <source>System trust store</source>
        <translation>システムの信頼ストア</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Choose CA certificate file</source>
        <translation>CA 証明書ファイルを選択</translation>
    </message>
    <message>
        <source>&amp;Verify the server certificate</source>
        <translation>サーバー証明書を検証する(&amp;V)</translation>
    </message>
    <message>
        <source>Verify the server certificate</source>
        <translation>サーバー証明書を検証する</translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation>クライアント証明書ファイル</translation>
    </message>
    <message>
        <source>Choose client certificate file</source>
        <translation>クライアント証明書ファイルを選択</translation>
    </message>
    <message>
        <source>Client key file</source>
        <translation>クライアント鍵ファイル</translation>
    </message>
    <message>
        <source>Choose client key file</source>
        <translation>クライアント鍵ファイルを選択</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>CA 証明書(&amp;C):</translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation>クライアント証明書(&amp;C):</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>クライアント鍵(&amp;K):</translation>
    </message>
    <message>
        <source>Problems with this profile</source>
        <translation>このプロファイルの問題</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>CA 証明書を選択</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Choose the client certificate</source>
        <translation>クライアント証明書を選択</translation>
    </message>
    <message>
        <source>Choose the client key</source>
        <translation>クライアント鍵を選択</translation>
    </message>
    <message>
        <source>Private keys (*.pem *.key);;All files (*)</source>
        <translation>秘密鍵 (*.pem *.key);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>接続先を追加</translation>
    </message>
    <message>
        <source>Edit connection “%1”</source>
        <translation>接続先「%1」を編集</translation>
    </message>
    <message>
        <source>Unchanged — stored in the system keychain</source>
        <translation>変更なし — システムのキーチェーンに保存済み</translation>
    </message>
    <message>
        <source>another profile is already called “%1”</source>
        <translation>「%1」という名前のプロファイルがすでにあります</translation>
    </message>
    <message>
        <source>the token is missing</source>
        <translation>トークンが入力されていません</translation>
    </message>
    <message>
        <source>the pre-shared key is missing</source>
        <translation>事前共有鍵が入力されていません</translation>
    </message>
    <message>
        <source>the password is missing</source>
        <translation>パスワードが入力されていません</translation>
    </message>
    <message>
        <source>mqtts://broker.example.com:8883</source>
        <translation>mqtts://broker.example.com:8883</translation>
    </message>
    <message>
        <source>https://lwm2m.example.com:8080</source>
        <translation>https://lwm2m.example.com:8080</translation>
    </message>
    <message>
        <source>PSK &amp;identity:</source>
        <translation>PSK ID(&amp;I):</translation>
    </message>
    <message>
        <source>Pre-shared &amp;key:</source>
        <translation>事前共有鍵(&amp;K):</translation>
    </message>
    <message>
        <source>Pre-shared key</source>
        <translation>事前共有鍵</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>トークン(&amp;T):</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Turn off certificate verification?</source>
        <translation>証明書の検証をオフにしますか？</translation>
    </message>
    <message>
        <source>Without certificate verification FleetDesk cannot tell the real server from an impostor: anyone on the network path can read and change what FleetDesk sends, including passwords and commands to devices.</source>
        <translation>証明書を検証しないと、FleetDesk は本物のサーバーとなりすましを区別できません。通信経路上の第三者が、パスワードやデバイスへのコマンドを含め、FleetDesk が送信する内容を盗聴したり改ざんしたりできるようになります。</translation>
    </message>
    <message>
        <source>Turn it off only for a test server you control, never for a production fleet.</source>
        <translation>オフにするのは自分で管理しているテストサーバーの場合だけにしてください。本番環境のフリートでは決してオフにしないでください。</translation>
    </message>
    <message>
        <source>Turn off verification</source>
        <translation>検証をオフにする</translation>
    </message>
    <message>
        <source>C&amp;onnect when FleetDesk starts</source>
        <translation>FleetDesk の起動時に接続(&amp;O)</translation>
    </message>
    <message>
        <source>Connect when FleetDesk starts</source>
        <translation>FleetDesk の起動時に接続</translation>
    </message>
    <message>
        <source>Turn off for a profile kept for occasional use, e.g. a second route to a broker that is already connected.</source>
        <translation>ときどきしか使わないプロファイル (すでに接続しているブローカーへの別経路など) ではオフにします。</translation>
    </message>
    <message>
        <source>Pinned certificate:</source>
        <translation>固定した証明書:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>SHA-256 %1 (set with fleetdesk-cli profiles add --pin)</source>
        <translation>SHA-256 %1 (fleetdesk-cli profiles add --pin で設定)</translation>
    </message>
</context>
<context>
    <name>ProfileListModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>無効: %1</translation>
    </message>
    <message>
        <source>This profile cannot be used:
%1</source>
        <translation>このプロファイルは使用できません:
%1</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1、%2、%3</translation>
    </message>
    <message>
        <source>%1, %2, invalid: %3</source>
        <translation>%1、%2、無効: %3</translation>
    </message>
</context>
<context>
    <name>ProfileProbe</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>CA ファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>CA ファイル %1 に PEM 形式の証明書が含まれていません。</translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation>%1 秒以内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>The server answered (HTTP %1).</source>
        <translation>サーバーが応答しました (HTTP %1)。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation>サーバーが HTTP %1 を返しました: %2</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>サーバーの証明書は信頼されていません: %1</translation>
    </message>
    <message>
        <source>The broker accepts connections (the TLS-PSK handshake is checked when FleetDesk connects).</source>
        <translation>ブローカーは接続を受け付けています (TLS-PSK ハンドシェイクは FleetDesk の接続時に確認されます)。</translation>
    </message>
    <message>
        <source>The broker accepts connections.</source>
        <translation>ブローカーは接続を受け付けています。</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate is not trusted: %1</source>
        <translation>ブローカーの証明書は信頼されていません: %1</translation>
    </message>
    <message>
        <source>TLS handshake succeeded; certificate for %1 issued by %2 verified.</source>
        <translation>TLS ハンドシェイクに成功しました。%2 が発行した %1 の証明書を検証しました。</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid profiles file: %2</source>
        <translation>%1 は有効なプロファイルファイルではありません: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer FleetDesk (version %2).</source>
        <translation>%1 は新しいバージョンの FleetDesk (バージョン %2) で書き込まれています。</translation>
    </message>
    <message>
        <source>the entry is not a JSON object</source>
        <translation>エントリーが JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>another profile has the same name</source>
        <translation>同じ名前のプロファイルがほかにあります</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is not valid: %2</source>
        <translation>プロファイル「%1」は無効です: %2</translation>
    </message>
</context>
<context>
    <name>ProfileText</name>
    <message>
        <source>the profile has no name</source>
        <translation>プロファイルに名前がありません</translation>
    </message>
    <message>
        <source>the name must not contain &quot;/&quot; or surrounding spaces</source>
        <translation>名前に「/」や前後の空白を含めることはできません</translation>
    </message>
    <message>
        <source>the URL &quot;%1&quot; is not a valid server address</source>
        <translation>URL「%1」は有効なサーバーアドレスではありません</translation>
    </message>
    <message>
        <source>a broker URL starts with mqtt:// or mqtts://</source>
        <translation>ブローカーの URL は mqtt:// または mqtts:// で始まる必要があります</translation>
    </message>
    <message>
        <source>an LwM2M server URL starts with http:// or https:// (its REST API)</source>
        <translation>LwM2M サーバーの URL は http:// または https:// (REST API) で始まる必要があります</translation>
    </message>
    <message>
        <source>password authentication needs a user name</source>
        <translation>パスワード認証にはユーザー名が必要です</translation>
    </message>
    <message>
        <source>TLS-PSK is only offered for brokers</source>
        <translation>TLS-PSK はブローカーでのみ使用できます</translation>
    </message>
    <message>
        <source>TLS-PSK needs an identity</source>
        <translation>TLS-PSK には PSK ID が必要です</translation>
    </message>
    <message>
        <source>TLS-PSK needs an mqtts:// URL</source>
        <translation>TLS-PSK には mqtts:// の URL が必要です</translation>
    </message>
    <message>
        <source>client-certificate authentication needs a certificate file and a key file</source>
        <translation>クライアント証明書認証には証明書ファイルと鍵ファイルが必要です</translation>
    </message>
    <message>
        <source>client certificates need mqtts:// or https://</source>
        <translation>クライアント証明書を使うには mqtts:// または https:// が必要です</translation>
    </message>
    <message>
        <source>bearer tokens are only offered for LwM2M servers</source>
        <translation>ベアラートークンは LwM2M サーバーでのみ使用できます</translation>
    </message>
    <message>
        <source>the CA file %1 cannot be read</source>
        <translation>CA ファイル %1 を読み込めません</translation>
    </message>
    <message>
        <source>MQTT version must be 3.1.1 or 5</source>
        <translation>MQTT バージョンは 3.1.1 または 5 を指定してください</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>不明な種類「%1」</translation>
    </message>
    <message>
        <source>unknown authentication &quot;%1&quot;</source>
        <translation>不明な認証方式「%1」</translation>
    </message>
    <message>
        <source>LwM2M server</source>
        <translation>LwM2M サーバー</translation>
    </message>
    <message>
        <source>LwM2M bootstrap server</source>
        <translation>LwM2M ブートストラップサーバー</translation>
    </message>
    <message>
        <source>MQTT broker</source>
        <translation>MQTT ブローカー</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>ユーザー名とパスワード</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>ベアラートークン</translation>
    </message>
    <message>
        <source>TLS pre-shared key</source>
        <translation>TLS 事前共有鍵 (PSK)</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>クライアント証明書</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>the pinned fingerprint must be a SHA-256 fingerprint (64 hexadecimal digits)</source>
        <translation>固定するフィンガープリントは SHA-256 (16 進数 64 桁) で指定してください</translation>
    </message>
    <message>
        <source>a pinned fingerprint needs mqtts:// or https://</source>
        <translation>フィンガープリントの固定には mqtts:// または https:// が必要です</translation>
    </message>
</context>
<context>
    <name>ProtocolLogModel</name>
    <message>
        <source>incoming</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>unknown direction</source>
        <translation>方向不明</translation>
    </message>
    <message>
        <source>%1 (local time)
%2</source>
        <translation>%1 (ローカル時刻)
%2</translation>
    </message>
    <message>
        <source>Leshan sent no time for this message.</source>
        <translation>このメッセージには Leshan から時刻が送られていません。</translation>
    </message>
    <message>
        <source>Incoming: from the device to the LwM2M server</source>
        <translation>受信: デバイスから LwM2M サーバーへ</translation>
    </message>
    <message>
        <source>Outgoing: from the LwM2M server to the device</source>
        <translation>送信: LwM2M サーバーからデバイスへ</translation>
    </message>
    <message>
        <source>Leshan did not say which way this message went.</source>
        <translation>このメッセージの方向は Leshan から示されていません。</translation>
    </message>
    <message>
        <source>%1: the device or server answered with an error</source>
        <translation>%1: デバイスまたはサーバーがエラーを返しました</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Dir.</source>
        <comment>protocol log column: ↓ incoming / ↑ outgoing</comment>
        <translation>方向</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>MID</source>
        <comment>CoAP message id</comment>
        <translation>MID</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>ペイロード</translation>
    </message>
    <message>
        <source>When Leshan logged the message, in local time (UTC on hover)</source>
        <translation>Leshan がメッセージを記録した時刻 (ローカル時刻、ポイントすると UTC)</translation>
    </message>
    <message>
        <source>↓ incoming: device to server; ↑ outgoing: server to device</source>
        <translation>↓ 受信: デバイスからサーバーへ、↑ 送信: サーバーからデバイスへ</translation>
    </message>
    <message>
        <source>CoAP message type: CON (confirmable), NON (non-confirmable), ACK (acknowledgement), RST (reset)</source>
        <translation>CoAP メッセージ種別: CON (確認型)、NON (非確認型)、ACK (確認応答)、RST (リセット)</translation>
    </message>
    <message>
        <source>Request method (GET, PUT, POST, DELETE) or response code (2.05 = content, 4.04 = not found)</source>
        <translation>リクエストのメソッド (GET、PUT、POST、DELETE) または応答コード (2.05 = コンテンツ、4.04 = 見つからない)</translation>
    </message>
    <message>
        <source>CoAP message id: a request and its ACK share it</source>
        <translation>CoAP メッセージ ID: リクエストとその ACK で同じ値になります</translation>
    </message>
    <message>
        <source>CoAP token (hex): a request and its response share it</source>
        <translation>CoAP トークン (16 進): リクエストとその応答で同じ値になります</translation>
    </message>
    <message>
        <source>CoAP options: Uri-Path, Content-Format, Observe…</source>
        <translation>CoAP オプション: Uri-Path、Content-Format、Observe など</translation>
    </message>
    <message>
        <source>The payload: text, or Hex: for binary content (TLV, CBOR)</source>
        <translation>ペイロード: テキスト、またはバイナリ (TLV、CBOR) の場合は Hex: に続く 16 進</translation>
    </message>
</context>
<context>
    <name>ProtocolLogWidget</name>
    <message>
        <source>Protocol log</source>
        <translation>プロトコルログ</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Show messages in both directions, or only one</source>
        <translation>両方向、または一方向のメッセージだけを表示します</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>両方向</translation>
    </message>
    <message>
        <source>↓ Incoming</source>
        <translation>↓ 受信</translation>
    </message>
    <message>
        <source>↑ Outgoing</source>
        <translation>↑ 送信</translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation>メッセージを絞り込む</translation>
    </message>
    <message>
        <source>Filter code, options, payload</source>
        <translation>コード・オプション・ペイロードで絞り込み</translation>
    </message>
    <message>
        <source>Shows messages whose code, options or payload contain every word, e.g. &quot;4.04&quot;, &quot;Observe&quot; or &quot;rd&quot;</source>
        <translation>コード、オプション、ペイロードにすべての語を含むメッセージを表示します (例: &quot;4.04&quot;、&quot;Observe&quot;、&quot;rd&quot;)</translation>
    </message>
    <message>
        <source>CoAP messages</source>
        <translation>CoAP メッセージ</translation>
    </message>
    <message>
        <source>Auto-scroll</source>
        <translation>自動スクロール</translation>
    </message>
    <message>
        <source>Keep the newest message in view; scrolling up pauses it</source>
        <translation>最新のメッセージを表示し続けます。上にスクロールすると一時停止します</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Remove the messages shown; new traffic keeps coming in</source>
        <translation>表示中のメッセージを消去します。新しい通信は引き続き表示されます</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <source>Save the messages shown (with the filter applied) as CSV, times in UTC</source>
        <translation>表示中のメッセージ (絞り込み適用後) を CSV に保存します。時刻は UTC です</translation>
    </message>
    <message>
        <source>Connect to the device&apos;s LwM2M server to see its traffic</source>
        <translation>通信を見るには、デバイスの LwM2M サーバーに接続してください</translation>
    </message>
    <message>
        <source>The protocol log shows the CoAP messages between the LwM2M server and this device. Add or start the server&apos;s connection in Tools ▸ Connections…</source>
        <translation>プロトコルログには、LwM2M サーバーとこのデバイスの間の CoAP メッセージが表示されます。[ツール] ▸ [接続…] でサーバーの接続を追加または開始してください。</translation>
    </message>
    <message>
        <source>No protocol log</source>
        <translation>プロトコルログはありません</translation>
    </message>
    <message>
        <source>Select an LwM2M device to see its CoAP traffic.</source>
        <translation>CoAP 通信を見るには LwM2M デバイスを選択してください。</translation>
    </message>
    <message>
        <source>This device is not bound to an LwM2M server, so FleetDesk cannot see its CoAP traffic.</source>
        <translation>このデバイスは LwM2M サーバーに紐付いていないため、FleetDesk からは CoAP 通信を見られません。</translation>
    </message>
    <message>
        <source>Not connected to %1</source>
        <translation>%1 に接続していません</translation>
    </message>
    <message>
        <source>%1 The log starts again when the connection is back.</source>
        <translation>%1 接続が戻るとログを再開します。</translation>
    </message>
    <message>
        <source>No traffic yet</source>
        <translation>まだ通信はありません</translation>
    </message>
    <message>
        <source>Traffic appears here while this tab is open: read or write a resource, or wait for the device&apos;s next update or notification. FleetDesk does not record traffic while the tab is closed, and the server keeps no history.</source>
        <translation>このタブを開いている間の通信がここに表示されます。リソースを読み書きするか、デバイスの次の更新や通知を待ってください。タブを閉じている間の通信は記録されず、サーバーにも履歴は残りません。</translation>
    </message>
    <message>
        <source>Connecting to the event stream of %1…</source>
        <translation>%1 のイベントストリームに接続しています…</translation>
    </message>
    <message>
        <source>Listening to %1 on %2 since %3.</source>
        <translation>%3 から %2 上の %1 の通信を受信しています。</translation>
    </message>
    <message>
        <source>Reconnecting: %1 Messages sent meanwhile are not shown.</source>
        <translation>再接続中: %1 その間のメッセージは表示されません。</translation>
    </message>
    <message>
        <source>Not listening: %1</source>
        <translation>受信していません: %1</translation>
    </message>
    <message>
        <source>Not listening (the tab is closed).</source>
        <translation>受信していません (タブが閉じています)。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 件のメッセージ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%2中 %1 件を表示</translation>
    </message>
    <message>
        <source>(only the newest %1 are kept)</source>
        <translation>(最新の %1 件だけを保持)</translation>
    </message>
    <message>
        <source>Export protocol log</source>
        <translation>プロトコルログのエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n message(s) to %1.</source>
        <translation>
            <numerusform>%n 件のメッセージを %1 に保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The protocol log could not be saved to %1: %2</source>
        <translation>プロトコルログを %1 に保存できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish MQTT Message</source>
        <translation>MQTT メッセージのパブリッシュ</translation>
    </message>
    <message>
        <source>Saved messages</source>
        <translation>保存済みメッセージ</translation>
    </message>
    <message>
        <source>Pick a saved message to fill the form</source>
        <translation>保存済みメッセージを選ぶと、フォームに入力されます</translation>
    </message>
    <message>
        <source>Name of the saved message</source>
        <translation>保存するメッセージの名前</translation>
    </message>
    <message>
        <source>Name, e.g. Reboot pump-0042</source>
        <translation>名前 (例: pump-0042 を再起動)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Keep this message in the library (do not save passwords or keys in a payload)</source>
        <translation>このメッセージをライブラリに保存します (パスワードや鍵をペイロードに含めて保存しないでください)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>e.g. fd/v1/pump-0042/cmd/reboot</source>
        <translation>例: fd/v1/pump-0042/cmd/reboot</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>トピック(&amp;T):</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>ペイロード</translation>
    </message>
    <message>
        <source>Payload (UTF-8 text or JSON; empty is allowed)</source>
        <translation>ペイロード (UTF-8 テキストまたは JSON。空でも可)</translation>
    </message>
    <message>
        <source>&amp;Payload:</source>
        <translation>ペイロード(&amp;P):</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>0 — at most once</source>
        <translation>0 — 最大 1 回</translation>
    </message>
    <message>
        <source>1 — at least once</source>
        <translation>1 — 最低 1 回</translation>
    </message>
    <message>
        <source>2 — exactly once</source>
        <translation>2 — 正確に 1 回</translation>
    </message>
    <message>
        <source>&amp;Retain</source>
        <translation>Retain(&amp;R)</translation>
    </message>
    <message>
        <source>The broker keeps the message and hands it to every new subscriber of the topic</source>
        <translation>ブローカーがメッセージを保持し、このトピックを新たに購読するすべてのクライアントに配信します</translation>
    </message>
    <message>
        <source>&amp;Format JSON</source>
        <translation>JSON を整形(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;QoS:</source>
        <translation>QoS(&amp;Q):</translation>
    </message>
    <message>
        <source>MQTT 5 properties (sent only over MQTT 5)</source>
        <translation>MQTT 5 プロパティ (MQTT 5 で接続している場合のみ送信)</translation>
    </message>
    <message>
        <source>Content &amp;type:</source>
        <translation>コンテンツタイプ(&amp;T):</translation>
    </message>
    <message>
        <source>Res&amp;ponse topic:</source>
        <translation>レスポンストピック(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Correlation data:</source>
        <translation>相関データ(&amp;C):</translation>
    </message>
    <message>
        <source>User properties</source>
        <translation>ユーザープロパティ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>User properties:</source>
        <translation>ユーザープロパティ:</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>パブリッシュ(&amp;P)</translation>
    </message>
    <message>
        <source>Broker: %1</source>
        <translation>ブローカー: %1</translation>
    </message>
    <message>
        <source>Enter the topic to publish to.</source>
        <translation>パブリッシュ先のトピックを入力してください。</translation>
    </message>
    <message>
        <source>A topic to publish to cannot contain the wildcards + or #.</source>
        <translation>パブリッシュ先のトピックにワイルドカード + や # は使用できません。</translation>
    </message>
    <message>
        <source>A topic cannot contain a NUL character.</source>
        <translation>トピックに NUL 文字は使用できません。</translation>
    </message>
    <message>
        <source>The topic is longer than MQTT allows (65,535 bytes).</source>
        <translation>トピックが MQTT の上限 (65,535 バイト) を超えています。</translation>
    </message>
    <message>
        <source>A response topic cannot contain the wildcards + or #.</source>
        <translation>レスポンストピックにワイルドカード + や # は使用できません。</translation>
    </message>
    <message>
        <source>Not valid JSON (byte %1): %2 — it can still be published as text.</source>
        <translation>有効な JSON ではありません (%1 バイト目): %2 — テキストとしてはパブリッシュできます。</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>コンテンツタイプ</translation>
    </message>
    <message>
        <source>Response topic</source>
        <translation>レスポンストピック</translation>
    </message>
    <message>
        <source>Correlation data</source>
        <translation>相関データ</translation>
    </message>
</context>
<context>
    <name>QueryLineEdit</name>
    <message>
        <source>Filter completions</source>
        <translation>絞り込みの補完候補</translation>
    </message>
</context>
<context>
    <name>ResourceBrowserWidget</name>
    <message>
        <source>LwM2M resources</source>
        <translation>LwM2M リソース</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the message and its details</source>
        <translation>メッセージと詳細をコピー</translation>
    </message>
    <message>
        <source>Copy the message and its details, e.g. for support</source>
        <translation>メッセージと詳細をコピーします (サポートへの問い合わせ用など)</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>閉じる(&amp;M)</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>メッセージを閉じる</translation>
    </message>
    <message>
        <source>Objects and resources</source>
        <translation>オブジェクトとリソース</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tool tip (shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Load the device&apos;s objects again and read what is expanded</source>
        <translation>デバイスのオブジェクトを読み込み直し、展開中の項目を読み取ります</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>読み取り(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Read the selected object, instance or resource from the device</source>
        <translation>選択したオブジェクト、インスタンス、またはリソースをデバイスから読み取ります</translation>
    </message>
    <message>
        <source>&amp;Write…</source>
        <translation>書き込み(&amp;W)…</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Write a new value to the selected resource</source>
        <translation>選択したリソースに新しい値を書き込みます</translation>
    </message>
    <message>
        <source>E&amp;xecute…</source>
        <translation>実行(&amp;X)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>Execute the selected resource (e.g. Reboot), with optional arguments</source>
        <translation>選択したリソース (再起動など) を実行します。引数も指定できます</translation>
    </message>
    <message>
        <source>&amp;Observe</source>
        <translation>Observe(&amp;O)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Have the device report changes of the selected resource</source>
        <translation>選択したリソースが変化したらデバイスから通知させます</translation>
    </message>
    <message>
        <source>&amp;Chart this value</source>
        <translation>この値をチャート表示(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>Observe the selected number and plot it in the Charts dock</source>
        <translation>選択した数値を Observe し、チャートドックに描画します</translation>
    </message>
    <message>
        <source>&amp;Discover</source>
        <translation>Discover(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Ask the device which resources and attributes it has below the selected path</source>
        <translation>選択したパス以下にあるリソースと属性をデバイスに問い合わせます</translation>
    </message>
    <message>
        <source>Write &amp;attributes…</source>
        <translation>属性の書き込み(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Set when the device notifies: pmin, pmax, gt, lt, st</source>
        <translation>デバイスが通知する条件を設定します: pmin、pmax、gt、lt、st</translation>
    </message>
    <message>
        <source>Create &amp;instance…</source>
        <translation>インスタンスを作成(&amp;I)…</translation>
    </message>
    <message>
        <source>Create a new instance of the selected object</source>
        <translation>選択したオブジェクトに新しいインスタンスを作成します</translation>
    </message>
    <message>
        <source>De&amp;lete instance…</source>
        <translation>インスタンスを削除(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete the selected instance from the device (asks first)</source>
        <translation>選択したインスタンスをデバイスから削除します (実行前に確認します)</translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>値をコピー(&amp;V)</translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation>パスをコピー(&amp;P)</translation>
    </message>
    <message>
        <source>More</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Discover, write attributes, create or delete instances</source>
        <translation>Discover、属性の書き込み、インスタンスの作成・削除</translation>
    </message>
    <message>
        <source>Connect to the device&apos;s LwM2M server to browse its resources</source>
        <translation>リソースを参照するには、デバイスの LwM2M サーバーに接続してください</translation>
    </message>
    <message>
        <source>FleetDesk reads and writes a device&apos;s objects through its LwM2M server. Add or start the server&apos;s connection in Tools ▸ Connections…</source>
        <translation>FleetDesk はデバイスのオブジェクトを LwM2M サーバー経由で読み書きします。「ツール ▸ 接続先…」でサーバーへの接続を追加するか開始してください。</translation>
    </message>
    <message>
        <source>No LwM2M resources</source>
        <translation>LwM2M リソースはありません</translation>
    </message>
    <message>
        <source>Select a device to browse its objects and resources.</source>
        <translation>デバイスを選択すると、そのオブジェクトとリソースを参照できます。</translation>
    </message>
    <message>
        <source>This device is not bound to an LwM2M server, so it has no objects to browse. Devices appear here once they register at a connected server.</source>
        <translation>このデバイスは LwM2M サーバーに紐付けられていないため、参照できるオブジェクトはありません。接続中のサーバーにデバイスが登録されると、ここに表示されます。</translation>
    </message>
    <message>
        <source>Loading the objects of %1 from %2…</source>
        <translation>%2 から %1 のオブジェクトを読み込んでいます…</translation>
    </message>
    <message>
        <source>The server did not send its object models, so names, types and units are missing: %1</source>
        <translation>サーバーからオブジェクトモデルが届かなかったため、名前・型・単位は表示されません: %1</translation>
    </message>
    <message>
        <source>No objects to show. Is %1 registered at %2? Refresh to try again.</source>
        <translation>表示するオブジェクトがありません。%1 は %2 に登録されていますか? 再読み込みでもう一度お試しください。</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) on %1. Expand an object to read it; values are as last read.</source>
        <translation>
            <numerusform>%1 のオブジェクト %n 個。展開するとオブジェクトを読み取ります。値は最後に読み取った時点のものです。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop &amp;observing</source>
        <translation>Observe を停止(&amp;O)</translation>
    </message>
    <message>
        <source>Operation: %1 %2</source>
        <translation>操作: %1 %2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>LwM2M status: %1</source>
        <translation>LwM2M ステータス: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP ステータス: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>リクエスト ID: %1</translation>
    </message>
    <message>
        <source>Server&apos;s answer:</source>
        <translation>サーバーの応答:</translation>
    </message>
    <message>
        <source>waiting for wake-up</source>
        <translation>スリープ復帰待ち</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>読み取り中…</translation>
    </message>
    <message>
        <source>Read %1: %2</source>
        <translation>%1 を読み取りました: %2</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>%1 を読み取りました</translation>
    </message>
    <message>
        <source>writing…</source>
        <translation>書き込み中…</translation>
    </message>
    <message>
        <source>Wrote %1 to %2</source>
        <translation>%2 に %1 を書き込みました</translation>
    </message>
    <message>
        <source>Execute %1</source>
        <translation>%1 を実行</translation>
    </message>
    <message>
        <source>Execute %1 on %2.

Arguments (optional, e.g. 0=&apos;https://…&apos;,1):</source>
        <translation>%2 で %1 を実行します。

引数 (省略可。例: 0=&apos;https://…&apos;,1):</translation>
    </message>
    <message>
        <source>E&amp;xecute</source>
        <translation>実行(&amp;X)</translation>
    </message>
    <message>
        <source>executing…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <source>Executed %1</source>
        <translation>%1 を実行しました</translation>
    </message>
    <message>
        <source>Executed %1 with %2</source>
        <translation>%1 を引数 %2 で実行しました</translation>
    </message>
    <message>
        <source>starting observation…</source>
        <translation>Observe を開始中…</translation>
    </message>
    <message>
        <source>Observing %1</source>
        <translation>%1 を Observe しています</translation>
    </message>
    <message>
        <source>stopping observation…</source>
        <translation>Observe を停止中…</translation>
    </message>
    <message>
        <source>Stopped observing %1</source>
        <translation>%1 の Observe を停止しました</translation>
    </message>
    <message>
        <source>discovering…</source>
        <translation>Discover 中…</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) below %1: %2</source>
        <translation>
            <numerusform>%1 以下のリンク %n 件: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>writing attributes…</source>
        <translation>属性を書き込み中…</translation>
    </message>
    <message>
        <source>Wrote the attributes %1 to %2</source>
        <translation>%2 に属性 %1 を書き込みました</translation>
    </message>
    <message>
        <source>Create instance of %1</source>
        <translation>%1 のインスタンスを作成</translation>
    </message>
    <message>
        <source>Create a new instance of %1 on %2.

Instance ID:</source>
        <translation>%2 に %1 の新しいインスタンスを作成します。

インスタンス ID:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>作成(&amp;C)</translation>
    </message>
    <message>
        <source>creating…</source>
        <translation>作成中…</translation>
    </message>
    <message>
        <source>Created instance %1</source>
        <translation>インスタンス %1 を作成しました</translation>
    </message>
    <message>
        <source>Delete instance %1?</source>
        <translation>インスタンス %1 を削除しますか?</translation>
    </message>
    <message>
        <source>Delete instance %1 from %2?</source>
        <translation>%2 からインスタンス %1 を削除しますか?</translation>
    </message>
    <message>
        <source>The device removes the instance and all its resources. This cannot be undone from FleetDesk.</source>
        <translation>デバイスはインスタンスとそのすべてのリソースを削除します。FleetDesk から元に戻すことはできません。</translation>
    </message>
    <message>
        <source>Delete instance %1</source>
        <translation>インスタンス %1 を削除</translation>
    </message>
    <message>
        <source>deleting…</source>
        <translation>削除中…</translation>
    </message>
    <message>
        <source>Deleted instance %1</source>
        <translation>インスタンス %1 を削除しました</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <source>Write…</source>
        <translation>書き込み…</translation>
    </message>
    <message>
        <source>Execute…</source>
        <translation>実行…</translation>
    </message>
    <message>
        <source>Observe</source>
        <translation>Observe</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>チャート</translation>
    </message>
</context>
<context>
    <name>ResourceTreeModel</name>
    <message>
        <source>The server sent its object models in an unexpected form.</source>
        <translation>サーバーから想定外の形式のオブジェクトモデルが届きました。</translation>
    </message>
    <message>
        <source>String</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>Integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>Unsigned integer</source>
        <translation>符号なし整数</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>浮動小数点数</translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation>真偽値</translation>
    </message>
    <message>
        <source>Opaque</source>
        <translation>バイナリ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Object link</source>
        <translation>オブジェクトリンク</translation>
    </message>
    <message>
        <source>CoRE link</source>
        <translation>CoRE リンク</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n byte(s))</source>
        <translation>
            <numerusform>%1 (%n バイト)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>value and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Object %1</source>
        <translation>オブジェクト %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Instance %1</source>
        <translation>インスタンス %1</translation>
    </message>
    <message>
        <source>Resource %1</source>
        <translation>リソース %1</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n 個の値</numerusform>
        </translation>
    </message>
    <message>
        <source>Observed: the value updates as the device reports it.</source>
        <translation>Observe 中: デバイスから通知されるたびに値が更新されます。</translation>
    </message>
    <message>
        <source>The device did not report this resource.</source>
        <translation>デバイスはこのリソースを返しませんでした。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
</context>
<context>
    <name>SandboxImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is not a sandbox description: %2</source>
        <translation>%1 はサンドボックス定義ではありません: %2</translation>
    </message>
    <message>
        <source>%1 has sandbox schema version %2; this FleetDesk reads version 1.</source>
        <translation>%1 のサンドボックススキーマのバージョンは %2 です。この FleetDesk が読み込めるのはバージョン 1 です。</translation>
    </message>
    <message>
        <source>The sandbox admin password file %1 is empty.</source>
        <translation>サンドボックスの管理者パスワードファイル %1 が空です。</translation>
    </message>
    <message>
        <source>The sandbox entry &quot;%1&quot; is not usable: %2</source>
        <translation>サンドボックスのエントリー「%1」は使用できません: %2</translation>
    </message>
    <message>
        <source>%1 describes no server.</source>
        <translation>%1 にはサーバーが定義されていません。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>The language changes the next time FleetDesk starts.</source>
        <translation>言語の変更は FleetDesk の次回起動時に反映されます。</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Stale after</source>
        <translation>古い値とみなす時間</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Values older than this are marked as stale.</source>
        <translation>これより古い値は「古い値」として表示されます。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Stale after:</source>
        <translation>古い値とみなす時間(&amp;S):</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>MQTT messages kept per topic</source>
        <translation>MQTT のトピックごとに保存するメッセージ数</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Most MQTT topics per broker</source>
        <translation>ブローカーごとの MQTT トピック数の上限</translation>
    </message>
    <message>
        <source>The history lives in the telemetry database beside the fleet cache. Past the topic limit, messages on further topics are counted but not kept, and a warning says so. Both apply to brokers connected from now on.</source>
        <translation>履歴はフリートキャッシュと同じ場所にあるテレメトリーデータベースに保存されます。トピック数が上限を超えると、それ以降のトピックのメッセージは件数だけを数えて内容は保持せず、その旨を警告します。どちらの設定も、これから接続するブローカーに適用されます。</translation>
    </message>
    <message>
        <source>MQTT &amp;history per topic:</source>
        <translation>MQTT のトピックごとの履歴(&amp;H):</translation>
    </message>
    <message>
        <source>Most MQTT to&amp;pics per broker:</source>
        <translation>ブローカーごとの MQTT トピック上限(&amp;P):</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>in the future (%1)</source>
        <translation>未来の時刻 (%1)</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Registration</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>稼働状態</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>キャンペーン</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Kind of entries</source>
        <translation>エントリーの種類</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation>タイムラインを検索</translation>
    </message>
    <message>
        <source>Search messages…</source>
        <translation>メッセージを検索…</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>新しい順</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>古い順</translation>
    </message>
    <message>
        <source>Switch between newest first and oldest first</source>
        <translation>新しい順と古い順を切り替えます</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>タイムラインをエクスポート</translation>
    </message>
    <message>
        <source>Save the entries shown as CSV or JSON</source>
        <translation>表示中のエントリーを CSV または JSON で保存します</translation>
    </message>
    <message>
        <source>Device timeline</source>
        <translation>デバイスのタイムライン</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No device selected</source>
        <translation>デバイスが選択されていません</translation>
    </message>
    <message>
        <source>Select a device to see its timeline.</source>
        <translation>デバイスを選択すると、そのタイムラインが表示されます。</translation>
    </message>
    <message>
        <source>Loading the timeline…</source>
        <translation>タイムラインを読み込んでいます…</translation>
    </message>
    <message>
        <source>Nothing recorded for this device yet</source>
        <translation>このデバイスの記録はまだありません</translation>
    </message>
    <message>
        <source>Registrations, health changes and the operations you run on it appear here as they happen.</source>
        <translation>登録、稼働状態の変化、このデバイスで実行した操作が、発生するたびにここに表示されます。</translation>
    </message>
    <message>
        <source>No entry matches</source>
        <translation>一致するエントリーはありません</translation>
    </message>
    <message numerus="yes">
        <source>Choose &quot;All kinds&quot; or clear the search to see all %n entry(ies).</source>
        <translation>
            <numerusform>全 %n 件のエントリーを表示するには、「すべての種類」を選択するか、検索をクリアしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>タイムラインのエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV ファイル (*.csv);;JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>The timeline could not be saved to %1.</source>
        <translation>タイムラインを %1 に保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>TopicExplorerWidget</name>
    <message>
        <source>The last message carried no MQTT 5 properties.</source>
        <translation>最新のメッセージには MQTT 5 プロパティがありませんでした。</translation>
    </message>
    <message>
        <source>Content type: %1</source>
        <translation>コンテンツタイプ: %1</translation>
    </message>
    <message>
        <source>Response topic: %1</source>
        <translation>レスポンストピック: %1</translation>
    </message>
    <message>
        <source>Correlation data: %1</source>
        <translation>相関データ: %1</translation>
    </message>
    <message>
        <source>Correlation data (hex): %1</source>
        <translation>相関データ (16 進): %1</translation>
    </message>
    <message>
        <source>User properties:</source>
        <translation>ユーザープロパティ:</translation>
    </message>
    <message>
        <source>MQTT topic explorer</source>
        <translation>MQTT トピックエクスプローラー</translation>
    </message>
    <message>
        <source>&amp;Broker:</source>
        <translation>ブローカー(&amp;B):</translation>
    </message>
    <message>
        <source>The broker connection whose topics are shown</source>
        <translation>トピックを表示するブローカー接続</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>パブリッシュ(&amp;P)…</translation>
    </message>
    <message>
        <source>Compose a message, or pick one from the saved messages</source>
        <translation>メッセージを作成するか、保存済みメッセージから選択します</translation>
    </message>
    <message>
        <source>E&amp;xport Topics…</source>
        <translation>トピックをエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Save every topic of this broker with its last value as CSV or JSON</source>
        <translation>このブローカーのすべてのトピックを、最新の値とともに CSV または JSON で保存します</translation>
    </message>
    <message>
        <source>No MQTT broker connected</source>
        <translation>接続中の MQTT ブローカーはありません</translation>
    </message>
    <message>
        <source>Add an MQTT broker in Tools ▸ Connections… FleetDesk then shows every topic the broker carries, with live values, history and charts.</source>
        <translation>「ツール ▸ 接続先…」で MQTT ブローカーを追加してください。追加すると、FleetDesk がそのブローカーを流れるすべてのトピックを、ライブ値、履歴、チャートとともに表示します。</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>Traffic Log</source>
        <translation>トラフィックログ</translation>
    </message>
    <message>
        <source>Filter topics</source>
        <translation>トピックの絞り込み</translation>
    </message>
    <message>
        <source>Filter topics, e.g. pump-0042 temperature</source>
        <translation>トピックを絞り込み (例: pump-0042 temperature)</translation>
    </message>
    <message>
        <source>Shows the topics whose full name contains every word</source>
        <translation>トピック名全体にすべての語を含むトピックを表示します</translation>
    </message>
    <message>
        <source>Select a topic</source>
        <translation>トピックを選択してください</translation>
    </message>
    <message>
        <source>Its last payload, the change from the message before, its MQTT 5 properties and its stored history appear here.</source>
        <translation>ここに、最新のペイロード、前のメッセージからの変更点、MQTT 5 プロパティ、保存済みの履歴が表示されます。</translation>
    </message>
    <message>
        <source>Publish to &amp;Topic…</source>
        <translation>このトピックにパブリッシュ(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>チャート(&amp;C)</translation>
    </message>
    <message>
        <source>Chart this number, or a number inside the JSON payload, in the Charts dock</source>
        <translation>この数値、または JSON ペイロード内の数値をチャートドックに表示します</translation>
    </message>
    <message>
        <source>Clear &amp;Retained…</source>
        <translation>保持メッセージを消去(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove the retained messages of this topic and every topic below it from the broker</source>
        <translation>このトピックとその下位にあるすべてのトピックの保持メッセージを、ブローカーから削除します</translation>
    </message>
    <message>
        <source>Export &amp;History…</source>
        <translation>履歴をエクスポート(&amp;H)…</translation>
    </message>
    <message>
        <source>Save the stored messages of this topic as CSV or JSON</source>
        <translation>このトピックの保存済みメッセージを CSV または JSON で保存します</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>ペイロード</translation>
    </message>
    <message>
        <source>Difference from the previous message</source>
        <translation>前のメッセージとの差分</translation>
    </message>
    <message>
        <source>Diff with Previous</source>
        <translation>前回との差分</translation>
    </message>
    <message>
        <source>Stored messages</source>
        <translation>保存済みメッセージ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>MQTT 5 properties</source>
        <translation>MQTT 5 プロパティ</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>Filter by topic</source>
        <translation>トピックで絞り込み</translation>
    </message>
    <message>
        <source>Topic contains…</source>
        <translation>トピックに含む文字列…</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>両方向</translation>
    </message>
    <message>
        <source>↓ Received</source>
        <translation>↓ 受信</translation>
    </message>
    <message>
        <source>↑ Published</source>
        <translation>↑ パブリッシュ</translation>
    </message>
    <message>
        <source>Retained only</source>
        <translation>保持メッセージのみ</translation>
    </message>
    <message>
        <source>Follow new messages</source>
        <translation>新着メッセージに追従</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>MQTT traffic</source>
        <translation>MQTT トラフィック</translation>
    </message>
    <message>
        <source>No stored messages for this topic yet.</source>
        <translation>このトピックの保存済みメッセージはまだありません。</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n stored message(s); FleetDesk keeps up to %1 per topic in the telemetry database. Double-click one to see it in the payload viewer.</source>
        <translation>
            <numerusform>保存済みの最新メッセージ %n 件です。FleetDesk はトピックごとに最大 %1 件をテレメトリーデータベースに保存します。ダブルクリックするとペイロードビューアーに表示されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>retained</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>Dir.</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>No broker</source>
        <translation>ブローカーなし</translation>
    </message>
    <message>
        <source>(empty topic)</source>
        <translation>(空のトピック)</translation>
    </message>
    <message>
        <source>No message arrived on exactly this topic; it is a level above other topics.</source>
        <translation>このトピックそのものに届いたメッセージはありません。ほかのトピックの上位階層です。</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) below</source>
        <translation>
            <numerusform>下位トピック %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 件のメッセージ</numerusform>
        </translation>
    </message>
    <message>
        <source>newest %1</source>
        <translation>最新 %1</translation>
    </message>
    <message>
        <source>QoS %1</source>
        <translation>QoS %1</translation>
    </message>
    <message>
        <source>not retained</source>
        <translation>保持なし</translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation>%1 件/秒</translation>
    </message>
    <message>
        <source>last received %1 (%2)</source>
        <translation>最終受信 %1 (%2)</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>未接続</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n topic(s)</source>
        <translation>
            <numerusform>%1 · %n トピック</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 messages · %2 msg/s</source>
        <translation>%1 件のメッセージ · %2 件/秒</translation>
    </message>
    <message>
        <source>history not saved: %1</source>
        <translation>履歴は保存されていません: %1</translation>
    </message>
    <message>
        <source>%1 carries more than %2 distinct topics. Messages on further topics are counted but not kept, so memory stays bounded. Subscribe to fewer topics to see them.</source>
        <translation>%1 には %2 種類を超えるトピックがあります。メモリ使用量を一定に抑えるため、それ以上のトピックのメッセージは件数だけを数え、内容は保持しません。それらを表示するには、購読するトピックを減らしてください。</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%2 件中 %1 件を表示</translation>
    </message>
    <message>
        <source>(only the newest %1 are kept)</source>
        <translation>(最新の %1 件だけを保持)</translation>
    </message>
    <message>
        <source>Only one message so far: nothing to compare with yet.</source>
        <translation>メッセージはまだ 1 件だけのため、比較対象がありません。</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>比較しています…</translation>
    </message>
    <message>
        <source>The last message repeated the previous one exactly.</source>
        <translation>最新のメッセージは前のメッセージとまったく同じです。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) changed since the previous message (shown as %1).</source>
        <translation>
            <numerusform>前のメッセージから %n 行が変更されています (%1 として表示)。</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 lines are shown.</source>
        <translation>先頭の %1 行を表示しています。</translation>
    </message>
    <message>
        <source>Select a topic with messages</source>
        <translation>メッセージのあるトピックを選択してください</translation>
    </message>
    <message>
        <source>Chart the Value</source>
        <translation>値をチャート表示</translation>
    </message>
    <message>
        <source>Chart “%1”</source>
        <translation>「%1」をチャート表示</translation>
    </message>
    <message>
        <source>No numbers in this payload</source>
        <translation>このペイロードには数値がありません</translation>
    </message>
    <message>
        <source>published to %1</source>
        <translation>%1 にパブリッシュしました</translation>
    </message>
    <message>
        <source>Nothing to clear</source>
        <translation>消去するものはありません</translation>
    </message>
    <message>
        <source>No topic at or under “%1” has a retained message.</source>
        <translation>「%1」およびその下位のトピックに保持メッセージはありません。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ほか %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear the retained messages of %n topic(s) at or under “%1” on %2?</source>
        <translation>
            <numerusform>%2 の「%1」およびその下位にある %n 件のトピックの保持メッセージを消去しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>FleetDesk publishes an empty retained message to each topic, which removes it from the broker. Devices that read these topics when they start will find nothing. This cannot be undone.</source>
        <translation>FleetDesk が各トピックに空の保持メッセージをパブリッシュし、ブローカーから保持メッセージを削除します。起動時にこれらのトピックを読み込むデバイスは、何も受け取れなくなります。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Clear Retained Messages</source>
        <translation>保持メッセージの消去</translation>
    </message>
    <message numerus="yes">
        <source>Clear %n Retained Message(s)</source>
        <translation>
            <numerusform>%n 件の保持メッセージを消去</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cleared %n retained message(s)</source>
        <translation>
            <numerusform>%n 件の保持メッセージを消去しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>saved %n row(s) to %1</source>
        <translation>
            <numerusform>%n 行を %1 に保存しました</numerusform>
        </translation>
    </message>
    <message>
        <source>could not save %1: %2</source>
        <translation>%1 を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>ファイル %1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV ファイル (*.csv);;JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Export MQTT topics</source>
        <translation>MQTT トピックのエクスポート</translation>
    </message>
    <message>
        <source>Export topic history</source>
        <translation>トピック履歴のエクスポート</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>ブローカー</translation>
    </message>
    <message>
        <source>Brokers</source>
        <translation>ブローカー</translation>
    </message>
</context>
<context>
    <name>TopicHistoryModel</name>
    <message>
        <source>retained</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
    <message>
        <source>%1 (stored: first %2)</source>
        <translation>%1 (保存済み: 先頭 %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n バイト</numerusform>
        </translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信時刻</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>Retain</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>ペイロード</translation>
    </message>
</context>
<context>
    <name>TopicTreeModel</name>
    <message>
        <source>(empty level)</source>
        <translation>(空の階層)</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n 件のトピック</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
    <message>
        <source>retained</source>
        <translation>保持</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n byte(s))</source>
        <translation>
            <numerusform>%1 (%n バイト)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) below, %1 message(s)</source>
        <translation>
            <numerusform>下位トピック %n 件、メッセージ %1 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ数</translation>
    </message>
    <message>
        <source>Rate/s</source>
        <translation>件/秒</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>最終受信</translation>
    </message>
    <message>
        <source>Messages received on the topic and every topic below it</source>
        <translation>このトピックとその下位にあるすべてのトピックで受信したメッセージの数</translation>
    </message>
    <message>
        <source>Messages per second over the last second, with the topics below</source>
        <translation>直近 1 秒間の 1 秒あたりのメッセージ数 (下位のトピックを含む)</translation>
    </message>
    <message>
        <source>The last message arrived with the retain flag</source>
        <translation>最新のメッセージに Retain フラグが付いていました</translation>
    </message>
    <message>
        <source>When the newest message arrived (local time; UTC on hover)</source>
        <translation>最新のメッセージを受信した時刻 (ローカル時刻、ポイントすると UTC)</translation>
    </message>
</context>
<context>
    <name>TypedConfirmDialog</name>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>確認のため &lt;b&gt;%1&lt;/b&gt; と入力してください:</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>確認のため %1 と入力</translation>
    </message>
</context>
<context>
    <name>WriteAttributesDialog</name>
    <message>
        <source>Write attributes of %1</source>
        <translation>%1 の属性を書き込み</translation>
    </message>
    <message>
        <source>When the device sends notifications for %1. Leave a field empty to leave that attribute out.</source>
        <translation>%1 の通知をデバイスが送る条件です。空欄の属性は送信しません。</translation>
    </message>
    <message>
        <source>Minimum &amp;period (pmin):</source>
        <translation>最小間隔 (pmin)(&amp;P):</translation>
    </message>
    <message>
        <source>seconds between notifications, at least</source>
        <translation>通知の間隔の下限 (秒)</translation>
    </message>
    <message>
        <source>Maximum p&amp;eriod (pmax):</source>
        <translation>最大間隔 (pmax)(&amp;E):</translation>
    </message>
    <message>
        <source>seconds between notifications, at most</source>
        <translation>通知の間隔の上限 (秒)</translation>
    </message>
    <message>
        <source>&amp;Greater than (gt):</source>
        <translation>より大きい (gt)(&amp;G):</translation>
    </message>
    <message>
        <source>notify when the value rises above</source>
        <translation>値がこれを上回ったら通知</translation>
    </message>
    <message>
        <source>&amp;Less than (lt):</source>
        <translation>より小さい (lt)(&amp;L):</translation>
    </message>
    <message>
        <source>notify when the value falls below</source>
        <translation>値がこれを下回ったら通知</translation>
    </message>
    <message>
        <source>&amp;Step (st):</source>
        <translation>ステップ (st)(&amp;S):</translation>
    </message>
    <message>
        <source>notify when the value changes by at least</source>
        <translation>値がこれ以上変化したら通知</translation>
    </message>
    <message>
        <source>&amp;Write attributes</source>
        <translation>属性を書き込む(&amp;W)</translation>
    </message>
    <message>
        <source>%1 must be a whole number of seconds (0 or more).</source>
        <translation>%1 は 0 以上の整数 (秒) で指定してください。</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 は数値で指定してください。</translation>
    </message>
    <message>
        <source>pmin must not be greater than pmax.</source>
        <translation>pmin は pmax 以下にしてください。</translation>
    </message>
    <message>
        <source>lt must be less than gt.</source>
        <translation>lt は gt より小さくしてください。</translation>
    </message>
    <message>
        <source>st must not be negative.</source>
        <translation>st は負の値にできません。</translation>
    </message>
</context>
<context>
    <name>WriteValueDialog</name>
    <message>
        <source>Write %1</source>
        <translation>%1 に書き込み</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (path)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>型(&amp;T):</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>型:</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>Date and time (local)</source>
        <translation>日時 (ローカル時刻)</translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation>オブジェクト ID</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>インスタンス ID</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>値(&amp;V):</translation>
    </message>
    <message>
        <source>How to write</source>
        <translation>書き込み方法</translation>
    </message>
    <message>
        <source>&amp;Replace the resource %1</source>
        <translation>リソース %1 を置き換える(&amp;R)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換え</translation>
    </message>
    <message>
        <source>&amp;Partial update of instance %1 (only this resource changes)</source>
        <translation>インスタンス %1 を部分更新する (このリソースだけが変わります)(&amp;P)</translation>
    </message>
    <message>
        <source>Partial update</source>
        <translation>部分更新</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>書き込む(&amp;W)</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>%1～%2 の範囲です。</translation>
    </message>
    <message>
        <source>Bytes as hexadecimal digits, e.g. 0a1bff (spaces and a leading 0x are allowed).</source>
        <translation>バイト列を 16 進数で入力します。例: 0a1bff (空白や先頭の 0x も使えます)。</translation>
    </message>
    <message>
        <source>Local time; sent to the device as UTC.</source>
        <translation>ローカル時刻で入力します。デバイスには UTC で送信されます。</translation>
    </message>
    <message>
        <source>The object ID and instance ID the link points to.</source>
        <translation>リンク先のオブジェクト ID とインスタンス ID です。</translation>
    </message>
    <message>
        <source>The value must be from %1 to %2.</source>
        <translation>値は %1～%2 の範囲で指定してください。</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>整数を入力してください。</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>%1 は整数ではありません。</translation>
    </message>
    <message>
        <source>Enter a whole number of 0 or more.</source>
        <translation>0 以上の整数を入力してください。</translation>
    </message>
    <message>
        <source>%1 is not a whole number of 0 or more.</source>
        <translation>%1 は 0 以上の整数ではありません。</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>数値を入力してください。</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation>%1 は数値ではありません。</translation>
    </message>
    <message>
        <source>Enter pairs of hexadecimal digits (0–9, a–f), e.g. 0a1bff.</source>
        <translation>16 進数 (0～9、a～f) を 2 桁ずつ入力してください。例: 0a1bff</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s).</source>
        <translation>
            <numerusform>%n バイト。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for IoT device fleets</source>
        <translation>IoT デバイスフリート用デスクトップコンソール</translation>
    </message>
    <message>
        <source>Use the fleet cache at &lt;path&gt;.</source>
        <translation>&lt;path&gt; にあるフリートキャッシュを使用します。</translation>
    </message>
    <message>
        <source>Read connection profiles from &lt;path&gt;.</source>
        <translation>&lt;path&gt; から接続プロファイルを読み込みます。</translation>
    </message>
    <message>
        <source>Keep settings in the INI file &lt;file&gt; (tests, screenshots).</source>
        <translation>設定を INI ファイル &lt;file&gt; に保存します (テスト、スクリーンショット用)。</translation>
    </message>
    <message>
        <source>Show FleetDesk in &lt;language&gt; (en or ja).</source>
        <translation>FleetDesk を &lt;language&gt; (en または ja) で表示します。</translation>
    </message>
    <message>
        <source>Render the main window once the fleet is loaded, save it as the PNG &lt;file&gt; and exit.</source>
        <translation>フリートの読み込み後にメインウィンドウを描画し、PNG ファイル &lt;file&gt; として保存して終了します。</translation>
    </message>
    <message>
        <source>With --screenshot: connect to the servers, wait &lt;seconds&gt;, and show the first device&apos;s resources.</source>
        <translation>--screenshot と併用: サーバーに接続し、&lt;seconds&gt; 秒待ってから、最初のデバイスのリソースを表示します。</translation>
    </message>
    <message>
        <source>With --screenshot-live: show the MQTT &lt;topic&gt; in the Topics view instead of the device&apos;s resources.</source>
        <translation>--screenshot-live と併用: デバイスのリソースの代わりに、MQTT の &lt;topic&gt; をトピックビューに表示します。</translation>
    </message>
    <message>
        <source>Once the cache&apos;s devices are in the tree and the window has painted them, print &quot;ready_ms &lt;milliseconds since start&gt;&quot; and exit (benchmarks).</source>
        <translation>キャッシュのデバイスがツリーに表示され、ウィンドウに描画されたら、&quot;ready_ms &lt;起動からのミリ秒数&gt;&quot; を出力して終了します (ベンチマーク用)。</translation>
    </message>
    <message>
        <source>Start with the filter &lt;query&gt; (the fleet query language).</source>
        <translation>絞り込み条件 &lt;query&gt; (フリートのクエリ言語) を適用して起動します。</translation>
    </message>
    <message>
        <source>Group the device tree by &lt;field&gt;: site, model, firmware, health, protocol, server.</source>
        <translation>デバイスツリーを &lt;field&gt; でグループ化します: site、model、firmware、health、protocol、server。</translation>
    </message>
    <message>
        <source>Show the devices as a tree or a table (&lt;view&gt;: tree or table).</source>
        <translation>デバイスをツリーまたは表で表示します (&lt;view&gt;: tree または table)。</translation>
    </message>
    <message>
        <source>Select every device shown once the fleet is loaded.</source>
        <translation>フリートの読み込み後、表示されているすべてのデバイスを選択します。</translation>
    </message>
</context>
</TS>
