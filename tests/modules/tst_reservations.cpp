// The custom reservations module (docs/reservations.md) between the two nodes of TwoNodes, both
// with --reservations on: a request offered with the price of its window (computed by hand from a
// tariff with a RESERVATION element), accepted, held at its start through the simulated charge
// points (EVSE RESERVED, ACTIVE pushed), cancelled (EVSE AVAILABLE, CANCELLED pushed); refusals;
// bad PATCHes; another eMSP kept out; a node with the module off neither announces nor serves it.

#include "support/objectjson.h"
#include "support/scriptedpeer.h"
#include "support/sendcommand.h"
#include "support/twonodes.h"

#include "core/datetime.h"
#include "http/ocpipaths.h"
#include "modules/commands/commandsmodule.h"
#include "modules/locations/locationservice.h"
#include "modules/reservations/reservationsmodule.h"
#include "modules/tariffs/tariffservice.h"
#include "partners/partnerregistry.h"
#include "runtime/noderuntime.h"
#include "runtime/nodeservices.h"

#include <QJsonArray>
#include <QTest>

using namespace ocpi;
using namespace ocpi::test;

namespace {

const QString kLocation = QStringLiteral("BER-ALX-0042");
const QString kEvse = QStringLiteral("BER42-AC-1"); // connector 1: tariff AC-STANDARD

// AC-STANDARD: reservation time 2.00 EUR/h (RESERVATION), 4.00 EUR more when a reservation expires
// unused (RESERVATION_EXPIRES, not part of an offer), and a charge's own prices; 19 % VAT.
QJsonArray ourTariffs()
{
    QJsonObject standard = tariff(QStringLiteral("AC-STANDARD"), QStringLiteral("2026-01-01T00:00:00Z"), 0.30,
                                  QStringLiteral("NL"), QStringLiteral("CPO"));
    standard.insert(QStringLiteral("elements"),
                    QJsonArray{reservationElement(priceComponent("FLAT", 4.00), "RESERVATION_EXPIRES"),
                               reservationElement(priceComponent("TIME", 2.00), "RESERVATION"),
                               QJsonObject{{QStringLiteral("price_components"),
                                            QJsonArray{priceComponent("FLAT", 1.00), priceComponent("ENERGY", 0.30)}}}});
    return {standard, tariff(QStringLiteral("DC-FAST"), QStringLiteral("2026-01-01T00:00:00Z"), 0.59, QStringLiteral("NL"),
                             QStringLiteral("CPO"))};
}

void reservationsOn(NodeConfig &config)
{
    config.reservations = true;
}

} // namespace

class TestReservations : public QObject
{
    Q_OBJECT

    TwoNodes m_nodes;

    ReservationService &cpoReservations() { return m_nodes.cpo().services().module<ReservationsModule>().service(); }

    // A request of the eMSP DE-EMS for the window [now + fromMinutes, now + toMinutes).
    QJsonObject requestBody(const QString &id, int fromMinutes, int toMinutes, const QString &location = kLocation)
    {
        const QDateTime now = m_nodes.clock().now();
        return {{QStringLiteral("country_code"), QStringLiteral("DE")},
                {QStringLiteral("party_id"), QStringLiteral("EMS")},
                {QStringLiteral("id"), id},
                {QStringLiteral("location_id"), location},
                {QStringLiteral("evse_uid"), kEvse},
                {QStringLiteral("token"), emspDriverToken()},
                {QStringLiteral("start"), formatDateTime(now.addSecs(fromMinutes * 60))},
                {QStringLiteral("end"), formatDateTime(now.addSecs(toMinutes * 60))},
                {QStringLiteral("status"), QStringLiteral("REQUESTED")},
                {QStringLiteral("last_updated"), formatDateTime(now)}};
    }

    HttpResult post(const QString &id, const QJsonObject &body)
    {
        return m_nodes.asEmsp("POST", m_nodes.cpoUrl(QStringLiteral("reservations"), QStringLiteral("/DE/EMS/") + id), compact(body));
    }

    HttpResult patchStatus(const QString &id, const QString &status)
    {
        return m_nodes.asEmsp("PATCH", m_nodes.cpoUrl(QStringLiteral("reservations"), QStringLiteral("/DE/EMS/") + id),
                              compact({{QStringLiteral("status"), status}}));
    }

    // The reservation as the eMSP holds it (what the CPO pushed); empty until it arrives.
    QJsonObject atEmsp(const QString &id)
    {
        const HttpResult got = m_nodes.asCpo("GET", m_nodes.emspUrl(QStringLiteral("reservations"), QStringLiteral("/DE/EMS/") + id));
        return got.json().value(QStringLiteral("data")).toObject();
    }

    QString evseStatus(NodeRuntime &node, bool ours)
    {
        ObjectFilter filter;
        filter.source = ours ? ObjectFilter::Source::Ours : ObjectFilter::Source::Partners;
        for (const QJsonValue &location : storedJson(node.services().service<LocationService>(), filter)) {
            for (const QJsonValue &evse : location.toObject().value(QStringLiteral("evses")).toArray()) {
                if (evse.toObject().value(QStringLiteral("uid")).toString() == kEvse)
                    return evse.toObject().value(QStringLiteral("status")).toString();
            }
        }
        return QString();
    }

    void moveTo(int minutesFromStart, const QDateTime &started)
    {
        m_nodes.clock().set(started.addSecs(minutesFromStart * 60));
        QVERIFY_STATUS(cpoReservations().tick());
    }

private slots:
    void init()
    {
        TwoNodes::Options options;
        options.cpoConfig = reservationsOn;
        options.emspConfig = reservationsOn;
        QVERIFY_STATUS(m_nodes.start(options));
        auto tariffs = m_nodes.cpo().services().service<TariffService>().putOwnBatch(ourTariffs());
        QVERIFY_STATUS(tariffs);
        QVERIFY_STATUS(m_nodes.cpo().services().service<LocationService>().putOwn(cpoLocation2x2()));
        QVERIFY(m_nodes.waitForOutboxDrained(TwoNodes::Cpo));
    }

    void cleanup() { m_nodes.stop(); }

    void offeredAcceptedHeldCancelled()
    {
        const QDateTime started = m_nodes.clock().now();
        // A 90-minute window from 30 minutes on: 1.5 h x 2.00 = 3.00 EUR, 3.57 with 19 % VAT.
        const HttpResult offered = post(QStringLiteral("R1"), requestBody(QStringLiteral("R1"), 30, 120));
        QCOMPARE(offered.ocpiStatus(), 1000);
        QJsonObject expected = requestBody(QStringLiteral("R1"), 30, 120);
        expected.insert(QStringLiteral("status"), QStringLiteral("OFFERED"));
        expected.insert(QStringLiteral("currency"), QStringLiteral("EUR"));
        expected.insert(QStringLiteral("reservation_tariff_id"), QStringLiteral("AC-STANDARD"));
        const QJsonObject offer = offered.json().value(QStringLiteral("data")).toObject();
        QCOMPARE(offer.value(QStringLiteral("price")).toObject().value(QStringLiteral("excl_vat")).toDouble(), 3.0);
        QCOMPARE(offer.value(QStringLiteral("price")).toObject().value(QStringLiteral("incl_vat")).toDouble(), 3.57);
        QCOMPARE(offer.value(QStringLiteral("token")).toObject().value(QStringLiteral("uid")), emspDriverToken().value(QStringLiteral("uid")));
        expected.remove(QStringLiteral("token"));
        QJsonObject offerWithoutToken = offer;
        offerWithoutToken.remove(QStringLiteral("token"));
        offerWithoutToken.remove(QStringLiteral("price"));
        QCOMPARE(offerWithoutToken, expected);
        // The offer is pushed to the eMSP too, and readable on the CPO's Sender interface.
        QTRY_COMPARE(atEmsp(QStringLiteral("R1")).value(QStringLiteral("status")).toString(), QStringLiteral("OFFERED"));
        const HttpResult one = m_nodes.asEmsp("GET", m_nodes.cpoUrl(QStringLiteral("reservations"), QStringLiteral("/DE/EMS/R1")));
        QCOMPARE(one.json().value(QStringLiteral("data")).toObject(), offer);

        // Accepted: nothing happens at the EVSE before the window starts.
        const HttpResult accepted = patchStatus(QStringLiteral("R1"), QStringLiteral("ACCEPTED"));
        QCOMPARE(accepted.ocpiStatus(), 1000);
        QCOMPARE(accepted.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("ACCEPTED"));
        moveTo(29, started);
        QCOMPARE(evseStatus(m_nodes.cpo(), true), QStringLiteral("AVAILABLE"));
        QTRY_COMPARE(atEmsp(QStringLiteral("R1")).value(QStringLiteral("status")).toString(), QStringLiteral("ACCEPTED"));

        // Its start: held through RESERVE_NOW, ACTIVE pushed, the EVSE RESERVED on both sides.
        moveTo(30, started);
        QCOMPARE(evseStatus(m_nodes.cpo(), true), QStringLiteral("RESERVED"));
        QTRY_COMPARE(atEmsp(QStringLiteral("R1")).value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
        QTRY_COMPARE(evseStatus(m_nodes.emsp(), false), QStringLiteral("RESERVED"));
        // Another request overlapping it on the same EVSE is refused.
        const HttpResult overlapping = post(QStringLiteral("R2"), requestBody(QStringLiteral("R2"), 0, 30));
        QCOMPARE(overlapping.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("REJECTED"));

        // Cancelled: the EVSE is free again, CANCELLED pushed.
        const HttpResult cancelled = patchStatus(QStringLiteral("R1"), QStringLiteral("CANCELLED"));
        QCOMPARE(cancelled.ocpiStatus(), 1000);
        QCOMPARE(evseStatus(m_nodes.cpo(), true), QStringLiteral("AVAILABLE"));
        QTRY_COMPARE(atEmsp(QStringLiteral("R1")).value(QStringLiteral("status")).toString(), QStringLiteral("CANCELLED"));
        QTRY_COMPARE(evseStatus(m_nodes.emsp(), false), QStringLiteral("AVAILABLE"));
        // Nothing moves it any more.
        QCOMPARE(patchStatus(QStringLiteral("R1"), QStringLiteral("ACCEPTED")).ocpiStatus(), 2001);
    }

    void expiresAtItsEnd()
    {
        const QDateTime started = m_nodes.clock().now();
        QCOMPARE(post(QStringLiteral("R3"), requestBody(QStringLiteral("R3"), 0, 60)).ocpiStatus(), 1000);
        QCOMPARE(patchStatus(QStringLiteral("R3"), QStringLiteral("ACCEPTED")).ocpiStatus(), 1000);
        moveTo(1, started);
        QCOMPARE(evseStatus(m_nodes.cpo(), true), QStringLiteral("RESERVED"));
        moveTo(60, started);
        QTRY_COMPARE(atEmsp(QStringLiteral("R3")).value(QStringLiteral("status")).toString(), QStringLiteral("EXPIRED"));
        // The charge points let the hold go at the same moment (RESERVE_NOW's expiry_date).
        auto &commands = dynamic_cast<SimulatedCommandsManager &>(m_nodes.cpo().services().module<CommandsModule>().manager());
        QVERIFY_STATUS(commands.chargers().tick());
        QCOMPARE(evseStatus(m_nodes.cpo(), true), QStringLiteral("AVAILABLE"));
        QCOMPARE(patchStatus(QStringLiteral("R3"), QStringLiteral("CANCELLED")).ocpiStatus(), 2001);
    }

    // The driver comes during the window and charges: the reservation was used. It ends COMPLETED
    // naming the session that held the EVSE and carried on into the charge (SES-11), and its end
    // changes nothing any more.
    void usedEndsCompleted()
    {
        const QDateTime started = m_nodes.clock().now();
        QCOMPARE(post(QStringLiteral("R6"), requestBody(QStringLiteral("R6"), 0, 60)).ocpiStatus(), 1000);
        QCOMPARE(patchStatus(QStringLiteral("R6"), QStringLiteral("ACCEPTED")).ocpiStatus(), 1000);
        moveTo(1, started);
        QTRY_COMPARE(atEmsp(QStringLiteral("R6")).value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
        const QString session = atEmsp(QStringLiteral("R6")).value(QStringLiteral("session_id")).toString();
        QVERIFY(!session.isEmpty());
        // Only held so far: looking again changes nothing.
        moveTo(2, started);
        QCOMPARE(atEmsp(QStringLiteral("R6")).value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));

        const CommandRecord start = test::sendCommand(m_nodes, QStringLiteral("START_SESSION"),
                                                      {{QStringLiteral("token"), emspDriverToken()},
                                                       {QStringLiteral("location_id"), kLocation},
                                                       {QStringLiteral("evse_uid"), kEvse}});
        QCOMPARE(start.response->value(QStringLiteral("result")).toString(), QStringLiteral("ACCEPTED"));
        moveTo(3, started);
        QTRY_COMPARE(atEmsp(QStringLiteral("R6")).value(QStringLiteral("status")).toString(), QStringLiteral("COMPLETED"));
        QCOMPARE(atEmsp(QStringLiteral("R6")).value(QStringLiteral("session_id")).toString(), session);
        moveTo(61, started);
        QCOMPARE(atEmsp(QStringLiteral("R6")).value(QStringLiteral("status")).toString(), QStringLiteral("COMPLETED"));
        QCOMPARE(patchStatus(QStringLiteral("R6"), QStringLiteral("CANCELLED")).ocpiStatus(), 2001);
    }

    // Two offers for overlapping windows on one EVSE: the first accepted wins, the other can no
    // longer be accepted; a window after it still can.
    void overlappingOffers()
    {
        QCOMPARE(post(QStringLiteral("A"), requestBody(QStringLiteral("A"), 60, 120)).ocpiStatus(), 1000);
        QCOMPARE(post(QStringLiteral("B"), requestBody(QStringLiteral("B"), 90, 150)).ocpiStatus(), 1000);
        QCOMPARE(patchStatus(QStringLiteral("A"), QStringLiteral("ACCEPTED")).ocpiStatus(), 1000);
        const HttpResult late = patchStatus(QStringLiteral("B"), QStringLiteral("ACCEPTED"));
        QCOMPARE(late.ocpiStatus(), 2001);
        QVERIFY(late.json().value(QStringLiteral("status_message")).toString().startsWith(QStringLiteral("status:")));
        const HttpResult after = post(QStringLiteral("C"), requestBody(QStringLiteral("C"), 120, 180));
        QCOMPARE(after.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("OFFERED"));
        // Any EVSE that fits: the CPO picks another one for the overlapping window.
        QJsonObject anyEvse = requestBody(QStringLiteral("D"), 90, 150);
        anyEvse.remove(QStringLiteral("evse_uid"));
        const QJsonObject offer = post(QStringLiteral("D"), anyEvse).json().value(QStringLiteral("data")).toObject();
        QCOMPARE(offer.value(QStringLiteral("status")).toString(), QStringLiteral("OFFERED"));
        QVERIFY(!offer.value(QStringLiteral("evse_uid")).toString().isEmpty());
        QVERIFY(offer.value(QStringLiteral("evse_uid")).toString() != kEvse);
        // No connector of that standard here.
        QJsonObject domestic = requestBody(QStringLiteral("E"), 300, 360);
        domestic.insert(QStringLiteral("connector_type"), QStringLiteral("DOMESTIC_A"));
        const QJsonObject refusal = post(QStringLiteral("E"), domestic).json().value(QStringLiteral("data")).toObject();
        QCOMPARE(refusal.value(QStringLiteral("reason")).toString(), QStringLiteral("no EVSE that fits is free in the window"));
    }

    // The eMSP's Receiver interface: only reservations of its own parties, from the CPO asked.
    void receiverRules()
    {
        QCOMPARE(post(QStringLiteral("R4"), requestBody(QStringLiteral("R4"), 30, 60)).ocpiStatus(), 1000);
        QTRY_COMPARE(atEmsp(QStringLiteral("R4")).value(QStringLiteral("status")).toString(), QStringLiteral("OFFERED"));
        const QString url = m_nodes.emspUrl(QStringLiteral("reservations"), QStringLiteral("/DE/EMS/R4"));
        QJsonObject stored = atEmsp(QStringLiteral("R4"));
        stored.remove(QStringLiteral("status"));
        const HttpResult noStatus = m_nodes.asCpo("PUT", url, compact(stored));
        QCOMPARE(noStatus.ocpiStatus(), 2001);
        QVERIFY(noStatus.json().value(QStringLiteral("status_message")).toString().startsWith(QStringLiteral("status")));
        // Not a party of the eMSP node: unknown there.
        QJsonObject foreign = atEmsp(QStringLiteral("R4"));
        foreign.insert(QStringLiteral("country_code"), QStringLiteral("FR"));
        QCOMPARE(m_nodes.asCpo("PUT", m_nodes.emspUrl(QStringLiteral("reservations"), QStringLiteral("/FR/EMS/R4")), compact(foreign)).status, 404);
        // A PATCH older than what is stored is refused; a newer one lands.
        const HttpResult older = m_nodes.asCpo("PATCH", url, compact({{QStringLiteral("status"), QStringLiteral("CANCELLED")},
                                                                      {QStringLiteral("last_updated"), QStringLiteral("2020-01-01T00:00:00Z")}}));
        QCOMPARE(older.ocpiStatus(), 2001);
        const QString now = formatDateTime(m_nodes.clock().now());
        QCOMPARE(m_nodes.asCpo("PATCH", url, compact({{QStringLiteral("reason"), QStringLiteral("test")}, {QStringLiteral("last_updated"), now}})).ocpiStatus(),
                 1000);
        QCOMPARE(atEmsp(QStringLiteral("R4")).value(QStringLiteral("reason")).toString(), QStringLiteral("test"));
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<int>("fromMinutes");
        QTest::addColumn<int>("toMinutes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown location") << QStringLiteral("NOWHERE") << 30 << 60 << QStringLiteral("location_id: no such location");
        QTest::newRow("window in the past") << kLocation << -60 << -30 << QStringLiteral("end: the window is in the past");
        QTest::newRow("end before start") << kLocation << 60 << 30 << QStringLiteral("end: the window must end after its start");
    }

    void rejected()
    {
        QFETCH(QString, location);
        QFETCH(int, fromMinutes);
        QFETCH(int, toMinutes);
        QFETCH(QString, reason);
        const HttpResult answer = post(QStringLiteral("R9"), requestBody(QStringLiteral("R9"), fromMinutes, toMinutes, location));
        QCOMPARE(answer.ocpiStatus(), 1000);
        const QJsonObject refusal = answer.json().value(QStringLiteral("data")).toObject();
        QCOMPARE(refusal.value(QStringLiteral("status")).toString(), QStringLiteral("REJECTED"));
        QCOMPARE(refusal.value(QStringLiteral("reason")).toString(), reason);
        QVERIFY(!refusal.contains(QStringLiteral("price")));
        // A refusal cannot be accepted.
        const HttpResult accept = patchStatus(QStringLiteral("R9"), QStringLiteral("ACCEPTED"));
        QCOMPARE(accept.ocpiStatus(), 2001);
        QVERIFY(accept.json().value(QStringLiteral("status_message")).toString().startsWith(QStringLiteral("status:")));
    }

    void badRequests_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        QJsonObject noToken = requestBody(QStringLiteral("R5"), 30, 60);
        noToken.remove(QStringLiteral("token"));
        QJsonObject offered = requestBody(QStringLiteral("R5"), 30, 60);
        offered.insert(QStringLiteral("status"), QStringLiteral("OFFERED"));
        QJsonObject otherId = requestBody(QStringLiteral("R6"), 30, 60);
        QTest::newRow("request without token") << QByteArray("POST") << noToken << QStringLiteral("token");
        QTest::newRow("request not REQUESTED") << QByteArray("POST") << offered << QStringLiteral("status");
        QTest::newRow("body names another id") << QByteArray("POST") << otherId << QStringLiteral("id");
        QTest::newRow("status unknown") << QByteArray("PATCH") << QJsonObject{{QStringLiteral("status"), QStringLiteral("MAYBE")}} << QStringLiteral("status");
        QTest::newRow("status ACTIVE") << QByteArray("PATCH") << QJsonObject{{QStringLiteral("status"), QStringLiteral("ACTIVE")}} << QStringLiteral("status");
        QTest::newRow("no status") << QByteArray("PATCH") << QJsonObject{{QStringLiteral("end"), QStringLiteral("x")}} << QStringLiteral("status");
    }

    void badRequests()
    {
        QFETCH(QByteArray, method);
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        if (method == "PATCH")
            QCOMPARE(post(QStringLiteral("R5"), requestBody(QStringLiteral("R5"), 30, 60)).ocpiStatus(), 1000);
        const HttpResult answer = m_nodes.asEmsp(method, m_nodes.cpoUrl(QStringLiteral("reservations"), QStringLiteral("/DE/EMS/R5")), compact(body));
        QCOMPARE(answer.ocpiStatus(), 2001);
        QVERIFY2(answer.json().value(QStringLiteral("status_message")).toString().startsWith(field),
                 qPrintable(answer.json().value(QStringLiteral("status_message")).toString()));
    }

    void otherEmspKeptOut()
    {
        QCOMPARE(post(QStringLiteral("R7"), requestBody(QStringLiteral("R7"), 30, 60)).ocpiStatus(), 1000);
        auto other = m_nodes.startAnother({QStringLiteral("FR-OTH:EMSP")}, QStringLiteral("other.sqlite"), reservationsOn);
        QVERIFY(other);
        auto registered = registerWith(*other, m_nodes.cpo(), QStringLiteral("other"));
        QVERIFY_STATUS(registered);
        const QList<QPair<QByteArray, QByteArray>> auth{{"Authorization", tokenHeader(registered->outgoingToken)}};
        const QString url = m_nodes.cpoUrl(QStringLiteral("reservations"), QStringLiteral("/DE/EMS/R7"));
        QCOMPARE(request("GET", QUrl(url), {}, auth).status, 404);
        QCOMPARE(request("PATCH", QUrl(url), compact({{QStringLiteral("status"), QStringLiteral("CANCELLED")}}), auth).status, 404);
        // Nor under its own party, nor in its list.
        QCOMPARE(request("GET", QUrl(m_nodes.cpoUrl(QStringLiteral("reservations"), QStringLiteral("/FR/OTH/R7"))), {}, auth).status, 404);
        const HttpResult list = request("GET", QUrl(m_nodes.cpoUrl(QStringLiteral("reservations"))), {}, auth);
        QCOMPARE(list.ocpiStatus(), 1000);
        QCOMPARE(list.json().value(QStringLiteral("data")).toArray().size(), 0);
        // It cannot ask in DE-EMS's name either.
        const HttpResult posing = request("POST", QUrl(m_nodes.cpoUrl(QStringLiteral("reservations"), QStringLiteral("/DE/EMS/R8"))),
                                          compact(requestBody(QStringLiteral("R8"), 30, 60)), auth);
        QCOMPARE(posing.ocpiStatus(), 2001);
        QCOMPARE(patchStatus(QStringLiteral("R7"), QStringLiteral("CANCELLED")).ocpiStatus(), 1000);
    }

    void listedWithPages()
    {
        for (int i = 1; i <= 3; ++i) {
            QCOMPARE(post(QStringLiteral("L%1").arg(i), requestBody(QStringLiteral("L%1").arg(i), 10 * i, 10 * i + 5)).ocpiStatus(), 1000);
            m_nodes.clock().advanceSeconds(60);
        }
        const HttpResult first = m_nodes.asEmsp("GET", m_nodes.cpoUrl(QStringLiteral("reservations"), QStringLiteral("?limit=2")));
        QCOMPARE(first.json().value(QStringLiteral("data")).toArray().size(), 2);
        QCOMPARE(first.header("X-Total-Count"), QByteArray("3"));
        QVERIFY(first.header("Link").contains("offset=2"));
        // date_from on last_updated: the last one only.
        const QString from = formatDateTime(m_nodes.clock().now().addSecs(-60));
        const HttpResult recent = m_nodes.asEmsp("GET", m_nodes.cpoUrl(QStringLiteral("reservations"), QStringLiteral("?date_from=") + from));
        const QJsonArray data = recent.json().value(QStringLiteral("data")).toArray();
        QCOMPARE(data.size(), 1);
        QCOMPARE(data.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("L3"));
    }

    void offModule()
    {
        m_nodes.stop();
        QVERIFY_STATUS(m_nodes.start());
        const HttpResult details = m_nodes.asEmsp("GET", m_nodes.cpo().publicBase() + paths::versionDetails());
        QCOMPARE(details.ocpiStatus(), 1000);
        const QJsonArray endpoints = details.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("endpoints")).toArray();
        QVERIFY(!endpoints.isEmpty());
        for (const QJsonValue &endpoint : endpoints)
            QVERIFY(endpoint.toObject().value(QStringLiteral("identifier")).toString() != QLatin1String("reservations"));
        const HttpResult absent = post(QStringLiteral("R1"), requestBody(QStringLiteral("R1"), 30, 120));
        QCOMPARE(absent.status, 404);
        QCOMPARE(m_nodes.asEmsp("GET", m_nodes.cpoUrl(QStringLiteral("reservations"))).status, 404);
    }

    // An eMSP whose node has the module off asks with a plain client: answered, nothing pushed.
    void emspWithoutReceiver()
    {
        m_nodes.stop();
        TwoNodes::Options options;
        options.cpoConfig = reservationsOn;
        QVERIFY_STATUS(m_nodes.start(options));
        QVERIFY_STATUS(m_nodes.cpo().services().service<TariffService>().putOwnBatch(ourTariffs()));
        QVERIFY_STATUS(m_nodes.cpo().services().service<LocationService>().putOwn(cpoLocation2x2()));
        QVERIFY(m_nodes.waitForOutboxDrained(TwoNodes::Cpo));
        const HttpResult offered = post(QStringLiteral("R1"), requestBody(QStringLiteral("R1"), 30, 120));
        QCOMPARE(offered.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("OFFERED"));
        QVERIFY(m_nodes.outboxEmpty(TwoNodes::Cpo));
        QCOMPARE(patchStatus(QStringLiteral("R1"), QStringLiteral("ACCEPTED")).ocpiStatus(), 1000);
        QVERIFY(m_nodes.outboxEmpty(TwoNodes::Cpo));
    }

    void announcedWhenOn()
    {
        const HttpResult details = m_nodes.asEmsp("GET", m_nodes.cpo().publicBase() + paths::versionDetails());
        bool sender = false;
        for (const QJsonValue &endpoint : details.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("endpoints")).toArray()) {
            if (endpoint.toObject().value(QStringLiteral("identifier")).toString() == QLatin1String("reservations"))
                sender = endpoint.toObject().value(QStringLiteral("role")).toString() == QLatin1String("SENDER");
        }
        QVERIFY(sender);
        // And in the OpenAPI document, with its Reservation schema.
        const QJsonObject openapi = request("GET", QUrl(m_nodes.cpo().publicBase() + QStringLiteral("/openapi.json"))).json();
        const QJsonObject one = openapi.value(QStringLiteral("paths"))
                                    .toObject()
                                    .value(QStringLiteral("/ocpi/cpo/2.2.1/reservations/{country_code}/{party_id}/{reservation_id}"))
                                    .toObject();
        QVERIFY(one.contains(QStringLiteral("post")));
        QVERIFY(one.contains(QStringLiteral("patch")));
        QVERIFY(openapi.value(QStringLiteral("components")).toObject().value(QStringLiteral("schemas")).toObject().contains(QStringLiteral("Reservation")));
    }
    // A hub asks on behalf of an eMSP behind it (FR-EEE): it lists what it asked for, the CPO's
    // changes go to the hub addressed to FR-EEE (RT-05), and nothing is queued while the hub
    // reports FR-EEE OFFLINE (HCI-05: the change stands, the hub may ask).
    void throughAHub()
    {
        ScriptedPeer hub;
        hub.on("PUT", QStringLiteral("/reservations/{cc}/{pid}/{id}"), [](const RouteCall &call) { return reply::ok(call.now); });
        Partner record = hub.partner({PartyRole{PartyId::of(QStringLiteral("FR"), QStringLiteral("HUB")), Role::HUB, QStringLiteral("Hub")}},
                                     {{QStringLiteral("reservations"), QStringLiteral("RECEIVER")}}, {QStringLiteral("/reservations")});
        record.name = QStringLiteral("hub");
        auto hubId = m_nodes.cpo().partners().create(record);
        QVERIFY_STATUS(hubId);
        auto token = m_nodes.cpo().partners().issueLiveToken(*hubId);
        QVERIFY_STATUS(token);
        const auto asHub = [&](const QByteArray &method, const QString &url, const QByteArray &body = QByteArray()) {
            return request(method, QUrl(url), body, {{"Authorization", tokenHeader(*token)}});
        };
        const auto pushedToHub = [&hub] {
            QStringList seen;
            for (const ScriptedPeer::Seen &put : hub.seen()) {
                QByteArray to;
                for (const auto &header : put.headers) {
                    if (header.first.compare("OCPI-to-party-id", Qt::CaseInsensitive) == 0)
                        to = header.second;
                }
                seen << QString::fromLatin1(put.method + ' ' + to);
            }
            return seen;
        };

        QJsonObject body = requestBody(QStringLiteral("H1"), 30, 120);
        body.insert(QStringLiteral("country_code"), QStringLiteral("FR"));
        body.insert(QStringLiteral("party_id"), QStringLiteral("EEE"));
        const QString url = m_nodes.cpoUrl(QStringLiteral("reservations"), QStringLiteral("/FR/EEE/H1"));
        QCOMPARE(asHub("POST", url, compact(body)).ocpiStatus(), 1000);
        const HttpResult listed = asHub("GET", m_nodes.cpoUrl(QStringLiteral("reservations")));
        QCOMPARE(listed.json().value(QStringLiteral("data")).toArray().size(), 1);
        QVERIFY(m_nodes.waitForOutboxDrained(TwoNodes::Cpo));
        QCOMPARE(pushedToHub(), QStringList{QStringLiteral("PUT EEE")});

        const QJsonObject offline{{QStringLiteral("country_code"), QStringLiteral("FR")}, {QStringLiteral("party_id"), QStringLiteral("EEE")},
                                  {QStringLiteral("role"), QStringLiteral("EMSP")}, {QStringLiteral("status"), QStringLiteral("OFFLINE")},
                                  {QStringLiteral("last_updated"), formatDateTime(m_nodes.clock().now())}};
        QCOMPARE(asHub("PUT", m_nodes.cpoUrl(QStringLiteral("hubclientinfo"), QStringLiteral("/FR/EEE")), compact(offline)).status, 201);
        QCOMPARE(asHub("PATCH", url, compact({{QStringLiteral("status"), QStringLiteral("CANCELLED")}})).ocpiStatus(), 1000);
        QVERIFY(m_nodes.outboxEmpty(TwoNodes::Cpo));
        QCOMPARE(pushedToHub(), QStringList{QStringLiteral("PUT EEE")});
        QCOMPARE(asHub("GET", url).json().value(QStringLiteral("data")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("CANCELLED"));
    }
};

QTEST_GUILESS_MAIN(TestReservations)
#include "tst_reservations.moc"
