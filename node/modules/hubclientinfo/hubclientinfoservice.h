#pragma once

#include "clientinfostore.h"
#include "core/caller.h"
#include "core/clock.h"
#include "ocpi/objectlimits.h"
#include "partners/hubparty.h"

#include <QJsonValue>
#include <QObject>

namespace ocpi {

class PartnerRegistry;

// Hub client info, Receiver side (HCI-02, CPO and eMSP): what a hub partner tells us about the
// parties behind it. Only a hub partner writes; each hub's reports are kept apart. The partner
// registry reads them (HubDirectory) to decide whom a hub may speak for and which parties are not
// to be sent anything (HCI-05); every write goes through the registry's transaction, so its cached
// callers and the outbox's targets see the change at once.
class HubClientInfoService : public QObject, public HubDirectory
{
    Q_OBJECT

public:
    static constexpr const char *kIdentifier = "hubclientinfo";

    HubClientInfoService(Database &database, PartnerRegistry &partners, const Clock &clock,
                         const ValidationPolicy &policy, QObject *parent = nullptr);

    // PUT {hubclientinfo}/{country_code}/{party_id}: true when the party is new for this hub.
    Result<bool> receive(const Caller &caller, const PartyId &urlParty, const QJsonValue &body);
    // GET: the ClientInfo the caller (a hub) last sent for `party`.
    Result<QByteArray> find(const Caller &caller, const PartyId &party);

    // Operators (`ocpi-node list clientinfo`, `partners`, the console): one hub's or every hub's.
    Result<QList<StoredClientInfo>> list(std::optional<qint64> hubPartnerId = std::nullopt);
    Result<QList<HubParty>> hubParties(std::optional<qint64> hubPartnerId) override;

signals:
    // A hub reported a party (new or changed).
    void clientInfoChanged(qint64 hubPartnerId, const QString &party);

private:
    ClientInfoStore m_store;
    PartnerRegistry &m_partners;
    const Clock &m_clock;
    ValidationPolicy m_policy; // its clock is m_clock
};

} // namespace ocpi
