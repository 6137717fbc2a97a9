#pragma once

#include "demonodes.h"

#include "client/ocpiclient.h"
#include "core/result.h"
#include "modules/commands/commandstore.h"
#include "partners/partner.h"
#include "store/objecttable.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>
#include <utility>

namespace ocpi {
class NodeServices;
class ObjectService;
}

namespace ocpi::demo {

// What a step's check found on the receiving node: not yet, the outcome, or a wrong outcome.
struct StoryCheck
{
    enum class State { Waiting, Done, Failed };
    State state = State::Waiting;
    QString text;           // waiting: what for; done: the outcome; failed: why
    QJsonObject figures;

    static StoryCheck waiting(const QString &what) { return {State::Waiting, what, {}}; }
    static StoryCheck done(const QString &text, const QJsonObject &figures = {}) { return {State::Done, text, figures}; }
    static StoryCheck failed(const QString &why) { return {State::Failed, why, {}}; }
};

// One step: what the acting node does (through its services, over the real protocol to the
// other node), then what the other node's store must show.
struct StoryStep
{
    QString id;
    QString title;
    DemoNodes::Side actor = DemoNodes::Cpo;
    DemoNodes::Side checkedAt = DemoNodes::Emsp;
    std::function<Status()> act;
    std::function<StoryCheck()> check;
};

// The whole OCPI story between the demo's CPO and eMSP (docs/demo.md lists the steps): the
// credentials handshake, pushes, real-time authorization, remote start, charging, a charging
// profile, remote stop, the CDR, and a reservation of the reservations module offered, accepted
// and used. Long waits of the story (a quarter of an hour of charging, the hour before a
// reservation) skip the demo clock forward and run the simulated charge points' and the
// reservations' clocks at once, as their timers would. Lives in the driver's thread; the answers of
// the nodes' asynchronous calls come back to it queued.
class DemoStory : public QObject
{
    Q_OBJECT

public:
    explicit DemoStory(DemoNodes &nodes);
    ~DemoStory() override;

    const QList<StoryStep> &steps() const { return m_steps; }

private:
    using Side = DemoNodes::Side;

    void addHandshakeAndPushes();
    void addCharging();
    void addReservation();

    // Runs `work` on a node's services in its thread and returns what it returned.
    template <typename Work>
    auto on(Side side, Work work) -> decltype(work(std::declval<NodeServices &>()));
    // Hands a result coming from a node's thread over to this object's thread.
    void deliver(std::function<void()> update);

    // The objects a node holds from the other one (its partner).
    QJsonArray fromPartner(Side side, const std::function<ObjectService &(NodeServices &)> &service);
    // The session / CDR the eMSP holds from the CPO whose `field` is `value`; empty if none.
    QJsonObject emspSession(const QString &field, const QString &value);
    QJsonObject emspCdr(const QString &sessionId);
    QJsonObject emspReservation();

    // Moves the demo clock on and lets the CPO's simulated charge points catch up.
    Status skipAndTick(qint64 seconds);
    Status tickChargers();
    Status tickReservations();

    // Sends a command (START_SESSION, ...) from the eMSP; `key` names it for commandResult().
    Status sendCommand(const QString &key, const QString &type, const QJsonObject &body);
    // The sent request's outcome: ACCEPTED by the CPO and its result ACCEPTED at our response_url.
    StoryCheck requestResult(const QString &key, const std::function<CommandStore &(NodeServices &)> &store);
    StoryCheck commandResult(const QString &key);

    QJsonObject token(int index) const;

    DemoNodes &m_nodes;
    QList<StoryStep> m_steps;
    QDateTime m_startedAt;

    // What the steps learn and later steps use.
    std::optional<Result<Partner>> m_registration;
    qint64 m_partner[2] = {0, 0}; // each side's id of the other
    std::optional<OcpiReply> m_authorization;
    QString m_reference;
    QHash<QString, std::optional<Result<CommandRecord>>> m_sent;
    QString m_sessionId;
    double m_kwh = 0;
    double m_kwhAtLimit = 0;
    QDateTime m_limitedSince;
    std::optional<Result<QJsonObject>> m_offer;
    std::optional<Result<QJsonObject>> m_acceptance;
    QString m_reservationId;
    QString m_reservationSession;
};

template <typename Work>
inline auto DemoStory::on(Side side, Work work) -> decltype(work(std::declval<NodeServices &>()))
{
    using Value = decltype(work(std::declval<NodeServices &>()));
    std::optional<Value> value;
    m_nodes.run(side, [&] { value.emplace(work(m_nodes.node(side).services())); });
    return std::move(*value);
}

} // namespace ocpi::demo
