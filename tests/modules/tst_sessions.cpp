// The sessions module between the two nodes of TwoNodes (the CPO hosts NL-CPO, the eMSP DE-EMS):
// the eMSP's Receiver interface (SES-05..08), the CPO's Sender list and charging preferences
// (SES-01..04, SES-15) and the CPO's pushes of its own sessions (PUT, then PATCH on every change).

#include "support/objectjson.h"
#include "support/twonodes.h"

#include "modules/sessions/sessionservice.h"
#include "runtime/noderuntime.h"
#include "runtime/nodeservices.h"
#include "sync/outbox.h"

#include <QJsonArray>
#include <QTest>

using namespace ocpi;
using namespace ocpi::test;

namespace {

const QString kStart = QStringLiteral("2026-11-25T09:00:00Z");

QJsonObject period(const QString &start, double kwh)
{
    return {{QStringLiteral("start_date_time"), start},
            {QStringLiteral("dimensions"),
             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("ENERGY")}, {QStringLiteral("volume"), kwh}}}}};
}

QJsonObject dataOf(const HttpResult &result)
{
    return result.json().value(QStringLiteral("data")).toObject();
}

} // namespace

class TestSessions : public QObject
{
    Q_OBJECT

    TwoNodes m_nodes;

    QString atEmsp(const QString &rest) { return m_nodes.emspUrl(QStringLiteral("sessions"), rest); }
    QString atCpo(const QString &rest = QString()) { return m_nodes.cpoUrl(QStringLiteral("sessions"), rest); }
    SessionService &cpoSessions() { return m_nodes.cpo().services().service<SessionService>(); }

    // The session the eMSP holds, as the CPO reads it back.
    QJsonObject heldByEmsp(const QString &id)
    {
        const HttpResult read = m_nodes.asCpo("GET", atEmsp(QStringLiteral("/NL/CPO/") + id));
        return read.ocpiStatus() == 1000 ? dataOf(read) : QJsonObject();
    }

private slots:
    void init()
    {
        TwoNodes::Options options;
        options.cpoPushes = false;
        QVERIFY_STATUS(m_nodes.start(options));
    }
    void cleanup() { m_nodes.stop(); }

    // ---- the eMSP's Receiver interface (SES-05..08) ----

    void receiverStoresReplacesAndAppends()
    {
        const QJsonObject first = session(QStringLiteral("S1"), QStringLiteral("ACTIVE"), QStringLiteral("2026-11-25T09:00:00Z"),
                                          {QStringLiteral("DE"), QStringLiteral("EMS")},
                                          {period(kStart, 1.5)});
        HttpResult put = m_nodes.asCpo("PUT", atEmsp(QStringLiteral("/NL/CPO/S1")), compact(first));
        QCOMPARE(put.ocpiStatus(), 1000);
        QCOMPARE(heldByEmsp(QStringLiteral("S1")), first);

        // A PATCH's charging_periods are appended; the other fields replaced (SES-07).
        const QJsonObject patch{{QStringLiteral("kwh"), 4.0},
                                {QStringLiteral("charging_periods"), QJsonArray{period(QStringLiteral("2026-11-25T09:30:00Z"), 2.5)}},
                                {QStringLiteral("last_updated"), QStringLiteral("2026-11-25T09:45:00Z")}};
        HttpResult patched = m_nodes.asCpo("PATCH", atEmsp(QStringLiteral("/NL/CPO/S1")), compact(patch));
        QCOMPARE(patched.ocpiStatus(), 1000);
        QJsonObject expected = first;
        expected.insert(QStringLiteral("kwh"), 4.0);
        expected.insert(QStringLiteral("charging_periods"),
                        QJsonArray{period(kStart, 1.5), period(QStringLiteral("2026-11-25T09:30:00Z"), 2.5)});
        expected.insert(QStringLiteral("last_updated"), QStringLiteral("2026-11-25T09:45:00Z"));
        QCOMPARE(heldByEmsp(QStringLiteral("S1")), expected);

        // The same PATCH again (the CPO restarted before it read our answer): nothing added twice.
        QCOMPARE(m_nodes.asCpo("PATCH", atEmsp(QStringLiteral("/NL/CPO/S1")), compact(patch)).ocpiStatus(), 1000);
        QCOMPARE(heldByEmsp(QStringLiteral("S1")), expected);

        // A PATCH without charging_periods leaves them as they are.
        const QJsonObject statusOnly{{QStringLiteral("status"), QStringLiteral("COMPLETED")},
                                     {QStringLiteral("last_updated"), QStringLiteral("2026-11-25T10:00:00Z")}};
        QCOMPARE(m_nodes.asCpo("PATCH", atEmsp(QStringLiteral("/NL/CPO/S1")), compact(statusOnly)).ocpiStatus(), 1000);
        expected.insert(QStringLiteral("status"), QStringLiteral("COMPLETED"));
        expected.insert(QStringLiteral("last_updated"), QStringLiteral("2026-11-25T10:00:00Z"));
        QCOMPARE(heldByEmsp(QStringLiteral("S1")), expected);

        // A PUT replaces the whole session: no charging_periods, none stored (SES-06).
        const QJsonObject replacement = session(QStringLiteral("S1"), QStringLiteral("COMPLETED"), QStringLiteral("2026-11-25T10:05:00Z"));
        QCOMPARE(m_nodes.asCpo("PUT", atEmsp(QStringLiteral("/NL/CPO/S1")), compact(replacement)).ocpiStatus(), 1000);
        QCOMPARE(heldByEmsp(QStringLiteral("S1")), replacement);
    }

    void receiverRefusals_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<int>("ocpiStatus");
        QTest::addColumn<QString>("naming");

        const QString stamp = QStringLiteral("2026-11-25T11:00:00Z");
        const QJsonObject valid = session(QStringLiteral("S1"), QStringLiteral("ACTIVE"), stamp);
        QJsonObject noKwh = valid;
        noKwh.remove(QStringLiteral("kwh"));
        QJsonObject badStatus = valid;
        badStatus.insert(QStringLiteral("status"), QStringLiteral("RESERVED"));
        QJsonObject badPeriod = valid;
        badPeriod.insert(QStringLiteral("charging_periods"),
                         QJsonArray{QJsonObject{{QStringLiteral("start_date_time"), kStart}}});

        QJsonObject elsewhere = valid;
        elsewhere.insert(QStringLiteral("country_code"), QStringLiteral("FR"));
        elsewhere.insert(QStringLiteral("party_id"), QStringLiteral("XYZ"));

        QTest::newRow("PUT without kwh") << QByteArray("PUT") << "/NL/CPO/S1" << compact(noKwh) << 200 << 2001 << "kwh";
        QTest::newRow("PUT status RESERVED (SES-11: not a SessionStatus)")
            << QByteArray("PUT") << "/NL/CPO/S1" << compact(badStatus) << 200 << 2001 << "status";
        QTest::newRow("PUT a charging period without dimensions")
            << QByteArray("PUT") << "/NL/CPO/S1" << compact(badPeriod) << 200 << 2001 << "dimensions";
        QTest::newRow("PUT id differs from the URL") << QByteArray("PUT") << "/NL/CPO/S2" << compact(valid) << 200 << 2001 << "id";
        QTest::newRow("PUT for a party the CPO does not hold")
            << QByteArray("PUT") << "/FR/XYZ/S1"
            << compact(elsewhere)
            << 404 << 2000 << "FR-XYZ";
        QTest::newRow("PATCH without last_updated (SES-07)")
            << QByteArray("PATCH") << "/NL/CPO/S1" << compact(QJsonObject{{QStringLiteral("kwh"), 3.0}}) << 200 << 2001
            << "last_updated";
        QTest::newRow("PATCH of a session not stored here")
            << QByteArray("PATCH") << "/NL/CPO/NOPE"
            << compact(QJsonObject{{QStringLiteral("kwh"), 3.0}, {QStringLiteral("last_updated"), stamp}}) << 404 << 2000
            << "NOPE";
        QTest::newRow("PATCH charging_periods not an array")
            << QByteArray("PATCH") << "/NL/CPO/S1"
            << compact(QJsonObject{{QStringLiteral("charging_periods"), 3}, {QStringLiteral("last_updated"), stamp}}) << 200
            << 2001 << "charging_periods";
        QTest::newRow("DELETE is not defined (SES-08)") << QByteArray("DELETE") << "/NL/CPO/S1" << QByteArray() << 405 << 2000
                                                         << QString();
    }

    // Each refusal names what is wrong and changes nothing.
    void receiverRefusals()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, httpStatus);
        QFETCH(int, ocpiStatus);
        QFETCH(QString, naming);

        const QJsonObject stored = session(QStringLiteral("S1"), QStringLiteral("ACTIVE"), QStringLiteral("2026-11-25T09:00:00Z"),
                                           {QStringLiteral("DE"), QStringLiteral("EMS")}, {period(kStart, 1.0)});
        QCOMPARE(m_nodes.asCpo("PUT", atEmsp(QStringLiteral("/NL/CPO/S1")), compact(stored)).ocpiStatus(), 1000);

        const HttpResult refused = m_nodes.asCpo(method, atEmsp(path), body);
        QCOMPARE(refused.status, httpStatus);
        QCOMPARE(refused.ocpiStatus(), ocpiStatus);
        const QString message = refused.json().value(QStringLiteral("status_message")).toString();
        QVERIFY2(message.contains(naming), qPrintable(message));
        QCOMPARE(heldByEmsp(QStringLiteral("S1")), stored);
        QVERIFY(heldByEmsp(QStringLiteral("S2")).isEmpty());
    }

    // A partner can never write a session in the name of one of the eMSP's own parties, nor read
    // sessions through the CPO's Sender interface with the eMSP's role.
    void receiverRefusesOurOwnParties()
    {
        QJsonObject ours = session(QStringLiteral("S9"), QStringLiteral("ACTIVE"), QStringLiteral("2026-11-25T09:00:00Z"));
        ours.insert(QStringLiteral("country_code"), QStringLiteral("DE"));
        ours.insert(QStringLiteral("party_id"), QStringLiteral("EMS"));
        const HttpResult refused = m_nodes.asCpo("PUT", atEmsp(QStringLiteral("/DE/EMS/S9")), compact(ours));
        QCOMPARE(refused.status, 404);
        QVERIFY(refused.ocpiStatus() >= 2000);
        QVERIFY(partnersJson(m_nodes.emsp().services().service<SessionService>(), m_nodes.cpoAtEmsp().id).isEmpty());
    }

    // ---- the CPO's Sender interface (SES-01..04) ----

    void senderListsOurSessions()
    {
        QVERIFY_STATUS(cpoSessions().putOwn(session(QStringLiteral("S1"), QStringLiteral("ACTIVE"), QStringLiteral("2026-11-25T09:00:00Z"))));
        QVERIFY_STATUS(cpoSessions().putOwn(session(QStringLiteral("S2"), QStringLiteral("COMPLETED"), QStringLiteral("2026-11-25T11:00:00Z"))));
        // Another eMSP's driver: not listed to DE-EMS, nor pushed to it (docs/routing.md).
        QVERIFY_STATUS(cpoSessions().putOwn(session(QStringLiteral("S3"), QStringLiteral("ACTIVE"), QStringLiteral("2026-11-25T11:30:00Z"),
                                                    {QStringLiteral("FR"), QStringLiteral("OTH")})));

        // date_from may be left out (SES-03 DECIDE: from the beginning).
        HttpResult all = m_nodes.asEmsp("GET", atCpo());
        QCOMPARE(all.ocpiStatus(), 1000);
        QCOMPARE(all.json().value(QStringLiteral("data")).toArray().size(), 2);
        QCOMPARE(all.header("X-Total-Count"), QByteArray("2"));
        // Queued for the eMSP (this test's CPO does not deliver): S1 and S2, not S3.
        auto backlog = m_nodes.cpo().services().outbox().backlog();
        QVERIFY_STATUS(backlog);
        QCOMPARE(backlog->size(), 1);
        QCOMPARE(backlog->first().pending, 2);

        HttpResult later = m_nodes.asEmsp("GET", atCpo(QStringLiteral("?date_from=2026-11-25T10:00:00Z")));
        const QJsonArray data = later.json().value(QStringLiteral("data")).toArray();
        QCOMPARE(data.size(), 1);
        QCOMPARE(data.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("S2"));

        HttpResult malformed = m_nodes.asEmsp("GET", atCpo(QStringLiteral("?date_from=yesterday")));
        QCOMPARE(malformed.ocpiStatus(), 2001);
        QVERIFY(malformed.json().value(QStringLiteral("status_message")).toString().contains(QStringLiteral("date_from")));
    }

    void chargingPreferences_data()
    {
        QTest::addColumn<QString>("status");       // of the stored session
        QTest::addColumn<QStringList>("tokenOwner");
        QTest::addColumn<QString>("sessionId");    // in the URL
        QTest::addColumn<QJsonObject>("preferences");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<int>("ocpiStatus");
        QTest::addColumn<QString>("answer");       // data, or a word of status_message on errors

        const QStringList ems{QStringLiteral("DE"), QStringLiteral("EMS")};
        const QJsonObject fast{{QStringLiteral("profile_type"), QStringLiteral("FAST")}};
        const QJsonObject cheap{{QStringLiteral("profile_type"), QStringLiteral("CHEAP")}};
        QJsonObject cheapWithDeparture = cheap;
        cheapWithDeparture.insert(QStringLiteral("departure_time"), QStringLiteral("2026-11-25T17:00:00Z"));

        QTest::newRow("FAST on an active session") << "ACTIVE" << ems << "S1" << fast << 200 << 1000 << "ACCEPTED";
        QTest::newRow("CHEAP without a departure time") << "ACTIVE" << ems << "S1" << cheap << 200 << 1000 << "DEPARTURE_REQUIRED";
        QTest::newRow("CHEAP with a departure time") << "PENDING" << ems << "S1" << cheapWithDeparture << 200 << 1000 << "ACCEPTED";
        QTest::newRow("a session that ended") << "COMPLETED" << ems << "S1" << fast << 200 << 1000 << "NOT_POSSIBLE";
        QTest::newRow("unknown session: 404 + 2001 (SES-04)") << "ACTIVE" << ems << "S7" << fast << 404 << 2001 << "S7";
        QTest::newRow("another eMSP's driver: as unknown") << "ACTIVE" << QStringList{QStringLiteral("FR"), QStringLiteral("OTH")}
                                                           << "S1" << fast << 404 << 2001 << "S1";
        QTest::newRow("unknown profile type") << "ACTIVE" << ems << "S1"
                                              << QJsonObject{{QStringLiteral("profile_type"), QStringLiteral("TURBO")}} << 200
                                              << 2001 << "profile_type";
        QTest::newRow("energy_need as a string") << "ACTIVE" << ems << "S1"
                                                 << QJsonObject{{QStringLiteral("profile_type"), QStringLiteral("FAST")},
                                                                {QStringLiteral("energy_need"), QStringLiteral("20")}}
                                                 << 200 << 2001 << "energy_need";
    }

    void chargingPreferences()
    {
        QFETCH(QString, status);
        QFETCH(QStringList, tokenOwner);
        QFETCH(QString, sessionId);
        QFETCH(QJsonObject, preferences);
        QFETCH(int, httpStatus);
        QFETCH(int, ocpiStatus);
        QFETCH(QString, answer);

        QVERIFY_STATUS(cpoSessions().putOwn(session(QStringLiteral("S1"), status, QStringLiteral("2026-11-25T09:00:00Z"), tokenOwner)));
        const HttpResult result = m_nodes.asEmsp("PUT", atCpo(QStringLiteral("/") + sessionId + QStringLiteral("/charging_preferences")),
                                                 compact(preferences));
        QCOMPARE(result.status, httpStatus);
        QCOMPARE(result.ocpiStatus(), ocpiStatus);
        if (ocpiStatus == 1000)
            QCOMPARE(result.json().value(QStringLiteral("data")).toString(), answer);
        else
            QVERIFY2(result.json().value(QStringLiteral("status_message")).toString().contains(answer), result.body.constData());
    }

    // The path needs its /charging_preferences suffix (SES-02), and only a partner may ask.
    void chargingPreferencesNeedsItsPathAndAPartner()
    {
        QVERIFY_STATUS(cpoSessions().putOwn(session(QStringLiteral("S1"), QStringLiteral("ACTIVE"), QStringLiteral("2026-11-25T09:00:00Z"))));
        const QByteArray fast = compact({{QStringLiteral("profile_type"), QStringLiteral("FAST")}});
        QCOMPARE(m_nodes.asEmsp("PUT", atCpo(QStringLiteral("/S1")), fast).status, 404);
        const HttpResult anonymous = request("PUT", QUrl(atCpo(QStringLiteral("/S1/charging_preferences"))), fast);
        QCOMPARE(anonymous.status, 401);
    }

    // ---- pushes of our own sessions ----

    // A new session is PUT to the eMSP, every change after it PATCHed, charging periods included,
    // so that the eMSP ends with the CPO's session exactly.
    void ourSessionsArePutThenPatched()
    {
        m_nodes.options().cpoPushes = true;
        QVERIFY_STATUS(m_nodes.restartNode(TwoNodes::Cpo));

        const QJsonObject started = session(QStringLiteral("S1"), QStringLiteral("ACTIVE"), QStringLiteral("2026-11-25T09:00:00Z"),
                                            {QStringLiteral("DE"), QStringLiteral("EMS")}, {period(kStart, 1.0)});
        QVERIFY_STATUS(cpoSessions().putOwn(started));
        QVERIFY(m_nodes.waitForOutboxDrained());

        const ObjectKey key = ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"), QStringLiteral("S1"));
        QVERIFY_STATUS(cpoSessions().patchOwn(
            key, QJsonObject{{QStringLiteral("kwh"), 3.0},
                             {QStringLiteral("charging_periods"), QJsonArray{period(QStringLiteral("2026-11-25T09:15:00Z"), 2.0)}},
                             {QStringLiteral("last_updated"), QStringLiteral("2026-11-25T09:20:00Z")}}));
        QVERIFY_STATUS(cpoSessions().patchOwn(
            key, QJsonObject{{QStringLiteral("status"), QStringLiteral("COMPLETED")},
                             {QStringLiteral("end_date_time"), QStringLiteral("2026-11-25T09:30:00Z")},
                             {QStringLiteral("last_updated"), QStringLiteral("2026-11-25T09:30:00Z")}}));
        QVERIFY(m_nodes.waitForOutboxDrained());

        QStringList methods;
        for (const TrafficRecord &push : m_nodes.pushesReceived(TwoNodes::Emsp, QStringLiteral("sessions")))
            methods << push.method;
        QCOMPARE(methods, (QStringList{QStringLiteral("PUT"), QStringLiteral("PATCH"), QStringLiteral("PATCH")}));

        auto ours = cpoSessions().findOwn(key);
        QVERIFY_STATUS(ours);
        QVERIFY(ours->has_value());
        const QJsonObject atCpoNow = QJsonDocument::fromJson((*ours)->json).object();
        QCOMPARE(atCpoNow.value(QStringLiteral("charging_periods")).toArray().size(), 2);
        QCOMPARE(heldByEmsp(QStringLiteral("S1")), atCpoNow);
    }
};

QTEST_MAIN(TestSessions)
#include "tst_sessions.moc"
