#pragma once

// Shared by the locations module tests (tst_locationsreceiver.cpp, tst_locationssender.cpp,
// tst_objectlimits.cpp): the station fixture and the calls both sides of TwoNodes make in them.
// Include it from exactly one source file per test executable, together with its moc output.

#include "ocpi/jsonedit.h"
#include "support/objectjson.h"
#include "support/twonodes.h"

#include "core/datetime.h"
#include "modules/locations/locationservice.h"
#include "modules/tariffs/tariffservice.h"
#include "modules/tokens/tokenservice.h"
#include "ocpi/validator.h"
#include "partners/partnerregistry.h"
#include "runtime/noderuntime.h"
#include "runtime/nodeservices.h"
#include "sync/outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ocpi;
using namespace ocpi::test;

namespace {

const QString kStation = QStringLiteral("locations/utrecht_station.json");
const QString kStationPath = QStringLiteral("/NL/CPO/UTR-STATION-01");

inline QJsonObject station() { return fixture(kStation).toObject(); }

inline QJsonObject set(const QJsonValue &base, const QString &path, const QString &json)
{
    return edited(base, path, json).toObject();
}

} // namespace

// The locations module between the two nodes of TwoNodes (the CPO hosts NL-CPO, the eMSP DE-EMS),
// started afresh for every test function. The test functions are in the classes deriving from this
// one (Qt Test runs the private slots inherited from here: initTestCase, init, cleanup).
class LocationsTests : public QObject
{
    Q_OBJECT

protected:
    TwoNodes m_nodes;
    QString m_asCpo;   // the CPO's token at the eMSP
    QString m_asEmsp;  // the eMSP's token at the CPO

    // The token `node` uses towards its partner hosting `partyId`.
    QString tokenTowards(NodeRuntime &node, const QString &partyId)
    {
        const auto partners = node.partners().list();
        if (partners) {
            for (const Partner &partner : *partners) {
                if (partner.partyRoles().first().party.partyId == partyId)
                    return partner.outgoingToken;
            }
        }
        return QString();
    }

    HttpResult call(const QByteArray &method, const QString &url, const QString &token, const QByteArray &payload = {})
    {
        return request(method, QUrl(url), payload, {{"Authorization", tokenHeader(token)}});
    }
    QString receiver(const QString &path) { return m_nodes.emspUrl(QStringLiteral("locations"), path); }
    QString sender(const QString &path) { return m_nodes.cpoUrl(QStringLiteral("locations"), path); }

    // What the eMSP holds at `path`, read back over its Receiver interface.
    QJsonValue emspHolds(const QString &path = kStationPath)
    {
        const HttpResult got = call("GET", receiver(path), m_asCpo);
        return got.status == 200 ? got.json().value(QStringLiteral("data")) : QJsonValue();
    }

    QJsonObject ownStored(const QString &id)
    {
        auto found = m_nodes.cpo().services().service<LocationService>().findOwn(ObjectKey::of(QStringLiteral("NL"), QStringLiteral("CPO"), id));
        if (!found || !found->has_value())
            return {};
        return QJsonDocument::fromJson((*found)->json).object();
    }

    QList<OutboxEntry> outboxOfCpo()
    {
        auto entries = m_nodes.cpo().services().outbox().entries(m_nodes.emspAtCpo().id);
        return entries ? *entries : QList<OutboxEntry>();
    }

    // A token of the eMSP's as the CPO holds it after the eMSP pushed it (`partnerId` 0: the eMSP).
    void cpoHoldsToken(const QJsonObject &token, qint64 partnerId = 0)
    {
        const Partner emsp = m_nodes.emspAtCpo();
        Caller holder;
        holder.partnerId = partnerId ? partnerId : emsp.id;
        holder.roles = emsp.partyRoles();
        const ObjectKey key = ObjectKey::of(token.value(QStringLiteral("country_code")).toString(),
                                            token.value(QStringLiteral("party_id")).toString(),
                                            token.value(QStringLiteral("uid")).toString(),
                                            token.value(QStringLiteral("type")).toString());
        auto stored = m_nodes.cpo().services().service<TokenService>().receive(holder, key, token);
        QVERIFY2(stored.ok(), qPrintable(stored.error().message));
    }

    // Our tariffs (NL-CPO) that the fixtures' connectors name (utrecht_station.json,
    // connector_chademo.json): our own locations may only name our own tariffs (LOC-22). Their
    // pushes are delivered before this returns, so tests see only their own in the outbox.
    void storeOurTariffs()
    {
        QJsonArray tariffs = QJsonDocument::fromJson(readTestData(QStringLiteral("tariffs/utrecht_tariffs.json"))).array();
        tariffs.append(tariff(QStringLiteral("DC-50"), QStringLiteral("2026-11-20T08:00:00Z")));
        auto stored = m_nodes.cpo().services().service<TariffService>().putOwnBatch(tariffs);
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));
        if (m_nodes.options().cpoPushes)
            QTRY_VERIFY_WITH_TIMEOUT(outboxOfCpo().isEmpty(), 10000);
    }

    // Run after the nodes started, before each test function.
    virtual void afterStart() {}

    void seedStation()
    {
        const HttpResult put = call("PUT", receiver(kStationPath), m_asCpo, compact(station()));
        QCOMPARE(put.status, 201);
        QCOMPARE(put.ocpiStatus(), 1000);
    }

private slots:
    void initTestCase()
    {
        // Fixtures are canonical, so what the node stores can be compared with them as they are.
        for (const QString &name : {QStringLiteral("utrecht_station.json"), QStringLiteral("home_allowed_to.json")}) {
            const QJsonObject location = fixture(QStringLiteral("locations/") + name).toObject();
            auto canonical = validateObject(QStringLiteral("Location"), location);
            QVERIFY2(canonical.ok(), qPrintable(name + QLatin1String(": ") + canonical.error().message));
            QCOMPARE(*canonical, location);
        }
        QCOMPARE(*validateObject(QStringLiteral("EVSE"), fixture(QStringLiteral("locations/utrecht_evse_c.json"))),
                 fixture(QStringLiteral("locations/utrecht_evse_c.json")).toObject());
        QCOMPARE(*validateObject(QStringLiteral("Connector"), fixture(QStringLiteral("locations/connector_chademo.json"))),
                 fixture(QStringLiteral("locations/connector_chademo.json")).toObject());
        QVERIFY(validateObject(QStringLiteral("Token"), fixture(QStringLiteral("locations/emsp_token_rfid.json"))).ok());
    }

    void init()
    {
        QVERIFY_STATUS(m_nodes.start());
        m_asEmsp = m_nodes.emspToken();
        m_asCpo = m_nodes.cpoToken();
        QVERIFY(!m_asCpo.isEmpty());
        afterStart();
    }

    void cleanup() { m_nodes.stop(); }
};
