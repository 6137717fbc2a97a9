#include "tariffservice.h"

#include "store/database.h"
#include "sync/outbox.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ocpi {

const ObjectModule &TariffService::definition()
{
    // Tariffs are owned by CPO parties and received by eMSPs.
    static const ObjectModule module{QStringLiteral("tariffs"), QStringLiteral("Tariff"), QStringLiteral("id"), Role::CPO, Role::EMSP, false};
    return module;
}

TariffService::TariffService(Database &database, ObjectsManager &manager, Outbox &outbox, const Clock &clock,
                             QList<PartyRole> ourParties, const ValidationPolicy &policy, QObject *parent)
    : ObjectService(definition(), database, manager, outbox, clock, std::move(ourParties), policy, parent)
{
}

void TariffService::linkModules(const QList<ObjectService *> &services)
{
    m_referrers.clear();
    for (ObjectService *service : services) {
        if (service != this)
            m_referrers.append(service);
    }
}

Status TariffService::removeOwn(const ObjectKey &key)
{
    auto found = findOwn(key);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(QStringLiteral("no tariff %1 of %2").arg(key.id, key.owner.toString()));
    const QJsonObject object = QJsonDocument::fromJson((*found)->json).object();
    const QString path = receiverPath(object);
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Error::internal(QStringLiteral("cannot start a transaction"));
    // Inside the transaction (it holds the write lock): no connector can start naming the tariff
    // between this check and the removal.
    for (ObjectService *referrer : std::as_const(m_referrers)) {
        auto naming = referrer->ownReferenceTo(m_module.identifier, key);
        if (!naming)
            return naming.error();
        if (!naming->isEmpty()) {
            return Error::invalid(QStringLiteral("tariff %1 of %2 is still named by %3 (tariff_ids): change that "
                                                 "first (TAR-03)")
                                      .arg(object.value(QLatin1String("id")).toString(), key.owner.toString(), *naming));
        }
    }
    if (Status s = m_manager.remove(key); !s)
        return s;
    if (Status s = m_outbox.enqueue({m_module, key, "DELETE", path, QByteArray()}); !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    emit objectsChanged(m_module.identifier);
    return Status::success();
}

} // namespace ocpi
