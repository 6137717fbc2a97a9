// ChargingProfilesModel (the Charging profiles page's table) under QAbstractItemModelTester: one
// row per session and side with its limit in words, rows merged by key on a refresh (a changed row
// is updated in place, a new one inserted, a gone one removed), partner names from the listing.

#include "chargingprofilesmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace ocpi;

namespace {

const QDateTime kT0 = QDateTime::fromString(QStringLiteral("2026-11-25T14:00:00Z"), Qt::ISODate);

// An ActiveChargingProfile from kT0 with one period per (start second, limit).
QJsonObject active(const QString &unit, const QList<QPair<int, double>> &periods)
{
    QJsonArray list;
    for (const auto &period : periods)
        list.append(QJsonObject{{QStringLiteral("start_period"), period.first}, {QStringLiteral("limit"), period.second}});
    return {{QStringLiteral("start_date_time"), QStringLiteral("2026-11-25T14:00:00Z")},
            {QStringLiteral("charging_profile"),
             QJsonObject{{QStringLiteral("charging_rate_unit"), unit}, {QStringLiteral("charging_profile_period"), list}}}};
}

ProfileEntry entry(ProfileEntry::Side side, qint64 partnerId, const QString &sessionId, const QJsonObject &profile, int secondsAfterT0)
{
    ProfileEntry e;
    e.side = side;
    e.partnerId = partnerId;
    e.sessionId = sessionId;
    e.active = profile;
    e.updatedAt = kT0.addSecs(secondsAfterT0);
    return e;
}

QString localClock(int secondsAfterT0)
{
    return kT0.addSecs(secondsAfterT0).toLocalTime().toString(QStringLiteral("HH:mm"));
}

} // namespace

class TstChargingProfilesModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void limitInWords_data()
    {
        QTest::addColumn<QJsonObject>("profile");
        QTest::addColumn<bool>("cleared");
        QTest::addColumn<QString>("expected");
        QTest::newRow("watts above 1 kW in kW") << active(QStringLiteral("W"), {{0, 3700}}) << false
                                                 << QStringLiteral("3.7 kW from %1").arg(localClock(0));
        QTest::newRow("watts below 1 kW") << active(QStringLiteral("W"), {{0, 800}}) << false
                                           << QStringLiteral("800 W from %1").arg(localClock(0));
        QTest::newRow("amperes, two steps") << active(QStringLiteral("A"), {{1800, 32}, {0, 16}}) << false
                                             << QStringLiteral("16 A from %1, 32 A from %2").arg(localClock(0), localClock(1800));
        QTest::newRow("more steps than shown") << active(QStringLiteral("W"), {{0, 1000}, {60, 2000}, {120, 3000}, {180, 4000}, {240, 5000}})
                                               << false
                                               << QStringLiteral("1 kW from %1, 2 kW from %2, 3 kW from %3, 2 more step(s)")
                                                      .arg(localClock(0), localClock(60), localClock(120));
        QTest::newRow("cleared") << QJsonObject() << true << QStringLiteral("cleared");
        QTest::newRow("nothing known") << QJsonObject() << false << QStringLiteral("no limit known");
    }
    void limitInWords()
    {
        QFETCH(QJsonObject, profile);
        QFETCH(bool, cleared);
        QFETCH(QString, expected);
        ProfileEntry e = entry(ProfileEntry::Side::Emsp, 1, QStringLiteral("S"), profile, 0);
        e.cleared = cleared;
        QCOMPARE(ChargingProfilesModel::limitText(e), expected);
    }

    void rowsMergeByKey()
    {
        ChargingProfilesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ChargingProfilesController::Listing listing;
        listing.partnerNames = {{5, QStringLiteral("CPO node")}, {7, QStringLiteral("eMSP partner")}};
        ProfileEntry ours = entry(ProfileEntry::Side::Cpo, 7, QStringLiteral("OUR-1"), active(QStringLiteral("A"), {{0, 16}}), 20);
        CommandRecord request;
        request.uid = QStringLiteral("R1");
        request.type = QStringLiteral("SET");
        request.state = QStringLiteral("ACCEPTED");
        ours.lastRequest = request;
        listing.entries = {ours, entry(ProfileEntry::Side::Emsp, 5, QStringLiteral("theirs-1"), active(QStringLiteral("W"), {{0, 7400}}), 10)};
        model.setListing(listing);
        QCOMPARE(model.rowCount(), 2);
        const auto cell = [&model](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(cell(0, ChargingProfilesModel::SideColumn), QStringLiteral("asked of us"));
        QCOMPARE(cell(0, ChargingProfilesModel::PartnerColumn), QStringLiteral("eMSP partner"));
        QCOMPARE(cell(0, ChargingProfilesModel::RequestColumn), QStringLiteral("SET"));
        QCOMPARE(cell(0, ChargingProfilesModel::StateColumn), QStringLiteral("ACCEPTED"));
        QCOMPARE(cell(0, ChargingProfilesModel::LimitColumn), QStringLiteral("16 A from %1").arg(localClock(0)));
        QCOMPARE(cell(1, ChargingProfilesModel::SideColumn), QStringLiteral("we asked"));
        QCOMPARE(cell(1, ChargingProfilesModel::SessionColumn), QStringLiteral("theirs-1"));
        QCOMPARE(cell(1, ChargingProfilesModel::RequestColumn), QString());
        QCOMPARE(model.rowOf(QStringLiteral("emsp/5/THEIRS-1")), 1);
        QCOMPARE(model.rowOf(QStringLiteral("cpo/OUR-1")), 0);
        QCOMPARE(model.index(1, 0).data(ChargingProfilesModel::KeyRole).toString(), QStringLiteral("emsp/5/THEIRS-1"));

        // The eMSP side's row changed (now newest), ours went, another came; an unknown partner
        // is named by its id.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        ProfileEntry theirs = entry(ProfileEntry::Side::Emsp, 5, QStringLiteral("THEIRS-1"), QJsonObject(), 30);
        theirs.cleared = true;
        listing.entries = {theirs, entry(ProfileEntry::Side::Emsp, 9, QStringLiteral("S9"), QJsonObject(), 5)};
        model.setListing(listing);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(QStringLiteral("emsp/5/THEIRS-1")), 0);
        QCOMPARE(cell(0, ChargingProfilesModel::LimitColumn), QStringLiteral("cleared"));
        QCOMPARE(cell(1, ChargingProfilesModel::PartnerColumn), QStringLiteral("partner 9"));
        QCOMPARE(model.rowOf(QStringLiteral("cpo/OUR-1")), -1);
        QCOMPARE(changed.count(), 1);

        // The same listing again: nothing to tell the views.
        model.setListing(listing);
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_MAIN(TstChargingProfilesModel)
#include "tst_chargingprofilesmodel.moc"
