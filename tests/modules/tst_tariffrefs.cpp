// Tariff references between our own locations and our own tariffs (LOC-15, LOC-22, TAR-03): a
// connector of ours may only name a tariff of ours, and a tariff of ours cannot be withdrawn while
// a connector of ours names it. Partners' locations on our Receiver interface are not checked.

#include "support/objectjson.h"
#include "support/twonodes.h"

#include "modules/locations/locationservice.h"
#include "modules/tariffs/tariffservice.h"
#include "runtime/noderuntime.h"
#include "runtime/nodeservices.h"

#include <QJsonArray>
#include <QTest>

using namespace ocpi;
using namespace ocpi::test;

Q_DECLARE_METATYPE(ocpi::ErrorKind)

namespace {

const QString kStationId = QStringLiteral("UTR-STATION-01");

QJsonObject station()
{
    return QJsonDocument::fromJson(readTestData(QStringLiteral("locations/utrecht_station.json"))).object();
}

QJsonArray stationTariffs()
{
    return QJsonDocument::fromJson(readTestData(QStringLiteral("tariffs/utrecht_tariffs.json"))).array();
}

// The station with connector 1 of EVSE UTR01-B naming `tariffIds`.
QJsonObject stationNaming(const QJsonArray &tariffIds)
{
    QJsonObject location = station();
    QJsonArray evses = location.value(QStringLiteral("evses")).toArray();
    QJsonObject evse = evses.at(1).toObject();
    QJsonArray connectors = evse.value(QStringLiteral("connectors")).toArray();
    QJsonObject connector = connectors.at(0).toObject();
    connector.insert(QStringLiteral("tariff_ids"), tariffIds);
    connectors.replace(0, connector);
    evse.insert(QStringLiteral("connectors"), connectors);
    evses.replace(1, evse);
    location.insert(QStringLiteral("evses"), evses);
    return location;
}

ObjectKey stationKey()
{
    return ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"), kStationId);
}

} // namespace

class TestTariffRefs : public QObject
{
    Q_OBJECT

    TwoNodes m_nodes;

    LocationService &cpoLocations() { return m_nodes.cpo().services().service<LocationService>(); }
    TariffService &cpoTariffs() { return m_nodes.cpo().services().service<TariffService>(); }

    void storeStationTariffs() { QVERIFY_STATUS(cpoTariffs().putOwnBatch(stationTariffs())); }

    static void verifyRefused(const Status &status, const QStringList &naming)
    {
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, ErrorKind::InvalidData); // 2001
        for (const QString &part : naming)
            QVERIFY2(status.error().message.contains(part), qPrintable(status.error().message));
    }

private slots:
    void init()
    {
        TwoNodes::Options options;
        options.cpoPushes = false;
        QVERIFY_STATUS(m_nodes.start(options));
    }
    void cleanup() { m_nodes.stop(); }

    // ---- our own locations name our own tariffs (LOC-22) ----

    void ownLocationNamesUnknownTariff_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("putOwn") << QStringLiteral("putOwn");
        QTest::newRow("import (putOwnBatch)") << QStringLiteral("batch");
        QTest::newRow("patchOwn of the Connector") << QStringLiteral("patchConnector");
        QTest::newRow("patchOwn of the Location with evses") << QStringLiteral("patchLocation");
        QTest::newRow("putOwnPart of the Connector") << QStringLiteral("putConnector");
    }

    void ownLocationNamesUnknownTariff()
    {
        QFETCH(QString, how);
        storeStationTariffs();
        const bool changesStored = how.startsWith(QLatin1String("patch")) || how == QLatin1String("putConnector");
        if (changesStored)
            QVERIFY_STATUS(cpoLocations().putOwn(station()));
        const QJsonArray before = ownJson(cpoLocations());

        const QJsonObject naming = stationNaming({QStringLiteral("DC-175"), QStringLiteral("NO-SUCH-TARIFF")});
        const QJsonObject connector = naming.value(QStringLiteral("evses")).toArray().at(1).toObject()
                                          .value(QStringLiteral("connectors")).toArray().at(0).toObject();
        const LocationPart connectorPart{QStringLiteral("UTR01-B"), QStringLiteral("1")};
        Status result = Status::success();
        if (how == QLatin1String("putOwn")) {
            auto put = cpoLocations().putOwn(naming);
            result = put ? Status::success() : Status(put.error());
        } else if (how == QLatin1String("batch")) {
            auto put = cpoLocations().putOwnBatch({naming});
            result = put ? Status::success() : Status(put.error());
        } else if (how == QLatin1String("patchConnector")) {
            result = cpoLocations().patchOwn(stationKey(), connectorPart,
                                             QJsonObject{{QStringLiteral("tariff_ids"), QJsonArray{QStringLiteral("NO-SUCH-TARIFF")}}});
        } else if (how == QLatin1String("patchLocation")) {
            result = cpoLocations().patchOwn(stationKey(), LocationPart{},
                                             QJsonObject{{QStringLiteral("evses"), naming.value(QStringLiteral("evses"))}});
        } else {
            auto put = cpoLocations().putOwnPart(stationKey(), connectorPart, connector);
            result = put ? Status::success() : Status(put.error());
        }
        verifyRefused(result, {QStringLiteral("tariff_ids"), QStringLiteral("NO-SUCH-TARIFF"), QStringLiteral("UTR01-B")});
        QCOMPARE(ownJson(cpoLocations()), before); // nothing stored
    }

    void ownLocationNamingOurTariffsIsStored()
    {
        // Before the tariffs: refused; after: stored, ids matched as CiStrings (GEN-03).
        auto early = cpoLocations().putOwn(station());
        QVERIFY(!early);
        verifyRefused(Status(early.error()), {QStringLiteral("AC-11")});
        storeStationTariffs();
        QVERIFY_STATUS(cpoLocations().putOwn(station()));
        QVERIFY_STATUS(cpoLocations().patchOwn(stationKey(), LocationPart{QStringLiteral("UTR01-B"), QStringLiteral("1")},
                                               QJsonObject{{QStringLiteral("tariff_ids"), QJsonArray{QStringLiteral("ac-11")}}}));
        QVERIFY_STATUS(cpoLocations().setEvseStatus(stationKey(), QStringLiteral("UTR01-A"), QStringLiteral("CHARGING")));
    }

    // A tariff of another party (even one this node hosts) is not one the Location's party may name.
    void tariffOfAnotherPartyDoesNotCount()
    {
        QVERIFY_STATUS(cpoTariffs().putOwn(tariff(QStringLiteral("AC-11"), QStringLiteral("2026-11-20T08:00:00Z"))));
        auto put = cpoLocations().putOwn(station()); // DC-175 is missing
        QVERIFY(!put);
        verifyRefused(Status(put.error()), {QStringLiteral("DC-175"), QStringLiteral("NL-CPO")});
    }

    // ---- our tariffs are not withdrawn while named (TAR-03) ----

    void removingANamedTariffIsRefused()
    {
        storeStationTariffs();
        QVERIFY_STATUS(cpoLocations().putOwn(station()));
        const ObjectKey dc = ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"), QStringLiteral("DC-175"));
        verifyRefused(cpoTariffs().removeOwn(dc), {QStringLiteral("DC-175"), QStringLiteral("location UTR-STATION-01"),
                                                   QStringLiteral("EVSE UTR01-B"), QStringLiteral("connector 1"),
                                                   QStringLiteral("TAR-03")});
        QVERIFY(cpoTariffs().findOwn(dc)->has_value());

        // Once no connector names it, it goes (and its DELETE is queued for the eMSP).
        QVERIFY_STATUS(cpoLocations().patchOwn(stationKey(), LocationPart{QStringLiteral("UTR01-B"), QStringLiteral("1")},
                                               QJsonObject{{QStringLiteral("tariff_ids"), QJsonArray{QStringLiteral("AC-11")}}}));
        QVERIFY_STATUS(cpoTariffs().removeOwn(dc));
        QVERIFY(!cpoTariffs().findOwn(dc)->has_value());
    }

    // ---- partners' locations are stored whatever they name (see locationtariffs.cpp) ----

    void partnersLocationNamingUnknownTariffIsAccepted()
    {
        const QJsonObject naming = stationNaming({QStringLiteral("NOT-PUSHED-YET")});
        const HttpResult put = m_nodes.asCpo("PUT", m_nodes.emspUrl(QStringLiteral("locations"), QStringLiteral("/NL/CPO/") + kStationId),
                                             compact(naming));
        QCOMPARE(put.status, 201);
        QCOMPARE(put.ocpiStatus(), 1000);
        QCOMPARE(partnersJson(m_nodes.emsp().services().service<LocationService>(), m_nodes.cpoAtEmsp().id),
                 QJsonArray{naming});
    }
};

QTEST_GUILESS_MAIN(TestTariffRefs)
#include "tst_tariffrefs.moc"
