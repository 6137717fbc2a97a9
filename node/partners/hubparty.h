#pragma once

#include "core/result.h"
#include "ocpi/party.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace ocpi {

// A party's connection to its hub, as the hub reports it (HCI-04).
enum class ConnectionStatus { Connected, Offline, Planned, Suspended };
QString connectionStatusName(ConnectionStatus status);
std::optional<ConnectionStatus> parseConnectionStatus(QStringView text);

// One party behind a hub partner, from the hub's hub client info (ClientInfo).
struct HubParty
{
    qint64 hubPartnerId = 0;
    PartyRole party;
    ConnectionStatus status = ConnectionStatus::Connected;
    QDateTime lastUpdated;   // the ClientInfo's own last_updated

    friend bool operator==(const HubParty &a, const HubParty &b)
    {
        return a.hubPartnerId == b.hubPartnerId && a.party == b.party && a.status == b.status
               && a.lastUpdated == b.lastUpdated;
    }
};

// Where the partner registry reads what hubs reported (the hubclientinfo module's store). The
// registry knows no table of that module; the module hands itself over when it opens.
class HubDirectory
{
public:
    virtual ~HubDirectory() = default;
    // What hub `hubPartnerId` reported; none: every hub's.
    virtual Result<QList<HubParty>> hubParties(std::optional<qint64> hubPartnerId) = 0;
};

} // namespace ocpi
