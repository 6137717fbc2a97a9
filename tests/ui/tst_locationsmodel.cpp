#include "locationsmodel.h"
#include "objectfilterproxy.h"
#include "objectrow.h"

#include "core/clock.h"
#include "modules/locations/locationservice.h"
#include "modules/tariffs/tariffservice.h"
#include "runtime/nodeservices.h"
#include "support/objectjson.h"
#include "support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ocpi;

namespace {

constexpr qint64 kPartnerId = 5;

QJsonObject fixture(const QString &name)
{
    return QJsonDocument::fromJson(test::readTestData(QStringLiteral("locations/") + name)).object();
}

// A fixture as one of the node's own parties would own it.
QJsonObject ownedBy(QJsonObject object, const QString &countryCode, const QString &partyId)
{
    object.insert(QStringLiteral("country_code"), countryCode);
    object.insert(QStringLiteral("party_id"), partyId);
    return object;
}

QModelIndex childById(const QAbstractItemModel &model, const QModelIndex &parent, const QString &id)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, LocationsModel::IdColumn, parent);
        if (index.data().toString() == id)
            return index;
    }
    return QModelIndex();
}

} // namespace

// LocationsModel over real StoredObjects: our fixtures stored through LocationService::putOwn and a
// partner's through its Receiver PUT, read back with stored() as the console's node thread does.
class TstLocationsModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void treeFollowsLocationEvseConnector();
    void columns_data();
    void columns();
    void statusSummaryCountsEvses_data();
    void statusSummaryCountsEvses();
    void ownerFilterKeepsWholeLocations_data();
    void ownerFilterKeepsWholeLocations();
    void refreshMergesInPlace();
    void reorderedListingMovesRows();

private:
    QList<ObjectRow> rows();
    QModelIndex location(const QString &id) const { return childById(*m_model, QModelIndex(), id); }

    QTemporaryDir m_dir;
    FixedClock m_clock{test::fixedNow()};
    std::unique_ptr<NodeServices> m_services;
    std::unique_ptr<LocationsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TstLocationsModel::initTestCase()
{
    m_services = std::make_unique<NodeServices>(
        test::nodeConfig(m_dir, {QStringLiteral("NL-CPO:CPO"), QStringLiteral("NL-CPO:EMSP")}), m_clock);
    QVERIFY(m_services->open().ok());
    LocationService &locations = m_services->service<LocationService>();
    for (const QString &name : {QStringLiteral("location_2x2.json"), QStringLiteral("location_full.json")}) {
        // Our locations name our own tariffs (LOC-22): those first.
        const QJsonObject ours = ownedBy(fixture(name), QStringLiteral("NL"), QStringLiteral("CPO"));
        const auto tariffs = m_services->service<TariffService>().putOwnBatch(test::tariffsNamedBy(ours));
        QVERIFY2(tariffs.ok(), qPrintable(tariffs.error().message));
        const auto put = locations.putOwn(ours);
        QVERIFY2(put.ok(), qPrintable(put.error().message));
    }
    Caller partner;
    partner.partnerId = kPartnerId;
    partner.roles = {*PartyRole::parse(QStringLiteral("NL-EXC:CPO"))};
    const auto received = locations.receivePut(partner, ObjectKey::of(QStringLiteral("NL"), QStringLiteral("EXC"),
                                                                      QStringLiteral("AMS-0001")),
                                               LocationPart{}, fixture(QStringLiteral("location_messy.json")));
    QVERIFY2(received.ok(), qPrintable(received.error().message));
}

void TstLocationsModel::cleanupTestCase()
{
    m_tester.reset();
    m_model.reset();
    m_services.reset();
}

void TstLocationsModel::init()
{
    m_tester.reset();
    m_model = std::make_unique<LocationsModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setLocations(rows());
}

QList<ObjectRow> TstLocationsModel::rows()
{
    ObjectListing listing;
    auto stored = m_services->service<LocationService>().stored(ObjectFilter{});
    if (!stored)
        qFatal("stored(): %s", qPrintable(stored.error().message));
    listing.objects = *stored;
    listing.partnerNames.insert(kPartnerId, QStringLiteral("Example Charging"));
    return ObjectRow::fromListing(listing);
}

void TstLocationsModel::treeFollowsLocationEvseConnector()
{
    QCOMPARE(m_model->rowCount(), 3);
    const QModelIndex berlin = location(QStringLiteral("BER-ALX-0042"));
    QVERIFY(berlin.isValid());
    QVERIFY(!berlin.parent().isValid());
    QCOMPARE(berlin.data(LocationsModel::KindRole).toInt(), int(LocationsModel::LocationKind));
    QCOMPARE(m_model->rowCount(berlin), 2);

    const QModelIndex dc = childById(*m_model, berlin, QStringLiteral("BER42-DC-2"));
    QVERIFY(dc.isValid());
    QCOMPARE(dc.parent(), berlin.siblingAtColumn(0));
    QCOMPARE(dc.data(LocationsModel::KindRole).toInt(), int(LocationsModel::EvseKind));
    QCOMPARE(dc.data(LocationsModel::EvseUidRole).toString(), QStringLiteral("BER42-DC-2"));
    QCOMPARE(m_model->rowCount(dc), 2);

    const QModelIndex chademo = childById(*m_model, dc, QStringLiteral("2"));
    QVERIFY(chademo.isValid());
    QCOMPARE(chademo.parent(), dc.siblingAtColumn(0));
    QCOMPARE(chademo.parent().parent(), berlin.siblingAtColumn(0));
    QCOMPARE(chademo.data(LocationsModel::KindRole).toInt(), int(LocationsModel::ConnectorKind));
    QCOMPARE(chademo.data(LocationsModel::EvseUidRole).toString(), QStringLiteral("BER42-DC-2"));
    QCOMPARE(m_model->rowCount(chademo), 0);
    // The details pane shows the item's own JSON; every item knows its Location.
    QCOMPARE(chademo.data(ObjectJsonRole).toJsonObject().value(QStringLiteral("standard")).toString(),
             QStringLiteral("CHADEMO"));
    QCOMPARE(m_model->location(chademo)->json.value(QStringLiteral("id")).toString(), QStringLiteral("BER-ALX-0042"));
    QCOMPARE(chademo.data(ObjectIdentityRole), berlin.data(ObjectIdentityRole));

    // EVSEs and connectors keep the order the Location lists them in.
    const QModelIndex utrecht = location(QStringLiteral("UTR-STN-0007"));
    QCOMPARE(m_model->index(0, 0, utrecht).data().toString(), QStringLiteral("UTR7-1"));
    QCOMPARE(m_model->index(1, 0, utrecht).data().toString(), QStringLiteral("UTR7-2"));
}

void TstLocationsModel::columns_data()
{
    QTest::addColumn<QString>("locationId");
    QTest::addColumn<QString>("evseUid"); // empty: the Location's row
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");

    const QString berlin = QStringLiteral("BER-ALX-0042");
    const QString amsterdam = QStringLiteral("AMS-0001");
    QTest::newRow("evse status available") << berlin << QStringLiteral("BER42-AC-1") << int(LocationsModel::StatusColumn)
                                           << QStringLiteral("AVAILABLE");
    QTest::newRow("evse status charging") << berlin << QStringLiteral("BER42-DC-2") << int(LocationsModel::StatusColumn)
                                          << QStringLiteral("CHARGING");
    QTest::newRow("evse status removed") << QStringLiteral("UTR-STN-0007") << QStringLiteral("UTR7-2")
                                         << int(LocationsModel::StatusColumn) << QStringLiteral("REMOVED");
    QTest::newRow("evse name is its evse_id") << berlin << QStringLiteral("BER42-DC-2") << int(LocationsModel::NameColumn)
                                              << QStringLiteral("DE*EXC*E0042*2");
    QTest::newRow("location name") << berlin << QString() << int(LocationsModel::NameColumn)
                                   << QStringLiteral("Parkhaus Alexanderplatz");
    QTest::newRow("our owner") << berlin << QString() << int(LocationsModel::OwnerColumn) << QStringLiteral("NL-CPO");
    QTest::newRow("our source") << berlin << QString() << int(LocationsModel::SourceColumn) << QStringLiteral("ours");
    QTest::newRow("partner owner") << amsterdam << QString() << int(LocationsModel::OwnerColumn) << QStringLiteral("NL-EXC");
    QTest::newRow("partner source is its name") << amsterdam << QString() << int(LocationsModel::SourceColumn)
                                                << QStringLiteral("Example Charging");
    QTest::newRow("evse has no owner of its own") << berlin << QStringLiteral("BER42-AC-1")
                                                  << int(LocationsModel::OwnerColumn) << QString();
}

void TstLocationsModel::columns()
{
    QFETCH(QString, locationId);
    QFETCH(QString, evseUid);
    QFETCH(int, column);
    QFETCH(QString, expected);
    QModelIndex index = location(locationId);
    QVERIFY(index.isValid());
    if (!evseUid.isEmpty())
        index = childById(*m_model, index, evseUid);
    QVERIFY(index.isValid());
    QCOMPARE(index.siblingAtColumn(column).data().toString(), expected);
}

void TstLocationsModel::statusSummaryCountsEvses_data()
{
    QTest::addColumn<QString>("locationId");
    QTest::addColumn<QString>("summary");
    QTest::newRow("one of each") << QStringLiteral("BER-ALX-0042") << QStringLiteral("1 AVAILABLE, 1 CHARGING");
    QTest::newRow("removed counted too") << QStringLiteral("UTR-STN-0007") << QStringLiteral("1 REMOVED, 1 RESERVED");
    QTest::newRow("partner location") << QStringLiteral("AMS-0001") << QStringLiteral("1 AVAILABLE");
}

void TstLocationsModel::statusSummaryCountsEvses()
{
    QFETCH(QString, locationId);
    QFETCH(QString, summary);
    QCOMPARE(location(locationId).siblingAtColumn(LocationsModel::StatusColumn).data().toString(), summary);
}

void TstLocationsModel::ownerFilterKeepsWholeLocations_data()
{
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("locations");
    QTest::newRow("all owners") << QString() << QString()
                                << QStringList{QStringLiteral("AMS-0001"), QStringLiteral("BER-ALX-0042"),
                                               QStringLiteral("UTR-STN-0007")};
    QTest::newRow("ours") << QStringLiteral("NL-CPO") << QString()
                          << QStringList{QStringLiteral("BER-ALX-0042"), QStringLiteral("UTR-STN-0007")};
    QTest::newRow("partner") << QStringLiteral("NL-EXC") << QString() << QStringList{QStringLiteral("AMS-0001")};
    QTest::newRow("unknown owner") << QStringLiteral("DE-XXX") << QString() << QStringList{};
    QTest::newRow("search by name") << QString() << QStringLiteral("alexander") << QStringList{QStringLiteral("BER-ALX-0042")};
    QTest::newRow("search by evse uid") << QString() << QStringLiteral("utr7-2") << QStringList{QStringLiteral("UTR-STN-0007")};
    QTest::newRow("owner and search") << QStringLiteral("NL-EXC") << QStringLiteral("alexander") << QStringList{};
}

void TstLocationsModel::ownerFilterKeepsWholeLocations()
{
    QFETCH(QString, owner);
    QFETCH(QString, search);
    QFETCH(QStringList, locations);
    ObjectFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(m_model.get());
    proxy.sort(LocationsModel::IdColumn);
    proxy.setOwner(owner);
    proxy.setSearchText(search);
    QStringList shown;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QModelIndex index = proxy.index(row, 0);
        shown << index.data().toString();
        // A Location comes with all its EVSEs and their connectors.
        const ObjectRow *object = m_model->location(proxy.mapToSource(index));
        QCOMPARE(proxy.rowCount(index), object->json.value(QStringLiteral("evses")).toArray().size());
        QCOMPARE(proxy.rowCount(proxy.index(0, 0, index)),
                 object->json.value(QStringLiteral("evses")).toArray().first().toObject().value(QStringLiteral("connectors")).toArray().size());
    }
    QCOMPARE(shown, locations);
}

void TstLocationsModel::refreshMergesInPlace()
{
    const QModelIndex berlin = location(QStringLiteral("BER-ALX-0042"));
    const QPersistentModelIndex dc = childById(*m_model, berlin, QStringLiteral("BER42-DC-2"));
    const QPersistentModelIndex amsterdam = location(QStringLiteral("AMS-0001"));
    QVERIFY(dc.isValid());
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    // The same listing again: nothing to tell the views.
    m_model->setLocations(rows());
    QCOMPARE(changed.count() + removed.count() + inserted.count() + reset.count(), 0);

    // The node changes an EVSE status, a new Location arrives, the partner's one goes.
    QVERIFY(m_services->service<LocationService>().setEvseStatus(
        ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"), QStringLiteral("BER-ALX-0042")),
        QStringLiteral("BER42-DC-2"), QStringLiteral("OUTOFORDER")).ok());
    QVERIFY(m_services->service<LocationService>().putOwn(ownedBy(fixture(QStringLiteral("home_allowed_to.json")), QStringLiteral("NL"),
                                                   QStringLiteral("CPO"))).ok());
    QList<ObjectRow> fresh = rows();
    fresh.removeIf([](const ObjectRow &row) { return row.stored.partnerId == kPartnerId; });
    m_model->setLocations(fresh);

    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(!amsterdam.isValid());
    QVERIFY(location(QStringLiteral("HOME-0077")).isValid());
    // The EVSE row the operator had selected is still the same row, now with the new status.
    QVERIFY(dc.isValid());
    QCOMPARE(dc.data().toString(), QStringLiteral("BER42-DC-2"));
    QCOMPARE(QModelIndex(dc).siblingAtColumn(LocationsModel::StatusColumn).data().toString(), QStringLiteral("OUTOFORDER"));
    QCOMPARE(dc.parent().siblingAtColumn(LocationsModel::StatusColumn).data().toString(),
             QStringLiteral("1 AVAILABLE, 1 OUTOFORDER"));
    QCOMPARE(m_model->evseIndex(dc.data(ObjectIdentityRole).toString(), QStringLiteral("BER42-DC-2")), QModelIndex(dc));
}

void TstLocationsModel::reorderedListingMovesRows()
{
    QList<ObjectRow> listing = rows();
    QVERIFY(listing.size() >= 3);
    const QPersistentModelIndex first = m_model->index(0, 0);
    const QString firstId = first.data().toString();
    std::reverse(listing.begin(), listing.end());
    // An EVSE goes from the last Location (now the first): its row is removed, not the Location.
    QJsonObject changed = listing.first().json;
    QJsonArray evses = changed.value(QStringLiteral("evses")).toArray();
    const int evsesBefore = int(evses.size());
    evses.removeLast();
    changed.insert(QStringLiteral("evses"), evses);
    listing.first().json = changed;
    listing.first().stored.json = QJsonDocument(changed).toJson(QJsonDocument::Compact);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    m_model->setLocations(listing);

    QCOMPARE(reset.count(), 0);
    QVERIFY(moved.count() >= 1);
    for (int row = 0; row < listing.size(); ++row)
        QCOMPARE(m_model->index(row, 0).data(ObjectIdentityRole).toString(), listing.at(row).identity());
    QVERIFY(first.isValid());
    QCOMPARE(first.data().toString(), firstId);
    QCOMPARE(first.row(), int(listing.size()) - 1);
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), evsesBefore - 1);
}

QTEST_MAIN(TstLocationsModel)
#include "tst_locationsmodel.moc"
