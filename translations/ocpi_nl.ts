<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../ui/languagemenu.cpp" line="32"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../ui/languagemenu.cpp" line="35"/>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <location filename="../ui/languagemenu.cpp" line="52"/>
        <source>The console speaks %1 from its next start.</source>
        <translation>De console gebruikt %1 vanaf de volgende start.</translation>
    </message>
</context>
<context>
    <name>NodeConfig</name>
    <message>
        <location filename="../node/config/nodeconfig.cpp" line="237"/>
        <source>INI configuration file (env OCPI_CONFIG).</source>
        <translation>INI-configuratiebestand (env OCPI_CONFIG).</translation>
    </message>
</context>
<context>
    <name>ObjectRow</name>
    <message>
        <location filename="../ui/objectrow.cpp" line="10"/>
        <source>ours</source>
        <translation>eigen</translation>
    </message>
    <message>
        <location filename="../ui/objectrow.cpp" line="11"/>
        <source>partner %1</source>
        <translation>partner %1</translation>
    </message>
</context>
<context>
    <name>ReservationsController</name>
    <message>
        <location filename="../ui/reservationscontroller.cpp" line="14"/>
        <source>the reservations module is off: start the node with --reservations on (OCPI_RESERVATIONS=on)</source>
        <translation>de reserveringsmodule staat uit: start de node met --reservations on (OCPI_RESERVATIONS=on)</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../ui/settingsform.cpp" line="31"/>
        <source>Parties (CC-PID:ROLE, comma-separated)</source>
        <translation>Partijen (CC-PID:ROLE, kommagescheiden)</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="50"/>
        <source>Business name</source>
        <translation>Bedrijfsnaam</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="56"/>
        <source>Listen address</source>
        <translation>Luisteradres</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="58"/>
        <source>Port (0 picks a free one)</source>
        <translation>Poort (0 kiest een vrije poort)</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="60"/>
        <source>Public URL (empty: the listen address)</source>
        <translation>Openbare URL (leeg: het luisteradres)</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="63"/>
        <source>Largest page of a list</source>
        <translation>Grootste pagina van een lijst</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="65"/>
        <source>Largest request body (bytes)</source>
        <translation>Grootste verzoekbody (bytes)</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="68"/>
        <source>Partner timeout (seconds)</source>
        <translation>Time-out voor partners (seconden)</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="71"/>
        <source>Longest delay between delivery attempts (seconds)</source>
        <translation>Langste wachttijd tussen bezorgpogingen (seconden)</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="74"/>
        <source>Invitation token lifetime (days)</source>
        <translation>Geldigheid van uitnodigingstokens (dagen)</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="77"/>
        <source>Partner URLs allowed</source>
        <translation>Toegestane partner-URL&apos;s</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="80"/>
        <source>Keep the request log (days, 0: by number only)</source>
        <translation>Verzoeklogboek bewaren (dagen, 0: alleen op aantal)</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="83"/>
        <source>Reservations module (on/off)</source>
        <translation>Reserveringsmodule (on/off)</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="86"/>
        <source>Simulated charge points&apos; speed</source>
        <translation>Snelheid van gesimuleerde laadpunten</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="122"/>
        <source>not a setting the console edits</source>
        <translation>geen instelling die de console bewerkt</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="128"/>
        <source>%1 must not be empty</source>
        <translation>%1 mag niet leeg zijn</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="157"/>
        <source>cannot create the folder of %1</source>
        <translation>kan de map van %1 niet aanmaken</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="170"/>
        <source>cannot write %1</source>
        <translation>kan %1 niet schrijven</translation>
    </message>
</context>
<context>
    <name>TariffSummary</name>
    <message>
        <location filename="../node/pricing/tariffsummary.cpp" line="46"/>
        <source>%1 %2</source>
        <comment>amount, currency symbol</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../node/pricing/tariffsummary.cpp" line="53"/>
        <source>%1–%2</source>
        <comment>a price range</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../node/pricing/tariffsummary.cpp" line="59"/>
        <source>%1 %2/kWh</source>
        <translation>%1 kWh {1 %2/?}</translation>
    </message>
    <message>
        <location filename="../node/pricing/tariffsummary.cpp" line="60"/>
        <source>%1 %2/h charging</source>
        <translation>%1 %2/u laden</translation>
    </message>
    <message>
        <location filename="../node/pricing/tariffsummary.cpp" line="61"/>
        <source>%1 %2/h parking</source>
        <translation>%1 %2/u parkeren</translation>
    </message>
    <message>
        <location filename="../node/pricing/tariffsummary.cpp" line="62"/>
        <source>%1 %2 start</source>
        <translation>%1 %2 starttarief</translation>
    </message>
    <message>
        <location filename="../node/pricing/tariffsummary.cpp" line="86"/>
        <source>no VAT</source>
        <translation>geen btw</translation>
    </message>
    <message>
        <location filename="../node/pricing/tariffsummary.cpp" line="88"/>
        <source>excl. %1 % VAT</source>
        <translation>excl. %1 % btw</translation>
    </message>
    <message>
        <location filename="../node/pricing/tariffsummary.cpp" line="89"/>
        <source>excl. VAT</source>
        <translation>excl. btw</translation>
    </message>
    <message>
        <location filename="../node/pricing/tariffsummary.cpp" line="98"/>
        <source>(unreadable tariff: %1)</source>
        <translation>(onleesbaar tarief: %1)</translation>
    </message>
    <message>
        <location filename="../node/pricing/tariffsummary.cpp" line="130"/>
        <source>free of charge</source>
        <translation>gratis</translation>
    </message>
    <message>
        <location filename="../node/pricing/tariffsummary.cpp" line="135"/>
        <source>varies by time or use</source>
        <translation>varieert per tijd of gebruik</translation>
    </message>
    <message>
        <location filename="../node/pricing/tariffsummary.cpp" line="137"/>
        <source>min %1</source>
        <translation>min. %1</translation>
    </message>
    <message>
        <location filename="../node/pricing/tariffsummary.cpp" line="139"/>
        <source>max %1</source>
        <translation>max. %1</translation>
    </message>
    <message>
        <location filename="../node/pricing/tariffsummary.cpp" line="141"/>
        <source>reservation priced apart</source>
        <translation>reservering apart geprijsd</translation>
    </message>
</context>
<context>
    <name>TrafficReplay</name>
    <message>
        <location filename="../node/traffic/trafficreplay.cpp" line="35"/>
        <source>this request came from the partner: only the partner can send it again. Replay sends requests this node made.</source>
        <translation>dit verzoek kwam van de partner: alleen de partner kan het opnieuw verzenden. Herhalen verzendt verzoeken die deze node heeft gedaan.</translation>
    </message>
    <message>
        <location filename="../node/traffic/trafficreplay.cpp" line="38"/>
        <source>the request was not made to a known partner (a registration before the partner existed): there is no token to send it with</source>
        <translation>het verzoek is niet aan een bekende partner gedaan (een registratie voordat de partner bestond): er is geen token om het mee te verzenden</translation>
    </message>
    <message>
        <location filename="../node/traffic/trafficreplay.cpp" line="41"/>
        <source>a credentials call is not replayed: it would register, update or unregister again; use register, update or unregister</source>
        <translation>een credentials-aanroep wordt niet herhaald: die zou opnieuw registreren, bijwerken of afmelden; gebruik register, update of unregister</translation>
    </message>
    <message>
        <location filename="../node/traffic/trafficreplay.cpp" line="44"/>
        <source>the request log kept only the start of this request&apos;s body (its size limit): sending it again would send a cut body</source>
        <translation>het verzoeklogboek bewaarde alleen het begin van de body van dit verzoek (de groottelimiet): opnieuw verzenden zou een afgekapte body verzenden</translation>
    </message>
    <message>
        <location filename="../node/traffic/trafficreplay.cpp" line="47"/>
        <source>the body carried a token that the request log masked: it cannot be sent again as it was</source>
        <translation>de body bevatte een token dat het verzoeklogboek heeft gemaskeerd: het kan niet opnieuw worden verzonden zoals het was</translation>
    </message>
    <message>
        <location filename="../node/traffic/trafficreplay.cpp" line="60"/>
        <source>the partner of this request is gone (%1)</source>
        <translation>de partner van dit verzoek bestaat niet meer (%1)</translation>
    </message>
    <message>
        <location filename="../node/traffic/trafficreplay.cpp" line="64"/>
        <source>%1 is %2, not registered: there is no token to send the request with</source>
        <translation>%1 is %2, niet geregistreerd: er is geen token om het verzoek mee te verzenden</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="34"/>
        <source>OCPI 2.2.1 node. Commands (default: serve):</source>
        <translation>OCPI 2.2.1-node. Opdrachten (standaard: serve):</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="37"/>
        <source>Run &apos;ocpi-node &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Voer &apos;ocpi-node &lt;command&gt; --help&apos; uit voor de opties van een opdracht.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="58"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>onbekende opdracht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="74"/>
        <source>Print results as JSON.</source>
        <translation>Resultaten als JSON uitvoeren.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="19"/>
        <source>Serve OCPI to partners until SIGTERM/SIGINT.</source>
        <translation>OCPI aan partners aanbieden tot SIGTERM/SIGINT.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="40"/>
        <location filename="../app/console/main.cpp" line="166"/>
        <source>OCPI versions URL: %1</source>
        <translation>OCPI versions URL: %1</translation>
    </message>
    <message>
        <location filename="../app/demo/demodriver.cpp" line="30"/>
        <source>--speed must be a whole number of at least 1, not &apos;%1&apos;</source>
        <translation>--speed moet een geheel getal van minstens 1 zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="25"/>
        <source>Start a CPO and an eMSP node on loopback with temporary databases and play the whole OCPI story between them; exit 0 when every step succeeded.</source>
        <translation>Een CPO- en een eMSP-node op loopback starten met tijdelijke databases en het hele OCPI-verhaal tussen beide afspelen; exitcode 0 als elke stap is geslaagd.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="31"/>
        <source>Divide the pause between steps by N (default 1: about a second).</source>
        <translation>De pauze tussen stappen delen door N (standaard 1: ongeveer een seconde).</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="60"/>
        <source>step %1 (%2) failed: %3</source>
        <translation>stap %1 (%2) mislukt: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="66"/>
        <source>CPO  %1 (%2)</source>
        <translation>CPO  %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="68"/>
        <source>eMSP %1 (%2)</source>
        <translation>eMSP %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="75"/>
        <source>the demo did not finish</source>
        <translation>de demo is niet voltooid</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="79"/>
        <location filename="../app/console/consoledemo.cpp" line="149"/>
        <source>All %1 steps succeeded.</source>
        <translation>Alle %1 stappen geslaagd.</translation>
    </message>
    <message>
        <location filename="../app/cli/asyncrequests.cpp" line="88"/>
        <source>waiting for the result (until %1)...</source>
        <translation>wacht op het resultaat (tot %1)...</translation>
    </message>
    <message>
        <location filename="../app/cli/asyncrequests.cpp" line="98"/>
        <source>result: %1</source>
        <translation>resultaat: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="46"/>
        <source>Send a command to a partner CPO and wait for its result (eMSP role).</source>
        <translation>Een opdracht naar een partner-CPO verzenden en op het resultaat wachten (eMSP-rol).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="55"/>
        <location filename="../app/cli/reservecommand.cpp" line="50"/>
        <source>The partner&apos;s location id.</source>
        <translation>Het locatie-id van de partner.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="56"/>
        <source>The EVSE uid.</source>
        <translation>De EVSE-uid.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="57"/>
        <source>The connector id.</source>
        <translation>Het connector-id.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="58"/>
        <location filename="../app/cli/reservecommand.cpp" line="52"/>
        <source>The uid of one of our own tokens.</source>
        <translation>De uid van een van onze eigen tokens.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="59"/>
        <source>The session id (STOP_SESSION).</source>
        <translation>Het sessie-id (STOP_SESSION).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="60"/>
        <source>When the reservation ends (RESERVE_NOW).</source>
        <translation>Wanneer de reservering eindigt (RESERVE_NOW).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="61"/>
        <source>The reservation id.</source>
        <translation>Het reserverings-id.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="62"/>
        <source>Our reference for the charge (START_SESSION, RESERVE_NOW).</source>
        <translation>Onze referentie voor de laadbeurt (START_SESSION, RESERVE_NOW).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="64"/>
        <location filename="../app/cli/profilecommands.cpp" line="37"/>
        <source>Return after the CPO&apos;s response, without waiting for the result.</source>
        <translation>Terugkeren na het antwoord van de CPO, zonder op het resultaat te wachten.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="70"/>
        <source>command needs %1</source>
        <translation>command vereist %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="84"/>
        <location filename="../app/cli/reservecommand.cpp" line="87"/>
        <source>--token: no token &apos;%1&apos; of ours (see `ocpi-node list tokens`)</source>
        <translation>--token: geen token &apos;%1&apos; van ons (zie `ocpi-node list tokens`)</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="92"/>
        <source>%1 to %2</source>
        <translation>%1 naar %2</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="122"/>
        <source>expected one of START_SESSION|STOP_SESSION|RESERVE_NOW|CANCEL_RESERVATION|UNLOCK_CONNECTOR, not &apos;%1&apos;</source>
        <translation>verwacht een van START_SESSION|STOP_SESSION|RESERVE_NOW|CANCEL_RESERVATION|UNLOCK_CONNECTOR, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="135"/>
        <location filename="../app/cli/partnercommands.cpp" line="195"/>
        <source>%1 needs %2</source>
        <translation>%1 vereist %2</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="195"/>
        <source>CREATED</source>
        <translation>AANGEMAAKT</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="195"/>
        <source>DIRECTION</source>
        <translation>RICHTING</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="195"/>
        <location filename="../app/cli/outboxcommand.cpp" line="175"/>
        <source>PARTNER</source>
        <translation>PARTNER</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="195"/>
        <source>COMMAND</source>
        <translation>OPDRACHT</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="195"/>
        <location filename="../app/cli/partnercommands.cpp" line="327"/>
        <location filename="../app/cli/processcommands.cpp" line="49"/>
        <source>STATE</source>
        <translation>TOESTAND</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="195"/>
        <location filename="../app/cli/objectcommands.cpp" line="262"/>
        <location filename="../app/cli/partnercommands.cpp" line="327"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/hubcommands.cpp" line="50"/>
        <source>%1 (hub) reports: %2</source>
        <translation>%1 (hub) meldt: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/hubcommands.cpp" line="82"/>
        <source>HUB</source>
        <translation>HUB</translation>
    </message>
    <message>
        <location filename="../app/cli/hubcommands.cpp" line="82"/>
        <source>PARTY</source>
        <translation>PARTIJ</translation>
    </message>
    <message>
        <location filename="../app/cli/hubcommands.cpp" line="82"/>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <location filename="../app/cli/hubcommands.cpp" line="82"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../app/cli/hubcommands.cpp" line="82"/>
        <location filename="../app/cli/objectcommands.cpp" line="262"/>
        <source>LAST UPDATED</source>
        <translation>LAATST BIJGEWERKT</translation>
    </message>
    <message>
        <location filename="../app/cli/initcommand.cpp" line="29"/>
        <source>Create the node database (--db) and record the node&apos;s parties and address, before it first serves.</source>
        <translation>De nodedatabase (--db) aanmaken en de partijen en het adres van de node vastleggen, voordat deze voor het eerst actief wordt.</translation>
    </message>
    <message>
        <location filename="../app/cli/initcommand.cpp" line="64"/>
        <source>created %1 for %2</source>
        <translation>%1 aangemaakt voor %2</translation>
    </message>
    <message>
        <location filename="../app/cli/initcommand.cpp" line="64"/>
        <source>%1 exists; the node is %2</source>
        <translation>%1 bestaat; de node is %2</translation>
    </message>
    <message>
        <location filename="../app/cli/initcommand.cpp" line="68"/>
        <source>a node is %1</source>
        <translation>een node is %1</translation>
    </message>
    <message>
        <location filename="../app/cli/initcommand.cpp" line="70"/>
        <source>note: no --party given: the node hosts the demo parties ZZ-OCN:CPO and ZZ-OCN:EMSP</source>
        <translation>opmerking: geen --party opgegeven: de node host de demopartijen ZZ-OCN:CPO en ZZ-OCN:EMSP</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="49"/>
        <source>expected one of %1, not &apos;%2&apos;</source>
        <translation>verwacht een van %1, niet &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="60"/>
        <source>--owner must look like NL-TNM, not &apos;%1&apos;</source>
        <translation>--owner moet eruitzien als NL-TNM, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="89"/>
        <source>Import our own objects from a JSON array file (all or nothing); they are pushed to partners.</source>
        <translation>Onze eigen objecten importeren uit een JSON-arraybestand (alles of niets); ze worden naar partners gepusht.</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="96"/>
        <source>import needs %1 FILE.json</source>
        <translation>import vereist %1 FILE.json</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="107"/>
        <location filename="../app/cli/profilecommands.cpp" line="83"/>
        <source>cannot read %1: %2</source>
        <translation>kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="113"/>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation>%1 is geen geldige JSON: %2 bij positie %3</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="132"/>
        <source>imported %1 %2 (%3 new, %4 updated)</source>
        <translation>%1 %2 geïmporteerd (%3 nieuw, %4 bijgewerkt)</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="139"/>
        <source>; %1 unchanged, not pushed again</source>
        <translation>; %1 ongewijzigd, niet opnieuw gepusht</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="153"/>
        <source>Only objects of this party.</source>
        <translation>Alleen objecten van deze partij.</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="184"/>
        <source>Print our own objects as a JSON array.</source>
        <translation>Onze eigen objecten als JSON-array uitvoeren.</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="204"/>
        <source>Show stored objects, ours and partners&apos;, the commands sent and received, or the node processes serving the database.</source>
        <translation>Opgeslagen objecten tonen, van ons en van partners, de verzonden en ontvangen opdrachten, of de nodeprocessen die de database bedienen.</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="258"/>
        <source> (hub)</source>
        <translation> (hub)</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="259"/>
        <source>ours</source>
        <translation>eigen</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="262"/>
        <source>OWNER</source>
        <translation>EIGENAAR</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="262"/>
        <source>SOURCE</source>
        <translation>BRON</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="273"/>
        <source>Fetch a partner&apos;s locations, tariffs or tokens (all pages; since the last pull unless --full).</source>
        <translation>De locaties, tarieven of tokens van een partner ophalen (alle pagina&apos;s; sinds de laatste keer ophalen, tenzij --full).</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="279"/>
        <source>Fetch everything; objects the partner no longer lists are removed.</source>
        <translation>Alles ophalen; objecten die de partner niet meer vermeldt, worden verwijderd.</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="284"/>
        <source>pull needs PARTNER [%1]</source>
        <translation>pull vereist PARTNER [%1]</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="325"/>
        <source>%1: %2 stored, %3 skipped, %4 removed (%5 pages)</source>
        <translation>%1: %2 opgeslagen, %3 overgeslagen, %4 verwijderd (%5 pagina&apos;s)</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="338"/>
        <source>%1 offers no Sender endpoint this node can pull</source>
        <translation>%1 biedt geen Sender-endpoint aan dat deze node kan ophalen</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="56"/>
        <source>%1, but the node is %2</source>
        <translation>%1, maar de node is %2</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="60"/>
        <source>%1, but the node announces %2</source>
        <translation>%1, maar de node meldt %2</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="62"/>
        <source>no business name</source>
        <translation>geen bedrijfsnaam</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="67"/>
        <source>%1, but the node answers at %2</source>
        <translation>%1, maar de node antwoordt op %2</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="72"/>
        <source>%1, but the node %2 port %3</source>
        <translation>%1, maar de node %2 poort %3</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="74"/>
        <source>listens on</source>
        <translation>luistert op</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="74"/>
        <source>listened on</source>
        <translation>luisterde op</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="78"/>
        <source>%1, but the node listens on %2</source>
        <translation>%1, maar de node luistert op %2</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="85"/>
        <source>these options contradict the node serving %1 (%2): %3. Leave them out to act as that node, or stop it and start `ocpi-node serve` with the new options</source>
        <translation>deze opties zijn in strijd met de node die %1 bedient (%2): %3. Laat ze weg om als die node te handelen, of stop deze en start `ocpi-node serve` met de nieuwe opties</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="90"/>
        <source>note: %1 was %2 with other settings (%3); using the options given</source>
        <translation>opmerking: %1 was %2 met andere instellingen (%3); de opgegeven opties worden gebruikt</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="129"/>
        <source>there is no node database at %1: check --db, or create the node with `ocpi-node init --db %1 --party CC-PID:ROLE` (`ocpi-node serve --db %1` creates it too)</source>
        <translation>er is geen nodedatabase op %1: controleer --db, of maak de node aan met `ocpi-node init --db %1 --party CC-PID:ROLE` (`ocpi-node serve --db %1` maakt deze ook aan)</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="180"/>
        <source>no node is serving %1 (it has never served)</source>
        <translation>geen node bedient %1 (deze is nooit actief geweest)</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="181"/>
        <source>no node is serving %1 (%2)</source>
        <translation>geen node bedient %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="27"/>
        <source>Show pushes waiting for each partner and the parked ones; &apos;retry PARTNER|ID&apos; queues parked deliveries again, &apos;drop ID&apos; discards one.</source>
        <translation>Wachtende pushes per partner en de geparkeerde tonen; &apos;retry PARTNER|ID&apos; zet geparkeerde bezorgingen opnieuw in de wachtrij, &apos;drop ID&apos; verwerpt er een.</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="36"/>
        <source>outbox takes no argument, &apos;retry PARTNER|ID&apos; or &apos;drop ID&apos;, not &apos;%1&apos;</source>
        <translation>outbox accepteert geen argument, &apos;retry PARTNER|ID&apos; of &apos;drop ID&apos;, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="40"/>
        <source>outbox retry needs PARTNER or a parked delivery&apos;s ID</source>
        <translation>outbox retry vereist PARTNER of het ID van een geparkeerde bezorging</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="41"/>
        <source>outbox drop needs a parked delivery&apos;s ID</source>
        <translation>outbox drop vereist het ID van een geparkeerde bezorging</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="64"/>
        <source>The serving node sends it within a second; see &apos;ocpi-node outbox&apos;.</source>
        <translation>De actieve node verzendt het binnen een seconde; zie &apos;ocpi-node outbox&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="65"/>
        <source>No node serves this database: it is sent once &apos;ocpi-node serve&apos; runs.</source>
        <translation>Geen node bedient deze database: het wordt verzonden zodra &apos;ocpi-node serve&apos; draait.</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="89"/>
        <source>no parked delivery %1 (see &apos;ocpi-node outbox&apos;)</source>
        <translation>geen geparkeerde bezorging %1 (zie &apos;ocpi-node outbox&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="90"/>
        <source>%1 has no parked deliveries</source>
        <translation>%1 heeft geen geparkeerde bezorgingen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/outboxcommand.cpp" line="97"/>
        <source>%n parked delivery(s) queued again.</source>
        <translation>
            <numerusform>%n geparkeerde bezorging opnieuw in de wachtrij gezet.</numerusform>
            <numerusform>%n geparkeerde bezorgingen opnieuw in de wachtrij gezet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="105"/>
        <source>outbox drop needs a parked delivery&apos;s ID (a number from &apos;ocpi-node outbox&apos;), not &apos;%1&apos;</source>
        <translation>outbox drop vereist het ID van een geparkeerde bezorging (een getal uit &apos;ocpi-node outbox&apos;), niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="115"/>
        <source>no parked delivery %1 (see &apos;ocpi-node outbox&apos;; only parked deliveries can be dropped)</source>
        <translation>geen geparkeerde bezorging %1 (zie &apos;ocpi-node outbox&apos;; alleen geparkeerde bezorgingen kunnen worden verworpen)</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="122"/>
        <source>Parked delivery %1 dropped; the partner will not receive it.</source>
        <translation>Geparkeerde bezorging %1 verworpen; de partner ontvangt deze niet.</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="175"/>
        <source>PENDING</source>
        <translation>WACHTEND</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="175"/>
        <source>PARKED</source>
        <translation>GEPARKEERD</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="175"/>
        <source>OLDEST</source>
        <translation>OUDSTE</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="175"/>
        <source>LAST ERROR</source>
        <translation>LAATSTE FOUT</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="178"/>
        <source>Parked deliveries (the partner refused them, or they ran out of tries):</source>
        <translation>Geparkeerde bezorgingen (geweigerd door de partner, of geen pogingen meer over):</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/outboxcommand.cpp" line="182"/>
        <source>%n try(s), last answer: </source>
        <translation>
            <numerusform>%n poging, laatste antwoord: </numerusform>
            <numerusform>%n pogingen, laatste antwoord: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="184"/>
        <source>Once the cause is fixed: &apos;ocpi-node outbox retry ID&apos; (or PARTNER for all of a partner&apos;s); &apos;ocpi-node outbox drop ID&apos; discards one.</source>
        <translation>Zodra de oorzaak is verholpen: &apos;ocpi-node outbox retry ID&apos; (of PARTNER voor alle bezorgingen van een partner); &apos;ocpi-node outbox drop ID&apos; verwerpt er een.</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="54"/>
        <source>on: once registered, the partner gets our current objects of the modules it receives (off by default).</source>
        <translation>on: na registratie krijgt de partner onze huidige objecten van de modules die hij ontvangt (standaard off).</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="76"/>
        <source>Issue a registration token (token A) for a new partner.</source>
        <translation>Een registratietoken (token A) uitgeven voor een nieuwe partner.</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="80"/>
        <source>Name of the partner.</source>
        <translation>Naam van de partner.</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="89"/>
        <location filename="../app/cli/partnercommands.cpp" line="161"/>
        <source>--initial-sync must be on or off</source>
        <translation>--initial-sync moet on of off zijn</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="99"/>
        <source>%1, and with --port 0 its versions URL is not known until it serves: start `ocpi-node serve --db %2` first, or give --port N or --public-url URL</source>
        <translation>%1, en met --port 0 is de versions-URL pas bekend als de node actief is: start eerst `ocpi-node serve --db %2`, of geef --port N of --public-url URL op</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="111"/>
        <source>note: %1; the partner can register once it serves at %2</source>
        <translation>opmerking: %1; de partner kan zich registreren zodra de node actief is op %2</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="120"/>
        <source>Token A (shown only now): %1</source>
        <translation>Token A (alleen nu getoond): %1</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="121"/>
        <source>Versions URL: %1</source>
        <translation>Versions-URL: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="122"/>
        <source>Valid until: %1</source>
        <translation>Geldig tot: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="134"/>
        <source>Register with a partner, given its versions URL and the token A it issued.</source>
        <translation>Registreren bij een partner, met diens versions-URL en het token A dat deze heeft uitgegeven.</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="139"/>
        <source>The partner&apos;s versions URL.</source>
        <translation>De versions-URL van de partner.</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="140"/>
        <source>The token A the partner gave you.</source>
        <translation>Het token A dat de partner u heeft gegeven.</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="141"/>
        <source>Name to show for the partner.</source>
        <translation>Weer te geven naam voor de partner.</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="142"/>
        <source>How to send tokens: auto, base64 or raw.</source>
        <translation>Hoe tokens worden verzonden: auto, base64 of raw.</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="154"/>
        <source>register needs --versions-url URL and --token TOKEN_A (--token-encoding auto|base64|raw)</source>
        <translation>register vereist --versions-url URL en --token TOKEN_A (--token-encoding auto|base64|raw)</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="171"/>
        <source>%1: the partner calls this node back while registering, so start `ocpi-node serve --db %2` first</source>
        <translation>%1: de partner roept deze node terug tijdens het registreren, dus start eerst `ocpi-node serve --db %2`</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="178"/>
        <location filename="../app/cli/partnercommands.cpp" line="219"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="228"/>
        <source>Unregister from a partner (named by name or CC-PID); its tokens die.</source>
        <translation>Afmelden bij een partner (aangeduid met naam of CC-PID); de tokens ervan vervallen.</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="243"/>
        <source>Remove an invited, failed or unregistered partner (by id, name or CC-PID) with its tokens and queued deliveries; a registered one must be unregistered first.</source>
        <translation>Een uitgenodigde, mislukte of afgemelde partner verwijderen (op id, naam of CC-PID), met zijn tokens en bezorgingen in de wachtrij; een geregistreerde partner moet eerst worden afgemeld.</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="252"/>
        <source>%1: removed (was %2)</source>
        <translation>%1: verwijderd (was %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="261"/>
        <source>List partners: id, parties, roles, state, version, last contact. `partners remove PARTNER` removes an invited, failed or unregistered one.</source>
        <translation>Partners weergeven: id, partijen, rollen, toestand, versie, laatste contact. `partners remove PARTNER` verwijdert een uitgenodigde, mislukte of afgemelde partner.</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="270"/>
        <source>partners takes no argument but `remove PARTNER`, not &apos;%1&apos;</source>
        <translation>partners accepteert geen argument behalve `remove PARTNER`, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="318"/>
        <source>%1 is %2: %3</source>
        <translation>%1 is %2: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="327"/>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="327"/>
        <source>PARTIES</source>
        <translation>PARTIJEN</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="327"/>
        <source>ROLES</source>
        <translation>ROLLEN</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="327"/>
        <source>VERSION</source>
        <translation>VERSIE</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="327"/>
        <source>LAST CONTACT</source>
        <translation>LAATSTE CONTACT</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="344"/>
        <source>Rotate the credentials with a partner (new tokens both ways).</source>
        <translation>De credentials met een partner vernieuwen (nieuwe tokens in beide richtingen).</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="376"/>
        <source>How to send our token to a partner: auto, base64 or raw.</source>
        <translation>Hoe ons token naar een partner wordt verzonden: auto, base64 of raw.</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="385"/>
        <source>MODE must be auto, base64 or raw</source>
        <translation>MODE moet auto, base64 of raw zijn</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="398"/>
        <source>Whether a partner gets our current objects when it registers: on or off (`push PARTNER --all` sends them at any time).</source>
        <translation>Of een partner bij registratie onze huidige objecten krijgt: on of off (`push PARTNER --all` verzendt ze op elk moment).</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="409"/>
        <source>the setting must be on or off, not &apos;%1&apos;</source>
        <translation>de instelling moet on of off zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="29"/>
        <source>Set, read or clear the charging profile of a session at a partner CPO and wait for the result (eMSP role).</source>
        <translation>Het laadprofiel van een sessie bij een partner-CPO instellen, lezen of wissen en op het resultaat wachten (eMSP-rol).</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="35"/>
        <source>How many seconds ahead the active profile should reach (get).</source>
        <translation>Hoeveel seconden vooruit het actieve profiel moet reiken (get).</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="43"/>
        <source>profile needs %1</source>
        <translation>profile vereist %1</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="61"/>
        <source>%1 profile of %2 at %3</source>
        <translation>profiel %1 van %2 bij %3</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="78"/>
        <source>profile set needs FILE.json, a ChargingProfile</source>
        <translation>profile set vereist FILE.json, een ChargingProfile</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="89"/>
        <source>%1 is no JSON object (%2)</source>
        <translation>%1 is geen JSON-object (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="98"/>
        <source>profile get needs --duration SECONDS</source>
        <translation>profile get vereist --duration SECONDS</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="105"/>
        <source>expected set, get or clear, not &apos;%1&apos;</source>
        <translation>verwacht set, get of clear, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/processcommands.cpp" line="46"/>
        <source>gone</source>
        <translation>verdwenen</translation>
    </message>
    <message>
        <location filename="../app/cli/processcommands.cpp" line="46"/>
        <source>leads</source>
        <translation>leider</translation>
    </message>
    <message>
        <location filename="../app/cli/processcommands.cpp" line="46"/>
        <source>serving</source>
        <translation>actief</translation>
    </message>
    <message>
        <location filename="../app/cli/processcommands.cpp" line="49"/>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <location filename="../app/cli/processcommands.cpp" line="49"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location filename="../app/cli/processcommands.cpp" line="49"/>
        <source>STARTED</source>
        <translation>GESTART</translation>
    </message>
    <message>
        <location filename="../app/cli/processcommands.cpp" line="49"/>
        <source>LAST SEEN</source>
        <translation>LAATST GEZIEN</translation>
    </message>
    <message>
        <location filename="../app/cli/processcommands.cpp" line="49"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/cli/pushcommand.cpp" line="30"/>
        <source>Queue all our current locations, tariffs or tokens for a partner (--all), e.g. one that registered after they were made.</source>
        <translation>Al onze huidige locaties, tarieven of tokens in de wachtrij zetten voor een partner (--all), bijv. een die zich registreerde nadat ze zijn gemaakt.</translation>
    </message>
    <message>
        <location filename="../app/cli/pushcommand.cpp" line="37"/>
        <source>Every current object of the module(s) the partner receives.</source>
        <translation>Elk huidig object van de module(s) die de partner ontvangt.</translation>
    </message>
    <message>
        <location filename="../app/cli/pushcommand.cpp" line="42"/>
        <source>push needs PARTNER [MODULE] --all (our changes are pushed as they happen; --all queues every current object again)</source>
        <translation>push vereist PARTNER [MODULE] --all (onze wijzigingen worden gepusht zodra ze gebeuren; --all zet elk huidig object opnieuw in de wachtrij)</translation>
    </message>
    <message>
        <location filename="../app/cli/pushcommand.cpp" line="77"/>
        <source>going on with the push of %1 to %2 that was cut short</source>
        <translation>de onderbroken push van %1 naar %2 wordt voortgezet</translation>
    </message>
    <message>
        <location filename="../app/cli/pushcommand.cpp" line="85"/>
        <source>%1: %2 of %3 queued for %4%5</source>
        <translation>%1: %2 van %3 in de wachtrij gezet voor %4%5</translation>
    </message>
    <message>
        <location filename="../app/cli/pushcommand.cpp" line="89"/>
        <source>, done</source>
        <translation>, klaar</translation>
    </message>
    <message>
        <location filename="../app/cli/pushcommand.cpp" line="95"/>
        <source>%1; run the command again to go on from there</source>
        <translation>%1; voer de opdracht opnieuw uit om vanaf daar verder te gaan</translation>
    </message>
    <message>
        <location filename="../app/cli/pushcommand.cpp" line="124"/>
        <source>note: %1; the pushes wait in the outbox until it serves</source>
        <translation>opmerking: %1; de pushes wachten in de outbox tot de node actief is</translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="26"/>
        <source>%1: REJECTED (%2)</source>
        <translation>%1: REJECTED (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="29"/>
        <source>%1: %2, EVSE %3, %4 .. %5, %6 %7 excl. VAT</source>
        <translation>%1: %2, EVSE %3, %4 .. %5, %6 %7 excl. btw</translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="43"/>
        <source>Ask a partner CPO for a reservation and print its offer; --accept accepts it (eMSP role, --reservations on).</source>
        <translation>Een partner-CPO om een reservering vragen en het aanbod tonen; --accept accepteert het (eMSP-rol, --reservations on).</translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="51"/>
        <source>The EVSE uid (default: the CPO picks one).</source>
        <translation>De EVSE-uid (standaard: de CPO kiest er een).</translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="53"/>
        <source>Start of the window.</source>
        <translation>Begin van het tijdvak.</translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="54"/>
        <source>End of the window.</source>
        <translation>Einde van het tijdvak.</translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="55"/>
        <source>Accept the offer at once.</source>
        <translation>Het aanbod direct accepteren.</translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="66"/>
        <source>reserve needs PARTNER %1</source>
        <translation>reserve vereist PARTNER %1</translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="72"/>
        <source>--from and --to must be date-times such as 2026-03-01T18:00:00Z</source>
        <translation>--from en --to moeten datum-tijden zijn zoals 2026-03-01T18:00:00Z</translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="81"/>
        <source>the reservations module is off; run with --reservations on (or OCPI_RESERVATIONS=on)</source>
        <translation>de reserveringsmodule staat uit; start met --reservations on (of OCPI_RESERVATIONS=on)</translation>
    </message>
</context>
<context>
    <name>console</name>
    <message>
        <location filename="../app/console/main.cpp" line="61"/>
        <source>OCPI 2.2.1 node with its operator console. Takes the options of &apos;ocpi-node serve&apos;.</source>
        <translation>OCPI 2.2.1-node met operatorconsole. Accepteert de opties van &apos;ocpi-node serve&apos;.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="66"/>
        <source>Start a CPO and an eMSP node with temporary databases and play the whole OCPI story between them (node options are ignored).</source>
        <translation>Start een CPO- en een eMSP-node met tijdelijke databases en speel het hele OCPI-verhaal tussen beide af (node-opties worden genegeerd).</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="68"/>
        <source>With --demo: divide the pause between steps by N.</source>
        <translation>Met --demo: deel de pauze tussen stappen door N.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="76"/>
        <source>Measure the window&apos;s event-loop stalls with a 10 ms timer and write the longest gap, percentiles and counts as JSON to FILE at exit.</source>
        <translation>Meet de haperingen van de gebeurtenislus van het venster met een timer van 10 ms en schrijft bij het afsluiten de langste onderbreking, percentielen en aantallen als JSON naar FILE.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="79"/>
        <source>Quit after SECONDS.</source>
        <translation>Afsluiten na SECONDS seconden.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="82"/>
        <source>Show every page in turn for SECONDS each, scrolling its tables to the end (benchmarks).</source>
        <translation>Toont elke pagina om de beurt SECONDS seconden lang en scrolt de tabellen tot het einde (benchmarks).</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="99"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>onverwacht argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="112"/>
        <source>--%1 wants a number of seconds, not &apos;%2&apos;</source>
        <translation>--%1 verwacht een aantal seconden, niet &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="180"/>
        <source>OCPI node not started</source>
        <translation>OCPI-node niet gestart</translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="115"/>
        <source>no temporary directory for the demo&apos;s databases</source>
        <translation>geen tijdelijke map voor de databases van de demo</translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="133"/>
        <source>the demo&apos;s %1 node did not start: %2</source>
        <translation>de %1-node van de demo is niet gestart: %2</translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="143"/>
        <source>demo step %1 (%2) failed: %3</source>
        <translation>demostap %1 (%2) mislukt: %3</translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="153"/>
        <source>Pictures of every page saved in %1</source>
        <translation>Afbeeldingen van alle pagina&apos;s opgeslagen in %1</translation>
    </message>
</context>
<context>
    <name>ocpi::AuthorizeDialog</name>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="23"/>
        <source>Authorize token</source>
        <translation>Token autoriseren</translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="29"/>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="31"/>
        <source>optional, comma separated</source>
        <translation>optioneel, kommagescheiden</translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="32"/>
        <source>Authorize</source>
        <translation>Autoriseren</translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="38"/>
        <source>Authorization result</source>
        <translation>Autorisatieresultaat</translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="43"/>
        <source>Token UID:</source>
        <translation>Token-UID:</translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="44"/>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="45"/>
        <source>Location id:</source>
        <translation>Locatie-id:</translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="46"/>
        <source>EVSE UIDs:</source>
        <translation>EVSE-UID&apos;s:</translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="52"/>
        <source>Asks this node&apos;s token authorization what a CPO would be told, as the real-time authorization endpoint answers it (nothing is stored).</source>
        <translation>Vraagt de tokenautorisatie van deze node wat een CPO te horen zou krijgen, zoals het realtime-autorisatie-endpoint antwoordt (er wordt niets opgeslagen).</translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="97"/>
        <source>Asking…</source>
        <translation>Bezig met vragen…</translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="105"/>
        <source>Error %1 (HTTP %2): %3</source>
        <translation>Fout %1 (HTTP %2): %3</translation>
    </message>
</context>
<context>
    <name>ocpi::CdrsPage</name>
    <message>
        <location filename="../ui/cdrspage.cpp" line="46"/>
        <source>not given</source>
        <translation>niet opgegeven</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="65"/>
        <source>  (tariff %1)</source>
        <translation>  (tarief %1)</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="100"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="102"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="105"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="106"/>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="107"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="108"/>
        <source>Location/EVSE</source>
        <translation>Locatie/EVSE</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="115"/>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="116"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="118"/>
        <source>Cost (excl./incl. VAT)</source>
        <translation>Kosten (excl./incl. btw)</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="123"/>
        <source>Credit</source>
        <translation>Creditering</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="126"/>
        <source>credit for %1</source>
        <translation>creditering voor %1</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="142"/>
        <source>Total cost (excl. / incl. VAT): %1</source>
        <translation>Totale kosten (excl. / incl. btw): %1</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="144"/>
        <source>fixed</source>
        <translation>vast</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="144"/>
        <source>energy</source>
        <translation>energie</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="145"/>
        <source>time</source>
        <translation>tijd</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="145"/>
        <source>parking</source>
        <translation>parkeren</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="146"/>
        <source>reservation</source>
        <translation>reservering</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="149"/>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="150"/>
        <source>Energy %1 kWh, time %2, parking %3</source>
        <translation>Energie %1 kWh, tijd %2, parkeren %3</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="155"/>
        <source>Charging periods (%1):</source>
        <translation>Laadperioden (%1):</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="159"/>
        <source>Credit CDR for %1</source>
        <translation>Credit-CDR voor %1</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="172"/>
        <source>CDRs are final; corrections are credit CDRs</source>
        <translation>CDR&apos;s zijn definitief; correcties zijn credit-CDR&apos;s</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="190"/>
        <source>Select a CDR to see its cost breakdown and charging periods.</source>
        <translation>Selecteer een CDR om de kostenopbouw en laadperioden te zien.</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="223"/>
        <source>partner %1</source>
        <translation>partner %1</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="225"/>
        <source>  %1 took it at %2 without saying where it keeps it</source>
        <translation>  %1 heeft het op %2 aangenomen zonder te zeggen waar het wordt bewaard</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="227"/>
        <source>  %1 keeps it at %2 (since %3)</source>
        <translation>  %1 bewaart het op %2 (sinds %3)</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="235"/>
        <source>Could not read the deliveries: %1</source>
        <translation>Kon de bezorgingen niet lezen: %1</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="236"/>
        <source>Not delivered to a partner yet.</source>
        <translation>Nog niet aan een partner bezorgd.</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="237"/>
        <source>Delivered:</source>
        <translation>Bezorgd:</translation>
    </message>
</context>
<context>
    <name>ocpi::ChargingProfileDialog</name>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="24"/>
        <source>Charging profile of session %1</source>
        <translation>Laadprofiel van sessie %1</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="29"/>
        <source>Limit</source>
        <translation>Limiet</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="32"/>
        <source>Unit of the limit</source>
        <translation>Eenheid van de limiet</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="37"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="38"/>
        <source>How far ahead the active profile reaches</source>
        <translation>Hoe ver het actieve profiel vooruit reikt</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="39"/>
        <source>Set limit</source>
        <translation>Limiet instellen</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="40"/>
        <source>Get active profile</source>
        <translation>Actief profiel opvragen</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="41"/>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="56"/>
        <source>&amp;Limit (from now):</source>
        <translation>&amp;Limiet (vanaf nu):</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="58"/>
        <source>&amp;Ahead:</source>
        <translation>&amp;Vooruit:</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="101"/>
        <source>%1: sending…</source>
        <translation>%1: bezig met verzenden…</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="107"/>
        <location filename="../ui/chargingprofiledialog.cpp" line="115"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="167"/>
        <source>%1: result %2</source>
        <translation>%1: resultaat %2</translation>
    </message>
</context>
<context>
    <name>ocpi::ChargingProfilesModel</name>
    <message>
        <location filename="../ui/chargingprofilesmodel.cpp" line="35"/>
        <source>partner %1</source>
        <translation>partner %1</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilesmodel.cpp" line="47"/>
        <source>cleared</source>
        <translation>opgeheven</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilesmodel.cpp" line="49"/>
        <source>no limit known</source>
        <translation>geen limiet bekend</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilesmodel.cpp" line="66"/>
        <source>we asked</source>
        <translation>door ons gevraagd</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilesmodel.cpp" line="66"/>
        <source>asked of us</source>
        <translation>aan ons gevraagd</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilesmodel.cpp" line="81"/>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilesmodel.cpp" line="82"/>
        <source>Side</source>
        <translation>Kant</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilesmodel.cpp" line="83"/>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilesmodel.cpp" line="84"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilesmodel.cpp" line="85"/>
        <source>Last request</source>
        <translation>Laatste verzoek</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilesmodel.cpp" line="86"/>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilesmodel.cpp" line="87"/>
        <source>Limit</source>
        <translation>Limiet</translation>
    </message>
</context>
<context>
    <name>ocpi::ChargingProfilesPage</name>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="27"/>
        <source>&amp;Set profile…</source>
        <translation>Profiel &amp;instellen…</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="28"/>
        <source>Ask the CPO to limit the selected session&apos;s power from now</source>
        <translation>De CPO vragen het vermogen van de geselecteerde sessie vanaf nu te beperken</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="29"/>
        <source>&amp;Get active profile</source>
        <translation>Actief profiel &amp;opvragen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chargingprofilespage.cpp" line="30"/>
        <source>Ask the CPO for the limit in force over the next %n minute(s)</source>
        <translation>
            <numerusform>De CPO vragen naar de limiet voor de komende %n minuut</numerusform>
            <numerusform>De CPO vragen naar de limiet voor de komende %n minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="32"/>
        <source>C&amp;lear profile</source>
        <translation>Profiel &amp;wissen</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="33"/>
        <source>Ask the CPO to remove the limit it applies to the selected session</source>
        <translation>De CPO vragen de limiet op de geselecteerde sessie op te heffen</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="42"/>
        <source>Charging profiles</source>
        <translation>Laadprofielen</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="44"/>
        <source>Limit of the selected session</source>
        <translation>Limiet van de geselecteerde sessie</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="45"/>
        <source>Selected charging profile</source>
        <translation>Geselecteerd laadprofiel</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="56"/>
        <source>Power limits on sessions: ours at partner CPOs, and partners&apos; on ours</source>
        <translation>Vermogenslimieten op sessies: de onze bij partner-CPO&apos;s, en die van partners op de onze</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="113"/>
        <source>Could not read the charging profiles: %1</source>
        <translation>De laadprofielen konden niet worden gelezen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chargingprofilespage.cpp" line="118"/>
        <source>%n session(s) with charging profile requests</source>
        <translation>
            <numerusform>%n sessie met laadprofielverzoeken</numerusform>
            <numerusform>%n sessies met laadprofielverzoeken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="127"/>
        <location filename="../ui/chargingprofilespage.cpp" line="234"/>
        <source>%1: result %2</source>
        <translation>%1: resultaat %2</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="163"/>
        <source>Select a session to see its charging profile.</source>
        <translation>Selecteer een sessie om het laadprofiel te zien.</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="165"/>
        <source>Session %1, %2</source>
        <translation>Sessie %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="166"/>
        <source>Limit: %1</source>
        <translation>Limiet: %1</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="168"/>
        <source>Last request: %1 %2 at %3</source>
        <translation>Laatste verzoek: %1 %2 om %3</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="190"/>
        <source>This node hosts no EMSP party, so it cannot ask partner CPOs to limit sessions: the list shows the profiles partner eMSPs set on our sessions, read-only. To send requests, add an EMSP party on the Settings page (or start with --party CC-PID:EMSP).</source>
        <translation>Deze node heeft geen EMSP-partij en kan partner-CPO&apos;s dus niet vragen sessies te beperken: de lijst toont, alleen-lezen, de profielen die partner-eMSP&apos;s op onze sessies hebben ingesteld. Voeg om verzoeken te sturen een EMSP-partij toe op de pagina Instellingen (of start met --party CC-PID:EMSP).</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="198"/>
        <source>%1 on %2 at %3</source>
        <translation>%1 op %2 om %3</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="223"/>
        <source>%1: sending…</source>
        <translation>%1: wordt verzonden…</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="227"/>
        <location filename="../ui/chargingprofilespage.cpp" line="235"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="240"/>
        <source>%1: %2, waiting for the result</source>
        <translation>%1: %2, wacht op het resultaat</translation>
    </message>
</context>
<context>
    <name>ocpi::CommandsModel</name>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="48"/>
        <source>partner %1</source>
        <translation>partner %1</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="55"/>
        <source>%1, %2 s</source>
        <translation>%1, %2 s</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="81"/>
        <source>sent</source>
        <translation>verzonden</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="81"/>
        <source>received</source>
        <translation>ontvangen</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="97"/>
        <source>Sent/received</source>
        <translation>Verzonden/ontvangen</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="98"/>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="99"/>
        <source>Command</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="100"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="101"/>
        <source>Response</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="102"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="103"/>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="104"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="137"/>
        <source>%1 sent to %2 (our id %3)</source>
        <translation>%1 verzonden naar %2 (ons id %3)</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="137"/>
        <source>%1 received from %2 (our id %3)</source>
        <translation>%1 ontvangen van %2 (ons id %3)</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="142"/>
        <source>the CPO answered %1, result expected within %2 s%3</source>
        <translation>de CPO antwoordde %1, resultaat verwacht binnen %2 s%3</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="143"/>
        <source>we answered %1, result promised within %2 s%3</source>
        <translation>wij antwoordden %1, resultaat toegezegd binnen %2 s%3</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="148"/>
        <source>no usable answer: %1</source>
        <translation>geen bruikbaar antwoord: %1</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="150"/>
        <source>waiting for the CPO&apos;s answer</source>
        <translation>wacht op het antwoord van de CPO</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="155"/>
        <source>result %1</source>
        <translation>resultaat %1</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="155"/>
        <source>result %1 queued for %2</source>
        <translation>resultaat %1 in de wachtrij voor %2</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="157"/>
        <source>TIMEOUT: no result by the CPO&apos;s timeout plus %1 s</source>
        <translation>TIMEOUT: geen resultaat binnen de time-out van de CPO plus %1 s</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="159"/>
        <source>waiting for the result until %1</source>
        <translation>wacht op het resultaat tot %1</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="163"/>
        <source>state: %1</source>
        <translation>toestand: %1</translation>
    </message>
</context>
<context>
    <name>ocpi::CommandsPage</name>
    <message>
        <location filename="../ui/commandspage.cpp" line="24"/>
        <source>Send command…</source>
        <translation>Opdracht verzenden…</translation>
    </message>
    <message>
        <location filename="../ui/commandspage.cpp" line="30"/>
        <source>Commands</source>
        <translation>Opdrachten</translation>
    </message>
    <message>
        <location filename="../ui/commandspage.cpp" line="31"/>
        <source>Timeline of the selected command</source>
        <translation>Tijdlijn van de geselecteerde opdracht</translation>
    </message>
    <message>
        <location filename="../ui/commandspage.cpp" line="39"/>
        <source>Commands sent to partner CPOs and received from partner eMSPs</source>
        <translation>Opdrachten verzonden naar partner-CPO&apos;s en ontvangen van partner-eMSP&apos;s</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/commandspage.cpp" line="94"/>
        <source>%n command(s)</source>
        <translation>
            <numerusform>%n opdracht</numerusform>
            <numerusform>%n opdrachten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/commandspage.cpp" line="101"/>
        <source>Could not read the commands: %1</source>
        <translation>Kon de opdrachten niet lezen: %1</translation>
    </message>
    <message>
        <location filename="../ui/commandspage.cpp" line="127"/>
        <source>Select a command to see its timeline.</source>
        <translation>Selecteer een opdracht om het verloop te zien.</translation>
    </message>
    <message>
        <location filename="../ui/commandspage.cpp" line="138"/>
        <source>Send START_SESSION, STOP_SESSION, RESERVE_NOW, CANCEL_RESERVATION or UNLOCK_CONNECTOR to a partner CPO</source>
        <translation>START_SESSION, STOP_SESSION, RESERVE_NOW, CANCEL_RESERVATION of UNLOCK_CONNECTOR naar een partner-CPO verzenden</translation>
    </message>
    <message>
        <location filename="../ui/commandspage.cpp" line="140"/>
        <source>Commands are sent as an eMSP: this node hosts no eMSP party</source>
        <translation>Opdrachten worden als eMSP verzonden: deze node host geen eMSP-partij</translation>
    </message>
    <message>
        <location filename="../ui/commandspage.cpp" line="151"/>
        <source>%1 sent: the CPO answered %2.</source>
        <translation>%1 verzonden: de CPO antwoordde %2.</translation>
    </message>
    <message>
        <location filename="../ui/commandspage.cpp" line="152"/>
        <source>%1 sent: %2 (%3).</source>
        <translation>%1 verzonden: %2 (%3).</translation>
    </message>
</context>
<context>
    <name>ocpi::DashboardPage</name>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="25"/>
        <source>Partners online</source>
        <translation>Partners online</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="26"/>
        <source>Sessions active</source>
        <translation>Actieve sessies</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="27"/>
        <source>Energy delivered today</source>
        <translation>Vandaag geleverde energie</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="28"/>
        <source>Outbox backlog</source>
        <translation>Achterstand outbox</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="29"/>
        <source>Errors in the last hour</source>
        <translation>Fouten in het afgelopen uur</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="37"/>
        <source>Requests and errors per minute, last hour</source>
        <translation>Verzoeken en fouten per minuut, afgelopen uur</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="43"/>
        <source>Partners and their state</source>
        <translation>Partners en hun toestand</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="59"/>
        <source>Partners (double-click or Enter opens one)</source>
        <translation>Partners (dubbelklik of Enter opent er een)</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="63"/>
        <source>This node</source>
        <translation>Deze node</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="94"/>
        <source>Could not read the figures: %1</source>
        <translation>Kon de cijfers niet lezen: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="105"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="107"/>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="108"/>
        <source>%1 waiting, %2 parked</source>
        <translation>%1 wachtend, %2 geparkeerd</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="109"/>
        <source>%1 waiting</source>
        <translation>%1 wachtend</translation>
    </message>
</context>
<context>
    <name>ocpi::DemoWindow</name>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="62"/>
        <source>OCPI Node Console: demo</source>
        <translation>OCPI Node Console: demo</translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="69"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="71"/>
        <source>Node shown</source>
        <translation>Getoonde node</translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="72"/>
        <source>Demo steps</source>
        <translation>Demostappen</translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="76"/>
        <source>&amp;Node:</source>
        <translation>&amp;Node:</translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="84"/>
        <source>The OCPI story</source>
        <translation>Het OCPI-verhaal</translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="105"/>
        <source>%1/%2  %3: %4</source>
        <translation>%1/%2  %3: %4</translation>
    </message>
</context>
<context>
    <name>ocpi::FieldInput</name>
    <message>
        <location filename="../ui/fieldinputs.cpp" line="73"/>
        <source>UTC, e.g. 2025-01-31T14:30:00Z</source>
        <translation>UTC, bijv. 2025-01-31T14:30:00Z</translation>
    </message>
    <message>
        <location filename="../ui/fieldinputs.cpp" line="75"/>
        <source>whole number</source>
        <translation>geheel getal</translation>
    </message>
    <message>
        <location filename="../ui/fieldinputs.cpp" line="77"/>
        <source>number, e.g. 0.2500</source>
        <translation>getal, bijv. 0.2500</translation>
    </message>
    <message>
        <location filename="../ui/fieldinputs.cpp" line="79"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../ui/fieldinputs.cpp" line="114"/>
        <source>(not set)</source>
        <translation>(niet ingesteld)</translation>
    </message>
    <message>
        <location filename="../ui/fieldinputs.cpp" line="116"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/fieldinputs.cpp" line="117"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../ui/fieldinputs.cpp" line="204"/>
        <source>one per line</source>
        <translation>één per regel</translation>
    </message>
</context>
<context>
    <name>ocpi::FieldLabels</name>
    <message>
        <location filename="../ui/fieldwords.cpp" line="20"/>
        <source>Country code</source>
        <translation>Landcode</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="21"/>
        <source>Party ID</source>
        <translation>Party-ID</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="22"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="23"/>
        <source>Publish</source>
        <translation>Publiceren</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="24"/>
        <source>Publish allowed to</source>
        <translation>Publiceren toegestaan voor</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="25"/>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="26"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="27"/>
        <source>Visual number</source>
        <translation>Zichtbaar nummer</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="28"/>
        <source>Issuer</source>
        <translation>Uitgever</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="29"/>
        <source>Group ID</source>
        <translation>Groeps-ID</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="30"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="31"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="32"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="33"/>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="34"/>
        <source>State</source>
        <translation>Provincie</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="35"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="36"/>
        <source>Coordinates</source>
        <translation>Coördinaten</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="37"/>
        <source>Latitude</source>
        <translation>Breedtegraad</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="38"/>
        <source>Longitude</source>
        <translation>Lengtegraad</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="39"/>
        <source>Related locations</source>
        <translation>Gerelateerde locaties</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="40"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="41"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="42"/>
        <source>Parking type</source>
        <translation>Parkeertype</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="43"/>
        <source>EVSEs</source>
        <translation>EVSE&apos;s</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="44"/>
        <source>EVSE ID</source>
        <translation>EVSE-ID</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="45"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="46"/>
        <source>Status schedule</source>
        <translation>Statusplanning</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="47"/>
        <source>Period begin</source>
        <translation>Begin periode</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="48"/>
        <source>Period end</source>
        <translation>Einde periode</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="49"/>
        <source>Capabilities</source>
        <translation>Mogelijkheden</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="50"/>
        <source>Connectors</source>
        <translation>Connectoren</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="51"/>
        <source>Standard</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="52"/>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="53"/>
        <source>Power type</source>
        <translation>Stroomtype</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="54"/>
        <source>Max voltage</source>
        <translation>Max. spanning</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="55"/>
        <source>Max amperage</source>
        <translation>Max. stroomsterkte</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="56"/>
        <source>Max electric power</source>
        <translation>Max. elektrisch vermogen</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="57"/>
        <source>Tariff IDs</source>
        <translation>Tarief-ID&apos;s</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="58"/>
        <source>Terms and conditions</source>
        <translation>Algemene voorwaarden</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="59"/>
        <source>Last updated</source>
        <translation>Laatst bijgewerkt</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="60"/>
        <source>Floor level</source>
        <translation>Verdieping</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="61"/>
        <source>Physical reference</source>
        <translation>Fysieke referentie</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="62"/>
        <source>Directions</source>
        <translation>Routebeschrijving</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="63"/>
        <source>Parking restrictions</source>
        <translation>Parkeerbeperkingen</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="64"/>
        <source>Images</source>
        <translation>Afbeeldingen</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="65"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="66"/>
        <source>Thumbnail</source>
        <translation>Miniatuur</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="67"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="68"/>
        <source>Width</source>
        <translation>Breedte</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="69"/>
        <source>Height</source>
        <translation>Hoogte</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="70"/>
        <source>Operator</source>
        <translation>Exploitant</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="71"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="72"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="73"/>
        <source>Sub-operator</source>
        <translation>Subexploitant</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="74"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="75"/>
        <source>Facilities</source>
        <translation>Voorzieningen</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="76"/>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="77"/>
        <source>Opening times</source>
        <translation>Openingstijden</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="78"/>
        <source>Open 24/7</source>
        <translation>24/7 geopend</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="79"/>
        <source>Regular hours</source>
        <translation>Reguliere openingstijden</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="80"/>
        <source>Weekday</source>
        <translation>Weekdag</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="81"/>
        <source>Exceptional openings</source>
        <translation>Extra openingen</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="82"/>
        <source>Exceptional closings</source>
        <translation>Extra sluitingen</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="83"/>
        <source>Charging when closed</source>
        <translation>Laden tijdens sluiting</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="84"/>
        <source>Energy mix</source>
        <translation>Energiemix</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="85"/>
        <source>Green energy</source>
        <translation>Groene energie</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="86"/>
        <source>Energy sources</source>
        <translation>Energiebronnen</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="87"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="88"/>
        <source>Percentage</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="89"/>
        <source>Environmental impact</source>
        <translation>Milieu-impact</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="90"/>
        <source>Amount</source>
        <translation>Hoeveelheid</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="91"/>
        <source>Supplier name</source>
        <translation>Naam leverancier</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="92"/>
        <source>Energy product name</source>
        <translation>Naam energieproduct</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="93"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="94"/>
        <source>Alternative text</source>
        <translation>Alternatieve tekst</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="95"/>
        <source>Alternative URL</source>
        <translation>Alternatieve URL</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="96"/>
        <source>Min price</source>
        <translation>Min. prijs</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="97"/>
        <source>Excl. VAT</source>
        <translation>Excl. btw</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="98"/>
        <source>Incl. VAT</source>
        <translation>Incl. btw</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="99"/>
        <source>Max price</source>
        <translation>Max. prijs</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="100"/>
        <source>Elements</source>
        <translation>Elementen</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="101"/>
        <source>Price components</source>
        <translation>Prijscomponenten</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="102"/>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="103"/>
        <source>VAT</source>
        <translation>Btw</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="104"/>
        <source>Step size</source>
        <translation>Stapgrootte</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="105"/>
        <source>Restrictions</source>
        <translation>Beperkingen</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="106"/>
        <source>Start time</source>
        <translation>Begintijd</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="107"/>
        <source>End time</source>
        <translation>Eindtijd</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="108"/>
        <source>Start date</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="109"/>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="110"/>
        <source>Min kWh</source>
        <translation>Min. kWh</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="111"/>
        <source>Max kWh</source>
        <translation>Max. kWh</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="112"/>
        <source>Min current</source>
        <translation>Min. stroom</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="113"/>
        <source>Max current</source>
        <translation>Max. stroom</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="114"/>
        <source>Min power</source>
        <translation>Min. vermogen</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="115"/>
        <source>Max power</source>
        <translation>Max. vermogen</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="116"/>
        <source>Min duration</source>
        <translation>Min. duur</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="117"/>
        <source>Max duration</source>
        <translation>Max. duur</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="118"/>
        <source>Days of the week</source>
        <translation>Dagen van de week</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="119"/>
        <source>Reservation</source>
        <translation>Reservering</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="120"/>
        <source>Start date and time</source>
        <translation>Begindatum en -tijd</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="121"/>
        <source>End date and time</source>
        <translation>Einddatum en -tijd</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="122"/>
        <source>Contract ID</source>
        <translation>Contract-ID</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="123"/>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="124"/>
        <source>Whitelist</source>
        <translation>Whitelist</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="125"/>
        <source>Default profile type</source>
        <translation>Standaardprofieltype</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="126"/>
        <source>Energy contract</source>
        <translation>Energiecontract</translation>
    </message>
</context>
<context>
    <name>ocpi::FieldWords</name>
    <message>
        <location filename="../ui/fieldwords.cpp" line="154"/>
        <source>Required.</source>
        <translation>Verplicht.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="156"/>
        <source>Add at least one.</source>
        <translation>Voeg er minstens één toe.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="159"/>
        <source>At most %1 characters.</source>
        <translation>Hoogstens %1 tekens.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="162"/>
        <source>At most %1 digits.</source>
        <translation>Hoogstens %1 cijfers.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="165"/>
        <source>At most %1 entries.</source>
        <translation>Hoogstens %1 items.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="167"/>
        <source>Enter a whole number.</source>
        <translation>Voer een geheel getal in.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="169"/>
        <source>Enter a number.</source>
        <translation>Voer een getal in.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="171"/>
        <source>Choose yes or no.</source>
        <translation>Kies ja of nee.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="173"/>
        <source>Enter a date and time such as 2025-01-31T14:30:00Z.</source>
        <translation>Voer een datum en tijd in, zoals 2025-01-31T14:30:00Z.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="176"/>
        <source>Choose one of the listed values.</source>
        <translation>Kies een van de vermelde waarden.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="178"/>
        <source>Enter 0 or more.</source>
        <translation>Voer 0 of meer in.</translation>
    </message>
</context>
<context>
    <name>ocpi::InviteDialog</name>
    <message>
        <location filename="../ui/invitedialog.cpp" line="23"/>
        <source>Invite a partner</source>
        <translation>Partner uitnodigen</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="25"/>
        <source>The node issues a registration token (token A) for the new partner. Hand it over together with this node&apos;s versions URL through a secure channel; the partner then registers with this node.</source>
        <translation>De node geeft een registratietoken (token A) uit voor de nieuwe partner. Overhandig dit samen met de versions-URL van deze node via een beveiligd kanaal; de partner registreert zich daarna bij deze node.</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="32"/>
        <source>e.g. the partner&apos;s company name</source>
        <translation>bijv. de bedrijfsnaam van de partner</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="33"/>
        <source>Invite</source>
        <translation>Uitnodigen</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="36"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="47"/>
        <location filename="../ui/invitedialog.cpp" line="51"/>
        <source>Token A</source>
        <translation>Token A</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="55"/>
        <location filename="../ui/invitedialog.cpp" line="63"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="56"/>
        <source>Copy token A</source>
        <translation>Token A kopiëren</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="62"/>
        <source>Versions URL</source>
        <translation>Versions-URL</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="64"/>
        <source>Copy the versions URL</source>
        <translation>Versions-URL kopiëren</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="69"/>
        <source>&lt;b&gt;This token is shown only now.&lt;/b&gt; The node keeps only a fingerprint of it and cannot show it again; copy it before closing this window.</source>
        <translation>&lt;b&gt;Dit token wordt alleen nu getoond.&lt;/b&gt; De node bewaart er alleen een vingerafdruk van en kan het niet opnieuw tonen; kopieer het voordat u dit venster sluit.</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="75"/>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="76"/>
        <source>Our versions URL:</source>
        <translation>Onze versions-URL:</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="77"/>
        <source>Valid until:</source>
        <translation>Geldig tot:</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="95"/>
        <source>Token A copied to the clipboard.</source>
        <translation>Token A naar het klembord gekopieerd.</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="99"/>
        <source>Versions URL copied to the clipboard.</source>
        <translation>Versions-URL naar het klembord gekopieerd.</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="133"/>
        <source>The invitation failed: %1</source>
        <translation>De uitnodiging is mislukt: %1</translation>
    </message>
</context>
<context>
    <name>ocpi::LocationsModel</name>
    <message>
        <location filename="../ui/locationsmodel.cpp" line="124"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../ui/locationsmodel.cpp" line="145"/>
        <source>One of our locations</source>
        <translation>Een van onze locaties</translation>
    </message>
    <message>
        <location filename="../ui/locationsmodel.cpp" line="145"/>
        <source>Received from %1 (read-only)</source>
        <translation>Ontvangen van %1 (alleen-lezen)</translation>
    </message>
    <message>
        <location filename="../ui/locationsmodel.cpp" line="174"/>
        <source>Id / UID</source>
        <translation>Id / UID</translation>
    </message>
    <message>
        <location filename="../ui/locationsmodel.cpp" line="175"/>
        <source>Name / EVSE ID / Standard</source>
        <translation>Naam / EVSE-ID / Standaard</translation>
    </message>
    <message>
        <location filename="../ui/locationsmodel.cpp" line="176"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/locationsmodel.cpp" line="177"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../ui/locationsmodel.cpp" line="178"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../ui/locationsmodel.cpp" line="179"/>
        <source>Last updated</source>
        <translation>Laatst bijgewerkt</translation>
    </message>
    <message>
        <location filename="../ui/locationsmodel.cpp" line="188"/>
        <source>no EVSEs</source>
        <translation>geen EVSE&apos;s</translation>
    </message>
    <message>
        <location filename="../ui/locationsmodel.cpp" line="198"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ocpi::LocationsPage</name>
    <message>
        <location filename="../ui/locationspage.cpp" line="24"/>
        <source>Locations, EVSEs and connectors</source>
        <translation>Locaties, EVSE&apos;s en connectoren</translation>
    </message>
    <message>
        <location filename="../ui/locationspage.cpp" line="36"/>
        <source>The status to give the selected EVSE</source>
        <translation>De status voor de geselecteerde EVSE</translation>
    </message>
    <message>
        <location filename="../ui/locationspage.cpp" line="37"/>
        <source>EVSE status</source>
        <translation>EVSE-status</translation>
    </message>
    <message>
        <location filename="../ui/locationspage.cpp" line="38"/>
        <source>Set EVSE status</source>
        <translation>EVSE-status instellen</translation>
    </message>
    <message>
        <location filename="../ui/locationspage.cpp" line="39"/>
        <source>Set the selected EVSE of one of our locations to this status; partners are told</source>
        <translation>De geselecteerde EVSE van een van onze locaties op deze status zetten; partners worden op de hoogte gebracht</translation>
    </message>
    <message>
        <location filename="../ui/locationspage.cpp" line="101"/>
        <source>EVSE %1 is now %2.</source>
        <translation>EVSE %1 is nu %2.</translation>
    </message>
    <message>
        <location filename="../ui/locationspage.cpp" line="103"/>
        <source>Could not set EVSE %1 to %2: %3</source>
        <translation>Kon EVSE %1 niet op %2 zetten: %3</translation>
    </message>
    <message>
        <location filename="../ui/locationspage.cpp" line="133"/>
        <source>New location</source>
        <translation>Nieuwe locatie</translation>
    </message>
</context>
<context>
    <name>ocpi::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="43"/>
        <source>OCPI Node Console</source>
        <translation>OCPI Node Console</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="82"/>
        <source>Traffic</source>
        <translation>Verkeer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="78"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../ui/modulepages.cpp" line="31"/>
        <source>Locations</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <location filename="../ui/modulepages.cpp" line="32"/>
        <source>Tariffs</source>
        <translation>Tarieven</translation>
    </message>
    <message>
        <location filename="../ui/modulepages.cpp" line="33"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/modulepages.cpp" line="34"/>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <location filename="../ui/modulepages.cpp" line="35"/>
        <source>CDRs</source>
        <translation>CDR&apos;s</translation>
    </message>
    <message>
        <location filename="../ui/modulepages.cpp" line="36"/>
        <source>Commands</source>
        <translation>Opdrachten</translation>
    </message>
    <message>
        <location filename="../ui/modulepages.cpp" line="37"/>
        <source>Charging profiles</source>
        <translation>Laadprofielen</translation>
    </message>
    <message>
        <location filename="../ui/modulepages.cpp" line="38"/>
        <source>Reservations</source>
        <translation>Reserveringen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="51"/>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="76"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="83"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="164"/>
        <source>Partners online: %1/%2</source>
        <translation>Partners online: %1/%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="165"/>
        <source>Outbox: %1</source>
        <translation>Outbox: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <source>Parked: %1</source>
        <translation>Geparkeerd: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="168"/>
        <source>Errors (1 h): %1</source>
        <translation>Fouten (1 u): %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="232"/>
        <source>&amp;Copy versions URL</source>
        <translation>Versions-URL &amp;kopiëren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="238"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="242"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="245"/>
        <source>&amp;Page list</source>
        <translation>&amp;Paginalijst</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="252"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="253"/>
        <source>&amp;About</source>
        <translation>&amp;Over</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="264"/>
        <source>Listening at %1  |  %2  |  Requests: %3</source>
        <translation>Luistert op %1  |  %2  |  Verzoeken: %3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="270"/>
        <source>Node not serving: %1</source>
        <translation>Node niet actief: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="272"/>
        <source>Node stopped</source>
        <translation>Node gestopt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="273"/>
        <source>Starting the node…</source>
        <translation>Node wordt gestart…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="279"/>
        <source>About OCPI Node Console</source>
        <translation>Over OCPI Node Console</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="280"/>
        <source>&lt;b&gt;OCPI Node Console&lt;/b&gt; %1&lt;br&gt;An OCPI 2.2.1 node with an operator console.&lt;br&gt;Qt %2</source>
        <translation>&lt;b&gt;OCPI Node Console&lt;/b&gt; %1&lt;br&gt;Een OCPI 2.2.1-node met operatorconsole.&lt;br&gt;Qt %2</translation>
    </message>
</context>
<context>
    <name>ocpi::ObjectEditorDialog</name>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="53"/>
        <source>New %1</source>
        <translation>%1 aanmaken</translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="53"/>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="59"/>
        <source>Changes are checked like a partner&apos;s PUT, stored, and sent to every partner that receives %1. The id cannot change.</source>
        <translation>Wijzigingen worden gecontroleerd als een PUT van een partner, opgeslagen en verzonden naar elke partner die %1 ontvangt. Het id kan niet wijzigen.</translation>
    </message>
    <message>
        <location filename="../ui/locationspage.cpp" line="150"/>
        <source>EVSEs and connectors are never deleted: set an EVSE&apos;s status to REMOVED instead.</source>
        <translation>EVSE&apos;s en connectoren worden nooit verwijderd: zet in plaats daarvan de status van een EVSE op REMOVED.</translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="241"/>
        <source>%1: cannot change from &apos;%2&apos; when editing; use New for another object</source>
        <translation>%1: kan bij bewerken niet van &apos;%2&apos; wijzigen; gebruik Nieuw voor een ander object</translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="167"/>
        <source>Not valid JSON at character %1: %2</source>
        <translation>Geen geldige JSON bij teken %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="56"/>
        <source>Fields marked * are required. The %1 is checked like a partner&apos;s PUT, stored, and sent to every partner that receives %2.</source>
        <translation>Velden met * zijn verplicht. Het object %1 wordt gecontroleerd als een PUT van een partner, opgeslagen en verzonden naar elke partner die %2 ontvangt.</translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="78"/>
        <source>Problems to fix</source>
        <translation>Op te lossen problemen</translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="79"/>
        <source>Press Enter or double-click to go to the field</source>
        <translation>Druk op Enter of dubbelklik om naar het veld te gaan</translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="90"/>
        <source>%1 as OCPI 2.2.1 JSON</source>
        <translation>%1 als OCPI 2.2.1-JSON</translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="98"/>
        <source>&amp;Form</source>
        <translation>&amp;Formulier</translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="99"/>
        <source>&amp;JSON (advanced)</source>
        <translation>&amp;JSON (geavanceerd)</translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="171"/>
        <source>Expected one JSON object</source>
        <translation>Eén JSON-object verwacht</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/objecteditordialog.cpp" line="182"/>
        <source>%n problem(s) to fix; nothing was sent.</source>
        <translation>
            <numerusform>%n probleem op te lossen; er is niets verzonden.</numerusform>
            <numerusform>%n problemen op te lossen; er is niets verzonden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="205"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="272"/>
        <source>Saving…</source>
        <translation>Bezig met opslaan…</translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="278"/>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>ocpi::ObjectForm</name>
    <message>
        <location filename="../ui/objectform.cpp" line="134"/>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
</context>
<context>
    <name>ocpi::ObjectListEditor</name>
    <message>
        <location filename="../ui/objectlisteditor.cpp" line="107"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../ui/objectlisteditor.cpp" line="107"/>
        <source>Add to %1</source>
        <translation>Toevoegen aan %1</translation>
    </message>
    <message>
        <location filename="../ui/objectlisteditor.cpp" line="108"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../ui/objectlisteditor.cpp" line="108"/>
        <source>Remove from %1</source>
        <translation>Verwijderen uit %1</translation>
    </message>
    <message>
        <location filename="../ui/objectlisteditor.cpp" line="109"/>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../ui/objectlisteditor.cpp" line="109"/>
        <source>Move up in %1</source>
        <translation>Omhoog verplaatsen in %1</translation>
    </message>
    <message>
        <location filename="../ui/objectlisteditor.cpp" line="110"/>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../ui/objectlisteditor.cpp" line="110"/>
        <source>Move down in %1</source>
        <translation>Omlaag verplaatsen in %1</translation>
    </message>
    <message>
        <location filename="../ui/objectlisteditor.cpp" line="266"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/objectlisteditor.cpp" line="270"/>
        <source>%1 (%n problem(s))</source>
        <translation>
            <numerusform>%1 (%n probleem)</numerusform>
            <numerusform>%1 (%n problemen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ocpi::ObjectListPage</name>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="44"/>
        <source>Show the objects of one owner party</source>
        <translation>De objecten van één eigenaarpartij tonen</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="45"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="46"/>
        <source>All owners</source>
        <translation>Alle eigenaars</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="48"/>
        <location filename="../ui/objectlistpage.cpp" line="49"/>
        <source>Search id or name</source>
        <translation>Zoeken op id of naam</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="51"/>
        <source>New…</source>
        <translation>Nieuw…</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="52"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="53"/>
        <source>Change the selected object (only our own objects can be changed)</source>
        <translation>Het geselecteerde object wijzigen (alleen onze eigen objecten kunnen worden gewijzigd)</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="56"/>
        <source>Owner:</source>
        <translation>Eigenaar:</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="73"/>
        <source>Selected object as JSON</source>
        <translation>Geselecteerd object als JSON</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="221"/>
        <source>Showing the first %1 objects (%2 ours); scroll to the end to read more. The owner filter and the search cover the objects read.</source>
        <translation>De eerste %1 objecten worden getoond (%2 van ons); scroll naar het einde om meer te lezen. Het eigenaarfilter en de zoekopdracht gelden voor de gelezen objecten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/objectlistpage.cpp" line="225"/>
        <source>%n object(s), %1 ours</source>
        <translation>
            <numerusform>%n object, %1 van ons</numerusform>
            <numerusform>%n objecten, %1 van ons</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="232"/>
        <source>Could not read the %1: %2</source>
        <translation>Kon %1 niet lezen: %2</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="319"/>
        <source>Select an object to see its JSON.</source>
        <translation>Selecteer een object om de JSON te zien.</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="330"/>
        <source>Create an object owned by %1</source>
        <translation>Een object aanmaken met %1 als eigenaar</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="331"/>
        <source>This node hosts no party that owns %1</source>
        <translation>Deze node host geen partij die eigenaar is van %1</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="340"/>
        <source>This node hosts no %1 party, so it has no %2 of its own to create or change: the list shows what partners sent, read-only. To issue your own, add a %1 party on the Settings page (or start with --party CC-PID:%1).</source>
        <translation>Deze node host geen %1-partij en heeft dus geen eigen %2 om aan te maken of te wijzigen: de lijst toont wat partners hebben verzonden, alleen-lezen. Voeg om zelf objecten uit te geven een %1-partij toe op de pagina Instellingen (of start met --party CC-PID:%1).</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="387"/>
        <source>Created %1.</source>
        <translation>%1 aangemaakt.</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="387"/>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ocpi::ObjectTableModel</name>
    <message>
        <location filename="../ui/objecttablemodel.cpp" line="34"/>
        <source>One of our objects</source>
        <translation>Een van onze objecten</translation>
    </message>
    <message>
        <location filename="../ui/objecttablemodel.cpp" line="34"/>
        <source>Received from %1 (read-only)</source>
        <translation>Ontvangen van %1 (alleen-lezen)</translation>
    </message>
    <message>
        <location filename="../ui/objecttablemodel.cpp" line="83"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../ui/objecttablemodel.cpp" line="88"/>
        <source>Last updated</source>
        <translation>Laatst bijgewerkt</translation>
    </message>
    <message>
        <location filename="../ui/objecttablemodel.cpp" line="94"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../ui/objecttablemodel.cpp" line="102"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/objecttablemodel.cpp" line="102"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>ocpi::ObjectTablePage</name>
    <message>
        <location filename="../ui/objecttablepage.cpp" line="14"/>
        <source>Objects: %1</source>
        <translation>Objecten: %1</translation>
    </message>
</context>
<context>
    <name>ocpi::ObjectsController</name>
    <message>
        <location filename="../ui/objectscontroller.cpp" line="61"/>
        <source>no object module %1</source>
        <translation>geen objectmodule %1</translation>
    </message>
    <message>
        <location filename="../ui/objectscontroller.cpp" line="76"/>
        <source>%1 (hub)</source>
        <translation>%1 (hub)</translation>
    </message>
    <message>
        <location filename="../ui/objectscontroller.cpp" line="193"/>
        <source>%1 %2 of %3 exists already: edit it instead</source>
        <translation>%1 %2 van %3 bestaat al: bewerk het in plaats daarvan</translation>
    </message>
    <message>
        <location filename="../ui/objectscontroller.cpp" line="246"/>
        <source>console operator</source>
        <translation>console-operator</translation>
    </message>
</context>
<context>
    <name>ocpi::ParkedDeliveriesView</name>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="22"/>
        <source>Refused by the partner (parked)</source>
        <translation>Geweigerd door de partner (geparkeerd)</translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="23"/>
        <source>Drop…</source>
        <translation>Verwerpen…</translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="24"/>
        <source>Discard the selected parked delivery: the partner never receives it (ocpi-node outbox drop)</source>
        <translation>De geselecteerde geparkeerde bezorging verwerpen: de partner ontvangt deze nooit (ocpi-node outbox drop)</translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="25"/>
        <source>Drop the selected parked delivery</source>
        <translation>De geselecteerde geparkeerde bezorging verwerpen</translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="27"/>
        <source>Parked deliveries</source>
        <translation>Geparkeerde bezorgingen</translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="28"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="28"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="28"/>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="28"/>
        <source>Tries</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="28"/>
        <source>Partner&apos;s answer</source>
        <translation>Antwoord van de partner</translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="67"/>
        <source>queued %1</source>
        <translation>in wachtrij %1</translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="71"/>
        <source>Refused by the partner (parked): none</source>
        <translation>Geweigerd door de partner (geparkeerd): geen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/parkeddeliveriesview.cpp" line="72"/>
        <source>Refused by the partner (parked): %n</source>
        <translation>
            <numerusform>Geweigerd door de partner (geparkeerd): %n</numerusform>
            <numerusform>Geweigerd door de partner (geparkeerd): %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ocpi::PartnerController</name>
    <message>
        <location filename="../ui/partnercontroller.cpp" line="159"/>
        <source>%1 offers nothing this node can pull</source>
        <translation>%1 biedt niets aan wat deze node kan ophalen</translation>
    </message>
</context>
<context>
    <name>ocpi::PartnerDetailsView</name>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="43"/>
        <source>raw</source>
        <translation>onbewerkt</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="43"/>
        <location filename="../ui/partnerdetailsview.cpp" line="75"/>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="62"/>
        <source>State:</source>
        <translation>Toestand:</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="63"/>
        <source>Versions URL:</source>
        <translation>Versions-URL:</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="64"/>
        <source>Version:</source>
        <translation>Versie:</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="65"/>
        <source>Last contact:</source>
        <translation>Laatste contact:</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="66"/>
        <source>Added:</source>
        <translation>Toegevoegd:</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="67"/>
        <source>Our token:</source>
        <translation>Ons token:</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="68"/>
        <source>The token this node presents to the partner. Only its start is shown.</source>
        <translation>Het token dat deze node aan de partner presenteert. Alleen het begin wordt getoond.</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="69"/>
        <source>Their token:</source>
        <translation>Hun token:</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="70"/>
        <source>Pushes waiting:</source>
        <translation>Wachtende pushes:</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="73"/>
        <source>Token encoding</source>
        <translation>Tokencodering</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="74"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="76"/>
        <source>Raw</source>
        <translation>Onbewerkt</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="77"/>
        <source>How this node writes its token in the Authorization header to this partner. Automatic tries Base64 (OCPI 2.2.1) and falls back to raw.</source>
        <translation>Hoe deze node zijn token in de Authorization-header naar deze partner schrijft. Automatisch probeert Base64 (OCPI 2.2.1) en valt terug op onbewerkt.</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="83"/>
        <source>Token encoding:</source>
        <translation>Tokencodering:</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="85"/>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="85"/>
        <location filename="../ui/partnerdetailsview.cpp" line="86"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="85"/>
        <source>Business name</source>
        <translation>Bedrijfsnaam</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="85"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="85"/>
        <source>Partner&apos;s roles</source>
        <translation>Rollen van de partner</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="86"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="86"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="86"/>
        <source>Partner&apos;s endpoints</source>
        <translation>Endpoints van de partner</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="91"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="93"/>
        <source>Endpoints</source>
        <translation>Endpoints</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="108"/>
        <source>Select a partner to see its details.</source>
        <translation>Selecteer een partner om de details te zien.</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="125"/>
        <source>(not known yet)</source>
        <translation>(nog niet bekend)</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="126"/>
        <source>(none negotiated)</source>
        <translation>(geen overeengekomen)</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="127"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="129"/>
        <location filename="../ui/partnerdetailsview.cpp" line="169"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="130"/>
        <source>the partner holds a live token of ours</source>
        <translation>de partner heeft een geldig token van ons</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="131"/>
        <source>the partner holds no live token of ours</source>
        <translation>de partner heeft geen geldig token van ons</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="136"/>
        <source>detected: %1</source>
        <translation>gedetecteerd: %1</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="137"/>
        <source>nothing detected yet</source>
        <translation>nog niets gedetecteerd</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/partnerdetailsview.cpp" line="161"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wachtend</numerusform>
            <numerusform>%n wachtend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/partnerdetailsview.cpp" line="163"/>
        <source>, %n refused by the partner</source>
        <translation>
            <numerusform>, %n geweigerd door de partner</numerusform>
            <numerusform>, %n geweigerd door de partner</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="165"/>
        <source>; last error: %1</source>
        <translation>; laatste fout: %1</translation>
    </message>
</context>
<context>
    <name>ocpi::PartnerFiguresModel</name>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="42"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="43"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="44"/>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="45"/>
        <source>not registered yet</source>
        <translation>nog niet geregistreerd</translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="46"/>
        <source>unregistered</source>
        <translation>afgemeld</translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="71"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="72"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="84"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="85"/>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="86"/>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="87"/>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="88"/>
        <source>Waiting</source>
        <translation>Wachtend</translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="89"/>
        <source>Parked</source>
        <translation>Geparkeerd</translation>
    </message>
</context>
<context>
    <name>ocpi::PartnersModel</name>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="15"/>
        <source>invited</source>
        <translation>uitgenodigd</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="16"/>
        <source>registering</source>
        <translation>bezig met registreren</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="17"/>
        <source>registered</source>
        <translation>geregistreerd</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="18"/>
        <source>unregistered</source>
        <translation>afgemeld</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="19"/>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="83"/>
        <source>As the hub reports them: nothing is sent to an OFFLINE or SUSPENDED party; a PLANNED one joins soon</source>
        <translation>Zoals de hub ze meldt: naar een OFFLINE- of SUSPENDED-partij wordt niets verzonden; een PLANNED-partij sluit binnenkort aan</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="109"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="110"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="111"/>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="112"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="113"/>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="114"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="115"/>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="116"/>
        <source>Behind the hub</source>
        <translation>Achter de hub</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="171"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="200"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>ocpi::PartnersPage</name>
    <message>
        <location filename="../ui/partnerspage.cpp" line="41"/>
        <source>Invite partner…</source>
        <translation>Partner uitnodigen…</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="42"/>
        <source>Issue a registration token (token A) for a partner that will register with this node</source>
        <translation>Een registratietoken (token A) uitgeven voor een partner die zich bij deze node zal registreren</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="43"/>
        <source>Register with partner…</source>
        <translation>Registreren bij partner…</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="44"/>
        <source>Register this node with a partner that gave you its versions URL and a token A</source>
        <translation>Deze node registreren bij een partner die u zijn versions-URL en een token A heeft gegeven</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="45"/>
        <source>Update credentials</source>
        <translation>Credentials bijwerken</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="46"/>
        <source>Exchange new tokens with the selected partner</source>
        <translation>Nieuwe tokens uitwisselen met de geselecteerde partner</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="47"/>
        <source>Pull now</source>
        <translation>Nu ophalen</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="48"/>
        <source>Fetch the partner&apos;s locations, tariffs and tokens (what changed since the last pull)</source>
        <translation>De locaties, tarieven en tokens van de partner ophalen (wat sinds de laatste keer ophalen is gewijzigd)</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="49"/>
        <source>Send refused pushes again</source>
        <translation>Geweigerde pushes opnieuw verzenden</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="50"/>
        <source>Queue the deliveries the partner refused (parked) again, once the cause is fixed (ocpi-node outbox retry)</source>
        <translation>De door de partner geweigerde (geparkeerde) bezorgingen opnieuw in de wachtrij zetten zodra de oorzaak is verholpen (ocpi-node outbox retry)</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="52"/>
        <location filename="../ui/partnerspage.cpp" line="314"/>
        <location filename="../ui/partnerspage.cpp" line="320"/>
        <source>Unregister</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="53"/>
        <source>End the connection with the selected partner; its tokens stop working</source>
        <translation>De verbinding met de geselecteerde partner beëindigen; de tokens ervan werken niet meer</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="54"/>
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="55"/>
        <source>Delete an invited, failed or unregistered partner with its tokens and queued deliveries (ocpi-node partners remove)</source>
        <translation>Een uitgenodigde, mislukte of afgemelde partner verwijderen, met zijn tokens en bezorgingen in de wachtrij (ocpi-node partners remove)</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="72"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="200"/>
        <source>Could not read the partners: %1</source>
        <translation>Kon de partners niet lezen: %1</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="239"/>
        <source>No partners yet: invite one or register with one.</source>
        <translation>Nog geen partners: nodig er een uit of registreer u bij een partner.</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="240"/>
        <source>Select a partner to see its details.</source>
        <translation>Selecteer een partner om de details te zien.</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="293"/>
        <source>Registered with %1.</source>
        <translation>Geregistreerd bij %1.</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="315"/>
        <source>Unregister from %1?

The partner is told first; then every token between the two nodes stops working, whatever it answers.</source>
        <translation>Afmelden bij %1?

De partner wordt eerst op de hoogte gebracht; daarna werkt geen enkel token tussen de twee nodes meer, wat het antwoord ook is.</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="340"/>
        <source>Cannot remove %1: %2</source>
        <translation>Kan %1 niet verwijderen: %2</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="342"/>
        <source>Removed %1 (it was %2).</source>
        <translation>%1 verwijderd (was %2).</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="351"/>
        <source>Remove partner</source>
        <translation>Partner verwijderen</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="352"/>
        <source>Remove %1 (%2)?

Its tokens, including an unused token A, stop working and its queued deliveries are dropped. Objects received from it stay.</source>
        <translation>%1 (%2) verwijderen?

De tokens ervan, ook een ongebruikt token A, werken niet meer en de bezorgingen in de wachtrij worden verworpen. Objecten die ervan zijn ontvangen, blijven bewaard.</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="357"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="373"/>
        <source>Drop parked delivery</source>
        <translation>Geparkeerde bezorging verwerpen</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="374"/>
        <source>Drop delivery %1 to %2?

The partner never receives it, and it cannot be queued again.</source>
        <translation>Bezorging %1 aan %2 verwerpen?

De partner ontvangt deze nooit en ze kan niet opnieuw in de wachtrij worden gezet.</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="380"/>
        <source>Drop</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="387"/>
        <source>Cannot drop delivery %1: %2</source>
        <translation>Kan bezorging %1 niet verwerpen: %2</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="389"/>
        <source>Delivery %1 is no longer parked (sent again or dropped meanwhile).</source>
        <translation>Bezorging %1 is niet meer geparkeerd (intussen opnieuw verzonden of verworpen).</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="391"/>
        <source>Delivery %1 to %2 dropped; the partner will not receive it.</source>
        <translation>Bezorging %1 aan %2 verworpen; de partner ontvangt deze niet.</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="416"/>
        <source>Pulling from %1…</source>
        <translation>Ophalen bij %1…</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="420"/>
        <source>Pulling from %1 failed: %2</source>
        <translation>Ophalen bij %1 mislukt: %2</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="424"/>
        <source>%1: %2 stored, %3 skipped</source>
        <translation>%1: %2 opgeslagen, %3 overgeslagen</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="425"/>
        <source>Pulled from %1: %2.</source>
        <translation>Opgehaald bij %1: %2.</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="441"/>
        <source>Cannot queue the refused pushes to %1 again: %2</source>
        <translation>Kan de geweigerde pushes naar %1 niet opnieuw in de wachtrij zetten: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/partnerspage.cpp" line="443"/>
        <source>%n refused push(es) to %1 queued again.</source>
        <translation>
            <numerusform>%n geweigerde push naar %1 opnieuw in de wachtrij gezet.</numerusform>
            <numerusform>%n geweigerde pushes naar %1 opnieuw in de wachtrij gezet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="452"/>
        <source>Updating the credentials with %1…</source>
        <translation>Credentials bijwerken met %1…</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="452"/>
        <source>Unregistering from %1…</source>
        <translation>Afmelden bij %1…</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="457"/>
        <source>Updating the credentials with %1 failed: %2</source>
        <translation>Bijwerken van de credentials met %1 mislukt: %2</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="458"/>
        <source>Unregistering from %1 failed: %2</source>
        <translation>Afmelden bij %1 mislukt: %2</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="461"/>
        <source>New credentials exchanged with %1.</source>
        <translation>Nieuwe credentials uitgewisseld met %1.</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="463"/>
        <source>Unregistered from %1: %2</source>
        <translation>Afgemeld bij %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="478"/>
        <source>%1 now gets tokens encoded as: %2</source>
        <translation>%1 krijgt tokens nu gecodeerd als: %2</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="480"/>
        <source>Could not change the token encoding: %1</source>
        <translation>Kon de tokencodering niet wijzigen: %1</translation>
    </message>
</context>
<context>
    <name>ocpi::ProfileChart</name>
    <message>
        <location filename="../ui/profilechart.cpp" line="59"/>
        <source>%1 %2 from %3 min</source>
        <translation>%1 %2 vanaf %3 min</translation>
    </message>
    <message>
        <location filename="../ui/profilechart.cpp" line="43"/>
        <location filename="../ui/profilechart.cpp" line="50"/>
        <location filename="../ui/profilechart.cpp" line="105"/>
        <source>No profile known yet</source>
        <translation>Nog geen profiel bekend</translation>
    </message>
    <message>
        <location filename="../ui/profilechart.cpp" line="42"/>
        <source>Charging profile</source>
        <translation>Laadprofiel</translation>
    </message>
    <message>
        <location filename="../ui/profilechart.cpp" line="75"/>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message>
        <location filename="../ui/profilechart.cpp" line="77"/>
        <source>%1 from %2</source>
        <translation>%1 vanaf %2</translation>
    </message>
    <message>
        <location filename="../ui/profilechart.cpp" line="78"/>
        <source>%1 after %2 min</source>
        <translation>%1 na %2 min</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/profilechart.cpp" line="81"/>
        <source>%n more step(s)</source>
        <translation>
            <numerusform>nog %n stap</numerusform>
            <numerusform>nog %n stappen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/profilechart.cpp" line="128"/>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <location filename="../ui/profilechart.cpp" line="130"/>
        <source>+%1 min</source>
        <translation>+%1 min</translation>
    </message>
</context>
<context>
    <name>ocpi::RateChart</name>
    <message>
        <location filename="../ui/ratechart.cpp" line="16"/>
        <source>Requests per minute over the last hour</source>
        <translation>Verzoeken per minuut in het afgelopen uur</translation>
    </message>
    <message>
        <location filename="../ui/ratechart.cpp" line="23"/>
        <source>Click to open the traffic.</source>
        <translation>Klik om het verkeer te openen.</translation>
    </message>
    <message>
        <location filename="../ui/ratechart.cpp" line="37"/>
        <source>Last hour: %1 requests, %2 errors, busiest minute %3 requests</source>
        <translation>Afgelopen uur: %1 verzoeken, %2 fouten, drukste minuut %3 verzoeken</translation>
    </message>
    <message>
        <location filename="../ui/ratechart.cpp" line="67"/>
        <source>%1/min</source>
        <translation>%1/min</translation>
    </message>
    <message>
        <location filename="../ui/ratechart.cpp" line="68"/>
        <source>60 min ago</source>
        <translation>60 min geleden</translation>
    </message>
    <message>
        <location filename="../ui/ratechart.cpp" line="69"/>
        <source>now</source>
        <translation>nu</translation>
    </message>
</context>
<context>
    <name>ocpi::RegisterDetailsPage</name>
    <message>
        <location filename="../ui/registerwizard.cpp" line="29"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="30"/>
        <source>Enter the versions URL and the registration token (token A) the partner gave you.</source>
        <translation>Voer de versions-URL en het registratietoken (token A) in die de partner u heeft gegeven.</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="36"/>
        <source>optional: else the partner&apos;s business name</source>
        <translation>optioneel: anders de bedrijfsnaam van de partner</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="38"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="39"/>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="40"/>
        <source>Raw</source>
        <translation>Onbewerkt</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="41"/>
        <source>How to write tokens to this partner. Automatic tries Base64 (OCPI 2.2.1) and falls back to raw for older implementations.</source>
        <translation>Hoe tokens naar deze partner worden geschreven. Automatisch probeert Base64 (OCPI 2.2.1) en valt terug op onbewerkt voor oudere implementaties.</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="47"/>
        <source>Versions URL:</source>
        <translation>Versions-URL:</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="48"/>
        <source>Token A:</source>
        <translation>Token A:</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="49"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="50"/>
        <source>Token encoding:</source>
        <translation>Tokencodering:</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="73"/>
        <source>The versions URL must be an http or https URL.</source>
        <translation>De versions-URL moet een http- of https-URL zijn.</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="78"/>
        <source>A token has at most 64 printable characters and no spaces.</source>
        <translation>Een token heeft hoogstens 64 afdrukbare tekens en geen spaties.</translation>
    </message>
</context>
<context>
    <name>ocpi::RegisterProgressPage</name>
    <message>
        <location filename="../ui/registerwizard.cpp" line="104"/>
        <source>Registration</source>
        <translation>Registratie</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="113"/>
        <source>The registered partner&apos;s parties and endpoints</source>
        <translation>Partijen en endpoints van de geregistreerde partner</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="128"/>
        <source>Exchanging credentials with the partner; this window stays usable meanwhile.</source>
        <translation>Credentials worden met de partner uitgewisseld; dit venster blijft intussen bruikbaar.</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="130"/>
        <source>Registering with %1…</source>
        <translation>Registreren bij %1…</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="154"/>
        <source>The partner&apos;s parties and endpoints are stored; it is listed on the Partners page.</source>
        <translation>De partijen en endpoints van de partner zijn opgeslagen; de partner staat op de pagina Partners.</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="155"/>
        <source>Registered with %1.</source>
        <translation>Geregistreerd bij %1.</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="160"/>
        <source>The registration failed: %1</source>
        <translation>De registratie is mislukt: %1</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="161"/>
        <source>Go back to correct the input, or close the wizard.</source>
        <translation>Ga terug om de invoer te corrigeren, of sluit de wizard.</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="171"/>
        <source>Parties:</source>
        <translation>Partijen:</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="176"/>
        <source>Version: %1</source>
        <translation>Versie: %1</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="176"/>
        <source>Endpoints:</source>
        <translation>Endpoints:</translation>
    </message>
</context>
<context>
    <name>ocpi::RegisterWizard</name>
    <message>
        <location filename="../ui/registerwizard.cpp" line="194"/>
        <source>Register with a partner</source>
        <translation>Registreren bij een partner</translation>
    </message>
</context>
<context>
    <name>ocpi::ReservationDialog</name>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="20"/>
        <source>Ask for a reservation</source>
        <translation>Om een reservering vragen</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="22"/>
        <source>Registered partners that announce the reservations module</source>
        <translation>Geregistreerde partners die de reserveringsmodule aanbieden</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="24"/>
        <source>The partner&apos;s locations as this node holds them (pushed by the CPO or pulled)</source>
        <translation>De locaties van de partner zoals deze node ze heeft (gepusht door de CPO of opgehaald)</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="27"/>
        <source>Our own tokens: the EVSE is held for this one</source>
        <translation>Onze eigen tokens: de EVSE wordt voor dit token vastgehouden</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="32"/>
        <source>Accept the offer at once</source>
        <translation>Het aanbod direct accepteren</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="33"/>
        <source>Without it the offer waits on the Reservations page for Accept or Cancel</source>
        <translation>Zonder deze optie wacht het aanbod op de pagina Reserveringen op Accepteren of Annuleren</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="36"/>
        <source>Partner CPO:</source>
        <translation>Partner-CPO:</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="37"/>
        <source>Location:</source>
        <translation>Locatie:</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="38"/>
        <source>EVSE:</source>
        <translation>EVSE:</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="39"/>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="40"/>
        <source>From:</source>
        <translation>Van:</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="41"/>
        <source>To:</source>
        <translation>Tot:</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="54"/>
        <source>Ask for an offer</source>
        <translation>Om een aanbod vragen</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="65"/>
        <location filename="../ui/reservationdialog.cpp" line="107"/>
        <source>(any: the CPO chooses)</source>
        <translation>(willekeurig: de CPO kiest)</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="79"/>
        <source>Could not read the partners</source>
        <translation>Kon de partners niet lezen</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="81"/>
        <source>No registered partner announces the reservations module: it must run with --reservations on, then update the registration (Partners page).</source>
        <translation>Geen enkele geregistreerde partner biedt de reserveringsmodule aan: die moet draaien met --reservations on en daarna de registratie bijwerken (pagina Partners).</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="104"/>
        <source>Could not read the partner&apos;s locations</source>
        <translation>Kon de locaties van de partner niet lezen</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="110"/>
        <source>This node holds no location of this partner: pull its locations first (Partners page).</source>
        <translation>Deze node heeft geen locatie van deze partner: haal eerst de locaties op (pagina Partners).</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="112"/>
        <source>This node has no token of its own to reserve for: create one on the Tokens page.</source>
        <translation>Deze node heeft geen eigen token om voor te reserveren: maak er een aan op de pagina Tokens.</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="125"/>
        <source>To: the window must end after it starts.</source>
        <translation>Tot: het tijdvak moet na het begin eindigen.</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="134"/>
        <source>Asking the CPO…</source>
        <translation>De CPO wordt gevraagd…</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="137"/>
        <source>The request failed</source>
        <translation>Het verzoek is mislukt</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="148"/>
        <source>Offered; accepting…</source>
        <translation>Aangeboden; bezig met accepteren…</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="151"/>
        <source>The offer came, but accepting it failed (accept it on the Reservations page)</source>
        <translation>Het aanbod is binnen, maar accepteren is mislukt (accepteer het op de pagina Reserveringen)</translation>
    </message>
</context>
<context>
    <name>ocpi::ReservationsPage</name>
    <message>
        <location filename="../ui/reservationspage.cpp" line="42"/>
        <source>%1 %2 excl. VAT</source>
        <translation>%1 %2 excl. btw</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="48"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="49"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="51"/>
        <source>Side</source>
        <translation>Kant</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="53"/>
        <source>we asked</source>
        <translation>door ons gevraagd</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="54"/>
        <source>asked of us</source>
        <translation>aan ons gevraagd</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="56"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="58"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="60"/>
        <source>Window</source>
        <translation>Tijdvak</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="61"/>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="62"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="76"/>
        <source>Ask for a reservation…</source>
        <translation>Om een reservering vragen…</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="77"/>
        <source>Accept offer</source>
        <translation>Aanbod accepteren</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="78"/>
        <source>Accept the selected offer: the CPO holds the EVSE from the window&apos;s start</source>
        <translation>Het geselecteerde aanbod accepteren: de CPO houdt de EVSE vast vanaf het begin van het tijdvak</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="79"/>
        <source>Cancel reservation</source>
        <translation>Reservering annuleren</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="80"/>
        <source>Cancel the selected reservation at the CPO (an active one frees its EVSE at once)</source>
        <translation>De geselecteerde reservering bij de CPO annuleren (een actieve reservering geeft de EVSE direct vrij)</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="86"/>
        <source>Reservations</source>
        <translation>Reserveringen</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="87"/>
        <source>Selected reservation</source>
        <translation>Geselecteerde reservering</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="95"/>
        <source>Time windows on an EVSE, offered with their price (custom module)</source>
        <translation>Tijdvakken op een EVSE, aangeboden met hun prijs (eigen module)</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="121"/>
        <source>Reservations are off on this node: start it with --reservations on (or OCPI_RESERVATIONS=on, or reservations=on in its settings file).</source>
        <translation>Reserveringen staan uit op deze node: start deze met --reservations on (of OCPI_RESERVATIONS=on, of reservations=on in het instellingenbestand).</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="149"/>
        <source>the newest %1 reservations</source>
        <translation>de nieuwste %1 reserveringen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reservationspage.cpp" line="150"/>
        <source>%n reservation(s)</source>
        <translation>
            <numerusform>%n reservering</numerusform>
            <numerusform>%n reserveringen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="157"/>
        <source>Could not read the reservations: %1</source>
        <translation>Kon de reserveringen niet lezen: %1</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="187"/>
        <source>Select a reservation to see it whole.</source>
        <translation>Selecteer een reservering om deze volledig te zien.</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="197"/>
        <source>Ask a partner CPO for a time window on one of its EVSEs</source>
        <translation>Een partner-CPO om een tijdvak op een van zijn EVSE&apos;s vragen</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="198"/>
        <source>Reservations are asked for as an eMSP: this node hosts no eMSP party</source>
        <translation>Reserveringen worden als eMSP aangevraagd: deze node host geen eMSP-partij</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="216"/>
        <source>%1: the CPO refused: %2</source>
        <translation>%1: de CPO weigerde: %2</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="217"/>
        <source>%1: %2 by the CPO.</source>
        <translation>%1: %2 door de CPO.</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="237"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="239"/>
        <source>%1 could not be %2: %3</source>
        <translation>%1 kon niet %2 worden: %3</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="239"/>
        <source>accepted</source>
        <translation>geaccepteerd</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="239"/>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
</context>
<context>
    <name>ocpi::SendCommandDialog</name>
    <message>
        <location filename="../ui/objectpickers.cpp" line="56"/>
        <source>%1, not valid</source>
        <translation>%1, ongeldig</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="38"/>
        <source>Send a command</source>
        <translation>Een opdracht verzenden</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="40"/>
        <source>Registered partners holding a CPO role</source>
        <translation>Geregistreerde partners met een CPO-rol</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="45"/>
        <source>The partner&apos;s locations as this node holds them (pushed by the CPO or pulled)</source>
        <translation>De locaties van de partner zoals deze node ze heeft (gepusht door de CPO of opgehaald)</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="49"/>
        <source>Our own tokens: the command carries the whole token (CMD-07)</source>
        <translation>Onze eigen tokens: de opdracht bevat het volledige token (CMD-07)</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="51"/>
        <source>The partner&apos;s sessions as this node holds them</source>
        <translation>De sessies van de partner zoals deze node ze heeft</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="57"/>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="58"/>
        <source>The authorization_reference this node gave when the CPO asked to authorize the token (Tokens page, Authorize); the session and the CDR carry it back</source>
        <translation>De authorization_reference die deze node gaf toen de CPO vroeg het token te autoriseren (pagina Tokens, Autoriseren); de sessie en de CDR geven deze terug</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="61"/>
        <source>the start of a location id, token uid or session id</source>
        <translation>het begin van een locatie-id, token-uid of sessie-id</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="68"/>
        <source>Partner CPO:</source>
        <translation>Partner-CPO:</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="69"/>
        <source>Command:</source>
        <translation>Opdracht:</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="70"/>
        <source>Find:</source>
        <translation>Zoeken:</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="71"/>
        <source>Location:</source>
        <translation>Locatie:</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="72"/>
        <source>EVSE:</source>
        <translation>EVSE:</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="73"/>
        <source>Connector:</source>
        <translation>Connector:</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="74"/>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="75"/>
        <source>Session:</source>
        <translation>Sessie:</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="76"/>
        <source>Reservation ends:</source>
        <translation>Reservering eindigt:</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="77"/>
        <source>Reservation id:</source>
        <translation>Reserverings-id:</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="78"/>
        <source>Authorization reference:</source>
        <translation>Autorisatiereferentie:</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="88"/>
        <source>Send</source>
        <translation>Verzenden</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="152"/>
        <source>Could not read the partners: %1</source>
        <translation>Kon de partners niet lezen: %1</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="156"/>
        <source>No registered partner holds a CPO role: register with a CPO first.</source>
        <translation>Geen enkele geregistreerde partner heeft een CPO-rol: registreer u eerst bij een CPO.</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="184"/>
        <source>Could not read the partner&apos;s objects: %1</source>
        <translation>Kon de objecten van de partner niet lezen: %1</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="209"/>
        <source>No location id starts with &quot;%1&quot;.</source>
        <translation>Geen locatie-id begint met &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="211"/>
        <source>This node holds no location of this partner: pull its locations first (Partners page).</source>
        <translation>Deze node heeft geen locatie van deze partner: haal eerst de locaties op (pagina Partners).</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="213"/>
        <source>The pickers show the first %1 of each kind: type the start of an id in Find for the others.</source>
        <translation>De keuzelijsten tonen de eerste %1 van elke soort: typ het begin van een id in Zoeken voor de andere.</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="227"/>
        <source>(any: the CPO chooses)</source>
        <translation>(willekeurig: de CPO kiest)</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="236"/>
        <source>(any)</source>
        <translation>(willekeurig)</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="306"/>
        <source>Choose a partner CPO.</source>
        <translation>Kies een partner-CPO.</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="306"/>
        <source>%1 needs: %2</source>
        <translation>%1 vereist: %2</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="312"/>
        <source>Sending %1 to %2…</source>
        <translation>%1 verzenden naar %2…</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="317"/>
        <source>Not sent: %1</source>
        <translation>Niet verzonden: %1</translation>
    </message>
</context>
<context>
    <name>ocpi::SessionsPage</name>
    <message>
        <location filename="../ui/sessionspage.cpp" line="40"/>
        <source>Charging profile…</source>
        <translation>Laadprofiel…</translation>
    </message>
    <message>
        <location filename="../ui/sessionspage.cpp" line="41"/>
        <source>Set, read or clear the power limit of this session at the CPO</source>
        <translation>De vermogenslimiet van deze sessie bij de CPO instellen, lezen of wissen</translation>
    </message>
    <message>
        <location filename="../ui/sessionspage.cpp" line="83"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../ui/sessionspage.cpp" line="84"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/sessionspage.cpp" line="85"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../ui/sessionspage.cpp" line="90"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../ui/sessionspage.cpp" line="94"/>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <location filename="../ui/sessionspage.cpp" line="95"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../ui/sessionspage.cpp" line="96"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/sessionspage.cpp" line="97"/>
        <source>Periods</source>
        <translation>Perioden</translation>
    </message>
    <message>
        <location filename="../ui/sessionspage.cpp" line="130"/>
        <source>Sessions are never deleted: end one with status COMPLETED or INVALID.</source>
        <translation>Sessies worden nooit verwijderd: beëindig een sessie met de status COMPLETED of INVALID.</translation>
    </message>
</context>
<context>
    <name>ocpi::SettingsPage</name>
    <message>
        <location filename="../ui/settingspage.cpp" line="56"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="65"/>
        <source>Apply and restart the listener</source>
        <translation>Toepassen en listener herstarten</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="66"/>
        <source>Check every field, save the settings and restart the node on them</source>
        <translation>Alle velden controleren, de instellingen opslaan en de node ermee herstarten</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="67"/>
        <source>Revert</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="68"/>
        <source>Show the running node&apos;s settings again</source>
        <translation>De instellingen van de draaiende node opnieuw tonen</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="87"/>
        <source>The node did not start on these settings: %1. Correct them and apply again.</source>
        <translation>De node is met deze instellingen niet gestart: %1. Corrigeer ze en pas ze opnieuw toe.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="113"/>
        <source>default</source>
        <translation>standaard</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="115"/>
        <source>set by %1, which wins over the saved value at the next start</source>
        <translation>ingesteld door %1, dat bij de volgende start voorrang heeft op de opgeslagen waarde</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="117"/>
        <source>from %1</source>
        <translation>uit %1</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="120"/>
        <source>%1 (change it with --db; the console keeps one database while it runs)</source>
        <translation>%1 (wijzig dit met --db; de console houdt één database vast zolang hij draait)</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="150"/>
        <source>1 setting needs correcting; nothing was saved.</source>
        <translation>1 instelling moet worden gecorrigeerd; er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="151"/>
        <source>%1 settings need correcting; nothing was saved.</source>
        <translation>%1 instellingen moeten worden gecorrigeerd; er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="164"/>
        <source>Not saved: %1. Check that the folder is writable.</source>
        <translation>Niet opgeslagen: %1. Controleer of de map schrijfbaar is.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="171"/>
        <source>Saved to %1; restarting the listener…</source>
        <translation>Opgeslagen in %1; de listener wordt herstart…</translation>
    </message>
</context>
<context>
    <name>ocpi::StatusPage</name>
    <message>
        <location filename="../ui/statuspage.cpp" line="38"/>
        <source>Versions URL</source>
        <translation>Versions-URL</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="39"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="40"/>
        <source>Copy the versions URL</source>
        <translation>Versions-URL kopiëren</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="41"/>
        <source>Copy the versions URL to give it to a partner</source>
        <translation>De versions-URL kopiëren om deze aan een partner te geven</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="53"/>
        <source>The node processes serving this database (several on PostgreSQL behind a load balancer); the leader runs the work that must happen once (command timeouts, simulated charge points)</source>
        <translation>De nodeprocessen die deze database bedienen (meerdere bij PostgreSQL achter een load balancer); de leider voert het werk uit dat één keer moet gebeuren (time-outs van opdrachten, gesimuleerde laadpunten)</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="57"/>
        <source>State:</source>
        <translation>Toestand:</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="58"/>
        <source>Listening at:</source>
        <translation>Luistert op:</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="59"/>
        <source>Versions URL:</source>
        <translation>Versions-URL:</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="60"/>
        <source>Hosted parties:</source>
        <translation>Gehoste partijen:</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="61"/>
        <source>Started at:</source>
        <translation>Gestart om:</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="62"/>
        <source>Uptime:</source>
        <translation>Uptime:</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="63"/>
        <source>Requests served:</source>
        <translation>Verwerkte verzoeken:</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="64"/>
        <source>Request log:</source>
        <translation>Verzoeklogboek:</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="65"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="66"/>
        <source>Processes:</source>
        <translation>Processen:</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="95"/>
        <source>(demo identity: no --party given)</source>
        <translation>(demo-identiteit: geen --party opgegeven)</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="105"/>
        <source>Starting…</source>
        <translation>Bezig met starten…</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="106"/>
        <source>Serving</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="108"/>
        <source>Not serving: %1</source>
        <translation>Niet actief: %1</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="110"/>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="128"/>
        <source>%1 exchanges written</source>
        <translation>%1 uitwisselingen geschreven</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="130"/>
        <source>%1 dropped (writer overloaded)</source>
        <translation>%1 verworpen (schrijver overbelast)</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="141"/>
        <source>cannot read them: %1</source>
        <translation>kan ze niet lezen: %1</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="149"/>
        <source>gone (last seen %1)</source>
        <translation>verdwenen (laatst gezien %1)</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="151"/>
        <source>serving, leads</source>
        <translation>actief, leider</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="151"/>
        <source>serving</source>
        <translation>actief</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="152"/>
        <source>%1 pid %2, %3: %4</source>
        <translation>%1 pid %2, %3: %4</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="154"/>
        <source>(this console)</source>
        <translation>(deze console)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/statuspage.cpp" line="173"/>
        <source>%n day(s) %1</source>
        <translation>
            <numerusform>%n dag %1</numerusform>
            <numerusform>%n dagen %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ocpi::TariffsPage</name>
    <message>
        <location filename="../ui/tariffspage.cpp" line="16"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="17"/>
        <source>Withdraw the selected tariff; partners are told to delete their copy</source>
        <translation>Het geselecteerde tarief intrekken; partners worden gevraagd hun kopie te verwijderen</translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="27"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="28"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="30"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="33"/>
        <source>(all)</source>
        <translation>(alle)</translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="35"/>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="72"/>
        <source>Delete tariff</source>
        <translation>Tarief verwijderen</translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="73"/>
        <source>Delete tariff %1 of %2?

Partners are told to delete their copy. A tariff still named in a connector&apos;s tariff_ids is not deleted: change those first.</source>
        <translation>Tarief %1 van %2 verwijderen?

Partners wordt gevraagd hun kopie te verwijderen. Een tarief dat nog in de tariff_ids van een connector staat, wordt niet verwijderd: wijzig die eerst.</translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="78"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="85"/>
        <source>Deleted tariff %1.</source>
        <translation>Tarief %1 verwijderd.</translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="87"/>
        <source>Could not delete tariff %1: %2</source>
        <translation>Kon tarief %1 niet verwijderen: %2</translation>
    </message>
</context>
<context>
    <name>ocpi::TokensPage</name>
    <message>
        <location filename="../ui/tokenspage.cpp" line="14"/>
        <source>Invalidate</source>
        <translation>Ongeldig maken</translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="15"/>
        <source>Block the selected token (valid = false); CPOs are told with a PATCH</source>
        <translation>Het geselecteerde token blokkeren (valid = false); CPO&apos;s worden geïnformeerd met een PATCH</translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="16"/>
        <source>Validate</source>
        <translation>Geldig maken</translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="17"/>
        <source>Make the selected token valid again; CPOs are told with a PATCH</source>
        <translation>Het geselecteerde token weer geldig maken; CPO&apos;s worden geïnformeerd met een PATCH</translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="18"/>
        <source>Authorize…</source>
        <translation>Autoriseren…</translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="19"/>
        <source>Ask this node&apos;s real-time authorization about one of our tokens</source>
        <translation>De realtime-autorisatie van deze node vragen naar een van onze tokens</translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="33"/>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="34"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="35"/>
        <source>Contract id</source>
        <translation>Contract-id</translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="36"/>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="37"/>
        <source>Whitelist</source>
        <translation>Whitelist</translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="91"/>
        <source>Could not change token %1: %2</source>
        <translation>Kon token %1 niet wijzigen: %2</translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="93"/>
        <source>Token %1 is valid again.</source>
        <translation>Token %1 is weer geldig.</translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="94"/>
        <source>Token %1 is invalidated.</source>
        <translation>Token %1 is ongeldig gemaakt.</translation>
    </message>
</context>
<context>
    <name>ocpi::TrafficDetailView</name>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="33"/>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="34"/>
        <source>Response</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="44"/>
        <source>Select an exchange to see its headers and bodies.</source>
        <translation>Selecteer een uitwisseling om de headers en bodies te zien.</translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="50"/>
        <source>incoming from %1</source>
        <translation>inkomend van %1</translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="50"/>
        <source>an unknown client</source>
        <translation>een onbekende client</translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="52"/>
        <source>outgoing to %1</source>
        <translation>uitgaand naar %1</translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="54"/>
        <source>%1 %2 — %3; no answer: %4, after %5 ms</source>
        <translation>%1 %2 — %3; geen antwoord: %4, na %5 ms</translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="56"/>
        <source>no HTTP response</source>
        <translation>geen HTTP-antwoord</translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="58"/>
        <source>%1 %2 — %3; HTTP %4, OCPI %5, %6 ms</source>
        <translation>%1 %2 — %3; HTTP %4, OCPI %5, %6 ms</translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="61"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="64"/>
        <source>X-Request-ID %1, X-Correlation-ID %2</source>
        <translation>X-Request-ID %1, X-Correlation-ID %2</translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="66"/>
        <source>Accepted with warnings: %1</source>
        <translation>Geaccepteerd met waarschuwingen: %1</translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="70"/>
        <source>No response: %1</source>
        <translation>Geen antwoord: %1</translation>
    </message>
</context>
<context>
    <name>ocpi::TrafficFilterBar</name>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="38"/>
        <source>All partners</source>
        <translation>Alle partners</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="38"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="39"/>
        <source>All modules</source>
        <translation>Alle modules</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="39"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="42"/>
        <source>Both directions</source>
        <translation>Beide richtingen</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="42"/>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="43"/>
        <source>Incoming</source>
        <translation>Inkomend</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="44"/>
        <source>Outgoing</source>
        <translation>Uitgaand</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="45"/>
        <source>All methods</source>
        <translation>Alle methoden</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="45"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="48"/>
        <source>HTTP status</source>
        <translation>HTTP-status</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="48"/>
        <source>One status (404) or a class (4xx)</source>
        <translation>Eén status (404) of een klasse (4xx)</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="49"/>
        <source>OCPI status</source>
        <translation>OCPI-status</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="49"/>
        <source>One status (2001) or a class (2xxx)</source>
        <translation>Eén status (2001) of een klasse (2xxx)</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="50"/>
        <source>Errors only</source>
        <translation>Alleen fouten</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="51"/>
        <source>HTTP 4xx and 5xx, OCPI statuses other than 1xxx, and calls that got no answer</source>
        <translation>HTTP 4xx en 5xx, OCPI-statussen anders dan 1xxx, en aanroepen zonder antwoord</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="74"/>
        <source>&apos;%1&apos; is not a status: write one (404) or a class (4xx)</source>
        <translation>&apos;%1&apos; is geen status: schrijf er een (404) of een klasse (4xx)</translation>
    </message>
</context>
<context>
    <name>ocpi::TrafficModel</name>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="54"/>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="54"/>
        <source>out</source>
        <translation>uit</translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="61"/>
        <source>no answer</source>
        <translation>geen antwoord</translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="71"/>
        <source>Request from a partner to this node</source>
        <translation>Verzoek van een partner aan deze node</translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="72"/>
        <source>Request from this node to a partner</source>
        <translation>Verzoek van deze node aan een partner</translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="108"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="109"/>
        <source>Dir</source>
        <translation>Richting</translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="110"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="111"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="112"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="113"/>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="114"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="115"/>
        <source>OCPI</source>
        <translation>OCPI</translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="116"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
</context>
<context>
    <name>ocpi::TrafficPage</name>
    <message>
        <location filename="../ui/trafficpage.cpp" line="66"/>
        <location filename="../ui/trafficpage.cpp" line="67"/>
        <source>Filter by method, URL or partner</source>
        <translation>Filteren op methode, URL of partner</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="69"/>
        <location filename="../ui/trafficpage.cpp" line="144"/>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="71"/>
        <source>Stop adding new exchanges to the list while you inspect it</source>
        <translation>Geen nieuwe uitwisselingen meer aan de lijst toevoegen terwijl u deze bekijkt</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="72"/>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="73"/>
        <source>Empty the list; the request log itself is kept</source>
        <translation>De lijst leegmaken; het verzoeklogboek zelf blijft bewaard</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="75"/>
        <source>Replay</source>
        <translation>Herhalen</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="76"/>
        <source>Send the selected outgoing request again to its partner, with the current token</source>
        <translation>Het geselecteerde uitgaande verzoek opnieuw naar de partner verzenden, met het huidige token</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="77"/>
        <source>Export HAR…</source>
        <translation>HAR exporteren…</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="78"/>
        <source>Save the selected exchanges (all shown when none is selected) as a HAR 1.2 file</source>
        <translation>De geselecteerde uitwisselingen (alle getoonde als er geen is geselecteerd) opslaan als HAR 1.2-bestand</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="94"/>
        <source>Exchanges</source>
        <translation>Uitwisselingen</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="135"/>
        <source>Export as HAR</source>
        <translation>Exporteren als HAR</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="136"/>
        <source>HTTP Archive (*.har);;All files (*)</source>
        <translation>HTTP-archief (*.har);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="144"/>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="196"/>
        <source>Select one outgoing request to send it again</source>
        <translation>Selecteer één uitgaand verzoek om het opnieuw te verzenden</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="202"/>
        <source>Send this request again to its partner, with the current token</source>
        <translation>Dit verzoek opnieuw naar de partner verzenden, met het huidige token</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="203"/>
        <location filename="../ui/trafficpage.cpp" line="222"/>
        <location filename="../ui/trafficpage.cpp" line="234"/>
        <source>Cannot replay: %1</source>
        <translation>Kan niet herhalen: %1</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="210"/>
        <source>Select one outgoing request to replay.</source>
        <translation>Selecteer één uitgaand verzoek om te herhalen.</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="217"/>
        <source>The exchange is no longer in the request log.</source>
        <translation>De uitwisseling staat niet meer in het verzoeklogboek.</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="226"/>
        <source>Replaying %1 %2…</source>
        <translation>%1 %2 wordt herhaald…</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="236"/>
        <source>Replayed %1 %2: %3</source>
        <translation>%1 %2 herhaald: %3</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="253"/>
        <source>Cannot export: %1</source>
        <translation>Kan niet exporteren: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficpage.cpp" line="259"/>
        <source>Exported %n exchange(s) to %1</source>
        <translation>
            <numerusform>%n uitwisseling geëxporteerd naar %1</numerusform>
            <numerusform>%n uitwisselingen geëxporteerd naar %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="260"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="321"/>
        <source>Select an exchange to see its headers and bodies.</source>
        <translation>Selecteer een uitwisseling om de headers en bodies te zien.</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="328"/>
        <source>Reading exchange %1…</source>
        <translation>Uitwisseling %1 wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="335"/>
        <source>Exchange %1 is no longer in the request log.</source>
        <translation>Uitwisseling %1 staat niet meer in het verzoeklogboek.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficpage.cpp" line="345"/>
        <source>Newest %n exchange(s); older ones are read as you scroll</source>
        <translation>
            <numerusform>Nieuwste %n uitwisseling; oudere worden gelezen terwijl u scrolt</numerusform>
            <numerusform>Nieuwste %n uitwisselingen; oudere worden gelezen terwijl u scrolt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficpage.cpp" line="346"/>
        <source>%1 of the newest %n exchange(s); older ones are read as you scroll</source>
        <translation>
            <numerusform>%1 van de nieuwste %n uitwisseling; oudere worden gelezen terwijl u scrolt</numerusform>
            <numerusform>%1 van de nieuwste %n uitwisselingen; oudere worden gelezen terwijl u scrolt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficpage.cpp" line="350"/>
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n uitwisseling</numerusform>
            <numerusform>%n uitwisselingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficpage.cpp" line="351"/>
        <source>%1 of %n exchange(s)</source>
        <translation>
            <numerusform>%1 van %n uitwisseling</numerusform>
            <numerusform>%1 van %n uitwisselingen</numerusform>
        </translation>
    </message>
</context>
</TS>
