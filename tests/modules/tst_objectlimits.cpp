#include "locationstests.h"

// Hardening issue items 3 and 7 at the Receiver interfaces: a write that would take a Location past
// the eMSP's limits (ObjectLimits, set through NodeConfig), or that carries what the validator now
// refuses, is answered 2001 naming the field and changes nothing that is stored (LOC-04/05/08,
// TF-10, ST-06).
class TestObjectLimits : public LocationsTests
{
    Q_OBJECT

    // The eMSP again on its database with other limits (the CPO's token stays valid).
    void restartEmsp(const ObjectLimits &limits)
    {
        m_nodes.options().emspConfig = [limits](NodeConfig &config) { config.objectLimits = limits; };
        QVERIFY_STATUS(m_nodes.restartNode(TwoNodes::Emsp));
    }

    static QJsonObject evseC() { return fixture(QStringLiteral("locations/utrecht_evse_c.json")).toObject(); }

    // The station with EVSE C put into it, as the eMSP would store it (LOC-05).
    static QJsonObject stationWithC()
    {
        const QJsonObject withC = set(station(), "evses", QString::fromUtf8(compact(station().value(QStringLiteral("evses")).toArray() + evseC())));
        return set(withC, "last_updated", "\"2026-11-24T10:00:00Z\"");
    }

    static ObjectLimits limited(const QString &which, qint64 value)
    {
        ObjectLimits limits;
        if (which == QLatin1String("evses"))
            limits.maxEvses = int(value);
        else if (which == QLatin1String("connectors"))
            limits.maxConnectors = int(value);
        else if (which == QLatin1String("images"))
            limits.maxImages = int(value);
        else if (which == QLatin1String("list items"))
            limits.maxListItems = int(value);
        else if (which == QLatin1String("bytes"))
            limits.maxObjectBytes = value;
        return limits;
    }

private slots:
    void refusedWrites_data()
    {
        QTest::addColumn<QString>("limit"); // which ObjectLimits member, "default": none changed
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("message");
        const QString p = kStationPath;
        const QByteArray lu = "\"last_updated\":\"2026-11-25T11:59:00Z\"";
        const QByteArray chademo = compact(fixture(QStringLiteral("locations/connector_chademo.json")));
        const QByteArray image = "{\"url\":\"https://img.example.com/a.jpg\",\"category\":\"LOCATION\",\"type\":\"jpeg\"}";
        auto row = [](const char *tag, const char *limit, qint64 value, const char *method, const QString &path,
                      const QByteArray &payload, const QString &message) {
            QTest::newRow(tag) << QString::fromLatin1(limit) << value << QByteArray(method) << path << payload << message;
        };
        // Item 3: the station has 2 EVSEs, EVSE UTR01-A 2 connectors, 2 facilities.
        row("EVSE PUT past the EVSE limit", "evses", 2, "PUT", p + "/UTR01-C", compact(evseC()),
            QStringLiteral("evses: 3 items, at most 2 allowed"));
        const qint64 grownSize = compact(stationWithC()).size();
        row("EVSE PUT past the byte limit", "bytes", grownSize - 1, "PUT", p + "/UTR01-C", compact(evseC()),
            QStringLiteral("Location: %1 bytes of canonical JSON, at most %2 allowed").arg(grownSize).arg(grownSize - 1));
        row("EVSE PUT bigger than the byte limit itself", "bytes", 300, "PUT", p + "/UTR01-C", compact(evseC()),
            QStringLiteral("EVSE: 372 bytes of canonical JSON, at most 300 allowed"));
        row("Connector PUT past the connector limit", "connectors", 2, "PUT", p + "/UTR01-A/3", chademo,
            QStringLiteral("evses[0].connectors: 3 items, at most 2 allowed"));
        row("Location PATCH adding an EVSE past the limit (LOC-08)", "evses", 2, "PATCH", p,
            "{\"evses\":[" + compact(evseC()) + "]," + lu + "}", QStringLiteral("evses: 3 items, at most 2 allowed"));
        row("Location PATCH with more EVSEs than the limit", "evses", 1, "PATCH", p,
            "{\"evses\":[{\"uid\":\"UTR01-A\",\"status\":\"BLOCKED\"},{\"uid\":\"UTR01-B\",\"status\":\"BLOCKED\"}]," + lu + "}",
            QStringLiteral("evses: 2 items, at most 1 allowed"));
        row("EVSE PATCH adding a connector past the limit", "connectors", 2, "PATCH", p + "/UTR01-A",
            "{\"connectors\":[" + chademo + "]," + lu + "}", QStringLiteral("evses[0].connectors: 3 items, at most 2 allowed"));
        row("Location PATCH with too many images", "images", 1, "PATCH", p, "{\"images\":[" + image + "," + image + "]," + lu + "}",
            QStringLiteral("images: 2 items, at most 1 allowed"));
        row("Location PUT with a list past the list limit", "list items", 1, "PUT", p, compact(station()),
            QStringLiteral("facilities: 2 items, at most 1 allowed"));
        // Item 7 (default limits; the nodes' clock is fixedNow(), 2026-11-25T12:00:00Z).
        row("Location PUT with a lone surrogate", "default", 0, "PUT", p, compact(set(station(), "name", "\"P+R \\ud800\"")),
            QStringLiteral("name: unpaired UTF-16 surrogate U+D800 at index 4"));
        row("EVSE PUT with last_updated a year ahead", "default", 0, "PUT", p + "/UTR01-C",
            compact(set(evseC(), "last_updated", "\"2027-11-25T12:00:00Z\"")),
            QStringLiteral("last_updated: \"2027-11-25T12:00:00Z\" is more than 300 seconds ahead of this node's clock"));
        row("EVSE PATCH with last_updated ahead", "default", 0, "PATCH", p + "/UTR01-A",
            "{\"status\":\"CHARGING\",\"last_updated\":\"2026-11-25T12:06:00Z\"}",
            QStringLiteral("last_updated: \"2026-11-25T12:06:00Z\" is more than 300 seconds ahead of this node's clock"));
        row("Connector PUT with max_voltage -1", "default", 0, "PUT", p + "/UTR01-A/3",
            compact(set(fixture(QStringLiteral("locations/connector_chademo.json")), "max_voltage", "-1")),
            QStringLiteral("max_voltage: -1 is negative; must be 0 or more"));
        row("Location PATCH time_zone unknown", "default", 0, "PATCH", p, "{\"time_zone\":\"Not/AZone\"," + lu + "}",
            QStringLiteral("time_zone: \"Not/AZone\" is not a time zone of the IANA tz database"));
        row("Location PATCH image URL javascript", "default", 0, "PATCH", p,
            "{\"images\":[{\"url\":\"javascript:alert(1)\",\"category\":\"LOCATION\",\"type\":\"jpeg\"}]," + lu + "}",
            QStringLiteral("images[0].url: \"javascript:alert(1)\" is not an http or https URL with a host"));
    }

    void refusedWrites()
    {
        QFETCH(QString, limit);
        QFETCH(qint64, value);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, payload);
        QFETCH(QString, message);
        seedStation(); // under the default limits
        restartEmsp(limited(limit, value));

        const HttpResult answer = call(method, receiver(path), m_asCpo, payload);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.ocpiStatus(), 2001);
        QCOMPARE(answer.json().value(QStringLiteral("status_message")).toString(), message);
        QCOMPARE(emspHolds(), QJsonValue(station())); // bad input changes nothing
    }

    // Up to the limit writes go through; one more is refused; replacing what is there still works.
    void evseLimitReachedNotExceeded()
    {
        seedStation();
        restartEmsp(limited(QStringLiteral("evses"), 3));
        QCOMPARE(call("PUT", receiver(kStationPath + "/UTR01-C"), m_asCpo, compact(evseC())).status, 201);
        QCOMPARE(emspHolds(), QJsonValue(stationWithC()));
        const HttpResult fourth = call("PUT", receiver(kStationPath + "/UTR01-D"), m_asCpo,
                                       compact(set(evseC(), "uid", "\"UTR01-D\"")));
        QCOMPARE(fourth.ocpiStatus(), 2001);
        QCOMPARE(emspHolds(), QJsonValue(stationWithC()));
        const QJsonObject blocked = set(evseC(), "status", "\"BLOCKED\"");
        const HttpResult replaced = call("PUT", receiver(kStationPath + "/UTR01-C"), m_asCpo, compact(blocked));
        QCOMPARE(replaced.status, 200);
        QCOMPARE(replaced.ocpiStatus(), 1000);
        QCOMPARE(valueAt(emspHolds(), "evses[2]"), QJsonValue(blocked));
    }

    // The other Receiver interfaces (ObjectService): a tariff at the eMSP, a token at the CPO.
    void otherModulesRefuseToo_data()
    {
        QTest::addColumn<bool>("atCpo");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("object");
        QTest::addColumn<QString>("message");
        QJsonObject tariff = fixture(QStringLiteral("tariffs/tariff_free.json")).toObject();
        tariff = set(set(tariff, "country_code", "\"NL\""), "party_id", "\"CPO\"");
        QTest::newRow("tariff with a negative price (TAR-05)")
            << false << "/ocpi/emsp/2.2.1/tariffs/NL/CPO/FREE" << set(tariff, "elements[0].price_components[0].price", "-1")
            << "elements[0].price_components[0].price: -1 is negative; must be 0 or more";
        QTest::newRow("tariff with a javascript alt URL")
            << false << "/ocpi/emsp/2.2.1/tariffs/NL/CPO/FREE" << set(tariff, "tariff_alt_url", "\"javascript:alert(1)\"")
            << "tariff_alt_url: \"javascript:alert(1)\" is not an http or https URL with a host";
        const QJsonObject token = fixture(QStringLiteral("locations/emsp_token_rfid.json")).toObject();
        QTest::newRow("token with last_updated ahead (TOK-12)")
            << true << "/ocpi/cpo/2.2.1/tokens/DE/EMS/0A1B2C3D4E5F60?type=RFID" << set(token, "last_updated", "\"2030-01-01T00:00:00Z\"")
            << "last_updated: \"2030-01-01T00:00:00Z\" is more than 300 seconds ahead of this node's clock";
        QTest::newRow("token with a lone surrogate")
            << true << "/ocpi/cpo/2.2.1/tokens/DE/EMS/0A1B2C3D4E5F60?type=RFID" << set(token, "issuer", "\"\\udc00\"")
            << "issuer: unpaired UTF-16 surrogate U+DC00 at index 0";
    }

    void otherModulesRefuseToo()
    {
        QFETCH(bool, atCpo);
        QFETCH(QString, path);
        QFETCH(QJsonObject, object);
        QFETCH(QString, message);
        const QString url = m_nodes.node(atCpo ? TwoNodes::Cpo : TwoNodes::Emsp).publicBase() + path;
        const QString token = atCpo ? m_asEmsp : m_asCpo;
        const HttpResult answer = call("PUT", url, token, compact(object));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.ocpiStatus(), 2001);
        QCOMPARE(answer.json().value(QStringLiteral("status_message")).toString(), message);
        QCOMPARE(call("GET", url, token).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestObjectLimits)
#include "moc_locationstests.cpp"
#include "tst_objectlimits.moc"
