#include "locationservice.h"

#include "core/datetime.h"
#include "ocpi/validator.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace ocpi {

namespace {

const QString kLastUpdated = QStringLiteral("last_updated");

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

Error unknownLocation(const QString &id)
{
    return {ErrorKind::UnknownLocation, QStringLiteral("location_id: no location '%1' here").arg(id)};
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

LocationService::LocationService(Database &database, ObjectsManager &manager, Outbox &outbox, const Clock &clock,
                                 QList<PartyRole> ourParties, QObject *parent)
    : ObjectService(*objectModule(QStringLiteral("locations")), database, manager, outbox, clock, std::move(ourParties), parent),
      m_store(database)
{
}

bool LocationService::isListed(const QJsonObject &object) const
{
    return object.value(QLatin1String("publish")).toBool(true);
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
    const QJsonArray entries = location.value(QLatin1String("publish_allowed_to")).toArray();
    if (entries.isEmpty())
        return false;
    QList<PartyId> emsps;
    for (const PartyRole &role : caller.roles) {
        if (role.role == Role::EMSP)
            emsps.append(role.party);
    }
    for (const QJsonValue &entry : entries) {
        auto holds = m_store.partnerHoldsToken(caller.partnerId, emsps, entry.toObject());
        if (!holds || *holds)
            return holds;
    }
    return false;
}

Result<QList<ObjectKey>> LocationService::unlistedVisibleTo(const Caller &caller, const QList<PartyId> &owners)
{
    // Cost grows with our unpublished locations only; with none it is one empty index range.
    constexpr int kChunk = 100;
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

Result<StoredObject> LocationService::partnersLocation(const Caller &caller, const ObjectKey &key)
{
    if (Status s = checkCallerOwns(caller, key.owner); !s)
        return s.error();
    auto found = m_table.find(key);
    if (!found)
        return found.error();
    // Our own locations share the table; a partner never sees or changes them here.
    if (!found->has_value() || (*found)->partnerId == 0)
        return unknownLocation(key.id);
    return **found;
}

Status LocationService::storeReceived(const QJsonObject &location, qint64 partnerId)
{
    auto valid = validateObject(m_module.objectName, location);
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
    auto stored = partnersLocation(caller, key);
    if (!stored)
        return stored.error();
    if (part.isLocation())
        return stored->json;
    auto found = locationpatch::find(parse(stored->json), part);
    if (!found)
        return found.error();
    return compact(*found);
}

Result<bool> LocationService::receivePut(const Caller &caller, const ObjectKey &key, const LocationPart &part,
                                         const QJsonValue &body)
{
    if (Status s = checkCallerOwns(caller, key.owner); !s)
        return s.error();
    if (part.isLocation()) {
        auto valid = validateObject(m_module.objectName, body);
        if (!valid)
            return valid.error();
        if (Status s = checkUrlMatchesBody(key, *valid); !s)
            return s.error();
        if (Status s = checkObject(*valid); !s)
            return s.error();
        auto existing = m_table.find(key);
        if (!existing)
            return existing.error();
        if (existing->has_value() && (*existing)->partnerId == 0) {
            return Error{ErrorKind::Forbidden,
                         QStringLiteral("location %1 of %2 is this node's own").arg(key.id, key.owner.toString())};
        }
        auto created = m_table.put(toStored(*valid, caller.partnerId));
        if (created)
            emit objectsChanged(m_module.identifier);
        return created;
    }
    auto object = locationpatch::checkPut(part, body);
    if (!object)
        return object.error();
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Error::internal(QStringLiteral("cannot start a transaction"));
    auto stored = partnersLocation(caller, key);
    if (!stored)
        return stored.error(); // LOC-10: no EVSE without its Location (404 + 2003)
    QJsonObject location = parse(stored->json);
    auto created = locationpatch::put(location, part, *object);
    if (!created)
        return created.error();
    if (Status s = storeReceived(location, caller.partnerId); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    emit objectsChanged(m_module.identifier);
    return created;
}

Status LocationService::receivePatch(const Caller &caller, const ObjectKey &key, const LocationPart &part,
                                     const QJsonValue &body)
{
    if (Status s = checkCallerOwns(caller, key.owner); !s)
        return s;
    auto patch = locationpatch::checkPatch(key, part, body);
    if (!patch)
        return patch.error();
    // One indexed read and one write inside the transaction: concurrent PATCHes of one Location
    // (another thread, another process) cannot lose each other's changes.
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Error::internal(QStringLiteral("cannot start a transaction"));
    auto stored = partnersLocation(caller, key);
    if (!stored)
        return stored.error();
    QJsonObject location = parse(stored->json);
    if (Status s = locationpatch::apply(location, *patch); !s)
        return s;
    if (Status s = storeReceived(location, caller.partnerId); !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    emit objectsChanged(m_module.identifier);
    return Status::success();
}

// --- Ours -----------------------------------------------------------------------------------

QString LocationService::pushPath(const QJsonObject &location, const LocationPart &part) const
{
    QString path = m_module.objectPath(location.value(QLatin1String("country_code")).toString(),
                                       location.value(QLatin1String("party_id")).toString(),
                                       location.value(QLatin1String("id")).toString());
    if (part.isLocation())
        return path;
    auto segment = [](const QString &id) { return QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(id)); };
    const auto evse = locationpatch::find(location, LocationPart{part.evseUid, QString()});
    path += segment(evse ? evse->value(QLatin1String("uid")).toString() : part.evseUid);
    if (part.isConnector()) {
        const auto connector = locationpatch::find(location, part);
        path += segment(connector ? connector->value(QLatin1String("id")).toString() : part.connectorId);
    }
    return path;
}

Status LocationService::patchOwn(const ObjectKey &key, const LocationPart &part, const QJsonValue &value)
{
    if (!holdsParty(m_ourParties, key.owner, m_module.ownerRole)) {
        return Error::invalid(QStringLiteral("country_code/party_id: %1 is not a CPO party of this node")
                                  .arg(key.owner.toString()));
    }
    QJsonValue stamped = value;
    if (value.isObject() && !value.toObject().contains(kLastUpdated)) {
        QJsonObject object = value.toObject();
        object.insert(kLastUpdated, formatDateTime(m_clock.now()));
        stamped = object;
    }
    auto patch = locationpatch::checkPatch(key, part, stamped);
    if (!patch)
        return patch.error();
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Error::internal(QStringLiteral("cannot start a transaction"));
    auto found = m_manager.find(key);
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->partnerId != 0)
        return unknownLocation(key.id);
    QJsonObject location = parse((*found)->json);
    if (Status s = locationpatch::apply(location, *patch); !s)
        return s;
    auto valid = validateObject(m_module.objectName, location);
    if (!valid)
        return valid.error();
    if (Status s = checkObject(*valid); !s)
        return s;
    QByteArray method = "PATCH";
    QByteArray body = compact(patch->fields);
    if (patch->hasNested) {
        method = "PUT";
        body = compact(*locationpatch::find(*valid, part));
    }
    auto stored = storeOwnInTransaction(*valid, method, pushPath(*valid, part), body);
    if (!stored)
        return stored.error();
    if (Status s = transaction.commit(); !s)
        return s;
    emit objectsChanged(m_module.identifier);
    return Status::success();
}

Status LocationService::setEvseStatus(const ObjectKey &key, const QString &evseUid, const QString &status)
{
    if (Status s = checkEnumValue(QStringLiteral("status"), QStringLiteral("Status"), status); !s)
        return s;
    return patchOwn(key, LocationPart{evseUid, QString()},
                    QJsonObject{{QStringLiteral("status"), status}, {kLastUpdated, formatDateTime(m_clock.now())}});
}

Result<bool> LocationService::putOwnPart(const ObjectKey &key, const LocationPart &part, const QJsonValue &value)
{
    if (part.isLocation())
        return putOwn(value);
    if (!holdsParty(m_ourParties, key.owner, m_module.ownerRole)) {
        return Error::invalid(QStringLiteral("country_code/party_id: %1 is not a CPO party of this node")
                                  .arg(key.owner.toString()));
    }
    auto object = locationpatch::checkPut(part, value);
    if (!object)
        return object.error();
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Error::internal(QStringLiteral("cannot start a transaction"));
    auto found = m_manager.find(key);
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->partnerId != 0)
        return unknownLocation(key.id);
    QJsonObject location = parse((*found)->json);
    auto created = locationpatch::put(location, part, *object);
    if (!created)
        return created.error();
    auto valid = validateObject(m_module.objectName, location);
    if (!valid)
        return valid.error();
    if (Status s = checkObject(*valid); !s)
        return s.error();
    auto stored = storeOwnInTransaction(*valid, "PUT", pushPath(*valid, part), compact(*object));
    if (!stored)
        return stored.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    emit objectsChanged(m_module.identifier);
    return created;
}

} // namespace ocpi
