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
