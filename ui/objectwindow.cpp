#include "objectwindow.h"

#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace ocpi {

namespace {

HeldObject heldFrom(const StoredObject &stored, const QHash<qint64, QString> &partnerNames)
{
    // ObjectRow's rules for identities and sources, with the JSON left unparsed.
    HeldObject held;
    held.identity = ObjectRow::identityOf(stored.key, stored.partnerId);
    held.stored = stored;
    held.source = ObjectRow::sourceOf(stored, partnerNames);
    return held;
}

ObjectRow rowFrom(const HeldObject &held)
{
    ObjectRow row;
    row.stored = held.stored;
    row.json = QJsonDocument::fromJson(held.stored.json).object();
    row.source = held.source;
    return row;
}

bool sameObject(const HeldObject &a, const HeldObject &b)
{
    return a.stored.partnerId == b.stored.partnerId && a.stored.lastUpdated == b.stored.lastUpdated
           && a.stored.listed == b.stored.listed && a.source == b.source && a.stored.json == b.stored.json;
}

void summarize(ObjectDelta &delta, const ObjectListing &listing, std::shared_ptr<HeldObjects> held)
{
    QSet<QString> owners;
    for (const HeldObject &object : *held) {
        owners.insert(object.stored.key.owner.toString());
        if (object.stored.partnerId == 0)
            ++delta.ours;
    }
    delta.owners = QStringList(owners.cbegin(), owners.cend());
    std::sort(delta.owners.begin(), delta.owners.end());
    delta.more = listing.truncated;
    delta.changeMark = listing.changeMark;
    delta.held = std::move(held);
}

} // namespace

namespace objectwindow {

ObjectDelta replace(const HeldObjects &before, const ObjectListing &fresh)
{
    ObjectDelta delta;
    auto held = std::make_shared<HeldObjects>(before);
    HeldObjects incoming;
    incoming.reserve(size_t(fresh.objects.size()));
    for (const StoredObject &stored : fresh.objects)
        incoming.push_back(heldFrom(stored, fresh.partnerNames));
    RowRecorder<HeldObject, ObjectRow, decltype(&rowFrom), decltype(&sameObject)> recorder{*held, delta.steps, &rowFrom,
                                                                                          &sameObject};
    mergeRows(*held, std::move(incoming), [](const HeldObject &object) { return object.identity; }, recorder);
    summarize(delta, fresh, std::move(held));
    return delta;
}

ObjectDelta append(const HeldObjects &before, const ObjectListing &page)
{
    ObjectDelta delta;
    auto held = std::make_shared<HeldObjects>(before);
    // The page was read after the last object held (keyset), so none of its objects is held yet.
    const int first = int(held->size());
    for (const StoredObject &stored : page.objects) {
        HeldObject object = heldFrom(stored, page.partnerNames);
        delta.steps.rows.push_back(rowFrom(object));
        held->push_back(std::move(object));
    }
    if (int(held->size()) > first)
        delta.steps.steps.push_back({RowStep::Insert, first, int(held->size()) - 1});
    summarize(delta, page, std::move(held));
    return delta;
}

} // namespace objectwindow

} // namespace ocpi
