#include "support/testsupport.h"

#include "core/clock.h"
#include "core/logging.h"
#include "http/dispatcher.h"
#include "http/httpserver.h"
#include "http/router.h"
#include "modules/credentials/registrationclient.h"
#include "modules/tokens/tokensmanager.h"
#include "modules/tokens/tokensroutes.h"
#include "modules/tokens/tokenservice.h"
#include "partners/partnerregistry.h"
#include "runtime/noderuntime.h"
#include "runtime/nodeservices.h"
#include "sync/outbox.h"
#include "traffic/requestlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>

using namespace ocpi;
using namespace ocpi::test;

Q_DECLARE_METATYPE(ocpi::ErrorKind)

namespace {

const QString kUid = QStringLiteral("0A1B2C3D4E5F60");
const QString kStamp = QStringLiteral("2026-11-25T10:00:00Z");

QJsonObject fixture(const QString &name)
{
    return QJsonDocument::fromJson(readTestData(QStringLiteral("tokens/") + name)).object();
}

// A fixture with top-level fields replaced (an undefined value removes the field).
QJsonObject edited(QJsonObject object, const QJsonObject &changes)
{
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        if (it.value().isUndefined())
            object.remove(it.key());
        else
            object.insert(it.key(), it.value());
    }
    return object;
}

QJsonObject without(QJsonObject object, const QString &field)
{
    object.remove(field);
    return object;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject parsed(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// The success envelope at the tests' fixed instant, with or without data.
QJsonObject successEnvelope(const std::optional<QJsonObject> &data = std::nullopt)
{
    QJsonObject envelope{{QStringLiteral("status_code"), 1000},
                         {QStringLiteral("status_message"), QStringLiteral("Success")},
                         {QStringLiteral("timestamp"), QStringLiteral("2026-11-25T12:00:00Z")}};
    if (data)
        envelope.insert(QStringLiteral("data"), *data);
    return envelope;
}

// A business decision that needs to know where the driver is (TOK-07), or one that answers
// nonsense, to show what the service does with either.
class LocationDemandingManager final : public SqlTokensManager
{
public:
    using SqlTokensManager::SqlTokensManager;

    bool answerInvalid = false;
    int calls = 0;
    qint64 lastCaller = 0;

    Result<QJsonObject> authorize(const StoredObject &, const std::optional<QJsonObject> &locationReferences,
                                  const Caller &cpo) override
    {
        ++calls;
        lastCaller = cpo.partnerId;
        if (answerInvalid)
            return QJsonObject{{QStringLiteral("allowed"), QStringLiteral("MAYBE")}};
        if (!locationReferences)
            return Error{ErrorKind::NotEnoughInformation, QStringLiteral("tell us where the driver is")};
        return QJsonObject{{QStringLiteral("allowed"), QStringLiteral("NOT_ALLOWED")},
                           {QStringLiteral("info"), QJsonObject{{QStringLiteral("language"), QStringLiteral("en")},
                                                                {QStringLiteral("text"), QStringLiteral("Home charger only")}}}};
    }
};

} // namespace

// The tokens module between a CPO node and an eMSP node in one process: the CPO's Receiver
// interface (TOK-01/02, TF-09..14, PIT-07), the eMSP's Sender list and real-time authorization
// (TOK-03..09, PIT-04, PIT-05), and our own token changes pushed as PATCH (TF-10).
class TestTokens : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<NodeRuntime> m_cpo;
    std::unique_ptr<NodeRuntime> m_emsp;
    QString m_emspOnCpo; // the token the eMSP presents to the CPO
    QString m_cpoOnEmsp; // the token the CPO presents to the eMSP

    std::unique_ptr<NodeRuntime> startNode(const QString &party, const QString &db)
    {
        auto node = std::make_unique<NodeRuntime>(nodeConfig(*m_dir, {party}, db), m_clock.get());
        const Status started = node->start();
        if (!started)
            qFatal("node did not start: %s", qPrintable(started.error().message));
        return node;
    }

    static Partner onlyPartner(NodeRuntime &node)
    {
        auto partners = node.partners().list();
        if (!partners || partners->size() != 1)
            qFatal("expected exactly one partner");
        return partners->first();
    }

    // `node` registers with `cpo`; returns the token `node` then presents to `cpo`.
    static QString registerWithCpo(NodeRuntime &node, NodeRuntime &cpo, const QString &name)
    {
        auto invitation = cpo.partners().invite(name);
        if (!invitation)
            qFatal("no invitation");
        std::optional<Result<Partner>> outcome;
        node.registration().registerWith({cpo.versionsUrl(), invitation->token, QString(), EncodingSetting::Auto},
                                         [&](Result<Partner> result) { outcome = std::move(result); });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 15000) || !outcome->ok())
            qFatal("registration failed");
        return (*outcome)->outgoingToken;
    }

    QString receiverUrl(const QString &rest) const
    {
        return m_cpo->publicBase() + QStringLiteral("/ocpi/cpo/2.2.1/tokens") + rest;
    }
    QString senderUrl(const QString &rest) const
    {
        return m_emsp->publicBase() + QStringLiteral("/ocpi/emsp/2.2.1/tokens") + rest;
    }

    static HttpResult call(const QByteArray &method, const QString &url, const QString &token,
                           const QByteArray &body = QByteArray())
    {
        return request(method, QUrl(url), body, {{"Authorization", tokenHeader(token)}});
    }

    // The token a node stores under a key, ours or a partner's; empty when there is none.
    static QJsonObject storedOn(NodeRuntime &node, const QString &cc, const QString &pid, const QString &uid,
                                const QString &type)
    {
        auto all = node.services().tokens().stored(ObjectFilter{});
        if (!all)
            qFatal("cannot read the tokens table");
        const ObjectKey key = ObjectKey::of(cc, pid, uid, type);
        for (const StoredObject &object : std::as_const(*all)) {
            if (object.key == key)
                return parsed(object.json);
        }
        return QJsonObject();
    }

    void putOnCpo(const QJsonObject &token)
    {
        const QString path = QStringLiteral("/%1/%2/%3?type=%4")
                                 .arg(token.value(QStringLiteral("country_code")).toString(),
                                      token.value(QStringLiteral("party_id")).toString(),
                                      token.value(QStringLiteral("uid")).toString(),
                                      token.value(QStringLiteral("type")).toString());
        const HttpResult put = call("PUT", receiverUrl(path), m_emspOnCpo, compact(token));
        if (put.status != 201)
            qFatal("seeding failed: %d %s", put.status, put.body.constData());
    }

    void putOwnOnEmsp(const QJsonArray &tokens)
    {
        auto stored = m_emsp->services().tokens().putOwnBatch(tokens);
        if (!stored)
            qFatal("cannot store our tokens: %s", qPrintable(stored.error().message));
    }

    // An error answer: the statuses, no `data` (TF-18), and a message naming what was wrong.
    static void verifyError(const HttpResult &result, int httpStatus, int ocpiStatus, const QString &naming)
    {
        QCOMPARE(result.status, httpStatus);
        const QJsonObject body = result.json();
        QCOMPARE(body.value(QStringLiteral("status_code")).toInt(), ocpiStatus);
        QVERIFY2(!body.contains(QStringLiteral("data")), result.body.constData());
        QCOMPARE(body.value(QStringLiteral("timestamp")).toString(), QStringLiteral("2026-11-25T12:00:00Z"));
        const QString message = body.value(QStringLiteral("status_message")).toString();
        QVERIFY2(message.contains(naming), qPrintable(message));
    }

private slots:
    void initTestCase()
    {
        applyLogLevel(QStringLiteral("warning"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock = std::make_unique<FixedClock>(fixedNow());
        m_cpo = startNode(QStringLiteral("NL-CPO:CPO"), QStringLiteral("cpo.sqlite"));
        m_emsp = startNode(QStringLiteral("DE-EMS:EMSP"), QStringLiteral("emsp.sqlite"));
        m_emspOnCpo = registerWithCpo(*m_emsp, *m_cpo, QStringLiteral("emsp"));
        m_cpoOnEmsp = onlyPartner(*m_cpo).outgoingToken;
    }

    void cleanup()
    {
        m_emsp.reset();
        m_cpo.reset();
        m_clock.reset();
        m_dir.reset();
    }

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
        QCOMPARE(storedOn(*m_cpo, QStringLiteral("DE"), QStringLiteral("EMS"), checkUid, checkType), expected);
    }

    void receiverPatchInvalidJsonIs400()
    {
        putOnCpo(fixture(QStringLiteral("ems_rfid_card.json")));
        const HttpResult result = call("PATCH", receiverUrl(QStringLiteral("/DE/EMS/") + kUid), m_emspOnCpo, "{\"valid\": fal");
        QCOMPARE(result.status, 400); // ST-01
        QCOMPARE(result.ocpiStatus(), 2001);
        QCOMPARE(storedOn(*m_cpo, QStringLiteral("DE"), QStringLiteral("EMS"), kUid, QStringLiteral("RFID")),
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
        auto other = startNode(QStringLiteral("FR-OTH:EMSP"), QStringLiteral("other.sqlite"));
        const QString otherToken = registerWithCpo(*other, *m_cpo, QStringLiteral("other"));
        const QString path = receiverUrl(QStringLiteral("/DE/EMS/") + kUid);

        verifyError(call("GET", path, otherToken), 404, 2000, QStringLiteral("DE"));
        verifyError(call("PUT", path, otherToken, compact(edited(rfid, {{QStringLiteral("valid"), false}}))), 404, 2000,
                    QStringLiteral("DE"));
        verifyError(call("PATCH", path, otherToken,
                         compact({{QStringLiteral("valid"), false}, {QStringLiteral("last_updated"), kStamp}})),
                    404, 2000, QStringLiteral("DE"));
        QCOMPARE(storedOn(*m_cpo, QStringLiteral("DE"), QStringLiteral("EMS"), kUid, QStringLiteral("RFID")), rfid);

        // And its own tokens are its own.
        const QJsonObject its = edited(rfid, {{QStringLiteral("country_code"), QStringLiteral("FR")},
                                              {QStringLiteral("party_id"), QStringLiteral("OTH")}});
        QCOMPARE(call("PUT", receiverUrl(QStringLiteral("/FR/OTH/") + kUid), otherToken, compact(its)).status, 201);
        verifyError(call("GET", receiverUrl(QStringLiteral("/FR/OTH/") + kUid), m_emspOnCpo), 404, 2000, QStringLiteral("FR"));
        QCOMPARE(call("GET", receiverUrl(QStringLiteral("/FR/OTH/") + kUid), otherToken).json(), successEnvelope(its));
    }

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
        NodeServices &services = m_emsp->services();
        LocationDemandingManager manager(services.database());
        TokenService tokens(services.database(), manager, services.outbox(), *m_clock, m_emsp->config().parties);
        Router router;
        tokens::mount(router, tokens, m_emsp->config().parties);
        DispatchSettings settings;
        settings.parties = m_emsp->config().parties;
        Dispatcher dispatcher(router, &services.partners(), &services.requestLog(), *m_clock, settings);
        HttpServer server(dispatcher, HttpLimits{});
        QVERIFY(server.listen(QHostAddress(QHostAddress::LocalHost), 0).ok());
        const QString url = QStringLiteral("http://127.0.0.1:%1/ocpi/emsp/2.2.1/tokens/%2/authorize").arg(server.port()).arg(kUid);

        verifyError(call("POST", url, m_cpoOnEmsp), 200, 2002, QStringLiteral("tell us where the driver is"));
        QCOMPARE(manager.calls, 1);
        QCOMPARE(manager.lastCaller, onlyPartner(*m_emsp).id);

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
        NodeRuntime &node = onCpo ? *m_cpo : *m_emsp;
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
            QVERIFY(storedOn(*m_cpo, QStringLiteral("DE"), QStringLiteral("EMS"), kUid, QStringLiteral("RFID")).isEmpty());
    }

    // ---- Our own tokens (eMSP side) ----

    // Blocking a card from the console: stored, and a PATCH with just the change goes to the CPO
    // in the same transaction (TF-10), which then holds the same token as we do.
    void ownPatchIsPushedToTheCpo()
    {
        const QJsonObject rfid = fixture(QStringLiteral("ems_rfid_card.json"));
        TokenService &tokens = m_emsp->services().tokens();
        QVERIFY(tokens.putOwn(rfid).ok());
        QTRY_COMPARE_WITH_TIMEOUT(storedOn(*m_cpo, QStringLiteral("DE"), QStringLiteral("EMS"), kUid, QStringLiteral("RFID")), rfid, 10000);
        const qint64 cpoPartner = onlyPartner(*m_emsp).id;
        QTRY_COMPARE_WITH_TIMEOUT(m_emsp->services().outbox().entries(cpoPartner)->size(), 0, 10000);

        // No last_updated given: our clock stamps it.
        const Status patched = tokens.patchOwn(ObjectKey::of(QStringLiteral("de"), QStringLiteral("ems"), kUid.toLower(), QStringLiteral("RFID")),
                                               QJsonObject{{QStringLiteral("valid"), false}});
        QVERIFY2(patched.ok(), qPrintable(patched.error().message));
        const QJsonObject expected = edited(rfid, {{QStringLiteral("valid"), false},
                                                   {QStringLiteral("last_updated"), QStringLiteral("2026-11-25T12:00:00Z")}});
        QCOMPARE(storedOn(*m_emsp, QStringLiteral("DE"), QStringLiteral("EMS"), kUid, QStringLiteral("RFID")), expected);

        // Queued before anything was sent (the deliverer runs from the event loop).
        auto queued = m_emsp->services().outbox().entries(cpoPartner);
        QVERIFY(queued.ok());
        QCOMPARE(queued->size(), 1);
        QCOMPARE(queued->first().method, QByteArray("PATCH"));
        QCOMPARE(queued->first().path, QStringLiteral("/DE/EMS/") + kUid + QStringLiteral("?type=RFID"));
        QCOMPARE(parsed(queued->first().body),
                 (QJsonObject{{QStringLiteral("valid"), false}, {QStringLiteral("last_updated"), QStringLiteral("2026-11-25T12:00:00Z")}}));

        QTRY_COMPARE_WITH_TIMEOUT(storedOn(*m_cpo, QStringLiteral("DE"), QStringLiteral("EMS"), kUid, QStringLiteral("RFID")), expected, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_emsp->services().outbox().entries(cpoPartner)->size(), 0, 10000);
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
        TokenService &tokens = m_emsp->services().tokens();
        const qint64 cpoPartner = onlyPartner(*m_emsp).id;
        QVERIFY(tokens.putOwn(rfid).ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_emsp->services().outbox().entries(cpoPartner)->size(), 0, 10000);

        const Status patched = tokens.patchOwn(ObjectKey::of(countryCode, QStringLiteral("EMS"), uid, type), patch);
        QVERIFY(!patched.ok());
        QCOMPARE(patched.error().kind, kind);
        QVERIFY2(patched.error().message.contains(naming), qPrintable(patched.error().message));
        QCOMPARE(storedOn(*m_emsp, QStringLiteral("DE"), QStringLiteral("EMS"), kUid, QStringLiteral("RFID")), rfid);
        QCOMPARE(m_emsp->services().outbox().entries(cpoPartner)->size(), 0);
    }
};

QTEST_MAIN(TestTokens)
#include "tst_tokens.moc"
