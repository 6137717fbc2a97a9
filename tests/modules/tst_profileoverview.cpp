// What the Charging profiles page lists (node/modules/chargingprofiles/profileoverview.*), read
// from a node's own stores on both databases: per session and side, the last request and the limit
// known from a CPO's push (CP-06), a GET's result, an accepted SET or CLEAR, or the profile a
// partner eMSP set on one of our sessions (charging_profiles).

#include "modules/chargingprofiles/chargingprofilesmodule.h"
#include "modules/chargingprofiles/profileoverview.h"
#include "runtime/noderuntime.h"
#include "runtime/nodeservices.h"
#include "support/testsupport.h"
#include "support/twonodes.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace ocpi;
using namespace ocpi::test;

namespace {

const QDateTime kT0 = QDateTime::fromString(QStringLiteral("2026-11-25T14:00:00Z"), Qt::ISODate);

QJsonObject profileOf(double limit, const QString &unit = QStringLiteral("W"))
{
    return {{QStringLiteral("charging_rate_unit"), unit},
            {QStringLiteral("charging_profile_period"),
             QJsonArray{QJsonObject{{QStringLiteral("start_period"), 0}, {QStringLiteral("limit"), limit}}}}};
}

QJsonObject activeOf(double limit, const QDateTime &start)
{
    return {{QStringLiteral("start_date_time"), start.toString(Qt::ISODate)}, {QStringLiteral("charging_profile"), profileOf(limit)}};
}

} // namespace

class TstProfileOverview : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<NodeRuntime> m_node;

    ChargingProfileService &service() { return m_node->services().module<ChargingProfilesModule>().service(); }

    // A request as the service stores it: sent to partner `partnerId` (eMSP side) or received from
    // it (CPO side), answered ACCEPTED with a 30 s timeout, and its result unless `result` is empty.
    void storeRequest(const QString &uid, CommandRecord::Direction direction, qint64 partnerId, const QString &type,
                      const QString &sessionId, const QJsonObject &extra, const QDateTime &at, const QJsonObject &result)
    {
        CommandRecord record;
        record.uid = uid;
        record.direction = direction;
        record.partnerId = partnerId;
        record.type = type;
        record.request = extra;
        record.request.insert(QStringLiteral("session_id"), sessionId);
        record.state = QStringLiteral("SENT");
        record.createdAt = at;
        QVERIFY_STATUS(service().requests().insert(record));
        QVERIFY_STATUS(service().requests().recordResponse(uid, QJsonObject{{QStringLiteral("result"), QStringLiteral("ACCEPTED")},
                                                                            {QStringLiteral("timeout"), 30}},
                                                           QStringLiteral("ACCEPTED"), QString(), at, at.addSecs(40)));
        if (!result.isEmpty())
            QVERIFY_STATUS(service().requests().recordResult(uid, result, at.addSecs(1)));
    }

    QList<ProfileEntry> overview(int limit = 100)
    {
        auto entries = profileOverview(service().requests(), service().profiles(), limit);
        if (!entries)
            qWarning("%s", qPrintable(entries.error().message));
        return entries ? *entries : QList<ProfileEntry>();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_node = std::make_unique<NodeRuntime>(nodeConfig(*m_dir, {QStringLiteral("NL-CPO:CPO"), QStringLiteral("DE-EMS:EMSP")}));
        QVERIFY_STATUS(m_node->start());
    }
    void cleanup()
    {
        m_node.reset();
        m_dir.reset();
    }

    void emptyNodeListsNothing() { QVERIFY(overview().isEmpty()); }

    // One row per partner and session whatever the case of the id (GEN-03); the latest news wins:
    // a SET's acceptance, then the CPO's push, then a GET's result, then a CLEAR.
    void emspSideFollowsTheLatestNews_data()
    {
        QTest::addColumn<int>("steps");
        QTest::addColumn<double>("limit"); // 0: no profile
        QTest::addColumn<bool>("cleared");
        QTest::addColumn<QString>("lastRequest");
        QTest::newRow("set accepted") << 1 << 3700.0 << false << QStringLiteral("SET");
        QTest::newRow("then pushed by the CPO") << 2 << 3680.0 << false << QStringLiteral("SET");
        QTest::newRow("then a GET's result") << 3 << 11000.0 << false << QStringLiteral("GET");
        QTest::newRow("then cleared") << 4 << 0.0 << true << QStringLiteral("CLEAR");
    }
    void emspSideFollowsTheLatestNews()
    {
        QFETCH(int, steps);
        QFETCH(double, limit);
        QFETCH(bool, cleared);
        QFETCH(QString, lastRequest);
        const auto sent = CommandRecord::Direction::Sent;
        storeRequest(QStringLiteral("R1"), sent, 5, QStringLiteral("SET"), QStringLiteral("ses-1"),
                     {{QStringLiteral("charging_profile"), profileOf(3700)}}, kT0, {{QStringLiteral("result"), QStringLiteral("ACCEPTED")}});
        if (steps >= 2)
            QVERIFY_STATUS(service().profiles().storeUpdate(5, QStringLiteral("SES-1"), activeOf(3680, kT0), kT0.addSecs(60)));
        if (steps >= 3)
            storeRequest(QStringLiteral("R2"), sent, 5, QStringLiteral("GET"), QStringLiteral("SES-1"), {{QStringLiteral("duration"), 600}},
                         kT0.addSecs(120),
                         {{QStringLiteral("result"), QStringLiteral("ACCEPTED")}, {QStringLiteral("profile"), activeOf(11000, kT0.addSecs(120))}});
        if (steps >= 4)
            storeRequest(QStringLiteral("R3"), sent, 5, QStringLiteral("CLEAR"), QStringLiteral("Ses-1"), {}, kT0.addSecs(180),
                         {{QStringLiteral("result"), QStringLiteral("ACCEPTED")}});

        const QList<ProfileEntry> entries = overview();
        QCOMPARE(entries.size(), 1);
        const ProfileEntry &entry = entries.first();
        QCOMPARE(int(entry.side), int(ProfileEntry::Side::Emsp));
        QCOMPARE(entry.partnerId, qint64(5));
        QCOMPARE(entry.sessionId.toUpper(), QStringLiteral("SES-1"));
        QVERIFY(entry.lastRequest);
        QCOMPARE(entry.lastRequest->type, lastRequest);
        QCOMPARE(entry.cleared, cleared);
        const QJsonArray periods = entry.active.value(QLatin1String("charging_profile")).toObject().value(QLatin1String("charging_profile_period")).toArray();
        QCOMPARE(periods.isEmpty() ? 0.0 : periods.first().toObject().value(QLatin1String("limit")).toDouble(), limit);
        // An accepted SET applies from its result: the limit starts then.
        if (steps == 1)
            QCOMPARE(entry.active.value(QLatin1String("start_date_time")).toString(), QStringLiteral("2026-11-25T14:00:01Z"));
        QCOMPARE(entry.updatedAt, steps == 1 ? kT0.addSecs(1) : steps == 2 ? kT0.addSecs(60) : kT0.addSecs(60 * steps - 60 + 1));
    }

    // A refused or unanswered request is the row's last request but tells nothing of the limit.
    void refusedRequestKeepsTheLimitKnown()
    {
        const auto sent = CommandRecord::Direction::Sent;
        QVERIFY_STATUS(service().profiles().storeUpdate(5, QStringLiteral("S2"), activeOf(7400, kT0), kT0));
        CommandRecord refused;
        refused.uid = QStringLiteral("R9");
        refused.direction = sent;
        refused.partnerId = 5;
        refused.type = QStringLiteral("CLEAR");
        refused.request = {{QStringLiteral("session_id"), QStringLiteral("S2")}};
        refused.state = QStringLiteral("SENT");
        refused.createdAt = kT0.addSecs(10);
        QVERIFY_STATUS(service().requests().insert(refused));
        QVERIFY_STATUS(service().requests().recordResponse(QStringLiteral("R9"), QJsonObject{{QStringLiteral("result"), QStringLiteral("TOO_OFTEN")}},
                                                           QStringLiteral("TOO_OFTEN"), QString(), kT0.addSecs(11), QDateTime()));
        const QList<ProfileEntry> entries = overview();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().lastRequest->state, QStringLiteral("TOO_OFTEN"));
        QVERIFY(!entries.first().cleared);
        QCOMPARE(entries.first().active, activeOf(7400, kT0));
        QCOMPARE(entries.first().updatedAt, kT0.addSecs(11));
    }

    // CPO side: one row per session of ours, whoever asked; the latest change of charging_profiles
    // (a clear: none) with the request that made it, newest first beside the eMSP side's rows.
    void cpoSideShowsWhatPartnersSet()
    {
        const auto received = CommandRecord::Direction::Received;
        const ObjectKey ours = ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"), QStringLiteral("OUR-1"));
        storeRequest(QStringLiteral("C1"), received, 7, QStringLiteral("SET"), QStringLiteral("our-1"),
                     {{QStringLiteral("charging_profile"), profileOf(16, QStringLiteral("A"))}}, kT0, {});
        QVERIFY_STATUS(service().profiles().record(ours, 7, profileOf(16, QStringLiteral("A")), kT0));
        // Another session: set, then cleared by another partner.
        const ObjectKey other = ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"), QStringLiteral("OUR-2"));
        QVERIFY_STATUS(service().profiles().record(other, 7, profileOf(11000), kT0.addSecs(5)));
        QVERIFY_STATUS(service().profiles().record(other, 8, std::nullopt, kT0.addSecs(20)));
        // And an eMSP-side row, older than both.
        QVERIFY_STATUS(service().profiles().storeUpdate(5, QStringLiteral("THEIRS"), activeOf(3700, kT0), kT0.addSecs(-60)));

        const QList<ProfileEntry> entries = overview();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).sessionId.toUpper(), QStringLiteral("OUR-2"));
        QCOMPARE(int(entries.at(0).side), int(ProfileEntry::Side::Cpo));
        QCOMPARE(entries.at(0).partnerId, qint64(8));
        QVERIFY(entries.at(0).cleared);
        QVERIFY(entries.at(0).active.isEmpty());
        QCOMPARE(entries.at(1).sessionId, QStringLiteral("our-1"));
        QCOMPARE(entries.at(1).partnerId, qint64(7));
        QCOMPARE(entries.at(1).lastRequest->uid, QStringLiteral("C1"));
        QCOMPARE(entries.at(1).active, activeFrom(profileOf(16, QStringLiteral("A")), kT0));
        QCOMPARE(entries.at(2).sessionId, QStringLiteral("THEIRS"));
        QCOMPARE(int(entries.at(2).side), int(ProfileEntry::Side::Emsp));
        QVERIFY(!entries.at(2).lastRequest);

        // The limit keeps the newest.
        QCOMPARE(overview(2).size(), 2);
        QCOMPARE(overview(2).last().sessionId, QStringLiteral("our-1"));
    }
};

QTEST_GUILESS_MAIN(TstProfileOverview)
#include "tst_profileoverview.moc"
