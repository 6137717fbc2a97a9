#pragma once

#include "core/result.h"
#include "modules/commands/commandsmanager.h"
#include "modules/modulemanager.h"
#include "ocpi/party.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace ocpi {

// The CPO's answer to a reservation request: an offer (the EVSE it will hold, the price of the
// window) or a refusal with its reason.
struct ReservationOffer
{
    bool offered = false;
    QString reason;             // why not, English, names the field at fault where there is one
    QString evseUid;            // the EVSE held for it
    QJsonObject price;          // a Price
    QString currency;           // the price's (the tariff's)
    QString tariffId;           // the tariff that priced it; empty: none (free)
};

// What came of holding an EVSE at a reservation's start.
struct ReservationHold
{
    QString refusal;    // why the EVSE could not be held; empty: held
    QString sessionId;  // the session the charge point opened for the hold (status RESERVATION), if any
};

// What the default manager uses of the node: our locations and tariffs, and the commands module's
// manager with the site it acts on, which carries out an accepted reservation (RESERVE_NOW).
struct ReservationSite
{
    ChargePointSite chargePoints;
    CommandsManager *commands = nullptr; // none: nothing is carried out (the node has no commands module)
};

// The business side of reservations on our CPO (docs/reservations.md): whether a window can be
// held and what it costs, and holding or freeing the EVSE. An integrator whose reservations are
// decided by a charge point management system replaces this one class.
class ReservationsManager : public ModuleManager
{
public:
    // Called once the node is open, with what a reservation acts on.
    virtual void attach(const ReservationSite &site) { Q_UNUSED(site) }
    // Which of `ours` (our CPO parties) has the location; none: no such location here.
    virtual std::optional<PartyId> locationOwner(const QString &locationId, const QList<PartyId> &ours) = 0;
    // The offer for `request` (a valid Reservation, status REQUESTED) at `ourParty`'s location.
    // `held`: the reservations ACCEPTED or ACTIVE on the same location, which the window must not
    // overlap on the same EVSE.
    virtual Result<ReservationOffer> offer(const QJsonObject &request, const PartyId &ourParty,
                                           const QList<QJsonObject> &held) = 0;
    // The window of an accepted reservation began: hold its EVSE for its token until its end.
    // `emspPartnerId` is the partner that reserved.
    virtual Result<ReservationHold> begin(const QJsonObject &reservation, const PartyId &ourParty, qint64 emspPartnerId) = 0;
    // Whether the token of an ACTIVE reservation started charging on the held EVSE: the
    // reservation was used and ends COMPLETED. Asked every few seconds while it is active.
    virtual Result<bool> used(const QJsonObject &reservation, const PartyId &ourParty)
    {
        Q_UNUSED(reservation) Q_UNUSED(ourParty)
        return false;
    }
    // An ACTIVE reservation was cancelled: free its EVSE.
    virtual Status cancel(const QJsonObject &reservation, const PartyId &ourParty, qint64 emspPartnerId) = 0;
};

// The default: offers from our own locations and tariffs (reservation time priced by the tariff's
// RESERVATION elements, node/pricing), carried out by the commands module's manager as a
// RESERVE_NOW that expires at the window's end (the simulated charge points set the EVSE RESERVED
// and open a session in status RESERVATION), cancelled by a CANCEL_RESERVATION.
class SimulatedReservationsManager : public ReservationsManager
{
public:
    explicit SimulatedReservationsManager(Database &database) { Q_UNUSED(database) }

    void attach(const ReservationSite &site) override { m_site.emplace(site); }
    std::optional<PartyId> locationOwner(const QString &locationId, const QList<PartyId> &ours) override;
    Result<ReservationOffer> offer(const QJsonObject &request, const PartyId &ourParty,
                                   const QList<QJsonObject> &held) override;
    Result<ReservationHold> begin(const QJsonObject &reservation, const PartyId &ourParty, qint64 emspPartnerId) override;
    Result<bool> used(const QJsonObject &reservation, const PartyId &ourParty) override;
    Status cancel(const QJsonObject &reservation, const PartyId &ourParty, qint64 emspPartnerId) override;

private:
    std::optional<QJsonObject> location(const PartyId &ourParty, const QString &locationId) const;
    // The command the commands manager carries out for the reservation (with this uid); its
    // result's `result`.
    Result<QString> command(const QString &uid, const QString &type, const QJsonObject &body, const PartyId &ourParty,
                            qint64 emspPartnerId);

    std::optional<ReservationSite> m_site;
};

} // namespace ocpi
