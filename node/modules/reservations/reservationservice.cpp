#include "reservationservice.h"

#include "core/datetime.h"
#include "core/logging.h"
#include "ocpi/validator.h"
#include "partners/partnerregistry.h"
#include "reservationsmanager.h"
#include "store/database.h"
#include "store/leadership.h"
#include "sync/outbox.h"

#include <QJsonDocument>

#include <algorithm>

namespace ocpi {

namespace {

QString statusOf(const QJsonObject &reservation)
{
    return reservation.value(QStringLiteral("status")).toString();
}

QDateTime timeOf(const QJsonObject &reservation, const char *field)
{
    return parseDateTime(reservation.value(QLatin1String(field)).toString()).value_or(QDateTime());
}

Error unknown(const ObjectKey &key)
{
    return Error::notFound(QStringLiteral("no reservation %1 of %2 here").arg(key.id, key.owner.toString()));
}

} // namespace

ReservationService::ReservationService(Database &database, ReservationsManager &manager, Outbox &outbox,
                                       PartnerRegistry &partners, OcpiClient &client, const Clock &clock,
                                       QList<PartyRole> ourParties, const ValidationPolicy &policy, QObject *parent)
    : QObject(parent), m_database(database), m_manager(manager), m_outbox(outbox), m_partners(partners), m_client(client),
      m_clock(clock), m_ourParties(std::move(ourParties)), m_policy(policy),
      m_table(database, QString::fromLatin1(kIdentifier)), m_open(database)
{
    // A refused push is not turned into anything else: it already is the whole object.
    m_outbox.setModule(QString::fromLatin1(kIdentifier), RefusalPolicy::Park);
    connect(&m_ticks, &QTimer::timeout, this, [this] {
        if (m_leadership && !m_leadership->isLeader())
            return;
        if (auto changed = tick(); !changed)
            qCWarning(lcModules).noquote() << "reservations:" << changed.error().message;
    });
}

void ReservationService::startTicking(const Leadership *leadership)
{
    m_leadership = leadership;
    m_ticks.start(1000);
}

bool ReservationService::isOurs(const PartyId &party, Role role) const
{
    return holdsParty(m_ourParties, party, role);
}

QList<PartyId> ReservationService::ourParties(Role role) const
{
    QList<PartyId> parties;
    for (const PartyRole &ours : m_ourParties) {
        if (ours.role == role)
            parties.append(ours.party);
    }
    return parties;
}

QJsonObject ReservationService::object(const StoredObject &row) const
{
    return QJsonDocument::fromJson(row.json).object();
}

Result<StoredObject> ReservationService::callersRow(const Caller &caller, const ObjectKey &key, Side side)
{
    // At the CPO the key is the caller's own eMSP party; at the eMSP it is ours, and the row must
    // be one the caller (the CPO it was asked of) holds.
    const bool keyFits = side == Side::Cpo ? mayActFor(caller, key.owner, Role::EMSP) : isOurs(key.owner, Role::EMSP);
    if (!keyFits)
        return unknown(key);
    auto found = m_table.find(key);
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->partnerId != caller.partnerId)
        return unknown(key);
    return **found;
}

Result<ObjectPage> ReservationService::page(const Caller &caller, ObjectFilter filter, qint64 offset, int limit)
{
    filter.source = ObjectFilter::Source::Partner;
    filter.partnerId = caller.partnerId;
    filter.owners.clear();
    // A hub lists what it asked for on behalf of the eMSPs behind it (each request was checked
    // with mayActFor); a direct partner what its own eMSP parties asked for.
    if (caller.hub)
        return m_table.page(filter, offset, limit);
    for (const PartyRole &theirs : caller.roles) {
        if (theirs.role == Role::EMSP)
            filter.owners.append(theirs.party);
    }
    if (filter.owners.isEmpty())
        return ObjectPage{QByteArrayLiteral("[]"), 0, 0};
    return m_table.page(filter, offset, limit);
}

Result<QJsonObject> ReservationService::find(const Caller &caller, const ObjectKey &key)
{
    auto row = callersRow(caller, key, Side::Cpo);
    if (!row)
        return row.error();
    return object(*row);
}

Result<QList<QJsonObject>> ReservationService::held(const QString &locationId)
{
    auto open = m_open.all();
    if (!open)
        return open.error();
    QList<QJsonObject> held;
    for (const ObjectKey &key : *open) {
        auto row = m_table.find(key);
        if (!row)
            return row.error();
        if (!row->has_value())
            continue;
        const QJsonObject reservation = object(**row);
        const QString status = statusOf(reservation);
        if ((status == QLatin1String("ACCEPTED") || status == QLatin1String("ACTIVE"))
            && reservation.value(QStringLiteral("location_id")).toString().compare(locationId, Qt::CaseInsensitive) == 0)
            held.append(reservation);
    }
    return held;
}

Result<QJsonObject> ReservationService::request(const Caller &caller, const std::optional<PartyId> &addressed,
                                                const ObjectKey &key, const QJsonValue &body)
{
    auto valid = validateObject(QStringLiteral("Reservation"), body, m_policy);
    if (!valid)
        return valid.error();
    QJsonObject reservation = *valid;
    const ObjectKey bodyKey = ObjectKey::of(reservation.value(QStringLiteral("country_code")).toString(),
                                            reservation.value(QStringLiteral("party_id")).toString(),
                                            reservation.value(QStringLiteral("id")).toString());
    if (!(bodyKey.owner == key.owner))
        return Error::invalid(QStringLiteral("country_code/party_id: the body names %1 but the URL %2")
                                  .arg(bodyKey.owner.toString(), key.owner.toString()));
    if (bodyKey.id != key.id)
        return Error::invalid(QStringLiteral("id: the body names '%1' but the URL '%2'").arg(reservation.value(QStringLiteral("id")).toString(), key.id));
    // An eMSP reserves for itself only: the key is its own party (docs/reservations.md).
    if (!mayActFor(caller, key.owner, Role::EMSP))
        return Error::invalid(QStringLiteral("country_code/party_id: %1 is not an eMSP party of yours").arg(key.owner.toString()));
    if (statusOf(reservation) != QLatin1String("REQUESTED"))
        return Error::invalid(QStringLiteral("status: a request is REQUESTED, not %1").arg(statusOf(reservation)));
    auto existing = m_table.find(key);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error::invalid(QStringLiteral("id: reservation '%1' exists already; choose another id").arg(key.id));

    // What the CPO makes of it: the reservation as asked, with the answer's fields filled in.
    for (const char *answerField : {"price", "currency", "reservation_tariff_id", "reason", "session_id"})
        reservation.remove(QLatin1String(answerField));
    const QDateTime start = timeOf(reservation, "start");
    const QDateTime end = timeOf(reservation, "end");
    const QList<PartyId> candidates = addressed && isOurs(*addressed, Role::CPO) ? QList<PartyId>{*addressed} : ourParties(Role::CPO);
    const std::optional<PartyId> site = m_manager.locationOwner(reservation.value(QStringLiteral("location_id")).toString(), candidates);
    QString refusal;
    if (end <= start)
        refusal = QStringLiteral("end: the window must end after its start");
    else if (end <= m_clock.now())
        refusal = QStringLiteral("end: the window is in the past");
    else if (!site)
        refusal = QStringLiteral("location_id: no such location");
    if (refusal.isEmpty()) {
        auto others = held(reservation.value(QStringLiteral("location_id")).toString());
        if (!others)
            return others.error();
        auto offer = m_manager.offer(reservation, *site, *others);
        if (!offer)
            return offer.error();
        if (offer->offered) {
            reservation.insert(QStringLiteral("evse_uid"), offer->evseUid);
            reservation.insert(QStringLiteral("price"), offer->price);
            reservation.insert(QStringLiteral("currency"), offer->currency);
            if (!offer->tariffId.isEmpty())
                reservation.insert(QStringLiteral("reservation_tariff_id"), offer->tariffId);
        }
        refusal = offer->reason;
        if (!offer->offered && refusal.isEmpty())
            refusal = QStringLiteral("refused by the operator");
    }
    reservation.insert(QStringLiteral("status"), refusal.isEmpty() ? QStringLiteral("OFFERED") : QStringLiteral("REJECTED"));
    if (!refusal.isEmpty())
        reservation.insert(QStringLiteral("reason"), refusal.left(255));
    reservation.insert(QStringLiteral("last_updated"), formatDateTime(m_clock.now()));
    auto checked = validateObject(QStringLiteral("Reservation"), reservation, m_policy);
    if (!checked)
        return Error::internal(QStringLiteral("the reservation offer is invalid: ") + checked.error().message);
    if (Status s = storeAndPush(*checked, caller.partnerId); !s)
        return s.error();
    return *checked;
}

Result<QJsonObject> ReservationService::decide(const Caller &caller, const ObjectKey &key, const QJsonValue &body)
{
    auto row = callersRow(caller, key, Side::Cpo);
    if (!row)
        return row.error();
    const QJsonValue wanted = body.toObject().value(QStringLiteral("status"));
    if (!body.isObject() || !wanted.isString())
        return Error::invalid(QStringLiteral("status: required, ACCEPTED or CANCELLED"));
    QJsonObject reservation = object(*row);
    const QString from = statusOf(reservation);
    const QString to = wanted.toString();
    const bool accepting = to == QLatin1String("ACCEPTED") && from == QLatin1String("OFFERED");
    const bool cancelling = to == QLatin1String("CANCELLED")
                            && (from == QLatin1String("OFFERED") || from == QLatin1String("ACCEPTED") || from == QLatin1String("ACTIVE"));
    if (!accepting && !cancelling)
        return Error::invalid(QStringLiteral("status: a reservation %1 cannot become '%2'").arg(from, to.left(40)));
    if (accepting) {
        // Another offer for the same EVSE may have been accepted since this one was made.
        auto others = held(reservation.value(QStringLiteral("location_id")).toString());
        if (!others)
            return others.error();
        const QString evse = reservation.value(QStringLiteral("evse_uid")).toString();
        const QDateTime start = timeOf(reservation, "start");
        const QDateTime end = timeOf(reservation, "end");
        for (const QJsonObject &other : *others) {
            if (other.value(QStringLiteral("evse_uid")).toString().compare(evse, Qt::CaseInsensitive) == 0
                && timeOf(other, "start") < end && start < timeOf(other, "end"))
                return Error::invalid(QStringLiteral("status: the EVSE was reserved by someone else meanwhile; ask again"));
        }
    }
    if (cancelling && from == QLatin1String("ACTIVE")) {
        const auto site = m_manager.locationOwner(reservation.value(QStringLiteral("location_id")).toString(), ourParties(Role::CPO));
        if (site) {
            if (Status s = m_manager.cancel(reservation, *site, row->partnerId); !s)
                return s.error();
        }
    }
    if (Status s = setStatus(*row, reservation, to); !s)
        return s.error();
    return find(caller, key);
}

Status ReservationService::setStatus(const StoredObject &row, QJsonObject reservation, const QString &status, const QString &reason)
{
    reservation.insert(QStringLiteral("status"), status);
    if (!reason.isEmpty())
        reservation.insert(QStringLiteral("reason"), reason.left(255));
    reservation.insert(QStringLiteral("last_updated"), formatDateTime(m_clock.now()));
    return storeAndPush(reservation, row.partnerId);
}

Status ReservationService::storeAndPush(const QJsonObject &reservation, qint64 partnerId)
{
    const ObjectKey key = ObjectKey::of(reservation.value(QStringLiteral("country_code")).toString(),
                                        reservation.value(QStringLiteral("party_id")).toString(),
                                        reservation.value(QStringLiteral("id")).toString());
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Error::internal(QStringLiteral("cannot start a transaction"));
    if (Status s = keep(reservation, partnerId); !s)
        return s;
    if (Status s = schedule(key, reservation); !s)
        return s;
    // An eMSP without the Receiver interface (the module off there) learns of changes by asking.
    // Through a hub the change goes to the eMSP behind it (below, `to`), unless the hub reports
    // that eMSP unreachable (HCI-05): then nothing is queued; the change stands and it may ask.
    auto partner = m_partners.get(partnerId);
    Status reachable = partner ? m_partners.checkReachable(*partner, key.owner, Role::EMSP) : Status::success();
    if (!reachable)
        qCInfo(lcModules).noquote() << "reservation" << key.id << "of" << key.owner.toString() << reachable.error().message;
    if (!partner || !reachable || !partner->endpoint(QString::fromLatin1(kIdentifier), QStringLiteral("RECEIVER"))) {
        if (Status s = transaction.commit(); !s)
            return s;
        emit reservationsChanged();
        return Status::success();
    }
    Delivery delivery;
    delivery.module = QString::fromLatin1(kIdentifier);
    delivery.orderingKey = objectKeyText(key);
    delivery.method = "PUT";
    delivery.path = QStringLiteral("/%1/%2/%3").arg(reservation.value(QStringLiteral("country_code")).toString(),
                                                    reservation.value(QStringLiteral("party_id")).toString(),
                                                    reservation.value(QStringLiteral("id")).toString());
    delivery.body = QJsonDocument(reservation).toJson(QJsonDocument::Compact);
    if (const auto site = m_manager.locationOwner(reservation.value(QStringLiteral("location_id")).toString(), ourParties(Role::CPO)))
        delivery.from = *site;
    else if (const auto cpo = findRole(m_ourParties, Role::CPO))
        delivery.from = cpo->party;
    delivery.to = key.owner;
    delivery.onRefusal = RefusalPolicy::Park;
    if (Status s = m_outbox.enqueueTo(partnerId, delivery); !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    emit reservationsChanged();
    return Status::success();
}

Status ReservationService::keep(const QJsonObject &reservation, qint64 partnerId)
{
    StoredObject row;
    row.key = ObjectKey::of(reservation.value(QStringLiteral("country_code")).toString(),
                            reservation.value(QStringLiteral("party_id")).toString(),
                            reservation.value(QStringLiteral("id")).toString());
    row.partnerId = partnerId;
    row.lastUpdated = timeOf(reservation, "last_updated");
    row.json = QJsonDocument(reservation).toJson(QJsonDocument::Compact);
    auto stored = m_table.put(row);
    return stored ? Status::success() : Status(stored.error());
}

Status ReservationService::schedule(const ObjectKey &key, const QJsonObject &reservation)
{
    const QString status = statusOf(reservation);
    const QDateTime end = timeOf(reservation, "end");
    if (status == QLatin1String("OFFERED")) // an offer never answered expires with its window
        return m_open.arm(key, end);
    if (status == QLatin1String("ACCEPTED"))
        return m_open.arm(key, timeOf(reservation, "start"));
    if (status == QLatin1String("ACTIVE"))
        return m_open.arm(key, std::min(end, m_clock.now().addMSecs(kUseCheckMs)));
    return m_open.disarm(key);
}

Result<int> ReservationService::tick()
{
    // A few hundred a second is more than any CPO's reservations need; the rest wait a second.
    auto due = m_open.due(m_clock.now(), 200);
    if (!due)
        return due.error();
    int changed = 0;
    for (const ObjectKey &key : *due) {
        auto moved = moveOn(key);
        if (!moved)
            return moved.error();
        changed += *moved ? 1 : 0;
    }
    return changed;
}

Result<bool> ReservationService::moveOn(const ObjectKey &key)
{
    auto found = m_table.find(key);
    if (!found)
        return found.error();
    // Reservations we asked for are the CPO's to move on.
    if (!found->has_value() || (*found)->partnerId == 0 || isOurs(key.owner, Role::EMSP)) {
        if (Status s = m_open.disarm(key); !s)
            return s.error();
        return false;
    }
    const StoredObject &row = **found;
    QJsonObject reservation = object(row);
    const QString status = statusOf(reservation);
    const QDateTime now = m_clock.now();
    const bool over = timeOf(reservation, "end") <= now;
    const auto site = m_manager.locationOwner(reservation.value(QStringLiteral("location_id")).toString(), ourParties(Role::CPO));
    if (status == QLatin1String("ACTIVE") && site) {
        auto used = m_manager.used(reservation, *site);
        if (!used)
            return used.error();
        if (*used) {
            if (Status s = setStatus(row, reservation, QStringLiteral("COMPLETED")); !s)
                return s.error();
            return true;
        }
    }
    const bool open = status == QLatin1String("OFFERED") || status == QLatin1String("ACCEPTED") || status == QLatin1String("ACTIVE");
    if (over && open) {
        // The charge points end the hold themselves at the same moment (RESERVE_NOW's expiry).
        if (Status s = setStatus(row, reservation, QStringLiteral("EXPIRED")); !s)
            return s.error();
        return true;
    }
    if (status == QLatin1String("ACCEPTED") && timeOf(reservation, "start") <= now) {
        auto hold = site ? m_manager.begin(reservation, *site, row.partnerId)
                         : Result<ReservationHold>(ReservationHold{QStringLiteral("the location is gone"), QString()});
        if (!hold)
            return hold.error();
        if (!hold->sessionId.isEmpty())
            reservation.insert(QStringLiteral("session_id"), hold->sessionId);
        const Status s = hold->refusal.isEmpty() ? setStatus(row, reservation, QStringLiteral("ACTIVE"))
                                                 : setStatus(row, reservation, QStringLiteral("CANCELLED"), hold->refusal);
        if (!s)
            return s.error();
        return true;
    }
    // Not yet (an ACTIVE one still held): look again when it is next due.
    if (Status s = schedule(key, reservation); !s)
        return s.error();
    return false;
}

Result<QList<StoredObject>> ReservationService::stored(const ObjectFilter &filter, int limit)
{
    return m_table.list(filter, limit, ObjectTable::Order::NewestFirst);
}

} // namespace ocpi
