#pragma once

// Shared by the tokens module tests (tst_tokensreceiver.cpp, tst_tokenssender.cpp): token fixtures
// and the calls both sides of TwoNodes make with them.
// Include it from exactly one source file per test executable, together with its moc output.

#include "support/objectjson.h"
#include "support/twonodes.h"

#include "core/clock.h"
#include "core/logging.h"
#include "modules/tokens/tokensmanager.h"
#include "modules/tokens/tokenservice.h"
#include "partners/partnerregistry.h"
#include "runtime/noderuntime.h"
#include "runtime/nodeservices.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ocpi;
using namespace ocpi::test;

Q_DECLARE_METATYPE(ocpi::ErrorKind)

namespace {

const QString kUid = QStringLiteral("0A1B2C3D4E5F60");
const QString kStamp = QStringLiteral("2026-11-25T10:00:00Z");

inline QJsonObject fixture(const QString &name)
{
    return QJsonDocument::fromJson(readTestData(QStringLiteral("tokens/") + name)).object();
}

// A fixture with top-level fields replaced (an undefined value removes the field).
inline QJsonObject edited(QJsonObject object, const QJsonObject &changes)
{
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        if (it.value().isUndefined())
            object.remove(it.key());
        else
            object.insert(it.key(), it.value());
    }
    return object;
}

inline QJsonObject without(QJsonObject object, const QString &field)
{
    object.remove(field);
    return object;
}

inline QJsonObject parsed(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// The success envelope at the tests' fixed instant, with or without data.
inline QJsonObject successEnvelope(const std::optional<QJsonObject> &data = std::nullopt)
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

// The tokens module between the two nodes of TwoNodes (the CPO hosts NL-CPO, the eMSP DE-EMS),
// started afresh for every test function. The test functions are in the classes deriving from this
// one (Qt Test runs the private slots inherited from here: initTestCase, init, cleanup).
class TokensTests : public QObject
{
    Q_OBJECT

protected:
    TwoNodes m_nodes;
    QString m_emspOnCpo; // the token the eMSP presents to the CPO
    QString m_cpoOnEmsp; // the token the CPO presents to the eMSP

    QString receiverUrl(const QString &rest) { return m_nodes.cpoUrl(QStringLiteral("tokens"), rest); }
    QString senderUrl(const QString &rest) { return m_nodes.emspUrl(QStringLiteral("tokens"), rest); }

    static HttpResult call(const QByteArray &method, const QString &url, const QString &token,
                           const QByteArray &body = QByteArray())
    {
        return request(method, QUrl(url), body, {{"Authorization", tokenHeader(token)}});
    }

    // The token a node stores under a key, ours or a partner's; empty when there is none.
    static QJsonObject storedOn(NodeRuntime &node, const QString &cc, const QString &pid, const QString &uid,
                                const QString &type)
    {
        auto all = node.services().service<TokenService>().stored(ObjectFilter{});
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
        auto stored = m_nodes.emsp().services().service<TokenService>().putOwnBatch(tokens);
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
        QVERIFY_STATUS(m_nodes.start());
        m_emspOnCpo = m_nodes.emspToken();
        m_cpoOnEmsp = m_nodes.cpoToken();
    }

    void cleanup() { m_nodes.stop(); }
};
