<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>NodeConfig</name>
    <message>
        <location filename="../node/config/nodeconfig.cpp" line="125"/>
        <source>INI configuration file (env OCPI_CONFIG).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectRow</name>
    <message>
        <location filename="../ui/objectrow.cpp" line="12"/>
        <source>ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectrow.cpp" line="13"/>
        <source>partner %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="34"/>
        <source>OCPI 2.2.1 node. Commands (default: serve):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="37"/>
        <source>Run &apos;ocpi-node &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="58"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="74"/>
        <source>Print results as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="19"/>
        <source>Serve OCPI to partners until SIGTERM/SIGINT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="40"/>
        <source>OCPI versions URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::AuthorizeDialog</name>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="23"/>
        <source>Authorize token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="29"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="31"/>
        <source>optional, comma separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="32"/>
        <source>Authorize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="42"/>
        <source>Token UID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="43"/>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="44"/>
        <source>Location id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="45"/>
        <source>EVSE UIDs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="51"/>
        <source>Asks this node&apos;s token authorization what a CPO would be told, as the real-time authorization endpoint answers it (nothing is stored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="96"/>
        <source>Asking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="104"/>
        <source>Error %1 (HTTP %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::InviteDialog</name>
    <message>
        <location filename="../ui/invitedialog.cpp" line="22"/>
        <source>Invite a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="24"/>
        <source>The node issues a registration token (token A) for the new partner. Hand it over together with this node&apos;s versions URL through a secure channel; the partner then registers with this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="31"/>
        <source>e.g. the partner&apos;s company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="32"/>
        <source>Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="35"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="44"/>
        <source>Token A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="51"/>
        <location filename="../ui/invitedialog.cpp" line="57"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="62"/>
        <source>&lt;b&gt;This token is shown only now.&lt;/b&gt; The node keeps only a fingerprint of it and cannot show it again; copy it before closing this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="68"/>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="69"/>
        <source>Our versions URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="70"/>
        <source>Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="89"/>
        <source>Token A copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="93"/>
        <source>Versions URL copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="122"/>
        <source>The invitation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::LocationsModel</name>
    <message>
        <location filename="../ui/locationsmodel.cpp" line="124"/>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/locationsmodel.cpp" line="145"/>
        <source>One of our locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/locationsmodel.cpp" line="145"/>
        <source>Received from %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/locationsmodel.cpp" line="174"/>
        <source>Id / UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/locationsmodel.cpp" line="175"/>
        <source>Name / EVSE ID / Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/locationsmodel.cpp" line="176"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/locationsmodel.cpp" line="177"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/locationsmodel.cpp" line="178"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/locationsmodel.cpp" line="179"/>
        <source>Last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/locationsmodel.cpp" line="188"/>
        <source>no EVSEs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/locationsmodel.cpp" line="198"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::LocationsPage</name>
    <message>
        <location filename="../ui/locationspage.cpp" line="34"/>
        <source>The status to give the selected EVSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/locationspage.cpp" line="35"/>
        <source>Set EVSE status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/locationspage.cpp" line="36"/>
        <source>Set the selected EVSE of one of our locations to this status; partners are told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/locationspage.cpp" line="98"/>
        <source>EVSE %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/locationspage.cpp" line="100"/>
        <source>Could not set EVSE %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/locationspage.cpp" line="130"/>
        <source>New location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="36"/>
        <source>OCPI Node Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="61"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="62"/>
        <source>Traffic</source>
        <translation>Verkeer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="64"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="66"/>
        <source>Locations</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="68"/>
        <source>Tariffs</source>
        <translation>Tarieven</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="70"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="138"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139"/>
        <source>&amp;Copy versions URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="145"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="151"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="152"/>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="160"/>
        <source>Versions URL: %1  |  Requests: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="164"/>
        <source>Node not serving: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="166"/>
        <source>Node stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <source>Starting the node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="173"/>
        <source>About OCPI Node Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="174"/>
        <source>&lt;b&gt;OCPI Node Console&lt;/b&gt; %1&lt;br&gt;An OCPI 2.2.1 node with an operator console.&lt;br&gt;Qt %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::ObjectEditorDialog</name>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="30"/>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="30"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="33"/>
        <source>The %1 as OCPI 2.2.1 JSON. It is checked like a partner&apos;s PUT, stored, and sent to every partner that receives %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="36"/>
        <source>Changes are checked like a partner&apos;s PUT, stored, and sent to every partner that receives %1. The id cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="43"/>
        <source>EVSEs and connectors are never deleted: set an EVSE&apos;s status to REMOVED instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="99"/>
        <source>%1: cannot change from &apos;%2&apos; when editing; use New for another object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="112"/>
        <source>Not valid JSON at character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="116"/>
        <source>Expected one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="130"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="136"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::ObjectListPage</name>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="42"/>
        <source>Show the objects of one owner party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="43"/>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="45"/>
        <source>Search id or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="47"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="48"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="49"/>
        <source>Change the selected object (only our own objects can be changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="52"/>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="178"/>
        <source>Showing the first %1 objects (%2 ours); more are stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/objectlistpage.cpp" line="179"/>
        <source>%n object(s), %1 ours</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="186"/>
        <source>Could not read the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="270"/>
        <source>Select an object to see its JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="280"/>
        <source>Create an object owned by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="281"/>
        <source>This node hosts no party that owns %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="320"/>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="320"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::ObjectTableModel</name>
    <message>
        <location filename="../ui/objecttablemodel.cpp" line="33"/>
        <source>One of our objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objecttablemodel.cpp" line="33"/>
        <source>Received from %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objecttablemodel.cpp" line="86"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objecttablemodel.cpp" line="91"/>
        <source>Last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objecttablemodel.cpp" line="97"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objecttablemodel.cpp" line="105"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objecttablemodel.cpp" line="105"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::ObjectsController</name>
    <message>
        <location filename="../ui/objectscontroller.cpp" line="61"/>
        <source>no object module %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectscontroller.cpp" line="117"/>
        <source>%1 %2 of %3 exists already: edit it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectscontroller.cpp" line="170"/>
        <source>console operator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::PartnerDetailsView</name>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="42"/>
        <source>raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="42"/>
        <location filename="../ui/partnerdetailsview.cpp" line="72"/>
        <source>Base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="61"/>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="62"/>
        <source>Versions URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="63"/>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="64"/>
        <source>Last contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="65"/>
        <source>Added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="66"/>
        <source>Our token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="67"/>
        <source>The token this node presents to the partner. Only its start is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="68"/>
        <source>Their token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="71"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="73"/>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="74"/>
        <source>How this node writes its token in the Authorization header to this partner. Automatic tries Base64 (OCPI 2.2.1) and falls back to raw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="80"/>
        <source>Token encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="82"/>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="82"/>
        <location filename="../ui/partnerdetailsview.cpp" line="83"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="82"/>
        <source>Business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="82"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="83"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="83"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="88"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="90"/>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="105"/>
        <source>Select a partner to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="122"/>
        <source>(not known yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="123"/>
        <source>(none negotiated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="124"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="126"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="127"/>
        <source>the partner holds a live token of ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="128"/>
        <source>the partner holds no live token of ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="133"/>
        <source>detected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="134"/>
        <source>nothing detected yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::PartnersModel</name>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="15"/>
        <source>invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="16"/>
        <source>registering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="17"/>
        <source>registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="18"/>
        <source>unregistered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="19"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="96"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="97"/>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="98"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="99"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="100"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="101"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="156"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::PartnersPage</name>
    <message>
        <location filename="../ui/partnerspage.cpp" line="40"/>
        <source>Invite partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="41"/>
        <source>Issue a registration token (token A) for a partner that will register with this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="42"/>
        <source>Register with partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="43"/>
        <source>Register this node with a partner that gave you its versions URL and a token A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="44"/>
        <source>Update credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="45"/>
        <source>Exchange new tokens with the selected partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="46"/>
        <location filename="../ui/partnerspage.cpp" line="259"/>
        <location filename="../ui/partnerspage.cpp" line="265"/>
        <source>Unregister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="47"/>
        <source>End the connection with the selected partner; its tokens stop working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="156"/>
        <source>Could not read the partners: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="194"/>
        <source>No partners yet: invite one or register with one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="195"/>
        <source>Select a partner to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="238"/>
        <source>Registered with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="260"/>
        <source>Unregister from %1?

The partner is told first; then every token between the two nodes stops working, whatever it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="279"/>
        <source>Updating the credentials with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="279"/>
        <source>Unregistering from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="284"/>
        <source>Updating the credentials with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="285"/>
        <source>Unregistering from %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="288"/>
        <source>New credentials exchanged with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="290"/>
        <source>Unregistered from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="305"/>
        <source>%1 now gets tokens encoded as: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="307"/>
        <source>Could not change the token encoding: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::RegisterDetailsPage</name>
    <message>
        <location filename="../ui/registerwizard.cpp" line="29"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="30"/>
        <source>Enter the versions URL and the registration token (token A) the partner gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="36"/>
        <source>optional: else the partner&apos;s business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="38"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="39"/>
        <source>Base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="40"/>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="41"/>
        <source>How to write tokens to this partner. Automatic tries Base64 (OCPI 2.2.1) and falls back to raw for older implementations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="47"/>
        <source>Versions URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="48"/>
        <source>Token A:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="49"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="50"/>
        <source>Token encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="73"/>
        <source>The versions URL must be an http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="78"/>
        <source>A token has at most 64 printable characters and no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::RegisterProgressPage</name>
    <message>
        <location filename="../ui/registerwizard.cpp" line="104"/>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="127"/>
        <source>Exchanging credentials with the partner; this window stays usable meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="129"/>
        <source>Registering with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="153"/>
        <source>The partner&apos;s parties and endpoints are stored; it is listed on the Partners page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="154"/>
        <source>Registered with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="159"/>
        <source>The registration failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="160"/>
        <source>Go back to correct the input, or close the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="170"/>
        <source>Parties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="175"/>
        <source>Version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="175"/>
        <source>Endpoints:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::RegisterWizard</name>
    <message>
        <location filename="../ui/registerwizard.cpp" line="193"/>
        <source>Register with a partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::StatusPage</name>
    <message>
        <location filename="../ui/statuspage.cpp" line="35"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="36"/>
        <source>Copy the versions URL to give it to a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="49"/>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="50"/>
        <source>Listening at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="51"/>
        <source>Versions URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="52"/>
        <source>Hosted parties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="53"/>
        <source>Started at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="54"/>
        <source>Uptime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="55"/>
        <source>Requests served:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="56"/>
        <source>Request log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="57"/>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="86"/>
        <source>(demo identity: no --party given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="96"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="97"/>
        <source>Serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="99"/>
        <source>Not serving: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="101"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="114"/>
        <source>%1 exchanges written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="116"/>
        <source>%1 dropped (writer overloaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/statuspage.cpp" line="127"/>
        <source>%n day(s) %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ocpi::TariffsPage</name>
    <message>
        <location filename="../ui/tariffspage.cpp" line="15"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="16"/>
        <source>Withdraw the selected tariff; partners are told to delete their copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="26"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="27"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="29"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="32"/>
        <source>(all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="34"/>
        <source>Elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="72"/>
        <source>Delete tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="73"/>
        <source>Delete tariff %1 of %2?

Partners are told to delete their copy. A tariff still named in a connector&apos;s tariff_ids is not deleted: change those first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="78"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="85"/>
        <source>Deleted tariff %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="87"/>
        <source>Could not delete tariff %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::TokensPage</name>
    <message>
        <location filename="../ui/tokenspage.cpp" line="14"/>
        <source>Invalidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="15"/>
        <source>Block the selected token (valid = false); CPOs are told with a PATCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="16"/>
        <source>Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="17"/>
        <source>Make the selected token valid again; CPOs are told with a PATCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="18"/>
        <source>Authorize…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="19"/>
        <source>Ask this node&apos;s real-time authorization about one of our tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="33"/>
        <source>UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="34"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="35"/>
        <source>Contract id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="36"/>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="37"/>
        <source>Whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="91"/>
        <source>Could not change token %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="93"/>
        <source>Token %1 is valid again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="94"/>
        <source>Token %1 is invalidated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::TrafficDetailView</name>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="32"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="33"/>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="43"/>
        <source>Select an exchange to see its headers and bodies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="49"/>
        <source>incoming from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="49"/>
        <source>an unknown client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="51"/>
        <source>outgoing to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="52"/>
        <source>%1 %2 — %3; HTTP %4, OCPI %5, %6 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="55"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="58"/>
        <source>X-Request-ID %1, X-Correlation-ID %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::TrafficModel</name>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="52"/>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="52"/>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="65"/>
        <source>Request from a partner to this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="66"/>
        <source>Request from this node to a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="95"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="96"/>
        <source>Dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="97"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="98"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="99"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="100"/>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="101"/>
        <source>OCPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="102"/>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::TrafficPage</name>
    <message>
        <location filename="../ui/trafficpage.cpp" line="29"/>
        <source>Filter by method, URL or partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="31"/>
        <location filename="../ui/trafficpage.cpp" line="78"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="33"/>
        <source>Stop adding new exchanges to the list while you inspect it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="34"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="35"/>
        <source>Empty the list; the request log itself is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="78"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="129"/>
        <source>Select an exchange to see its headers and bodies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="139"/>
        <source>Exchange %1 is no longer in the request log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficpage.cpp" line="146"/>
        <source>%n exchange(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficpage.cpp" line="147"/>
        <source>%1 of %n exchange(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ocpi::cli</name>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="33"/>
        <source>expected one of %1, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="44"/>
        <source>--owner must look like NL-TNM, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::cli::ExportCommand</name>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="144"/>
        <source>Print our own objects as a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::cli::ImportCommand</name>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="56"/>
        <source>Import our own objects from a JSON array file (all or nothing); they are pushed to partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="63"/>
        <source>import needs %1 FILE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="74"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="80"/>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="95"/>
        <source>imported %1 %2 (%3 new, %4 updated)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::cli::InviteCommand</name>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="59"/>
        <source>Issue a registration token (token A) for a new partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="63"/>
        <source>Name of the partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="82"/>
        <source>Token A (shown only now): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="83"/>
        <source>Versions URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="84"/>
        <source>Valid until: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::cli::ListCommand</name>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="162"/>
        <source>Show stored objects, ours and partners&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="193"/>
        <source>ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="195"/>
        <source>OWNER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="195"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="195"/>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="195"/>
        <source>LAST UPDATED</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::cli::OutboxCommand</name>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="204"/>
        <source>Show pushes waiting for each partner, with the last error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="234"/>
        <source>PARTNER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="234"/>
        <source>PENDING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="234"/>
        <source>PARKED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="234"/>
        <source>OLDEST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="234"/>
        <source>LAST ERROR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::cli::PartnerActionCommand</name>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="185"/>
        <source>%1 needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="198"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::cli::PartnersCommand</name>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="136"/>
        <source>List partners: parties, roles, state, version, last contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="171"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="171"/>
        <source>PARTIES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="171"/>
        <source>ROLES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="171"/>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="171"/>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="171"/>
        <source>LAST CONTACT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::cli::PullCommand</name>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="245"/>
        <source>Fetch a partner&apos;s locations, tariffs or tokens (all pages; since the last pull unless --full).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="251"/>
        <source>Fetch everything; objects the partner no longer lists are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="256"/>
        <source>pull needs PARTNER [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="297"/>
        <source>%1: %2 stored, %3 skipped, %4 removed (%5 pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="310"/>
        <source>%1 offers no Sender endpoint this node can pull</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::cli::RegisterCommand</name>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="96"/>
        <source>Register with a partner, given its versions URL and the token A it issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="101"/>
        <source>The partner&apos;s versions URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="102"/>
        <source>The token A the partner gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="103"/>
        <source>Name to show for the partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="104"/>
        <source>How to send tokens: auto, base64 or raw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="115"/>
        <source>register needs --versions-url URL and --token TOKEN_A (--token-encoding auto|base64|raw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="124"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::cli::SetEncodingCommand</name>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="242"/>
        <source>How to send our token to a partner: auto, base64 or raw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="252"/>
        <source>MODE must be auto, base64 or raw</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::cli::StoredObjectsCommand</name>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="113"/>
        <source>Only objects of this party.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::cli::UnregisterCommand</name>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="216"/>
        <source>Unregister from a partner (named by name or CC-PID); its tokens die.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::cli::UpdateCommand</name>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="229"/>
        <source>Rotate the credentials with a partner (new tokens both ways).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
