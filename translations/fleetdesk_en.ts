<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AmountEditor</name>
    <message>
        <source>devices</source>
        <translation></translation>
    </message>
    <message>
        <source>% of devices</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 — unit</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>BulkConfirmDialog</name>
    <message numerus="yes">
        <source>%1 %Ln device(s)?</source>
        <translation>
            <numerusform>%1 %Ln device?</numerusform>
            <numerusform>%1 %Ln devices?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %Ln device(s)</source>
        <translation>
            <numerusform>%1 %Ln device</numerusform>
            <numerusform>%1 %Ln devices</numerusform>
        </translation>
    </message>
    <message>
        <source>These devices:</source>
        <translation></translation>
    </message>
    <message>
        <source>Devices the operation acts on</source>
        <translation></translation>
    </message>
    <message>
        <source>This cannot be undone. Type the number of devices, %1, to confirm.</source>
        <translation></translation>
    </message>
    <message>
        <source>Number of devices, typed to confirm</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 %Ln Device(s)</source>
        <translation>
            <numerusform>%1 %Ln Device</numerusform>
            <numerusform>%1 %Ln Devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkProgressDialog</name>
    <message numerus="yes">
        <source>%1 — %Ln device(s)</source>
        <translation>
            <numerusform>%1 — %Ln device</numerusform>
            <numerusform>%1 — %Ln devices</numerusform>
        </translation>
    </message>
    <message>
        <source>Devices finished</source>
        <translation></translation>
    </message>
    <message>
        <source>Result per device</source>
        <translation></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel Remaining</source>
        <translation></translation>
    </message>
    <message>
        <source>Devices not started yet are skipped; devices already working finish or time out</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 finished: %Ln device(s).</source>
        <translation>
            <numerusform>%1 finished: %Ln device.</numerusform>
            <numerusform>%1 finished: %Ln devices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in progress: %2 of %Ln device(s) done.</source>
        <translation>
            <numerusform>%1 in progress: %2 of %Ln device done.</numerusform>
            <numerusform>%1 in progress: %2 of %Ln devices done.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation></translation>
    </message>
    <message>
        <source>.</source>
        <translation></translation>
    </message>
    <message>
        <source>Export results</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The results could not be saved to %1: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>BulkResultModel</name>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Device</source>
        <translation></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation></translation>
    </message>
    <message>
        <source>Started</source>
        <translation></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>BulkRun</name>
    <message>
        <source>cancelled before it started</source>
        <translation></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation></translation>
    </message>
    <message>
        <source>the device did not wake up in time</source>
        <translation></translation>
    </message>
    <message>
        <source>pending</source>
        <translation></translation>
    </message>
    <message>
        <source>running</source>
        <translation></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation></translation>
    </message>
    <message>
        <source>failed</source>
        <translation></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation></translation>
    </message>
    <message>
        <source>waiting for wake-up</source>
        <translation></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CacheDatabase</name>
    <message>
        <source>The cache is read-only; nothing was changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The cache %1 cannot be created: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The cache %1 is damaged (%2) and could not be moved aside.</source>
        <translation></translation>
    </message>
    <message>
        <source>A new cache %1 cannot be created: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The cache was damaged (%1). It was kept as %2 and a new, empty cache was started.</source>
        <translation></translation>
    </message>
    <message>
        <source>The cache %1 cannot be opened: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer FleetDesk (schema %2; this version knows %3). It is open read-only; nothing will be changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The cache %1 cannot be upgraded: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The cache %1 cannot be upgraded to schema %2: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>The cache is read-only; the audit log was not written.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CampaignCreator</name>
    <message>
        <source>The firmware library has no image %1 %2: import it first (fleetdesk-cli firmware import FILE).</source>
        <translation></translation>
    </message>
    <message>
        <source>Devices need a place to download %1 %2 from: serve it with FleetDesk&apos;s firmware server or give the image a download URL.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>The campaign was not created: %n problem(s).</source>
        <translation>
            <numerusform>The campaign was not created: %n problem.</numerusform>
            <numerusform>The campaign was not created: %n problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignDashboard</name>
    <message>
        <source>Campaign</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not %1 the campaign.</source>
        <translation></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not write the report to %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Run campaign</source>
        <translation></translation>
    </message>
    <message>
        <source>The campaign could not start in this window.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Run Here</source>
        <translation></translation>
    </message>
    <message>
        <source>Run the campaign in this window until it ends (closing FleetDesk leaves it for the next runner).</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation></translation>
    </message>
    <message>
        <source>Devices in flight finish their update; no new device starts.</source>
        <translation></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Abort…</source>
        <translation></translation>
    </message>
    <message>
        <source>Stop the campaign for good: devices that have not started are cancelled.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Export Report</source>
        <translation></translation>
    </message>
    <message>
        <source>As &amp;CSV…</source>
        <translation></translation>
    </message>
    <message>
        <source>As &amp;PDF…</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;b&gt;Progress per wave&lt;/b&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>Wave</source>
        <translation></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation></translation>
    </message>
    <message>
        <source>In flight</source>
        <translation></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;b&gt;Progress over time&lt;/b&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation></translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation></translation>
    </message>
    <message>
        <source>All devices</source>
        <translation></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation></translation>
    </message>
    <message>
        <source>Result code</source>
        <translation></translation>
    </message>
    <message>
        <source>Failed devices</source>
        <translation></translation>
    </message>
    <message>
        <source>De&amp;vices</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Failures by Reason</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No campaigns yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Create one with &lt;i&gt;Campaigns → New Campaign…&lt;/i&gt; or &lt;tt&gt;fleetdesk-cli campaign create FILE.json&lt;/tt&gt;; it appears here as soon as it is stored.&lt;/p&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not read the campaign: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Created %1 by %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; by itself — %2</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;i&gt;%1 requested; the runner takes it within a second&lt;/i&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>Firmware %1 %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Runs in this window</source>
        <translation></translation>
    </message>
    <message>
        <source>Run by fleetdesk-cli (process %1 on %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>Run by another FleetDesk window (process %1 on %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>No runner: start it here or with fleetdesk-cli campaign run %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of %2 devices done (%3 %) · %4 succeeded · %5 failed · %6 in flight</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation></translation>
    </message>
    <message>
        <source>; </source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n more</numerusform>
            <numerusform>… %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Failures by Reason (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>All devices (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>In flight (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>Appro&amp;ve Next Wave</source>
        <translation></translation>
    </message>
    <message>
        <source>Running campaigns in this window is not available.</source>
        <translation></translation>
    </message>
    <message>
        <source>This window already runs a campaign.</source>
        <translation></translation>
    </message>
    <message>
        <source>Another runner (fleetdesk-cli or another window) runs this campaign; steer it with Pause, Resume and Abort.</source>
        <translation></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation></translation>
    </message>
    <message>
        <source>Abort Campaign</source>
        <translation></translation>
    </message>
    <message>
        <source>Abort the campaign “%1”?</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) that have not started will be cancelled</source>
        <translation>
            <numerusform>%n device that have not started will be cancelled</numerusform>
            <numerusform>%n devices that have not started will be cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) in flight finish their update.</source>
        <translation>
            <numerusform>%n device in flight finish their update.</numerusform>
            <numerusform>%n devices in flight finish their update.</numerusform>
        </translation>
    </message>
    <message>
        <source>An aborted campaign cannot be resumed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Abort “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation></translation>
    </message>
    <message>
        <source>Export Report as CSV</source>
        <translation></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation></translation>
    </message>
    <message>
        <source>Run here</source>
        <translation></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation></translation>
    </message>
    <message>
        <source>Progress per wave</source>
        <translation></translation>
    </message>
    <message>
        <source>Devices of the campaign</source>
        <translation></translation>
    </message>
    <message>
        <source>Show devices in state</source>
        <translation></translation>
    </message>
    <message>
        <source>Device states</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CampaignDeviceModel</name>
    <message>
        <source>Canary</source>
        <translation></translation>
    </message>
    <message>
        <source>Wave %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation></translation>
    </message>
    <message>
        <source>The device never came back after its update.</source>
        <translation></translation>
    </message>
    <message>
        <source>LwM2M</source>
        <translation></translation>
    </message>
    <message>
        <source>MQTT</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Device</source>
        <translation></translation>
    </message>
    <message>
        <source>Model</source>
        <translation></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation></translation>
    </message>
    <message>
        <source>Wave</source>
        <translation></translation>
    </message>
    <message>
        <source>State</source>
        <translation></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation></translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation></translation>
    </message>
    <message>
        <source>Result</source>
        <translation></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation></translation>
    </message>
    <message>
        <source>Started</source>
        <translation></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CampaignDraft</name>
    <message>
        <source>Choose a CSV file with the devices.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The CSV file cannot be read: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The CSV file lists no device.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the firmware to install.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2 is not in the firmware library: import the image first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter a fleet query (an empty one would target every device).</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a smart group.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a static group.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no smart group &quot;%1&quot;.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no static group &quot;%1&quot;.</source>
        <translation></translation>
    </message>
    <message>
        <source>The smart group &quot;%1&quot; has an invalid query: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>No device is selected in the window: select devices first, or choose another kind of target.</source>
        <translation></translation>
    </message>
    <message>
        <source>The window has no days: it never opens. Tick at least one day.</source>
        <translation></translation>
    </message>
    <message>
        <source>The document</source>
        <translation></translation>
    </message>
    <message>
        <source>Format version</source>
        <translation></translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation></translation>
    </message>
    <message>
        <source>Firmware — model</source>
        <translation></translation>
    </message>
    <message>
        <source>Firmware — version</source>
        <translation></translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation></translation>
    </message>
    <message>
        <source>Targets — fleet query</source>
        <translation></translation>
    </message>
    <message>
        <source>Targets — group</source>
        <translation></translation>
    </message>
    <message>
        <source>Targets — device %1 of the list</source>
        <translation></translation>
    </message>
    <message>
        <source>Targets — device list</source>
        <translation></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation></translation>
    </message>
    <message>
        <source>Wave 1 (canary) — size</source>
        <translation></translation>
    </message>
    <message>
        <source>Wave %1 — size</source>
        <translation></translation>
    </message>
    <message>
        <source>Waves</source>
        <translation></translation>
    </message>
    <message>
        <source>Devices updating at once</source>
        <translation></translation>
    </message>
    <message>
        <source>Device timeout</source>
        <translation></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation></translation>
    </message>
    <message>
        <source>Success threshold</source>
        <translation></translation>
    </message>
    <message>
        <source>Error threshold</source>
        <translation></translation>
    </message>
    <message>
        <source>On errors</source>
        <translation></translation>
    </message>
    <message>
        <source>Approval after each wave</source>
        <translation></translation>
    </message>
    <message>
        <source>Maintenance window — days</source>
        <translation></translation>
    </message>
    <message>
        <source>Maintenance window — opens at</source>
        <translation></translation>
    </message>
    <message>
        <source>Maintenance window — closes at</source>
        <translation></translation>
    </message>
    <message>
        <source>Maintenance window — time zone</source>
        <translation></translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation></translation>
    </message>
    <message>
        <source>Group order — stage %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Group order</source>
        <translation></translation>
    </message>
    <message>
        <source>Preconditions — minimum battery</source>
        <translation></translation>
    </message>
    <message>
        <source>Preconditions — minimum signal</source>
        <translation></translation>
    </message>
    <message>
        <source>Preconditions</source>
        <translation></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CampaignDryRunPage</name>
    <message>
        <source>Dry Run</source>
        <translation></translation>
    </message>
    <message>
        <source>Every targeted device, whether it would take part or why it is skipped. Nothing is sent to any device from this page.</source>
        <translation></translation>
    </message>
    <message>
        <source>Checking the targets</source>
        <translation></translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation></translation>
    </message>
    <message>
        <source>Targeted devices</source>
        <translation></translation>
    </message>
    <message>
        <source>Checking the targeted devices against the fleet cache…</source>
        <translation></translation>
    </message>
    <message>
        <source>The dry run failed: %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) targeted: </source>
        <translation>
            <numerusform>%n device targeted: </numerusform>
            <numerusform>%n devices targeted: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n eligible, </source>
        <translation>
            <numerusform>%n eligible, </numerusform>
            <numerusform>%n eligible, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped.</source>
        <translation>
            <numerusform>%n skipped.</numerusform>
            <numerusform>%n skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated %1 and %2 to download with the current rollout settings.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Skipped because — %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n listed device(s) are not in the fleet: %1</source>
        <translation>
            <numerusform>%n listed device are not in the fleet: %1</numerusform>
            <numerusform>%n listed devices are not in the fleet: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignEngine</name>
    <message>
        <source>The fleet cache is read-only: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>started by %1</source>
        <translation></translation>
    </message>
    <message>
        <source>another runner took over this campaign</source>
        <translation></translation>
    </message>
    <message>
        <source>never came back with the new version within %1 s</source>
        <translation></translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 succeeded, %2 failed, %3 skipped</source>
        <translation></translation>
    </message>
    <message>
        <source>paused by an operator</source>
        <translation></translation>
    </message>
    <message>
        <source>resumed by an operator</source>
        <translation></translation>
    </message>
    <message>
        <source>aborted by an operator</source>
        <translation></translation>
    </message>
    <message>
        <source>the canary</source>
        <translation></translation>
    </message>
    <message>
        <source>wave %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2 of %3 devices failed, more than the error threshold allows (%4)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 finished with %2 of %3 devices updated; %4 are needed to go on</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 finished (%2 of %3 updated): waiting for an operator to resume</source>
        <translation></translation>
    </message>
    <message>
        <source>the campaign expired at %1</source>
        <translation></translation>
    </message>
    <message>
        <source>a later stage of the group order is held: devices of an earlier stage failed</source>
        <translation></translation>
    </message>
    <message>
        <source>no connection to the device&apos;s server or broker</source>
        <translation></translation>
    </message>
    <message>
        <source>the device is no longer in the fleet cache</source>
        <translation></translation>
    </message>
    <message>
        <source>already runs %1</source>
        <translation></translation>
    </message>
    <message>
        <source>attempt %1: sending %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot;: download of %2 requested</source>
        <translation></translation>
    </message>
    <message>
        <source>busy: the device refused the download (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>the device refused the download: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Execute Update was refused: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>the download failed: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>the device reports the package downloaded</source>
        <translation></translation>
    </message>
    <message>
        <source>sending Execute Update</source>
        <translation></translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot;: installing %2</source>
        <translation></translation>
    </message>
    <message>
        <source>the device is installing</source>
        <translation></translation>
    </message>
    <message>
        <source>the device refused to install: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>came back on %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>attempt %1 failed: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot;: update failed — %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot;: skipped — %2</source>
        <translation></translation>
    </message>
    <message>
        <source>reports %1 after its reboot</source>
        <translation></translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot;: updated to %2</source>
        <translation></translation>
    </message>
    <message>
        <source>could not write to the fleet cache: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CampaignFirmwarePage</name>
    <message>
        <source>Firmware</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the image to install from the firmware library, and name the campaign.</source>
        <translation></translation>
    </message>
    <message>
        <source>Reading the firmware library…</source>
        <translation></translation>
    </message>
    <message>
        <source>Firmware images</source>
        <translation></translation>
    </message>
    <message>
        <source>Model</source>
        <translation></translation>
    </message>
    <message>
        <source>Version</source>
        <translation></translation>
    </message>
    <message>
        <source>Size</source>
        <translation></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation></translation>
    </message>
    <message>
        <source>Download URL</source>
        <translation></translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. LT-500 to 1.1.0, Hamburg first</source>
        <translation></translation>
    </message>
    <message>
        <source>Campaign &amp;name:</source>
        <translation></translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation></translation>
    </message>
    <message>
        <source>Signed, verified</source>
        <translation></translation>
    </message>
    <message>
        <source>Signed, not verified</source>
        <translation></translation>
    </message>
    <message>
        <source>— (FleetDesk serves it)</source>
        <translation></translation>
    </message>
    <message>
        <source>The firmware library could not be read: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The firmware library is empty. Import an image first (Firmware Library in the window, or fleetdesk-cli firmware import FILE).</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) in the library. Select the one to install.</source>
        <translation>
            <numerusform>%n image in the library. Select the one to install.</numerusform>
            <numerusform>%n images in the library. Select the one to install.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignNotifier</name>
    <message>
        <source>Campaign “%1” aborted itself: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Campaign “%1” paused itself: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Campaign aborted: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Campaign paused: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>FleetDesk</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CampaignPdfReport</name>
    <message>
        <source>Waves</source>
        <translation></translation>
    </message>
    <message>
        <source>Wave</source>
        <translation></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation></translation>
    </message>
    <message>
        <source>In flight</source>
        <translation></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation></translation>
    </message>
    <message>
        <source>Done</source>
        <translation></translation>
    </message>
    <message>
        <source>The campaign has no devices.</source>
        <translation></translation>
    </message>
    <message>
        <source>Failures by reason</source>
        <translation></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation></translation>
    </message>
    <message>
        <source>Share</source>
        <translation></translation>
    </message>
    <message>
        <source>No device failed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Skipped by reason</source>
        <translation></translation>
    </message>
    <message>
        <source>Device</source>
        <translation></translation>
    </message>
    <message>
        <source>Model</source>
        <translation></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation></translation>
    </message>
    <message>
        <source>State</source>
        <translation></translation>
    </message>
    <message>
        <source>Att.</source>
        <translation></translation>
    </message>
    <message>
        <source>From</source>
        <translation></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation></translation>
    </message>
    <message>
        <source>Result</source>
        <translation></translation>
    </message>
    <message>
        <source>Started</source>
        <translation></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation></translation>
    </message>
    <message>
        <source>Firmware update campaign report</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Package</source>
        <translation></translation>
    </message>
    <message>
        <source>not set</source>
        <translation></translation>
    </message>
    <message>
        <source>Created</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Started / finished</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation></translation>
    </message>
    <message>
        <source>—</source>
        <translation></translation>
    </message>
    <message>
        <source>Rollout settings</source>
        <translation></translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation></translation>
    </message>
    <message>
        <source>No device has started yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>Succeeded (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Devices over time (local time, UTC%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s); times are local</source>
        <translation>
            <numerusform>%n device; times are local</numerusform>
            <numerusform>%n devices; times are local</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated %1 by FleetDesk</source>
        <translation></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Campaign report: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 could not be written: the PDF could not be started</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CampaignPlanModel</name>
    <message>
        <source>Skipped</source>
        <translation></translation>
    </message>
    <message>
        <source>Eligible — wave 1 (canary)</source>
        <translation></translation>
    </message>
    <message>
        <source>Eligible — wave %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation></translation>
    </message>
    <message>
        <source>—</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 dBm</source>
        <translation></translation>
    </message>
    <message>
        <source>Device</source>
        <translation></translation>
    </message>
    <message>
        <source>Model</source>
        <translation></translation>
    </message>
    <message>
        <source>Site</source>
        <translation></translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation></translation>
    </message>
    <message>
        <source>Battery</source>
        <translation></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CampaignPlanner</name>
    <message>
        <source>Wrong model</source>
        <translation></translation>
    </message>
    <message>
        <source>Already on the version</source>
        <translation></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation></translation>
    </message>
    <message>
        <source>No server or broker</source>
        <translation></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation></translation>
    </message>
    <message>
        <source>Sleeping, no wake-up expected</source>
        <translation></translation>
    </message>
    <message>
        <source>Battery too low</source>
        <translation></translation>
    </message>
    <message>
        <source>Signal too weak</source>
        <translation></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation></translation>
    </message>
    <message>
        <source>Firmware update already in progress</source>
        <translation></translation>
    </message>
    <message>
        <source>In another campaign</source>
        <translation></translation>
    </message>
    <message>
        <source>Same device through another connection</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no static group or saved filter named &quot;%1&quot;.</source>
        <translation></translation>
    </message>
    <message>
        <source>The target query is not valid: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>offline (not registered or connected)</source>
        <translation></translation>
    </message>
    <message>
        <source>its server or broker does not answer: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>sleeping (queue mode), no wake-up expected</source>
        <translation></translation>
    </message>
    <message>
        <source>battery level unknown (at least %1 % needed)</source>
        <translation></translation>
    </message>
    <message>
        <source>battery %1 % below %2 %</source>
        <translation></translation>
    </message>
    <message>
        <source>signal strength unknown (at least %1 dBm needed)</source>
        <translation></translation>
    </message>
    <message>
        <source>signal %1 dBm below %2 dBm</source>
        <translation></translation>
    </message>
    <message>
        <source>busy (rebooting or another operation)</source>
        <translation></translation>
    </message>
    <message>
        <source>its firmware update object is not idle (state %1) — another console may be updating it</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) match no device: %1</source>
        <translation>
            <numerusform>%n target match no device: %1</numerusform>
            <numerusform>%n targets match no device: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the same device (serial %1) is updated through %2 (%3)</source>
        <translation></translation>
    </message>
    <message>
        <source>model %1, the image is for %2</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation></translation>
    </message>
    <message>
        <source>already runs %1</source>
        <translation></translation>
    </message>
    <message>
        <source>retired</source>
        <translation></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation></translation>
    </message>
    <message>
        <source>not bound to an LwM2M server or MQTT broker</source>
        <translation></translation>
    </message>
    <message>
        <source>taking part in another campaign that has not finished</source>
        <translation></translation>
    </message>
    <message>
        <source>offline, last seen %1</source>
        <translation></translation>
    </message>
    <message>
        <source>offline, never seen</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CampaignProblemLabel</name>
    <message>
        <source>under a minute</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>about %n min</numerusform>
            <numerusform>about %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>about %n day(s)</source>
        <translation>
            <numerusform>about %n day</numerusform>
            <numerusform>about %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CampaignReportData</name>
    <message>
        <source>%1 %</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation></translation>
    </message>
    <message>
        <source>no</source>
        <translation></translation>
    </message>
    <message>
        <source>No reason recorded</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation></translation>
    </message>
    <message>
        <source>query %1</source>
        <translation></translation>
    </message>
    <message>
        <source>group %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n listed device(s)</source>
        <translation>
            <numerusform>%n listed device</numerusform>
            <numerusform>%n listed devices</numerusform>
        </translation>
    </message>
    <message>
        <source>Waves</source>
        <translation></translation>
    </message>
    <message>
        <source>one wave</source>
        <translation></translation>
    </message>
    <message>
        <source> (devices per wave: %1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation></translation>
    </message>
    <message>
        <source>Device timeout</source>
        <translation></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation></translation>
    </message>
    <message>
        <source>Success threshold</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 per wave</source>
        <translation></translation>
    </message>
    <message>
        <source>Error threshold</source>
        <translation></translation>
    </message>
    <message>
        <source>On error</source>
        <translation></translation>
    </message>
    <message>
        <source>pause</source>
        <translation></translation>
    </message>
    <message>
        <source>abort</source>
        <translation></translation>
    </message>
    <message>
        <source>Approval after each wave</source>
        <translation></translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2–%3 (%4)</source>
        <translation></translation>
    </message>
    <message>
        <source>every day</source>
        <translation></translation>
    </message>
    <message>
        <source>always open</source>
        <translation></translation>
    </message>
    <message>
        <source>Group order</source>
        <translation></translation>
    </message>
    <message>
        <source>none</source>
        <translation></translation>
    </message>
    <message>
        <source>online</source>
        <translation></translation>
    </message>
    <message>
        <source>battery ≥ %1 %</source>
        <translation></translation>
    </message>
    <message>
        <source>signal ≥ %1 dBm</source>
        <translation></translation>
    </message>
    <message>
        <source>not busy</source>
        <translation></translation>
    </message>
    <message>
        <source>Preconditions</source>
        <translation></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation></translation>
    </message>
    <message>
        <source>Canary</source>
        <translation></translation>
    </message>
    <message>
        <source>Wave %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <source>Could not store the campaign: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>created by %1</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not record the device&apos;s step: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>campaign aborted before the device started</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown campaign command &quot;%1&quot; (pause, resume or abort).</source>
        <translation></translation>
    </message>
    <message>
        <source>Campaign %1 is %2: nothing to %3.</source>
        <translation></translation>
    </message>
    <message>
        <source>Campaign %1 is already running.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation></translation>
    </message>
    <message>
        <source>aborted by %1</source>
        <translation></translation>
    </message>
    <message>
        <source>paused by %1</source>
        <translation></translation>
    </message>
    <message>
        <source>resumed by %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Campaign %1 is already run by process %2 on %3 (last heartbeat %4).</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CampaignReviewPage</name>
    <message>
        <source>Review and Start</source>
        <translation></translation>
    </message>
    <message>
        <source>The campaign document as FleetDesk will store it. Start creates the campaign; the canary wave begins when it runs.</source>
        <translation></translation>
    </message>
    <message>
        <source>Campaign &amp;document:</source>
        <translation></translation>
    </message>
    <message>
        <source>Campaign document (JSON)</source>
        <translation></translation>
    </message>
    <message>
        <source>Sa&amp;ve Document…</source>
        <translation></translation>
    </message>
    <message>
        <source>Checking the campaign</source>
        <translation></translation>
    </message>
    <message>
        <source>Problems to fix before starting:</source>
        <translation></translation>
    </message>
    <message>
        <source>Devices download the image from</source>
        <translation></translation>
    </message>
    <message>
        <source>FleetDesk&apos;s &amp;firmware server at</source>
        <translation></translation>
    </message>
    <message>
        <source>Firmware server address (host:port)</source>
        <translation></translation>
    </message>
    <message>
        <source>host:port</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;HTTPS</source>
        <translation></translation>
    </message>
    <message>
        <source>Pick an address devices can reach: on site, the laptop&apos;s address in the devices&apos; network.</source>
        <translation></translation>
    </message>
    <message>
        <source>The image&apos;s download URL: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The image&apos;s download URL (this image has none)</source>
        <translation></translation>
    </message>
    <message>
        <source>Checking the campaign against the fleet…</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) will be updated</source>
        <translation>
            <numerusform>%n device will be updated</numerusform>
            <numerusform>%n devices will be updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n wave(s) (%1)</source>
        <translation>
            <numerusform> in %n wave (%1)</numerusform>
            <numerusform> in %n waves (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n skipped.</source>
        <translation>
            <numerusform>; %n skipped.</numerusform>
            <numerusform>; %n skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>The campaign was not created.</source>
        <translation></translation>
    </message>
    <message>
        <source>The firmware server address is HOST:PORT, e.g. %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation></translation>
    </message>
    <message>
        <source>No problems found: ready to start.</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CampaignRolloutPage</name>
    <message>
        <source>Rollout</source>
        <translation></translation>
    </message>
    <message>
        <source>How the campaign proceeds: waves, pace, when it stops itself, when devices may start, in which order, and what a device must satisfy first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Waves</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Add Wave</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove Last &amp;Wave</source>
        <translation></translation>
    </message>
    <message>
        <source>The first wave is the canary. Devices left after the last wave form one more wave. A percentage is of the eligible devices.</source>
        <translation></translation>
    </message>
    <message>
        <source>Pace</source>
        <translation></translation>
    </message>
    <message>
        <source>Devices updating at once</source>
        <translation></translation>
    </message>
    <message>
        <source>Devices updating at &amp;once:</source>
        <translation></translation>
    </message>
    <message>
        <source> s</source>
        <translation></translation>
    </message>
    <message>
        <source>Device timeout in seconds</source>
        <translation></translation>
    </message>
    <message>
        <source>From the first command to a device until it reports the new version after its reboot.</source>
        <translation></translation>
    </message>
    <message>
        <source>Device &amp;timeout:</source>
        <translation></translation>
    </message>
    <message>
        <source>Retries per device</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Retries per device:</source>
        <translation></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation></translation>
    </message>
    <message>
        <source>Success threshold</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Succeeded per wave to go on:</source>
        <translation></translation>
    </message>
    <message>
        <source>Error threshold</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Failures per wave allowed:</source>
        <translation></translation>
    </message>
    <message>
        <source>When more fail</source>
        <translation></translation>
    </message>
    <message>
        <source>Pause the campaign</source>
        <translation></translation>
    </message>
    <message>
        <source>Abort the campaign</source>
        <translation></translation>
    </message>
    <message>
        <source>When &amp;more fail:</source>
        <translation></translation>
    </message>
    <message>
        <source>Wait for an operator&apos;s appro&amp;val after each wave</source>
        <translation></translation>
    </message>
    <message>
        <source>Only start devices inside a maintenance &amp;window</source>
        <translation></translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation></translation>
    </message>
    <message>
        <source>Days:</source>
        <translation></translation>
    </message>
    <message>
        <source>Window opens at</source>
        <translation></translation>
    </message>
    <message>
        <source>Window closes at</source>
        <translation></translation>
    </message>
    <message>
        <source>to</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation></translation>
    </message>
    <message>
        <source>Time zone of the window</source>
        <translation></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation></translation>
    </message>
    <message>
        <source>A window that ends before it starts spans midnight and belongs to the day it opens.</source>
        <translation></translation>
    </message>
    <message>
        <source>Group order</source>
        <translation></translation>
    </message>
    <message>
        <source>Group order: one stage per line, device tags separated by commas</source>
        <translation></translation>
    </message>
    <message>
        <source>gateway
sensor, meter</source>
        <translation></translation>
    </message>
    <message>
        <source>One stage per line, device tags separated by commas. A stage starts when every device of the earlier stages has succeeded; untagged devices come last.</source>
        <translation></translation>
    </message>
    <message>
        <source>Preconditions (checked again right before each device)</source>
        <translation></translation>
    </message>
    <message>
        <source>Device is o&amp;nline</source>
        <translation></translation>
    </message>
    <message>
        <source>Device is not b&amp;usy</source>
        <translation></translation>
    </message>
    <message>
        <source>Not rebooting, not in another operation or campaign, firmware update object idle.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Battery at least</source>
        <translation></translation>
    </message>
    <message>
        <source> %</source>
        <translation></translation>
    </message>
    <message>
        <source>Minimum battery</source>
        <translation></translation>
    </message>
    <message>
        <source>Si&amp;gnal at least</source>
        <translation></translation>
    </message>
    <message>
        <source> dBm</source>
        <translation></translation>
    </message>
    <message>
        <source>Minimum signal</source>
        <translation></translation>
    </message>
    <message>
        <source>The campaign e&amp;xpires</source>
        <translation></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation></translation>
    </message>
    <message>
        <source>Expires at (UTC)</source>
        <translation></translation>
    </message>
    <message>
        <source>at</source>
        <translation></translation>
    </message>
    <message>
        <source>UTC — nothing starts after it</source>
        <translation></translation>
    </message>
    <message>
        <source>Wave 1 (canary):</source>
        <translation></translation>
    </message>
    <message>
        <source>Wave 1 (&amp;canary):</source>
        <translation></translation>
    </message>
    <message>
        <source>Wave %1:</source>
        <translation></translation>
    </message>
    <message>
        <source>Wave 1 (canary) size</source>
        <translation></translation>
    </message>
    <message>
        <source>Wave %1 size</source>
        <translation></translation>
    </message>
    <message>
        <source>Without waves, all eligible devices form one wave.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CampaignRunController</name>
    <message>
        <source>This window already runs campaign %1; stop it first.</source>
        <translation></translation>
    </message>
    <message>
        <source>No secret stored for %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CampaignSpec</name>
    <message>
        <source>Unknown key &quot;%1&quot;.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; — did you mean &quot;%2&quot;?</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty text.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object.</source>
        <translation></translation>
    </message>
    <message>
        <source>Expected {&quot;count&quot;: N} or {&quot;percent&quot;: P}.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give exactly one of &quot;count&quot; and &quot;percent&quot;.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;percent&quot; must be a number from 0 to 100.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>A campaign is a JSON object.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;version&quot; is missing (it is 1).</source>
        <translation></translation>
    </message>
    <message>
        <source>This FleetDesk reads campaign format version %1 only.</source>
        <translation></translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;firmware&quot; is missing.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;targets&quot; is missing.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give exactly one of &quot;query&quot;, &quot;group&quot; and &quot;devices&quot;.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;devices&quot; must be a non-empty list of device ids, names or endpoints.</source>
        <translation></translation>
    </message>
    <message>
        <source>A device is named by a non-empty text.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;waves&quot; must be a list.</source>
        <translation></translation>
    </message>
    <message>
        <source>A wave is an object with a &quot;size&quot;.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;size&quot; is missing.</source>
        <translation></translation>
    </message>
    <message>
        <source>A wave needs at least one device.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;on_error&quot; is &quot;pause&quot; or &quot;abort&quot;.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;days&quot; is a list such as [&quot;mon&quot;, &quot;tue&quot;].</source>
        <translation></translation>
    </message>
    <message>
        <source>Days are mon, tue, wed, thu, fri, sat and sun.</source>
        <translation></translation>
    </message>
    <message>
        <source>The window has no days: it never opens.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a time of day as HH:MM (00:00–23:59).</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this system knows (use an IANA name such as Europe/Berlin or Asia/Tokyo).</source>
        <translation></translation>
    </message>
    <message>
        <source>The window opens and closes at the same time: it is never open.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;order&quot; is a list of stages, each a list of device tags.</source>
        <translation></translation>
    </message>
    <message>
        <source>A stage is a non-empty list of device tags.</source>
        <translation></translation>
    </message>
    <message>
        <source>A tag is a non-empty text.</source>
        <translation></translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is in more than one stage.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;expires&quot; is a date and time with its offset, e.g. 2026-12-24T18:00:00+01:00.</source>
        <translation></translation>
    </message>
    <message>
        <source>The campaign expired on %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The maintenance window never opens before the campaign expires (%1).</source>
        <translation></translation>
    </message>
    <message>
        <source>The maintenance window never opens.</source>
        <translation></translation>
    </message>
    <message>
        <source>No targeted device is eligible.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>The canary wave (%1 devices) is larger than the %n eligible device(s).</source>
        <translation>
            <numerusform>The canary wave (%1 devices) is larger than the %n eligible device.</numerusform>
            <numerusform>The canary wave (%1 devices) is larger than the %n eligible devices.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wave %1 has %2 device(s), fewer than the success threshold of %3: it can never succeed.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CampaignTargetsPage</name>
    <message>
        <source>Targets</source>
        <translation></translation>
    </message>
    <message>
        <source>Which devices the campaign is for. The dry run on the next page shows which of them can take part.</source>
        <translation></translation>
    </message>
    <message>
        <source>Devices matching a fleet &amp;query:</source>
        <translation></translation>
    </message>
    <message>
        <source>Fleet query</source>
        <translation></translation>
    </message>
    <message>
        <source>model:LT-500 fw:&lt;1.1.0 -lifecycle:retired</source>
        <translation></translation>
    </message>
    <message>
        <source>A s&amp;mart group (saved filter):</source>
        <translation></translation>
    </message>
    <message>
        <source>Smart group</source>
        <translation></translation>
    </message>
    <message>
        <source>A s&amp;tatic group:</source>
        <translation></translation>
    </message>
    <message>
        <source>Static group</source>
        <translation></translation>
    </message>
    <message>
        <source>The devices se&amp;lected in the window</source>
        <translation></translation>
    </message>
    <message>
        <source>A &amp;list of devices from a CSV file:</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation></translation>
    </message>
    <message>
        <source>A file with one device id, name or endpoint per row</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation></translation>
    </message>
    <message>
        <source>Terms as in the window&apos;s filter box: model:, fw:&lt;, site:, in:&quot;group&quot;, saved:&quot;filter&quot;, -lifecycle:retired. Ctrl+Space completes.</source>
        <translation></translation>
    </message>
    <message>
        <source>With a header row, the column named id, name or endpoint is used; otherwise the first column. Devices that are not in the fleet are listed in the dry run, never dropped silently.</source>
        <translation></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message>
        <source>No device is selected in the window.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>The devices se&amp;lected in the window (%n)</source>
        <translation>
            <numerusform>The devices se&amp;lected in the window (%n)</numerusform>
            <numerusform>The devices se&amp;lected in the window (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Devices for the Campaign</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) in the file</source>
        <translation>
            <numerusform>%n device in the file</numerusform>
            <numerusform>%n devices in the file</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignText</name>
    <message>
        <source>Pending</source>
        <translation></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation></translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation></translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation></translation>
    </message>
    <message>
        <source>Updating</source>
        <translation></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation></translation>
    </message>
    <message>
        <source>Running</source>
        <translation></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation></translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation></translation>
    </message>
    <message>
        <source>Initial value (no result yet)</source>
        <translation></translation>
    </message>
    <message>
        <source>Firmware updated successfully</source>
        <translation></translation>
    </message>
    <message>
        <source>Not enough flash memory for the package</source>
        <translation></translation>
    </message>
    <message>
        <source>Out of RAM during download</source>
        <translation></translation>
    </message>
    <message>
        <source>Connection lost during download</source>
        <translation></translation>
    </message>
    <message>
        <source>Integrity check failure</source>
        <translation></translation>
    </message>
    <message>
        <source>Unsupported package type</source>
        <translation></translation>
    </message>
    <message>
        <source>Invalid URI</source>
        <translation></translation>
    </message>
    <message>
        <source>Firmware update failed</source>
        <translation></translation>
    </message>
    <message>
        <source>Unsupported protocol</source>
        <translation></translation>
    </message>
    <message>
        <source>Result %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CampaignWizard</name>
    <message>
        <source>New Firmware Campaign</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Start Campaign</source>
        <translation></translation>
    </message>
    <message>
        <source>Save Campaign Document</source>
        <translation></translation>
    </message>
    <message>
        <source>Campaign documents (*.json)</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The campaign was not created.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ChartsDock</name>
    <message>
        <source>No live values</source>
        <translation></translation>
    </message>
    <message>
        <source>Observe a numeric resource of an LwM2M device to chart it live. Charts only ever show real readings, with their recorded history.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ConnectionManagerDialog</name>
    <message>
        <source>Connections</source>
        <translation></translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation></translation>
    </message>
    <message>
        <source>Check that FleetDesk can reach the server and that its certificate verifies. Sends no password.</source>
        <translation></translation>
    </message>
    <message>
        <source>Import from &amp;sandbox…</source>
        <translation></translation>
    </message>
    <message>
        <source>Add the servers of a running FleetDesk sandbox from its sandbox.json file.</source>
        <translation></translation>
    </message>
    <message>
        <source>Result</source>
        <translation></translation>
    </message>
    <message>
        <source>Close</source>
        <translation></translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The profile “%1” was saved, but its secret could not be stored in the system keychain: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove connection?</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove the connection profile “%1”?</source>
        <translation></translation>
    </message>
    <message>
        <source>Its stored secret is removed from the system keychain as well. Devices bound to this profile stay in the cache.</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation></translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” could not be reached: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Testing “%1”…</source>
        <translation></translation>
    </message>
    <message>
        <source>Import the sandbox&apos;s connections</source>
        <translation></translation>
    </message>
    <message>
        <source>Sandbox description (sandbox.json)</source>
        <translation></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation></translation>
    </message>
    <message>
        <source>The sandbox file could not be read: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The sandbox file lists no usable connection.</source>
        <translation></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The profiles could not be saved: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Broker acc&amp;ounts…</source>
        <translation></translation>
    </message>
    <message>
        <source>List and manage the broker&apos;s accounts (mosquitto dynamic security). The profile&apos;s account must be an administrator.</source>
        <translation></translation>
    </message>
    <message>
        <source>The profile&apos;s password could not be read: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>The file is empty: the first line must name the columns.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot; (column %2). Known columns: %3.</source>
        <translation></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; appears twice.</source>
        <translation></translation>
    </message>
    <message>
        <source>The required column &quot;name&quot; is missing.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation></translation>
    </message>
    <message>
        <source>id &quot;%1&quot; is not a UUID</source>
        <translation></translation>
    </message>
    <message>
        <source>protocol &quot;%1&quot; is not lwm2m or mqtt</source>
        <translation></translation>
    </message>
    <message>
        <source>profile and endpoint need a protocol</source>
        <translation></translation>
    </message>
    <message>
        <source>lifecycle &quot;%1&quot; is not one of provisioned, active, disabled, retired</source>
        <translation></translation>
    </message>
    <message>
        <source>id %1 already appears on line %2</source>
        <translation></translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot; on profile &quot;%2&quot; already appears on line %3</source>
        <translation></translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot; on profile &quot;%2&quot; already belongs to another device in the cache</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import devices from %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 to update</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation></translation>
    </message>
    <message>
        <source>Dry run — nothing has been written yet. %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Rejected rows are skipped; fix them in the file and import it again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Problems with the file:
%1</source>
        <translation></translation>
    </message>
    <message>
        <source>Rows of the file and what would happen to them</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Import %n device(s)</source>
        <translation>
            <numerusform>Import %n device</numerusform>
            <numerusform>Import %n devices</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not UTF-8 text (first bad byte on line %1). Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>A quoted field that starts on line %1 is never closed.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DeviceDetailsWidget</name>
    <message>
        <source>Device details</source>
        <translation></translation>
    </message>
    <message>
        <source>No device selected</source>
        <translation></translation>
    </message>
    <message>
        <source>Select a device in the tree to see its identity, connection, location and state. Use the arrow keys in the tree, or Ctrl+F to filter.</source>
        <translation></translation>
    </message>
    <message>
        <source>Health</source>
        <translation></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation></translation>
    </message>
    <message>
        <source>ID</source>
        <translation></translation>
    </message>
    <message>
        <source>Model</source>
        <translation></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation></translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation></translation>
    </message>
    <message>
        <source>Location</source>
        <translation></translation>
    </message>
    <message>
        <source>Site</source>
        <translation></translation>
    </message>
    <message>
        <source>Group</source>
        <translation></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation></translation>
    </message>
    <message>
        <source>State</source>
        <translation></translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation></translation>
    </message>
    <message>
        <source>Battery</source>
        <translation></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation></translation>
    </message>
    <message>
        <source>Online</source>
        <translation></translation>
    </message>
    <message>
        <source>Sleeping</source>
        <translation></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation></translation>
    </message>
    <message>
        <source>Battery below %1 %</source>
        <translation></translation>
    </message>
    <message>
        <source>Select a device below this node to see its details.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not bound to a server</source>
        <translation></translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation></translation>
    </message>
    <message>
        <source>Endpoint / device ID</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (low)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 dBm</source>
        <translation></translation>
    </message>
    <message>
        <source>never seen</source>
        <translation></translation>
    </message>
    <message>
        <source>FleetDesk has never heard from this device.</source>
        <translation></translation>
    </message>
    <message>
        <source>seen %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (local time)
%2</source>
        <translation></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation></translation>
    </message>
    <message>
        <source>The device&apos;s LwM2M objects and resources: read, write, execute, observe</source>
        <translation></translation>
    </message>
    <message>
        <source>Protocol log</source>
        <translation></translation>
    </message>
    <message>
        <source>The CoAP messages between the LwM2M server and the device, while this tab is open</source>
        <translation></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation></translation>
    </message>
    <message>
        <source>Everything recorded for the device: registrations, health changes, operations and their results</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s) selected</source>
        <translation>
            <numerusform>%Ln device selected</numerusform>
            <numerusform>%Ln devices selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Devices → Reboot… and the other bulk operations act on all of them; File → Export Devices… writes them.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DeviceExport</name>
    <message>
        <source>Id</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Site</source>
        <translation></translation>
    </message>
    <message>
        <source>Group</source>
        <translation></translation>
    </message>
    <message>
        <source>Model</source>
        <translation></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation></translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation></translation>
    </message>
    <message>
        <source>Server</source>
        <translation></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation></translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation></translation>
    </message>
    <message>
        <source>Health</source>
        <translation></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation></translation>
    </message>
    <message>
        <source>Battery</source>
        <translation></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a device field (the fields are: %2).</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DeviceFields</name>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Site</source>
        <translation></translation>
    </message>
    <message>
        <source>Group</source>
        <translation></translation>
    </message>
    <message>
        <source>Model</source>
        <translation></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation></translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation></translation>
    </message>
    <message>
        <source>Health</source>
        <translation></translation>
    </message>
    <message>
        <source>Battery</source>
        <translation></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation></translation>
    </message>
    <message>
        <source>Server</source>
        <translation></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation></translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 dBm</source>
        <translation></translation>
    </message>
    <message>
        <source>Never</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DeviceFlags</name>
    <message>
        <source>no server</source>
        <translation></translation>
    </message>
    <message>
        <source>Serial %1 is also on device %2 (server %3).</source>
        <translation></translation>
    </message>
    <message>
        <source>Last known state (never heard from) — server unreachable</source>
        <translation></translation>
    </message>
    <message>
        <source>Last known state, %1 — server unreachable</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DeviceTableModel</name>
    <message>
        <source>%1 (local time)
%2</source>
        <translation></translation>
    </message>
    <message>
        <source>, %1</source>
        <translation></translation>
    </message>
    <message>
        <source>, duplicate serial %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DeviceText</name>
    <message>
        <source>the device has no id</source>
        <translation></translation>
    </message>
    <message>
        <source>the device has no name</source>
        <translation></translation>
    </message>
    <message>
        <source>the protocol binding names no connection profile</source>
        <translation></translation>
    </message>
    <message>
        <source>the LwM2M binding has no endpoint name</source>
        <translation></translation>
    </message>
    <message>
        <source>the MQTT binding has no device id</source>
        <translation></translation>
    </message>
    <message>
        <source>battery level %1 % is outside 0–100</source>
        <translation></translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; is not valid</source>
        <translation></translation>
    </message>
    <message>
        <source>online</source>
        <translation></translation>
    </message>
    <message>
        <source>sleeping</source>
        <translation></translation>
    </message>
    <message>
        <source>offline</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation></translation>
    </message>
    <message>
        <source>active</source>
        <translation></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation></translation>
    </message>
    <message>
        <source>retired</source>
        <translation></translation>
    </message>
    <message>
        <source>provisioned</source>
        <translation></translation>
    </message>
    <message>
        <source>LwM2M</source>
        <translation></translation>
    </message>
    <message>
        <source>MQTT</source>
        <translation></translation>
    </message>
    <message>
        <source>not bound</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DynSecClient</name>
    <message>
        <source>%1. This account is not a dynamic-security administrator.</source>
        <translation></translation>
    </message>
    <message>
        <source>The broker refused the command: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The broker administration was closed before a reply arrived.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no connection to a broker.</source>
        <translation></translation>
    </message>
    <message>
        <source>No reply from the broker&apos;s dynamic-security plugin within %1 s.</source>
        <translation></translation>
    </message>
    <message>
        <source>The broker did not acknowledge the subscription to its replies.</source>
        <translation></translation>
    </message>
    <message>
        <source>There was no connection to send the command on.</source>
        <translation></translation>
    </message>
    <message>
        <source>The connection was lost after the command was sent: whether it was carried out is unknown.</source>
        <translation></translation>
    </message>
    <message>
        <source>Is the dynamic-security plugin loaded?</source>
        <translation></translation>
    </message>
    <message>
        <source>A reply that could not be read arrived: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The reply to %1 names the command &quot;%2&quot;.</source>
        <translation></translation>
    </message>
    <message>
        <source>The broker refused %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The broker&apos;s reply cannot be read: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The connection to the broker was closed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The role %1 was removed again.</source>
        <translation></translation>
    </message>
    <message>
        <source>The role %1 could not be removed again: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no account for the device %1: neither the client nor the role %2 exists.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DynSecDialog</name>
    <message>
        <source>Broker accounts — %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation></translation>
    </message>
    <message>
        <source>Clie&amp;nts</source>
        <translation></translation>
    </message>
    <message>
        <source>R&amp;oles</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation></translation>
    </message>
    <message>
        <source>New &amp;client…</source>
        <translation></translation>
    </message>
    <message>
        <source>Create a client (user name and password) on the broker.</source>
        <translation></translation>
    </message>
    <message>
        <source>New &amp;device account…</source>
        <translation></translation>
    </message>
    <message>
        <source>Create the account of one device: client ID with its own role fd-device-ID, which allows only the device&apos;s own topics fd/v1/ID/…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation></translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation></translation>
    </message>
    <message>
        <source>The broker refuses the client&apos;s logins and closes its open connections.</source>
        <translation></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation></translation>
    </message>
    <message>
        <source>Result</source>
        <translation></translation>
    </message>
    <message>
        <source>Close</source>
        <translation></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The accounts could not be listed: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation></translation>
    </message>
    <message>
        <source>New device account</source>
        <translation></translation>
    </message>
    <message>
        <source>New client</source>
        <translation></translation>
    </message>
    <message>
        <source>Leave empty to generate one</source>
        <translation></translation>
    </message>
    <message>
        <source>Device &amp;ID:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation></translation>
    </message>
    <message>
        <source>Creates the role fd-device-ID, which allows only the device&apos;s own topics, and the client ID.</source>
        <translation></translation>
    </message>
    <message>
        <source>The new client has no role until you give it one.</source>
        <translation></translation>
    </message>
    <message>
        <source>Create</source>
        <translation></translation>
    </message>
    <message>
        <source>Created the client %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Its password is shown only now; FleetDesk does not keep it: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Created the device account %1 with the role %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enabled the client %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Disabled the client %1: the broker refuses its logins.</source>
        <translation></translation>
    </message>
    <message>
        <source>The client %1 and its role %2 are deleted. Devices using this account can no longer connect; open connections are closed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Devices or programs using this account can no longer connect; open connections are closed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete the broker account %1?</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation></translation>
    </message>
    <message>
        <source>Deleted the device account %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Deleted the client %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DynSecListModel</name>
    <message>
        <source>%1 %2 (allow)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2 (deny)</source>
        <translation></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation></translation>
    </message>
    <message>
        <source>no ACLs</source>
        <translation></translation>
    </message>
    <message>
        <source>User name</source>
        <translation></translation>
    </message>
    <message>
        <source>State</source>
        <translation></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Role</source>
        <translation></translation>
    </message>
    <message>
        <source>ACLs</source>
        <translation></translation>
    </message>
    <message>
        <source>Group</source>
        <translation></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DynSecProtocol</name>
    <message>
        <source>the device id is empty</source>
        <translation></translation>
    </message>
    <message>
        <source>the device id &quot;%1&quot; is not 1–64 characters from A–Z, a–z, 0–9, &quot;.&quot;, &quot;_&quot; and &quot;-&quot; (docs/mqtt-dm-convention.md)</source>
        <translation></translation>
    </message>
    <message>
        <source>the reply is not JSON (%1 at byte %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>the reply has no &quot;responses&quot; array</source>
        <translation></translation>
    </message>
    <message>
        <source>a response in the reply has no &quot;command&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>an unspecified error</source>
        <translation></translation>
    </message>
    <message>
        <source>the %1 reply has no &quot;%2&quot; list</source>
        <translation></translation>
    </message>
    <message>
        <source>the getClient reply has no client</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <source>Information</source>
        <translation></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation></translation>
    </message>
    <message>
        <source>Error</source>
        <translation></translation>
    </message>
    <message>
        <source>Time</source>
        <translation></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation></translation>
    </message>
    <message>
        <source>Source</source>
        <translation></translation>
    </message>
    <message>
        <source>Message</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, %2, %3: %4</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ExportDevicesDialog</name>
    <message>
        <source>Export Devices</source>
        <translation></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation></translation>
    </message>
    <message>
        <source>The selected devices (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>The devices the filter shows (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>All devices (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation></translation>
    </message>
    <message>
        <source>The view&apos;s columns: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>, </source>
        <translation></translation>
    </message>
    <message>
        <source>All fields (a CSV of all fields imports again)</source>
        <translation></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>FirmwareImage</name>
    <message>
        <source>the configured public key is not an Ed25519 key in PEM form</source>
        <translation></translation>
    </message>
    <message>
        <source>the signature cannot be checked (OpenSSL)</source>
        <translation></translation>
    </message>
    <message>
        <source>the signature does not match the image</source>
        <translation></translation>
    </message>
    <message>
        <source>not a FleetDesk firmware image (no FDFW mark)</source>
        <translation></translation>
    </message>
    <message>
        <source>the image is truncated (no header)</source>
        <translation></translation>
    </message>
    <message>
        <source>image format version %1 is not supported (this FleetDesk reads %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>the image header is implausibly large</source>
        <translation></translation>
    </message>
    <message>
        <source>the image is truncated inside its header</source>
        <translation></translation>
    </message>
    <message>
        <source>the image header is not JSON: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>the image header lacks model, version, payload_size or payload_sha256</source>
        <translation></translation>
    </message>
    <message>
        <source>the image is for model %1, not %2</source>
        <translation></translation>
    </message>
    <message>
        <source>the payload has %1 bytes; the header announces %2</source>
        <translation></translation>
    </message>
    <message>
        <source>the payload&apos;s SHA-256 does not match the header</source>
        <translation></translation>
    </message>
    <message>
        <source>the image is not signed, and this model requires signed images</source>
        <translation></translation>
    </message>
    <message>
        <source>signature algorithm &quot;%1&quot; is not supported</source>
        <translation></translation>
    </message>
    <message>
        <source>no public key is configured to check the signature</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>FirmwareLibrary</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>the file is larger than %1 MB; this is not a firmware image</source>
        <translation></translation>
    </message>
    <message>
        <source>model %1 requires signed images, but no public key is configured for it</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2 is already in the library (imported %3); replace it to import this file instead</source>
        <translation></translation>
    </message>
    <message>
        <source>the fleet cache cannot be read: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot create the library directory %1</source>
        <translation></translation>
    </message>
    <message>
        <source>the fleet cache cannot be written: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot store the copy %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2 is not in the library</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a download URL (http, https, coap or coaps with a host)</source>
        <translation></translation>
    </message>
    <message>
        <source>a signing key needs a model</source>
        <translation></translation>
    </message>
    <message>
        <source>this is not an Ed25519 public key in PEM form (as written by &quot;openssl pkey -pubout&quot;)</source>
        <translation></translation>
    </message>
    <message>
        <source>requiring signed images needs a public key to check them</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>FirmwareLibraryDialog</name>
    <message>
        <source>The fleet cache is read-only (it belongs to a newer FleetDesk); nothing was changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Firmware library</source>
        <translation></translation>
    </message>
    <message>
        <source>Images are checked when they are imported: header, SHA-256 and, where a model has a signing key, the signature. Copies are kept in %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Model</source>
        <translation></translation>
    </message>
    <message>
        <source>Version</source>
        <translation></translation>
    </message>
    <message>
        <source>Size</source>
        <translation></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation></translation>
    </message>
    <message>
        <source>Devices on it</source>
        <translation></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation></translation>
    </message>
    <message>
        <source>Download URL</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation></translation>
    </message>
    <message>
        <source>Signing &amp;key…</source>
        <translation></translation>
    </message>
    <message>
        <source>Download &amp;URL…</source>
        <translation></translation>
    </message>
    <message>
        <source>Built-in firmware server</source>
        <translation></translation>
    </message>
    <message>
        <source>All interfaces</source>
        <translation></translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation></translation>
    </message>
    <message>
        <source>certificate (PEM)</source>
        <translation></translation>
    </message>
    <message>
        <source>private key (PEM)</source>
        <translation></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation></translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt)</source>
        <translation></translation>
    </message>
    <message>
        <source>Server private key</source>
        <translation></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation></translation>
    </message>
    <message>
        <source>Interface:</source>
        <translation></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation></translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation></translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation></translation>
    </message>
    <message>
        <source>Last request:</source>
        <translation></translation>
    </message>
    <message>
        <source>The library cannot be read: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation></translation>
    </message>
    <message>
        <source>Imported %1 %2 (%3, %4).</source>
        <translation></translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation></translation>
    </message>
    <message>
        <source>signature verified</source>
        <translation></translation>
    </message>
    <message>
        <source>signed, no key to check it</source>
        <translation></translation>
    </message>
    <message>
        <source>Replace firmware image</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is already in the library.</source>
        <translation></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Removed %1 %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2 was not removed: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The signing key of %1 was not set: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: signing key set; only signed images are accepted.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: signing key set; signed images are checked.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: signing key removed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The signing key of %1 was not removed: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The download URL was not changed: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2: devices download from the built-in server.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2: devices download from %3.</source>
        <translation></translation>
    </message>
    <message>
        <source>signed, verified</source>
        <translation></translation>
    </message>
    <message>
        <source>signed, not verified</source>
        <translation></translation>
    </message>
    <message>
        <source> (model requires signatures)</source>
        <translation></translation>
    </message>
    <message>
        <source>External URL</source>
        <translation></translation>
    </message>
    <message>
        <source>FleetDesk&apos;s built-in server</source>
        <translation></translation>
    </message>
    <message>
        <source>built-in server (not running)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 bytes
SHA-256 %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Serving %1 to devices.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not running.</source>
        <translation></translation>
    </message>
    <message>
        <source>HTTPS needs a certificate and its private key.</source>
        <translation></translation>
    </message>
    <message>
        <source>HTTPS cannot be used: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Import firmware image</source>
        <translation></translation>
    </message>
    <message>
        <source>FleetDesk firmware images (*.fdfw);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove firmware image</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove %1 %2 from the library?</source>
        <translation></translation>
    </message>
    <message>
        <source>The stored copy is deleted. Campaigns that use this image can no longer start.</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation></translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation></translation>
    </message>
    <message>
        <source>Ed25519 public key (PEM); empty keeps the current key</source>
        <translation></translation>
    </message>
    <message>
        <source>Refuse unsigned and badly signed images of this model</source>
        <translation></translation>
    </message>
    <message>
        <source>A key is set; signed images are required.</source>
        <translation></translation>
    </message>
    <message>
        <source>A key is set; signatures are checked.</source>
        <translation></translation>
    </message>
    <message>
        <source>No key is set for this model.</source>
        <translation></translation>
    </message>
    <message>
        <source>Public key of the model</source>
        <translation></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.pub);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation></translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation></translation>
    </message>
    <message>
        <source>Where devices download %1 %2 instead of FleetDesk&apos;s built-in server (empty: the built-in server):</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>FirmwareServer</name>
    <message>
        <source>TLS is not available (no OpenSSL for Qt&apos;s network module)</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot read the certificate %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot read the private key %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 holds no unencrypted RSA or EC private key in PEM form</source>
        <translation></translation>
    </message>
    <message>
        <source>the private key %1 does not belong to the certificate %2</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>FleetGrouping</name>
    <message>
        <source>Site and group</source>
        <translation></translation>
    </message>
    <message>
        <source>Model</source>
        <translation></translation>
    </message>
    <message>
        <source>Firmware version</source>
        <translation></translation>
    </message>
    <message>
        <source>Health</source>
        <translation></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation></translation>
    </message>
    <message>
        <source>Server</source>
        <translation></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown model</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown version</source>
        <translation></translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>FleetQuery</name>
    <message>
        <source>at character %1</source>
        <translation></translation>
    </message>
    <message>
        <source>This &quot;)&quot; %1 has no matching &quot;(&quot;.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unexpected text %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>OR %1 needs a term before it.</source>
        <translation></translation>
    </message>
    <message>
        <source>OR %1 needs a term after it.</source>
        <translation></translation>
    </message>
    <message>
        <source>AND %1 needs a term before it.</source>
        <translation></translation>
    </message>
    <message>
        <source>AND %1 needs a term after it.</source>
        <translation></translation>
    </message>
    <message>
        <source>The query is nested too deeply %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;-&quot; %1 must stand right before the term it excludes, as in -tag:spare.</source>
        <translation></translation>
    </message>
    <message>
        <source>NOT %1 needs a term after it.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;-&quot; %1 needs a term after it.</source>
        <translation></translation>
    </message>
    <message>
        <source>The parenthesis %1 is never closed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The parentheses %1 are empty.</source>
        <translation></translation>
    </message>
    <message>
        <source>The quote %1 is never closed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; %2. Put the text in quotes to search for it as it is.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; %2. Did you mean &quot;%3&quot;?</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: needs a value %2, as in %3.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: does not compare with &quot;%2&quot; %3; only fw, battery, signal and seen do.</source>
        <translation></translation>
    </message>
    <message>
        <source>fw: a pattern %1 cannot be compared; write fw:2.1* or fw:&lt;2.1.</source>
        <translation></translation>
    </message>
    <message>
        <source>id: &quot;%1&quot; %2 is not a device id; write the whole id or a pattern such as id:1a2b*.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; %3 is not a valid value; use one of %4.</source>
        <translation></translation>
    </message>
    <message>
        <source>, </source>
        <translation></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; %3 is not a number, as in %4.</source>
        <translation></translation>
    </message>
    <message>
        <source>seen: &quot;never&quot; %1 takes no comparison; write seen:never.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; %3 is not a duration; write a number and a unit (s, m, h, d or w) as in seen:&gt;2h, or seen:never.</source>
        <translation></translation>
    </message>
    <message>
        <source>fw: &quot;%1&quot; %2 is not a version; versions are dotted numbers, as in fw:&lt;2.1 or fw:1.9..2.0.3.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no static group named &quot;%1&quot; (at character %2).</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no saved filter named &quot;%1&quot; (at character %2).</source>
        <translation></translation>
    </message>
    <message>
        <source>The saved filter &quot;%1&quot; (at character %2) refers back to itself: %3.</source>
        <translation></translation>
    </message>
    <message>
        <source>The saved filter &quot;%1&quot; (at character %2) is not valid: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>name:pump-0042 — the device name (wildcards: name:pump-00*)</source>
        <translation></translation>
    </message>
    <message>
        <source>id:… — the device id, whole or as a pattern (id:1a2b*)</source>
        <translation></translation>
    </message>
    <message>
        <source>serial:SN1234 — the serial number</source>
        <translation></translation>
    </message>
    <message>
        <source>model:LT-500 — the device model</source>
        <translation></translation>
    </message>
    <message>
        <source>fw:&lt;2.1 — the firmware version, compared as dotted numbers (also firmware:)</source>
        <translation></translation>
    </message>
    <message>
        <source>site:&quot;Osaka*&quot; — the site</source>
        <translation></translation>
    </message>
    <message>
        <source>group:&quot;Line A&quot; — that group and every group below it</source>
        <translation></translation>
    </message>
    <message>
        <source>tag:pump — one of the device&apos;s tags</source>
        <translation></translation>
    </message>
    <message>
        <source>health:offline — online, offline, sleeping or unknown</source>
        <translation></translation>
    </message>
    <message>
        <source>lifecycle:active — provisioned, active, disabled or retired</source>
        <translation></translation>
    </message>
    <message>
        <source>protocol:lwm2m — lwm2m, mqtt or none</source>
        <translation></translation>
    </message>
    <message>
        <source>server:sandbox-leshan — the server or broker profile (also profile:)</source>
        <translation></translation>
    </message>
    <message>
        <source>endpoint:ep-42 — the LwM2M endpoint or MQTT device id (also key:)</source>
        <translation></translation>
    </message>
    <message>
        <source>battery:&lt;20 — the battery level in %; ranges as battery:20..50</source>
        <translation></translation>
    </message>
    <message>
        <source>signal:&lt;-90 — the signal strength in dBm</source>
        <translation></translation>
    </message>
    <message>
        <source>seen:&gt;2h — last seen more than 2 h ago; seen:&lt;10m within 10 min; seen:never</source>
        <translation></translation>
    </message>
    <message>
        <source>in:&quot;Spare pumps&quot; — members of a static group</source>
        <translation></translation>
    </message>
    <message>
        <source>saved:&quot;Low battery&quot; — the devices a saved filter finds</source>
        <translation></translation>
    </message>
    <message>
        <source>duplicate:yes — the serial is on two or more devices</source>
        <translation></translation>
    </message>
    <message>
        <source>stale:yes — the device&apos;s server or broker is not reachable now</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>FleetTreeModel</name>
    <message>
        <source>%1 offline</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 battery &lt; %2 %</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s): %1 online, %2 sleeping, %3 offline, %4 unknown</source>
        <translation>
            <numerusform>%n device: %1 online, %2 sleeping, %3 offline, %4 unknown</numerusform>
            <numerusform>%n devices: %1 online, %2 sleeping, %3 offline, %4 unknown</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 with battery below %2 %</source>
        <translation></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation></translation>
    </message>
    <message>
        <source>Battery</source>
        <translation></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation></translation>
    </message>
    <message>
        <source>Health</source>
        <translation></translation>
    </message>
    <message>
        <source>Never</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Battery below %1 %</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (local time)
%2</source>
        <translation></translation>
    </message>
    <message>
        <source>FleetDesk has never heard from this device.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, %2, firmware %3, battery %4, last seen %5</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation></translation>
    </message>
    <message>
        <source>site</source>
        <translation></translation>
    </message>
    <message>
        <source>group</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation></translation>
    </message>
    <message>
        <source>, %1</source>
        <translation></translation>
    </message>
    <message>
        <source>, duplicate serial %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>GroupListModel</name>
    <message>
        <source>Smart groups</source>
        <translation></translation>
    </message>
    <message>
        <source>Static groups</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved filters: the devices that match the query now. Save the filter box&apos;s query with View → Save Filter… (Ctrl+Shift+S).</source>
        <translation></translation>
    </message>
    <message>
        <source>Groups you fill by hand: Devices → Add to Group…</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Smart groups, %n group(s)</source>
        <translation>
            <numerusform>Smart groups, %n group</numerusform>
            <numerusform>Smart groups, %n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Static groups, %n group(s)</source>
        <translation>
            <numerusform>Static groups, %n group</numerusform>
            <numerusform>Static groups, %n groups</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Query: %2
Double-click or Enter to filter the fleet by it.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1
%n device(s). Double-click or Enter to filter the fleet by it.</source>
        <translation>
            <numerusform>%1
%n device. Double-click or Enter to filter the fleet by it.</numerusform>
            <numerusform>%1
%n devices. Double-click or Enter to filter the fleet by it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n device(s)</source>
        <translation>
            <numerusform>%1, %n device</numerusform>
            <numerusform>%1, %n devices</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>GroupRepository</name>
    <message>
        <source>The name is empty.</source>
        <translation></translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation></translation>
    </message>
    <message>
        <source>The name may not contain a double quote (&quot;).</source>
        <translation></translation>
    </message>
    <message>
        <source>The name may not contain control characters.</source>
        <translation></translation>
    </message>
    <message>
        <source>A group named &quot;%1&quot; exists already.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no group named &quot;%1&quot;.</source>
        <translation></translation>
    </message>
    <message>
        <source>The query is empty; a saved filter needs at least one term.</source>
        <translation></translation>
    </message>
    <message>
        <source>A saved filter named &quot;%1&quot; exists already.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no saved filter named &quot;%1&quot;.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>GroupsPanel</name>
    <message>
        <source>“%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation></translation>
    </message>
    <message>
        <source>No groups yet</source>
        <translation></translation>
    </message>
    <message>
        <source>Type a query in the filter box and save it (Ctrl+Shift+S) for a smart group that follows the fleet, or select devices and choose Devices → Add to Group… for a static one.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Save Filter…</source>
        <translation></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the filter box&apos;s query as a smart group that follows the fleet</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Add to Group…</source>
        <translation></translation>
    </message>
    <message>
        <source>Put the selected devices in a static group</source>
        <translation></translation>
    </message>
    <message>
        <source>Re&amp;move from Group…</source>
        <translation></translation>
    </message>
    <message>
        <source>Take the selected devices out of a static group</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;New Static Group…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation></translation>
    </message>
    <message>
        <source>The groups were not changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 cannot be used as a name.</source>
        <translation></translation>
    </message>
    <message>
        <source>Save Filter</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no query to save.</source>
        <translation></translation>
    </message>
    <message>
        <source>Type a query in the filter box first, e.g. site:&quot;Osaka*&quot; health:offline, then save it.</source>
        <translation></translation>
    </message>
    <message>
        <source>The query cannot be saved: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Name of the smart group for %1:</source>
        <translation></translation>
    </message>
    <message>
        <source>Replace the saved filter %1?</source>
        <translation></translation>
    </message>
    <message>
        <source>Its query %1 becomes %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation></translation>
    </message>
    <message>
        <source>Add to Group</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Add %n device(s) to the static group (choose one, or type a new name):</source>
        <translation>
            <numerusform>Add %n device to the static group (choose one, or type a new name):</numerusform>
            <numerusform>Add %n devices to the static group (choose one, or type a new name):</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from Group</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>None of the %n selected device(s) is in a static group.</source>
        <translation>
            <numerusform>None of the %n selected device is in a static group.</numerusform>
            <numerusform>None of the %n selected devices is in a static group.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n device(s) from the static group:</source>
        <translation>
            <numerusform>Remove %n device from the static group:</numerusform>
            <numerusform>Remove %n devices from the static group:</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no group named %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>New Static Group</source>
        <translation></translation>
    </message>
    <message>
        <source>Name of the new group:</source>
        <translation></translation>
    </message>
    <message>
        <source>Rename Smart Group</source>
        <translation></translation>
    </message>
    <message>
        <source>Rename Static Group</source>
        <translation></translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete Smart Group</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete the saved filter %1?</source>
        <translation></translation>
    </message>
    <message>
        <source>Its query was %1. No device changes.</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete Static Group</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete the static group %1?</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Its %n device(s) stay in the fleet; only the group goes.</source>
        <translation>
            <numerusform>Its %n device stay in the fleet; only the group goes.</numerusform>
            <numerusform>Its %n devices stay in the fleet; only the group goes.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show Devices</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>HeldOperationModel</name>
    <message>
        <source>Reboot</source>
        <translation></translation>
    </message>
    <message>
        <source>Factory reset</source>
        <translation></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation></translation>
    </message>
    <message>
        <source>Registration update</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>Server or broker: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Runs when the device&apos;s server or broker is reachable again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Device</source>
        <translation></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation></translation>
    </message>
    <message>
        <source>Held since</source>
        <translation></translation>
    </message>
    <message>
        <source>State</source>
        <translation></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>HeldOperationRepository</name>
    <message>
        <source>There is no held operation %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Held offline</source>
        <translation></translation>
    </message>
    <message>
        <source>Running</source>
        <translation></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation></translation>
    </message>
    <message>
        <source>Needs confirmation</source>
        <translation></translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>HeldOperationRunner</name>
    <message>
        <source>the device is no longer in the cache</source>
        <translation></translation>
    </message>
    <message>
        <source>the device was retired meanwhile</source>
        <translation></translation>
    </message>
    <message>
        <source>the device was moved to another server or broker meanwhile (%1 → %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>none</source>
        <translation></translation>
    </message>
    <message>
        <source>the firmware changed from %1 to %2 meanwhile</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation></translation>
    </message>
    <message>
        <source>the device was disabled meanwhile</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not available for this device</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>HeldOperationsController</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected devices cannot be reached now: their server or broker (%1) does not answer.</source>
        <translation>
            <numerusform>%n of the selected devices cannot be reached now: their server or broker (%1) does not answer.</numerusform>
            <numerusform>%n of the selected devices cannot be reached now: their server or broker (%1) does not answer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hold: FleetDesk keeps &quot;%1&quot; for these devices in its queue and runs it when their server is reachable again, after checking that nothing changed meanwhile. Skip: only the other %Ln device(s) get it now.</source>
        <translation>
            <numerusform>Hold: FleetDesk keeps &quot;%1&quot; for these devices in its queue and runs it when their server is reachable again, after checking that nothing changed meanwhile. Skip: only the other %Ln device get it now.</numerusform>
            <numerusform>Hold: FleetDesk keeps &quot;%1&quot; for these devices in its queue and runs it when their server is reachable again, after checking that nothing changed meanwhile. Skip: only the other %Ln devices get it now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some servers are unreachable</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Hold them until reachable</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 held offline for %Ln device(s) until their server is reachable.</source>
        <translation>
            <numerusform>%1 held offline for %Ln device until their server is reachable.</numerusform>
            <numerusform>%1 held offline for %Ln devices until their server is reachable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held operation(s) stay held: their server or broker is still unreachable.</source>
        <translation>
            <numerusform>%Ln held operation stay held: their server or broker is still unreachable.</numerusform>
            <numerusform>%Ln held operations stay held: their server or broker is still unreachable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held operations: %1 of %Ln succeeded, %2 need confirmation.</source>
        <translation>
            <numerusform>Held operations: %1 of %Ln succeeded, %2 need confirmation.</numerusform>
            <numerusform>Held operations: %1 of %Ln succeeded, %2 need confirmation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held operation(s) discarded.</source>
        <translation>
            <numerusform>%Ln held operation discarded.</numerusform>
            <numerusform>%Ln held operations discarded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A server is reachable again: running %Ln held operation(s).</source>
        <translation>
            <numerusform>A server is reachable again: running %Ln held operation.</numerusform>
            <numerusform>A server is reachable again: running %Ln held operations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeldOperationsWidget</name>
    <message>
        <source>Held operations</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing is held offline. When a device&apos;s server or broker cannot be reached, FleetDesk can hold an operation here — only when you choose to — and run it when the server is back.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Run now</source>
        <translation></translation>
    </message>
    <message>
        <source>Run the selected held operations now</source>
        <translation></translation>
    </message>
    <message>
        <source>Run the selected held operations now if their server or broker can be reached (their preconditions are checked first).</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Confirm and run</source>
        <translation></translation>
    </message>
    <message>
        <source>Confirm and run the selected held operations</source>
        <translation></translation>
    </message>
    <message>
        <source>Run the selected operations although something changed since they were held (see Reason).</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation></translation>
    </message>
    <message>
        <source>Discard the selected held operations</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove the selected operations from the queue without running them.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ImportPlanModel</name>
    <message>
        <source>New</source>
        <translation></translation>
    </message>
    <message>
        <source>Update</source>
        <translation></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation></translation>
    </message>
    <message>
        <source>Line</source>
        <translation></translation>
    </message>
    <message>
        <source>Result</source>
        <translation></translation>
    </message>
    <message>
        <source>Device</source>
        <translation></translation>
    </message>
    <message>
        <source>Site / group</source>
        <translation></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation></translation>
    </message>
    <message>
        <source>Line %1: %2, %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Line %1: %2, %3: %4</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>LeshanRestClient</name>
    <message>
        <source>The device has no such object, instance or resource.</source>
        <translation></translation>
    </message>
    <message>
        <source>The device does not allow this operation on that item.</source>
        <translation></translation>
    </message>
    <message>
        <source>The device rejected the request as invalid (for example a value out of range).</source>
        <translation></translation>
    </message>
    <message>
        <source>The device does not allow this server to do that.</source>
        <translation></translation>
    </message>
    <message>
        <source>The device does not support that data format.</source>
        <translation></translation>
    </message>
    <message>
        <source>The device reported an internal error.</source>
        <translation></translation>
    </message>
    <message>
        <source>The device is busy; try again later.</source>
        <translation></translation>
    </message>
    <message>
        <source>The device answered with an error.</source>
        <translation></translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation></translation>
    </message>
    <message>
        <source>The profile %1 needs a secret, and none was given.</source>
        <translation></translation>
    </message>
    <message>
        <source>No server address is configured.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MB; it was not read.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server did not answer in time (%1 s).</source>
        <translation></translation>
    </message>
    <message>
        <source>Composite operations are not supported by this server (Leshan 2.0.0-M4 and older have none).</source>
        <translation></translation>
    </message>
    <message>
        <source>A secure connection to the server failed: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The server closed the connection without answering.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The server&apos;s answer was cut off (%1).</source>
        <translation></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1 at byte %2).</source>
        <translation></translation>
    </message>
    <message>
        <source>The device %1 is not registered at the server (it is offline, or the name is wrong).</source>
        <translation></translation>
    </message>
    <message>
        <source>The device %1 is asleep (queue mode); try again when it wakes up.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused the path: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused the credentials (HTTP %1).</source>
        <translation></translation>
    </message>
    <message>
        <source>The server does not know this address (HTTP 404).</source>
        <translation></translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The device did not answer in time (%1 s).</source>
        <translation></translation>
    </message>
    <message>
        <source>The device did not answer in time.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server failed to handle the request: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>no details</source>
        <translation></translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid LwM2M path for this operation.</source>
        <translation></translation>
    </message>
    <message>
        <source>Execute needs a resource path (/object/instance/resource), not &quot;%1&quot;.</source>
        <translation></translation>
    </message>
    <message>
        <source>Create needs an object path (/object or /object/instance), not &quot;%1&quot;.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a notification attribute (pmin, pmax, gt, lt, st, epmin, epmax).</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>LiveChartWidget</name>
    <message>
        <source>Pause</source>
        <translation></translation>
    </message>
    <message>
        <source>Hold the picture still; new values keep arriving</source>
        <translation></translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation></translation>
    </message>
    <message>
        <source>Follow the newest values again (Esc)</source>
        <translation></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the samples in view as CSV (time in UTC, series, value)</source>
        <translation></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the chart as a PNG picture</source>
        <translation></translation>
    </message>
    <message>
        <source>Time shown</source>
        <translation></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation></translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation></translation>
    </message>
    <message>
        <source>Live chart</source>
        <translation></translation>
    </message>
    <message>
        <source>Drag to pan, Shift+drag to zoom to a box, the wheel or +/- to zoom, arrow keys to pan, double-click or Esc to reset</source>
        <translation></translation>
    </message>
    <message>
        <source>Value under the cursor</source>
        <translation></translation>
    </message>
    <message>
        <source>Value</source>
        <translation></translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation></translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2 at %3.%4 (%5)</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing charted</source>
        <translation></translation>
    </message>
    <message>
        <source>Observe a numeric resource of an LwM2M device to chart it live</source>
        <translation></translation>
    </message>
    <message>
        <source>Waiting for the first value</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: no value has arrived yet. The chart starts with the first reading; it never shows made-up data.</source>
        <translation></translation>
    </message>
    <message>
        <source>, </source>
        <translation></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation></translation>
    </message>
    <message>
        <source>Zoomed: %1 – %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Stop Charting “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation></translation>
    </message>
    <message>
        <source>Export chart picture</source>
        <translation></translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The CSV file could not be saved to %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The picture could not be saved to %1: %2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Paused — %Ln new value(s) not shown yet</source>
        <translation>
            <numerusform>Paused — %Ln new value not shown yet</numerusform>
            <numerusform>Paused — %Ln new values not shown yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lwm2mBulkActions</name>
    <message>
        <source>waiting for the device to wake up</source>
        <translation></translation>
    </message>
    <message>
        <source>FleetDesk is shutting down</source>
        <translation></translation>
    </message>
    <message>
        <source>the device is not bound to an LwM2M server</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Lwm2mCampaignDriver</name>
    <message>
        <source>The device is busy (CoAP %1).</source>
        <translation></translation>
    </message>
    <message>
        <source>the device rejected the request as invalid</source>
        <translation></translation>
    </message>
    <message>
        <source>the device does not allow this server to do that</source>
        <translation></translation>
    </message>
    <message>
        <source>the device has no firmware update object</source>
        <translation></translation>
    </message>
    <message>
        <source>the device&apos;s firmware update is not in a state that allows this</source>
        <translation></translation>
    </message>
    <message>
        <source>the device does not support that data format</source>
        <translation></translation>
    </message>
    <message>
        <source>the device reported an internal error</source>
        <translation></translation>
    </message>
    <message>
        <source>the device answered with an error</source>
        <translation></translation>
    </message>
    <message>
        <source>Refused: %1 (CoAP %2 %3)</source>
        <translation></translation>
    </message>
    <message>
        <source>Refused: %1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>The device has no LwM2M endpoint.</source>
        <translation></translation>
    </message>
    <message>
        <source>The package has no download address.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Lwm2mConnector</name>
    <message>
        <source>Not connected: the keychain did not give the secret of this profile (%1).</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Lwm2mEventStream</name>
    <message>
        <source>The event stream went silent for %1 s.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server closed the event stream.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused the event stream (HTTP %1).</source>
        <translation></translation>
    </message>
    <message>
        <source>The event stream could not connect: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Lwm2mNode</name>
    <message>
        <source>A value has an unexpected form.</source>
        <translation></translation>
    </message>
    <message>
        <source>The value %1 is not a valid %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server sent a value in an unexpected form.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server sent a value without an id.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 value.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Lwm2mProtocolLog</name>
    <message>
        <source>The device has no LwM2M endpoint name.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Lwm2mServerConnection</name>
    <message>
        <source>The connection to %1 was stopped.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server&apos;s list of devices could not be read.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Lwm2mService</name>
    <message>
        <source>There is no connection to the LwM2M server %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The connection to the LwM2M server %1 was closed.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>“%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>FleetDesk</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Import Devices from CSV…</source>
        <translation></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation></translation>
    </message>
    <message>
        <source>Check a CSV file of devices, then add them to the cache</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Filter Devices</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation></translation>
    </message>
    <message>
        <source>Read the fleet cache again</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation></translation>
    </message>
    <message>
        <source>Add, edit and test LwM2M servers and MQTT brokers</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Export Diagnostics…</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the application log, versions and settings (never secrets) in a zip file for support</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;About FleetDesk</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation></translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation></translation>
    </message>
    <message>
        <source>Devices matching the filter</source>
        <translation></translation>
    </message>
    <message>
        <source>Connections…</source>
        <translation></translation>
    </message>
    <message>
        <source>Opening the fleet cache…</source>
        <translation></translation>
    </message>
    <message>
        <source>Add Connection…</source>
        <translation></translation>
    </message>
    <message>
        <source>Import Devices from CSV…</source>
        <translation></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation></translation>
    </message>
    <message>
        <source>Sites, groups and devices with their health</source>
        <translation></translation>
    </message>
    <message>
        <source>59 min ago</source>
        <translation></translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation></translation>
    </message>
    <message>
        <source>Events</source>
        <translation></translation>
    </message>
    <message>
        <source>Event log</source>
        <translation></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Event Log</source>
        <translation></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation></translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation></translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation></translation>
    </message>
    <message>
        <source>Fleet status</source>
        <translation></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation></translation>
    </message>
    <message>
        <source>The connection profiles could not be read from %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>This connection profile cannot be used: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Cache</source>
        <translation></translation>
    </message>
    <message>
        <source>Opened the fleet cache %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Started a new fleet cache at %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>This fleet cache was written by a newer version of FleetDesk. It is open read-only: you can look, but imports are off until FleetDesk is updated.</source>
        <translation></translation>
    </message>
    <message>
        <source>The fleet cache was damaged and could not be read. FleetDesk started a new, empty cache; the damaged file was kept at %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The fleet cache %1 could not be opened: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>FleetDesk did not close cleanly last time; a full integrity check of the cache runs in the background.</source>
        <translation></translation>
    </message>
    <message>
        <source>The cache is read-only</source>
        <translation></translation>
    </message>
    <message>
        <source>Full integrity check of the fleet cache: no problems found.</source>
        <translation></translation>
    </message>
    <message>
        <source>Quick integrity check of the fleet cache: no problems found.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>The integrity check found %Ln problem(s) in the fleet cache. The event log lists them; export diagnostics for support.</source>
        <translation>
            <numerusform>The integrity check found %Ln problem in the fleet cache. The event log lists it; export diagnostics for support.</numerusform>
            <numerusform>The integrity check found %Ln problems in the fleet cache. The event log lists them; export diagnostics for support.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln device(s) from the cache.</source>
        <translation>
            <numerusform>Loaded %Ln device from the cache.</numerusform>
            <numerusform>Loaded %Ln devices from the cache.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation></translation>
    </message>
    <message>
        <source>No device matches %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Each word matches some devices, but no device matches all of them. Remove a word to widen the filter.</source>
        <translation></translation>
    </message>
    <message>
        <source>No device has %1 in its name, site, group, model, serial, firmware or tags. Check the spelling, or remove it from the filter.</source>
        <translation></translation>
    </message>
    <message>
        <source>, </source>
        <translation></translation>
    </message>
    <message>
        <source>The fleet cache is not available</source>
        <translation></translation>
    </message>
    <message>
        <source>The message above says why. You can still manage connections; FleetDesk tries the cache again at the next start.</source>
        <translation></translation>
    </message>
    <message>
        <source>Welcome to FleetDesk</source>
        <translation></translation>
    </message>
    <message>
        <source>There are no devices and no connections yet. Add the LwM2M server or MQTT broker your devices talk to, or import a list of devices from a CSV file.

No hardware at hand? Start the FleetDesk sandbox (a local LwM2M server, MQTT broker and simulated devices, see docs/sandbox.md), then choose “Import from sandbox…” in the Connections window.</source>
        <translation></translation>
    </message>
    <message>
        <source>No devices in the cache yet</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>FleetDesk knows %Ln connection(s) but has no devices in its cache. Import a list of devices from a CSV file, or check the connections.</source>
        <translation>
            <numerusform>FleetDesk knows %Ln connection but has no devices in its cache. Import a list of devices from a CSV file, or check the connection.</numerusform>
            <numerusform>FleetDesk knows %Ln connections but has no devices in its cache. Import a list of devices from a CSV file, or check the connections.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: no server connected</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%Ln server(s) connected</source>
        <translation>
            <numerusform>%Ln server connected</numerusform>
            <numerusform>%Ln servers connected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln device</numerusform>
            <numerusform>%Ln devices</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 offline</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 battery &lt; %2 %</source>
        <translation></translation>
    </message>
    <message>
        <source>cache %1 old</source>
        <translation></translation>
    </message>
    <message>
        <source>cache never synchronised</source>
        <translation></translation>
    </message>
    <message>
        <source>Last heard from a server: %1
%2</source>
        <translation></translation>
    </message>
    <message>
        <source>The cache has never been synchronised with a server.</source>
        <translation></translation>
    </message>
    <message>
        <source>Offline — showing the cached fleet from %1 ago. Values may be out of date.</source>
        <translation></translation>
    </message>
    <message>
        <source>Offline — showing the cached fleet. It has never been synchronised with a server, so values may be out of date.</source>
        <translation></translation>
    </message>
    <message>
        <source>The fleet data is %1 old. Values may be out of date.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cached values — not live. FleetDesk is not connected to this device&apos;s server.</source>
        <translation></translation>
    </message>
    <message>
        <source>Reading the fleet cache again…</source>
        <translation></translation>
    </message>
    <message>
        <source>Import devices from CSV</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation></translation>
    </message>
    <message>
        <source>Import</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln device(s) from %1.</source>
        <translation>
            <numerusform>Importing %Ln device from %1.</numerusform>
            <numerusform>Importing %Ln devices from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export diagnostics</source>
        <translation></translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation></translation>
    </message>
    <message>
        <source>Exporting diagnostics…</source>
        <translation></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation></translation>
    </message>
    <message>
        <source>Diagnostics saved to %1. They hold no passwords or keys.</source>
        <translation></translation>
    </message>
    <message>
        <source>Diagnostics saved to %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The diagnostics could not be saved to %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The connection profiles could not be saved: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>About FleetDesk</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;h3&gt;FleetDesk %1&lt;/h3&gt;&lt;p&gt;A desktop console for fleets of IoT devices: LwM2M servers and MQTT brokers in one place.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Reboot…</source>
        <translation></translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation></translation>
    </message>
    <message>
        <source>Each device restarts (LwM2M Execute /3/0/4) and is unreachable for a short while. Sleeping devices reboot when they next wake up.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Factory Reset…</source>
        <translation></translation>
    </message>
    <message>
        <source>Factory reset</source>
        <translation></translation>
    </message>
    <message>
        <source>Each device erases its configuration and data and returns to its factory state (LwM2M Execute /3/0/5). It must be bootstrapped again before FleetDesk can manage it.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation></translation>
    </message>
    <message>
        <source>Each device deregisters and stays silent for its disable timeout (LwM2M Execute /1/x/4), then registers again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Registration &amp;Update…</source>
        <translation></translation>
    </message>
    <message>
        <source>Registration update</source>
        <translation></translation>
    </message>
    <message>
        <source>Each device is asked to send a registration update (LwM2M Execute /1/x/8), which refreshes its objects and lifetime on the server.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation></translation>
    </message>
    <message>
        <source>Needs a connected LwM2M server</source>
        <translation></translation>
    </message>
    <message>
        <source>Select devices, or a site or group, first</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 started on %Ln device(s).</source>
        <translation>
            <numerusform>%1 started on %Ln device.</numerusform>
            <numerusform>%1 started on %Ln devices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 finished: %2 of %Ln device(s) succeeded.</source>
        <translation>
            <numerusform>%1 finished: %2 of %Ln device succeeded.</numerusform>
            <numerusform>%1 finished: %2 of %Ln devices succeeded.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: done.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2 failed: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation></translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Export Devices…</source>
        <translation></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation></translation>
    </message>
    <message>
        <source>Write the selected or shown devices to a CSV or JSON file</source>
        <translation></translation>
    </message>
    <message>
        <source>Filter devices: pump, fw:&lt;2.1, site:&quot;Osaka*&quot;, health:offline… (Ctrl+F)</source>
        <translation></translation>
    </message>
    <message>
        <source>Words search every text field; field:value narrows (fw:&lt;2.1 battery:&lt;20 site:&quot;Osaka*&quot; health:offline seen:&gt;2h tag:pump). OR, NOT or -, and parentheses combine terms. Ctrl+Space completes, Esc clears the filter, ↓ moves to the tree.</source>
        <translation></translation>
    </message>
    <message>
        <source>Export devices</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln device(s)…</source>
        <translation>
            <numerusform>Exporting %Ln device…</numerusform>
            <numerusform>Exporting %Ln devices…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln device exported to %1.</numerusform>
            <numerusform>%Ln devices exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The devices could not be exported to %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation></translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation></translation>
    </message>
    <message>
        <source>Save this query as a smart group (Ctrl+Shift+S)</source>
        <translation></translation>
    </message>
    <message>
        <source>Held operations</source>
        <translation></translation>
    </message>
    <message>
        <source>Discard held operations</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Discard %Ln held operation(s)?</source>
        <translation>
            <numerusform>Discard %Ln held operation?</numerusform>
            <numerusform>Discard %Ln held operations?</numerusform>
        </translation>
    </message>
    <message>
        <source>They will not run, also when their server is reachable again.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Held Operations</source>
        <translation></translation>
    </message>
    <message>
        <source>Group devices by</source>
        <translation></translation>
    </message>
    <message>
        <source>How the device tree groups the fleet</source>
        <translation></translation>
    </message>
    <message>
        <source>Groupings</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation></translation>
    </message>
    <message>
        <source>Device &amp;Tree</source>
        <translation></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation></translation>
    </message>
    <message>
        <source>Show the devices as a tree, grouped</source>
        <translation></translation>
    </message>
    <message>
        <source>Device T&amp;able</source>
        <translation></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation></translation>
    </message>
    <message>
        <source>Show every device as one row of a sortable table</source>
        <translation></translation>
    </message>
    <message>
        <source>Tree</source>
        <translation></translation>
    </message>
    <message>
        <source>Table</source>
        <translation></translation>
    </message>
    <message>
        <source>Every device with its values, one row each</source>
        <translation></translation>
    </message>
    <message>
        <source>Show Campaign</source>
        <translation></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation></translation>
    </message>
    <message>
        <source>Campaign %1 could not run here: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Campaign %1: %2 (%3)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;New Campaign…</source>
        <translation></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation></translation>
    </message>
    <message>
        <source>Update the firmware of devices in waves, with a dry run first</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Firmware Library…</source>
        <translation></translation>
    </message>
    <message>
        <source>Import and check firmware images; serve them to devices</source>
        <translation></translation>
    </message>
    <message>
        <source>Campaign &amp;Dashboard</source>
        <translation></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Campaigns</source>
        <translation></translation>
    </message>
    <message>
        <source>Campaign %1 &quot;%2&quot; created; it runs here</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MosquittoWorker</name>
    <message>
        <source>Disconnected.</source>
        <translation></translation>
    </message>
    <message>
        <source>libmosquitto could not create a client: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The user name cannot be used: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The Last Will cannot be used: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The TLS pre-shared key cannot be used: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Connecting to %1 (MQTT %2).</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot resolve the broker&apos;s host name %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot subscribe to %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Not connected to the broker.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot publish to %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Connected to %1 (MQTT %2).</source>
        <translation></translation>
    </message>
    <message>
        <source>the broker stopped answering (keepalive)</source>
        <translation></translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>The TLS handshake with the broker failed: wrong pre-shared key or identity?</source>
        <translation></translation>
    </message>
    <message>
        <source>The TLS handshake with the broker failed (%1).</source>
        <translation></translation>
    </message>
    <message>
        <source>The broker refused the subscription to %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>not authorised or not allowed</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 Next attempt in %2 s.</source>
        <translation></translation>
    </message>
    <message>
        <source>The broker refused the connection: it does not speak this MQTT version.</source>
        <translation></translation>
    </message>
    <message>
        <source>The broker refused the connection: it rejected the client identifier.</source>
        <translation></translation>
    </message>
    <message>
        <source>The broker refused the connection: the server is unavailable.</source>
        <translation></translation>
    </message>
    <message>
        <source>The broker refused the user name or password.</source>
        <translation></translation>
    </message>
    <message>
        <source>The broker refused the connection: not authorised (wrong user name or password, or the account may not connect).</source>
        <translation></translation>
    </message>
    <message>
        <source>The broker refused the connection (code %1).</source>
        <translation></translation>
    </message>
    <message>
        <source>The broker refused the connection: this client is banned.</source>
        <translation></translation>
    </message>
    <message>
        <source>The broker refused the authentication method.</source>
        <translation></translation>
    </message>
    <message>
        <source>The broker refused the connection: the server is unavailable or busy.</source>
        <translation></translation>
    </message>
    <message>
        <source>The broker refused the connection: use another server.</source>
        <translation></translation>
    </message>
    <message>
        <source>The broker refused the connection: too many connection attempts.</source>
        <translation></translation>
    </message>
    <message>
        <source>The broker refused: quota exceeded.</source>
        <translation></translation>
    </message>
    <message>
        <source>The broker refused: the packet is too large.</source>
        <translation></translation>
    </message>
    <message>
        <source>The broker refused: the topic name is not valid.</source>
        <translation></translation>
    </message>
    <message>
        <source>The broker refused (%1).</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MqttBulkActions</name>
    <message>
        <source>the device is not bound to a broker</source>
        <translation></translation>
    </message>
    <message>
        <source>the broker profile &quot;%1&quot; is not connected</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MqttCampaignDriver</name>
    <message>
        <source>Not connected to the broker of profile %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not connected to the broker of profile %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The broker of profile %1 holds nothing from device %2 (it never connected, or its retained messages were removed).</source>
        <translation></translation>
    </message>
    <message>
        <source>The device has no MQTT device id.</source>
        <translation></translation>
    </message>
    <message>
        <source>The package has no download address.</source>
        <translation></translation>
    </message>
    <message>
        <source>An MQTT device installs its firmware by itself; there is nothing to execute.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MqttCommandClient</name>
    <message>
        <source>no connection to the broker</source>
        <translation></translation>
    </message>
    <message>
        <source>no connection to the broker: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>the broker refused the command: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid device id or &quot;%2&quot; not a valid command</source>
        <translation></translation>
    </message>
    <message>
        <source>offline</source>
        <translation></translation>
    </message>
    <message>
        <source>no valid status</source>
        <translation></translation>
    </message>
    <message>
        <source>the device answered with an invalid response</source>
        <translation></translation>
    </message>
    <message>
        <source>the device does not support the command &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>the device answered with an error</source>
        <translation></translation>
    </message>
    <message>
        <source>the firmware update failed: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>the firmware update did not finish within %1 s</source>
        <translation></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation></translation>
    </message>
    <message>
        <source>no connection to the broker within %1 s</source>
        <translation></translation>
    </message>
    <message>
        <source>no connection to the broker within %1 s: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>the device&apos;s status did not arrive within %1 s</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MqttConnection</name>
    <message>
        <source>Connecting</source>
        <translation></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation></translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MqttConnectionSettings</name>
    <message>
        <source>the broker has no host name</source>
        <translation></translation>
    </message>
    <message>
        <source>the broker has no port</source>
        <translation></translation>
    </message>
    <message>
        <source>MQTT version must be 3.1.1 or 5</source>
        <translation></translation>
    </message>
    <message>
        <source>TLS-PSK needs an mqtts:// URL</source>
        <translation></translation>
    </message>
    <message>
        <source>TLS-PSK needs an identity</source>
        <translation></translation>
    </message>
    <message>
        <source>the TLS-PSK key must be hexadecimal</source>
        <translation></translation>
    </message>
    <message>
        <source>a password needs a user name</source>
        <translation></translation>
    </message>
    <message>
        <source>the keepalive must be between 5 and 65535 s</source>
        <translation></translation>
    </message>
    <message>
        <source>the Last Will QoS must be 0, 1 or 2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MqttConnector</name>
    <message>
        <source>Not connected: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Not connected: the keychain did not give the secret of this profile (%1).</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Ignored a malformed device message on %1 (%2); %Ln ignored so far.</source>
        <translation>
            <numerusform>Ignored a malformed device message on %1 (%2); %Ln ignored so far.</numerusform>
            <numerusform>Ignored a malformed device message on %1 (%2); %Ln ignored so far.</numerusform>
        </translation>
    </message>
    <message>
        <source>this operation is not available over MQTT</source>
        <translation></translation>
    </message>
    <message>
        <source>this operation is not available over LwM2M</source>
        <translation></translation>
    </message>
    <message>
        <source>Broker: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Broker: %1 (%2)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MqttDeviceTracker</name>
    <message>
        <source>too many devices (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;ts&quot; is not an integer</source>
        <translation></translation>
    </message>
    <message>
        <source>a status needs &quot;state&quot;: &quot;online&quot; or &quot;offline&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>an identity needs the strings &quot;model&quot;, &quot;serial&quot; and &quot;firmware_version&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>attributes of the wrong type or out of range</source>
        <translation></translation>
    </message>
    <message>
        <source>a config needs an integer &quot;version&quot; and an object &quot;config&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>a firmware state needs &quot;state&quot; 0–3 and &quot;result&quot; 0–9</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MqttDmProtocol</name>
    <message>
        <source>the payload is too big (%1 bytes, at most %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>the JSON is nested more than %1 levels deep</source>
        <translation></translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation></translation>
    </message>
    <message>
        <source>updated successfully</source>
        <translation></translation>
    </message>
    <message>
        <source>not enough storage</source>
        <translation></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation></translation>
    </message>
    <message>
        <source>connection lost during download</source>
        <translation></translation>
    </message>
    <message>
        <source>integrity check failed</source>
        <translation></translation>
    </message>
    <message>
        <source>unsupported package type</source>
        <translation></translation>
    </message>
    <message>
        <source>invalid URI</source>
        <translation></translation>
    </message>
    <message>
        <source>update failed</source>
        <translation></translation>
    </message>
    <message>
        <source>unsupported protocol</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown result %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MqttIngest</name>
    <message>
        <source>the telemetry database is read-only</source>
        <translation></translation>
    </message>
    <message>
        <source>The MQTT history cannot be read: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The MQTT history cannot be written: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MqttMessageLibrary</name>
    <message>
        <source>The saved MQTT messages could not be read: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The saved MQTT messages could not be written: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>the file does not hold a JSON object</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MqttTlsContext</name>
    <message>
        <source>Cannot create a TLS context: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot load the system&apos;s trusted certificates: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation></translation>
    </message>
    <message>
        <source>The CA file %1 holds no usable PEM certificate: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot load the client certificate %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot load the client key %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The client key %1 does not belong to the client certificate %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>The broker&apos;s certificate is not trusted: it was issued by an unknown certificate authority (&quot;%1&quot;).</source>
        <translation></translation>
    </message>
    <message>
        <source>The broker&apos;s certificate is not trusted: &quot;%1&quot; is self-signed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The broker&apos;s certificate &quot;%1&quot; expired on %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>The broker&apos;s certificate &quot;%1&quot; is not valid before %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>The broker&apos;s certificate &quot;%1&quot; was refused: %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>The broker&apos;s certificate does not match the pinned fingerprint: expected SHA-256 %1, got %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>The broker&apos;s certificate is issued for %1, not for %2.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MqttTrafficModel</name>
    <message>
        <source>retained</source>
        <translation></translation>
    </message>
    <message>
        <source>published by FleetDesk</source>
        <translation></translation>
    </message>
    <message>
        <source>received</source>
        <translation></translation>
    </message>
    <message>
        <source>published</source>
        <translation></translation>
    </message>
    <message>
        <source>Time</source>
        <translation></translation>
    </message>
    <message>
        <source>Dir.</source>
        <translation></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation></translation>
    </message>
    <message>
        <source>QoS</source>
        <translation></translation>
    </message>
    <message>
        <source>Retain</source>
        <translation></translation>
    </message>
    <message>
        <source>Size</source>
        <translation></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PayloadDecoder</name>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation></translation>
    </message>
    <message>
        <source>not valid UTF-8 (invalid bytes shown as �)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PayloadViewerWidget</name>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n key}</numerusform>
            <numerusform>{%n keys}</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Decoder:</source>
        <translation></translation>
    </message>
    <message>
        <source>How to show the payload; the bytes themselves never change</source>
        <translation></translation>
    </message>
    <message>
        <source>Auto</source>
        <translation></translation>
    </message>
    <message>
        <source>Text (UTF-8)</source>
        <translation></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation></translation>
    </message>
    <message>
        <source>JSON tree</source>
        <translation></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation></translation>
    </message>
    <message>
        <source>Number</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation></translation>
    </message>
    <message>
        <source>Decode only the first part of large payloads (for display; the bytes are kept)</source>
        <translation></translation>
    </message>
    <message>
        <source>Whole payload</source>
        <translation></translation>
    </message>
    <message>
        <source>First 64 KB</source>
        <translation></translation>
    </message>
    <message>
        <source>First 1 MB</source>
        <translation></translation>
    </message>
    <message>
        <source>First 10 MB</source>
        <translation></translation>
    </message>
    <message>
        <source>Save &amp;Raw Payload…</source>
        <translation></translation>
    </message>
    <message>
        <source>Write the payload&apos;s bytes, exactly as received, to a file</source>
        <translation></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation></translation>
    </message>
    <message>
        <source>Text</source>
        <translation></translation>
    </message>
    <message>
        <source>A newer message arrived (%1). Large payloads are not replaced while you read them.</source>
        <translation></translation>
    </message>
    <message>
        <source>Select a topic to see its last message.</source>
        <translation></translation>
    </message>
    <message>
        <source>Key</source>
        <translation></translation>
    </message>
    <message>
        <source>Value</source>
        <translation></translation>
    </message>
    <message>
        <source>Auto (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Decoding %1…</source>
        <translation></translation>
    </message>
    <message>
        <source>showing %1 of %2 bytes (display limit)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 decoder could not read it: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>not shown as a tree: the payload is not complete JSON</source>
        <translation></translation>
    </message>
    <message>
        <source>the tree shows the first %1 values</source>
        <translation></translation>
    </message>
    <message>
        <source>long lines are broken for display</source>
        <translation></translation>
    </message>
    <message>
        <source>Save raw payload</source>
        <translation></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved the raw payload to %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The payload could not be saved to %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Decoder</source>
        <translation></translation>
    </message>
    <message>
        <source>Display limit</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Connection profile</source>
        <translation></translation>
    </message>
    <message>
        <source>Server</source>
        <translation></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. Osaka plant broker</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind of server</source>
        <translation></translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation></translation>
    </message>
    <message>
        <source>MQTT version</source>
        <translation></translation>
    </message>
    <message>
        <source>3.1.1</source>
        <translation></translation>
    </message>
    <message>
        <source>5</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation></translation>
    </message>
    <message>
        <source>MQTT &amp;version:</source>
        <translation></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation></translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation></translation>
    </message>
    <message>
        <source>Username</source>
        <translation></translation>
    </message>
    <message>
        <source>Password</source>
        <translation></translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the profile file.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation></translation>
    </message>
    <message>
        <source>User&amp;name:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation></translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation></translation>
    </message>
    <message>
        <source>System trust store</source>
        <translation></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose CA certificate file</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Verify the server certificate</source>
        <translation></translation>
    </message>
    <message>
        <source>Verify the server certificate</source>
        <translation></translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose client certificate file</source>
        <translation></translation>
    </message>
    <message>
        <source>Client key file</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose client key file</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation></translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation></translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation></translation>
    </message>
    <message>
        <source>Problems with this profile</source>
        <translation></translation>
    </message>
    <message>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the client certificate</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the client key</source>
        <translation></translation>
    </message>
    <message>
        <source>Private keys (*.pem *.key);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit connection “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Unchanged — stored in the system keychain</source>
        <translation></translation>
    </message>
    <message>
        <source>another profile is already called “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>the token is missing</source>
        <translation></translation>
    </message>
    <message>
        <source>the pre-shared key is missing</source>
        <translation></translation>
    </message>
    <message>
        <source>the password is missing</source>
        <translation></translation>
    </message>
    <message>
        <source>mqtts://broker.example.com:8883</source>
        <translation></translation>
    </message>
    <message>
        <source>https://lwm2m.example.com:8080</source>
        <translation></translation>
    </message>
    <message>
        <source>PSK &amp;identity:</source>
        <translation></translation>
    </message>
    <message>
        <source>Pre-shared &amp;key:</source>
        <translation></translation>
    </message>
    <message>
        <source>Pre-shared key</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation></translation>
    </message>
    <message>
        <source>Token</source>
        <translation></translation>
    </message>
    <message>
        <source>Turn off certificate verification?</source>
        <translation></translation>
    </message>
    <message>
        <source>Without certificate verification FleetDesk cannot tell the real server from an impostor: anyone on the network path can read and change what FleetDesk sends, including passwords and commands to devices.</source>
        <translation></translation>
    </message>
    <message>
        <source>Turn it off only for a test server you control, never for a production fleet.</source>
        <translation></translation>
    </message>
    <message>
        <source>Turn off verification</source>
        <translation></translation>
    </message>
    <message>
        <source>C&amp;onnect when FleetDesk starts</source>
        <translation></translation>
    </message>
    <message>
        <source>Connect when FleetDesk starts</source>
        <translation></translation>
    </message>
    <message>
        <source>Turn off for a profile kept for occasional use, e.g. a second route to a broker that is already connected.</source>
        <translation></translation>
    </message>
    <message>
        <source>Pinned certificate:</source>
        <translation></translation>
    </message>
    <message>
        <source>none</source>
        <translation></translation>
    </message>
    <message>
        <source>SHA-256 %1 (set with fleetdesk-cli profiles add --pin)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ProfileListModel</name>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <source>URL</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation></translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>This profile cannot be used:
%1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, %2, invalid: %3</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ProfileProbe</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation></translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server answered (HTTP %1).</source>
        <translation></translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The broker accepts connections (the TLS-PSK handshake is checked when FleetDesk connects).</source>
        <translation></translation>
    </message>
    <message>
        <source>The broker accepts connections.</source>
        <translation></translation>
    </message>
    <message>
        <source>The broker&apos;s certificate is not trusted: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>TLS handshake succeeded; certificate for %1 issued by %2 verified.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a valid profiles file: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 was written by a newer FleetDesk (version %2).</source>
        <translation></translation>
    </message>
    <message>
        <source>the entry is not a JSON object</source>
        <translation></translation>
    </message>
    <message>
        <source>another profile has the same name</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is not valid: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ProfileText</name>
    <message>
        <source>the profile has no name</source>
        <translation></translation>
    </message>
    <message>
        <source>the name must not contain &quot;/&quot; or surrounding spaces</source>
        <translation></translation>
    </message>
    <message>
        <source>the URL &quot;%1&quot; is not a valid server address</source>
        <translation></translation>
    </message>
    <message>
        <source>a broker URL starts with mqtt:// or mqtts://</source>
        <translation></translation>
    </message>
    <message>
        <source>an LwM2M server URL starts with http:// or https:// (its REST API)</source>
        <translation></translation>
    </message>
    <message>
        <source>password authentication needs a user name</source>
        <translation></translation>
    </message>
    <message>
        <source>TLS-PSK is only offered for brokers</source>
        <translation></translation>
    </message>
    <message>
        <source>TLS-PSK needs an identity</source>
        <translation></translation>
    </message>
    <message>
        <source>TLS-PSK needs an mqtts:// URL</source>
        <translation></translation>
    </message>
    <message>
        <source>client-certificate authentication needs a certificate file and a key file</source>
        <translation></translation>
    </message>
    <message>
        <source>client certificates need mqtts:// or https://</source>
        <translation></translation>
    </message>
    <message>
        <source>bearer tokens are only offered for LwM2M servers</source>
        <translation></translation>
    </message>
    <message>
        <source>the CA file %1 cannot be read</source>
        <translation></translation>
    </message>
    <message>
        <source>MQTT version must be 3.1.1 or 5</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown authentication &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>LwM2M server</source>
        <translation></translation>
    </message>
    <message>
        <source>LwM2M bootstrap server</source>
        <translation></translation>
    </message>
    <message>
        <source>MQTT broker</source>
        <translation></translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation></translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation></translation>
    </message>
    <message>
        <source>TLS pre-shared key</source>
        <translation></translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation></translation>
    </message>
    <message>
        <source>None</source>
        <translation></translation>
    </message>
    <message>
        <source>the pinned fingerprint must be a SHA-256 fingerprint (64 hexadecimal digits)</source>
        <translation></translation>
    </message>
    <message>
        <source>a pinned fingerprint needs mqtts:// or https://</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ProtocolLogModel</name>
    <message>
        <source>incoming</source>
        <translation></translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown direction</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (local time)
%2</source>
        <translation></translation>
    </message>
    <message>
        <source>Leshan sent no time for this message.</source>
        <translation></translation>
    </message>
    <message>
        <source>Incoming: from the device to the LwM2M server</source>
        <translation></translation>
    </message>
    <message>
        <source>Outgoing: from the LwM2M server to the device</source>
        <translation></translation>
    </message>
    <message>
        <source>Leshan did not say which way this message went.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: the device or server answered with an error</source>
        <translation></translation>
    </message>
    <message>
        <source>Time</source>
        <translation></translation>
    </message>
    <message>
        <source>Dir.</source>
        <comment>protocol log column: ↓ incoming / ↑ outgoing</comment>
        <translation></translation>
    </message>
    <message>
        <source>Type</source>
        <translation></translation>
    </message>
    <message>
        <source>Code</source>
        <translation></translation>
    </message>
    <message>
        <source>MID</source>
        <comment>CoAP message id</comment>
        <translation></translation>
    </message>
    <message>
        <source>Token</source>
        <translation></translation>
    </message>
    <message>
        <source>Options</source>
        <translation></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation></translation>
    </message>
    <message>
        <source>When Leshan logged the message, in local time (UTC on hover)</source>
        <translation></translation>
    </message>
    <message>
        <source>↓ incoming: device to server; ↑ outgoing: server to device</source>
        <translation></translation>
    </message>
    <message>
        <source>CoAP message type: CON (confirmable), NON (non-confirmable), ACK (acknowledgement), RST (reset)</source>
        <translation></translation>
    </message>
    <message>
        <source>Request method (GET, PUT, POST, DELETE) or response code (2.05 = content, 4.04 = not found)</source>
        <translation></translation>
    </message>
    <message>
        <source>CoAP message id: a request and its ACK share it</source>
        <translation></translation>
    </message>
    <message>
        <source>CoAP token (hex): a request and its response share it</source>
        <translation></translation>
    </message>
    <message>
        <source>CoAP options: Uri-Path, Content-Format, Observe…</source>
        <translation></translation>
    </message>
    <message>
        <source>The payload: text, or Hex: for binary content (TLV, CBOR)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ProtocolLogWidget</name>
    <message>
        <source>Protocol log</source>
        <translation></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation></translation>
    </message>
    <message>
        <source>Show messages in both directions, or only one</source>
        <translation></translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation></translation>
    </message>
    <message>
        <source>↓ Incoming</source>
        <translation></translation>
    </message>
    <message>
        <source>↑ Outgoing</source>
        <translation></translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation></translation>
    </message>
    <message>
        <source>Filter code, options, payload</source>
        <translation></translation>
    </message>
    <message>
        <source>Shows messages whose code, options or payload contain every word, e.g. &quot;4.04&quot;, &quot;Observe&quot; or &quot;rd&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>CoAP messages</source>
        <translation></translation>
    </message>
    <message>
        <source>Auto-scroll</source>
        <translation></translation>
    </message>
    <message>
        <source>Keep the newest message in view; scrolling up pauses it</source>
        <translation></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove the messages shown; new traffic keeps coming in</source>
        <translation></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the messages shown (with the filter applied) as CSV, times in UTC</source>
        <translation></translation>
    </message>
    <message>
        <source>Connect to the device&apos;s LwM2M server to see its traffic</source>
        <translation></translation>
    </message>
    <message>
        <source>The protocol log shows the CoAP messages between the LwM2M server and this device. Add or start the server&apos;s connection in Tools ▸ Connections…</source>
        <translation></translation>
    </message>
    <message>
        <source>No protocol log</source>
        <translation></translation>
    </message>
    <message>
        <source>Select an LwM2M device to see its CoAP traffic.</source>
        <translation></translation>
    </message>
    <message>
        <source>This device is not bound to an LwM2M server, so FleetDesk cannot see its CoAP traffic.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not connected to %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 The log starts again when the connection is back.</source>
        <translation></translation>
    </message>
    <message>
        <source>No traffic yet</source>
        <translation></translation>
    </message>
    <message>
        <source>Traffic appears here while this tab is open: read or write a resource, or wait for the device&apos;s next update or notification. FleetDesk does not record traffic while the tab is closed, and the server keeps no history.</source>
        <translation></translation>
    </message>
    <message>
        <source>Connecting to the event stream of %1…</source>
        <translation></translation>
    </message>
    <message>
        <source>Listening to %1 on %2 since %3.</source>
        <translation></translation>
    </message>
    <message>
        <source>Reconnecting: %1 Messages sent meanwhile are not shown.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not listening: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Not listening (the tab is closed).</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation></translation>
    </message>
    <message>
        <source>(only the newest %1 are kept)</source>
        <translation></translation>
    </message>
    <message>
        <source>Export protocol log</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n message(s) to %1.</source>
        <translation>
            <numerusform>Saved %n message to %1.</numerusform>
            <numerusform>Saved %n messages to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The protocol log could not be saved to %1: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish MQTT Message</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved messages</source>
        <translation></translation>
    </message>
    <message>
        <source>Pick a saved message to fill the form</source>
        <translation></translation>
    </message>
    <message>
        <source>Name of the saved message</source>
        <translation></translation>
    </message>
    <message>
        <source>Name, e.g. Reboot pump-0042</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Keep this message in the library (do not save passwords or keys in a payload)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. fd/v1/pump-0042/cmd/reboot</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation></translation>
    </message>
    <message>
        <source>Payload (UTF-8 text or JSON; empty is allowed)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Payload:</source>
        <translation></translation>
    </message>
    <message>
        <source>QoS</source>
        <translation></translation>
    </message>
    <message>
        <source>0 — at most once</source>
        <translation></translation>
    </message>
    <message>
        <source>1 — at least once</source>
        <translation></translation>
    </message>
    <message>
        <source>2 — exactly once</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Retain</source>
        <translation></translation>
    </message>
    <message>
        <source>The broker keeps the message and hands it to every new subscriber of the topic</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Format JSON</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;QoS:</source>
        <translation></translation>
    </message>
    <message>
        <source>MQTT 5 properties (sent only over MQTT 5)</source>
        <translation></translation>
    </message>
    <message>
        <source>Content &amp;type:</source>
        <translation></translation>
    </message>
    <message>
        <source>Res&amp;ponse topic:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Correlation data:</source>
        <translation></translation>
    </message>
    <message>
        <source>User properties</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Value</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation></translation>
    </message>
    <message>
        <source>User properties:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation></translation>
    </message>
    <message>
        <source>Broker: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the topic to publish to.</source>
        <translation></translation>
    </message>
    <message>
        <source>A topic to publish to cannot contain the wildcards + or #.</source>
        <translation></translation>
    </message>
    <message>
        <source>A topic cannot contain a NUL character.</source>
        <translation></translation>
    </message>
    <message>
        <source>The topic is longer than MQTT allows (65,535 bytes).</source>
        <translation></translation>
    </message>
    <message>
        <source>A response topic cannot contain the wildcards + or #.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not valid JSON (byte %1): %2 — it can still be published as text.</source>
        <translation></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation></translation>
    </message>
    <message>
        <source>Content type</source>
        <translation></translation>
    </message>
    <message>
        <source>Response topic</source>
        <translation></translation>
    </message>
    <message>
        <source>Correlation data</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>QueryLineEdit</name>
    <message>
        <source>Filter completions</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ResourceBrowserWidget</name>
    <message>
        <source>LwM2M resources</source>
        <translation></translation>
    </message>
    <message>
        <source>Details</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy the message and its details</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy the message and its details, e.g. for support</source>
        <translation></translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation></translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation></translation>
    </message>
    <message>
        <source>Objects and resources</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tool tip (shortcut)</comment>
        <translation></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation></translation>
    </message>
    <message>
        <source>Load the device&apos;s objects again and read what is expanded</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation></translation>
    </message>
    <message>
        <source>Read the selected object, instance or resource from the device</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Write…</source>
        <translation></translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation></translation>
    </message>
    <message>
        <source>Write a new value to the selected resource</source>
        <translation></translation>
    </message>
    <message>
        <source>E&amp;xecute…</source>
        <translation></translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation></translation>
    </message>
    <message>
        <source>Execute the selected resource (e.g. Reboot), with optional arguments</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Observe</source>
        <translation></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation></translation>
    </message>
    <message>
        <source>Have the device report changes of the selected resource</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Chart this value</source>
        <translation></translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation></translation>
    </message>
    <message>
        <source>Observe the selected number and plot it in the Charts dock</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Discover</source>
        <translation></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation></translation>
    </message>
    <message>
        <source>Ask the device which resources and attributes it has below the selected path</source>
        <translation></translation>
    </message>
    <message>
        <source>Write &amp;attributes…</source>
        <translation></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation></translation>
    </message>
    <message>
        <source>Set when the device notifies: pmin, pmax, gt, lt, st</source>
        <translation></translation>
    </message>
    <message>
        <source>Create &amp;instance…</source>
        <translation></translation>
    </message>
    <message>
        <source>Create a new instance of the selected object</source>
        <translation></translation>
    </message>
    <message>
        <source>De&amp;lete instance…</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete the selected instance from the device (asks first)</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation></translation>
    </message>
    <message>
        <source>More</source>
        <translation></translation>
    </message>
    <message>
        <source>Discover, write attributes, create or delete instances</source>
        <translation></translation>
    </message>
    <message>
        <source>Connect to the device&apos;s LwM2M server to browse its resources</source>
        <translation></translation>
    </message>
    <message>
        <source>FleetDesk reads and writes a device&apos;s objects through its LwM2M server. Add or start the server&apos;s connection in Tools ▸ Connections…</source>
        <translation></translation>
    </message>
    <message>
        <source>No LwM2M resources</source>
        <translation></translation>
    </message>
    <message>
        <source>Select a device to browse its objects and resources.</source>
        <translation></translation>
    </message>
    <message>
        <source>This device is not bound to an LwM2M server, so it has no objects to browse. Devices appear here once they register at a connected server.</source>
        <translation></translation>
    </message>
    <message>
        <source>Loading the objects of %1 from %2…</source>
        <translation></translation>
    </message>
    <message>
        <source>The server did not send its object models, so names, types and units are missing: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>No objects to show. Is %1 registered at %2? Refresh to try again.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) on %1. Expand an object to read it; values are as last read.</source>
        <translation>
            <numerusform>%n object on %1. Expand an object to read it; values are as last read.</numerusform>
            <numerusform>%n objects on %1. Expand an object to read it; values are as last read.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop &amp;observing</source>
        <translation></translation>
    </message>
    <message>
        <source>Operation: %1 %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>LwM2M status: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>none</source>
        <translation></translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Server&apos;s answer:</source>
        <translation></translation>
    </message>
    <message>
        <source>waiting for wake-up</source>
        <translation></translation>
    </message>
    <message>
        <source>reading…</source>
        <translation></translation>
    </message>
    <message>
        <source>Read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation></translation>
    </message>
    <message>
        <source>writing…</source>
        <translation></translation>
    </message>
    <message>
        <source>Wrote %1 to %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Execute %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Execute %1 on %2.

Arguments (optional, e.g. 0=&apos;https://…&apos;,1):</source>
        <translation></translation>
    </message>
    <message>
        <source>E&amp;xecute</source>
        <translation></translation>
    </message>
    <message>
        <source>executing…</source>
        <translation></translation>
    </message>
    <message>
        <source>Executed %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Executed %1 with %2</source>
        <translation></translation>
    </message>
    <message>
        <source>starting observation…</source>
        <translation></translation>
    </message>
    <message>
        <source>Observing %1</source>
        <translation></translation>
    </message>
    <message>
        <source>stopping observation…</source>
        <translation></translation>
    </message>
    <message>
        <source>Stopped observing %1</source>
        <translation></translation>
    </message>
    <message>
        <source>discovering…</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) below %1: %2</source>
        <translation>
            <numerusform>%n link below %1: %2</numerusform>
            <numerusform>%n links below %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>writing attributes…</source>
        <translation></translation>
    </message>
    <message>
        <source>Wrote the attributes %1 to %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Create instance of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Create a new instance of %1 on %2.

Instance ID:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation></translation>
    </message>
    <message>
        <source>creating…</source>
        <translation></translation>
    </message>
    <message>
        <source>Created instance %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete instance %1?</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete instance %1 from %2?</source>
        <translation></translation>
    </message>
    <message>
        <source>The device removes the instance and all its resources. This cannot be undone from FleetDesk.</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete instance %1</source>
        <translation></translation>
    </message>
    <message>
        <source>deleting…</source>
        <translation></translation>
    </message>
    <message>
        <source>Deleted instance %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Read</source>
        <translation></translation>
    </message>
    <message>
        <source>Write…</source>
        <translation></translation>
    </message>
    <message>
        <source>Execute…</source>
        <translation></translation>
    </message>
    <message>
        <source>Observe</source>
        <translation></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ResourceTreeModel</name>
    <message>
        <source>The server sent its object models in an unexpected form.</source>
        <translation></translation>
    </message>
    <message>
        <source>String</source>
        <translation></translation>
    </message>
    <message>
        <source>Integer</source>
        <translation></translation>
    </message>
    <message>
        <source>Unsigned integer</source>
        <translation></translation>
    </message>
    <message>
        <source>Float</source>
        <translation></translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation></translation>
    </message>
    <message>
        <source>Opaque</source>
        <translation></translation>
    </message>
    <message>
        <source>Time</source>
        <translation></translation>
    </message>
    <message>
        <source>Object link</source>
        <translation></translation>
    </message>
    <message>
        <source>CoRE link</source>
        <translation></translation>
    </message>
    <message>
        <source>true</source>
        <translation></translation>
    </message>
    <message>
        <source>false</source>
        <translation></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n byte(s))</source>
        <translation>
            <numerusform>%1 (%n byte)</numerusform>
            <numerusform>%1 (%n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>value and unit</comment>
        <translation></translation>
    </message>
    <message>
        <source>Object %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (id)</comment>
        <translation></translation>
    </message>
    <message>
        <source>Instance %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Resource %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n value</numerusform>
            <numerusform>%n values</numerusform>
        </translation>
    </message>
    <message>
        <source>Observed: the value updates as the device reports it.</source>
        <translation></translation>
    </message>
    <message>
        <source>The device did not report this resource.</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Value</source>
        <translation></translation>
    </message>
    <message>
        <source>Type</source>
        <translation></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation></translation>
    </message>
    <message>
        <source>Path</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SandboxImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a sandbox description: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has sandbox schema version %2; this FleetDesk reads version 1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The sandbox admin password file %1 is empty.</source>
        <translation></translation>
    </message>
    <message>
        <source>The sandbox entry &quot;%1&quot; is not usable: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 describes no server.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation></translation>
    </message>
    <message>
        <source>Language</source>
        <translation></translation>
    </message>
    <message>
        <source>System default</source>
        <translation></translation>
    </message>
    <message>
        <source>English</source>
        <translation></translation>
    </message>
    <message>
        <source>The language changes the next time FleetDesk starts.</source>
        <translation></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation></translation>
    </message>
    <message>
        <source>System</source>
        <translation></translation>
    </message>
    <message>
        <source>Light</source>
        <translation></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation></translation>
    </message>
    <message>
        <source>Stale after</source>
        <translation></translation>
    </message>
    <message>
        <source> s</source>
        <translation></translation>
    </message>
    <message>
        <source>Values older than this are marked as stale.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Stale after:</source>
        <translation></translation>
    </message>
    <message>
        <source>OK</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>MQTT messages kept per topic</source>
        <translation></translation>
    </message>
    <message>
        <source>none</source>
        <translation></translation>
    </message>
    <message>
        <source>Most MQTT topics per broker</source>
        <translation></translation>
    </message>
    <message>
        <source>The history lives in the telemetry database beside the fleet cache. Past the topic limit, messages on further topics are counted but not kept, and a warning says so. Both apply to brokers connected from now on.</source>
        <translation></translation>
    </message>
    <message>
        <source>MQTT &amp;history per topic:</source>
        <translation></translation>
    </message>
    <message>
        <source>Most MQTT to&amp;pics per broker:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>never</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>in the future (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>just now</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Registration</source>
        <translation></translation>
    </message>
    <message>
        <source>Health</source>
        <translation></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation></translation>
    </message>
    <message>
        <source>Time</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <source>Message</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Kind of entries</source>
        <translation></translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation></translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation></translation>
    </message>
    <message>
        <source>Search messages…</source>
        <translation></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation></translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation></translation>
    </message>
    <message>
        <source>Switch between newest first and oldest first</source>
        <translation></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation></translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the entries shown as CSV or JSON</source>
        <translation></translation>
    </message>
    <message>
        <source>Device timeline</source>
        <translation></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry(ies)</numerusform>
            <numerusform>%n entry(ies)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation></translation>
    </message>
    <message>
        <source>No device selected</source>
        <translation></translation>
    </message>
    <message>
        <source>Select a device to see its timeline.</source>
        <translation></translation>
    </message>
    <message>
        <source>Loading the timeline…</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing recorded for this device yet</source>
        <translation></translation>
    </message>
    <message>
        <source>Registrations, health changes and the operations you run on it appear here as they happen.</source>
        <translation></translation>
    </message>
    <message>
        <source>No entry matches</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Choose &quot;All kinds&quot; or clear the search to see all %n entry(ies).</source>
        <translation>
            <numerusform>Choose &quot;All kinds&quot; or clear the search to see all %n entry(ies).</numerusform>
            <numerusform>Choose &quot;All kinds&quot; or clear the search to see all %n entry(ies).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation></translation>
    </message>
    <message>
        <source>The timeline could not be saved to %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TopicExplorerWidget</name>
    <message>
        <source>The last message carried no MQTT 5 properties.</source>
        <translation></translation>
    </message>
    <message>
        <source>Content type: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Response topic: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Correlation data: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Correlation data (hex): %1</source>
        <translation></translation>
    </message>
    <message>
        <source>User properties:</source>
        <translation></translation>
    </message>
    <message>
        <source>MQTT topic explorer</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Broker:</source>
        <translation></translation>
    </message>
    <message>
        <source>The broker connection whose topics are shown</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation></translation>
    </message>
    <message>
        <source>Compose a message, or pick one from the saved messages</source>
        <translation></translation>
    </message>
    <message>
        <source>E&amp;xport Topics…</source>
        <translation></translation>
    </message>
    <message>
        <source>Save every topic of this broker with its last value as CSV or JSON</source>
        <translation></translation>
    </message>
    <message>
        <source>No MQTT broker connected</source>
        <translation></translation>
    </message>
    <message>
        <source>Add an MQTT broker in Tools ▸ Connections… FleetDesk then shows every topic the broker carries, with live values, history and charts.</source>
        <translation></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation></translation>
    </message>
    <message>
        <source>Traffic Log</source>
        <translation></translation>
    </message>
    <message>
        <source>Filter topics</source>
        <translation></translation>
    </message>
    <message>
        <source>Filter topics, e.g. pump-0042 temperature</source>
        <translation></translation>
    </message>
    <message>
        <source>Shows the topics whose full name contains every word</source>
        <translation></translation>
    </message>
    <message>
        <source>Select a topic</source>
        <translation></translation>
    </message>
    <message>
        <source>Its last payload, the change from the message before, its MQTT 5 properties and its stored history appear here.</source>
        <translation></translation>
    </message>
    <message>
        <source>Publish to &amp;Topic…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation></translation>
    </message>
    <message>
        <source>Chart this number, or a number inside the JSON payload, in the Charts dock</source>
        <translation></translation>
    </message>
    <message>
        <source>Clear &amp;Retained…</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove the retained messages of this topic and every topic below it from the broker</source>
        <translation></translation>
    </message>
    <message>
        <source>Export &amp;History…</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the stored messages of this topic as CSV or JSON</source>
        <translation></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation></translation>
    </message>
    <message>
        <source>Difference from the previous message</source>
        <translation></translation>
    </message>
    <message>
        <source>Diff with Previous</source>
        <translation></translation>
    </message>
    <message>
        <source>Stored messages</source>
        <translation></translation>
    </message>
    <message>
        <source>History</source>
        <translation></translation>
    </message>
    <message>
        <source>MQTT 5 properties</source>
        <translation></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation></translation>
    </message>
    <message>
        <source>Filter by topic</source>
        <translation></translation>
    </message>
    <message>
        <source>Topic contains…</source>
        <translation></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation></translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation></translation>
    </message>
    <message>
        <source>↓ Received</source>
        <translation></translation>
    </message>
    <message>
        <source>↑ Published</source>
        <translation></translation>
    </message>
    <message>
        <source>Retained only</source>
        <translation></translation>
    </message>
    <message>
        <source>Follow new messages</source>
        <translation></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation></translation>
    </message>
    <message>
        <source>MQTT traffic</source>
        <translation></translation>
    </message>
    <message>
        <source>No stored messages for this topic yet.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>The newest %n stored message(s); FleetDesk keeps up to %1 per topic in the telemetry database. Double-click one to see it in the payload viewer.</source>
        <translation>
            <numerusform>The newest %n stored message; FleetDesk keeps up to %1 per topic in the telemetry database. Double-click one to see it in the payload viewer.</numerusform>
            <numerusform>The newest %n stored messages; FleetDesk keeps up to %1 per topic in the telemetry database. Double-click one to see it in the payload viewer.</numerusform>
        </translation>
    </message>
    <message>
        <source>retained</source>
        <translation></translation>
    </message>
    <message>
        <source>Dir.</source>
        <translation></translation>
    </message>
    <message>
        <source>QoS</source>
        <translation></translation>
    </message>
    <message>
        <source>No broker</source>
        <translation></translation>
    </message>
    <message>
        <source>(empty topic)</source>
        <translation></translation>
    </message>
    <message>
        <source>No message arrived on exactly this topic; it is a level above other topics.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) below</source>
        <translation>
            <numerusform>%n topic below</numerusform>
            <numerusform>%n topics below</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>newest %1</source>
        <translation></translation>
    </message>
    <message>
        <source>QoS %1</source>
        <translation></translation>
    </message>
    <message>
        <source>not retained</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation></translation>
    </message>
    <message>
        <source>last received %1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n topic(s)</source>
        <translation>
            <numerusform>%1 · %n topic</numerusform>
            <numerusform>%1 · %n topics</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 messages · %2 msg/s</source>
        <translation></translation>
    </message>
    <message>
        <source>history not saved: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 carries more than %2 distinct topics. Messages on further topics are counted but not kept, so memory stays bounded. Subscribe to fewer topics to see them.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation></translation>
    </message>
    <message>
        <source>(only the newest %1 are kept)</source>
        <translation></translation>
    </message>
    <message>
        <source>Only one message so far: nothing to compare with yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation></translation>
    </message>
    <message>
        <source>The last message repeated the previous one exactly.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) changed since the previous message (shown as %1).</source>
        <translation>
            <numerusform>%n line changed since the previous message (shown as %1).</numerusform>
            <numerusform>%n lines changed since the previous message (shown as %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 lines are shown.</source>
        <translation></translation>
    </message>
    <message>
        <source>Select a topic with messages</source>
        <translation></translation>
    </message>
    <message>
        <source>Chart the Value</source>
        <translation></translation>
    </message>
    <message>
        <source>Chart “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>No numbers in this payload</source>
        <translation></translation>
    </message>
    <message>
        <source>published to %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing to clear</source>
        <translation></translation>
    </message>
    <message>
        <source>No topic at or under “%1” has a retained message.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear the retained messages of %n topic(s) at or under “%1” on %2?</source>
        <translation>
            <numerusform>Clear the retained messages of %n topic at or under “%1” on %2?</numerusform>
            <numerusform>Clear the retained messages of %n topics at or under “%1” on %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>FleetDesk publishes an empty retained message to each topic, which removes it from the broker. Devices that read these topics when they start will find nothing. This cannot be undone.</source>
        <translation></translation>
    </message>
    <message>
        <source>Clear Retained Messages</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Clear %n Retained Message(s)</source>
        <translation>
            <numerusform>Clear %n Retained Message</numerusform>
            <numerusform>Clear %n Retained Messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cleared %n retained message(s)</source>
        <translation>
            <numerusform>cleared %n retained message</numerusform>
            <numerusform>cleared %n retained messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>saved %n row(s) to %1</source>
        <translation>
            <numerusform>saved %n row to %1</numerusform>
            <numerusform>saved %n rows to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>could not save %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation></translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation></translation>
    </message>
    <message>
        <source>Export MQTT topics</source>
        <translation></translation>
    </message>
    <message>
        <source>Export topic history</source>
        <translation></translation>
    </message>
    <message>
        <source>Broker</source>
        <translation></translation>
    </message>
    <message>
        <source>Brokers</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TopicHistoryModel</name>
    <message>
        <source>retained</source>
        <translation></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (stored: first %2)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Received</source>
        <translation></translation>
    </message>
    <message>
        <source>Size</source>
        <translation></translation>
    </message>
    <message>
        <source>QoS</source>
        <translation></translation>
    </message>
    <message>
        <source>Retain</source>
        <translation></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TopicTreeModel</name>
    <message>
        <source>(empty level)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n topic</numerusform>
            <numerusform>%n topics</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation></translation>
    </message>
    <message>
        <source>retained</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n byte(s))</source>
        <translation>
            <numerusform>%1 (%n byte)</numerusform>
            <numerusform>%1 (%n bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) below, %1 message(s)</source>
        <translation>
            <numerusform>%n topic below, %1 message(s)</numerusform>
            <numerusform>%n topics below, %1 message(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Topic</source>
        <translation></translation>
    </message>
    <message>
        <source>Value</source>
        <translation></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation></translation>
    </message>
    <message>
        <source>Rate/s</source>
        <translation></translation>
    </message>
    <message>
        <source>Retained</source>
        <translation></translation>
    </message>
    <message>
        <source>QoS</source>
        <translation></translation>
    </message>
    <message>
        <source>Last received</source>
        <translation></translation>
    </message>
    <message>
        <source>Messages received on the topic and every topic below it</source>
        <translation></translation>
    </message>
    <message>
        <source>Messages per second over the last second, with the topics below</source>
        <translation></translation>
    </message>
    <message>
        <source>The last message arrived with the retain flag</source>
        <translation></translation>
    </message>
    <message>
        <source>When the newest message arrived (local time; UTC on hover)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TypedConfirmDialog</name>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation></translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>WriteAttributesDialog</name>
    <message>
        <source>Write attributes of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>When the device sends notifications for %1. Leave a field empty to leave that attribute out.</source>
        <translation></translation>
    </message>
    <message>
        <source>Minimum &amp;period (pmin):</source>
        <translation></translation>
    </message>
    <message>
        <source>seconds between notifications, at least</source>
        <translation></translation>
    </message>
    <message>
        <source>Maximum p&amp;eriod (pmax):</source>
        <translation></translation>
    </message>
    <message>
        <source>seconds between notifications, at most</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Greater than (gt):</source>
        <translation></translation>
    </message>
    <message>
        <source>notify when the value rises above</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Less than (lt):</source>
        <translation></translation>
    </message>
    <message>
        <source>notify when the value falls below</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Step (st):</source>
        <translation></translation>
    </message>
    <message>
        <source>notify when the value changes by at least</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Write attributes</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 must be a whole number of seconds (0 or more).</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation></translation>
    </message>
    <message>
        <source>pmin must not be greater than pmax.</source>
        <translation></translation>
    </message>
    <message>
        <source>lt must be less than gt.</source>
        <translation></translation>
    </message>
    <message>
        <source>st must not be negative.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>WriteValueDialog</name>
    <message>
        <source>Write %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (path)</comment>
        <translation></translation>
    </message>
    <message>
        <source>Type</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation></translation>
    </message>
    <message>
        <source>Value</source>
        <translation></translation>
    </message>
    <message>
        <source>true</source>
        <translation></translation>
    </message>
    <message>
        <source>false</source>
        <translation></translation>
    </message>
    <message>
        <source>Date and time (local)</source>
        <translation></translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation></translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation></translation>
    </message>
    <message>
        <source>Object</source>
        <translation></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation></translation>
    </message>
    <message>
        <source>How to write</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Replace the resource %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Partial update of instance %1 (only this resource changes)</source>
        <translation></translation>
    </message>
    <message>
        <source>Partial update</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation></translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Bytes as hexadecimal digits, e.g. 0a1bff (spaces and a leading 0x are allowed).</source>
        <translation></translation>
    </message>
    <message>
        <source>Local time; sent to the device as UTC.</source>
        <translation></translation>
    </message>
    <message>
        <source>The object ID and instance ID the link points to.</source>
        <translation></translation>
    </message>
    <message>
        <source>The value must be from %1 to %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter a whole number of 0 or more.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a whole number of 0 or more.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter pairs of hexadecimal digits (0–9, a–f), e.g. 0a1bff.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s).</source>
        <translation>
            <numerusform>%n byte.</numerusform>
            <numerusform>%n bytes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for IoT device fleets</source>
        <translation></translation>
    </message>
    <message>
        <source>Use the fleet cache at &lt;path&gt;.</source>
        <translation></translation>
    </message>
    <message>
        <source>Read connection profiles from &lt;path&gt;.</source>
        <translation></translation>
    </message>
    <message>
        <source>Keep settings in the INI file &lt;file&gt; (tests, screenshots).</source>
        <translation></translation>
    </message>
    <message>
        <source>Show FleetDesk in &lt;language&gt; (en or ja).</source>
        <translation></translation>
    </message>
    <message>
        <source>Render the main window once the fleet is loaded, save it as the PNG &lt;file&gt; and exit.</source>
        <translation></translation>
    </message>
    <message>
        <source>With --screenshot: connect to the servers, wait &lt;seconds&gt;, and show the first device&apos;s resources.</source>
        <translation></translation>
    </message>
    <message>
        <source>With --screenshot-live: show the MQTT &lt;topic&gt; in the Topics view instead of the device&apos;s resources.</source>
        <translation></translation>
    </message>
    <message>
        <source>Once the cache&apos;s devices are in the tree and the window has painted them, print &quot;ready_ms &lt;milliseconds since start&gt;&quot; and exit (benchmarks).</source>
        <translation></translation>
    </message>
    <message>
        <source>Start with the filter &lt;query&gt; (the fleet query language).</source>
        <translation></translation>
    </message>
    <message>
        <source>Group the device tree by &lt;field&gt;: site, model, firmware, health, protocol, server.</source>
        <translation></translation>
    </message>
    <message>
        <source>Show the devices as a tree or a table (&lt;view&gt;: tree or table).</source>
        <translation></translation>
    </message>
    <message>
        <source>Select every device shown once the fleet is loaded.</source>
        <translation></translation>
    </message>
</context>
</TS>
