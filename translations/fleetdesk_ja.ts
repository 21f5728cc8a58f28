<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>CacheDatabase</name>
    <message>
        <source>The cache is read-only; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache %1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache %1 is damaged (%2) and could not be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new cache %1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache was damaged (%1). It was kept as %2 and a new, empty cache was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer FleetDesk (schema %2; this version knows %3). It is open read-only; nothing will be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache %1 cannot be upgraded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache %1 cannot be upgraded to schema %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionManagerDialog</name>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that FleetDesk can reach the server and that its certificate verifies. Sends no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from &amp;sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the servers of a running FleetDesk sandbox from its sandbox.json file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “%1” was saved, but its secret could not be stored in the system keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove connection?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the connection profile “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its stored secret is removed from the system keychain as well. Devices bound to this profile stay in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the sandbox&apos;s connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox description (sandbox.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox file lists no usable connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profiles could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>The file is empty: the first line must name the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot; (column %2). Known columns: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required column &quot;name&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id &quot;%1&quot; is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol &quot;%1&quot; is not lwm2m or mqtt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile and endpoint need a protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifecycle &quot;%1&quot; is not one of provisioned, active, disabled, retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1 already appears on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot; on profile &quot;%2&quot; already appears on line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot; on profile &quot;%2&quot; already belongs to another device in the cache</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import devices from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run — nothing has been written yet. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows are skipped; fix them in the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with the file:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the file and what would happen to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n device(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not UTF-8 text (first bad byte on line %1). Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field that starts on line %1 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceDetailsWidget</name>
    <message>
        <source>Device details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a device in the tree to see its identity, connection, location and state. Use the arrow keys in the tree, or Ctrl+F to filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery below %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a device below this node to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not bound to a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint / device ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (low)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dBm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FleetDesk has never heard from this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (local time)
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceText</name>
    <message>
        <source>the device has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the protocol binding names no connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the LwM2M binding has no endpoint name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the MQTT binding has no device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>battery level %1 % is outside 0–100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sleeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provisioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LwM2M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not bound</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetTreeModel</name>
    <message>
        <source>%1 offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 battery &lt; %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s): %1 online, %2 sleeping, %3 offline, %4 unknown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 with battery below %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery below %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (local time)
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FleetDesk has never heard from this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, firmware %3, battery %4, last seen %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPlanModel</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site / group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2, %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FleetDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Devices from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a CSV file of devices, then add them to the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the fleet cache again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, edit and test LwM2M servers and MQTT brokers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Diagnostics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the application log, versions and settings (never secrets) in a zip file for support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About FleetDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter devices: name, site, group, model, firmware, tag… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every word must appear in the device&apos;s name, site, group, model, serial, firmware or tags. Put &quot;quotes&quot; around words with spaces. Esc clears the filter, ↓ moves to the tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices matching the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the fleet cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Devices from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites, groups and devices with their health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>59 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No live values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live charts of a device&apos;s resources appear here when an LwM2M server or MQTT broker connection feeds values. FleetDesk is not connected to a server, so there is nothing to plot; charts only ever show real readings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection profiles could not be read from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection profile cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the fleet cache %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started a new fleet cache at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fleet cache was written by a newer version of FleetDesk. It is open read-only: you can look, but imports are off until FleetDesk is updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fleet cache was damaged and could not be read. FleetDesk started a new, empty cache; the damaged file was kept at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fleet cache %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FleetDesk did not close cleanly last time; a full integrity check of the cache runs in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full integrity check of the fleet cache: no problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick integrity check of the fleet cache: no problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The integrity check found %Ln problem(s) in the fleet cache. The event log lists them; export diagnostics for support.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln device(s) from the cache.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device matches %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each word matches some devices, but no device matches all of them. Remove a word to widen the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device has %1 in its name, site, group, model, serial, firmware or tags. Check the spelling, or remove it from the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fleet cache is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message above says why. You can still manage connections; FleetDesk tries the cache again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to FleetDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no devices and no connections yet. Add the LwM2M server or MQTT broker your devices talk to, or import a list of devices from a CSV file.

No hardware at hand? Start the FleetDesk sandbox (a local LwM2M server, MQTT broker and simulated devices, see docs/sandbox.md), then choose “Import from sandbox…” in the Connections window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No devices in the cache yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>FleetDesk knows %Ln connection(s) but has no devices in its cache. Import a list of devices from a CSV file, or check the connections.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: no server connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln server(s) connected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 battery &lt; %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache %1 old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache never synchronised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last heard from a server: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache has never been synchronised with a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — showing the cached fleet from %1 ago. Values may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — showing the cached fleet. It has never been synchronised with a server, so values may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fleet data is %1 old. Values may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached values — not live. FleetDesk is not connected to this device&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the fleet cache again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import devices from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln device(s) from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting diagnostics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics saved to %1. They hold no passwords or keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagnostics could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection profiles could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About FleetDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;FleetDesk %1&lt;/h3&gt;&lt;p&gt;A desktop console for fleets of IoT devices: LwM2M servers and MQTT brokers in one place.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Osaka plant broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3.1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the profile file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User&amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System trust store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose client certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose client key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private keys (*.pem *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit connection “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged — stored in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another profile is already called “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pre-shared key is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mqtts://broker.example.com:8883</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://lwm2m.example.com:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSK &amp;identity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-shared &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-shared key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off certificate verification?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without certificate verification FleetDesk cannot tell the real server from an impostor: anyone on the network path can read and change what FleetDesk sends, including passwords and commands to devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn it off only for a test server you control, never for a production fleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off verification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile cannot be used:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, invalid: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileProbe</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker accepts connections (the TLS-PSK handshake is checked when FleetDesk connects).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker accepts connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker&apos;s certificate is not trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake succeeded; certificate for %1 issued by %2 verified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid profiles file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer FleetDesk (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another profile has the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileText</name>
    <message>
        <source>the profile has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name must not contain &quot;/&quot; or surrounding spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL &quot;%1&quot; is not a valid server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a broker URL starts with mqtt:// or mqtts://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an LwM2M server URL starts with http:// or https:// (its REST API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password authentication needs a user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS-PSK is only offered for brokers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS-PSK needs an identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS-PSK needs an mqtts:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client-certificate authentication needs a certificate file and a key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificates need mqtts:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bearer tokens are only offered for LwM2M servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA file %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT version must be 3.1.1 or 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown authentication &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LwM2M server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LwM2M bootstrap server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS pre-shared key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a sandbox description: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has sandbox schema version %2; this FleetDesk reads version 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox admin password file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox entry &quot;%1&quot; is not usable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 describes no server.</source>
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
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time FleetDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values older than this are marked as stale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stale after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>in the future (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for IoT device fleets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the fleet cache at &lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read connection profiles from &lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep settings in the INI file &lt;file&gt; (tests, screenshots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show FleetDesk in &lt;language&gt; (en or ja).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window once the fleet is loaded, save it as the PNG &lt;file&gt; and exit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
