#include "hubfixture.h"

#include <QTest>

using namespace ocpi;
using namespace ocpi::test;

// Hub partners (issue 13; CRED-04, HCI-01..05, RT-06..08): the handshake with a hub, the client info
// it reports, pulls of its parties' objects, pushes and broadcasts through it, parties offline.
class TestHub : public HubFixture
{
    Q_OBJECT

private slots:
    void init() { startNodes(); }
    void cleanup() { stopNodes(); }

    // CRED-04: a platform holding only the HUB role registers through the real handshake and is
    // known as a hub; it may then report its parties (HCI-02), and a partner that is no hub may not.
    void handshakeAndClientInfo()
    {
        auto hubNode = m_nodes.startAnother({QStringLiteral("FR-HUB:HUB")}, QStringLiteral("hub.sqlite"));
        QVERIFY(hubNode);
        auto registered = registerWith(*hubNode, m_nodes.cpo(), QStringLiteral("hub"));
        QVERIFY_STATUS(registered);
        auto atCpo = m_nodes.cpo().partners().findByReference(QStringLiteral("hub"));
        QVERIFY_STATUS(atCpo);
        QVERIFY(atCpo->isHub());

        const QString url = m_nodes.cpoUrl(QStringLiteral("hubclientinfo"), QStringLiteral("/FR/AAA"));
        const auto auth = QList<QPair<QByteArray, QByteArray>>{{"Authorization", tokenHeader(registered->outgoingToken)}};
        const HttpResult put = request("PUT", QUrl(url), compact(clientInfo(QStringLiteral("FR-AAA"), QStringLiteral("EMSP"),
                                                                            QStringLiteral("CONNECTED"))), auth);
        QCOMPARE(put.status, 201);
        QCOMPARE(put.ocpiStatus(), 1000);
        // HCI-01: no routing headers on a configuration module.
        QVERIFY(put.header("OCPI-to-party-id").isEmpty());
        const HttpResult got = request("GET", QUrl(url), QByteArray(), auth);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("CONNECTED"));
        auto parties = m_nodes.cpo().partners().hubParties(atCpo->id);
        QVERIFY_STATUS(parties);
        QCOMPARE(parties->size(), 1);
        QCOMPARE(parties->first().party.toString(), QStringLiteral("FR-AAA:EMSP"));

        // The eMSP node is no hub: its report is refused and nothing is stored.
        const HttpResult refused = m_nodes.asEmsp("PUT", m_nodes.cpoUrl(QStringLiteral("hubclientinfo"), QStringLiteral("/FR/BBB")),
                                                  compact(clientInfo(QStringLiteral("FR-BBB"), QStringLiteral("EMSP"),
                                                                     QStringLiteral("CONNECTED"))));
        QCOMPARE(refused.status, 404);
        QCOMPARE(m_nodes.cpo().partners().hubParties()->size(), 1);

        // Announced in our version details (HCI-02: every party connected to a hub serves it).
        const HttpResult details = request("GET", QUrl(m_nodes.cpo().publicBase() + paths::versionDetails()), QByteArray(), auth);
        QStringList announced;
        for (const QJsonValue &endpoint : details.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("endpoints")).toArray()) {
            const QJsonObject e = endpoint.toObject();
            announced << e.value(QStringLiteral("identifier")).toString() + QLatin1Char(':') + e.value(QStringLiteral("role")).toString();
        }
        QVERIFY2(announced.contains(QStringLiteral("hubclientinfo:RECEIVER")), qPrintable(announced.join(QLatin1Char(' '))));
        hubNode.reset();
    }

    // HCI-04: every required field is checked (2001 naming it); URL and body name one party.
    void clientInfoValidation_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("drop");
        QTest::addColumn<QString>("mentioned");
        QTest::newRow("no status") << QStringLiteral("/FR/AAA") << QStringLiteral("status") << QStringLiteral("status");
        QTest::newRow("no role") << QStringLiteral("/FR/AAA") << QStringLiteral("role") << QStringLiteral("role");
        QTest::newRow("no last_updated") << QStringLiteral("/FR/AAA") << QStringLiteral("last_updated") << QStringLiteral("last_updated");
        QTest::newRow("other party in the URL") << QStringLiteral("/FR/ZZZ") << QString() << QStringLiteral("country_code/party_id");
        QTest::newRow("bad party_id in the URL") << QStringLiteral("/FR/TOOLONG") << QString() << QStringLiteral("party_id");
    }
    void clientInfoValidation()
    {
        QFETCH(QString, path);
        QFETCH(QString, drop);
        QFETCH(QString, mentioned);
        addHub(m_nodes.emsp());
        QJsonObject body = clientInfo(QStringLiteral("FR-AAA"), QStringLiteral("CPO"), QStringLiteral("CONNECTED"));
        body.remove(drop);
        const HttpResult put = asHub("PUT", m_nodes.emspUrl(QStringLiteral("hubclientinfo"), path), compact(body));
        QCOMPARE(put.ocpiStatus(), 2001);
        const QString message = put.json().value(QStringLiteral("status_message")).toString();
        QVERIFY2(message.contains(mentioned), qPrintable(message));
        QCOMPARE(m_nodes.emsp().partners().hubParties()->size(), 0);
    }

    // RT-08: a GET-all from a hub is addressed to the hub; objects of several owners are stored
    // under their owners, as the hub's; the parties of a direct partner and ours are not the hub's
    // to hand over. Once the hub reported its parties, only those count.
    void pullOwnersFromAHub()
    {
        const qint64 hubId = addHub(m_nodes.emsp());
        const QString stamp = QStringLiteral("2026-01-01T00:00:00Z");
        m_hubTariffs = {tariff(QStringLiteral("A1"), stamp, 0.3, QStringLiteral("FR"), QStringLiteral("AAA")),
                        tariff(QStringLiteral("B1"), stamp, 0.3, QStringLiteral("BE"), QStringLiteral("BBB")),
                        tariff(QStringLiteral("C1"), stamp, 0.3, QStringLiteral("NL"), QStringLiteral("CPO")),  // the direct CPO's
                        tariff(QStringLiteral("E1"), stamp, 0.3, QStringLiteral("DE"), QStringLiteral("EMS"))}; // ours
        auto first = pullTariffs(hubId, true);
        QVERIFY_STATUS(first);
        QCOMPARE(first->stored, 2);
        QCOMPARE(first->skipped, 2);
        QCOMPARE(ownersFrom(hubId), (QStringList{QStringLiteral("BE-BBB/B1"), QStringLiteral("FR-AAA/A1")}));
        const auto gets = hubReceived("GET", QStringLiteral("/tariffs"));
        QVERIFY(!gets.isEmpty());
        QCOMPARE(addressee(gets.first()), kHub.toString());

        QCOMPARE(report(QStringLiteral("FR-AAA"), QStringLiteral("CPO"), QStringLiteral("CONNECTED")).status, 201);
        auto second = pullTariffs(hubId, true);
        QVERIFY_STATUS(second);
        QCOMPARE(second->stored, 1);
        QCOMPARE(second->skipped, 3);
        QCOMPARE(ownersFrom(hubId), QStringList{QStringLiteral("FR-AAA/A1")});
    }

    // A push from a party behind the hub is accepted from the hub and kept under its owner; a party
    // of a direct partner is not; after hub client info, a party it did not list is not either.
    void inboundPushThroughTheHub()
    {
        const qint64 hubId = addHub(m_nodes.emsp());
        const QString stamp = QStringLiteral("2026-01-01T00:00:00Z");
        const auto routed = [](const char *from) {
            const auto party = PartyId::parse(QString::fromLatin1(from));
            return QList<QPair<QByteArray, QByteArray>>{{QByteArray("OCPI-from-country-code"), party->countryCode.toLatin1()},
                                                        {QByteArray("OCPI-from-party-id"), party->partyId.toLatin1()},
                                                        {QByteArray("OCPI-to-country-code"), QByteArray("DE")},
                                                        {QByteArray("OCPI-to-party-id"), QByteArray("EMS")}};
        };
        HttpResult put = asHub("PUT", m_nodes.emspUrl(QStringLiteral("tariffs"), QStringLiteral("/FR/AAA/T9")),
                               compact(tariff(QStringLiteral("T9"), stamp, 0.3, QStringLiteral("FR"), QStringLiteral("AAA"))),
                               routed("FR-AAA"));
        QCOMPARE(put.status, 201);
        QCOMPARE(ownersFrom(hubId), QStringList{QStringLiteral("FR-AAA/T9")});

        put = asHub("PUT", m_nodes.emspUrl(QStringLiteral("tariffs"), QStringLiteral("/NL/CPO/T9")),
                    compact(tariff(QStringLiteral("T9"), stamp)), routed("FR-AAA"));
        QCOMPARE(put.status, 404);
        // Nor may the hub claim to be the direct partner in the routing headers.
        put = asHub("PUT", m_nodes.emspUrl(QStringLiteral("tariffs"), QStringLiteral("/FR/AAA/T8")),
                    compact(tariff(QStringLiteral("T8"), stamp, 0.3, QStringLiteral("FR"), QStringLiteral("AAA"))), routed("NL-CPO"));
        QCOMPARE(put.status, 404);

        QCOMPARE(report(QStringLiteral("FR-AAA"), QStringLiteral("CPO"), QStringLiteral("CONNECTED")).status, 201);
        put = asHub("PUT", m_nodes.emspUrl(QStringLiteral("tariffs"), QStringLiteral("/BE/BBB/T7")),
                    compact(tariff(QStringLiteral("T7"), stamp, 0.3, QStringLiteral("BE"), QStringLiteral("BBB"))), routed("BE-BBB"));
        QCOMPARE(put.status, 404);
        QCOMPARE(ownersFrom(hubId), QStringList{QStringLiteral("FR-AAA/T9")});
    }

    // RT-06: our own objects go to the hub too, addressed to the hub; the URL keeps the owner.
    void broadcastPushesToTheHub()
    {
        addHub(m_nodes.cpo());
        QVERIFY_STATUS(m_nodes.cpo().services().service<LocationService>().putOwn(withoutTariffIds(cpoLocation2x2())));
        QVERIFY(m_nodes.waitForOutboxDrained(TwoNodes::Cpo));
        const auto locations = hubReceived("PUT", QStringLiteral("/locations/NL/CPO/"));
        QCOMPARE(locations.size(), 1);
        QCOMPARE(addressee(locations.first()), kHub.toString());
        QCOMPARE(headerOf(locations.first(), "OCPI-from-party-id"), QByteArray("CPO"));
        // The direct eMSP still gets its copy, addressed to itself.
        QCOMPARE(m_nodes.pushesReceived(TwoNodes::Emsp, QStringLiteral("locations")).size(), 1);
    }

    void broadcastTokensToTheHub()
    {
        addHub(m_nodes.emsp());
        QVERIFY_STATUS(m_nodes.emsp().services().service<TokenService>().putOwn(emspDriverToken()));
        QVERIFY(m_nodes.waitForOutboxDrained(TwoNodes::Emsp));
        const auto tokens = hubReceived("PUT", QStringLiteral("/tokens/DE/EMS/012345678"));
        QCOMPARE(tokens.size(), 1);
        QCOMPARE(addressee(tokens.first()), kHub.toString());
    }

    // HCI-05: a party its hub reports OFFLINE or SUSPENDED is sent nothing and nothing is queued
    // for it: the command or the update fails at once, saying why; CONNECTED again, it is sent.
    void offlinePartyCommand()
    {
        const qint64 hubId = addHub(m_nodes.emsp());
        const PartyId cpo = PartyId::of(QStringLiteral("FR"), QStringLiteral("AAA"));
        QCOMPARE(report(QStringLiteral("FR-AAA"), QStringLiteral("CPO"), QStringLiteral("OFFLINE")).status, 201);
        auto refused = startSession(hubId, cpo);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("party FR-AAA (CPO) is OFFLINE according to hub hub")),
                 qPrintable(refused.error().message));
        QVERIFY(hubReceived("POST", QStringLiteral("/commands")).isEmpty());
        QCOMPARE(m_nodes.emsp().services().module<CommandsModule>().service().store().list()->size(), 0);

        QCOMPARE(report(QStringLiteral("FR-AAA"), QStringLiteral("CPO"), QStringLiteral("CONNECTED")).status, 200);
        auto sent = startSession(hubId, cpo);
        QVERIFY_STATUS(sent);
        QCOMPARE(sent->state, QStringLiteral("ACCEPTED"));
        const auto commands = hubReceived("POST", QStringLiteral("/commands/START_SESSION"));
        QCOMPARE(commands.size(), 1);
        QCOMPARE(addressee(commands.first()), QStringLiteral("FR-AAA")); // RT-05
    }

    void offlinePartyUpdate()
    {
        addHub(m_nodes.cpo());
        const QString url = m_nodes.cpoUrl(QStringLiteral("hubclientinfo"), QStringLiteral("/FR/EEE"));
        QCOMPARE(asHub("PUT", url, compact(clientInfo(QStringLiteral("FR-EEE"), QStringLiteral("EMSP"), QStringLiteral("SUSPENDED")))).status,
                 201);
        CdrService &cdrs = m_nodes.cpo().services().service<CdrService>();
        const QJsonObject charged = cdr(QStringLiteral("C1"), formatDateTime(fixedNow()), 4.5, {QStringLiteral("FR"), QStringLiteral("EEE")});
        auto refused = cdrs.putOwn(charged);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("party FR-EEE (EMSP) is SUSPENDED according to hub hub")),
                 qPrintable(refused.error().message));
        QVERIFY(m_nodes.outboxEmpty(TwoNodes::Cpo));

        QCOMPARE(asHub("PUT", url, compact(clientInfo(QStringLiteral("FR-EEE"), QStringLiteral("EMSP"), QStringLiteral("CONNECTED")))).status,
                 200);
        QVERIFY_STATUS(cdrs.putOwn(charged));
        QVERIFY(m_nodes.waitForOutboxDrained(TwoNodes::Cpo));
        const auto posted = hubReceived("POST", QStringLiteral("/cdrs"));
        QCOMPARE(posted.size(), 1);
        QCOMPARE(addressee(posted.first()), QStringLiteral("FR-EEE")); // RT-05: to the eMSP behind the hub
        // Nothing of it went to the direct eMSP, who is not its token's owner.
        QCOMPARE(m_nodes.pushesReceived(TwoNodes::Emsp, QStringLiteral("cdrs")).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHub)
#include "tst_hub.moc"
