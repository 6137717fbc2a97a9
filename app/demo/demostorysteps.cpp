// The steps of the demo story, in the order they play (docs/demo.md describes each).

#include "demodata.h"
#include "demostory.h"

#include "core/datetime.h"
#include "modules/chargingprofiles/chargingprofilesmodule.h"
#include "modules/credentials/registrationclient.h"
#include "modules/locations/locationservice.h"
#include "modules/reservations/reservationsmodule.h"
#include "modules/tariffs/tariffservice.h"
#include "modules/tokens/tokenservice.h"
#include "partners/partnerregistry.h"
#include "runtime/nodeservices.h"

#include <QJsonDocument>

namespace ocpi::demo {

namespace {

constexpr qint64 kQuarterHour = 15 * 60;
// The charging profile's limit: 3.7 kW, a single-phase 16 A circuit.
constexpr double kLimitW = 3700;

double costExclVat(const QJsonObject &object, const char *field = "total_cost")
{
    return object.value(QLatin1String(field)).toObject().value(QStringLiteral("excl_vat")).toDouble();
}

QJsonObject priceFigures(const QJsonObject &price, const QString &prefix)
{
    return {{prefix + QStringLiteral("_excl_vat"), price.value(QStringLiteral("excl_vat"))},
            {prefix + QStringLiteral("_incl_vat"), price.value(QStringLiteral("incl_vat"))}};
}

QJsonObject merged(QJsonObject a, const QJsonObject &b)
{
    for (auto it = b.begin(); it != b.end(); ++it)
        a.insert(it.key(), it.value());
    return a;
}

int evseCount(const QJsonArray &locations)
{
    int count = 0;
    for (const QJsonValue &location : locations)
        count += int(location.toObject().value(QStringLiteral("evses")).toArray().size());
    return count;
}

} // namespace

void DemoStory::addHandshakeAndPushes()
{
    m_steps.append({QStringLiteral("register"), QStringLiteral("The eMSP registers with the CPO (credentials handshake)"),
                    DemoNodes::Emsp, DemoNodes::Cpo,
                    [this]() -> Status {
                        auto invitation = on(DemoNodes::Cpo, [](NodeServices &services) {
                            return services.partners().invite(QStringLiteral("Demo Mobility Services"));
                        });
                        if (!invitation)
                            return invitation.error();
                        const RegistrationClient::Registration registration{m_nodes.node(DemoNodes::Cpo).versionsUrl(), invitation->token,
                                                                            QString(), EncodingSetting::Auto};
                        on(DemoNodes::Emsp, [&](NodeServices &services) {
                            services.registration().registerWith(registration, [this](Result<Partner> registered) {
                                deliver([this, registered] { m_registration = registered; });
                            });
                            return true;
                        });
                        return Status::success();
                    },
                    [this]() -> StoryCheck {
                        if (!m_registration)
                            return StoryCheck::waiting(QStringLiteral("the credentials handshake"));
                        if (!*m_registration)
                            return StoryCheck::failed(m_registration->error().message);
                        auto atCpo = on(DemoNodes::Cpo, [](NodeServices &services) { return services.partners().list(); });
                        if (!atCpo || atCpo->size() != 1 || atCpo->first().state != PartnerState::Registered)
                            return StoryCheck::failed(QStringLiteral("the CPO does not hold the eMSP as its one registered partner"));
                        m_partner[DemoNodes::Cpo] = atCpo->first().id;
                        m_partner[DemoNodes::Emsp] = (*m_registration)->id;
                        return StoryCheck::done(QStringLiteral("registered both ways, OCPI %1").arg((*m_registration)->version),
                                                {{QStringLiteral("version"), (*m_registration)->version},
                                                 {QStringLiteral("cpo_partner_id"), m_partner[DemoNodes::Cpo]},
                                                 {QStringLiteral("emsp_partner_id"), m_partner[DemoNodes::Emsp]}});
                    }});

    // Our objects, stored at their owner and pushed to the partner through the outbox.
    auto pushed = [this](const QString &id, const QString &title, Side owner, const QJsonArray &objects,
                         std::function<ObjectService &(NodeServices &)> service, const QString &noun) {
        const Side partner = owner == DemoNodes::Cpo ? DemoNodes::Emsp : DemoNodes::Cpo;
        m_steps.append({id, title, owner, partner,
                        [this, owner, objects, service]() -> Status {
                            auto stored = on(owner, [&](NodeServices &services) { return service(services).putOwnBatch(objects); });
                            return stored ? Status::success() : Status(stored.error());
                        },
                        [this, partner, objects, service, noun]() -> StoryCheck {
                            const QJsonArray held = fromPartner(partner, service);
                            if (held.size() < objects.size())
                                return StoryCheck::waiting(QStringLiteral("%1 of %2 %3").arg(held.size()).arg(objects.size()).arg(noun));
                            QJsonObject figures{{noun, int(held.size())}};
                            if (noun == QLatin1String("locations"))
                                figures.insert(QStringLiteral("evses"), evseCount(held));
                            return StoryCheck::done(QStringLiteral("%1 %2 pushed and stored").arg(held.size()).arg(noun), figures);
                        }});
    };
    // Tariffs first: a location names its connectors' tariffs, which must be known (LOC-22).
    pushed(QStringLiteral("tariffs"), QStringLiteral("The CPO pushes its tariffs"), DemoNodes::Cpo, data::tariffs(m_startedAt),
           [](NodeServices &services) -> ObjectService & { return services.service<TariffService>(); }, QStringLiteral("tariffs"));
    pushed(QStringLiteral("locations"), QStringLiteral("The CPO pushes its Amsterdam locations"), DemoNodes::Cpo,
           data::locations(m_startedAt), [](NodeServices &services) -> ObjectService & { return services.service<LocationService>(); },
           QStringLiteral("locations"));
    pushed(QStringLiteral("tokens"), QStringLiteral("The eMSP pushes its drivers' tokens"), DemoNodes::Emsp, data::tokens(m_startedAt),
           [](NodeServices &services) -> ObjectService & { return services.service<TokenService>(); }, QStringLiteral("tokens"));

    // Real-time authorization: the CPO asks the eMSP whether the card may charge at the location.
    m_steps.append(
        {QStringLiteral("authorize"), QStringLiteral("The CPO asks the eMSP to authorize a card (real-time authorization)"),
         DemoNodes::Cpo, DemoNodes::Emsp,
         [this]() -> Status {
             const QString uid = token(0).value(QStringLiteral("uid")).toString();
             return on(DemoNodes::Cpo, [&](NodeServices &services) -> Status {
                 auto emsp = services.partners().get(m_partner[DemoNodes::Cpo]);
                 if (!emsp)
                     return emsp.error();
                 const auto endpoint = emsp->endpoint(QStringLiteral("tokens"), QStringLiteral("SENDER"));
                 if (!endpoint)
                     return Error::internal(QStringLiteral("the eMSP announced no tokens Sender endpoint"));
                 OutgoingRequest request;
                 request.method = "POST";
                 request.url = OcpiClient::joinUrl(endpoint->url, {uid, QStringLiteral("authorize")});
                 request.body = QJsonDocument(QJsonObject{{QStringLiteral("location_id"), data::storyLocation()},
                                                          {QStringLiteral("evse_uids"), QJsonArray{data::storyEvse()}}})
                                    .toJson(QJsonDocument::Compact);
                 request.token = emsp->outgoingToken;
                 request.encoding = emsp->outgoingEncoding();
                 request.from = data::cpoParty().party;
                 request.to = data::emspParty().party;
                 request.partnerId = emsp->id;
                 request.partner = emsp->label();
                 services.client().send(request, [this](const OcpiReply &reply) { deliver([this, reply] { m_authorization = reply; }); });
                 return Status::success();
             });
         },
         [this]() -> StoryCheck {
             if (!m_authorization)
                 return StoryCheck::waiting(QStringLiteral("the eMSP's AuthorizationInfo"));
             if (!m_authorization->ok())
                 return StoryCheck::failed(m_authorization->describe());
             const QJsonObject info = m_authorization->dataAsObject();
             const QString allowed = info.value(QStringLiteral("allowed")).toString();
             m_reference = info.value(QStringLiteral("authorization_reference")).toString();
             if (allowed != QLatin1String("ALLOWED") || m_reference.isEmpty())
                 return StoryCheck::failed(QStringLiteral("the eMSP answered %1 without an authorization_reference").arg(allowed));
             return StoryCheck::done(QStringLiteral("ALLOWED"), {{QStringLiteral("token_uid"), token(0).value(QStringLiteral("uid"))},
                                                                 {QStringLiteral("allowed"), allowed},
                                                                 {QStringLiteral("authorization_reference"), m_reference}});
         }});
}

void DemoStory::addCharging()
{
    m_steps.append({QStringLiteral("start_session"), QStringLiteral("The eMSP starts a charge remotely (START_SESSION)"), DemoNodes::Emsp,
                    DemoNodes::Emsp,
                    [this] {
                        return sendCommand(QStringLiteral("start"), QStringLiteral("START_SESSION"),
                                           {{QStringLiteral("token"), token(0)},
                                            {QStringLiteral("location_id"), data::storyLocation()},
                                            {QStringLiteral("evse_uid"), data::storyEvse()},
                                            {QStringLiteral("authorization_reference"), m_reference}});
                    },
                    [this]() -> StoryCheck {
                        StoryCheck result = commandResult(QStringLiteral("start"));
                        if (result.state != StoryCheck::State::Done)
                            return result;
                        const QJsonObject session = emspSession(QStringLiteral("authorization_reference"), m_reference);
                        if (session.isEmpty())
                            return StoryCheck::waiting(QStringLiteral("the session at the eMSP"));
                        m_sessionId = session.value(QStringLiteral("id")).toString();
                        return StoryCheck::done(QStringLiteral("ACCEPTED; session %1 is %2")
                                                    .arg(m_sessionId, session.value(QStringLiteral("status")).toString()),
                                                merged(result.figures, {{QStringLiteral("session_id"), m_sessionId},
                                                                        {QStringLiteral("evse_uid"), data::storyEvse()},
                                                                        {QStringLiteral("status"), session.value(QStringLiteral("status"))}}));
                    }});

    // A quarter of an hour of charging at a time: the CPO PATCHes the session with its new period.
    auto charging = [this](const QString &id, const QString &title, int periods) {
        m_steps.append({id, title, DemoNodes::Cpo, DemoNodes::Emsp,
                        [this] {
                            // The first tick makes a PENDING session ACTIVE (SES-10); the second reports the period.
                            if (Status ticked = tickChargers(); !ticked)
                                return ticked;
                            return skipAndTick(kQuarterHour);
                        },
                        [this, periods]() -> StoryCheck {
                            const QJsonObject session = emspSession(QStringLiteral("id"), m_sessionId);
                            const int have = int(session.value(QStringLiteral("charging_periods")).toArray().size());
                            const double kwh = session.value(QStringLiteral("kwh")).toDouble();
                            if (session.value(QStringLiteral("status")).toString() != QLatin1String("ACTIVE") || have < periods
                                || kwh <= m_kwh)
                                return StoryCheck::waiting(QStringLiteral("the session's update (%1 periods, %2 kWh so far)").arg(have).arg(kwh));
                            m_kwh = kwh;
                            return StoryCheck::done(QStringLiteral("ACTIVE, %1 kWh").arg(kwh),
                                                    merged({{QStringLiteral("kwh"), kwh}, {QStringLiteral("charging_periods"), have}},
                                                           priceFigures(session.value(QStringLiteral("total_cost")).toObject(),
                                                                        QStringLiteral("cost"))));
                        }});
    };
    charging(QStringLiteral("charging"), QStringLiteral("The car charges; the CPO reports the session's first quarter hour"), 1);
    charging(QStringLiteral("charging_more"), QStringLiteral("The car charges on; the session grows by another period"), 2);

    m_steps.append({QStringLiteral("charging_profile"), QStringLiteral("The eMSP limits the charge to 3.7 kW (SET charging profile)"),
                    DemoNodes::Emsp, DemoNodes::Emsp,
                    [this] {
                        m_sent.remove(QStringLiteral("profile"));
                        const QJsonObject profile{{QStringLiteral("charging_rate_unit"), QStringLiteral("W")},
                                                  {QStringLiteral("charging_profile_period"),
                                                   QJsonArray{QJsonObject{{QStringLiteral("start_period"), 0}, {QStringLiteral("limit"), kLimitW}}}}};
                        m_kwhAtLimit = m_kwh;
                        m_limitedSince = m_nodes.clock().now();
                        on(DemoNodes::Emsp, [&](NodeServices &services) {
                            services.module<ChargingProfilesModule>().service().send(
                                m_partner[DemoNodes::Emsp], QStringLiteral("SET"), m_sessionId,
                                {{QStringLiteral("charging_profile"), profile}}, [this](Result<CommandRecord> sent) {
                                    deliver([this, sent] { m_sent.insert(QStringLiteral("profile"), sent); });
                                });
                            return true;
                        });
                        return Status::success();
                    },
                    [this]() -> StoryCheck {
                        StoryCheck result = requestResult(QStringLiteral("profile"), [](NodeServices &services) -> CommandStore & {
                            return services.module<ChargingProfilesModule>().service().requests();
                        });
                        if (result.state == StoryCheck::State::Done)
                            result.figures.insert(QStringLiteral("limit_w"), kLimitW);
                        return result;
                    }});

    m_steps.append({QStringLiteral("limited"), QStringLiteral("The car charges a quarter hour under the limit"), DemoNodes::Cpo,
                    DemoNodes::Emsp, [this] { return skipAndTick(kQuarterHour); },
                    [this]() -> StoryCheck {
                        const QJsonObject session = emspSession(QStringLiteral("id"), m_sessionId);
                        const double kwh = session.value(QStringLiteral("kwh")).toDouble();
                        if (kwh <= m_kwhAtLimit)
                            return StoryCheck::waiting(QStringLiteral("the session's update"));
                        const double hours = m_limitedSince.msecsTo(m_nodes.clock().now()) / 3600000.0;
                        const double added = kwh - m_kwhAtLimit;
                        // 3.7 kW for the time since the limit, and a rounding step of slack.
                        if (added > kLimitW / 1000 * hours + 0.01)
                            return StoryCheck::failed(QStringLiteral("%1 kWh in %2 h is more than 3.7 kW allow").arg(added).arg(hours));
                        m_kwh = kwh;
                        return StoryCheck::done(QStringLiteral("%1 kWh added at most 3.7 kW").arg(added, 0, 'f', 3),
                                                {{QStringLiteral("kwh"), kwh},
                                                 {QStringLiteral("kwh_under_limit"), qRound(added * 1000) / 1000.0},
                                                 {QStringLiteral("average_kw"), qRound(added / hours * 100) / 100.0}});
                    }});

    m_steps.append({QStringLiteral("stop_session"), QStringLiteral("The eMSP stops the charge remotely (STOP_SESSION)"), DemoNodes::Emsp,
                    DemoNodes::Emsp,
                    [this] { return sendCommand(QStringLiteral("stop"), QStringLiteral("STOP_SESSION"), {{QStringLiteral("session_id"), m_sessionId}}); },
                    [this]() -> StoryCheck {
                        StoryCheck result = commandResult(QStringLiteral("stop"));
                        if (result.state != StoryCheck::State::Done)
                            return result;
                        const QJsonObject session = emspSession(QStringLiteral("id"), m_sessionId);
                        if (session.value(QStringLiteral("status")).toString() != QLatin1String("COMPLETED"))
                            return StoryCheck::waiting(QStringLiteral("the session COMPLETED at the eMSP"));
                        return StoryCheck::done(QStringLiteral("session %1 COMPLETED").arg(m_sessionId),
                                                merged(result.figures, {{QStringLiteral("kwh"), session.value(QStringLiteral("kwh"))},
                                                                        {QStringLiteral("end_date_time"), session.value(QStringLiteral("end_date_time"))}}));
                    }});

    m_steps.append({QStringLiteral("cdr"), QStringLiteral("The CPO sends the priced CDR"), DemoNodes::Cpo, DemoNodes::Emsp, [] { return Status::success(); },
                    [this]() -> StoryCheck {
                        const QJsonObject cdr = emspCdr(m_sessionId);
                        if (cdr.isEmpty())
                            return StoryCheck::waiting(QStringLiteral("the CDR at the eMSP"));
                        // AMS-AC: 0.50 a charge + 0.35 /kWh + 1.00 /h; the CDR must say what its own figures cost.
                        const double energy = cdr.value(QStringLiteral("total_energy")).toDouble();
                        const double hours = cdr.value(QStringLiteral("total_time")).toDouble();
                        const double expected = 0.50 + 0.35 * energy + 1.00 * hours;
                        const double total = costExclVat(cdr);
                        if (total <= 0 || std::abs(total - expected) > 0.02)
                            return StoryCheck::failed(QStringLiteral("total_cost %1 excl. VAT, expected %2 for %3 kWh in %4 h")
                                                          .arg(total).arg(expected).arg(energy).arg(hours));
                        return StoryCheck::done(QStringLiteral("%1 kWh, %2 h: %3 %4 excl. VAT")
                                                    .arg(energy).arg(hours, 0, 'f', 2).arg(total).arg(cdr.value(QStringLiteral("currency")).toString()),
                                                merged({{QStringLiteral("cdr_id"), cdr.value(QStringLiteral("id"))},
                                                        {QStringLiteral("total_energy"), energy},
                                                        {QStringLiteral("total_time"), hours},
                                                        {QStringLiteral("currency"), cdr.value(QStringLiteral("currency"))}},
                                                       priceFigures(cdr.value(QStringLiteral("total_cost")).toObject(), QStringLiteral("total_cost"))));
                    }});
}

} // namespace ocpi::demo
