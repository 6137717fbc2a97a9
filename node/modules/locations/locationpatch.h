#pragma once

#include "core/result.h"
#include "ocpi/objectlimits.h"
#include "ocpi/objectpatch.h"
#include "store/objecttable.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace ocpi {

// Which part of a Location a URL names: the Location itself, one of its EVSEs, or one Connector of
// an EVSE (LOC-02/03). Ids as the URL spells them; matched case-insensitively (GEN-03).
struct LocationPart
{
    QString evseUid;
    QString connectorId;

    bool isLocation() const { return evseUid.isEmpty(); }
    bool isEvse() const { return !evseUid.isEmpty() && connectorId.isEmpty(); }
    bool isConnector() const { return !evseUid.isEmpty() && !connectorId.isEmpty(); }
    // The schema object found at this depth: "Location", "EVSE" or "Connector" (LOC-04).
    QString objectName() const;
};

// A PATCH body for one part of a Location, checked as far as it can be without the stored Location
// (objectpatch::check): `changes.lists` holds the raw `evses` of a Location or `connectors` of an
// EVSE, which are upserted by id (LOC-08) and so can only be checked against what is stored.
struct LocationPatch
{
    LocationPart part;
    PatchTarget target;
    CheckedPatch changes;
};

// The merge rules of the locations module on plain JSON: no storage, no partners. Every object
// passed in is canonical (validator.h); results are canonical parts, but the caller validates the
// whole Location again before storing it, with the same policy: a Location grown past the limits
// by EVSE or Connector writes is refused there (hardening issue item 3).
namespace locationpatch {

qsizetype indexOfEvse(const QJsonArray &evses, const QString &uid);
qsizetype indexOfConnector(const QJsonArray &connectors, const QString &id);

// The Location, EVSE or Connector at `part`. A missing EVSE or Connector is NotFound naming it
// (404 + 2000: the Location exists, so 2003 "unknown Location" would be wrong).
Result<QJsonObject> find(const QJsonObject &location, const LocationPart &part);

// A PUT body for the EVSE or Connector at `part`: a complete, valid object (LOC-04) whose uid/id
// equals the URL's (TF-13). Canonical on success; 2001 naming the field otherwise.
Result<QJsonObject> checkPut(const LocationPart &part, const QJsonValue &body, const ValidationPolicy &policy = {});

// Puts a checked EVSE or Connector in place: replaces the one with the same id or adds it. Its
// parents take its last_updated (LOC-05/06). Returns true when it was added (201, ST-04).
Result<bool> put(QJsonObject &location, const LocationPart &part, const QJsonObject &object);

// A PATCH body for `part` of the Location `key` (TF-10, LOC-07): last_updated is required
// (PIT-07), identifying fields may be given but must equal the URL, the rest must be valid; a nested
// list no longer than the policy allows.
Result<LocationPatch> checkPatch(const ObjectKey &key, const LocationPart &part, const QJsonValue &body,
                                 const ValidationPolicy &policy = {});

// Applies a checked PATCH. Fields given replace the stored ones (a nested object as a whole, an
// empty list clears the list); fields left out stay. `evses`/`connectors` entries are upserted by
// uid/id and omitted ones are kept (LOC-08); an entry without its own last_updated takes the
// PATCH's. Parents take the PATCH's last_updated (LOC-05/06). Missing EVSE/Connector: NotFound.
Status apply(QJsonObject &location, const LocationPatch &patch, const ValidationPolicy &policy = {});

} // namespace locationpatch
} // namespace ocpi
