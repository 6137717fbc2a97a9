#include "support/objectjson.h"
#include "support/scriptedpeer.h"
#include "support/twonodes.h"

#include "core/datetime.h"
#include "http/ocpipaths.h"
#include "modules/cdrs/cdrservice.h"
#include "modules/commands/commandsmodule.h"
#include "modules/hubclientinfo/clientinfostore.h"
#include "modules/locations/locationservice.h"
#include "modules/sessions/sessionservice.h"
#include "modules/tariffs/tariffservice.h"
#include "modules/tokens/tokenservice.h"
#include "partners/partnerregistry.h"
#include "runtime/modulelist.h"
#include "runtime/noderuntime.h"
#include "runtime/nodeservices.h"
#include "sync/puller.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace ocpi;
using namespace ocpi::test;

namespace {

const PartyId kHub = PartyId::of(QStringLiteral("FR"), QStringLiteral("HUB"));

QByteArray headerOf(const ScriptedPeer::Seen &seen, const QByteArray &name)
{
    for (const auto &header : seen.headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return QByteArray();
}

// "FR-HUB" from the OCPI-to headers of a request the hub received.
QString addressee(const ScriptedPeer::Seen &seen)
{
    return QString::fromLatin1(headerOf(seen, "OCPI-to-country-code") + '-' + headerOf(seen, "OCPI-to-party-id"));
}

QJsonObject clientInfo(const QString &party, const QString &role, const QString &status)
{
    const auto id = PartyId::parse(party);
    return {{QStringLiteral("country_code"), id->countryCode},
            {QStringLiteral("party_id"), id->partyId},
            {QStringLiteral("role"), role},
            {QStringLiteral("status"), status},
            {QStringLiteral("last_updated"), formatDateTime(fixedNow())}};
}

} // namespace

// Hub partners and hub client info (issue 13; RT-05..08, CRED-04, HCI-01..05, ST-08): a hub
// simulated by a scripted platform holding only the HUB role (FR-HUB) with parties behind it
// (FR-AAA and BE-BBB as CPOs, FR-EEE as an eMSP), beside the directly registered CPO (NL-CPO) and
// eMSP (DE-EMS) nodes.
class TestHub : public QObject
{
    Q_OBJECT

private:
    TwoNodes m_nodes;
    std::unique_ptr<ScriptedPeer> m_hub;
    QJsonArray m_hubTariffs; // what the hub's tariffs Sender lists
    QString m_hubToken;      // what the hub presents to the node it was added to

    // The scripted hub at `node`: Sender of tariffs, Receiver of everything we push or send.
    qint64 addHub(NodeRuntime &node)
    {
        m_hub = std::make_unique<ScriptedPeer>();
        m_hub->on("GET", QStringLiteral("/tariffs"), [this](const RouteCall &call) {
            HttpResponse response = reply::json(m_hubTariffs, call.now);
            response.setHeader("X-Total-Count", QByteArray::number(m_hubTariffs.size()));
            return response;
        });
        for (const QString &receiver : {QStringLiteral("/tariffs/{cc}/{pid}/{id}"), QStringLiteral("/locations/{cc}/{pid}/{id}"),
                                        QStringLiteral("/tokens/{cc}/{pid}/{id}"), QStringLiteral("/sessions/{cc}/{pid}/{id}")}) {
            m_hub->on("PUT", receiver, [](const RouteCall &call) { return reply::ok(call.now); });
        }
        m_hub->on("PATCH", QStringLiteral("/sessions/{cc}/{pid}/{id}"), [](const RouteCall &call) { return reply::ok(call.now); });
        m_hub->on("POST", QStringLiteral("/cdrs"), [](const RouteCall &call) {
            HttpResponse response = reply::ok(call.now);
            response.setHeader("Location", "http://127.0.0.1:1/cdrs/1");
            return response;
        });
        const auto accepted = [](const RouteCall &call) {
            return reply::json(QJsonObject{{QStringLiteral("result"), QStringLiteral("ACCEPTED")}, {QStringLiteral("timeout"), 30}},
                               call.now);
        };
        m_hub->on("POST", QStringLiteral("/commands/{type}"), accepted);
        m_hub->on("PUT", QStringLiteral("/chargingprofiles/{id}"), accepted);
        Partner hub = m_hub->partner({PartyRole{kHub, Role::HUB, QStringLiteral("Hub")}},
                                     {{QStringLiteral("tariffs"), QStringLiteral("SENDER")},
                                      {QStringLiteral("tariffs"), QStringLiteral("RECEIVER")},
                                      {QStringLiteral("locations"), QStringLiteral("RECEIVER")},
                                      {QStringLiteral("tokens"), QStringLiteral("RECEIVER")},
                                      {QStringLiteral("sessions"), QStringLiteral("RECEIVER")},
                                      {QStringLiteral("cdrs"), QStringLiteral("RECEIVER")},
                                      {QStringLiteral("commands"), QStringLiteral("RECEIVER")},
                                      {QStringLiteral("chargingprofiles"), QStringLiteral("RECEIVER")}},
                                     {QStringLiteral("/tariffs"), QStringLiteral("/tariffs"), QStringLiteral("/locations"),
                                      QStringLiteral("/tokens"), QStringLiteral("/sessions"), QStringLiteral("/cdrs"),
                                      QStringLiteral("/commands"), QStringLiteral("/chargingprofiles")});
        hub.name = QStringLiteral("hub");
        auto id = node.partners().create(hub);
        if (!id)
            qFatal("cannot add the scripted hub");
        auto token = node.partners().issueLiveToken(*id);
        if (!token)
            qFatal("cannot give the scripted hub a token");
        m_hubToken = *token;
        return *id;
    }

    HttpResult asHub(const QByteArray &method, const QString &url, const QByteArray &body = QByteArray(),
                     QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        headers.append({"Authorization", tokenHeader(m_hubToken)});
        return request(method, QUrl(url), body, headers);
    }

    // The hub tells a node (the eMSP by default) about one party behind it (PUT hubclientinfo).
    HttpResult report(const QString &party, const QString &role, const QString &status, TwoNodes::Side at = TwoNodes::Emsp)
    {
        const QString path = QLatin1Char('/') + QString(party).replace(QLatin1Char('-'), QLatin1Char('/'));
        return asHub("PUT", at == TwoNodes::Emsp ? m_nodes.emspUrl(QStringLiteral("hubclientinfo"), path)
                                                 : m_nodes.cpoUrl(QStringLiteral("hubclientinfo"), path),
                     compact(clientInfo(party, role, status)));
    }

    // The ids in the `data` list of a GET the hub makes on the CPO node's `module` Sender.
    QStringList idsListedToHub(const QString &module)
    {
        const HttpResult listed = asHub("GET", m_nodes.cpoUrl(module));
        QStringList ids;
        if (listed.ocpiStatus() != 1000)
            return {QString::fromUtf8(listed.body)};
        for (const QJsonValue &object : listed.json().value(QStringLiteral("data")).toArray())
            ids << object.toObject().value(QStringLiteral("id")).toString();
        return ids;
    }

    Result<PullReport> pullTariffs(qint64 partnerId, bool full)
    {
        std::optional<Result<PullReport>> outcome;
        m_nodes.emsp().services().puller().pull(partnerId, *objectModule(QStringLiteral("tariffs")), full,
                                                [&](Result<PullReport> result) { outcome = std::move(result); });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 20000))
            return Error::internal(QStringLiteral("the pull did not finish"));
        return *outcome;
    }

    // Owners of the tariffs the eMSP node holds from `partnerId`.
    QStringList ownersFrom(qint64 partnerId)
    {
        ObjectFilter filter;
        filter.source = ObjectFilter::Source::Partner;
        filter.partnerId = partnerId;
        auto stored = m_nodes.emsp().services().service<TariffService>().stored(filter);
        QStringList owners;
        if (!stored)
            return {stored.error().message};
        for (const StoredObject &object : *stored)
            owners << object.key.owner.toString() + QLatin1Char('/') + object.key.id;
        owners.sort();
        return owners;
    }

    // The requests of `method` the hub received below `prefix`.
    QList<ScriptedPeer::Seen> hubReceived(const QByteArray &method, const QString &prefix)
    {
        QList<ScriptedPeer::Seen> found;
        for (const ScriptedPeer::Seen &seen : m_hub->seen()) {
            if (seen.method == method && seen.target.startsWith(QStringLiteral("/peer") + prefix))
                found << seen;
        }
        return found;
    }

    Result<CommandRecord> startSession(qint64 hubId, const PartyId &cpo)
    {
        QJsonObject body{{QStringLiteral("token"), emspDriverToken()},
                         {QStringLiteral("location_id"), QStringLiteral("LOC1")}};
        std::optional<Result<CommandRecord>> sent;
        m_nodes.emsp().services().module<CommandsModule>().service().send(
            hubId, QStringLiteral("START_SESSION"), body, [&](Result<CommandRecord> record) { sent = std::move(record); }, cpo);
        if (!QTest::qWaitFor([&] { return sent.has_value(); }, 20000))
            return Error::internal(QStringLiteral("the command got no answer"));
        return *sent;
    }

private slots:
    void init() { QVERIFY_STATUS(m_nodes.start()); }
    void cleanup()
    {
        m_nodes.stop();
        m_hub.reset();
        m_hubTariffs = QJsonArray();
    }

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

QTEST_GUILESS_MAIN(TestHub)
#include "tst_hub.moc"
