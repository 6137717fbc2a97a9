#pragma once

#include "sync/driverrecords.h"
#include "sync/objectsmanager.h"

namespace ocpi {

// Where our CPO CDRs come from (ObjectsManager) and which of them an eMSP may list (CDR-01: the
// CDRs of its own drivers, by cdr_token's country_code/party_id). An integrator whose CDRs live in a
// billing system replaces this one class.
class CdrsManager : public ObjectsManager
{
public:
    // A page of our CDRs matching `filter` whose cdr_token's owner passes `mayRead` (a direct
    // eMSP's own parties, or the eMSPs behind a hub), with the total of those (X-Total-Count);
    // oldest first, as page() orders them. driverRecordsPage() does it in memory.
    virtual Result<ObjectPage> pageFor(const ObjectFilter &filter, const EmspTest &mayRead, qint64 offset,
                                       int limit) = 0;
};

// The default: our CDRs in the node's SQL store (partner_id 0). The token owner is not a column, so
// a page reads the filter's CDRs and keeps the eMSP's in memory: fine for thousands, and the date
// filters an eMSP uses keep it small; a CPO with millions would index it in its own manager.
class SqlCdrsManager : public SqlStoredManager<CdrsManager>
{
public:
    explicit SqlCdrsManager(Database &database) : SqlStoredManager(database, QStringLiteral("cdrs")) {}

    Result<ObjectPage> pageFor(const ObjectFilter &filter, const EmspTest &mayRead, qint64 offset,
                               int limit) override;
};

} // namespace ocpi
