#include "jsonedit.h"
#include "ocpi/validator.h"

#include <QJsonArray>
#include <QTest>

#include <limits>

using namespace ocpi;
using namespace ocpi::test;

namespace {

const QString L = QStringLiteral("locations/location_2x2.json");
const QString F = QStringLiteral("locations/location_full.json");
const QString T = QStringLiteral("tariffs/tariff_full.json");

// The list at `path` made `count` items long by repeating its items.
QJsonValue grown(const QJsonValue &base, const QString &path, int count)
{
    const QJsonArray list = valueAt(base, path).toArray();
    QJsonArray longer;
    for (int i = 0; i < count; ++i)
        longer.append(list.at(i % list.size()));
    return edited(base, path, QString::fromUtf8(compact(longer)));
}

QJsonArray repeated(const QJsonValue &item, int count)
{
    QJsonArray list;
    for (int i = 0; i < count; ++i)
        list.append(item);
    return list;
}

QJsonObject session(int periods)
{
    QJsonObject session = literal(QStringLiteral(
        R"({"country_code": "NL", "party_id": "CPO", "id": "S1", "start_date_time": "2026-11-25T10:00:00Z",
            "kwh": 1.5, "auth_method": "WHITELIST", "location_id": "L1", "evse_uid": "E1", "connector_id": "1",
            "currency": "EUR", "status": "ACTIVE", "last_updated": "2026-11-25T10:00:00Z",
            "cdr_token": {"country_code": "DE", "party_id": "EMS", "uid": "U1", "type": "RFID", "contract_id": "C1"}})")).toObject();
    const QJsonValue period = literal(R"({"start_date_time": "2026-11-25T10:00:00Z", "dimensions": [{"type": "ENERGY", "volume": 0.1}]})");
    session.insert(QStringLiteral("charging_periods"), repeated(period, periods));
    return session;
}

ObjectLimits limited(const QString &which, int value)
{
    ObjectLimits limits;
    if (which == QLatin1String("evses"))
        limits.maxEvses = value;
    else if (which == QLatin1String("connectors"))
        limits.maxConnectors = value;
    else if (which == QLatin1String("images"))
        limits.maxImages = value;
    else if (which == QLatin1String("capabilities"))
        limits.maxCapabilities = value;
    else if (which == QLatin1String("charging periods"))
        limits.maxChargingPeriods = value;
    else if (which == QLatin1String("list items"))
        limits.maxListItems = value;
    return limits;
}

} // namespace

// Hardening issue item 3: how long a list and how big an object the validator accepts
// (ObjectLimits), for full objects and PATCH bodies alike.
class TestValidationLimits : public QObject
{
    Q_OBJECT

private slots:
    // Each list kind has its own limit; one item over is refused, at the limit is fine. "default"
    // rows use ObjectLimits as it comes.
    void listLimits_data()
    {
        QTest::addColumn<QString>("object");
        QTest::addColumn<QJsonValue>("input");
        QTest::addColumn<bool>("patch");
        QTest::addColumn<QString>("limit");
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("expected"); // empty: accepted
        const QJsonValue l = fixture(L);
        const QJsonValue f = fixture(F);
        auto row = [](const char *tag, const char *object, const QJsonValue &input, const char *limit, int value,
                      const QString &expected, bool patch = false) {
            QTest::newRow(tag) << QString::fromLatin1(object) << input << patch << QString::fromLatin1(limit) << value << expected;
        };
        row("EVSEs at the limit", "Location", grown(l, "evses", 3), "evses", 3, {});
        row("EVSEs over the limit", "Location", grown(l, "evses", 4), "evses", 3, "evses: 4 items, at most 3 allowed");
        row("EVSEs over the default limit", "Location", grown(l, "evses", 1001), "default", 0, "evses: 1001 items, at most 1000 allowed");
        row("EVSEs are not other lists", "Location", grown(l, "evses", 5), "list items", 3, {});
        row("connectors over the limit", "Location", grown(l, "evses[1].connectors", 3), "connectors", 2, "evses[1].connectors: 3 items, at most 2 allowed");
        row("connectors of an EVSE PUT", "EVSE", grown(fixture(L + "#evses[0]"), "connectors", 33), "default", 0, "connectors: 33 items, at most 32 allowed");
        row("connectors at the default limit", "EVSE", grown(fixture(L + "#evses[0]"), "connectors", 32), "default", 0, {});
        row("EVSE images over the limit", "Location", grown(f, "evses[0].images", 2), "images", 1, "evses[0].images: 2 items, at most 1 allowed");
        row("Location images over the default limit", "Location", grown(f, "images", 33), "default", 0, "images: 33 items, at most 32 allowed");
        row("capabilities over the default limit", "Location", grown(l, "evses[1].capabilities", 33), "default", 0, "evses[1].capabilities: 33 items, at most 32 allowed");
        row("other list: facilities", "Location", grown(f, "facilities", 4), "list items", 3, "facilities: 4 items, at most 3 allowed");
        row("other list: tariff_ids over the default", "Location", grown(l, "evses[0].connectors[0].tariff_ids", 1001), "default", 0, "evses[0].connectors[0].tariff_ids: 1001 items, at most 1000 allowed");
        row("other list: regular_hours", "Location", grown(f, "opening_times.regular_hours", 9), "list items", 8, "opening_times.regular_hours: 9 items, at most 8 allowed");
        row("other list: Tariff elements", "Tariff", grown(fixture(T), "elements", 6), "list items", 5, "elements: 6 items, at most 5 allowed");
        row("Session charging_periods at the default", "Session", session(10000), "default", 0, {});
        row("Session charging_periods over the default", "Session", session(10001), "default", 0, "charging_periods: 10001 items, at most 10000 allowed");
        row("charging_periods are not other lists", "Session", session(3), "list items", 2, {});
        row("charging_periods over the limit", "Session", session(3), "charging periods", 2, "charging_periods: 3 items, at most 2 allowed");
        // The length is checked before any item: the first item here is not even a string.
        row("checked before the items", "Location", edited(f, "facilities", QString::fromUtf8(compact(repeated(QJsonValue(), 1001)))), "default", 0, "facilities: 1001 items, at most 1000 allowed");
        // PATCH bodies (TF-10): the lists they carry have the same limits.
        row("PATCH EVSE connectors", "EVSE", QJsonObject{{"connectors", repeated(valueAt(l, "evses[0].connectors[0]"), 3)}}, "connectors", 2, "connectors: 3 items, at most 2 allowed", true);
        row("PATCH Location images", "Location", QJsonObject{{"images", repeated(valueAt(f, "images[0]"), 33)}}, "default", 0, "images: 33 items, at most 32 allowed", true);
        row("PATCH CDR charging_periods", "CDR", QJsonObject{{"charging_periods", session(3).value("charging_periods")}}, "charging periods", 2, "charging_periods: 3 items, at most 2 allowed", true);
        row("PATCH Connector tariff_ids at the limit", "Connector", QJsonObject{{"tariff_ids", repeated("T1", 4)}}, "list items", 4, {}, true);
    }

    void listLimits()
    {
        QFETCH(QString, object);
        QFETCH(QJsonValue, input);
        QFETCH(bool, patch);
        QFETCH(QString, limit);
        QFETCH(int, value);
        QFETCH(QString, expected);
        ValidationPolicy policy;
        policy.limits = limited(limit, value);
        const auto result = patch ? validatePatch(object, input, policy) : validateObject(object, input, policy);
        if (expected.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.error().message));
            return;
        }
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::InvalidData);
        QCOMPARE(result.error().message, expected);
    }

    // The size limit is on the canonical JSON as stored: exactly at the limit passes, one byte
    // less refuses it with the exact size. Rows with escapes, non-ASCII text and dropped fields
    // check the validator's running estimate never falls below the real size.
    void objectBytes_data()
    {
        QTest::addColumn<QString>("object");
        QTest::addColumn<QJsonValue>("input");
        QTest::addColumn<bool>("patch");
        QTest::newRow("Location 2x2") << "Location" << fixture(L) << false;
        QTest::newRow("Location with every field") << "Location" << fixture(F) << false;
        QTest::newRow("Location with nulls, unknown fields, loose DateTimes")
            << "Location" << fixture(QStringLiteral("locations/location_messy.json")) << false;
        QTest::newRow("quotes, backslashes, non-ASCII, emoji")
            << "Location" << edited(edited(fixture(L), "name", "\"Caf\\u00e9 \\\"Zum\\\" \\\\ \\ud83d\\udd0c\""), "address", "\"" + QString(200, QChar(0x20AC)) + "\"")
            << false;
        QTest::newRow("negative and fractional numbers") << "Tariff" << edited(fixture(T), "max_price.incl_vat", "95.20000000000001") << false;
        QTest::newRow("Token") << "Token" << fixture(QStringLiteral("tokens/token_rfid_full.json")) << false;
        QTest::newRow("EVSE") << "EVSE" << fixture(F + "#evses[0]") << false;
        QTest::newRow("PATCH body") << "Location" << literal("{\"name\": \"x\\\"y\", \"evses\": [], \"last_updated\": \"2026-11-25T12:00:00\"}") << true;
    }

    void objectBytes()
    {
        QFETCH(QString, object);
        QFETCH(QJsonValue, input);
        QFETCH(bool, patch);
        auto run = [&](qint64 limit) {
            ValidationPolicy policy;
            policy.limits.maxObjectBytes = limit;
            return patch ? validatePatch(object, input, policy) : validateObject(object, input, policy);
        };
        const auto unlimited = run(std::numeric_limits<qint64>::max());
        QVERIFY2(unlimited.ok(), qPrintable(unlimited.error().message));
        const qint64 size = compact(*unlimited).size();
        QVERIFY(run(size).ok());
        const auto over = run(size - 1);
        QVERIFY(!over.ok());
        QCOMPARE(over.error().kind, ErrorKind::InvalidData);
        QCOMPARE(over.error().message, QStringLiteral("%1: %2 bytes of canonical JSON, at most %3 allowed").arg(object).arg(size).arg(size - 1));
    }

    void defaultLimits()
    {
        const ObjectLimits limits;
        QCOMPARE(limits.maxObjectBytes, qint64(1024 * 1024));
        QCOMPARE(limits.maxItems(ListKind::Evses), 1000);
        QCOMPARE(limits.maxItems(ListKind::Connectors), 32);
        QCOMPARE(limits.maxItems(ListKind::Images), 32);
        QCOMPARE(limits.maxItems(ListKind::Capabilities), 32);
        QCOMPARE(limits.maxItems(ListKind::ChargingPeriods), 10000);
        QCOMPARE(limits.maxItems(ListKind::Other), 1000);
        QCOMPARE(ValidationPolicy().maxClockSkewSeconds, qint64(300));
    }
};

QTEST_GUILESS_MAIN(TestValidationLimits)
#include "tst_validationlimits.moc"
