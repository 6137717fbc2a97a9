#include "locationpatch.h"

#include "ocpi/validator.h"

namespace ocpi {

namespace {

const QString kEvses = QStringLiteral("evses");
const QString kConnectors = QStringLiteral("connectors");
const QString kLastUpdated = QStringLiteral("last_updated");
const QString kUid = QStringLiteral("uid");
const QString kId = QStringLiteral("id");


// "status: ..." found inside evses[2] reads "evses[2].status: ...".
// A message without a field path ("expected object, got string") reads "evses[2]: ...".
Error inside(const QString &where, const Error &error)
{
    const qsizetype colon = error.message.indexOf(QLatin1String(": "));
    bool hasPath = colon > 0;
    for (qsizetype i = 0; hasPath && i < colon; ++i) {
        const QChar c = error.message.at(i);
        hasPath = (c >= u'a' && c <= u'z') || c.isDigit() || c == u'_' || c == u'.' || c == u'[' || c == u']';
    }
    return {error.kind, where + (hasPath ? QLatin1String(".") : QLatin1String(": ")) + error.message};
}

Error mismatch(const QString &field, const QString &body, const QString &url, const char *rule)
{
    return Error::invalid(QStringLiteral("%1: the body names '%2' but the URL '%3' (%4)")
                              .arg(field, body, url, QLatin1String(rule)));
}

bool sameId(const QJsonValue &value, const QString &id)
{
    return value.toString().compare(id, Qt::CaseInsensitive) == 0;
}

// Takes the nested list out of a PATCH body so validatePatch does not demand complete entries.
// null means left out (GEN-10). Its length is checked here, before any entry is: the validator
// does not see this list.
Status takeNested(QJsonObject &body, const QString &name, QJsonArray *nested, bool *hasNested,
                  const ValidationPolicy &policy)
{
    const auto found = body.constFind(name);
    if (found == body.constEnd())
        return Status::success();
    const QJsonValue value = found.value();
    if (!value.isNull()) {
        if (!value.isArray())
            return Error::invalid(name + QLatin1String(": expected list, got ") + jsonTypeName(value));
        *nested = value.toArray();
        *hasNested = true;
        const int limit = policy.limits.maxItems(name == kEvses ? ListKind::Evses : ListKind::Connectors);
        if (nested->size() > limit)
            return Error::invalid(QStringLiteral("%1: %2 items, at most %3 allowed").arg(name).arg(nested->size()).arg(limit));
    }
    body.remove(name);
    return Status::success();
}

// Given fields replace stored ones; ids never change (LOC-11), so the stored spelling stays. An
// empty list given in a PATCH clears that list: it is a value ("no images any more"), and omitted
// and [] mean the same (GEN-10), so the canonical form leaves the field out.
void merge(QJsonObject &target, const QJsonObject &fields, std::initializer_list<QStringView> ids)
{
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString key = it.key();
        if (std::find(ids.begin(), ids.end(), key) != ids.end())
            continue;
        const QJsonValue value = it.value();
        if (value.isArray() && value.toArray().isEmpty())
            target.remove(key);
        else
            target.insert(key, value);
    }
}

Error missingEvse(const QString &uid)
{
    return Error::notFound(QStringLiteral("evse_uid: no EVSE '%1' at this location").arg(uid));
}

Error missingConnector(const QString &evseUid, const QString &id)
{
    return Error::notFound(QStringLiteral("connector_id: no connector '%1' at EVSE '%2'").arg(id, evseUid));
}

// LOC-08: each entry is an upsert by uid (EVSE) or id (Connector); entries left out stay.
Status upsert(QJsonArray &stored, const QJsonArray &entries, bool evses, const QJsonValue &lastUpdated,
              const QString &where, const ValidationPolicy &policy)
{
    const QString objectName = evses ? QStringLiteral("EVSE") : QStringLiteral("Connector");
    const QString &idField = evses ? kUid : kId;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString at = where + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
        const QJsonValue entry = entries.at(i);
        if (!entry.isObject())
            return Error::invalid(at + QLatin1String(": expected object, got ") + jsonTypeName(entry));
        QJsonObject in = entry.toObject();
        const QString id = in.value(idField).toString();
        const qsizetype found = id.isEmpty() ? -1
                                : evses      ? locationpatch::indexOfEvse(stored, id)
                                             : locationpatch::indexOfConnector(stored, id);
        if (found < 0) {
            // Something new cannot be half given.
            auto complete = validateObject(objectName, in, policy);
            if (!complete)
                return inside(at, complete.error());
            stored.append(*complete);
            continue;
        }
        QJsonArray connectors;
        bool hasConnectors = false;
        if (evses) {
            if (Status s = takeNested(in, kConnectors, &connectors, &hasConnectors, policy); !s)
                return inside(at, s.error());
        }
        auto fields = validatePatch(objectName, in, policy);
        if (!fields)
            return inside(at, fields.error());
        QJsonObject object = stored.at(found).toObject();
        merge(object, *fields, {idField});
        const QJsonValue changedAt = fields->contains(kLastUpdated) ? fields->value(kLastUpdated) : lastUpdated;
        object.insert(kLastUpdated, changedAt);
        if (hasConnectors) {
            QJsonArray storedConnectors = object.value(kConnectors).toArray();
            if (Status s = upsert(storedConnectors, connectors, false, changedAt, at + QLatin1Char('.') + kConnectors,
                                  policy);
                !s)
                return s;
            object.insert(kConnectors, storedConnectors);
        }
        stored.replace(found, object);
    }
    return Status::success();
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
    LocationPatch patch;
    patch.part = part;
    if (!body.isObject())
        return Error::invalid(QLatin1String("expected object, got ") + jsonTypeName(body));
    QJsonObject in = body.toObject();
    if (!part.isConnector()) {
        if (Status s = takeNested(in, part.isLocation() ? kEvses : kConnectors, &patch.nested, &patch.hasNested, policy);
            !s)
            return s.error();
    }
    auto fields = validatePatch(part.objectName(), in, policy);
    if (!fields)
        return fields.error();
    // TF-10, PIT-07: the receiver must know which state the change belongs to.
    if (!fields->contains(kLastUpdated))
        return Error::invalid(QStringLiteral("last_updated: required in a PATCH"));
    auto given = [&](const QString &field, const QString &urlValue, const char *rule) -> Status {
        const auto found = fields->constFind(field);
        if (found != fields->constEnd() && !sameId(found.value(), urlValue))
            return mismatch(field, found.value().toString(), urlValue, rule);
        return Status::success();
    };
    Status ids = Status::success();
    if (part.isLocation()) {
        ids = given(QStringLiteral("country_code"), key.owner.countryCode, "TF-12");
        if (ids)
            ids = given(QStringLiteral("party_id"), key.owner.partyId, "TF-12");
        if (ids)
            ids = given(kId, key.id, "TF-13");
    } else {
        ids = part.isEvse() ? given(kUid, part.evseUid, "TF-13") : given(kId, part.connectorId, "TF-13");
    }
    if (!ids)
        return ids.error();
    patch.fields = *fields;
    return patch;
}

Status apply(QJsonObject &location, const LocationPatch &patch, const ValidationPolicy &policy)
{
    const LocationPart &part = patch.part;
    const QJsonValue lastUpdated = patch.fields.value(kLastUpdated);
    if (part.isLocation()) {
        merge(location, patch.fields, {u"country_code", u"party_id", u"id"});
        if (patch.hasNested) {
            QJsonArray evses = location.value(kEvses).toArray();
            if (Status s = upsert(evses, patch.nested, true, lastUpdated, kEvses, policy); !s)
                return s;
            if (!evses.isEmpty())
                location.insert(kEvses, evses);
        }
        return Status::success();
    }
    QJsonArray evses = location.value(kEvses).toArray();
    const qsizetype e = indexOfEvse(evses, part.evseUid);
    if (e < 0)
        return missingEvse(part.evseUid);
    QJsonObject evse = evses.at(e).toObject();
    if (part.isEvse()) {
        merge(evse, patch.fields, {u"uid"});
        if (patch.hasNested) {
            QJsonArray connectors = evse.value(kConnectors).toArray();
            if (Status s = upsert(connectors, patch.nested, false, lastUpdated, kConnectors, policy); !s)
                return s;
            evse.insert(kConnectors, connectors);
        }
    } else {
        QJsonArray connectors = evse.value(kConnectors).toArray();
        const qsizetype c = indexOfConnector(connectors, part.connectorId);
        if (c < 0)
            return missingConnector(part.evseUid, part.connectorId);
        QJsonObject connector = connectors.at(c).toObject();
        merge(connector, patch.fields, {u"id"});
        connectors.replace(c, connector);
        evse.insert(kConnectors, connectors);
        evse.insert(kLastUpdated, lastUpdated);
    }
    evses.replace(e, evse);
    location.insert(kEvses, evses);
    location.insert(kLastUpdated, lastUpdated);
    return Status::success();
}

} // namespace locationpatch
} // namespace ocpi
