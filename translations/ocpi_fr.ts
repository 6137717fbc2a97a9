<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../ui/languagemenu.cpp" line="32"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../ui/languagemenu.cpp" line="35"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../ui/languagemenu.cpp" line="52"/>
        <source>The console speaks %1 from its next start.</source>
        <translation>La console passera en %1 au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>NodeConfig</name>
    <message>
        <location filename="../node/config/nodeconfig.cpp" line="237"/>
        <source>INI configuration file (env OCPI_CONFIG).</source>
        <translation>Fichier de configuration INI (variable OCPI_CONFIG).</translation>
    </message>
</context>
<context>
    <name>ObjectRow</name>
    <message>
        <location filename="../ui/objectrow.cpp" line="10"/>
        <source>ours</source>
        <translation>à nous</translation>
    </message>
    <message>
        <location filename="../ui/objectrow.cpp" line="11"/>
        <source>partner %1</source>
        <translation>partenaire %1</translation>
    </message>
</context>
<context>
    <name>ReservationsController</name>
    <message>
        <location filename="../ui/reservationscontroller.cpp" line="14"/>
        <source>the reservations module is off: start the node with --reservations on (OCPI_RESERVATIONS=on)</source>
        <translation>le module des réservations est désactivé&#xa0;: démarrez le nœud avec --reservations on (OCPI_RESERVATIONS=on)</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../ui/settingsform.cpp" line="31"/>
        <source>Parties (CC-PID:ROLE, comma-separated)</source>
        <translation>Parties (CC-PID:ROLE, séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="50"/>
        <source>Business name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="56"/>
        <source>Listen address</source>
        <translation>Adresse d&apos;écoute</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="58"/>
        <source>Port (0 picks a free one)</source>
        <translation>Port (0&#xa0;: un port libre au choix)</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="60"/>
        <source>Public URL (empty: the listen address)</source>
        <translation>URL publique (vide&#xa0;: l&apos;adresse d&apos;écoute)</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="63"/>
        <source>Largest page of a list</source>
        <translation>Taille maximale d&apos;une page de liste</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="65"/>
        <source>Largest request body (bytes)</source>
        <translation>Taille maximale du corps de requête (octets)</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="68"/>
        <source>Partner timeout (seconds)</source>
        <translation>Délai d&apos;attente des partenaires (secondes)</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="71"/>
        <source>Longest delay between delivery attempts (seconds)</source>
        <translation>Délai maximal entre deux tentatives d&apos;envoi (secondes)</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="74"/>
        <source>Invitation token lifetime (days)</source>
        <translation>Durée de validité du jeton d&apos;invitation (jours)</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="77"/>
        <source>Partner URLs allowed</source>
        <translation>URL de partenaires admises</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="80"/>
        <source>Keep the request log (days, 0: by number only)</source>
        <translation>Conserver le journal des requêtes (jours, 0&#xa0;: selon le nombre seulement)</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="83"/>
        <source>Reservations module (on/off)</source>
        <translation>Module des réservations (on/off)</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="86"/>
        <source>Simulated charge points&apos; speed</source>
        <translation>Vitesse des bornes simulées</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="122"/>
        <source>not a setting the console edits</source>
        <translation>paramètre non modifiable dans la console</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="128"/>
        <source>%1 must not be empty</source>
        <translation>%1 ne doit pas être vide</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="157"/>
        <source>cannot create the folder of %1</source>
        <translation>impossible de créer le dossier de %1</translation>
    </message>
    <message>
        <location filename="../ui/settingsform.cpp" line="170"/>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
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
        <translation>%1 %2/h de charge</translation>
    </message>
    <message>
        <location filename="../node/pricing/tariffsummary.cpp" line="61"/>
        <source>%1 %2/h parking</source>
        <translation>%1 %2/h de stationnement</translation>
    </message>
    <message>
        <location filename="../node/pricing/tariffsummary.cpp" line="62"/>
        <source>%1 %2 start</source>
        <translation>%1 %2 au démarrage</translation>
    </message>
    <message>
        <location filename="../node/pricing/tariffsummary.cpp" line="86"/>
        <source>no VAT</source>
        <translation>sans TVA</translation>
    </message>
    <message>
        <location filename="../node/pricing/tariffsummary.cpp" line="88"/>
        <source>excl. %1 % VAT</source>
        <translation>HT (TVA %1 %)</translation>
    </message>
    <message>
        <location filename="../node/pricing/tariffsummary.cpp" line="89"/>
        <source>excl. VAT</source>
        <translation>HT</translation>
    </message>
    <message>
        <location filename="../node/pricing/tariffsummary.cpp" line="98"/>
        <source>(unreadable tariff: %1)</source>
        <translation>(tarif illisible : %1)</translation>
    </message>
    <message>
        <location filename="../node/pricing/tariffsummary.cpp" line="130"/>
        <source>free of charge</source>
        <translation>gratuit</translation>
    </message>
    <message>
        <location filename="../node/pricing/tariffsummary.cpp" line="135"/>
        <source>varies by time or use</source>
        <translation>varie selon l&apos;heure ou l&apos;usage</translation>
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
        <translation>réservation facturée à part</translation>
    </message>
</context>
<context>
    <name>TrafficReplay</name>
    <message>
        <location filename="../node/traffic/trafficreplay.cpp" line="35"/>
        <source>this request came from the partner: only the partner can send it again. Replay sends requests this node made.</source>
        <translation>cette requête venait du partenaire&#xa0;: seul le partenaire peut la renvoyer. Rejouer renvoie les requêtes émises par ce nœud.</translation>
    </message>
    <message>
        <location filename="../node/traffic/trafficreplay.cpp" line="38"/>
        <source>the request was not made to a known partner (a registration before the partner existed): there is no token to send it with</source>
        <translation>la requête n&apos;a pas été adressée à un partenaire connu (une inscription antérieure à l&apos;existence du partenaire)&#xa0;: il n&apos;y a aucun jeton avec lequel l&apos;envoyer</translation>
    </message>
    <message>
        <location filename="../node/traffic/trafficreplay.cpp" line="41"/>
        <source>a credentials call is not replayed: it would register, update or unregister again; use register, update or unregister</source>
        <translation>un appel credentials n&apos;est pas rejoué&#xa0;: il inscrirait, mettrait à jour ou désinscrirait de nouveau&#xa0;; utilisez register, update ou unregister</translation>
    </message>
    <message>
        <location filename="../node/traffic/trafficreplay.cpp" line="44"/>
        <source>the request log kept only the start of this request&apos;s body (its size limit): sending it again would send a cut body</source>
        <translation>le journal des requêtes n&apos;a conservé que le début du corps de cette requête (sa limite de taille)&#xa0;: la renvoyer enverrait un corps tronqué</translation>
    </message>
    <message>
        <location filename="../node/traffic/trafficreplay.cpp" line="47"/>
        <source>the body carried a token that the request log masked: it cannot be sent again as it was</source>
        <translation>le corps contenait un jeton que le journal des requêtes a masqué&#xa0;: il ne peut pas être renvoyé tel quel</translation>
    </message>
    <message>
        <location filename="../node/traffic/trafficreplay.cpp" line="60"/>
        <source>the partner of this request is gone (%1)</source>
        <translation>le partenaire de cette requête n&apos;existe plus (%1)</translation>
    </message>
    <message>
        <location filename="../node/traffic/trafficreplay.cpp" line="64"/>
        <source>%1 is %2, not registered: there is no token to send the request with</source>
        <translation>%1 est %2, non inscrit&#xa0;: il n&apos;y a aucun jeton avec lequel envoyer la requête</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="34"/>
        <source>OCPI 2.2.1 node. Commands (default: serve):</source>
        <translation>Nœud OCPI 2.2.1. Commandes (par défaut&#xa0;: serve)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="37"/>
        <source>Run &apos;ocpi-node &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Lancez «&#xa0;ocpi-node &lt;commande&gt; --help&#xa0;» pour les options d&apos;une commande.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="58"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="74"/>
        <source>Print results as JSON.</source>
        <translation>Afficher les résultats en JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="19"/>
        <source>Serve OCPI to partners until SIGTERM/SIGINT.</source>
        <translation>Servir OCPI aux partenaires jusqu&apos;à SIGTERM/SIGINT.</translation>
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
        <translation>--speed doit être un nombre entier d&apos;au moins 1, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="25"/>
        <source>Start a CPO and an eMSP node on loopback with temporary databases and play the whole OCPI story between them; exit 0 when every step succeeded.</source>
        <translation>Démarrer un nœud CPO et un nœud eMSP sur l&apos;interface de bouclage avec des bases de données temporaires et dérouler entre eux tout le scénario OCPI&#xa0;; code de sortie 0 si toutes les étapes ont réussi.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="31"/>
        <source>Divide the pause between steps by N (default 1: about a second).</source>
        <translation>Diviser la pause entre les étapes par N (par défaut 1&#xa0;: environ une seconde).</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="60"/>
        <source>step %1 (%2) failed: %3</source>
        <translation>l&apos;étape %1 (%2) a échoué&#xa0;: %3</translation>
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
        <translation>la démo ne s&apos;est pas terminée</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="79"/>
        <location filename="../app/console/consoledemo.cpp" line="149"/>
        <source>All %1 steps succeeded.</source>
        <translation>Les %1 étapes ont toutes réussi.</translation>
    </message>
    <message>
        <location filename="../app/cli/asyncrequests.cpp" line="88"/>
        <source>waiting for the result (until %1)...</source>
        <translation>attente du résultat (jusqu&apos;à %1)...</translation>
    </message>
    <message>
        <location filename="../app/cli/asyncrequests.cpp" line="98"/>
        <source>result: %1</source>
        <translation>résultat&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="46"/>
        <source>Send a command to a partner CPO and wait for its result (eMSP role).</source>
        <translation>Envoyer une commande à un CPO partenaire et attendre son résultat (rôle eMSP).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="55"/>
        <location filename="../app/cli/reservecommand.cpp" line="50"/>
        <source>The partner&apos;s location id.</source>
        <translation>L&apos;id du site du partenaire.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="56"/>
        <source>The EVSE uid.</source>
        <translation>L&apos;uid de l&apos;EVSE.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="57"/>
        <source>The connector id.</source>
        <translation>L&apos;id du connecteur.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="58"/>
        <location filename="../app/cli/reservecommand.cpp" line="52"/>
        <source>The uid of one of our own tokens.</source>
        <translation>L&apos;uid de l&apos;un de nos propres jetons.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="59"/>
        <source>The session id (STOP_SESSION).</source>
        <translation>L&apos;id de la session (STOP_SESSION).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="60"/>
        <source>When the reservation ends (RESERVE_NOW).</source>
        <translation>Fin de la réservation (RESERVE_NOW).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="61"/>
        <source>The reservation id.</source>
        <translation>L&apos;id de la réservation.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="62"/>
        <source>Our reference for the charge (START_SESSION, RESERVE_NOW).</source>
        <translation>Notre référence pour la charge (START_SESSION, RESERVE_NOW).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="64"/>
        <location filename="../app/cli/profilecommands.cpp" line="37"/>
        <source>Return after the CPO&apos;s response, without waiting for the result.</source>
        <translation>Rendre la main après la réponse du CPO, sans attendre le résultat.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="70"/>
        <source>command needs %1</source>
        <translation>command requiert %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="84"/>
        <location filename="../app/cli/reservecommand.cpp" line="87"/>
        <source>--token: no token &apos;%1&apos; of ours (see `ocpi-node list tokens`)</source>
        <translation>--token&#xa0;: aucun jeton «&#xa0;%1&#xa0;» à nous (voir `ocpi-node list tokens`)</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="92"/>
        <source>%1 to %2</source>
        <translation>%1 vers %2</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="122"/>
        <source>expected one of START_SESSION|STOP_SESSION|RESERVE_NOW|CANCEL_RESERVATION|UNLOCK_CONNECTOR, not &apos;%1&apos;</source>
        <translation>valeur attendue parmi START_SESSION|STOP_SESSION|RESERVE_NOW|CANCEL_RESERVATION|UNLOCK_CONNECTOR, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="135"/>
        <location filename="../app/cli/partnercommands.cpp" line="195"/>
        <source>%1 needs %2</source>
        <translation>%1 requiert %2</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="195"/>
        <source>CREATED</source>
        <translation>CRÉÉE</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="195"/>
        <source>DIRECTION</source>
        <translation>SENS</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="195"/>
        <location filename="../app/cli/outboxcommand.cpp" line="175"/>
        <source>PARTNER</source>
        <translation>PARTENAIRE</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="195"/>
        <source>COMMAND</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <location filename="../app/cli/commandcommands.cpp" line="195"/>
        <location filename="../app/cli/partnercommands.cpp" line="327"/>
        <location filename="../app/cli/processcommands.cpp" line="49"/>
        <source>STATE</source>
        <translation>ÉTAT</translation>
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
        <translation>%1 (hub) signale&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/hubcommands.cpp" line="82"/>
        <source>HUB</source>
        <translation>HUB</translation>
    </message>
    <message>
        <location filename="../app/cli/hubcommands.cpp" line="82"/>
        <source>PARTY</source>
        <translation>PARTIE</translation>
    </message>
    <message>
        <location filename="../app/cli/hubcommands.cpp" line="82"/>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <location filename="../app/cli/hubcommands.cpp" line="82"/>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <location filename="../app/cli/hubcommands.cpp" line="82"/>
        <location filename="../app/cli/objectcommands.cpp" line="262"/>
        <source>LAST UPDATED</source>
        <translation>MISE À JOUR</translation>
    </message>
    <message>
        <location filename="../app/cli/initcommand.cpp" line="29"/>
        <source>Create the node database (--db) and record the node&apos;s parties and address, before it first serves.</source>
        <translation>Créer la base de données du nœud (--db) et y enregistrer les parties et l&apos;adresse du nœud, avant qu&apos;il ne serve pour la première fois.</translation>
    </message>
    <message>
        <location filename="../app/cli/initcommand.cpp" line="64"/>
        <source>created %1 for %2</source>
        <translation>%1 créée pour %2</translation>
    </message>
    <message>
        <location filename="../app/cli/initcommand.cpp" line="64"/>
        <source>%1 exists; the node is %2</source>
        <translation>%1 existe&#xa0;; parties du nœud&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/initcommand.cpp" line="68"/>
        <source>a node is %1</source>
        <translation>nœud actif&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/initcommand.cpp" line="70"/>
        <source>note: no --party given: the node hosts the demo parties ZZ-OCN:CPO and ZZ-OCN:EMSP</source>
        <translation>note&#xa0;: aucun --party indiqué&#xa0;: le nœud héberge les parties de démo ZZ-OCN:CPO et ZZ-OCN:EMSP</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="49"/>
        <source>expected one of %1, not &apos;%2&apos;</source>
        <translation>valeur attendue parmi %1, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="60"/>
        <source>--owner must look like NL-TNM, not &apos;%1&apos;</source>
        <translation>--owner doit avoir la forme NL-TNM, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="89"/>
        <source>Import our own objects from a JSON array file (all or nothing); they are pushed to partners.</source>
        <translation>Importer nos propres objets depuis un fichier contenant un tableau JSON (tout ou rien)&#xa0;; ils sont envoyés aux partenaires.</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="96"/>
        <source>import needs %1 FILE.json</source>
        <translation>import requiert %1 FILE.json</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="107"/>
        <location filename="../app/cli/profilecommands.cpp" line="83"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="113"/>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation>%1 n&apos;est pas du JSON valide&#xa0;: %2 à la position %3</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="132"/>
        <source>imported %1 %2 (%3 new, %4 updated)</source>
        <translation>%1 objets %2 importés (%3 nouveaux, %4 mis à jour)</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="139"/>
        <source>; %1 unchanged, not pushed again</source>
        <translation>; %1 inchangés, non renvoyés</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="153"/>
        <source>Only objects of this party.</source>
        <translation>Uniquement les objets de cette partie.</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="184"/>
        <source>Print our own objects as a JSON array.</source>
        <translation>Afficher nos propres objets sous forme de tableau JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="204"/>
        <source>Show stored objects, ours and partners&apos;, the commands sent and received, or the node processes serving the database.</source>
        <translation>Afficher les objets enregistrés, les nôtres et ceux des partenaires, les commandes envoyées et reçues, ou les processus de nœud qui servent la base de données.</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="258"/>
        <source> (hub)</source>
        <translation> (hub)</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="259"/>
        <source>ours</source>
        <translation>à nous</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="262"/>
        <source>OWNER</source>
        <translation>PROPRIÉTAIRE</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="262"/>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="273"/>
        <source>Fetch a partner&apos;s locations, tariffs or tokens (all pages; since the last pull unless --full).</source>
        <translation>Récupérer les sites, tarifs ou jetons d&apos;un partenaire (toutes les pages&#xa0;; depuis la dernière récupération sauf avec --full).</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="279"/>
        <source>Fetch everything; objects the partner no longer lists are removed.</source>
        <translation>Tout récupérer&#xa0;; les objets que le partenaire ne liste plus sont supprimés.</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="284"/>
        <source>pull needs PARTNER [%1]</source>
        <translation>pull requiert PARTNER [%1]</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="325"/>
        <source>%1: %2 stored, %3 skipped, %4 removed (%5 pages)</source>
        <translation>%1&#xa0;: %2 enregistrés, %3 ignorés, %4 supprimés (%5 pages)</translation>
    </message>
    <message>
        <location filename="../app/cli/objectcommands.cpp" line="338"/>
        <source>%1 offers no Sender endpoint this node can pull</source>
        <translation>%1 ne propose aucun point d&apos;accès Sender que ce nœud puisse récupérer</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="56"/>
        <source>%1, but the node is %2</source>
        <translation>%1, mais les parties du nœud sont %2</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="60"/>
        <source>%1, but the node announces %2</source>
        <translation>%1, mais le nœud annonce %2</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="62"/>
        <source>no business name</source>
        <translation>aucune raison sociale</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="67"/>
        <source>%1, but the node answers at %2</source>
        <translation>%1, mais le nœud répond à %2</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="72"/>
        <source>%1, but the node %2 port %3</source>
        <translation>%1, mais le nœud %2 le port %3</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="74"/>
        <source>listens on</source>
        <translation>écoute sur</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="74"/>
        <source>listened on</source>
        <translation>écoutait sur</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="78"/>
        <source>%1, but the node listens on %2</source>
        <translation>%1, mais le nœud écoute sur %2</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="85"/>
        <source>these options contradict the node serving %1 (%2): %3. Leave them out to act as that node, or stop it and start `ocpi-node serve` with the new options</source>
        <translation>ces options contredisent le nœud qui sert %1 (%2)&#xa0;: %3. Omettez-les pour agir en tant que ce nœud, ou arrêtez-le et démarrez `ocpi-node serve` avec les nouvelles options</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="90"/>
        <source>note: %1 was %2 with other settings (%3); using the options given</source>
        <translation>note&#xa0;: %1 était %2 avec d&apos;autres paramètres (%3)&#xa0;; les options indiquées sont utilisées</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="129"/>
        <source>there is no node database at %1: check --db, or create the node with `ocpi-node init --db %1 --party CC-PID:ROLE` (`ocpi-node serve --db %1` creates it too)</source>
        <translation>aucune base de données de nœud à %1&#xa0;: vérifiez --db, ou créez le nœud avec `ocpi-node init --db %1 --party CC-PID:ROLE` (`ocpi-node serve --db %1` la crée aussi)</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="180"/>
        <source>no node is serving %1 (it has never served)</source>
        <translation>aucun nœud ne sert %1 (il n&apos;a jamais servi)</translation>
    </message>
    <message>
        <location filename="../app/cli/operatorsession.cpp" line="181"/>
        <source>no node is serving %1 (%2)</source>
        <translation>aucun nœud ne sert %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="27"/>
        <source>Show pushes waiting for each partner and the parked ones; &apos;retry PARTNER|ID&apos; queues parked deliveries again, &apos;drop ID&apos; discards one.</source>
        <translation>Afficher les envois en attente pour chaque partenaire et les envois retenus&#xa0;; «&#xa0;retry PARTNER|ID&#xa0;» remet en file les envois retenus, «&#xa0;drop ID&#xa0;» en abandonne un.</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="36"/>
        <source>outbox takes no argument, &apos;retry PARTNER|ID&apos; or &apos;drop ID&apos;, not &apos;%1&apos;</source>
        <translation>outbox n&apos;accepte aucun argument, «&#xa0;retry PARTNER|ID&#xa0;» ou «&#xa0;drop ID&#xa0;», pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="40"/>
        <source>outbox retry needs PARTNER or a parked delivery&apos;s ID</source>
        <translation>outbox retry requiert PARTNER ou l&apos;ID d&apos;un envoi retenu</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="41"/>
        <source>outbox drop needs a parked delivery&apos;s ID</source>
        <translation>outbox drop requiert l&apos;ID d&apos;un envoi retenu</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="64"/>
        <source>The serving node sends it within a second; see &apos;ocpi-node outbox&apos;.</source>
        <translation>Le nœud en service l&apos;envoie dans la seconde&#xa0;; voir «&#xa0;ocpi-node outbox&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="65"/>
        <source>No node serves this database: it is sent once &apos;ocpi-node serve&apos; runs.</source>
        <translation>Aucun nœud ne sert cette base de données&#xa0;: l&apos;envoi partira dès que «&#xa0;ocpi-node serve&#xa0;» tournera.</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="89"/>
        <source>no parked delivery %1 (see &apos;ocpi-node outbox&apos;)</source>
        <translation>aucun envoi retenu %1 (voir «&#xa0;ocpi-node outbox&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="90"/>
        <source>%1 has no parked deliveries</source>
        <translation>%1 n&apos;a aucun envoi retenu</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/outboxcommand.cpp" line="97"/>
        <source>%n parked delivery(s) queued again.</source>
        <translation>
            <numerusform>%n envoi retenu remis en file.</numerusform>
            <numerusform>%n envois retenus remis en file.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="105"/>
        <source>outbox drop needs a parked delivery&apos;s ID (a number from &apos;ocpi-node outbox&apos;), not &apos;%1&apos;</source>
        <translation>outbox drop requiert l&apos;ID d&apos;un envoi retenu (un nombre donné par «&#xa0;ocpi-node outbox&#xa0;»), pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="115"/>
        <source>no parked delivery %1 (see &apos;ocpi-node outbox&apos;; only parked deliveries can be dropped)</source>
        <translation>aucun envoi retenu %1 (voir «&#xa0;ocpi-node outbox&#xa0;»&#xa0;; seuls les envois retenus peuvent être abandonnés)</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="122"/>
        <source>Parked delivery %1 dropped; the partner will not receive it.</source>
        <translation>Envoi retenu %1 abandonné&#xa0;; le partenaire ne le recevra pas.</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="175"/>
        <source>PENDING</source>
        <translation>EN ATTENTE</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="175"/>
        <source>PARKED</source>
        <translation>RETENUS</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="175"/>
        <source>OLDEST</source>
        <translation>PLUS ANCIEN</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="175"/>
        <source>LAST ERROR</source>
        <translation>DERNIÈRE ERREUR</translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="178"/>
        <source>Parked deliveries (the partner refused them, or they ran out of tries):</source>
        <translation>Envois retenus (refusés par le partenaire, ou à court de tentatives)&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/outboxcommand.cpp" line="182"/>
        <source>%n try(s), last answer: </source>
        <translation>
            <numerusform>%n tentative, dernière réponse : </numerusform>
            <numerusform>%n tentatives, dernière réponse : </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/outboxcommand.cpp" line="184"/>
        <source>Once the cause is fixed: &apos;ocpi-node outbox retry ID&apos; (or PARTNER for all of a partner&apos;s); &apos;ocpi-node outbox drop ID&apos; discards one.</source>
        <translation>Une fois la cause corrigée&#xa0;: «&#xa0;ocpi-node outbox retry ID&#xa0;» (ou PARTNER pour tous ceux d&apos;un partenaire)&#xa0;; «&#xa0;ocpi-node outbox drop ID&#xa0;» en abandonne un.</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="54"/>
        <source>on: once registered, the partner gets our current objects of the modules it receives (off by default).</source>
        <translation>on&#xa0;: une fois inscrit, le partenaire reçoit nos objets actuels des modules qu&apos;il reçoit (off par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="76"/>
        <source>Issue a registration token (token A) for a new partner.</source>
        <translation>Émettre un jeton d&apos;inscription (jeton A) pour un nouveau partenaire.</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="80"/>
        <source>Name of the partner.</source>
        <translation>Nom du partenaire.</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="89"/>
        <location filename="../app/cli/partnercommands.cpp" line="161"/>
        <source>--initial-sync must be on or off</source>
        <translation>--initial-sync doit valoir on ou off</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="99"/>
        <source>%1, and with --port 0 its versions URL is not known until it serves: start `ocpi-node serve --db %2` first, or give --port N or --public-url URL</source>
        <translation>%1, et avec --port 0 son URL des versions n&apos;est pas connue tant qu&apos;il ne sert pas&#xa0;: démarrez d&apos;abord `ocpi-node serve --db %2`, ou indiquez --port N ou --public-url URL</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="111"/>
        <source>note: %1; the partner can register once it serves at %2</source>
        <translation>note&#xa0;: %1&#xa0;; le partenaire pourra s&apos;inscrire dès que le nœud servira à %2</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="120"/>
        <source>Token A (shown only now): %1</source>
        <translation>Jeton A (affiché une seule fois)&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="121"/>
        <source>Versions URL: %1</source>
        <translation>URL des versions&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="122"/>
        <source>Valid until: %1</source>
        <translation>Valable jusqu&apos;au&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="134"/>
        <source>Register with a partner, given its versions URL and the token A it issued.</source>
        <translation>S&apos;inscrire auprès d&apos;un partenaire, à partir de son URL des versions et du jeton A qu&apos;il a émis.</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="139"/>
        <source>The partner&apos;s versions URL.</source>
        <translation>L&apos;URL des versions du partenaire.</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="140"/>
        <source>The token A the partner gave you.</source>
        <translation>Le jeton A que le partenaire vous a donné.</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="141"/>
        <source>Name to show for the partner.</source>
        <translation>Nom à afficher pour le partenaire.</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="142"/>
        <source>How to send tokens: auto, base64 or raw.</source>
        <translation>Comment envoyer les jetons&#xa0;: auto, base64 ou raw.</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="154"/>
        <source>register needs --versions-url URL and --token TOKEN_A (--token-encoding auto|base64|raw)</source>
        <translation>register requiert --versions-url URL et --token TOKEN_A (--token-encoding auto|base64|raw)</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="171"/>
        <source>%1: the partner calls this node back while registering, so start `ocpi-node serve --db %2` first</source>
        <translation>%1&#xa0;: le partenaire rappelle ce nœud pendant l&apos;inscription&#xa0;; démarrez donc d&apos;abord `ocpi-node serve --db %2`</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="178"/>
        <location filename="../app/cli/partnercommands.cpp" line="219"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="228"/>
        <source>Unregister from a partner (named by name or CC-PID); its tokens die.</source>
        <translation>Se désinscrire d&apos;un partenaire (désigné par son nom ou CC-PID)&#xa0;; ses jetons ne sont plus valables.</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="243"/>
        <source>Remove an invited, failed or unregistered partner (by id, name or CC-PID) with its tokens and queued deliveries; a registered one must be unregistered first.</source>
        <translation>Supprimer un partenaire invité, en échec ou désinscrit (par id, nom ou CC-PID) avec ses jetons et ses envois en file&#xa0;; un partenaire inscrit doit d&apos;abord être désinscrit.</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="252"/>
        <source>%1: removed (was %2)</source>
        <translation>%1&#xa0;: supprimé (était %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="261"/>
        <source>List partners: id, parties, roles, state, version, last contact. `partners remove PARTNER` removes an invited, failed or unregistered one.</source>
        <translation>Lister les partenaires&#xa0;: id, parties, rôles, état, version, dernier contact. `partners remove PARTNER` supprime un partenaire invité, en échec ou désinscrit.</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="270"/>
        <source>partners takes no argument but `remove PARTNER`, not &apos;%1&apos;</source>
        <translation>partners n&apos;accepte aucun argument sauf `remove PARTNER`, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="318"/>
        <source>%1 is %2: %3</source>
        <translation>%1 est %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="327"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="327"/>
        <source>PARTIES</source>
        <translation>PARTIES</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="327"/>
        <source>ROLES</source>
        <translation>RÔLES</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="327"/>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="327"/>
        <source>LAST CONTACT</source>
        <translation>DERNIER CONTACT</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="344"/>
        <source>Rotate the credentials with a partner (new tokens both ways).</source>
        <translation>Renouveler les identifiants avec un partenaire (nouveaux jetons dans les deux sens).</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="376"/>
        <source>How to send our token to a partner: auto, base64 or raw.</source>
        <translation>Comment envoyer notre jeton à un partenaire&#xa0;: auto, base64 ou raw.</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="385"/>
        <source>MODE must be auto, base64 or raw</source>
        <translation>MODE doit valoir auto, base64 ou raw</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="398"/>
        <source>Whether a partner gets our current objects when it registers: on or off (`push PARTNER --all` sends them at any time).</source>
        <translation>Si un partenaire reçoit nos objets actuels lors de son inscription&#xa0;: on ou off (`push PARTNER --all` les envoie à tout moment).</translation>
    </message>
    <message>
        <location filename="../app/cli/partnercommands.cpp" line="409"/>
        <source>the setting must be on or off, not &apos;%1&apos;</source>
        <translation>le paramètre doit valoir on ou off, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="29"/>
        <source>Set, read or clear the charging profile of a session at a partner CPO and wait for the result (eMSP role).</source>
        <translation>Définir, lire ou effacer le profil de charge d&apos;une session auprès d&apos;un CPO partenaire et attendre le résultat (rôle eMSP).</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="35"/>
        <source>How many seconds ahead the active profile should reach (get).</source>
        <translation>Combien de secondes à l&apos;avance le profil actif doit couvrir (get).</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="43"/>
        <source>profile needs %1</source>
        <translation>profile requiert %1</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="61"/>
        <source>%1 profile of %2 at %3</source>
        <translation>profil %1 de la session %2 chez %3</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="78"/>
        <source>profile set needs FILE.json, a ChargingProfile</source>
        <translation>profile set requiert FILE.json, un ChargingProfile</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="89"/>
        <source>%1 is no JSON object (%2)</source>
        <translation>%1 n&apos;est pas un objet JSON (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="98"/>
        <source>profile get needs --duration SECONDS</source>
        <translation>profile get requiert --duration SECONDS</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="105"/>
        <source>expected set, get or clear, not &apos;%1&apos;</source>
        <translation>set, get ou clear attendu, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/cli/processcommands.cpp" line="46"/>
        <source>gone</source>
        <translation>disparu</translation>
    </message>
    <message>
        <location filename="../app/cli/processcommands.cpp" line="46"/>
        <source>leads</source>
        <translation>leader</translation>
    </message>
    <message>
        <location filename="../app/cli/processcommands.cpp" line="46"/>
        <source>serving</source>
        <translation>en service</translation>
    </message>
    <message>
        <location filename="../app/cli/processcommands.cpp" line="49"/>
        <source>HOST</source>
        <translation>HÔTE</translation>
    </message>
    <message>
        <location filename="../app/cli/processcommands.cpp" line="49"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location filename="../app/cli/processcommands.cpp" line="49"/>
        <source>STARTED</source>
        <translation>DÉMARRÉ</translation>
    </message>
    <message>
        <location filename="../app/cli/processcommands.cpp" line="49"/>
        <source>LAST SEEN</source>
        <translation>VU EN DERNIER</translation>
    </message>
    <message>
        <location filename="../app/cli/processcommands.cpp" line="49"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/cli/pushcommand.cpp" line="30"/>
        <source>Queue all our current locations, tariffs or tokens for a partner (--all), e.g. one that registered after they were made.</source>
        <translation>Mettre en file tous nos sites, tarifs ou jetons actuels pour un partenaire (--all), p. ex. un partenaire inscrit après leur création.</translation>
    </message>
    <message>
        <location filename="../app/cli/pushcommand.cpp" line="37"/>
        <source>Every current object of the module(s) the partner receives.</source>
        <translation>Tous les objets actuels du ou des modules que le partenaire reçoit.</translation>
    </message>
    <message>
        <location filename="../app/cli/pushcommand.cpp" line="42"/>
        <source>push needs PARTNER [MODULE] --all (our changes are pushed as they happen; --all queues every current object again)</source>
        <translation>push requiert PARTNER [MODULE] --all (nos modifications sont envoyées au fil de l&apos;eau&#xa0;; --all remet en file tous les objets actuels)</translation>
    </message>
    <message>
        <location filename="../app/cli/pushcommand.cpp" line="77"/>
        <source>going on with the push of %1 to %2 that was cut short</source>
        <translation>reprise de l&apos;envoi de %1 à %2 qui avait été interrompu</translation>
    </message>
    <message>
        <location filename="../app/cli/pushcommand.cpp" line="85"/>
        <source>%1: %2 of %3 queued for %4%5</source>
        <translation>%1&#xa0;: %2 sur %3 en file pour %4%5</translation>
    </message>
    <message>
        <location filename="../app/cli/pushcommand.cpp" line="89"/>
        <source>, done</source>
        <translation>, terminé</translation>
    </message>
    <message>
        <location filename="../app/cli/pushcommand.cpp" line="95"/>
        <source>%1; run the command again to go on from there</source>
        <translation>%1&#xa0;; relancez la commande pour reprendre à partir de là</translation>
    </message>
    <message>
        <location filename="../app/cli/pushcommand.cpp" line="124"/>
        <source>note: %1; the pushes wait in the outbox until it serves</source>
        <translation>note&#xa0;: %1&#xa0;; les envois attendent dans la file d&apos;envoi jusqu&apos;à ce que le nœud serve</translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="26"/>
        <source>%1: REJECTED (%2)</source>
        <translation>%1&#xa0;: REJECTED (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="29"/>
        <source>%1: %2, EVSE %3, %4 .. %5, %6 %7 excl. VAT</source>
        <translation>%1&#xa0;: %2, EVSE %3, %4 .. %5, %6 %7 HT</translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="43"/>
        <source>Ask a partner CPO for a reservation and print its offer; --accept accepts it (eMSP role, --reservations on).</source>
        <translation>Demander une réservation à un CPO partenaire et afficher son offre&#xa0;; --accept l&apos;accepte (rôle eMSP, --reservations on).</translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="51"/>
        <source>The EVSE uid (default: the CPO picks one).</source>
        <translation>L&apos;uid de l&apos;EVSE (par défaut&#xa0;: le CPO en choisit un).</translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="53"/>
        <source>Start of the window.</source>
        <translation>Début du créneau.</translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="54"/>
        <source>End of the window.</source>
        <translation>Fin du créneau.</translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="55"/>
        <source>Accept the offer at once.</source>
        <translation>Accepter l&apos;offre immédiatement.</translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="66"/>
        <source>reserve needs PARTNER %1</source>
        <translation>reserve requiert PARTNER %1</translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="72"/>
        <source>--from and --to must be date-times such as 2026-03-01T18:00:00Z</source>
        <translation>--from et --to doivent être des dates-heures comme 2026-03-01T18:00:00Z</translation>
    </message>
    <message>
        <location filename="../app/cli/reservecommand.cpp" line="81"/>
        <source>the reservations module is off; run with --reservations on (or OCPI_RESERVATIONS=on)</source>
        <translation>le module des réservations est désactivé&#xa0;; lancez avec --reservations on (ou OCPI_RESERVATIONS=on)</translation>
    </message>
</context>
<context>
    <name>console</name>
    <message>
        <location filename="../app/console/main.cpp" line="61"/>
        <source>OCPI 2.2.1 node with its operator console. Takes the options of &apos;ocpi-node serve&apos;.</source>
        <translation>Nœud OCPI 2.2.1 avec sa console d&apos;exploitation. Accepte les options de «&#xa0;ocpi-node serve&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="66"/>
        <source>Start a CPO and an eMSP node with temporary databases and play the whole OCPI story between them (node options are ignored).</source>
        <translation>Démarrer un nœud CPO et un nœud eMSP avec des bases de données temporaires et dérouler entre eux tout le scénario OCPI (les options du nœud sont ignorées).</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="68"/>
        <source>With --demo: divide the pause between steps by N.</source>
        <translation>Avec --demo&#xa0;: diviser la pause entre les étapes par N.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="76"/>
        <source>Measure the window&apos;s event-loop stalls with a 10 ms timer and write the longest gap, percentiles and counts as JSON to FILE at exit.</source>
        <translation>Mesure les blocages de la boucle d&apos;événements de la fenêtre avec un minuteur de 10 ms et écrit à la sortie le plus long écart, les percentiles et les décomptes en JSON dans FILE.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="79"/>
        <source>Quit after SECONDS.</source>
        <translation>Quitter après SECONDS secondes.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="82"/>
        <source>Show every page in turn for SECONDS each, scrolling its tables to the end (benchmarks).</source>
        <translation>Affiche chaque page à tour de rôle pendant SECONDS secondes en faisant défiler ses tableaux jusqu&apos;à la fin (mesures de performance).</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="99"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="112"/>
        <source>--%1 wants a number of seconds, not &apos;%2&apos;</source>
        <translation>--%1 attend un nombre de secondes, pas « %2 »</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="180"/>
        <source>OCPI node not started</source>
        <translation>Nœud OCPI non démarré</translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="115"/>
        <source>no temporary directory for the demo&apos;s databases</source>
        <translation>aucun répertoire temporaire pour les bases de données de la démo</translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="133"/>
        <source>the demo&apos;s %1 node did not start: %2</source>
        <translation>le nœud %1 de la démo n&apos;a pas démarré&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="143"/>
        <source>demo step %1 (%2) failed: %3</source>
        <translation>l&apos;étape %1 de la démo (%2) a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="153"/>
        <source>Pictures of every page saved in %1</source>
        <translation>Captures de toutes les pages enregistrées dans %1</translation>
    </message>
</context>
<context>
    <name>ocpi::AuthorizeDialog</name>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="23"/>
        <source>Authorize token</source>
        <translation>Autoriser un jeton</translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="29"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="31"/>
        <source>optional, comma separated</source>
        <translation>facultatif, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="32"/>
        <source>Authorize</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="38"/>
        <source>Authorization result</source>
        <translation>Résultat de l&apos;autorisation</translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="43"/>
        <source>Token UID:</source>
        <translation>UID du jeton&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="44"/>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="45"/>
        <source>Location id:</source>
        <translation>Id du site&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="46"/>
        <source>EVSE UIDs:</source>
        <translation>UID des EVSE&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="52"/>
        <source>Asks this node&apos;s token authorization what a CPO would be told, as the real-time authorization endpoint answers it (nothing is stored).</source>
        <translation>Demande à l&apos;autorisation des jetons de ce nœud ce qui serait répondu à un CPO, comme le fait le point d&apos;accès d&apos;autorisation en temps réel (rien n&apos;est enregistré).</translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="97"/>
        <source>Asking…</source>
        <translation>Demande en cours…</translation>
    </message>
    <message>
        <location filename="../ui/authorizedialog.cpp" line="105"/>
        <source>Error %1 (HTTP %2): %3</source>
        <translation>Erreur %1 (HTTP %2)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>ocpi::CdrsPage</name>
    <message>
        <location filename="../ui/cdrspage.cpp" line="46"/>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="65"/>
        <source>  (tariff %1)</source>
        <translation>  (tarif %1)</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="100"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="102"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="105"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="106"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="107"/>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="108"/>
        <source>Location/EVSE</source>
        <translation>Site/EVSE</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="115"/>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="116"/>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="118"/>
        <source>Cost (excl./incl. VAT)</source>
        <translation>Coût (HT/TTC)</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="123"/>
        <source>Credit</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="126"/>
        <source>credit for %1</source>
        <translation>avoir pour %1</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="142"/>
        <source>Total cost (excl. / incl. VAT): %1</source>
        <translation>Coût total (HT / TTC)&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="144"/>
        <source>fixed</source>
        <translation>fixe</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="144"/>
        <source>energy</source>
        <translation>énergie</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="145"/>
        <source>time</source>
        <translation>durée</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="145"/>
        <source>parking</source>
        <translation>stationnement</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="146"/>
        <source>reservation</source>
        <translation>réservation</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="149"/>
        <source>  %1: %2</source>
        <translation>  %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="150"/>
        <source>Energy %1 kWh, time %2, parking %3</source>
        <translation>Énergie %1 kWh, durée %2, stationnement %3</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="155"/>
        <source>Charging periods (%1):</source>
        <translation>Périodes de charge (%1)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="159"/>
        <source>Credit CDR for %1</source>
        <translation>CDR d&apos;avoir pour %1</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="172"/>
        <source>CDRs are final; corrections are credit CDRs</source>
        <translation>Les CDR sont définitifs&#xa0;; les corrections sont des CDR d&apos;avoir</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="190"/>
        <source>Select a CDR to see its cost breakdown and charging periods.</source>
        <translation>Sélectionnez un CDR pour voir le détail de son coût et ses périodes de charge.</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="223"/>
        <source>partner %1</source>
        <translation>partenaire %1</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="225"/>
        <source>  %1 took it at %2 without saying where it keeps it</source>
        <translation>  %1 l&apos;a reçu le %2 sans indiquer où il le conserve</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="227"/>
        <source>  %1 keeps it at %2 (since %3)</source>
        <translation>  %1 le conserve à l&apos;adresse %2 (depuis le %3)</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="235"/>
        <source>Could not read the deliveries: %1</source>
        <translation>Impossible de lire les envois&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="236"/>
        <source>Not delivered to a partner yet.</source>
        <translation>Pas encore envoyé à un partenaire.</translation>
    </message>
    <message>
        <location filename="../ui/cdrspage.cpp" line="237"/>
        <source>Delivered:</source>
        <translation>Envoyé&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ocpi::ChargingProfileDialog</name>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="24"/>
        <source>Charging profile of session %1</source>
        <translation>Profil de charge de la session %1</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="29"/>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="32"/>
        <source>Unit of the limit</source>
        <translation>Unité de la limite</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="37"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="38"/>
        <source>How far ahead the active profile reaches</source>
        <translation>Horizon du profil actif</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="39"/>
        <source>Set limit</source>
        <translation>Fixer la limite</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="40"/>
        <source>Get active profile</source>
        <translation>Lire le profil actif</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="41"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="56"/>
        <source>&amp;Limit (from now):</source>
        <translation>&amp;Limite (dès maintenant) :</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="58"/>
        <source>&amp;Ahead:</source>
        <translation>&amp;Horizon :</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="101"/>
        <source>%1: sending…</source>
        <translation>%1&#xa0;: envoi…</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="107"/>
        <location filename="../ui/chargingprofiledialog.cpp" line="115"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofiledialog.cpp" line="167"/>
        <source>%1: result %2</source>
        <translation>%1&#xa0;: résultat %2</translation>
    </message>
</context>
<context>
    <name>ocpi::ChargingProfilesModel</name>
    <message>
        <location filename="../ui/chargingprofilesmodel.cpp" line="35"/>
        <source>partner %1</source>
        <translation>partenaire %1</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilesmodel.cpp" line="47"/>
        <source>cleared</source>
        <translation>levée</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilesmodel.cpp" line="49"/>
        <source>no limit known</source>
        <translation>aucune limite connue</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilesmodel.cpp" line="66"/>
        <source>we asked</source>
        <translation>demandé par nous</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilesmodel.cpp" line="66"/>
        <source>asked of us</source>
        <translation>demandé à nous</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilesmodel.cpp" line="81"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilesmodel.cpp" line="82"/>
        <source>Side</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilesmodel.cpp" line="83"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilesmodel.cpp" line="84"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilesmodel.cpp" line="85"/>
        <source>Last request</source>
        <translation>Dernière demande</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilesmodel.cpp" line="86"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilesmodel.cpp" line="87"/>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
</context>
<context>
    <name>ocpi::ChargingProfilesPage</name>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="27"/>
        <source>&amp;Set profile…</source>
        <translation>&amp;Définir un profil…</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="28"/>
        <source>Ask the CPO to limit the selected session&apos;s power from now</source>
        <translation>Demander au CPO de limiter dès maintenant la puissance de la session sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="29"/>
        <source>&amp;Get active profile</source>
        <translation>&amp;Lire le profil actif</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chargingprofilespage.cpp" line="30"/>
        <source>Ask the CPO for the limit in force over the next %n minute(s)</source>
        <translation>
            <numerusform>Demander au CPO la limite en vigueur pour la prochaine %n minute</numerusform>
            <numerusform>Demander au CPO la limite en vigueur pour les %n prochaines minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="32"/>
        <source>C&amp;lear profile</source>
        <translation>&amp;Supprimer le profil</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="33"/>
        <source>Ask the CPO to remove the limit it applies to the selected session</source>
        <translation>Demander au CPO de lever la limite qu&apos;il applique à la session sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="42"/>
        <source>Charging profiles</source>
        <translation>Profils de charge</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="44"/>
        <source>Limit of the selected session</source>
        <translation>Limite de la session sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="45"/>
        <source>Selected charging profile</source>
        <translation>Profil de charge sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="56"/>
        <source>Power limits on sessions: ours at partner CPOs, and partners&apos; on ours</source>
        <translation>Limites de puissance des sessions : les nôtres chez les CPO partenaires, et celles des partenaires sur les nôtres</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="113"/>
        <source>Could not read the charging profiles: %1</source>
        <translation>Impossible de lire les profils de charge : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chargingprofilespage.cpp" line="118"/>
        <source>%n session(s) with charging profile requests</source>
        <translation>
            <numerusform>%n session avec des demandes de profil de charge</numerusform>
            <numerusform>%n sessions avec des demandes de profil de charge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="127"/>
        <location filename="../ui/chargingprofilespage.cpp" line="234"/>
        <source>%1: result %2</source>
        <translation>%1 : résultat %2</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="163"/>
        <source>Select a session to see its charging profile.</source>
        <translation>Sélectionnez une session pour voir son profil de charge.</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="165"/>
        <source>Session %1, %2</source>
        <translation>Session %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="166"/>
        <source>Limit: %1</source>
        <translation>Limite : %1</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="168"/>
        <source>Last request: %1 %2 at %3</source>
        <translation>Dernière demande : %1 %2 à %3</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="190"/>
        <source>This node hosts no EMSP party, so it cannot ask partner CPOs to limit sessions: the list shows the profiles partner eMSPs set on our sessions, read-only. To send requests, add an EMSP party on the Settings page (or start with --party CC-PID:EMSP).</source>
        <translation>Ce nœud n&apos;a pas de partie EMSP : il ne peut pas demander aux CPO partenaires de limiter des sessions. La liste montre, en lecture seule, les profils que les eMSP partenaires ont définis sur nos sessions. Pour envoyer des demandes, ajoutez une partie EMSP dans la page Paramètres (ou démarrez avec --party CC-PID:EMSP).</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="198"/>
        <source>%1 on %2 at %3</source>
        <translation>%1 sur %2 à %3</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="223"/>
        <source>%1: sending…</source>
        <translation>%1 : envoi…</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="227"/>
        <location filename="../ui/chargingprofilespage.cpp" line="235"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/chargingprofilespage.cpp" line="240"/>
        <source>%1: %2, waiting for the result</source>
        <translation>%1 : %2, en attente du résultat</translation>
    </message>
</context>
<context>
    <name>ocpi::CommandsModel</name>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="48"/>
        <source>partner %1</source>
        <translation>partenaire %1</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="55"/>
        <source>%1, %2 s</source>
        <translation>%1, %2 s</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="81"/>
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="81"/>
        <source>received</source>
        <translation>reçue</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="97"/>
        <source>Sent/received</source>
        <translation>Envoyée/reçue</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="98"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="99"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="100"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="101"/>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="102"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="103"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="104"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="137"/>
        <source>%1 sent to %2 (our id %3)</source>
        <translation>%1 envoyée à %2 (notre id %3)</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="137"/>
        <source>%1 received from %2 (our id %3)</source>
        <translation>%1 reçue de %2 (notre id %3)</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="142"/>
        <source>the CPO answered %1, result expected within %2 s%3</source>
        <translation>le CPO a répondu %1, résultat attendu sous %2 s%3</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="143"/>
        <source>we answered %1, result promised within %2 s%3</source>
        <translation>nous avons répondu %1, résultat promis sous %2 s%3</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="148"/>
        <source>no usable answer: %1</source>
        <translation>aucune réponse exploitable&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="150"/>
        <source>waiting for the CPO&apos;s answer</source>
        <translation>en attente de la réponse du CPO</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="155"/>
        <source>result %1</source>
        <translation>résultat %1</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="155"/>
        <source>result %1 queued for %2</source>
        <translation>résultat %1 en file pour %2</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="157"/>
        <source>TIMEOUT: no result by the CPO&apos;s timeout plus %1 s</source>
        <translation>TIMEOUT&#xa0;: aucun résultat dans le délai du CPO plus %1 s</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="159"/>
        <source>waiting for the result until %1</source>
        <translation>en attente du résultat jusqu&apos;à %1</translation>
    </message>
    <message>
        <location filename="../ui/commandsmodel.cpp" line="163"/>
        <source>state: %1</source>
        <translation>état&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ocpi::CommandsPage</name>
    <message>
        <location filename="../ui/commandspage.cpp" line="24"/>
        <source>Send command…</source>
        <translation>Envoyer une commande…</translation>
    </message>
    <message>
        <location filename="../ui/commandspage.cpp" line="30"/>
        <source>Commands</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../ui/commandspage.cpp" line="31"/>
        <source>Timeline of the selected command</source>
        <translation>Chronologie de la commande sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/commandspage.cpp" line="39"/>
        <source>Commands sent to partner CPOs and received from partner eMSPs</source>
        <translation>Commandes envoyées aux CPO partenaires et reçues des eMSP partenaires</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/commandspage.cpp" line="94"/>
        <source>%n command(s)</source>
        <translation>
            <numerusform>%n commande</numerusform>
            <numerusform>%n commandes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/commandspage.cpp" line="101"/>
        <source>Could not read the commands: %1</source>
        <translation>Impossible de lire les commandes&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/commandspage.cpp" line="127"/>
        <source>Select a command to see its timeline.</source>
        <translation>Sélectionnez une commande pour voir son historique.</translation>
    </message>
    <message>
        <location filename="../ui/commandspage.cpp" line="138"/>
        <source>Send START_SESSION, STOP_SESSION, RESERVE_NOW, CANCEL_RESERVATION or UNLOCK_CONNECTOR to a partner CPO</source>
        <translation>Envoyer START_SESSION, STOP_SESSION, RESERVE_NOW, CANCEL_RESERVATION ou UNLOCK_CONNECTOR à un CPO partenaire</translation>
    </message>
    <message>
        <location filename="../ui/commandspage.cpp" line="140"/>
        <source>Commands are sent as an eMSP: this node hosts no eMSP party</source>
        <translation>Les commandes sont envoyées en tant qu&apos;eMSP&#xa0;: ce nœud n&apos;héberge aucune partie eMSP</translation>
    </message>
    <message>
        <location filename="../ui/commandspage.cpp" line="151"/>
        <source>%1 sent: the CPO answered %2.</source>
        <translation>%1 envoyée&#xa0;: le CPO a répondu %2.</translation>
    </message>
    <message>
        <location filename="../ui/commandspage.cpp" line="152"/>
        <source>%1 sent: %2 (%3).</source>
        <translation>%1 envoyée&#xa0;: %2 (%3).</translation>
    </message>
</context>
<context>
    <name>ocpi::DashboardPage</name>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="25"/>
        <source>Partners online</source>
        <translation>Partenaires en ligne</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="26"/>
        <source>Sessions active</source>
        <translation>Sessions actives</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="27"/>
        <source>Energy delivered today</source>
        <translation>Énergie fournie aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="28"/>
        <source>Outbox backlog</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="29"/>
        <source>Errors in the last hour</source>
        <translation>Erreurs de la dernière heure</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="37"/>
        <source>Requests and errors per minute, last hour</source>
        <translation>Requêtes et erreurs par minute, dernière heure</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="43"/>
        <source>Partners and their state</source>
        <translation>Partenaires et leur état</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="59"/>
        <source>Partners (double-click or Enter opens one)</source>
        <translation>Partenaires (double-clic ou Entrée pour en ouvrir un)</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="63"/>
        <source>This node</source>
        <translation>Ce nœud</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="94"/>
        <source>Could not read the figures: %1</source>
        <translation>Impossible de lire les chiffres&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="105"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="107"/>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="108"/>
        <source>%1 waiting, %2 parked</source>
        <translation>%1 en attente, %2 retenus</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="109"/>
        <source>%1 waiting</source>
        <translation>%1 en attente</translation>
    </message>
</context>
<context>
    <name>ocpi::DemoWindow</name>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="62"/>
        <source>OCPI Node Console: demo</source>
        <translation>OCPI Node Console&#xa0;: démo</translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="69"/>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="71"/>
        <source>Node shown</source>
        <translation>Nœud affiché</translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="72"/>
        <source>Demo steps</source>
        <translation>Étapes de la démo</translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="76"/>
        <source>&amp;Node:</source>
        <translation>&amp;Nœud&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="84"/>
        <source>The OCPI story</source>
        <translation>Le scénario OCPI</translation>
    </message>
    <message>
        <location filename="../app/console/consoledemo.cpp" line="105"/>
        <source>%1/%2  %3: %4</source>
        <translation>%1/%2  %3&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>ocpi::FieldInput</name>
    <message>
        <location filename="../ui/fieldinputs.cpp" line="73"/>
        <source>UTC, e.g. 2025-01-31T14:30:00Z</source>
        <translation>UTC, p. ex. 2025-01-31T14:30:00Z</translation>
    </message>
    <message>
        <location filename="../ui/fieldinputs.cpp" line="75"/>
        <source>whole number</source>
        <translation>nombre entier</translation>
    </message>
    <message>
        <location filename="../ui/fieldinputs.cpp" line="77"/>
        <source>number, e.g. 0.2500</source>
        <translation>nombre, p. ex. 0.2500</translation>
    </message>
    <message>
        <location filename="../ui/fieldinputs.cpp" line="79"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../ui/fieldinputs.cpp" line="114"/>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <location filename="../ui/fieldinputs.cpp" line="116"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../ui/fieldinputs.cpp" line="117"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../ui/fieldinputs.cpp" line="204"/>
        <source>one per line</source>
        <translation>un par ligne</translation>
    </message>
</context>
<context>
    <name>ocpi::FieldLabels</name>
    <message>
        <location filename="../ui/fieldwords.cpp" line="20"/>
        <source>Country code</source>
        <translation>Code pays</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="21"/>
        <source>Party ID</source>
        <translation>ID de partie</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="22"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="23"/>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="24"/>
        <source>Publish allowed to</source>
        <translation>Publication autorisée pour</translation>
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
        <translation>Numéro visible</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="28"/>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="29"/>
        <source>Group ID</source>
        <translation>ID de groupe</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="30"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="31"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="32"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="33"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="34"/>
        <source>State</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="35"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="36"/>
        <source>Coordinates</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="37"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="38"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="39"/>
        <source>Related locations</source>
        <translation>Sites associés</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="40"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="41"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="42"/>
        <source>Parking type</source>
        <translation>Type de stationnement</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="43"/>
        <source>EVSEs</source>
        <translation>EVSE</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="44"/>
        <source>EVSE ID</source>
        <translation>ID EVSE</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="45"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="46"/>
        <source>Status schedule</source>
        <translation>Planning des statuts</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="47"/>
        <source>Period begin</source>
        <translation>Début de période</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="48"/>
        <source>Period end</source>
        <translation>Fin de période</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="49"/>
        <source>Capabilities</source>
        <translation>Fonctionnalités</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="50"/>
        <source>Connectors</source>
        <translation>Connecteurs</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="51"/>
        <source>Standard</source>
        <translation>Norme</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="52"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="53"/>
        <source>Power type</source>
        <translation>Type de courant</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="54"/>
        <source>Max voltage</source>
        <translation>Tension max.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="55"/>
        <source>Max amperage</source>
        <translation>Intensité max.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="56"/>
        <source>Max electric power</source>
        <translation>Puissance électrique max.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="57"/>
        <source>Tariff IDs</source>
        <translation>ID des tarifs</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="58"/>
        <source>Terms and conditions</source>
        <translation>Conditions générales</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="59"/>
        <source>Last updated</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="60"/>
        <source>Floor level</source>
        <translation>Étage</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="61"/>
        <source>Physical reference</source>
        <translation>Référence physique</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="62"/>
        <source>Directions</source>
        <translation>Indications d&apos;accès</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="63"/>
        <source>Parking restrictions</source>
        <translation>Restrictions de stationnement</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="64"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="65"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="66"/>
        <source>Thumbnail</source>
        <translation>Miniature</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="67"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="68"/>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="69"/>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="70"/>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="71"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="72"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="73"/>
        <source>Sub-operator</source>
        <translation>Sous-opérateur</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="74"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="75"/>
        <source>Facilities</source>
        <translation>Équipements</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="76"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="77"/>
        <source>Opening times</source>
        <translation>Horaires d&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="78"/>
        <source>Open 24/7</source>
        <translation>Ouvert 24h/24, 7j/7</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="79"/>
        <source>Regular hours</source>
        <translation>Horaires réguliers</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="80"/>
        <source>Weekday</source>
        <translation>Jour de la semaine</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="81"/>
        <source>Exceptional openings</source>
        <translation>Ouvertures exceptionnelles</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="82"/>
        <source>Exceptional closings</source>
        <translation>Fermetures exceptionnelles</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="83"/>
        <source>Charging when closed</source>
        <translation>Charge hors horaires d&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="84"/>
        <source>Energy mix</source>
        <translation>Mix énergétique</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="85"/>
        <source>Green energy</source>
        <translation>Énergie verte</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="86"/>
        <source>Energy sources</source>
        <translation>Sources d&apos;énergie</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="87"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="88"/>
        <source>Percentage</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="89"/>
        <source>Environmental impact</source>
        <translation>Impact environnemental</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="90"/>
        <source>Amount</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="91"/>
        <source>Supplier name</source>
        <translation>Nom du fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="92"/>
        <source>Energy product name</source>
        <translation>Nom de l&apos;offre d&apos;énergie</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="93"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="94"/>
        <source>Alternative text</source>
        <translation>Texte alternatif</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="95"/>
        <source>Alternative URL</source>
        <translation>URL alternative</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="96"/>
        <source>Min price</source>
        <translation>Prix min.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="97"/>
        <source>Excl. VAT</source>
        <translation>HT</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="98"/>
        <source>Incl. VAT</source>
        <translation>TTC</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="99"/>
        <source>Max price</source>
        <translation>Prix max.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="100"/>
        <source>Elements</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="101"/>
        <source>Price components</source>
        <translation>Composantes du prix</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="102"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="103"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="104"/>
        <source>Step size</source>
        <translation>Pas de facturation</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="105"/>
        <source>Restrictions</source>
        <translation>Restrictions</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="106"/>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="107"/>
        <source>End time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="108"/>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="109"/>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="110"/>
        <source>Min kWh</source>
        <translation>kWh min.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="111"/>
        <source>Max kWh</source>
        <translation>kWh max.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="112"/>
        <source>Min current</source>
        <translation>Intensité min.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="113"/>
        <source>Max current</source>
        <translation>Intensité max.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="114"/>
        <source>Min power</source>
        <translation>Puissance min.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="115"/>
        <source>Max power</source>
        <translation>Puissance max.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="116"/>
        <source>Min duration</source>
        <translation>Durée min.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="117"/>
        <source>Max duration</source>
        <translation>Durée max.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="118"/>
        <source>Days of the week</source>
        <translation>Jours de la semaine</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="119"/>
        <source>Reservation</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="120"/>
        <source>Start date and time</source>
        <translation>Date et heure de début</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="121"/>
        <source>End date and time</source>
        <translation>Date et heure de fin</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="122"/>
        <source>Contract ID</source>
        <translation>ID de contrat</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="123"/>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="124"/>
        <source>Whitelist</source>
        <translation>Liste blanche</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="125"/>
        <source>Default profile type</source>
        <translation>Type de profil par défaut</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="126"/>
        <source>Energy contract</source>
        <translation>Contrat d&apos;énergie</translation>
    </message>
</context>
<context>
    <name>ocpi::FieldWords</name>
    <message>
        <location filename="../ui/fieldwords.cpp" line="154"/>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="156"/>
        <source>Add at least one.</source>
        <translation>Ajoutez au moins une entrée.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="159"/>
        <source>At most %1 characters.</source>
        <translation>%1 caractères au maximum.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="162"/>
        <source>At most %1 digits.</source>
        <translation>%1 chiffres au maximum.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="165"/>
        <source>At most %1 entries.</source>
        <translation>%1 entrées au maximum.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="167"/>
        <source>Enter a whole number.</source>
        <translation>Saisissez un nombre entier.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="169"/>
        <source>Enter a number.</source>
        <translation>Saisissez un nombre.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="171"/>
        <source>Choose yes or no.</source>
        <translation>Choisissez oui ou non.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="173"/>
        <source>Enter a date and time such as 2025-01-31T14:30:00Z.</source>
        <translation>Saisissez une date et une heure comme 2025-01-31T14:30:00Z.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="176"/>
        <source>Choose one of the listed values.</source>
        <translation>Choisissez l&apos;une des valeurs proposées.</translation>
    </message>
    <message>
        <location filename="../ui/fieldwords.cpp" line="178"/>
        <source>Enter 0 or more.</source>
        <translation>Saisissez 0 ou plus.</translation>
    </message>
</context>
<context>
    <name>ocpi::InviteDialog</name>
    <message>
        <location filename="../ui/invitedialog.cpp" line="23"/>
        <source>Invite a partner</source>
        <translation>Inviter un partenaire</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="25"/>
        <source>The node issues a registration token (token A) for the new partner. Hand it over together with this node&apos;s versions URL through a secure channel; the partner then registers with this node.</source>
        <translation>Le nœud émet un jeton d&apos;inscription (jeton A) pour le nouveau partenaire. Transmettez-le avec l&apos;URL des versions de ce nœud par un canal sécurisé&#xa0;; le partenaire s&apos;inscrit ensuite auprès de ce nœud.</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="32"/>
        <source>e.g. the partner&apos;s company name</source>
        <translation>p. ex. la raison sociale du partenaire</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="33"/>
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="36"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="47"/>
        <location filename="../ui/invitedialog.cpp" line="51"/>
        <source>Token A</source>
        <translation>Jeton A</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="55"/>
        <location filename="../ui/invitedialog.cpp" line="63"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="56"/>
        <source>Copy token A</source>
        <translation>Copier le jeton A</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="62"/>
        <source>Versions URL</source>
        <translation>URL des versions</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="64"/>
        <source>Copy the versions URL</source>
        <translation>Copier l&apos;URL des versions</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="69"/>
        <source>&lt;b&gt;This token is shown only now.&lt;/b&gt; The node keeps only a fingerprint of it and cannot show it again; copy it before closing this window.</source>
        <translation>&lt;b&gt;Ce jeton n&apos;est affiché qu&apos;une seule fois.&lt;/b&gt; Le nœud n&apos;en conserve qu&apos;une empreinte et ne peut plus l&apos;afficher&#xa0;; copiez-le avant de fermer cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="75"/>
        <source>Token:</source>
        <translation>Jeton&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="76"/>
        <source>Our versions URL:</source>
        <translation>Notre URL des versions&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="77"/>
        <source>Valid until:</source>
        <translation>Valable jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="95"/>
        <source>Token A copied to the clipboard.</source>
        <translation>Jeton A copié dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="99"/>
        <source>Versions URL copied to the clipboard.</source>
        <translation>URL des versions copiée dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../ui/invitedialog.cpp" line="133"/>
        <source>The invitation failed: %1</source>
        <translation>L&apos;invitation a échoué&#xa0;: %1</translation>
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
        <translation>Un de nos sites</translation>
    </message>
    <message>
        <location filename="../ui/locationsmodel.cpp" line="145"/>
        <source>Received from %1 (read-only)</source>
        <translation>Reçu de %1 (lecture seule)</translation>
    </message>
    <message>
        <location filename="../ui/locationsmodel.cpp" line="174"/>
        <source>Id / UID</source>
        <translation>Id / UID</translation>
    </message>
    <message>
        <location filename="../ui/locationsmodel.cpp" line="175"/>
        <source>Name / EVSE ID / Standard</source>
        <translation>Nom / ID EVSE / Norme</translation>
    </message>
    <message>
        <location filename="../ui/locationsmodel.cpp" line="176"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/locationsmodel.cpp" line="177"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../ui/locationsmodel.cpp" line="178"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/locationsmodel.cpp" line="179"/>
        <source>Last updated</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <location filename="../ui/locationsmodel.cpp" line="188"/>
        <source>no EVSEs</source>
        <translation>aucun EVSE</translation>
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
        <translation>Sites, EVSE et connecteurs</translation>
    </message>
    <message>
        <location filename="../ui/locationspage.cpp" line="36"/>
        <source>The status to give the selected EVSE</source>
        <translation>Le statut à donner à l&apos;EVSE sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/locationspage.cpp" line="37"/>
        <source>EVSE status</source>
        <translation>Statut de l&apos;EVSE</translation>
    </message>
    <message>
        <location filename="../ui/locationspage.cpp" line="38"/>
        <source>Set EVSE status</source>
        <translation>Définir le statut de l&apos;EVSE</translation>
    </message>
    <message>
        <location filename="../ui/locationspage.cpp" line="39"/>
        <source>Set the selected EVSE of one of our locations to this status; partners are told</source>
        <translation>Mettre l&apos;EVSE sélectionné d&apos;un de nos sites dans ce statut&#xa0;; les partenaires en sont informés</translation>
    </message>
    <message>
        <location filename="../ui/locationspage.cpp" line="101"/>
        <source>EVSE %1 is now %2.</source>
        <translation>L&apos;EVSE %1 est maintenant %2.</translation>
    </message>
    <message>
        <location filename="../ui/locationspage.cpp" line="103"/>
        <source>Could not set EVSE %1 to %2: %3</source>
        <translation>Impossible de passer l&apos;EVSE %1 à %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../ui/locationspage.cpp" line="133"/>
        <source>New location</source>
        <translation>Nouveau site</translation>
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
        <translation>Trafic</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="78"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="../ui/modulepages.cpp" line="31"/>
        <source>Locations</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../ui/modulepages.cpp" line="32"/>
        <source>Tariffs</source>
        <translation>Tarifs</translation>
    </message>
    <message>
        <location filename="../ui/modulepages.cpp" line="33"/>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <location filename="../ui/modulepages.cpp" line="34"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../ui/modulepages.cpp" line="35"/>
        <source>CDRs</source>
        <translation>CDR</translation>
    </message>
    <message>
        <location filename="../ui/modulepages.cpp" line="36"/>
        <source>Commands</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../ui/modulepages.cpp" line="37"/>
        <source>Charging profiles</source>
        <translation>Profils de charge</translation>
    </message>
    <message>
        <location filename="../ui/modulepages.cpp" line="38"/>
        <source>Reservations</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="51"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="76"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="83"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="164"/>
        <source>Partners online: %1/%2</source>
        <translation>Partenaires en ligne&#xa0;: %1/%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="165"/>
        <source>Outbox: %1</source>
        <translation>File d&apos;envoi&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <source>Parked: %1</source>
        <translation>Retenus&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="168"/>
        <source>Errors (1 h): %1</source>
        <translation>Erreurs (1 h)&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="232"/>
        <source>&amp;Copy versions URL</source>
        <translation>&amp;Copier l&apos;URL des versions</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="238"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="242"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="245"/>
        <source>&amp;Page list</source>
        <translation>&amp;Liste des pages</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="252"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="253"/>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="264"/>
        <source>Listening at %1  |  %2  |  Requests: %3</source>
        <translation>À l&apos;écoute sur %1  |  %2  |  Requêtes&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="270"/>
        <source>Node not serving: %1</source>
        <translation>Le nœud ne sert pas&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="272"/>
        <source>Node stopped</source>
        <translation>Nœud arrêté</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="273"/>
        <source>Starting the node…</source>
        <translation>Démarrage du nœud…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="279"/>
        <source>About OCPI Node Console</source>
        <translation>À propos d&apos;OCPI Node Console</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="280"/>
        <source>&lt;b&gt;OCPI Node Console&lt;/b&gt; %1&lt;br&gt;An OCPI 2.2.1 node with an operator console.&lt;br&gt;Qt %2</source>
        <translation>&lt;b&gt;OCPI Node Console&lt;/b&gt; %1&lt;br&gt;Un nœud OCPI 2.2.1 avec une console d&apos;exploitation.&lt;br&gt;Qt %2</translation>
    </message>
</context>
<context>
    <name>ocpi::ObjectEditorDialog</name>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="53"/>
        <source>New %1</source>
        <translation>Nouvel objet %1</translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="53"/>
        <source>Edit %1</source>
        <translation>Modifier l&apos;objet %1</translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="59"/>
        <source>Changes are checked like a partner&apos;s PUT, stored, and sent to every partner that receives %1. The id cannot change.</source>
        <translation>Les modifications sont vérifiées comme le PUT d&apos;un partenaire, enregistrées, puis envoyées à chaque partenaire qui reçoit les %1. L&apos;id ne peut pas changer.</translation>
    </message>
    <message>
        <location filename="../ui/locationspage.cpp" line="150"/>
        <source>EVSEs and connectors are never deleted: set an EVSE&apos;s status to REMOVED instead.</source>
        <translation>Les EVSE et les connecteurs ne sont jamais supprimés&#xa0;: passez plutôt le statut de l&apos;EVSE à REMOVED.</translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="241"/>
        <source>%1: cannot change from &apos;%2&apos; when editing; use New for another object</source>
        <translation>%1&#xa0;: impossible de changer «&#xa0;%2&#xa0;» lors d&apos;une modification&#xa0;; utilisez Nouveau pour un autre objet</translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="167"/>
        <source>Not valid JSON at character %1: %2</source>
        <translation>JSON non valide au caractère %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="56"/>
        <source>Fields marked * are required. The %1 is checked like a partner&apos;s PUT, stored, and sent to every partner that receives %2.</source>
        <translation>Les champs marqués d&apos;un * sont obligatoires. L&apos;objet %1 est vérifié comme le PUT d&apos;un partenaire, enregistré, puis envoyé à chaque partenaire qui reçoit les %2.</translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="78"/>
        <source>Problems to fix</source>
        <translation>Problèmes à corriger</translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="79"/>
        <source>Press Enter or double-click to go to the field</source>
        <translation>Appuyez sur Entrée ou double-cliquez pour aller au champ</translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="90"/>
        <source>%1 as OCPI 2.2.1 JSON</source>
        <translation>%1 en JSON OCPI 2.2.1</translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="98"/>
        <source>&amp;Form</source>
        <translation>&amp;Formulaire</translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="99"/>
        <source>&amp;JSON (advanced)</source>
        <translation>&amp;JSON (avancé)</translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="171"/>
        <source>Expected one JSON object</source>
        <translation>Un seul objet JSON attendu</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/objecteditordialog.cpp" line="182"/>
        <source>%n problem(s) to fix; nothing was sent.</source>
        <translation>
            <numerusform>%n problème à corriger&#xa0;; rien n&apos;a été envoyé.</numerusform>
            <numerusform>%n problèmes à corriger&#xa0;; rien n&apos;a été envoyé.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="205"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="272"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../ui/objecteditordialog.cpp" line="278"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ocpi::ObjectForm</name>
    <message>
        <location filename="../ui/objectform.cpp" line="134"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
</context>
<context>
    <name>ocpi::ObjectListEditor</name>
    <message>
        <location filename="../ui/objectlisteditor.cpp" line="107"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../ui/objectlisteditor.cpp" line="107"/>
        <source>Add to %1</source>
        <translation>Ajouter à %1</translation>
    </message>
    <message>
        <location filename="../ui/objectlisteditor.cpp" line="108"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/objectlisteditor.cpp" line="108"/>
        <source>Remove from %1</source>
        <translation>Supprimer de %1</translation>
    </message>
    <message>
        <location filename="../ui/objectlisteditor.cpp" line="109"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../ui/objectlisteditor.cpp" line="109"/>
        <source>Move up in %1</source>
        <translation>Monter dans %1</translation>
    </message>
    <message>
        <location filename="../ui/objectlisteditor.cpp" line="110"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../ui/objectlisteditor.cpp" line="110"/>
        <source>Move down in %1</source>
        <translation>Descendre dans %1</translation>
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
            <numerusform>%1 (%n problème)</numerusform>
            <numerusform>%1 (%n problèmes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ocpi::ObjectListPage</name>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="44"/>
        <source>Show the objects of one owner party</source>
        <translation>Afficher les objets d&apos;une partie propriétaire</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="45"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="46"/>
        <source>All owners</source>
        <translation>Tous les propriétaires</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="48"/>
        <location filename="../ui/objectlistpage.cpp" line="49"/>
        <source>Search id or name</source>
        <translation>Rechercher un id ou un nom</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="51"/>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="52"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="53"/>
        <source>Change the selected object (only our own objects can be changed)</source>
        <translation>Modifier l&apos;objet sélectionné (seuls nos propres objets peuvent être modifiés)</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="56"/>
        <source>Owner:</source>
        <translation>Propriétaire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="73"/>
        <source>Selected object as JSON</source>
        <translation>Objet sélectionné en JSON</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="221"/>
        <source>Showing the first %1 objects (%2 ours); scroll to the end to read more. The owner filter and the search cover the objects read.</source>
        <translation>Affichage des %1 premiers objets (dont %2 à nous)&#xa0;; faites défiler jusqu&apos;à la fin pour en lire d&apos;autres. Le filtre par propriétaire et la recherche portent sur les objets lus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/objectlistpage.cpp" line="225"/>
        <source>%n object(s), %1 ours</source>
        <translation>
            <numerusform>%n objet, dont %1 à nous</numerusform>
            <numerusform>%n objets, dont %1 à nous</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="232"/>
        <source>Could not read the %1: %2</source>
        <translation>Impossible de lire les %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="319"/>
        <source>Select an object to see its JSON.</source>
        <translation>Sélectionnez un objet pour voir son JSON.</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="330"/>
        <source>Create an object owned by %1</source>
        <translation>Créer un objet appartenant à %1</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="331"/>
        <source>This node hosts no party that owns %1</source>
        <translation>Ce nœud n&apos;héberge aucune partie propriétaire des %1</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="340"/>
        <source>This node hosts no %1 party, so it has no %2 of its own to create or change: the list shows what partners sent, read-only. To issue your own, add a %1 party on the Settings page (or start with --party CC-PID:%1).</source>
        <translation>Ce nœud n&apos;héberge aucune partie %1&#xa0;; il n&apos;a donc pas de %2 à lui à créer ou modifier&#xa0;: la liste montre ce que les partenaires ont envoyé, en lecture seule. Pour émettre les vôtres, ajoutez une partie %1 sur la page Paramètres (ou démarrez avec --party CC-PID:%1).</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="387"/>
        <source>Created %1.</source>
        <translation>%1 créé.</translation>
    </message>
    <message>
        <location filename="../ui/objectlistpage.cpp" line="387"/>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
</context>
<context>
    <name>ocpi::ObjectTableModel</name>
    <message>
        <location filename="../ui/objecttablemodel.cpp" line="34"/>
        <source>One of our objects</source>
        <translation>Un de nos objets</translation>
    </message>
    <message>
        <location filename="../ui/objecttablemodel.cpp" line="34"/>
        <source>Received from %1 (read-only)</source>
        <translation>Reçu de %1 (lecture seule)</translation>
    </message>
    <message>
        <location filename="../ui/objecttablemodel.cpp" line="83"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../ui/objecttablemodel.cpp" line="88"/>
        <source>Last updated</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <location filename="../ui/objecttablemodel.cpp" line="94"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/objecttablemodel.cpp" line="102"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../ui/objecttablemodel.cpp" line="102"/>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>ocpi::ObjectTablePage</name>
    <message>
        <location filename="../ui/objecttablepage.cpp" line="14"/>
        <source>Objects: %1</source>
        <translation>Objets : %1</translation>
    </message>
</context>
<context>
    <name>ocpi::ObjectsController</name>
    <message>
        <location filename="../ui/objectscontroller.cpp" line="61"/>
        <source>no object module %1</source>
        <translation>aucun module d&apos;objets %1</translation>
    </message>
    <message>
        <location filename="../ui/objectscontroller.cpp" line="76"/>
        <source>%1 (hub)</source>
        <translation>%1 (hub)</translation>
    </message>
    <message>
        <location filename="../ui/objectscontroller.cpp" line="193"/>
        <source>%1 %2 of %3 exists already: edit it instead</source>
        <translation>%1 %2 de %3 existe déjà&#xa0;: modifiez-le plutôt</translation>
    </message>
    <message>
        <location filename="../ui/objectscontroller.cpp" line="246"/>
        <source>console operator</source>
        <translation>opérateur de la console</translation>
    </message>
</context>
<context>
    <name>ocpi::ParkedDeliveriesView</name>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="22"/>
        <source>Refused by the partner (parked)</source>
        <translation>Refusés par le partenaire (retenus)</translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="23"/>
        <source>Drop…</source>
        <translation>Abandonner…</translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="24"/>
        <source>Discard the selected parked delivery: the partner never receives it (ocpi-node outbox drop)</source>
        <translation>Abandonner l&apos;envoi retenu sélectionné&#xa0;: le partenaire ne le recevra jamais (ocpi-node outbox drop)</translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="25"/>
        <source>Drop the selected parked delivery</source>
        <translation>Abandonner l&apos;envoi retenu sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="27"/>
        <source>Parked deliveries</source>
        <translation>Envois retenus</translation>
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
        <translation>Requête</translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="28"/>
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="28"/>
        <source>Partner&apos;s answer</source>
        <translation>Réponse du partenaire</translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="67"/>
        <source>queued %1</source>
        <translation>en file depuis %1</translation>
    </message>
    <message>
        <location filename="../ui/parkeddeliveriesview.cpp" line="71"/>
        <source>Refused by the partner (parked): none</source>
        <translation>Refusés par le partenaire (retenus)&#xa0;: aucun</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/parkeddeliveriesview.cpp" line="72"/>
        <source>Refused by the partner (parked): %n</source>
        <translation>
            <numerusform>Refusés par le partenaire (retenus)&#xa0;: %n</numerusform>
            <numerusform>Refusés par le partenaire (retenus)&#xa0;: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ocpi::PartnerController</name>
    <message>
        <location filename="../ui/partnercontroller.cpp" line="159"/>
        <source>%1 offers nothing this node can pull</source>
        <translation>%1 ne propose rien que ce nœud puisse récupérer</translation>
    </message>
</context>
<context>
    <name>ocpi::PartnerDetailsView</name>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="43"/>
        <source>raw</source>
        <translation>brut</translation>
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
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="63"/>
        <source>Versions URL:</source>
        <translation>URL des versions&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="64"/>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="65"/>
        <source>Last contact:</source>
        <translation>Dernier contact&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="66"/>
        <source>Added:</source>
        <translation>Ajouté le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="67"/>
        <source>Our token:</source>
        <translation>Notre jeton&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="68"/>
        <source>The token this node presents to the partner. Only its start is shown.</source>
        <translation>Le jeton que ce nœud présente au partenaire. Seul son début est affiché.</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="69"/>
        <source>Their token:</source>
        <translation>Leur jeton&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="70"/>
        <source>Pushes waiting:</source>
        <translation>Envois en attente&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="73"/>
        <source>Token encoding</source>
        <translation>Encodage des jetons</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="74"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="76"/>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="77"/>
        <source>How this node writes its token in the Authorization header to this partner. Automatic tries Base64 (OCPI 2.2.1) and falls back to raw.</source>
        <translation>Comment ce nœud écrit son jeton dans l&apos;en-tête Authorization pour ce partenaire. Automatique essaie Base64 (OCPI 2.2.1) et se replie sur le brut.</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="83"/>
        <source>Token encoding:</source>
        <translation>Encodage du jeton&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="85"/>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="85"/>
        <location filename="../ui/partnerdetailsview.cpp" line="86"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="85"/>
        <source>Business name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="85"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="85"/>
        <source>Partner&apos;s roles</source>
        <translation>Rôles du partenaire</translation>
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
        <translation>Points d&apos;accès du partenaire</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="91"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="93"/>
        <source>Endpoints</source>
        <translation>Points d&apos;accès</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="108"/>
        <source>Select a partner to see its details.</source>
        <translation>Sélectionnez un partenaire pour voir ses détails.</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="125"/>
        <source>(not known yet)</source>
        <translation>(pas encore connu)</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="126"/>
        <source>(none negotiated)</source>
        <translation>(aucune négociée)</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="127"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="129"/>
        <location filename="../ui/partnerdetailsview.cpp" line="169"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="130"/>
        <source>the partner holds a live token of ours</source>
        <translation>le partenaire détient un de nos jetons actifs</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="131"/>
        <source>the partner holds no live token of ours</source>
        <translation>le partenaire ne détient aucun de nos jetons actifs</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="136"/>
        <source>detected: %1</source>
        <translation>détecté&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="137"/>
        <source>nothing detected yet</source>
        <translation>rien de détecté pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/partnerdetailsview.cpp" line="161"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/partnerdetailsview.cpp" line="163"/>
        <source>, %n refused by the partner</source>
        <translation>
            <numerusform>, %n refusé par le partenaire</numerusform>
            <numerusform>, %n refusés par le partenaire</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/partnerdetailsview.cpp" line="165"/>
        <source>; last error: %1</source>
        <translation>; dernière erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ocpi::PartnerFiguresModel</name>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="42"/>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="43"/>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="44"/>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="45"/>
        <source>not registered yet</source>
        <translation>pas encore inscrit</translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="46"/>
        <source>unregistered</source>
        <translation>désinscrit</translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="71"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="72"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="84"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="85"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="86"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="87"/>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="88"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../ui/partnerfiguresmodel.cpp" line="89"/>
        <source>Parked</source>
        <translation>Retenus</translation>
    </message>
</context>
<context>
    <name>ocpi::PartnersModel</name>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="15"/>
        <source>invited</source>
        <translation>invité</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="16"/>
        <source>registering</source>
        <translation>inscription en cours</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="17"/>
        <source>registered</source>
        <translation>inscrit</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="18"/>
        <source>unregistered</source>
        <translation>désinscrit</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="19"/>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="83"/>
        <source>As the hub reports them: nothing is sent to an OFFLINE or SUSPENDED party; a PLANNED one joins soon</source>
        <translation>Tels que le hub les signale&#xa0;: rien n&apos;est envoyé à une partie OFFLINE ou SUSPENDED&#xa0;; une partie PLANNED arrive bientôt</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="109"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="110"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="111"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="112"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="113"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="114"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="115"/>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="116"/>
        <source>Behind the hub</source>
        <translation>Derrière le hub</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="171"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/partnersmodel.cpp" line="200"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>ocpi::PartnersPage</name>
    <message>
        <location filename="../ui/partnerspage.cpp" line="41"/>
        <source>Invite partner…</source>
        <translation>Inviter un partenaire…</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="42"/>
        <source>Issue a registration token (token A) for a partner that will register with this node</source>
        <translation>Émettre un jeton d&apos;inscription (jeton A) pour un partenaire qui s&apos;inscrira auprès de ce nœud</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="43"/>
        <source>Register with partner…</source>
        <translation>S&apos;inscrire auprès d&apos;un partenaire…</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="44"/>
        <source>Register this node with a partner that gave you its versions URL and a token A</source>
        <translation>Inscrire ce nœud auprès d&apos;un partenaire qui vous a donné son URL des versions et un jeton A</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="45"/>
        <source>Update credentials</source>
        <translation>Renouveler les identifiants</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="46"/>
        <source>Exchange new tokens with the selected partner</source>
        <translation>Échanger de nouveaux jetons avec le partenaire sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="47"/>
        <source>Pull now</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="48"/>
        <source>Fetch the partner&apos;s locations, tariffs and tokens (what changed since the last pull)</source>
        <translation>Récupérer les sites, tarifs et jetons du partenaire (ce qui a changé depuis la dernière récupération)</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="49"/>
        <source>Send refused pushes again</source>
        <translation>Renvoyer les envois refusés</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="50"/>
        <source>Queue the deliveries the partner refused (parked) again, once the cause is fixed (ocpi-node outbox retry)</source>
        <translation>Remettre en file les envois refusés par le partenaire (retenus), une fois la cause corrigée (ocpi-node outbox retry)</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="52"/>
        <location filename="../ui/partnerspage.cpp" line="314"/>
        <location filename="../ui/partnerspage.cpp" line="320"/>
        <source>Unregister</source>
        <translation>Désinscrire</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="53"/>
        <source>End the connection with the selected partner; its tokens stop working</source>
        <translation>Mettre fin à la connexion avec le partenaire sélectionné&#xa0;; ses jetons cessent de fonctionner</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="54"/>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="55"/>
        <source>Delete an invited, failed or unregistered partner with its tokens and queued deliveries (ocpi-node partners remove)</source>
        <translation>Supprimer un partenaire invité, en échec ou désinscrit, avec ses jetons et ses envois en file (ocpi-node partners remove)</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="72"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="200"/>
        <source>Could not read the partners: %1</source>
        <translation>Impossible de lire les partenaires&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="239"/>
        <source>No partners yet: invite one or register with one.</source>
        <translation>Aucun partenaire pour l&apos;instant&#xa0;: invitez-en un ou inscrivez-vous auprès d&apos;un partenaire.</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="240"/>
        <source>Select a partner to see its details.</source>
        <translation>Sélectionnez un partenaire pour voir ses détails.</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="293"/>
        <source>Registered with %1.</source>
        <translation>Inscrit auprès de %1.</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="315"/>
        <source>Unregister from %1?

The partner is told first; then every token between the two nodes stops working, whatever it answers.</source>
        <translation>Se désinscrire de %1&#xa0;?

Le partenaire est d&apos;abord prévenu&#xa0;; ensuite, tous les jetons entre les deux nœuds cessent de fonctionner, quelle que soit sa réponse.</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="340"/>
        <source>Cannot remove %1: %2</source>
        <translation>Impossible de supprimer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="342"/>
        <source>Removed %1 (it was %2).</source>
        <translation>%1 supprimé (il était %2).</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="351"/>
        <source>Remove partner</source>
        <translation>Supprimer le partenaire</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="352"/>
        <source>Remove %1 (%2)?

Its tokens, including an unused token A, stop working and its queued deliveries are dropped. Objects received from it stay.</source>
        <translation>Supprimer %1 (%2)&#xa0;?

Ses jetons, y compris un jeton A inutilisé, cessent de fonctionner et ses envois en file sont abandonnés. Les objets reçus de lui sont conservés.</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="357"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="373"/>
        <source>Drop parked delivery</source>
        <translation>Abandonner l&apos;envoi retenu</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="374"/>
        <source>Drop delivery %1 to %2?

The partner never receives it, and it cannot be queued again.</source>
        <translation>Abandonner l&apos;envoi %1 à %2&#xa0;?

Le partenaire ne le recevra jamais, et il ne pourra pas être remis en file.</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="380"/>
        <source>Drop</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="387"/>
        <source>Cannot drop delivery %1: %2</source>
        <translation>Impossible d&apos;abandonner l&apos;envoi %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="389"/>
        <source>Delivery %1 is no longer parked (sent again or dropped meanwhile).</source>
        <translation>L&apos;envoi %1 n&apos;est plus retenu (renvoyé ou abandonné entre-temps).</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="391"/>
        <source>Delivery %1 to %2 dropped; the partner will not receive it.</source>
        <translation>Envoi %1 à %2 abandonné&#xa0;; le partenaire ne le recevra pas.</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="416"/>
        <source>Pulling from %1…</source>
        <translation>Récupération depuis %1…</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="420"/>
        <source>Pulling from %1 failed: %2</source>
        <translation>La récupération depuis %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="424"/>
        <source>%1: %2 stored, %3 skipped</source>
        <translation>%1&#xa0;: %2 enregistrés, %3 ignorés</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="425"/>
        <source>Pulled from %1: %2.</source>
        <translation>Récupéré depuis %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="441"/>
        <source>Cannot queue the refused pushes to %1 again: %2</source>
        <translation>Impossible de remettre en file les envois refusés à %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/partnerspage.cpp" line="443"/>
        <source>%n refused push(es) to %1 queued again.</source>
        <translation>
            <numerusform>%n envoi refusé à %1 remis en file.</numerusform>
            <numerusform>%n envois refusés à %1 remis en file.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="452"/>
        <source>Updating the credentials with %1…</source>
        <translation>Renouvellement des identifiants avec %1…</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="452"/>
        <source>Unregistering from %1…</source>
        <translation>Désinscription de %1…</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="457"/>
        <source>Updating the credentials with %1 failed: %2</source>
        <translation>Le renouvellement des identifiants avec %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="458"/>
        <source>Unregistering from %1 failed: %2</source>
        <translation>La désinscription de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="461"/>
        <source>New credentials exchanged with %1.</source>
        <translation>Nouveaux identifiants échangés avec %1.</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="463"/>
        <source>Unregistered from %1: %2</source>
        <translation>Désinscrit de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="478"/>
        <source>%1 now gets tokens encoded as: %2</source>
        <translation>%1 reçoit désormais les jetons encodés en&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/partnerspage.cpp" line="480"/>
        <source>Could not change the token encoding: %1</source>
        <translation>Impossible de changer l&apos;encodage du jeton&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ocpi::ProfileChart</name>
    <message>
        <location filename="../ui/profilechart.cpp" line="59"/>
        <source>%1 %2 from %3 min</source>
        <translation>%1 %2 à partir de %3 min</translation>
    </message>
    <message>
        <location filename="../ui/profilechart.cpp" line="43"/>
        <location filename="../ui/profilechart.cpp" line="50"/>
        <location filename="../ui/profilechart.cpp" line="105"/>
        <source>No profile known yet</source>
        <translation>Aucun profil connu pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../ui/profilechart.cpp" line="42"/>
        <source>Charging profile</source>
        <translation>Profil de charge</translation>
    </message>
    <message>
        <location filename="../ui/profilechart.cpp" line="75"/>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message>
        <location filename="../ui/profilechart.cpp" line="77"/>
        <source>%1 from %2</source>
        <translation>%1 à partir de %2</translation>
    </message>
    <message>
        <location filename="../ui/profilechart.cpp" line="78"/>
        <source>%1 after %2 min</source>
        <translation>%1 après %2 min</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/profilechart.cpp" line="81"/>
        <source>%n more step(s)</source>
        <translation>
            <numerusform>%n étape de plus</numerusform>
            <numerusform>%n étapes de plus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/profilechart.cpp" line="128"/>
        <source>now</source>
        <translation>maintenant</translation>
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
        <translation>Requêtes par minute sur la dernière heure</translation>
    </message>
    <message>
        <location filename="../ui/ratechart.cpp" line="23"/>
        <source>Click to open the traffic.</source>
        <translation>Cliquez pour ouvrir le trafic.</translation>
    </message>
    <message>
        <location filename="../ui/ratechart.cpp" line="37"/>
        <source>Last hour: %1 requests, %2 errors, busiest minute %3 requests</source>
        <translation>Dernière heure&#xa0;: %1 requêtes, %2 erreurs, minute la plus chargée %3 requêtes</translation>
    </message>
    <message>
        <location filename="../ui/ratechart.cpp" line="67"/>
        <source>%1/min</source>
        <translation>%1/min</translation>
    </message>
    <message>
        <location filename="../ui/ratechart.cpp" line="68"/>
        <source>60 min ago</source>
        <translation>il y a 60 min</translation>
    </message>
    <message>
        <location filename="../ui/ratechart.cpp" line="69"/>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
</context>
<context>
    <name>ocpi::RegisterDetailsPage</name>
    <message>
        <location filename="../ui/registerwizard.cpp" line="29"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="30"/>
        <source>Enter the versions URL and the registration token (token A) the partner gave you.</source>
        <translation>Saisissez l&apos;URL des versions et le jeton d&apos;inscription (jeton A) que le partenaire vous a donnés.</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="36"/>
        <source>optional: else the partner&apos;s business name</source>
        <translation>facultatif&#xa0;: sinon la raison sociale du partenaire</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="38"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="39"/>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="40"/>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="41"/>
        <source>How to write tokens to this partner. Automatic tries Base64 (OCPI 2.2.1) and falls back to raw for older implementations.</source>
        <translation>Comment écrire les jetons pour ce partenaire. Automatique essaie Base64 (OCPI 2.2.1) et se replie sur le brut pour les implémentations plus anciennes.</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="47"/>
        <source>Versions URL:</source>
        <translation>URL des versions&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="48"/>
        <source>Token A:</source>
        <translation>Jeton A&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="49"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="50"/>
        <source>Token encoding:</source>
        <translation>Encodage du jeton&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="73"/>
        <source>The versions URL must be an http or https URL.</source>
        <translation>L&apos;URL des versions doit être une URL http ou https.</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="78"/>
        <source>A token has at most 64 printable characters and no spaces.</source>
        <translation>Un jeton comporte au plus 64 caractères imprimables, sans espace.</translation>
    </message>
</context>
<context>
    <name>ocpi::RegisterProgressPage</name>
    <message>
        <location filename="../ui/registerwizard.cpp" line="104"/>
        <source>Registration</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="113"/>
        <source>The registered partner&apos;s parties and endpoints</source>
        <translation>Parties et points d&apos;accès du partenaire inscrit</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="128"/>
        <source>Exchanging credentials with the partner; this window stays usable meanwhile.</source>
        <translation>Échange des identifiants avec le partenaire&#xa0;; cette fenêtre reste utilisable pendant ce temps.</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="130"/>
        <source>Registering with %1…</source>
        <translation>Inscription auprès de %1…</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="154"/>
        <source>The partner&apos;s parties and endpoints are stored; it is listed on the Partners page.</source>
        <translation>Les parties et les points d&apos;accès du partenaire sont enregistrés&#xa0;; il figure sur la page Partenaires.</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="155"/>
        <source>Registered with %1.</source>
        <translation>Inscrit auprès de %1.</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="160"/>
        <source>The registration failed: %1</source>
        <translation>L&apos;inscription a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="161"/>
        <source>Go back to correct the input, or close the wizard.</source>
        <translation>Revenez en arrière pour corriger la saisie, ou fermez l&apos;assistant.</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="171"/>
        <source>Parties:</source>
        <translation>Parties&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="176"/>
        <source>Version: %1</source>
        <translation>Version&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/registerwizard.cpp" line="176"/>
        <source>Endpoints:</source>
        <translation>Points d&apos;accès&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ocpi::RegisterWizard</name>
    <message>
        <location filename="../ui/registerwizard.cpp" line="194"/>
        <source>Register with a partner</source>
        <translation>S&apos;inscrire auprès d&apos;un partenaire</translation>
    </message>
</context>
<context>
    <name>ocpi::ReservationDialog</name>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="20"/>
        <source>Ask for a reservation</source>
        <translation>Demander une réservation</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="22"/>
        <source>Registered partners that announce the reservations module</source>
        <translation>Partenaires inscrits qui annoncent le module des réservations</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="24"/>
        <source>The partner&apos;s locations as this node holds them (pushed by the CPO or pulled)</source>
        <translation>Les sites du partenaire tels que ce nœud les détient (envoyés par le CPO ou récupérés)</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="27"/>
        <source>Our own tokens: the EVSE is held for this one</source>
        <translation>Nos propres jetons&#xa0;: l&apos;EVSE est réservé pour celui-ci</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="32"/>
        <source>Accept the offer at once</source>
        <translation>Accepter l&apos;offre immédiatement</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="33"/>
        <source>Without it the offer waits on the Reservations page for Accept or Cancel</source>
        <translation>Sinon, l&apos;offre attend sur la page Réservations d&apos;être acceptée ou annulée</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="36"/>
        <source>Partner CPO:</source>
        <translation>CPO partenaire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="37"/>
        <source>Location:</source>
        <translation>Site&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="38"/>
        <source>EVSE:</source>
        <translation>EVSE&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="39"/>
        <source>Token:</source>
        <translation>Jeton&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="40"/>
        <source>From:</source>
        <translation>Du&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="41"/>
        <source>To:</source>
        <translation>Au&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="54"/>
        <source>Ask for an offer</source>
        <translation>Demander une offre</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="65"/>
        <location filename="../ui/reservationdialog.cpp" line="107"/>
        <source>(any: the CPO chooses)</source>
        <translation>(indifférent&#xa0;: le CPO choisit)</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="79"/>
        <source>Could not read the partners</source>
        <translation>Impossible de lire les partenaires</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="81"/>
        <source>No registered partner announces the reservations module: it must run with --reservations on, then update the registration (Partners page).</source>
        <translation>Aucun partenaire inscrit n&apos;annonce le module des réservations&#xa0;: il doit fonctionner avec --reservations on, puis mettre à jour l&apos;inscription (page Partenaires).</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="104"/>
        <source>Could not read the partner&apos;s locations</source>
        <translation>Impossible de lire les sites du partenaire</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="110"/>
        <source>This node holds no location of this partner: pull its locations first (Partners page).</source>
        <translation>Ce nœud ne détient aucun site de ce partenaire&#xa0;: récupérez d&apos;abord ses sites (page Partenaires).</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="112"/>
        <source>This node has no token of its own to reserve for: create one on the Tokens page.</source>
        <translation>Ce nœud n&apos;a aucun jeton à lui pour lequel réserver&#xa0;: créez-en un sur la page Jetons.</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="125"/>
        <source>To: the window must end after it starts.</source>
        <translation>Au&#xa0;: le créneau doit se terminer après son début.</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="134"/>
        <source>Asking the CPO…</source>
        <translation>Demande au CPO…</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="137"/>
        <source>The request failed</source>
        <translation>La requête a échoué</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="148"/>
        <source>Offered; accepting…</source>
        <translation>Offre reçue&#xa0;; acceptation…</translation>
    </message>
    <message>
        <location filename="../ui/reservationdialog.cpp" line="151"/>
        <source>The offer came, but accepting it failed (accept it on the Reservations page)</source>
        <translation>L&apos;offre est arrivée, mais son acceptation a échoué (acceptez-la sur la page Réservations)</translation>
    </message>
</context>
<context>
    <name>ocpi::ReservationsPage</name>
    <message>
        <location filename="../ui/reservationspage.cpp" line="42"/>
        <source>%1 %2 excl. VAT</source>
        <translation>%1 %2 HT</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="48"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="49"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="51"/>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="53"/>
        <source>we asked</source>
        <translation>demandée par nous</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="54"/>
        <source>asked of us</source>
        <translation>demandée à nous</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="56"/>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="58"/>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="60"/>
        <source>Window</source>
        <translation>Créneau</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="61"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="62"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="76"/>
        <source>Ask for a reservation…</source>
        <translation>Demander une réservation…</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="77"/>
        <source>Accept offer</source>
        <translation>Accepter l&apos;offre</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="78"/>
        <source>Accept the selected offer: the CPO holds the EVSE from the window&apos;s start</source>
        <translation>Accepter l&apos;offre sélectionnée&#xa0;: le CPO réserve l&apos;EVSE dès le début du créneau</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="79"/>
        <source>Cancel reservation</source>
        <translation>Annuler la réservation</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="80"/>
        <source>Cancel the selected reservation at the CPO (an active one frees its EVSE at once)</source>
        <translation>Annuler la réservation sélectionnée auprès du CPO (une réservation active libère aussitôt son EVSE)</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="86"/>
        <source>Reservations</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="87"/>
        <source>Selected reservation</source>
        <translation>Réservation sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="95"/>
        <source>Time windows on an EVSE, offered with their price (custom module)</source>
        <translation>Créneaux sur un EVSE, proposés avec leur prix (module personnalisé)</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="121"/>
        <source>Reservations are off on this node: start it with --reservations on (or OCPI_RESERVATIONS=on, or reservations=on in its settings file).</source>
        <translation>Les réservations sont désactivées sur ce nœud&#xa0;: démarrez-le avec --reservations on (ou OCPI_RESERVATIONS=on, ou reservations=on dans son fichier de paramètres).</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="149"/>
        <source>the newest %1 reservations</source>
        <translation>les %1 réservations les plus récentes</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reservationspage.cpp" line="150"/>
        <source>%n reservation(s)</source>
        <translation>
            <numerusform>%n réservation</numerusform>
            <numerusform>%n réservations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="157"/>
        <source>Could not read the reservations: %1</source>
        <translation>Impossible de lire les réservations&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="187"/>
        <source>Select a reservation to see it whole.</source>
        <translation>Sélectionnez une réservation pour la voir en entier.</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="197"/>
        <source>Ask a partner CPO for a time window on one of its EVSEs</source>
        <translation>Demander à un CPO partenaire un créneau sur l&apos;un de ses EVSE</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="198"/>
        <source>Reservations are asked for as an eMSP: this node hosts no eMSP party</source>
        <translation>Les réservations sont demandées en tant qu&apos;eMSP&#xa0;: ce nœud n&apos;héberge aucune partie eMSP</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="216"/>
        <source>%1: the CPO refused: %2</source>
        <translation>%1&#xa0;: le CPO a refusé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="217"/>
        <source>%1: %2 by the CPO.</source>
        <translation>%1&#xa0;: %2 par le CPO.</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="237"/>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="239"/>
        <source>%1 could not be %2: %3</source>
        <translation>La réservation %1 n&apos;a pas pu être %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="239"/>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <location filename="../ui/reservationspage.cpp" line="239"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
</context>
<context>
    <name>ocpi::SendCommandDialog</name>
    <message>
        <location filename="../ui/objectpickers.cpp" line="56"/>
        <source>%1, not valid</source>
        <translation>%1, non valide</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="38"/>
        <source>Send a command</source>
        <translation>Envoyer une commande</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="40"/>
        <source>Registered partners holding a CPO role</source>
        <translation>Partenaires inscrits ayant un rôle CPO</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="45"/>
        <source>The partner&apos;s locations as this node holds them (pushed by the CPO or pulled)</source>
        <translation>Les sites du partenaire tels que ce nœud les détient (envoyés par le CPO ou récupérés)</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="49"/>
        <source>Our own tokens: the command carries the whole token (CMD-07)</source>
        <translation>Nos propres jetons&#xa0;: la commande transporte le jeton complet (CMD-07)</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="51"/>
        <source>The partner&apos;s sessions as this node holds them</source>
        <translation>Les sessions du partenaire telles que ce nœud les détient</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="57"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="58"/>
        <source>The authorization_reference this node gave when the CPO asked to authorize the token (Tokens page, Authorize); the session and the CDR carry it back</source>
        <translation>L&apos;authorization_reference que ce nœud a donnée quand le CPO a demandé d&apos;autoriser le jeton (page Jetons, Autoriser)&#xa0;; la session et le CDR la renvoient</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="61"/>
        <source>the start of a location id, token uid or session id</source>
        <translation>le début d&apos;un id de site, d&apos;un uid de jeton ou d&apos;un id de session</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="68"/>
        <source>Partner CPO:</source>
        <translation>CPO partenaire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="69"/>
        <source>Command:</source>
        <translation>Commande&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="70"/>
        <source>Find:</source>
        <translation>Chercher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="71"/>
        <source>Location:</source>
        <translation>Site&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="72"/>
        <source>EVSE:</source>
        <translation>EVSE&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="73"/>
        <source>Connector:</source>
        <translation>Connecteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="74"/>
        <source>Token:</source>
        <translation>Jeton&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="75"/>
        <source>Session:</source>
        <translation>Session&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="76"/>
        <source>Reservation ends:</source>
        <translation>Fin de la réservation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="77"/>
        <source>Reservation id:</source>
        <translation>Id de réservation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="78"/>
        <source>Authorization reference:</source>
        <translation>Référence d&apos;autorisation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="88"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="152"/>
        <source>Could not read the partners: %1</source>
        <translation>Impossible de lire les partenaires&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="156"/>
        <source>No registered partner holds a CPO role: register with a CPO first.</source>
        <translation>Aucun partenaire inscrit n&apos;a de rôle CPO&#xa0;: inscrivez-vous d&apos;abord auprès d&apos;un CPO.</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="184"/>
        <source>Could not read the partner&apos;s objects: %1</source>
        <translation>Impossible de lire les objets du partenaire&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="209"/>
        <source>No location id starts with &quot;%1&quot;.</source>
        <translation>Aucun id de site ne commence par «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="211"/>
        <source>This node holds no location of this partner: pull its locations first (Partners page).</source>
        <translation>Ce nœud ne détient aucun site de ce partenaire&#xa0;: récupérez d&apos;abord ses sites (page Partenaires).</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="213"/>
        <source>The pickers show the first %1 of each kind: type the start of an id in Find for the others.</source>
        <translation>Les listes affichent les %1 premiers éléments de chaque type&#xa0;: saisissez le début d&apos;un id dans Chercher pour les autres.</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="227"/>
        <source>(any: the CPO chooses)</source>
        <translation>(indifférent&#xa0;: le CPO choisit)</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="236"/>
        <source>(any)</source>
        <translation>(indifférent)</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="306"/>
        <source>Choose a partner CPO.</source>
        <translation>Choisissez un CPO partenaire.</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="306"/>
        <source>%1 needs: %2</source>
        <translation>%1 requiert&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="312"/>
        <source>Sending %1 to %2…</source>
        <translation>Envoi de %1 à %2…</translation>
    </message>
    <message>
        <location filename="../ui/sendcommanddialog.cpp" line="317"/>
        <source>Not sent: %1</source>
        <translation>Non envoyée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ocpi::SessionsPage</name>
    <message>
        <location filename="../ui/sessionspage.cpp" line="40"/>
        <source>Charging profile…</source>
        <translation>Profil de charge…</translation>
    </message>
    <message>
        <location filename="../ui/sessionspage.cpp" line="41"/>
        <source>Set, read or clear the power limit of this session at the CPO</source>
        <translation>Définir, lire ou effacer la limite de puissance de cette session auprès du CPO</translation>
    </message>
    <message>
        <location filename="../ui/sessionspage.cpp" line="83"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../ui/sessionspage.cpp" line="84"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/sessionspage.cpp" line="85"/>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../ui/sessionspage.cpp" line="90"/>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <location filename="../ui/sessionspage.cpp" line="94"/>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <location filename="../ui/sessionspage.cpp" line="95"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/sessionspage.cpp" line="96"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../ui/sessionspage.cpp" line="97"/>
        <source>Periods</source>
        <translation>Périodes</translation>
    </message>
    <message>
        <location filename="../ui/sessionspage.cpp" line="130"/>
        <source>Sessions are never deleted: end one with status COMPLETED or INVALID.</source>
        <translation>Les sessions ne sont jamais supprimées&#xa0;: terminez-en une avec le statut COMPLETED ou INVALID.</translation>
    </message>
</context>
<context>
    <name>ocpi::SettingsPage</name>
    <message>
        <location filename="../ui/settingspage.cpp" line="56"/>
        <source>Database:</source>
        <translation>Base de données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="65"/>
        <source>Apply and restart the listener</source>
        <translation>Appliquer et redémarrer l&apos;écoute</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="66"/>
        <source>Check every field, save the settings and restart the node on them</source>
        <translation>Vérifier chaque champ, enregistrer les paramètres et redémarrer le nœud avec ceux-ci</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="67"/>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="68"/>
        <source>Show the running node&apos;s settings again</source>
        <translation>Afficher de nouveau les paramètres du nœud en cours d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="87"/>
        <source>The node did not start on these settings: %1. Correct them and apply again.</source>
        <translation>Le nœud n&apos;a pas démarré avec ces paramètres&#xa0;: %1. Corrigez-les et appliquez de nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="113"/>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="115"/>
        <source>set by %1, which wins over the saved value at the next start</source>
        <translation>défini par %1, qui l&apos;emporte sur la valeur enregistrée au prochain démarrage</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="117"/>
        <source>from %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="120"/>
        <source>%1 (change it with --db; the console keeps one database while it runs)</source>
        <translation>%1 (modifiable avec --db&#xa0;; la console garde une même base de données tant qu&apos;elle tourne)</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="150"/>
        <source>1 setting needs correcting; nothing was saved.</source>
        <translation>1 paramètre doit être corrigé&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="151"/>
        <source>%1 settings need correcting; nothing was saved.</source>
        <translation>%1 paramètres doivent être corrigés&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="164"/>
        <source>Not saved: %1. Check that the folder is writable.</source>
        <translation>Non enregistré&#xa0;: %1. Vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="171"/>
        <source>Saved to %1; restarting the listener…</source>
        <translation>Enregistré dans %1&#xa0;; redémarrage de l&apos;écoute…</translation>
    </message>
</context>
<context>
    <name>ocpi::StatusPage</name>
    <message>
        <location filename="../ui/statuspage.cpp" line="38"/>
        <source>Versions URL</source>
        <translation>URL des versions</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="39"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="40"/>
        <source>Copy the versions URL</source>
        <translation>Copier l&apos;URL des versions</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="41"/>
        <source>Copy the versions URL to give it to a partner</source>
        <translation>Copier l&apos;URL des versions pour la donner à un partenaire</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="53"/>
        <source>The node processes serving this database (several on PostgreSQL behind a load balancer); the leader runs the work that must happen once (command timeouts, simulated charge points)</source>
        <translation>Les processus de nœud qui servent cette base de données (plusieurs avec PostgreSQL derrière un répartiteur de charge)&#xa0;; le leader exécute les tâches qui ne doivent avoir lieu qu&apos;une fois (délais des commandes, bornes simulées)</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="57"/>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="58"/>
        <source>Listening at:</source>
        <translation>À l&apos;écoute sur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="59"/>
        <source>Versions URL:</source>
        <translation>URL des versions&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="60"/>
        <source>Hosted parties:</source>
        <translation>Parties hébergées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="61"/>
        <source>Started at:</source>
        <translation>Démarré le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="62"/>
        <source>Uptime:</source>
        <translation>Durée de fonctionnement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="63"/>
        <source>Requests served:</source>
        <translation>Requêtes servies&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="64"/>
        <source>Request log:</source>
        <translation>Journal des requêtes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="65"/>
        <source>Database:</source>
        <translation>Base de données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="66"/>
        <source>Processes:</source>
        <translation>Processus&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="95"/>
        <source>(demo identity: no --party given)</source>
        <translation>(identité de démo&#xa0;: aucun --party indiqué)</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="105"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="106"/>
        <source>Serving</source>
        <translation>En service</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="108"/>
        <source>Not serving: %1</source>
        <translation>Hors service&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="110"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="128"/>
        <source>%1 exchanges written</source>
        <translation>%1 échanges écrits</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="130"/>
        <source>%1 dropped (writer overloaded)</source>
        <translation>%1 abandonnés (écriture surchargée)</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="141"/>
        <source>cannot read them: %1</source>
        <translation>impossible de les lire&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="149"/>
        <source>gone (last seen %1)</source>
        <translation>disparu (vu en dernier le %1)</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="151"/>
        <source>serving, leads</source>
        <translation>en service, leader</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="151"/>
        <source>serving</source>
        <translation>en service</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="152"/>
        <source>%1 pid %2, %3: %4</source>
        <translation>%1 pid %2, %3&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../ui/statuspage.cpp" line="154"/>
        <source>(this console)</source>
        <translation>(cette console)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/statuspage.cpp" line="173"/>
        <source>%n day(s) %1</source>
        <translation>
            <numerusform>%n jour %1</numerusform>
            <numerusform>%n jours %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ocpi::TariffsPage</name>
    <message>
        <location filename="../ui/tariffspage.cpp" line="16"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="17"/>
        <source>Withdraw the selected tariff; partners are told to delete their copy</source>
        <translation>Retirer le tarif sélectionné&#xa0;; les partenaires sont invités à supprimer leur copie</translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="27"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="28"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="30"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="33"/>
        <source>(all)</source>
        <translation>(tous)</translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="35"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="72"/>
        <source>Delete tariff</source>
        <translation>Supprimer le tarif</translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="73"/>
        <source>Delete tariff %1 of %2?

Partners are told to delete their copy. A tariff still named in a connector&apos;s tariff_ids is not deleted: change those first.</source>
        <translation>Supprimer le tarif %1 de %2&#xa0;?

Les partenaires sont invités à supprimer leur copie. Un tarif encore cité dans les tariff_ids d&apos;un connecteur n&apos;est pas supprimé&#xa0;: modifiez d&apos;abord ces connecteurs.</translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="78"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="85"/>
        <source>Deleted tariff %1.</source>
        <translation>Tarif %1 supprimé.</translation>
    </message>
    <message>
        <location filename="../ui/tariffspage.cpp" line="87"/>
        <source>Could not delete tariff %1: %2</source>
        <translation>Impossible de supprimer le tarif %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ocpi::TokensPage</name>
    <message>
        <location filename="../ui/tokenspage.cpp" line="14"/>
        <source>Invalidate</source>
        <translation>Invalider</translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="15"/>
        <source>Block the selected token (valid = false); CPOs are told with a PATCH</source>
        <translation>Bloquer le jeton sélectionné (valid = false)&#xa0;; les CPO en sont informés par un PATCH</translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="16"/>
        <source>Validate</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="17"/>
        <source>Make the selected token valid again; CPOs are told with a PATCH</source>
        <translation>Rendre le jeton sélectionné de nouveau valide&#xa0;; les CPO en sont informés par un PATCH</translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="18"/>
        <source>Authorize…</source>
        <translation>Autoriser…</translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="19"/>
        <source>Ask this node&apos;s real-time authorization about one of our tokens</source>
        <translation>Interroger l&apos;autorisation en temps réel de ce nœud sur l&apos;un de nos jetons</translation>
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
        <translation>Id de contrat</translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="36"/>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="37"/>
        <source>Whitelist</source>
        <translation>Liste blanche</translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="91"/>
        <source>Could not change token %1: %2</source>
        <translation>Impossible de modifier le jeton %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="93"/>
        <source>Token %1 is valid again.</source>
        <translation>Le jeton %1 est de nouveau valide.</translation>
    </message>
    <message>
        <location filename="../ui/tokenspage.cpp" line="94"/>
        <source>Token %1 is invalidated.</source>
        <translation>Le jeton %1 est invalidé.</translation>
    </message>
</context>
<context>
    <name>ocpi::TrafficDetailView</name>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="33"/>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="34"/>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="44"/>
        <source>Select an exchange to see its headers and bodies.</source>
        <translation>Sélectionnez un échange pour voir ses en-têtes et ses corps.</translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="50"/>
        <source>incoming from %1</source>
        <translation>entrant, de %1</translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="50"/>
        <source>an unknown client</source>
        <translation>un client inconnu</translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="52"/>
        <source>outgoing to %1</source>
        <translation>sortant, vers %1</translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="54"/>
        <source>%1 %2 — %3; no answer: %4, after %5 ms</source>
        <translation>%1 %2 — %3&#xa0;; pas de réponse&#xa0;: %4, après %5 ms</translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="56"/>
        <source>no HTTP response</source>
        <translation>aucune réponse HTTP</translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="58"/>
        <source>%1 %2 — %3; HTTP %4, OCPI %5, %6 ms</source>
        <translation>%1 %2 — %3&#xa0;; HTTP %4, OCPI %5, %6 ms</translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="61"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="64"/>
        <source>X-Request-ID %1, X-Correlation-ID %2</source>
        <translation>X-Request-ID %1, X-Correlation-ID %2</translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="66"/>
        <source>Accepted with warnings: %1</source>
        <translation>Accepté avec des avertissements&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/trafficdetailview.cpp" line="70"/>
        <source>No response: %1</source>
        <translation>Pas de réponse&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ocpi::TrafficFilterBar</name>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="38"/>
        <source>All partners</source>
        <translation>Tous les partenaires</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="38"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="39"/>
        <source>All modules</source>
        <translation>Tous les modules</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="39"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="42"/>
        <source>Both directions</source>
        <translation>Les deux sens</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="42"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="43"/>
        <source>Incoming</source>
        <translation>Entrants</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="44"/>
        <source>Outgoing</source>
        <translation>Sortants</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="45"/>
        <source>All methods</source>
        <translation>Toutes les méthodes</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="45"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="48"/>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="48"/>
        <source>One status (404) or a class (4xx)</source>
        <translation>Un statut (404) ou une classe (4xx)</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="49"/>
        <source>OCPI status</source>
        <translation>Statut OCPI</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="49"/>
        <source>One status (2001) or a class (2xxx)</source>
        <translation>Un statut (2001) ou une classe (2xxx)</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="50"/>
        <source>Errors only</source>
        <translation>Erreurs seulement</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="51"/>
        <source>HTTP 4xx and 5xx, OCPI statuses other than 1xxx, and calls that got no answer</source>
        <translation>HTTP 4xx et 5xx, statuts OCPI autres que 1xxx, et appels restés sans réponse</translation>
    </message>
    <message>
        <location filename="../ui/trafficfilterbar.cpp" line="74"/>
        <source>&apos;%1&apos; is not a status: write one (404) or a class (4xx)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un statut&#xa0;: saisissez-en un (404) ou une classe (4xx)</translation>
    </message>
</context>
<context>
    <name>ocpi::TrafficModel</name>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="54"/>
        <source>in</source>
        <translation>entrant</translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="54"/>
        <source>out</source>
        <translation>sortant</translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="61"/>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="71"/>
        <source>Request from a partner to this node</source>
        <translation>Requête d&apos;un partenaire vers ce nœud</translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="72"/>
        <source>Request from this node to a partner</source>
        <translation>Requête de ce nœud vers un partenaire</translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="108"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="109"/>
        <source>Dir</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="110"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="111"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="112"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../ui/trafficmodel.cpp" line="113"/>
        <source>Object</source>
        <translation>Objet</translation>
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
        <translation>Filtrer par méthode, URL ou partenaire</translation>
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
        <translation>Cesser d&apos;ajouter de nouveaux échanges à la liste pendant que vous l&apos;examinez</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="72"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="73"/>
        <source>Empty the list; the request log itself is kept</source>
        <translation>Vider la liste&#xa0;; le journal des requêtes lui-même est conservé</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="75"/>
        <source>Replay</source>
        <translation>Rejouer</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="76"/>
        <source>Send the selected outgoing request again to its partner, with the current token</source>
        <translation>Renvoyer la requête sortante sélectionnée à son partenaire, avec le jeton actuel</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="77"/>
        <source>Export HAR…</source>
        <translation>Exporter en HAR…</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="78"/>
        <source>Save the selected exchanges (all shown when none is selected) as a HAR 1.2 file</source>
        <translation>Enregistrer les échanges sélectionnés (tous ceux affichés si aucun n&apos;est sélectionné) dans un fichier HAR 1.2</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="94"/>
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="135"/>
        <source>Export as HAR</source>
        <translation>Exporter en HAR</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="136"/>
        <source>HTTP Archive (*.har);;All files (*)</source>
        <translation>Archive HTTP (*.har);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="144"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="196"/>
        <source>Select one outgoing request to send it again</source>
        <translation>Sélectionnez une requête sortante pour la renvoyer</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="202"/>
        <source>Send this request again to its partner, with the current token</source>
        <translation>Renvoyer cette requête à son partenaire, avec le jeton actuel</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="203"/>
        <location filename="../ui/trafficpage.cpp" line="222"/>
        <location filename="../ui/trafficpage.cpp" line="234"/>
        <source>Cannot replay: %1</source>
        <translation>Impossible de rejouer&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="210"/>
        <source>Select one outgoing request to replay.</source>
        <translation>Sélectionnez une requête sortante à rejouer.</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="217"/>
        <source>The exchange is no longer in the request log.</source>
        <translation>L&apos;échange n&apos;est plus dans le journal des requêtes.</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="226"/>
        <source>Replaying %1 %2…</source>
        <translation>Rejeu de %1 %2…</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="236"/>
        <source>Replayed %1 %2: %3</source>
        <translation>%1 %2 rejoué&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="253"/>
        <source>Cannot export: %1</source>
        <translation>Impossible d&apos;exporter&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficpage.cpp" line="259"/>
        <source>Exported %n exchange(s) to %1</source>
        <translation>
            <numerusform>%n échange exporté vers %1</numerusform>
            <numerusform>%n échanges exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="260"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="321"/>
        <source>Select an exchange to see its headers and bodies.</source>
        <translation>Sélectionnez un échange pour voir ses en-têtes et ses corps.</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="328"/>
        <source>Reading exchange %1…</source>
        <translation>Lecture de l&apos;échange %1…</translation>
    </message>
    <message>
        <location filename="../ui/trafficpage.cpp" line="335"/>
        <source>Exchange %1 is no longer in the request log.</source>
        <translation>L&apos;échange %1 n&apos;est plus dans le journal des requêtes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficpage.cpp" line="345"/>
        <source>Newest %n exchange(s); older ones are read as you scroll</source>
        <translation>
            <numerusform>Le %n échange le plus récent ; les plus anciens sont lus au défilement</numerusform>
            <numerusform>Les %n échanges les plus récents ; les plus anciens sont lus au défilement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficpage.cpp" line="346"/>
        <source>%1 of the newest %n exchange(s); older ones are read as you scroll</source>
        <translation>
            <numerusform>%1 sur le %n échange le plus récent ; les plus anciens sont lus au défilement</numerusform>
            <numerusform>%1 sur les %n échanges les plus récents ; les plus anciens sont lus au défilement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficpage.cpp" line="350"/>
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n échange</numerusform>
            <numerusform>%n échanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/trafficpage.cpp" line="351"/>
        <source>%1 of %n exchange(s)</source>
        <translation>
            <numerusform>%1 sur %n échange</numerusform>
            <numerusform>%1 sur %n échanges</numerusform>
        </translation>
    </message>
</context>
</TS>
