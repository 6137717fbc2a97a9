#pragma once

#include "support/objectjson.h"
#include "support/scriptedpeer.h"
#include "support/twonodes.h"

#include "core/datetime.h"
#include "http/ocpipaths.h"
#include "modules/cdrs/cdrservice.h"
#include "modules/commands/commandsmodule.h"
#include "modules/hubclientinfo/clientinfostore.h"
#include "modules/locations/locationservice.h"
#include "modules/sessions/sessionservice.h"
#include "modules/tariffs/tariffservice.h"
#include "modules/tokens/tokenservice.h"
#include "partners/partnerregistry.h"
#include "runtime/modulelist.h"
#include "runtime/noderuntime.h"
#include "runtime/nodeservices.h"
#include "sync/puller.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

// What the hub tests share: the two nodes, a hub simulated by a scripted platform and the calls
// made as that hub (tst_hub, tst_hubrouting).
namespace ocpi::test {

const PartyId kHub = PartyId::of(QStringLiteral("FR"), QStringLiteral("HUB"));

inline QByteArray headerOf(const ScriptedPeer::Seen &seen, const QByteArray &name)
{
    for (const auto &header : seen.headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return QByteArray();
}

// "FR-HUB" from the OCPI-to headers of a request the hub received.
inline QString addressee(const ScriptedPeer::Seen &seen)
{
    return QString::fromLatin1(headerOf(seen, "OCPI-to-country-code") + '-' + headerOf(seen, "OCPI-to-party-id"));
}

inline QJsonObject clientInfo(const QString &party, const QString &role, const QString &status)
{
    const auto id = PartyId::parse(party);
    return {{QStringLiteral("country_code"), id->countryCode},
            {QStringLiteral("party_id"), id->partyId},
            {QStringLiteral("role"), role},
            {QStringLiteral("status"), status},
            {QStringLiteral("last_updated"), formatDateTime(fixedNow())}};
}

// Hub partners and hub client info (issue 13; RT-05..08, CRED-04, HCI-01..05, ST-08): a hub
// simulated by a scripted platform holding only the HUB role (FR-HUB) with parties behind it
// (FR-AAA and BE-BBB as CPOs, FR-EEE as an eMSP), beside the directly registered CPO (NL-CPO) and
// eMSP (DE-EMS) nodes.
class HubFixture : public QObject
{
protected:
    TwoNodes m_nodes;
    std::unique_ptr<ScriptedPeer> m_hub;
    QJsonArray m_hubTariffs; // what the hub's tariffs Sender lists
    QString m_hubToken;      // what the hub presents to the node it was added to

    // The scripted hub at `node`: Sender of tariffs, Receiver of everything we push or send.
    qint64 addHub(NodeRuntime &node)
    {
        m_hub = std::make_unique<ScriptedPeer>();
        m_hub->on("GET", QStringLiteral("/tariffs"), [this](const RouteCall &call) {
            HttpResponse response = reply::json(m_hubTariffs, call.now);
            response.setHeader("X-Total-Count", QByteArray::number(m_hubTariffs.size()));
            return response;
        });
        for (const QString &receiver : {QStringLiteral("/tariffs/{cc}/{pid}/{id}"), QStringLiteral("/locations/{cc}/{pid}/{id}"),
                                        QStringLiteral("/tokens/{cc}/{pid}/{id}"), QStringLiteral("/sessions/{cc}/{pid}/{id}")}) {
            m_hub->on("PUT", receiver, [](const RouteCall &call) { return reply::ok(call.now); });
        }
        m_hub->on("PATCH", QStringLiteral("/sessions/{cc}/{pid}/{id}"), [](const RouteCall &call) { return reply::ok(call.now); });
        m_hub->on("POST", QStringLiteral("/cdrs"), [](const RouteCall &call) {
            HttpResponse response = reply::ok(call.now);
            response.setHeader("Location", "http://127.0.0.1:1/cdrs/1");
            return response;
        });
        const auto accepted = [](const RouteCall &call) {
            return reply::json(QJsonObject{{QStringLiteral("result"), QStringLiteral("ACCEPTED")}, {QStringLiteral("timeout"), 30}},
                               call.now);
        };
        m_hub->on("POST", QStringLiteral("/commands/{type}"), accepted);
        m_hub->on("PUT", QStringLiteral("/chargingprofiles/{id}"), accepted);
        Partner hub = m_hub->partner({PartyRole{kHub, Role::HUB, QStringLiteral("Hub")}},
                                     {{QStringLiteral("tariffs"), QStringLiteral("SENDER")},
                                      {QStringLiteral("tariffs"), QStringLiteral("RECEIVER")},
                                      {QStringLiteral("locations"), QStringLiteral("RECEIVER")},
                                      {QStringLiteral("tokens"), QStringLiteral("RECEIVER")},
                                      {QStringLiteral("sessions"), QStringLiteral("RECEIVER")},
                                      {QStringLiteral("cdrs"), QStringLiteral("RECEIVER")},
                                      {QStringLiteral("commands"), QStringLiteral("RECEIVER")},
                                      {QStringLiteral("chargingprofiles"), QStringLiteral("RECEIVER")}},
                                     {QStringLiteral("/tariffs"), QStringLiteral("/tariffs"), QStringLiteral("/locations"),
                                      QStringLiteral("/tokens"), QStringLiteral("/sessions"), QStringLiteral("/cdrs"),
                                      QStringLiteral("/commands"), QStringLiteral("/chargingprofiles")});
        hub.name = QStringLiteral("hub");
        auto id = node.partners().create(hub);
        if (!id)
            qFatal("cannot add the scripted hub");
        auto token = node.partners().issueLiveToken(*id);
        if (!token)
            qFatal("cannot give the scripted hub a token");
        m_hubToken = *token;
        return *id;
    }

    HttpResult asHub(const QByteArray &method, const QString &url, const QByteArray &body = QByteArray(),
                     QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        headers.append({"Authorization", tokenHeader(m_hubToken)});
        return request(method, QUrl(url), body, headers);
    }

    // The hub tells a node (the eMSP by default) about one party behind it (PUT hubclientinfo).
    HttpResult report(const QString &party, const QString &role, const QString &status, TwoNodes::Side at = TwoNodes::Emsp)
    {
        const QString path = QLatin1Char('/') + QString(party).replace(QLatin1Char('-'), QLatin1Char('/'));
        return asHub("PUT", at == TwoNodes::Emsp ? m_nodes.emspUrl(QStringLiteral("hubclientinfo"), path)
                                                 : m_nodes.cpoUrl(QStringLiteral("hubclientinfo"), path),
                     compact(clientInfo(party, role, status)));
    }

    // The ids in the `data` list of a GET the hub makes on the CPO node's `module` Sender.
    QStringList idsListedToHub(const QString &module)
    {
        const HttpResult listed = asHub("GET", m_nodes.cpoUrl(module));
        QStringList ids;
        if (listed.ocpiStatus() != 1000)
            return {QString::fromUtf8(listed.body)};
        for (const QJsonValue &object : listed.json().value(QStringLiteral("data")).toArray())
            ids << object.toObject().value(QStringLiteral("id")).toString();
        return ids;
    }

    Result<PullReport> pullTariffs(qint64 partnerId, bool full)
    {
        std::optional<Result<PullReport>> outcome;
        m_nodes.emsp().services().puller().pull(partnerId, *objectModule(QStringLiteral("tariffs")), full,
                                                [&](Result<PullReport> result) { outcome = std::move(result); });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 20000))
            return Error::internal(QStringLiteral("the pull did not finish"));
        return *outcome;
    }

    // Owners of the tariffs the eMSP node holds from `partnerId`.
    QStringList ownersFrom(qint64 partnerId)
    {
        ObjectFilter filter;
        filter.source = ObjectFilter::Source::Partner;
        filter.partnerId = partnerId;
        auto stored = m_nodes.emsp().services().service<TariffService>().stored(filter);
        QStringList owners;
        if (!stored)
            return {stored.error().message};
        for (const StoredObject &object : *stored)
            owners << object.key.owner.toString() + QLatin1Char('/') + object.key.id;
        owners.sort();
        return owners;
    }

    // The requests of `method` the hub received below `prefix`.
    QList<ScriptedPeer::Seen> hubReceived(const QByteArray &method, const QString &prefix)
    {
        QList<ScriptedPeer::Seen> found;
        for (const ScriptedPeer::Seen &seen : m_hub->seen()) {
            if (seen.method == method && seen.target.startsWith(QStringLiteral("/peer") + prefix))
                found << seen;
        }
        return found;
    }

    Result<CommandRecord> startSession(qint64 hubId, const PartyId &cpo)
    {
        QJsonObject body{{QStringLiteral("token"), emspDriverToken()},
                         {QStringLiteral("location_id"), QStringLiteral("LOC1")}};
        std::optional<Result<CommandRecord>> sent;
        m_nodes.emsp().services().module<CommandsModule>().service().send(
            hubId, QStringLiteral("START_SESSION"), body, [&](Result<CommandRecord> record) { sent = std::move(record); }, cpo);
        if (!QTest::qWaitFor([&] { return sent.has_value(); }, 20000))
            return Error::internal(QStringLiteral("the command got no answer"));
        return *sent;
    }


    void startNodes() { QVERIFY_STATUS(m_nodes.start()); }
    void stopNodes()
    {
        m_nodes.stop();
        m_hub.reset();
        m_hubTariffs = QJsonArray();
    }
};

} // namespace ocpi::test
