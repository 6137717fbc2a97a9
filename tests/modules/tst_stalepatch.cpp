// A PATCH older than what it lands on (TF-10, PIT-07): refused with 2001 naming last_updated on
// every Receiver interface that takes PATCH (tokens at the CPO, sessions and locations at the
// eMSP; Location, EVSE and Connector), and nothing changes. An equal last_updated passes, and so
// does a PUT of any age (the CHECKLIST asks for neither; objectpatch.h says why).

#include "support/objectjson.h"
#include "support/twonodes.h"

#include "runtime/noderuntime.h"

#include <QJsonArray>
#include <QTest>

using namespace ocpi;
using namespace ocpi::test;

namespace {

QJsonObject testData(const QString &path)
{
    return QJsonDocument::fromJson(readTestData(path)).object();
}

} // namespace

class TestStalePatch : public QObject
{
    Q_OBJECT

    TwoNodes m_nodes;

    // A request as the object's owner makes it to the Receiver holding its copy.
    HttpResult asOwner(bool cpoOwns, const QByteArray &method, const QString &url, const QByteArray &body = QByteArray())
    {
        return cpoOwns ? m_nodes.asCpo(method, url, body) : m_nodes.asEmsp(method, url, body);
    }

private slots:
    void init()
    {
        TwoNodes::Options options;
        options.cpoPushes = false;
        QVERIFY_STATUS(m_nodes.start(options));
    }
    void cleanup() { m_nodes.stop(); }

    void olderPatchIsRefused_data()
    {
        QTest::addColumn<bool>("cpoOwns");       // else the eMSP owns it and the CPO receives it
        QTest::addColumn<QString>("module");
        QTest::addColumn<QString>("objectPath"); // on the Receiver: where the whole object is PUT and read
        QTest::addColumn<QJsonObject>("object");
        QTest::addColumn<QString>("patchPath");
        QTest::addColumn<QJsonObject>("change"); // the PATCH without last_updated
        QTest::addColumn<QString>("stored");     // the stored last_updated of what the PATCH names
        QTest::addColumn<QString>("older");

        const QString token = QStringLiteral("/DE/EMS/0A1B2C3D4E5F60?type=RFID");
        const QString station = QStringLiteral("/NL/CPO/UTR-STATION-01");
        const QJsonObject stationObject = testData(QStringLiteral("locations/utrecht_station.json"));
        const QJsonObject charging{{QStringLiteral("status"), QStringLiteral("CHARGING")}};

        QTest::newRow("Token (TOK-01)") << false << QStringLiteral("tokens") << token
                                        << testData(QStringLiteral("tokens/ems_rfid_card.json")) << token
                                        << QJsonObject{{QStringLiteral("valid"), false}}
                                        << QStringLiteral("2026-11-20T08:15:00Z") << QStringLiteral("2026-11-20T08:14:59Z");
        QTest::newRow("Session (SES-07)") << true << QStringLiteral("sessions") << QStringLiteral("/NL/CPO/S1")
                                          << session(QStringLiteral("S1"), QStringLiteral("ACTIVE"), QStringLiteral("2026-11-25T09:30:00Z")) << QStringLiteral("/NL/CPO/S1")
                                          << QJsonObject{{QStringLiteral("kwh"), 3.5}}
                                          << QStringLiteral("2026-11-25T09:30:00Z") << QStringLiteral("2026-11-25T09:00:00Z");
        QTest::newRow("Location (LOC-07)") << true << QStringLiteral("locations") << station << stationObject << station
                                           << QJsonObject{{QStringLiteral("name"), QStringLiteral("Renamed")}}
                                           << QStringLiteral("2026-11-21T14:30:00Z") << QStringLiteral("2026-11-21T14:29:00Z");
        QTest::newRow("EVSE") << true << QStringLiteral("locations") << station << stationObject
                              << station + QStringLiteral("/UTR01-A") << charging
                              << QStringLiteral("2026-11-20T09:00:00Z") << QStringLiteral("2026-11-19T09:00:00Z");
        QTest::newRow("Connector") << true << QStringLiteral("locations") << station << stationObject
                                   << station + QStringLiteral("/UTR01-B/1") << QJsonObject{{QStringLiteral("max_amperage"), 200}}
                                   << QStringLiteral("2026-11-21T14:30:00Z") << QStringLiteral("2026-11-21T14:00:00Z");
    }

    void olderPatchIsRefused()
    {
        QFETCH(bool, cpoOwns);
        QFETCH(QString, module);
        QFETCH(QString, objectPath);
        QFETCH(QJsonObject, object);
        QFETCH(QString, patchPath);
        QFETCH(QJsonObject, change);
        QFETCH(QString, stored);
        QFETCH(QString, older);
        // The Receiver is the other node: the eMSP for the CPO's objects.
        auto here = [&](const QString &path) { return cpoOwns ? m_nodes.emspUrl(module, path) : m_nodes.cpoUrl(module, path); };
        const QString objectUrl = objectPath;
        const QString patchUrl = patchPath;

        const HttpResult put = asOwner(cpoOwns, "PUT", here(objectUrl), compact(object));
        QVERIFY2(put.ocpiStatus() == 1000, put.body.constData());
        const QJsonObject held = asOwner(cpoOwns, "GET", here(objectUrl)).json().value(QStringLiteral("data")).toObject();
        QVERIFY(!held.isEmpty());

        QJsonObject patch = change;
        patch.insert(QStringLiteral("last_updated"), older);
        const HttpResult refused = asOwner(cpoOwns, "PATCH", here(patchUrl), compact(patch));
        QCOMPARE(refused.status, 200);
        QCOMPARE(refused.ocpiStatus(), 2001);
        const QString message = refused.json().value(QStringLiteral("status_message")).toString();
        QVERIFY2(message.startsWith(QLatin1String("last_updated")) && message.contains(older) && message.contains(stored),
                 qPrintable(message));
        QCOMPARE(asOwner(cpoOwns, "GET", here(objectUrl)).json().value(QStringLiteral("data")).toObject(), held);

        // The same instant passes (second resolution; a retried PATCH), and so does a later one.
        patch.insert(QStringLiteral("last_updated"), stored);
        QCOMPARE(asOwner(cpoOwns, "PATCH", here(patchUrl), compact(patch)).ocpiStatus(), 1000);
        QVERIFY(asOwner(cpoOwns, "GET", here(objectUrl)).json().value(QStringLiteral("data")).toObject() != held);
        patch.insert(QStringLiteral("last_updated"), QStringLiteral("2026-11-25T11:00:00Z"));
        QCOMPARE(asOwner(cpoOwns, "PATCH", here(patchUrl), compact(patch)).ocpiStatus(), 1000);

        // A PUT is the Sender's repair (TF-11): accepted whatever its age.
        const HttpResult again = asOwner(cpoOwns, "PUT", here(objectUrl), compact(object));
        QCOMPARE(again.ocpiStatus(), 1000);
        QCOMPARE(asOwner(cpoOwns, "GET", here(objectUrl)).json().value(QStringLiteral("data")).toObject(), held);
    }

    // A PATCH is compared with the part it names: connector 1 of UTR01-A (09:00 on the 20th) may
    // be patched at 10:00 on the 20th although its Location says the 21st (another EVSE changed).
    void partIsComparedWithItself()
    {
        const QString station = m_nodes.emspUrl(QStringLiteral("locations"), QStringLiteral("/NL/CPO/UTR-STATION-01"));
        QCOMPARE(m_nodes.asCpo("PUT", station, compact(testData(QStringLiteral("locations/utrecht_station.json")))).ocpiStatus(),
                 1000);
        const QJsonObject patch{{QStringLiteral("max_amperage"), 25}, {QStringLiteral("last_updated"), QStringLiteral("2026-11-20T10:00:00Z")}};
        QCOMPARE(m_nodes.asCpo("PATCH", station + QStringLiteral("/UTR01-A/1"), compact(patch)).ocpiStatus(), 1000);
        const QJsonObject connector = m_nodes.asCpo("GET", station + QStringLiteral("/UTR01-A/1")).json()
                                          .value(QStringLiteral("data")).toObject();
        QCOMPARE(connector.value(QStringLiteral("max_amperage")).toInt(), 25);
    }
};

QTEST_MAIN(TestStalePatch)
#include "tst_stalepatch.moc"
