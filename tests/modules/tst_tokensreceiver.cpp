#include "tokenstests.h"

// The tokens module's Receiver interface on the CPO node, written and read by the registered
// eMSP node (TOK-01/02, TF-09..14, PIT-07).
class TestTokensReceiver : public TokensTests
{
    Q_OBJECT

private slots:
    // ---- Receiver interface on the CPO (TOK-01/02) ----

    void receiverWrites_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<int>("ocpiStatus");
        QTest::addColumn<QString>("naming");     // part of status_message on errors
        QTest::addColumn<QString>("checkUid");   // the token looked at afterwards (DE/EMS)
        QTest::addColumn<QString>("checkType");
        QTest::addColumn<QJsonObject>("expected"); // empty: not stored

        const QJsonObject rfid = fixture(QStringLiteral("ems_rfid_card.json"));
        const QJsonObject app = fixture(QStringLiteral("ems_app_user.json"));
        const QJsonObject fresh = edited(rfid, {{QStringLiteral("uid"), QStringLiteral("NEW-CARD-01")}});
        const QString rfidPath = QStringLiteral("/DE/EMS/") + kUid;
        const QString R = QStringLiteral("RFID");
        const QString A = QStringLiteral("APP_USER");
        auto stamped = [](QJsonObject patch) {
            patch.insert(QStringLiteral("last_updated"), kStamp);
            return compact(patch);
        };
        auto patched = [](const QJsonObject &token, QJsonObject patch) {
            patch.insert(QStringLiteral("last_updated"), kStamp);
            return edited(token, patch);
        };

        // PUT: create, replace, ?type= (TOK-02, ST-04, TF-09)
        QTest::newRow("PUT new token with ?type=RFID: 201")
            << QByteArray("PUT") << "/DE/EMS/NEW-CARD-01?type=RFID" << compact(fresh) << 201 << 1000 << QString()
            << "NEW-CARD-01" << R << fresh;
        QTest::newRow("PUT without ?type= stores an RFID token")
            << QByteArray("PUT") << "/DE/EMS/NEW-CARD-01" << compact(fresh) << 201 << 1000 << QString()
            << "NEW-CARD-01" << R << fresh;
        const QJsonObject replacement = without(edited(rfid, {{QStringLiteral("valid"), false}}), QStringLiteral("visual_number"));
        QTest::newRow("PUT existing token: 200, replaced whole (TF-09)")
            << QByteArray("PUT") << rfidPath << compact(replacement) << 200 << 1000 << QString() << kUid << R << replacement;
        const QJsonObject app2 = edited(app, {{QStringLiteral("valid"), true}});
        QTest::newRow("PUT ?type=APP_USER leaves the RFID token of the same uid alone")
            << QByteArray("PUT") << rfidPath + "?type=APP_USER" << compact(app2) << 200 << 1000 << QString() << kUid << R << rfid;
        QTest::newRow("PUT ?type=APP_USER replaces the APP_USER token")
            << QByteArray("PUT") << rfidPath + "?type=APP_USER" << compact(app2) << 200 << 1000 << QString() << kUid << A << app2;
        QTest::newRow("PUT lower-case uid in the URL names the same token (GEN-03)")
            << QByteArray("PUT") << "/de/ems/0a1b2c3d4e5f60" << compact(replacement) << 200 << 1000 << QString() << kUid << R << replacement;

        // PUT refused: nothing stored (TF-12/13, TOK-12)
        QTest::newRow("PUT body type differs from ?type=: 2001")
            << QByteArray("PUT") << rfidPath + "?type=OTHER" << compact(rfid) << 200 << 2001 << "type" << kUid
            << "OTHER" << QJsonObject();
        const QJsonObject freshApp = edited(app, {{QStringLiteral("uid"), QStringLiteral("NEW-APP-02")}});
        QTest::newRow("PUT APP_USER body without ?type= (RFID): 2001")
            << QByteArray("PUT") << "/DE/EMS/NEW-APP-02" << compact(freshApp) << 200 << 2001 << "type" << "NEW-APP-02"
            << A << QJsonObject();
        QTest::newRow("PUT uid in body differs from the URL: 2001")
            << QByteArray("PUT") << "/DE/EMS/OTHER-UID" << compact(fresh) << 200 << 2001 << "uid" << "OTHER-UID" << R
            << QJsonObject();
        QTest::newRow("PUT owner in body differs from the URL: 2001")
            << QByteArray("PUT") << "/DE/EMS/NEW-CARD-01"
            << compact(edited(fresh, {{QStringLiteral("country_code"), QStringLiteral("AT")}})) << 200 << 2001
            << "country_code" << "NEW-CARD-01" << R << QJsonObject();
        QTest::newRow("PUT without contract_id: 2001 naming it")
            << QByteArray("PUT") << "/DE/EMS/NEW-CARD-01" << compact(without(fresh, QStringLiteral("contract_id")))
            << 200 << 2001 << "contract_id" << "NEW-CARD-01" << R << QJsonObject();
        QTest::newRow("PUT unknown whitelist value: 2001 naming it")
            << QByteArray("PUT") << "/DE/EMS/NEW-CARD-01"
            << compact(edited(fresh, {{QStringLiteral("whitelist"), QStringLiteral("SOMETIMES")}})) << 200 << 2001
            << "whitelist" << "NEW-CARD-01" << R << QJsonObject();
        QTest::newRow("PUT valid as a string: 2001 naming it")
            << QByteArray("PUT") << "/DE/EMS/NEW-CARD-01" << compact(edited(fresh, {{QStringLiteral("valid"), QStringLiteral("true")}}))
            << 200 << 2001 << "valid" << "NEW-CARD-01" << R << QJsonObject();
        const QString longUid = QString(37, QLatin1Char('X'));
        QTest::newRow("PUT uid of 37 characters: 2001")
            << QByteArray("PUT") << "/DE/EMS/" + longUid << compact(edited(fresh, {{QStringLiteral("uid"), longUid}}))
            << 200 << 2001 << "token_uid" << longUid << R << QJsonObject();
        QTest::newRow("PUT ?type=rfid (enums are case-sensitive): 2001")
            << QByteArray("PUT") << "/DE/EMS/NEW-CARD-01?type=rfid" << compact(fresh) << 200 << 2001 << "type"
            << "NEW-CARD-01" << R << QJsonObject();
        QTest::newRow("PUT ?type=CARD: 2001")
            << QByteArray("PUT") << "/DE/EMS/NEW-CARD-01?type=CARD" << compact(fresh) << 200 << 2001 << "type"
            << "NEW-CARD-01" << R << QJsonObject();
        QTest::newRow("PUT under a party the caller does not hold: 404 (TF-14)")
            << QByteArray("PUT") << "/FR/XYZ/NEW-CARD-01"
            << compact(edited(fresh, {{QStringLiteral("country_code"), QStringLiteral("FR")}, {QStringLiteral("party_id"), QStringLiteral("XYZ")}}))
            << 404 << 2000 << "FR" << "NEW-CARD-01" << R << QJsonObject();

        // PATCH (TF-10, PIT-07)
        QTest::newRow("PATCH valid=false blocks the token")
            << QByteArray("PATCH") << rfidPath << stamped({{QStringLiteral("valid"), false}}) << 200 << 1000 << QString()
            << kUid << R << patched(rfid, {{QStringLiteral("valid"), false}});
        QTest::newRow("PATCH whitelist change")
            << QByteArray("PATCH") << rfidPath + "?type=RFID" << stamped({{QStringLiteral("whitelist"), QStringLiteral("NEVER")}})
            << 200 << 1000 << QString() << kUid << R << patched(rfid, {{QStringLiteral("whitelist"), QStringLiteral("NEVER")}});
        const QJsonObject contract{{QStringLiteral("supplier_name"), QStringLiteral("Andere Energie")}};
        QTest::newRow("PATCH energy_contract replaces the nested object whole")
            << QByteArray("PATCH") << rfidPath << stamped({{QStringLiteral("energy_contract"), contract}}) << 200 << 1000
            << QString() << kUid << R << patched(rfid, {{QStringLiteral("energy_contract"), contract}});
        QTest::newRow("PATCH repeating the identifying fields")
            << QByteArray("PATCH") << rfidPath
            << stamped({{QStringLiteral("country_code"), QStringLiteral("DE")}, {QStringLiteral("party_id"), QStringLiteral("EMS")},
                        {QStringLiteral("uid"), kUid}, {QStringLiteral("type"), R}, {QStringLiteral("valid"), false}})
            << 200 << 1000 << QString() << kUid << R << patched(rfid, {{QStringLiteral("valid"), false}});
        QTest::newRow("PATCH ?type=APP_USER changes that token")
            << QByteArray("PATCH") << rfidPath + "?type=APP_USER" << stamped({{QStringLiteral("valid"), true}}) << 200 << 1000
            << QString() << kUid << A << patched(app, {{QStringLiteral("valid"), true}});
        QTest::newRow("PATCH ?type=APP_USER leaves the RFID token alone")
            << QByteArray("PATCH") << rfidPath + "?type=APP_USER" << stamped({{QStringLiteral("valid"), true}}) << 200 << 1000
            << QString() << kUid << R << rfid;
        QTest::newRow("PATCH without last_updated: 2001, unchanged")
            << QByteArray("PATCH") << rfidPath << compact({{QStringLiteral("valid"), false}}) << 200 << 2001
            << "last_updated" << kUid << R << rfid;
        QTest::newRow("PATCH last_updated null: 2001, unchanged")
            << QByteArray("PATCH") << rfidPath << compact({{QStringLiteral("valid"), false}, {QStringLiteral("last_updated"), QJsonValue::Null}})
            << 200 << 2001 << "last_updated" << kUid << R << rfid;
        QTest::newRow("PATCH unknown whitelist value: 2001, unchanged")
            << QByteArray("PATCH") << rfidPath << stamped({{QStringLiteral("whitelist"), QStringLiteral("SOMETIMES")}}) << 200
            << 2001 << "whitelist" << kUid << R << rfid;
        QTest::newRow("PATCH required field to null: 2001, unchanged")
            << QByteArray("PATCH") << rfidPath << stamped({{QStringLiteral("contract_id"), QJsonValue::Null}}) << 200 << 2001
            << "contract_id" << kUid << R << rfid;
        QTest::newRow("PATCH uid in body differs from the URL: 2001, unchanged")
            << QByteArray("PATCH") << rfidPath << stamped({{QStringLiteral("uid"), QStringLiteral("OTHER-UID")}, {QStringLiteral("valid"), false}})
            << 200 << 2001 << "uid" << kUid << R << rfid;
        QTest::newRow("PATCH type in body differs from the URL: 2001, unchanged")
            << QByteArray("PATCH") << rfidPath << stamped({{QStringLiteral("type"), A}, {QStringLiteral("valid"), false}})
            << 200 << 2001 << "type" << kUid << R << rfid;
        QTest::newRow("PATCH party in body differs from the URL: 2001, unchanged")
            << QByteArray("PATCH") << rfidPath << stamped({{QStringLiteral("party_id"), QStringLiteral("XYZ")}}) << 200 << 2001
            << "party_id" << kUid << R << rfid;
        QTest::newRow("PATCH a body that is not an object: 2001, unchanged")
            << QByteArray("PATCH") << rfidPath << QByteArray("[]") << 200 << 2001 << QString() << kUid << R << rfid;
        QTest::newRow("PATCH ?type=Rfid: 2001, unchanged")
            << QByteArray("PATCH") << rfidPath + "?type=Rfid" << stamped({{QStringLiteral("valid"), false}}) << 200 << 2001
            << "type" << kUid << R << rfid;
        // Decision: an unknown token on the Receiver is 404 + 2000 like any unknown object (ST-03);
        // 2004 belongs to the owner's authorization answer (TOK-06).
        QTest::newRow("PATCH unknown token: 404 + 2000")
            << QByteArray("PATCH") << "/DE/EMS/NO-SUCH-CARD" << stamped({{QStringLiteral("valid"), false}}) << 404 << 2000
            << "NO-SUCH-CARD" << "NO-SUCH-CARD" << R << QJsonObject();
        QTest::newRow("PATCH a type not stored: 404 + 2000")
            << QByteArray("PATCH") << rfidPath + "?type=OTHER" << stamped({{QStringLiteral("valid"), false}}) << 404 << 2000
            << kUid << kUid << "OTHER" << QJsonObject();
        QTest::newRow("PATCH under a party the caller does not hold: 404")
            << QByteArray("PATCH") << "/FR/XYZ/" + kUid << stamped({{QStringLiteral("valid"), false}}) << 404 << 2000
            << "FR" << kUid << R << rfid;

        // Methods OCPI does not define here (TOK-13: tokens are never deleted).
        QTest::newRow("DELETE: 405, kept") << QByteArray("DELETE") << rfidPath << QByteArray() << 405 << 2000 << QString()
                                            << kUid << R << rfid;
        QTest::newRow("POST: 405, kept") << QByteArray("POST") << rfidPath << compact(rfid) << 405 << 2000 << QString()
                                          << kUid << R << rfid;
    }

    void receiverWrites()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, httpStatus);
        QFETCH(int, ocpiStatus);
        QFETCH(QString, naming);
        QFETCH(QString, checkUid);
        QFETCH(QString, checkType);
        QFETCH(QJsonObject, expected);

        putOnCpo(fixture(QStringLiteral("ems_rfid_card.json")));
        putOnCpo(fixture(QStringLiteral("ems_app_user.json")));

        const HttpResult result = call(method, receiverUrl(path), m_emspOnCpo, body);
        if (ocpiStatus == 1000) {
            QCOMPARE(result.status, httpStatus);
            QCOMPARE(result.json(), successEnvelope()); // TF-19: no data on PUT/PATCH
        } else {
            verifyError(result, httpStatus, ocpiStatus, naming);
        }
        QCOMPARE(storedOn(m_nodes.cpo(), QStringLiteral("DE"), QStringLiteral("EMS"), checkUid, checkType), expected);
    }

    void receiverPatchInvalidJsonIs400()
    {
        putOnCpo(fixture(QStringLiteral("ems_rfid_card.json")));
        const HttpResult result = call("PATCH", receiverUrl(QStringLiteral("/DE/EMS/") + kUid), m_emspOnCpo, "{\"valid\": fal");
        QCOMPARE(result.status, 400); // ST-01
        QCOMPARE(result.ocpiStatus(), 2001);
        QCOMPARE(storedOn(m_nodes.cpo(), QStringLiteral("DE"), QStringLiteral("EMS"), kUid, QStringLiteral("RFID")),
                 fixture(QStringLiteral("ems_rfid_card.json")));
    }

    void receiverGet_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<int>("ocpiStatus");
        QTest::addColumn<QString>("expected"); // fixture served as data, or part of the error message

        const QString base = QStringLiteral("/DE/EMS/") + kUid;
        const QString rfid = QStringLiteral("ems_rfid_card.json");
        const QString app = QStringLiteral("ems_app_user.json");
        QTest::newRow("without ?type=: the RFID token (TOK-02)") << base << 200 << 1000 << rfid;
        QTest::newRow("?type=RFID") << base + "?type=RFID" << 200 << 1000 << rfid;
        QTest::newRow("?type= empty: RFID") << base + "?type=" << 200 << 1000 << rfid;
        QTest::newRow("?type=APP_USER: another token, same uid") << base + "?type=APP_USER" << 200 << 1000 << app;
        QTest::newRow("trailing slash (TF-27)") << base + "/?type=APP_USER" << 200 << 1000 << app;
        QTest::newRow("lower-case ids (GEN-03)") << "/de/ems/" + kUid.toLower() << 200 << 1000 << rfid;
        QTest::newRow("?type=OTHER: not stored, 404") << base + "?type=OTHER" << 404 << 2000 << kUid;
        QTest::newRow("unknown uid: 404") << QStringLiteral("/DE/EMS/NO-SUCH-CARD") << 404 << 2000 << "NO-SUCH-CARD";
        QTest::newRow("?type=app_user: 2001") << base + "?type=app_user" << 200 << 2001 << "type";
        QTest::newRow("bad party_id: 2001") << "/DE/E$S/" + kUid << 200 << 2001 << "party_id";
        QTest::newRow("a party the caller does not hold: 404 (TF-14)") << "/NL/CPO/" + kUid << 404 << 2000 << "NL";
    }

    void receiverGet()
    {
        QFETCH(QString, path);
        QFETCH(int, httpStatus);
        QFETCH(int, ocpiStatus);
        QFETCH(QString, expected);

        putOnCpo(fixture(QStringLiteral("ems_rfid_card.json")));
        putOnCpo(fixture(QStringLiteral("ems_app_user.json")));

        const HttpResult result = call("GET", receiverUrl(path), m_emspOnCpo);
        if (ocpiStatus == 1000) {
            QCOMPARE(result.status, httpStatus);
            QCOMPARE(result.json(), successEnvelope(fixture(expected)));
        } else {
            verifyError(result, httpStatus, ocpiStatus, expected);
        }
    }

    // Another eMSP registered with the same CPO sees none of the first one's tokens (TF-14).
    void crossPartnerAccessIsHidden()
    {
        const QJsonObject rfid = fixture(QStringLiteral("ems_rfid_card.json"));
        putOnCpo(rfid);
        auto other = m_nodes.startAnother({QStringLiteral("FR-OTH:EMSP")}, QStringLiteral("other.sqlite"));
        QVERIFY(other);
        const auto registered = registerWith(*other, m_nodes.cpo(), QStringLiteral("other"));
        QVERIFY_STATUS(registered);
        const QString otherToken = registered->outgoingToken;
        const QString path = receiverUrl(QStringLiteral("/DE/EMS/") + kUid);

        verifyError(call("GET", path, otherToken), 404, 2000, QStringLiteral("DE"));
        verifyError(call("PUT", path, otherToken, compact(edited(rfid, {{QStringLiteral("valid"), false}}))), 404, 2000,
                    QStringLiteral("DE"));
        verifyError(call("PATCH", path, otherToken,
                         compact({{QStringLiteral("valid"), false}, {QStringLiteral("last_updated"), kStamp}})),
                    404, 2000, QStringLiteral("DE"));
        QCOMPARE(storedOn(m_nodes.cpo(), QStringLiteral("DE"), QStringLiteral("EMS"), kUid, QStringLiteral("RFID")), rfid);

        // And its own tokens are its own.
        const QJsonObject its = edited(rfid, {{QStringLiteral("country_code"), QStringLiteral("FR")},
                                              {QStringLiteral("party_id"), QStringLiteral("OTH")}});
        QCOMPARE(call("PUT", receiverUrl(QStringLiteral("/FR/OTH/") + kUid), otherToken, compact(its)).status, 201);
        verifyError(call("GET", receiverUrl(QStringLiteral("/FR/OTH/") + kUid), m_emspOnCpo), 404, 2000, QStringLiteral("FR"));
        QCOMPARE(call("GET", receiverUrl(QStringLiteral("/FR/OTH/") + kUid), otherToken).json(), successEnvelope(its));
    }
};

QTEST_MAIN(TestTokensReceiver)
#include "moc_tokenstests.cpp"
#include "tst_tokensreceiver.moc"
