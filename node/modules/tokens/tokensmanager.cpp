#include "tokensmanager.h"

#include "tokenjson.h"

#include <QJsonDocument>
#include <QUuid>

namespace ocpi {

SqlTokensManager::SqlTokensManager(Database &database) : m_objects(database, QStringLiteral("tokens")) {}

Result<ObjectPage> SqlTokensManager::page(const ObjectFilter &filter, qint64 offset, int limit)
{
    return m_objects.page(filter, offset, limit);
}

Result<std::optional<StoredObject>> SqlTokensManager::find(const ObjectKey &key)
{
    return m_objects.find(key);
}

Result<QList<StoredObject>> SqlTokensManager::list(const ObjectFilter &filter, int limit)
{
    return m_objects.list(filter, limit);
}

Result<bool> SqlTokensManager::store(const StoredObject &object)
{
    return m_objects.store(object);
}

Status SqlTokensManager::remove(const ObjectKey &key)
{
    return m_objects.remove(key);
}

QString SqlTokensManager::newAuthorizationReference()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<QJsonObject> SqlTokensManager::authorize(const StoredObject &token,
                                                const std::optional<QJsonObject> &locationReferences, const Caller &)
{
    const QJsonObject object = QJsonDocument::fromJson(token.json).object();
    // PIT-16: `valid` is the only thing this default knows about the driver. Location, opening
    // hours and EVSE status are the CPO's business (TOK-08), so the references are echoed whole.
    if (!tokenjson::isValid(object)) {
        return tokenjson::authorizationInfo(tokenjson::blocked(), std::nullopt, QString(),
                                            tokenjson::displayText(QStringLiteral("en"),
                                                                   QStringLiteral("This token is blocked.")));
    }
    return tokenjson::authorizationInfo(tokenjson::allowed(), locationReferences, newAuthorizationReference());
}

} // namespace ocpi
