#include "objectservice.h"

#include "core/datetime.h"
#include "core/logging.h"
#include "ocpi/validator.h"
#include "outbox.h"
#include "store/database.h"

#include <QJsonDocument>

namespace ocpi {

ObjectService::ObjectService(ObjectModule module, Database &database, ObjectsManager &manager, Outbox &outbox,
                             const Clock &clock, QList<PartyRole> ourParties, const ValidationPolicy &policy,
                             QObject *parent)
    : QObject(parent), m_module(std::move(module)), m_database(database), m_manager(manager), m_outbox(outbox),
      m_clock(clock), m_ourParties(std::move(ourParties)), m_policy(policy), m_table(database, m_module.identifier),
      m_writes(std::make_unique<GroupCommit>(database))
{
    m_policy.clock = &m_clock;
    connect(m_writes.get(), &GroupCommit::committed, this, [this] { emit objectsChanged(m_module.identifier); });
}

bool ObjectService::isListed(const QJsonObject &) const
{
    return true;
}

Status ObjectService::checkObject(const QJsonObject &) const
{
    return Status::success();
}

Status ObjectService::checkOwnObject(const QJsonObject &)
{
    return Status::success();
}

ObjectKey ObjectService::keyOf(const QJsonObject &object) const
{
    return ObjectKey::of(object.value(QLatin1String("country_code")).toString(),
                         object.value(QLatin1String("party_id")).toString(),
                         object.value(m_module.idField).toString(),
                         m_module.keyHasType ? object.value(QLatin1String("type")).toString() : QString());
}

StoredObject ObjectService::toStored(const QJsonObject &canonical, qint64 partnerId) const
{
    StoredObject stored;
    stored.key = keyOf(canonical);
    stored.partnerId = partnerId;
    stored.lastUpdated = parseDateTime(canonical.value(QLatin1String("last_updated")).toString()).value_or(m_clock.now());
    stored.listed = isListed(canonical);
    stored.json = QJsonDocument(canonical).toJson(QJsonDocument::Compact);
    return stored;
}

Status ObjectService::checkCallerOwns(const Caller &caller, const PartyId &owner) const
{
    if (mayActFor(caller, owner, m_module.ownerRole))
        return Status::success();
    // TF-14: another party's objects are not even acknowledged to exist.
    return Error{ErrorKind::Forbidden, QStringLiteral("%1 is not a %2 party of yours: you may not read or write its %3")
                                           .arg(owner.toString(), roleName(m_module.ownerRole), m_module.identifier)};
}

Status ObjectService::checkUrlMatchesBody(const ObjectKey &urlKey, const QJsonObject &object) const
{
    const ObjectKey bodyKey = keyOf(object);
    if (!(bodyKey.owner == urlKey.owner)) {
        return Error::invalid(QStringLiteral("country_code/party_id: the body names %1 but the URL %2 (TF-12)")
                                  .arg(bodyKey.owner.toString(), urlKey.owner.toString()));
    }
    if (bodyKey.id != urlKey.id) {
        return Error::invalid(QStringLiteral("%1: the body names '%2' but the URL '%3' (TF-13)")
                                  .arg(m_module.idField, object.value(m_module.idField).toString(), urlKey.id));
    }
    if (bodyKey.subKey != urlKey.subKey) {
        return Error::invalid(QStringLiteral("type: the body says %1 but the URL %2")
                                  .arg(object.value(QLatin1String("type")).toString(), urlKey.subKey));
    }
    return Status::success();
}

Result<bool> ObjectService::storeOwn(const QJsonObject &canonical, const QByteArray &method, const QString &path,
                                     const QByteArray &body)
{
    return storeOwn(canonical, pushOf(canonical, method, path, body));
}

Result<bool> ObjectService::storeOwn(const QJsonObject &canonical, const PushChange &push)
{
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Error::internal(QStringLiteral("cannot start a transaction"));
    auto created = storeOwnInTransaction(canonical, push);
    if (!created)
        return created.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    emit objectsChanged(m_module.identifier);
    return created;
}

Result<bool> ObjectService::storeOwnInTransaction(const QJsonObject &canonical, const QByteArray &method,
                                                  const QString &path, const QByteArray &body)
{
    return storeOwnInTransaction(canonical, pushOf(canonical, method, path, body));
}

Result<bool> ObjectService::storeOwnInTransaction(const QJsonObject &canonical, const PushChange &push)
{
    auto created = m_manager.store(toStored(canonical, 0));
    if (!created)
        return created.error();
    if (Status s = m_outbox.enqueue(push); !s)
        return s.error();
    return created;
}

PushChange ObjectService::wholePush(const QJsonObject &canonical) const
{
    return pushOf(canonical, "PUT", receiverPath(canonical), QJsonDocument(canonical).toJson(QJsonDocument::Compact));
}

PushChange ObjectService::pushOf(const QJsonObject &canonical, const QByteArray &method, const QString &path,
                                 const QByteArray &body) const
{
    PushChange push{m_module, keyOf(canonical), method, path, body, std::nullopt, {}};
    address(push, canonical);
    return push;
}

void ObjectService::address(PushChange &, const QJsonObject &) const
{
}

QString ObjectService::receiverPath(const QJsonObject &object) const
{
    return m_module.objectPath(object.value(QLatin1String("country_code")).toString(),
                               object.value(QLatin1String("party_id")).toString(),
                               object.value(m_module.idField).toString(),
                               object.value(QLatin1String("type")).toString());
}

Status ObjectService::checkReplacement(const QJsonObject &, const QJsonObject &) const
{
    return Status::success();
}

Result<ObjectService::CheckedOwn> ObjectService::checkOwn(const QJsonValue &value)
{
    auto valid = validateObject(m_module.objectName, value, m_policy);
    if (!valid)
        return valid.error();
    if (Status s = checkObject(*valid); !s)
        return s.error();
    const ObjectKey key = keyOf(*valid);
    if (!holdsParty(m_ourParties, key.owner, m_module.ownerRole)) {
        return Error::invalid(QStringLiteral("country_code/party_id: %1 is not a %2 party of this node")
                                  .arg(key.owner.toString(), roleName(m_module.ownerRole)));
    }
    if (Status s = checkOwnObject(*valid); !s)
        return s.error();
    auto current = m_manager.find(key);
    if (!current)
        return current.error();
    if (!current->has_value())
        return CheckedOwn{*valid, false};
    if (Status s = checkReplacement(QJsonDocument::fromJson((*current)->json).object(), *valid); !s)
        return s.error();
    return CheckedOwn{*valid, (*current)->json == QJsonDocument(*valid).toJson(QJsonDocument::Compact)};
}

Result<bool> ObjectService::putOwn(const QJsonValue &value)
{
    auto checked = checkOwn(value);
    if (!checked)
        return checked.error();
    // The same object again (a re-import) changes nothing and tells no partner anything.
    if (checked->unchanged)
        return false;
    return storeOwn(checked->object, wholePush(checked->object));
}

Result<int> ObjectService::putOwnBatch(const QJsonArray &objects, int *unchanged, QList<BatchProblem> *problems)
{
    int skipped = 0;
    QList<QJsonObject> valid;
    valid.reserve(objects.size());
    QList<BatchProblem> found;
    QStringList lines;
    qsizetype failedObjects = 0;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        const QJsonValue value = objects.at(i);
        auto checked = checkOwn(value);
        if (checked) {
            if (checked->unchanged) // a re-import of the same object changes nothing and pushes nothing
                ++skipped;
            else
                valid.append(checked->object);
            continue;
        }
        ++failedObjects;
        const QString id = value.toObject().value(m_module.idField).toString();
        const QString which = QStringLiteral("%1 %2%3").arg(m_module.objectName).arg(i).arg(
            id.isEmpty() ? QString() : QStringLiteral(" (%1 %2)").arg(m_module.idField, id.left(40)));
        // checkOwn stops at the first problem; the schema's walk names them all. None there: the
        // object broke a rule of the module or of ownership, which checkOwn's message says.
        QList<ValidationProblem> fields = validationProblems(m_module.objectName, value, m_policy);
        if (fields.isEmpty())
            fields.append({QString(), checked.error().message});
        for (const ValidationProblem &field : std::as_const(fields)) {
            found.append({i, id, field.path, field.message});
            lines.append(which + QLatin1String(": ")
                         + (field.path.isEmpty() ? field.message : field.path + QLatin1String(": ") + field.message));
        }
    }
    if (!found.isEmpty()) {
        if (problems)
            *problems = found;
        if (lines.size() == 1)
            return Error::invalid(lines.first());
        return Error::invalid(QStringLiteral("%1 problems in %2 of %3 objects; nothing was imported:\n  ")
                                  .arg(lines.size()).arg(failedObjects).arg(objects.size())
                              + lines.join(QLatin1String("\n  ")));
    }
    if (unchanged)
        *unchanged = skipped;
    if (valid.isEmpty())
        return 0;
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Error::internal(QStringLiteral("cannot start a transaction"));
    int created = 0;
    for (const QJsonObject &object : std::as_const(valid)) {
        auto stored = m_manager.store(toStored(object, 0));
        if (!stored)
            return stored.error();
        created += *stored ? 1 : 0;
        if (Status s = m_outbox.enqueue(wholePush(object)); !s)
            return s.error();
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    // The objects are stored: stale statistics only slow reads down, so a failure is not the import's.
    if (valid.size() >= Database::kBulkRows) {
        if (Status s = m_database.refreshStatistics(m_module.identifier); !s)
            qCWarning(lcStore).noquote() << "after storing" << valid.size() << m_module.identifier << ":" << s.error().message;
    }
    emit objectsChanged(m_module.identifier);
    return created;
}

Result<ObjectPage> ObjectService::senderPage(const ObjectFilter &filter, qint64 offset, int limit)
{
    return m_manager.page(filter, offset, limit);
}

Result<ObjectPage> ObjectService::senderPageFor(const Caller &, ObjectFilter filter, qint64 offset, int limit)
{
    return senderPage(filter, offset, limit);
}

Result<std::optional<StoredObject>> ObjectService::findOwn(const ObjectKey &key)
{
    if (!holdsParty(m_ourParties, key.owner, m_module.ownerRole))
        return std::optional<StoredObject>();
    return m_manager.find(key);
}

Error ObjectService::unknownObject(const ObjectKey &key) const
{
    return Error::notFound(QStringLiteral("no %1 %2 of %3 is stored here").arg(m_module.objectName, key.id, key.owner.toString()));
}

bool ObjectService::isOurs(const ObjectKey &key) const
{
    return holdsParty(m_ourParties, key.owner, m_module.ownerRole);
}

Error ObjectService::ownObjectError(const ObjectKey &key) const
{
    return {ErrorKind::Forbidden,
            QStringLiteral("%1 %2 of %3 is this node's own").arg(m_module.objectName, key.id, key.owner.toString())};
}

Result<bool> ObjectService::storePartnersObject(const StoredObject &object)
{
    auto existing = m_table.find(object.key);
    if (!existing)
        return existing.error();
    if (existing->has_value() && (*existing)->partnerId == 0)
        return ownObjectError(object.key);
    return m_table.put(object);
}

Result<StoredObject> ObjectService::received(const Caller &caller, const ObjectKey &key)
{
    if (Status s = checkCallerOwns(caller, key.owner); !s)
        return s.error();
    // Our own objects (maybe not even in the store: the manager's) do not exist on the Receiver
    // interface, whatever roles the caller holds.
    if (isOurs(key))
        return unknownObject(key);
    auto found = m_table.find(key);
    if (!found)
        return found.error();
    // Our own objects share the table.
    if (!found->has_value() || (*found)->partnerId == 0)
        return unknownObject(key);
    return **found;
}

Result<ObjectService::Write> ObjectService::preparePut(const Caller &caller, const ObjectKey &urlKey,
                                                       const QJsonValue &body)
{
    if (Status s = checkCallerOwns(caller, urlKey.owner); !s)
        return s.error();
    if (isOurs(urlKey))
        return ownObjectError(urlKey);
    auto valid = validateObject(m_module.objectName, body, m_policy);
    if (!valid)
        return valid.error();
    if (Status s = checkUrlMatchesBody(urlKey, *valid); !s)
        return s.error();
    if (Status s = checkObject(*valid); !s)
        return s.error();
    return Write([this, stored = toStored(*valid, caller.partnerId)] { return storePartnersObject(stored); });
}

Result<bool> ObjectService::writeNow(const Write &write)
{
    // The read and the write in one transaction: concurrent changes of one object (another
    // thread, another process) cannot lose each other's updates.
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Error::internal(QStringLiteral("cannot start a transaction"));
    auto written = write();
    if (!written)
        return written;
    if (Status s = transaction.commit(); !s)
        return s.error();
    emit objectsChanged(m_module.identifier);
    return written;
}

void ObjectService::submitWrite(const Caller &caller, Result<Write> write, Answer answer)
{
    if (!write)
        answer(write.error());
    else if (!m_writes)
        answer(Error::internal(QStringLiteral("the %1 service is closing").arg(m_module.identifier)));
    else
        m_writes->submit(QString::number(caller.partnerId), std::move(write).value(), std::move(answer));
}

Result<bool> ObjectService::receive(const Caller &caller, const ObjectKey &urlKey, const QJsonValue &body)
{
    auto write = preparePut(caller, urlKey, body);
    return write ? writeNow(*write) : Result<bool>(write.error());
}

void ObjectService::receiveQueued(const Caller &caller, const ObjectKey &urlKey, const QJsonValue &body, Answer answer)
{
    submitWrite(caller, preparePut(caller, urlKey, body), std::move(answer));
}

Status ObjectService::removeReceived(const Caller &caller, const ObjectKey &key)
{
    auto found = received(caller, key);
    if (!found)
        return found.error();
    const Status removed = m_table.remove(key);
    if (removed)
        emit objectsChanged(m_module.identifier);
    return removed;
}

Result<QList<StoredObject>> ObjectService::stored(const ObjectFilter &filter, int limit)
{
    // Ours come from the manager (maybe an integrator's system), partners' from the store.
    QList<StoredObject> objects;
    if (filter.source == ObjectFilter::Source::Ours || filter.source == ObjectFilter::Source::Any) {
        auto ours = m_manager.list(filter, limit);
        if (!ours)
            return ours.error();
        objects = std::move(ours).value();
    }
    if (filter.source == ObjectFilter::Source::Ours)
        return objects;
    if (limit >= 0 && objects.size() >= limit)
        return objects;
    ObjectFilter theirs = filter;
    if (theirs.source == ObjectFilter::Source::Any)
        theirs.source = ObjectFilter::Source::Partners;
    auto partners = m_table.list(theirs, limit < 0 ? -1 : limit - int(objects.size()));
    if (!partners)
        return partners.error();
    objects += *partners;
    return objects;
}

} // namespace ocpi
