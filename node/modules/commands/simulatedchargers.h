#pragma once

#include "chargesimulation.h"
#include "core/result.h"
#include "ocpi/party.h"
#include "pricing/restrictions.h"
#include "store/database.h"
#include "store/objecttable.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>

namespace ocpi {

struct ChargePointSite;

// The charge points of our own locations, simulated (SimulatedCommandsManager's state). A started
// charge and a reservation are rows in the database, so a restart, or another node process on
// the same PostgreSQL database, carries on where it stopped; every change is written through the
// locations, sessions and CDRs services, which push it to partners through the outbox.
//   - a session starts PENDING and becomes ACTIVE on the next tick (SES-10: start_date_time is
//     then the moment it became ACTIVE); each tick reports kwh, total_cost and the charging
//     periods that ended since the last one (simulation::Charge);
//   - stopping completes the session, frees the EVSE and POSTs a CDR priced from the connector's
//     tariff (node/pricing);
//   - a reservation keeps its EVSE RESERVED until it is used, cancelled or expires, with a session
//     in status RESERVATION (SES-11): the charge its token starts carries that session on (its
//     first period is the reservation's time); unused, the session is COMPLETED and billed for
//     the reservation, with a CDR without session_id when that costs something (CDR-14).
class SimulatedChargers : public QObject
{
    Q_OBJECT
public:
    explicit SimulatedChargers(Database &database, QObject *parent = nullptr);

    static QList<Migration> migrations();

    // Starts ticking on `site`'s clock: every minute, or speed times more often (at least every
    // second).
    void attach(const ChargePointSite &site);

    // The tariff a charge on this connector is priced with: the first of its tariff_ids we hold.
    std::optional<QJsonObject> tariffFor(const PartyId &ourParty, const QJsonObject &location, const QString &evseUid,
                                         const QString &connectorId);
    // Stores `session` (PENDING, on one of `location`'s EVSEs) and starts charging on it: the EVSE
    // becomes CHARGING. `tariff` prices it; `reservedSince` is when its reservation began, if any.
    Status begin(const QJsonObject &session, const QJsonObject &location, const std::optional<QJsonObject> &tariff,
                 const QDateTime &reservedSince = QDateTime());
    // Completes the session at the clock's now, frees its EVSE and sends its CDR. Returns why it
    // could not, for the CommandResult's message; empty on success.
    Result<QString> stop(const ObjectKey &session);
    // Brings every running charge and reservation up to the clock's now. Returns how many
    // sessions changed.
    Result<int> tick();

    // The power limits of a running charge over time (the charging profiles module sets this);
    // unset: every charge draws its connector's full power.
    using PowerLimits = std::function<QList<simulation::PowerStep>(const ObjectKey &session, const QDateTime &activeSince)>;
    void setPowerLimits(PowerLimits limits) { m_powerLimits = std::move(limits); }

    struct Reservation
    {
        qint64 partnerId = 0;  // one eMSP's reservation ids never meet another's (CMD-11)
        QString reservationId;
        PartyId ourParty;
        QString locationId;
        QString evseUid;
        QString tokenUid;
        QDateTime expires;
        QString sessionId; // its session (status RESERVATION); empty for one stored before sessions were
        QDateTime since;   // when it was made (the session's start)
    };
    Result<std::optional<Reservation>> findReservation(qint64 partnerId, const QString &reservationId);
    // The reservation a token holds on one of our EVSEs, if any.
    Result<std::optional<Reservation>> reservationOfToken(const PartyId &ourParty, const QString &tokenUid);
    // Stores it (replacing one with the same id) with its session (status RESERVATION, sent to the
    // eMSP) and sets its EVSE RESERVED.
    Status reserve(const Reservation &reservation, const QJsonObject &session);
    // Cancelled or expired: gone, its EVSE AVAILABLE again if still RESERVED, its session COMPLETED
    // and billed as `outcome` says.
    Status release(const Reservation &reservation, pricing::Reservation outcome);
    // Used by the charge its token started: gone, the EVSE stays as the charge sets it.
    Status consume(const Reservation &reservation) { return removeRow(reservation.partnerId, reservation.reservationId); }

private:
    struct Running
    {
        ObjectKey session;
        QJsonObject location;  // as it was when the charge started
        std::optional<QJsonObject> tariff;
        QString evseUid;
        QString connectorId;
        qint64 powerW = 0;
        QDateTime activeSince; // invalid while PENDING
        QDateTime reservedSince; // invalid unless a reservation came first
        int periodsSent = 0;
    };
    Result<QList<Running>> running(const std::optional<ObjectKey> &only = std::nullopt);
    // The session as stored, or nothing when it has ended meanwhile (its charge is then forgotten).
    Result<std::optional<QJsonObject>> currentSession(const Running &charge);
    Result<bool> claimPeriods(const Running &charge, const QDateTime &activeSince, int periodsSent);
    Result<bool> advance(const Running &charge, const QDateTime &now);
    // Drops the charge's row; false when it was gone already (another process stopped it).
    Result<bool> forget(const ObjectKey &session);
    Status removeRow(qint64 partnerId, const QString &reservationId);
    Status freeIfReserved(const Reservation &reservation);
    Status completeReservationSession(const Reservation &reservation, pricing::Reservation outcome);
    Status expireReservations(const QDateTime &now);
    simulation::Charge chargeOf(const Running &running) const;

    Database &m_database;
    const ChargePointSite *m_site = nullptr;
    std::unique_ptr<ChargePointSite> m_ownSite;
    QTimer m_ticks;
    PowerLimits m_powerLimits;
};

} // namespace ocpi
