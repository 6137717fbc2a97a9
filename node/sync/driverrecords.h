#pragma once

#include "core/caller.h"
#include "ocpi/party.h"
#include "store/objecttable.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace ocpi {

// Sessions and CDRs are records of one driver's charge: they belong to the eMSP that issued the
// driver's token (cdr_token's country_code/party_id, CDR-15), and only that eMSP is told of them or
// may read them (CDR-01; docs/routing.md, "Records of a driver's charge").

// The eMSP a session or CDR belongs to; none when its cdr_token names no party.
std::optional<PartyId> driverEmspOf(const QJsonObject &record);

// Which eMSPs' records a reader may see.
using EmspTest = std::function<bool(const PartyId &emsp)>;
// The caller's own eMSP parties, or, through a hub, the eMSPs it may speak for (mayActFor).
EmspTest readableBy(const Caller &caller);

// The records of `records` (in order) whose eMSP passes `mayRead`: the page from `offset`, at most
// `limit`, with the total of all that pass (X-Total-Count).
ObjectPage driverRecordsPage(const QList<StoredObject> &records, const EmspTest &mayRead, qint64 offset, int limit);

} // namespace ocpi
