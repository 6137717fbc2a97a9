// The whole OCPI story between the two nodes of TwoNodes, on the CPO's simulated charge points and
// a clock the test moves: the eMSP's token reaches the CPO, the CPO asks the eMSP to authorize it,
// the eMSP starts a charge with the reference it gave, the session arrives by PUT and grows by
// PATCHes (periods appended), the eMSP stops it, and the CDR is POSTed, read back at its Location
// and priced exactly as computed by hand. Plus what must survive a restart of the CPO: a running
// charge and a reservation (which also expires); and a reservation as a session of its own (SES-11),
// used, cancelled or expired, and billed.

#include "support/objectjson.h"
#include "support/sendcommand.h"
#include "support/twonodes.h"

#include "core/datetime.h"
#include "modules/cdrs/cdrservice.h"
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
const QString kEvse = QStringLiteral("BER42-AC-1"); // connector 1: 22.08 kW, tariff AC-STANDARD

QJsonObject dataFile(const QString &path)
{
    return QJsonDocument::fromJson(readTestData(path)).object();
}

QJsonObject ourLocation()
{
    QJsonObject location = dataFile(QStringLiteral("locations/location_2x2.json"));
    location.insert(QStringLiteral("country_code"), QStringLiteral("NL"));
    location.insert(QStringLiteral("party_id"), QStringLiteral("CPO"));
    return location;
}

// 1.00 EUR a charge, 0.30 EUR/kWh, 2.00 EUR/h charging, 19 % VAT; DC-FAST as the location names it.
QJsonArray ourTariffs()
{
    auto component = [](const char *type, double price) {
        return QJsonObject{{QStringLiteral("type"), QLatin1String(type)}, {QStringLiteral("price"), price},
                           {QStringLiteral("vat"), 19}, {QStringLiteral("step_size"), 1}};
    };
    QJsonObject standard = tariff(QStringLiteral("AC-STANDARD"), QStringLiteral("2026-01-01T00:00:00Z"), 0.30,
                                  QStringLiteral("NL"), QStringLiteral("CPO"));
    standard.insert(QStringLiteral("elements"),
                    QJsonArray{QJsonObject{{QStringLiteral("price_components"),
                                            QJsonArray{component("FLAT", 1.00), component("ENERGY", 0.30), component("TIME", 2.00)}}}});
    return {standard, tariff(QStringLiteral("DC-FAST"), QStringLiteral("2026-01-01T00:00:00Z"), 0.59, QStringLiteral("NL"),
                             QStringLiteral("CPO"))};
}

// AC-STANDARD as before, with a reservation priced: 2.00 EUR/h reserved, 4.00 EUR when it expires.
QJsonObject tariffWithReservations()
{
    auto component = [](const char *type, double price) {
        return QJsonObject{{QStringLiteral("type"), QLatin1String(type)}, {QStringLiteral("price"), price},
                           {QStringLiteral("vat"), 19}, {QStringLiteral("step_size"), 1}};
    };
    auto restricted = [](const QJsonObject &component, const char *reservation) {
        return QJsonObject{{QStringLiteral("price_components"), QJsonArray{component}},
                           {QStringLiteral("restrictions"), QJsonObject{{QStringLiteral("reservation"), QLatin1String(reservation)}}}};
    };
    QJsonObject standard = ourTariffs().at(0).toObject();
    QJsonArray elements{restricted(component("FLAT", 4.00), "RESERVATION_EXPIRES"), restricted(component("TIME", 2.00), "RESERVATION")};
    elements.append(standard.value(QStringLiteral("elements")).toArray().at(0));
    standard.insert(QStringLiteral("elements"), elements);
    standard.insert(QStringLiteral("last_updated"), QStringLiteral("2026-02-01T00:00:00Z"));
    return standard;
}

QJsonObject driverToken(const QString &uid = QStringLiteral("012345678"))
{
    QJsonObject token = dataFile(QStringLiteral("tokens/ems_rfid_card.json"));
    token.insert(QStringLiteral("country_code"), QStringLiteral("DE"));
    token.insert(QStringLiteral("party_id"), QStringLiteral("EMS"));
    token.insert(QStringLiteral("uid"), uid);
    return token;
}

} // namespace

class TestChargingFlow : public QObject
{
    Q_OBJECT

    TwoNodes m_nodes;

    CommandService &emspCommands() { return m_nodes.emsp().services().module<CommandsModule>().service(); }
    SimulatedChargers &chargers()
    {
        return dynamic_cast<SimulatedCommandsManager &>(m_nodes.cpo().services().module<CommandsModule>().manager()).chargers();
    }

    CommandRecord send(const QString &type, const QJsonObject &body) { return sendCommand(m_nodes, type, body); }

    // The command's CommandResult as it arrived at our response_url; empty until then.
    QString resultOf(const CommandRecord &command)
    {
        auto found = emspCommands().store().find(command.uid);
        if (!found || !found->has_value() || !(*found)->result)
            return QString();
        return (*found)->result->value(QStringLiteral("result")).toString();
    }

    QJsonObject emspSession()
    {
        const QJsonArray sessions = partnersJson(m_nodes.emsp().services().service<SessionService>(), m_nodes.cpoAtEmsp().id);
        return sessions.isEmpty() ? QJsonObject() : sessions.at(0).toObject();
    }

    QJsonObject emspSession(const QString &id)
    {
        const QJsonArray sessions = partnersJson(m_nodes.emsp().services().service<SessionService>(), m_nodes.cpoAtEmsp().id);
        for (const QJsonValue &session : sessions) {
            if (session.toObject().value(QStringLiteral("id")).toString() == id)
                return session.toObject();
        }
        return {};
    }

    QStringList emspSessionIds()
    {
        QStringList ids;
        for (const QJsonValue &session : partnersJson(m_nodes.emsp().services().service<SessionService>(), m_nodes.cpoAtEmsp().id))
            ids.append(session.toObject().value(QStringLiteral("id")).toString());
        return ids;
    }

    // The id of the session that arrives at the eMSP after `known` (the CPO names it); empty
    // while none has.
    QString newSessionId(const QStringList &known)
    {
        for (const QString &id : emspSessionIds()) {
            if (!known.contains(id))
                return id;
        }
        return QString();
    }

    // The CDRs the eMSP holds from the CPO, by id.
    QJsonObject emspCdr(const QString &id)
    {
        const QJsonArray cdrs = partnersJson(m_nodes.emsp().services().service<CdrService>(), m_nodes.cpoAtEmsp().id);
        for (const QJsonValue &cdr : cdrs) {
            if (cdr.toObject().value(QStringLiteral("id")).toString() == id)
                return cdr.toObject();
        }
        return {};
    }

    QString evseStatus(NodeRuntime &node, bool ours)
    {
        ObjectFilter filter;
        filter.source = ObjectFilter::Source::Ours;
        LocationService &locations = node.services().service<LocationService>();
        const QJsonArray stored = ours ? storedJson(locations, filter) : partnersJson(locations, m_nodes.cpoAtEmsp().id);
        for (const QJsonValue &location : stored) {
            for (const QJsonValue &evse : location.toObject().value(QStringLiteral("evses")).toArray()) {
                if (evse.toObject().value(QStringLiteral("uid")).toString() == kEvse)
                    return evse.toObject().value(QStringLiteral("status")).toString();
            }
        }
        return QString();
    }

    void tickAfter(int seconds)
    {
        m_nodes.clock().advanceSeconds(seconds);
        auto ticked = chargers().tick();
        QVERIFY_STATUS(ticked);
    }

    QJsonObject reserveBody(const QString &id, int minutes)
    {
        return {{QStringLiteral("token"), driverToken()},
                {QStringLiteral("expiry_date"), formatDateTime(m_nodes.clock().now().addSecs(minutes * 60))},
                {QStringLiteral("reservation_id"), id},
                {QStringLiteral("location_id"), kLocation},
                {QStringLiteral("evse_uid"), kEvse}};
    }

private slots:
    void init()
    {
        QVERIFY_STATUS(m_nodes.start());
        auto tariffs = m_nodes.cpo().services().service<TariffService>().putOwnBatch(ourTariffs());
        QVERIFY_STATUS(tariffs);
        QVERIFY_STATUS(m_nodes.cpo().services().service<LocationService>().putOwn(ourLocation()));
        QVERIFY_STATUS(m_nodes.emsp().services().service<TokenService>().putOwn(driverToken()));
        QVERIFY(m_nodes.waitForOutboxDrained(TwoNodes::Cpo));
        QVERIFY(m_nodes.waitForOutboxDrained(TwoNodes::Emsp));
    }

    void cleanup() { m_nodes.stop(); }

    void wholeFlow()
    {
        const QDateTime started = m_nodes.clock().now();
        // The eMSP's token reached the CPO; the CPO asks the eMSP whether it may charge here.
        QCOMPARE(partnersJson(m_nodes.cpo().services().service<TokenService>(), m_nodes.emspAtCpo().id).size(), 1);
        const HttpResult authorized =
            m_nodes.asCpo("POST", m_nodes.emspUrl(QStringLiteral("tokens"), QStringLiteral("/012345678/authorize")),
                          compact(QJsonObject{{QStringLiteral("location_id"), kLocation}}));
        QCOMPARE(authorized.ocpiStatus(), 1000);
        const QJsonObject info = authorized.json().value(QStringLiteral("data")).toObject();
        QCOMPARE(info.value(QStringLiteral("allowed")).toString(), QStringLiteral("ALLOWED"));
        const QString reference = info.value(QStringLiteral("authorization_reference")).toString();
        QVERIFY(!reference.isEmpty());

        // START_SESSION with that reference: the result comes to our response_url, the session by PUT.
        const CommandRecord start = send(QStringLiteral("START_SESSION"), {{QStringLiteral("token"), driverToken()},
                                                                           {QStringLiteral("location_id"), kLocation},
                                                                           {QStringLiteral("evse_uid"), kEvse},
                                                                           {QStringLiteral("authorization_reference"), reference}});
        QCOMPARE(start.response->value(QStringLiteral("result")).toString(), QStringLiteral("ACCEPTED"));
        QTRY_COMPARE(resultOf(start), QStringLiteral("ACCEPTED"));
        QTRY_COMPARE(emspSession().value(QStringLiteral("status")).toString(), QStringLiteral("PENDING"));
        QCOMPARE(emspSession().value(QStringLiteral("authorization_reference")).toString(), reference);
        QCOMPARE(emspSession().value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
        QTRY_COMPARE(evseStatus(m_nodes.emsp(), false), QStringLiteral("CHARGING"));

        // The car draws power: ACTIVE from that moment (SES-10).
        tickAfter(10);
        const QDateTime active = started.addSecs(10);
        QTRY_COMPARE(emspSession().value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
        QCOMPARE(emspSession().value(QStringLiteral("start_date_time")).toString(), formatDateTime(active));

        // 40 minutes later: two quarter-hour periods appended, 14.72 kWh so far, the cost running.
        tickAfter(40 * 60);
        QTRY_COMPARE(emspSession().value(QStringLiteral("charging_periods")).toArray().size(), 2);
        QCOMPARE(emspSession().value(QStringLiteral("kwh")).toDouble(), 14.72);
        // 1.00 + 14.72 x 0.30 + 2/3 h x 2.00 = 1.00 + 4.416 + 1.3333 = 6.7493 excl. VAT.
        QCOMPARE(emspSession().value(QStringLiteral("total_cost")).toObject().value(QStringLiteral("excl_vat")).toDouble(), 6.7493);
        // The request log is written by its own thread: the PATCHes show there a moment later.
        const auto patchesLogged = [this] {
            const QList<TrafficRecord> pushes = m_nodes.pushesReceived(TwoNodes::Emsp, QStringLiteral("sessions"));
            return std::count_if(pushes.begin(), pushes.end(), [](const TrafficRecord &r) { return r.method == QLatin1String("PATCH"); });
        };
        QTRY_VERIFY(patchesLogged() >= 2);

        // Five more minutes, then STOP_SESSION: COMPLETED with the third period, the EVSE free.
        m_nodes.clock().advanceSeconds(5 * 60);
        const CommandRecord stop = send(QStringLiteral("STOP_SESSION"), {{QStringLiteral("session_id"), emspSession().value(QStringLiteral("id"))}});
        QTRY_COMPARE(resultOf(stop), QStringLiteral("ACCEPTED"));
        QTRY_COMPARE(emspSession().value(QStringLiteral("status")).toString(), QStringLiteral("COMPLETED"));
        QCOMPARE(emspSession().value(QStringLiteral("charging_periods")).toArray().size(), 3);
        QCOMPARE(emspSession().value(QStringLiteral("kwh")).toDouble(), 16.56);
        QCOMPARE(emspSession().value(QStringLiteral("end_date_time")).toString(), formatDateTime(active.addSecs(45 * 60)));
        QTRY_COMPARE(evseStatus(m_nodes.emsp(), false), QStringLiteral("AVAILABLE"));

        // The CDR was POSTed; the eMSP's Location answer is recorded at the CPO and GET there reads it.
        QVERIFY(m_nodes.waitForOutboxDrained(TwoNodes::Cpo));
        auto deliveries = m_nodes.cpo().services().service<CdrService>().deliveries();
        QVERIFY_STATUS(deliveries);
        QCOMPARE(deliveries->size(), 1);
        QVERIFY(deliveries->at(0).location.startsWith(m_nodes.emspUrl(QStringLiteral("cdrs"))));
        const HttpResult got = m_nodes.asCpo("GET", deliveries->at(0).location);
        QCOMPARE(got.ocpiStatus(), 1000);
        const QJsonObject cdr = got.json().value(QStringLiteral("data")).toObject();
        // 16.56 kWh x 0.30 = 4.968; 0.75 h x 2.00 = 1.50; + 1.00 = 7.468; x 1.19 = 8.88692.
        QCOMPARE(cdr.value(QStringLiteral("total_cost")).toObject(),
                 (QJsonObject{{QStringLiteral("excl_vat"), 7.468}, {QStringLiteral("incl_vat"), 8.8869}}));
        QCOMPARE(cdr.value(QStringLiteral("total_energy")).toDouble(), 16.56);
        QCOMPARE(cdr.value(QStringLiteral("total_time")).toDouble(), 0.75);
        QCOMPARE(cdr.value(QStringLiteral("session_id")).toString(), emspSession().value(QStringLiteral("id")).toString());
        QCOMPARE(cdr.value(QStringLiteral("authorization_reference")).toString(), reference);
        QCOMPARE(cdr.value(QStringLiteral("auth_method")).toString(), QStringLiteral("COMMAND"));
        QCOMPARE(cdr.value(QStringLiteral("charging_periods")).toArray().size(), 3);
    }

    // A running charge lives in the database: the CPO restarts and the charge carries on, its
    // periods continuing where they stopped (none lost, none twice).
    void chargeSurvivesARestart()
    {
        const CommandRecord start = send(QStringLiteral("START_SESSION"), {{QStringLiteral("token"), driverToken()},
                                                                           {QStringLiteral("location_id"), kLocation},
                                                                           {QStringLiteral("evse_uid"), kEvse}});
        QTRY_COMPARE(resultOf(start), QStringLiteral("ACCEPTED"));
        tickAfter(0);
        tickAfter(20 * 60);
        QTRY_COMPARE(emspSession().value(QStringLiteral("charging_periods")).toArray().size(), 1);

        m_nodes.stopNode(TwoNodes::Cpo);
        QVERIFY_STATUS(m_nodes.restartNode(TwoNodes::Cpo));
        tickAfter(40 * 60); // 60 minutes charging: 4 periods, 22.08 kWh
        QTRY_COMPARE(emspSession().value(QStringLiteral("charging_periods")).toArray().size(), 4);
        QCOMPARE(emspSession().value(QStringLiteral("kwh")).toDouble(), 22.08);
        double energy = 0;
        for (const QJsonValue &period : emspSession().value(QStringLiteral("charging_periods")).toArray())
            energy += period.toObject().value(QStringLiteral("dimensions")).toArray().at(0).toObject().value(QStringLiteral("volume")).toDouble();
        QCOMPARE(energy, 22.08);
    }

    // RESERVE_NOW keeps the EVSE for its token, across a restart, until it expires; another token
    // finds it taken, the reserving token may start on it.
    void reservationHoldsAndExpires()
    {
        const CommandRecord reserved = send(QStringLiteral("RESERVE_NOW"), reserveBody(QStringLiteral("R1"), 30));
        QTRY_COMPARE(resultOf(reserved), QStringLiteral("ACCEPTED"));
        QTRY_COMPARE(evseStatus(m_nodes.emsp(), false), QStringLiteral("RESERVED"));

        QJsonObject other{{QStringLiteral("token"), driverToken(QStringLiteral("OTHER-CARD"))},
                          {QStringLiteral("location_id"), kLocation},
                          {QStringLiteral("evse_uid"), kEvse}};
        const CommandRecord refused = send(QStringLiteral("START_SESSION"), other);
        QTRY_COMPARE(resultOf(refused), QStringLiteral("EVSE_OCCUPIED"));

        m_nodes.stopNode(TwoNodes::Cpo);
        QVERIFY_STATUS(m_nodes.restartNode(TwoNodes::Cpo));
        tickAfter(29 * 60);
        QCOMPARE(evseStatus(m_nodes.cpo(), true), QStringLiteral("RESERVED"));
        tickAfter(60);
        QCOMPARE(evseStatus(m_nodes.cpo(), true), QStringLiteral("AVAILABLE"));
        QTRY_COMPARE(evseStatus(m_nodes.emsp(), false), QStringLiteral("AVAILABLE"));

        // Reserved again, the same token starts on it and uses the reservation up.
        const CommandRecord again = send(QStringLiteral("RESERVE_NOW"), reserveBody(QStringLiteral("R2"), 30));
        QTRY_COMPARE(resultOf(again), QStringLiteral("ACCEPTED"));
        QJsonObject mine = other;
        mine.insert(QStringLiteral("token"), driverToken());
        const CommandRecord started = send(QStringLiteral("START_SESSION"), mine);
        QTRY_COMPARE(resultOf(started), QStringLiteral("ACCEPTED"));
        QCOMPARE(evseStatus(m_nodes.cpo(), true), QStringLiteral("CHARGING"));
        auto left = chargers().findReservation(m_nodes.emspAtCpo().id, QStringLiteral("R2"));
        QVERIFY_STATUS(left);
        QVERIFY(!left->has_value());
        // An expiry already past is refused.
        const CommandRecord late = send(QStringLiteral("RESERVE_NOW"), reserveBody(QStringLiteral("R3"), -1));
        QTRY_COMPARE(resultOf(late), QStringLiteral("REJECTED"));
    }

    // A reservation is a session in status RESERVATION at the eMSP (SES-11); the charge its token
    // starts carries that session on, and the CDR bills the reserved time first.
    void reservationBecomesTheSession()
    {
        QVERIFY_STATUS(m_nodes.cpo().services().service<TariffService>().putOwn(tariffWithReservations()));
        const QDateTime reservedAt = m_nodes.clock().now();
        const CommandRecord reservation = send(QStringLiteral("RESERVE_NOW"), reserveBody(QStringLiteral("R1"), 30));
        QTRY_COMPARE(resultOf(reservation), QStringLiteral("ACCEPTED"));
        QTRY_VERIFY(!newSessionId({}).isEmpty());
        const QString session = newSessionId({});
        QCOMPARE(emspSession(session).value(QStringLiteral("status")).toString(), QStringLiteral("RESERVATION"));
        QCOMPARE(emspSession(session).value(QStringLiteral("start_date_time")).toString(), formatDateTime(reservedAt));
        QCOMPARE(emspSession(session).value(QStringLiteral("evse_uid")).toString(), kEvse);

        // 12 minutes later the driver arrives: the same session goes on, ACTIVE from then.
        m_nodes.clock().advanceSeconds(12 * 60);
        const CommandRecord start = send(QStringLiteral("START_SESSION"), {{QStringLiteral("token"), driverToken()},
                                                                           {QStringLiteral("location_id"), kLocation},
                                                                           {QStringLiteral("evse_uid"), kEvse}});
        QTRY_COMPARE(resultOf(start), QStringLiteral("ACCEPTED"));
        tickAfter(0);
        QTRY_COMPARE(emspSession(session).value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
        QCOMPARE(emspSession(session).value(QStringLiteral("start_date_time")).toString(),
                 formatDateTime(reservedAt.addSecs(12 * 60)));
        QCOMPARE(partnersJson(m_nodes.emsp().services().service<SessionService>(), m_nodes.cpoAtEmsp().id).size(), 1);

        // A quarter of an hour charging: the reserved time is the first period.
        tickAfter(15 * 60);
        QTRY_COMPARE(emspSession(session).value(QStringLiteral("charging_periods")).toArray().size(), 2);
        const QJsonObject first = emspSession(session).value(QStringLiteral("charging_periods")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("start_date_time")).toString(), formatDateTime(reservedAt));
        QCOMPARE(first.value(QStringLiteral("dimensions")).toArray().at(0).toObject(),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("RESERVATION_TIME")}, {QStringLiteral("volume"), 0.2}}));

        const CommandRecord stop = send(QStringLiteral("STOP_SESSION"), {{QStringLiteral("session_id"), session}});
        QTRY_COMPARE(resultOf(stop), QStringLiteral("ACCEPTED"));
        QTRY_VERIFY(!emspCdr(session).isEmpty());
        const QJsonObject cdr = emspCdr(session);
        // The CDR starts with the reservation (CDR start_date_time: "or the start of the reservation").
        QCOMPARE(cdr.value(QStringLiteral("start_date_time")).toString(), formatDateTime(reservedAt));
        QCOMPARE(cdr.value(QStringLiteral("session_id")).toString(), session);
        // Reserved 0.2 h x 2.00 = 0.40; 5.52 kWh x 0.30 = 1.656; 0.25 h x 2.00 = 0.50; FLAT 1.00;
        // no expiry fee: 3.556 excl. VAT, x 1.19 = 4.23164.
        QCOMPARE(cdr.value(QStringLiteral("total_reservation_cost")).toObject().value(QStringLiteral("excl_vat")).toDouble(), 0.4);
        QCOMPARE(cdr.value(QStringLiteral("total_cost")).toObject(),
                 (QJsonObject{{QStringLiteral("excl_vat"), 3.556}, {QStringLiteral("incl_vat"), 4.2316}}));
    }

    // Never used, a reservation's session is COMPLETED and billed: cancelled, for its time; expired,
    // for its time and the expiry fee. Its CDR has no session_id (CDR-14).
    void unusedReservationsAreBilled()
    {
        QVERIFY_STATUS(m_nodes.cpo().services().service<TariffService>().putOwn(tariffWithReservations()));
        const CommandRecord cancelled = send(QStringLiteral("RESERVE_NOW"), reserveBody(QStringLiteral("R1"), 30));
        QTRY_COMPARE(resultOf(cancelled), QStringLiteral("ACCEPTED"));
        QTRY_VERIFY(!newSessionId({}).isEmpty());
        const QString cancelledSession = newSessionId({});
        m_nodes.clock().advanceSeconds(6 * 60);
        const CommandRecord cancel = send(QStringLiteral("CANCEL_RESERVATION"), {{QStringLiteral("reservation_id"), QStringLiteral("R1")}});
        QTRY_COMPARE(resultOf(cancel), QStringLiteral("ACCEPTED"));
        QTRY_COMPARE(emspSession(cancelledSession).value(QStringLiteral("status")).toString(), QStringLiteral("COMPLETED"));
        // 0.1 h x 2.00 = 0.20; x 1.19 = 0.238
        const QJsonObject price{{QStringLiteral("excl_vat"), 0.2}, {QStringLiteral("incl_vat"), 0.238}};
        QCOMPARE(emspSession(cancelledSession).value(QStringLiteral("total_cost")).toObject(), price);
        QTRY_VERIFY(!emspCdr(cancelledSession).isEmpty());
        QVERIFY(!emspCdr(cancelledSession).contains(QStringLiteral("session_id")));
        QCOMPARE(emspCdr(cancelledSession).value(QStringLiteral("total_cost")).toObject(), price);
        QCOMPARE(emspCdr(cancelledSession).value(QStringLiteral("total_energy")).toDouble(), 0.0);
        QTRY_COMPARE(evseStatus(m_nodes.emsp(), false), QStringLiteral("AVAILABLE"));

        const CommandRecord expiring = send(QStringLiteral("RESERVE_NOW"), reserveBody(QStringLiteral("R2"), 10));
        QTRY_COMPARE(resultOf(expiring), QStringLiteral("ACCEPTED"));
        QTRY_VERIFY(!newSessionId({cancelledSession}).isEmpty());
        const QString expiringSession = newSessionId({cancelledSession});
        QTRY_COMPARE(emspSession(expiringSession).value(QStringLiteral("status")).toString(), QStringLiteral("RESERVATION"));
        tickAfter(10 * 60);
        QTRY_COMPARE(emspSession(expiringSession).value(QStringLiteral("status")).toString(), QStringLiteral("COMPLETED"));
        // 1/6 h x 2.00 = 0.3333 + the expiry fee 4.00 = 4.3333; x 1.19 = 5.1567
        QTRY_VERIFY(!emspCdr(expiringSession).isEmpty());
        QCOMPARE(emspCdr(expiringSession).value(QStringLiteral("total_cost")).toObject(),
                 (QJsonObject{{QStringLiteral("excl_vat"), 4.3333}, {QStringLiteral("incl_vat"), 5.1567}}));
        QTRY_COMPARE(evseStatus(m_nodes.emsp(), false), QStringLiteral("AVAILABLE"));
    }
};

QTEST_GUILESS_MAIN(TestChargingFlow)
#include "tst_chargingflow.moc"
