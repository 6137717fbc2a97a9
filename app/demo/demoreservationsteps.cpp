// The reservation part of the demo story: the custom reservations module (docs/reservations.md),
// a window offered with its price, accepted, held at its start and used by the driver's charge.

#include "demodata.h"
#include "demostory.h"

#include "modules/reservations/reservationsmodule.h"
#include "runtime/nodeservices.h"

namespace ocpi::demo {

namespace {

// The window starts half an hour after the request and lasts an hour.
constexpr qint64 kLeadSeconds = 30 * 60;
constexpr qint64 kWindowSeconds = 60 * 60;
// The reserved time the CDR bills: 10 min at 1.20 /h is 0.20 excl. VAT.
constexpr qint64 kDriverLateSeconds = 10 * 60;

StoryCheck answered(const std::optional<Result<QJsonObject>> &answer, const QString &status, const QString &what)
{
    if (!answer)
        return StoryCheck::waiting(what);
    if (!*answer)
        return StoryCheck::failed((*answer).error().message);
    const QString got = (*answer)->value(QStringLiteral("status")).toString();
    if (got != status)
        return StoryCheck::failed(QStringLiteral("the CPO answered %1 (%2)").arg(got, (*answer)->value(QStringLiteral("reason")).toString()));
    return StoryCheck::done(got);
}

} // namespace

void DemoStory::addReservation()
{
    m_steps.append({QStringLiteral("reservation_offered"), QStringLiteral("The eMSP asks for a reservation; the CPO offers it with its price"),
                    DemoNodes::Emsp, DemoNodes::Emsp,
                    [this] {
                        const QDateTime start = m_nodes.clock().now().addSecs(kLeadSeconds);
                        const QJsonObject request = ReservationService::newRequest(data::storyLocation(), data::reservationEvse(), token(1),
                                                                                   start, start.addSecs(kWindowSeconds));
                        m_reservationId = request.value(QStringLiteral("id")).toString();
                        on(DemoNodes::Emsp, [&](NodeServices &services) {
                            services.module<ReservationsModule>().service().send(m_partner[DemoNodes::Emsp], request, [this](Result<QJsonObject> offer) {
                                deliver([this, offer] { m_offer = offer; });
                            });
                            return true;
                        });
                        return Status::success();
                    },
                    [this]() -> StoryCheck {
                        StoryCheck check = answered(m_offer, QStringLiteral("OFFERED"), QStringLiteral("the CPO's offer"));
                        if (check.state != StoryCheck::State::Done)
                            return check;
                        // AMS-AC prices reserved time at 1.20 /h excl. VAT: one hour.
                        const QJsonObject price = (*m_offer)->value(QStringLiteral("price")).toObject();
                        if (std::abs(price.value(QStringLiteral("excl_vat")).toDouble() - 1.20) > 0.005)
                            return StoryCheck::failed(QStringLiteral("the offer costs %1 excl. VAT, expected 1.20 for one hour")
                                                          .arg(price.value(QStringLiteral("excl_vat")).toDouble()));
                        if (emspReservation().value(QStringLiteral("status")).toString() != QLatin1String("OFFERED"))
                            return StoryCheck::waiting(QStringLiteral("the offer stored at the eMSP"));
                        return StoryCheck::done(QStringLiteral("OFFERED: EVSE %1, %2 .. %3, %4 %5 excl. VAT")
                                                    .arg((*m_offer)->value(QStringLiteral("evse_uid")).toString(),
                                                         (*m_offer)->value(QStringLiteral("start")).toString(),
                                                         (*m_offer)->value(QStringLiteral("end")).toString())
                                                    .arg(price.value(QStringLiteral("excl_vat")).toDouble())
                                                    .arg((*m_offer)->value(QStringLiteral("currency")).toString()),
                                                {{QStringLiteral("reservation_id"), m_reservationId},
                                                 {QStringLiteral("evse_uid"), (*m_offer)->value(QStringLiteral("evse_uid"))},
                                                 {QStringLiteral("price_excl_vat"), price.value(QStringLiteral("excl_vat"))},
                                                 {QStringLiteral("price_incl_vat"), price.value(QStringLiteral("incl_vat"))},
                                                 {QStringLiteral("status"), QStringLiteral("OFFERED")}});
                    }});

    m_steps.append({QStringLiteral("reservation_accepted"), QStringLiteral("The eMSP accepts the offer"), DemoNodes::Emsp, DemoNodes::Cpo,
                    [this] {
                        const ObjectKey key = ObjectKey::of(data::emspParty().party.countryCode, data::emspParty().party.partyId, m_reservationId);
                        on(DemoNodes::Emsp, [&](NodeServices &services) {
                            services.module<ReservationsModule>().service().answer(
                                m_partner[DemoNodes::Emsp], key, QStringLiteral("ACCEPTED"),
                                [this](Result<QJsonObject> answer) { deliver([this, answer] { m_acceptance = answer; }); });
                            return true;
                        });
                        return Status::success();
                    },
                    [this]() -> StoryCheck {
                        StoryCheck check = answered(m_acceptance, QStringLiteral("ACCEPTED"), QStringLiteral("the CPO's answer"));
                        if (check.state == StoryCheck::State::Done)
                            check.figures = {{QStringLiteral("reservation_id"), m_reservationId}, {QStringLiteral("status"), QStringLiteral("ACCEPTED")}};
                        return check;
                    }});

    m_steps.append({QStringLiteral("reservation_active"), QStringLiteral("The window starts: the CPO holds the EVSE for the driver"),
                    DemoNodes::Cpo, DemoNodes::Emsp,
                    [this] {
                        m_nodes.clock().skipSeconds(kLeadSeconds + 1);
                        return tickReservations();
                    },
                    [this]() -> StoryCheck {
                        const QJsonObject reservation = emspReservation();
                        if (reservation.value(QStringLiteral("status")).toString() != QLatin1String("ACTIVE"))
                            return StoryCheck::waiting(QStringLiteral("the reservation ACTIVE at the eMSP"));
                        m_reservationSession = reservation.value(QStringLiteral("session_id")).toString();
                        const QJsonObject session = emspSession(QStringLiteral("id"), m_reservationSession);
                        if (session.value(QStringLiteral("status")).toString() != QLatin1String("RESERVATION"))
                            return StoryCheck::waiting(QStringLiteral("the reservation's session (status RESERVATION) at the eMSP"));
                        return StoryCheck::done(QStringLiteral("ACTIVE, EVSE %1 RESERVED, session %2")
                                                    .arg(reservation.value(QStringLiteral("evse_uid")).toString(), m_reservationSession),
                                                {{QStringLiteral("reservation_id"), m_reservationId},
                                                 {QStringLiteral("status"), QStringLiteral("ACTIVE")},
                                                 {QStringLiteral("session_id"), m_reservationSession}});
                    }});

    m_steps.append({QStringLiteral("reservation_start"), QStringLiteral("The driver arrives ten minutes later; the eMSP starts the charge on the reserved EVSE"),
                    DemoNodes::Emsp, DemoNodes::Emsp,
                    [this] {
                        m_nodes.clock().skipSeconds(kDriverLateSeconds);
                        return sendCommand(QStringLiteral("reserved_start"), QStringLiteral("START_SESSION"),
                                           {{QStringLiteral("token"), token(1)},
                                            {QStringLiteral("location_id"), data::storyLocation()},
                                            {QStringLiteral("evse_uid"), data::reservationEvse()}});
                    },
                    [this]() -> StoryCheck { return commandResult(QStringLiteral("reserved_start")); }});

    m_steps.append({QStringLiteral("reservation_used"), QStringLiteral("The CPO sees the reservation used"), DemoNodes::Cpo,
                    DemoNodes::Emsp,
                    [this]() -> Status {
                        // The CPO looks whether an active reservation's token charges every few seconds.
                        m_nodes.clock().skipSeconds(ReservationService::kUseCheckMs / 1000 + 1);
                        if (Status ticked = tickChargers(); !ticked)
                            return ticked;
                        return tickReservations();
                    },
                    [this]() -> StoryCheck {
                        const QJsonObject reservation = emspReservation();
                        if (reservation.value(QStringLiteral("status")).toString() != QLatin1String("COMPLETED"))
                            return StoryCheck::waiting(QStringLiteral("the reservation COMPLETED at the eMSP (now %1)")
                                                           .arg(reservation.value(QStringLiteral("status")).toString()));
                        const QJsonObject session = emspSession(QStringLiteral("id"), m_reservationSession);
                        if (session.value(QStringLiteral("status")).toString() != QLatin1String("ACTIVE"))
                            return StoryCheck::waiting(QStringLiteral("the reservation's session ACTIVE at the eMSP"));
                        return StoryCheck::done(QStringLiteral("COMPLETED; session %1 carries on ACTIVE").arg(m_reservationSession),
                                                {{QStringLiteral("reservation_id"), m_reservationId},
                                                 {QStringLiteral("status"), QStringLiteral("COMPLETED")},
                                                 {QStringLiteral("session_id"), m_reservationSession}});
                    }});

    m_steps.append({QStringLiteral("reservation_cdr"), QStringLiteral("The charge ends; its CDR bills the reserved time first"), DemoNodes::Emsp,
                    DemoNodes::Emsp,
                    [this] {
                        if (Status ticked = skipAndTick(20 * 60); !ticked)
                            return ticked;
                        return sendCommand(QStringLiteral("reserved_stop"), QStringLiteral("STOP_SESSION"),
                                           {{QStringLiteral("session_id"), m_reservationSession}});
                    },
                    [this]() -> StoryCheck {
                        StoryCheck result = commandResult(QStringLiteral("reserved_stop"));
                        if (result.state != StoryCheck::State::Done)
                            return result;
                        const QJsonObject cdr = emspCdr(m_reservationSession);
                        if (cdr.isEmpty())
                            return StoryCheck::waiting(QStringLiteral("the CDR at the eMSP"));
                        const QJsonObject reserved = cdr.value(QStringLiteral("total_reservation_cost")).toObject();
                        const QJsonObject total = cdr.value(QStringLiteral("total_cost")).toObject();
                        if (reserved.value(QStringLiteral("excl_vat")).toDouble() <= 0)
                            return StoryCheck::failed(QStringLiteral("the CDR bills no reservation time"));
                        return StoryCheck::done(QStringLiteral("%1 kWh; reserved time %2, total %3 %4 excl. VAT")
                                                    .arg(cdr.value(QStringLiteral("total_energy")).toDouble())
                                                    .arg(reserved.value(QStringLiteral("excl_vat")).toDouble())
                                                    .arg(total.value(QStringLiteral("excl_vat")).toDouble())
                                                    .arg(cdr.value(QStringLiteral("currency")).toString()),
                                                {{QStringLiteral("cdr_id"), cdr.value(QStringLiteral("id"))},
                                                 {QStringLiteral("total_energy"), cdr.value(QStringLiteral("total_energy"))},
                                                 {QStringLiteral("reservation_cost_excl_vat"), reserved.value(QStringLiteral("excl_vat"))},
                                                 {QStringLiteral("total_cost_excl_vat"), total.value(QStringLiteral("excl_vat"))},
                                                 {QStringLiteral("total_cost_incl_vat"), total.value(QStringLiteral("incl_vat"))}});
                    }});
}

} // namespace ocpi::demo
