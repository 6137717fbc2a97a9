#include "commandscontroller.h"

#include "modules/commands/commandsmodule.h"
#include "nodecontroller.h"
#include "partners/partnerregistry.h"
#include "runtime/nodeservices.h"
#include "sync/objectservice.h"

#include <QJsonDocument>

namespace ocpi {

namespace {

QList<QJsonObject> storedJson(NodeServices &node, const QString &module, const ObjectFilter &filter, int rows)
{
    QList<QJsonObject> objects;
    ObjectService *service = node.objectService(module);
    if (!service)
        return objects;
    auto stored = service->stored(filter, rows);
    if (!stored)
        return objects;
    for (const StoredObject &object : std::as_const(*stored))
        objects << QJsonDocument::fromJson(object.json).object();
    return objects;
}

} // namespace

CommandsController::CommandsController(NodeController &node, QObject *parent) : QObject(parent), m_node(node)
{
    connect(&m_node, &NodeController::started, this, &CommandsController::watchService);
    connect(&m_node, &NodeController::stopped, this, [this] { disconnect(m_connection); });
    if (m_node.isRunning())
        watchService();
}

bool CommandsController::isAvailable() const
{
    return m_node.isRunning();
}

bool CommandsController::canSend() const
{
    return findRole(m_node.config().parties, Role::EMSP).has_value();
}

void CommandsController::watchService()
{
    disconnect(m_connection);
    ServingNode *serving = m_node.node();
    if (!serving || !m_node.isRunning())
        return;
    // As in ObjectsController: the service was built before `started` reached this thread and lives
    // until NodeController::stop(), which runs here too; its signal is queued to us.
    CommandService &service = serving->services().module<CommandsModule>().service();
    m_connection = connect(&service, &CommandService::commandChanged, this, &CommandsController::commandChanged,
                           Qt::QueuedConnection);
}

void CommandsController::list(QObject *receiver, Done<Listing> done)
{
    nodecall::post<Listing>(
        m_node, receiver,
        [](NodeServices &node, Done<Listing> answer) {
            auto commands = node.module<CommandsModule>().service().store().list(kListRows);
            if (!commands) {
                answer(commands.error());
                return;
            }
            Listing listing;
            listing.commands = std::move(*commands);
            listing.partnerNames = nodecall::partnerLabels(node);
            answer(std::move(listing));
        },
        std::move(done));
}

void CommandsController::targets(QObject *receiver, Done<QList<Partner>> done)
{
    nodecall::post<QList<Partner>>(
        m_node, receiver,
        [](NodeServices &node, Done<QList<Partner>> answer) {
            auto partners = node.partners().list();
            if (!partners) {
                answer(partners.error());
                return;
            }
            QList<Partner> cpos;
            for (const Partner &partner : std::as_const(*partners)) {
                if (partner.state == PartnerState::Registered && findRole(partner.partyRoles(), Role::CPO))
                    cpos << partner;
            }
            answer(cpos);
        },
        std::move(done));
}

void CommandsController::choices(qint64 partnerId, const QString &idPrefix, QObject *receiver, Done<Choices> done)
{
    nodecall::post<Choices>(
        m_node, receiver,
        [partnerId, idPrefix, rows = m_choiceRows](NodeServices &node, Done<Choices> answer) {
            ObjectFilter theirs;
            theirs.source = ObjectFilter::Source::Partner;
            theirs.partnerId = partnerId;
            theirs.idPrefix = idPrefix;
            ObjectFilter ours;
            ours.source = ObjectFilter::Source::Ours;
            ours.idPrefix = idPrefix;
            Choices choices;
            choices.locations = storedJson(node, QStringLiteral("locations"), theirs, rows);
            choices.sessions = storedJson(node, QStringLiteral("sessions"), theirs, rows);
            choices.tokens = storedJson(node, QStringLiteral("tokens"), ours, rows);
            choices.cut = choices.locations.size() >= rows || choices.sessions.size() >= rows || choices.tokens.size() >= rows;
            answer(std::move(choices));
        },
        std::move(done));
}

void CommandsController::send(qint64 partnerId, const QString &type, const QJsonObject &body, QObject *receiver,
                              Done<CommandRecord> done)
{
    nodecall::post<CommandRecord>(
        m_node, receiver,
        [partnerId, type, body](NodeServices &node, Done<CommandRecord> answer) {
            node.module<CommandsModule>().service().send(partnerId, type, body, std::move(answer));
        },
        std::move(done));
}

} // namespace ocpi
