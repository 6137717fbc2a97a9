#include "locationservice.h"

#include "ocpi/validator.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ocpi {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// Duplicate ids within one list, compared as CiStrings: "evses[3].uid: 'X' is also evses[0]'s".
Status checkUnique(const QJsonArray &list, const QString &field, const QString &where)
{
    QStringList seen;
    seen.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString id = list.at(i).toObject().value(field).toString().toUpper();
        const qsizetype first = seen.indexOf(id);
        if (first >= 0) {
            return Error::invalid(QStringLiteral("%1[%2].%3: '%4' is also the %3 of %1[%5] (LOC-11)")
                                      .arg(where).arg(i).arg(field, list.at(i).toObject().value(field).toString())
                                      .arg(first));
        }
        seen.append(id);
    }
    return Status::success();
}

} // namespace

Error LocationService::unknownLocation(const QString &id)
{
    return {ErrorKind::UnknownLocation, QStringLiteral("location_id: no location '%1' here").arg(id)};
}

const ObjectModule &LocationService::definition()
{
    // Locations are owned by CPO parties and received by eMSPs.
    static const ObjectModule module{QStringLiteral("locations"), QStringLiteral("Location"), QStringLiteral("id"), Role::CPO, Role::EMSP, false};
    return module;
}

LocationService::LocationService(Database &database, ObjectsManager &manager, Outbox &outbox, const Clock &clock,
                                 QList<PartyRole> ourParties, const ValidationPolicy &policy, QObject *parent)
    : ObjectService(definition(), database, manager, outbox, clock, std::move(ourParties), policy, parent),
      m_store(database)
{
}

bool LocationService::hasValidEvse(const QJsonObject &location)
{
    // LOC-01/09: EVSEs are removed by status REMOVED; a location with no other EVSE has expired.
    for (const QJsonValue &evse : location.value(QLatin1String("evses")).toArray()) {
        if (evse.toObject().value(QLatin1String("status")).toString() != QLatin1String("REMOVED"))
            return true;
    }
    return false;
}

bool LocationService::isListed(const QJsonObject &object) const
{
    return object.value(QLatin1String("publish")).toBool(true) && hasValidEvse(object);
}

Status LocationService::checkReplacement(const QJsonObject &stored, const QJsonObject &incoming) const
{
    // LOC-09/11: EVSEs and connectors are never deleted; they are removed with status REMOVED.
    const QJsonArray now = incoming.value(QLatin1String("evses")).toArray();
    auto find = [](const QJsonArray &list, const QString &field, const QString &id) {
        for (const QJsonValue &entry : list) {
            if (entry.toObject().value(field).toString().compare(id, Qt::CaseInsensitive) == 0)
                return entry.toObject();
        }
        return QJsonObject();
    };
    for (const QJsonValue &before : stored.value(QLatin1String("evses")).toArray()) {
        const QString uid = before.toObject().value(QLatin1String("uid")).toString();
        const QJsonObject after = find(now, QStringLiteral("uid"), uid);
        if (after.isEmpty()) {
            return Error::invalid(QStringLiteral("evses: EVSE %1 cannot be deleted; set its status to REMOVED (LOC-09)").arg(uid));
        }
        for (const QJsonValue &connector : before.toObject().value(QLatin1String("connectors")).toArray()) {
            const QString id = connector.toObject().value(QLatin1String("id")).toString();
            if (find(after.value(QLatin1String("connectors")).toArray(), QStringLiteral("id"), id).isEmpty()) {
                return Error::invalid(QStringLiteral("evses: connector %1 of EVSE %2 cannot be deleted (LOC-09)").arg(id, uid));
            }
        }
    }
    return Status::success();
}

Status LocationService::checkObject(const QJsonObject &object) const
{
    const QJsonArray evses = object.value(QLatin1String("evses")).toArray();
    if (Status s = checkUnique(evses, QStringLiteral("uid"), QStringLiteral("evses")); !s)
        return s;
    for (qsizetype i = 0; i < evses.size(); ++i) {
        const QJsonArray connectors = evses.at(i).toObject().value(QLatin1String("connectors")).toArray();
        if (Status s = checkUnique(connectors, QStringLiteral("id"), QStringLiteral("evses[%1].connectors").arg(i)); !s)
            return s;
    }
    return Status::success();
}

// --- Sender ---------------------------------------------------------------------------------

Result<bool> LocationService::visibleTo(const Caller &caller, const QJsonObject &location)
{
    if (isListed(location))
        return true;
    if (!hasValidEvse(location))
        return false; // expired (LOC-01): shown to nobody, whatever publish_allowed_to says
    auto parties = allowedParties(caller, location);
    if (!parties)
        return parties.error();
    return !parties->isEmpty();
}

Result<QList<PartyId>> LocationService::allowedParties(const Caller &caller, const QJsonObject &location) const
{
    QList<PartyId> allowed;
    if (location.value(QLatin1String("publish")).toBool(true))
        return allowed;
    // A direct partner: the tokens of its own eMSP parties. A hub: those of any party behind it
    // it may speak for (mayActFor below), each a party of its own (docs/routing.md).
    std::optional<QList<PartyId>> owners;
    if (!caller.hub) {
        owners = QList<PartyId>();
        for (const PartyRole &role : caller.roles) {
            if (role.role == Role::EMSP)
                owners->append(role.party);
        }
        if (owners->isEmpty())
            return allowed;
    }
    for (const QJsonValue &entry : location.value(QLatin1String("publish_allowed_to")).toArray()) {
        auto matching = m_store.tokenOwnersMatching(caller.partnerId, owners, entry.toObject());
        if (!matching)
            return matching.error();
        for (const PartyId &party : std::as_const(*matching)) {
            if (!allowed.contains(party) && mayActFor(caller, party, Role::EMSP))
                allowed.append(party);
        }
    }
    return allowed;
}

void LocationService::address(PushChange &push, const QJsonObject &canonical) const
{
    // LOC-13: an unpublished location is told only to those allowed to see it; through a hub to
    // each allowed party behind it, never to the hub as a whole (RT-06 would hand it to everyone).
    if (canonical.value(QLatin1String("publish")).toBool(true))
        return;
    push.audience = [this, canonical](const Caller &partner) { return allowedParties(partner, canonical); };
}

Result<QList<ObjectKey>> LocationService::unlistedVisibleTo(const Caller &caller, const QList<PartyId> &owners)
{
    // Cost grows with our unpublished locations only; with none it is one empty index range. Small
    // chunks: a page reserves room for `limit` locations up front.
    constexpr int kChunk = 16;
    ObjectFilter unlisted;
    unlisted.owners = owners;
    unlisted.unlistedOnly = true;
    QList<ObjectKey> keys;
    for (qint64 offset = 0;; offset += kChunk) {
        auto page = m_manager.page(unlisted, offset, kChunk);
        if (!page)
            return page.error();
        if (page->count == 0)
            break;
        const QJsonArray locations = QJsonDocument::fromJson(page->json).array();
        for (const QJsonValue &value : locations) {
            const QJsonObject location = value.toObject();
            auto visible = visibleTo(caller, location);
            if (!visible)
                return visible.error();
            if (*visible)
                keys.append(keyOf(location));
        }
        if (page->count < kChunk)
            break;
    }
    return keys;
}

Result<ObjectPage> LocationService::senderPageFor(const Caller &caller, ObjectFilter filter, qint64 offset, int limit)
{
    filter.listedOnly = true;
    filter.unlistedOnly = false;
    auto extra = unlistedVisibleTo(caller, filter.owners);
    if (!extra)
        return extra.error();
    filter.alsoKeys = *extra;
    return m_manager.page(filter, offset, limit);
}

Result<QByteArray> LocationService::senderPart(const Caller &caller, const QList<PartyId> &owners,
                                               const QString &locationId, const LocationPart &part)
{
    std::optional<StoredObject> stored;
    for (const PartyId &owner : owners) {
        if (!holdsParty(m_ourParties, owner, Role::CPO))
            continue;
        auto found = m_manager.find(ObjectKey::of(owner.countryCode, owner.partyId, locationId));
        if (!found)
            return found.error();
        if (found->has_value() && (*found)->partnerId == 0) {
            stored = std::move(**found);
            break;
        }
    }
    if (!stored)
        return unknownLocation(locationId);
    // The common case (published, whole Location) is served from the stored bytes.
    if (stored->listed && part.isLocation())
        return stored->json;
    const QJsonObject location = parse(stored->json);
    if (!stored->listed) {
        auto visible = visibleTo(caller, location);
        if (!visible)
            return visible.error();
        if (!*visible)
            return unknownLocation(locationId); // LOC-13: not even its existence is shown
        if (part.isLocation())
            return stored->json;
    }
    auto found = locationpatch::find(location, part);
    if (!found)
        return found.error();
    return compact(*found);
}

// --- Receiver -------------------------------------------------------------------------------

Status LocationService::storeReceived(const QJsonObject &location, qint64 partnerId)
{
    // The merged Location, with the limits: EVSE and Connector writes cannot grow it past them.
    auto valid = validateObject(m_module.objectName, location, m_policy);
    if (!valid)
        return valid.error();
    if (Status s = checkObject(*valid); !s)
        return s;
    auto stored = m_table.put(toStored(*valid, partnerId));
    if (!stored)
        return stored.error();
    return Status::success();
}

Result<QByteArray> LocationService::receivedPart(const Caller &caller, const ObjectKey &key, const LocationPart &part)
{
    auto stored = received(caller, key);
    if (!stored)
        return stored.error();
    if (part.isLocation())
        return stored->json;
    auto found = locationpatch::find(parse(stored->json), part);
    if (!found)
        return found.error();
    return compact(*found);
}

Result<LocationService::Write> LocationService::preparePut(const Caller &caller, const ObjectKey &key,
                                                           const LocationPart &part, const QJsonValue &body)
{
    if (Status s = checkCallerOwns(caller, key.owner); !s)
        return s.error();
    if (part.isLocation()) {
        if (isOurs(key))
            return ownObjectError(key);
        auto valid = validateObject(m_module.objectName, body, m_policy);
        if (!valid)
            return valid.error();
        if (Status s = checkUrlMatchesBody(key, *valid); !s)
            return s.error();
        if (Status s = checkObject(*valid); !s)
            return s.error();
        return Write([this, stored = toStored(*valid, caller.partnerId)] { return storePartnersObject(stored); });
    }
    auto object = locationpatch::checkPut(part, body, m_policy);
    if (!object)
        return object.error();
    return Write([this, caller, key, part, object = *object]() -> Result<bool> {
        auto stored = received(caller, key);
        if (!stored)
            return stored.error(); // LOC-10: no EVSE without its Location (404 + 2003)
        QJsonObject location = parse(stored->json);
        auto created = locationpatch::put(location, part, object);
        if (!created)
            return created.error();
        if (Status s = storeReceived(location, caller.partnerId); !s)
            return s.error();
        return created;
    });
}

Result<LocationService::Write> LocationService::preparePatch(const Caller &caller, const ObjectKey &key,
                                                             const LocationPart &part, const QJsonValue &body)
{
    if (Status s = checkCallerOwns(caller, key.owner); !s)
        return s.error();
    auto patch = locationpatch::checkPatch(key, part, body, m_policy);
    if (!patch)
        return patch.error();
    return Write([this, caller, key, patch = *patch]() -> Result<bool> {
        auto stored = received(caller, key);
        if (!stored)
            return stored.error();
        QJsonObject location = parse(stored->json);
        // Compared with the part the PATCH lands on: a Connector patched at 10:00 is not stale
        // because another Connector of its Location changed at 10:05 (LOC-05 moved the parents).
        if (auto target = locationpatch::find(location, patch.part); target) {
            QString what = QStringLiteral("location %1").arg(key.id);
            if (!patch.part.isLocation())
                what.prepend(QStringLiteral("EVSE %1 of ").arg(patch.part.evseUid));
            if (patch.part.isConnector())
                what.prepend(QStringLiteral("connector %1 of ").arg(patch.part.connectorId));
            if (Status s = objectpatch::checkNotOlder(patch.changes, *target, what); !s)
                return s.error();
        }
        if (Status s = locationpatch::apply(location, patch, m_policy); !s)
            return s.error();
        if (Status s = storeReceived(location, caller.partnerId); !s)
            return s.error();
        return false;
    });
}

Result<bool> LocationService::receivePut(const Caller &caller, const ObjectKey &key, const LocationPart &part,
                                         const QJsonValue &body)
{
    auto write = preparePut(caller, key, part, body);
    return write ? writeNow(*write) : Result<bool>(write.error());
}

Status LocationService::receivePatch(const Caller &caller, const ObjectKey &key, const LocationPart &part,
                                     const QJsonValue &body)
{
    auto write = preparePatch(caller, key, part, body);
    if (!write)
        return write.error();
    auto written = writeNow(*write);
    return written ? Status::success() : Status(written.error());
}

void LocationService::receivePutQueued(const Caller &caller, const ObjectKey &key, const LocationPart &part,
                                       const QJsonValue &body, Answer answer)
{
    submitWrite(caller, preparePut(caller, key, part, body), std::move(answer));
}

void LocationService::receivePatchQueued(const Caller &caller, const ObjectKey &key, const LocationPart &part,
                                         const QJsonValue &body, Answer answer)
{
    submitWrite(caller, preparePatch(caller, key, part, body), std::move(answer));
}

} // namespace ocpi
