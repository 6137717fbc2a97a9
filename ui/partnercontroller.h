#pragma once

#include "core/result.h"
#include "modules/credentials/registrationclient.h"
#include "partners/partner.h"
#include "partners/partnerregistry.h"
#include "sync/outbox.h"
#include "sync/puller.h"

#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QPointer>

#include <functional>

namespace ocpi {

class NodeController;
class NodeServices;

// The console's way to the partner services of its node. The PartnerRegistry and the
// RegistrationClient live in the node thread (their SQL connection and QNetworkAccessManager belong
// to it), so every call is posted there and its answer is posted back to the GUI thread.
//
// Every call takes a `receiver` (a dialog, a page): the answer is delivered only while it still
// exists, so a dialog closed during a handshake is simply not called back. Answers to calls made
// while the node is not running arrive (asynchronously) as an error.
class PartnerController : public QObject
{
    Q_OBJECT

public:
    explicit PartnerController(NodeController &node, QObject *parent = nullptr);

    bool isAvailable() const;
    // Our versions URL, to hand to a partner with its token A.
    QString versionsUrl() const;

    template <typename T>
    using Done = std::function<void(Result<T>)>;
    using Invitation = PartnerRegistry::Invitation;

    void listPartners(QObject *receiver, Done<QList<Partner>> done);
    void invite(const QString &name, QObject *receiver, Done<Invitation> done);
    void registerWith(const RegistrationClient::Registration &registration, QObject *receiver, Done<Partner> done);
    void updateCredentials(qint64 partnerId, QObject *receiver, Done<Partner> done);
    void unregister(qint64 partnerId, QObject *receiver, Done<Partner> done);
    // `ocpi-node partners remove`: an invited, failed or unregistered partner goes with its tokens
    // and queued deliveries; a registered one is refused with the reason.
    void remove(qint64 partnerId, QObject *receiver, Done<Partner> done);
    void setEncoding(qint64 partnerId, EncodingSetting setting, QObject *receiver, Done<Partner> done);
    // Pulls every module the partner offers a Sender endpoint for (delta since the last pull).
    void pull(qint64 partnerId, QObject *receiver, Done<QList<PullReport>> done);
    // Pushes waiting in the outbox, per partner.
    void backlog(QObject *receiver, Done<QList<PartnerBacklog>> done);
    // Queues the partner's parked deliveries again (`ocpi-node outbox retry PARTNER`); how many.
    void retryParked(qint64 partnerId, QObject *receiver, Done<int> done);
    // The partner's parked deliveries, oldest first, as `ocpi-node outbox` lists them.
    void parkedDeliveries(qint64 partnerId, QObject *receiver, Done<QList<OutboxEntry>> done);
    // Discards one parked delivery (`ocpi-node outbox drop ID`); false when no parked delivery has
    // that id (any more).
    void dropParked(qint64 deliveryId, QObject *receiver, Done<bool> done);

signals:
    // The node's registry committed a change (re-emitted in the GUI thread). Changes made by other
    // processes over the same database are not announced: poll for those.
    void partnersChanged();

private:
    template <typename T>
    void post(QObject *receiver, std::function<void(NodeServices &, Done<T>)> work, Done<T> done);
    void watchRegistry();

    NodeController &m_node;
    QMetaObject::Connection m_registryConnection;
};

} // namespace ocpi
