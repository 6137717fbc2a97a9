#pragma once

#include "core/result.h"
#include "partners/hubparty.h"
#include "store/database.h"

#include <QByteArray>

#include <optional>

namespace ocpi {

// One ClientInfo a hub partner sent us, as stored: the parsed fields and the object as received.
struct StoredClientInfo
{
    HubParty party;
    QByteArray json;     // the ClientInfo, compact, as the hub sent it (GET answers with it)
};

// The hub_client_info table: per hub partner, the last ClientInfo of each party behind it in each
// of its roles (a party that is CPO and eMSP has two).
class ClientInfoStore
{
public:
    explicit ClientInfoStore(Database &database) : m_database(database) {}

    static Migration migration();
    static Migration roleMigration();

    // Inserts or replaces the hub's report of one party in one role. Returns true when new.
    Result<bool> put(const StoredClientInfo &info);
    // What the hub last PUT for `party`, whichever role it named (the URL names no role).
    Result<std::optional<StoredClientInfo>> find(qint64 hubPartnerId, const PartyId &party);
    // Of one hub, or of every hub; ordered by hub, then party, then role.
    Result<QList<StoredClientInfo>> list(std::optional<qint64> hubPartnerId);

private:
    Database &m_database;
};

} // namespace ocpi
