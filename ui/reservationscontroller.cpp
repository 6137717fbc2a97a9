#include "reservationscontroller.h"

#include "modules/reservations/reservationsmodule.h"
#include "nodecontroller.h"
#include "partners/partnerregistry.h"
#include "runtime/nodeservices.h"

namespace ocpi {

namespace {

Error moduleOff()
{
    return Error::notFound(QCoreApplication::translate("ReservationsController",
                                                       "the reservations module is off: start the node with "
                                                       "--reservations on (OCPI_RESERVATIONS=on)"));
}

} // namespace

ReservationsController::ReservationsController(NodeController &node, QObject *parent) : QObject(parent), m_node(node)
{
    connect(&m_node, &NodeController::started, this, &ReservationsController::watchService);
    connect(&m_node, &NodeController::stopped, this, [this] { disconnect(m_connection); });
    if (m_node.isRunning())
        watchService();
}

bool ReservationsController::isEnabled() const
{
    return m_node.config().reservations;
}

bool ReservationsController::isAvailable() const
{
    return m_node.isRunning() && isEnabled();
}

bool ReservationsController::canRequest() const
{
    return findRole(m_node.config().parties, Role::EMSP).has_value();
}

QList<PartyRole> ReservationsController::ourParties() const
{
    return m_node.config().parties;
}

void ReservationsController::watchService()
{
    disconnect(m_connection);
    ServingNode *serving = m_node.node();
    if (!serving || !m_node.isRunning())
        return;
    ReservationsModule *module = serving->services().findModule<ReservationsModule>();
    if (!module)
        return;
    // As in CommandsController: the service lives until NodeController::stop(), which runs here too.
    m_connection = connect(&module->service(), &ReservationService::reservationsChanged, this,
                           &ReservationsController::reservationsChanged, Qt::QueuedConnection);
}

void ReservationsController::list(QObject *receiver, Done<ObjectListing> done)
{
    nodecall::post<ObjectListing>(
        m_node, receiver,
        [](NodeServices &node, Done<ObjectListing> answer) {
            ReservationsModule *module = node.findModule<ReservationsModule>();
            if (!module)
                return answer(moduleOff());
            auto rows = module->service().stored({}, kListRows);
            if (!rows)
                return answer(rows.error());
            ObjectListing listing;
            listing.module = QString::fromLatin1(ReservationService::kIdentifier);
            listing.objects = std::move(*rows);
            listing.truncated = listing.objects.size() >= kListRows;
            listing.partnerNames = nodecall::partnerLabels(node);
            answer(std::move(listing));
        },
        std::move(done));
}

void ReservationsController::targets(QObject *receiver, Done<QList<Partner>> done)
{
    nodecall::post<QList<Partner>>(
        m_node, receiver,
        [](NodeServices &node, Done<QList<Partner>> answer) {
            auto partners = node.partners().list();
            if (!partners)
                return answer(partners.error());
            QList<Partner> cpos;
            for (const Partner &partner : std::as_const(*partners)) {
                if (partner.state == PartnerState::Registered
                    && partner.endpoint(QString::fromLatin1(ReservationService::kIdentifier), QStringLiteral("SENDER")))
                    cpos << partner;
            }
            answer(cpos);
        },
        std::move(done));
}

void ReservationsController::request(qint64 partnerId, const QJsonObject &reservation, QObject *receiver,
                                     Done<QJsonObject> done)
{
    nodecall::post<QJsonObject>(
        m_node, receiver,
        [partnerId, reservation](NodeServices &node, Done<QJsonObject> answer) {
            ReservationsModule *module = node.findModule<ReservationsModule>();
            if (!module)
                return answer(moduleOff());
            module->service().send(partnerId, reservation, std::move(answer));
        },
        std::move(done));
}

void ReservationsController::answer(qint64 partnerId, const ObjectKey &key, const QString &status, QObject *receiver,
                                    Done<QJsonObject> done)
{
    nodecall::post<QJsonObject>(
        m_node, receiver,
        [partnerId, key, status](NodeServices &node, Done<QJsonObject> answer) {
            ReservationsModule *module = node.findModule<ReservationsModule>();
            if (!module)
                return answer(moduleOff());
            module->service().answer(partnerId, key, status, std::move(answer));
        },
        std::move(done));
}

} // namespace ocpi
