#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "http/router.h"
#include "modulemanager.h"
#include "ocpi/objectlimits.h"
#include "ocpi/party.h"
#include "store/database.h"
#include "sync/outbox.h"

#include <QList>

#include <functional>
#include <QString>

namespace ocpi {

struct ObjectModule;
class ObjectService;
class OcpiModule;
class OcpiClient;
class Leadership;
class Outbox;
class PartnerRegistry;

// What the node hands a module when it opens: the shared machinery every module builds on.
struct ModuleContext
{
    Database &database;
    Outbox &outbox;
    PartnerRegistry &partners;
    OcpiClient &client;
    const Clock &clock;
    QList<PartyRole> ourParties;
    ValidationPolicy policy;            // limits and clock skew for every object validated
    const ManagerFactories &managers;   // an integrator's managers; none: the SQL defaults
    QString publicBase;                 // "https://host:port" as configured (setPublicBase: as bound)
    // The owned-object service of a module opened before this one (list order); null if none.
    std::function<ObjectService *(const QString &identifier)> objectService;
    int simulationSpeed = 1;            // --sim-speed: how much faster simulated charge points run
    // Whether this process does the work that must happen once among the node's processes (timers
    // that sweep or tick); none: it does (tests that build a module alone).
    const Leadership *leadership = nullptr;
    // A module of the node by identifier, whatever its kind; null if the node has none. Only those
    // before this one in the list are open (charging profiles limit the commands module's simulated
    // charge points; reservations carry out an accepted reservation through its manager).
    std::function<OcpiModule *(const QString &identifier)> module;
};

// One OCPI interface a module serves, and which of our roles makes us serve it: locations serve
// the Sender interface when we hold a CPO party, the Receiver interface when we hold an eMSP one.
struct ServedInterface
{
    InterfaceRole role;
    Role ourRole;
};

// The module seam (docs/architecture.md, README "Adding a module"). A module is one folder under
// node/modules/ and one line in the module list (app/runtime/modulelist.cpp); everything the node
// does with it (tables, routes, version details, /openapi.json, operator commands, the outbox's
// full-object fallback) comes through this interface, so nothing else names the module.
class OcpiModule
{
public:
    virtual ~OcpiModule() = default;

    // The OCPI ModuleID ("locations"): URLs, version details, the outbox, operator commands.
    virtual QString identifier() const = 0;
    // One line describing it, for /openapi.json and `ocpi-node --help`.
    virtual QString description() const = 0;
    virtual QList<ServedInterface> interfaces() const = 0;
    // Its tables and their changes, applied once each by name (see Database::open).
    virtual QList<Migration> migrations() const { return {}; }

    // Builds its manager (the integrator's or the SQL default) and its service.
    virtual Status open(const ModuleContext &context) = 0;
    // Lets go of them, before the store closes.
    virtual void close() = 0;
    // Where the node is reached, once its port is known (for URLs a module hands out).
    virtual void setPublicBase(const QString &base) { Q_UNUSED(base); }
    // The routes of one interface it serves, below `path` ("/ocpi/cpo/2.2.1/locations"). The node
    // announces the endpoint in version details itself.
    virtual void mount(Router &router, const ServedInterface &served, const QString &path) = 0;

    // The service of a module whose objects are owned by one party and copied to partners
    // (import, export, list, pull, push); null for any other kind of module.
    virtual ObjectService *objects() { return nullptr; }
    // What that service's objects are (their schema object, key, owner and receiver roles),
    // known before the module opens; null for any other kind of module.
    virtual const ObjectModule *objectModule() const { return nullptr; }
    // What the outbox does when a partner refuses a push of those objects: owned objects resend
    // the whole object (TF-11); a CDR module parks a refused POST instead.
    virtual RefusalPolicy refusalPolicy() const { return RefusalPolicy::ResendWhole; }
};

} // namespace ocpi
