// ObjectService's PATCH of whole objects (TF-10), received and ours: one flow for every module whose
// objects may be patched (tokens, sessions); the module says only what its PatchTarget is.

#include "objectservice.h"

#include "core/datetime.h"
#include "ocpi/validator.h"

#include <QJsonDocument>

namespace ocpi {

namespace {

const QString kLastUpdated = QStringLiteral("last_updated");

QString describe(const ObjectKey &key)
{
    if (key.subKey.isEmpty())
        return QStringLiteral("%1 of %2").arg(key.id, key.owner.toString());
    return QStringLiteral("%1 (type %2) of %3").arg(key.id, key.subKey, key.owner.toString());
}

bool hasLastUpdated(const QJsonObject &patch)
{
    const QJsonValue value = patch.value(kLastUpdated);
    return !value.isUndefined() && !value.isNull();
}

} // namespace

PatchTarget ObjectService::patchTarget(const ObjectKey &key) const
{
    PatchTarget target{m_module.objectName,
                       {{QStringLiteral("country_code"), key.owner.countryCode, "TF-12"},
                        {QStringLiteral("party_id"), key.owner.partyId, "TF-12"},
                        {m_module.idField, key.id, "TF-13"}},
                       {}};
    // A different `type` would move a token to another key (TOK-02).
    if (m_module.keyHasType)
        target.names.append({QStringLiteral("type"), key.subKey, "TOK-02"});
    return target;
}

Result<CheckedPatch> ObjectService::checkedPatch(const ObjectKey &key, const QJsonValue &patch) const
{
    return objectpatch::check(patchTarget(key), patch, m_policy);
}

Result<QJsonObject> ObjectService::applyPatch(const StoredObject &stored, const ObjectKey &key,
                                              const CheckedPatch &patch) const
{
    QJsonObject object = QJsonDocument::fromJson(stored.json).object();
    if (Status s = objectpatch::apply(object, patchTarget(key), patch, m_policy); !s)
        return s.error();
    auto whole = validateObject(m_module.objectName, object, m_policy);
    if (!whole) {
        return Error::invalid(
            QStringLiteral("the patched %1 would be invalid: %2").arg(m_module.objectName, whole.error().message));
    }
    if (Status s = checkObject(*whole); !s)
        return s.error();
    return whole;
}

Result<ObjectService::Write> ObjectService::preparePatch(const Caller &caller, const ObjectKey &urlKey,
                                                         const QJsonValue &patch)
{
    if (Status s = checkCallerOwns(caller, urlKey.owner); !s)
        return s.error();
    auto changes = checkedPatch(urlKey, patch);
    if (!changes)
        return changes.error();
    return Write([this, caller, urlKey, changes = *changes]() -> Result<bool> {
        // Unknown object: 404 as GET and every other unknown object on a Receiver URL (ST-03); a
        // pushing Sender reads it as "send the whole object" (TF-11).
        auto stored = received(caller, urlKey);
        if (!stored)
            return stored.error();
        // Read inside the write, so a newer change committed meanwhile is what it is compared with.
        const QJsonObject held = QJsonDocument::fromJson(stored->json).object();
        if (Status s = objectpatch::checkNotOlder(changes, held, QStringLiteral("%1 %2").arg(m_module.objectName, describe(urlKey)));
            !s) {
            return s.error();
        }
        auto object = applyPatch(*stored, urlKey, changes);
        if (!object)
            return object.error();
        auto put = m_table.put(toStored(*object, caller.partnerId));
        if (!put)
            return put.error();
        return false;
    });
}

Status ObjectService::patchReceived(const Caller &caller, const ObjectKey &urlKey, const QJsonValue &patch)
{
    auto write = preparePatch(caller, urlKey, patch);
    if (!write)
        return write.error();
    auto written = writeNow(*write);
    return written ? Status::success() : Status(written.error());
}

void ObjectService::patchReceivedQueued(const Caller &caller, const ObjectKey &urlKey, const QJsonValue &patch,
                                        Answer answer)
{
    submitWrite(caller, preparePatch(caller, urlKey, patch), std::move(answer));
}

Status ObjectService::patchOwn(const ObjectKey &key, const QJsonValue &patch)
{
    if (!holdsParty(m_ourParties, key.owner, m_module.ownerRole)) {
        return Error::invalid(QStringLiteral("country_code/party_id: %1 is not a %2 party of this node")
                                  .arg(key.owner.toString(), roleName(m_module.ownerRole)));
    }
    if (m_module.immutable) {
        return Error::invalid(QStringLiteral("%1 %2 is final and cannot be changed (CDR-04): correct it with a credit CDR"
                                             " under a new id")
                                  .arg(m_module.objectName, describe(key)));
    }
    QJsonValue stamped = patch;
    if (patch.isObject() && !hasLastUpdated(patch.toObject())) {
        QJsonObject fields = patch.toObject();
        fields.insert(kLastUpdated, formatDateTime(m_clock.now()));
        stamped = fields;
    }
    auto changes = checkedPatch(key, stamped);
    if (!changes)
        return changes.error();
    // Read, merge, store and queue in one transaction, so two changes never merge into one state.
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Error::internal(QStringLiteral("cannot start a transaction"));
    auto found = m_manager.find(key);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(QStringLiteral("no %1 %2 here").arg(m_module.objectName, describe(key)));
    auto object = applyPatch(**found, key, *changes);
    if (!object)
        return object.error();
    const QString path = receiverPath(*object); // with its type (TOK-01)
    // The partners get the fields given, lists as given (a Session's new charging periods only).
    QJsonObject pushed = changes->fields;
    for (auto list = changes->lists.cbegin(); list != changes->lists.cend(); ++list)
        pushed.insert(list.key(), list.value());
    auto stored = storeOwnInTransaction(*object, "PATCH", path, QJsonDocument(pushed).toJson(QJsonDocument::Compact));
    if (!stored)
        return stored.error();
    if (Status s = transaction.commit(); !s)
        return s;
    emit objectsChanged(m_module.identifier);
    return Status::success();
}

} // namespace ocpi
