#include "ocpi/objectpatch.h"
#include "ocpi/validator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace ocpi;

namespace {

QJsonObject period(const QString &start, double kwh)
{
    return {{QStringLiteral("start_date_time"), start},
            {QStringLiteral("dimensions"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("ENERGY")},
                                                                   {QStringLiteral("volume"), kwh}}}}};
}

// A Session as a CPO would send it: the object the sessions module will patch (charging periods
// are appended, SES-*).
QJsonObject session()
{
    return {{QStringLiteral("country_code"), QStringLiteral("NL")},
            {QStringLiteral("party_id"), QStringLiteral("CPO")},
            {QStringLiteral("id"), QStringLiteral("SES1")},
            {QStringLiteral("start_date_time"), QStringLiteral("2026-11-30T10:00:00Z")},
            {QStringLiteral("kwh"), 0.0},
            {QStringLiteral("cdr_token"), QJsonObject{{QStringLiteral("country_code"), QStringLiteral("DE")},
                                                     {QStringLiteral("party_id"), QStringLiteral("EMS")},
                                                     {QStringLiteral("uid"), QStringLiteral("CARD1")},
                                                     {QStringLiteral("type"), QStringLiteral("RFID")},
                                                     {QStringLiteral("contract_id"), QStringLiteral("DE-EMS-C1")}}},
            {QStringLiteral("auth_method"), QStringLiteral("WHITELIST")},
            {QStringLiteral("location_id"), QStringLiteral("LOC1")},
            {QStringLiteral("evse_uid"), QStringLiteral("EVSE1")},
            {QStringLiteral("connector_id"), QStringLiteral("1")},
            {QStringLiteral("currency"), QStringLiteral("EUR")},
            {QStringLiteral("charging_periods"), QJsonArray{period(QStringLiteral("2026-11-30T10:00:00Z"), 1.5)}},
            {QStringLiteral("status"), QStringLiteral("ACTIVE")},
            {QStringLiteral("last_updated"), QStringLiteral("2026-11-30T10:00:00Z")}};
}

PatchTarget sessionTarget(const QString &urlId = QStringLiteral("SES1"))
{
    return {QStringLiteral("Session"),
            {{QStringLiteral("country_code"), QStringLiteral("NL"), "TF-12"},
             {QStringLiteral("party_id"), QStringLiteral("CPO"), "TF-12"},
             {QStringLiteral("id"), urlId, "TF-13"}},
            {{QStringLiteral("charging_periods"), QStringLiteral("ChargingPeriod"), QString(), PatchList::Merge::Append,
              ListKind::ChargingPeriods, {}}}};
}

} // namespace

// The one PATCH implementation every module uses (issue 7): fields replace, names stay, lists merge
// by their rule. Locations' upserts are covered through tst_locationpatch, tokens through
// tst_tokensreceiver; here the rules themselves, and the Append rule sessions need.
class TestObjectPatch : public QObject
{
    Q_OBJECT

private slots:
    void appendedPeriodsFollowTheStoredOnes()
    {
        QJsonObject stored = session();
        const QJsonObject body{{QStringLiteral("kwh"), 3.0},
                               {QStringLiteral("charging_periods"), QJsonArray{period(QStringLiteral("2026-11-30T10:15:00Z"), 1.5)}},
                               {QStringLiteral("last_updated"), QStringLiteral("2026-11-30T10:15:00Z")}};
        auto patch = objectpatch::check(sessionTarget(), body);
        QVERIFY2(patch.ok(), qPrintable(patch.error().message));
        QVERIFY(patch->hasLists());
        QVERIFY(!patch->fields.contains(QStringLiteral("charging_periods")));
        QVERIFY(objectpatch::apply(stored, sessionTarget(), *patch).ok());
        QCOMPARE(stored.value(QStringLiteral("kwh")).toDouble(), 3.0);
        const QJsonArray periods = stored.value(QStringLiteral("charging_periods")).toArray();
        QCOMPARE(periods.size(), 2);
        QCOMPARE(periods.at(0).toObject().value(QStringLiteral("start_date_time")).toString(), QStringLiteral("2026-11-30T10:00:00Z"));
        QCOMPARE(periods.at(1).toObject().value(QStringLiteral("start_date_time")).toString(), QStringLiteral("2026-11-30T10:15:00Z"));
        QVERIFY(validateObject(QStringLiteral("Session"), stored).ok());
    }

    void namesKeepTheirStoredSpelling()
    {
        QJsonObject stored = session();
        const QJsonObject body{{QStringLiteral("id"), QStringLiteral("ses1")},
                               {QStringLiteral("status"), QStringLiteral("COMPLETED")},
                               {QStringLiteral("last_updated"), QStringLiteral("2026-11-30T11:00:00Z")}};
        auto patch = objectpatch::check(sessionTarget(), body);
        QVERIFY2(patch.ok(), qPrintable(patch.error().message));
        QVERIFY(objectpatch::apply(stored, sessionTarget(), *patch).ok());
        QCOMPARE(stored.value(QStringLiteral("id")).toString(), QStringLiteral("SES1"));
        QCOMPARE(stored.value(QStringLiteral("status")).toString(), QStringLiteral("COMPLETED"));
    }

    void anEmptyValueListClearsIt()
    {
        // A list without a rule is a value: given empty, it clears the stored one (GEN-10).
        const PatchTarget target{QStringLiteral("Location"), {}, {}};
        QJsonObject location{{QStringLiteral("facilities"), QJsonArray{QStringLiteral("HOTEL")}}};
        auto patch = objectpatch::check(target, QJsonObject{{QStringLiteral("facilities"), QJsonArray{}},
                                                            {QStringLiteral("last_updated"), QStringLiteral("2026-11-30T11:00:00Z")}});
        QVERIFY2(patch.ok(), qPrintable(patch.error().message));
        QVERIFY(objectpatch::apply(location, target, *patch).ok());
        QVERIFY(!location.contains(QStringLiteral("facilities")));
    }

    void refused_data()
    {
        QTest::addColumn<QJsonValue>("body");
        QTest::addColumn<QString>("message");
        const QString lu = QStringLiteral("2026-11-30T11:00:00Z");
        QTest::newRow("not an object") << QJsonValue(QJsonArray{}) << QStringLiteral("expected object, got list");
        QTest::newRow("no last_updated") << QJsonValue(QJsonObject{{QStringLiteral("kwh"), 2.0}})
                                         << QStringLiteral("last_updated: required in a PATCH");
        QTest::newRow("another id") << QJsonValue(QJsonObject{{QStringLiteral("id"), QStringLiteral("SES2")},
                                                              {QStringLiteral("last_updated"), lu}})
                                    << QStringLiteral("id: the body names 'SES2' but the URL 'SES1' (TF-13)");
        QTest::newRow("a bad field") << QJsonValue(QJsonObject{{QStringLiteral("kwh"), QStringLiteral("much")},
                                                               {QStringLiteral("last_updated"), lu}})
                                     << QStringLiteral("kwh: expected number, got string");
        QTest::newRow("periods not a list") << QJsonValue(QJsonObject{{QStringLiteral("charging_periods"), 3},
                                                                      {QStringLiteral("last_updated"), lu}})
                                            << QStringLiteral("charging_periods: expected list, got number");
    }

    void refused()
    {
        QFETCH(QJsonValue, body);
        QFETCH(QString, message);
        auto patch = objectpatch::check(sessionTarget(), body);
        QVERIFY(!patch.ok());
        QCOMPARE(patch.error().message, message);
    }

    // Appended entries are complete objects: one that is not is refused, naming where it is.
    void anIncompleteAppendedEntryIsRefused()
    {
        QJsonObject stored = session();
        const QJsonObject before = stored;
        const QJsonObject body{{QStringLiteral("charging_periods"),
                                QJsonArray{QJsonObject{{QStringLiteral("start_date_time"), QStringLiteral("2026-11-30T10:15:00Z")}}}},
                               {QStringLiteral("last_updated"), QStringLiteral("2026-11-30T10:15:00Z")}};
        auto patch = objectpatch::check(sessionTarget(), body);
        QVERIFY(patch.ok());
        const Status applied = objectpatch::apply(stored, sessionTarget(), *patch);
        QVERIFY(!applied.ok());
        QCOMPARE(applied.error().message, QStringLiteral("charging_periods[0].dimensions: required field is missing"));
    }

    void tooManyEntriesAtOnce()
    {
        ValidationPolicy policy;
        policy.limits.maxChargingPeriods = 2;
        QJsonArray periods;
        for (int i = 0; i < 3; ++i)
            periods.append(period(QStringLiteral("2026-11-30T10:1%1:00Z").arg(i), 1));
        auto patch = objectpatch::check(sessionTarget(), QJsonObject{{QStringLiteral("charging_periods"), periods},
                                                                     {QStringLiteral("last_updated"), QStringLiteral("2026-11-30T10:15:00Z")}},
                                        policy);
        QVERIFY(!patch.ok());
        QCOMPARE(patch.error().message, QStringLiteral("charging_periods: 3 items, at most 2 allowed"));
    }
};

QTEST_GUILESS_MAIN(TestObjectPatch)
#include "tst_objectpatch.moc"
