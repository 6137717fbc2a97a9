#include "chargingprofilescontroller.h"

#include "modules/chargingprofiles/chargingprofilesmodule.h"
#include "nodecontroller.h"
#include "runtime/nodeservices.h"

namespace ocpi {

ChargingProfilesController::ChargingProfilesController(NodeController &node, QObject *parent) : QObject(parent), m_node(node)
{
    connect(&m_node, &NodeController::started, this, &ChargingProfilesController::watchService);
    connect(&m_node, &NodeController::stopped, this, [this] { disconnect(m_connection); });
    if (m_node.isRunning())
        watchService();
}

bool ChargingProfilesController::isAvailable() const
{
    return m_node.isRunning();
}

bool ChargingProfilesController::canSend() const
{
    return findRole(m_node.config().parties, Role::EMSP).has_value();
}

bool ChargingProfilesController::hostsCpo() const
{
    return findRole(m_node.config().parties, Role::CPO).has_value();
}

void ChargingProfilesController::watchService()
{
    disconnect(m_connection);
    ServingNode *serving = m_node.node();
    if (!serving || !m_node.isRunning())
        return;
    // As in CommandsController: the service lives until NodeController::stop(), which runs here too.
    ChargingProfileService &service = serving->services().module<ChargingProfilesModule>().service();
    m_connection = connect(&service, &ChargingProfileService::requestChanged, this, &ChargingProfilesController::profilesChanged,
                           Qt::QueuedConnection);
}

void ChargingProfilesController::list(QObject *receiver, Done<Listing> done)
{
    nodecall::post<Listing>(
        m_node, receiver,
        [](NodeServices &node, Done<Listing> answer) {
            ChargingProfileService &service = node.module<ChargingProfilesModule>().service();
            auto entries = profileOverview(service.requests(), service.profiles(), kListRows);
            if (!entries)
                return answer(entries.error());
            answer(Listing{std::move(*entries), nodecall::partnerLabels(node)});
        },
        std::move(done));
}

void ChargingProfilesController::send(NodeController &node, qint64 partnerId, const QString &type, const QString &sessionId,
                                      const QJsonObject &params, QObject *receiver, Done<CommandRecord> done)
{
    nodecall::post<CommandRecord>(
        node, receiver,
        [partnerId, type, sessionId, params](NodeServices &services, Done<CommandRecord> answer) {
            services.module<ChargingProfilesModule>().service().send(partnerId, type, sessionId, params, std::move(answer));
        },
        std::move(done));
}

} // namespace ocpi
