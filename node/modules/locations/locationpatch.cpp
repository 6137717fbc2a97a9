#include "locationpatch.h"

#include "ocpi/validator.h"

namespace ocpi {

namespace {

const QString kEvses = QStringLiteral("evses");
const QString kConnectors = QStringLiteral("connectors");
const QString kLastUpdated = QStringLiteral("last_updated");
const QString kUid = QStringLiteral("uid");
const QString kId = QStringLiteral("id");

Error mismatch(const QString &field, const QString &body, const QString &url, const char *rule)
{
    return Error::invalid(QStringLiteral("%1: the body names '%2' but the URL '%3' (%4)")
                              .arg(field, body, url, QLatin1String(rule)));
}

bool sameId(const QJsonValue &value, const QString &id)
{
    return value.toString().compare(id, Qt::CaseInsensitive) == 0;
}

Error missingEvse(const QString &uid)
{
    return Error::notFound(QStringLiteral("evse_uid: no EVSE '%1' at this location").arg(uid));
}

Error missingConnector(const QString &evseUid, const QString &id)
{
    return Error::notFound(QStringLiteral("connector_id: no connector '%1' at EVSE '%2'").arg(id, evseUid));
}

// LOC-08: EVSEs are upserted by uid, their connectors by id; entries left out stay.
PatchList connectorsRule()
{
    return {kConnectors, QStringLiteral("Connector"), kId, PatchList::Merge::UpsertById, ListKind::Connectors, {}};
}

PatchList evsesRule()
{
    return {kEvses, QStringLiteral("EVSE"), kUid, PatchList::Merge::UpsertById, ListKind::Evses, {connectorsRule()}};
}

// What a PATCH at `part` lands on, named as the URL names it.
PatchTarget targetOf(const ObjectKey &key, const LocationPart &part)
{
    if (part.isLocation()) {
        return {QStringLiteral("Location"),
                {{QStringLiteral("country_code"), key.owner.countryCode, "TF-12"},
                 {QStringLiteral("party_id"), key.owner.partyId, "TF-12"},
                 {kId, key.id, "TF-13"}},
                {evsesRule()}};
    }
    if (part.isEvse())
        return {QStringLiteral("EVSE"), {{kUid, part.evseUid, "TF-13"}}, {connectorsRule()}};
    return {QStringLiteral("Connector"), {{kId, part.connectorId, "TF-13"}}, {}};
}

} // namespace

QString LocationPart::objectName() const
{
    if (isLocation())
        return QStringLiteral("Location");
    return isEvse() ? QStringLiteral("EVSE") : QStringLiteral("Connector");
}

namespace locationpatch {

qsizetype indexOfEvse(const QJsonArray &evses, const QString &uid)
{
    for (qsizetype i = 0; i < evses.size(); ++i) {
        if (sameId(evses.at(i).toObject().value(kUid), uid))
            return i;
    }
    return -1;
}

qsizetype indexOfConnector(const QJsonArray &connectors, const QString &id)
{
    for (qsizetype i = 0; i < connectors.size(); ++i) {
        if (sameId(connectors.at(i).toObject().value(kId), id))
            return i;
    }
    return -1;
}

Result<QJsonObject> find(const QJsonObject &location, const LocationPart &part)
{
    if (part.isLocation())
        return location;
    const QJsonArray evses = location.value(kEvses).toArray();
    const qsizetype e = indexOfEvse(evses, part.evseUid);
    if (e < 0)
        return missingEvse(part.evseUid);
    const QJsonObject evse = evses.at(e).toObject();
    if (part.isEvse())
        return evse;
    const QJsonArray connectors = evse.value(kConnectors).toArray();
    const qsizetype c = indexOfConnector(connectors, part.connectorId);
    if (c < 0)
        return missingConnector(part.evseUid, part.connectorId);
    return connectors.at(c).toObject();
}

Result<QJsonObject> checkPut(const LocationPart &part, const QJsonValue &body, const ValidationPolicy &policy)
{
    if (part.isLocation())
        return Error::internal(QStringLiteral("checkPut is for EVSEs and connectors"));
    auto valid = validateObject(part.objectName(), body, policy);
    if (!valid)
        return valid.error();
    const QString &idField = part.isEvse() ? kUid : kId;
    const QString &urlId = part.isEvse() ? part.evseUid : part.connectorId;
    if (!sameId(valid->value(idField), urlId))
        return mismatch(idField, valid->value(idField).toString(), urlId, "TF-13");
    return valid;
}

Result<bool> put(QJsonObject &location, const LocationPart &part, const QJsonObject &object)
{
    const QJsonValue lastUpdated = object.value(kLastUpdated);
    QJsonArray evses = location.value(kEvses).toArray();
    bool created = false;
    if (part.isEvse()) {
        const qsizetype e = indexOfEvse(evses, part.evseUid);
        created = e < 0;
        if (created)
            evses.append(object);
        else
            evses.replace(e, object);
    } else if (part.isConnector()) {
        const qsizetype e = indexOfEvse(evses, part.evseUid);
        if (e < 0)
            return missingEvse(part.evseUid);
        QJsonObject evse = evses.at(e).toObject();
        QJsonArray connectors = evse.value(kConnectors).toArray();
        const qsizetype c = indexOfConnector(connectors, part.connectorId);
        created = c < 0;
        if (created)
            connectors.append(object);
        else
            connectors.replace(c, object);
        evse.insert(kConnectors, connectors);
        evse.insert(kLastUpdated, lastUpdated);
        evses.replace(e, evse);
    } else {
        return Error::internal(QStringLiteral("put is for EVSEs and connectors"));
    }
    location.insert(kEvses, evses);
    location.insert(kLastUpdated, lastUpdated);
    return created;
}

Result<LocationPatch> checkPatch(const ObjectKey &key, const LocationPart &part, const QJsonValue &body,
                                 const ValidationPolicy &policy)
{
    LocationPatch patch{part, targetOf(key, part), {}};
    auto checked = objectpatch::check(patch.target, body, policy);
    if (!checked)
        return checked.error();
    patch.changes = *checked;
    return patch;
}

Status apply(QJsonObject &location, const LocationPatch &patch, const ValidationPolicy &policy)
{
    const LocationPart &part = patch.part;
    if (part.isLocation())
        return objectpatch::apply(location, patch.target, patch.changes, policy);
    const QJsonValue lastUpdated = patch.changes.fields.value(kLastUpdated);
    QJsonArray evses = location.value(kEvses).toArray();
    const qsizetype e = indexOfEvse(evses, part.evseUid);
    if (e < 0)
        return missingEvse(part.evseUid);
    QJsonObject evse = evses.at(e).toObject();
    if (part.isEvse()) {
        if (Status s = objectpatch::apply(evse, patch.target, patch.changes, policy); !s)
            return s;
    } else {
        QJsonArray connectors = evse.value(kConnectors).toArray();
        const qsizetype c = indexOfConnector(connectors, part.connectorId);
        if (c < 0)
            return missingConnector(part.evseUid, part.connectorId);
        QJsonObject connector = connectors.at(c).toObject();
        if (Status s = objectpatch::apply(connector, patch.target, patch.changes, policy); !s)
            return s;
        connectors.replace(c, connector);
        evse.insert(kConnectors, connectors);
        evse.insert(kLastUpdated, lastUpdated);
    }
    // LOC-05/06: the parents of a changed part take its last_updated.
    evses.replace(e, evse);
    location.insert(kEvses, evses);
    location.insert(kLastUpdated, lastUpdated);
    return Status::success();
}

} // namespace locationpatch
} // namespace ocpi
