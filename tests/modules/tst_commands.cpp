// The commands module between the two nodes of TwoNodes (the CPO hosts NL-CPO, the eMSP DE-EMS):
// the eMSP sends each command with its own response_url, the CPO checks it (CMD-05, CMD-09),
// answers with a CommandResponse and delivers the CommandResult through its outbox; the simulated
// charge points start and stop real sessions on the CPO's own location.

#include "support/objectjson.h"
#include "support/sendcommand.h"
#include "support/twonodes.h"

#include "modules/cdrs/cdrservice.h"
#include "modules/commands/commandsmodule.h"
#include "modules/locations/locationservice.h"
#include "modules/sessions/sessionservice.h"
#include "modules/tariffs/tariffservice.h"
#include "runtime/noderuntime.h"
#include "runtime/nodeservices.h"

#include <QJsonArray>
#include <QTest>

using namespace ocpi;
using namespace ocpi::test;

namespace {

const QString kLocation = QStringLiteral("BER-ALX-0042");
const QString kFreeEvse = QStringLiteral("BER42-AC-1");
const QString kBusyEvse = QStringLiteral("BER42-DC-2");

QJsonObject dataFile(const QString &path)
{
    return QJsonDocument::fromJson(readTestData(path)).object();
}

// Two EVSEs: one AVAILABLE, one CHARGING; owned by the CPO node's party.
QJsonObject ourLocation()
{
    QJsonObject location = dataFile(QStringLiteral("locations/location_2x2.json"));
    location.insert(QStringLiteral("country_code"), QStringLiteral("NL"));
    location.insert(QStringLiteral("party_id"), QStringLiteral("CPO"));
    return location;
}

QJsonObject emspToken(const QString &countryCode = QStringLiteral("DE"), const QString &partyId = QStringLiteral("EMS"))
{
    QJsonObject token = dataFile(QStringLiteral("tokens/ems_rfid_card.json"));
    token.insert(QStringLiteral("country_code"), countryCode);
    token.insert(QStringLiteral("party_id"), partyId);
    return token;
}

// A charge point that answers ACCEPTED and keeps the result for the test to report (or never).
class HeldCommandsManager final : public CommandsManager
{
public:
    explicit HeldCommandsManager(Database &) {}
    CommandAnswer accept(const ReceivedCommand &, ChargePointSite &, ReportResult report) override
    {
        held = std::move(report);
        return CommandAnswer{QStringLiteral("ACCEPTED"), 30, QString()};
    }
    static inline ReportResult held;
};

} // namespace

// Our locations must name our own tariffs (LOC-22): stores those the location names, then hands it over.
QJsonObject withTariffs(NodeRuntime &cpo)
{
    for (const QJsonValue &tariff : tariffsNamedBy(ourLocation())) {
        if (auto stored = cpo.services().service<TariffService>().putOwn(tariff); !stored)
            qFatal("cannot store a tariff: %s", qPrintable(stored.error().message));
    }
    return ourLocation();
}

class TestCommands : public QObject
{
    Q_OBJECT

    TwoNodes m_nodes;

    CommandService &emspCommands() { return m_nodes.emsp().services().module<CommandsModule>().service(); }
    CommandService &cpoCommands() { return m_nodes.cpo().services().module<CommandsModule>().service(); }

    CommandRecord send(const QString &type, const QJsonObject &body) { return sendCommand(m_nodes, type, body); }

    QString stateOf(const QString &uid)
    {
        auto found = emspCommands().store().find(uid);
        return found && found->has_value() ? (*found)->state : QString();
    }

    // The sessions the eMSP holds from the CPO.
    QJsonArray emspSessions()
    {
        return partnersJson(m_nodes.emsp().services().service<SessionService>(), m_nodes.cpoAtEmsp().id);
    }

    QString evseStatusAtCpo(const QString &evseUid)
    {
        auto found = m_nodes.cpo().services().service<LocationService>().findOwn(ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"), kLocation));
        if (!found || !found->has_value())
            return QString();
        for (const QJsonValue &evse : QJsonDocument::fromJson((*found)->json).object().value(QStringLiteral("evses")).toArray()) {
            if (evse.toObject().value(QStringLiteral("uid")).toString() == evseUid)
                return evse.toObject().value(QStringLiteral("status")).toString();
        }
        return QString();
    }

    HttpResult postCommand(const QString &type, const QJsonObject &body)
    {
        return m_nodes.asEmsp("POST", m_nodes.cpoUrl(QStringLiteral("commands"), QStringLiteral("/") + type), compact(body));
    }

    QJsonObject startBody(const QString &evse = kFreeEvse)
    {
        return {{QStringLiteral("token"), emspToken()},
                {QStringLiteral("location_id"), kLocation},
                {QStringLiteral("evse_uid"), evse},
                {QStringLiteral("authorization_reference"), QStringLiteral("REF-0001")}};
    }

    Status startNodes(TwoNodes::Options options = {})
    {
        options.cpoTime = TwoNodes::Time::Real;
        options.emspTime = TwoNodes::Time::Real;
        options.fastRetries = true;
        if (Status s = m_nodes.start(options); !s)
            return s;
        auto stored = m_nodes.cpo().services().service<LocationService>().putOwn(withTariffs(m_nodes.cpo()));
        if (!stored)
            return stored.error();
        return m_nodes.waitForOutboxDrained() ? Status::success() : Error::internal(QStringLiteral("the location was not pushed"));
    }

private slots:
    void cleanup()
    {
        m_nodes.stop();
        HeldCommandsManager::held = {};
    }

    // The whole flow: START_SESSION, the result at our response_url, the session pushed with the
    // authorization reference, the EVSE charging; STOP_SESSION completes it and frees the EVSE.
    void startAndStopASession()
    {
        QVERIFY_STATUS(startNodes());
        const CommandRecord started = send(QStringLiteral("START_SESSION"), startBody());
        QVERIFY(started.response.has_value());
        QCOMPARE(started.response->value(QStringLiteral("result")).toString(), QStringLiteral("ACCEPTED"));
        QVERIFY(started.responseUrl.startsWith(m_nodes.emspUrl(QStringLiteral("commands"), QStringLiteral("/START_SESSION/"))));
        // The response said ACCEPTED already: wait for the result itself.
        QTRY_VERIFY((*emspCommands().store().find(started.uid))->result.has_value());
        QCOMPARE(stateOf(started.uid), QStringLiteral("ACCEPTED"));

        QTRY_COMPARE(emspSessions().size(), 1);
        const QJsonObject session = emspSessions().at(0).toObject();
        // PENDING until the simulated car draws power (tst_chargingflow follows it further); stopped
        // before that, it still ends COMPLETED with a CDR of no energy.
        QCOMPARE(session.value(QStringLiteral("status")).toString(), QStringLiteral("PENDING"));
        QCOMPARE(session.value(QStringLiteral("auth_method")).toString(), QStringLiteral("COMMAND"));
        QCOMPARE(session.value(QStringLiteral("authorization_reference")).toString(), QStringLiteral("REF-0001"));
        QCOMPARE(session.value(QStringLiteral("evse_uid")).toString(), kFreeEvse);
        QCOMPARE(evseStatusAtCpo(kFreeEvse), QStringLiteral("CHARGING"));

        const CommandRecord stopped = send(QStringLiteral("STOP_SESSION"),
                                           {{QStringLiteral("session_id"), session.value(QStringLiteral("id"))}});
        QCOMPARE(stopped.response->value(QStringLiteral("result")).toString(), QStringLiteral("ACCEPTED"));
        QTRY_VERIFY((*emspCommands().store().find(stopped.uid))->result.has_value());
        QCOMPARE(stateOf(stopped.uid), QStringLiteral("ACCEPTED"));
        QTRY_COMPARE(emspSessions().at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("COMPLETED"));
        // Its CDR: no energy, one period of no length, nothing to pay.
        QTRY_COMPARE(partnersJson(m_nodes.emsp().services().service<CdrService>(), m_nodes.cpoAtEmsp().id).size(), 1);
        const QJsonObject cdr = partnersJson(m_nodes.emsp().services().service<CdrService>(), m_nodes.cpoAtEmsp().id).at(0).toObject();
        QCOMPARE(cdr.value(QStringLiteral("total_energy")).toDouble(), 0.0);
        QCOMPARE(cdr.value(QStringLiteral("charging_periods")).toArray().size(), 1);
        QCOMPARE(cdr.value(QStringLiteral("total_cost")).toObject().value(QStringLiteral("excl_vat")).toDouble(), 0.0);
        QCOMPARE(evseStatusAtCpo(kFreeEvse), QStringLiteral("AVAILABLE"));

        // The CPO keeps the timeline of what it received.
        auto received = cpoCommands().store().list();
        QVERIFY_STATUS(received);
        QCOMPARE(received->size(), 2);
        QCOMPARE(received->at(0).direction, CommandRecord::Direction::Received);
        QCOMPARE(received->at(0).type, QStringLiteral("STOP_SESSION"));
    }

    // The charger's own refusals come as results: an EVSE in use, a reservation unknown.
    void chargerRefusalsAreResults()
    {
        QVERIFY_STATUS(startNodes());
        const CommandRecord busy = send(QStringLiteral("START_SESSION"), startBody(kBusyEvse));
        QCOMPARE(busy.response->value(QStringLiteral("result")).toString(), QStringLiteral("ACCEPTED"));
        QTRY_COMPARE(stateOf(busy.uid), QStringLiteral("EVSE_OCCUPIED"));

        const CommandRecord reserved = send(QStringLiteral("RESERVE_NOW"),
                                            {{QStringLiteral("token"), emspToken()},
                                             {QStringLiteral("expiry_date"), QStringLiteral("2030-01-01T00:00:00Z")},
                                             {QStringLiteral("reservation_id"), QStringLiteral("R1")},
                                             {QStringLiteral("location_id"), kLocation},
                                             {QStringLiteral("evse_uid"), kFreeEvse}});
        QTRY_VERIFY((*emspCommands().store().find(reserved.uid))->result.has_value());
        QCOMPARE(stateOf(reserved.uid), QStringLiteral("ACCEPTED"));
        QCOMPARE(evseStatusAtCpo(kFreeEvse), QStringLiteral("RESERVED"));
        const CommandRecord unknown = send(QStringLiteral("CANCEL_RESERVATION"), {{QStringLiteral("reservation_id"), QStringLiteral("R2")}});
        QTRY_COMPARE(stateOf(unknown.uid), QStringLiteral("UNKNOWN_RESERVATION"));
        const CommandRecord cancelled = send(QStringLiteral("CANCEL_RESERVATION"), {{QStringLiteral("reservation_id"), QStringLiteral("R1")}});
        QTRY_VERIFY((*emspCommands().store().find(cancelled.uid))->result.has_value());
        QCOMPARE(stateOf(cancelled.uid), QStringLiteral("ACCEPTED"));
        QCOMPARE(evseStatusAtCpo(kFreeEvse), QStringLiteral("AVAILABLE"));

        const CommandRecord unlocked = send(QStringLiteral("UNLOCK_CONNECTOR"), {{QStringLiteral("location_id"), kLocation},
                                                                                  {QStringLiteral("evse_uid"), kFreeEvse},
                                                                                  {QStringLiteral("connector_id"), QStringLiteral("2")}});
        QTRY_VERIFY((*emspCommands().store().find(unlocked.uid))->result.has_value());
        QCOMPARE(stateOf(unlocked.uid), QStringLiteral("ACCEPTED"));
    }

    void cpoRefusals_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<int>("ocpiStatus");
        QTest::addColumn<QString>("result");  // CommandResponse result; empty: no data
        QTest::addColumn<QString>("naming");  // in status_message or the response's message

        const QString url = QStringLiteral("https://emsp.example.com/ocpi/emsp/2.2.1/commands/START_SESSION/1");
        auto start = [&](const QJsonObject &changes) {
            QJsonObject body{{QStringLiteral("response_url"), url}, {QStringLiteral("token"), emspToken()},
                             {QStringLiteral("location_id"), kLocation}, {QStringLiteral("evse_uid"), kFreeEvse}};
            for (auto it = changes.begin(); it != changes.end(); ++it) {
                if (it.value().isNull())
                    body.remove(it.key());
                else
                    body.insert(it.key(), it.value());
            }
            return body;
        };
        QTest::newRow("unknown location: 2003 + REJECTED (CMD-05)")
            << "START_SESSION" << start({{QStringLiteral("location_id"), QStringLiteral("NOWHERE")}}) << 200 << 2003 << "REJECTED"
            << "NOWHERE";
        QTest::newRow("unknown EVSE: 2003 + REJECTED")
            << "START_SESSION" << start({{QStringLiteral("evse_uid"), QStringLiteral("NO-EVSE")}}) << 200 << 2003 << "REJECTED"
            << "NO-EVSE";
        QTest::newRow("unknown connector: 2003 + REJECTED")
            << "START_SESSION" << start({{QStringLiteral("connector_id"), QStringLiteral("9")}}) << 200 << 2003 << "REJECTED"
            << "connector_id";
        QTest::newRow("another eMSP's token: REJECTED (CMD-09)")
            << "START_SESSION" << start({{QStringLiteral("token"), emspToken(QStringLiteral("FR"), QStringLiteral("OTH"))}}) << 200
            << 1000 << "REJECTED" << "FR-OTH";
        QTest::newRow("connector without EVSE: 2001 (CMD-07)")
            << "START_SESSION"
            << start({{QStringLiteral("evse_uid"), QJsonValue::Null}, {QStringLiteral("connector_id"), QStringLiteral("1")}}) << 200
            << 2001 << QString() << "evse_uid";
        QTest::newRow("no response_url: 2001")
            << "START_SESSION" << start({{QStringLiteral("response_url"), QJsonValue::Null}}) << 200 << 2001 << QString()
            << "response_url";
        QTest::newRow("unknown session: UNKNOWN_SESSION (CMD-05)")
            << "STOP_SESSION" << QJsonObject{{QStringLiteral("response_url"), url}, {QStringLiteral("session_id"), QStringLiteral("S-NONE")}}
            << 200 << 1000 << "UNKNOWN_SESSION" << "S-NONE";
        QTest::newRow("unlock without connector: 2001")
            << "UNLOCK_CONNECTOR"
            << QJsonObject{{QStringLiteral("response_url"), url}, {QStringLiteral("location_id"), kLocation}, {QStringLiteral("evse_uid"), kFreeEvse}}
            << 200 << 2001 << QString() << "connector_id";
        QTest::newRow("no such command: 404") << "START_CHARGING" << start({}) << 404 << 2000 << QString() << "START_CHARGING";
    }

    // Each refusal is answered at once, names what is wrong and leaves the charge points alone.
    void cpoRefusals()
    {
        QFETCH(QString, type);
        QFETCH(QJsonObject, body);
        QFETCH(int, httpStatus);
        QFETCH(int, ocpiStatus);
        QFETCH(QString, result);
        QFETCH(QString, naming);

        TwoNodes::Options options;
        options.cpoPushes = false;
        QVERIFY_STATUS(m_nodes.start(options));
        QVERIFY_STATUS(m_nodes.cpo().services().service<LocationService>().putOwn(withTariffs(m_nodes.cpo())));

        const HttpResult answer = postCommand(type, body);
        QCOMPARE(answer.status, httpStatus);
        QCOMPARE(answer.ocpiStatus(), ocpiStatus);
        const QJsonObject data = answer.json().value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("result")).toString(), result);
        const QString said = answer.json().value(QStringLiteral("status_message")).toString()
                             + QString::fromUtf8(QJsonDocument(data).toJson());
        QVERIFY2(said.contains(naming), qPrintable(said));
        QCOMPARE(evseStatusAtCpo(kFreeEvse), QStringLiteral("AVAILABLE"));
        QVERIFY(partnersJson(m_nodes.emsp().services().service<SessionService>(), m_nodes.cpoAtEmsp().id).isEmpty());
    }

    // No result within the CPO's timeout plus our margin: TIMEOUT (CMD-06); a result arriving
    // after that still counts, as the charger may have started after all.
    void silentChargerTimesOut()
    {
        TwoNodes::Options options;
        options.cpoManagers.set(QStringLiteral("commands"), [](Database &db) { return std::make_unique<HeldCommandsManager>(db); });
        QVERIFY_STATUS(m_nodes.start(options));
        QVERIFY_STATUS(m_nodes.cpo().services().service<LocationService>().putOwn(withTariffs(m_nodes.cpo())));
        QVERIFY(m_nodes.waitForOutboxDrained());

        const CommandRecord sent = send(QStringLiteral("START_SESSION"), startBody());
        QCOMPARE(sent.state, QStringLiteral("ACCEPTED"));
        QCOMPARE(sent.deadline, m_nodes.clock().now().addSecs(30 + CommandService::kTimeoutMarginSeconds));
        m_nodes.clock().set(m_nodes.clock().now().addSecs(30 + CommandService::kTimeoutMarginSeconds - 1));
        QCOMPARE(*emspCommands().expireOverdue(), 0);
        QCOMPARE(stateOf(sent.uid), QStringLiteral("ACCEPTED"));
        m_nodes.clock().set(m_nodes.clock().now().addSecs(2));
        QCOMPARE(*emspCommands().expireOverdue(), 1);
        QCOMPARE(stateOf(sent.uid), QStringLiteral("TIMEOUT"));

        QVERIFY(HeldCommandsManager::held);
        HeldCommandsManager::held(QJsonObject{{QStringLiteral("result"), QStringLiteral("ACCEPTED")}});
        QVERIFY(m_nodes.waitForOutboxDrained());
        QCOMPARE(stateOf(sent.uid), QStringLiteral("ACCEPTED"));
    }

    // The eMSP is down when the charger answers: the result waits in the CPO's outbox and arrives
    // when the eMSP is back.
    void resultSurvivesAnOutage()
    {
        TwoNodes::Options options;
        options.cpoTime = TwoNodes::Time::Real;
        options.emspTime = TwoNodes::Time::Real;
        options.fastRetries = true;
        options.cpoManagers.set(QStringLiteral("commands"), [](Database &db) { return std::make_unique<HeldCommandsManager>(db); });
        QVERIFY_STATUS(m_nodes.start(options));
        QVERIFY_STATUS(m_nodes.cpo().services().service<LocationService>().putOwn(withTariffs(m_nodes.cpo())));
        QVERIFY(m_nodes.waitForOutboxDrained());
        const CommandRecord sent = send(QStringLiteral("START_SESSION"), startBody());

        m_nodes.stopNode(TwoNodes::Emsp);
        HeldCommandsManager::held(QJsonObject{{QStringLiteral("result"), QStringLiteral("EVSE_INOPERATIVE")}});
        // Tried and failed at least once while the eMSP is away.
        QTRY_VERIFY(!m_nodes.cpo().services().outbox().entries(m_nodes.emspAtCpo().id)->isEmpty()
                    && m_nodes.cpo().services().outbox().entries(m_nodes.emspAtCpo().id)->first().attempts > 0);
        QVERIFY_STATUS(m_nodes.restartNode(TwoNodes::Emsp));
        QVERIFY(m_nodes.waitForOutboxDrained());
        QCOMPARE(stateOf(sent.uid), QStringLiteral("EVSE_INOPERATIVE"));
    }

    // Only the partner a command went to may post its result, and only to its own URL.
    void resultFromAnotherPartnerIsRefused()
    {
        TwoNodes::Options options;
        options.cpoManagers.set(QStringLiteral("commands"), [](Database &db) { return std::make_unique<HeldCommandsManager>(db); });
        QVERIFY_STATUS(m_nodes.start(options));
        QVERIFY_STATUS(m_nodes.cpo().services().service<LocationService>().putOwn(withTariffs(m_nodes.cpo())));
        QVERIFY(m_nodes.waitForOutboxDrained());
        const CommandRecord sent = send(QStringLiteral("START_SESSION"), startBody());

        auto other = m_nodes.startAnother({QStringLiteral("FR-OTH:CPO")}, QStringLiteral("other.sqlite"));
        QVERIFY(other);
        auto registered = registerWith(*other, m_nodes.emsp(), QStringLiteral("other"));
        QVERIFY_STATUS(registered);
        const QByteArray result = compact({{QStringLiteral("result"), QStringLiteral("ACCEPTED")}});
        const HttpResult intruder = request("POST", QUrl(sent.responseUrl), result,
                                            {{"Authorization", tokenHeader(registered->outgoingToken)}});
        QCOMPARE(intruder.status, 404);
        QCOMPARE(stateOf(sent.uid), QStringLiteral("ACCEPTED"));
        QVERIFY(!(*emspCommands().store().find(sent.uid))->result.has_value());

        // The right partner at a made-up URL: as unknown.
        const HttpResult madeUp = m_nodes.asCpo("POST", m_nodes.emspUrl(QStringLiteral("commands"), QStringLiteral("/START_SESSION/NOPE")), result);
        QCOMPARE(madeUp.status, 404);
        // An invalid result from the right partner: 2001, nothing recorded.
        const HttpResult invalid = m_nodes.asCpo("POST", sent.responseUrl, compact({{QStringLiteral("result"), QStringLiteral("MAYBE")}}));
        QCOMPARE(invalid.ocpiStatus(), 2001);
        QVERIFY(!(*emspCommands().store().find(sent.uid))->result.has_value());
        // The right one.
        QCOMPARE(m_nodes.asCpo("POST", sent.responseUrl, result).ocpiStatus(), 1000);
        QVERIFY((*emspCommands().store().find(sent.uid))->result.has_value());
    }
};

QTEST_MAIN(TestCommands)
#include "tst_commands.moc"
