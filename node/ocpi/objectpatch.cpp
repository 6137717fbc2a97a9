#include "objectpatch.h"

#include "validator.h"

#include "core/datetime.h"

namespace ocpi::objectpatch {

namespace {

const QString kLastUpdated = QStringLiteral("last_updated");

bool sameId(const QJsonValue &value, const QString &id)
{
    return value.toString().compare(id, Qt::CaseInsensitive) == 0;
}

// Takes the ruled lists out of a body so validatePatch does not demand complete entries. null
// means left out (GEN-10). Their length is checked here: the validator does not see them.
Status takeLists(QJsonObject &body, const QList<PatchList> &rules, QHash<QString, QJsonArray> *lists,
                 const ValidationPolicy &policy)
{
    for (const PatchList &rule : rules) {
        const auto found = body.constFind(rule.field);
        if (found == body.constEnd())
            continue;
        const QJsonValue value = found.value();
        if (!value.isNull()) {
            if (!value.isArray())
                return Error::invalid(rule.field + QLatin1String(": expected list, got ") + jsonTypeName(value));
            const QJsonArray entries = value.toArray();
            const int limit = policy.limits.maxItems(rule.limit);
            if (entries.size() > limit) {
                return Error::invalid(
                    QStringLiteral("%1: %2 items, at most %3 allowed").arg(rule.field).arg(entries.size()).arg(limit));
            }
            lists->insert(rule.field, entries);
        }
        body.remove(rule.field);
    }
    return Status::success();
}

// Given fields replace stored ones; names never change (LOC-11), so the stored spelling stays. An
// empty list is a value ("no images any more"), and omitted and [] mean the same (GEN-10), so the
// canonical form leaves the field out.
void mergeFields(QJsonObject &target, const QJsonObject &fields, const QStringList &names)
{
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (names.contains(it.key()))
            continue;
        const QJsonValue value = it.value();
        if (value.isArray() && value.toArray().isEmpty())
            target.remove(it.key());
        else
            target.insert(it.key(), value);
    }
}

qsizetype indexOf(const QJsonArray &entries, const QString &idField, const QString &id)
{
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (sameId(entries.at(i).toObject().value(idField), id))
            return i;
    }
    return -1;
}

Status mergeList(QJsonArray &stored, const QJsonArray &entries, const PatchList &rule, const QJsonValue &lastUpdated,
                 const QString &where, const ValidationPolicy &policy);

// One entry of an upserted list, patched in place: its own fields, then its own ruled lists.
Status patchEntry(QJsonObject &object, QJsonObject in, const PatchList &rule, const QJsonValue &lastUpdated,
                  const QString &at, const ValidationPolicy &policy)
{
    QHash<QString, QJsonArray> lists;
    if (Status s = takeLists(in, rule.inside, &lists, policy); !s)
        return inside(at, s.error());
    auto fields = validatePatch(rule.itemObject, in, policy);
    if (!fields)
        return inside(at, fields.error());
    mergeFields(object, *fields, {rule.idField});
    const QJsonValue changedAt = fields->contains(kLastUpdated) ? fields->value(kLastUpdated) : lastUpdated;
    object.insert(kLastUpdated, changedAt);
    for (const PatchList &inner : rule.inside) {
        const auto given = lists.constFind(inner.field);
        if (given == lists.constEnd())
            continue;
        QJsonArray storedInner = object.value(inner.field).toArray();
        if (Status s = mergeList(storedInner, *given, inner, changedAt, at + QLatin1Char('.') + inner.field, policy); !s)
            return s;
        object.insert(inner.field, storedInner);
    }
    return Status::success();
}

Status mergeList(QJsonArray &stored, const QJsonArray &entries, const PatchList &rule, const QJsonValue &lastUpdated,
                 const QString &where, const ValidationPolicy &policy)
{
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString at = where + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
        const QJsonValue entry = entries.at(i);
        if (!entry.isObject())
            return Error::invalid(at + QLatin1String(": expected object, got ") + jsonTypeName(entry));
        const QJsonObject in = entry.toObject();
        const qsizetype found = rule.merge == PatchList::Merge::Append || in.value(rule.idField).toString().isEmpty()
                                    ? -1
                                    : indexOf(stored, rule.idField, in.value(rule.idField).toString());
        if (found < 0) {
            // Something new cannot be half given.
            auto complete = validateObject(rule.itemObject, in, policy);
            if (!complete)
                return inside(at, complete.error());
            // Appending is not idempotent: a PATCH sent again because its answer was lost (a
            // Sender's restart, a timeout) would add its periods twice. An entry exactly as stored
            // already is that retry.
            if (rule.merge == PatchList::Merge::Append && stored.contains(*complete))
                continue;
            stored.append(*complete);
            continue;
        }
        QJsonObject object = stored.at(found).toObject();
        if (Status s = patchEntry(object, in, rule, lastUpdated, at, policy); !s)
            return s;
        stored.replace(found, object);
    }
    return Status::success();
}

} // namespace

Status checkNotOlder(const CheckedPatch &patch, const QJsonObject &stored, const QString &what)
{
    const QString given = patch.fields.value(kLastUpdated).toString();
    const QString held = stored.value(kLastUpdated).toString();
    const std::optional<QDateTime> patchTime = parseDateTime(given);
    const std::optional<QDateTime> storedTime = parseDateTime(held);
    if (!patchTime || !storedTime || *patchTime >= *storedTime)
        return Status::success();
    return Error::invalid(QStringLiteral("last_updated: %1 is older than the %2 stored here (%3); an older PATCH "
                                         "changes nothing")
                              .arg(given, what, held));
}

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

Result<CheckedPatch> check(const PatchTarget &target, const QJsonValue &body, const ValidationPolicy &policy)
{
    if (!body.isObject())
        return Error::invalid(QLatin1String("expected object, got ") + jsonTypeName(body));
    QJsonObject in = body.toObject();
    CheckedPatch patch;
    if (Status s = takeLists(in, target.lists, &patch.lists, policy); !s)
        return s.error();
    auto fields = validatePatch(target.objectName, in, policy);
    if (!fields)
        return fields.error();
    // TF-10, PIT-07: the receiver must know which state the change belongs to.
    if (!fields->contains(kLastUpdated))
        return Error::invalid(QStringLiteral("last_updated: required in a PATCH"));
    for (const PatchTarget::Name &name : target.names) {
        const auto found = fields->constFind(name.field);
        if (found != fields->constEnd() && !sameId(found.value(), name.urlValue)) {
            return Error::invalid(QStringLiteral("%1: the body names '%2' but the URL '%3' (%4)")
                                      .arg(name.field, found.value().toString(), name.urlValue, QLatin1String(name.rule)));
        }
    }
    patch.fields = *fields;
    return patch;
}

Status apply(QJsonObject &object, const PatchTarget &target, const CheckedPatch &patch, const ValidationPolicy &policy)
{
    QStringList names;
    for (const PatchTarget::Name &name : target.names)
        names << name.field;
    mergeFields(object, patch.fields, names);
    const QJsonValue lastUpdated = patch.fields.value(kLastUpdated);
    for (const PatchList &rule : target.lists) {
        const auto given = patch.lists.constFind(rule.field);
        if (given == patch.lists.constEnd())
            continue;
        QJsonArray stored = object.value(rule.field).toArray();
        if (Status s = mergeList(stored, *given, rule, lastUpdated, rule.field, policy); !s)
            return s;
        if (!stored.isEmpty())
            object.insert(rule.field, stored);
    }
    return Status::success();
}

} // namespace ocpi::objectpatch
