#pragma once

#include "core/result.h"
#include "modules/tokens/tokenservice.h"
#include "nodecall.h"
#include "objectrow.h"
#include "objectwindow.h"
#include "ocpi/party.h"
#include "store/objecttable.h"

#include <QJsonObject>
#include <QList>
#include <QMetaObject>
#include <QObject>

namespace ocpi {

class NodeController;

// The console's way to the object modules of its node (locations, tariffs, tokens), the same
// services the HTTP front end and `ocpi-node import` use, with the same validation. Like
// PartnerController, every call runs in the node thread and its answer is delivered to a GUI
// receiver that still exists (nodecall::post).
class ObjectsController : public QObject
{
    Q_OBJECT

public:
    // Pages read this many objects at first and this many more each time the operator scrolls to
    // the end: a module of 100,000 objects is never copied whole.
    static constexpr int kPageRows = 500;

    explicit ObjectsController(NodeController &node, QObject *parent = nullptr);

    bool isAvailable() const;
    // The parties this node hosts (its configuration; known before the node runs).
    QList<PartyRole> ourParties() const;
    // The first of our parties that may own the module's objects (CPO; EMSP for tokens), if any.
    std::optional<PartyRole> ownerParty(const QString &module) const;

    template <typename T>
    using Done = nodecall::Done<T>;
    enum class Write { Create, Replace };
    struct Saved
    {
        ObjectKey key;   // upper case, as stored (GEN-03)
        QString id;      // as the object spells it
        bool created = false;
    };

    // The first `limit` stored objects of the module, ours first (truncated: more are stored).
    void list(const QString &module, int limit, QObject *receiver, Done<ObjectListing> done);
    // What a page's objects became since `held` (ObjectDelta), worked out in the node thread.
    // Refresh re-reads as many objects as are held (at least kPageRows; kPageRows more when
    // `complete`, every stored object was held, so new ones show) and compares them there; More
    // reads the kPageRows objects after the last one held (keyset: as cheap at the end of 100,000
    // objects as at the start).
    enum class Read { Refresh, More };
    void read(const QString &module, Read kind, std::shared_ptr<const HeldObjects> held, bool complete,
              QObject *receiver, Done<ObjectDelta> done);
    // ObjectService::changeMark of the module: cheap, for noticing other processes' writes.
    void changeMark(const QString &module, QObject *receiver, Done<qint64> done);
    // Our object through ObjectService::putOwn (validated, stored, queued for partners). Create
    // refuses an object that exists already, so "New" never replaces one by accident.
    void putOwn(const QString &module, const QJsonObject &object, Write write, QObject *receiver, Done<Saved> done);
    void setEvseStatus(const ObjectKey &location, const QString &evseUid, const QString &status, QObject *receiver,
                       Done<void> done);
    void removeTariff(const ObjectKey &key, QObject *receiver, Done<void> done);
    void patchToken(const ObjectKey &key, const QJsonObject &patch, QObject *receiver, Done<void> done);
    // TokenService::authorize as a CPO of this node would ask it (TOK-04..06): the AuthorizationInfo,
    // or the error a CPO would get (UnknownToken = 2004, ...).
    void authorize(const AuthorizationRequest &request, QObject *receiver, Done<QJsonObject> done);

signals:
    // A module's objects changed in the node (re-emitted in the GUI thread). Other processes'
    // changes to the same database are not announced: poll for those.
    void objectsChanged(const QString &module);

private:
    void watchServices();

    NodeController &m_node;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace ocpi
