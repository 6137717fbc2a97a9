#pragma once

#include "core/result.h"
#include "ocpi/party.h"
#include "store/database.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace ocpi {

// Whether a Token matches one PublishTokenType entry of a Location: every field the entry sets is
// equal (uid and group_id case-insensitively as CiStrings, type, visual_number and issuer exactly).
bool publishEntryMatches(const QJsonObject &entry, const QJsonObject &token);

// SQL of the locations module beyond the shared object table: its migration and the token lookups
// that decide who may see one of our unpublished locations (LOC-13).
class LocationStore
{
public:
    explicit LocationStore(Database &database) : m_database(database) {}

    // A partial index over unpublished locations: finding them costs nothing when there are none,
    // which is the common case on every Sender list request.
    static Migration migration();

    // The owners of the tokens matching `entry` that partner `partnerId` has given us (pushed or
    // pulled into the tokens table), among `owners` (a direct partner's eMSP parties; none: any
    // owner, for a hub whose parties the caller checks). An entry with a uid is one indexed lookup
    // per owner given; entries without one read the partner's tokens, narrowed by a text match on
    // the stored JSON and confirmed by publishEntryMatches().
    Result<QList<PartyId>> tokenOwnersMatching(qint64 partnerId, const std::optional<QList<PartyId>> &owners,
                                               const QJsonObject &entry) const;

private:
    Database &m_database;
};

} // namespace ocpi
