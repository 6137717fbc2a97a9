<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../ui/languagemenu.cpp" line="32"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../ui/languagemenu.cpp" line="35"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../ui/languagemenu.cpp" line="52"/>
        <source>The console speaks %1 from its next start.</source>
        <translation>Die Konsole verwendet %1 ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>NodeConfig</name>
    <message>
        <location filename="../node/config/nodeconfig.cpp" line="237"/>
        <source>INI configuration file (env OCPI_CONFIG).</source>
        <translation>INI-Konfigurationsdatei (Umgebungsvariable OCPI_CONFIG).</translation>
    </message>
</context>
<context>
    <name>ObjectRow</name>
    <message>
        <location filename="../ui/objectrow.cpp" line="10"/>
        <source>ours</source>
        <translation>eigene</translation>
    </message>
    <message>
        <location filename="../ui/objectrow.cpp" line="11"/>
        <source>partner %1</source>
        <translation>Partner %1</translation>
    </message>
</context>
<context>
    <name>ReservationsController</name>
    <message>
        <location filename="../ui/reservationscontroller.cpp" line="14"/>
        <source>the reservations module is off: start the node with --reservations on (OCPI_RESERVATIONS=on)</source>
        <translation>das Reservierungsmodul ist aus: starten Sie den Knoten mit --reservations on (OCPI_RESERVATIONS=on)</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../ui/settingsform.cpp" line="31"/>
        <source>Parties (CC-PID:ROLE, comma-separated)</source>
        <translation>Parteien (CC-PID:ROLE, durch Kommas getrennt)</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="50"/>
        <source>Business name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="56"/>
        <source>Listen address</source>
        <translation>Listen-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="58"/>
        <source>Port (0 picks a free one)</source>
        <translation>Port (0 wählt einen freien)</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="60"/>
        <source>Public URL (empty: the listen address)</source>
        <translation>Öffentliche URL (leer: die Listen-Adresse)</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="63"/>
        <source>Largest page of a list</source>
        <translation>Maximale Seitengröße einer Liste</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="65"/>
        <source>Largest request body (bytes)</source>
        <translation>Maximale Größe des Anfrage-Bodys (Bytes)</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="68"/>
        <source>Partner timeout (seconds)</source>
        <translation>Partner-Timeout (Sekunden)</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="71"/>
        <source>Longest delay between delivery attempts (seconds)</source>
        <translation>Längste Pause zwischen Zustellversuchen (Sekunden)</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="74"/>
        <source>Invitation token lifetime (days)</source>
        <translation>Gültigkeit des Einladungstokens (Tage)</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="77"/>
        <source>Partner URLs allowed</source>
        <translation>Erlaubte Partner-URLs</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="80"/>
        <source>Keep the request log (days, 0: by number only)</source>
        <translation>Anfrageprotokoll aufbewahren (Tage, 0: nur nach Anzahl)</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="83"/>
        <source>Reservations module (on/off)</source>
        <translation>Reservierungsmodul (on/off)</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="86"/>
        <source>Simulated charge points&apos; speed</source>
        <translation>Geschwindigkeit der simulierten Ladepunkte</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="122"/>
        <source>not a setting the console edits</source>
        <translation>keine Einstellung, die die Konsole bearbeitet</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="128"/>
        <source>%1 must not be empty</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="157"/>
        <source>cannot create the folder of %1</source>
        <translation>der Ordner von %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="170"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
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
        <translation>%1 %2/h Laden</translation>
    </message>
    <message>
        <location filename="../node/pricing/tariffsummary.cpp" line="61"/>
        <source>%1 %2/h parking</source>
        <translation>%1 %2/h Parken</translation>
    </message>
    <message>
        <location filename="../node/pricing/tariffsummary.cpp" line="62"/>
        <source>%1 %2 start</source>
        <translation>%1 %2 Startgebühr</translation>
    </message>
    <message>
        <location filename="../node/pricing/tariffsummary.cpp" line="86"/>
        <source>no VAT</source>
        <translation>keine MwSt.</translation>
    </message>
    <message>
        <location filename="../node/pricing/tariffsummary.cpp" line="88"/>
        <source>excl. %1 % VAT</source>
        <translation>zzgl. %1 % MwSt.</translation>
    </message>
    <message>
        <location filename="../node/pricing/tariffsummary.cpp" line="89"/>
        <source>excl. VAT</source>
        <translation>zzgl. MwSt.</translation>
    </message>
    <message>
        <location filename="../node/pricing/tariffsummary.cpp" line="98"/>
        <source>(unreadable tariff: %1)</source>
        <translation>(Tarif nicht lesbar: %1)</translation>
    </message>
    <message>
        <location filename="../node/pricing/tariffsummary.cpp" line="130"/>
        <source>free of charge</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <location filename="../node/pricing/tariffsummary.cpp" line="135"/>
        <source>varies by time or use</source>
        <translation>je nach Zeit oder Nutzung</translation>
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
        <translation>Reservierung gesondert berechnet</translation>
    </message>
</context>
<context>
    <name>TrafficReplay</name>
    <message>
        <location filename="../node/traffic/trafficreplay.cpp" line="35"/>
        <source>this request came from the partner: only the partner can send it again. Replay sends requests this node made.</source>
        <translation>diese Anfrage kam vom Partner: nur der Partner kann sie erneut senden. Wiederholen sendet Anfragen, die dieser Knoten gestellt hat.</translation>
    </message>
    <message>
        <location filename="../node/traffic/trafficreplay.cpp" line="38"/>
        <source>the request was not made to a known partner (a registration before the partner existed): there is no token to send it with</source>
        <translation>die Anfrage ging nicht an einen bekannten Partner (eine Registrierung, bevor der Partner existierte): es gibt kein Token, mit dem sie gesendet werden könnte</translation>
    </message>
    <message>
        <location filename="../node/traffic/trafficreplay.cpp" line="41"/>
        <source>a credentials call is not replayed: it would register, update or unregister again; use register, update or unregister</source>
        <translation>ein credentials-Aufruf wird nicht wiederholt: er würde erneut registrieren, erneuern oder abmelden; verwenden Sie register, update oder unregister</translation>
    </message>
    <message>
        <location filename="../node/traffic/trafficreplay.cpp" line="44"/>
        <source>the request log kept only the start of this request&apos;s body (its size limit): sending it again would send a cut body</source>
        <translation>das Anfrageprotokoll hat nur den Anfang des Bodys dieser Anfrage behalten (seine Größengrenze): erneutes Senden würde einen abgeschnittenen Body senden</translation>
    </message>
    <message>
        <location filename="../node/traffic/trafficreplay.cpp" line="47"/>
        <source>the body carried a token that the request log masked: it cannot be sent again as it was</source>
        <translation>der Body enthielt ein Token, das das Anfrageprotokoll maskiert hat: er kann nicht unverändert erneut gesendet werden</translation>
    </message>
    <message>
        <location filename="../node/traffic/trafficreplay.cpp" line="60"/>
        <source>the partner of this request is gone (%1)</source>
        <translation>der Partner dieser Anfrage existiert nicht mehr (%1)</translation>
    </message>
    <message>
        <location filename="../node/traffic/trafficreplay.cpp" line="64"/>
        <source>%1 is %2, not registered: there is no token to send the request with</source>
        <translation>%1 ist %2, nicht registriert: es gibt kein Token, mit dem die Anfrage gesendet werden könnte</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="34"/>
        <source>OCPI 2.2.1 node. Commands (default: serve):</source>
        <translation>OCPI-2.2.1-Knoten. Befehle (Standard: serve):</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="37"/>
        <source>Run &apos;ocpi-node &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Mit &apos;ocpi-node &lt;command&gt; --help&apos; zeigen Sie die Optionen eines Befehls an.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="58"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="74"/>
        <source>Print results as JSON.</source>
        <translation>Ergebnisse als JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="19"/>
        <source>Serve OCPI to partners until SIGTERM/SIGINT.</source>
        <translation>OCPI für Partner bereitstellen, bis SIGTERM/SIGINT eintrifft.</translation>
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
        <translation>--speed muss eine ganze Zahl von mindestens 1 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="25"/>
        <source>Start a CPO and an eMSP node on loopback with temporary databases and play the whole OCPI story between them; exit 0 when every step succeeded.</source>
        <translation>Einen CPO- und einen eMSP-Knoten auf Loopback mit temporären Datenbanken starten und die ganze OCPI-Geschichte zwischen ihnen durchspielen; Exit-Code 0, wenn jeder Schritt erfolgreich war.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="31"/>
        <source>Divide the pause between steps by N (default 1: about a second).</source>
        <translation>Die Pause zwischen den Schritten durch N teilen (Standard 1: etwa eine Sekunde).</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="60"/>
        <source>step %1 (%2) failed: %3</source>
        <translation>Schritt %1 (%2) fehlgeschlagen: %3</translation>
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
        <translation>die Demo wurde nicht beendet</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="79"/>
        <location filename="../app/console/consoledemo.cpp" line="149"/>
        <source>All %1 steps succeeded.</source>
        <translation>Alle %1 Schritte erfolgreich.</translation>
    </message>
    <message>
        <location filename="../app/cli/asyncrequests.cpp" line="88"/>
        <source>waiting for the result (until %1)...</source>
        <translation>warte auf das Ergebnis (bis %1)...</translation>
    </message>
    <message>
        <location filename="../app/cli/asyncrequests.cpp" line="98"/>
        <source>result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="46"/>
        <source>Send a command to a partner CPO and wait for its result (eMSP role).</source>
        <translation>Einen Befehl an einen Partner-CPO senden und auf sein Ergebnis warten (eMSP-Rolle).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="55"/>
        <location filename="../app/cli/reservecommand.cpp" line="50"/>
        <source>The partner&apos;s location id.</source>
        <translation>Die Standort-ID des Partners.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="56"/>
        <source>The EVSE uid.</source>
        <translation>Die EVSE-UID.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="57"/>
        <source>The connector id.</source>
        <translation>Die Anschluss-ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="58"/>
        <location filename="../app/cli/reservecommand.cpp" line="52"/>
        <source>The uid of one of our own tokens.</source>
        <translation>Die UID eines unserer eigenen Tokens.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="59"/>
        <source>The session id (STOP_SESSION).</source>
        <translation>Die Ladevorgangs-ID (STOP_SESSION).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="60"/>
        <source>When the reservation ends (RESERVE_NOW).</source>
        <translation>Wann die Reservierung endet (RESERVE_NOW).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="61"/>
        <source>The reservation id.</source>
        <translation>Die Reservierungs-ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="62"/>
        <source>Our reference for the charge (START_SESSION, RESERVE_NOW).</source>
        <translation>Unsere Referenz für den Ladevorgang (START_SESSION, RESERVE_NOW).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="64"/>
        <location filename="../app/cli/profilecommands.cpp" line="37"/>
        <source>Return after the CPO&apos;s response, without waiting for the result.</source>
        <translation>Nach der Antwort des CPO zurückkehren, ohne auf das Ergebnis zu warten.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="70"/>
        <source>command needs %1</source>
        <translation>command benötigt %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="84"/>
        <location filename="../app/cli/reservecommand.cpp" line="87"/>
        <source>--token: no token &apos;%1&apos; of ours (see `ocpi-node list tokens`)</source>
        <translation>--token: kein eigenes Token &apos;%1&apos; (siehe `ocpi-node list tokens`)</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="92"/>
        <source>%1 to %2</source>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="122"/>
        <source>expected one of START_SESSION|STOP_SESSION|RESERVE_NOW|CANCEL_RESERVATION|UNLOCK_CONNECTOR, not &apos;%1&apos;</source>
        <translation>erwartet wurde eines von START_SESSION|STOP_SESSION|RESERVE_NOW|CANCEL_RESERVATION|UNLOCK_CONNECTOR, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="135"/>
        <location filename="../app/cli/partnercommands.cpp" line="195"/>
        <source>%1 needs %2</source>
        <translation>%1 benötigt %2</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="195"/>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="195"/>
        <source>DIRECTION</source>
        <translation>RICHTUNG</translation>
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
        <translation>BEFEHL</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="195"/>
        <location filename="../app/cli/partnercommands.cpp" line="327"/>
        <location filename="../app/cli/processcommands.cpp" line="49"/>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
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
        <translation>%1 (hub) meldet: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/hubcommands.cpp" line="82"/>
        <source>HUB</source>
        <translation>HUB</translation>
    </message>
    <message>
        <location filename="../app/cli/hubcommands.cpp" line="82"/>
        <source>PARTY</source>
        <translation>PARTEI</translation>
    </message>
    <message>
        <location filename="../app/cli/hubcommands.cpp" line="82"/>
        <source>ROLE</source>
        <translation>ROLLE</translation>
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
        <translation>ZULETZT AKTUALISIERT</translation>
    </message>
    <message>
        <location filename="../app/cli/initcommand.cpp" line="29"/>
        <source>Create the node database (--db) and record the node&apos;s parties and address, before it first serves.</source>
        <translation>Die Knotendatenbank (--db) anlegen und die Parteien und die Adresse des Knotens erfassen, bevor er zum ersten Mal in Betrieb geht.</translation>
    </message>
    <message>
        <location filename="../app/cli/initcommand.cpp" line="64"/>
        <source>created %1 for %2</source>
        <translation>%1 für %2 angelegt</translation>
    </message>
    <message>
        <location filename="../app/cli/initcommand.cpp" line="64"/>
        <source>%1 exists; the node is %2</source>
        <translation>%1 existiert; der Knoten ist %2</translation>
    </message>
    <message>
        <location filename="../app/cli/initcommand.cpp" line="68"/>
        <source>a node is %1</source>
        <translation>Knoten: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/initcommand.cpp" line="70"/>
        <source>note: no --party given: the node hosts the demo parties ZZ-OCN:CPO and ZZ-OCN:EMSP</source>
        <translation>Hinweis: kein --party angegeben: der Knoten hostet die Demo-Parteien ZZ-OCN:CPO und ZZ-OCN:EMSP</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="49"/>
        <source>expected one of %1, not &apos;%2&apos;</source>
        <translation>erwartet wurde eines von %1, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="60"/>
        <source>--owner must look like NL-TNM, not &apos;%1&apos;</source>
        <translation>--owner muss wie NL-TNM aussehen, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="89"/>
        <source>Import our own objects from a JSON array file (all or nothing); they are pushed to partners.</source>
        <translation>Unsere eigenen Objekte aus einer JSON-Array-Datei importieren (alles oder nichts); sie werden an die Partner gepusht.</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="96"/>
        <source>import needs %1 FILE.json</source>
        <translation>import benötigt %1 FILE.json</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="107"/>
        <location filename="../app/cli/profilecommands.cpp" line="83"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="113"/>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation>%1 ist kein gültiges JSON: %2 bei Offset %3</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="132"/>
        <source>imported %1 %2 (%3 new, %4 updated)</source>
        <translation>%1 %2 importiert (%3 neu, %4 aktualisiert)</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="139"/>
        <source>; %1 unchanged, not pushed again</source>
        <translation>; %1 unverändert, nicht erneut gepusht</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="153"/>
        <source>Only objects of this party.</source>
        <translation>Nur Objekte dieser Partei.</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="184"/>
        <source>Print our own objects as a JSON array.</source>
        <translation>Unsere eigenen Objekte als JSON-Array ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="204"/>
        <source>Show stored objects, ours and partners&apos;, the commands sent and received, or the node processes serving the database.</source>
        <translation>Gespeicherte Objekte anzeigen, eigene und die der Partner, die gesendeten und empfangenen Befehle oder die Knotenprozesse, die die Datenbank bedienen.</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="258"/>
        <source> (hub)</source>
        <translation> (hub)</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="259"/>
        <source>ours</source>
        <translation>eigene</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="262"/>
        <source>OWNER</source>
        <translation>EIGENTÜMER</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="262"/>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="273"/>
        <source>Fetch a partner&apos;s locations, tariffs or tokens (all pages; since the last pull unless --full).</source>
        <translation>Standorte, Tarife oder Tokens eines Partners abrufen (alle Seiten; seit dem letzten Abruf, außer mit --full).</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="279"/>
        <source>Fetch everything; objects the partner no longer lists are removed.</source>
        <translation>Alles abrufen; Objekte, die der Partner nicht mehr listet, werden entfernt.</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="284"/>
        <source>pull needs PARTNER [%1]</source>
        <translation>pull benötigt PARTNER [%1]</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="325"/>
        <source>%1: %2 stored, %3 skipped, %4 removed (%5 pages)</source>
        <translation>%1: %2 gespeichert, %3 übersprungen, %4 entfernt (%5 Seiten)</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="338"/>
        <source>%1 offers no Sender endpoint this node can pull</source>
        <translation>%1 bietet keinen Sender-Endpunkt an, den dieser Knoten abrufen kann</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="56"/>
        <source>%1, but the node is %2</source>
        <translation>%1, aber der Knoten ist %2</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="60"/>
        <source>%1, but the node announces %2</source>
        <translation>%1, aber der Knoten meldet %2</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="62"/>
        <source>no business name</source>
        <translation>kein Firmenname</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="67"/>
        <source>%1, but the node answers at %2</source>
        <translation>%1, aber der Knoten antwortet unter %2</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="72"/>
        <source>%1, but the node %2 port %3</source>
        <translation>%1, aber der Knoten %2 Port %3</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="74"/>
        <source>listens on</source>
        <translation>lauscht auf</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="74"/>
        <source>listened on</source>
        <translation>lauschte auf</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="78"/>
        <source>%1, but the node listens on %2</source>
        <translation>%1, aber der Knoten lauscht auf %2</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="85"/>
        <source>these options contradict the node serving %1 (%2): %3. Leave them out to act as that node, or stop it and start `ocpi-node serve` with the new options</source>
        <translation>diese Optionen widersprechen dem Knoten, der %1 bedient (%2): %3. Lassen Sie sie weg, um als dieser Knoten zu handeln, oder stoppen Sie ihn und starten Sie `ocpi-node serve` mit den neuen Optionen</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="90"/>
        <source>note: %1 was %2 with other settings (%3); using the options given</source>
        <translation>Hinweis: %1 war %2 mit anderen Einstellungen (%3); die angegebenen Optionen werden verwendet</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="129"/>
        <source>there is no node database at %1: check --db, or create the node with `ocpi-node init --db %1 --party CC-PID:ROLE` (`ocpi-node serve --db %1` creates it too)</source>
        <translation>unter %1 gibt es keine Knotendatenbank: prüfen Sie --db oder legen Sie den Knoten mit `ocpi-node init --db %1 --party CC-PID:ROLE` an (`ocpi-node serve --db %1` legt sie ebenfalls an)</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="180"/>
        <source>no node is serving %1 (it has never served)</source>
        <translation>kein Knoten bedient %1 (er war noch nie in Betrieb)</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="181"/>
        <source>no node is serving %1 (%2)</source>
        <translation>kein Knoten bedient %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="27"/>
        <source>Show pushes waiting for each partner and the parked ones; &apos;retry PARTNER|ID&apos; queues parked deliveries again, &apos;drop ID&apos; discards one.</source>
        <translation>Wartende Pushes je Partner und die geparkten anzeigen; &apos;retry PARTNER|ID&apos; reiht geparkte Zustellungen erneut ein, &apos;drop ID&apos; verwirft eine.</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="36"/>
        <source>outbox takes no argument, &apos;retry PARTNER|ID&apos; or &apos;drop ID&apos;, not &apos;%1&apos;</source>
        <translation>outbox akzeptiert kein Argument, &apos;retry PARTNER|ID&apos; oder &apos;drop ID&apos;, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="40"/>
        <source>outbox retry needs PARTNER or a parked delivery&apos;s ID</source>
        <translation>outbox retry benötigt PARTNER oder die ID einer geparkten Zustellung</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="41"/>
        <source>outbox drop needs a parked delivery&apos;s ID</source>
        <translation>outbox drop benötigt die ID einer geparkten Zustellung</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="64"/>
        <source>The serving node sends it within a second; see &apos;ocpi-node outbox&apos;.</source>
        <translation>Der laufende Knoten sendet sie innerhalb einer Sekunde; siehe &apos;ocpi-node outbox&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="65"/>
        <source>No node serves this database: it is sent once &apos;ocpi-node serve&apos; runs.</source>
        <translation>Kein Knoten bedient diese Datenbank: gesendet wird, sobald &apos;ocpi-node serve&apos; läuft.</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="89"/>
        <source>no parked delivery %1 (see &apos;ocpi-node outbox&apos;)</source>
        <translation>keine geparkte Zustellung %1 (siehe &apos;ocpi-node outbox&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="90"/>
        <source>%1 has no parked deliveries</source>
        <translation>%1 hat keine geparkten Zustellungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/outboxcommand.cpp" line="97"/>
        <source>%n parked delivery(s) queued again.</source>
        <translation>
            <numerusform>%n geparkte Zustellung erneut eingereiht.</numerusform>
            <numerusform>%n geparkte Zustellungen erneut eingereiht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="105"/>
        <source>outbox drop needs a parked delivery&apos;s ID (a number from &apos;ocpi-node outbox&apos;), not &apos;%1&apos;</source>
        <translation>outbox drop benötigt die ID einer geparkten Zustellung (eine Nummer aus &apos;ocpi-node outbox&apos;), nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="115"/>
        <source>no parked delivery %1 (see &apos;ocpi-node outbox&apos;; only parked deliveries can be dropped)</source>
        <translation>keine geparkte Zustellung %1 (siehe &apos;ocpi-node outbox&apos;; nur geparkte Zustellungen können verworfen werden)</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="122"/>
        <source>Parked delivery %1 dropped; the partner will not receive it.</source>
        <translation>Geparkte Zustellung %1 verworfen; der Partner erhält sie nicht.</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="175"/>
        <source>PENDING</source>
        <translation>WARTEND</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="175"/>
        <source>PARKED</source>
        <translation>GEPARKT</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="175"/>
        <source>OLDEST</source>
        <translation>ÄLTESTE</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="175"/>
        <source>LAST ERROR</source>
        <translation>LETZTER FEHLER</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="178"/>
        <source>Parked deliveries (the partner refused them, or they ran out of tries):</source>
        <translation>Geparkte Zustellungen (vom Partner abgelehnt oder ohne verbleibende Versuche):</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/outboxcommand.cpp" line="182"/>
        <source>%n try(s), last answer: </source>
        <translation>
            <numerusform>%n Versuch, letzte Antwort: </numerusform>
            <numerusform>%n Versuche, letzte Antwort: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="184"/>
        <source>Once the cause is fixed: &apos;ocpi-node outbox retry ID&apos; (or PARTNER for all of a partner&apos;s); &apos;ocpi-node outbox drop ID&apos; discards one.</source>
        <translation>Sobald die Ursache behoben ist: &apos;ocpi-node outbox retry ID&apos; (oder PARTNER für alle eines Partners); &apos;ocpi-node outbox drop ID&apos; verwirft eine.</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="54"/>
        <source>on: once registered, the partner gets our current objects of the modules it receives (off by default).</source>
        <translation>on: nach der Registrierung erhält der Partner unsere aktuellen Objekte der Module, die er empfängt (standardmäßig off).</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="76"/>
        <source>Issue a registration token (token A) for a new partner.</source>
        <translation>Ein Registrierungstoken (Token A) für einen neuen Partner ausstellen.</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="80"/>
        <source>Name of the partner.</source>
        <translation>Name des Partners.</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="89"/>
        <location filename="../app/cli/partnercommands.cpp" line="161"/>
        <source>--initial-sync must be on or off</source>
        <translation>--initial-sync muss on oder off sein</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="99"/>
        <source>%1, and with --port 0 its versions URL is not known until it serves: start `ocpi-node serve --db %2` first, or give --port N or --public-url URL</source>
        <translation>%1, und mit --port 0 ist die Versions-URL des Knotens erst bekannt, wenn er in Betrieb ist: starten Sie zuerst `ocpi-node serve --db %2` oder geben Sie --port N oder --public-url URL an</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="111"/>
        <source>note: %1; the partner can register once it serves at %2</source>
        <translation>Hinweis: %1; der Partner kann sich registrieren, sobald der Knoten unter %2 in Betrieb ist</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="120"/>
        <source>Token A (shown only now): %1</source>
        <translation>Token A (nur jetzt angezeigt): %1</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="121"/>
        <source>Versions URL: %1</source>
        <translation>Versions-URL: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="122"/>
        <source>Valid until: %1</source>
        <translation>Gültig bis: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="134"/>
        <source>Register with a partner, given its versions URL and the token A it issued.</source>
        <translation>Bei einem Partner registrieren, mit seiner Versions-URL und dem von ihm ausgestellten Token A.</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="139"/>
        <source>The partner&apos;s versions URL.</source>
        <translation>Die Versions-URL des Partners.</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="140"/>
        <source>The token A the partner gave you.</source>
        <translation>Das Token A, das Ihnen der Partner gegeben hat.</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="141"/>
        <source>Name to show for the partner.</source>
        <translation>Anzuzeigender Name für den Partner.</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="142"/>
        <source>How to send tokens: auto, base64 or raw.</source>
        <translation>Wie Tokens gesendet werden: auto, base64 oder raw.</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="154"/>
        <source>register needs --versions-url URL and --token TOKEN_A (--token-encoding auto|base64|raw)</source>
        <translation>register benötigt --versions-url URL und --token TOKEN_A (--token-encoding auto|base64|raw)</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="171"/>
        <source>%1: the partner calls this node back while registering, so start `ocpi-node serve --db %2` first</source>
        <translation>%1: der Partner ruft diesen Knoten während der Registrierung zurück, starten Sie daher zuerst `ocpi-node serve --db %2`</translation>
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
        <translation>Von einem Partner abmelden (per Name oder CC-PID); seine Tokens werden ungültig.</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="243"/>
        <source>Remove an invited, failed or unregistered partner (by id, name or CC-PID) with its tokens and queued deliveries; a registered one must be unregistered first.</source>
        <translation>Einen eingeladenen, fehlgeschlagenen oder abgemeldeten Partner (per ID, Name oder CC-PID) samt Tokens und eingereihten Zustellungen entfernen; ein registrierter muss zuerst abgemeldet werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="252"/>
        <source>%1: removed (was %2)</source>
        <translation>%1: entfernt (war %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="261"/>
        <source>List partners: id, parties, roles, state, version, last contact. `partners remove PARTNER` removes an invited, failed or unregistered one.</source>
        <translation>Partner auflisten: ID, Parteien, Rollen, Zustand, Version, letzter Kontakt. `partners remove PARTNER` entfernt einen eingeladenen, fehlgeschlagenen oder abgemeldeten Partner.</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="270"/>
        <source>partners takes no argument but `remove PARTNER`, not &apos;%1&apos;</source>
        <translation>partners akzeptiert kein Argument außer `remove PARTNER`, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="318"/>
        <source>%1 is %2: %3</source>
        <translation>%1 ist %2: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="327"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="327"/>
        <source>PARTIES</source>
        <translation>PARTEIEN</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="327"/>
        <source>ROLES</source>
        <translation>ROLLEN</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="327"/>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="327"/>
        <source>LAST CONTACT</source>
        <translation>LETZTER KONTAKT</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="344"/>
        <source>Rotate the credentials with a partner (new tokens both ways).</source>
        <translation>Die Zugangsdaten mit einem Partner erneuern (neue Tokens in beide Richtungen).</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="376"/>
        <source>How to send our token to a partner: auto, base64 or raw.</source>
        <translation>Wie unser Token an einen Partner gesendet wird: auto, base64 oder raw.</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="385"/>
        <source>MODE must be auto, base64 or raw</source>
        <translation>MODE muss auto, base64 oder raw sein</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="398"/>
        <source>Whether a partner gets our current objects when it registers: on or off (`push PARTNER --all` sends them at any time).</source>
        <translation>Ob ein Partner bei seiner Registrierung unsere aktuellen Objekte erhält: on oder off (`push PARTNER --all` sendet sie jederzeit).</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="409"/>
        <source>the setting must be on or off, not &apos;%1&apos;</source>
        <translation>die Einstellung muss on oder off sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="29"/>
        <source>Set, read or clear the charging profile of a session at a partner CPO and wait for the result (eMSP role).</source>
        <translation>Das Ladeprofil eines Ladevorgangs bei einem Partner-CPO setzen, lesen oder löschen und auf das Ergebnis warten (eMSP-Rolle).</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="35"/>
        <source>How many seconds ahead the active profile should reach (get).</source>
        <translation>Wie viele Sekunden voraus das aktive Profil reichen soll (get).</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="43"/>
        <source>profile needs %1</source>
        <translation>profile benötigt %1</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="61"/>
        <source>%1 profile of %2 at %3</source>
        <translation>%1-Profil von %2 bei %3</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="78"/>
        <source>profile set needs FILE.json, a ChargingProfile</source>
        <translation>profile set benötigt FILE.json, ein ChargingProfile</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="89"/>
        <source>%1 is no JSON object (%2)</source>
        <translation>%1 ist kein JSON-Objekt (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="98"/>
        <source>profile get needs --duration SECONDS</source>
        <translation>profile get benötigt --duration SECONDS</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="105"/>
        <source>expected set, get or clear, not &apos;%1&apos;</source>
        <translation>erwartet wurde set, get oder clear, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/processcommands.cpp" line="46"/>
        <source>gone</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location filename="../app/cli/processcommands.cpp" line="46"/>
        <source>leads</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../app/cli/processcommands.cpp" line="46"/>
        <source>serving</source>
        <translation>in Betrieb</translation>
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
        <translation>GESTARTET</translation>
    </message>
    <message>
        <location filename="../app/cli/processcommands.cpp" line="49"/>
        <source>LAST SEEN</source>
        <translation>ZULETZT GESEHEN</translation>
    </message>
    <message>
        <location filename="../app/cli/processcommands.cpp" line="49"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/cli/pushcommand.cpp" line="30"/>
        <source>Queue all our current locations, tariffs or tokens for a partner (--all), e.g. one that registered after they were made.</source>
        <translation>Alle unsere aktuellen Standorte, Tarife oder Tokens für einen Partner einreihen (--all), z. B. für einen, der sich registriert hat, nachdem sie angelegt wurden.</translation>
    </message>
    <message>
        <location filename="../app/cli/pushcommand.cpp" line="37"/>
        <source>Every current object of the module(s) the partner receives.</source>
        <translation>Jedes aktuelle Objekt der Module, die der Partner empfängt.</translation>
    </message>
    <message>
        <location filename="../app/cli/pushcommand.cpp" line="42"/>
        <source>push needs PARTNER [MODULE] --all (our changes are pushed as they happen; --all queues every current object again)</source>
        <translation>push benötigt PARTNER [MODULE] --all (unsere Änderungen werden gepusht, sobald sie entstehen; --all reiht jedes aktuelle Objekt erneut ein)</translation>
    </message>
    <message>
        <location filename="../app/cli/pushcommand.cpp" line="77"/>
        <source>going on with the push of %1 to %2 that was cut short</source>
        <translation>setze den abgebrochenen Push von %1 an %2 fort</translation>
    </message>
    <message>
        <location filename="../app/cli/pushcommand.cpp" line="85"/>
        <source>%1: %2 of %3 queued for %4%5</source>
        <translation>%1: %2 von %3 eingereiht für %4%5</translation>
    </message>
    <message>
        <location filename="../app/cli/pushcommand.cpp" line="89"/>
        <source>, done</source>
        <translation>, fertig</translation>
    </message>
    <message>
        <location filename="../app/cli/pushcommand.cpp" line="95"/>
        <source>%1; run the command again to go on from there</source>
        <translation>%1; führen Sie den Befehl erneut aus, um dort fortzufahren</translation>
    </message>
    <message>
        <location filename="../app/cli/pushcommand.cpp" line="124"/>
        <source>note: %1; the pushes wait in the outbox until it serves</source>
        <translation>Hinweis: %1; die Pushes warten im Postausgang, bis der Knoten in Betrieb ist</translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="26"/>
        <source>%1: REJECTED (%2)</source>
        <translation>%1: REJECTED (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="29"/>
        <source>%1: %2, EVSE %3, %4 .. %5, %6 %7 excl. VAT</source>
        <translation>%1: %2, EVSE %3, %4 .. %5, %6 %7 ohne MwSt.</translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="43"/>
        <source>Ask a partner CPO for a reservation and print its offer; --accept accepts it (eMSP role, --reservations on).</source>
        <translation>Einen Partner-CPO um eine Reservierung bitten und sein Angebot ausgeben; --accept nimmt es an (eMSP-Rolle, --reservations on).</translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="51"/>
        <source>The EVSE uid (default: the CPO picks one).</source>
        <translation>Die EVSE-UID (Standard: der CPO wählt eines).</translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="53"/>
        <source>Start of the window.</source>
        <translation>Beginn des Zeitfensters.</translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="54"/>
        <source>End of the window.</source>
        <translation>Ende des Zeitfensters.</translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="55"/>
        <source>Accept the offer at once.</source>
        <translation>Das Angebot sofort annehmen.</translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="66"/>
        <source>reserve needs PARTNER %1</source>
        <translation>reserve benötigt PARTNER %1</translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="72"/>
        <source>--from and --to must be date-times such as 2026-03-01T18:00:00Z</source>
        <translation>--from und --to müssen Datum und Uhrzeit sein, z. B. 2026-03-01T18:00:00Z</translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="81"/>
        <source>the reservations module is off; run with --reservations on (or OCPI_RESERVATIONS=on)</source>
        <translation>das Reservierungsmodul ist aus; starten Sie mit --reservations on (oder OCPI_RESERVATIONS=on)</translation>
    </message>
</context>
<context>
    <name>console</name>
    <message>
        <location filename="../app/console/main.cpp" line="61"/>
        <source>OCPI 2.2.1 node with its operator console. Takes the options of &apos;ocpi-node serve&apos;.</source>
        <translation>OCPI-2.2.1-Knoten mit Betreiberkonsole. Akzeptiert die Optionen von &apos;ocpi-node serve&apos;.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="66"/>
        <source>Start a CPO and an eMSP node with temporary databases and play the whole OCPI story between them (node options are ignored).</source>
        <translation>Einen CPO- und einen eMSP-Knoten mit temporären Datenbanken starten und die ganze OCPI-Geschichte zwischen ihnen durchspielen (Knotenoptionen werden ignoriert).</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="68"/>
        <source>With --demo: divide the pause between steps by N.</source>
        <translation>Mit --demo: die Pause zwischen den Schritten durch N teilen.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="76"/>
        <source>Measure the window&apos;s event-loop stalls with a 10 ms timer and write the longest gap, percentiles and counts as JSON to FILE at exit.</source>
        <translation>Misst die Hänger der Ereignisschleife des Fensters mit einem 10-ms-Timer und schreibt beim Beenden die längste Lücke, Perzentile und Zählungen als JSON in FILE.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="79"/>
        <source>Quit after SECONDS.</source>
        <translation>Nach SECONDS Sekunden beenden.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="82"/>
        <source>Show every page in turn for SECONDS each, scrolling its tables to the end (benchmarks).</source>
        <translation>Zeigt jede Seite der Reihe nach SECONDS Sekunden lang und scrollt ihre Tabellen bis zum Ende (Benchmarks).</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="99"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="112"/>
        <source>--%1 wants a number of seconds, not &apos;%2&apos;</source>
        <translation>--%1 erwartet eine Anzahl Sekunden, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="180"/>
        <source>OCPI node not started</source>
        <translation>OCPI-Knoten nicht gestartet</translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="115"/>
        <source>no temporary directory for the demo&apos;s databases</source>
        <translation>kein temporäres Verzeichnis für die Datenbanken der Demo</translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="133"/>
        <source>the demo&apos;s %1 node did not start: %2</source>
        <translation>der %1-Knoten der Demo ist nicht gestartet: %2</translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="143"/>
        <source>demo step %1 (%2) failed: %3</source>
        <translation>Demo-Schritt %1 (%2) fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="153"/>
        <source>Pictures of every page saved in %1</source>
        <translation>Bilder aller Seiten gespeichert in %1</translation>
    </message>
</context>
<context>
    <name>ocpi::AuthorizeDialog</name>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="23"/>
        <source>Authorize token</source>
        <translation>Token autorisieren</translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="29"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="31"/>
        <source>optional, comma separated</source>
        <translation>optional, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="32"/>
        <source>Authorize</source>
        <translation>Autorisieren</translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="38"/>
        <source>Authorization result</source>
        <translation>Autorisierungsergebnis</translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="43"/>
        <source>Token UID:</source>
        <translation>Token-UID:</translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="44"/>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="45"/>
        <source>Location id:</source>
        <translation>Standort-ID:</translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="46"/>
        <source>EVSE UIDs:</source>
        <translation>EVSE-UIDs:</translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="52"/>
        <source>Asks this node&apos;s token authorization what a CPO would be told, as the real-time authorization endpoint answers it (nothing is stored).</source>
        <translation>Fragt die Token-Autorisierung dieses Knotens, was einem CPO geantwortet würde, so wie der Echtzeit-Autorisierungsendpunkt antwortet (nichts wird gespeichert).</translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="97"/>
        <source>Asking…</source>
        <translation>Anfrage läuft…</translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="105"/>
        <source>Error %1 (HTTP %2): %3</source>
        <translation>Fehler %1 (HTTP %2): %3</translation>
    </message>
</context>
<context>
    <name>ocpi::CdrsPage</name>
    <message>
        <location filename="../ui/cdrspage.cpp" line="46"/>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="65"/>
        <source>  (tariff %1)</source>
        <translation>  (Tarif %1)</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="100"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="102"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="105"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="106"/>
        <source>Session</source>
        <translation>Ladevorgang</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="107"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="108"/>
        <source>Location/EVSE</source>
        <translation>Standort/EVSE</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="115"/>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="116"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="118"/>
        <source>Cost (excl./incl. VAT)</source>
        <translation>Kosten (ohne/inkl. MwSt.)</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="123"/>
        <source>Credit</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="126"/>
        <source>credit for %1</source>
        <translation>Gutschrift für %1</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="142"/>
        <source>Total cost (excl. / incl. VAT): %1</source>
        <translation>Gesamtkosten (ohne / inkl. MwSt.): %1</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="144"/>
        <source>fixed</source>
        <translation>fest</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="144"/>
        <source>energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="145"/>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="145"/>
        <source>parking</source>
        <translation>Parken</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="146"/>
        <source>reservation</source>
        <translation>Reservierung</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="149"/>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="150"/>
        <source>Energy %1 kWh, time %2, parking %3</source>
        <translation>Energie %1 kWh, Zeit %2, Parken %3</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="155"/>
        <source>Charging periods (%1):</source>
        <translation>Ladeperioden (%1):</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="159"/>
        <source>Credit CDR for %1</source>
        <translation>Gutschrift-CDR für %1</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="172"/>
        <source>CDRs are final; corrections are credit CDRs</source>
        <translation>CDRs sind endgültig; Korrekturen erfolgen per Gutschrift-CDR</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="190"/>
        <source>Select a CDR to see its cost breakdown and charging periods.</source>
        <translation>Wählen Sie einen CDR, um seine Kostenaufschlüsselung und Ladeperioden zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="223"/>
        <source>partner %1</source>
        <translation>Partner %1</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="225"/>
        <source>  %1 took it at %2 without saying where it keeps it</source>
        <translation>  %1 hat ihn um %2 angenommen, ohne anzugeben, wo er gespeichert ist</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="227"/>
        <source>  %1 keeps it at %2 (since %3)</source>
        <translation>  %1 speichert ihn unter %2 (seit %3)</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="235"/>
        <source>Could not read the deliveries: %1</source>
        <translation>Die Zustellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="236"/>
        <source>Not delivered to a partner yet.</source>
        <translation>Noch an keinen Partner zugestellt.</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="237"/>
        <source>Delivered:</source>
        <translation>Zugestellt:</translation>
    </message>
</context>
<context>
    <name>ocpi::ChargingProfileDialog</name>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="24"/>
        <source>Charging profile of session %1</source>
        <translation>Ladeprofil des Ladevorgangs %1</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="29"/>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="32"/>
        <source>Unit of the limit</source>
        <translation>Einheit der Grenze</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="37"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="38"/>
        <source>How far ahead the active profile reaches</source>
        <translation>Wie weit das aktive Profil vorausreicht</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="39"/>
        <source>Set limit</source>
        <translation>Limit setzen</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="40"/>
        <source>Get active profile</source>
        <translation>Aktives Profil abrufen</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="41"/>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="56"/>
        <source>&amp;Limit (from now):</source>
        <translation>&amp;Grenze (ab jetzt):</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="58"/>
        <source>&amp;Ahead:</source>
        <translation>&amp;Voraus:</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="101"/>
        <source>%1: sending…</source>
        <translation>%1: wird gesendet…</translation>
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
        <translation>%1: Ergebnis %2</translation>
    </message>
</context>
<context>
    <name>ocpi::ChargingProfilesModel</name>
    <message>
        <location filename="../ui/chargingprofilesmodel.cpp" line="35"/>
        <source>partner %1</source>
        <translation>Partner %1</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilesmodel.cpp" line="47"/>
        <source>cleared</source>
        <translation>aufgehoben</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilesmodel.cpp" line="49"/>
        <source>no limit known</source>
        <translation>keine Grenze bekannt</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilesmodel.cpp" line="66"/>
        <source>we asked</source>
        <translation>von uns angefragt</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilesmodel.cpp" line="66"/>
        <source>asked of us</source>
        <translation>bei uns angefragt</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilesmodel.cpp" line="81"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilesmodel.cpp" line="82"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilesmodel.cpp" line="83"/>
        <source>Session</source>
        <translation>Ladevorgang</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilesmodel.cpp" line="84"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilesmodel.cpp" line="85"/>
        <source>Last request</source>
        <translation>Letzte Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilesmodel.cpp" line="86"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilesmodel.cpp" line="87"/>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
</context>
<context>
    <name>ocpi::ChargingProfilesPage</name>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="27"/>
        <source>&amp;Set profile…</source>
        <translation>Profil &amp;setzen…</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="28"/>
        <source>Ask the CPO to limit the selected session&apos;s power from now</source>
        <translation>Den CPO bitten, die Leistung des gewählten Ladevorgangs ab jetzt zu begrenzen</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="29"/>
        <source>&amp;Get active profile</source>
        <translation>Aktives Profil &amp;abrufen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chargingprofilespage.cpp" line="30"/>
        <source>Ask the CPO for the limit in force over the next %n minute(s)</source>
        <translation>
            <numerusform>Den CPO nach der Grenze für die nächste %n Minute fragen</numerusform>
            <numerusform>Den CPO nach der Grenze für die nächsten %n Minuten fragen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="32"/>
        <source>C&amp;lear profile</source>
        <translation>Profil &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="33"/>
        <source>Ask the CPO to remove the limit it applies to the selected session</source>
        <translation>Den CPO bitten, die Grenze des gewählten Ladevorgangs aufzuheben</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="42"/>
        <source>Charging profiles</source>
        <translation>Ladeprofile</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="44"/>
        <source>Limit of the selected session</source>
        <translation>Grenze des gewählten Ladevorgangs</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="45"/>
        <source>Selected charging profile</source>
        <translation>Gewähltes Ladeprofil</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="56"/>
        <source>Power limits on sessions: ours at partner CPOs, and partners&apos; on ours</source>
        <translation>Leistungsgrenzen für Ladevorgänge: unsere bei Partner-CPOs und die von Partnern für unsere</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="113"/>
        <source>Could not read the charging profiles: %1</source>
        <translation>Die Ladeprofile konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chargingprofilespage.cpp" line="118"/>
        <source>%n session(s) with charging profile requests</source>
        <translation>
            <numerusform>%n Ladevorgang mit Ladeprofil-Anfragen</numerusform>
            <numerusform>%n Ladevorgänge mit Ladeprofil-Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="127"/>
        <location filename="../ui/chargingprofilespage.cpp" line="234"/>
        <source>%1: result %2</source>
        <translation>%1: Ergebnis %2</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="163"/>
        <source>Select a session to see its charging profile.</source>
        <translation>Wählen Sie einen Ladevorgang, um sein Ladeprofil zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="165"/>
        <source>Session %1, %2</source>
        <translation>Ladevorgang %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="166"/>
        <source>Limit: %1</source>
        <translation>Grenze: %1</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="168"/>
        <source>Last request: %1 %2 at %3</source>
        <translation>Letzte Anfrage: %1 %2 um %3</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="190"/>
        <source>This node hosts no EMSP party, so it cannot ask partner CPOs to limit sessions: the list shows the profiles partner eMSPs set on our sessions, read-only. To send requests, add an EMSP party on the Settings page (or start with --party CC-PID:EMSP).</source>
        <translation>Dieser Knoten hat keine EMSP-Partei und kann Partner-CPOs daher nicht bitten, Ladevorgänge zu begrenzen: Die Liste zeigt schreibgeschützt die Profile, die Partner-eMSPs für unsere Ladevorgänge gesetzt haben. Um Anfragen zu senden, fügen Sie auf der Seite Einstellungen eine EMSP-Partei hinzu (oder starten Sie mit --party CC-PID:EMSP).</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="198"/>
        <source>%1 on %2 at %3</source>
        <translation>%1 für %2 um %3</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="223"/>
        <source>%1: sending…</source>
        <translation>%1: wird gesendet…</translation>
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
        <translation>%1: %2, warte auf das Ergebnis</translation>
    </message>
</context>
<context>
    <name>ocpi::CommandsModel</name>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="48"/>
        <source>partner %1</source>
        <translation>Partner %1</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="55"/>
        <source>%1, %2 s</source>
        <translation>%1, %2 s</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="81"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="81"/>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="97"/>
        <source>Sent/received</source>
        <translation>Gesendet/empfangen</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="98"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="99"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="100"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="101"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="102"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="103"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="104"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="137"/>
        <source>%1 sent to %2 (our id %3)</source>
        <translation>%1 gesendet an %2 (unsere ID %3)</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="137"/>
        <source>%1 received from %2 (our id %3)</source>
        <translation>%1 empfangen von %2 (unsere ID %3)</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="142"/>
        <source>the CPO answered %1, result expected within %2 s%3</source>
        <translation>der CPO antwortete %1, Ergebnis erwartet innerhalb von %2 s%3</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="143"/>
        <source>we answered %1, result promised within %2 s%3</source>
        <translation>wir antworteten %1, Ergebnis zugesagt innerhalb von %2 s%3</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="148"/>
        <source>no usable answer: %1</source>
        <translation>keine verwertbare Antwort: %1</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="150"/>
        <source>waiting for the CPO&apos;s answer</source>
        <translation>warte auf die Antwort des CPO</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="155"/>
        <source>result %1</source>
        <translation>Ergebnis %1</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="155"/>
        <source>result %1 queued for %2</source>
        <translation>Ergebnis %1 eingereiht für %2</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="157"/>
        <source>TIMEOUT: no result by the CPO&apos;s timeout plus %1 s</source>
        <translation>TIMEOUT: kein Ergebnis bis zum Timeout des CPO plus %1 s</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="159"/>
        <source>waiting for the result until %1</source>
        <translation>warte auf das Ergebnis bis %1</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="163"/>
        <source>state: %1</source>
        <translation>Zustand: %1</translation>
    </message>
</context>
<context>
    <name>ocpi::CommandsPage</name>
    <message>
        <location filename="../ui/commandspage.cpp" line="24"/>
        <source>Send command…</source>
        <translation>Befehl senden…</translation>
    </message>
    <message>
        <location filename="../ui/commandspage.cpp" line="30"/>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <location filename="../ui/commandspage.cpp" line="31"/>
        <source>Timeline of the selected command</source>
        <translation>Verlauf des gewählten Befehls</translation>
    </message>
    <message>
        <location filename="../ui/commandspage.cpp" line="39"/>
        <source>Commands sent to partner CPOs and received from partner eMSPs</source>
        <translation>An Partner-CPOs gesendete und von Partner-eMSPs empfangene Befehle</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/commandspage.cpp" line="94"/>
        <source>%n command(s)</source>
        <translation>
            <numerusform>%n Befehl</numerusform>
            <numerusform>%n Befehle</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/commandspage.cpp" line="101"/>
        <source>Could not read the commands: %1</source>
        <translation>Die Befehle konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/commandspage.cpp" line="127"/>
        <source>Select a command to see its timeline.</source>
        <translation>Wählen Sie einen Befehl, um seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/commandspage.cpp" line="138"/>
        <source>Send START_SESSION, STOP_SESSION, RESERVE_NOW, CANCEL_RESERVATION or UNLOCK_CONNECTOR to a partner CPO</source>
        <translation>START_SESSION, STOP_SESSION, RESERVE_NOW, CANCEL_RESERVATION oder UNLOCK_CONNECTOR an einen Partner-CPO senden</translation>
    </message>
    <message>
        <location filename="../ui/commandspage.cpp" line="140"/>
        <source>Commands are sent as an eMSP: this node hosts no eMSP party</source>
        <translation>Befehle werden als eMSP gesendet: dieser Knoten hostet keine eMSP-Partei</translation>
    </message>
    <message>
        <location filename="../ui/commandspage.cpp" line="151"/>
        <source>%1 sent: the CPO answered %2.</source>
        <translation>%1 gesendet: der CPO antwortete %2.</translation>
    </message>
    <message>
        <location filename="../ui/commandspage.cpp" line="152"/>
        <source>%1 sent: %2 (%3).</source>
        <translation>%1 gesendet: %2 (%3).</translation>
    </message>
</context>
<context>
    <name>ocpi::DashboardPage</name>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="25"/>
        <source>Partners online</source>
        <translation>Partner online</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="26"/>
        <source>Sessions active</source>
        <translation>Aktive Ladevorgänge</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="27"/>
        <source>Energy delivered today</source>
        <translation>Heute geladene Energie</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="28"/>
        <source>Outbox backlog</source>
        <translation>Rückstand im Postausgang</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="29"/>
        <source>Errors in the last hour</source>
        <translation>Fehler in der letzten Stunde</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="37"/>
        <source>Requests and errors per minute, last hour</source>
        <translation>Anfragen und Fehler pro Minute, letzte Stunde</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="43"/>
        <source>Partners and their state</source>
        <translation>Partner und ihr Zustand</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="59"/>
        <source>Partners (double-click or Enter opens one)</source>
        <translation>Partner (Doppelklick oder Eingabetaste öffnet einen)</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="63"/>
        <source>This node</source>
        <translation>Dieser Knoten</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="94"/>
        <source>Could not read the figures: %1</source>
        <translation>Die Kennzahlen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="105"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="107"/>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="108"/>
        <source>%1 waiting, %2 parked</source>
        <translation>%1 wartend, %2 geparkt</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="109"/>
        <source>%1 waiting</source>
        <translation>%1 wartend</translation>
    </message>
</context>
<context>
    <name>ocpi::DemoWindow</name>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="62"/>
        <source>OCPI Node Console: demo</source>
        <translation>OCPI Node Console: Demo</translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="69"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="71"/>
        <source>Node shown</source>
        <translation>Angezeigter Knoten</translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="72"/>
        <source>Demo steps</source>
        <translation>Demo-Schritte</translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="76"/>
        <source>&amp;Node:</source>
        <translation>&amp;Knoten:</translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="84"/>
        <source>The OCPI story</source>
        <translation>Die OCPI-Geschichte</translation>
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
        <translation>UTC, z. B. 2025-01-31T14:30:00Z</translation>
    </message>
    <message>
        <location filename="../ui/fieldinputs.cpp" line="75"/>
        <source>whole number</source>
        <translation>ganze Zahl</translation>
    </message>
    <message>
        <location filename="../ui/fieldinputs.cpp" line="77"/>
        <source>number, e.g. 0.2500</source>
        <translation>Zahl, z. B. 0.2500</translation>
    </message>
    <message>
        <location filename="../ui/fieldinputs.cpp" line="79"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../ui/fieldinputs.cpp" line="114"/>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location filename="../ui/fieldinputs.cpp" line="116"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/fieldinputs.cpp" line="117"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../ui/fieldinputs.cpp" line="204"/>
        <source>one per line</source>
        <translation>eine pro Zeile</translation>
    </message>
</context>
<context>
    <name>ocpi::FieldLabels</name>
    <message>
        <location filename="../ui/fieldwords.cpp" line="20"/>
        <source>Country code</source>
        <translation>Ländercode</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="21"/>
        <source>Party ID</source>
        <translation>Partei-ID</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="22"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="23"/>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="24"/>
        <source>Publish allowed to</source>
        <translation>Veröffentlichen erlaubt für</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="25"/>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="26"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="27"/>
        <source>Visual number</source>
        <translation>Sichtbare Nummer</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="28"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="29"/>
        <source>Group ID</source>
        <translation>Gruppen-ID</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="30"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="31"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="32"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="33"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="34"/>
        <source>State</source>
        <translation>Bundesland</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="35"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="36"/>
        <source>Coordinates</source>
        <translation>Koordinaten</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="37"/>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="38"/>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="39"/>
        <source>Related locations</source>
        <translation>Verwandte Standorte</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="40"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="41"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="42"/>
        <source>Parking type</source>
        <translation>Parkplatztyp</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="43"/>
        <source>EVSEs</source>
        <translation>EVSEs</translation>
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
        <translation>Statusplan</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="47"/>
        <source>Period begin</source>
        <translation>Zeitraum Beginn</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="48"/>
        <source>Period end</source>
        <translation>Zeitraum Ende</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="49"/>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="50"/>
        <source>Connectors</source>
        <translation>Anschlüsse</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="51"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="52"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="53"/>
        <source>Power type</source>
        <translation>Stromart</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="54"/>
        <source>Max voltage</source>
        <translation>Max. Spannung</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="55"/>
        <source>Max amperage</source>
        <translation>Max. Stromstärke</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="56"/>
        <source>Max electric power</source>
        <translation>Max. elektrische Leistung</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="57"/>
        <source>Tariff IDs</source>
        <translation>Tarif-IDs</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="58"/>
        <source>Terms and conditions</source>
        <translation>Geschäftsbedingungen</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="59"/>
        <source>Last updated</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="60"/>
        <source>Floor level</source>
        <translation>Etage</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="61"/>
        <source>Physical reference</source>
        <translation>Physische Referenz</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="62"/>
        <source>Directions</source>
        <translation>Wegbeschreibung</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="63"/>
        <source>Parking restrictions</source>
        <translation>Parkbeschränkungen</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="64"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="65"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="66"/>
        <source>Thumbnail</source>
        <translation>Vorschaubild</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="67"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="68"/>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="69"/>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="70"/>
        <source>Operator</source>
        <translation>Betreiber</translation>
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
        <translation>Unterbetreiber</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="74"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="75"/>
        <source>Facilities</source>
        <translation>Einrichtungen</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="76"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="77"/>
        <source>Opening times</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="78"/>
        <source>Open 24/7</source>
        <translation>Rund um die Uhr geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="79"/>
        <source>Regular hours</source>
        <translation>Reguläre Öffnungszeiten</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="80"/>
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="81"/>
        <source>Exceptional openings</source>
        <translation>Sonderöffnungszeiten</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="82"/>
        <source>Exceptional closings</source>
        <translation>Sonderschließzeiten</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="83"/>
        <source>Charging when closed</source>
        <translation>Laden außerhalb der Öffnungszeiten</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="84"/>
        <source>Energy mix</source>
        <translation>Energiemix</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="85"/>
        <source>Green energy</source>
        <translation>Ökostrom</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="86"/>
        <source>Energy sources</source>
        <translation>Energiequellen</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="87"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="88"/>
        <source>Percentage</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="89"/>
        <source>Environmental impact</source>
        <translation>Umweltauswirkung</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="90"/>
        <source>Amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="91"/>
        <source>Supplier name</source>
        <translation>Name des Anbieters</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="92"/>
        <source>Energy product name</source>
        <translation>Name des Energieprodukts</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="93"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="94"/>
        <source>Alternative text</source>
        <translation>Alternativer Text</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="95"/>
        <source>Alternative URL</source>
        <translation>Alternative URL</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="96"/>
        <source>Min price</source>
        <translation>Mindestpreis</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="97"/>
        <source>Excl. VAT</source>
        <translation>Ohne MwSt.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="98"/>
        <source>Incl. VAT</source>
        <translation>Inkl. MwSt.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="99"/>
        <source>Max price</source>
        <translation>Höchstpreis</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="100"/>
        <source>Elements</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="101"/>
        <source>Price components</source>
        <translation>Preiskomponenten</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="102"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="103"/>
        <source>VAT</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="104"/>
        <source>Step size</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="105"/>
        <source>Restrictions</source>
        <translation>Einschränkungen</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="106"/>
        <source>Start time</source>
        <translation>Startzeit</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="107"/>
        <source>End time</source>
        <translation>Endzeit</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="108"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="109"/>
        <source>End date</source>
        <translation>Enddatum</translation>
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
        <translation>Min. Stromstärke</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="113"/>
        <source>Max current</source>
        <translation>Max. Stromstärke</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="114"/>
        <source>Min power</source>
        <translation>Min. Leistung</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="115"/>
        <source>Max power</source>
        <translation>Max. Leistung</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="116"/>
        <source>Min duration</source>
        <translation>Min. Dauer</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="117"/>
        <source>Max duration</source>
        <translation>Max. Dauer</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="118"/>
        <source>Days of the week</source>
        <translation>Wochentage</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="119"/>
        <source>Reservation</source>
        <translation>Reservierung</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="120"/>
        <source>Start date and time</source>
        <translation>Startdatum und -zeit</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="121"/>
        <source>End date and time</source>
        <translation>Enddatum und -zeit</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="122"/>
        <source>Contract ID</source>
        <translation>Vertrags-ID</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="123"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="124"/>
        <source>Whitelist</source>
        <translation>Whitelist</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="125"/>
        <source>Default profile type</source>
        <translation>Standard-Profiltyp</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="126"/>
        <source>Energy contract</source>
        <translation>Energievertrag</translation>
    </message>
</context>
<context>
    <name>ocpi::FieldWords</name>
    <message>
        <location filename="../ui/fieldwords.cpp" line="154"/>
        <source>Required.</source>
        <translation>Erforderlich.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="156"/>
        <source>Add at least one.</source>
        <translation>Fügen Sie mindestens einen Eintrag hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="159"/>
        <source>At most %1 characters.</source>
        <translation>Höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="162"/>
        <source>At most %1 digits.</source>
        <translation>Höchstens %1 Ziffern.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="165"/>
        <source>At most %1 entries.</source>
        <translation>Höchstens %1 Einträge.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="167"/>
        <source>Enter a whole number.</source>
        <translation>Geben Sie eine ganze Zahl ein.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="169"/>
        <source>Enter a number.</source>
        <translation>Geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="171"/>
        <source>Choose yes or no.</source>
        <translation>Wählen Sie Ja oder Nein.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="173"/>
        <source>Enter a date and time such as 2025-01-31T14:30:00Z.</source>
        <translation>Geben Sie Datum und Uhrzeit ein, z. B. 2025-01-31T14:30:00Z.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="176"/>
        <source>Choose one of the listed values.</source>
        <translation>Wählen Sie einen der aufgeführten Werte.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="178"/>
        <source>Enter 0 or more.</source>
        <translation>Geben Sie 0 oder mehr ein.</translation>
    </message>
</context>
<context>
    <name>ocpi::InviteDialog</name>
    <message>
        <location filename="../ui/invitedialog.cpp" line="23"/>
        <source>Invite a partner</source>
        <translation>Partner einladen</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="25"/>
        <source>The node issues a registration token (token A) for the new partner. Hand it over together with this node&apos;s versions URL through a secure channel; the partner then registers with this node.</source>
        <translation>Der Knoten stellt ein Registrierungstoken (Token A) für den neuen Partner aus. Übergeben Sie es zusammen mit der Versions-URL dieses Knotens über einen sicheren Kanal; der Partner registriert sich dann bei diesem Knoten.</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="32"/>
        <source>e.g. the partner&apos;s company name</source>
        <translation>z. B. der Firmenname des Partners</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="33"/>
        <source>Invite</source>
        <translation>Einladen</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="36"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
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
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="56"/>
        <source>Copy token A</source>
        <translation>Token A kopieren</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="62"/>
        <source>Versions URL</source>
        <translation>Versions-URL</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="64"/>
        <source>Copy the versions URL</source>
        <translation>Versions-URL kopieren</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="69"/>
        <source>&lt;b&gt;This token is shown only now.&lt;/b&gt; The node keeps only a fingerprint of it and cannot show it again; copy it before closing this window.</source>
        <translation>&lt;b&gt;Dieses Token wird nur jetzt angezeigt.&lt;/b&gt; Der Knoten speichert nur einen Fingerabdruck davon und kann es nicht erneut anzeigen; kopieren Sie es, bevor Sie dieses Fenster schließen.</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="75"/>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="76"/>
        <source>Our versions URL:</source>
        <translation>Unsere Versions-URL:</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="77"/>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="95"/>
        <source>Token A copied to the clipboard.</source>
        <translation>Token A in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="99"/>
        <source>Versions URL copied to the clipboard.</source>
        <translation>Versions-URL in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="133"/>
        <source>The invitation failed: %1</source>
        <translation>Die Einladung ist fehlgeschlagen: %1</translation>
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
        <translation>Einer unserer Standorte</translation>
    </message>
    <message>
        <location filename="../ui/locationsmodel.cpp" line="145"/>
        <source>Received from %1 (read-only)</source>
        <translation>Empfangen von %1 (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../ui/locationsmodel.cpp" line="174"/>
        <source>Id / UID</source>
        <translation>ID / UID</translation>
    </message>
    <message>
        <location filename="../ui/locationsmodel.cpp" line="175"/>
        <source>Name / EVSE ID / Standard</source>
        <translation>Name / EVSE-ID / Standard</translation>
    </message>
    <message>
        <location filename="../ui/locationsmodel.cpp" line="176"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/locationsmodel.cpp" line="177"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../ui/locationsmodel.cpp" line="178"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/locationsmodel.cpp" line="179"/>
        <source>Last updated</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <location filename="../ui/locationsmodel.cpp" line="188"/>
        <source>no EVSEs</source>
        <translation>keine EVSEs</translation>
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
        <translation>Standorte, EVSEs und Anschlüsse</translation>
    </message>
    <message>
        <location filename="../ui/locationspage.cpp" line="36"/>
        <source>The status to give the selected EVSE</source>
        <translation>Der Status für das ausgewählte EVSE</translation>
    </message>
    <message>
        <location filename="../ui/locationspage.cpp" line="37"/>
        <source>EVSE status</source>
        <translation>EVSE-Status</translation>
    </message>
    <message>
        <location filename="../ui/locationspage.cpp" line="38"/>
        <source>Set EVSE status</source>
        <translation>EVSE-Status setzen</translation>
    </message>
    <message>
        <location filename="../ui/locationspage.cpp" line="39"/>
        <source>Set the selected EVSE of one of our locations to this status; partners are told</source>
        <translation>Das ausgewählte EVSE eines unserer Standorte auf diesen Status setzen; die Partner werden informiert</translation>
    </message>
    <message>
        <location filename="../ui/locationspage.cpp" line="101"/>
        <source>EVSE %1 is now %2.</source>
        <translation>EVSE %1 ist jetzt %2.</translation>
    </message>
    <message>
        <location filename="../ui/locationspage.cpp" line="103"/>
        <source>Could not set EVSE %1 to %2: %3</source>
        <translation>EVSE %1 konnte nicht auf %2 gesetzt werden: %3</translation>
    </message>
    <message>
        <location filename="../ui/locationspage.cpp" line="133"/>
        <source>New location</source>
        <translation>Neuer Standort</translation>
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
        <translation>Datenverkehr</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="78"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../ui/modulepages.cpp" line="31"/>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <location filename="../ui/modulepages.cpp" line="32"/>
        <source>Tariffs</source>
        <translation>Tarife</translation>
    </message>
    <message>
        <location filename="../ui/modulepages.cpp" line="33"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/modulepages.cpp" line="34"/>
        <source>Sessions</source>
        <translation>Ladevorgänge</translation>
    </message>
    <message>
        <location filename="../ui/modulepages.cpp" line="35"/>
        <source>CDRs</source>
        <translation>CDRs</translation>
    </message>
    <message>
        <location filename="../ui/modulepages.cpp" line="36"/>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <location filename="../ui/modulepages.cpp" line="37"/>
        <source>Charging profiles</source>
        <translation>Ladeprofile</translation>
    </message>
    <message>
        <location filename="../ui/modulepages.cpp" line="38"/>
        <source>Reservations</source>
        <translation>Reservierungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="51"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="76"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="83"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="164"/>
        <source>Partners online: %1/%2</source>
        <translation>Partner online: %1/%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="165"/>
        <source>Outbox: %1</source>
        <translation>Postausgang: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <source>Parked: %1</source>
        <translation>Geparkt: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="168"/>
        <source>Errors (1 h): %1</source>
        <translation>Fehler (1 h): %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="232"/>
        <source>&amp;Copy versions URL</source>
        <translation>Versions-URL &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="238"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="242"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="245"/>
        <source>&amp;Page list</source>
        <translation>&amp;Seitenliste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="252"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="253"/>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="264"/>
        <source>Listening at %1  |  %2  |  Requests: %3</source>
        <translation>Lauscht auf %1  |  %2  |  Anfragen: %3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="270"/>
        <source>Node not serving: %1</source>
        <translation>Knoten nicht in Betrieb: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="272"/>
        <source>Node stopped</source>
        <translation>Knoten gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="273"/>
        <source>Starting the node…</source>
        <translation>Knoten wird gestartet…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="279"/>
        <source>About OCPI Node Console</source>
        <translation>Über OCPI Node Console</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="280"/>
        <source>&lt;b&gt;OCPI Node Console&lt;/b&gt; %1&lt;br&gt;An OCPI 2.2.1 node with an operator console.&lt;br&gt;Qt %2</source>
        <translation>&lt;b&gt;OCPI Node Console&lt;/b&gt; %1&lt;br&gt;Ein OCPI-2.2.1-Knoten mit Betreiberkonsole.&lt;br&gt;Qt %2</translation>
    </message>
</context>
<context>
    <name>ocpi::ObjectEditorDialog</name>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="53"/>
        <source>New %1</source>
        <translation>%1 anlegen</translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="53"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="59"/>
        <source>Changes are checked like a partner&apos;s PUT, stored, and sent to every partner that receives %1. The id cannot change.</source>
        <translation>Änderungen werden wie ein PUT eines Partners geprüft, gespeichert und an jeden Partner gesendet, der %1 empfängt. Die ID kann nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../ui/locationspage.cpp" line="150"/>
        <source>EVSEs and connectors are never deleted: set an EVSE&apos;s status to REMOVED instead.</source>
        <translation>EVSEs und Anschlüsse werden nie gelöscht: setzen Sie stattdessen den Status eines EVSE auf REMOVED.</translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="241"/>
        <source>%1: cannot change from &apos;%2&apos; when editing; use New for another object</source>
        <translation>%1: kann beim Bearbeiten nicht von &apos;%2&apos; geändert werden; verwenden Sie „Neu…“ für ein anderes Objekt</translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="167"/>
        <source>Not valid JSON at character %1: %2</source>
        <translation>Kein gültiges JSON bei Zeichen %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="56"/>
        <source>Fields marked * are required. The %1 is checked like a partner&apos;s PUT, stored, and sent to every partner that receives %2.</source>
        <translation>Mit * markierte Felder sind Pflichtfelder. Das Objekt %1 wird wie ein PUT eines Partners geprüft, gespeichert und an jeden Partner gesendet, der %2 empfängt.</translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="78"/>
        <source>Problems to fix</source>
        <translation>Zu behebende Probleme</translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="79"/>
        <source>Press Enter or double-click to go to the field</source>
        <translation>Drücken Sie die Eingabetaste oder doppelklicken Sie, um zum Feld zu wechseln</translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="90"/>
        <source>%1 as OCPI 2.2.1 JSON</source>
        <translation>%1 als OCPI-2.2.1-JSON</translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="98"/>
        <source>&amp;Form</source>
        <translation>&amp;Formular</translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="99"/>
        <source>&amp;JSON (advanced)</source>
        <translation>&amp;JSON (erweitert)</translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="171"/>
        <source>Expected one JSON object</source>
        <translation>Genau ein JSON-Objekt erwartet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/objecteditordialog.cpp" line="182"/>
        <source>%n problem(s) to fix; nothing was sent.</source>
        <translation>
            <numerusform>%n Problem zu beheben; nichts wurde gesendet.</numerusform>
            <numerusform>%n Probleme zu beheben; nichts wurde gesendet.</numerusform>
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
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="278"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>ocpi::ObjectForm</name>
    <message>
        <location filename="../ui/objectform.cpp" line="134"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
</context>
<context>
    <name>ocpi::ObjectListEditor</name>
    <message>
        <location filename="../ui/objectlisteditor.cpp" line="107"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/objectlisteditor.cpp" line="107"/>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/objectlisteditor.cpp" line="108"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/objectlisteditor.cpp" line="108"/>
        <source>Remove from %1</source>
        <translation>Aus %1 entfernen</translation>
    </message>
    <message>
        <location filename="../ui/objectlisteditor.cpp" line="109"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../ui/objectlisteditor.cpp" line="109"/>
        <source>Move up in %1</source>
        <translation>In %1 nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../ui/objectlisteditor.cpp" line="110"/>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../ui/objectlisteditor.cpp" line="110"/>
        <source>Move down in %1</source>
        <translation>In %1 nach unten verschieben</translation>
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
            <numerusform>%1 (%n Problem)</numerusform>
            <numerusform>%1 (%n Probleme)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ocpi::ObjectListPage</name>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="44"/>
        <source>Show the objects of one owner party</source>
        <translation>Die Objekte einer Eigentümer-Partei anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="45"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="46"/>
        <source>All owners</source>
        <translation>Alle Eigentümer</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="48"/>
        <location filename="../ui/objectlistpage.cpp" line="49"/>
        <source>Search id or name</source>
        <translation>ID oder Name suchen</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="51"/>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="52"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="53"/>
        <source>Change the selected object (only our own objects can be changed)</source>
        <translation>Das ausgewählte Objekt ändern (nur eigene Objekte können geändert werden)</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="56"/>
        <source>Owner:</source>
        <translation>Eigentümer:</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="73"/>
        <source>Selected object as JSON</source>
        <translation>Gewähltes Objekt als JSON</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="221"/>
        <source>Showing the first %1 objects (%2 ours); scroll to the end to read more. The owner filter and the search cover the objects read.</source>
        <translation>Die ersten %1 Objekte werden angezeigt (%2 eigene); scrollen Sie ans Ende, um weitere zu laden. Eigentümerfilter und Suche gelten für die geladenen Objekte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/objectlistpage.cpp" line="225"/>
        <source>%n object(s), %1 ours</source>
        <translation>
            <numerusform>%n Objekt, %1 eigene</numerusform>
            <numerusform>%n Objekte, %1 eigene</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="232"/>
        <source>Could not read the %1: %2</source>
        <translation>Lesen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="319"/>
        <source>Select an object to see its JSON.</source>
        <translation>Wählen Sie ein Objekt, um sein JSON zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="330"/>
        <source>Create an object owned by %1</source>
        <translation>Ein Objekt mit Eigentümer %1 anlegen</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="331"/>
        <source>This node hosts no party that owns %1</source>
        <translation>Dieser Knoten hostet keine Partei, die %1 besitzt</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="340"/>
        <source>This node hosts no %1 party, so it has no %2 of its own to create or change: the list shows what partners sent, read-only. To issue your own, add a %1 party on the Settings page (or start with --party CC-PID:%1).</source>
        <translation>Dieser Knoten hostet keine %1-Partei und hat daher keine eigenen %2, die angelegt oder geändert werden könnten: die Liste zeigt schreibgeschützt, was Partner gesendet haben. Um eigene auszustellen, fügen Sie auf der Seite Einstellungen eine %1-Partei hinzu (oder starten Sie mit --party CC-PID:%1).</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="387"/>
        <source>Created %1.</source>
        <translation>%1 angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="387"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>ocpi::ObjectTableModel</name>
    <message>
        <location filename="../ui/objecttablemodel.cpp" line="34"/>
        <source>One of our objects</source>
        <translation>Eines unserer Objekte</translation>
    </message>
    <message>
        <location filename="../ui/objecttablemodel.cpp" line="34"/>
        <source>Received from %1 (read-only)</source>
        <translation>Empfangen von %1 (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../ui/objecttablemodel.cpp" line="83"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../ui/objecttablemodel.cpp" line="88"/>
        <source>Last updated</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <location filename="../ui/objecttablemodel.cpp" line="94"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/objecttablemodel.cpp" line="102"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/objecttablemodel.cpp" line="102"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>ocpi::ObjectTablePage</name>
    <message>
        <location filename="../ui/objecttablepage.cpp" line="14"/>
        <source>Objects: %1</source>
        <translation>Objekte: %1</translation>
    </message>
</context>
<context>
    <name>ocpi::ObjectsController</name>
    <message>
        <location filename="../ui/objectscontroller.cpp" line="61"/>
        <source>no object module %1</source>
        <translation>kein Objektmodul %1</translation>
    </message>
    <message>
        <location filename="../ui/objectscontroller.cpp" line="76"/>
        <source>%1 (hub)</source>
        <translation>%1 (hub)</translation>
    </message>
    <message>
        <location filename="../ui/objectscontroller.cpp" line="193"/>
        <source>%1 %2 of %3 exists already: edit it instead</source>
        <translation>%1 %2 von %3 existiert bereits: bearbeiten Sie stattdessen dieses Objekt</translation>
    </message>
    <message>
        <location filename="../ui/objectscontroller.cpp" line="246"/>
        <source>console operator</source>
        <translation>Konsolenbetreiber</translation>
    </message>
</context>
<context>
    <name>ocpi::ParkedDeliveriesView</name>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="22"/>
        <source>Refused by the partner (parked)</source>
        <translation>Vom Partner abgelehnt (geparkt)</translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="23"/>
        <source>Drop…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="24"/>
        <source>Discard the selected parked delivery: the partner never receives it (ocpi-node outbox drop)</source>
        <translation>Die ausgewählte geparkte Zustellung verwerfen: der Partner erhält sie nie (ocpi-node outbox drop)</translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="25"/>
        <source>Drop the selected parked delivery</source>
        <translation>Die ausgewählte geparkte Zustellung verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="27"/>
        <source>Parked deliveries</source>
        <translation>Geparkte Zustellungen</translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="28"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="28"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="28"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="28"/>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="28"/>
        <source>Partner&apos;s answer</source>
        <translation>Antwort des Partners</translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="67"/>
        <source>queued %1</source>
        <translation>eingereiht %1</translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="71"/>
        <source>Refused by the partner (parked): none</source>
        <translation>Vom Partner abgelehnt (geparkt): keine</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/parkeddeliveriesview.cpp" line="72"/>
        <source>Refused by the partner (parked): %n</source>
        <translation>
            <numerusform>Vom Partner abgelehnt (geparkt): %n</numerusform>
            <numerusform>Vom Partner abgelehnt (geparkt): %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ocpi::PartnerController</name>
    <message>
        <location filename="../ui/partnercontroller.cpp" line="159"/>
        <source>%1 offers nothing this node can pull</source>
        <translation>%1 bietet nichts an, was dieser Knoten abrufen kann</translation>
    </message>
</context>
<context>
    <name>ocpi::PartnerDetailsView</name>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="43"/>
        <source>raw</source>
        <translation>roh</translation>
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
        <translation>Zustand:</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="63"/>
        <source>Versions URL:</source>
        <translation>Versions-URL:</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="64"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="65"/>
        <source>Last contact:</source>
        <translation>Letzter Kontakt:</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="66"/>
        <source>Added:</source>
        <translation>Hinzugefügt:</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="67"/>
        <source>Our token:</source>
        <translation>Unser Token:</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="68"/>
        <source>The token this node presents to the partner. Only its start is shown.</source>
        <translation>Das Token, das dieser Knoten dem Partner vorlegt. Nur sein Anfang wird angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="69"/>
        <source>Their token:</source>
        <translation>Ihr Token:</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="70"/>
        <source>Pushes waiting:</source>
        <translation>Wartende Pushes:</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="73"/>
        <source>Token encoding</source>
        <translation>Token-Kodierung</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="74"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="76"/>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="77"/>
        <source>How this node writes its token in the Authorization header to this partner. Automatic tries Base64 (OCPI 2.2.1) and falls back to raw.</source>
        <translation>Wie dieser Knoten sein Token im Authorization-Header an diesen Partner schreibt. Automatisch versucht Base64 (OCPI 2.2.1) und weicht auf roh aus.</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="83"/>
        <source>Token encoding:</source>
        <translation>Token-Kodierung:</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="85"/>
        <source>Party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="85"/>
        <location filename="../ui/partnerdetailsview.cpp" line="86"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="85"/>
        <source>Business name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="85"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="85"/>
        <source>Partner&apos;s roles</source>
        <translation>Rollen des Partners</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="86"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="86"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="86"/>
        <source>Partner&apos;s endpoints</source>
        <translation>Endpunkte des Partners</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="91"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="93"/>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="108"/>
        <source>Select a partner to see its details.</source>
        <translation>Wählen Sie einen Partner, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="125"/>
        <source>(not known yet)</source>
        <translation>(noch nicht bekannt)</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="126"/>
        <source>(none negotiated)</source>
        <translation>(keine ausgehandelt)</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="127"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="129"/>
        <location filename="../ui/partnerdetailsview.cpp" line="169"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="130"/>
        <source>the partner holds a live token of ours</source>
        <translation>der Partner besitzt ein gültiges Token von uns</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="131"/>
        <source>the partner holds no live token of ours</source>
        <translation>der Partner besitzt kein gültiges Token von uns</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="136"/>
        <source>detected: %1</source>
        <translation>erkannt: %1</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="137"/>
        <source>nothing detected yet</source>
        <translation>noch nichts erkannt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/partnerdetailsview.cpp" line="161"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/partnerdetailsview.cpp" line="163"/>
        <source>, %n refused by the partner</source>
        <translation>
            <numerusform>, %n vom Partner abgelehnt</numerusform>
            <numerusform>, %n vom Partner abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="165"/>
        <source>; last error: %1</source>
        <translation>; letzter Fehler: %1</translation>
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
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="45"/>
        <source>not registered yet</source>
        <translation>noch nicht registriert</translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="46"/>
        <source>unregistered</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="71"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="72"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="84"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="85"/>
        <source>Parties</source>
        <translation>Parteien</translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="86"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="87"/>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="88"/>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="89"/>
        <source>Parked</source>
        <translation>Geparkt</translation>
    </message>
</context>
<context>
    <name>ocpi::PartnersModel</name>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="15"/>
        <source>invited</source>
        <translation>eingeladen</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="16"/>
        <source>registering</source>
        <translation>registriert sich</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="17"/>
        <source>registered</source>
        <translation>registriert</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="18"/>
        <source>unregistered</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="19"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="83"/>
        <source>As the hub reports them: nothing is sent to an OFFLINE or SUSPENDED party; a PLANNED one joins soon</source>
        <translation>Wie vom Hub gemeldet: an eine OFFLINE- oder SUSPENDED-Partei wird nichts gesendet; eine PLANNED-Partei kommt bald hinzu</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="109"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="110"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="111"/>
        <source>Parties</source>
        <translation>Parteien</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="112"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="113"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="114"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="115"/>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="116"/>
        <source>Behind the hub</source>
        <translation>Hinter dem Hub</translation>
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
        <translation>Partner einladen…</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="42"/>
        <source>Issue a registration token (token A) for a partner that will register with this node</source>
        <translation>Ein Registrierungstoken (Token A) für einen Partner ausstellen, der sich bei diesem Knoten registrieren wird</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="43"/>
        <source>Register with partner…</source>
        <translation>Bei Partner registrieren…</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="44"/>
        <source>Register this node with a partner that gave you its versions URL and a token A</source>
        <translation>Diesen Knoten bei einem Partner registrieren, der Ihnen seine Versions-URL und ein Token A gegeben hat</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="45"/>
        <source>Update credentials</source>
        <translation>Zugangsdaten erneuern</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="46"/>
        <source>Exchange new tokens with the selected partner</source>
        <translation>Neue Tokens mit dem ausgewählten Partner austauschen</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="47"/>
        <source>Pull now</source>
        <translation>Jetzt abrufen</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="48"/>
        <source>Fetch the partner&apos;s locations, tariffs and tokens (what changed since the last pull)</source>
        <translation>Standorte, Tarife und Tokens des Partners abrufen (was sich seit dem letzten Abruf geändert hat)</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="49"/>
        <source>Send refused pushes again</source>
        <translation>Abgelehnte Pushes erneut senden</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="50"/>
        <source>Queue the deliveries the partner refused (parked) again, once the cause is fixed (ocpi-node outbox retry)</source>
        <translation>Die vom Partner abgelehnten (geparkten) Zustellungen erneut einreihen, sobald die Ursache behoben ist (ocpi-node outbox retry)</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="52"/>
        <location filename="../ui/partnerspage.cpp" line="314"/>
        <location filename="../ui/partnerspage.cpp" line="320"/>
        <source>Unregister</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="53"/>
        <source>End the connection with the selected partner; its tokens stop working</source>
        <translation>Die Verbindung mit dem ausgewählten Partner beenden; seine Tokens werden ungültig</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="54"/>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="55"/>
        <source>Delete an invited, failed or unregistered partner with its tokens and queued deliveries (ocpi-node partners remove)</source>
        <translation>Einen eingeladenen, fehlgeschlagenen oder abgemeldeten Partner samt Tokens und eingereihten Zustellungen löschen (ocpi-node partners remove)</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="72"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="200"/>
        <source>Could not read the partners: %1</source>
        <translation>Die Partner konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="239"/>
        <source>No partners yet: invite one or register with one.</source>
        <translation>Noch keine Partner: laden Sie einen ein oder registrieren Sie sich bei einem.</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="240"/>
        <source>Select a partner to see its details.</source>
        <translation>Wählen Sie einen Partner, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="293"/>
        <source>Registered with %1.</source>
        <translation>Bei %1 registriert.</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="315"/>
        <source>Unregister from %1?

The partner is told first; then every token between the two nodes stops working, whatever it answers.</source>
        <translation>Von %1 abmelden?

Der Partner wird zuerst informiert; danach werden alle Tokens zwischen den beiden Knoten ungültig, unabhängig von seiner Antwort.</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="340"/>
        <source>Cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="342"/>
        <source>Removed %1 (it was %2).</source>
        <translation>%1 entfernt (Zustand war %2).</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="351"/>
        <source>Remove partner</source>
        <translation>Partner entfernen</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="352"/>
        <source>Remove %1 (%2)?

Its tokens, including an unused token A, stop working and its queued deliveries are dropped. Objects received from it stay.</source>
        <translation>%1 (%2) entfernen?

Seine Tokens, einschließlich eines unbenutzten Token A, werden ungültig und seine eingereihten Zustellungen werden verworfen. Von ihm empfangene Objekte bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="357"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="373"/>
        <source>Drop parked delivery</source>
        <translation>Geparkte Zustellung verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="374"/>
        <source>Drop delivery %1 to %2?

The partner never receives it, and it cannot be queued again.</source>
        <translation>Zustellung %1 an %2 verwerfen?

Der Partner erhält sie nie, und sie kann nicht erneut eingereiht werden.</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="380"/>
        <source>Drop</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="387"/>
        <source>Cannot drop delivery %1: %2</source>
        <translation>Zustellung %1 kann nicht verworfen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="389"/>
        <source>Delivery %1 is no longer parked (sent again or dropped meanwhile).</source>
        <translation>Zustellung %1 ist nicht mehr geparkt (inzwischen erneut gesendet oder verworfen).</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="391"/>
        <source>Delivery %1 to %2 dropped; the partner will not receive it.</source>
        <translation>Zustellung %1 an %2 verworfen; der Partner erhält sie nicht.</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="416"/>
        <source>Pulling from %1…</source>
        <translation>Abruf von %1…</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="420"/>
        <source>Pulling from %1 failed: %2</source>
        <translation>Abruf von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="424"/>
        <source>%1: %2 stored, %3 skipped</source>
        <translation>%1: %2 gespeichert, %3 übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="425"/>
        <source>Pulled from %1: %2.</source>
        <translation>Von %1 abgerufen: %2.</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="441"/>
        <source>Cannot queue the refused pushes to %1 again: %2</source>
        <translation>Die abgelehnten Pushes an %1 können nicht erneut eingereiht werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/partnerspage.cpp" line="443"/>
        <source>%n refused push(es) to %1 queued again.</source>
        <translation>
            <numerusform>%n abgelehnter Push an %1 erneut eingereiht.</numerusform>
            <numerusform>%n abgelehnte Pushes an %1 erneut eingereiht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="452"/>
        <source>Updating the credentials with %1…</source>
        <translation>Zugangsdaten mit %1 werden erneuert…</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="452"/>
        <source>Unregistering from %1…</source>
        <translation>Abmeldung von %1…</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="457"/>
        <source>Updating the credentials with %1 failed: %2</source>
        <translation>Erneuern der Zugangsdaten mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="458"/>
        <source>Unregistering from %1 failed: %2</source>
        <translation>Abmeldung von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="461"/>
        <source>New credentials exchanged with %1.</source>
        <translation>Neue Zugangsdaten mit %1 ausgetauscht.</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="463"/>
        <source>Unregistered from %1: %2</source>
        <translation>Von %1 abgemeldet: %2</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="478"/>
        <source>%1 now gets tokens encoded as: %2</source>
        <translation>%1 erhält Tokens jetzt kodiert als: %2</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="480"/>
        <source>Could not change the token encoding: %1</source>
        <translation>Die Token-Kodierung konnte nicht geändert werden: %1</translation>
    </message>
</context>
<context>
    <name>ocpi::ProfileChart</name>
    <message>
        <location filename="../ui/profilechart.cpp" line="59"/>
        <source>%1 %2 from %3 min</source>
        <translation>%1 %2 ab %3 min</translation>
    </message>
    <message>
        <location filename="../ui/profilechart.cpp" line="43"/>
        <location filename="../ui/profilechart.cpp" line="50"/>
        <location filename="../ui/profilechart.cpp" line="105"/>
        <source>No profile known yet</source>
        <translation>Noch kein Profil bekannt</translation>
    </message>
    <message>
        <location filename="../ui/profilechart.cpp" line="42"/>
        <source>Charging profile</source>
        <translation>Ladeprofil</translation>
    </message>
    <message>
        <location filename="../ui/profilechart.cpp" line="75"/>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message>
        <location filename="../ui/profilechart.cpp" line="77"/>
        <source>%1 from %2</source>
        <translation>%1 ab %2</translation>
    </message>
    <message>
        <location filename="../ui/profilechart.cpp" line="78"/>
        <source>%1 after %2 min</source>
        <translation>%1 nach %2 min</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/profilechart.cpp" line="81"/>
        <source>%n more step(s)</source>
        <translation>
            <numerusform>%n weiterer Schritt</numerusform>
            <numerusform>%n weitere Schritte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/profilechart.cpp" line="128"/>
        <source>now</source>
        <translation>jetzt</translation>
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
        <translation>Anfragen pro Minute in der letzten Stunde</translation>
    </message>
    <message>
        <location filename="../ui/ratechart.cpp" line="23"/>
        <source>Click to open the traffic.</source>
        <translation>Klicken, um den Datenverkehr zu öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/ratechart.cpp" line="37"/>
        <source>Last hour: %1 requests, %2 errors, busiest minute %3 requests</source>
        <translation>Letzte Stunde: %1 Anfragen, %2 Fehler, Spitzenminute %3 Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/ratechart.cpp" line="67"/>
        <source>%1/min</source>
        <translation>%1/min</translation>
    </message>
    <message>
        <location filename="../ui/ratechart.cpp" line="68"/>
        <source>60 min ago</source>
        <translation>vor 60 min</translation>
    </message>
    <message>
        <location filename="../ui/ratechart.cpp" line="69"/>
        <source>now</source>
        <translation>jetzt</translation>
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
        <translation>Geben Sie die Versions-URL und das Registrierungstoken (Token A) ein, die Ihnen der Partner gegeben hat.</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="36"/>
        <source>optional: else the partner&apos;s business name</source>
        <translation>optional: sonst der Firmenname des Partners</translation>
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
        <translation>Roh</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="41"/>
        <source>How to write tokens to this partner. Automatic tries Base64 (OCPI 2.2.1) and falls back to raw for older implementations.</source>
        <translation>Wie Tokens an diesen Partner geschrieben werden. Automatisch versucht Base64 (OCPI 2.2.1) und weicht für ältere Implementierungen auf roh aus.</translation>
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
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="50"/>
        <source>Token encoding:</source>
        <translation>Token-Kodierung:</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="73"/>
        <source>The versions URL must be an http or https URL.</source>
        <translation>Die Versions-URL muss eine http- oder https-URL sein.</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="78"/>
        <source>A token has at most 64 printable characters and no spaces.</source>
        <translation>Ein Token hat höchstens 64 druckbare Zeichen und keine Leerzeichen.</translation>
    </message>
</context>
<context>
    <name>ocpi::RegisterProgressPage</name>
    <message>
        <location filename="../ui/registerwizard.cpp" line="104"/>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="113"/>
        <source>The registered partner&apos;s parties and endpoints</source>
        <translation>Parteien und Endpunkte des registrierten Partners</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="128"/>
        <source>Exchanging credentials with the partner; this window stays usable meanwhile.</source>
        <translation>Zugangsdaten werden mit dem Partner ausgetauscht; dieses Fenster bleibt währenddessen bedienbar.</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="130"/>
        <source>Registering with %1…</source>
        <translation>Registrierung bei %1…</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="154"/>
        <source>The partner&apos;s parties and endpoints are stored; it is listed on the Partners page.</source>
        <translation>Die Parteien und Endpunkte des Partners sind gespeichert; er wird auf der Seite Partner aufgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="155"/>
        <source>Registered with %1.</source>
        <translation>Bei %1 registriert.</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="160"/>
        <source>The registration failed: %1</source>
        <translation>Die Registrierung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="161"/>
        <source>Go back to correct the input, or close the wizard.</source>
        <translation>Gehen Sie zurück, um die Eingaben zu korrigieren, oder schließen Sie den Assistenten.</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="171"/>
        <source>Parties:</source>
        <translation>Parteien:</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="176"/>
        <source>Version: %1</source>
        <translation>Version: %1</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="176"/>
        <source>Endpoints:</source>
        <translation>Endpunkte:</translation>
    </message>
</context>
<context>
    <name>ocpi::RegisterWizard</name>
    <message>
        <location filename="../ui/registerwizard.cpp" line="194"/>
        <source>Register with a partner</source>
        <translation>Bei einem Partner registrieren</translation>
    </message>
</context>
<context>
    <name>ocpi::ReservationDialog</name>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="20"/>
        <source>Ask for a reservation</source>
        <translation>Reservierung anfragen</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="22"/>
        <source>Registered partners that announce the reservations module</source>
        <translation>Registrierte Partner, die das Reservierungsmodul anbieten</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="24"/>
        <source>The partner&apos;s locations as this node holds them (pushed by the CPO or pulled)</source>
        <translation>Die Standorte des Partners, wie dieser Knoten sie vorhält (vom CPO gepusht oder abgerufen)</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="27"/>
        <source>Our own tokens: the EVSE is held for this one</source>
        <translation>Unsere eigenen Tokens: das EVSE wird für dieses Token freigehalten</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="32"/>
        <source>Accept the offer at once</source>
        <translation>Angebot sofort annehmen</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="33"/>
        <source>Without it the offer waits on the Reservations page for Accept or Cancel</source>
        <translation>Ohne diese Option wartet das Angebot auf der Seite Reservierungen auf Annehmen oder Stornieren</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="36"/>
        <source>Partner CPO:</source>
        <translation>Partner-CPO:</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="37"/>
        <source>Location:</source>
        <translation>Standort:</translation>
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
        <translation>Von:</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="41"/>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="54"/>
        <source>Ask for an offer</source>
        <translation>Angebot anfragen</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="65"/>
        <location filename="../ui/reservationdialog.cpp" line="107"/>
        <source>(any: the CPO chooses)</source>
        <translation>(beliebig: der CPO wählt)</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="79"/>
        <source>Could not read the partners</source>
        <translation>Die Partner konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="81"/>
        <source>No registered partner announces the reservations module: it must run with --reservations on, then update the registration (Partners page).</source>
        <translation>Kein registrierter Partner bietet das Reservierungsmodul an: er muss mit --reservations on laufen, danach die Registrierung erneuern (Seite Partner).</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="104"/>
        <source>Could not read the partner&apos;s locations</source>
        <translation>Die Standorte des Partners konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="110"/>
        <source>This node holds no location of this partner: pull its locations first (Partners page).</source>
        <translation>Dieser Knoten hat keinen Standort dieses Partners: rufen Sie zuerst seine Standorte ab (Seite Partner).</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="112"/>
        <source>This node has no token of its own to reserve for: create one on the Tokens page.</source>
        <translation>Dieser Knoten hat kein eigenes Token, für das reserviert werden kann: legen Sie eines auf der Seite Tokens an.</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="125"/>
        <source>To: the window must end after it starts.</source>
        <translation>Bis: das Zeitfenster muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="134"/>
        <source>Asking the CPO…</source>
        <translation>CPO wird angefragt…</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="137"/>
        <source>The request failed</source>
        <translation>Die Anfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="148"/>
        <source>Offered; accepting…</source>
        <translation>Angeboten; wird angenommen…</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="151"/>
        <source>The offer came, but accepting it failed (accept it on the Reservations page)</source>
        <translation>Das Angebot kam, aber das Annehmen schlug fehl (nehmen Sie es auf der Seite Reservierungen an)</translation>
    </message>
</context>
<context>
    <name>ocpi::ReservationsPage</name>
    <message>
        <location filename="../ui/reservationspage.cpp" line="42"/>
        <source>%1 %2 excl. VAT</source>
        <translation>%1 %2 ohne MwSt.</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="48"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="49"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="51"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="53"/>
        <source>we asked</source>
        <translation>von uns angefragt</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="54"/>
        <source>asked of us</source>
        <translation>bei uns angefragt</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="56"/>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="58"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="60"/>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="61"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="62"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="76"/>
        <source>Ask for a reservation…</source>
        <translation>Reservierung anfragen…</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="77"/>
        <source>Accept offer</source>
        <translation>Angebot annehmen</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="78"/>
        <source>Accept the selected offer: the CPO holds the EVSE from the window&apos;s start</source>
        <translation>Das ausgewählte Angebot annehmen: der CPO hält das EVSE ab Beginn des Zeitfensters frei</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="79"/>
        <source>Cancel reservation</source>
        <translation>Reservierung stornieren</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="80"/>
        <source>Cancel the selected reservation at the CPO (an active one frees its EVSE at once)</source>
        <translation>Die ausgewählte Reservierung beim CPO stornieren (eine aktive gibt ihr EVSE sofort frei)</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="86"/>
        <source>Reservations</source>
        <translation>Reservierungen</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="87"/>
        <source>Selected reservation</source>
        <translation>Ausgewählte Reservierung</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="95"/>
        <source>Time windows on an EVSE, offered with their price (custom module)</source>
        <translation>Zeitfenster an einem EVSE, mit ihrem Preis angeboten (eigenes Modul)</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="121"/>
        <source>Reservations are off on this node: start it with --reservations on (or OCPI_RESERVATIONS=on, or reservations=on in its settings file).</source>
        <translation>Reservierungen sind auf diesem Knoten aus: starten Sie ihn mit --reservations on (oder OCPI_RESERVATIONS=on, oder reservations=on in seiner Einstellungsdatei).</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="149"/>
        <source>the newest %1 reservations</source>
        <translation>die neuesten %1 Reservierungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reservationspage.cpp" line="150"/>
        <source>%n reservation(s)</source>
        <translation>
            <numerusform>%n Reservierung</numerusform>
            <numerusform>%n Reservierungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="157"/>
        <source>Could not read the reservations: %1</source>
        <translation>Die Reservierungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="187"/>
        <source>Select a reservation to see it whole.</source>
        <translation>Wählen Sie eine Reservierung, um sie vollständig zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="197"/>
        <source>Ask a partner CPO for a time window on one of its EVSEs</source>
        <translation>Einen Partner-CPO nach einem Zeitfenster an einem seiner EVSEs fragen</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="198"/>
        <source>Reservations are asked for as an eMSP: this node hosts no eMSP party</source>
        <translation>Reservierungen werden als eMSP angefragt: dieser Knoten hostet keine eMSP-Partei</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="216"/>
        <source>%1: the CPO refused: %2</source>
        <translation>%1: der CPO hat abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="217"/>
        <source>%1: %2 by the CPO.</source>
        <translation>%1: %2 vom CPO.</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="237"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="239"/>
        <source>%1 could not be %2: %3</source>
        <translation>%1 konnte nicht %2 werden: %3</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="239"/>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="239"/>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
</context>
<context>
    <name>ocpi::SendCommandDialog</name>
    <message>
        <location filename="../ui/objectpickers.cpp" line="56"/>
        <source>%1, not valid</source>
        <translation>%1, ungültig</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="38"/>
        <source>Send a command</source>
        <translation>Befehl senden</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="40"/>
        <source>Registered partners holding a CPO role</source>
        <translation>Registrierte Partner mit einer CPO-Rolle</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="45"/>
        <source>The partner&apos;s locations as this node holds them (pushed by the CPO or pulled)</source>
        <translation>Die Standorte des Partners, wie dieser Knoten sie vorhält (vom CPO gepusht oder abgerufen)</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="49"/>
        <source>Our own tokens: the command carries the whole token (CMD-07)</source>
        <translation>Unsere eigenen Tokens: der Befehl enthält das vollständige Token (CMD-07)</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="51"/>
        <source>The partner&apos;s sessions as this node holds them</source>
        <translation>Die Ladevorgänge des Partners, wie dieser Knoten sie vorhält</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="57"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="58"/>
        <source>The authorization_reference this node gave when the CPO asked to authorize the token (Tokens page, Authorize); the session and the CDR carry it back</source>
        <translation>Die authorization_reference, die dieser Knoten angab, als der CPO die Autorisierung des Tokens anfragte (Seite Tokens, Autorisieren); Ladevorgang und CDR führen sie zurück</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="61"/>
        <source>the start of a location id, token uid or session id</source>
        <translation>der Anfang einer Standort-ID, Token-UID oder Ladevorgangs-ID</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="68"/>
        <source>Partner CPO:</source>
        <translation>Partner-CPO:</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="69"/>
        <source>Command:</source>
        <translation>Befehl:</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="70"/>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="71"/>
        <source>Location:</source>
        <translation>Standort:</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="72"/>
        <source>EVSE:</source>
        <translation>EVSE:</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="73"/>
        <source>Connector:</source>
        <translation>Anschluss:</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="74"/>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="75"/>
        <source>Session:</source>
        <translation>Ladevorgang:</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="76"/>
        <source>Reservation ends:</source>
        <translation>Reservierung endet:</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="77"/>
        <source>Reservation id:</source>
        <translation>Reservierungs-ID:</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="78"/>
        <source>Authorization reference:</source>
        <translation>Autorisierungsreferenz:</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="88"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="152"/>
        <source>Could not read the partners: %1</source>
        <translation>Die Partner konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="156"/>
        <source>No registered partner holds a CPO role: register with a CPO first.</source>
        <translation>Kein registrierter Partner hat eine CPO-Rolle: registrieren Sie sich zuerst bei einem CPO.</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="184"/>
        <source>Could not read the partner&apos;s objects: %1</source>
        <translation>Die Objekte des Partners konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="209"/>
        <source>No location id starts with &quot;%1&quot;.</source>
        <translation>Keine Standort-ID beginnt mit „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="211"/>
        <source>This node holds no location of this partner: pull its locations first (Partners page).</source>
        <translation>Dieser Knoten hat keinen Standort dieses Partners: rufen Sie zuerst seine Standorte ab (Seite Partner).</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="213"/>
        <source>The pickers show the first %1 of each kind: type the start of an id in Find for the others.</source>
        <translation>Die Auswahllisten zeigen jeweils die ersten %1 Einträge: geben Sie für die übrigen den Anfang einer ID unter Suchen ein.</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="227"/>
        <source>(any: the CPO chooses)</source>
        <translation>(beliebig: der CPO wählt)</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="236"/>
        <source>(any)</source>
        <translation>(beliebig)</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="306"/>
        <source>Choose a partner CPO.</source>
        <translation>Wählen Sie einen Partner-CPO.</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="306"/>
        <source>%1 needs: %2</source>
        <translation>%1 benötigt: %2</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="312"/>
        <source>Sending %1 to %2…</source>
        <translation>%1 wird an %2 gesendet…</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="317"/>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>ocpi::SessionsPage</name>
    <message>
        <location filename="../ui/sessionspage.cpp" line="40"/>
        <source>Charging profile…</source>
        <translation>Ladeprofil…</translation>
    </message>
    <message>
        <location filename="../ui/sessionspage.cpp" line="41"/>
        <source>Set, read or clear the power limit of this session at the CPO</source>
        <translation>Das Leistungslimit dieses Ladevorgangs beim CPO setzen, lesen oder löschen</translation>
    </message>
    <message>
        <location filename="../ui/sessionspage.cpp" line="83"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/sessionspage.cpp" line="84"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/sessionspage.cpp" line="85"/>
        <source>Where</source>
        <translation>Ort</translation>
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
        <translation>Dauer</translation>
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
        <translation>Ladevorgänge werden nie gelöscht: beenden Sie einen mit dem Status COMPLETED oder INVALID.</translation>
    </message>
</context>
<context>
    <name>ocpi::SettingsPage</name>
    <message>
        <location filename="../ui/settingspage.cpp" line="56"/>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="65"/>
        <source>Apply and restart the listener</source>
        <translation>Übernehmen und Listener neu starten</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="66"/>
        <source>Check every field, save the settings and restart the node on them</source>
        <translation>Alle Felder prüfen, die Einstellungen speichern und den Knoten damit neu starten</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="67"/>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="68"/>
        <source>Show the running node&apos;s settings again</source>
        <translation>Wieder die Einstellungen des laufenden Knotens anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="87"/>
        <source>The node did not start on these settings: %1. Correct them and apply again.</source>
        <translation>Der Knoten ist mit diesen Einstellungen nicht gestartet: %1. Korrigieren Sie sie und übernehmen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="113"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="115"/>
        <source>set by %1, which wins over the saved value at the next start</source>
        <translation>gesetzt durch %1, das beim nächsten Start Vorrang vor dem gespeicherten Wert hat</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="117"/>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="120"/>
        <source>%1 (change it with --db; the console keeps one database while it runs)</source>
        <translation>%1 (ändern mit --db; die Konsole behält eine Datenbank, solange sie läuft)</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="150"/>
        <source>1 setting needs correcting; nothing was saved.</source>
        <translation>1 Einstellung muss korrigiert werden; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="151"/>
        <source>%1 settings need correcting; nothing was saved.</source>
        <translation>%1 Einstellungen müssen korrigiert werden; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="164"/>
        <source>Not saved: %1. Check that the folder is writable.</source>
        <translation>Nicht gespeichert: %1. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="171"/>
        <source>Saved to %1; restarting the listener…</source>
        <translation>Gespeichert in %1; Listener wird neu gestartet…</translation>
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
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="40"/>
        <source>Copy the versions URL</source>
        <translation>Versions-URL kopieren</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="41"/>
        <source>Copy the versions URL to give it to a partner</source>
        <translation>Die Versions-URL kopieren, um sie einem Partner zu geben</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="53"/>
        <source>The node processes serving this database (several on PostgreSQL behind a load balancer); the leader runs the work that must happen once (command timeouts, simulated charge points)</source>
        <translation>Die Knotenprozesse, die diese Datenbank bedienen (mehrere bei PostgreSQL hinter einem Load Balancer); der Leader erledigt die Arbeit, die nur einmal geschehen darf (Befehls-Timeouts, simulierte Ladepunkte)</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="57"/>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="58"/>
        <source>Listening at:</source>
        <translation>Lauscht auf:</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="59"/>
        <source>Versions URL:</source>
        <translation>Versions-URL:</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="60"/>
        <source>Hosted parties:</source>
        <translation>Gehostete Parteien:</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="61"/>
        <source>Started at:</source>
        <translation>Gestartet um:</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="62"/>
        <source>Uptime:</source>
        <translation>Laufzeit:</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="63"/>
        <source>Requests served:</source>
        <translation>Bediente Anfragen:</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="64"/>
        <source>Request log:</source>
        <translation>Anfrageprotokoll:</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="65"/>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="66"/>
        <source>Processes:</source>
        <translation>Prozesse:</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="95"/>
        <source>(demo identity: no --party given)</source>
        <translation>(Demo-Identität: kein --party angegeben)</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="105"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="106"/>
        <source>Serving</source>
        <translation>In Betrieb</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="108"/>
        <source>Not serving: %1</source>
        <translation>Nicht in Betrieb: %1</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="110"/>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="128"/>
        <source>%1 exchanges written</source>
        <translation>%1 Einträge geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="130"/>
        <source>%1 dropped (writer overloaded)</source>
        <translation>%1 verworfen (Schreiber überlastet)</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="141"/>
        <source>cannot read them: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="149"/>
        <source>gone (last seen %1)</source>
        <translation>beendet (zuletzt gesehen %1)</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="151"/>
        <source>serving, leads</source>
        <translation>in Betrieb, Leader</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="151"/>
        <source>serving</source>
        <translation>in Betrieb</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="152"/>
        <source>%1 pid %2, %3: %4</source>
        <translation>%1 PID %2, %3: %4</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="154"/>
        <source>(this console)</source>
        <translation>(diese Konsole)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/statuspage.cpp" line="173"/>
        <source>%n day(s) %1</source>
        <translation>
            <numerusform>%n Tag %1</numerusform>
            <numerusform>%n Tage %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ocpi::TariffsPage</name>
    <message>
        <location filename="../ui/tariffspage.cpp" line="16"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="17"/>
        <source>Withdraw the selected tariff; partners are told to delete their copy</source>
        <translation>Den ausgewählten Tarif zurückziehen; die Partner werden aufgefordert, ihre Kopie zu löschen</translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="27"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="28"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="30"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="33"/>
        <source>(all)</source>
        <translation>(alle)</translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="35"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="72"/>
        <source>Delete tariff</source>
        <translation>Tarif löschen</translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="73"/>
        <source>Delete tariff %1 of %2?

Partners are told to delete their copy. A tariff still named in a connector&apos;s tariff_ids is not deleted: change those first.</source>
        <translation>Tarif %1 von %2 löschen?

Die Partner werden aufgefordert, ihre Kopie zu löschen. Ein Tarif, der noch in den tariff_ids eines Anschlusses steht, wird nicht gelöscht: ändern Sie diese zuerst.</translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="78"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="85"/>
        <source>Deleted tariff %1.</source>
        <translation>Tarif %1 gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="87"/>
        <source>Could not delete tariff %1: %2</source>
        <translation>Tarif %1 konnte nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>ocpi::TokensPage</name>
    <message>
        <location filename="../ui/tokenspage.cpp" line="14"/>
        <source>Invalidate</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="15"/>
        <source>Block the selected token (valid = false); CPOs are told with a PATCH</source>
        <translation>Das ausgewählte Token sperren (valid = false); CPOs werden per PATCH informiert</translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="16"/>
        <source>Validate</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="17"/>
        <source>Make the selected token valid again; CPOs are told with a PATCH</source>
        <translation>Das ausgewählte Token wieder gültig machen; CPOs werden per PATCH informiert</translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="18"/>
        <source>Authorize…</source>
        <translation>Autorisieren…</translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="19"/>
        <source>Ask this node&apos;s real-time authorization about one of our tokens</source>
        <translation>Die Echtzeit-Autorisierung dieses Knotens zu einem unserer Tokens befragen</translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="33"/>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="34"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="35"/>
        <source>Contract id</source>
        <translation>Vertrags-ID</translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="36"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="37"/>
        <source>Whitelist</source>
        <translation>Whitelist</translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="91"/>
        <source>Could not change token %1: %2</source>
        <translation>Token %1 konnte nicht geändert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="93"/>
        <source>Token %1 is valid again.</source>
        <translation>Token %1 ist wieder gültig.</translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="94"/>
        <source>Token %1 is invalidated.</source>
        <translation>Token %1 ist gesperrt.</translation>
    </message>
</context>
<context>
    <name>ocpi::TrafficDetailView</name>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="33"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="34"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="44"/>
        <source>Select an exchange to see its headers and bodies.</source>
        <translation>Wählen Sie einen Eintrag, um seine Header und Bodys zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="50"/>
        <source>incoming from %1</source>
        <translation>eingehend von %1</translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="50"/>
        <source>an unknown client</source>
        <translation>einem unbekannten Client</translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="52"/>
        <source>outgoing to %1</source>
        <translation>ausgehend an %1</translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="54"/>
        <source>%1 %2 — %3; no answer: %4, after %5 ms</source>
        <translation>%1 %2 — %3; keine Antwort: %4, nach %5 ms</translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="56"/>
        <source>no HTTP response</source>
        <translation>keine HTTP-Antwort</translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="58"/>
        <source>%1 %2 — %3; HTTP %4, OCPI %5, %6 ms</source>
        <translation>%1 %2 — %3; HTTP %4, OCPI %5, %6 ms</translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="61"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="64"/>
        <source>X-Request-ID %1, X-Correlation-ID %2</source>
        <translation>X-Request-ID %1, X-Correlation-ID %2</translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="66"/>
        <source>Accepted with warnings: %1</source>
        <translation>Mit Warnungen angenommen: %1</translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="70"/>
        <source>No response: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
</context>
<context>
    <name>ocpi::TrafficFilterBar</name>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="38"/>
        <source>All partners</source>
        <translation>Alle Partner</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="38"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="39"/>
        <source>All modules</source>
        <translation>Alle Module</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="39"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="42"/>
        <source>Both directions</source>
        <translation>Beide Richtungen</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="42"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="43"/>
        <source>Incoming</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="44"/>
        <source>Outgoing</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="45"/>
        <source>All methods</source>
        <translation>Alle Methoden</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="45"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="48"/>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="48"/>
        <source>One status (404) or a class (4xx)</source>
        <translation>Ein Status (404) oder eine Klasse (4xx)</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="49"/>
        <source>OCPI status</source>
        <translation>OCPI-Status</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="49"/>
        <source>One status (2001) or a class (2xxx)</source>
        <translation>Ein Status (2001) oder eine Klasse (2xxx)</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="50"/>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="51"/>
        <source>HTTP 4xx and 5xx, OCPI statuses other than 1xxx, and calls that got no answer</source>
        <translation>HTTP 4xx und 5xx, OCPI-Status außer 1xxx und Aufrufe ohne Antwort</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="74"/>
        <source>&apos;%1&apos; is not a status: write one (404) or a class (4xx)</source>
        <translation>&apos;%1&apos; ist kein Status: geben Sie einen (404) oder eine Klasse (4xx) an</translation>
    </message>
</context>
<context>
    <name>ocpi::TrafficModel</name>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="54"/>
        <source>in</source>
        <translation>eing.</translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="54"/>
        <source>out</source>
        <translation>ausg.</translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="61"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="71"/>
        <source>Request from a partner to this node</source>
        <translation>Anfrage eines Partners an diesen Knoten</translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="72"/>
        <source>Request from this node to a partner</source>
        <translation>Anfrage dieses Knotens an einen Partner</translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="108"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="109"/>
        <source>Dir</source>
        <translation>Richt.</translation>
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
        <translation>Objekt</translation>
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
        <translation>Nach Methode, URL oder Partner filtern</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="69"/>
        <location filename="../ui/trafficpage.cpp" line="144"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="71"/>
        <source>Stop adding new exchanges to the list while you inspect it</source>
        <translation>Keine neuen Einträge zur Liste hinzufügen, während Sie sie untersuchen</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="72"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="73"/>
        <source>Empty the list; the request log itself is kept</source>
        <translation>Die Liste leeren; das Anfrageprotokoll selbst bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="75"/>
        <source>Replay</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="76"/>
        <source>Send the selected outgoing request again to its partner, with the current token</source>
        <translation>Die ausgewählte ausgehende Anfrage mit dem aktuellen Token erneut an ihren Partner senden</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="77"/>
        <source>Export HAR…</source>
        <translation>HAR exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="78"/>
        <source>Save the selected exchanges (all shown when none is selected) as a HAR 1.2 file</source>
        <translation>Die ausgewählten Einträge (alle angezeigten, wenn keiner ausgewählt ist) als HAR-1.2-Datei speichern</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="94"/>
        <source>Exchanges</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="135"/>
        <source>Export as HAR</source>
        <translation>Als HAR exportieren</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="136"/>
        <source>HTTP Archive (*.har);;All files (*)</source>
        <translation>HTTP-Archiv (*.har);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="144"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="196"/>
        <source>Select one outgoing request to send it again</source>
        <translation>Wählen Sie eine ausgehende Anfrage, um sie erneut zu senden</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="202"/>
        <source>Send this request again to its partner, with the current token</source>
        <translation>Diese Anfrage mit dem aktuellen Token erneut an ihren Partner senden</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="203"/>
        <location filename="../ui/trafficpage.cpp" line="222"/>
        <location filename="../ui/trafficpage.cpp" line="234"/>
        <source>Cannot replay: %1</source>
        <translation>Wiederholen nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="210"/>
        <source>Select one outgoing request to replay.</source>
        <translation>Wählen Sie eine ausgehende Anfrage zum Wiederholen.</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="217"/>
        <source>The exchange is no longer in the request log.</source>
        <translation>Der Eintrag ist nicht mehr im Anfrageprotokoll.</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="226"/>
        <source>Replaying %1 %2…</source>
        <translation>%1 %2 wird wiederholt…</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="236"/>
        <source>Replayed %1 %2: %3</source>
        <translation>%1 %2 wiederholt: %3</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="253"/>
        <source>Cannot export: %1</source>
        <translation>Export nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficpage.cpp" line="259"/>
        <source>Exported %n exchange(s) to %1</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert</numerusform>
            <numerusform>%n Einträge nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="260"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="321"/>
        <source>Select an exchange to see its headers and bodies.</source>
        <translation>Wählen Sie einen Eintrag, um seine Header und Bodys zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="328"/>
        <source>Reading exchange %1…</source>
        <translation>Eintrag %1 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="335"/>
        <source>Exchange %1 is no longer in the request log.</source>
        <translation>Eintrag %1 ist nicht mehr im Anfrageprotokoll.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficpage.cpp" line="345"/>
        <source>Newest %n exchange(s); older ones are read as you scroll</source>
        <translation>
            <numerusform>Neuester %n Eintrag; ältere werden beim Scrollen gelesen</numerusform>
            <numerusform>Neueste %n Einträge; ältere werden beim Scrollen gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficpage.cpp" line="346"/>
        <source>%1 of the newest %n exchange(s); older ones are read as you scroll</source>
        <translation>
            <numerusform>%1 des neuesten %n Eintrags; ältere werden beim Scrollen gelesen</numerusform>
            <numerusform>%1 der neuesten %n Einträge; ältere werden beim Scrollen gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficpage.cpp" line="350"/>
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficpage.cpp" line="351"/>
        <source>%1 of %n exchange(s)</source>
        <translation>
            <numerusform>%1 von %n Eintrag</numerusform>
            <numerusform>%1 von %n Einträgen</numerusform>
        </translation>
    </message>
</context>
</TS>
