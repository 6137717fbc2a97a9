#include "objectscontroller.h"

#include "modules/locations/locationservice.h"
#include "modules/tariffs/tariffservice.h"
#include "nodecontroller.h"
#include "partners/partnerregistry.h"
#include "runtime/nodeservices.h"
#include "runtime/modulelist.h"

namespace ocpi {

ObjectsController::ObjectsController(NodeController &node, QObject *parent) : QObject(parent), m_node(node)
{
    connect(&m_node, &NodeController::started, this, &ObjectsController::watchServices);
    connect(&m_node, &NodeController::stopped, this, [this] {
        for (const QMetaObject::Connection &connection : std::as_const(m_connections))
            disconnect(connection);
        m_connections.clear();
    });
    if (m_node.isRunning())
        watchServices();
}

bool ObjectsController::isAvailable() const
{
    return m_node.isRunning();
}

QList<PartyRole> ObjectsController::ourParties() const
{
    return m_node.config().parties;
}

std::optional<PartyRole> ObjectsController::ownerParty(const QString &module) const
{
    const auto definition = objectModule(module);
    return definition ? findRole(ourParties(), definition->ownerRole) : std::nullopt;
}

void ObjectsController::watchServices()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    ServingNode *serving = m_node.node();
    if (!serving || !m_node.isRunning())
        return;
    // The services were built before `started` was posted to this thread and live until
    // NodeController::stop(), which runs in this thread too: reading their addresses here is safe.
    // Their signals are emitted in the node thread and queued to us.
    for (ObjectService *service : serving->services().objectServices()) {
        m_connections << connect(service, &ObjectService::objectsChanged, this, &ObjectsController::objectsChanged,
                                 Qt::QueuedConnection);
    }
}

namespace {

Error unknownModule(const QString &module)
{
    return Error::internal(ObjectsController::tr("no object module %1").arg(module));
}

} // namespace

namespace {

// Names only: a failed read of the registry leaves "partner 7" in the source column.
QHash<qint64, QString> partnerNames(NodeServices &node)
{
    QHash<qint64, QString> names;
    if (auto partners = node.partners().list()) {
        // Objects relayed by a hub are owned by the party in the Owner column; the source says
        // which connection they came through.
        for (const Partner &partner : std::as_const(*partners))
            names.insert(partner.id, partner.isHub() ? ObjectsController::tr("%1 (hub)").arg(partner.label()) : partner.label());
    }
    return names;
}

// The first `limit` objects in the order pages show them: ours, then partners', each by creation.
// With `after` (the last object read), the `limit` objects that follow it.
Result<ObjectListing> readObjects(NodeServices &node, ObjectService &service, const QString &module, int limit,
                                  const StoredObject *after)
{
    ObjectListing listing;
    listing.module = module;
    // Read first: a change made while the objects are read moves the mark past this one.
    listing.changeMark = service.changeMark();
    ObjectFilter filter;
    if (after) {
        filter.source = after->partnerId == 0 ? ObjectFilter::Source::Ours : ObjectFilter::Source::Partners;
        filter.afterSeq = after->seq;
    }
    // One more than shown tells whether there are more.
    auto objects = service.stored(filter, limit + 1);
    if (!objects)
        return objects.error();
    listing.objects = std::move(*objects);
    if (after && after->partnerId == 0 && listing.objects.size() <= limit) {
        // Our objects ended within the page: partners' follow from their first.
        ObjectFilter theirs;
        theirs.source = ObjectFilter::Source::Partners;
        auto more = service.stored(theirs, limit + 1 - int(listing.objects.size()));
        if (!more)
            return more.error();
        listing.objects += *more;
    }
    listing.truncated = listing.objects.size() > limit;
    if (listing.truncated)
        listing.objects.resize(limit);
    listing.partnerNames = partnerNames(node);
    return listing;
}

} // namespace

void ObjectsController::list(const QString &module, int limit, QObject *receiver, Done<ObjectListing> done)
{
    nodecall::post<ObjectListing>(
        m_node, receiver,
        [module, limit](NodeServices &node, Done<ObjectListing> answer) {
            ObjectService *service = node.objectService(module);
            if (!service) {
                answer(unknownModule(module));
                return;
            }
            answer(readObjects(node, *service, module, limit, nullptr));
        },
        std::move(done));
}

void ObjectsController::read(const QString &module, Read kind, std::shared_ptr<const HeldObjects> held, bool complete,
                             QObject *receiver, Done<ObjectDelta> done)
{
    if (!held)
        held = std::make_shared<const HeldObjects>();
    nodecall::post<ObjectDelta>(
        m_node, receiver,
        [module, kind, held, complete](NodeServices &node, Done<ObjectDelta> answer) {
            ObjectService *service = node.objectService(module);
            if (!service) {
                answer(unknownModule(module));
                return;
            }
            const bool more = kind == Read::More && !held->empty();
            const int heldRows = int(held->size());
            const int limit = more ? kPageRows : std::max(kPageRows, complete ? heldRows + kPageRows : heldRows);
            auto listing = readObjects(node, *service, module, limit, more ? &held->back().stored : nullptr);
            if (!listing) {
                answer(listing.error());
                return;
            }
            answer(more ? objectwindow::append(*held, *listing) : objectwindow::replace(*held, *listing));
        },
        std::move(done));
}

void ObjectsController::changeMark(const QString &module, QObject *receiver, Done<qint64> done)
{
    nodecall::post<qint64>(
        m_node, receiver,
        [module](NodeServices &node, Done<qint64> answer) {
            ObjectService *service = node.objectService(module);
            if (!service) {
                answer(unknownModule(module));
                return;
            }
            answer(service->changeMark());
        },
        std::move(done));
}

void ObjectsController::putOwn(const QString &module, const QJsonObject &object, Write write, QObject *receiver,
                               Done<Saved> done)
{
    nodecall::post<Saved>(
        m_node, receiver,
        [module, object, write](NodeServices &node, Done<Saved> answer) {
            ObjectService *service = node.objectService(module);
            if (!service) {
                answer(unknownModule(module));
                return;
            }
            const ObjectKey key = service->keyOf(object);
            if (write == Write::Create) {
                auto existing = service->findOwn(key);
                if (!existing) {
                    answer(existing.error());
                    return;
                }
                if (existing->has_value()) {
                    answer(Error::invalid(tr("%1 %2 of %3 exists already: edit it instead")
                                              .arg(service->module().objectName,
                                                   object.value(service->module().idField).toString(),
                                                   key.owner.toString())));
                    return;
                }
            }
            auto created = service->putOwn(object);
            if (!created) {
                answer(created.error());
                return;
            }
            answer(Saved{key, object.value(service->module().idField).toString(), *created});
        },
        std::move(done));
}

void ObjectsController::setEvseStatus(const ObjectKey &location, const QString &evseUid, const QString &status,
                                      QObject *receiver, Done<void> done)
{
    nodecall::post<void>(
        m_node, receiver,
        [location, evseUid, status](NodeServices &node, Done<void> answer) {
            answer(node.service<LocationService>().setEvseStatus(location, evseUid, status));
        },
        std::move(done));
}

void ObjectsController::removeTariff(const ObjectKey &key, QObject *receiver, Done<void> done)
{
    nodecall::post<void>(
        m_node, receiver,
        [key](NodeServices &node, Done<void> answer) { answer(node.service<TariffService>().removeOwn(key)); },
        std::move(done));
}

void ObjectsController::patchToken(const ObjectKey &key, const QJsonObject &patch, QObject *receiver,
                                   Done<void> done)
{
    nodecall::post<void>(
        m_node, receiver,
        [key, patch](NodeServices &node, Done<void> answer) {
            answer(node.service<TokenService>().patchOwn(key, patch));
        },
        std::move(done));
}

void ObjectsController::authorize(const AuthorizationRequest &request, QObject *receiver, Done<QJsonObject> done)
{
    // The operator asks as a CPO of this node would: the default TokensManager decides from the
    // token alone, and a replaced one sees who asks. With no CPO party here the roles stay empty.
    Caller operatorCaller;
    operatorCaller.kind = Caller::Kind::Partner;
    operatorCaller.name = tr("console operator");
    if (const auto cpo = findRole(ourParties(), Role::CPO))
        operatorCaller.roles = {*cpo};
    AuthorizationRequest preview = request;
    preview.preview = true; // nothing recorded: no CPO will start a session with its reference
    nodecall::post<QJsonObject>(
        m_node, receiver,
        [preview, operatorCaller](NodeServices &node, Done<QJsonObject> answer) {
            answer(node.service<TokenService>().authorize(operatorCaller, preview));
        },
        std::move(done));
}

} // namespace ocpi
