#include "locationservice.h"

#include "core/datetime.h"
#include "ocpi/validator.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QUrl>

// LocationService, continued: changes to our own locations (the CPO side). Each one is a
// read-modify-write of the stored Location and the push that tells the eMSPs, in one transaction.

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

} // namespace

QString LocationService::pushPath(const QJsonObject &location, const LocationPart &part) const
{
    QString path = receiverPath(location);
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

Result<bool> LocationService::changeOwn(const ObjectKey &key, const LocationPart &part, const Edit &edit)
{
    if (!holdsParty(m_ourParties, key.owner, m_module.ownerRole)) {
        return Error::invalid(QStringLiteral("country_code/party_id: %1 is not a CPO party of this node")
                                  .arg(key.owner.toString()));
    }
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Error::internal(QStringLiteral("cannot start a transaction"));
    auto found = m_manager.find(key);
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->partnerId != 0)
        return unknownLocation(key.id);
    QJsonObject location = parse((*found)->json);
    auto push = edit(location);
    if (!push)
        return push.error();
    auto valid = validateObject(m_module.objectName, location, m_policy);
    if (!valid)
        return valid.error();
    if (Status s = checkObject(*valid); !s)
        return s.error();
    if (Status s = checkOwnObject(*valid); !s)
        return s.error();
    const QByteArray body = push->body.isEmpty() ? compact(*locationpatch::find(*valid, part)) : push->body;
    auto stored = storeOwnInTransaction(*valid, push->method, pushPath(*valid, part), body);
    if (!stored)
        return stored.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    emit objectsChanged(m_module.identifier);
    return push->created;
}

Status LocationService::patchOwn(const ObjectKey &key, const LocationPart &part, const QJsonValue &value)
{
    QJsonValue stamped = value;
    if (value.isObject() && !value.toObject().contains(kLastUpdated)) {
        QJsonObject object = value.toObject();
        object.insert(kLastUpdated, formatDateTime(m_clock.now()));
        stamped = object;
    }
    auto patch = locationpatch::checkPatch(key, part, stamped, m_policy);
    if (!patch)
        return patch.error();
    const auto changed = changeOwn(key, part, [&](QJsonObject &location) -> Result<Push> {
        if (Status s = locationpatch::apply(location, *patch, m_policy); !s)
            return s.error();
        // A patch with nested lists goes out whole: a partner may read lists in a PATCH as "replace".
        if (patch->changes.hasLists())
            return Push{"PUT", QByteArray(), false};
        return Push{"PATCH", compact(patch->changes.fields), false};
    });
    return changed ? Status::success() : Status(changed.error());
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
    auto object = locationpatch::checkPut(part, value, m_policy);
    if (!object)
        return object.error();
    return changeOwn(key, part, [&](QJsonObject &location) -> Result<Push> {
        auto created = locationpatch::put(location, part, *object);
        if (!created)
            return created.error();
        return Push{"PUT", compact(*object), *created};
    });
}

} // namespace ocpi
