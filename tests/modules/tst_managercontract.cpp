#include "support/objectjson.h"
#include "support/twonodes.h"

#include "http/ocpipaths.h"
#include "runtime/noderuntime.h"
#include "runtime/nodeservices.h"
#include "store/objecttable.h"
#include "modules/cdrs/cdrservice.h"
#include "modules/locations/locationservice.h"
#include "modules/tariffs/tariffservice.h"
#include "modules/tokens/tokenservice.h"
#include "support/memorymanagers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ocpi;
using namespace ocpi::test;

namespace {

const PartyId kOurs{QStringLiteral("NL"), QStringLiteral("OWN")};

QJsonObject ours(const QString &fixturePath)
{
    QJsonObject object = QJsonDocument::fromJson(readTestData(fixturePath)).object();
    object[QStringLiteral("country_code")] = kOurs.countryCode;
    object[QStringLiteral("party_id")] = kOurs.partyId;
    return object;
}

} // namespace

// Managers cannot be bypassed (issue 7): the same suite runs against the SQL managers and against
// managers that keep our objects in memory, as an integrator's back office would. Everything the
// node does with our own objects (store, Sender lists and reads, export, DELETE, authorization,
// changes made in the console) must work through either; with the in-memory ones the node's own
// tables must stay empty of our objects.
class TestManagerContract : public QObject
{
    Q_OBJECT

private:
    // Our node (NL-OWN, both roles, with the managers under test) is the TwoNodes' inviting side,
    // the partner (DE-PAR, both roles) the side that registers with it.
    TwoNodes m_nodes;
    bool m_inMemory = false;

    NodeRuntime &node() { return m_nodes.cpo(); }

    void startNodes(bool inMemory)
    {
        m_inMemory = inMemory;
        TwoNodes::Options options;
        options.cpoParties = {QStringLiteral("NL-OWN:CPO"), QStringLiteral("NL-OWN:EMSP")};
        options.emspParties = {QStringLiteral("DE-PAR:CPO"), QStringLiteral("DE-PAR:EMSP")};
        if (inMemory) {
            options.cpoManagers.set(QStringLiteral("locations"), [](Database &) { return std::make_unique<MemoryObjectsManager>(); });
            options.cpoManagers.set(QStringLiteral("tariffs"), [](Database &) { return std::make_unique<MemoryObjectsManager>(); });
            options.cpoManagers.set(QStringLiteral("tokens"), [](Database &) { return std::make_unique<MemoryTokensManager>(); });
            options.cpoManagers.set(QStringLiteral("cdrs"), [](Database &) { return std::make_unique<MemoryCdrsManager>(); });
        }
        QVERIFY_STATUS(m_nodes.start(options));
    }

    HttpResult asPartner(const QByteArray &method, Role ourRole, const QString &module, const QString &suffix,
                         const QByteArray &body = QByteArray())
    {
        return m_nodes.asEmsp(method, node().publicBase() + paths::module(ourRole, module) + suffix, body);
    }

    // With in-memory managers the node's table holds none of our objects: nothing went around them.
    void verifyTableHasNoneOfOurs(const QString &module)
    {
        ObjectTable table(node().database(), module);
        ObjectFilter oursOnly;
        oursOnly.source = ObjectFilter::Source::Ours;
        auto rows = table.list(oursOnly);
        QVERIFY(rows.ok());
        if (m_inMemory)
            QCOMPARE(rows->size(), 0);
        else
            QVERIFY(!rows->isEmpty());
    }

    static int dataCount(const HttpResult &result) { return int(result.json().value(QStringLiteral("data")).toArray().size()); }

private slots:
    void init()
    {
        QFETCH_GLOBAL(bool, inMemory);
        startNodes(inMemory);
    }

    void cleanup() { m_nodes.stop(); }

    void initTestCase_data()
    {
        QTest::addColumn<bool>("inMemory");
        QTest::newRow("SQL managers") << false;
        QTest::newRow("in-memory managers") << true;
    }

    void tariffs()
    {
        TariffService &tariffs = node().services().service<TariffService>();
        QJsonArray batch;
        for (int i = 1; i <= 3; ++i)
            batch.append(tariff(QStringLiteral("T%1").arg(i), QStringLiteral("2026-11-0%1T00:00:00Z").arg(i), 0.1 * i,
                                kOurs.countryCode, kOurs.partyId));
        QCOMPARE(*tariffs.putOwnBatch(batch), 3);
        verifyTableHasNoneOfOurs(QStringLiteral("tariffs"));

        const HttpResult page = asPartner("GET", Role::CPO, QStringLiteral("tariffs"), QStringLiteral("?limit=2"));
        QCOMPARE(page.status, 200);
        QCOMPARE(dataCount(page), 2);
        QCOMPARE(page.header("X-Total-Count"), QByteArray("3"));
        QVERIFY(!page.header("Link").isEmpty());
        const HttpResult since = asPartner("GET", Role::CPO, QStringLiteral("tariffs"),
                                           QStringLiteral("?date_from=2026-11-02T00:00:00Z"));
        QCOMPARE(dataCount(since), 2);

        ObjectFilter oursOnly;
        oursOnly.source = ObjectFilter::Source::Ours;
        QCOMPARE(tariffs.stored(oursOnly)->size(), 3); // export and the console's list

        QVERIFY(tariffs.removeOwn(ObjectKey::of(kOurs.countryCode, kOurs.partyId, QStringLiteral("T2"))).ok());
        const HttpResult after = asPartner("GET", Role::CPO, QStringLiteral("tariffs"), QString());
        QCOMPARE(dataCount(after), 2);
        QCOMPARE(tariffs.stored(oursOnly)->size(), 2);

        QVERIFY(tariffs.putOwn(tariff(QStringLiteral("T1"), QStringLiteral("2026-11-10T00:00:00Z"), 0.99, kOurs.countryCode,
                                      kOurs.partyId)).ok());
        const auto changed = tariffs.findOwn(ObjectKey::of(kOurs.countryCode, kOurs.partyId, QStringLiteral("T1")));
        QVERIFY(changed.ok() && changed->has_value());
        QVERIFY((*changed)->json.contains("0.99"));
        // The first tariff keeps its place in the list (PG-06).
        const HttpResult again = asPartner("GET", Role::CPO, QStringLiteral("tariffs"), QString());
        QCOMPARE(again.json().value(QStringLiteral("data")).toArray().first().toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("T1"));
    }

    void tokens()
    {
        TokenService &tokens = node().services().service<TokenService>();
        QVERIFY(tokens.putOwn(ours(QStringLiteral("tokens/ems_rfid_card.json"))).ok());
        QVERIFY(tokens.putOwn(ours(QStringLiteral("tokens/ems_blocked_card.json"))).ok());
        verifyTableHasNoneOfOurs(QStringLiteral("tokens"));
        QCOMPARE(dataCount(asPartner("GET", Role::EMSP, QStringLiteral("tokens"), QString())), 2);

        const QString valid = ours(QStringLiteral("tokens/ems_rfid_card.json")).value(QStringLiteral("uid")).toString();
        const QString blocked = ours(QStringLiteral("tokens/ems_blocked_card.json")).value(QStringLiteral("uid")).toString();
        auto allowed = [&](const QString &uid) {
            const HttpResult answer = asPartner("POST", Role::EMSP, QStringLiteral("tokens"), QLatin1Char('/') + uid + QStringLiteral("/authorize"));
            return answer.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("allowed")).toString();
        };
        QCOMPARE(allowed(valid), QStringLiteral("ALLOWED"));
        QCOMPARE(allowed(blocked), QStringLiteral("BLOCKED"));
        const HttpResult unknown = asPartner("POST", Role::EMSP, QStringLiteral("tokens"), QStringLiteral("/NOSUCHCARD/authorize"));
        QCOMPARE(unknown.ocpiStatus(), 2004);

        // Blocking a card in the console goes through the manager, and the decision follows.
        const ObjectKey key = tokens.keyOf(ours(QStringLiteral("tokens/ems_rfid_card.json")));
        QVERIFY(tokens.patchOwn(key, QJsonObject{{QStringLiteral("valid"), false}}).ok());
        QCOMPARE(allowed(valid), QStringLiteral("BLOCKED"));
        verifyTableHasNoneOfOurs(QStringLiteral("tokens"));
    }

    // The partner (DE-PAR) lists the CDRs of its drivers only (CDR-01), whoever keeps them; a
    // stored CDR is never changed (CDR-04).
    void cdrs()
    {
        CdrService &cdrs = node().services().service<CdrService>();
        const QStringList partner{QStringLiteral("DE"), QStringLiteral("PAR")};
        const QStringList owner{kOurs.countryCode, kOurs.partyId};
        QJsonArray batch;
        batch.append(cdr(QStringLiteral("C1"), QStringLiteral("2026-11-01T00:00:00Z"), 1.0, partner, owner));
        batch.append(cdr(QStringLiteral("X1"), QStringLiteral("2026-11-02T00:00:00Z"), 1.0,
                         {QStringLiteral("FR"), QStringLiteral("OTH")}, owner));
        batch.append(cdr(QStringLiteral("C2"), QStringLiteral("2026-11-03T00:00:00Z"), 1.0, partner, owner));
        QCOMPARE(*cdrs.putOwnBatch(batch), 3);
        verifyTableHasNoneOfOurs(QStringLiteral("cdrs"));

        const HttpResult page = asPartner("GET", Role::CPO, QStringLiteral("cdrs"), QStringLiteral("?limit=1"));
        QCOMPARE(page.status, 200);
        QCOMPARE(dataCount(page), 1);
        QCOMPARE(page.header("X-Total-Count"), QByteArray("2"));
        QVERIFY(!page.header("Link").isEmpty());
        const HttpResult since = asPartner("GET", Role::CPO, QStringLiteral("cdrs"), QStringLiteral("?date_from=2026-11-02T00:00:00Z"));
        QCOMPARE(dataCount(since), 1);

        ObjectFilter oursOnly;
        oursOnly.source = ObjectFilter::Source::Ours;
        QCOMPARE(cdrs.stored(oursOnly)->size(), 3);
        QCOMPARE(*cdrs.putOwn(batch.at(0)), false);
        QVERIFY(!cdrs.putOwn(cdr(QStringLiteral("C1"), QStringLiteral("2026-11-01T00:00:00Z"), 2.0, partner, owner)).ok());
        const auto kept = cdrs.findOwn(ObjectKey::of(kOurs.countryCode, kOurs.partyId, QStringLiteral("C1")));
        QVERIFY(kept.ok() && kept->has_value());
        QCOMPARE(QJsonDocument::fromJson((*kept)->json).object(), batch.at(0).toObject());
    }

    void locations()
    {
        LocationService &locations = node().services().service<LocationService>();
        const QJsonObject station = ours(QStringLiteral("locations/location_2x2.json"));
        // Our connectors name our tariffs, found through the tariffs manager (LOC-22).
        QVERIFY(!locations.putOwn(station).ok());
        QVERIFY(node().services().service<TariffService>().putOwnBatch(tariffsNamedBy(station)).ok());
        QVERIFY(locations.putOwn(station).ok());
        QVERIFY(locations.putOwn(ours(QStringLiteral("locations/location_unpublished.json"))).ok());
        verifyTableHasNoneOfOurs(QStringLiteral("locations"));

        const HttpResult list = asPartner("GET", Role::CPO, QStringLiteral("locations"), QString());
        QCOMPARE(dataCount(list), 1); // the unpublished one is not listed (LOC-13)
        const QString id = station.value(QStringLiteral("id")).toString();
        const QString evse = station.value(QStringLiteral("evses")).toArray().first().toObject().value(QStringLiteral("uid")).toString();
        QCOMPARE(asPartner("GET", Role::CPO, QStringLiteral("locations"), QLatin1Char('/') + id).ocpiStatus(), 1000);

        QVERIFY(locations.setEvseStatus(locations.keyOf(station), evse, QStringLiteral("CHARGING")).ok());
        const HttpResult part = asPartner("GET", Role::CPO, QStringLiteral("locations"), QLatin1Char('/') + id + QLatin1Char('/') + evse);
        QCOMPARE(part.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("CHARGING"));

        ObjectFilter oursOnly;
        oursOnly.source = ObjectFilter::Source::Ours;
        QCOMPARE(locations.stored(oursOnly)->size(), 2);
        verifyTableHasNoneOfOurs(QStringLiteral("locations"));
    }
};

QTEST_GUILESS_MAIN(TestManagerContract)
#include "tst_managercontract.moc"
