#include "locationstests.h"

// The locations module on our CPO node: its Sender interface read by the registered eMSP
// (LOC-01/02/13, PG-01..04), and our own changes stored and pushed through the outbox.
class TestLocationsSender : public LocationsTests
{
    Q_OBJECT

protected:
    // Our locations here name our tariffs (LOC-22).
    void afterStart() override { storeOurTariffs(); }

private slots:
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
            QVERIFY(m_nodes.cpo().services().service<LocationService>().putOwn(location).ok());
            ours.append(location);
        }
        // Unpublished and shown to no one: never listed nor counted (LOC-13).
        QVERIFY(m_nodes.cpo().services().service<LocationService>().putOwn(set(fixture("locations/home_allowed_to.json"), "publish_allowed_to", "<remove>")).ok());

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
        QVERIFY(m_nodes.cpo().services().service<LocationService>().putOwn(station()).ok());
        QVERIFY(m_nodes.cpo().services().service<LocationService>().putOwn(fixture("locations/home_allowed_to.json")).ok());

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
        QVERIFY(m_nodes.cpo().services().service<LocationService>().putOwn(station()).ok());
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
        const auto refused = m_nodes.cpo().services().service<LocationService>().putOwn(changed);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message, message);
        QCOMPARE(ownStored(QStringLiteral("UTR-STATION-01")), before);
    }

    // LOC-01/09: once every EVSE is REMOVED a Location has expired: gone from the list and the GETs.
    void expiredLocationIsShownToNobody()
    {
        QVERIFY(m_nodes.cpo().services().service<LocationService>().putOwn(station()).ok());
        const ObjectKey key = ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"), QStringLiteral("UTR-STATION-01"));
        QCOMPARE(call("GET", sender(QString()), m_asEmsp).json().value(QStringLiteral("data")).toArray().size(), 1);
        const QJsonArray evses = station().value(QStringLiteral("evses")).toArray();
        for (const QJsonValue &evse : evses) {
            const QString uid = evse.toObject().value(QStringLiteral("uid")).toString();
            QVERIFY(m_nodes.cpo().services().service<LocationService>().setEvseStatus(key, uid, QStringLiteral("REMOVED")).ok());
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
        QVERIFY(m_nodes.cpo().services().service<LocationService>().putOwn(station()).ok());
        QVERIFY(m_nodes.cpo().services().service<LocationService>().putOwn(home).ok());
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
        LocationService &locations = m_nodes.cpo().services().service<LocationService>();
        QVERIFY(locations.putOwn(station()).ok());
        QTRY_COMPARE_WITH_TIMEOUT(emspHolds(), QJsonValue(station()), 10000);
        QTRY_VERIFY(outboxOfCpo().isEmpty());

        m_nodes.clock().set(QDateTime(QDate(2026, 11, 25), QTime(12, 30, 0), Qt::UTC));
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
        LocationService &locations = m_nodes.cpo().services().service<LocationService>();
        QVERIFY(locations.putOwn(station()).ok());
        QTRY_COMPARE_WITH_TIMEOUT(emspHolds(), QJsonValue(station()), 10000);
        // The acknowledged PUT leaves the outbox with the next batch of outcomes.
        QTRY_VERIFY(outboxOfCpo().isEmpty());
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
        LocationService &locations = m_nodes.cpo().services().service<LocationService>();
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
        auto otherEmsp = m_nodes.startAnother({QStringLiteral("FR-EMX:EMSP")}, QStringLiteral("late.sqlite"));
        QVERIFY(otherEmsp);
        LocationService &locations = m_nodes.cpo().services().service<LocationService>();
        QVERIFY(locations.putOwn(station()).ok());
        QTRY_COMPARE_WITH_TIMEOUT(emspHolds(), QJsonValue(station()), 10000);
        QTRY_VERIFY(outboxOfCpo().isEmpty());
        QVERIFY_STATUS(registerWith(*otherEmsp, m_nodes.cpo())); // registered after the PUT went out: it never saw it

        const ObjectKey key = ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"), QStringLiteral("UTR-STATION-01"));
        QVERIFY(locations.setEvseStatus(key, QStringLiteral("UTR01-B"), QStringLiteral("AVAILABLE")).ok());
        const QJsonObject expected = ownStored(QStringLiteral("UTR-STATION-01"));
        QCOMPARE(valueAt(expected, "evses[1].status"), QJsonValue("AVAILABLE"));

        const QString otherToken = tokenTowards(m_nodes.cpo(), QStringLiteral("EMX"));
        const QString url = otherEmsp->publicBase() + QStringLiteral("/ocpi/emsp/2.2.1/locations") + kStationPath;
        QTRY_COMPARE_WITH_TIMEOUT(call("GET", url, otherToken).json().value(QStringLiteral("data")), QJsonValue(expected), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(emspHolds(), QJsonValue(expected), 10000);
    }
};

QTEST_GUILESS_MAIN(TestLocationsSender)
#include "moc_locationstests.cpp"
#include "tst_locationssender.moc"
