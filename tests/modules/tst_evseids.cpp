// EVSE ids (LOC-14: the eMI3 format): ours are held to it wherever they are made (import, the
// console, a PATCH of one EVSE); a partner's that deviate are stored as sent and the deviation is
// noted in the request log beside the exchange.

#include "support/objectjson.h"
#include "support/twonodes.h"

#include "core/datetime.h"
#include "modules/locations/evseids.h"
#include "modules/locations/locationservice.h"
#include "runtime/noderuntime.h"
#include "runtime/nodeservices.h"

#include <QJsonArray>
#include <QTest>

using namespace ocpi;
using namespace ocpi::test;

namespace {

// The Utrecht station (our CPO's party) with its second EVSE's evse_id set to `evseId`.
QJsonObject stationWithEvseId(const QString &evseId)
{
    QJsonObject location = withoutTariffIds(QJsonDocument::fromJson(readTestData(QStringLiteral("locations/utrecht_station.json"))).object());
    QJsonArray evses = location.value(QStringLiteral("evses")).toArray();
    QJsonObject evse = evses.at(1).toObject();
    evse.insert(QStringLiteral("evse_id"), evseId);
    evses.replace(1, evse);
    location.insert(QStringLiteral("evses"), evses);
    return location;
}

} // namespace

class TestEvseIds : public QObject
{
    Q_OBJECT

    TwoNodes m_nodes;

    LocationService &cpoLocations() { return m_nodes.cpo().services().service<LocationService>(); }

private slots:
    void init()
    {
        TwoNodes::Options options;
        options.cpoPushes = false;
        QVERIFY_STATUS(m_nodes.start(options));
    }
    void cleanup() { m_nodes.stop(); }

    void format_data()
    {
        QTest::addColumn<QString>("evseId");
        QTest::addColumn<bool>("valid");
        QTest::newRow("with separators") << "NL*TNM*E00001" << true;
        QTest::newRow("without separators") << "NLTNME00001" << true;
        QTest::newRow("separators inside the outlet id") << "DE*EXC*E0042*1" << true;
        QTest::newRow("lower case (CiString)") << "be*bec*e041503001" << true;
        QTest::newRow("one separator only") << "NL*TNME00001" << false;
        QTest::newRow("no E before the outlet") << "NL*TNM*00001" << false;
        QTest::newRow("old DIN format") << "+49*810*000*438" << false;
        QTest::newRow("operator id too short") << "NL*TN*E00001" << false;
        QTest::newRow("a free text") << "Charger 3" << false;
        QTest::newRow("empty outlet id") << "NL*TNM*E" << false;
    }
    void format()
    {
        QFETCH(QString, evseId);
        QFETCH(bool, valid);
        QCOMPARE(evseids::isEmi3(evseId), valid);
    }

    void oursAreRefusedNamingTheField()
    {
        const Result<bool> put = cpoLocations().putOwn(stationWithEvseId(QStringLiteral("Charger 3")));
        QVERIFY(!put.ok());
        QCOMPARE(put.error().kind, ErrorKind::InvalidData);
        QVERIFY2(put.error().message.contains(QStringLiteral("evses[1].evse_id: 'Charger 3'")), qPrintable(put.error().message));
        QCOMPARE(ownJson(cpoLocations()).size(), 0);

        // Import reports the object and the field.
        int unchanged = 0;
        auto batch = cpoLocations().putOwnBatch(QJsonArray{stationWithEvseId(QStringLiteral("NL*CPO*E0101*B")),
                                                           stationWithEvseId(QStringLiteral("NL-CPO-0101-B"))},
                                                &unchanged);
        QVERIFY(!batch.ok());
        QVERIFY2(batch.error().message.contains(QStringLiteral("evses[1].evse_id: 'NL-CPO-0101-B'")), qPrintable(batch.error().message));

        // A PATCH of one EVSE of ours is held to it too.
        QVERIFY_STATUS(cpoLocations().putOwn(stationWithEvseId(QStringLiteral("NL*CPO*E0101*B"))));
        const ObjectKey key = ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"), QStringLiteral("UTR-STATION-01"));
        const Status patched = cpoLocations().patchOwn(key, LocationPart{QStringLiteral("UTR01-B"), QString()},
                                                       QJsonObject{{QStringLiteral("evse_id"), QStringLiteral("B")},
                                                                   {QStringLiteral("last_updated"), formatDateTime(m_nodes.clock().now())}});
        QVERIFY(!patched.ok());
        QVERIFY2(patched.error().message.contains(QStringLiteral("evse_id: 'B'")), qPrintable(patched.error().message));
    }

    void partnersAreStoredWithAWarning()
    {
        QJsonObject location = stationWithEvseId(QStringLiteral("Charger 3"));
        const HttpResult put = m_nodes.asCpo("PUT", m_nodes.emspUrl(QStringLiteral("locations"), QStringLiteral("/NL/CPO/UTR-STATION-01")),
                                             compact(location));
        QCOMPARE(put.ocpiStatus(), 1000);
        const QJsonArray stored = partnersJson(m_nodes.emsp().services().service<LocationService>(), m_nodes.cpoAtEmsp().id);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.at(0).toObject().value(QStringLiteral("evses")).toArray().at(1).toObject().value(QStringLiteral("evse_id")).toString(),
                 QStringLiteral("Charger 3"));
        const auto warned = [this] {
            for (const TrafficRecord &record : m_nodes.pushesReceived(TwoNodes::Emsp, QStringLiteral("locations"))) {
                if (record.method == QLatin1String("PUT"))
                    return record.warnings;
            }
            return QString();
        };
        QTRY_COMPARE(warned(), QStringLiteral("evses[1].evse_id: 'Charger 3' is not an eMI3 EVSE ID (LOC-14); stored as sent"));

        // A PATCH of that EVSE alike; a conforming one leaves no warning.
        const QString evseUrl = m_nodes.emspUrl(QStringLiteral("locations"), QStringLiteral("/NL/CPO/UTR-STATION-01/UTR01-B"));
        QCOMPARE(m_nodes.asCpo("PATCH", evseUrl,
                               compact(QJsonObject{{QStringLiteral("evse_id"), QStringLiteral("NL*CPO*E0101*B")},
                                                   {QStringLiteral("last_updated"), formatDateTime(m_nodes.clock().now())}}))
                     .ocpiStatus(),
                 1000);
        const auto patchWarnings = [this] {
            QStringList warnings;
            for (const TrafficRecord &record : m_nodes.pushesReceived(TwoNodes::Emsp, QStringLiteral("locations"))) {
                if (record.method == QLatin1String("PATCH"))
                    warnings << record.warnings;
            }
            return warnings;
        };
        QTRY_COMPARE(patchWarnings(), QStringList{QString()});
    }
};

QTEST_GUILESS_MAIN(TestEvseIds)
#include "tst_evseids.moc"
