#include "locationstests.h"

#include <QNetworkReply>

// The locations module's Receiver interface on our eMSP node, written by a registered CPO node
// (LOC-03..10, TF-09..14, PIT-07): every route, what is refused, writes in flight together, and
// what other partners may not touch.
class TestLocationsReceiver : public LocationsTests
{
    Q_OBJECT

private slots:
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
        auto other = m_nodes.startAnother({QStringLiteral("BE-OTH:CPO")}, QStringLiteral("other.sqlite"));
        QVERIFY(other);
        const auto registered = registerWith(*other, m_nodes.emsp());
        QVERIFY_STATUS(registered);
        const QString asOther = registered->outgoingToken;
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
        auto dual = m_nodes.startAnother({QStringLiteral("FR-DUA:EMSP")}, QStringLiteral("dual.sqlite"));
        QVERIFY(dual);
        const auto registered = registerWith(m_nodes.cpo(), *dual); // the CPO node hosts NL-CPO
        QVERIFY_STATUS(registered);
        const QString asImpostor = registered->outgoingToken;
        dual.reset();
        dual = m_nodes.startAnother({QStringLiteral("FR-DUA:EMSP"), QStringLiteral("NL-CPO:CPO")}, QStringLiteral("dual.sqlite"));
        QVERIFY(dual);
        QVERIFY(dual->services().service<TariffService>().putOwnBatch(tariffsNamedBy(station())).ok()); // LOC-22
        QVERIFY(dual->services().service<LocationService>().putOwn(station()).ok());
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
        auto ours = dual->services().service<LocationService>().findOwn(ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"),
                                                                      QStringLiteral("UTR-STATION-01")));
        QVERIFY(ours.ok() && ours->has_value());
        QCOMPARE(QJsonDocument::fromJson((*ours)->json).object(), station());
    }
};

QTEST_GUILESS_MAIN(TestLocationsReceiver)
#include "moc_locationstests.cpp"
#include "tst_locationsreceiver.moc"
