#include "ocpi/jsonedit.h"
#include "support/testsupport.h"

#include "core/datetime.h"
#include "modules/credentials/registrationclient.h"
#include "modules/locations/locationservice.h"
#include "modules/tokens/tokenservice.h"
#include "ocpi/validator.h"
#include "partners/partnerregistry.h"
#include "runtime/noderuntime.h"
#include "runtime/nodeservices.h"
#include "sync/outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>

using namespace ocpi;
using namespace ocpi::test;

namespace {

const QString kStation = QStringLiteral("locations/utrecht_station.json");
const QString kStationPath = QStringLiteral("/NL/CPO/UTR-STATION-01");

QJsonObject station() { return fixture(kStation).toObject(); }

QJsonObject set(const QJsonValue &base, const QString &path, const QString &json)
{
    return edited(base, path, json).toObject();
}

} // namespace

// The locations module between two nodes in one process: our eMSP node's Receiver interface
// written by a registered CPO node (LOC-03..10, TF-09..14, PIT-07), our CPO node's Sender interface
// read by the eMSP (LOC-01/02/13, PG-01..04), and our own changes pushed through the outbox.
class TestLocations : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<NodeRuntime> m_cpo;   // hosts NL-CPO:CPO
    std::unique_ptr<NodeRuntime> m_emsp;  // hosts DE-EMS:EMSP
    QString m_asCpo;                      // the CPO's token at the eMSP
    QString m_asEmsp;                     // the eMSP's token at the CPO

    std::unique_ptr<NodeRuntime> startNode(const QString &party, const QString &db)
    {
        auto node = std::make_unique<NodeRuntime>(nodeConfig(*m_dir, {party}, db), m_clock.get());
        const Status started = node->start();
        if (!started)
            qFatal("node did not start: %s", qPrintable(started.error().message));
        return node;
    }

    // `node` registers with `at` (CRED-06..11); returns the token `node` now uses towards `at`.
    QString registerWith(NodeRuntime &node, NodeRuntime &at)
    {
        auto invitation = at.partners().invite(QStringLiteral("partner"));
        if (!invitation)
            qFatal("no invitation");
        std::optional<Result<Partner>> outcome;
        node.registration().registerWith({at.versionsUrl(), invitation->token, QString(), EncodingSetting::Auto},
                                         [&](Result<Partner> result) { outcome = std::move(result); });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 15000) || !outcome->ok())
            qFatal("registration failed");
        return (*outcome)->outgoingToken;
    }

    Partner onlyPartner(NodeRuntime &node)
    {
        auto partners = node.partners().list();
        if (!partners || partners->size() != 1)
            qFatal("expected exactly one partner");
        return partners->first();
    }

    // The token `node` uses towards its partner hosting `partyId`.
    QString tokenTowards(NodeRuntime &node, const QString &partyId)
    {
        const auto partners = node.partners().list();
        if (partners) {
            for (const Partner &partner : *partners) {
                if (partner.partyRoles().first().party.partyId == partyId)
                    return partner.outgoingToken;
            }
        }
        return QString();
    }

    HttpResult call(const QByteArray &method, const QString &url, const QString &token, const QByteArray &payload = {})
    {
        return request(method, QUrl(url), payload, {{"Authorization", tokenHeader(token)}});
    }
    QString receiver(const QString &path) { return m_emsp->publicBase() + QStringLiteral("/ocpi/emsp/2.2.1/locations") + path; }
    QString sender(const QString &path) { return m_cpo->publicBase() + QStringLiteral("/ocpi/cpo/2.2.1/locations") + path; }

    // What the eMSP holds at `path`, read back over its Receiver interface.
    QJsonValue emspHolds(const QString &path = kStationPath)
    {
        const HttpResult got = call("GET", receiver(path), m_asCpo);
        return got.status == 200 ? got.json().value(QStringLiteral("data")) : QJsonValue();
    }

    QJsonObject ownStored(const QString &id)
    {
        auto found = m_cpo->services().locations().findOwn(ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"), id));
        if (!found || !found->has_value())
            return {};
        return QJsonDocument::fromJson((*found)->json).object();
    }

    QList<OutboxEntry> outboxOfCpo()
    {
        auto entries = m_cpo->services().outbox().entries(onlyPartner(*m_cpo).id);
        return entries ? *entries : QList<OutboxEntry>();
    }

    // A token of the eMSP's as the CPO holds it after the eMSP pushed it (`partnerId` 0: the eMSP).
    void cpoHoldsToken(const QJsonObject &token, qint64 partnerId = 0)
    {
        const Partner emsp = onlyPartner(*m_cpo);
        Caller holder;
        holder.partnerId = partnerId ? partnerId : emsp.id;
        holder.roles = emsp.partyRoles();
        const ObjectKey key = ObjectKey::of(token.value(QStringLiteral("country_code")).toString(),
                                            token.value(QStringLiteral("party_id")).toString(),
                                            token.value(QStringLiteral("uid")).toString(),
                                            token.value(QStringLiteral("type")).toString());
        auto stored = m_cpo->services().tokens().receive(holder, key, token);
        QVERIFY2(stored.ok(), qPrintable(stored.error().message));
    }

    void seedStation()
    {
        const HttpResult put = call("PUT", receiver(kStationPath), m_asCpo, compact(station()));
        QCOMPARE(put.status, 201);
        QCOMPARE(put.ocpiStatus(), 1000);
    }

private slots:
    void initTestCase()
    {
        // Fixtures are canonical, so what the node stores can be compared with them as they are.
        for (const QString &name : {QStringLiteral("utrecht_station.json"), QStringLiteral("home_allowed_to.json")}) {
            const QJsonObject location = fixture(QStringLiteral("locations/") + name).toObject();
            auto canonical = validateObject(QStringLiteral("Location"), location);
            QVERIFY2(canonical.ok(), qPrintable(name + QLatin1String(": ") + canonical.error().message));
            QCOMPARE(*canonical, location);
        }
        QCOMPARE(*validateObject(QStringLiteral("EVSE"), fixture(QStringLiteral("locations/utrecht_evse_c.json"))),
                 fixture(QStringLiteral("locations/utrecht_evse_c.json")).toObject());
        QCOMPARE(*validateObject(QStringLiteral("Connector"), fixture(QStringLiteral("locations/connector_chademo.json"))),
                 fixture(QStringLiteral("locations/connector_chademo.json")).toObject());
        QVERIFY(validateObject(QStringLiteral("Token"), fixture(QStringLiteral("locations/emsp_token_rfid.json"))).ok());
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock = std::make_unique<FixedClock>(fixedNow());
        m_cpo = startNode(QStringLiteral("NL-CPO:CPO"), QStringLiteral("cpo.sqlite"));
        m_emsp = startNode(QStringLiteral("DE-EMS:EMSP"), QStringLiteral("emsp.sqlite"));
        m_asEmsp = registerWith(*m_emsp, *m_cpo);
        m_asCpo = onlyPartner(*m_cpo).outgoingToken;
        QVERIFY(!m_asCpo.isEmpty());
    }

    void cleanup()
    {
        m_emsp.reset();
        m_cpo.reset();
        m_clock.reset();
        m_dir.reset();
    }

    // Receiver: every route and method, and the whole Location stored afterwards (or the data a
    // GET answers).
    void receiverRoutes_data()
    {
        QTest::addColumn<bool>("seeded");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QJsonValue>("expected"); // GET: its data; else the Location stored after

        const QJsonObject base = station();
        const QJsonObject evseC = fixture(QStringLiteral("locations/utrecht_evse_c.json")).toObject();
        const QJsonObject chademo = fixture(QStringLiteral("locations/connector_chademo.json")).toObject();
        const QString t = QStringLiteral("\"2026-11-25T11:59:00Z\"");
        const QString p = kStationPath;

        // ST-04: 201 when created, 200 when replaced. TF-09: PUT replaces (name left out is gone).
        QTest::newRow("PUT Location, new") << false << QByteArray("PUT") << p << compact(base) << 201 << QJsonValue(base);
        const QJsonObject renamed = set(set(base, "name", "<remove>"), "city", "\"Utrecht-Oost\"");
        QTest::newRow("PUT Location, replaced") << true << QByteArray("PUT") << p << compact(renamed) << 200 << QJsonValue(renamed);
        // LOC-04/05: an EVSE or Connector at its depth; parents take its last_updated.
        QJsonObject withC = set(base, "evses", compact(base.value(QStringLiteral("evses")).toArray() + evseC));
        withC = set(withC, "last_updated", "\"2026-11-24T10:00:00Z\"");
        QTest::newRow("PUT EVSE, new") << true << QByteArray("PUT") << p + "/UTR01-C" << compact(evseC) << 201 << QJsonValue(withC);
        const QJsonObject evseA = set(set(valueAt(base, "evses[0]"), "status", "\"OUTOFORDER\""), "last_updated", t);
        const QJsonObject replacedA = set(set(base, "evses[0]", compact(evseA)), "last_updated", t);
        QTest::newRow("PUT EVSE, replaced (uid in other case)") << true << QByteArray("PUT") << p + "/utr01-a"
                                                               << compact(evseA) << 200 << QJsonValue(replacedA);
        QJsonObject withChademo = set(base, "evses[1].connectors", compact(valueAt(base, "evses[1].connectors").toArray() + chademo));
        withChademo = set(set(withChademo, "evses[1].last_updated", "\"2026-11-24T11:15:00Z\""), "last_updated", "\"2026-11-24T11:15:00Z\"");
        QTest::newRow("PUT Connector, new") << true << QByteArray("PUT") << p + "/UTR01-B/3" << compact(chademo) << 201
                                            << QJsonValue(withChademo);
        const QJsonObject connector2 = set(set(valueAt(base, "evses[0].connectors[1]"), "max_amperage", "32"), "last_updated", t);
        QJsonObject replaced2 = set(base, "evses[0].connectors[1]", compact(connector2));
        replaced2 = set(set(replaced2, "evses[0].last_updated", t), "last_updated", t);
        QTest::newRow("PUT Connector, replaced") << true << QByteArray("PUT") << p + "/UTR01-A/2" << compact(connector2) << 200
                                                 << QJsonValue(replaced2);

        // LOC-03: GET at each depth answers what is stored there.
        QTest::newRow("GET Location") << true << QByteArray("GET") << p << QByteArray() << 200 << QJsonValue(base);
        QTest::newRow("GET EVSE") << true << QByteArray("GET") << p + "/UTR01-B" << QByteArray() << 200 << valueAt(base, "evses[1]");
        QTest::newRow("GET Connector") << true << QByteArray("GET") << p + "/UTR01-A/2" << QByteArray() << 200
                                       << valueAt(base, "evses[0].connectors[1]");
        QTest::newRow("GET Location, ids in other case") << true << QByteArray("GET") << "/nl/cpo/utr-station-01" << QByteArray()
                                                         << 200 << QJsonValue(base);

        // TF-10, LOC-07: fields left out stay; LOC-05: parents take the PATCH's last_updated.
        QTest::newRow("PATCH Location name") << true << QByteArray("PATCH") << p
                                             << QByteArray("{\"name\":\"P+R Science Park\",\"last_updated\":" + t.toUtf8() + "}") << 200
                                             << QJsonValue(set(set(base, "name", "\"P+R Science Park\""), "last_updated", t));
        QJsonObject charging = set(set(base, "evses[0].status", "\"CHARGING\""), "evses[0].last_updated", t);
        charging = set(charging, "last_updated", t);
        QTest::newRow("PATCH EVSE status") << true << QByteArray("PATCH") << p + "/UTR01-A"
                                           << QByteArray("{\"status\":\"CHARGING\",\"last_updated\":" + t.toUtf8() + "}") << 200
                                           << QJsonValue(charging);
        QJsonObject removed = set(set(set(base, "evses[1].status", "\"REMOVED\""), "evses[1].last_updated", t), "last_updated", t);
        QTest::newRow("PATCH EVSE status REMOVED (LOC-09)") << true << QByteArray("PATCH") << p + "/UTR01-B"
                                                            << QByteArray("{\"status\":\"REMOVED\",\"last_updated\":" + t.toUtf8() + "}")
                                                            << 200 << QJsonValue(removed);
        QJsonObject tariff = set(base, "evses[0].connectors[0].tariff_ids", "[\"AC-NIGHT\",\"AC-11\"]");
        tariff = set(set(set(tariff, "evses[0].connectors[0].last_updated", t), "evses[0].last_updated", t), "last_updated", t);
        QTest::newRow("PATCH Connector tariff_ids") << true << QByteArray("PATCH") << p + "/UTR01-A/1"
                                                    << QByteArray("{\"tariff_ids\":[\"AC-NIGHT\",\"AC-11\"],\"last_updated\":" + t.toUtf8() + "}")
                                                    << 200 << QJsonValue(tariff);
        // LOC-08: `evses` in a Location PATCH upserts by uid; EVSE A, left out, stays as it was.
        QJsonObject upserted = set(set(base, "evses[1].status", "\"BLOCKED\""), "evses[1].last_updated", t);
        upserted = set(set(upserted, "evses", compact(upserted.value(QStringLiteral("evses")).toArray() + evseC)), "last_updated", t);
        QTest::newRow("PATCH Location evses upsert") << true << QByteArray("PATCH") << p
                                                     << QByteArray("{\"evses\":[{\"uid\":\"utr01-b\",\"status\":\"BLOCKED\"},"
                                                                   + compact(evseC) + "],\"last_updated\":" + t.toUtf8() + "}")
                                                     << 200 << QJsonValue(upserted);
        QJsonObject amps = set(set(base, "evses[0].connectors[1].max_amperage", "32"), "evses[0].connectors[1].last_updated", t);
        amps = set(set(amps, "evses[0].last_updated", t), "last_updated", t);
        QTest::newRow("PATCH EVSE connectors upsert") << true << QByteArray("PATCH") << p + "/UTR01-A"
                                                      << QByteArray("{\"connectors\":[{\"id\":\"2\",\"max_amperage\":32}],\"last_updated\":"
                                                                    + t.toUtf8() + "}")
                                                      << 200 << QJsonValue(amps);
        QTest::newRow("PATCH empty list clears it, null changes nothing")
            << true << QByteArray("PATCH") << p
            << QByteArray("{\"facilities\":[],\"name\":null,\"last_updated\":" + t.toUtf8() + "}") << 200
            << QJsonValue(set(set(base, "facilities", "<remove>"), "last_updated", t));
    }

    void receiverRoutes()
    {
        QFETCH(bool, seeded);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, payload);
        QFETCH(int, httpStatus);
        QFETCH(QJsonValue, expected);
        if (seeded)
            seedStation();

        const HttpResult answer = call(method, receiver(path), m_asCpo, payload);
        QCOMPARE(answer.status, httpStatus);
        QCOMPARE(answer.ocpiStatus(), 1000);
        if (method == "GET") {
            QCOMPARE(answer.json().value(QStringLiteral("data")), expected);
            return;
        }
        QVERIFY(!answer.json().contains(QStringLiteral("data"))); // TF-19
        QCOMPARE(emspHolds(), expected);
    }

    // Receiver: what is refused, with which codes, and that nothing was stored.
    void receiverRefusals_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<int>("ocpiStatus");
        QTest::addColumn<QString>("message");

        const QJsonObject base = station();
        const QByteArray evseC = compact(fixture(QStringLiteral("locations/utrecht_evse_c.json")));
        const QByteArray chademo = compact(fixture(QStringLiteral("locations/connector_chademo.json")));
        const QString p = kStationPath;
        const QByteArray lu = ",\"last_updated\":\"2026-11-25T11:59:00Z\"}";
        auto row = [](const char *tag, const char *method, const QString &path, const QByteArray &payload, int http,
                      int ocpi, const QString &message) {
            QTest::newRow(tag) << QByteArray(method) << path << payload << http << ocpi << message;
        };

        // TF-10, PIT-07: a PATCH without last_updated, at every depth.
        for (const QString &at : {p, p + "/UTR01-A", p + "/UTR01-A/1"})
            row(qPrintable("PATCH without last_updated " + at), "PATCH", at, "{\"status\":\"CHARGING\"}", 200, 2001,
                QStringLiteral("last_updated: required in a PATCH"));
        row("PATCH with a bad enum", "PATCH", p + "/UTR01-A", "{\"status\":\"BROKEN\"" + lu, 200, 2001,
            QStringLiteral("status: \"BROKEN\" is not a valid Status"));
        row("PATCH leaves an invalid Location", "PATCH", p, "{\"publish_allowed_to\":[{\"group_id\":\"G1\"}]" + lu, 200, 2001,
            QStringLiteral("publish_allowed_to: only allowed when publish is false"));
        row("PATCH adds an incomplete EVSE", "PATCH", p, "{\"evses\":[{\"uid\":\"UTR01-Z\",\"status\":\"AVAILABLE\"}]" + lu, 200,
            2001, QStringLiteral("evses[0].connectors: required field is missing"));
        row("PATCH patches an EVSE wrongly", "PATCH", p, "{\"evses\":[{\"uid\":\"UTR01-A\",\"floor_level\":12345}]" + lu, 200,
            2001, QStringLiteral("evses[0].floor_level: expected string, got number"));
        // LOC-04: PUT bodies are complete objects of the URL's depth; 2001 names the field.
        row("PUT Location without address", "PUT", p, compact(set(base, "address", "<remove>")), 200, 2001,
            QStringLiteral("address: required field is missing"));
        row("PUT Location with a bad connector", "PUT", p, compact(set(base, "evses[1].connectors[0].max_voltage", "\"800\"")),
            200, 2001, QStringLiteral("evses[1].connectors[0].max_voltage: expected int, got string"));
        row("PUT Location with a duplicate EVSE uid", "PUT", p, compact(set(base, "evses[1].uid", "\"utr01-a\"")), 200, 2001,
            QStringLiteral("evses[1].uid: 'utr01-a' is also the uid of evses[0] (LOC-11)"));
        row("PUT EVSE without connectors", "PUT", p + "/UTR01-C", compact(edited(QJsonDocument::fromJson(evseC).object(),
                                                                                "connectors", "<remove>")),
            200, 2001, QStringLiteral("connectors: required field is missing"));
        row("PUT Connector as a list", "PUT", p + "/UTR01-A/3", "[" + chademo + "]", 200, 2001,
            QStringLiteral("expected object, got list"));
        // TF-12/13: URL and body name the same object.
        row("PUT Location, other id", "PUT", p, compact(set(base, "id", "\"UTR-STATION-02\"")), 200, 2001,
            QStringLiteral("id: the body names 'UTR-STATION-02' but the URL 'UTR-STATION-01' (TF-13)"));
        row("PUT Location, other owner", "PUT", p, compact(set(base, "party_id", "\"XYZ\"")), 200, 2001,
            QStringLiteral("country_code/party_id: the body names NL-XYZ but the URL NL-CPO (TF-12)"));
        row("PUT EVSE, other uid", "PUT", p + "/UTR01-D", evseC, 200, 2001,
            QStringLiteral("uid: the body names 'UTR01-C' but the URL 'UTR01-D' (TF-13)"));
        row("PUT Connector, other id", "PUT", p + "/UTR01-A/4", chademo, 200, 2001,
            QStringLiteral("id: the body names '3' but the URL '4' (TF-13)"));
        row("PATCH EVSE, other uid", "PATCH", p + "/UTR01-A", "{\"uid\":\"UTR01-B\"" + lu, 200, 2001,
            QStringLiteral("uid: the body names 'UTR01-B' but the URL 'UTR01-A' (TF-13)"));
        row("URL id too long", "GET", p + "/" + QString(37, QLatin1Char('E')), {}, 200, 2001,
            QStringLiteral("evse_uid: 37 characters, at most 36 allowed"));
        // LOC-10: nothing below an unknown Location (2003); unknown EVSE/Connector: 2000.
        row("PUT EVSE under an unknown Location", "PUT", "/NL/CPO/NOWHERE/UTR01-C", evseC, 404, 2003,
            QStringLiteral("location_id: no location 'NOWHERE' here"));
        row("PUT Connector under an unknown Location", "PUT", "/NL/CPO/NOWHERE/UTR01-A/3", chademo, 404, 2003,
            QStringLiteral("location_id: no location 'NOWHERE' here"));
        row("PUT Connector under an unknown EVSE", "PUT", p + "/UTR01-X/3", chademo, 404, 2000,
            QStringLiteral("evse_uid: no EVSE 'UTR01-X' at this location"));
        row("PATCH an unknown Location", "PATCH", "/NL/CPO/NOWHERE", "{\"name\":\"x\"" + lu, 404, 2003,
            QStringLiteral("location_id: no location 'NOWHERE' here"));
        row("PATCH an unknown EVSE", "PATCH", p + "/UTR01-X", "{\"status\":\"CHARGING\"" + lu, 404, 2000,
            QStringLiteral("evse_uid: no EVSE 'UTR01-X' at this location"));
        row("PATCH an unknown Connector", "PATCH", p + "/UTR01-A/9", "{\"max_amperage\":32" + lu, 404, 2000,
            QStringLiteral("connector_id: no connector '9' at EVSE 'UTR01-A'"));
        row("GET an unknown Location", "GET", "/NL/CPO/NOWHERE", {}, 404, 2003, QStringLiteral("location_id: no location"));
        row("GET an unknown EVSE", "GET", p + "/UTR01-X", {}, 404, 2000, QStringLiteral("evse_uid: no EVSE"));
        row("GET an unknown Connector", "GET", p + "/UTR01-B/2", {}, 404, 2000, QStringLiteral("connector_id: no connector '2'"));
        // LOC-03: POST and DELETE are not defined.
        row("POST", "POST", p, compact(base), 405, 2000, QStringLiteral("allowed: GET, PUT, PATCH"));
        row("DELETE", "DELETE", p + "/UTR01-A", {}, 405, 2000, QStringLiteral("allowed: GET, PUT, PATCH"));
    }

    void receiverRefusals()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, payload);
        QFETCH(int, httpStatus);
        QFETCH(int, ocpiStatus);
        QFETCH(QString, message);
        seedStation();

        const HttpResult answer = call(method, receiver(path), m_asCpo, payload);
        QCOMPARE(answer.status, httpStatus);
        QCOMPARE(answer.ocpiStatus(), ocpiStatus);
        const QString said = answer.json().value(QStringLiteral("status_message")).toString();
        QVERIFY2(said.contains(message), qPrintable(said));
        QCOMPARE(emspHolds(), QJsonValue(station())); // nothing stored
        QCOMPARE(emspHolds(QStringLiteral("/NL/CPO/NOWHERE")), QJsonValue());
    }

    // Receiver writes in flight together share commits (group commit): every change lands, none
    // is lost to another's read-modify-write, and a refused one does not take the others down.
    void concurrentWritesAllLand()
    {
        seedStation();
        QNetworkAccessManager manager;
        QList<QNetworkReply *> replies;
        QList<int> expectedOcpi;
        auto send = [&](const QByteArray &method, const QString &path, const QByteArray &payload, int ocpi) {
            QNetworkRequest req{QUrl(receiver(path))};
            req.setRawHeader("Authorization", tokenHeader(m_asCpo));
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            replies.append(manager.sendCustomRequest(req, method, payload));
            expectedOcpi.append(ocpi);
        };
        const QStringList statuses{"AVAILABLE", "BLOCKED", "INOPERATIVE", "OUTOFORDER", "PLANNED", "REMOVED"};
        for (int round = 0; round < 6; ++round) {
            const QByteArray at = QStringLiteral("\"2026-11-25T11:%1:00Z\"").arg(10 + round).toUtf8();
            send("PATCH", kStationPath + "/UTR01-B", "{\"status\":\"" + statuses[round].toUtf8() + "\",\"last_updated\":" + at + "}", 1000);
            send("PATCH", kStationPath + "/UTR01-A/" + QString::number(1 + round % 2),
                 "{\"max_amperage\":" + QByteArray::number(10 + round) + ",\"last_updated\":" + at + "}", 1000);
            send("PATCH", kStationPath + "/UTR01-X", "{\"status\":\"CHARGING\",\"last_updated\":" + at + "}", 2000);
        }
        send("PUT", kStationPath + "/UTR01-C", compact(fixture(QStringLiteral("locations/utrecht_evse_c.json"))), 1000);
        QVERIFY(QTest::qWaitFor([&] { return std::all_of(replies.begin(), replies.end(), [](QNetworkReply *r) { return r->isFinished(); }); }, 20000));
        for (qsizetype i = 0; i < replies.size(); ++i) {
            const QJsonObject answer = QJsonDocument::fromJson(replies[i]->readAll()).object();
            QCOMPARE(answer.value(QStringLiteral("status_code")).toInt(), expectedOcpi[i]);
            replies[i]->deleteLater();
        }
        // HTTP/1.1 keeps each connection's requests in order, and they are applied in arrival
        // order; which connection carried which request is up to the client, so only what every
        // order agrees on is compared.
        const QJsonValue held = emspHolds();
        QVERIFY(statuses.contains(valueAt(held, "evses[1].status").toString()));
        QVERIFY(valueAt(held, "evses[0].connectors[0].max_amperage").toInt() >= 10);
        QVERIFY(valueAt(held, "evses[0].connectors[1].max_amperage").toInt() >= 10);
        QCOMPARE(valueAt(held, "evses[2]"), fixture(QStringLiteral("locations/utrecht_evse_c.json")));
        QCOMPARE(valueAt(held, "evses").toArray().size(), 3);
        QCOMPARE(set(set(held, "evses", "<remove>"), "last_updated", "<remove>"),
                 set(set(station(), "evses", "<remove>"), "last_updated", "<remove>"));
    }

    // TF-14: another partner neither writes under nor reads a party it does not hold.
    void otherPartnersAreKeptOut()
    {
        seedStation();
        auto other = startNode(QStringLiteral("BE-OTH:CPO"), QStringLiteral("other.sqlite"));
        const QString asOther = registerWith(*other, *m_emsp);
        QVERIFY(!asOther.isEmpty());
        const HttpResult mine = call("GET", receiver(kStationPath), asOther);
        QCOMPARE(mine.status, 404);
        QCOMPARE(mine.ocpiStatus(), 2000);
        const QByteArray patch = "{\"status\":\"CHARGING\",\"last_updated\":\"2026-11-25T11:59:00Z\"}";
        QCOMPARE(call("PATCH", receiver(kStationPath + "/UTR01-A"), asOther, patch).status, 404);
        QCOMPARE(call("PUT", receiver(kStationPath), asOther, compact(set(station(), "name", "\"taken\""))).status, 404);
        QCOMPARE(call("GET", receiver(kStationPath + "/UTR01-A/1"), asOther).status, 404);
        QCOMPARE(emspHolds(), QJsonValue(station()));

        // Its own party is fine, and the first CPO cannot see that one either.
        const QJsonObject theirs = set(set(station(), "country_code", "\"BE\""), "party_id", "\"OTH\"");
        QCOMPARE(call("PUT", receiver("/BE/OTH/UTR-STATION-01"), asOther, compact(theirs)).status, 201);
        QCOMPARE(call("GET", receiver("/BE/OTH/UTR-STATION-01"), m_asCpo).status, 404);
        QCOMPARE(call("PATCH", receiver("/BE/OTH/UTR-STATION-01/UTR01-A"), m_asCpo, patch).status, 404);
        QCOMPARE(emspHolds(QStringLiteral("/NL/CPO/UTR-STATION-01/UTR01-A")), valueAt(station(), "evses[0]"));
    }

    // Our own locations share the table with partners' copies: a partner holding one of our
    // parties (registered before this node took the party on) still cannot read or overwrite
    // ours through the Receiver interface.
    void ourOwnLocationIsNoPartnersToWrite()
    {
        const NodeConfig before = nodeConfig(*m_dir, {QStringLiteral("FR-DUA:EMSP")}, QStringLiteral("dual.sqlite"));
        auto dual = std::make_unique<NodeRuntime>(before, m_clock.get());
        QVERIFY(dual->start().ok());
        const QString asImpostor = registerWith(*m_cpo, *dual); // m_cpo hosts NL-CPO
        dual.reset();
        NodeConfig after = before;
        after.parties.append(*PartyRole::parse(u"NL-CPO:CPO"));
        dual = std::make_unique<NodeRuntime>(after, m_clock.get());
        QVERIFY(dual->start().ok());
        QVERIFY(dual->services().locations().putOwn(station()).ok());
        const QString url = dual->publicBase() + QStringLiteral("/ocpi/emsp/2.2.1/locations") + kStationPath;

        const HttpResult read = call("GET", url, asImpostor);
        QCOMPARE(read.status, 404);
        QCOMPARE(read.ocpiStatus(), 2003);
        const HttpResult put = call("PUT", url, asImpostor, compact(set(station(), "name", "\"taken\"")));
        QCOMPARE(put.status, 404);
        QCOMPARE(put.ocpiStatus(), 2000);
        const HttpResult patch = call("PATCH", url + "/UTR01-A", asImpostor,
                                      "{\"status\":\"REMOVED\",\"last_updated\":\"2026-11-25T11:59:00Z\"}");
        QCOMPARE(patch.status, 404);
        QCOMPARE(patch.ocpiStatus(), 2003);
        auto ours = dual->services().locations().findOwn(ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"),
                                                                      QStringLiteral("UTR-STATION-01")));
        QVERIFY(ours.ok() && ours->has_value());
        QCOMPARE(QJsonDocument::fromJson((*ours)->json).object(), station());
    }

    // Sender: the list with every pagination filter (PG-01..05), whole bodies compared.
    void senderList_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("ocpiStatus");
        QTest::addColumn<QList<int>>("numbers");   // which of UTR-STATION-01..05
        QTest::addColumn<int>("total");
        QTest::addColumn<QString>("next");        // the Link's query, decoded; empty: no Link

        QTest::newRow("everything") << QString() << 1000 << QList<int>{1, 2, 3, 4, 5} << 5 << QString();
        QTest::newRow("first page") << "limit=2" << 1000 << QList<int>{1, 2} << 5 << "offset=2&limit=2";
        QTest::newRow("middle page") << "offset=2&limit=2" << 1000 << QList<int>{3, 4} << 5 << "offset=4&limit=2";
        QTest::newRow("last page") << "offset=4&limit=2" << 1000 << QList<int>{5} << 5 << QString();
        QTest::newRow("past the end") << "offset=10" << 1000 << QList<int>{} << 5 << QString();
        QTest::newRow("limit above X-Limit") << "limit=1000" << 1000 << QList<int>{1, 2, 3, 4, 5} << 5 << QString();
        QTest::newRow("date_from inclusive") << "date_from=2026-11-23T00:00:00Z" << 1000 << QList<int>{3, 4, 5} << 3 << QString();
        QTest::newRow("date_to exclusive") << "date_to=2026-11-23T00:00:00Z" << 1000 << QList<int>{1, 2} << 2 << QString();
        QTest::newRow("window, paged") << "date_from=2026-11-22T00:00:00Z&date_to=2026-11-25T00:00:00Z&limit=1" << 1000
                                       << QList<int>{2} << 3
                                       << "date_from=2026-11-22T00:00:00Z&date_to=2026-11-25T00:00:00Z&offset=1&limit=1";
        QTest::newRow("bad date_from") << "date_from=yesterday" << 2001 << QList<int>{} << -1 << QString();
        QTest::newRow("negative offset") << "offset=-1" << 2001 << QList<int>{} << -1 << QString();
    }

    void senderList()
    {
        QFETCH(QString, query);
        QFETCH(int, ocpiStatus);
        QFETCH(QList<int>, numbers);
        QFETCH(int, total);
        QFETCH(QString, next);
        QList<QJsonObject> ours;
        for (int n = 1; n <= 5; ++n) {
            QJsonObject location = set(station(), "id", QStringLiteral("\"UTR-STATION-0%1\"").arg(n));
            location = set(location, "last_updated", QStringLiteral("\"2026-11-2%1T00:00:00Z\"").arg(n));
            QVERIFY(m_cpo->services().locations().putOwn(location).ok());
            ours.append(location);
        }
        // Unpublished and shown to no one: never listed nor counted (LOC-13).
        QVERIFY(m_cpo->services().locations().putOwn(set(fixture("locations/home_allowed_to.json"), "publish_allowed_to", "<remove>")).ok());

        const HttpResult answer = call("GET", sender(query.isEmpty() ? QString() : "?" + query), m_asEmsp);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.ocpiStatus(), ocpiStatus);
        if (ocpiStatus != 1000)
            return;
        QJsonArray expected;
        for (int n : numbers)
            expected.append(ours.at(n - 1));
        QCOMPARE(answer.json().value(QStringLiteral("data")), QJsonValue(expected));
        QCOMPARE(answer.header("X-Total-Count"), QByteArray::number(total));
        QCOMPARE(answer.header("X-Limit"), QByteArray("100"));
        const QByteArray link = answer.header("Link");
        if (next.isEmpty()) {
            QVERIFY2(link.isEmpty(), link.constData());
            return;
        }
        QVERIFY(link.startsWith('<') && link.endsWith(">; rel=\"next\""));
        const QUrl url(QString::fromUtf8(link.mid(1, link.indexOf('>') - 1)));
        QCOMPARE(url.toString(QUrl::RemoveQuery), sender(QString()));
        QCOMPARE(url.query(QUrl::FullyDecoded), next);
    }

    // Sender: one Location, EVSE or Connector of ours (LOC-02).
    void senderObjects_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<int>("ocpiStatus");
        QTest::addColumn<QJsonValue>("expected");

        const QJsonObject base = station();
        QTest::newRow("Location") << "/UTR-STATION-01" << 200 << 1000 << QJsonValue(base);
        QTest::newRow("Location, id in other case") << "/utr-station-01" << 200 << 1000 << QJsonValue(base);
        QTest::newRow("EVSE") << "/UTR-STATION-01/UTR01-B" << 200 << 1000 << valueAt(base, "evses[1]");
        QTest::newRow("Connector") << "/UTR-STATION-01/utr01-a/2" << 200 << 1000 << valueAt(base, "evses[0].connectors[1]");
        QTest::newRow("unknown Location") << "/UTR-STATION-09" << 404 << 2003 << QJsonValue();
        QTest::newRow("unknown EVSE") << "/UTR-STATION-01/UTR01-Q" << 404 << 2000 << QJsonValue();
        QTest::newRow("unknown Connector") << "/UTR-STATION-01/UTR01-B/2" << 404 << 2000 << QJsonValue();
        QTest::newRow("unpublished, shown to no one") << "/HOME-0077" << 404 << 2003 << QJsonValue();
        QTest::newRow("unpublished EVSE") << "/HOME-0077/HOME77-1" << 404 << 2003 << QJsonValue();
        QTest::newRow("id too long") << "/" + QString(37, QLatin1Char('L')) << 200 << 2001 << QJsonValue();
    }

    void senderObjects()
    {
        QFETCH(QString, path);
        QFETCH(int, httpStatus);
        QFETCH(int, ocpiStatus);
        QFETCH(QJsonValue, expected);
        QVERIFY(m_cpo->services().locations().putOwn(station()).ok());
        QVERIFY(m_cpo->services().locations().putOwn(fixture("locations/home_allowed_to.json")).ok());

        const HttpResult answer = call("GET", sender(path), m_asEmsp);
        QCOMPARE(answer.status, httpStatus);
        QCOMPARE(answer.ocpiStatus(), ocpiStatus);
        QCOMPARE(answer.json().value(QStringLiteral("data")), expected.isNull() ? QJsonValue(QJsonValue::Undefined) : expected);
    }

    // LOC-09/11: replacing one of our locations may not drop an EVSE or a connector; nothing changes.
    void ownReplacementKeepsEvsesAndConnectors_data()
    {
        QTest::addColumn<QString>("drop");
        QTest::addColumn<QString>("message");
        QTest::newRow("an EVSE left out") << "evses[1]"
                                          << "evses: EVSE UTR01-B cannot be deleted; set its status to REMOVED (LOC-09)";
        QTest::newRow("a connector left out") << "evses[0].connectors[1]"
                                              << "evses: connector 2 of EVSE UTR01-A cannot be deleted (LOC-09)";
    }

    void ownReplacementKeepsEvsesAndConnectors()
    {
        QFETCH(QString, drop);
        QFETCH(QString, message);
        QVERIFY(m_cpo->services().locations().putOwn(station()).ok());
        const QJsonObject before = ownStored(QStringLiteral("UTR-STATION-01"));
        QJsonObject changed = station();
        QJsonArray evses = changed.value(QStringLiteral("evses")).toArray();
        if (drop == QLatin1String("evses[1]")) {
            evses.removeAt(1);
        } else {
            QJsonObject evse = evses.at(0).toObject();
            QJsonArray connectors = evse.value(QStringLiteral("connectors")).toArray();
            connectors.removeAt(1);
            evse.insert(QStringLiteral("connectors"), connectors);
            evses.replace(0, evse);
        }
        changed.insert(QStringLiteral("evses"), evses);
        const auto refused = m_cpo->services().locations().putOwn(changed);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message, message);
        QCOMPARE(ownStored(QStringLiteral("UTR-STATION-01")), before);
    }

    // LOC-01/09: once every EVSE is REMOVED a Location has expired: gone from the list and the GETs.
    void expiredLocationIsShownToNobody()
    {
        QVERIFY(m_cpo->services().locations().putOwn(station()).ok());
        const ObjectKey key = ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"), QStringLiteral("UTR-STATION-01"));
        QCOMPARE(call("GET", sender(QString()), m_asEmsp).json().value(QStringLiteral("data")).toArray().size(), 1);
        const QJsonArray evses = station().value(QStringLiteral("evses")).toArray();
        for (const QJsonValue &evse : evses) {
            const QString uid = evse.toObject().value(QStringLiteral("uid")).toString();
            QVERIFY(m_cpo->services().locations().setEvseStatus(key, uid, QStringLiteral("REMOVED")).ok());
        }
        const HttpResult list = call("GET", sender(QString()), m_asEmsp);
        QCOMPARE(list.json().value(QStringLiteral("data")).toArray(), QJsonArray());
        QCOMPARE(list.header("X-Total-Count"), QByteArray("0"));
        const HttpResult one = call("GET", sender(QStringLiteral("/UTR-STATION-01")), m_asEmsp);
        QCOMPARE(one.status, 404);
        QCOMPARE(one.ocpiStatus(), 2003);
    }

    // LOC-13: an unpublished Location is listed and readable only for partners holding a token one
    // of its publish_allowed_to entries matches (every field the entry sets).
    void unpublishedVisibility_data()
    {
        QTest::addColumn<QString>("allowedTo");   // the Location's publish_allowed_to
        QTest::addColumn<bool>("tokenHeld");      // the eMSP pushed emsp_token_rfid.json
        QTest::addColumn<bool>("visible");

        QTest::newRow("uid + type") << R"([{"uid":"0a1b2c3d4e5f60","type":"RFID"}])" << true << true;
        QTest::newRow("uid + type, no token held") << R"([{"uid":"0A1B2C3D4E5F60","type":"RFID"}])" << false << false;
        QTest::newRow("uid, other type") << R"([{"uid":"0A1B2C3D4E5F60","type":"APP_USER"}])" << true << false;
        QTest::newRow("visual_number + issuer") << R"([{"visual_number":"DE-EMS-012345-6","issuer":"Beispiel Mobil GmbH"}])"
                                                << true << true;
        QTest::newRow("visual_number, other issuer") << R"([{"visual_number":"DE-EMS-012345-6","issuer":"Someone Else"}])"
                                                     << true << false;
        QTest::newRow("group_id in other case") << R"([{"group_id":"FLEET-NORD"}])" << true << true;
        QTest::newRow("group_id unknown") << R"([{"group_id":"FLEET-SUED"}])" << true << false;
        QTest::newRow("one entry of several") << R"([{"group_id":"FLEET-SUED"},{"uid":"0A1B2C3D4E5F60","type":"RFID"}])"
                                              << true << true;
        QTest::newRow("every field set must match") << R"([{"uid":"0A1B2C3D4E5F60","type":"RFID","group_id":"FLEET-SUED"}])"
                                                    << true << false;
        QTest::newRow("no publish_allowed_to") << "<remove>" << true << false;
    }

    void unpublishedVisibility()
    {
        QFETCH(QString, allowedTo);
        QFETCH(bool, tokenHeld);
        QFETCH(bool, visible);
        const QJsonObject home = set(fixture("locations/home_allowed_to.json"), "publish_allowed_to", allowedTo);
        QVERIFY(m_cpo->services().locations().putOwn(station()).ok());
        QVERIFY(m_cpo->services().locations().putOwn(home).ok());
        const QJsonObject token = fixture("locations/emsp_token_rfid.json").toObject();
        if (tokenHeld)
            cpoHoldsToken(token);
        else
            cpoHoldsToken(token, 424242); // the same token, held for a partner that is not the caller

        const HttpResult list = call("GET", sender(QString()), m_asEmsp);
        QCOMPARE(list.ocpiStatus(), 1000);
        QJsonArray expected{station()};
        if (visible)
            expected.append(home);
        QCOMPARE(list.json().value(QStringLiteral("data")), QJsonValue(expected));
        QCOMPARE(list.header("X-Total-Count"), QByteArray::number(expected.size()));

        const HttpResult one = call("GET", sender("/HOME-0077"), m_asEmsp);
        QCOMPARE(one.status, visible ? 200 : 404);
        QCOMPARE(one.ocpiStatus(), visible ? 1000 : 2003);
        const HttpResult evse = call("GET", sender("/HOME-0077/HOME77-1"), m_asEmsp);
        QCOMPARE(evse.status, visible ? 200 : 404);
        if (visible) {
            QCOMPARE(one.json().value(QStringLiteral("data")), QJsonValue(home));
            QCOMPARE(evse.json().value(QStringLiteral("data")), valueAt(home, "evses[0]"));
        }
    }

    // Ours: an EVSE status change is stored (LOC-06), queued as a PATCH of that EVSE in the same
    // transaction, and the registered eMSP stores it.
    void ownEvseStatusIsPushedAsPatch()
    {
        LocationService &locations = m_cpo->services().locations();
        QVERIFY(locations.putOwn(station()).ok());
        QTRY_COMPARE_WITH_TIMEOUT(emspHolds(), QJsonValue(station()), 10000);
        QTRY_VERIFY(outboxOfCpo().isEmpty());

        m_clock->set(QDateTime(QDate(2026, 11, 25), QTime(12, 30, 0), Qt::UTC));
        const ObjectKey key = ObjectKey::of(QStringLiteral("nl"), QStringLiteral("cpo"), QStringLiteral("utr-station-01"));
        const Status changed = locations.setEvseStatus(key, QStringLiteral("utr01-a"), QStringLiteral("CHARGING"));
        QVERIFY2(changed.ok(), qPrintable(changed.error().message));

        QJsonObject expected = set(set(station(), "evses[0].status", "\"CHARGING\""), "evses[0].last_updated", "\"2026-11-25T12:30:00Z\"");
        expected = set(expected, "last_updated", "\"2026-11-25T12:30:00Z\"");
        QCOMPARE(ownStored(QStringLiteral("UTR-STATION-01")), expected);

        // Nothing has been delivered yet: the deliverer runs from the event loop.
        const QList<OutboxEntry> queued = outboxOfCpo();
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().method, QByteArray("PATCH"));
        QCOMPARE(queued.first().path, QStringLiteral("/NL/CPO/UTR-STATION-01/UTR01-A"));
        QCOMPARE(QJsonDocument::fromJson(queued.first().body).object(),
                 QJsonObject({{"status", "CHARGING"}, {"last_updated", "2026-11-25T12:30:00Z"}}));

        QTRY_COMPARE_WITH_TIMEOUT(emspHolds(), QJsonValue(expected), 10000);
        QTRY_VERIFY(outboxOfCpo().isEmpty());
    }

    void ownChangesAtEveryDepth()
    {
        LocationService &locations = m_cpo->services().locations();
        QVERIFY(locations.putOwn(station()).ok());
        QTRY_COMPARE_WITH_TIMEOUT(emspHolds(), QJsonValue(station()), 10000);
        const ObjectKey key = ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"), QStringLiteral("UTR-STATION-01"));

        // A Connector: PATCH of that connector; its EVSE and Location follow (LOC-06).
        QVERIFY(locations.patchOwn(key, {QStringLiteral("UTR01-A"), QStringLiteral("2")},
                                   QJsonObject{{"max_amperage", 32}}).ok());
        // A Location PATCH with `evses`: the whole Location goes out as a PUT.
        const QJsonObject evseC = fixture(QStringLiteral("locations/utrecht_evse_c.json")).toObject();
        QVERIFY(locations.patchOwn(key, {}, QJsonObject{{"evses", QJsonArray{evseC}}}).ok());
        // A new Connector of ours: a PUT of that connector.
        const QJsonObject chademo = fixture(QStringLiteral("locations/connector_chademo.json")).toObject();
        auto added = locations.putOwnPart(key, {QStringLiteral("UTR01-B"), QStringLiteral("3")}, chademo);
        QVERIFY(added.ok() && *added);

        QList<QPair<QByteArray, QString>> pushes;
        for (const OutboxEntry &entry : outboxOfCpo())
            pushes.append({entry.method, entry.path});
        QCOMPARE(pushes, (QList<QPair<QByteArray, QString>>{{"PATCH", "/NL/CPO/UTR-STATION-01/UTR01-A/2"},
                                                             {"PUT", "/NL/CPO/UTR-STATION-01"},
                                                             {"PUT", "/NL/CPO/UTR-STATION-01/UTR01-B/3"}}));

        const QString now = QStringLiteral("\"2026-11-25T12:00:00Z\"");
        QJsonObject expected = set(station(), "evses[0].connectors[1].max_amperage", "32");
        expected = set(set(expected, "evses[0].connectors[1].last_updated", now), "evses[0].last_updated", now);
        expected = set(expected, "evses", compact(expected.value(QStringLiteral("evses")).toArray() + evseC));
        expected = set(expected, "evses[1].connectors", compact(valueAt(expected, "evses[1].connectors").toArray() + chademo));
        expected = set(set(expected, "evses[1].last_updated", "\"2026-11-24T11:15:00Z\""), "last_updated", "\"2026-11-24T11:15:00Z\"");
        QCOMPARE(ownStored(QStringLiteral("UTR-STATION-01")), expected);
        QTRY_COMPARE_WITH_TIMEOUT(emspHolds(), QJsonValue(expected), 10000);
    }

    void ownChangesRefused()
    {
        LocationService &locations = m_cpo->services().locations();
        QVERIFY(locations.putOwn(station()).ok());
        QTRY_VERIFY_WITH_TIMEOUT(outboxOfCpo().isEmpty(), 10000);
        const ObjectKey key = ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"), QStringLiteral("UTR-STATION-01"));

        Status s = locations.setEvseStatus(key, QStringLiteral("UTR01-A"), QStringLiteral("charging"));
        QCOMPARE(s.error().kind, ErrorKind::InvalidData);
        QCOMPARE(s.error().message, QStringLiteral("status: \"charging\" is not a valid Status"));
        s = locations.setEvseStatus(key, QStringLiteral("UTR01-X"), QStringLiteral("CHARGING"));
        QCOMPARE(s.error().kind, ErrorKind::NotFound);
        s = locations.setEvseStatus(ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"), QStringLiteral("NOWHERE")),
                                    QStringLiteral("UTR01-A"), QStringLiteral("CHARGING"));
        QCOMPARE(s.error().kind, ErrorKind::UnknownLocation);
        s = locations.patchOwn(key, {}, QJsonObject{{"publish_allowed_to", QJsonArray{QJsonObject{{"group_id", "G"}}}}});
        QCOMPARE(s.error().message, QStringLiteral("publish_allowed_to: only allowed when publish is false"));
        s = locations.patchOwn(ObjectKey::of(QStringLiteral("DE"), QStringLiteral("EMS"), QStringLiteral("UTR-STATION-01")), {},
                               QJsonObject{{"name", "x"}});
        QCOMPARE(s.error().kind, ErrorKind::InvalidData);

        QCOMPARE(ownStored(QStringLiteral("UTR-STATION-01")), station());
        QVERIFY(outboxOfCpo().isEmpty());
    }

    // TF-11, LOC-10: the eMSP does not know the Location (it was created before the partners
    // met), answers the PATCH with 404 + 2003, and receives the whole Location instead.
    void patchOfAnUnknownLocationBecomesAPut()
    {
        auto otherEmsp = startNode(QStringLiteral("FR-EMX:EMSP"), QStringLiteral("late.sqlite"));
        LocationService &locations = m_cpo->services().locations();
        QVERIFY(locations.putOwn(station()).ok());
        QTRY_COMPARE_WITH_TIMEOUT(emspHolds(), QJsonValue(station()), 10000);
        QTRY_VERIFY(outboxOfCpo().isEmpty());
        registerWith(*otherEmsp, *m_cpo); // registered after the PUT went out: it never saw it

        const ObjectKey key = ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"), QStringLiteral("UTR-STATION-01"));
        QVERIFY(locations.setEvseStatus(key, QStringLiteral("UTR01-B"), QStringLiteral("AVAILABLE")).ok());
        const QJsonObject expected = ownStored(QStringLiteral("UTR-STATION-01"));
        QCOMPARE(valueAt(expected, "evses[1].status"), QJsonValue("AVAILABLE"));

        const QString otherToken = tokenTowards(*m_cpo, QStringLiteral("EMX"));
        const QString url = otherEmsp->publicBase() + QStringLiteral("/ocpi/emsp/2.2.1/locations") + kStationPath;
        QTRY_COMPARE_WITH_TIMEOUT(call("GET", url, otherToken).json().value(QStringLiteral("data")), QJsonValue(expected), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(emspHolds(), QJsonValue(expected), 10000);
    }
};

QTEST_GUILESS_MAIN(TestLocations)
#include "tst_locations.moc"
