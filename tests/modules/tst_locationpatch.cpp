#include "ocpi/jsonedit.h"
#include "support/testsupport.h"

#include "modules/locations/locationpatch.h"

#include <QTest>

using namespace ocpi;
using namespace ocpi::test;

Q_DECLARE_METATYPE(ocpi::ErrorKind)

namespace {

QJsonObject station() { return fixture(QStringLiteral("locations/utrecht_station.json")).toObject(); }

QJsonObject set(const QJsonValue &base, const QString &path, const QString &json)
{
    return edited(base, path, json).toObject();
}

LocationPart partOf(const QString &path)
{
    const QStringList ids = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return {ids.value(0), ids.value(1)};
}

const QString kAt = QStringLiteral("\"2026-11-25T11:00:00Z\"");

} // namespace

// The merge rules on plain JSON (LOC-05..09, TF-10/13), without HTTP or storage: the cases the
// module tests do not reach from the wire, and the exact error paths.
class TestLocationPatch : public QObject
{
    Q_OBJECT

private slots:
    void patch_data()
    {
        QTest::addColumn<QString>("part");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QJsonObject>("expected");

        const QJsonObject base = station();
        // Nested twice: an existing EVSE's connectors are upserted as well; the connector takes
        // its EVSE entry's last_updated, which took the PATCH's.
        QJsonObject nested = set(base, "evses[0].connectors[0].max_amperage", "20");
        nested = set(set(nested, "evses[0].connectors[0].last_updated", kAt), "evses[0].last_updated", kAt);
        nested = set(set(nested, "evses[0].physical_reference", "\"A1\""), "last_updated", kAt);
        QTest::newRow("Location > EVSE > Connector upsert")
            << QString() << R"({"evses":[{"uid":"UTR01-A","physical_reference":"A1","connectors":[{"id":"1","max_amperage":20}]}],"last_updated":)" + kAt + "}"
            << nested;
        // An entry's own last_updated wins over the PATCH's.
        QJsonObject own = set(set(base, "evses[1].status", "\"BLOCKED\""), "evses[1].last_updated", "\"2026-11-25T10:00:00Z\"");
        QTest::newRow("EVSE entry with its own last_updated")
            << QString() << R"({"evses":[{"uid":"UTR01-B","status":"BLOCKED","last_updated":"2026-11-25T10:00:00Z"}],"last_updated":)" + kAt + "}"
            << set(own, "last_updated", kAt);
        QTest::newRow("evses null is left out") << QString() << R"({"evses":null,"last_updated":)" + kAt + "}"
                                                << set(base, "last_updated", kAt);
        QTest::newRow("evses [] changes none") << QString() << R"({"evses":[],"last_updated":)" + kAt + "}"
                                               << set(base, "last_updated", kAt);
        // LOC-11: ids never change; the stored spelling stays.
        QTest::newRow("ids given in other case") << QString()
                                                 << R"({"id":"utr-station-01","country_code":"nl","name":"N","last_updated":)" + kAt + "}"
                                                 << set(set(base, "name", "\"N\""), "last_updated", kAt);
        QJsonObject connector = set(base, "evses[1].connectors[0].standard", "\"IEC_62196_T1_COMBO\"");
        connector = set(set(set(connector, "evses[1].connectors[0].last_updated", kAt), "evses[1].last_updated", kAt), "last_updated", kAt);
        QTest::newRow("Connector, uid in other case") << "utr01-b/1" << R"({"id":"1","standard":"IEC_62196_T1_COMBO","last_updated":)" + kAt + "}"
                                                      << connector;
    }

    void patch()
    {
        QFETCH(QString, part);
        QFETCH(QString, body);
        QFETCH(QJsonObject, expected);
        const ObjectKey key = ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"), QStringLiteral("UTR-STATION-01"));
        auto checked = locationpatch::checkPatch(key, partOf(part), literal(body));
        QVERIFY2(checked.ok(), qPrintable(checked.error().message));
        QJsonObject location = station();
        const Status applied = locationpatch::apply(location, *checked);
        QVERIFY2(applied.ok(), qPrintable(applied.error().message));
        QCOMPARE(location, expected);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("part");
        QTest::addColumn<QString>("body");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("message");

        const QByteArray at = kAt.toUtf8();
        QTest::newRow("not an object") << QString() << "[1]" << ErrorKind::InvalidData << "expected object, got list";
        QTest::newRow("evses not a list") << QString() << R"({"evses":"A","last_updated":)" + kAt + "}" << ErrorKind::InvalidData
                                          << "evses: expected list, got string";
        QTest::newRow("an evses entry not an object") << QString() << R"({"evses":[{"uid":"UTR01-A"},7],"last_updated":)" + kAt + "}"
                                                      << ErrorKind::InvalidData << "evses[1]: expected object, got number";
        QTest::newRow("a bad field of an existing EVSE") << QString() << R"({"evses":[{"uid":"UTR01-A","status":"ON"}],"last_updated":)" + kAt + "}"
                                                         << ErrorKind::InvalidData << "evses[0].status: \"ON\" is not a valid Status";
        QTest::newRow("a bad field two levels down")
            << QString() << R"({"evses":[{"uid":"UTR01-B","connectors":[{"id":"1","max_voltage":"800"}]}],"last_updated":)" + kAt + "}"
            << ErrorKind::InvalidData << "evses[0].connectors[0].max_voltage: expected int, got string";
        QTest::newRow("a new Connector incomplete") << "UTR01-A" << R"({"connectors":[{"id":"7","standard":"CHADEMO"}],"last_updated":)" + kAt + "}"
                                                    << ErrorKind::InvalidData << "connectors[0].format: required field is missing";
        QTest::newRow("last_updated missing") << "UTR01-A/1" << R"({"max_amperage":20})" << ErrorKind::InvalidData
                                              << "last_updated: required in a PATCH";
        QTest::newRow("other party") << QString() << R"({"party_id":"XYZ","last_updated":)" + kAt + "}" << ErrorKind::InvalidData
                                     << "party_id: the body names 'XYZ' but the URL 'CPO' (TF-12)";
        QTest::newRow("unknown EVSE") << "UTR01-Q" << R"({"status":"BLOCKED","last_updated":)" + kAt + "}" << ErrorKind::NotFound
                                      << "evse_uid: no EVSE 'UTR01-Q' at this location";
        QTest::newRow("unknown Connector") << "UTR01-B/2" << R"({"max_amperage":20,"last_updated":)" + kAt + "}" << ErrorKind::NotFound
                                           << "connector_id: no connector '2' at EVSE 'UTR01-B'";
    }

    void refused()
    {
        QFETCH(QString, part);
        QFETCH(QString, body);
        QFETCH(ErrorKind, kind);
        QFETCH(QString, message);
        const ObjectKey key = ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"), QStringLiteral("UTR-STATION-01"));
        QJsonObject location = station();
        Error error;
        auto checked = locationpatch::checkPatch(key, partOf(part), literal(body));
        if (!checked) {
            error = checked.error();
        } else {
            const Status applied = locationpatch::apply(location, *checked);
            QVERIFY(!applied.ok());
            error = applied.error();
        }
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.message, message);
    }

    void putAndFind()
    {
        QJsonObject location = station();
        const QJsonObject chademo = fixture(QStringLiteral("locations/connector_chademo.json")).toObject();
        auto checked = locationpatch::checkPut({QStringLiteral("UTR01-A"), QStringLiteral("3")}, chademo);
        QVERIFY(checked.ok());
        auto created = locationpatch::put(location, {QStringLiteral("utr01-a"), QStringLiteral("3")}, *checked);
        QVERIFY(created.ok() && *created);
        created = locationpatch::put(location, {QStringLiteral("UTR01-A"), QStringLiteral("3")}, *checked);
        QVERIFY(created.ok() && !*created); // the second time it replaces
        QCOMPARE(*locationpatch::find(location, {QStringLiteral("UTR01-A"), QStringLiteral("3")}), chademo);
        QCOMPARE(valueAt(location, "evses[0].connectors").toArray().size(), 3);
        QCOMPARE(valueAt(location, "evses[0].last_updated"), chademo.value(QStringLiteral("last_updated")));
        QCOMPARE(location.value(QStringLiteral("last_updated")), chademo.value(QStringLiteral("last_updated")));
        QCOMPARE(locationpatch::put(location, {QStringLiteral("NONE"), QStringLiteral("3")}, chademo).error().kind,
                 ErrorKind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestLocationPatch)
#include "tst_locationpatch.moc"
