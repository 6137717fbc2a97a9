<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>NodeConfig</name>
    <message>
        <location filename="../node/config/nodeconfig.cpp" line="237"/>
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
    <name>ReservationsController</name>
    <message>
        <location filename="../ui/reservationscontroller.cpp" line="14"/>
        <source>the reservations module is off: start the node with --reservations on (OCPI_RESERVATIONS=on)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../ui/settingsform.cpp" line="31"/>
        <source>Parties (CC-PID:ROLE, comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="50"/>
        <source>Business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="56"/>
        <source>Listen address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="58"/>
        <source>Port (0 picks a free one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="60"/>
        <source>Public URL (empty: the listen address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="63"/>
        <source>Largest page of a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="65"/>
        <source>Largest request body (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="68"/>
        <source>Partner timeout (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="71"/>
        <source>Longest delay between delivery attempts (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="74"/>
        <source>Invitation token lifetime (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="77"/>
        <source>Partner URLs allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="80"/>
        <source>Keep the request log (days, 0: by number only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="83"/>
        <source>Reservations module (on/off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="86"/>
        <source>Simulated charge points&apos; speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="122"/>
        <source>not a setting the console edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="128"/>
        <source>%1 must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="157"/>
        <source>cannot create the folder of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="170"/>
        <source>cannot write %1</source>
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
        <location filename="../app/console/main.cpp" line="125"/>
        <source>OCPI versions URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/demo/demodriver.cpp" line="30"/>
        <source>--speed must be a whole number of at least 1, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="149"/>
        <source>All %1 steps succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console</name>
    <message>
        <location filename="../app/console/main.cpp" line="57"/>
        <source>OCPI 2.2.1 node with its operator console. Takes the options of &apos;ocpi-node serve&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="62"/>
        <source>Start a CPO and an eMSP node with temporary databases and play the whole OCPI story between them (node options are ignored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="64"/>
        <source>With --demo: divide the pause between steps by N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="84"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="131"/>
        <source>OCPI node not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="115"/>
        <source>no temporary directory for the demo&apos;s databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="133"/>
        <source>the demo&apos;s %1 node did not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="143"/>
        <source>demo step %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="153"/>
        <source>Pictures of every page saved in %1</source>
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
    <name>ocpi::CdrsPage</name>
    <message>
        <location filename="../ui/cdrspage.cpp" line="46"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="65"/>
        <source>  (tariff %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="100"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="102"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="105"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="106"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="107"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="108"/>
        <source>Location/EVSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="115"/>
        <source>kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="116"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="118"/>
        <source>Cost (excl./incl. VAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="123"/>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="126"/>
        <source>credit for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="142"/>
        <source>Total cost (excl. / incl. VAT): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="144"/>
        <source>fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="144"/>
        <source>energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="145"/>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="145"/>
        <source>parking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="146"/>
        <source>reservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="149"/>
        <source>  %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="150"/>
        <source>Energy %1 kWh, time %2, parking %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="155"/>
        <source>Charging periods (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="159"/>
        <source>Credit CDR for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="172"/>
        <source>CDRs are final; corrections are credit CDRs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="187"/>
        <source>Select a CDR to see its cost breakdown and charging periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="220"/>
        <source>partner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="222"/>
        <source>  %1 took it at %2 without saying where it keeps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="224"/>
        <source>  %1 keeps it at %2 (since %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="232"/>
        <source>Could not read the deliveries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="233"/>
        <source>Not delivered to a partner yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="234"/>
        <source>Delivered:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::ChargingProfileDialog</name>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="23"/>
        <source>Charging profile of session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="34"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="35"/>
        <source>Set limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="36"/>
        <source>Get active profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="37"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="51"/>
        <source>Limit (from now):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="52"/>
        <source>Ahead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="92"/>
        <source>%1: sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="103"/>
        <location filename="../ui/chargingprofiledialog.cpp" line="111"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="163"/>
        <source>%1: result %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::CommandsModel</name>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="49"/>
        <source>partner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="56"/>
        <source>%1, %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="82"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="82"/>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="98"/>
        <source>Sent/received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="99"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="100"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="101"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="102"/>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="103"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="104"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="105"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="155"/>
        <source>%1 sent to %2 (our id %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="155"/>
        <source>%1 received from %2 (our id %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="160"/>
        <source>the CPO answered %1, result expected within %2 s%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="161"/>
        <source>we answered %1, result promised within %2 s%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="166"/>
        <source>no usable answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="168"/>
        <source>waiting for the CPO&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="173"/>
        <source>result %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="173"/>
        <source>result %1 queued for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="175"/>
        <source>TIMEOUT: no result by the CPO&apos;s timeout plus %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="177"/>
        <source>waiting for the result until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="181"/>
        <source>state: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::CommandsPage</name>
    <message>
        <location filename="../ui/commandspage.cpp" line="25"/>
        <source>Send command…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commandspage.cpp" line="49"/>
        <source>Commands sent to partner CPOs and received from partner eMSPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/commandspage.cpp" line="107"/>
        <source>%n command(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/commandspage.cpp" line="114"/>
        <source>Could not read the commands: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commandspage.cpp" line="140"/>
        <source>Select a command to see its timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commandspage.cpp" line="151"/>
        <source>Send START_SESSION, STOP_SESSION, RESERVE_NOW, CANCEL_RESERVATION or UNLOCK_CONNECTOR to a partner CPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commandspage.cpp" line="153"/>
        <source>Commands are sent as an eMSP: this node hosts no eMSP party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commandspage.cpp" line="164"/>
        <source>%1 sent: the CPO answered %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commandspage.cpp" line="165"/>
        <source>%1 sent: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::DashboardPage</name>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="25"/>
        <source>Partners online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="26"/>
        <source>Sessions active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="27"/>
        <source>Energy delivered today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="28"/>
        <source>Outbox backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="29"/>
        <source>Errors in the last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="37"/>
        <source>Requests and errors per minute, last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="43"/>
        <source>Partners and their state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="59"/>
        <source>Partners (double-click or Enter opens one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="63"/>
        <source>This node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="94"/>
        <source>Could not read the figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="105"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="107"/>
        <source>%1 kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="108"/>
        <source>%1 waiting, %2 parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="109"/>
        <source>%1 waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::DemoWindow</name>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="62"/>
        <source>OCPI Node Console: demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="69"/>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="71"/>
        <source>Node shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="72"/>
        <source>Demo steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="76"/>
        <source>&amp;Node:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="84"/>
        <source>The OCPI story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="105"/>
        <source>%1/%2  %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::InviteDialog</name>
    <message>
        <location filename="../ui/invitedialog.cpp" line="23"/>
        <source>Invite a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="25"/>
        <source>The node issues a registration token (token A) for the new partner. Hand it over together with this node&apos;s versions URL through a secure channel; the partner then registers with this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="32"/>
        <source>e.g. the partner&apos;s company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="33"/>
        <source>Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="36"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="45"/>
        <source>Token A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="52"/>
        <location filename="../ui/invitedialog.cpp" line="58"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="63"/>
        <source>&lt;b&gt;This token is shown only now.&lt;/b&gt; The node keeps only a fingerprint of it and cannot show it again; copy it before closing this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="69"/>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="70"/>
        <source>Our versions URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="71"/>
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
        <location filename="../ui/invitedialog.cpp" line="127"/>
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
        <translation type="unfinished">Status</translation>
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
        <location filename="../ui/locationspage.cpp" line="35"/>
        <source>The status to give the selected EVSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/locationspage.cpp" line="36"/>
        <source>Set EVSE status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/locationspage.cpp" line="37"/>
        <source>Set the selected EVSE of one of our locations to this status; partners are told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/locationspage.cpp" line="99"/>
        <source>EVSE %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/locationspage.cpp" line="101"/>
        <source>Could not set EVSE %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/locationspage.cpp" line="131"/>
        <source>New location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="42"/>
        <source>OCPI Node Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="81"/>
        <source>Traffic</source>
        <translation>Verkeer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="77"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../ui/modulepages.cpp" line="30"/>
        <source>Locations</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <location filename="../ui/modulepages.cpp" line="31"/>
        <source>Tariffs</source>
        <translation>Tarieven</translation>
    </message>
    <message>
        <location filename="../ui/modulepages.cpp" line="32"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/modulepages.cpp" line="33"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/modulepages.cpp" line="34"/>
        <source>CDRs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/modulepages.cpp" line="35"/>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/modulepages.cpp" line="36"/>
        <source>Reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="50"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="75"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="82"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="163"/>
        <source>Partners online: %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="164"/>
        <source>Outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="166"/>
        <source>Parked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <source>Errors (1 h): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="230"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>&amp;Copy versions URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="237"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="241"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="243"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="255"/>
        <source>Listening at %1  |  %2  |  Requests: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="261"/>
        <source>Node not serving: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>Node stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="264"/>
        <source>Starting the node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="270"/>
        <source>About OCPI Node Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="271"/>
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
        <location filename="../ui/locationspage.cpp" line="148"/>
        <source>EVSEs and connectors are never deleted: set an EVSE&apos;s status to REMOVED instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="96"/>
        <source>%1: cannot change from &apos;%2&apos; when editing; use New for another object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="109"/>
        <source>Not valid JSON at character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="113"/>
        <source>Expected one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="127"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="133"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::ObjectListPage</name>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="44"/>
        <source>Show the objects of one owner party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="45"/>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="47"/>
        <source>Search id or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="49"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="50"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="51"/>
        <source>Change the selected object (only our own objects can be changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="54"/>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="209"/>
        <source>Showing the first %1 objects (%2 ours); scroll to the end to read more. The owner filter and the search cover the objects read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/objectlistpage.cpp" line="213"/>
        <source>%n object(s), %1 ours</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="220"/>
        <source>Could not read the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="304"/>
        <source>Select an object to see its JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="315"/>
        <source>Create an object owned by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="316"/>
        <source>This node hosts no party that owns %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="325"/>
        <source>This node hosts no %1 party, so it has no %2 of its own to create or change: the list shows what partners sent, read-only. To issue your own, add a %1 party on the Settings page (or start with --party CC-PID:%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="372"/>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="372"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::ObjectTableModel</name>
    <message>
        <location filename="../ui/objecttablemodel.cpp" line="37"/>
        <source>One of our objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objecttablemodel.cpp" line="37"/>
        <source>Received from %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objecttablemodel.cpp" line="90"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objecttablemodel.cpp" line="95"/>
        <source>Last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objecttablemodel.cpp" line="101"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objecttablemodel.cpp" line="109"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objecttablemodel.cpp" line="109"/>
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
        <location filename="../ui/objectscontroller.cpp" line="96"/>
        <source>%1 (hub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectscontroller.cpp" line="138"/>
        <source>%1 %2 of %3 exists already: edit it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/objectscontroller.cpp" line="191"/>
        <source>console operator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::ParkedDeliveriesView</name>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="22"/>
        <source>Refused by the partner (parked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="23"/>
        <source>Drop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="24"/>
        <source>Discard the selected parked delivery: the partner never receives it (ocpi-node outbox drop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="25"/>
        <source>Drop the selected parked delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="27"/>
        <source>Parked deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="28"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="28"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="28"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="28"/>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="28"/>
        <source>Partner&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="67"/>
        <source>queued %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="71"/>
        <source>Refused by the partner (parked): none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/parkeddeliveriesview.cpp" line="72"/>
        <source>Refused by the partner (parked): %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ocpi::PartnerController</name>
    <message>
        <location filename="../ui/partnercontroller.cpp" line="159"/>
        <source>%1 offers nothing this node can pull</source>
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
        <location filename="../ui/partnerdetailsview.cpp" line="73"/>
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
        <location filename="../ui/partnerdetailsview.cpp" line="69"/>
        <source>Pushes waiting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="72"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="74"/>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="75"/>
        <source>How this node writes its token in the Authorization header to this partner. Automatic tries Base64 (OCPI 2.2.1) and falls back to raw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="81"/>
        <source>Token encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="83"/>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="83"/>
        <location filename="../ui/partnerdetailsview.cpp" line="84"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="83"/>
        <source>Business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="83"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="84"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="84"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="89"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="91"/>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="106"/>
        <source>Select a partner to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="123"/>
        <source>(not known yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="124"/>
        <source>(none negotiated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="125"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="127"/>
        <location filename="../ui/partnerdetailsview.cpp" line="167"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="128"/>
        <source>the partner holds a live token of ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="129"/>
        <source>the partner holds no live token of ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="134"/>
        <source>detected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="135"/>
        <source>nothing detected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/partnerdetailsview.cpp" line="159"/>
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/partnerdetailsview.cpp" line="161"/>
        <source>, %n refused by the partner</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="163"/>
        <source>; last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::PartnerFiguresModel</name>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="42"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="43"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="44"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="45"/>
        <source>not registered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="46"/>
        <source>unregistered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="71"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="72"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="84"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="85"/>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="86"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="87"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="88"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="89"/>
        <source>Parked</source>
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
        <location filename="../ui/partnersmodel.cpp" line="83"/>
        <source>As the hub reports them: nothing is sent to an OFFLINE or SUSPENDED party; a PLANNED one joins soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="109"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="110"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="111"/>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="112"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="113"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="114"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="115"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="116"/>
        <source>Behind the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="171"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="200"/>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::PartnersPage</name>
    <message>
        <location filename="../ui/partnerspage.cpp" line="41"/>
        <source>Invite partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="42"/>
        <source>Issue a registration token (token A) for a partner that will register with this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="43"/>
        <source>Register with partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="44"/>
        <source>Register this node with a partner that gave you its versions URL and a token A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="45"/>
        <source>Update credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="46"/>
        <source>Exchange new tokens with the selected partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="47"/>
        <source>Pull now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="48"/>
        <source>Fetch the partner&apos;s locations, tariffs and tokens (what changed since the last pull)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="49"/>
        <source>Send refused pushes again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="50"/>
        <source>Queue the deliveries the partner refused (parked) again, once the cause is fixed (ocpi-node outbox retry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="52"/>
        <location filename="../ui/partnerspage.cpp" line="313"/>
        <location filename="../ui/partnerspage.cpp" line="319"/>
        <source>Unregister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="53"/>
        <source>End the connection with the selected partner; its tokens stop working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="54"/>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="55"/>
        <source>Delete an invited, failed or unregistered partner with its tokens and queued deliveries (ocpi-node partners remove)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="199"/>
        <source>Could not read the partners: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="238"/>
        <source>No partners yet: invite one or register with one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="239"/>
        <source>Select a partner to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="292"/>
        <source>Registered with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="314"/>
        <source>Unregister from %1?

The partner is told first; then every token between the two nodes stops working, whatever it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="339"/>
        <source>Cannot remove %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="341"/>
        <source>Removed %1 (it was %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="350"/>
        <source>Remove partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="351"/>
        <source>Remove %1 (%2)?

Its tokens, including an unused token A, stop working and its queued deliveries are dropped. Objects received from it stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="356"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="372"/>
        <source>Drop parked delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="373"/>
        <source>Drop delivery %1 to %2?

The partner never receives it, and it cannot be queued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="379"/>
        <source>Drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="386"/>
        <source>Cannot drop delivery %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="388"/>
        <source>Delivery %1 is no longer parked (sent again or dropped meanwhile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="390"/>
        <source>Delivery %1 to %2 dropped; the partner will not receive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="415"/>
        <source>Pulling from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="419"/>
        <source>Pulling from %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="423"/>
        <source>%1: %2 stored, %3 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="424"/>
        <source>Pulled from %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="440"/>
        <source>Cannot queue the refused pushes to %1 again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/partnerspage.cpp" line="442"/>
        <source>%n refused push(es) to %1 queued again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="451"/>
        <source>Updating the credentials with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="451"/>
        <source>Unregistering from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="456"/>
        <source>Updating the credentials with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="457"/>
        <source>Unregistering from %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="460"/>
        <source>New credentials exchanged with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="462"/>
        <source>Unregistered from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="477"/>
        <source>%1 now gets tokens encoded as: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="479"/>
        <source>Could not change the token encoding: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::ProfileChart</name>
    <message>
        <location filename="../ui/profilechart.cpp" line="50"/>
        <source>%1 %2 from %3 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilechart.cpp" line="70"/>
        <source>No profile known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilechart.cpp" line="93"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/profilechart.cpp" line="95"/>
        <source>+%1 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::RateChart</name>
    <message>
        <location filename="../ui/ratechart.cpp" line="16"/>
        <source>Requests per minute over the last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ratechart.cpp" line="23"/>
        <source>Click to open the traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ratechart.cpp" line="37"/>
        <source>Last hour: %1 requests, %2 errors, busiest minute %3 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ratechart.cpp" line="67"/>
        <source>%1/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ratechart.cpp" line="68"/>
        <source>60 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ratechart.cpp" line="69"/>
        <source>now</source>
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
    <name>ocpi::ReservationDialog</name>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="20"/>
        <source>Ask for a reservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="22"/>
        <source>Registered partners that announce the reservations module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="24"/>
        <source>The partner&apos;s locations as this node holds them (pushed by the CPO or pulled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="27"/>
        <source>Our own tokens: the EVSE is held for this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="32"/>
        <source>Accept the offer at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="33"/>
        <source>Without it the offer waits on the Reservations page for Accept or Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="36"/>
        <source>Partner CPO:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="37"/>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="38"/>
        <source>EVSE:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="39"/>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="40"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="41"/>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="54"/>
        <source>Ask for an offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="65"/>
        <location filename="../ui/reservationdialog.cpp" line="107"/>
        <source>(any: the CPO chooses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="79"/>
        <source>Could not read the partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="81"/>
        <source>No registered partner announces the reservations module: it must run with --reservations on, then update the registration (Partners page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="104"/>
        <source>Could not read the partner&apos;s locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="110"/>
        <source>This node holds no location of this partner: pull its locations first (Partners page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="112"/>
        <source>This node has no token of its own to reserve for: create one on the Tokens page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="125"/>
        <source>To: the window must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="134"/>
        <source>Asking the CPO…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="137"/>
        <source>The request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="148"/>
        <source>Offered; accepting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="151"/>
        <source>The offer came, but accepting it failed (accept it on the Reservations page)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::ReservationsPage</name>
    <message>
        <location filename="../ui/reservationspage.cpp" line="43"/>
        <source>%1 %2 excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="49"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="50"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="52"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="54"/>
        <source>we asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="55"/>
        <source>asked of us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="57"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="59"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="61"/>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="62"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="63"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="77"/>
        <source>Ask for a reservation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="78"/>
        <source>Accept offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="79"/>
        <source>Accept the selected offer: the CPO holds the EVSE from the window&apos;s start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="80"/>
        <source>Cancel reservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="81"/>
        <source>Cancel the selected reservation at the CPO (an active one frees its EVSE at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="89"/>
        <source>Reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="97"/>
        <source>Selected reservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="107"/>
        <source>Time windows on an EVSE, offered with their price (custom module)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="136"/>
        <source>Reservations are off on this node: start it with --reservations on (or OCPI_RESERVATIONS=on, or reservations=on in its settings file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="164"/>
        <source>the newest %1 reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reservationspage.cpp" line="165"/>
        <source>%n reservation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="172"/>
        <source>Could not read the reservations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="202"/>
        <source>Select a reservation to see it whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="212"/>
        <source>Ask a partner CPO for a time window on one of its EVSEs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="213"/>
        <source>Reservations are asked for as an eMSP: this node hosts no eMSP party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="231"/>
        <source>%1: the CPO refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="232"/>
        <source>%1: %2 by the CPO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="252"/>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="254"/>
        <source>%1 could not be %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="254"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="254"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::SendCommandDialog</name>
    <message>
        <location filename="../ui/objectpickers.cpp" line="56"/>
        <source>%1, not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="38"/>
        <source>Send a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="40"/>
        <source>Registered partners holding a CPO role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="45"/>
        <source>The partner&apos;s locations as this node holds them (pushed by the CPO or pulled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="49"/>
        <source>Our own tokens: the command carries the whole token (CMD-07)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="51"/>
        <source>The partner&apos;s sessions as this node holds them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="57"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="58"/>
        <source>The authorization_reference this node gave when the CPO asked to authorize the token (Tokens page, Authorize); the session and the CDR carry it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="61"/>
        <source>the start of a location id, token uid or session id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="68"/>
        <source>Partner CPO:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="69"/>
        <source>Command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="70"/>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="71"/>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="72"/>
        <source>EVSE:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="73"/>
        <source>Connector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="74"/>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="75"/>
        <source>Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="76"/>
        <source>Reservation ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="77"/>
        <source>Reservation id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="78"/>
        <source>Authorization reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="88"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="152"/>
        <source>Could not read the partners: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="156"/>
        <source>No registered partner holds a CPO role: register with a CPO first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="184"/>
        <source>Could not read the partner&apos;s objects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="209"/>
        <source>No location id starts with &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="211"/>
        <source>This node holds no location of this partner: pull its locations first (Partners page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="213"/>
        <source>The pickers show the first %1 of each kind: type the start of an id in Find for the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="227"/>
        <source>(any: the CPO chooses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="236"/>
        <source>(any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="306"/>
        <source>Choose a partner CPO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="306"/>
        <source>%1 needs: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="312"/>
        <source>Sending %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="317"/>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::SessionsPage</name>
    <message>
        <location filename="../ui/sessionspage.cpp" line="40"/>
        <source>Charging profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionspage.cpp" line="41"/>
        <source>Set, read or clear the power limit of this session at the CPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionspage.cpp" line="83"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionspage.cpp" line="84"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../ui/sessionspage.cpp" line="85"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionspage.cpp" line="90"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionspage.cpp" line="94"/>
        <source>kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionspage.cpp" line="95"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionspage.cpp" line="96"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionspage.cpp" line="97"/>
        <source>Periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionspage.cpp" line="130"/>
        <source>Sessions are never deleted: end one with status COMPLETED or INVALID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::SettingsPage</name>
    <message>
        <location filename="../ui/settingspage.cpp" line="56"/>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="65"/>
        <source>Apply and restart the listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="66"/>
        <source>Check every field, save the settings and restart the node on them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="67"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="68"/>
        <source>Show the running node&apos;s settings again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="87"/>
        <source>The node did not start on these settings: %1. Correct them and apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="113"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="115"/>
        <source>set by %1, which wins over the saved value at the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="117"/>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="120"/>
        <source>%1 (change it with --db; the console keeps one database while it runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="150"/>
        <source>1 setting needs correcting; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="151"/>
        <source>%1 settings need correcting; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="164"/>
        <source>Not saved: %1. Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="171"/>
        <source>Saved to %1; restarting the listener…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::StatusPage</name>
    <message>
        <location filename="../ui/statuspage.cpp" line="38"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="39"/>
        <source>Copy the versions URL to give it to a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="51"/>
        <source>The node processes serving this database (several on PostgreSQL behind a load balancer); the leader runs the work that must happen once (command timeouts, simulated charge points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="55"/>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="56"/>
        <source>Listening at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="57"/>
        <source>Versions URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="58"/>
        <source>Hosted parties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="59"/>
        <source>Started at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="60"/>
        <source>Uptime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="61"/>
        <source>Requests served:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="62"/>
        <source>Request log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="63"/>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="64"/>
        <source>Processes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="93"/>
        <source>(demo identity: no --party given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="103"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="104"/>
        <source>Serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="106"/>
        <source>Not serving: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="108"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="126"/>
        <source>%1 exchanges written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="128"/>
        <source>%1 dropped (writer overloaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="139"/>
        <source>cannot read them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="147"/>
        <source>gone (last seen %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="149"/>
        <source>serving, leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="149"/>
        <source>serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="150"/>
        <source>%1 pid %2, %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="152"/>
        <source>(this console)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/statuspage.cpp" line="171"/>
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
        <location filename="../ui/tariffspage.cpp" line="16"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="17"/>
        <source>Withdraw the selected tariff; partners are told to delete their copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="27"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="28"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="30"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="33"/>
        <source>(all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="35"/>
        <source>Price</source>
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
        <location filename="../ui/trafficdetailview.cpp" line="53"/>
        <source>%1 %2 — %3; no answer: %4, after %5 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="55"/>
        <source>no HTTP response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="57"/>
        <source>%1 %2 — %3; HTTP %4, OCPI %5, %6 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="60"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="63"/>
        <source>X-Request-ID %1, X-Correlation-ID %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="65"/>
        <source>Accepted with warnings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="69"/>
        <source>No response: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::TrafficFilterBar</name>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="38"/>
        <source>All partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="38"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="39"/>
        <source>All modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="39"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="42"/>
        <source>Both directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="42"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="43"/>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="44"/>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="45"/>
        <source>All methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="45"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="48"/>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="48"/>
        <source>One status (404) or a class (4xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="49"/>
        <source>OCPI status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="49"/>
        <source>One status (2001) or a class (2xxx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="50"/>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="51"/>
        <source>HTTP 4xx and 5xx, OCPI statuses other than 1xxx, and calls that got no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="74"/>
        <source>&apos;%1&apos; is not a status: write one (404) or a class (4xx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::TrafficModel</name>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="54"/>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="54"/>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="61"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="71"/>
        <source>Request from a partner to this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="72"/>
        <source>Request from this node to a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="108"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="109"/>
        <source>Dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="110"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="111"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="112"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="113"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="114"/>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="115"/>
        <source>OCPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="116"/>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::TrafficPage</name>
    <message>
        <location filename="../ui/trafficpage.cpp" line="66"/>
        <source>Filter by method, URL or partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="68"/>
        <location filename="../ui/trafficpage.cpp" line="142"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="70"/>
        <source>Stop adding new exchanges to the list while you inspect it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="71"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="72"/>
        <source>Empty the list; the request log itself is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="74"/>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="75"/>
        <source>Send the selected outgoing request again to its partner, with the current token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="76"/>
        <source>Export HAR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="77"/>
        <source>Save the selected exchanges (all shown when none is selected) as a HAR 1.2 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="133"/>
        <source>Export as HAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="134"/>
        <source>HTTP Archive (*.har);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="142"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="188"/>
        <source>Select one outgoing request to send it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="194"/>
        <source>Send this request again to its partner, with the current token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="195"/>
        <location filename="../ui/trafficpage.cpp" line="214"/>
        <location filename="../ui/trafficpage.cpp" line="226"/>
        <source>Cannot replay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="202"/>
        <source>Select one outgoing request to replay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="209"/>
        <source>The exchange is no longer in the request log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="218"/>
        <source>Replaying %1 %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="228"/>
        <source>Replayed %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="245"/>
        <source>Cannot export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficpage.cpp" line="251"/>
        <source>Exported %n exchange(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="252"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="313"/>
        <source>Select an exchange to see its headers and bodies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="320"/>
        <source>Reading exchange %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="327"/>
        <source>Exchange %1 is no longer in the request log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficpage.cpp" line="335"/>
        <source>%n exchange(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficpage.cpp" line="336"/>
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
        <location filename="../app/cli/objectcommands.cpp" line="52"/>
        <source>expected one of %1, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="63"/>
        <source>--owner must look like NL-TNM, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/asyncrequests.cpp" line="88"/>
        <source>waiting for the result (until %1)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/asyncrequests.cpp" line="98"/>
        <source>result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="198"/>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="198"/>
        <source>DIRECTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="198"/>
        <source>PARTNER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="198"/>
        <source>COMMAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="198"/>
        <location filename="../app/cli/processcommands.cpp" line="52"/>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="198"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/hubcommands.cpp" line="53"/>
        <source>%1 (hub) reports: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/hubcommands.cpp" line="85"/>
        <source>HUB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/hubcommands.cpp" line="85"/>
        <source>PARTY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/hubcommands.cpp" line="85"/>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/hubcommands.cpp" line="85"/>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/hubcommands.cpp" line="85"/>
        <source>LAST UPDATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="59"/>
        <source>%1, but the node is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="63"/>
        <source>%1, but the node announces %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="65"/>
        <source>no business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="70"/>
        <source>%1, but the node answers at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="75"/>
        <source>%1, but the node %2 port %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="77"/>
        <source>listens on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="77"/>
        <source>listened on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="81"/>
        <source>%1, but the node listens on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="88"/>
        <source>these options contradict the node serving %1 (%2): %3. Leave them out to act as that node, or stop it and start `ocpi-node serve` with the new options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="93"/>
        <source>note: %1 was %2 with other settings (%3); using the options given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="57"/>
        <source>on: once registered, the partner gets our current objects of the modules it receives (off by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/processcommands.cpp" line="49"/>
        <source>gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/processcommands.cpp" line="49"/>
        <source>leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/processcommands.cpp" line="49"/>
        <source>serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/processcommands.cpp" line="52"/>
        <source>HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/processcommands.cpp" line="52"/>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/processcommands.cpp" line="52"/>
        <source>STARTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/processcommands.cpp" line="52"/>
        <source>LAST SEEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/processcommands.cpp" line="52"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="29"/>
        <source>%1: REJECTED (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="32"/>
        <source>%1: %2, EVSE %3, %4 .. %5, %6 %7 excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::cli::CommandCommand</name>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="49"/>
        <source>Send a command to a partner CPO and wait for its result (eMSP role).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="58"/>
        <source>The partner&apos;s location id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="59"/>
        <source>The EVSE uid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="60"/>
        <source>The connector id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="61"/>
        <source>The uid of one of our own tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="62"/>
        <source>The session id (STOP_SESSION).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="63"/>
        <source>When the reservation ends (RESERVE_NOW).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="64"/>
        <source>The reservation id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="65"/>
        <source>Our reference for the charge (START_SESSION, RESERVE_NOW).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="67"/>
        <source>Return after the CPO&apos;s response, without waiting for the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="73"/>
        <source>command needs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="87"/>
        <source>--token: no token &apos;%1&apos; of ours (see `ocpi-node list tokens`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="95"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="125"/>
        <source>expected one of START_SESSION|STOP_SESSION|RESERVE_NOW|CANCEL_RESERVATION|UNLOCK_CONNECTOR, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="138"/>
        <source>%1 needs %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::cli::DemoCommand</name>
    <message>
        <location filename="../app/cli/democommand.cpp" line="28"/>
        <source>Start a CPO and an eMSP node on loopback with temporary databases and play the whole OCPI story between them; exit 0 when every step succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="34"/>
        <source>Divide the pause between steps by N (default 1: about a second).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="63"/>
        <source>step %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="69"/>
        <source>CPO  %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="71"/>
        <source>eMSP %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="78"/>
        <source>the demo did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="82"/>
        <source>All %1 steps succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::cli::ExportCommand</name>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="169"/>
        <source>Print our own objects as a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::cli::ImportCommand</name>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="75"/>
        <source>Import our own objects from a JSON array file (all or nothing); they are pushed to partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="82"/>
        <source>import needs %1 FILE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="93"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="99"/>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="117"/>
        <source>imported %1 %2 (%3 new, %4 updated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="124"/>
        <source>; %1 unchanged, not pushed again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::cli::InitCommand</name>
    <message>
        <location filename="../app/cli/initcommand.cpp" line="32"/>
        <source>Create the node database (--db) and record the node&apos;s parties and address, before it first serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/initcommand.cpp" line="67"/>
        <source>created %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/initcommand.cpp" line="67"/>
        <source>%1 exists; the node is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/initcommand.cpp" line="71"/>
        <source>a node is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/initcommand.cpp" line="73"/>
        <source>note: no --party given: the node hosts the demo parties ZZ-OCN:CPO and ZZ-OCN:EMSP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::cli::InviteCommand</name>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="79"/>
        <source>Issue a registration token (token A) for a new partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="83"/>
        <source>Name of the partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="92"/>
        <source>--initial-sync must be on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="102"/>
        <source>%1, and with --port 0 its versions URL is not known until it serves: start `ocpi-node serve --db %2` first, or give --port N or --public-url URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="114"/>
        <source>note: %1; the partner can register once it serves at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="123"/>
        <source>Token A (shown only now): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="124"/>
        <source>Versions URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="125"/>
        <source>Valid until: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::cli::ListCommand</name>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="189"/>
        <source>Show stored objects, ours and partners&apos;, the commands sent and received, or the node processes serving the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="243"/>
        <source> (hub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="244"/>
        <source>ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="247"/>
        <source>OWNER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="247"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="247"/>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="247"/>
        <source>LAST UPDATED</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::cli::OperatorSession</name>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="132"/>
        <source>there is no node database at %1: check --db, or create the node with `ocpi-node init --db %1 --party CC-PID:ROLE` (`ocpi-node serve --db %1` creates it too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="183"/>
        <source>no node is serving %1 (it has never served)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="184"/>
        <source>no node is serving %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::cli::OutboxCommand</name>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="30"/>
        <source>Show pushes waiting for each partner and the parked ones; &apos;retry PARTNER|ID&apos; queues parked deliveries again, &apos;drop ID&apos; discards one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="39"/>
        <source>outbox takes no argument, &apos;retry PARTNER|ID&apos; or &apos;drop ID&apos;, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="43"/>
        <source>outbox retry needs PARTNER or a parked delivery&apos;s ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="44"/>
        <source>outbox drop needs a parked delivery&apos;s ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="67"/>
        <source>The serving node sends it within a second; see &apos;ocpi-node outbox&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="68"/>
        <source>No node serves this database: it is sent once &apos;ocpi-node serve&apos; runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="92"/>
        <source>no parked delivery %1 (see &apos;ocpi-node outbox&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="93"/>
        <source>%1 has no parked deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="100"/>
        <source>%n parked delivery(s) queued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="108"/>
        <source>outbox drop needs a parked delivery&apos;s ID (a number from &apos;ocpi-node outbox&apos;), not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="118"/>
        <source>no parked delivery %1 (see &apos;ocpi-node outbox&apos;; only parked deliveries can be dropped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="125"/>
        <source>Parked delivery %1 dropped; the partner will not receive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="178"/>
        <source>PARTNER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="178"/>
        <source>PENDING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="178"/>
        <source>PARKED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="178"/>
        <source>OLDEST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="178"/>
        <source>LAST ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="181"/>
        <source>Parked deliveries (the partner refused them, or they ran out of tries):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="185"/>
        <source>%n try(s), last answer: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="187"/>
        <source>Once the cause is fixed: &apos;ocpi-node outbox retry ID&apos; (or PARTNER for all of a partner&apos;s); &apos;ocpi-node outbox drop ID&apos; discards one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::cli::PartnerActionCommand</name>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="198"/>
        <source>%1 needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="222"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::cli::PartnersCommand</name>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="264"/>
        <source>List partners: id, parties, roles, state, version, last contact. `partners remove PARTNER` removes an invited, failed or unregistered one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="273"/>
        <source>partners takes no argument but `remove PARTNER`, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="321"/>
        <source>%1 is %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="330"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="330"/>
        <source>PARTIES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="330"/>
        <source>ROLES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="330"/>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="330"/>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="330"/>
        <source>LAST CONTACT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="330"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::cli::ProfileCommand</name>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="32"/>
        <source>Set, read or clear the charging profile of a session at a partner CPO and wait for the result (eMSP role).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="38"/>
        <source>How many seconds ahead the active profile should reach (get).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="40"/>
        <source>Return after the CPO&apos;s response, without waiting for the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="46"/>
        <source>profile needs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="64"/>
        <source>%1 profile of %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="81"/>
        <source>profile set needs FILE.json, a ChargingProfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="86"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="92"/>
        <source>%1 is no JSON object (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="101"/>
        <source>profile get needs --duration SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="108"/>
        <source>expected set, get or clear, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::cli::PullCommand</name>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="258"/>
        <source>Fetch a partner&apos;s locations, tariffs or tokens (all pages; since the last pull unless --full).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="264"/>
        <source>Fetch everything; objects the partner no longer lists are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="269"/>
        <source>pull needs PARTNER [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="310"/>
        <source>%1: %2 stored, %3 skipped, %4 removed (%5 pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="323"/>
        <source>%1 offers no Sender endpoint this node can pull</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::cli::PushCommand</name>
    <message>
        <location filename="../app/cli/pushcommand.cpp" line="33"/>
        <source>Queue all our current locations, tariffs or tokens for a partner (--all), e.g. one that registered after they were made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/pushcommand.cpp" line="40"/>
        <source>Every current object of the module(s) the partner receives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/pushcommand.cpp" line="45"/>
        <source>push needs PARTNER [MODULE] --all (our changes are pushed as they happen; --all queues every current object again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/pushcommand.cpp" line="80"/>
        <source>going on with the push of %1 to %2 that was cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/pushcommand.cpp" line="88"/>
        <source>%1: %2 of %3 queued for %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/pushcommand.cpp" line="92"/>
        <source>, done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/pushcommand.cpp" line="98"/>
        <source>%1; run the command again to go on from there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/pushcommand.cpp" line="127"/>
        <source>note: %1; the pushes wait in the outbox until it serves</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::cli::RegisterCommand</name>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="137"/>
        <source>Register with a partner, given its versions URL and the token A it issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="142"/>
        <source>The partner&apos;s versions URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="143"/>
        <source>The token A the partner gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="144"/>
        <source>Name to show for the partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="145"/>
        <source>How to send tokens: auto, base64 or raw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="157"/>
        <source>register needs --versions-url URL and --token TOKEN_A (--token-encoding auto|base64|raw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="164"/>
        <source>--initial-sync must be on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="174"/>
        <source>%1: the partner calls this node back while registering, so start `ocpi-node serve --db %2` first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="181"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::cli::RemoveCommand</name>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="246"/>
        <source>Remove an invited, failed or unregistered partner (by id, name or CC-PID) with its tokens and queued deliveries; a registered one must be unregistered first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="255"/>
        <source>%1: removed (was %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::cli::ReserveCommand</name>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="46"/>
        <source>Ask a partner CPO for a reservation and print its offer; --accept accepts it (eMSP role, --reservations on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="53"/>
        <source>The partner&apos;s location id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="54"/>
        <source>The EVSE uid (default: the CPO picks one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="55"/>
        <source>The uid of one of our own tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="56"/>
        <source>Start of the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="57"/>
        <source>End of the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="58"/>
        <source>Accept the offer at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="69"/>
        <source>reserve needs PARTNER %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="75"/>
        <source>--from and --to must be date-times such as 2026-03-01T18:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="84"/>
        <source>the reservations module is off; run with --reservations on (or OCPI_RESERVATIONS=on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="90"/>
        <source>--token: no token &apos;%1&apos; of ours (see `ocpi-node list tokens`)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::cli::SetEncodingCommand</name>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="379"/>
        <source>How to send our token to a partner: auto, base64 or raw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="388"/>
        <source>MODE must be auto, base64 or raw</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::cli::SetInitialSyncCommand</name>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="401"/>
        <source>Whether a partner gets our current objects when it registers: on or off (`push PARTNER --all` sends them at any time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="412"/>
        <source>the setting must be on or off, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::cli::StoredObjectsCommand</name>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="138"/>
        <source>Only objects of this party.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::cli::UnregisterCommand</name>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="231"/>
        <source>Unregister from a partner (named by name or CC-PID); its tokens die.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::cli::UpdateCommand</name>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="347"/>
        <source>Rotate the credentials with a partner (new tokens both ways).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ocpi::trafficreplay</name>
    <message>
        <location filename="../node/traffic/trafficreplay.cpp" line="33"/>
        <source>this request came from the partner: only the partner can send it again. Replay sends requests this node made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../node/traffic/trafficreplay.cpp" line="36"/>
        <source>the request was not made to a known partner (a registration before the partner existed): there is no token to send it with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../node/traffic/trafficreplay.cpp" line="39"/>
        <source>a credentials call is not replayed: it would register, update or unregister again; use register, update or unregister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../node/traffic/trafficreplay.cpp" line="42"/>
        <source>the request log kept only the start of this request&apos;s body (its size limit): sending it again would send a cut body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../node/traffic/trafficreplay.cpp" line="45"/>
        <source>the body carried a token that the request log masked: it cannot be sent again as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../node/traffic/trafficreplay.cpp" line="58"/>
        <source>the partner of this request is gone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../node/traffic/trafficreplay.cpp" line="62"/>
        <source>%1 is %2, not registered: there is no token to send the request with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
