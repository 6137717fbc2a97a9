#include "http/ocpipaths.h"
#include "tokenstests.h"

#include "http/dispatcher.h"
#include "http/httpserver.h"
#include "http/router.h"
#include "modules/tokens/tokensroutes.h"
#include "sync/outbox.h"
#include "traffic/requestlog.h"

#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

// The tokens module on the eMSP node: its Sender list and real-time authorization asked by the
// registered CPO node (TOK-03..09, PIT-04, PIT-05), and our own token changes pushed as PATCH
// (TF-10).
class TestTokensSender : public TokensTests
{
    Q_OBJECT

private slots:
    // ---- Sender interface on the eMSP (TOK-03..09) ----

    void senderList_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<int>>("expected"); // indexes into the five stored tokens
        QTest::addColumn<QString>("next");        // the Link query, empty: no Link (PG-04)
        QTest::addColumn<int>("total");

        QTest::newRow("first page") << "?offset=0&limit=2" << QList<int>{0, 1} << "offset=2&limit=2" << 5;
        QTest::newRow("middle page") << "?offset=2&limit=2" << QList<int>{2, 3} << "offset=4&limit=2" << 5;
        QTest::newRow("last page, no Link") << "?offset=4&limit=2" << QList<int>{4} << QString() << 5;
        QTest::newRow("everything") << QString() << QList<int>{0, 1, 2, 3, 4} << QString() << 5;
        QTest::newRow("date_from inclusive, date_to exclusive (PG-02)")
            << "?date_from=2026-11-02T00:00:00Z&date_to=2026-11-04T00:00:00Z&limit=1" << QList<int>{1}
            << "date_from=2026-11-02T00:00:00Z&date_to=2026-11-04T00:00:00Z&offset=1&limit=1" << 2;
    }

    void senderList()
    {
        QFETCH(QString, query);
        QFETCH(QList<int>, expected);
        QFETCH(QString, next);
        QFETCH(int, total);

        // Five tokens of ours, last_updated one day apart from 2026-11-01, listed oldest first (PG-06).
        QJsonArray ours;
        const QJsonObject rfid = fixture(QStringLiteral("ems_rfid_card.json"));
        for (int i = 0; i < 5; ++i) {
            ours.append(edited(rfid, {{QStringLiteral("uid"), QStringLiteral("LIST-%1").arg(i)},
                                      {QStringLiteral("last_updated"), QStringLiteral("2026-11-0%1T00:00:00Z").arg(i + 1)}}));
        }
        putOwnOnEmsp(ours);

        const HttpResult result = call("GET", senderUrl(query), m_cpoOnEmsp);
        QCOMPARE(result.status, 200);
        QJsonArray page;
        for (int i : expected)
            page.append(ours.at(i));
        QJsonObject envelope = successEnvelope();
        envelope.insert(QStringLiteral("data"), page);
        QCOMPARE(result.json(), envelope);
        QCOMPARE(result.header("X-Total-Count"), QByteArray::number(total));
        QCOMPARE(result.header("X-Limit"), QByteArray("100"));
        const QByteArray link = result.header("Link");
        if (next.isEmpty()) {
            QVERIFY2(link.isEmpty(), link.constData());
        } else {
            // Every original filter repeated, in any order (PIT-06).
            const QUrl url(QString::fromLatin1(link.mid(1, link.indexOf('>') - 1)));
            QCOMPARE(url.adjusted(QUrl::RemoveQuery), QUrl(senderUrl(QString())));
            auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
            auto wanted = QUrlQuery(next).queryItems(QUrl::FullyDecoded);
            std::sort(items.begin(), items.end());
            std::sort(wanted.begin(), wanted.end());
            QCOMPARE(items, wanted);
            QVERIFY(link.endsWith("; rel=\"next\""));
        }
    }

    void senderListBadLimitIs2001()
    {
        verifyError(call("GET", senderUrl(QStringLiteral("?limit=-1")), m_cpoOnEmsp), 200, 2001, QStringLiteral("limit"));
    }

    void authorize_data()
    {
        QTest::addColumn<QString>("path");      // below the Sender endpoint
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<int>("ocpiStatus");
        QTest::addColumn<QJsonObject>("expected"); // AuthorizationInfo, reference as "$REF"; or {"message": part}

        const QJsonObject rfid = fixture(QStringLiteral("ems_rfid_card.json"));
        const QJsonObject app = fixture(QStringLiteral("ems_app_user.json"));
        const QJsonObject blocked = fixture(QStringLiteral("ems_blocked_card.json"));
        const QString ref = QStringLiteral("$REF");
        const QJsonObject blockedInfo{{QStringLiteral("language"), QStringLiteral("en")},
                                      {QStringLiteral("text"), QStringLiteral("This token is blocked.")}};
        auto allowed = [&](const QJsonObject &token, const std::optional<QJsonObject> &location = std::nullopt) {
            QJsonObject info{{QStringLiteral("allowed"), QStringLiteral("ALLOWED")}, {QStringLiteral("token"), token},
                             {QStringLiteral("authorization_reference"), ref}};
            if (location)
                info.insert(QStringLiteral("location"), *location);
            return info;
        };
        auto refused = [&](const QJsonObject &token) {
            return QJsonObject{{QStringLiteral("allowed"), QStringLiteral("BLOCKED")}, {QStringLiteral("token"), token},
                               {QStringLiteral("info"), blockedInfo}};
        };
        auto failing = [](const QString &naming) { return QJsonObject{{QStringLiteral("message"), naming}}; };
        const QJsonObject twoEvses{{QStringLiteral("location_id"), QStringLiteral("LOC-0815")},
                                   {QStringLiteral("evse_uids"), QJsonArray{QStringLiteral("EVSE-1"), QStringLiteral("EVSE-2")}}};
        const QJsonObject locationOnly{{QStringLiteral("location_id"), QStringLiteral("LOC-0815")}};
        const QString authorizeRfid = QStringLiteral("/") + kUid + QStringLiteral("/authorize");

        QTest::newRow("valid token: ALLOWED with token and reference (TOK-05)")
            << authorizeRfid << QByteArray() << 200 << 1000 << allowed(rfid);
        QTest::newRow("?type=RFID") << authorizeRfid + "?type=RFID" << QByteArray() << 200 << 1000 << allowed(rfid);
        QTest::newRow("?type=APP_USER: the other token of the uid (PIT-05)")
            << authorizeRfid + "?type=APP_USER" << QByteArray() << 200 << 1000 << refused(app);
        QTest::newRow("valid=false: BLOCKED is HTTP 200 + 1000 (PIT-04)")
            << "/BLOCKED-0001/authorize" << QByteArray() << 200 << 1000 << refused(blocked);
        QTest::newRow("BLOCKED with location references: no location given")
            << "/BLOCKED-0001/authorize" << compact(twoEvses) << 200 << 1000 << refused(blocked);
        QTest::newRow("lower-case uid (GEN-03)")
            << "/" + kUid.toLower() + "/authorize" << QByteArray() << 200 << 1000 << allowed(rfid);
        QTest::newRow("trailing slash (TF-27)") << authorizeRfid + "/" << QByteArray() << 200 << 1000 << allowed(rfid);
        QTest::newRow("location references echoed")
            << authorizeRfid << compact(twoEvses) << 200 << 1000 << allowed(rfid, twoEvses);
        QTest::newRow("location references without EVSEs")
            << authorizeRfid << compact(locationOnly) << 200 << 1000 << allowed(rfid, locationOnly);
        QTest::newRow("location references, empty evse list canonical")
            << authorizeRfid
            << compact({{QStringLiteral("location_id"), QStringLiteral("LOC-0815")}, {QStringLiteral("evse_uids"), QJsonArray()}})
            << 200 << 1000 << allowed(rfid, locationOnly);

        QTest::newRow("unknown uid: 404 + 2004, no data (TOK-06)")
            << "/NO-SUCH-CARD/authorize" << QByteArray() << 404 << 2004 << failing(QStringLiteral("NO-SUCH-CARD"));
        QTest::newRow("known uid, type not issued: 404 + 2004")
            << authorizeRfid + "?type=OTHER" << QByteArray() << 404 << 2004 << failing(QStringLiteral("OTHER"));
        QTest::newRow("unknown uid with location references: 404 + 2004")
            << "/NO-SUCH-CARD/authorize" << compact(twoEvses) << 404 << 2004 << failing(QStringLiteral("NO-SUCH-CARD"));
        QTest::newRow("location_id missing: 2001")
            << authorizeRfid << compact({{QStringLiteral("evse_uids"), QJsonArray{QStringLiteral("EVSE-1")}}}) << 200 << 2001
            << failing(QStringLiteral("location_id"));
        QTest::newRow("empty object: 2001") << authorizeRfid << QByteArray("{}") << 200 << 2001
                                            << failing(QStringLiteral("location_id"));
        QTest::newRow("evse_uids not a list: 2001")
            << authorizeRfid
            << compact({{QStringLiteral("location_id"), QStringLiteral("LOC-0815")}, {QStringLiteral("evse_uids"), QStringLiteral("EVSE-1")}})
            << 200 << 2001 << failing(QStringLiteral("evse_uids"));
        QTest::newRow("location_id of 37 characters: 2001")
            << authorizeRfid << compact({{QStringLiteral("location_id"), QString(37, QLatin1Char('L'))}}) << 200 << 2001
            << failing(QStringLiteral("location_id"));
        QTest::newRow("body is a list: 2001") << authorizeRfid << QByteArray("[]") << 200 << 2001
                                              << failing(QStringLiteral("LocationReferences"));
        QTest::newRow("body is not JSON: 400 (ST-01)") << authorizeRfid << QByteArray("{\"location_id\":") << 400 << 2001
                                                       << failing(QString());
        QTest::newRow("?type=rfid: 2001") << authorizeRfid + "?type=rfid" << QByteArray() << 200 << 2001
                                          << failing(QStringLiteral("type"));
        QTest::newRow("uid of 37 characters: 2001")
            << "/" + QString(37, QLatin1Char('U')) + "/authorize" << QByteArray() << 200 << 2001
            << failing(QStringLiteral("token_uid"));
    }

    void authorize()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, httpStatus);
        QFETCH(int, ocpiStatus);
        QFETCH(QJsonObject, expected);

        putOwnOnEmsp({fixture(QStringLiteral("ems_rfid_card.json")), fixture(QStringLiteral("ems_app_user.json")),
                      fixture(QStringLiteral("ems_blocked_card.json"))});

        const HttpResult result = call("POST", senderUrl(path), m_cpoOnEmsp, body);
        if (ocpiStatus != 1000) {
            verifyError(result, httpStatus, ocpiStatus, expected.value(QStringLiteral("message")).toString());
            return;
        }
        QCOMPARE(result.status, httpStatus);
        QJsonObject envelope = result.json();
        QJsonObject info = envelope.value(QStringLiteral("data")).toObject();
        if (info.contains(QStringLiteral("authorization_reference"))) {
            // A reference of ours: CiString(36), printable ASCII.
            const QString reference = info.value(QStringLiteral("authorization_reference")).toString();
            QCOMPARE(reference.size(), 36);
            for (QChar c : reference)
                QVERIFY(c.unicode() >= 0x20 && c.unicode() <= 0x7e);
            info.insert(QStringLiteral("authorization_reference"), QStringLiteral("$REF"));
            envelope.insert(QStringLiteral("data"), info);
        }
        QCOMPARE(envelope, successEnvelope(expected));
    }

    void authorizeReferencesDiffer()
    {
        putOwnOnEmsp({fixture(QStringLiteral("ems_rfid_card.json"))});
        const QString url = senderUrl(QStringLiteral("/") + kUid + QStringLiteral("/authorize"));
        auto reference = [&] {
            return call("POST", url, m_cpoOnEmsp).json().value(QStringLiteral("data")).toObject()
                .value(QStringLiteral("authorization_reference")).toString();
        };
        const QString first = reference();
        QVERIFY(!first.isEmpty());
        QVERIFY(first != reference());
    }

    // The route names no party: with routing headers the addressed party's tokens are asked,
    // another hosted party's tokens are not (RT-04).
    void authorizeAddressedParty()
    {
        putOwnOnEmsp({fixture(QStringLiteral("ems_rfid_card.json"))});
        const QUrl url(senderUrl(QStringLiteral("/") + kUid + QStringLiteral("/authorize")));
        const QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", tokenHeader(m_cpoOnEmsp)},
                                                           {"OCPI-to-country-code", "DE"}, {"OCPI-to-party-id", "EMS"},
                                                           {"OCPI-from-country-code", "NL"}, {"OCPI-from-party-id", "CPO"}};
        const HttpResult addressed = request("POST", url, {}, headers);
        QCOMPARE(addressed.status, 200);
        QCOMPARE(addressed.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("allowed")).toString(),
                 QStringLiteral("ALLOWED"));
        QCOMPARE(addressed.header("OCPI-from-party-id"), QByteArray("EMS"));
    }

    // TOK-07: the decision is the manager's. One that needs location references gets 2002 when
    // the CPO sent none; one that answers an invalid AuthorizationInfo becomes a 3000 (strict
    // writer). The node is composed here as an integrator would, with its own manager.
    void customManagerDecides()
    {
        putOwnOnEmsp({fixture(QStringLiteral("ems_rfid_card.json"))});
        NodeServices &services = m_nodes.emsp().services();
        LocationDemandingManager manager(services.database());
        TokenService tokens(services.database(), manager, services.outbox(), m_nodes.clock(), m_nodes.emsp().config().parties);
        Router router;
        tokens::mount(router, tokens, InterfaceRole::Sender, paths::module(Role::EMSP, TokenService::definition().identifier));
        DispatchSettings settings;
        settings.parties = m_nodes.emsp().config().parties;
        Dispatcher dispatcher(router, &services.partners(), &services.requestLog(), m_nodes.clock(), settings);
        HttpServer server(dispatcher, HttpLimits{});
        QVERIFY(server.listen(QHostAddress(QHostAddress::LocalHost), 0).ok());
        const QString url = QStringLiteral("http://127.0.0.1:%1/ocpi/emsp/2.2.1/tokens/%2/authorize").arg(server.port()).arg(kUid);

        verifyError(call("POST", url, m_cpoOnEmsp), 200, 2002, QStringLiteral("tell us where the driver is"));
        QCOMPARE(manager.calls, 1);
        QCOMPARE(manager.lastCaller, m_nodes.cpoAtEmsp().id);

        const QJsonObject location{{QStringLiteral("location_id"), QStringLiteral("LOC-0815")}};
        const HttpResult decided = call("POST", url, m_cpoOnEmsp, compact(location));
        QCOMPARE(decided.status, 200);
        QCOMPARE(decided.json(),
                 successEnvelope(QJsonObject{
                     {QStringLiteral("allowed"), QStringLiteral("NOT_ALLOWED")},
                     {QStringLiteral("token"), fixture(QStringLiteral("ems_rfid_card.json"))},
                     {QStringLiteral("info"), QJsonObject{{QStringLiteral("language"), QStringLiteral("en")},
                                                          {QStringLiteral("text"), QStringLiteral("Home charger only")}}}}));

        // Unknown tokens never reach the manager (TOK-06).
        verifyError(call("POST", QStringLiteral("http://127.0.0.1:%1/ocpi/emsp/2.2.1/tokens/NO-SUCH-CARD/authorize").arg(server.port()),
                         m_cpoOnEmsp),
                    404, 2004, QStringLiteral("NO-SUCH-CARD"));
        QCOMPARE(manager.calls, 2);

        manager.answerInvalid = true;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("invalid AuthorizationInfo.*MAYBE")));
        verifyError(call("POST", url, m_cpoOnEmsp, compact(location)), 200, 3000, QString());
        QCOMPARE(manager.calls, 3);
    }

    // Only registered partners reach the tokens module (TF-04, TF-05, PIT-02).
    void onlyRegisteredPartners_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<bool>("onCpo");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("tokenA"); // else a token nobody issued

        const QString authorize = QStringLiteral("/") + kUid + QStringLiteral("/authorize");
        const QString object = QStringLiteral("/DE/EMS/") + kUid;
        QTest::newRow("authorize with token A") << QByteArray("POST") << false << authorize << true;
        QTest::newRow("authorize with an unknown token") << QByteArray("POST") << false << authorize << false;
        QTest::newRow("Sender list with token A") << QByteArray("GET") << false << QString() << true;
        QTest::newRow("Receiver GET with token A") << QByteArray("GET") << true << object << true;
        QTest::newRow("Receiver PUT with token A") << QByteArray("PUT") << true << object << true;
        QTest::newRow("Receiver PATCH with an unknown token") << QByteArray("PATCH") << true << object << false;
    }

    void onlyRegisteredPartners()
    {
        QFETCH(QByteArray, method);
        QFETCH(bool, onCpo);
        QFETCH(QString, path);
        QFETCH(bool, tokenA);

        // A token that exists, so a 401 cannot be mistaken for "unknown token".
        const QJsonObject rfid = fixture(QStringLiteral("ems_rfid_card.json"));
        if (!onCpo)
            putOwnOnEmsp({rfid});
        NodeRuntime &node = onCpo ? m_nodes.cpo() : m_nodes.emsp();
        QString token = QStringLiteral("nobody-issued-this-token-0123456789");
        if (tokenA) {
            auto invitation = node.partners().invite(QStringLiteral("stranger"));
            QVERIFY(invitation.ok());
            token = invitation->token;
        }
        const QByteArray body = method == "PATCH" ? compact({{QStringLiteral("valid"), false}, {QStringLiteral("last_updated"), kStamp}})
                                : method == "GET" ? QByteArray()
                                                  : compact(rfid);
        const HttpResult result = call(method, onCpo ? receiverUrl(path) : senderUrl(path), token, body);
        QCOMPARE(result.status, 401);
        QCOMPARE(result.ocpiStatus(), 2000);
        QVERIFY(!result.json().contains(QStringLiteral("data")));
        if (onCpo)
            QVERIFY(storedOn(m_nodes.cpo(), QStringLiteral("DE"), QStringLiteral("EMS"), kUid, QStringLiteral("RFID")).isEmpty());
    }

    // ---- Our own tokens (eMSP side) ----

    // Blocking a card from the console: stored, and a PATCH with just the change goes to the CPO
    // in the same transaction (TF-10), which then holds the same token as we do.
    void ownPatchIsPushedToTheCpo()
    {
        const QJsonObject rfid = fixture(QStringLiteral("ems_rfid_card.json"));
        TokenService &tokens = m_nodes.emsp().services().service<TokenService>();
        QVERIFY(tokens.putOwn(rfid).ok());
        QTRY_COMPARE_WITH_TIMEOUT(storedOn(m_nodes.cpo(), QStringLiteral("DE"), QStringLiteral("EMS"), kUid, QStringLiteral("RFID")), rfid, 10000);
        const qint64 cpoPartner = m_nodes.cpoAtEmsp().id;
        QTRY_COMPARE_WITH_TIMEOUT(m_nodes.emsp().services().outbox().entries(cpoPartner)->size(), 0, 10000);

        // No last_updated given: our clock stamps it.
        const Status patched = tokens.patchOwn(ObjectKey::of(QStringLiteral("de"), QStringLiteral("ems"), kUid.toLower(), QStringLiteral("RFID")),
                                               QJsonObject{{QStringLiteral("valid"), false}});
        QVERIFY2(patched.ok(), qPrintable(patched.error().message));
        const QJsonObject expected = edited(rfid, {{QStringLiteral("valid"), false},
                                                   {QStringLiteral("last_updated"), QStringLiteral("2026-11-25T12:00:00Z")}});
        QCOMPARE(storedOn(m_nodes.emsp(), QStringLiteral("DE"), QStringLiteral("EMS"), kUid, QStringLiteral("RFID")), expected);

        // Queued before anything was sent (the deliverer runs from the event loop).
        auto queued = m_nodes.emsp().services().outbox().entries(cpoPartner);
        QVERIFY(queued.ok());
        QCOMPARE(queued->size(), 1);
        QCOMPARE(queued->first().method, QByteArray("PATCH"));
        QCOMPARE(queued->first().path, QStringLiteral("/DE/EMS/") + kUid + QStringLiteral("?type=RFID"));
        QCOMPARE(parsed(queued->first().body),
                 (QJsonObject{{QStringLiteral("valid"), false}, {QStringLiteral("last_updated"), QStringLiteral("2026-11-25T12:00:00Z")}}));

        QTRY_COMPARE_WITH_TIMEOUT(storedOn(m_nodes.cpo(), QStringLiteral("DE"), QStringLiteral("EMS"), kUid, QStringLiteral("RFID")), expected, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_nodes.emsp().services().outbox().entries(cpoPartner)->size(), 0, 10000);
        // The CPO then asks in real time and hears BLOCKED (PIT-16: valid=false still asks).
        const HttpResult asked = call("POST", senderUrl(QStringLiteral("/") + kUid + QStringLiteral("/authorize")), m_cpoOnEmsp);
        QCOMPARE(asked.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("allowed")).toString(),
                 QStringLiteral("BLOCKED"));
    }

    void ownPatchRefused_data()
    {
        QTest::addColumn<QString>("countryCode");
        QTest::addColumn<QString>("uid");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonValue>("patch");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("naming");

        const QJsonObject stamp{{QStringLiteral("last_updated"), kStamp}};
        auto with = [&](const QString &field, const QJsonValue &value) {
            QJsonObject patch = stamp;
            patch.insert(field, value);
            return QJsonValue(patch);
        };
        QTest::newRow("unknown token") << "DE" << "NO-SUCH-CARD" << "RFID" << with(QStringLiteral("valid"), false)
                                       << ErrorKind::NotFound << "NO-SUCH-CARD";
        QTest::newRow("type not issued") << "DE" << kUid << "OTHER" << with(QStringLiteral("valid"), false)
                                         << ErrorKind::NotFound << "OTHER";
        QTest::newRow("not a party of ours") << "FR" << kUid << "RFID" << with(QStringLiteral("valid"), false)
                                             << ErrorKind::InvalidData << "FR";
        QTest::newRow("uid differs from the key") << "DE" << kUid << "RFID" << with(QStringLiteral("uid"), QStringLiteral("OTHER-UID"))
                                                  << ErrorKind::InvalidData << "uid";
        QTest::newRow("type differs from the key") << "DE" << kUid << "RFID" << with(QStringLiteral("type"), QStringLiteral("OTHER"))
                                                   << ErrorKind::InvalidData << "type";
        QTest::newRow("invalid value") << "DE" << kUid << "RFID" << with(QStringLiteral("language"), QStringLiteral("deu"))
                                       << ErrorKind::InvalidData << "language";
        QTest::newRow("not an object") << "DE" << kUid << "RFID" << QJsonValue(QJsonArray()) << ErrorKind::InvalidData << QString();
    }

    void ownPatchRefused()
    {
        QFETCH(QString, countryCode);
        QFETCH(QString, uid);
        QFETCH(QString, type);
        QFETCH(QJsonValue, patch);
        QFETCH(ErrorKind, kind);
        QFETCH(QString, naming);

        const QJsonObject rfid = fixture(QStringLiteral("ems_rfid_card.json"));
        TokenService &tokens = m_nodes.emsp().services().service<TokenService>();
        const qint64 cpoPartner = m_nodes.cpoAtEmsp().id;
        QVERIFY(tokens.putOwn(rfid).ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_nodes.emsp().services().outbox().entries(cpoPartner)->size(), 0, 10000);

        const Status patched = tokens.patchOwn(ObjectKey::of(countryCode, QStringLiteral("EMS"), uid, type), patch);
        QVERIFY(!patched.ok());
        QCOMPARE(patched.error().kind, kind);
        QVERIFY2(patched.error().message.contains(naming), qPrintable(patched.error().message));
        QCOMPARE(storedOn(m_nodes.emsp(), QStringLiteral("DE"), QStringLiteral("EMS"), kUid, QStringLiteral("RFID")), rfid);
        QCOMPARE(m_nodes.emsp().services().outbox().entries(cpoPartner)->size(), 0);
    }
};

QTEST_MAIN(TestTokensSender)
#include "moc_tokenstests.cpp"
#include "tst_tokenssender.moc"
