#include "hubfixture.h"

#include <QTest>

using namespace ocpi;
using namespace ocpi::test;

// What goes to one party behind a hub (issue 13; RT-05, ST-08): sessions and CDRs to the driver's
// eMSP alone, a hub's listing of its eMSPs' records, one party in two roles, and the operator
// commands that address or show parties behind a hub.
class TestHubRouting : public HubFixture
{
    Q_OBJECT

private slots:
    void init() { startNodes(); }
    void cleanup() { stopNodes(); }


    // RT-05: a session goes to its driver's eMSP alone, PUT and PATCH alike: through the hub
    // addressed to that party, to a direct eMSP only when the driver is its own (no broadcast: the
    // direct eMSP never hears of another eMSP's drivers).
    void sessionsGoToTheDriversEmsp()
    {
        addHub(m_nodes.cpo());
        SessionService &sessions = m_nodes.cpo().services().service<SessionService>();
        const QString stamp = formatDateTime(fixedNow());
        QVERIFY_STATUS(sessions.putOwn(session(QStringLiteral("S1"), QStringLiteral("ACTIVE"), stamp,
                                               {QStringLiteral("FR"), QStringLiteral("EEE")})));
        QVERIFY_STATUS(sessions.patchOwn(ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"), QStringLiteral("S1")),
                                         QJsonObject{{QStringLiteral("kwh"), 2.5}}));
        QVERIFY_STATUS(sessions.putOwn(session(QStringLiteral("S2"), QStringLiteral("ACTIVE"), stamp)));
        QVERIFY(m_nodes.waitForOutboxDrained(TwoNodes::Cpo));

        const auto puts = hubReceived("PUT", QStringLiteral("/sessions/"));
        QCOMPARE(puts.size(), 1);
        QVERIFY2(puts.first().target.endsWith(QStringLiteral("/sessions/NL/CPO/S1")), qPrintable(puts.first().target));
        QCOMPARE(addressee(puts.first()), QStringLiteral("FR-EEE"));
        const auto patches = hubReceived("PATCH", QStringLiteral("/sessions/NL/CPO/S1"));
        QCOMPARE(patches.size(), 1);
        QCOMPARE(addressee(patches.first()), QStringLiteral("FR-EEE"));

        const auto direct = m_nodes.pushesReceived(TwoNodes::Emsp, QStringLiteral("sessions"));
        QCOMPARE(direct.size(), 1);
        QVERIFY2(direct.first().url.endsWith(QStringLiteral("/NL/CPO/S2")), qPrintable(direct.first().url));
    }

    // HCI-05 for sessions: an eMSP its hub reports OFFLINE gets nothing and nothing is queued (the
    // change fails, saying why); a driver's eMSP no partner reaches (the hub listed others) is
    // stored and sent nowhere.
    void sessionsOfUnreachableEmsps()
    {
        addHub(m_nodes.cpo());
        QCOMPARE(report(QStringLiteral("FR-EEE"), QStringLiteral("EMSP"), QStringLiteral("OFFLINE"), TwoNodes::Cpo).status, 201);
        SessionService &sessions = m_nodes.cpo().services().service<SessionService>();
        const QString stamp = formatDateTime(fixedNow());
        auto refused = sessions.putOwn(session(QStringLiteral("S1"), QStringLiteral("ACTIVE"), stamp,
                                               {QStringLiteral("FR"), QStringLiteral("EEE")}));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("party FR-EEE (EMSP) is OFFLINE according to hub hub")),
                 qPrintable(refused.error().message));
        auto notStored = sessions.findOwn(ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"), QStringLiteral("S1")));
        QVERIFY_STATUS(notStored);
        QVERIFY(!notStored->has_value());

        QVERIFY_STATUS(sessions.putOwn(session(QStringLiteral("S2"), QStringLiteral("ACTIVE"), stamp,
                                               {QStringLiteral("IT"), QStringLiteral("ZZZ")})));
        QVERIFY(m_nodes.outboxEmpty(TwoNodes::Cpo));
        QVERIFY(hubReceived("PUT", QStringLiteral("/sessions/")).isEmpty());
        QCOMPARE(m_nodes.pushesReceived(TwoNodes::Emsp, QStringLiteral("sessions")).size(), 0);
    }

    // CDR-01, SES-01 through a hub: the hub lists the sessions and CDRs of the eMSPs it may speak
    // for, never the direct eMSP's; once it reported its parties, only theirs.
    void hubListsRecordsOfItsEmsps()
    {
        addHub(m_nodes.cpo());
        const QString stamp = formatDateTime(fixedNow());
        SessionService &sessions = m_nodes.cpo().services().service<SessionService>();
        CdrService &cdrs = m_nodes.cpo().services().service<CdrService>();
        QVERIFY_STATUS(sessions.putOwn(session(QStringLiteral("S1"), QStringLiteral("ACTIVE"), stamp,
                                               {QStringLiteral("FR"), QStringLiteral("EEE")})));
        QVERIFY_STATUS(sessions.putOwn(session(QStringLiteral("S2"), QStringLiteral("ACTIVE"), stamp)));
        QVERIFY_STATUS(sessions.putOwn(session(QStringLiteral("S3"), QStringLiteral("ACTIVE"), stamp,
                                               {QStringLiteral("IT"), QStringLiteral("ZZZ")})));
        QVERIFY_STATUS(cdrs.putOwn(cdr(QStringLiteral("C1"), stamp, 4.5, {QStringLiteral("FR"), QStringLiteral("EEE")})));
        QVERIFY_STATUS(cdrs.putOwn(cdr(QStringLiteral("C2"), stamp)));
        QCOMPARE(idsListedToHub(QStringLiteral("sessions")), (QStringList{QStringLiteral("S1"), QStringLiteral("S3")}));
        QCOMPARE(idsListedToHub(QStringLiteral("cdrs")), QStringList{QStringLiteral("C1")});

        QCOMPARE(report(QStringLiteral("FR-EEE"), QStringLiteral("EMSP"), QStringLiteral("CONNECTED"), TwoNodes::Cpo).status, 201);
        QCOMPARE(idsListedToHub(QStringLiteral("sessions")), QStringList{QStringLiteral("S1")});

        const HttpResult direct = m_nodes.asEmsp("GET", m_nodes.cpoUrl(QStringLiteral("sessions")));
        const QJsonArray listed = direct.json().value(QStringLiteral("data")).toArray();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("S2"));
    }

    // A party that is CPO and eMSP behind one hub has one ClientInfo per role (the body's role; the
    // URL names only the party). GET answers with the last one PUT; each role's status counts for
    // what is sent to that role (HCI-05): the CPO OFFLINE refuses a command, its eMSP side does not.
    void onePartyInTwoRoles()
    {
        const qint64 hubId = addHub(m_nodes.emsp());
        QCOMPARE(report(QStringLiteral("FR-AAA"), QStringLiteral("CPO"), QStringLiteral("OFFLINE")).status, 201);
        QCOMPARE(report(QStringLiteral("FR-AAA"), QStringLiteral("EMSP"), QStringLiteral("CONNECTED")).status, 201);
        auto parties = m_nodes.emsp().partners().hubParties(hubId);
        QVERIFY_STATUS(parties);
        QStringList rows;
        for (const HubParty &party : *parties)
            rows << party.party.toString() + QLatin1Char('=') + connectionStatusName(party.status);
        QCOMPARE(rows, (QStringList{QStringLiteral("FR-AAA:CPO=OFFLINE"), QStringLiteral("FR-AAA:EMSP=CONNECTED")}));

        const QString url = m_nodes.emspUrl(QStringLiteral("hubclientinfo"), QStringLiteral("/FR/AAA"));
        QCOMPARE(asHub("GET", url).json().value(QStringLiteral("data")).toObject(),
                 clientInfo(QStringLiteral("FR-AAA"), QStringLiteral("EMSP"), QStringLiteral("CONNECTED")));

        auto refused = startSession(hubId, PartyId::of(QStringLiteral("FR"), QStringLiteral("AAA")));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("party FR-AAA (CPO) is OFFLINE")), qPrintable(refused.error().message));

        QCOMPARE(report(QStringLiteral("FR-AAA"), QStringLiteral("CPO"), QStringLiteral("CONNECTED")).status, 200);
        QCOMPARE(asHub("GET", url).json().value(QStringLiteral("data")).toObject(),
                 clientInfo(QStringLiteral("FR-AAA"), QStringLiteral("CPO"), QStringLiteral("CONNECTED")));
        QCOMPARE(m_nodes.emsp().partners().hubParties(hubId)->size(), 2);
        QVERIFY_STATUS(startSession(hubId, PartyId::of(QStringLiteral("FR"), QStringLiteral("AAA"))));

        const NodeRun list = runNode({QStringLiteral("list"), QStringLiteral("clientinfo"), QStringLiteral("--json"), QStringLiteral("--db"),
                                      m_nodes.emsp().services().config().databasePath});
        QVERIFY2(list.exitCode == 0, list.err.constData());
        QStringList listed;
        for (const QJsonValue &row : list.json().array())
            listed << row.toObject().value(QStringLiteral("role")).toString() + QLatin1Char('=') + row.toObject().value(QStringLiteral("status")).toString();
        QCOMPARE(listed, (QStringList{QStringLiteral("CPO=CONNECTED"), QStringLiteral("EMSP=CONNECTED")}));
    }

    // The migration to one row per role keeps what hubs reported before it, on both databases.
    void clientInfoRowsSurviveTheRoleMigration()
    {
        QTemporaryDir dir;
        const QString url = testDatabase(dir, QStringLiteral("hci.sqlite"));
        const QList<Migration> all = nodeMigrations();
        qsizetype before = -1;
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (all[i].name == QLatin1String("hub client info: one row per role"))
                before = i;
        }
        QVERIFY(before > 0);
        {
            Database db;
            QVERIFY_STATUS(db.open(url, all.mid(0, before)));
            Statement q(db, QStringLiteral("INSERT INTO hub_client_info (partner_id, country_code, party_id, role, status,"
                                           " last_updated_ms, json) VALUES (7, 'FR', 'AAA', 'CPO', 'OFFLINE', 1000, '{}')"));
            QVERIFY_STATUS(q.exec("an old row"));
        }
        Database db;
        QVERIFY_STATUS(db.open(url, all));
        ClientInfoStore store(db);
        StoredClientInfo emsp;
        emsp.party = HubParty{7, PartyRole{PartyId::of(QStringLiteral("FR"), QStringLiteral("AAA")), Role::EMSP, QString()},
                              ConnectionStatus::Connected, fixedNow()};
        emsp.json = "{\"role\":\"EMSP\"}";
        auto created = store.put(emsp);
        QVERIFY_STATUS(created);
        QVERIFY(*created);
        auto rows = store.list(7);
        QVERIFY_STATUS(rows);
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).party.party.toString(), QStringLiteral("FR-AAA:CPO"));
        QCOMPARE(rows->at(0).party.status, ConnectionStatus::Offline);
        auto last = store.find(7, PartyId::of(QStringLiteral("FR"), QStringLiteral("AAA")));
        QVERIFY_STATUS(last);
        QVERIFY(last->has_value());
        QCOMPARE((*last)->party.party.role, Role::EMSP);
    }

    // `ocpi-node command CC-PID ...` and `ocpi-node profile CC-PID ...` (the node serving): a CPO
    // party behind a hub is reached through the hub, addressed to it (RT-05), and --json prints
    // {"id", "command"|"request", "response", "result", "state"}; while the hub reports the party
    // OFFLINE both are refused at once, saying why, and nothing goes out (HCI-05).
    void cliReachesAPartyBehindTheHub()
    {
        addHub(m_nodes.emsp());
        QVERIFY_STATUS(m_nodes.emsp().services().service<TokenService>().putOwn(emspDriverToken()));
        QCOMPARE(report(QStringLiteral("FR-AAA"), QStringLiteral("CPO"), QStringLiteral("OFFLINE")).status, 201);
        const QStringList db{QStringLiteral("--db"), m_nodes.emsp().services().config().databasePath};
        const QStringList command{QStringLiteral("command"), QStringLiteral("FR-AAA"), QStringLiteral("START_SESSION"),
                                  QStringLiteral("--location"), QStringLiteral("LOC1"), QStringLiteral("--token"),
                                  QStringLiteral("012345678"), QStringLiteral("--no-wait"), QStringLiteral("--json")};
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("profile.json"));
        const QJsonObject profile{{QStringLiteral("charging_rate_unit"), QStringLiteral("W")},
                                  {QStringLiteral("charging_profile_period"),
                                   QJsonArray{QJsonObject{{QStringLiteral("start_period"), 0}, {QStringLiteral("limit"), 3700}}}}};
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(compact(profile));
        }
        const QStringList profileSet{QStringLiteral("profile"), QStringLiteral("FR-AAA"), QStringLiteral("S1"), QStringLiteral("set"),
                                     file, QStringLiteral("--no-wait"), QStringLiteral("--json")};

        for (const QStringList &args : {command, profileSet}) {
            const NodeRun refused = runNode(args + db);
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.err.contains("party FR-AAA (CPO) is OFFLINE according to hub hub"), refused.err.constData());
        }
        QVERIFY(hubReceived("POST", QStringLiteral("/commands")).isEmpty());
        QVERIFY(hubReceived("PUT", QStringLiteral("/chargingprofiles")).isEmpty());

        QCOMPARE(report(QStringLiteral("FR-AAA"), QStringLiteral("CPO"), QStringLiteral("CONNECTED")).status, 200);
        const NodeRun sent = runNode(command + db);
        QVERIFY2(sent.err.isEmpty() || sent.exitCode == 0, sent.err.constData());
        QJsonObject answer = sent.json().object();
        QCOMPARE(answer.keys(), (QStringList{QStringLiteral("command"), QStringLiteral("id"), QStringLiteral("response"),
                                             QStringLiteral("result"), QStringLiteral("state")}));
        QCOMPARE(answer.value(QStringLiteral("response")).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("ACCEPTED"));
        const auto commands = hubReceived("POST", QStringLiteral("/commands/START_SESSION"));
        QCOMPARE(commands.size(), 1);
        QCOMPARE(addressee(commands.first()), QStringLiteral("FR-AAA"));

        const NodeRun set = runNode(profileSet + db);
        QVERIFY2(set.err.isEmpty() || set.exitCode == 0, set.err.constData());
        answer = set.json().object();
        QCOMPARE(answer.keys(), (QStringList{QStringLiteral("id"), QStringLiteral("request"), QStringLiteral("response"),
                                             QStringLiteral("result"), QStringLiteral("state")}));
        QCOMPARE(answer.value(QStringLiteral("request")).toObject().value(QStringLiteral("charging_profile")).toObject(), profile);
        const auto profiles = hubReceived("PUT", QStringLiteral("/chargingprofiles/S1"));
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(addressee(profiles.first()), QStringLiteral("FR-AAA"));
    }

    // LOC-13 through a hub: an unpublished location naming a token of a party behind the hub (the
    // hub relayed it) is pushed to the hub addressed to that party alone, and the hub lists it;
    // the direct eMSP, holding no such token, neither hears of it nor sees it. A hub whose parties
    // do not include the token's owner sees nothing either.
    void unpublishedLocationThroughTheHub()
    {
        addHub(m_nodes.cpo());
        QJsonObject card = emspDriverToken(QStringLiteral("HUBCARD1"));
        card.insert(QStringLiteral("country_code"), QStringLiteral("FR"));
        card.insert(QStringLiteral("party_id"), QStringLiteral("EEE"));
        card.insert(QStringLiteral("last_updated"), formatDateTime(fixedNow()));
        const QList<QPair<QByteArray, QByteArray>> fromEee{{"OCPI-from-country-code", "FR"}, {"OCPI-from-party-id", "EEE"},
                                                           {"OCPI-to-country-code", "NL"}, {"OCPI-to-party-id", "CPO"}};
        QCOMPARE(asHub("PUT", m_nodes.cpoUrl(QStringLiteral("tokens"), QStringLiteral("/FR/EEE/HUBCARD1")), compact(card), fromEee).status,
                 201);

        QJsonObject location = withoutTariffIds(cpoLocation2x2());
        location.insert(QStringLiteral("publish"), false);
        location.insert(QStringLiteral("publish_allowed_to"),
                        QJsonArray{QJsonObject{{QStringLiteral("uid"), QStringLiteral("HUBCARD1")}, {QStringLiteral("type"), QStringLiteral("RFID")}}});
        QVERIFY_STATUS(m_nodes.cpo().services().service<LocationService>().putOwn(location));
        QVERIFY(m_nodes.waitForOutboxDrained(TwoNodes::Cpo));
        const auto pushed = hubReceived("PUT", QStringLiteral("/locations/"));
        QCOMPARE(pushed.size(), 1);
        QCOMPARE(addressee(pushed.first()), QStringLiteral("FR-EEE"));
        QCOMPARE(m_nodes.pushesReceived(TwoNodes::Emsp, QStringLiteral("locations")).size(), 0);

        QCOMPARE(idsListedToHub(QStringLiteral("locations")), QStringList{QStringLiteral("BER-ALX-0042")});
        const HttpResult direct = m_nodes.asEmsp("GET", m_nodes.cpoUrl(QStringLiteral("locations")));
        QCOMPARE(direct.json().value(QStringLiteral("data")).toArray().size(), 0);
        QCOMPARE(m_nodes.asEmsp("GET", m_nodes.cpoUrl(QStringLiteral("locations"), QStringLiteral("/BER-ALX-0042"))).status, 404);

        // The direct eMSP's driver allowed too: it hears of the next change, the hub once more for
        // FR-EEE alone.
        QJsonObject emspCard = emspDriverToken(QStringLiteral("EMSCARD1"));
        emspCard.insert(QStringLiteral("last_updated"), formatDateTime(fixedNow()));
        QCOMPARE(m_nodes.asEmsp("PUT", m_nodes.cpoUrl(QStringLiteral("tokens"), QStringLiteral("/DE/EMS/EMSCARD1")), compact(emspCard)).status,
                 201);
        location.insert(QStringLiteral("publish_allowed_to"),
                        QJsonArray{QJsonObject{{QStringLiteral("uid"), QStringLiteral("HUBCARD1")}, {QStringLiteral("type"), QStringLiteral("RFID")}},
                                   QJsonObject{{QStringLiteral("uid"), QStringLiteral("EMSCARD1")}, {QStringLiteral("type"), QStringLiteral("RFID")}}});
        QVERIFY_STATUS(m_nodes.cpo().services().service<LocationService>().putOwn(location));
        QVERIFY(m_nodes.waitForOutboxDrained(TwoNodes::Cpo));
        QCOMPARE(m_nodes.pushesReceived(TwoNodes::Emsp, QStringLiteral("locations")).size(), 1);
        const auto again = hubReceived("PUT", QStringLiteral("/locations/"));
        QCOMPARE(again.size(), 2);
        QCOMPARE(addressee(again.last()), QStringLiteral("FR-EEE"));

        QCOMPARE(report(QStringLiteral("FR-FFF"), QStringLiteral("EMSP"), QStringLiteral("CONNECTED"), TwoNodes::Cpo).status, 201);
        QCOMPARE(idsListedToHub(QStringLiteral("locations")), QStringList());
    }

    // `ocpi-node list clientinfo [--json]` and the hub_parties of `partners --json`.
    void cliShowsHubParties()
    {
        const qint64 hubId = addHub(m_nodes.emsp());
        QCOMPARE(report(QStringLiteral("FR-AAA"), QStringLiteral("CPO"), QStringLiteral("CONNECTED")).status, 201);
        QCOMPARE(report(QStringLiteral("BE-BBB"), QStringLiteral("CPO"), QStringLiteral("PLANNED")).status, 201);
        const QStringList db{QStringLiteral("--db"), m_nodes.emsp().services().config().databasePath};

        const NodeRun list = runNode(QStringList{QStringLiteral("list"), QStringLiteral("clientinfo"), QStringLiteral("--json")} + db);
        QVERIFY2(list.exitCode == 0, list.err.constData());
        const QJsonArray expected{
            QJsonObject{{QStringLiteral("country_code"), QStringLiteral("BE")}, {QStringLiteral("party_id"), QStringLiteral("BBB")},
                        {QStringLiteral("role"), QStringLiteral("CPO")}, {QStringLiteral("status"), QStringLiteral("PLANNED")},
                        {QStringLiteral("last_updated"), formatDateTime(fixedNow())}, {QStringLiteral("hub"), QStringLiteral("hub")},
                        {QStringLiteral("hub_partner_id"), hubId}},
            QJsonObject{{QStringLiteral("country_code"), QStringLiteral("FR")}, {QStringLiteral("party_id"), QStringLiteral("AAA")},
                        {QStringLiteral("role"), QStringLiteral("CPO")}, {QStringLiteral("status"), QStringLiteral("CONNECTED")},
                        {QStringLiteral("last_updated"), formatDateTime(fixedNow())}, {QStringLiteral("hub"), QStringLiteral("hub")},
                        {QStringLiteral("hub_partner_id"), hubId}}};
        QCOMPARE(list.json().array(), expected);

        const NodeRun table = runNode(QStringList{QStringLiteral("list"), QStringLiteral("clientinfo")} + db);
        QVERIFY2(table.exitCode == 0, table.err.constData());
        QVERIFY2(table.out.contains("PLANNED") && table.out.contains("FR-AAA"), table.out.constData());

        const NodeRun partners = runNode(QStringList{QStringLiteral("partners"), QStringLiteral("--json")} + db);
        QVERIFY2(partners.exitCode == 0, partners.err.constData());
        bool sawHub = false;
        for (const QJsonValue &value : partners.json().array()) {
            const QJsonObject partner = value.toObject();
            QVERIFY(partner.contains(QStringLiteral("hub_parties")));
            QVERIFY(partner.contains(QStringLiteral("parties"))); // existing fields stay
            if (partner.value(QStringLiteral("id")).toInteger() == hubId) {
                sawHub = true;
                QCOMPARE(partner.value(QStringLiteral("hub_parties")).toArray().size(), 2);
            } else {
                QCOMPARE(partner.value(QStringLiteral("hub_parties")).toArray().size(), 0);
            }
        }
        QVERIFY(sawHub);
    }
};

QTEST_GUILESS_MAIN(TestHubRouting)
#include "tst_hubrouting.moc"
