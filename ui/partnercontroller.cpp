#include "partnercontroller.h"

#include "nodecall.h"
#include "nodecontroller.h"

#include "runtime/nodeservices.h"
#include "sync/objectservice.h"

#include <QThread>

namespace ocpi {

PartnerController::PartnerController(NodeController &node, QObject *parent) : QObject(parent), m_node(node)
{
    connect(&m_node, &NodeController::started, this, &PartnerController::watchRegistry);
    connect(&m_node, &NodeController::stopped, this, [this] { disconnect(m_registryConnection); });
    if (m_node.isRunning())
        watchRegistry();
}

bool PartnerController::isAvailable() const
{
    return m_node.isRunning();
}

QString PartnerController::versionsUrl() const
{
    return m_node.versionsUrl();
}

void PartnerController::watchRegistry()
{
    disconnect(m_registryConnection);
    ServingNode *serving = m_node.node();
    if (!serving || !m_node.isRunning())
        return;
    // Reading the registry's address here is safe: it was built before `started` was posted to
    // this thread and lives until NodeController::stop(), which runs in this thread too. Only the
    // connection is made from here; the signal is emitted in the node thread and queued to us.
    m_registryConnection = connect(&serving->services().partners(), &PartnerRegistry::partnersChanged, this,
                                   &PartnerController::partnersChanged, Qt::QueuedConnection);
}

template <typename T>
void PartnerController::post(QObject *receiver, std::function<void(NodeServices &, Done<T>)> work, Done<T> done)
{
    Q_ASSERT(QThread::currentThread() == thread());
    nodecall::post<T>(m_node, receiver, std::move(work), std::move(done));
}

void PartnerController::listPartners(QObject *receiver, Done<QList<Partner>> done)
{
    post<QList<Partner>>(
        receiver,
        [](NodeServices &node, Done<QList<Partner>> answer) {
            auto partners = node.partners().list();
            auto reported = node.partners().hubParties();
            if (!partners || !reported)
                return answer(!partners ? partners : Result<QList<Partner>>(reported.error()));
            // Each hub's parties go with it (the Partners page shows their status, HCI-05).
            for (Partner &partner : partners.value()) {
                for (const HubParty &party : *reported) {
                    if (party.hubPartnerId == partner.id)
                        partner.hubParties.append(party);
                }
            }
            answer(partners);
        },
        std::move(done));
}

void PartnerController::invite(const QString &name, QObject *receiver, Done<Invitation> done)
{
    post<Invitation>(
        receiver, [name](NodeServices &node, Done<Invitation> answer) { answer(node.partners().invite(name)); },
        std::move(done));
}

void PartnerController::registerWith(const RegistrationClient::Registration &registration, QObject *receiver,
                                     Done<Partner> done)
{
    post<Partner>(
        receiver,
        [registration](NodeServices &node, Done<Partner> answer) {
            node.registration().registerWith(registration, std::move(answer));
        },
        std::move(done));
}

void PartnerController::updateCredentials(qint64 partnerId, QObject *receiver, Done<Partner> done)
{
    post<Partner>(
        receiver,
        [partnerId](NodeServices &node, Done<Partner> answer) {
            node.registration().updateWith(partnerId, std::move(answer));
        },
        std::move(done));
}

void PartnerController::unregister(qint64 partnerId, QObject *receiver, Done<Partner> done)
{
    post<Partner>(
        receiver,
        [partnerId](NodeServices &node, Done<Partner> answer) {
            node.registration().unregisterFrom(partnerId, std::move(answer));
        },
        std::move(done));
}

void PartnerController::remove(qint64 partnerId, QObject *receiver, Done<Partner> done)
{
    post<Partner>(
        receiver,
        [partnerId](NodeServices &node, Done<Partner> answer) { answer(node.partners().removeInactive(partnerId)); },
        std::move(done));
}

void PartnerController::setEncoding(qint64 partnerId, EncodingSetting setting, QObject *receiver, Done<Partner> done)
{
    post<Partner>(
        receiver,
        [partnerId, setting](NodeServices &node, Done<Partner> answer) {
            // Read, change and write in one transaction in the node thread: the GUI's copy may be
            // stale, and saving it would write back whatever changed since it was read.
            PartnerRegistry &registry = node.partners();
            const Status saved = registry.inTransaction([&]() -> Status {
                auto partner = registry.get(partnerId);
                if (!partner)
                    return partner.error();
                partner->encodingSetting = setting;
                return registry.store().update(*partner);
            });
            if (!saved) {
                answer(saved.error());
                return;
            }
            answer(registry.get(partnerId));
        },
        std::move(done));
}

void PartnerController::pull(qint64 partnerId, QObject *receiver, Done<QList<PullReport>> done)
{
    post<QList<PullReport>>(
        receiver,
        [partnerId](NodeServices &node, Done<QList<PullReport>> answer) {
            auto partner = node.partners().get(partnerId);
            if (!partner) {
                answer(partner.error());
                return;
            }
            auto modules = std::make_shared<QList<ObjectModule>>();
            for (ObjectService *service : node.objectServices()) {
                if (partner->endpoint(service->module().identifier, QStringLiteral("SENDER")))
                    modules->append(service->module());
            }
            if (modules->isEmpty()) {
                answer(Error{ErrorKind::WrongRegistrationState,
                             tr("%1 offers nothing this node can pull").arg(partner->label())});
                return;
            }
            // One module after the other; the chain ends (and frees itself) with the answer.
            auto reports = std::make_shared<QList<PullReport>>();
            auto next = std::make_shared<std::function<void()>>();
            *next = [&node, partnerId, modules, reports, answer, next]() {
                if (modules->isEmpty()) {
                    answer(*reports);
                    *next = nullptr;
                    return;
                }
                node.puller().pull(partnerId, modules->takeFirst(), false, [reports, answer, next](Result<PullReport> report) {
                    if (!report) {
                        answer(report.error());
                        *next = nullptr;
                        return;
                    }
                    reports->append(*report);
                    (*next)();
                });
            };
            (*next)();
        },
        std::move(done));
}

void PartnerController::backlog(QObject *receiver, Done<QList<PartnerBacklog>> done)
{
    post<QList<PartnerBacklog>>(
        receiver,
        [](NodeServices &node, Done<QList<PartnerBacklog>> answer) { answer(node.outbox().backlog()); },
        std::move(done));
}

void PartnerController::retryParked(qint64 partnerId, QObject *receiver, Done<int> done)
{
    post<int>(
        receiver,
        [partnerId](NodeServices &node, Done<int> answer) { answer(node.outbox().unpark(partnerId, std::nullopt)); },
        std::move(done));
}

void PartnerController::parkedDeliveries(qint64 partnerId, QObject *receiver, Done<QList<OutboxEntry>> done)
{
    post<QList<OutboxEntry>>(
        receiver,
        [partnerId](NodeServices &node, Done<QList<OutboxEntry>> answer) { answer(node.outbox().parkedEntries(partnerId)); },
        std::move(done));
}

void PartnerController::dropParked(qint64 deliveryId, QObject *receiver, Done<bool> done)
{
    post<bool>(
        receiver, [deliveryId](NodeServices &node, Done<bool> answer) { answer(node.outbox().drop(deliveryId)); },
        std::move(done));
}

} // namespace ocpi
