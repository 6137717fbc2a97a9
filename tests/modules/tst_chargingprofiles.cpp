// Charging profiles (CP-*) between the two nodes of TwoNodes, on the CPO's simulated charge points
// and a clock the test moves: the eMSP starts a charge, limits it to 3.7 kW, reads the active
// profile, clears it; every result arrives at the response_url the request carried, the CPO
// pushes the ActiveChargingProfile on each change (CP-07), and the session's periods, its kWh and
// the CDR follow the limit. Plus the refusals: UNKNOWN_SESSION, REJECTED (CP-09), TOO_OFTEN,
// missing query parameters (2001) and a result posted by a partner the request did not go to.

#include "support/objectjson.h"
#include "support/sendcommand.h"
#include "support/twonodes.h"

#include "core/datetime.h"
#include "modules/cdrs/cdrservice.h"
#include "modules/chargingprofiles/chargingprofilesmodule.h"
#include "modules/commands/commandsmodule.h"
#include "modules/locations/locationservice.h"
#include "modules/sessions/sessionservice.h"
#include "modules/tariffs/tariffservice.h"
#include "modules/tokens/tokenservice.h"
#include "runtime/noderuntime.h"
#include "runtime/nodeservices.h"

#include <QJsonArray>
#include <QTest>

using namespace ocpi;
using namespace ocpi::test;

namespace {

const QString kLocation = QStringLiteral("BER-ALX-0042");
const QString kEvse = QStringLiteral("BER42-AC-1"); // connector 1: 22.08 kW, 3 x 230 V x 32 A

QJsonObject ourLocation()
{
    QJsonObject location = QJsonDocument::fromJson(readTestData(QStringLiteral("locations/location_2x2.json"))).object();
    location.insert(QStringLiteral("country_code"), QStringLiteral("NL"));
    location.insert(QStringLiteral("party_id"), QStringLiteral("CPO"));
    return location;
}

QJsonObject driverToken(const QString &countryCode = QStringLiteral("DE"), const QString &partyId = QStringLiteral("EMS"))
{
    QJsonObject token = QJsonDocument::fromJson(readTestData(QStringLiteral("tokens/ems_rfid_card.json"))).object();
    token.insert(QStringLiteral("country_code"), countryCode);
    token.insert(QStringLiteral("party_id"), partyId);
    return token;
}

QJsonObject profileOf(const char *unit, const QJsonArray &periods)
{
    return {{QStringLiteral("charging_rate_unit"), QLatin1String(unit)}, {QStringLiteral("charging_profile_period"), periods}};
}

QJsonObject period(int startSeconds, double limit)
{
    return {{QStringLiteral("start_period"), startSeconds}, {QStringLiteral("limit"), limit}};
}

QJsonArray periodsOf(const QJsonObject &activeProfile)
{
    return activeProfile.value(QStringLiteral("charging_profile")).toObject().value(QStringLiteral("charging_profile_period")).toArray();
}

double energyOf(const QJsonObject &chargingPeriod)
{
    for (const QJsonValue &dimension : chargingPeriod.value(QStringLiteral("dimensions")).toArray()) {
        if (dimension.toObject().value(QStringLiteral("type")).toString() == QLatin1String("ENERGY"))
            return dimension.toObject().value(QStringLiteral("volume")).toDouble();
    }
    return -1;
}

} // namespace

class TestChargingProfiles : public QObject
{
    Q_OBJECT

    TwoNodes m_nodes;
    qint64 m_cpoId = 0; // the CPO as the eMSP knows it (a test may register a third node with the eMSP)

    ChargingProfileService &emspProfiles() { return m_nodes.emsp().services().module<ChargingProfilesModule>().service(); }
    SimulatedChargers &chargers()
    {
        return dynamic_cast<SimulatedCommandsManager &>(m_nodes.cpo().services().module<CommandsModule>().manager()).chargers();
    }

    // Sends a request from the eMSP and waits for the CPO's ChargingProfileResponse.
    CommandRecord send(const QString &type, const QString &sessionId, const QJsonObject &params = {})
    {
        std::optional<Result<CommandRecord>> outcome;
        emspProfiles().send(m_cpoId, type, sessionId, params,
                            [&outcome](Result<CommandRecord> sent) { outcome = std::move(sent); });
        if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 15000))
            qFatal("the CPO never answered the charging profile request");
        if (!*outcome)
            qFatal("sending the request failed: %s", qPrintable(outcome->error().message));
        return **outcome;
    }

    QString answerOf(const CommandRecord &request) { return request.response->value(QStringLiteral("result")).toString(); }

    // The result object as it arrived at our response_url; empty until then.
    QJsonObject resultOf(const CommandRecord &request)
    {
        auto found = emspProfiles().requests().find(request.uid);
        if (!found || !found->has_value() || !(*found)->result)
            return {};
        return *(*found)->result;
    }

    // The ActiveChargingProfile the CPO last pushed for the session; empty before any.
    QJsonObject pushedProfile(const QString &sessionId)
    {
        auto found = emspProfiles().profiles().update(m_cpoId, sessionId);
        return found && found->has_value() ? **found : QJsonObject();
    }

    QJsonObject emspSession()
    {
        const QJsonArray sessions = partnersJson(m_nodes.emsp().services().service<SessionService>(), m_cpoId);
        return sessions.isEmpty() ? QJsonObject() : sessions.at(0).toObject();
    }

    void tickAfter(int seconds)
    {
        m_nodes.clock().advanceSeconds(seconds);
        QVERIFY_STATUS(chargers().tick());
    }

    // Starts a charge on kEvse and lets it become ACTIVE; returns the session id.
    QString startCharge()
    {
        const CommandRecord start = sendCommand(m_nodes, QStringLiteral("START_SESSION"),
                                                {{QStringLiteral("token"), driverToken()},
                                                 {QStringLiteral("location_id"), kLocation},
                                                 {QStringLiteral("evse_uid"), kEvse}});
        if (!QTest::qWaitFor([this] { return !emspSession().isEmpty(); }, 15000))
            qFatal("the session never reached the eMSP");
        m_nodes.clock().advanceSeconds(10);
        if (auto ticked = chargers().tick(); !ticked)
            qFatal("tick: %s", qPrintable(ticked.error().message));
        if (!QTest::qWaitFor([this] { return emspSession().value(QStringLiteral("status")).toString() == QLatin1String("ACTIVE"); },
                             15000))
            qFatal("the session never became ACTIVE");
        Q_UNUSED(start)
        return emspSession().value(QStringLiteral("id")).toString();
    }

private slots:
    void init()
    {
        QVERIFY_STATUS(m_nodes.start());
        m_cpoId = m_nodes.cpoAtEmsp().id;
        for (const QJsonValue &tariff : tariffsNamedBy(ourLocation()))
            QVERIFY_STATUS(m_nodes.cpo().services().service<TariffService>().putOwn(tariff.toObject()));
        QVERIFY_STATUS(m_nodes.cpo().services().service<LocationService>().putOwn(ourLocation()));
        QVERIFY_STATUS(m_nodes.emsp().services().service<TokenService>().putOwn(driverToken()));
        QVERIFY(m_nodes.waitForOutboxDrained(TwoNodes::Cpo));
        QVERIFY(m_nodes.waitForOutboxDrained(TwoNodes::Emsp));
    }

    void cleanup() { m_nodes.stop(); }

    // Version details announce the CPO's Receiver and the eMSP's Sender interface (each node read
    // the other's when registering), and /openapi.json describes the routes.
    void announced()
    {
        const QString module = QString::fromLatin1(ChargingProfileService::kIdentifier);
        const auto receiver = m_nodes.cpoAtEmsp().endpoint(module, QStringLiteral("RECEIVER"));
        QVERIFY(receiver);
        QCOMPARE(receiver->url, m_nodes.cpoUrl(module));
        QVERIFY(!m_nodes.cpoAtEmsp().endpoint(module, QStringLiteral("SENDER")));
        const auto sender = m_nodes.emspAtCpo().endpoint(module, QStringLiteral("SENDER"));
        QVERIFY(sender);
        QCOMPARE(sender->url, m_nodes.emspUrl(module));
        QVERIFY(!m_nodes.emspAtCpo().endpoint(module, QStringLiteral("RECEIVER")));

        const HttpResult openapi = request("GET", QUrl(m_nodes.cpo().publicBase() + QStringLiteral("/openapi.json")));
        const QJsonObject paths = openapi.json().value(QStringLiteral("paths")).toObject();
        const QJsonObject sessionPath = paths.value(QStringLiteral("/ocpi/cpo/2.2.1/chargingprofiles/{session_id}")).toObject();
        QCOMPARE(sessionPath.keys(), (QStringList{QStringLiteral("delete"), QStringLiteral("get"), QStringLiteral("put")}));
    }

    void setGetClearFollowTheLimit()
    {
        const QString sessionId = startCharge();
        // A quarter of an hour at the connector's full 22.08 kW: 5.52 kWh.
        tickAfter(15 * 60);
        QTRY_COMPARE(emspSession().value(QStringLiteral("kwh")).toDouble(), 5.52);

        // SET 3.7 kW (CP-02): ACCEPTED at once, the ChargingProfileResult at our response_url.
        const CommandRecord set = send(QStringLiteral("SET"), sessionId,
                                       {{QStringLiteral("charging_profile"), profileOf("W", {period(0, 3700)})}});
        QCOMPARE(answerOf(set), QStringLiteral("ACCEPTED"));
        QCOMPARE(set.response->value(QStringLiteral("timeout")).toInt(), ChargingProfileService::kResultTimeoutSeconds);
        QVERIFY(set.responseUrl.startsWith(m_nodes.emspUrl(QStringLiteral("chargingprofiles"), QStringLiteral("/SET/"))));
        QTRY_COMPARE(resultOf(set), (QJsonObject{{QStringLiteral("result"), QStringLiteral("ACCEPTED")}}));
        // The eMSP that set it hears of the change (CP-07): 3.7 kW from now for the next half hour.
        QTRY_VERIFY(!pushedProfile(sessionId).isEmpty());
        QCOMPARE(pushedProfile(sessionId).value(QStringLiteral("start_date_time")).toString(), formatDateTime(m_nodes.clock().now()));
        QCOMPARE(periodsOf(pushedProfile(sessionId)), (QJsonArray{period(0, 3700)}));
        QCOMPARE(pushedProfile(sessionId).value(QStringLiteral("charging_profile")).toObject().value(QStringLiteral("duration")).toInt(),
                 ChargingProfileService::kPushHorizonSeconds);

        // The next quarter of an hour at 3.7 kW: 0.925 kWh more.
        tickAfter(15 * 60);
        QTRY_COMPARE(emspSession().value(QStringLiteral("kwh")).toDouble(), 6.445);
        QTRY_COMPARE(emspSession().value(QStringLiteral("charging_periods")).toArray().size(), 2);
        QCOMPARE(energyOf(emspSession().value(QStringLiteral("charging_periods")).toArray().at(1).toObject()), 0.925);

        // GET (CP-01): the ActiveChargingProfileResult with the profile in force.
        const CommandRecord get = send(QStringLiteral("GET"), sessionId, {{QStringLiteral("duration"), 600}});
        QCOMPARE(answerOf(get), QStringLiteral("ACCEPTED"));
        QTRY_VERIFY(!resultOf(get).isEmpty());
        const QJsonObject active = resultOf(get).value(QStringLiteral("profile")).toObject();
        QCOMPARE(resultOf(get).value(QStringLiteral("result")).toString(), QStringLiteral("ACCEPTED"));
        QCOMPARE(active.value(QStringLiteral("start_date_time")).toString(), formatDateTime(m_nodes.clock().now()));
        QCOMPARE(active.value(QStringLiteral("charging_profile")).toObject(),
                 (QJsonObject{{QStringLiteral("charging_rate_unit"), QStringLiteral("W")},
                              {QStringLiteral("duration"), 600},
                              {QStringLiteral("charging_profile_period"), QJsonArray{period(0, 3700)}}}));

        // A second request on the session within the window: TOO_OFTEN (CP-04), no result follows.
        const CommandRecord tooSoon = send(QStringLiteral("GET"), sessionId, {{QStringLiteral("duration"), 600}});
        QCOMPARE(answerOf(tooSoon), QStringLiteral("TOO_OFTEN"));
        QVERIFY(!tooSoon.deadline.isValid());

        // CLEAR (CP-03) ten seconds later: ClearProfileResult; the pushed profile is the EVSE's full power.
        m_nodes.clock().advanceSeconds(10);
        const CommandRecord clear = send(QStringLiteral("CLEAR"), sessionId);
        QCOMPARE(answerOf(clear), QStringLiteral("ACCEPTED"));
        QTRY_COMPARE(resultOf(clear), (QJsonObject{{QStringLiteral("result"), QStringLiteral("ACCEPTED")}}));
        QTRY_COMPARE(periodsOf(pushedProfile(sessionId)), (QJsonArray{period(0, 22080)}));

        // Stopped at 45 min: 5520 Wh + 3700 W x 15 min 10 s (935 Wh) + 22080 W x 14 min 50 s (5458 Wh).
        m_nodes.clock().advanceSeconds(15 * 60 - 10);
        const CommandRecord stop = sendCommand(m_nodes, QStringLiteral("STOP_SESSION"), {{QStringLiteral("session_id"), sessionId}});
        QCOMPARE(stop.response->value(QStringLiteral("result")).toString(), QStringLiteral("ACCEPTED"));
        QTRY_COMPARE(emspSession().value(QStringLiteral("status")).toString(), QStringLiteral("COMPLETED"));
        QCOMPARE(emspSession().value(QStringLiteral("kwh")).toDouble(), 11.913);
        // A new period where the limit ended: 0-15, 15-30, 30-30:10, 30:10-45 min.
        const QJsonArray periods = emspSession().value(QStringLiteral("charging_periods")).toArray();
        QCOMPARE(periods.size(), 4);
        QCOMPARE(energyOf(periods.at(2).toObject()), 0.01);
        QCOMPARE(energyOf(periods.at(3).toObject()), 5.458);

        // The CDR says the same.
        QVERIFY(m_nodes.waitForOutboxDrained(TwoNodes::Cpo));
        auto deliveries = m_nodes.cpo().services().service<CdrService>().deliveries();
        QVERIFY_STATUS(deliveries);
        QCOMPARE(deliveries->size(), 1);
        const QJsonObject cdr = m_nodes.asCpo("GET", deliveries->at(0).location).json().value(QStringLiteral("data")).toObject();
        QCOMPARE(cdr.value(QStringLiteral("total_energy")).toDouble(), 11.913);

        // Once the session is over it is unknown to further requests.
        m_nodes.clock().advanceSeconds(10);
        QCOMPARE(answerOf(send(QStringLiteral("GET"), sessionId, {{QStringLiteral("duration"), 60}})),
                 QStringLiteral("UNKNOWN_SESSION"));
    }

    // A limit in amperes is per phase (CP-08): 10 A on 3 x 230 V is 6.9 kW.
    void amperesArePerPhase()
    {
        const QString sessionId = startCharge();
        const CommandRecord set = send(QStringLiteral("SET"), sessionId,
                                       {{QStringLiteral("charging_profile"), profileOf("A", {period(0, 10)})}});
        QCOMPARE(answerOf(set), QStringLiteral("ACCEPTED"));
        QTRY_COMPARE(periodsOf(pushedProfile(sessionId)), (QJsonArray{period(0, 6900)}));
        tickAfter(60 * 60);
        QTRY_COMPARE(emspSession().value(QStringLiteral("kwh")).toDouble(), 6.9);
    }

    void refusals()
    {
        const QString sessionId = startCharge();
        const QJsonObject limit{{QStringLiteral("charging_profile"), profileOf("W", {period(0, 3700)})}};

        // UNKNOWN_SESSION: no such session here.
        QCOMPARE(answerOf(send(QStringLiteral("SET"), QStringLiteral("NOPE"), limit)), QStringLiteral("UNKNOWN_SESSION"));

        // REJECTED: another eMSP's driver charges in this session (CP-09).
        const QString now = formatDateTime(m_nodes.clock().now());
        QJsonObject token = driverToken(QStringLiteral("FR"), QStringLiteral("OTH"));
        QVERIFY_STATUS(m_nodes.cpo().services().service<SessionService>().putOwn(QJsonObject{
            {QStringLiteral("country_code"), QStringLiteral("NL")},
            {QStringLiteral("party_id"), QStringLiteral("CPO")},
            {QStringLiteral("id"), QStringLiteral("OTHERS")},
            {QStringLiteral("start_date_time"), now},
            {QStringLiteral("kwh"), 0},
            {QStringLiteral("cdr_token"), QJsonObject{{QStringLiteral("country_code"), QStringLiteral("FR")},
                                                      {QStringLiteral("party_id"), QStringLiteral("OTH")},
                                                      {QStringLiteral("uid"), token.value(QStringLiteral("uid"))},
                                                      {QStringLiteral("type"), token.value(QStringLiteral("type"))},
                                                      {QStringLiteral("contract_id"), token.value(QStringLiteral("contract_id"))}}},
            {QStringLiteral("auth_method"), QStringLiteral("WHITELIST")},
            {QStringLiteral("location_id"), kLocation},
            {QStringLiteral("evse_uid"), QStringLiteral("BER42-DC-2")},
            {QStringLiteral("connector_id"), QStringLiteral("1")},
            {QStringLiteral("currency"), QStringLiteral("EUR")},
            {QStringLiteral("status"), QStringLiteral("ACTIVE")},
            {QStringLiteral("last_updated"), now}}));
        QCOMPARE(answerOf(send(QStringLiteral("SET"), QStringLiteral("OTHERS"), limit)), QStringLiteral("REJECTED"));

        // Missing or bad query parameters and bodies: 2001 naming what is wrong.
        const QString responseUrl = QStringLiteral("https://emsp.example.com/result/1");
        const QString base = m_nodes.cpoUrl(QStringLiteral("chargingprofiles"), QStringLiteral("/") + sessionId);
        const auto expect2001 = [](const HttpResult &result, const QString &naming) {
            QCOMPARE(result.ocpiStatus(), 2001);
            QVERIFY2(result.json().value(QStringLiteral("status_message")).toString().contains(naming),
                     qPrintable(result.json().value(QStringLiteral("status_message")).toString()));
        };
        expect2001(m_nodes.asEmsp("GET", base + QStringLiteral("?response_url=") + responseUrl), QStringLiteral("duration"));
        expect2001(m_nodes.asEmsp("GET", base + QStringLiteral("?duration=60")), QStringLiteral("response_url"));
        expect2001(m_nodes.asEmsp("GET", base + QStringLiteral("?duration=soon&response_url=") + responseUrl),
                   QStringLiteral("duration"));
        expect2001(m_nodes.asEmsp("DELETE", base), QStringLiteral("response_url"));
        expect2001(m_nodes.asEmsp("DELETE", base + QStringLiteral("?response_url=nowhere")), QStringLiteral("response_url"));
        expect2001(m_nodes.asEmsp("PUT", base,
                                  compact({{QStringLiteral("response_url"), responseUrl},
                                           {QStringLiteral("charging_profile"),
                                            QJsonObject{{QStringLiteral("charging_profile_period"), QJsonArray{period(0, 3700)}}}}})),
                   QStringLiteral("charging_rate_unit"));
        expect2001(m_nodes.asEmsp("PUT", base,
                                  compact({{QStringLiteral("response_url"), responseUrl},
                                           {QStringLiteral("charging_profile"),
                                            profileOf("W", {QJsonObject{{QStringLiteral("start_period"), 0}}})}})),
                   QStringLiteral("limit"));
        expect2001(m_nodes.asEmsp("PUT", base,
                                  compact({{QStringLiteral("response_url"), responseUrl},
                                           {QStringLiteral("charging_profile"), profileOf("A", {period(0, 16.25)})}})),
                   QStringLiteral("charging_profile.charging_profile_period[0].limit"));
        // The answer is the ChargingProfileResponse alone (it has no message field); why it refuses
        // is said in status_message.
        const HttpResult unknown = m_nodes.asEmsp("PUT", m_nodes.cpoUrl(QStringLiteral("chargingprofiles"), QStringLiteral("/NOPE")),
                                                  compact({{QStringLiteral("response_url"), responseUrl},
                                                           {QStringLiteral("charging_profile"), profileOf("W", {period(0, 3700)})}}));
        QCOMPARE(unknown.ocpiStatus(), 1000);
        QCOMPARE(unknown.json().value(QStringLiteral("data")).toObject(),
                 (QJsonObject{{QStringLiteral("result"), QStringLiteral("UNKNOWN_SESSION")}, {QStringLiteral("timeout"), 0}}));
        QVERIFY(unknown.json().value(QStringLiteral("status_message")).toString().contains(QStringLiteral("NOPE")));

        // None of those counted against the session: the first good request is accepted.
        QCOMPARE(answerOf(send(QStringLiteral("SET"), sessionId, limit)), QStringLiteral("ACCEPTED"));
    }

    // Only the partner a request went to may post its result (CP-05); the CPO's pushes of
    // profiles it was not asked for reach nobody (CP-07).
    void resultFromAnotherPartnerIsRefused()
    {
        const QString sessionId = startCharge();
        const CommandRecord get = send(QStringLiteral("GET"), sessionId, {{QStringLiteral("duration"), 60}});
        QTRY_VERIFY(!resultOf(get).isEmpty());
        // A GET sets nothing: no update is pushed.
        QVERIFY(m_nodes.waitForOutboxDrained(TwoNodes::Cpo));
        QVERIFY(pushedProfile(sessionId).isEmpty());

        auto other = m_nodes.startAnother({QStringLiteral("FR-OTH:CPO")}, QStringLiteral("other.sqlite"));
        QVERIFY(other);
        auto registered = registerWith(*other, m_nodes.emsp(), QStringLiteral("other"));
        QVERIFY_STATUS(registered);
        const QByteArray result = compact({{QStringLiteral("result"), QStringLiteral("REJECTED")}});
        const HttpResult intruder = request("POST", QUrl(get.responseUrl), result,
                                            {{"Authorization", tokenHeader(registered->outgoingToken)}});
        QCOMPARE(intruder.status, 404);
        QCOMPARE(resultOf(get).value(QStringLiteral("result")).toString(), QStringLiteral("ACCEPTED"));
        // The right partner at a made-up URL: as unknown; at the right one with a result of the
        // wrong kind: 2001.
        const HttpResult madeUp = m_nodes.asCpo("POST", m_nodes.emspUrl(QStringLiteral("chargingprofiles"), QStringLiteral("/GET/NOPE")),
                                                result);
        QCOMPARE(madeUp.status, 404);
        QCOMPARE(m_nodes.asCpo("POST", get.responseUrl, compact({{QStringLiteral("result"), QStringLiteral("MAYBE")}})).ocpiStatus(), 2001);

        // A CLEAR by an eMSP that never set a profile pushes nothing either.
        m_nodes.clock().advanceSeconds(10);
        const CommandRecord clear = send(QStringLiteral("CLEAR"), sessionId);
        QTRY_VERIFY(!resultOf(clear).isEmpty());
        QVERIFY(m_nodes.waitForOutboxDrained(TwoNodes::Cpo));
        QVERIFY(pushedProfile(sessionId).isEmpty());
    }
};

QTEST_MAIN(TestChargingProfiles)
#include "tst_chargingprofiles.moc"
