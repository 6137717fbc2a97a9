#pragma once

#include "core/caller.h"
#include "core/clock.h"
#include "core/result.h"
#include "modules/modulemanager.h"
#include "ocpi/party.h"
#include "simulatedchargers.h"

#include <QJsonObject>

#include <functional>

namespace ocpi {

class CdrService;
class LocationService;
class SessionService;
class TariffService;

// A command a partner eMSP sent to one of our CPO parties, already checked by the service: the
// body is valid, its location, EVSE and connector exist, its session is ours and the caller's, its
// token is the caller's own (CMD-05, CMD-09).
struct ReceivedCommand
{
    QString uid;          // our id for it
    QString type;         // START_SESSION, STOP_SESSION, RESERVE_NOW, CANCEL_RESERVATION, UNLOCK_CONNECTOR
    QJsonObject body;     // the command object (StartSession, ...)
    PartyId ourParty;     // the CPO party addressed
    Caller caller;
};

// The synchronous answer (CMD-03): ACCEPTED means a CommandResult follows (CMD-04).
struct CommandAnswer
{
    QString result = QStringLiteral("ACCEPTED"); // CommandResponseType
    int timeoutSeconds = 30;
    QString message;                              // optional, English
};

// What the charge points can use of the node: our locations (EVSE status), sessions, tariffs and
// CDRs, each change pushed to partners like any other.
class Leadership;

struct ChargePointSite
{
    LocationService &locations;
    SessionService &sessions;
    const Clock &clock;
    TariffService *tariffs = nullptr; // none: charges are free
    CdrService *cdrs = nullptr;       // none: no CDR is sent
    int speed = 1;                    // --sim-speed: simulated cars charge this many times faster
    const Leadership *leadership = nullptr; // ticks run only while it leads; none: always
};

// Hands a CommandResult value ({"result": ..., "message": [...]}) back for delivery; may be called
// later, from the manager's own timers, as long as the node runs.
using ReportResult = std::function<void(const QJsonObject &result)>;

// The business side of commands on our CPO: what the charge points do with them. An integrator
// whose chargers sit behind a charge point management system replaces this one class.
class CommandsManager : public ModuleManager
{
public:
    virtual CommandAnswer accept(const ReceivedCommand &command, ChargePointSite &site, ReportResult report) = 0;
    // Called once the node is open, with the site the commands will act on (a manager that runs
    // by itself, such as the simulator, starts here).
    virtual void attach(const ChargePointSite &site) { Q_UNUSED(site) }
};

// The default: charge points simulated on our own locations, so every flow works without hardware
// (SimulatedChargers keeps what they do). START_SESSION opens a PENDING session on an AVAILABLE
// EVSE (or one reserved for the token) and sets it CHARGING (an EVSE in use answers EVSE_OCCUPIED,
// an inoperative one EVSE_INOPERATIVE); the session then charges and is billed on STOP_SESSION;
// RESERVE_NOW sets the EVSE RESERVED until the reservation is used, cancelled or expires;
// UNLOCK_CONNECTOR unlocks.
class SimulatedCommandsManager : public CommandsManager
{
public:
    explicit SimulatedCommandsManager(class Database &database) : m_chargers(database) {}
    CommandAnswer accept(const ReceivedCommand &command, ChargePointSite &site, ReportResult report) override;
    void attach(const ChargePointSite &site) override { m_chargers.attach(site); }

    SimulatedChargers &chargers() { return m_chargers; }

private:
    QJsonObject startSession(const ReceivedCommand &command, ChargePointSite &site);
    QJsonObject stopSession(const ReceivedCommand &command, ChargePointSite &site);
    QJsonObject reserve(const ReceivedCommand &command, ChargePointSite &site);
    QJsonObject cancelReservation(const ReceivedCommand &command);

    SimulatedChargers m_chargers;
};

} // namespace ocpi
