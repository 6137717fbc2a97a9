#pragma once

#include "core/result.h"
#include "nodecall.h"
#include "objectrow.h"
#include "partners/partner.h"
#include "store/objecttable.h"

#include <QJsonObject>
#include <QList>
#include <QMetaObject>
#include <QObject>

namespace ocpi {

class NodeController;

// The console's way to the custom reservations module of its node (ReservationService,
// docs/reservations.md), like CommandsController for commands: every call runs in the node thread
// and answers a GUI receiver that still exists (nodecall::post). The module exists only on a node
// started with --reservations on.
class ReservationsController : public QObject
{
    Q_OBJECT

public:
    template <typename T>
    using Done = nodecall::Done<T>;

    // Reservations read per listing, the newest first.
    static constexpr int kListRows = 500;

    explicit ReservationsController(NodeController &node, QObject *parent = nullptr);

    // The node's configuration turns the module on (known before the node runs).
    bool isEnabled() const;
    bool isAvailable() const;
    // Reservations are asked for as an eMSP: this node must host an eMSP party.
    bool canRequest() const;
    QList<PartyRole> ourParties() const;

    // Both sides: those we asked partner CPOs for, and those partner eMSPs asked us for.
    void list(QObject *receiver, Done<ObjectListing> done);
    // Registered partners announcing a reservations Sender endpoint: who we can ask.
    void targets(QObject *receiver, Done<QList<Partner>> done);
    // ReservationService::send: answered with the CPO's offer or refusal.
    void request(qint64 partnerId, const QJsonObject &reservation, QObject *receiver, Done<QJsonObject> done);
    // ReservationService::answer: ACCEPTED or CANCELLED, answered with the reservation as the CPO
    // now holds it.
    void answer(qint64 partnerId, const ObjectKey &key, const QString &status, QObject *receiver, Done<QJsonObject> done);

signals:
    // A reservation changed in the node (re-emitted in the GUI thread).
    void reservationsChanged();

private:
    void watchService();

    NodeController &m_node;
    QMetaObject::Connection m_connection;
};

} // namespace ocpi
