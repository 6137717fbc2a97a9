#include "hubclientinfoservice.h"

#include "core/datetime.h"
#include "core/logging.h"
#include "ocpi/validator.h"
#include "partners/partnerregistry.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ocpi {

HubClientInfoService::HubClientInfoService(Database &database, PartnerRegistry &partners, const Clock &clock,
                                           const ValidationPolicy &policy, QObject *parent)
    : QObject(parent), m_store(database), m_partners(partners), m_clock(clock), m_policy(policy)
{
    m_policy.clock = &m_clock;
}

Result<bool> HubClientInfoService::receive(const Caller &caller, const PartyId &urlParty, const QJsonValue &body)
{
    if (!caller.hub) {
        return Error{ErrorKind::Forbidden,
                     QStringLiteral("only a hub (a partner whose credentials hold the HUB role) sends hub client info")};
    }
    auto valid = validateObject(QStringLiteral("ClientInfo"), body, m_policy);
    if (!valid)
        return valid.error();
    const QJsonObject object = *valid;
    const PartyId bodyParty = PartyId::of(object.value(QLatin1String("country_code")).toString(),
                                          object.value(QLatin1String("party_id")).toString());
    if (!(bodyParty == urlParty)) {
        return Error::invalid(QStringLiteral("country_code/party_id: the body names %1 but the URL %2 (TF-12)")
                                  .arg(bodyParty.toString(), urlParty.toString()));
    }
    // The schema checked both enums: these parse.
    StoredClientInfo info;
    info.party.hubPartnerId = caller.partnerId;
    info.party.party.party = urlParty;
    info.party.party.role = parseRole(object.value(QLatin1String("role")).toString()).value_or(Role::OTHER);
    info.party.party.businessName = urlParty.toString();
    info.party.status = parseConnectionStatus(object.value(QLatin1String("status")).toString()).value_or(ConnectionStatus::Suspended);
    info.party.lastUpdated = parseDateTime(object.value(QLatin1String("last_updated")).toString()).value_or(m_clock.now());
    info.json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    bool created = false;
    const Status stored = m_partners.inTransaction([&]() -> Status {
        auto put = m_store.put(info);
        if (!put)
            return put.error();
        created = *put;
        return Status::success();
    });
    if (!stored)
        return stored.error();
    if (info.party.status == ConnectionStatus::Planned) {
        // HCI-05: a party about to join is the operator's business (contracts, tariffs, tokens).
        qCWarning(lcPartners).noquote() << "hub" << caller.label() << "reports party" << info.party.party.toString()
                                        << "as PLANNED: it will join soon";
    } else {
        qCInfo(lcPartners).noquote() << "hub" << caller.label() << "reports party" << info.party.party.toString() << "as"
                                     << connectionStatusName(info.party.status);
    }
    emit clientInfoChanged(caller.partnerId, urlParty.toString());
    return created;
}

Result<QByteArray> HubClientInfoService::find(const Caller &caller, const PartyId &party)
{
    auto found = m_store.find(caller.partnerId, party);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(QStringLiteral("no client info of %1 from you is stored here").arg(party.toString()));
    return (*found)->json;
}

Result<QList<StoredClientInfo>> HubClientInfoService::list(std::optional<qint64> hubPartnerId)
{
    return m_store.list(hubPartnerId);
}

Result<QList<HubParty>> HubClientInfoService::hubParties(std::optional<qint64> hubPartnerId)
{
    auto rows = m_store.list(hubPartnerId);
    if (!rows)
        return rows.error();
    QList<HubParty> parties;
    for (const StoredClientInfo &row : *rows)
        parties.append(row.party);
    return parties;
}

} // namespace ocpi
