#pragma once

#include "locationpatch.h"
#include "locationstore.h"
#include "sync/objectservice.h"

#include <QByteArray>
#include <QJsonValue>

namespace ocpi {

// Locations (LOC-*).
// Sender (our CPO parties): our locations listed and read by partners; an unpublished one only by
// partners holding a token its publish_allowed_to names (LOC-13).
// Receiver (our eMSP parties): partners' locations, written with PUT and PATCH at the Location,
// EVSE or Connector level (LOC-03..10); over HTTP through a group commit (many requests, one disk
// flush, each answered once durable; partners take turns). A write that would take a Location past
// the policy's limits is refused with 2001 and changes nothing.
// Ours (console, API, imports; locationserviceown.cpp): changes are stored and queued for every
// eMSP partner in one transaction; a change to an EVSE or Connector goes out as a PATCH of just
// that part.
//
// Unknown objects: a Location that is not there (or not visible to the caller) is UnknownLocation
// (404 + 2003); an EVSE or Connector missing from an existing Location is NotFound (404 + 2000).
// Either way the partner's outbox falls back to a PUT of the whole Location (TF-11, LOC-10).
class LocationService : public ObjectService
{
    Q_OBJECT

public:
    // What the shared machinery needs to know about this module's objects.
    static const ObjectModule &definition();

    LocationService(Database &database, ObjectsManager &manager, Outbox &outbox, const Clock &clock,
                    QList<PartyRole> ourParties, const ValidationPolicy &policy = {}, QObject *parent = nullptr);

    // Sender: a page of our locations for `caller`: the published ones plus the unpublished ones
    // its tokens unlock. `filter` carries owners and dates; listing rules are added here.
    Result<ObjectPage> senderPageFor(const Caller &caller, ObjectFilter filter, qint64 offset, int limit) override;
    // Sender: the Location, EVSE or Connector of one of our locations (LOC-02), as JSON. `owners` are
    // the parties to look in (the Sender URL names no party).
    Result<QByteArray> senderPart(const Caller &caller, const QList<PartyId> &owners, const QString &locationId,
                                  const LocationPart &part);

    // Receiver: what the caller stored at `key` / `part`.
    Result<QByteArray> receivedPart(const Caller &caller, const ObjectKey &key, const LocationPart &part);
    // Receiver PUT (LOC-04/05): the body is a Location, EVSE or Connector as the depth says. Returns
    // true when the object (at that depth) was created. An EVSE or Connector needs its Location
    // (UnknownLocation otherwise, LOC-10).
    Result<bool> receivePut(const Caller &caller, const ObjectKey &key, const LocationPart &part,
                            const QJsonValue &body);
    // Receiver PATCH (LOC-05/07/08, TF-10): the merged Location must still be valid, else nothing
    // is stored (2001). A PATCH older than the Location, EVSE or Connector it names is refused
    // (2001 naming last_updated), as every module's (ObjectService::patchReceived).
    Status receivePatch(const Caller &caller, const ObjectKey &key, const LocationPart &part, const QJsonValue &body);

    // The same two, answered after a commit shared with other requests' writes (the HTTP routes,
    // as ObjectService::receiveQueued).
    void receivePutQueued(const Caller &caller, const ObjectKey &key, const LocationPart &part, const QJsonValue &body,
                          Answer answer);
    void receivePatchQueued(const Caller &caller, const ObjectKey &key, const LocationPart &part,
                            const QJsonValue &body, Answer answer);

    // Ours: a PATCH of one of our locations (part empty: the Location itself). last_updated is
    // stamped from our clock when the patch has none. Pushed as a PATCH of the same part, except a
    // patch with `evses` (or an EVSE patch with `connectors`), pushed as a PUT of the whole Location
    // or EVSE: partners that read a list in a PATCH as "replace the list" must not lose EVSEs.
    Status patchOwn(const ObjectKey &key, const LocationPart &part, const QJsonValue &patch);
    // Ours: the usual change (LOC-19: real status changes are pushed on EVSE.status).
    Status setEvseStatus(const ObjectKey &key, const QString &evseUid, const QString &status);
    // Ours: adds or replaces one EVSE or Connector; pushed as a PUT of that part. Returns true when
    // it was added.
    Result<bool> putOwnPart(const ObjectKey &key, const LocationPart &part, const QJsonValue &object);

    // Tariff references (locationtariffs.cpp): the tariffs module, once linked, is where our
    // connectors' tariff_ids must be found (LOC-22); and it asks here before one of our tariffs is
    // withdrawn (TAR-03).
    void linkModules(const QList<ObjectService *> &services) override;
    Result<QString> ownReferenceTo(const QString &module, const ObjectKey &key) override;

private:
    // What one change to one of our locations pushes: the method and body ("" = the changed part).
    struct Push
    {
        QByteArray method;
        QByteArray body;
        bool created = false;
    };
    using Edit = std::function<Result<Push>(QJsonObject &location)>;
    // Read our location, apply `edit`, check the result, store it and queue the push: one transaction.
    Result<bool> changeOwn(const ObjectKey &key, const LocationPart &part, const Edit &edit);

protected:
    // Unpublished locations (LOC-13) and expired ones without a usable EVSE (LOC-01) are not listed.
    bool isListed(const QJsonObject &object) const override;
    void address(PushChange &push, const QJsonObject &canonical) const override;
    static bool hasValidEvse(const QJsonObject &location);
    Status checkReplacement(const QJsonObject &stored, const QJsonObject &incoming) const override;
    // EVSE uids unique within the Location, connector ids within their EVSE (LOC-11).
    Status checkObject(const QJsonObject &object) const override;
    // Our own locations only: EVSE ids in the eMI3 format, and every tariff_ids entry names one of
    // our tariffs of the Location's party (2001 naming the field). Partners' locations are not
    // checked: see locationtariffs.cpp.
    Status checkOwnObject(const QJsonObject &location) override;

private:
    // 404 + 2003; also for a Location the caller may not see (LOC-13: not even its existence).
    static Error unknownLocation(const QString &id);
    Error unknownObject(const ObjectKey &key) const override { return unknownLocation(key.id); }
    Result<Write> preparePut(const Caller &caller, const ObjectKey &key, const LocationPart &part,
                             const QJsonValue &body);
    Result<Write> preparePatch(const Caller &caller, const ObjectKey &key, const LocationPart &part,
                               const QJsonValue &body);

    // LOC-13: an unpublished Location is visible to partners holding a token it names.
    Result<bool> visibleTo(const Caller &caller, const QJsonObject &location);
    // The eMSP parties of `caller` that an unpublished `location` is shown to: those holding a
    // token (given to us through this caller) that one of its publish_allowed_to entries names.
    // Empty for a published location (shown to all) and for a caller that may not see it.
    Result<QList<PartyId>> allowedParties(const Caller &caller, const QJsonObject &location) const;
    Result<QList<ObjectKey>> unlistedVisibleTo(const Caller &caller, const QList<PartyId> &owners);
    // The Location after a change, checked as a whole and stored for `partnerId`.
    Status storeReceived(const QJsonObject &location, qint64 partnerId);
    // "/NL/TNM/LOC1[/EVSE1[/1]]" spelled as the stored Location spells its ids.
    QString pushPath(const QJsonObject &location, const LocationPart &part) const;

    LocationStore m_store;
    ObjectService *m_tariffs = nullptr; // the tariffs module's service, once linked
};

} // namespace ocpi
